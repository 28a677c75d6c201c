// Generated from specs/core-boot-volume-backups.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Core Services API: boot volume backups and boot volumes (version 20160918): a typed client generated from `specs/core-boot-volume-backups.yaml`.
//!
//! Boot volume backups of the OCI Core Services (Block Storage) API, version
//! 20160918, as documented for the **Oracle Private Cloud Appliance (PCA) 3.0
//! Compute Enclave API** ("ceapi"). Hand-written transcription of the PCA pages for
//! CreateBootVolumeBackup, GetBootVolumeBackup, ListBootVolumeBackups,
//! UpdateBootVolumeBackup, DeleteBootVolumeBackup and
//! ChangeBootVolumeBackupCompartment.
//!
//! For disaster recovery, the public OCI Core Services operations that restore and
//! copy backups are transcribed too, from Oracle's API reference (a Private Cloud
//! Appliance does not document them): CopyBootVolumeBackup (to another region),
//! and CreateBootVolume (from a backup, or a clone), GetBootVolume, ListBootVolumes,
//! UpdateBootVolume and DeleteBootVolume.
//!
//! PCA differs from public OCI in a few places: `BootVolumeBackup.backupProgress`
//! exists only on PCA, the create body accepts a `compartmentId`, string limits
//! (1-255 for OCIDs and names) are stated, and the list operation sorts by
//! `TIMECREATED` or `NAME`. Public OCI returns further fields that are not modelled
//! here; clients must ignore properties they do not know.
//!
//! Requests are authenticated with OCI request signatures (see the `ociSignature`
//! security scheme). All timestamps are RFC 3339 strings.
//!
//! Build a [`Client`] with [`Client::new`] and an `oci_backup_runtime::SharedHooks` (authentication); the hand-written `oci-backup` crate does this for you. Response headers are read through [`ResponseHeaders`]. The structs and enums of [`types`] are `#[non_exhaustive]`, so that the spec can grow: build a struct with its builder (`Type::builder().field(value)`, then `try_into()`, or pass the builder to a request's `body`), and give a `match` a wildcard arm.

// Formatted by prettyplease, not rustfmt: `cargo fmt` leaves this file alone.
#![cfg_attr(rustfmt, rustfmt::skip)]
#![allow(clippy::all, missing_docs, unused_imports)]
// Descriptions are the spec's Markdown and HTML, not rustdoc's.
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /** The current state of a boot volume backup.

 - `REQUEST_RECEIVED`: the create request was received; imaging has not
   started.
 - `CREATING`: the data is being imaged and uploaded.
 - `AVAILABLE`: the backup is complete and usable.
 - `FAULTY`: the backup failed.
 - `TERMINATING`: the backup is being deleted.
 - `TERMINATED`: the backup was deleted.


 Open to values added after this client was generated: those arrive as [`BootVolumeBackupLifecycleState::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BootVolumeBackupLifecycleState {
        /// `CREATING`
        Creating,
        /// `AVAILABLE`
        Available,
        /// `TERMINATING`
        Terminating,
        /// `TERMINATED`
        Terminated,
        /// `FAULTY`
        Faulty,
        /// `REQUEST_RECEIVED`
        RequestReceived,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl BootVolumeBackupLifecycleState {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "CREATING",
            "AVAILABLE",
            "TERMINATING",
            "TERMINATED",
            "FAULTY",
            "REQUEST_RECEIVED",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Creating => "CREATING",
                Self::Available => "AVAILABLE",
                Self::Terminating => "TERMINATING",
                Self::Terminated => "TERMINATED",
                Self::Faulty => "FAULTY",
                Self::RequestReceived => "REQUEST_RECEIVED",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for BootVolumeBackupLifecycleState {
        fn from(value: &str) -> Self {
            match value {
                "CREATING" => Self::Creating,
                "AVAILABLE" => Self::Available,
                "TERMINATING" => Self::Terminating,
                "TERMINATED" => Self::Terminated,
                "FAULTY" => Self::Faulty,
                "REQUEST_RECEIVED" => Self::RequestReceived,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupLifecycleState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BootVolumeBackupLifecycleState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BootVolumeBackupLifecycleState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::UnknownValue(value) => {
                    ::oci_backup_runtime::serialize_unknown(value, serializer)
                }
                known => serializer.serialize_str(known.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupLifecycleState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    /** Specifies whether the backup was created manually, or via scheduled backup policy.

 Open to values added after this client was generated: those arrive as [`BootVolumeBackupSourceType::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BootVolumeBackupSourceType {
        /// `MANUAL`
        Manual,
        /// `SCHEDULED`
        Scheduled,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl BootVolumeBackupSourceType {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["MANUAL", "SCHEDULED"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Manual => "MANUAL",
                Self::Scheduled => "SCHEDULED",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for BootVolumeBackupSourceType {
        fn from(value: &str) -> Self {
            match value {
                "MANUAL" => Self::Manual,
                "SCHEDULED" => Self::Scheduled,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupSourceType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BootVolumeBackupSourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BootVolumeBackupSourceType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::UnknownValue(value) => {
                    ::oci_backup_runtime::serialize_unknown(value, serializer)
                }
                known => serializer.serialize_str(known.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupSourceType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    /** The type of a volume backup.

 Open to values added after this client was generated: those arrive as [`BootVolumeBackupType::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BootVolumeBackupType {
        /// `FULL`
        Full,
        /// `INCREMENTAL`
        Incremental,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl BootVolumeBackupType {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["FULL", "INCREMENTAL"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Full => "FULL",
                Self::Incremental => "INCREMENTAL",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for BootVolumeBackupType {
        fn from(value: &str) -> Self {
            match value {
                "FULL" => Self::Full,
                "INCREMENTAL" => Self::Incremental,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BootVolumeBackupType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BootVolumeBackupType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::UnknownValue(value) => {
                    ::oci_backup_runtime::serialize_unknown(value, serializer)
                }
                known => serializer.serialize_str(known.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    /** The current state of a boot volume.

 - `PROVISIONING`: the volume is being created (a clone).
 - `RESTORING`: the volume is being restored from a backup.
 - `AVAILABLE`: the volume can be used.
 - `TERMINATING`: the volume is being deleted.
 - `TERMINATED`: the volume was deleted.
 - `FAULTY`: the volume failed.


 Open to values added after this client was generated: those arrive as [`BootVolumeLifecycleState::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum BootVolumeLifecycleState {
        /// `PROVISIONING`
        Provisioning,
        /// `RESTORING`
        Restoring,
        /// `AVAILABLE`
        Available,
        /// `TERMINATING`
        Terminating,
        /// `TERMINATED`
        Terminated,
        /// `FAULTY`
        Faulty,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl BootVolumeLifecycleState {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "PROVISIONING",
            "RESTORING",
            "AVAILABLE",
            "TERMINATING",
            "TERMINATED",
            "FAULTY",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Provisioning => "PROVISIONING",
                Self::Restoring => "RESTORING",
                Self::Available => "AVAILABLE",
                Self::Terminating => "TERMINATING",
                Self::Terminated => "TERMINATED",
                Self::Faulty => "FAULTY",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for BootVolumeLifecycleState {
        fn from(value: &str) -> Self {
            match value {
                "PROVISIONING" => Self::Provisioning,
                "RESTORING" => Self::Restoring,
                "AVAILABLE" => Self::Available,
                "TERMINATING" => Self::Terminating,
                "TERMINATED" => Self::Terminated,
                "FAULTY" => Self::Faulty,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for BootVolumeLifecycleState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BootVolumeLifecycleState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BootVolumeLifecycleState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            match self {
                Self::UnknownValue(value) => {
                    ::oci_backup_runtime::serialize_unknown(value, serializer)
                }
                known => serializer.serialize_str(known.as_str()),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeLifecycleState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            let value = <::std::borrow::Cow<
                'de,
                str,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            Ok(Self::from(value.as_ref()))
        }
    }
    impl BootVolumeSourceDetails {
        /// Every documented tag value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "bootVolumeBackup",
            "bootVolume",
            "bootVolumeReplica",
            "bootVolumeBackupDelta",
        ];
        /// Whether this is a documented variant (not `UnknownValue`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeSourceDetails {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(tag = "type")]
            enum Known {
                #[serde(rename = "bootVolumeBackup")]
                BootVolumeBackup { id: BootVolumeSourceDetailsId },
                #[serde(rename = "bootVolume")]
                BootVolume { id: BootVolumeSourceDetailsId },
                #[serde(rename = "bootVolumeReplica")]
                BootVolumeReplica { id: BootVolumeSourceDetailsId },
                #[serde(rename = "bootVolumeBackupDelta")]
                BootVolumeBackupDelta {
                    #[serde(
                        rename = "changeBlockSizeInBytes",
                        skip_serializing_if = "::std::option::Option::is_none"
                    )]
                    change_block_size_in_bytes: ::std::option::Option<i64>,
                    #[serde(rename = "firstBackupId")]
                    first_backup_id: BootVolumeSourceDetailsFirstBackupId,
                    #[serde(rename = "secondBackupId")]
                    second_backup_id: BootVolumeSourceDetailsSecondBackupId,
                },
            }
            let object = <::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            match object.get("type") {
                ::std::option::Option::Some(
                    ::serde_json::Value::String(tag),
                ) if Self::KNOWN.contains(&tag.as_str()) => {}
                ::std::option::Option::Some(::serde_json::Value::String(_)) => {
                    return ::std::result::Result::Ok(Self::UnknownValue(object));
                }
                ::std::option::Option::Some(_) => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "`type` must be a string",
                        ),
                    );
                }
                ::std::option::Option::None => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::missing_field("type"),
                    );
                }
            }
            let known = <Known as ::serde::Deserialize>::deserialize(
                    ::serde_json::Value::Object(object),
                )
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            ::std::result::Result::Ok(
                match known {
                    Known::BootVolumeBackup { id } => Self::BootVolumeBackup { id },
                    Known::BootVolume { id } => Self::BootVolume { id },
                    Known::BootVolumeReplica { id } => Self::BootVolumeReplica { id },
                    Known::BootVolumeBackupDelta {
                        change_block_size_in_bytes,
                        first_backup_id,
                        second_backup_id,
                    } => {
                        Self::BootVolumeBackupDelta {
                            change_block_size_in_bytes,
                            first_backup_id,
                            second_backup_id,
                        }
                    }
                },
            )
        }
    }
    /**A detachable boot volume device that contains the image used to boot a Compute
instance. Avoid entering confidential information.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct BootVolume {
        ///The number of Volume Performance Units per GB that this boot volume is effectively tuned to.
        #[serde(
            rename = "autoTunedVpusPerGB",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_tuned_vpus_per_gb: ::std::option::Option<i64>,
        ///The availability domain of the boot volume. Example: `Uocm:PHX-AD-1`
        #[serde(rename = "availabilityDomain")]
        pub availability_domain: ::std::string::String,
        ///The list of boot volume replicas of this boot volume.
        #[serde(
            rename = "bootVolumeReplicas",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub boot_volume_replicas: ::std::option::Option<
            ::std::vec::Vec<BootVolumeReplicaInfo>,
        >,
        ///The clusterPlacementGroup Id of the volume for volume placement.
        #[serde(
            rename = "clusterPlacementGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cluster_placement_group_id: ::std::option::Option<::std::string::String>,
        ///The OCID of the compartment that contains the boot volume.
        #[serde(rename = "compartmentId")]
        pub compartment_id: ::std::string::String,
        ///Defined tags for this resource. Each key is predefined and scoped to a namespace.
        #[serde(
            rename = "definedTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub defined_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        /**Free-form tags for this resource. Each tag is a simple key-value pair with
no predefined name, type, or namespace. Example: `{"Department": "Finance"}`
*/
        #[serde(
            rename = "freeformTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub freeform_tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///The boot volume's Oracle ID (OCID).
        pub id: ::std::string::String,
        ///The image OCID used to create the boot volume.
        #[serde(
            rename = "imageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_id: ::std::option::Option<::std::string::String>,
        ///Specifies whether the auto-tune performance is enabled for this boot volume.
        #[serde(
            rename = "isAutoTuneEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_auto_tune_enabled: ::std::option::Option<bool>,
        /**Specifies whether the boot volume's data has finished copying from the
source boot volume or boot volume backup. A restored volume can be
`AVAILABLE` before it is hydrated.
*/
        #[serde(
            rename = "isHydrated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_hydrated: ::std::option::Option<bool>,
        ///The OCID of the Vault service master encryption key assigned to the boot volume.
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "lifecycleState")]
        pub lifecycle_state: crate::types::BootVolumeLifecycleState,
        ///The size of the boot volume in GBs.
        #[serde(
            rename = "sizeInGBs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub size_in_g_bs: ::std::option::Option<i64>,
        ///The size of the volume in MBs. The value must be a multiple of 1024. This field is deprecated. Please use sizeInGBs.
        #[serde(rename = "sizeInMBs")]
        pub size_in_m_bs: i64,
        #[serde(
            rename = "sourceDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_details: ::std::option::Option<BootVolumeSourceDetails>,
        ///System tags for this resource. Each key is predefined and scoped to a namespace.
        #[serde(
            rename = "systemTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        /**The date and time the boot volume was created. Format defined by
[RFC3339](https://tools.ietf.org/html/rfc3339).
*/
        #[serde(rename = "timeCreated")]
        pub time_created: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The OCID of the source volume group.
        #[serde(
            rename = "volumeGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub volume_group_id: ::std::option::Option<::std::string::String>,
        /**The number of volume performance units (VPUs) that will be applied to this
boot volume per GB, representing the Block Volume service's elastic
performance options.
*/
        #[serde(
            rename = "vpusPerGB",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpus_per_gb: ::std::option::Option<i64>,
    }
    impl BootVolume {
        pub fn builder() -> builder::BootVolume {
            Default::default()
        }
    }
    /**A point-in-time copy of a boot volume that can then be used to create a new boot
volume or recover a boot volume. Avoid using confidential information when you
supply string values using the API.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct BootVolumeBackup {
        /**The percentage complete of the operation to create the boot volume backup,
based on the boot volume backup size. PCA only.
*/
        #[serde(
            rename = "backupProgress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backup_progress: ::std::option::Option<i64>,
        ///The OCID of the boot volume.
        #[serde(
            rename = "bootVolumeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub boot_volume_id: ::std::option::Option<BootVolumeBackupBootVolumeId>,
        ///The OCID of the compartment that contains the boot volume backup.
        #[serde(rename = "compartmentId")]
        pub compartment_id: BootVolumeBackupCompartmentId,
        ///Defined tags for this resource. Each key is predefined and scoped to a namespace.
        #[serde(
            rename = "definedTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub defined_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        /**A user-friendly name. Does not need to be unique, and it is changeable.
Avoid entering confidential information.
*/
        #[serde(rename = "displayName")]
        pub display_name: BootVolumeBackupDisplayName,
        /**The date and time the volume backup will expire and be automatically
deleted. Format defined by [RFC3339](https://tools.ietf.org/html/rfc3339).
This parameter will always be present for backups that were created
automatically by a scheduled-backup policy. For manually created backups, it
will be absent, signifying that there is no expiration time and the backup
will last forever until manually deleted.
*/
        #[serde(
            rename = "expirationTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**Free-form tags for this resource. Each tag is a simple key-value pair with
no predefined name, type, or namespace. Example: `{"Department": "Finance"}`
*/
        #[serde(
            rename = "freeformTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub freeform_tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///The OCID of the boot volume backup.
        pub id: BootVolumeBackupId,
        ///The image OCID used to create the boot volume the backup is taken from.
        #[serde(
            rename = "imageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_id: ::std::option::Option<BootVolumeBackupImageId>,
        ///The OCID of the Key Management master encryption assigned to the boot volume backup.
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<BootVolumeBackupKmsKeyId>,
        #[serde(rename = "lifecycleState")]
        pub lifecycle_state: crate::types::BootVolumeBackupLifecycleState,
        ///The size of the boot volume, in GBs.
        #[serde(
            rename = "sizeInGBs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub size_in_g_bs: ::std::option::Option<::std::num::NonZeroU64>,
        ///The OCID of the source boot volume backup.
        #[serde(
            rename = "sourceBootVolumeBackupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_boot_volume_backup_id: ::std::option::Option<
            BootVolumeBackupSourceBootVolumeBackupId,
        >,
        #[serde(
            rename = "sourceType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_type: ::std::option::Option<crate::types::BootVolumeBackupSourceType>,
        ///System tags for this resource. Each key is predefined and scoped to a namespace.
        #[serde(
            rename = "systemTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        /**The date and time the boot volume backup was created. This is the time the
actual point-in-time image of the volume data was taken. Format defined by
[RFC3339](https://tools.ietf.org/html/rfc3339).
*/
        #[serde(rename = "timeCreated")]
        pub time_created: ::chrono::DateTime<::chrono::offset::Utc>,
        /**The date and time the request to create the boot volume backup was received.
Format defined by [RFC3339](https://tools.ietf.org/html/rfc3339).
*/
        #[serde(
            rename = "timeRequestReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_request_received: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::types::BootVolumeBackupType>,
        /**The size used by the backup, in GBs. It is typically smaller than sizeInGBs,
depending on the space consumed on the boot volume and whether the backup is
full or incremental.
*/
        #[serde(
            rename = "uniqueSizeInGBs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unique_size_in_g_bs: ::std::option::Option<i64>,
    }
    impl BootVolumeBackup {
        pub fn builder() -> builder::BootVolumeBackup {
            Default::default()
        }
    }
    ///The OCID of the boot volume.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupBootVolumeId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupBootVolumeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupBootVolumeId> for ::std::string::String {
        fn from(value: BootVolumeBackupBootVolumeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupBootVolumeId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupBootVolumeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeBackupBootVolumeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupBootVolumeId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the compartment that contains the boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupCompartmentId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupCompartmentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupCompartmentId> for ::std::string::String {
        fn from(value: BootVolumeBackupCompartmentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupCompartmentId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeBackupCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupCompartmentId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user-friendly name. Does not need to be unique, and it is changeable.
Avoid entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupDisplayName(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupDisplayName> for ::std::string::String {
        fn from(value: BootVolumeBackupDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BootVolumeBackupDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupId> for ::std::string::String {
        fn from(value: BootVolumeBackupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BootVolumeBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The image OCID used to create the boot volume the backup is taken from.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupImageId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupImageId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupImageId> for ::std::string::String {
        fn from(value: BootVolumeBackupImageId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupImageId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupImageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BootVolumeBackupImageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupImageId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the Key Management master encryption assigned to the boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupKmsKeyId> for ::std::string::String {
        fn from(value: BootVolumeBackupKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BootVolumeBackupKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the source boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeBackupSourceBootVolumeBackupId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeBackupSourceBootVolumeBackupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeBackupSourceBootVolumeBackupId>
    for ::std::string::String {
        fn from(value: BootVolumeBackupSourceBootVolumeBackupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeBackupSourceBootVolumeBackupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeBackupSourceBootVolumeBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeBackupSourceBootVolumeBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeBackupSourceBootVolumeBackupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Contains the details for the boot volume replica.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct BootVolumeReplicaDetails {
        ///The availability domain of the boot volume replica. Example: `Uocm:PHX-AD-1`
        #[serde(rename = "availabilityDomain")]
        pub availability_domain: BootVolumeReplicaDetailsAvailabilityDomain,
        /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<BootVolumeReplicaDetailsDisplayName>,
        /**The OCID of the Vault service key to assign as the master encryption key for
the cross-region boot volume replica, in the destination region.
*/
        #[serde(
            rename = "xrrKmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub xrr_kms_key_id: ::std::option::Option<BootVolumeReplicaDetailsXrrKmsKeyId>,
    }
    impl BootVolumeReplicaDetails {
        pub fn builder() -> builder::BootVolumeReplicaDetails {
            Default::default()
        }
    }
    ///The availability domain of the boot volume replica. Example: `Uocm:PHX-AD-1`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeReplicaDetailsAvailabilityDomain(::std::string::String);
    impl ::std::ops::Deref for BootVolumeReplicaDetailsAvailabilityDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeReplicaDetailsAvailabilityDomain>
    for ::std::string::String {
        fn from(value: BootVolumeReplicaDetailsAvailabilityDomain) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeReplicaDetailsAvailabilityDomain {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeReplicaDetailsAvailabilityDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeReplicaDetailsAvailabilityDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeReplicaDetailsAvailabilityDomain {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeReplicaDetailsDisplayName(::std::string::String);
    impl ::std::ops::Deref for BootVolumeReplicaDetailsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeReplicaDetailsDisplayName>
    for ::std::string::String {
        fn from(value: BootVolumeReplicaDetailsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeReplicaDetailsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeReplicaDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeReplicaDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeReplicaDetailsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The OCID of the Vault service key to assign as the master encryption key for
the cross-region boot volume replica, in the destination region.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeReplicaDetailsXrrKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeReplicaDetailsXrrKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeReplicaDetailsXrrKmsKeyId>
    for ::std::string::String {
        fn from(value: BootVolumeReplicaDetailsXrrKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeReplicaDetailsXrrKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeReplicaDetailsXrrKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeReplicaDetailsXrrKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeReplicaDetailsXrrKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Information about the boot volume replica in the destination availability domain.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct BootVolumeReplicaInfo {
        ///The availability domain of the boot volume replica. Example: `Uocm:PHX-AD-1`
        #[serde(rename = "availabilityDomain")]
        pub availability_domain: ::std::string::String,
        ///The boot volume replica ID.
        #[serde(rename = "bootVolumeReplicaId")]
        pub boot_volume_replica_id: ::std::string::String,
        ///A user-friendly name.
        #[serde(rename = "displayName")]
        pub display_name: ::std::string::String,
        ///The OCID of the Vault service key to assign as the master encryption key for the block volume replica.
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<::std::string::String>,
    }
    impl BootVolumeReplicaInfo {
        pub fn builder() -> builder::BootVolumeReplicaInfo {
            Default::default()
        }
    }
    /**The source of a new boot volume: a boot volume backup to restore, a boot volume
to clone, a boot volume replica, or the difference between two backups. Which one
is said by `type`.
*/
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type")]
    #[non_exhaustive]
    pub enum BootVolumeSourceDetails {
        /**Specifies the boot volume backup to restore the new boot volume from.

Schema `BootVolumeSourceFromBootVolumeBackupDetails` in the spec, `type` = `bootVolumeBackup`.*/
        #[serde(rename = "bootVolumeBackup")]
        BootVolumeBackup {
            ///The OCID of the boot volume backup.
            id: BootVolumeSourceDetailsId,
        },
        /**Specifies the source boot volume to clone.

Schema `BootVolumeSourceFromBootVolumeDetails` in the spec, `type` = `bootVolume`.*/
        #[serde(rename = "bootVolume")]
        BootVolume {
            ///The OCID of the boot volume.
            id: BootVolumeSourceDetailsId,
        },
        /**Specifies the source boot volume replica which the boot volume will be created from.

Schema `BootVolumeSourceFromBootVolumeReplicaDetails` in the spec, `type` = `bootVolumeReplica`.*/
        #[serde(rename = "bootVolumeReplica")]
        BootVolumeReplica {
            ///The OCID of the boot volume replica.
            id: BootVolumeSourceDetailsId,
        },
        /**Specifies the boot volume backups (first & second) and block size in bytes: the
new boot volume holds the blocks that changed between the two backups.


Schema `BootVolumeSourceFromBootVolumeBackupDeltaDetails` in the spec, `type` = `bootVolumeBackupDelta`.*/
        #[serde(rename = "bootVolumeBackupDelta")]
        BootVolumeBackupDelta {
            /**Block size in bytes to be considered while performing volume restore. The
value must be a power of 2; ranging from 4KB (4096 bytes) to 1MB (1048576
bytes). If omitted, defaults to 4,096 bytes (4 KiB).

Default: `4096` (when absent).*/
            #[serde(
                rename = "changeBlockSizeInBytes",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            change_block_size_in_bytes: ::std::option::Option<i64>,
            ///The OCID of the first boot volume backup.
            #[serde(rename = "firstBackupId")]
            first_backup_id: BootVolumeSourceDetailsFirstBackupId,
            ///The OCID of the second boot volume backup.
            #[serde(rename = "secondBackupId")]
            second_backup_id: BootVolumeSourceDetailsSecondBackupId,
        },
        /// An object whose `type` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    ///The OCID of the first boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeSourceDetailsFirstBackupId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeSourceDetailsFirstBackupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeSourceDetailsFirstBackupId>
    for ::std::string::String {
        fn from(value: BootVolumeSourceDetailsFirstBackupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeSourceDetailsFirstBackupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeSourceDetailsFirstBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeSourceDetailsFirstBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeSourceDetailsFirstBackupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeSourceDetailsId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeSourceDetailsId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeSourceDetailsId> for ::std::string::String {
        fn from(value: BootVolumeSourceDetailsId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeSourceDetailsId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeSourceDetailsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BootVolumeSourceDetailsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeSourceDetailsId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the second boot volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BootVolumeSourceDetailsSecondBackupId(::std::string::String);
    impl ::std::ops::Deref for BootVolumeSourceDetailsSecondBackupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BootVolumeSourceDetailsSecondBackupId>
    for ::std::string::String {
        fn from(value: BootVolumeSourceDetailsSecondBackupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BootVolumeSourceDetailsSecondBackupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BootVolumeSourceDetailsSecondBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BootVolumeSourceDetailsSecondBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BootVolumeSourceDetailsSecondBackupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Contains the details for the compartment to move the boot volume backup to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ChangeBootVolumeBackupCompartmentDetails {
        ///The OCID of the new compartment to move the boot volume backup to.
        #[serde(rename = "compartmentId")]
        pub compartment_id: ChangeBootVolumeBackupCompartmentDetailsCompartmentId,
    }
    impl ChangeBootVolumeBackupCompartmentDetails {
        pub fn builder() -> builder::ChangeBootVolumeBackupCompartmentDetails {
            Default::default()
        }
    }
    ///The OCID of the new compartment to move the boot volume backup to.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ChangeBootVolumeBackupCompartmentDetailsCompartmentId(
        ::std::string::String,
    );
    impl ::std::ops::Deref for ChangeBootVolumeBackupCompartmentDetailsCompartmentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ChangeBootVolumeBackupCompartmentDetailsCompartmentId>
    for ::std::string::String {
        fn from(value: ChangeBootVolumeBackupCompartmentDetailsCompartmentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ChangeBootVolumeBackupCompartmentDetailsCompartmentId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ChangeBootVolumeBackupCompartmentDetailsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ChangeBootVolumeBackupCompartmentDetailsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ChangeBootVolumeBackupCompartmentDetailsCompartmentId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Request to create a cross-region copy of given boot volume backup.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CopyBootVolumeBackupDetails {
        ///The name of the destination region. Example: `us-ashburn-1`
        #[serde(rename = "destinationRegion")]
        pub destination_region: CopyBootVolumeBackupDetailsDestinationRegion,
        /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<CopyBootVolumeBackupDetailsDisplayName>,
        /**The OCID of the Vault service key in the destination region which will be the
master encryption key for the copied boot volume backup. If you do not specify
this attribute the boot volume backup will be encrypted with the
Oracle-provided encryption key when it is copied to the destination region.
*/
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<CopyBootVolumeBackupDetailsKmsKeyId>,
    }
    impl CopyBootVolumeBackupDetails {
        pub fn builder() -> builder::CopyBootVolumeBackupDetails {
            Default::default()
        }
    }
    ///The name of the destination region. Example: `us-ashburn-1`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CopyBootVolumeBackupDetailsDestinationRegion(::std::string::String);
    impl ::std::ops::Deref for CopyBootVolumeBackupDetailsDestinationRegion {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CopyBootVolumeBackupDetailsDestinationRegion>
    for ::std::string::String {
        fn from(value: CopyBootVolumeBackupDetailsDestinationRegion) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CopyBootVolumeBackupDetailsDestinationRegion {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CopyBootVolumeBackupDetailsDestinationRegion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CopyBootVolumeBackupDetailsDestinationRegion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for CopyBootVolumeBackupDetailsDestinationRegion {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CopyBootVolumeBackupDetailsDisplayName(::std::string::String);
    impl ::std::ops::Deref for CopyBootVolumeBackupDetailsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CopyBootVolumeBackupDetailsDisplayName>
    for ::std::string::String {
        fn from(value: CopyBootVolumeBackupDetailsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CopyBootVolumeBackupDetailsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CopyBootVolumeBackupDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CopyBootVolumeBackupDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CopyBootVolumeBackupDetailsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The OCID of the Vault service key in the destination region which will be the
master encryption key for the copied boot volume backup. If you do not specify
this attribute the boot volume backup will be encrypted with the
Oracle-provided encryption key when it is copied to the destination region.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CopyBootVolumeBackupDetailsKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for CopyBootVolumeBackupDetailsKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CopyBootVolumeBackupDetailsKmsKeyId>
    for ::std::string::String {
        fn from(value: CopyBootVolumeBackupDetailsKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CopyBootVolumeBackupDetailsKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CopyBootVolumeBackupDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CopyBootVolumeBackupDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CopyBootVolumeBackupDetailsKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CopyBootVolumeBackupOpcRetryToken`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CopyBootVolumeBackupOpcRetryToken(::std::string::String);
    impl ::std::ops::Deref for CopyBootVolumeBackupOpcRetryToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CopyBootVolumeBackupOpcRetryToken>
    for ::std::string::String {
        fn from(value: CopyBootVolumeBackupOpcRetryToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CopyBootVolumeBackupOpcRetryToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CopyBootVolumeBackupOpcRetryToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CopyBootVolumeBackupOpcRetryToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CopyBootVolumeBackupOpcRetryToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Request to create a new backup of given boot volume.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBootVolumeBackupDetails {
        ///The OCID of the boot volume that needs to be backed up.
        #[serde(rename = "bootVolumeId")]
        pub boot_volume_id: CreateBootVolumeBackupDetailsBootVolumeId,
        /**The OCID of the compartment that contains the boot volume backup. PCA only:
public OCI's create body has no such property.
*/
        #[serde(
            rename = "compartmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub compartment_id: ::std::option::Option<
            CreateBootVolumeBackupDetailsCompartmentId,
        >,
        /**Defined tags for this resource. Each key is predefined and scoped to a
namespace. Example: `{"Operations": {"CostCenter": "42"}}`
*/
        #[serde(
            rename = "definedTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub defined_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        >,
        /**A user-friendly name. Does not need to be unique, and it is changeable.
Avoid entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<
            CreateBootVolumeBackupDetailsDisplayName,
        >,
        /**Free-form tags for this resource. Each tag is a simple key-value pair with
no predefined name, type, or namespace. Example: `{"Department": "Finance"}`
*/
        #[serde(
            rename = "freeformTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub freeform_tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///The OCID of the Vault service key which is the master encryption key for the volume backup.
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<CreateBootVolumeBackupDetailsKmsKeyId>,
        ///The type of backup to create. Public OCI defaults to incremental when omitted.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<CreateBootVolumeBackupDetailsType>,
    }
    impl CreateBootVolumeBackupDetails {
        pub fn builder() -> builder::CreateBootVolumeBackupDetails {
            Default::default()
        }
    }
    ///The OCID of the boot volume that needs to be backed up.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeBackupDetailsBootVolumeId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeBackupDetailsBootVolumeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeBackupDetailsBootVolumeId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeBackupDetailsBootVolumeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeBackupDetailsBootVolumeId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeBackupDetailsBootVolumeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeBackupDetailsBootVolumeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeBackupDetailsBootVolumeId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The OCID of the compartment that contains the boot volume backup. PCA only:
public OCI's create body has no such property.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeBackupDetailsCompartmentId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeBackupDetailsCompartmentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeBackupDetailsCompartmentId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeBackupDetailsCompartmentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeBackupDetailsCompartmentId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeBackupDetailsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeBackupDetailsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeBackupDetailsCompartmentId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user-friendly name. Does not need to be unique, and it is changeable.
Avoid entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeBackupDetailsDisplayName(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeBackupDetailsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeBackupDetailsDisplayName>
    for ::std::string::String {
        fn from(value: CreateBootVolumeBackupDetailsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeBackupDetailsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeBackupDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeBackupDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeBackupDetailsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the Vault service key which is the master encryption key for the volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeBackupDetailsKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeBackupDetailsKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeBackupDetailsKmsKeyId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeBackupDetailsKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeBackupDetailsKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeBackupDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeBackupDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeBackupDetailsKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The type of backup to create. Public OCI defaults to incremental when omitted.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum CreateBootVolumeBackupDetailsType {
        #[serde(rename = "FULL")]
        Full,
        #[serde(rename = "INCREMENTAL")]
        Incremental,
    }
    impl ::std::fmt::Display for CreateBootVolumeBackupDetailsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Full => f.write_str("FULL"),
                Self::Incremental => f.write_str("INCREMENTAL"),
            }
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeBackupDetailsType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "FULL" => Ok(Self::Full),
                "INCREMENTAL" => Ok(Self::Incremental),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeBackupDetailsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeBackupDetailsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateBootVolumeBackupOpcRetryToken`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeBackupOpcRetryToken(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeBackupOpcRetryToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeBackupOpcRetryToken>
    for ::std::string::String {
        fn from(value: CreateBootVolumeBackupOpcRetryToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeBackupOpcRetryToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeBackupOpcRetryToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeBackupOpcRetryToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeBackupOpcRetryToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Request to create a new boot volume.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBootVolumeDetails {
        /**The availability domain of the volume. Omissible for cloning a volume. The new
volume will be created in the availability domain of the source volume.
Example: `Uocm:PHX-AD-1`
*/
        #[serde(
            rename = "availabilityDomain",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub availability_domain: ::std::option::Option<
            CreateBootVolumeDetailsAvailabilityDomain,
        >,
        /**If provided, specifies the ID of the boot volume backup policy to assign to
the newly created boot volume. If omitted, no policy will be assigned.
*/
        #[serde(
            rename = "backupPolicyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backup_policy_id: ::std::option::Option<
            CreateBootVolumeDetailsBackupPolicyId,
        >,
        /**The list of boot volume replicas to be enabled for this boot volume in the
specified destination availability domains.
*/
        #[serde(
            rename = "bootVolumeReplicas",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub boot_volume_replicas: ::std::option::Option<
            ::std::vec::Vec<BootVolumeReplicaDetails>,
        >,
        ///The clusterPlacementGroup Id of the volume for volume placement.
        #[serde(
            rename = "clusterPlacementGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cluster_placement_group_id: ::std::option::Option<
            CreateBootVolumeDetailsClusterPlacementGroupId,
        >,
        ///The OCID of the compartment that contains the boot volume.
        #[serde(rename = "compartmentId")]
        pub compartment_id: CreateBootVolumeDetailsCompartmentId,
        /**Defined tags for this resource. Each key is predefined and scoped to a
namespace. Example: `{"Operations": {"CostCenter": "42"}}`
*/
        #[serde(
            rename = "definedTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub defined_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        >,
        /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<CreateBootVolumeDetailsDisplayName>,
        /**Free-form tags for this resource. Each tag is a simple key-value pair with
no predefined name, type, or namespace. Example: `{"Department": "Finance"}`
*/
        #[serde(
            rename = "freeformTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub freeform_tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        /**Specifies whether the auto-tune performance is enabled for this boot volume.
This field is deprecated. Use the `DetachedVolumeAutotunePolicy` instead to
enable the volume for detached autotune.
*/
        #[serde(
            rename = "isAutoTuneEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_auto_tune_enabled: ::std::option::Option<bool>,
        ///The OCID of the Vault service key to assign as the master encryption key for the boot volume.
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<CreateBootVolumeDetailsKmsKeyId>,
        ///The size of the volume in GBs.
        #[serde(
            rename = "sizeInGBs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub size_in_g_bs: ::std::option::Option<i64>,
        #[serde(rename = "sourceDetails")]
        pub source_details: BootVolumeSourceDetails,
        /**The number of volume performance units (VPUs) that will be applied to this
volume per GB, representing the Block Volume service's elastic performance
options: `10` (Balanced), `20` (Higher Performance), `30` to `120` (Ultra
High Performance).
*/
        #[serde(
            rename = "vpusPerGB",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpus_per_gb: ::std::option::Option<i64>,
        /**The OCID of the Vault service key which is the master encryption key for the
boot volume cross region backups, in the destination region.
*/
        #[serde(
            rename = "xrcKmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub xrc_kms_key_id: ::std::option::Option<CreateBootVolumeDetailsXrcKmsKeyId>,
    }
    impl CreateBootVolumeDetails {
        pub fn builder() -> builder::CreateBootVolumeDetails {
            Default::default()
        }
    }
    /**The availability domain of the volume. Omissible for cloning a volume. The new
volume will be created in the availability domain of the source volume.
Example: `Uocm:PHX-AD-1`
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsAvailabilityDomain(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsAvailabilityDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsAvailabilityDomain>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsAvailabilityDomain) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsAvailabilityDomain {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeDetailsAvailabilityDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsAvailabilityDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeDetailsAvailabilityDomain {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**If provided, specifies the ID of the boot volume backup policy to assign to
the newly created boot volume. If omitted, no policy will be assigned.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsBackupPolicyId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsBackupPolicyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsBackupPolicyId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsBackupPolicyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsBackupPolicyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeDetailsBackupPolicyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsBackupPolicyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeDetailsBackupPolicyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The clusterPlacementGroup Id of the volume for volume placement.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsClusterPlacementGroupId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsClusterPlacementGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsClusterPlacementGroupId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsClusterPlacementGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsClusterPlacementGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for CreateBootVolumeDetailsClusterPlacementGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsClusterPlacementGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for CreateBootVolumeDetailsClusterPlacementGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the compartment that contains the boot volume.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsCompartmentId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsCompartmentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsCompartmentId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsCompartmentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsCompartmentId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeDetailsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeDetailsCompartmentId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsDisplayName(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsDisplayName>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeDetailsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the Vault service key to assign as the master encryption key for the boot volume.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsKmsKeyId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeDetailsKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The OCID of the Vault service key which is the master encryption key for the
boot volume cross region backups, in the destination region.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeDetailsXrcKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeDetailsXrcKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeDetailsXrcKmsKeyId>
    for ::std::string::String {
        fn from(value: CreateBootVolumeDetailsXrcKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeDetailsXrcKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeDetailsXrcKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeDetailsXrcKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeDetailsXrcKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateBootVolumeOpcRetryToken`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateBootVolumeOpcRetryToken(::std::string::String);
    impl ::std::ops::Deref for CreateBootVolumeOpcRetryToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateBootVolumeOpcRetryToken> for ::std::string::String {
        fn from(value: CreateBootVolumeOpcRetryToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateBootVolumeOpcRetryToken {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateBootVolumeOpcRetryToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateBootVolumeOpcRetryToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateBootVolumeOpcRetryToken {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The properties that define an error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Error {
        /**A short error code that defines the error, meant for programmatic parsing.
See [API Errors](https://docs.oracle.com/iaas/Content/API/References/apierrors.htm).
*/
        pub code: ::std::string::String,
        ///A human-readable error string.
        pub message: ::std::string::String,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`ListBootVolumeBackupsCompartmentId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumeBackupsCompartmentId(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumeBackupsCompartmentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumeBackupsCompartmentId>
    for ::std::string::String {
        fn from(value: ListBootVolumeBackupsCompartmentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumeBackupsCompartmentId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumeBackupsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumeBackupsCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumeBackupsCompartmentId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumeBackupsDisplayName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumeBackupsDisplayName(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumeBackupsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumeBackupsDisplayName>
    for ::std::string::String {
        fn from(value: ListBootVolumeBackupsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumeBackupsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumeBackupsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumeBackupsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumeBackupsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumeBackupsPage`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumeBackupsPage(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumeBackupsPage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumeBackupsPage> for ::std::string::String {
        fn from(value: ListBootVolumeBackupsPage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumeBackupsPage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumeBackupsPage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListBootVolumeBackupsPage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumeBackupsPage {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumeBackupsSortBy`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum ListBootVolumeBackupsSortBy {
        #[serde(rename = "TIMECREATED")]
        Timecreated,
        #[serde(rename = "NAME")]
        Name,
    }
    impl ::std::fmt::Display for ListBootVolumeBackupsSortBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Timecreated => f.write_str("TIMECREATED"),
                Self::Name => f.write_str("NAME"),
            }
        }
    }
    impl ::std::str::FromStr for ListBootVolumeBackupsSortBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "TIMECREATED" => Ok(Self::Timecreated),
                "NAME" => Ok(Self::Name),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumeBackupsSortBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListBootVolumeBackupsSortBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListBootVolumeBackupsSortOrder`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum ListBootVolumeBackupsSortOrder {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListBootVolumeBackupsSortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListBootVolumeBackupsSortOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASC" => Ok(Self::Asc),
                "DESC" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumeBackupsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumeBackupsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListBootVolumeBackupsSortOrder {
        fn default() -> Self {
            ListBootVolumeBackupsSortOrder::Asc
        }
    }
    ///`ListBootVolumeBackupsSourceBootVolumeBackupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumeBackupsSourceBootVolumeBackupId(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumeBackupsSourceBootVolumeBackupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumeBackupsSourceBootVolumeBackupId>
    for ::std::string::String {
        fn from(value: ListBootVolumeBackupsSourceBootVolumeBackupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumeBackupsSourceBootVolumeBackupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ListBootVolumeBackupsSourceBootVolumeBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumeBackupsSourceBootVolumeBackupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ListBootVolumeBackupsSourceBootVolumeBackupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumesAvailabilityDomain`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumesAvailabilityDomain(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumesAvailabilityDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumesAvailabilityDomain>
    for ::std::string::String {
        fn from(value: ListBootVolumesAvailabilityDomain) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumesAvailabilityDomain {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumesAvailabilityDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumesAvailabilityDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumesAvailabilityDomain {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumesCompartmentId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumesCompartmentId(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumesCompartmentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumesCompartmentId> for ::std::string::String {
        fn from(value: ListBootVolumesCompartmentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumesCompartmentId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumesCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumesCompartmentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumesCompartmentId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumesPage`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumesPage(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumesPage {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumesPage> for ::std::string::String {
        fn from(value: ListBootVolumesPage) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumesPage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 512usize {
                return Err("longer than 512 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumesPage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListBootVolumesPage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumesPage {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListBootVolumesVolumeGroupId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListBootVolumesVolumeGroupId(::std::string::String);
    impl ::std::ops::Deref for ListBootVolumesVolumeGroupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListBootVolumesVolumeGroupId> for ::std::string::String {
        fn from(value: ListBootVolumesVolumeGroupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListBootVolumesVolumeGroupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListBootVolumesVolumeGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListBootVolumesVolumeGroupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListBootVolumesVolumeGroupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Update boot volume backup fields. Every property is optional; omitted properties are left unchanged.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBootVolumeBackupDetails {
        /**Defined tags for this resource. Each key is predefined and scoped to a
namespace. Example: `{"Operations": {"CostCenter": "42"}}`
*/
        #[serde(
            rename = "definedTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub defined_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        >,
        /**A user-friendly name. Does not need to be unique, and it is changeable.
Avoid entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<
            UpdateBootVolumeBackupDetailsDisplayName,
        >,
        /**Free-form tags for this resource. Each tag is a simple key-value pair with
no predefined name, type, or namespace. Example: `{"Department": "Finance"}`
*/
        #[serde(
            rename = "freeformTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub freeform_tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///The OCID of the Vault service key which is the master encryption key for the volume backup.
        #[serde(
            rename = "kmsKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub kms_key_id: ::std::option::Option<UpdateBootVolumeBackupDetailsKmsKeyId>,
    }
    impl UpdateBootVolumeBackupDetails {
        pub fn builder() -> builder::UpdateBootVolumeBackupDetails {
            Default::default()
        }
    }
    /**A user-friendly name. Does not need to be unique, and it is changeable.
Avoid entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateBootVolumeBackupDetailsDisplayName(::std::string::String);
    impl ::std::ops::Deref for UpdateBootVolumeBackupDetailsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateBootVolumeBackupDetailsDisplayName>
    for ::std::string::String {
        fn from(value: UpdateBootVolumeBackupDetailsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateBootVolumeBackupDetailsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateBootVolumeBackupDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateBootVolumeBackupDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateBootVolumeBackupDetailsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The OCID of the Vault service key which is the master encryption key for the volume backup.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateBootVolumeBackupDetailsKmsKeyId(::std::string::String);
    impl ::std::ops::Deref for UpdateBootVolumeBackupDetailsKmsKeyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateBootVolumeBackupDetailsKmsKeyId>
    for ::std::string::String {
        fn from(value: UpdateBootVolumeBackupDetailsKmsKeyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateBootVolumeBackupDetailsKmsKeyId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateBootVolumeBackupDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateBootVolumeBackupDetailsKmsKeyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateBootVolumeBackupDetailsKmsKeyId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Update boot volume fields. Every property is optional; omitted properties are left unchanged.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateBootVolumeDetails {
        /**Defined tags for this resource. Each key is predefined and scoped to a
namespace. Example: `{"Operations": {"CostCenter": "42"}}`
*/
        #[serde(
            rename = "definedTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub defined_tags: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
        >,
        /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<UpdateBootVolumeDetailsDisplayName>,
        /**Free-form tags for this resource. Each tag is a simple key-value pair with
no predefined name, type, or namespace. Example: `{"Department": "Finance"}`
*/
        #[serde(
            rename = "freeformTags",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub freeform_tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        ///Specifies whether the auto-tune performance is enabled for this boot volume.
        #[serde(
            rename = "isAutoTuneEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_auto_tune_enabled: ::std::option::Option<bool>,
        ///The size to resize the volume to in GBs. Has to be larger than the current size.
        #[serde(
            rename = "sizeInGBs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub size_in_g_bs: ::std::option::Option<i64>,
        ///The number of volume performance units (VPUs) that will be applied to this volume per GB.
        #[serde(
            rename = "vpusPerGB",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpus_per_gb: ::std::option::Option<i64>,
    }
    impl UpdateBootVolumeDetails {
        pub fn builder() -> builder::UpdateBootVolumeDetails {
            Default::default()
        }
    }
    /**A user-friendly name. Does not have to be unique, and it's changeable. Avoid
entering confidential information.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateBootVolumeDetailsDisplayName(::std::string::String);
    impl ::std::ops::Deref for UpdateBootVolumeDetailsDisplayName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateBootVolumeDetailsDisplayName>
    for ::std::string::String {
        fn from(value: UpdateBootVolumeDetailsDisplayName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateBootVolumeDetailsDisplayName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateBootVolumeDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateBootVolumeDetailsDisplayName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateBootVolumeDetailsDisplayName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BootVolume {
            auto_tuned_vpus_per_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            availability_domain: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            boot_volume_replicas: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::BootVolumeReplicaInfo>>,
                ::std::string::String,
            >,
            cluster_placement_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            compartment_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            freeform_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            image_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_auto_tune_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_hydrated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lifecycle_state: ::std::result::Result<
                crate::types::BootVolumeLifecycleState,
                ::std::string::String,
            >,
            size_in_g_bs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            size_in_m_bs: ::std::result::Result<i64, ::std::string::String>,
            source_details: ::std::result::Result<
                ::std::option::Option<super::BootVolumeSourceDetails>,
                ::std::string::String,
            >,
            system_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
            time_created: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            volume_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vpus_per_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BootVolume {
            fn default() -> Self {
                Self {
                    auto_tuned_vpus_per_gb: Ok(Default::default()),
                    availability_domain: Err(
                        "no value supplied for availability_domain".to_string(),
                    ),
                    boot_volume_replicas: Ok(Default::default()),
                    cluster_placement_group_id: Ok(Default::default()),
                    compartment_id: Err(
                        "no value supplied for compartment_id".to_string(),
                    ),
                    defined_tags: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    freeform_tags: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    image_id: Ok(Default::default()),
                    is_auto_tune_enabled: Ok(Default::default()),
                    is_hydrated: Ok(Default::default()),
                    kms_key_id: Ok(Default::default()),
                    lifecycle_state: Err(
                        "no value supplied for lifecycle_state".to_string(),
                    ),
                    size_in_g_bs: Ok(Default::default()),
                    size_in_m_bs: Err("no value supplied for size_in_m_bs".to_string()),
                    source_details: Ok(Default::default()),
                    system_tags: Ok(Default::default()),
                    time_created: Err("no value supplied for time_created".to_string()),
                    volume_group_id: Ok(Default::default()),
                    vpus_per_gb: Ok(Default::default()),
                }
            }
        }
        impl BootVolume {
            pub fn auto_tuned_vpus_per_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_tuned_vpus_per_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_tuned_vpus_per_gb: {e}"
                        )
                    });
                self
            }
            pub fn availability_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.availability_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for availability_domain: {e}"
                        )
                    });
                self
            }
            pub fn boot_volume_replicas<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::BootVolumeReplicaInfo>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.boot_volume_replicas = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for boot_volume_replicas: {e}"
                        )
                    });
                self
            }
            pub fn cluster_placement_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cluster_placement_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cluster_placement_group_id: {e}"
                        )
                    });
                self
            }
            pub fn compartment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.compartment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compartment_id: {e}"
                        )
                    });
                self
            }
            pub fn defined_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.defined_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defined_tags: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn freeform_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.freeform_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for freeform_tags: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_id: {e}")
                    });
                self
            }
            pub fn is_auto_tune_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_tune_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_auto_tune_enabled: {e}"
                        )
                    });
                self
            }
            pub fn is_hydrated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_hydrated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_hydrated: {e}")
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
            pub fn lifecycle_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::BootVolumeLifecycleState>,
                T::Error: ::std::fmt::Display,
            {
                self.lifecycle_state = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for lifecycle_state: {e}"
                        )
                    });
                self
            }
            pub fn size_in_g_bs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_in_g_bs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_in_g_bs: {e}")
                    });
                self
            }
            pub fn size_in_m_bs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size_in_m_bs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_in_m_bs: {e}")
                    });
                self
            }
            pub fn source_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BootVolumeSourceDetails>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.source_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_details: {e}"
                        )
                    });
                self
            }
            pub fn system_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.system_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_tags: {e}")
                    });
                self
            }
            pub fn time_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_created: {e}")
                    });
                self
            }
            pub fn volume_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.volume_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for volume_group_id: {e}"
                        )
                    });
                self
            }
            pub fn vpus_per_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpus_per_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpus_per_gb: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BootVolume> for super::BootVolume {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BootVolume,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_tuned_vpus_per_gb: value.auto_tuned_vpus_per_gb?,
                    availability_domain: value.availability_domain?,
                    boot_volume_replicas: value.boot_volume_replicas?,
                    cluster_placement_group_id: value.cluster_placement_group_id?,
                    compartment_id: value.compartment_id?,
                    defined_tags: value.defined_tags?,
                    display_name: value.display_name?,
                    freeform_tags: value.freeform_tags?,
                    id: value.id?,
                    image_id: value.image_id?,
                    is_auto_tune_enabled: value.is_auto_tune_enabled?,
                    is_hydrated: value.is_hydrated?,
                    kms_key_id: value.kms_key_id?,
                    lifecycle_state: value.lifecycle_state?,
                    size_in_g_bs: value.size_in_g_bs?,
                    size_in_m_bs: value.size_in_m_bs?,
                    source_details: value.source_details?,
                    system_tags: value.system_tags?,
                    time_created: value.time_created?,
                    volume_group_id: value.volume_group_id?,
                    vpus_per_gb: value.vpus_per_gb?,
                })
            }
        }
        impl ::std::convert::From<super::BootVolume> for BootVolume {
            fn from(value: super::BootVolume) -> Self {
                Self {
                    auto_tuned_vpus_per_gb: Ok(value.auto_tuned_vpus_per_gb),
                    availability_domain: Ok(value.availability_domain),
                    boot_volume_replicas: Ok(value.boot_volume_replicas),
                    cluster_placement_group_id: Ok(value.cluster_placement_group_id),
                    compartment_id: Ok(value.compartment_id),
                    defined_tags: Ok(value.defined_tags),
                    display_name: Ok(value.display_name),
                    freeform_tags: Ok(value.freeform_tags),
                    id: Ok(value.id),
                    image_id: Ok(value.image_id),
                    is_auto_tune_enabled: Ok(value.is_auto_tune_enabled),
                    is_hydrated: Ok(value.is_hydrated),
                    kms_key_id: Ok(value.kms_key_id),
                    lifecycle_state: Ok(value.lifecycle_state),
                    size_in_g_bs: Ok(value.size_in_g_bs),
                    size_in_m_bs: Ok(value.size_in_m_bs),
                    source_details: Ok(value.source_details),
                    system_tags: Ok(value.system_tags),
                    time_created: Ok(value.time_created),
                    volume_group_id: Ok(value.volume_group_id),
                    vpus_per_gb: Ok(value.vpus_per_gb),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BootVolumeBackup {
            backup_progress: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            boot_volume_id: ::std::result::Result<
                ::std::option::Option<super::BootVolumeBackupBootVolumeId>,
                ::std::string::String,
            >,
            compartment_id: ::std::result::Result<
                super::BootVolumeBackupCompartmentId,
                ::std::string::String,
            >,
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                super::BootVolumeBackupDisplayName,
                ::std::string::String,
            >,
            expiration_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            freeform_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::BootVolumeBackupId, ::std::string::String>,
            image_id: ::std::result::Result<
                ::std::option::Option<super::BootVolumeBackupImageId>,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<super::BootVolumeBackupKmsKeyId>,
                ::std::string::String,
            >,
            lifecycle_state: ::std::result::Result<
                crate::types::BootVolumeBackupLifecycleState,
                ::std::string::String,
            >,
            size_in_g_bs: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            source_boot_volume_backup_id: ::std::result::Result<
                ::std::option::Option<super::BootVolumeBackupSourceBootVolumeBackupId>,
                ::std::string::String,
            >,
            source_type: ::std::result::Result<
                ::std::option::Option<crate::types::BootVolumeBackupSourceType>,
                ::std::string::String,
            >,
            system_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
            time_created: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            time_request_received: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::types::BootVolumeBackupType>,
                ::std::string::String,
            >,
            unique_size_in_g_bs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BootVolumeBackup {
            fn default() -> Self {
                Self {
                    backup_progress: Ok(Default::default()),
                    boot_volume_id: Ok(Default::default()),
                    compartment_id: Err(
                        "no value supplied for compartment_id".to_string(),
                    ),
                    defined_tags: Ok(Default::default()),
                    display_name: Err("no value supplied for display_name".to_string()),
                    expiration_time: Ok(Default::default()),
                    freeform_tags: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    image_id: Ok(Default::default()),
                    kms_key_id: Ok(Default::default()),
                    lifecycle_state: Err(
                        "no value supplied for lifecycle_state".to_string(),
                    ),
                    size_in_g_bs: Ok(Default::default()),
                    source_boot_volume_backup_id: Ok(Default::default()),
                    source_type: Ok(Default::default()),
                    system_tags: Ok(Default::default()),
                    time_created: Err("no value supplied for time_created".to_string()),
                    time_request_received: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    unique_size_in_g_bs: Ok(Default::default()),
                }
            }
        }
        impl BootVolumeBackup {
            pub fn backup_progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.backup_progress = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backup_progress: {e}"
                        )
                    });
                self
            }
            pub fn boot_volume_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BootVolumeBackupBootVolumeId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.boot_volume_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for boot_volume_id: {e}"
                        )
                    });
                self
            }
            pub fn compartment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BootVolumeBackupCompartmentId>,
                T::Error: ::std::fmt::Display,
            {
                self.compartment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compartment_id: {e}"
                        )
                    });
                self
            }
            pub fn defined_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.defined_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defined_tags: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BootVolumeBackupDisplayName>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn expiration_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_time: {e}"
                        )
                    });
                self
            }
            pub fn freeform_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.freeform_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for freeform_tags: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BootVolumeBackupId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BootVolumeBackupImageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.image_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_id: {e}")
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BootVolumeBackupKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
            pub fn lifecycle_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::BootVolumeBackupLifecycleState>,
                T::Error: ::std::fmt::Display,
            {
                self.lifecycle_state = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for lifecycle_state: {e}"
                        )
                    });
                self
            }
            pub fn size_in_g_bs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size_in_g_bs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_in_g_bs: {e}")
                    });
                self
            }
            pub fn source_boot_volume_backup_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::BootVolumeBackupSourceBootVolumeBackupId,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.source_boot_volume_backup_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_boot_volume_backup_id: {e}"
                        )
                    });
                self
            }
            pub fn source_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::BootVolumeBackupSourceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.source_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_type: {e}")
                    });
                self
            }
            pub fn system_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.system_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for system_tags: {e}")
                    });
                self
            }
            pub fn time_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_created: {e}")
                    });
                self
            }
            pub fn time_request_received<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.time_request_received = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for time_request_received: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::BootVolumeBackupType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unique_size_in_g_bs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_size_in_g_bs = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_size_in_g_bs: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BootVolumeBackup> for super::BootVolumeBackup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BootVolumeBackup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backup_progress: value.backup_progress?,
                    boot_volume_id: value.boot_volume_id?,
                    compartment_id: value.compartment_id?,
                    defined_tags: value.defined_tags?,
                    display_name: value.display_name?,
                    expiration_time: value.expiration_time?,
                    freeform_tags: value.freeform_tags?,
                    id: value.id?,
                    image_id: value.image_id?,
                    kms_key_id: value.kms_key_id?,
                    lifecycle_state: value.lifecycle_state?,
                    size_in_g_bs: value.size_in_g_bs?,
                    source_boot_volume_backup_id: value.source_boot_volume_backup_id?,
                    source_type: value.source_type?,
                    system_tags: value.system_tags?,
                    time_created: value.time_created?,
                    time_request_received: value.time_request_received?,
                    type_: value.type_?,
                    unique_size_in_g_bs: value.unique_size_in_g_bs?,
                })
            }
        }
        impl ::std::convert::From<super::BootVolumeBackup> for BootVolumeBackup {
            fn from(value: super::BootVolumeBackup) -> Self {
                Self {
                    backup_progress: Ok(value.backup_progress),
                    boot_volume_id: Ok(value.boot_volume_id),
                    compartment_id: Ok(value.compartment_id),
                    defined_tags: Ok(value.defined_tags),
                    display_name: Ok(value.display_name),
                    expiration_time: Ok(value.expiration_time),
                    freeform_tags: Ok(value.freeform_tags),
                    id: Ok(value.id),
                    image_id: Ok(value.image_id),
                    kms_key_id: Ok(value.kms_key_id),
                    lifecycle_state: Ok(value.lifecycle_state),
                    size_in_g_bs: Ok(value.size_in_g_bs),
                    source_boot_volume_backup_id: Ok(value.source_boot_volume_backup_id),
                    source_type: Ok(value.source_type),
                    system_tags: Ok(value.system_tags),
                    time_created: Ok(value.time_created),
                    time_request_received: Ok(value.time_request_received),
                    type_: Ok(value.type_),
                    unique_size_in_g_bs: Ok(value.unique_size_in_g_bs),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BootVolumeReplicaDetails {
            availability_domain: ::std::result::Result<
                super::BootVolumeReplicaDetailsAvailabilityDomain,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<super::BootVolumeReplicaDetailsDisplayName>,
                ::std::string::String,
            >,
            xrr_kms_key_id: ::std::result::Result<
                ::std::option::Option<super::BootVolumeReplicaDetailsXrrKmsKeyId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BootVolumeReplicaDetails {
            fn default() -> Self {
                Self {
                    availability_domain: Err(
                        "no value supplied for availability_domain".to_string(),
                    ),
                    display_name: Ok(Default::default()),
                    xrr_kms_key_id: Ok(Default::default()),
                }
            }
        }
        impl BootVolumeReplicaDetails {
            pub fn availability_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::BootVolumeReplicaDetailsAvailabilityDomain,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.availability_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for availability_domain: {e}"
                        )
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BootVolumeReplicaDetailsDisplayName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn xrr_kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BootVolumeReplicaDetailsXrrKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.xrr_kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for xrr_kms_key_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BootVolumeReplicaDetails>
        for super::BootVolumeReplicaDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BootVolumeReplicaDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    availability_domain: value.availability_domain?,
                    display_name: value.display_name?,
                    xrr_kms_key_id: value.xrr_kms_key_id?,
                })
            }
        }
        impl ::std::convert::From<super::BootVolumeReplicaDetails>
        for BootVolumeReplicaDetails {
            fn from(value: super::BootVolumeReplicaDetails) -> Self {
                Self {
                    availability_domain: Ok(value.availability_domain),
                    display_name: Ok(value.display_name),
                    xrr_kms_key_id: Ok(value.xrr_kms_key_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BootVolumeReplicaInfo {
            availability_domain: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            boot_volume_replica_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BootVolumeReplicaInfo {
            fn default() -> Self {
                Self {
                    availability_domain: Err(
                        "no value supplied for availability_domain".to_string(),
                    ),
                    boot_volume_replica_id: Err(
                        "no value supplied for boot_volume_replica_id".to_string(),
                    ),
                    display_name: Err("no value supplied for display_name".to_string()),
                    kms_key_id: Ok(Default::default()),
                }
            }
        }
        impl BootVolumeReplicaInfo {
            pub fn availability_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.availability_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for availability_domain: {e}"
                        )
                    });
                self
            }
            pub fn boot_volume_replica_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.boot_volume_replica_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for boot_volume_replica_id: {e}"
                        )
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BootVolumeReplicaInfo>
        for super::BootVolumeReplicaInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BootVolumeReplicaInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    availability_domain: value.availability_domain?,
                    boot_volume_replica_id: value.boot_volume_replica_id?,
                    display_name: value.display_name?,
                    kms_key_id: value.kms_key_id?,
                })
            }
        }
        impl ::std::convert::From<super::BootVolumeReplicaInfo>
        for BootVolumeReplicaInfo {
            fn from(value: super::BootVolumeReplicaInfo) -> Self {
                Self {
                    availability_domain: Ok(value.availability_domain),
                    boot_volume_replica_id: Ok(value.boot_volume_replica_id),
                    display_name: Ok(value.display_name),
                    kms_key_id: Ok(value.kms_key_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChangeBootVolumeBackupCompartmentDetails {
            compartment_id: ::std::result::Result<
                super::ChangeBootVolumeBackupCompartmentDetailsCompartmentId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChangeBootVolumeBackupCompartmentDetails {
            fn default() -> Self {
                Self {
                    compartment_id: Err(
                        "no value supplied for compartment_id".to_string(),
                    ),
                }
            }
        }
        impl ChangeBootVolumeBackupCompartmentDetails {
            pub fn compartment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::ChangeBootVolumeBackupCompartmentDetailsCompartmentId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.compartment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compartment_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChangeBootVolumeBackupCompartmentDetails>
        for super::ChangeBootVolumeBackupCompartmentDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangeBootVolumeBackupCompartmentDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    compartment_id: value.compartment_id?,
                })
            }
        }
        impl ::std::convert::From<super::ChangeBootVolumeBackupCompartmentDetails>
        for ChangeBootVolumeBackupCompartmentDetails {
            fn from(value: super::ChangeBootVolumeBackupCompartmentDetails) -> Self {
                Self {
                    compartment_id: Ok(value.compartment_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CopyBootVolumeBackupDetails {
            destination_region: ::std::result::Result<
                super::CopyBootVolumeBackupDetailsDestinationRegion,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<super::CopyBootVolumeBackupDetailsDisplayName>,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<super::CopyBootVolumeBackupDetailsKmsKeyId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CopyBootVolumeBackupDetails {
            fn default() -> Self {
                Self {
                    destination_region: Err(
                        "no value supplied for destination_region".to_string(),
                    ),
                    display_name: Ok(Default::default()),
                    kms_key_id: Ok(Default::default()),
                }
            }
        }
        impl CopyBootVolumeBackupDetails {
            pub fn destination_region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CopyBootVolumeBackupDetailsDestinationRegion,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.destination_region = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for destination_region: {e}"
                        )
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CopyBootVolumeBackupDetailsDisplayName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CopyBootVolumeBackupDetailsKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CopyBootVolumeBackupDetails>
        for super::CopyBootVolumeBackupDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CopyBootVolumeBackupDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    destination_region: value.destination_region?,
                    display_name: value.display_name?,
                    kms_key_id: value.kms_key_id?,
                })
            }
        }
        impl ::std::convert::From<super::CopyBootVolumeBackupDetails>
        for CopyBootVolumeBackupDetails {
            fn from(value: super::CopyBootVolumeBackupDetails) -> Self {
                Self {
                    destination_region: Ok(value.destination_region),
                    display_name: Ok(value.display_name),
                    kms_key_id: Ok(value.kms_key_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBootVolumeBackupDetails {
            boot_volume_id: ::std::result::Result<
                super::CreateBootVolumeBackupDetailsBootVolumeId,
                ::std::string::String,
            >,
            compartment_id: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeBackupDetailsCompartmentId>,
                ::std::string::String,
            >,
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeBackupDetailsDisplayName>,
                ::std::string::String,
            >,
            freeform_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeBackupDetailsKmsKeyId>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeBackupDetailsType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBootVolumeBackupDetails {
            fn default() -> Self {
                Self {
                    boot_volume_id: Err(
                        "no value supplied for boot_volume_id".to_string(),
                    ),
                    compartment_id: Ok(Default::default()),
                    defined_tags: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    freeform_tags: Ok(Default::default()),
                    kms_key_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CreateBootVolumeBackupDetails {
            pub fn boot_volume_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::CreateBootVolumeBackupDetailsBootVolumeId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.boot_volume_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for boot_volume_id: {e}"
                        )
                    });
                self
            }
            pub fn compartment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateBootVolumeBackupDetailsCompartmentId,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.compartment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compartment_id: {e}"
                        )
                    });
                self
            }
            pub fn defined_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<
                                ::std::string::String,
                                ::std::string::String,
                            >,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.defined_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defined_tags: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateBootVolumeBackupDetailsDisplayName,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn freeform_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.freeform_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for freeform_tags: {e}")
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateBootVolumeBackupDetailsKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateBootVolumeBackupDetailsType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBootVolumeBackupDetails>
        for super::CreateBootVolumeBackupDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBootVolumeBackupDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    boot_volume_id: value.boot_volume_id?,
                    compartment_id: value.compartment_id?,
                    defined_tags: value.defined_tags?,
                    display_name: value.display_name?,
                    freeform_tags: value.freeform_tags?,
                    kms_key_id: value.kms_key_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBootVolumeBackupDetails>
        for CreateBootVolumeBackupDetails {
            fn from(value: super::CreateBootVolumeBackupDetails) -> Self {
                Self {
                    boot_volume_id: Ok(value.boot_volume_id),
                    compartment_id: Ok(value.compartment_id),
                    defined_tags: Ok(value.defined_tags),
                    display_name: Ok(value.display_name),
                    freeform_tags: Ok(value.freeform_tags),
                    kms_key_id: Ok(value.kms_key_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBootVolumeDetails {
            availability_domain: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeDetailsAvailabilityDomain>,
                ::std::string::String,
            >,
            backup_policy_id: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeDetailsBackupPolicyId>,
                ::std::string::String,
            >,
            boot_volume_replicas: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::BootVolumeReplicaDetails>>,
                ::std::string::String,
            >,
            cluster_placement_group_id: ::std::result::Result<
                ::std::option::Option<
                    super::CreateBootVolumeDetailsClusterPlacementGroupId,
                >,
                ::std::string::String,
            >,
            compartment_id: ::std::result::Result<
                super::CreateBootVolumeDetailsCompartmentId,
                ::std::string::String,
            >,
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeDetailsDisplayName>,
                ::std::string::String,
            >,
            freeform_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            is_auto_tune_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeDetailsKmsKeyId>,
                ::std::string::String,
            >,
            size_in_g_bs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_details: ::std::result::Result<
                super::BootVolumeSourceDetails,
                ::std::string::String,
            >,
            vpus_per_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            xrc_kms_key_id: ::std::result::Result<
                ::std::option::Option<super::CreateBootVolumeDetailsXrcKmsKeyId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBootVolumeDetails {
            fn default() -> Self {
                Self {
                    availability_domain: Ok(Default::default()),
                    backup_policy_id: Ok(Default::default()),
                    boot_volume_replicas: Ok(Default::default()),
                    cluster_placement_group_id: Ok(Default::default()),
                    compartment_id: Err(
                        "no value supplied for compartment_id".to_string(),
                    ),
                    defined_tags: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    freeform_tags: Ok(Default::default()),
                    is_auto_tune_enabled: Ok(Default::default()),
                    kms_key_id: Ok(Default::default()),
                    size_in_g_bs: Ok(Default::default()),
                    source_details: Err(
                        "no value supplied for source_details".to_string(),
                    ),
                    vpus_per_gb: Ok(Default::default()),
                    xrc_kms_key_id: Ok(Default::default()),
                }
            }
        }
        impl CreateBootVolumeDetails {
            pub fn availability_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateBootVolumeDetailsAvailabilityDomain,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.availability_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for availability_domain: {e}"
                        )
                    });
                self
            }
            pub fn backup_policy_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateBootVolumeDetailsBackupPolicyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.backup_policy_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backup_policy_id: {e}"
                        )
                    });
                self
            }
            pub fn boot_volume_replicas<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::BootVolumeReplicaDetails>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.boot_volume_replicas = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for boot_volume_replicas: {e}"
                        )
                    });
                self
            }
            pub fn cluster_placement_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::CreateBootVolumeDetailsClusterPlacementGroupId,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.cluster_placement_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cluster_placement_group_id: {e}"
                        )
                    });
                self
            }
            pub fn compartment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateBootVolumeDetailsCompartmentId>,
                T::Error: ::std::fmt::Display,
            {
                self.compartment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for compartment_id: {e}"
                        )
                    });
                self
            }
            pub fn defined_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<
                                ::std::string::String,
                                ::std::string::String,
                            >,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.defined_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defined_tags: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateBootVolumeDetailsDisplayName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn freeform_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.freeform_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for freeform_tags: {e}")
                    });
                self
            }
            pub fn is_auto_tune_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_tune_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_auto_tune_enabled: {e}"
                        )
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateBootVolumeDetailsKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
            pub fn size_in_g_bs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_in_g_bs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_in_g_bs: {e}")
                    });
                self
            }
            pub fn source_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BootVolumeSourceDetails>,
                T::Error: ::std::fmt::Display,
            {
                self.source_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for source_details: {e}"
                        )
                    });
                self
            }
            pub fn vpus_per_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpus_per_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpus_per_gb: {e}")
                    });
                self
            }
            pub fn xrc_kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateBootVolumeDetailsXrcKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.xrc_kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for xrc_kms_key_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateBootVolumeDetails>
        for super::CreateBootVolumeDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBootVolumeDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    availability_domain: value.availability_domain?,
                    backup_policy_id: value.backup_policy_id?,
                    boot_volume_replicas: value.boot_volume_replicas?,
                    cluster_placement_group_id: value.cluster_placement_group_id?,
                    compartment_id: value.compartment_id?,
                    defined_tags: value.defined_tags?,
                    display_name: value.display_name?,
                    freeform_tags: value.freeform_tags?,
                    is_auto_tune_enabled: value.is_auto_tune_enabled?,
                    kms_key_id: value.kms_key_id?,
                    size_in_g_bs: value.size_in_g_bs?,
                    source_details: value.source_details?,
                    vpus_per_gb: value.vpus_per_gb?,
                    xrc_kms_key_id: value.xrc_kms_key_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBootVolumeDetails>
        for CreateBootVolumeDetails {
            fn from(value: super::CreateBootVolumeDetails) -> Self {
                Self {
                    availability_domain: Ok(value.availability_domain),
                    backup_policy_id: Ok(value.backup_policy_id),
                    boot_volume_replicas: Ok(value.boot_volume_replicas),
                    cluster_placement_group_id: Ok(value.cluster_placement_group_id),
                    compartment_id: Ok(value.compartment_id),
                    defined_tags: Ok(value.defined_tags),
                    display_name: Ok(value.display_name),
                    freeform_tags: Ok(value.freeform_tags),
                    is_auto_tune_enabled: Ok(value.is_auto_tune_enabled),
                    kms_key_id: Ok(value.kms_key_id),
                    size_in_g_bs: Ok(value.size_in_g_bs),
                    source_details: Ok(value.source_details),
                    vpus_per_gb: Ok(value.vpus_per_gb),
                    xrc_kms_key_id: Ok(value.xrc_kms_key_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateBootVolumeBackupDetails {
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<super::UpdateBootVolumeBackupDetailsDisplayName>,
                ::std::string::String,
            >,
            freeform_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            kms_key_id: ::std::result::Result<
                ::std::option::Option<super::UpdateBootVolumeBackupDetailsKmsKeyId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateBootVolumeBackupDetails {
            fn default() -> Self {
                Self {
                    defined_tags: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    freeform_tags: Ok(Default::default()),
                    kms_key_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateBootVolumeBackupDetails {
            pub fn defined_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<
                                ::std::string::String,
                                ::std::string::String,
                            >,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.defined_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defined_tags: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::UpdateBootVolumeBackupDetailsDisplayName,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn freeform_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.freeform_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for freeform_tags: {e}")
                    });
                self
            }
            pub fn kms_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateBootVolumeBackupDetailsKmsKeyId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.kms_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kms_key_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateBootVolumeBackupDetails>
        for super::UpdateBootVolumeBackupDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateBootVolumeBackupDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defined_tags: value.defined_tags?,
                    display_name: value.display_name?,
                    freeform_tags: value.freeform_tags?,
                    kms_key_id: value.kms_key_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateBootVolumeBackupDetails>
        for UpdateBootVolumeBackupDetails {
            fn from(value: super::UpdateBootVolumeBackupDetails) -> Self {
                Self {
                    defined_tags: Ok(value.defined_tags),
                    display_name: Ok(value.display_name),
                    freeform_tags: Ok(value.freeform_tags),
                    kms_key_id: Ok(value.kms_key_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateBootVolumeDetails {
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<super::UpdateBootVolumeDetailsDisplayName>,
                ::std::string::String,
            >,
            freeform_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            is_auto_tune_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            size_in_g_bs: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            vpus_per_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateBootVolumeDetails {
            fn default() -> Self {
                Self {
                    defined_tags: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    freeform_tags: Ok(Default::default()),
                    is_auto_tune_enabled: Ok(Default::default()),
                    size_in_g_bs: Ok(Default::default()),
                    vpus_per_gb: Ok(Default::default()),
                }
            }
        }
        impl UpdateBootVolumeDetails {
            pub fn defined_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<
                                ::std::string::String,
                                ::std::string::String,
                            >,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.defined_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for defined_tags: {e}")
                    });
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UpdateBootVolumeDetailsDisplayName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for display_name: {e}")
                    });
                self
            }
            pub fn freeform_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.freeform_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for freeform_tags: {e}")
                    });
                self
            }
            pub fn is_auto_tune_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_tune_enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_auto_tune_enabled: {e}"
                        )
                    });
                self
            }
            pub fn size_in_g_bs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size_in_g_bs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size_in_g_bs: {e}")
                    });
                self
            }
            pub fn vpus_per_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpus_per_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpus_per_gb: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateBootVolumeDetails>
        for super::UpdateBootVolumeDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateBootVolumeDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defined_tags: value.defined_tags?,
                    display_name: value.display_name?,
                    freeform_tags: value.freeform_tags?,
                    is_auto_tune_enabled: value.is_auto_tune_enabled?,
                    size_in_g_bs: value.size_in_g_bs?,
                    vpus_per_gb: value.vpus_per_gb?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateBootVolumeDetails>
        for UpdateBootVolumeDetails {
            fn from(value: super::UpdateBootVolumeDetails) -> Self {
                Self {
                    defined_tags: Ok(value.defined_tags),
                    display_name: Ok(value.display_name),
                    freeform_tags: Ok(value.freeform_tags),
                    is_auto_tune_enabled: Ok(value.is_auto_tune_enabled),
                    size_in_g_bs: Ok(value.size_in_g_bs),
                    vpus_per_gb: Ok(value.vpus_per_gb),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Core Services API: boot volume backups and boot volumes

Boot volume backups of the OCI Core Services (Block Storage) API, version
20160918, as documented for the **Oracle Private Cloud Appliance (PCA) 3.0
Compute Enclave API** ("ceapi"). Hand-written transcription of the PCA pages for
CreateBootVolumeBackup, GetBootVolumeBackup, ListBootVolumeBackups,
UpdateBootVolumeBackup, DeleteBootVolumeBackup and
ChangeBootVolumeBackupCompartment.

For disaster recovery, the public OCI Core Services operations that restore and
copy backups are transcribed too, from Oracle's API reference (a Private Cloud
Appliance does not document them): CopyBootVolumeBackup (to another region),
and CreateBootVolume (from a backup, or a clone), GetBootVolume, ListBootVolumes,
UpdateBootVolume and DeleteBootVolume.

PCA differs from public OCI in a few places: `BootVolumeBackup.backupProgress`
exists only on PCA, the create body accepts a `compartmentId`, string limits
(1-255 for OCIDs and names) are stated, and the list operation sorts by
`TIMECREATED` or `NAME`. Public OCI returns further fields that are not modelled
here; clients must ignore properties they do not know.

Requests are authenticated with OCI request signatures (see the `ociSignature`
security scheme). All timestamps are RFC 3339 strings.


Version: 20160918*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::oci_backup_runtime::SharedHooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: ::oci_backup_runtime::SharedHooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::oci_backup_runtime::SharedHooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::oci_backup_runtime::SharedHooks> for Client {
    fn api_version() -> &'static str {
        "20160918"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::oci_backup_runtime::SharedHooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::oci_backup_runtime::SharedHooks>,
    {}
};
impl Client {
    /**List boot volume backups

List the boot volume backups in the specified compartment. You can filter the
results by boot volume.

The result is paginated: while the response carries an `opc-next-page` header,
call again with `page` set to its value and the same filters; stop when the
header is absent. Treat the page token as opaque.


Sends a `GET` request to `/20160918/bootVolumeBackups`

Arguments:
- `boot_volume_id`: The OCID of the boot volume.
- `compartment_id`: The OCID of the compartment.
- `display_name`: A filter to return only resources that match the entire display name given.
- `lifecycle_state`: A filter to only return resources that match the given lifecycle state. The
state value is case-insensitive. Values are those of
`BootVolumeBackup.lifecycleState`.

- `limit`: For list pagination. The maximum number of results per page, or items to
return in a paginated List call. 1 is the minimum, 1000 is the maximum.

- `page`: For list pagination. The value of the opc-next-page response header from the
previous List call, or "0": the documented default, which asks for the first
page (as omitting the parameter does). The token is opaque: any other value is
refused with 400 InvalidParameter.

- `sort_by`: The optional field to sort the results by. No default is documented.
- `sort_order`: The sort order to use, either ascending (ASC) or descending (DESC).
- `source_boot_volume_backup_id`: A filter to return only resources that originated from the given source boot volume backup.
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

```ignore
let response = client.list_boot_volume_backups()
    .boot_volume_id(boot_volume_id)
    .compartment_id(compartment_id)
    .display_name(display_name)
    .lifecycle_state(lifecycle_state)
    .limit(limit)
    .page(page)
    .sort_by(sort_by)
    .sort_order(sort_order)
    .source_boot_volume_backup_id(source_boot_volume_backup_id)
    .opc_request_id(opc_request_id)
    .send()
    .await;
```*/
    pub fn list_boot_volume_backups(&self) -> builder::ListBootVolumeBackups<'_> {
        builder::ListBootVolumeBackups::new(self)
    }
    /**Create a boot volume backup

Create a new boot volume backup of the specified boot volume. When the request
is received, the backup object is in a REQUEST_RECEIVED state. When the data is
imaged, it goes into a CREATING state. After the backup is fully uploaded to the
cloud, it goes into an AVAILABLE state.


Sends a `POST` request to `/20160918/bootVolumeBackups`

Arguments:
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

- `opc_retry_token`: A token that uniquely identifies a request so it can be retried in case of a
timeout or server error without risk of executing that same action again. Retry
tokens expire after 24 hours, but can be invalidated before then due to
conflicting operations (for example, if a resource has been deleted and purged
from the system, then a retry of the original creation request may be
rejected).

- `body`: Request to create a new backup of given boot volume.
```ignore
let response = client.create_boot_volume_backup()
    .opc_request_id(opc_request_id)
    .opc_retry_token(opc_retry_token)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_boot_volume_backup(&self) -> builder::CreateBootVolumeBackup<'_> {
        builder::CreateBootVolumeBackup::new(self)
    }
    /**Get a boot volume backup

Get information for the specified boot volume backup.

Sends a `GET` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}`

Arguments:
- `boot_volume_backup_id`: The OCID of the boot volume backup.
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

```ignore
let response = client.get_boot_volume_backup()
    .boot_volume_backup_id(boot_volume_backup_id)
    .opc_request_id(opc_request_id)
    .send()
    .await;
```*/
    pub fn get_boot_volume_backup(&self) -> builder::GetBootVolumeBackup<'_> {
        builder::GetBootVolumeBackup::new(self)
    }
    /**Update a boot volume backup

Update the display name for the specified boot volume backup. Avoid entering
confidential information.

The defined tags, free-form tags and Vault master encryption key can be updated
too. Send `if-match` with the `etag` from an earlier GET or POST to update only
if the backup has not changed since (otherwise the response is 412).


Sends a `PUT` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}`

Arguments:
- `boot_volume_backup_id`: The OCID of the boot volume backup.
- `if_match`: For optimistic concurrency control. In the PUT or DELETE call for a resource,
set the if-match parameter to the value of the etag from a previous GET or POST
response for that resource. The resource will be updated or deleted only if the
etag you provide matches the resource's current etag value.

- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

- `body`: Update boot volume backup fields.
```ignore
let response = client.update_boot_volume_backup()
    .boot_volume_backup_id(boot_volume_backup_id)
    .if_match(if_match)
    .opc_request_id(opc_request_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_boot_volume_backup(&self) -> builder::UpdateBootVolumeBackup<'_> {
        builder::UpdateBootVolumeBackup::new(self)
    }
    /**Delete a boot volume backup

Delete a boot volume backup. Deletion is asynchronous: the backup goes through
`TERMINATING` to `TERMINATED`; after that, getting it may return `TERMINATED`
or 404. Send `if-match` with the `etag` from an earlier GET or POST to delete
only if the backup has not changed since (otherwise the response is 412).


Sends a `DELETE` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}`

Arguments:
- `boot_volume_backup_id`: The OCID of the boot volume backup.
- `if_match`: For optimistic concurrency control. In the PUT or DELETE call for a resource,
set the if-match parameter to the value of the etag from a previous GET or POST
response for that resource. The resource will be updated or deleted only if the
etag you provide matches the resource's current etag value.

- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

```ignore
let response = client.delete_boot_volume_backup()
    .boot_volume_backup_id(boot_volume_backup_id)
    .if_match(if_match)
    .opc_request_id(opc_request_id)
    .send()
    .await;
```*/
    pub fn delete_boot_volume_backup(&self) -> builder::DeleteBootVolumeBackup<'_> {
        builder::DeleteBootVolumeBackup::new(self)
    }
    /**Change the compartment of a boot volume backup

Move a boot volume backup into a different compartment within the same tenancy.

Sends a `POST` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/changeCompartment`

Arguments:
- `boot_volume_backup_id`: The OCID of the boot volume backup.
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

- `body`: Request to change the compartment of given boot volume backup.
```ignore
let response = client.change_boot_volume_backup_compartment()
    .boot_volume_backup_id(boot_volume_backup_id)
    .opc_request_id(opc_request_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn change_boot_volume_backup_compartment(
        &self,
    ) -> builder::ChangeBootVolumeBackupCompartment<'_> {
        builder::ChangeBootVolumeBackupCompartment::new(self)
    }
    /**Copy a boot volume backup to another region

Creates a boot volume backup copy in specified region. For general information
about volume backups, see
[Overview of Boot Volume Backups](https://docs.oracle.com/iaas/Content/Block/Concepts/bootvolumebackups.htm).

Send the request to the source region's endpoint. The answer is the new backup:
its `id` belongs to the destination region, so read it (and wait for it) from the
destination region's endpoint (`iaas.<destinationRegion>.<realm-domain>`). Public
OCI only: a Private Cloud Appliance does not document this operation.


Sends a `POST` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/copy`

Arguments:
- `boot_volume_backup_id`: The OCID of the boot volume backup.
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

- `opc_retry_token`: A token that uniquely identifies a request so it can be retried in case of a
timeout or server error without risk of executing that same action again. Retry
tokens expire after 24 hours, but can be invalidated before then due to
conflicting operations (for example, if a resource has been deleted and purged
from the system, then a retry of the original creation request may be
rejected).

- `body`: Request to create a cross-region copy of given boot volume backup.
```ignore
let response = client.copy_boot_volume_backup()
    .boot_volume_backup_id(boot_volume_backup_id)
    .opc_request_id(opc_request_id)
    .opc_retry_token(opc_retry_token)
    .body(body)
    .send()
    .await;
```*/
    pub fn copy_boot_volume_backup(&self) -> builder::CopyBootVolumeBackup<'_> {
        builder::CopyBootVolumeBackup::new(self)
    }
    /**List boot volumes

Lists the boot volumes in the specified compartment and availability domain.

The result is paginated: while the response carries an `opc-next-page` header,
call again with `page` set to its value and the same filters; stop when the
header is absent. Treat the page token as opaque.


Sends a `GET` request to `/20160918/bootVolumes`

Arguments:
- `availability_domain`: The name of the availability domain. Example: `Uocm:PHX-AD-1`
- `compartment_id`: The OCID of the compartment.
- `limit`: For list pagination. The maximum number of results per page, or items to
return in a paginated List call. 1 is the minimum, 1000 is the maximum.

- `page`: For list pagination. The value of the opc-next-page response header from the
previous List call, or "0", which asks for the first page (as omitting the
parameter does). The token is opaque: any other value is refused with 400
InvalidParameter.

- `volume_group_id`: The OCID of the volume group.
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

```ignore
let response = client.list_boot_volumes()
    .availability_domain(availability_domain)
    .compartment_id(compartment_id)
    .limit(limit)
    .page(page)
    .volume_group_id(volume_group_id)
    .opc_request_id(opc_request_id)
    .send()
    .await;
```*/
    pub fn list_boot_volumes(&self) -> builder::ListBootVolumes<'_> {
        builder::ListBootVolumes::new(self)
    }
    /**Create a boot volume

Creates a new boot volume in the specified compartment from an existing boot
volume or a boot volume backup. For general information about boot volumes, see
[Boot Volumes](https://docs.oracle.com/iaas/Content/Block/Concepts/bootvolumes.htm).
You may optionally specify a *display name* for the volume, which is simply a
friendly name or description. It does not have to be unique, and you can change
it. Avoid entering confidential information.

The new boot volume is `PROVISIONING` (a clone) or `RESTORING` (from a backup),
then `AVAILABLE`; a restored volume can be `AVAILABLE` before its data is fully
pulled from the backup (`isHydrated: false`).


Sends a `POST` request to `/20160918/bootVolumes`

Arguments:
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

- `opc_retry_token`: A token that uniquely identifies a request so it can be retried in case of a
timeout or server error without risk of executing that same action again. Retry
tokens expire after 24 hours, but can be invalidated before then due to
conflicting operations (for example, if a resource has been deleted and purged
from the system, then a retry of the original creation request may be
rejected).

- `body`: Request to create a new boot volume.
```ignore
let response = client.create_boot_volume()
    .opc_request_id(opc_request_id)
    .opc_retry_token(opc_retry_token)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_boot_volume(&self) -> builder::CreateBootVolume<'_> {
        builder::CreateBootVolume::new(self)
    }
    /**Get a boot volume

Gets information for the specified boot volume.

Sends a `GET` request to `/20160918/bootVolumes/{bootVolumeId}`

Arguments:
- `boot_volume_id`: The OCID of the boot volume.
- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

```ignore
let response = client.get_boot_volume()
    .boot_volume_id(boot_volume_id)
    .opc_request_id(opc_request_id)
    .send()
    .await;
```*/
    pub fn get_boot_volume(&self) -> builder::GetBootVolume<'_> {
        builder::GetBootVolume::new(self)
    }
    /**Update a boot volume

Updates the specified boot volume's display name, defined tags, and free-form
tags. Avoid entering confidential information. Send `if-match` with the `etag`
from an earlier GET or POST to update only if the volume has not changed since
(otherwise the response is 412).


Sends a `PUT` request to `/20160918/bootVolumes/{bootVolumeId}`

Arguments:
- `boot_volume_id`: The OCID of the boot volume.
- `if_match`: For optimistic concurrency control. In the PUT or DELETE call for a resource,
set the if-match parameter to the value of the etag from a previous GET or POST
response for that resource. The resource will be updated or deleted only if the
etag you provide matches the resource's current etag value.

- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

- `body`: Update boot volume's display name and/or tags.
```ignore
let response = client.update_boot_volume()
    .boot_volume_id(boot_volume_id)
    .if_match(if_match)
    .opc_request_id(opc_request_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_boot_volume(&self) -> builder::UpdateBootVolume<'_> {
        builder::UpdateBootVolume::new(self)
    }
    /**Delete a boot volume

Deletes the specified boot volume. The volume cannot have an active connection
to an instance. To disconnect the boot volume from a connected instance, see
[Disconnecting From a Boot Volume](https://docs.oracle.com/iaas/Content/Block/Tasks/deletingbootvolume.htm).
**Warning:** All data on the boot volume will be permanently lost when the boot
volume is deleted. Deletion goes through `TERMINATING` to `TERMINATED`.


Sends a `DELETE` request to `/20160918/bootVolumes/{bootVolumeId}`

Arguments:
- `boot_volume_id`: The OCID of the boot volume.
- `if_match`: For optimistic concurrency control. In the PUT or DELETE call for a resource,
set the if-match parameter to the value of the etag from a previous GET or POST
response for that resource. The resource will be updated or deleted only if the
etag you provide matches the resource's current etag value.

- `opc_request_id`: Unique Oracle-assigned identifier for the request. Provide this request OCID if
you need to contact Oracle about this request. A client may send its own value;
the service echoes the request id in the `opc-request-id` response header.

```ignore
let response = client.delete_boot_volume()
    .boot_volume_id(boot_volume_id)
    .if_match(if_match)
    .opc_request_id(opc_request_id)
    .send()
    .await;
```*/
    pub fn delete_boot_volume(&self) -> builder::DeleteBootVolume<'_> {
        builder::DeleteBootVolume::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_boot_volume_backups`]

[`Client::list_boot_volume_backups`]: super::Client::list_boot_volume_backups*/
    #[derive(Debug, Clone)]
    pub struct ListBootVolumeBackups<'a> {
        client: &'a super::Client,
        boot_volume_id: Result<Option<::std::string::String>, String>,
        compartment_id: Result<types::ListBootVolumeBackupsCompartmentId, String>,
        display_name: Result<Option<types::ListBootVolumeBackupsDisplayName>, String>,
        lifecycle_state: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        page: Result<Option<types::ListBootVolumeBackupsPage>, String>,
        sort_by: Result<Option<types::ListBootVolumeBackupsSortBy>, String>,
        sort_order: Result<Option<types::ListBootVolumeBackupsSortOrder>, String>,
        source_boot_volume_backup_id: Result<
            Option<types::ListBootVolumeBackupsSourceBootVolumeBackupId>,
            String,
        >,
        opc_request_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListBootVolumeBackups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_id: Ok(None),
                compartment_id: Err("compartment_id was not initialized".to_string()),
                display_name: Ok(None),
                lifecycle_state: Ok(None),
                limit: Ok(None),
                page: Ok(None),
                sort_by: Ok(None),
                sort_order: Ok(None),
                source_boot_volume_backup_id: Ok(None),
                opc_request_id: Ok(None),
            }
        }
        pub fn boot_volume_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_id failed"
                        .to_string()
                });
            self
        }
        pub fn compartment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumeBackupsCompartmentId>,
        {
            self.compartment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListBootVolumeBackupsCompartmentId` for compartment_id failed"
                        .to_string()
                });
            self
        }
        pub fn display_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumeBackupsDisplayName>,
        {
            self.display_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumeBackupsDisplayName` for display_name failed"
                        .to_string()
                });
            self
        }
        pub fn lifecycle_state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.lifecycle_state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for lifecycle_state failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumeBackupsPage>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumeBackupsPage` for page failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumeBackupsSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumeBackupsSortBy` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumeBackupsSortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumeBackupsSortOrder` for sort_order failed"
                        .to_string()
                });
            self
        }
        pub fn source_boot_volume_backup_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::ListBootVolumeBackupsSourceBootVolumeBackupId,
            >,
        {
            self.source_boot_volume_backup_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumeBackupsSourceBootVolumeBackupId` for source_boot_volume_backup_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/20160918/bootVolumeBackups`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::BootVolumeBackup>>,
            Error<types::Error>,
        > {
            let Self {
                client,
                boot_volume_id,
                compartment_id,
                display_name,
                lifecycle_state,
                limit,
                page,
                sort_by,
                sort_order,
                source_boot_volume_backup_id,
                opc_request_id,
            } = self;
            let boot_volume_id = boot_volume_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_id").to_string(),
                ))?;
            let compartment_id = compartment_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&compartment_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("compartment_id").to_string(),
                ))?;
            let display_name = display_name.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&display_name)
                .map_err(|e| Error::InvalidRequest(
                    e.within("display_name").to_string(),
                ))?;
            let lifecycle_state = lifecycle_state.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&lifecycle_state)
                .map_err(|e| Error::InvalidRequest(
                    e.within("lifecycle_state").to_string(),
                ))?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&limit)
                .map_err(|e| Error::InvalidRequest(e.within("limit").to_string()))?;
            let page = page.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&page)
                .map_err(|e| Error::InvalidRequest(e.within("page").to_string()))?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&sort_by)
                .map_err(|e| Error::InvalidRequest(e.within("sort_by").to_string()))?;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&sort_order)
                .map_err(|e| Error::InvalidRequest(e.within("sort_order").to_string()))?;
            let source_boot_volume_backup_id = source_boot_volume_backup_id
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&source_boot_volume_backup_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("source_boot_volume_backup_id").to_string(),
                ))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let url = format!("{}/20160918/bootVolumeBackups", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("bootVolumeId", &boot_volume_id),
                )
                .query(
                    &progenitor_client::QueryParam::new("compartmentId", &compartment_id),
                )
                .query(&progenitor_client::QueryParam::new("displayName", &display_name))
                .query(
                    &progenitor_client::QueryParam::new(
                        "lifecycleState",
                        &lifecycle_state,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sourceBootVolumeBackupId",
                        &source_boot_volume_backup_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_boot_volume_backups",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_boot_volume_backup`]

[`Client::create_boot_volume_backup`]: super::Client::create_boot_volume_backup*/
    #[derive(Debug, Clone)]
    pub struct CreateBootVolumeBackup<'a> {
        client: &'a super::Client,
        opc_request_id: Result<Option<::std::string::String>, String>,
        opc_retry_token: Result<
            Option<types::CreateBootVolumeBackupOpcRetryToken>,
            String,
        >,
        body: Result<types::builder::CreateBootVolumeBackupDetails, String>,
    }
    impl<'a> CreateBootVolumeBackup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                opc_request_id: Ok(None),
                opc_retry_token: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_retry_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBootVolumeBackupOpcRetryToken>,
        {
            self.opc_retry_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CreateBootVolumeBackupOpcRetryToken` for opc_retry_token failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBootVolumeBackupDetails>,
            <V as std::convert::TryInto<
                types::CreateBootVolumeBackupDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateBootVolumeBackupDetails` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateBootVolumeBackupDetails,
            ) -> types::builder::CreateBootVolumeBackupDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/20160918/bootVolumeBackups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolumeBackup>, Error<types::Error>> {
            let Self { client, opc_request_id, opc_retry_token, body } = self;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let opc_retry_token = opc_retry_token.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_retry_token)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_retry_token").to_string(),
                ))?;
            let body = body
                .and_then(|v| {
                    types::CreateBootVolumeBackupDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/20160918/bootVolumeBackups", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            if let Some(value) = opc_retry_token {
                header_map.append("opc-retry-token", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_boot_volume_backup",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_boot_volume_backup`]

[`Client::get_boot_volume_backup`]: super::Client::get_boot_volume_backup*/
    #[derive(Debug, Clone)]
    pub struct GetBootVolumeBackup<'a> {
        client: &'a super::Client,
        boot_volume_backup_id: Result<::std::string::String, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetBootVolumeBackup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_backup_id: Err(
                    "boot_volume_backup_id was not initialized".to_string(),
                ),
                opc_request_id: Ok(None),
            }
        }
        pub fn boot_volume_backup_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_backup_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_backup_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolumeBackup>, Error<types::Error>> {
            let Self { client, boot_volume_backup_id, opc_request_id } = self;
            let boot_volume_backup_id = boot_volume_backup_id
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_backup_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_backup_id").to_string(),
                ))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let url = format!(
                "{}/20160918/bootVolumeBackups/{}", client.baseurl, encode_path(&
                boot_volume_backup_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_boot_volume_backup",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_boot_volume_backup`]

[`Client::update_boot_volume_backup`]: super::Client::update_boot_volume_backup*/
    #[derive(Debug, Clone)]
    pub struct UpdateBootVolumeBackup<'a> {
        client: &'a super::Client,
        boot_volume_backup_id: Result<::std::string::String, String>,
        if_match: Result<Option<::std::string::String>, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::UpdateBootVolumeBackupDetails, String>,
    }
    impl<'a> UpdateBootVolumeBackup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_backup_id: Err(
                    "boot_volume_backup_id was not initialized".to_string(),
                ),
                if_match: Ok(None),
                opc_request_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn boot_volume_backup_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_backup_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_backup_id failed"
                        .to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_match failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateBootVolumeBackupDetails>,
            <V as std::convert::TryInto<
                types::UpdateBootVolumeBackupDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateBootVolumeBackupDetails` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateBootVolumeBackupDetails,
            ) -> types::builder::UpdateBootVolumeBackupDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolumeBackup>, Error<types::Error>> {
            let Self { client, boot_volume_backup_id, if_match, opc_request_id, body } = self;
            let boot_volume_backup_id = boot_volume_backup_id
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_backup_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_backup_id").to_string(),
                ))?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&if_match)
                .map_err(|e| Error::InvalidRequest(e.within("if_match").to_string()))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let body = body
                .and_then(|v| {
                    types::UpdateBootVolumeBackupDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!(
                "{}/20160918/bootVolumeBackups/{}", client.baseurl, encode_path(&
                boot_volume_backup_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("if-match", value.to_string().try_into()?);
            }
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_boot_volume_backup",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_boot_volume_backup`]

[`Client::delete_boot_volume_backup`]: super::Client::delete_boot_volume_backup*/
    #[derive(Debug, Clone)]
    pub struct DeleteBootVolumeBackup<'a> {
        client: &'a super::Client,
        boot_volume_backup_id: Result<::std::string::String, String>,
        if_match: Result<Option<::std::string::String>, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteBootVolumeBackup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_backup_id: Err(
                    "boot_volume_backup_id was not initialized".to_string(),
                ),
                if_match: Ok(None),
                opc_request_id: Ok(None),
            }
        }
        pub fn boot_volume_backup_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_backup_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_backup_id failed"
                        .to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_match failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, boot_volume_backup_id, if_match, opc_request_id } = self;
            let boot_volume_backup_id = boot_volume_backup_id
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_backup_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_backup_id").to_string(),
                ))?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&if_match)
                .map_err(|e| Error::InvalidRequest(e.within("if_match").to_string()))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let url = format!(
                "{}/20160918/bootVolumeBackups/{}", client.baseurl, encode_path(&
                boot_volume_backup_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("if-match", value.to_string().try_into()?);
            }
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_boot_volume_backup",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::change_boot_volume_backup_compartment`]

[`Client::change_boot_volume_backup_compartment`]: super::Client::change_boot_volume_backup_compartment*/
    #[derive(Debug, Clone)]
    pub struct ChangeBootVolumeBackupCompartment<'a> {
        client: &'a super::Client,
        boot_volume_backup_id: Result<::std::string::String, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::ChangeBootVolumeBackupCompartmentDetails, String>,
    }
    impl<'a> ChangeBootVolumeBackupCompartment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_backup_id: Err(
                    "boot_volume_backup_id was not initialized".to_string(),
                ),
                opc_request_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn boot_volume_backup_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_backup_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_backup_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ChangeBootVolumeBackupCompartmentDetails>,
            <V as std::convert::TryInto<
                types::ChangeBootVolumeBackupCompartmentDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ChangeBootVolumeBackupCompartmentDetails` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ChangeBootVolumeBackupCompartmentDetails,
            ) -> types::builder::ChangeBootVolumeBackupCompartmentDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/changeCompartment`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, boot_volume_backup_id, opc_request_id, body } = self;
            let boot_volume_backup_id = boot_volume_backup_id
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_backup_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_backup_id").to_string(),
                ))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let body = body
                .and_then(|v| {
                    types::ChangeBootVolumeBackupCompartmentDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!(
                "{}/20160918/bootVolumeBackups/{}/actions/changeCompartment", client
                .baseurl, encode_path(& boot_volume_backup_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "change_boot_volume_backup_compartment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::copy_boot_volume_backup`]

[`Client::copy_boot_volume_backup`]: super::Client::copy_boot_volume_backup*/
    #[derive(Debug, Clone)]
    pub struct CopyBootVolumeBackup<'a> {
        client: &'a super::Client,
        boot_volume_backup_id: Result<::std::string::String, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
        opc_retry_token: Result<
            Option<types::CopyBootVolumeBackupOpcRetryToken>,
            String,
        >,
        body: Result<types::builder::CopyBootVolumeBackupDetails, String>,
    }
    impl<'a> CopyBootVolumeBackup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_backup_id: Err(
                    "boot_volume_backup_id was not initialized".to_string(),
                ),
                opc_request_id: Ok(None),
                opc_retry_token: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn boot_volume_backup_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_backup_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_backup_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_retry_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CopyBootVolumeBackupOpcRetryToken>,
        {
            self.opc_retry_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CopyBootVolumeBackupOpcRetryToken` for opc_retry_token failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CopyBootVolumeBackupDetails>,
            <V as std::convert::TryInto<
                types::CopyBootVolumeBackupDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CopyBootVolumeBackupDetails` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CopyBootVolumeBackupDetails,
            ) -> types::builder::CopyBootVolumeBackupDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/copy`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolumeBackup>, Error<types::Error>> {
            let Self {
                client,
                boot_volume_backup_id,
                opc_request_id,
                opc_retry_token,
                body,
            } = self;
            let boot_volume_backup_id = boot_volume_backup_id
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_backup_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_backup_id").to_string(),
                ))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let opc_retry_token = opc_retry_token.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_retry_token)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_retry_token").to_string(),
                ))?;
            let body = body
                .and_then(|v| {
                    types::CopyBootVolumeBackupDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!(
                "{}/20160918/bootVolumeBackups/{}/actions/copy", client.baseurl,
                encode_path(& boot_volume_backup_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            if let Some(value) = opc_retry_token {
                header_map.append("opc-retry-token", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "copy_boot_volume_backup",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_boot_volumes`]

[`Client::list_boot_volumes`]: super::Client::list_boot_volumes*/
    #[derive(Debug, Clone)]
    pub struct ListBootVolumes<'a> {
        client: &'a super::Client,
        availability_domain: Result<
            Option<types::ListBootVolumesAvailabilityDomain>,
            String,
        >,
        compartment_id: Result<types::ListBootVolumesCompartmentId, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        page: Result<Option<types::ListBootVolumesPage>, String>,
        volume_group_id: Result<Option<types::ListBootVolumesVolumeGroupId>, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListBootVolumes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                availability_domain: Ok(None),
                compartment_id: Err("compartment_id was not initialized".to_string()),
                limit: Ok(None),
                page: Ok(None),
                volume_group_id: Ok(None),
                opc_request_id: Ok(None),
            }
        }
        pub fn availability_domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumesAvailabilityDomain>,
        {
            self.availability_domain = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumesAvailabilityDomain` for availability_domain failed"
                        .to_string()
                });
            self
        }
        pub fn compartment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumesCompartmentId>,
        {
            self.compartment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListBootVolumesCompartmentId` for compartment_id failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumesPage>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumesPage` for page failed".to_string()
                });
            self
        }
        pub fn volume_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListBootVolumesVolumeGroupId>,
        {
            self.volume_group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListBootVolumesVolumeGroupId` for volume_group_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/20160918/bootVolumes`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::BootVolume>>,
            Error<types::Error>,
        > {
            let Self {
                client,
                availability_domain,
                compartment_id,
                limit,
                page,
                volume_group_id,
                opc_request_id,
            } = self;
            let availability_domain = availability_domain
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&availability_domain)
                .map_err(|e| Error::InvalidRequest(
                    e.within("availability_domain").to_string(),
                ))?;
            let compartment_id = compartment_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&compartment_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("compartment_id").to_string(),
                ))?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&limit)
                .map_err(|e| Error::InvalidRequest(e.within("limit").to_string()))?;
            let page = page.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&page)
                .map_err(|e| Error::InvalidRequest(e.within("page").to_string()))?;
            let volume_group_id = volume_group_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&volume_group_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("volume_group_id").to_string(),
                ))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let url = format!("{}/20160918/bootVolumes", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "availabilityDomain",
                        &availability_domain,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("compartmentId", &compartment_id),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(
                    &progenitor_client::QueryParam::new(
                        "volumeGroupId",
                        &volume_group_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_boot_volumes",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_boot_volume`]

[`Client::create_boot_volume`]: super::Client::create_boot_volume*/
    #[derive(Debug, Clone)]
    pub struct CreateBootVolume<'a> {
        client: &'a super::Client,
        opc_request_id: Result<Option<::std::string::String>, String>,
        opc_retry_token: Result<Option<types::CreateBootVolumeOpcRetryToken>, String>,
        body: Result<types::builder::CreateBootVolumeDetails, String>,
    }
    impl<'a> CreateBootVolume<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                opc_request_id: Ok(None),
                opc_retry_token: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_retry_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBootVolumeOpcRetryToken>,
        {
            self.opc_retry_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CreateBootVolumeOpcRetryToken` for opc_retry_token failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateBootVolumeDetails>,
            <V as std::convert::TryInto<
                types::CreateBootVolumeDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateBootVolumeDetails` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateBootVolumeDetails,
            ) -> types::builder::CreateBootVolumeDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/20160918/bootVolumes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolume>, Error<types::Error>> {
            let Self { client, opc_request_id, opc_retry_token, body } = self;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let opc_retry_token = opc_retry_token.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_retry_token)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_retry_token").to_string(),
                ))?;
            let body = body
                .and_then(|v| {
                    types::CreateBootVolumeDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/20160918/bootVolumes", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            if let Some(value) = opc_retry_token {
                header_map.append("opc-retry-token", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_boot_volume",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_boot_volume`]

[`Client::get_boot_volume`]: super::Client::get_boot_volume*/
    #[derive(Debug, Clone)]
    pub struct GetBootVolume<'a> {
        client: &'a super::Client,
        boot_volume_id: Result<::std::string::String, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetBootVolume<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_id: Err("boot_volume_id was not initialized".to_string()),
                opc_request_id: Ok(None),
            }
        }
        pub fn boot_volume_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_id failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/20160918/bootVolumes/{bootVolumeId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolume>, Error<types::Error>> {
            let Self { client, boot_volume_id, opc_request_id } = self;
            let boot_volume_id = boot_volume_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_id").to_string(),
                ))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let url = format!(
                "{}/20160918/bootVolumes/{}", client.baseurl, encode_path(&
                boot_volume_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_boot_volume",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_boot_volume`]

[`Client::update_boot_volume`]: super::Client::update_boot_volume*/
    #[derive(Debug, Clone)]
    pub struct UpdateBootVolume<'a> {
        client: &'a super::Client,
        boot_volume_id: Result<::std::string::String, String>,
        if_match: Result<Option<::std::string::String>, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::UpdateBootVolumeDetails, String>,
    }
    impl<'a> UpdateBootVolume<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_id: Err("boot_volume_id was not initialized".to_string()),
                if_match: Ok(None),
                opc_request_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn boot_volume_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_id failed"
                        .to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_match failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateBootVolumeDetails>,
            <V as std::convert::TryInto<
                types::UpdateBootVolumeDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateBootVolumeDetails` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateBootVolumeDetails,
            ) -> types::builder::UpdateBootVolumeDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/20160918/bootVolumes/{bootVolumeId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BootVolume>, Error<types::Error>> {
            let Self { client, boot_volume_id, if_match, opc_request_id, body } = self;
            let boot_volume_id = boot_volume_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_id").to_string(),
                ))?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&if_match)
                .map_err(|e| Error::InvalidRequest(e.within("if_match").to_string()))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let body = body
                .and_then(|v| {
                    types::UpdateBootVolumeDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!(
                "{}/20160918/bootVolumes/{}", client.baseurl, encode_path(&
                boot_volume_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("if-match", value.to_string().try_into()?);
            }
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_boot_volume",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_boot_volume`]

[`Client::delete_boot_volume`]: super::Client::delete_boot_volume*/
    #[derive(Debug, Clone)]
    pub struct DeleteBootVolume<'a> {
        client: &'a super::Client,
        boot_volume_id: Result<::std::string::String, String>,
        if_match: Result<Option<::std::string::String>, String>,
        opc_request_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteBootVolume<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                boot_volume_id: Err("boot_volume_id was not initialized".to_string()),
                if_match: Ok(None),
                opc_request_id: Ok(None),
            }
        }
        pub fn boot_volume_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.boot_volume_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for boot_volume_id failed"
                        .to_string()
                });
            self
        }
        pub fn if_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.if_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for if_match failed"
                        .to_string()
                });
            self
        }
        pub fn opc_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.opc_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for opc_request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/20160918/bootVolumes/{bootVolumeId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, boot_volume_id, if_match, opc_request_id } = self;
            let boot_volume_id = boot_volume_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&boot_volume_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("boot_volume_id").to_string(),
                ))?;
            let if_match = if_match.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&if_match)
                .map_err(|e| Error::InvalidRequest(e.within("if_match").to_string()))?;
            let opc_request_id = opc_request_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&opc_request_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("opc_request_id").to_string(),
                ))?;
            let url = format!(
                "{}/20160918/bootVolumes/{}", client.baseurl, encode_path(&
                boot_volume_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = if_match {
                header_map.append("if-match", value.to_string().try_into()?);
            }
            if let Some(value) = opc_request_id {
                header_map.append("opc-request-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_boot_volume",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The operation for progenitor's method name (the snake case of its `operationId`).
fn operation_for(method: &str) -> &'static ::oci_backup_runtime::Operation {
    match method {
        "list_boot_volume_backups" => &operations::LIST_BOOT_VOLUME_BACKUPS,
        "create_boot_volume_backup" => &operations::CREATE_BOOT_VOLUME_BACKUP,
        "get_boot_volume_backup" => &operations::GET_BOOT_VOLUME_BACKUP,
        "update_boot_volume_backup" => &operations::UPDATE_BOOT_VOLUME_BACKUP,
        "delete_boot_volume_backup" => &operations::DELETE_BOOT_VOLUME_BACKUP,
        "change_boot_volume_backup_compartment" => {
            &operations::CHANGE_BOOT_VOLUME_BACKUP_COMPARTMENT
        }
        "copy_boot_volume_backup" => &operations::COPY_BOOT_VOLUME_BACKUP,
        "list_boot_volumes" => &operations::LIST_BOOT_VOLUMES,
        "create_boot_volume" => &operations::CREATE_BOOT_VOLUME,
        "get_boot_volume" => &operations::GET_BOOT_VOLUME,
        "update_boot_volume" => &operations::UPDATE_BOOT_VOLUME,
        "delete_boot_volume" => &operations::DELETE_BOOT_VOLUME,
        _ => &UNKNOWN_OPERATION,
    }
}
/// What the hooks receive should progenitor name a method this crate does not list
/// (it cannot: every method comes from an operation above).
const UNKNOWN_OPERATION: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
    id: "unknown",
    method: "",
    path: "",
    idempotent: false,
    retry_token: ::std::option::Option::None,
    header_parameters: &[],
    statuses: &[],
};
/// Every request goes through the client's `oci_backup_runtime::Hooks`: `prepare`
/// (authentication) once the request is built, then `execute` (sending, retries).
/// Both receive the call's operation.
impl progenitor_client::ClientHooks<::oci_backup_runtime::SharedHooks> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> ::std::result::Result<(), progenitor_client::Error<E>> {
        self.inner
            .prepare(request, operation_for(info.operation_id))
            .await
            .map_err(|e| progenitor_client::Error::Custom(e.to_custom()))
    }
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        self.inner.execute(&self.client, request, operation_for(info.operation_id)).await
    }
}
/// Typed access to the response headers this API documents.
///
/// Implemented for successful responses ([`ResponseValue`]), for documented error
/// responses (the `ResponseValue` inside [`Error::ErrorResponse`]), and for any
/// `reqwest::header::HeaderMap`.
pub trait ResponseHeaders {
    /** The `opc-next-page` response header, if present and valid UTF-8.

 For list pagination. When this header appears in the response, additional pages
 of results remain. For important details about how pagination works, see
 [List Pagination](https://docs.oracle.com/iaas/Content/API/Concepts/usingapi.htm#nine).*/
    fn opc_next_page(&self) -> ::std::option::Option<&str>;
    /** The `opc-request-id` response header, if present and valid UTF-8.

 Unique Oracle-assigned identifier for the request. Provide this request OCID if
 you need to contact Oracle about this request.*/
    fn opc_request_id(&self) -> ::std::option::Option<&str>;
    /** The `etag` response header, if present and valid UTF-8.

 For optimistic concurrency control. See `if-match`.*/
    fn etag(&self) -> ::std::option::Option<&str>;
}
impl<T> ResponseHeaders for ResponseValue<T> {
    fn opc_next_page(&self) -> ::std::option::Option<&str> {
        self.headers().opc_next_page()
    }
    fn opc_request_id(&self) -> ::std::option::Option<&str> {
        self.headers().opc_request_id()
    }
    fn etag(&self) -> ::std::option::Option<&str> {
        self.headers().etag()
    }
}
impl ResponseHeaders for reqwest::header::HeaderMap {
    fn opc_next_page(&self) -> ::std::option::Option<&str> {
        self.get("opc-next-page").and_then(|value| value.to_str().ok())
    }
    fn opc_request_id(&self) -> ::std::option::Option<&str> {
        self.get("opc-request-id").and_then(|value| value.to_str().ok())
    }
    fn etag(&self) -> ::std::option::Option<&str> {
        self.get("etag").and_then(|value| value.to_str().ok())
    }
}
/// One constant per operation of the spec: its `operationId`, method, path template,
/// idempotency, retry-token header, header parameters and documented statuses.
/// Every call passes its constant to the client's hooks.
pub mod operations {
    ///`listBootVolumeBackups`: `GET /20160918/bootVolumeBackups`.
    pub const LIST_BOOT_VOLUME_BACKUPS: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "listBootVolumeBackups",
        method: "GET",
        path: "/20160918/bootVolumeBackups",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`createBootVolumeBackup`: `POST /20160918/bootVolumeBackups`.
    pub const CREATE_BOOT_VOLUME_BACKUP: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createBootVolumeBackup",
        method: "POST",
        path: "/20160918/bootVolumeBackups",
        idempotent: true,
        retry_token: ::std::option::Option::Some("opc-retry-token"),
        header_parameters: &["opc-retry-token", "opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`getBootVolumeBackup`: `GET /20160918/bootVolumeBackups/{bootVolumeBackupId}`.
    pub const GET_BOOT_VOLUME_BACKUP: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getBootVolumeBackup",
        method: "GET",
        path: "/20160918/bootVolumeBackups/{bootVolumeBackupId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`updateBootVolumeBackup`: `PUT /20160918/bootVolumeBackups/{bootVolumeBackupId}`.
    pub const UPDATE_BOOT_VOLUME_BACKUP: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "updateBootVolumeBackup",
        method: "PUT",
        path: "/20160918/bootVolumeBackups/{bootVolumeBackupId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["if-match", "opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "412", "500", "default"],
    };
    ///`deleteBootVolumeBackup`: `DELETE /20160918/bootVolumeBackups/{bootVolumeBackupId}`.
    pub const DELETE_BOOT_VOLUME_BACKUP: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "deleteBootVolumeBackup",
        method: "DELETE",
        path: "/20160918/bootVolumeBackups/{bootVolumeBackupId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["if-match", "opc-request-id"],
        statuses: &["204", "400", "401", "404", "409", "412", "500", "default"],
    };
    ///`changeBootVolumeBackupCompartment`: `POST /20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/changeCompartment`.
    pub const CHANGE_BOOT_VOLUME_BACKUP_COMPARTMENT: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "changeBootVolumeBackupCompartment",
        method: "POST",
        path: "/20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/changeCompartment",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &["opc-request-id"],
        statuses: &["204", "400", "401", "404", "409", "500", "default"],
    };
    ///`copyBootVolumeBackup`: `POST /20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/copy`.
    pub const COPY_BOOT_VOLUME_BACKUP: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "copyBootVolumeBackup",
        method: "POST",
        path: "/20160918/bootVolumeBackups/{bootVolumeBackupId}/actions/copy",
        idempotent: true,
        retry_token: ::std::option::Option::Some("opc-retry-token"),
        header_parameters: &["opc-retry-token", "opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`listBootVolumes`: `GET /20160918/bootVolumes`.
    pub const LIST_BOOT_VOLUMES: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "listBootVolumes",
        method: "GET",
        path: "/20160918/bootVolumes",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`createBootVolume`: `POST /20160918/bootVolumes`.
    pub const CREATE_BOOT_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createBootVolume",
        method: "POST",
        path: "/20160918/bootVolumes",
        idempotent: true,
        retry_token: ::std::option::Option::Some("opc-retry-token"),
        header_parameters: &["opc-retry-token", "opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`getBootVolume`: `GET /20160918/bootVolumes/{bootVolumeId}`.
    pub const GET_BOOT_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getBootVolume",
        method: "GET",
        path: "/20160918/bootVolumes/{bootVolumeId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "500", "default"],
    };
    ///`updateBootVolume`: `PUT /20160918/bootVolumes/{bootVolumeId}`.
    pub const UPDATE_BOOT_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "updateBootVolume",
        method: "PUT",
        path: "/20160918/bootVolumes/{bootVolumeId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["if-match", "opc-request-id"],
        statuses: &["200", "400", "401", "404", "409", "412", "500", "default"],
    };
    ///`deleteBootVolume`: `DELETE /20160918/bootVolumes/{bootVolumeId}`.
    pub const DELETE_BOOT_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "deleteBootVolume",
        method: "DELETE",
        path: "/20160918/bootVolumes/{bootVolumeId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &["if-match", "opc-request-id"],
        statuses: &["204", "400", "401", "404", "409", "412", "500", "default"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::LIST_BOOT_VOLUME_BACKUPS,
    &operations::CREATE_BOOT_VOLUME_BACKUP,
    &operations::GET_BOOT_VOLUME_BACKUP,
    &operations::UPDATE_BOOT_VOLUME_BACKUP,
    &operations::DELETE_BOOT_VOLUME_BACKUP,
    &operations::CHANGE_BOOT_VOLUME_BACKUP_COMPARTMENT,
    &operations::COPY_BOOT_VOLUME_BACKUP,
    &operations::LIST_BOOT_VOLUMES,
    &operations::CREATE_BOOT_VOLUME,
    &operations::GET_BOOT_VOLUME,
    &operations::UPDATE_BOOT_VOLUME,
    &operations::DELETE_BOOT_VOLUME,
];
impl<'a> ::oci_backup_runtime::Call for builder::ListBootVolumeBackups<'a> {
    type Value = ::std::vec::Vec<types::BootVolumeBackup>;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::LIST_BOOT_VOLUME_BACKUPS;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::ListBootVolumeBackups::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::CreateBootVolumeBackup<'a> {
    type Value = types::BootVolumeBackup;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CREATE_BOOT_VOLUME_BACKUP;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CreateBootVolumeBackup::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::GetBootVolumeBackup<'a> {
    type Value = types::BootVolumeBackup;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_BOOT_VOLUME_BACKUP;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetBootVolumeBackup::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::UpdateBootVolumeBackup<'a> {
    type Value = types::BootVolumeBackup;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::UPDATE_BOOT_VOLUME_BACKUP;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::UpdateBootVolumeBackup::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::DeleteBootVolumeBackup<'a> {
    type Value = ();
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::DELETE_BOOT_VOLUME_BACKUP;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::DeleteBootVolumeBackup::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::ChangeBootVolumeBackupCompartment<'a> {
    type Value = ();
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CHANGE_BOOT_VOLUME_BACKUP_COMPARTMENT;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::ChangeBootVolumeBackupCompartment::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::CopyBootVolumeBackup<'a> {
    type Value = types::BootVolumeBackup;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::COPY_BOOT_VOLUME_BACKUP;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CopyBootVolumeBackup::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::ListBootVolumes<'a> {
    type Value = ::std::vec::Vec<types::BootVolume>;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::LIST_BOOT_VOLUMES;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::ListBootVolumes::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::CreateBootVolume<'a> {
    type Value = types::BootVolume;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CREATE_BOOT_VOLUME;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CreateBootVolume::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::GetBootVolume<'a> {
    type Value = types::BootVolume;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_BOOT_VOLUME;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetBootVolume::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::UpdateBootVolume<'a> {
    type Value = types::BootVolume;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::UPDATE_BOOT_VOLUME;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::UpdateBootVolume::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::DeleteBootVolume<'a> {
    type Value = ();
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::DELETE_BOOT_VOLUME;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::DeleteBootVolume::send(self)
    }
}
