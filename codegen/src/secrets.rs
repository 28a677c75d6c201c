//! Secret fields: properties marked `format: password` or `x-secret: true`.
//!
//! Each one is hoisted into a component schema of its own (`<Parent><Property>`) so the
//! generator can replace it with `oci_backup_runtime::Secret<Rules>`, whose `Rules` are
//! the field's `minLength`, `maxLength`, `pattern`, and one named rule per `allOf`
//! member carrying a `pattern` (its `description` names the rule in errors).

use serde_json::Value;

use crate::error::{Error, Result, Written};
use crate::walk::{self, rust_name};

/// The spec extension that marks a string property as secret (beside `format: password`).
pub const SECRET_EXTENSION: &str = "x-secret";

/// One secret field and its rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretField {
    /// The component schema name it was hoisted to (also the Rust type name).
    pub name: String,
    /// The property's JSON name.
    pub field: String,
    /// The property's description.
    pub description: Option<String>,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `(pattern, description)` for `pattern` and each `allOf` member's `pattern`.
    pub patterns: Vec<(String, Option<String>)>,
}

fn is_secret(schema: &Value) -> bool {
    schema.get("format").and_then(Value::as_str) == Some("password")
        || schema.get(SECRET_EXTENSION).and_then(Value::as_bool) == Some(true)
}

/// Hoists every secret property and returns their rules.
pub(crate) fn hoist(spec: &mut Value, written: &mut Written) -> Result<Vec<SecretField>> {
    let mut found = Vec::new();
    for site in walk::sites(spec) {
        let Some(property) = site.property.clone() else {
            continue;
        };
        let Some(schema) = spec.pointer(&site.pointer) else {
            continue;
        };
        if !is_secret(schema) {
            continue;
        }
        let at = site.pointer.clone();
        let secret = read_rules(schema, &property, &at)?;
        let name = rust_name(&site.context);
        if walk::component(spec, &name).is_some()
            || found.iter().any(|f: &SecretField| f.name == name)
        {
            return Err(Error::unsupported(
                &at,
                format!(
                    "this secret becomes a schema of its own, named `{name}` after its place, \
                     and a schema of that name exists already"
                ),
                format!(
                    "rename the schema `{name}`, or make this secret a component schema and `$ref` it"
                ),
            ));
        }
        let mut component = schema.clone();
        if let Some(map) = component.as_object_mut() {
            map.shift_remove("allOf");
        }
        let mut replacement = walk::schema_ref(&name);
        if let (Some(description), Some(map)) = (&secret.description, replacement.as_object_mut()) {
            map.insert("description".into(), Value::from(description.clone()));
        }
        if let Some(node) = spec.pointer_mut(&site.pointer) {
            *node = replacement;
        }
        walk::components_mut(spec).insert(name.clone(), component);
        written.record(walk::component_pointer(&name), site.pointer.clone());
        found.push(SecretField {
            name,
            field: property,
            ..secret
        });
    }
    Ok(found)
}

fn read_rules(schema: &Value, property: &str, at: &str) -> Result<SecretField> {
    if schema.get("type").and_then(Value::as_str) != Some("string") {
        return Err(Error::unsupported(
            at,
            "a secret (`format: password` or `x-secret: true`) must be a string",
            "write `type: string`, or drop the secret marker",
        ));
    }
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    let mut patterns = Vec::new();
    if let Some(pattern) = text(schema, "pattern") {
        patterns.push((pattern, None));
    }
    if let Some(members) = schema.get("allOf") {
        for (i, member) in members.as_array().into_iter().flatten().enumerate() {
            let allowed = member
                .as_object()
                .is_some_and(|m| m.keys().all(|k| k == "pattern" || k == "description"));
            let Some(pattern) = text(member, "pattern").filter(|_| allowed) else {
                return Err(Error::unsupported(
                    format!("{at}/allOf/{i}"),
                    "a secret's `allOf` members are its named rules and may only hold `pattern` \
                     and `description`",
                    "write each rule as `{pattern: ..., description: ...}`",
                ));
            };
            patterns.push((pattern, text(member, "description")));
        }
    }
    let number = |key: &str| -> Result<Option<u64>> {
        match schema.get(key) {
            None => Ok(None),
            Some(value) => value.as_u64().map(Some).ok_or_else(|| {
                Error::unsupported(
                    format!("{at}/{key}"),
                    format!("`{key}` must be a non-negative integer"),
                    format!("write `{key}: 8` (for example)"),
                )
            }),
        }
    };
    Ok(SecretField {
        name: String::new(),
        field: property.to_owned(),
        description: text(schema, "description"),
        min_length: number("minLength")?,
        max_length: number("maxLength")?,
        patterns,
    })
}
