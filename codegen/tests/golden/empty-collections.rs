// Generated from codegen/tests/golden/empty-collections.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Empty collections (version 1): a typed client generated from `codegen/tests/golden/empty-collections.yaml`.
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
    /// The rules of the secret field `password`, from the spec.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum BucketPasswordRules {}
    impl ::oci_backup_runtime::Rules for BucketPasswordRules {
        const FIELD: &'static str = "password";
        const RULES: &'static [::oci_backup_runtime::Rule] = &[];
    }
    /** A secret beside the collections.

 A secret: `Debug` and `Display` print a mask, the value is zeroised on drop, and [`BucketPasswordRules`]'s rules are checked whenever one is made.*/
    pub type BucketPassword = ::oci_backup_runtime::Secret<BucketPasswordRules>;
    /** A value from a documented set.

 Open to values added after this client was generated: those arrive as [`State::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum State {
        /// `ACTIVE`
        Active,
        /// `ARCHIVED`
        Archived,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl State {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["ACTIVE", "ARCHIVED"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Active => "ACTIVE",
                Self::Archived => "ARCHIVED",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for State {
        fn from(value: &str) -> Self {
            match value {
                "ACTIVE" => Self::Active,
                "ARCHIVED" => Self::Archived,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for State {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for State {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for State {
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
    impl<'de> ::serde::Deserialize<'de> for State {
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
    impl Source {
        /// Every documented tag value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["DISK", "URL"];
        /// Whether this is a documented variant (not `UnknownValue`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Source {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(tag = "kind")]
            enum Known {
                #[serde(rename = "DISK")]
                Disk {
                    #[serde(
                        default,
                        skip_serializing_if = "::std::option::Option::is_none"
                    )]
                    paths: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                },
                #[serde(rename = "URL")]
                Url {
                    #[serde(
                        default,
                        skip_serializing_if = "::std::option::Option::is_none"
                    )]
                    headers: ::std::option::Option<
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                    url: ::std::string::String,
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
                    Known::Disk { paths } => Self::Disk { paths },
                    Known::Url { headers, url } => Self::Url { headers, url },
                },
            )
        }
    }
    ///`Bucket`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Bucket {
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
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<::std::vec::Vec<Item>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<BucketLimits>,
        ///Required, so always written, empty or not.
        pub members: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        pub name: ::std::string::String,
        ///Nullable too, so `null` is kept apart from absence and `[]`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub notes: ::std::option::Option<
            ::oci_backup_runtime::Nullable<::std::vec::Vec<::std::string::String>>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::types::BucketPassword>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub sources: ::std::option::Option<::std::vec::Vec<Source>>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub states: ::std::option::Option<::std::vec::Vec<crate::types::State>>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    }
    impl Bucket {
        pub fn builder() -> builder::Bucket {
            Default::default()
        }
    }
    ///`BucketLimits`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct BucketLimits {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub zones: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl BucketLimits {
        pub fn builder() -> builder::BucketLimits {
            Default::default()
        }
    }
    ///Every property optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Item {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub labels: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl Item {
        pub fn builder() -> builder::Item {
            Default::default()
        }
    }
    ///`Source`
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "kind")]
    #[non_exhaustive]
    pub enum Source {
        ///Schema `DiskSource` in the spec, `kind` = `DISK`.
        #[serde(rename = "DISK")]
        Disk {
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            paths: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        },
        ///Schema `UrlSource` in the spec, `kind` = `URL`.
        #[serde(rename = "URL")]
        Url {
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            headers: ::std::option::Option<
                ::std::collections::HashMap<::std::string::String, ::std::string::String>,
            >,
            url: ::std::string::String,
        },
        /// An object whose `kind` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Bucket {
            defined_tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Item>>,
                ::std::string::String,
            >,
            limits: ::std::result::Result<
                ::std::option::Option<super::BucketLimits>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            notes: ::std::result::Result<
                ::std::option::Option<
                    ::oci_backup_runtime::Nullable<
                        ::std::vec::Vec<::std::string::String>,
                    >,
                >,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::types::BucketPassword>,
                ::std::string::String,
            >,
            sources: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Source>>,
                ::std::string::String,
            >,
            states: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<crate::types::State>>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::option::Option<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Bucket {
            fn default() -> Self {
                Self {
                    defined_tags: Ok(Default::default()),
                    items: Ok(Default::default()),
                    limits: Ok(Default::default()),
                    members: Err("no value supplied for members".to_string()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    notes: Ok(Default::default()),
                    password: Ok(Default::default()),
                    sources: Ok(Default::default()),
                    states: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl Bucket {
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
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Item>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BucketLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limits: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::oci_backup_runtime::Nullable<
                            ::std::vec::Vec<::std::string::String>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::BucketPassword>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn sources<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Source>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sources = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sources: {e}")
                    });
                self
            }
            pub fn states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<crate::types::State>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.states = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for states: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
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
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Bucket> for super::Bucket {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Bucket,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defined_tags: value.defined_tags?,
                    items: value.items?,
                    limits: value.limits?,
                    members: value.members?,
                    metadata: value.metadata?,
                    name: value.name?,
                    notes: value.notes?,
                    password: value.password?,
                    sources: value.sources?,
                    states: value.states?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::Bucket> for Bucket {
            fn from(value: super::Bucket) -> Self {
                Self {
                    defined_tags: Ok(value.defined_tags),
                    items: Ok(value.items),
                    limits: Ok(value.limits),
                    members: Ok(value.members),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
                    password: Ok(value.password),
                    sources: Ok(value.sources),
                    states: Ok(value.states),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BucketLimits {
            zones: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BucketLimits {
            fn default() -> Self {
                Self {
                    zones: Ok(Default::default()),
                }
            }
        }
        impl BucketLimits {
            pub fn zones<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.zones = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zones: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BucketLimits> for super::BucketLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BucketLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { zones: value.zones? })
            }
        }
        impl ::std::convert::From<super::BucketLimits> for BucketLimits {
            fn from(value: super::BucketLimits) -> Self {
                Self { zones: Ok(value.zones) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Item {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Item {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    labels: Ok(Default::default()),
                }
            }
        }
        impl Item {
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
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Item> for super::Item {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Item,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    labels: value.labels?,
                })
            }
        }
        impl ::std::convert::From<super::Item> for Item {
            fn from(value: super::Item) -> Self {
                Self {
                    id: Ok(value.id),
                    labels: Ok(value.labels),
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
/**Client for Empty collections

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
    /**Sends a `GET` request to `/buckets/{id}`

```ignore
let response = client.get_bucket()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_bucket(&self) -> builder::GetBucket<'_> {
        builder::GetBucket::new(self)
    }
    /**Sends a `PUT` request to `/buckets/{id}`

```ignore
let response = client.put_bucket()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn put_bucket(&self) -> builder::PutBucket<'_> {
        builder::PutBucket::new(self)
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
    /**Builder for [`Client::get_bucket`]

[`Client::get_bucket`]: super::Client::get_bucket*/
    #[derive(Debug, Clone)]
    pub struct GetBucket<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetBucket<'a> {
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
        ///Sends a `GET` request to `/buckets/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Bucket>, Error<()>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&id)
                .map_err(|e| Error::InvalidRequest(e.within("id").to_string()))?;
            let url = format!(
                "{}/buckets/{}", client.baseurl, encode_path(& id.to_string()),
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
                operation_id: "get_bucket",
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
    /**Builder for [`Client::put_bucket`]

[`Client::put_bucket`]: super::Client::put_bucket*/
    #[derive(Debug, Clone)]
    pub struct PutBucket<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::Bucket, String>,
    }
    impl<'a> PutBucket<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
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
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Bucket>,
            <V as std::convert::TryInto<types::Bucket>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Bucket` for body failed: {}", s));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::Bucket) -> types::builder::Bucket,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/buckets/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&id)
                .map_err(|e| Error::InvalidRequest(e.within("id").to_string()))?;
            let body = body
                .and_then(|v| types::Bucket::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!(
                "{}/buckets/{}", client.baseurl, encode_path(& id.to_string()),
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
                .put(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "put_bucket",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
        "get_bucket" => &operations::GET_BUCKET,
        "put_bucket" => &operations::PUT_BUCKET,
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
    ///`getBucket`: `GET /buckets/{id}`.
    pub const GET_BUCKET: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getBucket",
        method: "GET",
        path: "/buckets/{id}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
    ///`putBucket`: `PUT /buckets/{id}`.
    pub const PUT_BUCKET: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "putBucket",
        method: "PUT",
        path: "/buckets/{id}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["204"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::GET_BUCKET,
    &operations::PUT_BUCKET,
];
impl<'a> ::oci_backup_runtime::Call for builder::GetBucket<'a> {
    type Value = types::Bucket;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_BUCKET;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetBucket::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::PutBucket<'a> {
    type Value = ();
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::PUT_BUCKET;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::PutBucket::send(self)
    }
}
