//! `allOf` merged into one flat object schema: every property, its required flag, and
//! the outer description. Anything that cannot be merged faithfully is an error.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::walk::{self, SCHEMAS};

/// Keywords an object schema may carry and still be merged.
const MERGEABLE: &[&str] = &[
    "type",
    "properties",
    "required",
    "description",
    "title",
    "additionalProperties",
    "deprecated",
    "example",
    "discriminator",
    "allOf",
    "$ref",
];

/// Resolves `schema` (a `$ref`, an `allOf`, or an object) into one flat object schema,
/// looking references up in `defs`. `at` is the schema's JSON pointer, for refusals.
pub(crate) fn flatten(
    schema: &Value,
    defs: &Map<String, Value>,
    at: &str,
) -> Result<Map<String, Value>> {
    flatten_inner(schema, defs, at, &mut Vec::new())
}

fn flatten_inner(
    schema: &Value,
    defs: &Map<String, Value>,
    at: &str,
    trail: &mut Vec<String>,
) -> Result<Map<String, Value>> {
    let Some(map) = schema.as_object() else {
        return Err(Error::unsupported(
            at,
            "an allOf member must be a schema object",
            "write a mapping (`type: object`, `properties`, ...) or a `$ref`",
        ));
    };
    if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
        let Some(name) = reference.strip_prefix(SCHEMAS) else {
            return Err(Error::unsupported(
                format!("{at}/$ref"),
                format!("`{reference}` is not a component schema reference"),
                "reference `#/components/schemas/<Name>` (external references are not read)",
            ));
        };
        if trail.iter().any(|seen| seen == name) {
            return Err(Error::unsupported(
                format!("{at}/$ref"),
                format!("this `allOf` includes `{name}`, which includes this schema again"),
                "break the cycle: a schema cannot extend itself",
            ));
        }
        let Some(target) = defs.get(name) else {
            return Err(Error::unsupported(
                format!("{at}/$ref"),
                format!("`{name}` is not defined"),
                format!("define `{name}` under `components/schemas`, or fix the name"),
            ));
        };
        trail.push(name.to_owned());
        let flat = flatten_inner(target, defs, &walk::component_pointer(name), trail);
        trail.pop();
        return flat;
    }
    if let Some(other) = map
        .keys()
        .find(|k| !MERGEABLE.contains(&k.as_str()) && !k.starts_with("x-"))
    {
        return Err(Error::unsupported(
            format!("{at}/{}", walk::escape(other)),
            format!(
                "`allOf` is merged into one object, and `{other}` cannot be merged into \
                 object properties"
            ),
            "use `allOf` for object schemas only; put `oneOf`/`anyOf` or a non-object \
             schema in a property of its own",
        ));
    }
    if let Some(kind) = map
        .get("type")
        .and_then(Value::as_str)
        .filter(|t| *t != "object")
    {
        return Err(Error::unsupported(
            format!("{at}/type"),
            format!("`allOf` is merged into one object, and this member has type `{kind}`"),
            "use `allOf` for object schemas only; to constrain a value, write the \
             constraints in the schema itself",
        ));
    }
    let mut out = Map::new();
    out.insert("type".into(), Value::from("object"));
    if let Some(members) = map.get("allOf") {
        let Some(members) = members.as_array() else {
            return Err(Error::unsupported(
                format!("{at}/allOf"),
                "`allOf` must be a list",
                "write `allOf: [...]`",
            ));
        };
        for (i, member) in members.iter().enumerate() {
            let member_at = format!("{at}/allOf/{i}");
            let flat = flatten_inner(member, defs, &member_at, trail)?;
            merge(&mut out, &flat, defs, &member_at)?;
        }
    }
    let mut own = map.clone();
    own.shift_remove("allOf");
    own.shift_remove("discriminator");
    merge(&mut out, &own, defs, at)?;
    // Descriptions, titles and examples belong to the outer schema only.
    for key in ["description", "title", "example", "deprecated"] {
        match map.get(key) {
            Some(value) => out.insert(key.into(), value.clone()),
            None => out.shift_remove(key),
        };
    }
    Ok(out)
}

/// Merges the object schema `from` into `into`.
///
/// A property both define must be defined the same, or one must narrow the other: a
/// string enum whose values are a subset of the other's (the portable way for a union
/// member to pin its discriminator to its own tag). `additionalProperties: false` merges
/// only when its member lists every property of the merged object, as JSON Schema would
/// read it. `at` is the pointer of the member `from` comes from.
pub(crate) fn merge(
    into: &mut Map<String, Value>,
    from: &Map<String, Value>,
    defs: &Map<String, Value>,
    at: &str,
) -> Result<()> {
    let closed = |schema: &Map<String, Value>| {
        schema.get("additionalProperties") == Some(&Value::Bool(false))
    };
    let names = |schema: &Map<String, Value>| -> Vec<String> {
        schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    };
    let (before, added) = (names(into), names(from));
    let outside = if closed(from) {
        before.iter().find(|n| !added.contains(n))
    } else if closed(into) {
        added.iter().find(|n| !before.contains(n))
    } else {
        None
    };
    if let Some(name) = outside {
        return Err(Error::unsupported(
            at,
            format!(
                "an allOf member with `additionalProperties: false` does not list the property \
                 `{name}` of another member, so no instance could have it"
            ),
            format!(
                "list `{name}` in the closed member too, or drop `additionalProperties: false`"
            ),
        ));
    }
    if let Some(properties) = from.get("properties") {
        let not_a_map = || {
            Error::unsupported(
                format!("{at}/properties"),
                "`properties` must be a mapping",
                "write `properties: {name: schema, ...}`",
            )
        };
        let properties = properties.as_object().ok_or_else(not_a_map)?;
        let target = into
            .entry("properties")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or_else(not_a_map)?;
        for (name, schema) in properties {
            match target.get(name) {
                Some(existing) if existing != schema => match narrower(existing, schema, defs) {
                    Some(narrow) => {
                        target.insert(name.clone(), narrow);
                    }
                    None => {
                        return Err(Error::unsupported(
                            at,
                            format!(
                                "the property `{name}` is defined here differently from another \
                                 `allOf` member, so no one Rust field can hold both"
                            ),
                            format!(
                                "define `{name}` once (a member may only narrow a string enum to \
                                 a subset of its values)"
                            ),
                        ));
                    }
                },
                _ => {
                    target.insert(name.clone(), schema.clone());
                }
            }
        }
    }
    if let Some(required) = from.get("required") {
        let not_a_list = || {
            Error::unsupported(
                format!("{at}/required"),
                "`required` must be a list of property names",
                "write `required: [name, ...]`",
            )
        };
        let required = required.as_array().ok_or_else(not_a_list)?;
        let target = into
            .entry("required")
            .or_insert_with(|| Value::Array(Vec::new()))
            .as_array_mut()
            .ok_or_else(not_a_list)?;
        for name in required {
            if !target.contains(name) {
                target.push(name.clone());
            }
        }
    }
    if let Some(extra) = from.get("additionalProperties") {
        match into.get("additionalProperties") {
            Some(existing) if existing != extra => {
                return Err(Error::unsupported(
                    format!("{at}/additionalProperties"),
                    "`allOf` members disagree on `additionalProperties`, so the merged object \
                     cannot say what other properties hold",
                    "write `additionalProperties` in one member only",
                ));
            }
            _ => {
                into.insert("additionalProperties".into(), extra.clone());
            }
        }
    }
    for (key, value) in from {
        if key.starts_with("x-") {
            into.insert(key.clone(), value.clone());
        }
    }
    Ok(())
}

/// Of two definitions of one property, the one that narrows the other: both string enums
/// (directly or through a `$ref`), the narrower's values all among the wider's. Its
/// description is the wider's when it has none.
fn narrower(a: &Value, b: &Value, defs: &Map<String, Value>) -> Option<Value> {
    let resolve = |schema: &Value| -> Value {
        walk::ref_name(schema)
            .and_then(|name| defs.get(name))
            .cloned()
            .unwrap_or_else(|| schema.clone())
    };
    let values = |schema: &Value| -> Option<Vec<Value>> {
        let is_string = schema.get("type").and_then(Value::as_str) == Some("string");
        is_string.then(|| schema.get("enum")?.as_array().cloned())?
    };
    let (wide, narrow) = (resolve(a), resolve(b));
    // The same schema but for what documents it, or for `nullable` (allOf admits a value
    // both admit: null only if both do): the stricter one, documented.
    let strip = |schema: &Value, nullable: bool| -> Value {
        let mut schema = schema.clone();
        if let Some(map) = schema.as_object_mut() {
            map.retain(|k, _| !DOCS.contains(&k.as_str()) && (!nullable || k != "nullable"));
        }
        schema
    };
    for nullable in [false, true] {
        if strip(&wide, nullable) == strip(&narrow, nullable) {
            let is_nullable = |s: &Value| s.get("nullable") == Some(&Value::Bool(true));
            let (mut kept, other) = if is_nullable(&narrow) {
                (wide, narrow)
            } else {
                (narrow, wide)
            };
            if let (Some(map), Some(other)) = (kept.as_object_mut(), other.as_object()) {
                for key in DOCS {
                    if let Some(text) = other.get(*key) {
                        map.entry(*key).or_insert_with(|| text.clone());
                    }
                }
            }
            return Some(kept);
        }
    }
    let (wide_values, narrow_values) = (values(&wide)?, values(&narrow)?);
    let (wide, mut narrow) = if narrow_values.iter().all(|v| wide_values.contains(v)) {
        (wide, narrow)
    } else if wide_values.iter().all(|v| narrow_values.contains(v)) {
        (narrow, wide)
    } else {
        return None;
    };
    if let (Some(map), Some(description)) = (narrow.as_object_mut(), wide.get("description")) {
        map.entry("description")
            .or_insert_with(|| description.clone());
    }
    Some(narrow)
}

/// Keywords that document a schema and constrain nothing.
const DOCS: &[&str] = &[
    "description",
    "title",
    "example",
    "examples",
    "deprecated",
    "externalDocs",
];

/// Drops the `allOf` members that only document (`allOf: [{$ref: Direction},
/// {example: inbound}]`, a common way to annotate a reference), keeping the first
/// description and title on the schema itself when it has none.
fn drop_doc_members(node: &mut Value) {
    let Some(map) = node.as_object_mut() else {
        return;
    };
    let Some(members) = map.get("allOf").and_then(Value::as_array).cloned() else {
        return;
    };
    let is_doc = |member: &Value| {
        member.as_object().is_some_and(|m| {
            !m.is_empty()
                && m.keys()
                    .all(|k| k.starts_with("x-") || DOCS.contains(&k.as_str()))
        })
    };
    if members.len() < 2 || members.iter().all(is_doc) {
        return;
    }
    let mut kept = Vec::new();
    for member in members {
        if !is_doc(&member) {
            kept.push(member);
            continue;
        }
        for key in ["description", "title"] {
            if let Some(text) = member.get(key)
                && !map.contains_key(key)
            {
                map.insert(key.into(), text.clone());
            }
        }
    }
    map.insert("allOf".into(), Value::Array(kept));
}

/// Rewrites every remaining `allOf` in the document: a lone `$ref` member becomes that
/// reference, anything else is merged into a flat object.
pub(crate) fn all_of(spec: &mut Value) -> Result<()> {
    let defs = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    // Children come after parents; rewrite deepest first so pointers stay valid.
    for site in walk::sites(spec).into_iter().rev() {
        let Some(node) = spec.pointer_mut(&site.pointer) else {
            continue;
        };
        if node.get("allOf").and_then(Value::as_array).is_none() {
            continue;
        }
        drop_doc_members(node);
        let Some(members) = node.get("allOf").and_then(Value::as_array) else {
            continue;
        };
        let lone_ref = members.len() == 1 && walk::ref_name(&members[0]).is_some();
        // `nullable: true` beside a lone `$ref` is OpenAPI 3.0's nullable reference: typify
        // reads it as `Option<T>`.
        if lone_ref && node.get("nullable") == Some(&Value::Bool(true)) {
            continue;
        }
        let only_docs = node.as_object().is_some_and(|m| {
            m.keys()
                .all(|k| k == "allOf" || k.starts_with("x-") || DOCS.contains(&k.as_str()))
        });
        if lone_ref && only_docs {
            let mut replacement = members[0].clone();
            if let (Some(description), Some(map)) = (
                node.get("description").cloned(),
                replacement.as_object_mut(),
            ) {
                map.insert("description".into(), description);
            }
            *node = replacement;
            continue;
        }
        *node = Value::Object(flatten(node, &defs, &site.pointer)?);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn defs() -> Map<String, Value> {
        json!({
            "Base": {"type": "object", "description": "base", "required": ["a"],
                     "properties": {"a": {"type": "string"}}},
            "Mid": {"allOf": [{"$ref": "#/components/schemas/Base"},
                              {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]},
            "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]},
        })
        .as_object()
        .cloned()
        .unwrap_or_default()
    }

    #[test]
    fn members_that_only_document_a_reference_are_dropped() {
        let mut spec = json!({"components": {"schemas": {
            "Direction": {"type": "string", "enum": ["in", "out"]},
            "Sms": {"type": "object", "properties": {"direction": {"allOf": [
                {"$ref": "#/components/schemas/Direction"},
                {"example": "in", "description": "Which way."}]}}},
        }}});
        all_of(&mut spec).unwrap();
        assert_eq!(
            spec.pointer("/components/schemas/Sms/properties/direction"),
            Some(&json!({"$ref": "#/components/schemas/Direction", "description": "Which way."}))
        );
    }

    #[test]
    fn merges_nested_all_of_with_every_field_and_required_flag() {
        let schema = json!({"description": "outer", "allOf": [
            {"$ref": "#/components/schemas/Mid"},
            {"type": "object", "properties": {"c": {"type": "boolean"}}}]});
        let flat = flatten(&schema, &defs(), "Outer").unwrap();
        assert_eq!(
            Value::Object(flat),
            json!({"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"},
                   "c": {"type": "boolean"}}, "required": ["a", "b"], "description": "outer"})
        );
    }

    #[test]
    fn a_member_may_redocument_a_property_or_make_it_non_nullable() {
        let schema = json!({"allOf": [
            {"type": "object", "properties": {
                "view": {"type": "string", "nullable": true, "readOnly": true, "description": "d"},
                "name": {"type": "string", "description": "old"}}},
            {"type": "object", "properties": {
                "view": {"type": "string", "readOnly": true},
                "name": {"type": "string", "description": "new"}}}]});
        let flat = flatten(&schema, &defs(), "S").unwrap();
        assert_eq!(
            flat.get("properties"),
            Some(
                &json!({"view": {"type": "string", "readOnly": true, "description": "d"},
                         "name": {"type": "string", "description": "new"}})
            )
        );
    }

    #[test]
    fn conflicting_properties_fail_naming_the_property() {
        let schema = json!({"allOf": [{"$ref": "#/components/schemas/Base"},
            {"type": "object", "properties": {"a": {"type": "integer"}}}]});
        let error = flatten(&schema, &defs(), "/components/schemas/Outer")
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "#/components/schemas/Outer/allOf/1: the property `a` is defined here differently \
             from another `allOf` member, so no one Rust field can hold both; define `a` once \
             (a member may only narrow a string enum to a subset of its values)"
        );
    }

    #[test]
    fn non_object_members_and_cycles_fail() {
        let error = flatten(&json!({"allOf": [{"type": "string"}]}), &defs(), "S").unwrap_err();
        assert_eq!(error.pointer(), Some("S/allOf/0/type"), "{error}");
        assert!(error.to_string().contains("type `string`"), "{error}");
        let error = flatten(&json!({"allOf": [{"oneOf": []}]}), &defs(), "S").unwrap_err();
        assert_eq!(error.pointer(), Some("S/allOf/0/oneOf"), "{error}");
        let error =
            flatten(&json!({"$ref": "#/components/schemas/Loop"}), &defs(), "S").unwrap_err();
        assert_eq!(
            error.pointer(),
            Some("/components/schemas/Loop/allOf/0/$ref")
        );
        assert!(
            error.to_string().contains("includes this schema again"),
            "{error}"
        );
    }

    #[test]
    fn a_member_may_narrow_an_enum_to_its_own_tag_but_not_widen_or_change_it() {
        let defs = json!({
            "Kind": {"type": "string", "description": "the kind", "enum": ["A", "B"]},
            "Base": {"type": "object", "required": ["kind"],
                     "properties": {"kind": {"$ref": "#/components/schemas/Kind"}}},
        })
        .as_object()
        .cloned()
        .unwrap();
        let child = |kind: Value| {
            json!({"allOf": [{"$ref": "#/components/schemas/Base"},
                             {"type": "object", "properties": {"kind": kind}}]})
        };
        let flat = flatten(
            &child(json!({"type": "string", "enum": ["A"]})),
            &defs,
            "Child",
        )
        .unwrap();
        assert_eq!(
            flat["properties"]["kind"],
            json!({"type": "string", "enum": ["A"], "description": "the kind"})
        );
        for other in [
            json!({"type": "string", "enum": ["A", "C"]}),
            json!({"type": "integer", "enum": [1]}),
        ] {
            let error = flatten(&child(other), &defs, "Child").unwrap_err();
            assert!(
                error
                    .to_string()
                    .starts_with("#Child/allOf/1: the property `kind`"),
                "{error}"
            );
        }
    }

    #[test]
    fn a_closed_member_must_list_every_property_of_the_others() {
        let defs = json!({
            "Base": {"type": "object", "properties": {"type": {"type": "string"}}},
        })
        .as_object()
        .cloned()
        .unwrap();
        let closed = |properties: Value| {
            json!({"allOf": [{"$ref": "#/components/schemas/Base"},
                             {"type": "object", "additionalProperties": false, "properties": properties}]})
        };
        let flat = flatten(&closed(json!({"type": {"type": "string"}})), &defs, "Only").unwrap();
        assert_eq!(flat["additionalProperties"], json!(false));
        let error =
            flatten(&closed(json!({"other": {"type": "string"}})), &defs, "Only").unwrap_err();
        assert!(
            error.to_string().starts_with("#Only/allOf/1: ")
                && error.to_string().contains("the property `type`"),
            "{error}"
        );
    }
}
