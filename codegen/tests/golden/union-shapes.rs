// Generated from codegen/tests/golden/union-shapes.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Union shapes (version 1): a typed client generated from `codegen/tests/golden/union-shapes.yaml`.
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
    impl AutotunePolicy {
        /// Every documented tag value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &[
            "DETACHED_VOLUME",
            "PERFORMANCE_BASED",
        ];
        /// Whether this is a documented variant (not `UnknownValue`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AutotunePolicy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(tag = "autotuneType")]
            enum Known {
                #[serde(rename = "DETACHED_VOLUME")]
                DetachedVolume {},
                #[serde(rename = "PERFORMANCE_BASED")]
                PerformanceBased {
                    #[serde(rename = "maxVpusPerGB")]
                    max_vpus_per_gb: i64,
                },
            }
            let object = <::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            match object.get("autotuneType") {
                ::std::option::Option::Some(
                    ::serde_json::Value::String(tag),
                ) if Self::KNOWN.contains(&tag.as_str()) => {}
                ::std::option::Option::Some(::serde_json::Value::String(_)) => {
                    return ::std::result::Result::Ok(Self::UnknownValue(object));
                }
                ::std::option::Option::Some(_) => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "`autotuneType` must be a string",
                        ),
                    );
                }
                ::std::option::Option::None => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::missing_field("autotuneType"),
                    );
                }
            }
            let known = <Known as ::serde::Deserialize>::deserialize(
                    ::serde_json::Value::Object(object),
                )
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            ::std::result::Result::Ok(
                match known {
                    Known::DetachedVolume {} => Self::DetachedVolume {},
                    Known::PerformanceBased { max_vpus_per_gb } => {
                        Self::PerformanceBased {
                            max_vpus_per_gb,
                        }
                    }
                },
            )
        }
    }
    impl Schedule {
        /// Every documented tag value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["DAILY", "WEEKLY"];
        /// Whether this is a documented variant (not `UnknownValue`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Schedule {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(tag = "period")]
            enum Known {
                #[serde(rename = "DAILY")]
                Daily {
                    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                    hour: ::std::option::Option<i32>,
                },
                #[serde(rename = "WEEKLY")]
                Weekly {
                    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                    day: ::std::option::Option<::std::string::String>,
                },
            }
            let object = <::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            match object.get("period") {
                ::std::option::Option::Some(
                    ::serde_json::Value::String(tag),
                ) if Self::KNOWN.contains(&tag.as_str()) => {}
                ::std::option::Option::Some(::serde_json::Value::String(_)) => {
                    return ::std::result::Result::Ok(Self::UnknownValue(object));
                }
                ::std::option::Option::Some(_) => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "`period` must be a string",
                        ),
                    );
                }
                ::std::option::Option::None => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::missing_field("period"),
                    );
                }
            }
            let known = <Known as ::serde::Deserialize>::deserialize(
                    ::serde_json::Value::Object(object),
                )
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            ::std::result::Result::Ok(
                match known {
                    Known::Daily { hour } => Self::Daily { hour },
                    Known::Weekly { day } => Self::Weekly { day },
                },
            )
        }
    }
    ///An autotune policy.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "autotuneType")]
    #[non_exhaustive]
    pub enum AutotunePolicy {
        /**Lowers performance while the volume is detached.

Schema `DetachedVolumeAutotunePolicy` in the spec, `autotuneType` = `DETACHED_VOLUME`.*/
        #[serde(rename = "DETACHED_VOLUME")]
        DetachedVolume {},
        /**Raises performance up to a ceiling.

Schema `PerformanceBasedAutotunePolicy` in the spec, `autotuneType` = `PERFORMANCE_BASED`.*/
        #[serde(rename = "PERFORMANCE_BASED")]
        PerformanceBased {
            ///The ceiling.
            #[serde(rename = "maxVpusPerGB")]
            max_vpus_per_gb: i64,
        },
        /// An object whose `autotuneType` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    ///Every variant has exactly one optional property.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "period")]
    #[non_exhaustive]
    pub enum Schedule {
        ///Schema `Daily` in the spec, `period` = `DAILY`.
        #[serde(rename = "DAILY")]
        Daily {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            hour: ::std::option::Option<i32>,
        },
        ///Schema `Weekly` in the spec, `period` = `WEEKLY`.
        #[serde(rename = "WEEKLY")]
        Weekly {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            day: ::std::option::Option<::std::string::String>,
        },
        /// An object whose `period` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    ///`Volume`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Volume {
        #[serde(rename = "autotunePolicies")]
        pub autotune_policies: ::std::vec::Vec<AutotunePolicy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<Schedule>,
    }
    impl Volume {
        pub fn builder() -> builder::Volume {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Volume {
            autotune_policies: ::std::result::Result<
                ::std::vec::Vec<super::AutotunePolicy>,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::option::Option<super::Schedule>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Volume {
            fn default() -> Self {
                Self {
                    autotune_policies: Err(
                        "no value supplied for autotune_policies".to_string(),
                    ),
                    schedule: Ok(Default::default()),
                }
            }
        }
        impl Volume {
            pub fn autotune_policies<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AutotunePolicy>>,
                T::Error: ::std::fmt::Display,
            {
                self.autotune_policies = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for autotune_policies: {e}"
                        )
                    });
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Schedule>>,
                T::Error: ::std::fmt::Display,
            {
                self.schedule = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule: {e}")
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
                    autotune_policies: value.autotune_policies?,
                    schedule: value.schedule?,
                })
            }
        }
        impl ::std::convert::From<super::Volume> for Volume {
            fn from(value: super::Volume) -> Self {
                Self {
                    autotune_policies: Ok(value.autotune_policies),
                    schedule: Ok(value.schedule),
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
/**Client for Union shapes

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
    /**Sends a `POST` request to `/volumes`

```ignore
let response = client.create_volume()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_volume(&self) -> builder::CreateVolume<'_> {
        builder::CreateVolume::new(self)
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
    /**Builder for [`Client::create_volume`]

[`Client::create_volume`]: super::Client::create_volume*/
    #[derive(Debug, Clone)]
    pub struct CreateVolume<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Volume, String>,
    }
    impl<'a> CreateVolume<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Volume>,
            <V as std::convert::TryInto<types::Volume>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Volume` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Volume) -> types::builder::Volume,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/volumes`
        pub async fn send(self) -> Result<ResponseValue<types::Volume>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Volume::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/volumes", client.baseurl,);
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
                operation_id: "create_volume",
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
        "create_volume" => &operations::CREATE_VOLUME,
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
    ///`createVolume`: `POST /volumes`.
    pub const CREATE_VOLUME: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createVolume",
        method: "POST",
        path: "/volumes",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::CREATE_VOLUME,
];
impl<'a> ::oci_backup_runtime::Call for builder::CreateVolume<'a> {
    type Value = types::Volume;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CREATE_VOLUME;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CreateVolume::send(self)
    }
}
