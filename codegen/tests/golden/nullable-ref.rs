// Generated from codegen/tests/golden/nullable-ref.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Nullable reference (version 1): a typed client generated from `codegen/tests/golden/nullable-ref.yaml`.
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
    ///`Policy`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Policy {
        pub name: ::std::string::String,
    }
    impl Policy {
        pub fn builder() -> builder::Policy {
            Default::default()
        }
    }
    ///`Volume`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Volume {
        #[serde(
            rename = "backupPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub backup_policy: ::std::option::Option<::oci_backup_runtime::Nullable<Policy>>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<VolumeLimits>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub note: ::std::option::Option<
            ::oci_backup_runtime::Nullable<::std::string::String>,
        >,
        ///The policy, null when none applies.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub policy: ::std::option::Option<Policy>,
    }
    impl Volume {
        pub fn builder() -> builder::Volume {
            Default::default()
        }
    }
    ///`VolumeLimits`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct VolumeLimits {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub iops: ::std::option::Option<::oci_backup_runtime::Nullable<i64>>,
    }
    impl VolumeLimits {
        pub fn builder() -> builder::VolumeLimits {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Policy {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Policy {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Policy {
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
        }
        impl ::std::convert::TryFrom<Policy> for super::Policy {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Policy,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::Policy> for Policy {
            fn from(value: super::Policy) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Volume {
            backup_policy: ::std::result::Result<
                ::std::option::Option<::oci_backup_runtime::Nullable<super::Policy>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            limits: ::std::result::Result<
                ::std::option::Option<super::VolumeLimits>,
                ::std::string::String,
            >,
            note: ::std::result::Result<
                ::std::option::Option<
                    ::oci_backup_runtime::Nullable<::std::string::String>,
                >,
                ::std::string::String,
            >,
            policy: ::std::result::Result<
                ::std::option::Option<super::Policy>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Volume {
            fn default() -> Self {
                Self {
                    backup_policy: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    limits: Ok(Default::default()),
                    note: Ok(Default::default()),
                    policy: Err("no value supplied for policy".to_string()),
                }
            }
        }
        impl Volume {
            pub fn backup_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::oci_backup_runtime::Nullable<super::Policy>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.backup_policy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backup_policy: {e}")
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
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::VolumeLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limits: {e}")
                    });
                self
            }
            pub fn note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::oci_backup_runtime::Nullable<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note: {e}")
                    });
                self
            }
            pub fn policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Policy>>,
                T::Error: ::std::fmt::Display,
            {
                self.policy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for policy: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Volume> for super::Volume {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Volume,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backup_policy: value.backup_policy?,
                    id: value.id?,
                    limits: value.limits?,
                    note: value.note?,
                    policy: value.policy?,
                })
            }
        }
        impl ::std::convert::From<super::Volume> for Volume {
            fn from(value: super::Volume) -> Self {
                Self {
                    backup_policy: Ok(value.backup_policy),
                    id: Ok(value.id),
                    limits: Ok(value.limits),
                    note: Ok(value.note),
                    policy: Ok(value.policy),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VolumeLimits {
            iops: ::std::result::Result<
                ::std::option::Option<::oci_backup_runtime::Nullable<i64>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VolumeLimits {
            fn default() -> Self {
                Self {
                    iops: Ok(Default::default()),
                }
            }
        }
        impl VolumeLimits {
            pub fn iops<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::oci_backup_runtime::Nullable<i64>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.iops = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iops: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VolumeLimits> for super::VolumeLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VolumeLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { iops: value.iops? })
            }
        }
        impl ::std::convert::From<super::VolumeLimits> for VolumeLimits {
            fn from(value: super::VolumeLimits) -> Self {
                Self { iops: Ok(value.iops) }
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
/**Client for Nullable reference

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
    /**Sends a `GET` request to `/volumes/{id}`

```ignore
let response = client.get_volume()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_volume(&self) -> builder::GetVolume<'_> {
        builder::GetVolume::new(self)
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
    /**Builder for [`Client::get_volume`]

[`Client::get_volume`]: super::Client::get_volume*/
    #[derive(Debug, Clone)]
    pub struct GetVolume<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetVolume<'a> {
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
        ///Sends a `GET` request to `/volumes/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Volume>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&id)
                .map_err(|e| Error::InvalidRequest(e.within("id").to_string()))?;
            let url = format!(
                "{}/volumes/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_volume",
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
        "get_volume" => &operations::GET_VOLUME,
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
    ///`getVolume`: `GET /volumes/{id}`.
    pub const GET_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getVolume",
        method: "GET",
        path: "/volumes/{id}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[&operations::GET_VOLUME];
impl<'a> ::oci_backup_runtime::Call for builder::GetVolume<'a> {
    type Value = types::Volume;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_VOLUME;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetVolume::send(self)
    }
}
