// Generated from specs/oac-snapshots.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Oracle Analytics Cloud REST API: snapshots (version 20210901): a typed client generated from `specs/oac-snapshots.yaml`.
//!
//! Snapshot lifecycle and work-request polling for Oracle Analytics Cloud (OAC),
//! REST API version 20210901. Hand-written transcription of Oracle's "REST API for
//! Oracle Analytics Cloud" pages (Create a snapshot, Get all snapshots, Get a
//! snapshot, Delete a snapshot, Restore a snapshot, Get a work request item).
//!
//! Snapshot REST endpoints manage snapshots (BAR files) programmatically: create a
//! new snapshot BAR file in Oracle Cloud Infrastructure (OCI) Object Storage and
//! register it with the Analytics instance, register an existing BAR file, list,
//! get, deregister (optionally deleting the BAR file) and restore.
//!
//! - Every operation needs the **BI Service Administrator** application role.
//! - The principal that accesses the bucket needs OBJECT_CREATE and OBJECT_OVERWRITE
//!   on the snapshot bucket.
//! - Create/register and restore are asynchronous: they return `202` with the id of
//!   a work request (header `oa-work-request-id`). Poll it with `getWorkRequest`
//!   until it reaches a terminal status (`SUCCEEDED`, `FAILED` or `CANCELED`).
//! - The create/register response does not return the snapshot id. After the work
//!   request succeeds, find the snapshot by `name` with `listSnapshots`.
//! - Snapshots created or registered over REST do not appear on the Console's
//!   Snapshots page, and Console snapshots cannot be managed over REST.
//! - The API version sits in the path. Oracle gives 12 months' notice before
//!   removing or changing an existing API in a way that requires client changes.
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
    /// The rules of the secret field `ociPrivateKeyWrapped`, from the spec.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum OciUserIdAuthOciPrivateKeyWrappedRules {}
    impl ::oci_backup_runtime::Rules for OciUserIdAuthOciPrivateKeyWrappedRules {
        const FIELD: &'static str = "ociPrivateKeyWrapped";
        const RULES: &'static [::oci_backup_runtime::Rule] = &[];
    }
    /** The user's API signing private key, Base64-encoded ("wrapped"): the
 Base64 of the **entire PEM private-key file**, including the
 `-----BEGIN` and `-----END` lines, as one line with no line breaks. For
 example, on Linux: `cat myprivate-key.pem | base64 -w 0 >
 mywrapped-private-key.pem`; on Mac: `cat myprivate-key.pem | base64 -o
 mywrapped-private-key.pem`. Secret: never log it.


 A secret: `Debug` and `Display` print a mask, the value is zeroised on drop, and [`OciUserIdAuthOciPrivateKeyWrappedRules`]'s rules are checked whenever one is made.*/
    pub type OciUserIdAuthOciPrivateKeyWrapped = ::oci_backup_runtime::Secret<
        OciUserIdAuthOciPrivateKeyWrappedRules,
    >;
    /// The rules of the secret field `password`, from the spec.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum PasswordBarPasswordRules {}
    impl ::oci_backup_runtime::Rules for PasswordBarPasswordRules {
        const FIELD: &'static str = "password";
        const RULES: &'static [::oci_backup_runtime::Rule] = &[
            ::oci_backup_runtime::Rule::MinLength(8),
            ::oci_backup_runtime::Rule::MaxLength(50),
            ::oci_backup_runtime::Rule::Pattern {
                regex: "^.*[0-9]",
                description: Some("at least one numeric character"),
            },
            ::oci_backup_runtime::Rule::Pattern {
                regex: "^.*[A-Z]",
                description: Some("at least one uppercase letter"),
            },
            ::oci_backup_runtime::Rule::Pattern {
                regex: "^.*[a-z]",
                description: Some("at least one lowercase letter"),
            },
        ];
    }
    /** Password that protects the snapshot BAR file: between 8 and 50
 characters long, with at least one numeric character, one uppercase
 letter, and one lowercase letter. Restoring the snapshot needs the same
 password. Secret: never log it.


 A secret: `Debug` and `Display` print a mask, the value is zeroised on drop, and [`PasswordBarPasswordRules`]'s rules are checked whenever one is made.*/
    pub type PasswordBarPassword = ::oci_backup_runtime::Secret<
        PasswordBarPasswordRules,
    >;
    /// The rules of the secret field `ociPrivateKeyWrapped`, from the spec.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum SnapshotStorageAuthOciPrivateKeyWrappedRules {}
    impl ::oci_backup_runtime::Rules for SnapshotStorageAuthOciPrivateKeyWrappedRules {
        const FIELD: &'static str = "ociPrivateKeyWrapped";
        const RULES: &'static [::oci_backup_runtime::Rule] = &[];
    }
    /** Base64 of the entire PEM private-key file (user ID authentication only).
 Almost certainly never returned; secret if it is: never log it.


 A secret: `Debug` and `Display` print a mask, the value is zeroised on drop, and [`SnapshotStorageAuthOciPrivateKeyWrappedRules`]'s rules are checked whenever one is made.*/
    pub type SnapshotStorageAuthOciPrivateKeyWrapped = ::oci_backup_runtime::Secret<
        SnapshotStorageAuthOciPrivateKeyWrappedRules,
    >;
    /// The rules of the secret field `password`, from the spec.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum SnapshotToRestorePasswordRules {}
    impl ::oci_backup_runtime::Rules for SnapshotToRestorePasswordRules {
        const FIELD: &'static str = "password";
        const RULES: &'static [::oci_backup_runtime::Rule] = &[];
    }
    /** Password of the snapshot: the BAR file password set when the snapshot was
 created. Secret: never log it.


 A secret: `Debug` and `Display` print a mask, the value is zeroised on drop, and [`SnapshotToRestorePasswordRules`]'s rules are checked whenever one is made.*/
    pub type SnapshotToRestorePassword = ::oci_backup_runtime::Secret<
        SnapshotToRestorePasswordRules,
    >;
    /** Type of storage. `OCI_NATIVE` (OCI Object Storage) is the only value.

 Open to values added after this client was generated: those arrive as [`StorageType::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum StorageType {
        /// `OCI_NATIVE`
        OciNative,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl StorageType {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["OCI_NATIVE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::OciNative => "OCI_NATIVE",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for StorageType {
        fn from(value: &str) -> Self {
            match value {
                "OCI_NATIVE" => Self::OciNative,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for StorageType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for StorageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for StorageType {
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
    impl<'de> ::serde::Deserialize<'de> for StorageType {
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
    /** Type of authentication. `OCI_RESOURCE_PRINCIPAL` (recommended by Oracle) lets
 the Analytics instance reach the bucket as its own resource principal;
 `OSS_AUTH_OCI_USER_ID` (deprecated) sends an OCI user's API signing key.


 Open to values added after this client was generated: those arrive as [`AuthType::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum AuthType {
        /// `OSS_AUTH_OCI_USER_ID`
        OssAuthOciUserId,
        /// `OCI_RESOURCE_PRINCIPAL`
        OciResourcePrincipal,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl AuthType {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "OSS_AUTH_OCI_USER_ID",
            "OCI_RESOURCE_PRINCIPAL",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::OssAuthOciUserId => "OSS_AUTH_OCI_USER_ID",
                Self::OciResourcePrincipal => "OCI_RESOURCE_PRINCIPAL",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for AuthType {
        fn from(value: &str) -> Self {
            match value {
                "OSS_AUTH_OCI_USER_ID" => Self::OssAuthOciUserId,
                "OCI_RESOURCE_PRINCIPAL" => Self::OciResourcePrincipal,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for AuthType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for AuthType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for AuthType {
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
    impl<'de> ::serde::Deserialize<'de> for AuthType {
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
    /** Type of operation the work request tracks. `CREATE_SNAPSHOT` and
 `RESTORE_SNAPSHOT` come from the snapshot operations; `RELOAD_DATASET` and
 `CREATE_WORKBOOK_EXPORT` from catalog operations outside this spec. REGISTER
 has no value of its own; which one it reports is undocumented (most likely
 `CREATE_SNAPSHOT`). The list has grown over time.


 Open to values added after this client was generated: those arrive as [`WorkRequestOperationType::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WorkRequestOperationType {
        /// `CREATE_SNAPSHOT`
        CreateSnapshot,
        /// `RESTORE_SNAPSHOT`
        RestoreSnapshot,
        /// `RELOAD_DATASET`
        ReloadDataset,
        /// `CREATE_WORKBOOK_EXPORT`
        CreateWorkbookExport,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl WorkRequestOperationType {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "CREATE_SNAPSHOT",
            "RESTORE_SNAPSHOT",
            "RELOAD_DATASET",
            "CREATE_WORKBOOK_EXPORT",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CreateSnapshot => "CREATE_SNAPSHOT",
                Self::RestoreSnapshot => "RESTORE_SNAPSHOT",
                Self::ReloadDataset => "RELOAD_DATASET",
                Self::CreateWorkbookExport => "CREATE_WORKBOOK_EXPORT",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for WorkRequestOperationType {
        fn from(value: &str) -> Self {
            match value {
                "CREATE_SNAPSHOT" => Self::CreateSnapshot,
                "RESTORE_SNAPSHOT" => Self::RestoreSnapshot,
                "RELOAD_DATASET" => Self::ReloadDataset,
                "CREATE_WORKBOOK_EXPORT" => Self::CreateWorkbookExport,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for WorkRequestOperationType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WorkRequestOperationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WorkRequestOperationType {
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
    impl<'de> ::serde::Deserialize<'de> for WorkRequestOperationType {
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
    /** Type of the resource associated with a work request.

 Open to values added after this client was generated: those arrive as [`WorkRequestResourceType::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WorkRequestResourceType {
        /// `SNAPSHOT`
        Snapshot,
        /// `SYSTEM`
        System,
        /// `DATASET`
        Dataset,
        /// `WORKBOOK_EXPORT`
        WorkbookExport,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl WorkRequestResourceType {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "SNAPSHOT",
            "SYSTEM",
            "DATASET",
            "WORKBOOK_EXPORT",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Snapshot => "SNAPSHOT",
                Self::System => "SYSTEM",
                Self::Dataset => "DATASET",
                Self::WorkbookExport => "WORKBOOK_EXPORT",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for WorkRequestResourceType {
        fn from(value: &str) -> Self {
            match value {
                "SNAPSHOT" => Self::Snapshot,
                "SYSTEM" => Self::System,
                "DATASET" => Self::Dataset,
                "WORKBOOK_EXPORT" => Self::WorkbookExport,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for WorkRequestResourceType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WorkRequestResourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WorkRequestResourceType {
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
    impl<'de> ::serde::Deserialize<'de> for WorkRequestResourceType {
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
    /** Status of a work request.

 - `ACCEPTED`: accepted, not started yet. Not terminal.
 - `IN_PROGRESS`: running. Not terminal.
 - `CANCELING`: being canceled. Not terminal.
 - `SUCCEEDED`: finished successfully. Terminal (success).
 - `FAILED`: finished with errors, reported in `Errors`. Terminal (failure).
 - `CANCELED`: canceled. Terminal (failure).

 Oracle's docs define no terminal set; this one follows from the names.


 Open to values added after this client was generated: those arrive as [`WorkRequestStatus::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum WorkRequestStatus {
        /// `ACCEPTED`
        Accepted,
        /// `IN_PROGRESS`
        InProgress,
        /// `FAILED`
        Failed,
        /// `SUCCEEDED`
        Succeeded,
        /// `CANCELING`
        Canceling,
        /// `CANCELED`
        Canceled,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl WorkRequestStatus {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "ACCEPTED",
            "IN_PROGRESS",
            "FAILED",
            "SUCCEEDED",
            "CANCELING",
            "CANCELED",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Accepted => "ACCEPTED",
                Self::InProgress => "IN_PROGRESS",
                Self::Failed => "FAILED",
                Self::Succeeded => "SUCCEEDED",
                Self::Canceling => "CANCELING",
                Self::Canceled => "CANCELED",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for WorkRequestStatus {
        fn from(value: &str) -> Self {
            match value {
                "ACCEPTED" => Self::Accepted,
                "IN_PROGRESS" => Self::InProgress,
                "FAILED" => Self::Failed,
                "SUCCEEDED" => Self::Succeeded,
                "CANCELING" => Self::Canceling,
                "CANCELED" => Self::Canceled,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for WorkRequestStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for WorkRequestStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for WorkRequestStatus {
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
    impl<'de> ::serde::Deserialize<'de> for WorkRequestStatus {
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
    ///Authentication details used to access the storage bucket.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type", deny_unknown_fields)]
    #[non_exhaustive]
    pub enum Auth {
        /**Deprecated, Oracle Cloud Infrastructure (OCI) user ID authentication details.
See [How to Generate an API Signing Key](https://docs.oracle.com/en-us/iaas/Content/API/Concepts/apisigningkey.htm#two).
Oracle recommends `OCIResourcePrincipalAuth` instead. Both authentication
variants are closed (`additionalProperties: false`): a credential field sent with
the wrong `type` is refused rather than silently ignored.


Schema `OCIUserIdAuth` in the spec, `type` = `OSS_AUTH_OCI_USER_ID`.*/
        #[serde(rename = "OSS_AUTH_OCI_USER_ID")]
        OssAuthOciUserId {
            /**Fingerprint of the user's API signing key, as shown in the OCI Console:
the MD5 of the public key, written as colon-separated lowercase hex
pairs (for example `73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7`).
*/
            #[serde(rename = "ociKeyFingerprint")]
            oci_key_fingerprint: ::std::string::String,
            #[serde(rename = "ociPrivateKeyWrapped")]
            oci_private_key_wrapped: crate::types::OciUserIdAuthOciPrivateKeyWrapped,
            ///OCI region identifier used to reach the storage bucket, for example `us-phoenix-1`.
            #[serde(rename = "ociRegion")]
            oci_region: ::std::string::String,
            ///OCID of the tenancy, for example `ocid1.tenancy.oc1..aaaa...`.
            #[serde(rename = "ociTenancyId")]
            oci_tenancy_id: ::std::string::String,
            ///OCID of the OCI user who owns the API signing key, for example `ocid1.user.oc1..aaaa...`.
            #[serde(rename = "ociUserId")]
            oci_user_id: ::std::string::String,
        },
        /**Resource principal authentication: the Analytics instance accesses the bucket
as its own resource principal, so no credentials are sent. Requires an OCI IAM
policy that lets the Analytics instance access the (private) storage bucket;
see "Snapshot REST API - Prerequisites for Resource Principal Authentication".
Oracle recommends this authentication type.


Schema `OCIResourcePrincipalAuth` in the spec, `type` = `OCI_RESOURCE_PRINCIPAL`.*/
        #[serde(rename = "OCI_RESOURCE_PRINCIPAL")]
        OciResourcePrincipal {},
    }
    ///Snapshot BAR file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Bar {
        /**Location of the snapshot BAR file in the storage bucket, for example
`file:///myfolder/myfirstsnapshot.bar`.
*/
        pub uri: ::std::string::String,
    }
    impl Bar {
        pub fn builder() -> builder::Bar {
            Default::default()
        }
    }
    ///Error details returned with an error status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Error {
        ///Short error code that defines the error, meant for programmatic parsing.
        pub code: ::std::string::String,
        ///Human-readable error string.
        pub message: ::std::string::String,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///Object used to create a snapshot.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type")]
    #[non_exhaustive]
    pub enum NewSnapshot {
        /**Object used to create and register a new snapshot BAR file ("type": "CREATE").
Always send `bar` with a `password`: the page does not mark `bar` required, but
the BAR file is protected with that password and restore needs it.


Schema `CreateRegisterSnapshot` in the spec, `type` = `CREATE`.*/
        #[serde(rename = "CREATE")]
        Create {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            bar: ::std::option::Option<PasswordBar>,
            /**Snapshot name. No length limit is documented. After a CREATE or REGISTER
work request succeeds, the snapshot is found by this name in
`listSnapshots`.
*/
            name: ::std::string::String,
            storage: Storage,
        },
        /**Object used to register an existing snapshot BAR file ("type": "REGISTER").
Oracle's example sends `bar` with `uri` only; the page collapses this schema
and does not say whether `password` is accepted.


Schema `RegisterSnapshot` in the spec, `type` = `REGISTER`.*/
        #[serde(rename = "REGISTER")]
        Register {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            bar: ::std::option::Option<Bar>,
            /**Snapshot name. No length limit is documented. After a CREATE or REGISTER
work request succeeds, the snapshot is found by this name in
`listSnapshots`.
*/
            name: ::std::string::String,
            storage: Storage,
        },
    }
    ///Snapshot BAR file protected with a password.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PasswordBar {
        pub password: crate::types::PasswordBarPassword,
        /**Location of the snapshot BAR file in the storage bucket, for example
`file:///myfolder/myfirstsnapshot.bar`.
*/
        pub uri: ::std::string::String,
    }
    impl PasswordBar {
        pub fn builder() -> builder::PasswordBar {
            Default::default()
        }
    }
    ///Properties to perform a snapshot restore action.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct RestoreSnapshotDetails {
        pub snapshot: SnapshotToRestore,
    }
    impl RestoreSnapshotDetails {
        pub fn builder() -> builder::RestoreSnapshotDetails {
            Default::default()
        }
    }
    ///Object which represents a snapshot.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Snapshot {
        pub bar: Bar,
        ///User who created or registered the snapshot.
        #[serde(rename = "createdByUser")]
        pub created_by_user: ::std::string::String,
        ///Snapshot id (a UUID in Oracle's examples).
        pub id: ::std::string::String,
        ///Snapshot name.
        pub name: ::std::string::String,
        pub storage: SnapshotStorage,
        ///Date and time the snapshot was created, in the format defined by RFC 3339.
        #[serde(rename = "timeCreated")]
        pub time_created: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl Snapshot {
        pub fn builder() -> builder::Snapshot {
            Default::default()
        }
    }
    ///All snapshots created or registered using the REST API for the Analytics instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SnapshotCollection {
        ///The snapshots.
        pub items: ::std::vec::Vec<Snapshot>,
    }
    impl SnapshotCollection {
        pub fn builder() -> builder::SnapshotCollection {
            Default::default()
        }
    }
    /**Storage details of a registered snapshot, as returned by `getSnapshot` and
`listSnapshots`: the OCI storage details sent at creation, flattened.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SnapshotStorage {
        pub auth: SnapshotStorageAuth,
        ///Name of a storage bucket in OCI object storage.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bucket: ::std::option::Option<::std::string::String>,
        /**Namespace where the storage bucket exists. Only required when the bucket is
located in a different tenancy.
*/
        #[serde(
            rename = "bucketOciNamespace",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bucket_oci_namespace: ::std::option::Option<::std::string::String>,
        /**Region where the storage bucket exists. Only required when the bucket is
located in a different region.
*/
        #[serde(
            rename = "bucketOciRegion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bucket_oci_region: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: crate::types::StorageType,
    }
    impl SnapshotStorage {
        pub fn builder() -> builder::SnapshotStorage {
            Default::default()
        }
    }
    /**Authentication details of a registered snapshot's storage, as returned by
`getSnapshot` and `listSnapshots`. Whether the credential fields are echoed is
undocumented, so every property except `type` is optional here.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SnapshotStorageAuth {
        ///Fingerprint of the user's API signing key (user ID authentication only).
        #[serde(
            rename = "ociKeyFingerprint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oci_key_fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ociPrivateKeyWrapped",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oci_private_key_wrapped: ::std::option::Option<
            crate::types::SnapshotStorageAuthOciPrivateKeyWrapped,
        >,
        ///OCI region identifier (user ID authentication only).
        #[serde(
            rename = "ociRegion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oci_region: ::std::option::Option<::std::string::String>,
        ///OCID of the tenancy (user ID authentication only).
        #[serde(
            rename = "ociTenancyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oci_tenancy_id: ::std::option::Option<::std::string::String>,
        ///OCID of the OCI user who owns the API signing key (user ID authentication only).
        #[serde(
            rename = "ociUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oci_user_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: crate::types::AuthType,
    }
    impl SnapshotStorageAuth {
        pub fn builder() -> builder::SnapshotStorageAuth {
            Default::default()
        }
    }
    ///Properties to restore a snapshot using a snapshot resource.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct SnapshotToRestore {
        /**Id of the snapshot: a registered snapshot id from `listSnapshots`. Register
the BAR file first if it is not registered.
*/
        pub id: ::std::string::String,
        pub password: crate::types::SnapshotToRestorePassword,
    }
    impl SnapshotToRestore {
        pub fn builder() -> builder::SnapshotToRestore {
            Default::default()
        }
    }
    ///Storage details.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type")]
    #[non_exhaustive]
    pub enum Storage {
        /**Oracle Cloud Infrastructure (OCI) storage details.

Schema `OCINativeStorage` in the spec, `type` = `OCI_NATIVE`.*/
        #[serde(rename = "OCI_NATIVE")]
        OciNative {
            auth: Auth,
            /**Name of a storage bucket in OCI object storage. Not marked required on
Oracle's page, but always send it.
*/
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            bucket: ::std::option::Option<::std::string::String>,
            /**Namespace where the storage bucket exists. Only required when the bucket
is located in a different tenancy.
*/
            #[serde(
                rename = "bucketOciNamespace",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            bucket_oci_namespace: ::std::option::Option<::std::string::String>,
            /**Region where the storage bucket exists, for example `us-phoenix-1`. Only
required when the bucket is located in a different region.
*/
            #[serde(
                rename = "bucketOciRegion",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            bucket_oci_region: ::std::option::Option<::std::string::String>,
        },
    }
    /**A work request: the status of an asynchronous operation such as creating,
registering or restoring a snapshot. Oracle's page lists the properties
alphabetically, with a capital-E `Errors`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct WorkRequest {
        ///Errors from this work request, if any.
        #[serde(
            rename = "Errors",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub errors: ::std::option::Option<::std::vec::Vec<WorkRequestError>>,
        ///Id of the work request.
        pub id: ::std::string::String,
        #[serde(rename = "operationType")]
        pub operation_type: crate::types::WorkRequestOperationType,
        ///Percentage of the request completed.
        #[serde(rename = "percentComplete")]
        pub percent_complete: f32,
        #[serde(
            rename = "resourceType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resource_type: ::std::option::Option<crate::types::WorkRequestResourceType>,
        ///Resources this work request affects.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub resources: ::std::option::Option<::std::vec::Vec<WorkRequestResource>>,
        pub status: crate::types::WorkRequestStatus,
        ///Time the work request was accepted, in the format defined by RFC3339. Example: `2016-08-25T21:10:29.600Z`
        #[serde(rename = "timeAccepted")]
        pub time_accepted: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Time the work request was finished, in the format defined by RFC3339. Example: `2016-08-25T21:10:29.600Z`
        #[serde(
            rename = "timeFinished",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_finished: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Time the work request was started, in the format defined by RFC3339. Example: `2016-08-25T21:10:29.600Z`
        #[serde(
            rename = "timeStarted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_started: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl WorkRequest {
        pub fn builder() -> builder::WorkRequest {
            Default::default()
        }
    }
    /**Body of the 202 response to `createSnapshot`: the id of the work request that
tracks the operation (the same value as the `oa-work-request-id` header).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct WorkRequestAccepted {
        ///Id of the work request. Pass it to `getWorkRequest` to track the status of the operation.
        #[serde(rename = "workRequestId")]
        pub work_request_id: ::std::string::String,
    }
    impl WorkRequestAccepted {
        pub fn builder() -> builder::WorkRequestAccepted {
            Default::default()
        }
    }
    ///An error from a work request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct WorkRequestError {
        ///Short error code that defines the error, meant for programmatic parsing.
        pub code: ::std::string::String,
        ///Human-readable error string.
        pub message: ::std::string::String,
        /**Date and time the error occurred, in the format defined by RFC 3339.
Oracle's page collapses this part of the schema; the property is
inferred by analogy with OCI work-request errors.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl WorkRequestError {
        pub fn builder() -> builder::WorkRequestError {
            Default::default()
        }
    }
    ///A resource affected by a work request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct WorkRequestResource {
        /**Way in which this resource was affected by this work request. No values are
documented.
*/
        #[serde(rename = "actionResult")]
        pub action_result: ::std::string::String,
        ///ID of the resource the work request is affecting.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Additional metadata of the resource.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    }
    impl WorkRequestResource {
        pub fn builder() -> builder::WorkRequestResource {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Bar {
            uri: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Bar {
            fn default() -> Self {
                Self {
                    uri: Err("no value supplied for uri".to_string()),
                }
            }
        }
        impl Bar {
            pub fn uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uri: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Bar> for super::Bar {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Bar,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { uri: value.uri? })
            }
        }
        impl ::std::convert::From<super::Bar> for Bar {
            fn from(value: super::Bar) -> Self {
                Self { uri: Ok(value.uri) }
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
        pub struct PasswordBar {
            password: ::std::result::Result<
                crate::types::PasswordBarPassword,
                ::std::string::String,
            >,
            uri: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PasswordBar {
            fn default() -> Self {
                Self {
                    password: Err("no value supplied for password".to_string()),
                    uri: Err("no value supplied for uri".to_string()),
                }
            }
        }
        impl PasswordBar {
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::PasswordBarPassword>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn uri<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.uri = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uri: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PasswordBar> for super::PasswordBar {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PasswordBar,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    password: value.password?,
                    uri: value.uri?,
                })
            }
        }
        impl ::std::convert::From<super::PasswordBar> for PasswordBar {
            fn from(value: super::PasswordBar) -> Self {
                Self {
                    password: Ok(value.password),
                    uri: Ok(value.uri),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RestoreSnapshotDetails {
            snapshot: ::std::result::Result<
                super::SnapshotToRestore,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RestoreSnapshotDetails {
            fn default() -> Self {
                Self {
                    snapshot: Err("no value supplied for snapshot".to_string()),
                }
            }
        }
        impl RestoreSnapshotDetails {
            pub fn snapshot<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SnapshotToRestore>,
                T::Error: ::std::fmt::Display,
            {
                self.snapshot = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snapshot: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RestoreSnapshotDetails>
        for super::RestoreSnapshotDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RestoreSnapshotDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { snapshot: value.snapshot? })
            }
        }
        impl ::std::convert::From<super::RestoreSnapshotDetails>
        for RestoreSnapshotDetails {
            fn from(value: super::RestoreSnapshotDetails) -> Self {
                Self {
                    snapshot: Ok(value.snapshot),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Snapshot {
            bar: ::std::result::Result<super::Bar, ::std::string::String>,
            created_by_user: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            storage: ::std::result::Result<
                super::SnapshotStorage,
                ::std::string::String,
            >,
            time_created: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Snapshot {
            fn default() -> Self {
                Self {
                    bar: Err("no value supplied for bar".to_string()),
                    created_by_user: Err(
                        "no value supplied for created_by_user".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    storage: Err("no value supplied for storage".to_string()),
                    time_created: Err("no value supplied for time_created".to_string()),
                }
            }
        }
        impl Snapshot {
            pub fn bar<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Bar>,
                T::Error: ::std::fmt::Display,
            {
                self.bar = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bar: {e}")
                    });
                self
            }
            pub fn created_by_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_by_user: {e}"
                        )
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
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn storage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SnapshotStorage>,
                T::Error: ::std::fmt::Display,
            {
                self.storage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for storage: {e}")
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
        }
        impl ::std::convert::TryFrom<Snapshot> for super::Snapshot {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Snapshot,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bar: value.bar?,
                    created_by_user: value.created_by_user?,
                    id: value.id?,
                    name: value.name?,
                    storage: value.storage?,
                    time_created: value.time_created?,
                })
            }
        }
        impl ::std::convert::From<super::Snapshot> for Snapshot {
            fn from(value: super::Snapshot) -> Self {
                Self {
                    bar: Ok(value.bar),
                    created_by_user: Ok(value.created_by_user),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    storage: Ok(value.storage),
                    time_created: Ok(value.time_created),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SnapshotCollection {
            items: ::std::result::Result<
                ::std::vec::Vec<super::Snapshot>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SnapshotCollection {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                }
            }
        }
        impl SnapshotCollection {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Snapshot>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SnapshotCollection> for super::SnapshotCollection {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SnapshotCollection,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { items: value.items? })
            }
        }
        impl ::std::convert::From<super::SnapshotCollection> for SnapshotCollection {
            fn from(value: super::SnapshotCollection) -> Self {
                Self { items: Ok(value.items) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SnapshotStorage {
            auth: ::std::result::Result<
                super::SnapshotStorageAuth,
                ::std::string::String,
            >,
            bucket: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bucket_oci_namespace: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bucket_oci_region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::types::StorageType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SnapshotStorage {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                    bucket: Ok(Default::default()),
                    bucket_oci_namespace: Ok(Default::default()),
                    bucket_oci_region: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl SnapshotStorage {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SnapshotStorageAuth>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
            pub fn bucket<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bucket = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bucket: {e}")
                    });
                self
            }
            pub fn bucket_oci_namespace<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bucket_oci_namespace = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bucket_oci_namespace: {e}"
                        )
                    });
                self
            }
            pub fn bucket_oci_region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bucket_oci_region = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bucket_oci_region: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::StorageType>,
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
        impl ::std::convert::TryFrom<SnapshotStorage> for super::SnapshotStorage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SnapshotStorage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth: value.auth?,
                    bucket: value.bucket?,
                    bucket_oci_namespace: value.bucket_oci_namespace?,
                    bucket_oci_region: value.bucket_oci_region?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::SnapshotStorage> for SnapshotStorage {
            fn from(value: super::SnapshotStorage) -> Self {
                Self {
                    auth: Ok(value.auth),
                    bucket: Ok(value.bucket),
                    bucket_oci_namespace: Ok(value.bucket_oci_namespace),
                    bucket_oci_region: Ok(value.bucket_oci_region),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SnapshotStorageAuth {
            oci_key_fingerprint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oci_private_key_wrapped: ::std::result::Result<
                ::std::option::Option<
                    crate::types::SnapshotStorageAuthOciPrivateKeyWrapped,
                >,
                ::std::string::String,
            >,
            oci_region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oci_tenancy_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oci_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<crate::types::AuthType, ::std::string::String>,
        }
        impl ::std::default::Default for SnapshotStorageAuth {
            fn default() -> Self {
                Self {
                    oci_key_fingerprint: Ok(Default::default()),
                    oci_private_key_wrapped: Ok(Default::default()),
                    oci_region: Ok(Default::default()),
                    oci_tenancy_id: Ok(Default::default()),
                    oci_user_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl SnapshotStorageAuth {
            pub fn oci_key_fingerprint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oci_key_fingerprint = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for oci_key_fingerprint: {e}"
                        )
                    });
                self
            }
            pub fn oci_private_key_wrapped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::types::SnapshotStorageAuthOciPrivateKeyWrapped,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.oci_private_key_wrapped = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for oci_private_key_wrapped: {e}"
                        )
                    });
                self
            }
            pub fn oci_region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oci_region = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oci_region: {e}")
                    });
                self
            }
            pub fn oci_tenancy_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oci_tenancy_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for oci_tenancy_id: {e}"
                        )
                    });
                self
            }
            pub fn oci_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oci_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oci_user_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::AuthType>,
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
        impl ::std::convert::TryFrom<SnapshotStorageAuth>
        for super::SnapshotStorageAuth {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SnapshotStorageAuth,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    oci_key_fingerprint: value.oci_key_fingerprint?,
                    oci_private_key_wrapped: value.oci_private_key_wrapped?,
                    oci_region: value.oci_region?,
                    oci_tenancy_id: value.oci_tenancy_id?,
                    oci_user_id: value.oci_user_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::SnapshotStorageAuth> for SnapshotStorageAuth {
            fn from(value: super::SnapshotStorageAuth) -> Self {
                Self {
                    oci_key_fingerprint: Ok(value.oci_key_fingerprint),
                    oci_private_key_wrapped: Ok(value.oci_private_key_wrapped),
                    oci_region: Ok(value.oci_region),
                    oci_tenancy_id: Ok(value.oci_tenancy_id),
                    oci_user_id: Ok(value.oci_user_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SnapshotToRestore {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            password: ::std::result::Result<
                crate::types::SnapshotToRestorePassword,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SnapshotToRestore {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }
        impl SnapshotToRestore {
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
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::SnapshotToRestorePassword>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SnapshotToRestore> for super::SnapshotToRestore {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SnapshotToRestore,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::SnapshotToRestore> for SnapshotToRestore {
            fn from(value: super::SnapshotToRestore) -> Self {
                Self {
                    id: Ok(value.id),
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkRequest {
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WorkRequestError>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            operation_type: ::std::result::Result<
                crate::types::WorkRequestOperationType,
                ::std::string::String,
            >,
            percent_complete: ::std::result::Result<f32, ::std::string::String>,
            resource_type: ::std::result::Result<
                ::std::option::Option<crate::types::WorkRequestResourceType>,
                ::std::string::String,
            >,
            resources: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WorkRequestResource>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::types::WorkRequestStatus,
                ::std::string::String,
            >,
            time_accepted: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            time_finished: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            time_started: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkRequest {
            fn default() -> Self {
                Self {
                    errors: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    operation_type: Err(
                        "no value supplied for operation_type".to_string(),
                    ),
                    percent_complete: Err(
                        "no value supplied for percent_complete".to_string(),
                    ),
                    resource_type: Ok(Default::default()),
                    resources: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    time_accepted: Err(
                        "no value supplied for time_accepted".to_string(),
                    ),
                    time_finished: Ok(Default::default()),
                    time_started: Ok(Default::default()),
                }
            }
        }
        impl WorkRequest {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::WorkRequestError>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
            pub fn operation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::WorkRequestOperationType>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operation_type: {e}"
                        )
                    });
                self
            }
            pub fn percent_complete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f32>,
                T::Error: ::std::fmt::Display,
            {
                self.percent_complete = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for percent_complete: {e}"
                        )
                    });
                self
            }
            pub fn resource_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::WorkRequestResourceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.resource_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_type: {e}")
                    });
                self
            }
            pub fn resources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::WorkRequestResource>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.resources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resources: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::WorkRequestStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn time_accepted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_accepted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_accepted: {e}")
                    });
                self
            }
            pub fn time_finished<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.time_finished = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_finished: {e}")
                    });
                self
            }
            pub fn time_started<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.time_started = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_started: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkRequest> for super::WorkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    errors: value.errors?,
                    id: value.id?,
                    operation_type: value.operation_type?,
                    percent_complete: value.percent_complete?,
                    resource_type: value.resource_type?,
                    resources: value.resources?,
                    status: value.status?,
                    time_accepted: value.time_accepted?,
                    time_finished: value.time_finished?,
                    time_started: value.time_started?,
                })
            }
        }
        impl ::std::convert::From<super::WorkRequest> for WorkRequest {
            fn from(value: super::WorkRequest) -> Self {
                Self {
                    errors: Ok(value.errors),
                    id: Ok(value.id),
                    operation_type: Ok(value.operation_type),
                    percent_complete: Ok(value.percent_complete),
                    resource_type: Ok(value.resource_type),
                    resources: Ok(value.resources),
                    status: Ok(value.status),
                    time_accepted: Ok(value.time_accepted),
                    time_finished: Ok(value.time_finished),
                    time_started: Ok(value.time_started),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkRequestAccepted {
            work_request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkRequestAccepted {
            fn default() -> Self {
                Self {
                    work_request_id: Err(
                        "no value supplied for work_request_id".to_string(),
                    ),
                }
            }
        }
        impl WorkRequestAccepted {
            pub fn work_request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.work_request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for work_request_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkRequestAccepted>
        for super::WorkRequestAccepted {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkRequestAccepted,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    work_request_id: value.work_request_id?,
                })
            }
        }
        impl ::std::convert::From<super::WorkRequestAccepted> for WorkRequestAccepted {
            fn from(value: super::WorkRequestAccepted) -> Self {
                Self {
                    work_request_id: Ok(value.work_request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkRequestError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            timestamp: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkRequestError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl WorkRequestError {
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
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkRequestError> for super::WorkRequestError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkRequestError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::WorkRequestError> for WorkRequestError {
            fn from(value: super::WorkRequestError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkRequestResource {
            action_result: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkRequestResource {
            fn default() -> Self {
                Self {
                    action_result: Err(
                        "no value supplied for action_result".to_string(),
                    ),
                    id: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                }
            }
        }
        impl WorkRequestResource {
            pub fn action_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.action_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action_result: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
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
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkRequestResource>
        for super::WorkRequestResource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkRequestResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action_result: value.action_result?,
                    id: value.id?,
                    metadata: value.metadata?,
                })
            }
        }
        impl ::std::convert::From<super::WorkRequestResource> for WorkRequestResource {
            fn from(value: super::WorkRequestResource) -> Self {
                Self {
                    action_result: Ok(value.action_result),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
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
/**Client for Oracle Analytics Cloud REST API: snapshots

Snapshot lifecycle and work-request polling for Oracle Analytics Cloud (OAC),
REST API version 20210901. Hand-written transcription of Oracle's "REST API for
Oracle Analytics Cloud" pages (Create a snapshot, Get all snapshots, Get a
snapshot, Delete a snapshot, Restore a snapshot, Get a work request item).

Snapshot REST endpoints manage snapshots (BAR files) programmatically: create a
new snapshot BAR file in Oracle Cloud Infrastructure (OCI) Object Storage and
register it with the Analytics instance, register an existing BAR file, list,
get, deregister (optionally deleting the BAR file) and restore.

- Every operation needs the **BI Service Administrator** application role.
- The principal that accesses the bucket needs OBJECT_CREATE and OBJECT_OVERWRITE
  on the snapshot bucket.
- Create/register and restore are asynchronous: they return `202` with the id of
  a work request (header `oa-work-request-id`). Poll it with `getWorkRequest`
  until it reaches a terminal status (`SUCCEEDED`, `FAILED` or `CANCELED`).
- The create/register response does not return the snapshot id. After the work
  request succeeds, find the snapshot by `name` with `listSnapshots`.
- Snapshots created or registered over REST do not appear on the Console's
  Snapshots page, and Console snapshots cannot be managed over REST.
- The API version sits in the path. Oracle gives 12 months' notice before
  removing or changing an existing API in a way that requires client changes.


Version: 20210901*/
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
        "20210901"
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
    /**Get all snapshots

Return a list of all known snapshots for a single Analytics instance. That is,
snapshots in Oracle Cloud Infrastructure storage created or registered using the
REST API.

No paging, filters or query parameters are documented.


Sends a `GET` request to `/api/20210901/snapshots`

```ignore
let response = client.list_snapshots()
    .send()
    .await;
```*/
    pub fn list_snapshots(&self) -> builder::ListSnapshots<'_> {
        builder::ListSnapshots::new(self)
    }
    /**Create a snapshot

Create a new snapshot resource for an Analytics instance. Either create a new
snapshot BAR file in Oracle Cloud Infrastructure (OCI) storage and register the
snapshot with the Analytics instance ("type": "CREATE"). Or register an existing
snapshot BAR file in OCI storage with the Analytics instance ("type":
"REGISTER").

In both cases, specify connection information for the OCI storage bucket where
the new snapshot file is saved or where the existing snapshot (BAR file) is
stored. If you want to restore an Analytics instance from a snapshot in cloud
storage, you need to register the snapshot with the instance first.

The operation is asynchronous. Make a note of the `oa-work-request-id` response
header (or the `workRequestId` in the response body) to track its status with
`getWorkRequest`.


Sends a `POST` request to `/api/20210901/snapshots`

Arguments:
- `body`: Snapshot to create and register ("type": "CREATE") or existing snapshot to
register ("type": "REGISTER"). The `type` property selects the variant.

```ignore
let response = client.create_snapshot()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_snapshot(&self) -> builder::CreateSnapshot<'_> {
        builder::CreateSnapshot::new(self)
    }
    /**Get a snapshot

Return information about a single snapshot with a given id. Details such as the
snapshot name, BAR file name, storage location, creator, and date created.


Sends a `GET` request to `/api/20210901/snapshots/{snapshotId}`

Arguments:
- `snapshot_id`: Snapshot id, as returned by `listSnapshots` (a UUID in Oracle's examples). Not
Base64URL-encoded.

```ignore
let response = client.get_snapshot()
    .snapshot_id(snapshot_id)
    .send()
    .await;
```*/
    pub fn get_snapshot(&self) -> builder::GetSnapshot<'_> {
        builder::GetSnapshot::new(self)
    }
    /**Delete a snapshot

Remove a snapshot resource from an Analytics instance. This operation
deregisters a snapshot that's currently registered with an Analytics instance.
If the deleteStorage parameter is set to true, the delete operation also deletes
the snapshot (BAR file) from storage (for example, Oracle Cloud Infrastructure
(OCI) storage).


Sends a `DELETE` request to `/api/20210901/snapshots/{snapshotId}`

Arguments:
- `snapshot_id`: Snapshot id, as returned by `listSnapshots` (a UUID in Oracle's examples). Not
Base64URL-encoded.

- `delete_storage`: When set to true, the snapshot is deregistered and the snapshot BAR file is
deleted from storage (for example, Oracle Cloud Infrastructure (OCI)
storage). When set to false, the BAR file is deregistered but the BAR file
remains in storage.

```ignore
let response = client.delete_snapshot()
    .snapshot_id(snapshot_id)
    .delete_storage(delete_storage)
    .send()
    .await;
```*/
    pub fn delete_snapshot(&self) -> builder::DeleteSnapshot<'_> {
        builder::DeleteSnapshot::new(self)
    }
    /**Restore a snapshot in an Analytics instance

Restore a snapshot with a given id and password in an Analytics instance.
Returns a WorkRequest id so you can monitor progress.

Use `listSnapshots` to find the id of the snapshot to restore. If the snapshot
is not yet registered with the Analytics instance, register it first
(`createSnapshot` with "type": "REGISTER").

The work request id is returned in the `oa-work-request-id` response header
(the page collapses the header name; public clients read this one). No response
body is documented.


Sends a `POST` request to `/api/20210901/system/actions/restoreSnapshot`

```ignore
let response = client.restore_snapshot()
    .body(body)
    .send()
    .await;
```*/
    pub fn restore_snapshot(&self) -> builder::RestoreSnapshot<'_> {
        builder::RestoreSnapshot::new(self)
    }
    /**Get a work request item

Return a single work request item by id.

No poll interval, back-off or `Retry-After` is documented. Poll until `status`
is terminal: `SUCCEEDED` (success), `FAILED` or `CANCELED` (failure). On
`FAILED`, the `Errors` array carries the reasons.


Sends a `GET` request to `/api/20210901/workRequests/{id}`

Arguments:
- `id`: Id of the work request, exactly as returned by `createSnapshot` or
`restoreSnapshot` (the `oa-work-request-id` response header, or the
`workRequestId` body field), for example `lfc-c2:152-cd:607`. It is an
opaque string, sent as a single percent-encoded path segment (`:` is legal
in a segment). It is not Base64URL-encoded: Oracle's page describes it as
"Catalog item ID in base64url format", which is a copy-paste slip from the
catalog APIs.

```ignore
let response = client.get_work_request()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_work_request(&self) -> builder::GetWorkRequest<'_> {
        builder::GetWorkRequest::new(self)
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
    /**Builder for [`Client::list_snapshots`]

[`Client::list_snapshots`]: super::Client::list_snapshots*/
    #[derive(Debug, Clone)]
    pub struct ListSnapshots<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListSnapshots<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/20210901/snapshots`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SnapshotCollection>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/api/20210901/snapshots", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
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
                operation_id: "list_snapshots",
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
    /**Builder for [`Client::create_snapshot`]

[`Client::create_snapshot`]: super::Client::create_snapshot*/
    #[derive(Debug, Clone)]
    pub struct CreateSnapshot<'a> {
        client: &'a super::Client,
        body: Result<types::NewSnapshot, String>,
    }
    impl<'a> CreateSnapshot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewSnapshot>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `NewSnapshot` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/20210901/snapshots`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WorkRequestAccepted>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/api/20210901/snapshots", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
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
                operation_id: "create_snapshot",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
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
    /**Builder for [`Client::get_snapshot`]

[`Client::get_snapshot`]: super::Client::get_snapshot*/
    #[derive(Debug, Clone)]
    pub struct GetSnapshot<'a> {
        client: &'a super::Client,
        snapshot_id: Result<::std::string::String, String>,
    }
    impl<'a> GetSnapshot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                snapshot_id: Err("snapshot_id was not initialized".to_string()),
            }
        }
        pub fn snapshot_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.snapshot_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for snapshot_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/20210901/snapshots/{snapshotId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Snapshot>, Error<types::Error>> {
            let Self { client, snapshot_id } = self;
            let snapshot_id = snapshot_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&snapshot_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("snapshot_id").to_string(),
                ))?;
            let url = format!(
                "{}/api/20210901/snapshots/{}", client.baseurl, encode_path(& snapshot_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
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
                operation_id: "get_snapshot",
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
    /**Builder for [`Client::delete_snapshot`]

[`Client::delete_snapshot`]: super::Client::delete_snapshot*/
    #[derive(Debug, Clone)]
    pub struct DeleteSnapshot<'a> {
        client: &'a super::Client,
        snapshot_id: Result<::std::string::String, String>,
        delete_storage: Result<Option<bool>, String>,
    }
    impl<'a> DeleteSnapshot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                snapshot_id: Err("snapshot_id was not initialized".to_string()),
                delete_storage: Ok(None),
            }
        }
        pub fn snapshot_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.snapshot_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for snapshot_id failed"
                        .to_string()
                });
            self
        }
        pub fn delete_storage<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.delete_storage = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for delete_storage failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/20210901/snapshots/{snapshotId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, snapshot_id, delete_storage } = self;
            let snapshot_id = snapshot_id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&snapshot_id)
                .map_err(|e| Error::InvalidRequest(
                    e.within("snapshot_id").to_string(),
                ))?;
            let delete_storage = delete_storage.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&delete_storage)
                .map_err(|e| Error::InvalidRequest(
                    e.within("delete_storage").to_string(),
                ))?;
            let url = format!(
                "{}/api/20210901/snapshots/{}", client.baseurl, encode_path(& snapshot_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("deleteStorage", &delete_storage),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_snapshot",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::restore_snapshot`]

[`Client::restore_snapshot`]: super::Client::restore_snapshot*/
    #[derive(Debug, Clone)]
    pub struct RestoreSnapshot<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RestoreSnapshotDetails, String>,
    }
    impl<'a> RestoreSnapshot<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RestoreSnapshotDetails>,
            <V as std::convert::TryInto<
                types::RestoreSnapshotDetails,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RestoreSnapshotDetails` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RestoreSnapshotDetails,
            ) -> types::builder::RestoreSnapshotDetails,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/20210901/system/actions/restoreSnapshot`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RestoreSnapshotDetails::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!(
                "{}/api/20210901/system/actions/restoreSnapshot", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
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
                operation_id: "restore_snapshot",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::get_work_request`]

[`Client::get_work_request`]: super::Client::get_work_request*/
    #[derive(Debug, Clone)]
    pub struct GetWorkRequest<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetWorkRequest<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/20210901/workRequests/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WorkRequest>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&id)
                .map_err(|e| Error::InvalidRequest(e.within("id").to_string()))?;
            let url = format!(
                "{}/api/20210901/workRequests/{}", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
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
                operation_id: "get_work_request",
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The operation for progenitor's method name (the snake case of its `operationId`).
fn operation_for(method: &str) -> &'static ::oci_backup_runtime::Operation {
    match method {
        "list_snapshots" => &operations::LIST_SNAPSHOTS,
        "create_snapshot" => &operations::CREATE_SNAPSHOT,
        "get_snapshot" => &operations::GET_SNAPSHOT,
        "delete_snapshot" => &operations::DELETE_SNAPSHOT,
        "restore_snapshot" => &operations::RESTORE_SNAPSHOT,
        "get_work_request" => &operations::GET_WORK_REQUEST,
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
    /** The `oa-work-request-id` response header, if present and valid UTF-8.

 Id of the work request that tracks the asynchronous operation, for example
 `lfc-c2:152-cd:607`. Pass it to `getWorkRequest` to track the status of the
 operation.*/
    fn oa_work_request_id(&self) -> ::std::option::Option<&str>;
}
impl<T> ResponseHeaders for ResponseValue<T> {
    fn oa_work_request_id(&self) -> ::std::option::Option<&str> {
        self.headers().oa_work_request_id()
    }
}
impl ResponseHeaders for reqwest::header::HeaderMap {
    fn oa_work_request_id(&self) -> ::std::option::Option<&str> {
        self.get("oa-work-request-id").and_then(|value| value.to_str().ok())
    }
}
/// One constant per operation of the spec: its `operationId`, method, path template,
/// idempotency, retry-token header, header parameters and documented statuses.
/// Every call passes its constant to the client's hooks.
pub mod operations {
    ///`listSnapshots`: `GET /api/20210901/snapshots`.
    pub const LIST_SNAPSHOTS: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "listSnapshots",
        method: "GET",
        path: "/api/20210901/snapshots",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "400", "default"],
    };
    ///`createSnapshot`: `POST /api/20210901/snapshots`.
    pub const CREATE_SNAPSHOT: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createSnapshot",
        method: "POST",
        path: "/api/20210901/snapshots",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["202", "400", "default"],
    };
    ///`getSnapshot`: `GET /api/20210901/snapshots/{snapshotId}`.
    pub const GET_SNAPSHOT: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getSnapshot",
        method: "GET",
        path: "/api/20210901/snapshots/{snapshotId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "400", "404", "default"],
    };
    ///`deleteSnapshot`: `DELETE /api/20210901/snapshots/{snapshotId}`.
    pub const DELETE_SNAPSHOT: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "deleteSnapshot",
        method: "DELETE",
        path: "/api/20210901/snapshots/{snapshotId}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "400", "404", "default"],
    };
    ///`restoreSnapshot`: `POST /api/20210901/system/actions/restoreSnapshot`.
    pub const RESTORE_SNAPSHOT: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "restoreSnapshot",
        method: "POST",
        path: "/api/20210901/system/actions/restoreSnapshot",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["202", "400", "404", "default"],
    };
    ///`getWorkRequest`: `GET /api/20210901/workRequests/{id}`.
    pub const GET_WORK_REQUEST: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getWorkRequest",
        method: "GET",
        path: "/api/20210901/workRequests/{id}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "400", "401", "403", "404", "409", "412", "500", "default"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::LIST_SNAPSHOTS,
    &operations::CREATE_SNAPSHOT,
    &operations::GET_SNAPSHOT,
    &operations::DELETE_SNAPSHOT,
    &operations::RESTORE_SNAPSHOT,
    &operations::GET_WORK_REQUEST,
];
impl<'a> ::oci_backup_runtime::Call for builder::ListSnapshots<'a> {
    type Value = types::SnapshotCollection;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::LIST_SNAPSHOTS;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::ListSnapshots::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::CreateSnapshot<'a> {
    type Value = types::WorkRequestAccepted;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CREATE_SNAPSHOT;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CreateSnapshot::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::GetSnapshot<'a> {
    type Value = types::Snapshot;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_SNAPSHOT;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetSnapshot::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::DeleteSnapshot<'a> {
    type Value = ();
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::DELETE_SNAPSHOT;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::DeleteSnapshot::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::RestoreSnapshot<'a> {
    type Value = ();
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::RESTORE_SNAPSHOT;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::RestoreSnapshot::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::GetWorkRequest<'a> {
    type Value = types::WorkRequest;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_WORK_REQUEST;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetWorkRequest::send(self)
    }
}
