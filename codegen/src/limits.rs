//! What progenitor 0.15 and typify cannot take as written, normalised (or refused) before
//! they panic, fail or warn where a user would see it. Each function below is one rule
//! and says why; [`check`] holds the rules on bodies and responses:
//!
//! - A request body in several media types (`application/json` and `application/xml`):
//!   progenitor builds one body per operation. When JSON is among them, the client sends
//!   JSON and the others are dropped (nothing a response carries is lost); otherwise it
//!   is refused.
//! - Success responses (2XX) with different bodies (an empty body counts as one), or
//!   error responses (4XX, 5XX, `default`) with different bodies: progenitor gives an
//!   operation one success type and one error type. When every body is JSON, the one type
//!   is `serde_json::Value`; otherwise (a `204` beside a `200` with a body, a body that is
//!   not JSON) it is the raw body (`ByteStream`). Nothing is lost: each body is kept
//!   whole, and the documented types are still generated to decode it with. The
//!   generated method's documentation says which responses and why. An error response
//!   without a body beside error responses with one is dropped: it has nothing to type,
//!   and the client still reports its status (as an undocumented response, raw).
//!
//! The others: [`name_operations`] (no `operationId`), [`omit_unsendable`] (a body only
//! in media types the client cannot send: the operation is left out and listed),
//! [`any_json_without_schema`], [`defaults`] (an invalid one, and an optional
//! property's) and [`drop_zero_minimums`].

use serde_json::Value;

use crate::error::{Error, Result};
use crate::walk;

/// Applies the rules above to every operation.
pub(crate) fn check(spec: &mut Value) -> Result<()> {
    let mut narrowed = Vec::new();
    let mut dropped = Vec::new();
    let mut widened = Vec::new();
    for op in walk::operations(spec) {
        if let Some(body) = op.operation.get("requestBody") {
            let body_at = match walk::ref_name_of(body, "#/components/requestBodies/") {
                Some(name) => format!("/components/requestBodies/{}", walk::escape(name)),
                None => format!("{}/requestBody", op.pointer),
            };
            let body = walk::resolve(spec, body);
            if let Some(content) = body.get("content").and_then(Value::as_object)
                && content.len() > 1
            {
                let json = content.keys().find(|m| is_json(m));
                match json {
                    Some(media) => narrowed.push((format!("{body_at}/content"), media.clone())),
                    None => {
                        let media: Vec<_> = content.keys().map(String::as_str).collect();
                        return Err(Error::unsupported(
                            format!("{body_at}/content"),
                            format!(
                                "the request body comes in {} media types ({}); the generated \
                                 client sends one body per operation",
                                media.len(),
                                media.join(", ")
                            ),
                            "keep the one media type the client should send",
                        ));
                    }
                }
            }
        }
        let Some(responses) = op.operation.get("responses").and_then(Value::as_object) else {
            continue;
        };
        for (kind, is_kind) in [
            ("success", is_success as fn(&str) -> bool),
            ("error", is_error),
        ] {
            // The schemas by media type (examples and descriptions may differ).
            let body_of = |response: &Value| {
                let content = walk::resolve(spec, response).get("content")?.as_object()?;
                let schemas: serde_json::Map<String, Value> = content
                    .iter()
                    .map(|(m, t)| (m.clone(), t.get("schema").cloned().unwrap_or_default()))
                    .collect();
                Some(Value::Object(schemas))
            };
            let bodied = responses
                .iter()
                .any(|(code, r)| is_kind(code) && body_of(r).is_some());
            let mut bodies = Vec::new();
            for (code, response) in responses.iter().filter(|(code, _)| is_kind(code)) {
                let body = body_of(response);
                if kind == "error" && bodied && body.is_none() {
                    dropped.push((format!("{}/responses", op.pointer), code.clone()));
                    continue;
                }
                bodies.push((code.clone(), body));
            }
            if bodies.windows(2).all(|pair| pair[0].1 == pair[1].1) {
                continue;
            }
            // Every body is JSON: one `serde_json::Value` holds each of them whole.
            // Otherwise (a success without a body, or a body that is not JSON): the raw
            // bytes (`ByteStream`), which hold any body, an empty one too.
            let all_json = bodies.iter().all(|(_, body)| {
                body.as_ref()
                    .and_then(Value::as_object)
                    .is_some_and(|media| media.keys().any(|m| is_json(m)))
            });
            let (content, said) = if all_json {
                (
                    serde_json::json!({"application/json": {"schema": {}}}),
                    "each body as JSON (`serde_json::Value`)",
                )
            } else {
                (
                    serde_json::json!({
                        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                    }),
                    "each body as raw bytes (`ByteStream`)",
                )
            };
            let codes: Vec<String> = bodies.iter().map(|(code, _)| format!("`{code}`")).collect();
            widened.push(Widened {
                operation: op.pointer.clone(),
                codes: bodies.iter().map(|(code, _)| code.clone()).collect(),
                content,
                note: format!(
                    "The {kind} responses {} have different bodies; the client returns {said}.",
                    codes.join(", ")
                ),
            });
        }
    }
    for (pointer, code) in dropped {
        if let Some(responses) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            responses.shift_remove(&code);
        }
    }
    for widened in widened {
        for code in &widened.codes {
            let at = format!("{}/responses/{}", widened.operation, walk::escape(code));
            // A `$ref`ed response is copied in, so other operations keep their own.
            let Some(response) = spec.pointer(&at).map(|r| walk::resolve(spec, r).clone()) else {
                continue;
            };
            let mut response = response;
            if let Some(map) = response.as_object_mut() {
                map.insert("content".into(), widened.content.clone());
            }
            if let Some(slot) = spec.pointer_mut(&at) {
                *slot = response;
            }
        }
        // The generated method's documentation says so.
        if let Some(operation) = spec
            .pointer_mut(&widened.operation)
            .and_then(Value::as_object_mut)
        {
            let description = match operation.get("description").and_then(Value::as_str) {
                Some(text) if !text.is_empty() => format!("{text}\n\n{}", widened.note),
                _ => widened.note.clone(),
            };
            operation.insert("description".into(), Value::String(description));
        }
    }
    for (pointer, media) in narrowed {
        if let Some(content) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            content.retain(|m, _| *m == media);
        }
    }
    Ok(())
}

/// An operation the generated client does not have, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omitted {
    /// `operationId`.
    pub id: String,
    /// The method, upper case, and the path template: `POST /artifact/upload`.
    pub endpoint: String,
    /// Why, and what would make it generate.
    pub why: String,
}

/// The media types progenitor 0.15 can send a request body in.
fn sendable(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or_default().trim();
    is_json(media)
        || [
            "application/octet-stream",
            "application/x-www-form-urlencoded",
            "text/plain",
            "text/x-markdown",
        ]
        .contains(&essence)
}

/// Removes the operations whose request body comes only in media types the generated
/// client cannot send (`multipart/form-data`, `text/csv`): progenitor stops at them, and
/// one such operation would otherwise stop the whole spec. Each is listed in the
/// generated crate's documentation (and by `cargo xtask generate`), so none is lost
/// silently.
pub(crate) fn omit_unsendable(spec: &mut Value) -> Vec<Omitted> {
    let mut omitted = Vec::new();
    for op in walk::operations(spec) {
        let Some(body) = op.operation.get("requestBody") else {
            continue;
        };
        let Some(content) = walk::resolve(spec, body)
            .get("content")
            .and_then(Value::as_object)
        else {
            continue;
        };
        if content.is_empty() || content.keys().any(|m| sendable(m)) {
            continue;
        }
        let media: Vec<&str> = content.keys().map(String::as_str).collect();
        omitted.push((
            op.pointer.clone(),
            Omitted {
                id: op
                    .operation
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                endpoint: format!("{} {}", op.method.to_uppercase(), op.path),
                why: format!(
                    "its request body is {}, which the generated client cannot send (it sends \
                     JSON, form-urlencoded, plain text or raw bytes)",
                    media.join(" or ")
                ),
            },
        ));
    }
    for (pointer, _) in &omitted {
        let Some((item, method)) = pointer.rsplit_once('/') else {
            continue;
        };
        if let Some(item) = spec.pointer_mut(item).and_then(Value::as_object_mut) {
            item.shift_remove(method);
        }
    }
    omitted.into_iter().map(|(_, o)| o).collect()
}

/// Gives a JSON media type written without a schema (`application/json: {}`) the schema
/// that says what it means, any JSON value (`{}`, `serde_json::Value`): progenitor stops
/// at a media type without one.
pub(crate) fn any_json_without_schema(spec: &mut Value) {
    let mut at = Vec::new();
    for op in walk::operations(spec) {
        let mut places = vec![format!("{}/requestBody", op.pointer)];
        for code in op
            .operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|r| r.keys())
        {
            places.push(format!("{}/responses/{}", op.pointer, walk::escape(code)));
        }
        for place in places {
            let Some(content) = spec.pointer(&place).and_then(|n| n.get("content")) else {
                continue;
            };
            for (media, item) in content.as_object().into_iter().flatten() {
                if is_json(media) && item.is_object() && item.get("schema").is_none() {
                    at.push(format!("{place}/content/{}", walk::escape(media)));
                }
            }
        }
    }
    for pointer in at {
        if let Some(item) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            item.insert("schema".into(), serde_json::json!({}));
        }
    }
}

/// What becomes of each `default`, in one pass:
/// - one its own schema does not allow (`default: none` beside `enum: [delivered,
///   failed]`, a string default for an integer) is removed: typify refuses such a schema;
/// - one on an optional property moves into its description ("Default: `false` (when
///   absent)."): typify gives such a property a plain field filled with the default when
///   absent, so `{}` would come back as `{"flag": false}`; without the keyword the field
///   is an `Option` and absence stays absence.
///
/// A default is what the service assumes when the value is absent; the client neither
/// needs nor sends it, so nothing on the wire changes.
pub(crate) fn defaults(spec: &mut Value) {
    let mut at = Vec::new();
    for site in walk::sites(spec) {
        let Some(node) = spec.pointer(&site.pointer) else {
            continue;
        };
        let Some(default) = node.get("default") else {
            continue;
        };
        if !allows(node, default) {
            at.push((site.pointer.clone(), None));
        } else if let Some(property) = &site.property
            && let Some(parent) = site
                .pointer
                .strip_suffix(&format!("/properties/{}", walk::escape(property)))
        {
            let required = spec
                .pointer(&format!("{parent}/required"))
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|n| n.as_str() == Some(property.as_str())));
            if !required {
                at.push((site.pointer.clone(), Some(default.clone())));
            }
        }
    }
    for (pointer, documented) in at {
        let Some(node) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) else {
            continue;
        };
        node.shift_remove("default");
        let Some(default) = documented else {
            continue;
        };
        let said = format!("Default: `{default}` (when absent).");
        let description = match node.get("description").and_then(Value::as_str) {
            Some(text) if !text.trim().is_empty() => format!("{}\n\n{said}", text.trim_end()),
            _ => said,
        };
        node.insert("description".into(), Value::String(description));
    }
}

/// Whether `schema` allows its own `default`: in its enum, of its type, or `null` where
/// it is nullable.
fn allows(schema: &Value, default: &Value) -> bool {
    let in_enum = schema
        .get("enum")
        .and_then(Value::as_array)
        .is_none_or(|values| values.contains(default));
    let typed = match schema.get("type").and_then(Value::as_str) {
        Some("string") => default.is_string(),
        Some("integer") => default.is_i64() || default.is_u64(),
        Some("number") => default.is_number(),
        Some("boolean") => default.is_boolean(),
        Some("array") => default.is_array(),
        Some("object") => default.is_object(),
        _ => true,
    };
    let null_allowed = default.is_null() && schema.get("nullable") == Some(&Value::Bool(true));
    null_allowed || (in_enum && typed)
}

/// Removes `minLength: 0`, `minItems: 0` and `minProperties: 0`, which constrain nothing:
/// typify writes a check for them that is always false (`len() < 0`), which the compiler
/// warns about in the generated crate.
pub(crate) fn drop_zero_minimums(spec: &mut Value) {
    let mut at = Vec::new();
    for site in walk::sites(spec) {
        let Some(node) = spec.pointer(&site.pointer) else {
            continue;
        };
        for key in ["minLength", "minItems", "minProperties"] {
            if node.get(key).and_then(Value::as_u64) == Some(0) {
                at.push((site.pointer.clone(), key));
            }
        }
    }
    for (pointer, key) in at {
        if let Some(node) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            node.shift_remove(key);
        }
    }
}

/// Gives each operation without an `operationId` one made of its method and path
/// (`get /jobs/{id}` becomes `get_jobs_id`): progenitor names methods and types after it.
/// Refused, naming the operation, when the made-up name is taken.
pub(crate) fn name_operations(spec: &mut Value) -> Result<()> {
    let mut taken: std::collections::BTreeSet<String> = walk::operations(spec)
        .iter()
        .filter_map(|op| op.operation.get("operationId")?.as_str().map(str::to_owned))
        .collect();
    let mut named = Vec::new();
    for op in walk::operations(spec) {
        if op.operation.get("operationId").is_some() {
            continue;
        }
        let words: Vec<String> = std::iter::once(op.method.to_owned())
            .chain(
                op.path
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_ascii_lowercase),
            )
            .collect();
        let id = words.join("_");
        if !taken.insert(id.clone()) {
            return Err(Error::unsupported(
                &op.pointer,
                format!(
                    "this operation has no `operationId`, and the one made of its method and \
                     path, `{id}`, is taken"
                ),
                "give this operation an `operationId`",
            ));
        }
        named.push((op.pointer.clone(), id));
    }
    for (pointer, id) in named {
        if let Some(operation) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            operation.insert("operationId".into(), Value::String(id));
        }
    }
    Ok(())
}

/// An operation whose success (or error) responses have different bodies, given one
/// content that holds each of them.
struct Widened {
    operation: String,
    codes: Vec<String>,
    content: Value,
    note: String,
}

fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or_default().trim();
    essence == "application/json" || essence.ends_with("+json")
}

fn is_success(code: &str) -> bool {
    code.starts_with('2')
}

fn is_error(code: &str) -> bool {
    code.starts_with('4') || code.starts_with('5') || code == "default"
}
