//! OpenAPI 3.0 schema objects turned into JSON Schema (2020-12) validators, and their
//! errors turned into OCI-style messages that name the field and the rule.
//!
//! The rewrite is schema-aware (it only recurses where a subschema can stand, so a
//! property called `example` survives):
//!
//! - `oneOf`/`anyOf` with a `discriminator` becomes "the tag is required and must be one
//!   of the mapping keys" plus one `if {tag == K} then {$ref: mapped}` per key. Plain JSON
//!   Schema `oneOf` would reject the seed's CREATE body, which matches both variants.
//!   Without a `mapping`, the tags are the referenced schemas' names, as OpenAPI says.
//!   With [`Discriminators::Annotation`] (OpenAPI 3.1 semantics, where `discriminator`
//!   is only an annotation) the union is left as it is and means what JSON Schema says.
//! - `nullable: true` adds `null` to `type`; boolean `exclusiveMinimum`/`exclusiveMaximum`
//!   (OpenAPI 3.0, draft 4) become the numeric form.
//! - OpenAPI-only keywords are dropped: `discriminator`, `example`, `xml`,
//!   `externalDocs`, `deprecated` and every `x-*` extension.
//!
//! A `pattern` inside an `allOf` member that has a `description` is reported by that
//! description ("at least one uppercase letter"), the project's convention for named
//! password rules.

use std::collections::HashMap;
use std::fmt;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::{Map, Value, json};

/// Keywords whose value is one subschema.
const SUBSCHEMA: &[&str] = &[
    "not",
    "items",
    "additionalProperties",
    "additionalItems",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
];
/// Keywords whose value is an array of subschemas.
const SUBSCHEMA_ARRAYS: &[&str] = &["allOf", "anyOf", "oneOf"];
/// Keywords whose value is a map of subschemas.
const SUBSCHEMA_MAPS: &[&str] = &["properties", "patternProperties"];
/// OpenAPI keywords that JSON Schema does not have (or that must not act as one).
const OPENAPI_ONLY: &[&str] = &[
    "discriminator",
    "example",
    "xml",
    "externalDocs",
    "deprecated",
    "nullable",
];

/// How a `discriminator` is read when a schema is rewritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Discriminators {
    /// OpenAPI 3.0: the tag picks the one variant to validate against (the fake's own
    /// reading).
    #[default]
    Dispatch,
    /// OpenAPI 3.1 and plain JSON Schema: `discriminator` is an annotation and is
    /// dropped; `oneOf` means "exactly one variant matches", whatever the tag says.
    Annotation,
}

/// Why a schema could not be turned into a validator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("schema at {location}: {problem}")]
pub struct SchemaError {
    /// Where the schema is in the spec (a JSON pointer).
    pub location: String,
    /// What is wrong.
    pub problem: String,
}

/// Rewrites one OpenAPI 3.0 schema object into JSON Schema 2020-12. `location` is the
/// schema's JSON pointer in the spec, for errors.
pub(crate) fn rewrite(
    schema: &Value,
    location: &str,
    discriminators: Discriminators,
) -> Result<Value, SchemaError> {
    let Some(object) = schema.as_object() else {
        return Ok(schema.clone());
    };
    let mut out = Map::new();
    for (key, value) in object {
        if OPENAPI_ONLY.contains(&key.as_str()) || key.starts_with("x-") {
            continue;
        }
        let here = format!("{location}/{key}");
        let rewritten = if SUBSCHEMA.contains(&key.as_str()) && value.is_object() {
            rewrite(value, &here, discriminators)?
        } else if SUBSCHEMA_ARRAYS.contains(&key.as_str()) {
            let items = value.as_array().ok_or_else(|| SchemaError {
                location: here.clone(),
                problem: format!("`{key}` must be an array of schemas"),
            })?;
            Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| rewrite(item, &format!("{here}/{i}"), discriminators))
                    .collect::<Result<_, _>>()?,
            )
        } else if SUBSCHEMA_MAPS.contains(&key.as_str()) {
            let map = value.as_object().ok_or_else(|| SchemaError {
                location: here.clone(),
                problem: format!("`{key}` must be a map of schemas"),
            })?;
            Value::Object(
                map.iter()
                    .map(|(name, item)| {
                        let here = format!("{here}/{name}");
                        Ok((name.clone(), rewrite(item, &here, discriminators)?))
                    })
                    .collect::<Result<_, SchemaError>>()?,
            )
        } else {
            value.clone()
        };
        out.insert(key.clone(), rewritten);
    }
    if object.get("nullable") == Some(&Value::Bool(true)) {
        match out.get_mut("type") {
            Some(Value::String(kind)) => {
                let kind = kind.clone();
                out.insert("type".into(), json!([kind, "null"]));
            }
            Some(Value::Array(kinds)) => kinds.push(json!("null")),
            _ => {}
        }
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(Value::Bool(flag)) = out.get(exclusive).cloned() {
            out.remove(exclusive);
            if flag && let Some(limit) = out.remove(bound) {
                out.insert(exclusive.into(), limit);
            }
        }
    }
    if let Some(discriminator) = object.get("discriminator")
        && discriminators == Discriminators::Dispatch
    {
        rewrite_discriminator(&mut out, discriminator, location)?;
    }
    Ok(Value::Object(out))
}

/// Replaces `oneOf`/`anyOf` + `discriminator` with a tag check and one `if`/`then` per tag.
fn rewrite_discriminator(
    out: &mut Map<String, Value>,
    discriminator: &Value,
    location: &str,
) -> Result<(), SchemaError> {
    let error = |problem: String| SchemaError {
        location: format!("{location}/discriminator"),
        problem,
    };
    let property = discriminator
        .get("propertyName")
        .and_then(Value::as_str)
        .ok_or_else(|| error("no `propertyName`".into()))?
        .to_owned();
    let members = match (out.remove("oneOf"), out.remove("anyOf")) {
        (Some(Value::Array(members)), None) | (None, Some(Value::Array(members))) => members,
        // A discriminator on a base schema (no union here): the tag is checked by the
        // members' own enums, nothing to rewrite.
        (None, None) => return Ok(()),
        _ => {
            return Err(error(
                "a discriminator needs one `oneOf` or `anyOf` array".into(),
            ));
        }
    };
    let mut mapping: Vec<(String, String)> = Vec::new();
    if let Some(explicit) = discriminator.get("mapping") {
        let explicit = explicit
            .as_object()
            .ok_or_else(|| error("`mapping` must be a map".into()))?;
        for (tag, target) in explicit {
            let target = target
                .as_str()
                .ok_or_else(|| error(format!("mapping `{tag}` is not a string")))?;
            let target = if target.starts_with('#') {
                target.to_owned()
            } else {
                format!("#/components/schemas/{target}")
            };
            mapping.push((tag.clone(), target));
        }
    }
    for member in &members {
        let reference = member.get("$ref").and_then(Value::as_str).ok_or_else(|| {
            error("every member of a discriminated union must be a `$ref`".into())
        })?;
        if mapping.iter().any(|(_, target)| target == reference) {
            continue;
        }
        let name = reference.rsplit('/').next().unwrap_or(reference);
        mapping.push((name.to_owned(), reference.to_owned()));
    }
    // Sorted: serde_json's map order depends on a feature other crates may enable.
    mapping.sort();
    let tags: Vec<Value> = mapping.iter().map(|(tag, _)| json!(tag)).collect();
    let mut required = match out.remove("required") {
        Some(Value::Array(required)) => required,
        _ => Vec::new(),
    };
    if !required.contains(&json!(property)) {
        required.push(json!(property));
    }
    out.insert("required".into(), Value::Array(required));
    out.entry("type").or_insert_with(|| json!("object"));
    let properties = out
        .entry("properties")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or_else(|| error("`properties` must be a map".into()))?;
    properties.insert(property.clone(), json!({ "enum": tags }));
    let branches: Vec<Value> = mapping
        .iter()
        .map(|(tag, target)| {
            json!({
                "if": { "properties": { &property: { "const": tag } }, "required": [&property] },
                "then": { "$ref": target },
            })
        })
        .collect();
    match out.get_mut("allOf") {
        Some(Value::Array(all)) => all.extend(branches),
        _ => {
            out.insert("allOf".into(), Value::Array(branches));
        }
    }
    Ok(())
}

/// Collects `pattern -> description` from `allOf` members that carry both (the
/// project's named rules), anywhere in `schema`.
pub(crate) fn named_patterns(schema: &Value, into: &mut HashMap<String, String>) {
    match schema {
        Value::Object(object) => {
            if let (Some(Value::String(pattern)), Some(Value::String(description))) =
                (object.get("pattern"), object.get("description"))
                && !description.contains('\n')
            {
                into.entry(pattern.clone())
                    .or_insert_with(|| description.clone());
            }
            for value in object.values() {
                named_patterns(value, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| named_patterns(item, into)),
        _ => {}
    }
}

/// A compiled validator with what is needed to explain its errors.
pub(crate) struct CompiledSchema {
    validator: Validator,
    /// `pattern -> rule name`, for messages.
    patterns: std::sync::Arc<HashMap<String, String>>,
}

impl fmt::Debug for CompiledSchema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CompiledSchema").finish_non_exhaustive()
    }
}

/// One rule a value breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaViolation {
    /// `MissingParameter` for a missing required property, otherwise `InvalidParameter`.
    pub(crate) code: &'static str,
    /// The field: a dotted path below the validated value (`storage.auth.type`,
    /// `items[2].id`), empty for the value itself.
    pub(crate) path: String,
    /// The rule, ending with the JSON Schema keyword in parentheses:
    /// `must be at most 64 characters long (maxLength)`.
    pub(crate) rule: String,
}

impl CompiledSchema {
    /// Compiles `schema` (already rewritten) with `components` (the rewritten
    /// `components` object of its spec) beside it so that `#/components/...` references
    /// resolve.
    pub(crate) fn compile(
        schema: &Value,
        components: &Value,
        patterns: std::sync::Arc<HashMap<String, String>>,
        location: &str,
    ) -> Result<Self, SchemaError> {
        let mut document = match schema {
            Value::Object(object) => object.clone(),
            other => {
                return Err(SchemaError {
                    location: location.to_owned(),
                    problem: format!("a schema must be an object, found {other}"),
                });
            }
        };
        document.insert("components".into(), components.clone());
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&Value::Object(document))
            .map_err(|e| SchemaError {
                location: location.to_owned(),
                problem: e.to_string(),
            })?;
        Ok(Self {
            validator,
            patterns,
        })
    }

    /// Every rule `value` breaks (empty when it is valid), ordered by field and rule: the
    /// validator's own order is not stable from one build to the next, and messages (the
    /// first violation names a 400) must be.
    pub(crate) fn violations(&self, value: &Value) -> Vec<SchemaViolation> {
        let mut violations: Vec<SchemaViolation> = self
            .validator
            .iter_errors(value)
            .map(|error| self.explain(&error))
            .collect();
        violations.sort_by(|a, b| (&a.path, &a.rule).cmp(&(&b.path, &b.rule)));
        violations
    }

    fn explain(&self, error: &ValidationError<'_>) -> SchemaViolation {
        let mut path = dotted(error.instance_path().as_str());
        let mut code = "InvalidParameter";
        let keyword = error.kind().keyword().to_owned();
        let rule = match error.kind() {
            ValidationErrorKind::Required { property } => {
                code = "MissingParameter";
                let name = property
                    .as_str()
                    .map_or_else(|| property.to_string(), str::to_owned);
                path = if path.is_empty() {
                    name
                } else {
                    format!("{path}.{name}")
                };
                "is required".to_owned()
            }
            ValidationErrorKind::Type { kind } => match kind {
                TypeKind::Single(kind) => format!("must be of type {kind}"),
                TypeKind::Multiple(kinds) => format!("must be of type {kinds:?}"),
            },
            ValidationErrorKind::Enum { options } => format!("must be one of {}", list(options)),
            ValidationErrorKind::Constant { expected_value } => {
                format!("must be {expected_value}")
            }
            ValidationErrorKind::MinLength { limit } => {
                format!("must be at least {limit} characters long")
            }
            ValidationErrorKind::MaxLength { limit } => {
                format!("must be at most {limit} characters long")
            }
            ValidationErrorKind::Minimum { limit } => format!("must be at least {limit}"),
            ValidationErrorKind::Maximum { limit } => format!("must be at most {limit}"),
            ValidationErrorKind::ExclusiveMinimum { limit } => {
                format!("must be greater than {limit}")
            }
            ValidationErrorKind::ExclusiveMaximum { limit } => {
                format!("must be less than {limit}")
            }
            ValidationErrorKind::Pattern { pattern } => {
                if let Some(name) = self.patterns.get(pattern) {
                    return SchemaViolation {
                        code,
                        path,
                        rule: format!("needs {name} (pattern `{pattern}`)"),
                    };
                }
                format!("must match `{pattern}`")
            }
            ValidationErrorKind::Format { format } => format!("must be a valid {format}"),
            ValidationErrorKind::MinItems { limit } => format!("must have at least {limit} items"),
            ValidationErrorKind::MaxItems { limit } => format!("must have at most {limit} items"),
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                format!("unknown properties {}", unexpected.join(", "))
            }
            _ => error.masked().to_string(),
        };
        SchemaViolation {
            code,
            path,
            rule: format!("{rule} ({keyword})"),
        }
    }
}

/// `["A","B"]` -> `"A", "B"`.
fn list(options: &Value) -> String {
    match options.as_array() {
        Some(items) => items
            .iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        None => options.to_string(),
    }
}

/// `/storage/auth/type` -> `storage.auth.type`; `/items/2/id` -> `items[2].id`.
pub(crate) fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{segment}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&segment);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_become_dotted_paths() {
        assert_eq!(dotted(""), "");
        assert_eq!(dotted("/storage/auth/type"), "storage.auth.type");
        assert_eq!(dotted("/items/2/id"), "items[2].id");
        assert_eq!(dotted("/a~1b"), "a/b");
    }

    #[test]
    fn discriminated_unions_pick_their_branch_by_tag() {
        let components = json!({"schemas": {
            "A": {"type": "object", "required": ["kind", "a"], "properties": {"kind": {"type": "string"}, "a": {"type": "string"}}},
            "B": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}, "a": {"type": "integer"}}},
        }});
        let union = json!({
            "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
            "discriminator": {"propertyName": "kind", "mapping": {"X": "#/components/schemas/A"}},
            "example": {"kind": "X"},
        });
        let rewritten = rewrite(&union, "#", Discriminators::Dispatch).unwrap();
        let schema =
            CompiledSchema::compile(&rewritten, &components, Default::default(), "#").unwrap();
        assert!(
            schema
                .violations(&json!({"kind": "X", "a": "s"}))
                .is_empty()
        );
        // Matches both A and B as plain JSON Schema would see it; B is picked by name.
        assert!(schema.violations(&json!({"kind": "B"})).is_empty());
        let wrong = schema.violations(&json!({"kind": "Z"}));
        assert_eq!(wrong[0].path, "kind");
        assert_eq!(wrong[0].rule, r#"must be one of "B", "X" (enum)"#);
        let missing = schema.violations(&json!({"kind": "X"}));
        assert_eq!(missing[0].code, "MissingParameter");
        assert_eq!(missing[0].path, "a");
    }

    #[test]
    fn as_an_annotation_a_discriminator_is_dropped_and_one_of_means_exactly_one() {
        let components = json!({"schemas": {
            "A": {"type": "object", "required": ["kind", "a"], "properties": {"kind": {"type": "string"}, "a": {"type": "string"}}},
            "B": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        }});
        let union = json!({
            "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
            "discriminator": {"propertyName": "kind", "mapping": {"X": "#/components/schemas/A"}},
        });
        let rewritten = rewrite(&union, "#", Discriminators::Annotation).unwrap();
        assert_eq!(
            rewritten,
            json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]})
        );
        let schema =
            CompiledSchema::compile(&rewritten, &components, Default::default(), "#").unwrap();
        // Only B matches: valid, although the tag names A.
        assert!(schema.violations(&json!({"kind": "X"})).is_empty());
        // Both match: invalid, although the tag picks A.
        let both = schema.violations(&json!({"kind": "X", "a": "s"}));
        assert_eq!(both.len(), 1, "{both:?}");
        assert!(both[0].rule.ends_with("(oneOf)"), "{both:?}");
    }

    #[test]
    fn properties_named_like_openapi_keywords_survive() {
        let schema = json!({"type": "object", "properties": {"example": {"type": "string", "x-secret": true}}, "required": ["example"]});
        let rewritten = rewrite(&schema, "#", Discriminators::Dispatch).unwrap();
        assert_eq!(
            rewritten,
            json!({"type": "object", "properties": {"example": {"type": "string"}}, "required": ["example"]})
        );
    }

    #[test]
    fn nullable_and_boolean_exclusive_bounds_are_translated() {
        let schema =
            json!({"type": "integer", "nullable": true, "minimum": 1, "exclusiveMinimum": true});
        assert_eq!(
            rewrite(&schema, "#", Discriminators::Dispatch).unwrap(),
            json!({"type": ["integer", "null"], "exclusiveMinimum": 1})
        );
    }
}
