//! Response codes progenitor can take: a `default` response beside explicit success
//! codes becomes `4XX` and `5XX` (progenitor 0.15 panics on a `default` whose type
//! differs from the success type). Explicit error codes whose body is the same as the
//! `default` body are folded into those ranges (progenitor would match the range first
//! and never reach them); codes with a body of their own keep their entries.

use serde_json::Value;

use crate::error::Written;
use crate::walk;

/// Rewrites `default` responses of operations that also list a 2XX response.
pub(crate) fn split_default(spec: &mut Value, written: &mut Written) {
    let content = |response: &Value| walk::resolve(spec, response).get("content").cloned();
    let mut edits = Vec::new();
    for walk::Operation {
        pointer, operation, ..
    } in walk::operations(spec)
    {
        let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
            continue;
        };
        let Some(default) = responses.get("default") else {
            continue;
        };
        if !responses.keys().any(|code| code.starts_with('2')) {
            continue;
        }
        let default_content = content(default);
        let folded: Vec<String> = responses
            .iter()
            .filter(|(code, response)| {
                (code.starts_with('4') || code.starts_with('5'))
                    && content(response) == default_content
            })
            .map(|(code, _)| code.clone())
            .collect();
        edits.push((format!("{pointer}/responses"), folded, default.clone()));
    }
    for (pointer, folded, default) in edits {
        let Some(responses) = spec.pointer_mut(&pointer).and_then(Value::as_object_mut) else {
            continue;
        };
        responses.shift_remove("default");
        responses.retain(|code, _| !folded.contains(code));
        for range in ["4XX", "5XX"] {
            if !responses.contains_key(range) {
                responses.insert(range.into(), default.clone());
                written.record(format!("{pointer}/{range}"), format!("{pointer}/default"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn default_becomes_ranges_and_same_bodied_codes_fold_into_them() {
        let error = json!({"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}});
        let mut spec = json!({
            "paths": {"/x": {"get": {"responses": {
                "200": {"description": "ok"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "409": {"description": "other", "content": {"text/plain": {"schema": {"type": "string"}}}},
                "default": {"description": "error", "content": error},
            }}}},
            "components": {"responses": {"NotFound": {"description": "nf", "content": error}}},
        });
        split_default(&mut spec, &mut Written::default());
        let codes: Vec<_> = spec
            .pointer("/paths/~1x/get/responses")
            .and_then(Value::as_object)
            .map(|r| r.keys().cloned().collect())
            .unwrap_or_default();
        assert_eq!(codes, ["200", "409", "4XX", "5XX"]);
    }
}
