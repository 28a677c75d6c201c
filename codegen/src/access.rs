//! `readOnly` and `writeOnly`: a property only responses carry, or only requests.
//!
//! One Rust type serves both directions, so a required `readOnly` property (an `id` the
//! server assigns) would have to be made up for every request, and a response without a
//! required `writeOnly` property (a `password`) would fail to parse. Such a property is
//! required on one side only: it becomes optional in the shared type (`Option<T>`),
//! which every valid request and response fits, and its documentation says which side
//! carries it.

use serde_json::Value;

use crate::walk;

/// Drops `readOnly` and `writeOnly` properties from `required` everywhere; returns how
/// many it relaxed.
pub(crate) fn relax(spec: &mut Value) -> usize {
    let mut relaxed = 0;
    for site in walk::sites(spec) {
        let Some(node) = spec.pointer(&site.pointer) else {
            continue;
        };
        let Some(properties) = node.get("properties").and_then(Value::as_object) else {
            continue;
        };
        let one_sided: Vec<(String, &'static str)> = properties
            .iter()
            .filter_map(|(name, schema)| Some((name.clone(), side(spec, schema)?)))
            .collect();
        if one_sided.is_empty() {
            continue;
        }
        let Some(node) = spec.pointer_mut(&site.pointer) else {
            continue;
        };
        if let Some(required) = node.get_mut("required").and_then(Value::as_array_mut) {
            let before = required.len();
            required.retain(|r| !one_sided.iter().any(|(name, _)| r == name.as_str()));
            relaxed += before - required.len();
        }
        for (name, side) in one_sided {
            let Some(property) = node
                .pointer_mut(&format!("/properties/{}", walk::escape(&name)))
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            let note = format!("Only in {side}.");
            let description = match property.get("description").and_then(Value::as_str) {
                Some(text) if !text.contains(&note) => format!("{}\n\n{note}", text.trim_end()),
                Some(text) => text.to_owned(),
                None => note,
            };
            property.insert("description".into(), Value::from(description));
        }
    }
    relaxed
}

/// `"responses"` for a `readOnly` schema, `"requests"` for a `writeOnly` one.
fn side(spec: &Value, schema: &Value) -> Option<&'static str> {
    let flag = |key: &str| {
        [schema, walk::resolve(spec, schema)]
            .iter()
            .any(|s| s.get(key) == Some(&Value::Bool(true)))
    };
    if flag("readOnly") {
        Some("responses")
    } else if flag("writeOnly") {
        Some("requests")
    } else {
        None
    }
}
