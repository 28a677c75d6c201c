// Generated from codegen/tests/golden/open-enums.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Open enums (version 1): a typed client generated from `codegen/tests/golden/open-enums.yaml`.
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
    /** Where the job is.

 Open to values added after this client was generated: those arrive as [`JobState::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum JobState {
        /// `QUEUED`
        Queued,
        /// `RUNNING`
        Running,
        /// `DONE`
        Done,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl JobState {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["QUEUED", "RUNNING", "DONE"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Queued => "QUEUED",
                Self::Running => "RUNNING",
                Self::Done => "DONE",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for JobState {
        fn from(value: &str) -> Self {
            match value {
                "QUEUED" => Self::Queued,
                "RUNNING" => Self::Running,
                "DONE" => Self::Done,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for JobState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for JobState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for JobState {
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
    impl<'de> ::serde::Deserialize<'de> for JobState {
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
    /** A value from a documented set.

 Open to values added after this client was generated: those arrive as [`Priority::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Priority {
        /// `LOW`
        Low,
        /// `HIGH`
        High,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl Priority {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["LOW", "HIGH"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Low => "LOW",
                Self::High => "HIGH",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for Priority {
        fn from(value: &str) -> Self {
            match value {
                "LOW" => Self::Low,
                "HIGH" => Self::High,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for Priority {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for Priority {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for Priority {
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
    impl<'de> ::serde::Deserialize<'de> for Priority {
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
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Error {
        pub code: ::std::string::String,
        pub message: ::std::string::String,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`Job`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Job {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::types::Priority>,
        pub state: crate::types::JobState,
    }
    impl Job {
        pub fn builder() -> builder::Job {
            Default::default()
        }
    }
    ///`ListJobsSortOrder`
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
    pub enum ListJobsSortOrder {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for ListJobsSortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for ListJobsSortOrder {
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
    impl ::std::convert::TryFrom<&str> for ListJobsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListJobsSortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
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
        pub struct Job {
            priority: ::std::result::Result<
                ::std::option::Option<crate::types::Priority>,
                ::std::string::String,
            >,
            state: ::std::result::Result<crate::types::JobState, ::std::string::String>,
        }
        impl ::std::default::Default for Job {
            fn default() -> Self {
                Self {
                    priority: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl Job {
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::Priority>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::types::JobState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Job> for super::Job {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Job,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    priority: value.priority?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::Job> for Job {
            fn from(value: super::Job) -> Self {
                Self {
                    priority: Ok(value.priority),
                    state: Ok(value.state),
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
/**Client for Open enums

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
    /**Sends a `GET` request to `/jobs`

```ignore
let response = client.list_jobs()
    .sort_order(sort_order)
    .send()
    .await;
```*/
    pub fn list_jobs(&self) -> builder::ListJobs<'_> {
        builder::ListJobs::new(self)
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
    /**Builder for [`Client::list_jobs`]

[`Client::list_jobs`]: super::Client::list_jobs*/
    #[derive(Debug, Clone)]
    pub struct ListJobs<'a> {
        client: &'a super::Client,
        sort_order: Result<Option<types::ListJobsSortOrder>, String>,
    }
    impl<'a> ListJobs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                sort_order: Ok(None),
            }
        }
        pub fn sort_order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListJobsSortOrder>,
        {
            self.sort_order = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListJobsSortOrder` for sort_order failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/jobs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Job>>, Error<types::Error>> {
            let Self { client, sort_order } = self;
            let sort_order = sort_order.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&sort_order)
                .map_err(|e| Error::InvalidRequest(e.within("sort_order").to_string()))?;
            let url = format!("{}/jobs", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("sortOrder", &sort_order))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_jobs",
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
        "list_jobs" => &operations::LIST_JOBS,
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

 The next page.*/
    fn opc_next_page(&self) -> ::std::option::Option<&str>;
}
impl<T> ResponseHeaders for ResponseValue<T> {
    fn opc_next_page(&self) -> ::std::option::Option<&str> {
        self.headers().opc_next_page()
    }
}
impl ResponseHeaders for reqwest::header::HeaderMap {
    fn opc_next_page(&self) -> ::std::option::Option<&str> {
        self.get("opc-next-page").and_then(|value| value.to_str().ok())
    }
}
/// One constant per operation of the spec: its `operationId`, method, path template,
/// idempotency, retry-token header, header parameters and documented statuses.
/// Every call passes its constant to the client's hooks.
pub mod operations {
    ///`listJobs`: `GET /jobs`.
    pub const LIST_JOBS: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "listJobs",
        method: "GET",
        path: "/jobs",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "404", "default"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[&operations::LIST_JOBS];
impl<'a> ::oci_backup_runtime::Call for builder::ListJobs<'a> {
    type Value = ::std::vec::Vec<types::Job>;
    type Error = types::Error;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::LIST_JOBS;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::ListJobs::send(self)
    }
}
