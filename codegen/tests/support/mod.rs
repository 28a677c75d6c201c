//! What the tests that compile golden outputs share.

use serde_json::Value;

/// `value` serialises to `wire`, and `wire` deserialises to `value`.
pub(crate) fn round_trip<T>(value: &T, wire: &Value)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    assert_eq!(&serde_json::to_value(value).unwrap(), wire);
    assert_eq!(&serde_json::from_value::<T>(wire.clone()).unwrap(), value);
}
