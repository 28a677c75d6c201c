//! [`Nullable`]: an optional, nullable property that keeps an explicit `null`.
//!
//! typify writes an optional `nullable: true` property as `Option<T>`, which reads
//! `"x": null` and a missing `x` alike and writes neither back: an explicit `null` (which
//! an API may read as "clear this value") is lost. codegen types such a property
//! `Option<Nullable<T>>` instead: `None` when absent, `Some(Nullable::Null)` for `null`,
//! `Some(Nullable::Value(v))` otherwise, and each is written back as it was read.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that may be an explicit JSON `null`.
///
/// ```
/// use oci_backup_runtime::Nullable;
///
/// #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
/// struct Volume {
///     #[serde(
///         default,
///         deserialize_with = "oci_backup_runtime::nullable::present",
///         skip_serializing_if = "Option::is_none"
///     )]
///     policy: Option<Nullable<String>>,
/// }
///
/// for text in [r#"{}"#, r#"{"policy":null}"#, r#"{"policy":"gold"}"#] {
///     let volume: Volume = serde_json::from_str(text).unwrap();
///     assert_eq!(serde_json::to_string(&volume).unwrap(), text);
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// The property was sent as `null`.
    Null,
    /// The property's value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if it is not `null`.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// The value, if it is not `null`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

/// `deserialize_with` for an `Option<Nullable<T>>` field (with `#[serde(default)]`):
/// serde calls it only when the property is present, so a `null` is
/// `Some(Nullable::Null)`, not `None`.
///
/// # Errors
///
/// The deserializer's, when the value is not a `T` or `null`.
pub fn present<'de, T, D>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Nullable::deserialize(deserializer).map(Some)
}
