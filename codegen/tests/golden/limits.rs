// Generated from codegen/tests/golden/limits.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Limits (version 1): a typed client generated from `codegen/tests/golden/limits.yaml`.
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
    ///`Note`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Note {
        pub text: ::std::string::String,
    }
    impl Note {
        pub fn builder() -> builder::Note {
            Default::default()
        }
    }
    ///`Problem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Problem {
        pub message: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Note {
            text: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Note {
            fn default() -> Self {
                Self {
                    text: Err("no value supplied for text".to_string()),
                }
            }
        }
        impl Note {
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Note> for super::Note {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Note,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { text: value.text? })
            }
        }
        impl ::std::convert::From<super::Note> for Note {
            fn from(value: super::Note) -> Self {
                Self { text: Ok(value.text) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Problem {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl Problem {
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
        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self { message: Ok(value.message) }
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
/**Client for Limits

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
    /**Sends a `POST` request to `/notes`

```ignore
let response = client.create_note()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_note(&self) -> builder::CreateNote<'_> {
        builder::CreateNote::new(self)
    }
    /**The success responses `200`, `204` have different bodies; the client returns each body as raw bytes (`ByteStream`).

The error responses `400`, `409` have different bodies; the client returns each body as JSON (`serde_json::Value`).

Sends a `GET` request to `/notes/{id}`

```ignore
let response = client.get_notes_id()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_notes_id(&self) -> builder::GetNotesId<'_> {
        builder::GetNotesId::new(self)
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
    /**Builder for [`Client::create_note`]

[`Client::create_note`]: super::Client::create_note*/
    #[derive(Debug, Clone)]
    pub struct CreateNote<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Note, String>,
    }
    impl<'a> CreateNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Note>,
            <V as std::convert::TryInto<types::Note>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Note` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Note) -> types::builder::Note,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/notes`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Note>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::Note::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/notes", client.baseurl,);
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
                operation_id: "create_note",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
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
    /**Builder for [`Client::get_notes_id`]

[`Client::get_notes_id`]: super::Client::get_notes_id*/
    #[derive(Debug, Clone)]
    pub struct GetNotesId<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetNotesId<'a> {
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
        ///Sends a `GET` request to `/notes/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<::serde_json::Value>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&id)
                .map_err(|e| Error::InvalidRequest(e.within("id").to_string()))?;
            let url = format!(
                "{}/notes/{}", client.baseurl, encode_path(& id.to_string()),
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
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "get_notes_id",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
                204u16 => Ok(ResponseValue::stream(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
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
        "create_note" => &operations::CREATE_NOTE,
        "get_notes_id" => &operations::GET_NOTES_ID,
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
    ///`createNote`: `POST /notes`.
    pub const CREATE_NOTE: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createNote",
        method: "POST",
        path: "/notes",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "400", "404"],
    };
    ///`get_notes_id`: `GET /notes/{id}`.
    pub const GET_NOTES_ID: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "get_notes_id",
        method: "GET",
        path: "/notes/{id}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200", "204", "400", "409"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::CREATE_NOTE,
    &operations::GET_NOTES_ID,
];
impl<'a> ::oci_backup_runtime::Call for builder::CreateNote<'a> {
    type Value = types::Note;
    type Error = types::Problem;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CREATE_NOTE;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CreateNote::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::GetNotesId<'a> {
    type Value = ByteStream;
    type Error = ::serde_json::Value;
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_NOTES_ID;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetNotesId::send(self)
    }
}
