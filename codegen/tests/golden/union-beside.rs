// Generated from codegen/tests/golden/union-beside.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Union beside (version 1): a typed client generated from `codegen/tests/golden/union-beside.yaml`.
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
    impl Event {
        /// Every documented tag value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["STARTED", "STOPPED"];
        /// Whether this is a documented variant (not `UnknownValue`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Event {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(tag = "kind")]
            enum Known {
                #[serde(rename = "STARTED")]
                Started {
                    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                    #[serde(
                        default,
                        deserialize_with = "::oci_backup_runtime::nullable::present"
                    )]
                    by: ::std::option::Option<
                        ::oci_backup_runtime::Nullable<::std::string::String>,
                    >,
                    id: ::std::string::String,
                    time: ::std::string::String,
                },
                #[serde(rename = "STOPPED")]
                Stopped {
                    code: i64,
                    id: ::std::string::String,
                    time: ::std::string::String,
                },
            }
            let object = <::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            match object.get("kind") {
                ::std::option::Option::Some(
                    ::serde_json::Value::String(tag),
                ) if Self::KNOWN.contains(&tag.as_str()) => {}
                ::std::option::Option::Some(::serde_json::Value::String(_)) => {
                    return ::std::result::Result::Ok(Self::UnknownValue(object));
                }
                ::std::option::Option::Some(_) => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "`kind` must be a string",
                        ),
                    );
                }
                ::std::option::Option::None => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::missing_field("kind"),
                    );
                }
            }
            let known = <Known as ::serde::Deserialize>::deserialize(
                    ::serde_json::Value::Object(object),
                )
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            ::std::result::Result::Ok(
                match known {
                    Known::Started { by, id, time } => Self::Started { by, id, time },
                    Known::Stopped { code, id, time } => Self::Stopped { code, id, time },
                },
            )
        }
    }
    ///Something that happened.
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "kind")]
    #[non_exhaustive]
    pub enum Event {
        ///Schema `Started` in the spec, `kind` = `STARTED`.
        #[serde(rename = "STARTED")]
        Started {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            #[serde(
                default,
                deserialize_with = "::oci_backup_runtime::nullable::present"
            )]
            by: ::std::option::Option<
                ::oci_backup_runtime::Nullable<::std::string::String>,
            >,
            id: ::std::string::String,
            time: ::std::string::String,
        },
        ///Schema `Stopped` in the spec, `kind` = `STOPPED`.
        #[serde(rename = "STOPPED")]
        Stopped { code: i64, id: ::std::string::String, time: ::std::string::String },
        /// An object whose `kind` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
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
/**Client for Union beside

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
    /**Sends a `GET` request to `/events`

```ignore
let response = client.list_events()
    .send()
    .await;
```*/
    pub fn list_events(&self) -> builder::ListEvents<'_> {
        builder::ListEvents::new(self)
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
    /**Builder for [`Client::list_events`]

[`Client::list_events`]: super::Client::list_events*/
    #[derive(Debug, Clone)]
    pub struct ListEvents<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Event>>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/events", client.baseurl,);
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
                operation_id: "list_events",
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
        "list_events" => &operations::LIST_EVENTS,
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
    ///`listEvents`: `GET /events`.
    pub const LIST_EVENTS: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "listEvents",
        method: "GET",
        path: "/events",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[&operations::LIST_EVENTS];
impl<'a> ::oci_backup_runtime::Call for builder::ListEvents<'a> {
    type Value = ::std::vec::Vec<types::Event>;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::LIST_EVENTS;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::ListEvents::send(self)
    }
}
