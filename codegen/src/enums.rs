//! Enums in responses accept values added later.
//!
//! A string enum reachable from responses is hoisted into a component (when inline) and
//! later replaced by a generated Rust enum with an `UnknownValue(String)` case, as the
//! official OCI SDKs do: a new lifecycle state must not break a whole response. Enums
//! reachable only from requests stay strict (typify's own enums). An enum reachable from
//! both sides is the same open type on both: an `UnknownValue` (one a response carried)
//! serialises marked, and generated request builders refuse it before sending
//! (`oci_backup_runtime::check_known`).

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use serde_json::Value;

use crate::error::{Error, Result, Written};
use crate::unions::TAG_MARKER;
use crate::walk::{self, rust_name};

/// A string enum that accepts unknown values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtensibleEnum {
    /// The component schema name, which is also the Rust type name.
    pub name: String,
    /// The schema's description.
    pub description: Option<String>,
    /// The documented values, in the spec's order.
    pub values: Vec<String>,
}

/// Hoists every string enum that responses use and returns them.
pub(crate) fn hoist_response_enums(
    spec: &mut Value,
    written: &mut Written,
) -> Result<Vec<ExtensibleEnum>> {
    let response = response_schemas(spec);
    let mut found = Vec::new();
    for site in walk::sites(spec) {
        let Some(node) = spec.pointer(&site.pointer) else {
            continue;
        };
        let Some(values) = node.get("enum") else {
            continue;
        };
        if node.get(TAG_MARKER).is_some()
            || node
                .get("type")
                .and_then(Value::as_str)
                .is_some_and(|t| t != "string")
        {
            continue;
        }
        let at = site.pointer.clone();
        let in_response = match site.pointer.strip_prefix("/components/schemas/") {
            Some(rest) => {
                let component = rest
                    .split('/')
                    .next()
                    .unwrap_or_default()
                    .replace("~1", "/")
                    .replace("~0", "~");
                response.contains(&component)
            }
            None => site.pointer.contains("/responses/"),
        };
        if !in_response {
            continue;
        }
        let mut strings = Vec::new();
        for (i, value) in values.as_array().into_iter().flatten().enumerate() {
            let Some(text) = value.as_str() else {
                return Err(Error::unsupported(
                    format!("{at}/enum/{i}"),
                    "a string enum's values must all be strings",
                    "quote the value, or give the schema the type of its values",
                ));
            };
            strings.push(text.to_owned());
        }
        check_variant_names(&strings, &at)?;
        let description = node
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let mut name = rust_name(&site.context);
        if !site.component_root {
            // A name taken already (two places that name alike, or a schema of that
            // name) gets a number: `Direction2`.
            name = walk::free_name(spec, &name, |n| {
                found.iter().any(|e: &ExtensibleEnum| e.name == n)
            });
            let component = node.clone();
            let mut replacement = walk::schema_ref(&name);
            if let (Some(description), Some(map)) = (&description, replacement.as_object_mut()) {
                map.insert("description".into(), Value::from(description.clone()));
            }
            if let Some(slot) = spec.pointer_mut(&site.pointer) {
                *slot = replacement;
            }
            walk::components_mut(spec).insert(name.clone(), component);
            written.record(walk::component_pointer(&name), site.pointer.clone());
        }
        found.push(ExtensibleEnum {
            name,
            description,
            values: strings,
        });
    }
    Ok(found)
}

/// The Rust variant name of an open enum's value.
/// A value that starts with a digit (`1GB`) gets a `V` in front (`V1Gb`).
pub(crate) fn variant_name(value: &str) -> String {
    let name = value.to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        name
    }
}

/// Each value must give a distinct Rust identifier, other than the catch-all's; `at` is
/// the enum's pointer.
fn check_variant_names(values: &[String], at: &str) -> Result<()> {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let variant = variant_name(value);
        let valid = variant
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && variant.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !valid || variant == "UnknownValue" {
            return Err(Error::unsupported(
                format!("{at}/enum/{i}"),
                format!(
                    "enum value `{value}` does not make a usable Rust variant name (`{variant}`)"
                ),
                "give the value at least one letter or digit (and not the name `UnknownValue`)",
            ));
        }
        if let Some((_, other)) = seen.iter().find(|(v, _)| *v == variant) {
            return Err(Error::unsupported(
                format!("{at}/enum/{i}"),
                format!(
                    "enum values `{other}` and `{value}` both become the Rust variant `{variant}`"
                ),
                "keep one spelling of the value",
            ));
        }
        seen.push((variant, value));
    }
    Ok(())
}

/// Component schemas reachable from the responses of any operation.
pub(crate) fn response_schemas(spec: &Value) -> BTreeSet<String> {
    let mut roots = Vec::new();
    for walk::Operation { operation, .. } in walk::operations(spec) {
        let responses = operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|r| r.values());
        for response in responses {
            walk::collect_refs(walk::resolve(spec, response), &mut roots);
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = roots.pop() {
        if seen.insert(name.clone())
            && let Some(schema) = walk::component(spec, &name)
        {
            walk::collect_refs(schema, &mut roots);
        }
    }
    seen
}
