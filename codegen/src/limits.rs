//! What progenitor 0.15 cannot take, caught before it panics where a user would see it.
//!
//! - A request body in several media types (`application/json` and `application/xml`):
//!   progenitor builds one body per operation. When JSON is among them, the client sends
//!   JSON and the others are dropped (nothing a response carries is lost); otherwise it
//!   is refused.
//! - Success responses (2XX) with different bodies (an empty body counts as one), or
//!   error responses (4XX, 5XX, `default`) with different bodies: progenitor gives an
//!   operation one success type and one error type. Refused, naming the response. An
//!   error response without a body beside error responses with one is dropped: it has
//!   nothing to type, and the client still reports its status (as an undocumented
//!   response, raw).

use serde_json::Value;

use crate::error::{Error, Result};
use crate::walk;

/// Applies the rules above to every operation.
pub(crate) fn check(spec: &mut Value) -> Result<()> {
    let mut narrowed = Vec::new();
    let mut dropped = Vec::new();
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
            let mut first: Option<(&str, Option<Value>)> = None;
            for (code, response) in responses.iter().filter(|(code, _)| is_kind(code)) {
                let body = body_of(response);
                if kind == "error" && bodied && body.is_none() {
                    dropped.push((format!("{}/responses", op.pointer), code.clone()));
                    continue;
                }
                match &first {
                    None => first = Some((code, body)),
                    Some((first_code, first_body)) if *first_body != body => {
                        let say = |b: &Option<Value>| match b {
                            Some(_) => "a body",
                            None => "no body",
                        };
                        let why = if first_body.is_some() && body.is_some() {
                            format!(
                                "this {kind} response's body differs from `{first_code}`'s; the \
                                 generated client gives an operation one {kind} type"
                            )
                        } else {
                            format!(
                                "this {kind} response has {} and `{first_code}` has {}; the \
                                 generated client gives an operation one {kind} type",
                                say(&body),
                                say(first_body)
                            )
                        };
                        return Err(Error::unsupported(
                            format!("{}/responses/{}", op.pointer, walk::escape(code)),
                            why,
                            format!(
                                "give every {kind} response of this operation the same body \
                                 (one schema, a union if the bodies differ)"
                            ),
                        ));
                    }
                    Some(_) => {}
                }
            }
        }
    }
    for (pointer, code) in dropped {
        if let Some(responses) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            responses.shift_remove(&code);
        }
    }
    for (pointer, media) in narrowed {
        if let Some(content) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) {
            content.retain(|m, _| *m == media);
        }
    }
    Ok(())
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
