// Generated from codegen/tests/golden/both-sides.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Both sides (version 1): a typed client generated from `codegen/tests/golden/both-sides.yaml`.
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
    /** The boot volume's state.

 Open to values added after this client was generated: those arrive as [`LifecycleState::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum LifecycleState {
        /// `PROVISIONING`
        Provisioning,
        /// `RESTORING`
        Restoring,
        /// `AVAILABLE`
        Available,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl LifecycleState {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "PROVISIONING",
            "RESTORING",
            "AVAILABLE",
        ];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Provisioning => "PROVISIONING",
                Self::Restoring => "RESTORING",
                Self::Available => "AVAILABLE",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for LifecycleState {
        fn from(value: &str) -> Self {
            match value {
                "PROVISIONING" => Self::Provisioning,
                "RESTORING" => Self::Restoring,
                "AVAILABLE" => Self::Available,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for LifecycleState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for LifecycleState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for LifecycleState {
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
    impl<'de> ::serde::Deserialize<'de> for LifecycleState {
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
            "bootVolume",
            "bootVolumeBackup",
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
                #[serde(rename = "bootVolume")]
                BootVolume { id: ::std::string::String },
                #[serde(rename = "bootVolumeBackup")]
                BootVolumeBackup { id: ::std::string::String },
                #[serde(rename = "bootVolumeBackupDelta")]
                BootVolumeBackupDelta {
                    #[serde(
                        rename = "changeBlockSizeInBytes",
                        skip_serializing_if = "::std::option::Option::is_none"
                    )]
                    change_block_size_in_bytes: ::std::option::Option<i64>,
                    #[serde(rename = "firstBackupId")]
                    first_backup_id: ::std::string::String,
                    #[serde(rename = "secondBackupId")]
                    second_backup_id: ::std::string::String,
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
                    Known::BootVolume { id } => Self::BootVolume { id },
                    Known::BootVolumeBackup { id } => Self::BootVolumeBackup { id },
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
    ///`BootVolume`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct BootVolume {
        pub id: ::std::string::String,
        #[serde(rename = "lifecycleState")]
        pub lifecycle_state: crate::types::LifecycleState,
        #[serde(
            rename = "sourceDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_details: ::std::option::Option<BootVolumeSourceDetails>,
    }
    impl BootVolume {
        pub fn builder() -> builder::BootVolume {
            Default::default()
        }
    }
    ///Where a boot volume's data comes from.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "type")]
    #[non_exhaustive]
    pub enum BootVolumeSourceDetails {
        /**A boot volume to clone.

Schema `BootVolumeSourceFromBootVolumeDetails` in the spec, `type` = `bootVolume`.*/
        #[serde(rename = "bootVolume")]
        BootVolume { id: ::std::string::String },
        /**The backup to restore from.

Schema `BootVolumeSourceFromBootVolumeBackupDetails` in the spec, `type` = `bootVolumeBackup`.*/
        #[serde(rename = "bootVolumeBackup")]
        BootVolumeBackup { id: ::std::string::String },
        /**The difference between two backups.

Schema `BootVolumeSourceFromBootVolumeBackupDeltaDetails` in the spec, `type` = `bootVolumeBackupDelta`.*/
        #[serde(rename = "bootVolumeBackupDelta")]
        BootVolumeBackupDelta {
            #[serde(
                rename = "changeBlockSizeInBytes",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            change_block_size_in_bytes: ::std::option::Option<i64>,
            #[serde(rename = "firstBackupId")]
            first_backup_id: ::std::string::String,
            #[serde(rename = "secondBackupId")]
            second_backup_id: ::std::string::String,
        },
        /// An object whose `type` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    ///`CreateBootVolumeDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct CreateBootVolumeDetails {
        #[serde(rename = "compartmentId")]
        pub compartment_id: ::std::string::String,
        #[serde(rename = "sourceDetails")]
        pub source_details: BootVolumeSourceDetails,
    }
    impl CreateBootVolumeDetails {
        pub fn builder() -> builder::CreateBootVolumeDetails {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BootVolume {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            lifecycle_state: ::std::result::Result<
                crate::types::LifecycleState,
                ::std::string::String,
            >,
            source_details: ::std::result::Result<
                ::std::option::Option<super::BootVolumeSourceDetails>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BootVolume {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    lifecycle_state: Err(
                        "no value supplied for lifecycle_state".to_string(),
                    ),
                    source_details: Ok(Default::default()),
                }
            }
        }
        impl BootVolume {
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
            pub fn lifecycle_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::LifecycleState>,
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
        }
        impl ::std::convert::TryFrom<BootVolume> for super::BootVolume {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BootVolume,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    lifecycle_state: value.lifecycle_state?,
                    source_details: value.source_details?,
                })
            }
        }
        impl ::std::convert::From<super::BootVolume> for BootVolume {
            fn from(value: super::BootVolume) -> Self {
                Self {
                    id: Ok(value.id),
                    lifecycle_state: Ok(value.lifecycle_state),
                    source_details: Ok(value.source_details),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateBootVolumeDetails {
            compartment_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            source_details: ::std::result::Result<
                super::BootVolumeSourceDetails,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateBootVolumeDetails {
            fn default() -> Self {
                Self {
                    compartment_id: Err(
                        "no value supplied for compartment_id".to_string(),
                    ),
                    source_details: Err(
                        "no value supplied for source_details".to_string(),
                    ),
                }
            }
        }
        impl CreateBootVolumeDetails {
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
        }
        impl ::std::convert::TryFrom<CreateBootVolumeDetails>
        for super::CreateBootVolumeDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateBootVolumeDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    compartment_id: value.compartment_id?,
                    source_details: value.source_details?,
                })
            }
        }
        impl ::std::convert::From<super::CreateBootVolumeDetails>
        for CreateBootVolumeDetails {
            fn from(value: super::CreateBootVolumeDetails) -> Self {
                Self {
                    compartment_id: Ok(value.compartment_id),
                    source_details: Ok(value.source_details),
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
/**Client for Both sides

Version: 1*/
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
        "1"
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
    /**Sends a `GET` request to `/bootVolumes`

```ignore
let response = client.list_boot_volumes()
    .lifecycle_state(lifecycle_state)
    .send()
    .await;
```*/
    pub fn list_boot_volumes(&self) -> builder::ListBootVolumes<'_> {
        builder::ListBootVolumes::new(self)
    }
    /**Sends a `POST` request to `/bootVolumes`

```ignore
let response = client.create_boot_volume()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_boot_volume(&self) -> builder::CreateBootVolume<'_> {
        builder::CreateBootVolume::new(self)
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
    /**Builder for [`Client::list_boot_volumes`]

[`Client::list_boot_volumes`]: super::Client::list_boot_volumes*/
    #[derive(Debug, Clone)]
    pub struct ListBootVolumes<'a> {
        client: &'a super::Client,
        lifecycle_state: Result<Option<crate::types::LifecycleState>, String>,
    }
    impl<'a> ListBootVolumes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                lifecycle_state: Ok(None),
            }
        }
        pub fn lifecycle_state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::types::LifecycleState>,
        {
            self.lifecycle_state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: types :: LifecycleState` for lifecycle_state failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/bootVolumes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::BootVolume>>, Error<()>> {
            let Self { client, lifecycle_state } = self;
            let lifecycle_state = lifecycle_state.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&lifecycle_state)
                .map_err(|e| Error::InvalidRequest(
                    e.within("lifecycle_state").to_string(),
                ))?;
            let url = format!("{}/bootVolumes", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "lifecycleState",
                        &lifecycle_state,
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_boot_volume`]

[`Client::create_boot_volume`]: super::Client::create_boot_volume*/
    #[derive(Debug, Clone)]
    pub struct CreateBootVolume<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateBootVolumeDetails, String>,
    }
    impl<'a> CreateBootVolume<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
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
        ///Sends a `POST` request to `/bootVolumes`
        pub async fn send(self) -> Result<ResponseValue<types::BootVolume>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateBootVolumeDetails::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/bootVolumes", client.baseurl,);
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
                operation_id: "create_boot_volume",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
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
        "list_boot_volumes" => &operations::LIST_BOOT_VOLUMES,
        "create_boot_volume" => &operations::CREATE_BOOT_VOLUME,
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
pub trait ResponseHeaders {}
impl<T> ResponseHeaders for ResponseValue<T> {}
impl ResponseHeaders for reqwest::header::HeaderMap {}
/// One constant per operation of the spec: its `operationId`, method, path template,
/// idempotency, retry-token header, header parameters and documented statuses.
/// Every call passes its constant to the client's hooks.
pub mod operations {
    ///`listBootVolumes`: `GET /bootVolumes`.
    pub const LIST_BOOT_VOLUMES: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "listBootVolumes",
        method: "GET",
        path: "/bootVolumes",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
    ///`createBootVolume`: `POST /bootVolumes`.
    pub const CREATE_BOOT_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createBootVolume",
        method: "POST",
        path: "/bootVolumes",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::LIST_BOOT_VOLUMES,
    &operations::CREATE_BOOT_VOLUME,
];
impl<'a> ::oci_backup_runtime::Call for builder::ListBootVolumes<'a> {
    type Value = ::std::vec::Vec<types::BootVolume>;
    type Error = ();
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
    type Error = ();
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
