//! Values a client received but does not know, and the check that keeps them out of
//! requests.
//!
//! One Rust type serves an enum or a discriminated union that both requests and
//! responses use: it has an `UnknownValue` case, so a response carrying a value added to
//! the API later still parses, and the value is kept as received. A request must not
//! send such a value back (the API documents what it accepts), so generated code writes
//! an unknown value through [`serialize_unknown`], which marks it, and every generated
//! request builder runs [`check_known`] on its body and parameters before anything is
//! sent. Everywhere else (serde_json, printing a response) the mark is invisible: the
//! value serialises exactly as it was received.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// The newtype-struct name that marks an unknown value (serde_json and other formats
/// serialise a newtype struct as its content).
const MARKER: &str = "oci_backup_runtime::UnknownValue";

/// Serialises `value`, received in a response with no documented meaning, marked so that
/// [`check_known`] refuses it in a request. Generated code calls it from the `Serialize`
/// of an `UnknownValue` case (`#[serde(serialize_with = ...)]`).
///
/// # Errors
///
/// Whatever the serializer returns.
pub fn serialize_unknown<T, S>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Serialize + ?Sized,
    S: ser::Serializer,
{
    serializer.serialize_newtype_struct(MARKER, value)
}

/// Checks that `value` holds no value written by [`serialize_unknown`]: what a request
/// may send. Nothing is kept from `value` except, on failure, the path to the unknown
/// value and, when it is a string, the string itself.
///
/// ```
/// use oci_backup_runtime::{check_known, serialize_unknown};
///
/// #[derive(serde::Serialize)]
/// struct Details {
///     #[serde(rename = "lifecycleState", serialize_with = "serialize_unknown")]
///     state: String,
/// }
///
/// let error = check_known(&Details { state: "HIBERNATING".into() }).unwrap_err();
/// assert_eq!(error.path(), "lifecycleState");
/// assert!(error.to_string().starts_with("`lifecycleState`: `HIBERNATING` came from a response"));
/// assert!(check_known(&vec!["AVAILABLE"]).is_ok());
/// ```
///
/// # Errors
///
/// [`UnknownValueError`] naming the first unknown value's place.
pub fn check_known<T: Serialize + ?Sized>(value: &T) -> Result<(), UnknownValueError> {
    match value.serialize(Checker {
        path: String::new(),
    }) {
        Ok(()) => Ok(()),
        Err(CheckError::Unknown(error)) => Err(error),
        // Serialising failed for another reason: sending will fail the same way, with
        // the serializer's own message.
        Err(CheckError::Other) => Ok(()),
    }
}

/// A request would send a value that the client only received (an `UnknownValue`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValueError {
    path: String,
    value: Option<String>,
}

impl UnknownValueError {
    /// Where the value is, as a dotted path of JSON names and indexes (`sourceDetails`,
    /// `items.2.state`); empty when the whole body is the value.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The same error, its path starting at `name` (a request parameter checked on its
    /// own).
    pub fn within(mut self, name: &str) -> Self {
        self.path = if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{name}.{}", self.path)
        };
        self
    }
}

impl fmt::Display for UnknownValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "the request body".to_owned()
        } else {
            format!("`{}`", self.path)
        };
        let what = match &self.value {
            Some(value) => format!("`{}`", excerpt(value, 80)),
            None => "a variant this client does not know".to_owned(),
        };
        write!(
            f,
            "{path}: {what} came from a response and is not one of the values the API \
             documents for requests; choose a documented value (a newer client may know it)"
        )
    }
}

impl std::error::Error for UnknownValueError {}

fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

#[derive(Debug)]
enum CheckError {
    Unknown(UnknownValueError),
    Other,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::Unknown(error) => error.fmt(f),
            CheckError::Other => f.write_str("not serialisable"),
        }
    }
}

impl std::error::Error for CheckError {}

impl ser::Error for CheckError {
    fn custom<T: fmt::Display>(_: T) -> Self {
        CheckError::Other
    }
}

/// A serializer that writes nothing and fails at the first marked value.
struct Checker {
    path: String,
}

impl Checker {
    fn child(&self, segment: &dyn fmt::Display) -> Checker {
        let path = if self.path.is_empty() {
            segment.to_string()
        } else {
            format!("{}.{segment}", self.path)
        };
        Checker { path }
    }
}

/// Reads a string out of a value, for the message; anything else is `None`.
struct StringOf;

macro_rules! not_a_string {
    ($($method:ident($($ty:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $ty),*) -> Result<Self::Ok, Self::Error> { Ok(None) })*
    };
}

impl ser::Serializer for StringOf {
    type Ok = Option<String>;
    type Error = CheckError;
    type SerializeSeq = Impossible<Self::Ok, CheckError>;
    type SerializeTuple = Impossible<Self::Ok, CheckError>;
    type SerializeTupleStruct = Impossible<Self::Ok, CheckError>;
    type SerializeTupleVariant = Impossible<Self::Ok, CheckError>;
    type SerializeMap = Impossible<Self::Ok, CheckError>;
    type SerializeStruct = Impossible<Self::Ok, CheckError>;
    type SerializeStructVariant = Impossible<Self::Ok, CheckError>;

    fn serialize_str(self, v: &str) -> Result<Self::Ok, Self::Error> {
        Ok(Some(v.to_owned()))
    }
    not_a_string!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<Self::Ok, Self::Error> {
        Ok(None)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Self::Ok, Self::Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Self::Ok, Self::Error> {
        Ok(None)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Self::Error> {
        Err(CheckError::Other)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Self::Error> {
        Err(CheckError::Other)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Self::Error> {
        Err(CheckError::Other)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Self::Error> {
        Err(CheckError::Other)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Self::Error> {
        Err(CheckError::Other)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Self::Error> {
        Err(CheckError::Other)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Self::Error> {
        Err(CheckError::Other)
    }
}

macro_rules! nothing_to_check {
    ($($method:ident($($ty:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $ty),*) -> Result<(), CheckError> { Ok(()) })*
    };
}

impl ser::Serializer for Checker {
    type Ok = ();
    type Error = CheckError;
    type SerializeSeq = Elements;
    type SerializeTuple = Elements;
    type SerializeTupleStruct = Elements;
    type SerializeTupleVariant = Elements;
    type SerializeMap = Entries;
    type SerializeStruct = Fields;
    type SerializeStructVariant = Fields;

    nothing_to_check!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), CheckError> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), CheckError> {
        if name == MARKER {
            return Err(CheckError::Unknown(UnknownValueError {
                value: value.serialize(StringOf).ok().flatten(),
                path: self.path,
            }));
        }
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), CheckError> {
        value.serialize(self.child(&variant))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Elements, CheckError> {
        Ok(Elements {
            parent: self,
            index: 0,
        })
    }

    fn serialize_tuple(self, _: usize) -> Result<Elements, CheckError> {
        self.serialize_seq(None)
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Elements, CheckError> {
        self.serialize_seq(None)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Elements, CheckError> {
        self.child(&variant).serialize_seq(None)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Entries, CheckError> {
        Ok(Entries {
            parent: self,
            key: None,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields, CheckError> {
        Ok(Fields { parent: self })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Fields, CheckError> {
        // Internally tagged unions arrive as structs; externally tagged ones are not
        // generated, so the variant name is not part of the JSON path.
        Ok(Fields { parent: self })
    }
}

struct Elements {
    parent: Checker,
    index: usize,
}

impl Elements {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CheckError> {
        let child = self.parent.child(&self.index);
        self.index += 1;
        value.serialize(child)
    }
}

macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {
        $(impl ser::$trait for Elements {
            type Ok = ();
            type Error = CheckError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CheckError> {
                self.element(value)
            }
            fn end(self) -> Result<(), CheckError> {
                Ok(())
            }
        })*
    };
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

struct Entries {
    parent: Checker,
    key: Option<String>,
}

impl ser::SerializeMap for Entries {
    type Ok = ();
    type Error = CheckError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), CheckError> {
        self.key = key.serialize(StringOf).ok().flatten();
        key.serialize(self.parent.child(&"(key)"))
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CheckError> {
        let key = self.key.take().unwrap_or_default();
        value.serialize(self.parent.child(&key))
    }

    fn end(self) -> Result<(), CheckError> {
        Ok(())
    }
}

struct Fields {
    parent: Checker,
}

impl Fields {
    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CheckError> {
        value.serialize(self.parent.child(&key))
    }
}

impl ser::SerializeStruct for Fields {
    type Ok = ();
    type Error = CheckError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CheckError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), CheckError> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Fields {
    type Ok = ();
    type Error = CheckError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CheckError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), CheckError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    struct Unknown(#[serde(serialize_with = "serialize_unknown")] BTreeMap<String, String>);

    #[derive(Serialize)]
    struct Body {
        #[serde(rename = "displayName")]
        name: String,
        items: Vec<Option<Unknown>>,
    }

    #[test]
    fn an_unknown_object_is_found_by_its_path_and_its_content_is_not_printed() {
        let secret: BTreeMap<String, String> =
            [("password".to_owned(), "hunter2".to_owned())].into();
        let body = Body {
            name: "x".into(),
            items: vec![None, Some(Unknown(secret.clone()))],
        };
        let error = check_known(&body).unwrap_err();
        assert_eq!(error.path(), "items.1");
        let text = error.to_string();
        assert!(
            text.starts_with("`items.1`: a variant this client does not know"),
            "{text}"
        );
        assert!(!text.contains("hunter2"), "{text}");
        // Serialised for the wire, the mark is invisible.
        assert_eq!(
            serde_json::to_value(Unknown(secret)).unwrap(),
            serde_json::json!({"password": "hunter2"})
        );
    }

    #[test]
    fn known_values_pass_and_map_keys_name_the_path() {
        let known: BTreeMap<String, Vec<u8>> = [("a".to_owned(), vec![1, 2])].into();
        assert!(check_known(&known).is_ok());
        #[derive(Serialize)]
        struct State(#[serde(serialize_with = "serialize_unknown")] &'static str);
        let tags: BTreeMap<&str, State> = [("ns", State("NEW"))].into();
        let error = check_known(&tags).unwrap_err();
        assert_eq!(error.path(), "ns");
        assert!(error.to_string().contains("`NEW`"), "{error}");
        let whole = check_known(&State("NEW")).unwrap_err();
        assert!(
            whole.to_string().starts_with("the request body: `NEW`"),
            "{whole}"
        );
        assert!(
            whole
                .within("lifecycle_state")
                .to_string()
                .starts_with("`lifecycle_state`: `NEW`"),
        );
    }
}
