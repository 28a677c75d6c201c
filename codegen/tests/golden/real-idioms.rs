// Generated from codegen/tests/golden/real-idioms.yaml by `cargo xtask generate`: do not edit by hand.
// Change the spec (or codegen/) and run `cargo xtask generate` again.
//! Real idioms (version 1): a typed client generated from `codegen/tests/golden/real-idioms.yaml`.
//!
//! Send these headers:
//! ```text
//! Content-type: application/json
//! ```
//!
//! Build a [`Client`] with [`Client::new`] and an `oci_backup_runtime::SharedHooks` (authentication); the hand-written `oci-backup` crate does this for you. Response headers are read through [`ResponseHeaders`]. The structs and enums of [`types`] are `#[non_exhaustive]`, so that the spec can grow: build a struct with its builder (`Type::builder().field(value)`, then `try_into()`, or pass the builder to a request's `body`), and give a `match` a wildcard arm.
//!
//! Operations of the spec this client does not have:
//!
//! - `upload` (`POST /upload`): its request body is multipart/form-data, which the generated client cannot send (it sends JSON, form-urlencoded, plain text or raw bytes).

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
    /** A value from a documented set.

 Open to values added after this client was generated: those arrive as [`Direction::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Direction {
        /// `inbound`
        Inbound,
        /// `outbound`
        Outbound,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl Direction {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["inbound", "outbound"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Inbound => "inbound",
                Self::Outbound => "outbound",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for Direction {
        fn from(value: &str) -> Self {
            match value {
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for Direction {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for Direction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for Direction {
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
    impl<'de> ::serde::Deserialize<'de> for Direction {
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

 Open to values added after this client was generated: those arrive as [`CreateReportResponseSmsDirection2::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CreateReportResponseSmsDirection2 {
        /// `inbound`
        Inbound,
        /// `outbound`
        Outbound,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl CreateReportResponseSmsDirection2 {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["inbound", "outbound"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Inbound => "inbound",
                Self::Outbound => "outbound",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for CreateReportResponseSmsDirection2 {
        fn from(value: &str) -> Self {
            match value {
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for CreateReportResponseSmsDirection2 {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CreateReportResponseSmsDirection2 {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CreateReportResponseSmsDirection2 {
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
    impl<'de> ::serde::Deserialize<'de> for CreateReportResponseSmsDirection2 {
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

 Open to values added after this client was generated: those arrive as [`CreateReportResponseVoiceDirection::UnknownValue`] instead of failing the whole response. A request refuses an `UnknownValue` before sending (the API documents what it accepts).*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum CreateReportResponseVoiceDirection {
        /// `inbound`
        Inbound,
        /// `outbound`
        Outbound,
        /// `internal`
        Internal,
        /// A value this version of the client does not know, kept as received.
        UnknownValue(::std::string::String),
    }
    impl CreateReportResponseVoiceDirection {
        /// Every documented value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["inbound", "outbound", "internal"];
        /// The value as it appears on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Inbound => "inbound",
                Self::Outbound => "outbound",
                Self::Internal => "internal",
                Self::UnknownValue(value) => value.as_str(),
            }
        }
        /// Whether this is a documented value.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl ::std::convert::From<&str> for CreateReportResponseVoiceDirection {
        fn from(value: &str) -> Self {
            match value {
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
                "internal" => Self::Internal,
                other => Self::UnknownValue(other.to_owned()),
            }
        }
    }
    impl ::std::str::FromStr for CreateReportResponseVoiceDirection {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CreateReportResponseVoiceDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CreateReportResponseVoiceDirection {
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
    impl<'de> ::serde::Deserialize<'de> for CreateReportResponseVoiceDirection {
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
    impl ScheduleInterval {
        /// Every documented tag value, in the spec's order.
        pub const KNOWN: &'static [&'static str] = &["TimeDelta", "CronExpression"];
        /// Whether this is a documented variant (not `UnknownValue`).
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ScheduleInterval {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            #[derive(::serde::Deserialize)]
            #[serde(tag = "__type")]
            enum Known {
                TimeDelta { days: i64 },
                CronExpression { value: ::std::string::String },
            }
            let object = <::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            > as ::serde::Deserialize>::deserialize(deserializer)?;
            match object.get("__type") {
                ::std::option::Option::Some(
                    ::serde_json::Value::String(tag),
                ) if Self::KNOWN.contains(&tag.as_str()) => {}
                ::std::option::Option::Some(::serde_json::Value::String(_)) => {
                    return ::std::result::Result::Ok(Self::UnknownValue(object));
                }
                ::std::option::Option::Some(_) => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::custom(
                            "`__type` must be a string",
                        ),
                    );
                }
                ::std::option::Option::None => {
                    return ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::missing_field("__type"),
                    );
                }
            }
            let known = <Known as ::serde::Deserialize>::deserialize(
                    ::serde_json::Value::Object(object),
                )
                .map_err(<D::Error as ::serde::de::Error>::custom)?;
            ::std::result::Result::Ok(
                match known {
                    Known::TimeDelta { days } => Self::TimeDelta { days },
                    Known::CronExpression { value } => Self::CronExpression { value },
                },
            )
        }
    }
    ///`CreateReportResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateReportResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms: ::std::option::Option<CreateReportResponseSms>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice: ::std::option::Option<CreateReportResponseVoice>,
    }
    impl CreateReportResponse {
        pub fn builder() -> builder::CreateReportResponse {
            Default::default()
        }
    }
    ///`CreateReportResponseSms`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateReportResponseSms {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<
            crate::types::CreateReportResponseSmsDirection2,
        >,
    }
    impl CreateReportResponseSms {
        pub fn builder() -> builder::CreateReportResponseSms {
            Default::default()
        }
    }
    ///Takes the name the `sms.direction` enum would have.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct CreateReportResponseSmsDirection(pub ::std::string::String);
    impl ::std::ops::Deref for CreateReportResponseSmsDirection {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateReportResponseSmsDirection>
    for ::std::string::String {
        fn from(value: CreateReportResponseSmsDirection) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String>
    for CreateReportResponseSmsDirection {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CreateReportResponseSmsDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CreateReportResponseSmsDirection {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`CreateReportResponseVoice`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct CreateReportResponseVoice {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<
            crate::types::CreateReportResponseVoiceDirection,
        >,
    }
    impl CreateReportResponseVoice {
        pub fn builder() -> builder::CreateReportResponseVoice {
            Default::default()
        }
    }
    ///`DagDetail`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct DagDetail {
        #[serde(rename = "dagId")]
        pub dag_id: ::std::string::String,
        /**The default view.

Only in responses.*/
        #[serde(
            rename = "defaultView",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_view: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<crate::types::Direction>,
        /**Whether it is paused.

Default: `false` (when absent).*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paused: ::std::option::Option<bool>,
        ///Only in responses.
        #[serde(
            rename = "scheduleInterval",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub schedule_interval: ::std::option::Option<
            ::oci_backup_runtime::Nullable<ScheduleInterval>,
        >,
        #[serde(
            rename = "slaMiss",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub sla_miss: ::std::option::Option<::oci_backup_runtime::Nullable<SlaMiss>>,
    }
    impl DagDetail {
        pub fn builder() -> builder::DagDetail {
            Default::default()
        }
    }
    ///`GetDagsIdState`
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
    pub enum GetDagsIdState {
        #[serde(rename = "queued")]
        Queued,
        #[serde(rename = "running")]
        Running,
    }
    impl ::std::fmt::Display for GetDagsIdState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Queued => f.write_str("queued"),
                Self::Running => f.write_str("running"),
            }
        }
    }
    impl ::std::str::FromStr for GetDagsIdState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "queued" => Ok(Self::Queued),
                "running" => Ok(Self::Running),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetDagsIdState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetDagsIdState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ReportRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ReportRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<ReportRequestName>,
        pub product: ::std::string::String,
    }
    impl ReportRequest {
        pub fn builder() -> builder::ReportRequest {
            Default::default()
        }
    }
    ///`ReportRequestName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReportRequestName(::std::string::String);
    impl ::std::ops::Deref for ReportRequestName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReportRequestName> for ::std::string::String {
        fn from(value: ReportRequestName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReportRequestName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 40usize {
                return Err("longer than 40 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReportRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReportRequestName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReportRequestName {
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
    ///`ScheduleInterval`
    #[derive(::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(tag = "__type")]
    #[non_exhaustive]
    pub enum ScheduleInterval {
        ///Schema `TimeDelta` in the spec, `__type` = `TimeDelta`.
        TimeDelta { days: i64 },
        ///Schema `CronExpression` in the spec, `__type` = `CronExpression`.
        CronExpression { value: ::std::string::String },
        /// An object whose `__type` this client does not know (added to the API after it was generated), kept as received. A request refuses it before sending.
        #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
        UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    ///`SlaMiss`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct SlaMiss(pub ::std::option::Option<SlaMissInner>);
    impl ::std::ops::Deref for SlaMiss {
        type Target = ::std::option::Option<SlaMissInner>;
        fn deref(&self) -> &::std::option::Option<SlaMissInner> {
            &self.0
        }
    }
    impl ::std::convert::From<SlaMiss> for ::std::option::Option<SlaMissInner> {
        fn from(value: SlaMiss) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<SlaMissInner>> for SlaMiss {
        fn from(value: ::std::option::Option<SlaMissInner>) -> Self {
            Self(value)
        }
    }
    ///`SlaMissInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct SlaMissInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        pub description: ::std::option::Option<
            ::oci_backup_runtime::Nullable<::std::string::String>,
        >,
        #[serde(
            rename = "taskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_id: ::std::option::Option<::std::string::String>,
    }
    impl SlaMissInner {
        pub fn builder() -> builder::SlaMissInner {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CreateReportResponse {
            sms: ::std::result::Result<
                ::std::option::Option<super::CreateReportResponseSms>,
                ::std::string::String,
            >,
            voice: ::std::result::Result<
                ::std::option::Option<super::CreateReportResponseVoice>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateReportResponse {
            fn default() -> Self {
                Self {
                    sms: Ok(Default::default()),
                    voice: Ok(Default::default()),
                }
            }
        }
        impl CreateReportResponse {
            pub fn sms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateReportResponseSms>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sms: {e}")
                    });
                self
            }
            pub fn voice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreateReportResponseVoice>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.voice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateReportResponse>
        for super::CreateReportResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateReportResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    sms: value.sms?,
                    voice: value.voice?,
                })
            }
        }
        impl ::std::convert::From<super::CreateReportResponse> for CreateReportResponse {
            fn from(value: super::CreateReportResponse) -> Self {
                Self {
                    sms: Ok(value.sms),
                    voice: Ok(value.voice),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateReportResponseSms {
            direction: ::std::result::Result<
                ::std::option::Option<crate::types::CreateReportResponseSmsDirection2>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateReportResponseSms {
            fn default() -> Self {
                Self {
                    direction: Ok(Default::default()),
                }
            }
        }
        impl CreateReportResponseSms {
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::types::CreateReportResponseSmsDirection2,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for direction: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateReportResponseSms>
        for super::CreateReportResponseSms {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateReportResponseSms,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    direction: value.direction?,
                })
            }
        }
        impl ::std::convert::From<super::CreateReportResponseSms>
        for CreateReportResponseSms {
            fn from(value: super::CreateReportResponseSms) -> Self {
                Self {
                    direction: Ok(value.direction),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateReportResponseVoice {
            direction: ::std::result::Result<
                ::std::option::Option<crate::types::CreateReportResponseVoiceDirection>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateReportResponseVoice {
            fn default() -> Self {
                Self {
                    direction: Ok(Default::default()),
                }
            }
        }
        impl CreateReportResponseVoice {
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::types::CreateReportResponseVoiceDirection,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for direction: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateReportResponseVoice>
        for super::CreateReportResponseVoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateReportResponseVoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    direction: value.direction?,
                })
            }
        }
        impl ::std::convert::From<super::CreateReportResponseVoice>
        for CreateReportResponseVoice {
            fn from(value: super::CreateReportResponseVoice) -> Self {
                Self {
                    direction: Ok(value.direction),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DagDetail {
            dag_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            default_view: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            direction: ::std::result::Result<
                ::std::option::Option<crate::types::Direction>,
                ::std::string::String,
            >,
            paused: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            schedule_interval: ::std::result::Result<
                ::std::option::Option<
                    ::oci_backup_runtime::Nullable<super::ScheduleInterval>,
                >,
                ::std::string::String,
            >,
            sla_miss: ::std::result::Result<
                ::std::option::Option<::oci_backup_runtime::Nullable<super::SlaMiss>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DagDetail {
            fn default() -> Self {
                Self {
                    dag_id: Err("no value supplied for dag_id".to_string()),
                    default_view: Ok(Default::default()),
                    direction: Ok(Default::default()),
                    paused: Ok(Default::default()),
                    schedule_interval: Ok(Default::default()),
                    sla_miss: Ok(Default::default()),
                }
            }
        }
        impl DagDetail {
            pub fn dag_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.dag_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dag_id: {e}")
                    });
                self
            }
            pub fn default_view<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_view = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for default_view: {e}")
                    });
                self
            }
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::types::Direction>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for direction: {e}")
                    });
                self
            }
            pub fn paused<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.paused = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paused: {e}")
                    });
                self
            }
            pub fn schedule_interval<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::oci_backup_runtime::Nullable<super::ScheduleInterval>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schedule_interval = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for schedule_interval: {e}"
                        )
                    });
                self
            }
            pub fn sla_miss<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::oci_backup_runtime::Nullable<super::SlaMiss>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sla_miss = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sla_miss: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DagDetail> for super::DagDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DagDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dag_id: value.dag_id?,
                    default_view: value.default_view?,
                    direction: value.direction?,
                    paused: value.paused?,
                    schedule_interval: value.schedule_interval?,
                    sla_miss: value.sla_miss?,
                })
            }
        }
        impl ::std::convert::From<super::DagDetail> for DagDetail {
            fn from(value: super::DagDetail) -> Self {
                Self {
                    dag_id: Ok(value.dag_id),
                    default_view: Ok(value.default_view),
                    direction: Ok(value.direction),
                    paused: Ok(value.paused),
                    schedule_interval: Ok(value.schedule_interval),
                    sla_miss: Ok(value.sla_miss),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportRequest {
            name: ::std::result::Result<
                ::std::option::Option<super::ReportRequestName>,
                ::std::string::String,
            >,
            product: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ReportRequest {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    product: Err("no value supplied for product".to_string()),
                }
            }
        }
        impl ReportRequest {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ReportRequestName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportRequest> for super::ReportRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    product: value.product?,
                })
            }
        }
        impl ::std::convert::From<super::ReportRequest> for ReportRequest {
            fn from(value: super::ReportRequest) -> Self {
                Self {
                    name: Ok(value.name),
                    product: Ok(value.product),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SlaMissInner {
            description: ::std::result::Result<
                ::std::option::Option<
                    ::oci_backup_runtime::Nullable<::std::string::String>,
                >,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SlaMissInner {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    task_id: Ok(Default::default()),
                }
            }
        }
        impl SlaMissInner {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::oci_backup_runtime::Nullable<::std::string::String>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SlaMissInner> for super::SlaMissInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SlaMissInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    task_id: value.task_id?,
                })
            }
        }
        impl ::std::convert::From<super::SlaMissInner> for SlaMissInner {
            fn from(value: super::SlaMissInner) -> Self {
                Self {
                    description: Ok(value.description),
                    task_id: Ok(value.task_id),
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
/**Client for Real idioms

Send these headers:
```text
Content-type: application/json
```


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
    /**Sends a `GET` request to `/dags/{id}`

```ignore
let response = client.get_dags_id()
    .id(id)
    .state(state)
    .send()
    .await;
```*/
    pub fn get_dags_id(&self) -> builder::GetDagsId<'_> {
        builder::GetDagsId::new(self)
    }
    /**Sends a `GET` request to `/config`

```ignore
let response = client.get_config()
    .send()
    .await;
```*/
    pub fn get_config(&self) -> builder::GetConfig<'_> {
        builder::GetConfig::new(self)
    }
    /**Sends a `POST` request to `/reports`

```ignore
let response = client.create_report()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_report(&self) -> builder::CreateReport<'_> {
        builder::CreateReport::new(self)
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
    /**Builder for [`Client::get_dags_id`]

[`Client::get_dags_id`]: super::Client::get_dags_id*/
    #[derive(Debug, Clone)]
    pub struct GetDagsId<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        state: Result<Option<types::GetDagsIdState>, String>,
    }
    impl<'a> GetDagsId<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                state: Ok(None),
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
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetDagsIdState>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetDagsIdState` for state failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/dags/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::DagDetail>, Error<()>> {
            let Self { client, id, state } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&id)
                .map_err(|e| Error::InvalidRequest(e.within("id").to_string()))?;
            let state = state.map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&state)
                .map_err(|e| Error::InvalidRequest(e.within("state").to_string()))?;
            let url = format!(
                "{}/dags/{}", client.baseurl, encode_path(& id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("state", &state))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_dags_id",
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
    /**Builder for [`Client::get_config`]

[`Client::get_config`]: super::Client::get_config*/
    #[derive(Debug, Clone)]
    pub struct GetConfig<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetConfig<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/config`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::serde_json::Value>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/config", client.baseurl,);
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
                operation_id: "get_config",
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
    /**Builder for [`Client::create_report`]

[`Client::create_report`]: super::Client::create_report*/
    #[derive(Debug, Clone)]
    pub struct CreateReport<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportRequest, String>,
    }
    impl<'a> CreateReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportRequest>,
            <V as std::convert::TryInto<types::ReportRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ReportRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportRequest,
            ) -> types::builder::ReportRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/reports`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateReportResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            ::oci_backup_runtime::check_known(&body)
                .map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let url = format!("{}/reports", client.baseurl,);
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
                operation_id: "create_report",
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
        "get_dags_id" => &operations::GET_DAGS_ID,
        "get_config" => &operations::GET_CONFIG,
        "create_report" => &operations::CREATE_REPORT,
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
    ///`get_dags_id`: `GET /dags/{id}`.
    pub const GET_DAGS_ID: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "get_dags_id",
        method: "GET",
        path: "/dags/{id}",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
    ///`getConfig`: `GET /config`.
    pub const GET_CONFIG: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "getConfig",
        method: "GET",
        path: "/config",
        idempotent: true,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
    ///`createReport`: `POST /reports`.
    pub const CREATE_REPORT: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
        id: "createReport",
        method: "POST",
        path: "/reports",
        idempotent: false,
        retry_token: ::std::option::Option::None,
        header_parameters: &[],
        statuses: &["200"],
    };
}
/// Every operation of the spec, in the document's order.
pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[
    &operations::GET_DAGS_ID,
    &operations::GET_CONFIG,
    &operations::CREATE_REPORT,
];
impl<'a> ::oci_backup_runtime::Call for builder::GetDagsId<'a> {
    type Value = types::DagDetail;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_DAGS_ID;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetDagsId::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::GetConfig<'a> {
    type Value = ::serde_json::Value;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::GET_CONFIG;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::GetConfig::send(self)
    }
}
impl<'a> ::oci_backup_runtime::Call for builder::CreateReport<'a> {
    type Value = types::CreateReportResponse;
    type Error = ();
    const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::CREATE_REPORT;
    fn send_call(
        self,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            progenitor_client::ResponseValue<Self::Value>,
            progenitor_client::Error<Self::Error>,
        >,
    > + Send {
        builder::CreateReport::send(self)
    }
}
