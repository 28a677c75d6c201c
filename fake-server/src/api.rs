//! The operations' behaviour, on validated requests: boot volume backups (Core) and
//! snapshots with their work requests (Analytics).

use std::time::SystemTime;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::spec::ValidRequest;
use crate::state::{BackupRecord, BackupState, Inner, RetryEntry, WorkKind, returned_storage};

/// An answer before it is put on the wire.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<Value>,
    /// A plain-text body instead (the metadata service's answers).
    pub(crate) text: Option<String>,
}

impl Reply {
    pub(crate) fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Some(body),
            text: None,
        }
    }

    pub(crate) fn empty(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: None,
            text: None,
        }
    }

    /// A `text/plain` answer.
    pub(crate) fn text(status: u16, text: String) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: None,
            text: Some(text),
        }
    }

    /// An OCI-style error: `{"code": ..., "message": ...}`.
    pub(crate) fn error(status: u16, code: &str, message: impl Into<String>) -> Self {
        Self::json(status, json!({ "code": code, "message": message.into() }))
    }

    pub(crate) fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

/// Runs an operation.
pub(crate) fn handle(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    match request.operation.operation_id() {
        "createBootVolumeBackup" => create_backup(inner, now, request),
        "getBootVolumeBackup" => get_backup(inner, now, request),
        "listBootVolumeBackups" => list_backups(inner, now, request),
        "updateBootVolumeBackup" => update_backup(inner, now, request),
        "deleteBootVolumeBackup" => delete_backup(inner, now, request),
        "changeBootVolumeBackupCompartment" => change_compartment(inner, now, request),
        "createSnapshot" => create_snapshot(inner, now, request),
        "listSnapshots" => Reply::json(200, inner.snapshots_json()),
        "getSnapshot" => get_snapshot(inner, request),
        "deleteSnapshot" => delete_snapshot(inner, request),
        "restoreSnapshot" => restore_snapshot(inner, now, request),
        "getWorkRequest" => get_work_request(inner, now, request),
        other => Reply::error(
            501,
            "MethodNotImplemented",
            format!("the fake does not implement `{other}`"),
        ),
    }
}

// ------------------------------------------------------------------------------ Core

fn path<'r>(request: &'r ValidRequest<'_>, name: &str) -> &'r str {
    request.path.get(name).map_or("", String::as_str)
}

fn not_found(id: &str) -> Reply {
    Reply::error(
        404,
        "NotAuthorizedOrNotFound",
        format!("Authorization failed or requested resource not found: boot volume backup `{id}`"),
    )
}

fn backup_reply(inner: &Inner, backup: &BackupRecord, now: SystemTime, status: u16) -> Reply {
    Reply::json(status, inner.backup_json(backup, now)).header("etag", Inner::etag(backup))
}

/// JSON with sorted keys and no spaces: equal documents give equal text.
fn canonical(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let fields: Vec<String> = keys
                .into_iter()
                .map(|k| format!("{}:{}", Value::String(k.clone()), canonical(&map[k])))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(canonical).collect::<Vec<_>>().join(",")
        ),
        other => other.to_string(),
    }
}

fn create_backup(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let details = request.body.clone().unwrap_or(Value::Null);
    let hash = oci_backup::auth::signer::content_sha256(canonical(&details).as_bytes());
    let token = request.headers.get("opc-retry-token").cloned();
    if let Some(token) = &token
        && let Some(entry) = inner.retry_tokens.get(token).cloned()
    {
        if entry.body_hash != hash {
            return Reply::error(
                409,
                "Conflict",
                "opc-retry-token: this token was already used, within its 24 hours, for a \
                 request with a different body",
            );
        }
        return match inner.backup(&entry.backup_id) {
            Some(backup) if backup.deleted_at.is_none() => backup_reply(inner, backup, now, 200),
            _ => Reply::error(
                409,
                "InvalidatedRetryToken",
                "opc-retry-token: the backup this token created has been deleted; use a new token",
            ),
        };
    }
    let id = inner.create_backup(&details, now);
    if let Some(token) = token {
        inner.retry_tokens.insert(
            token,
            RetryEntry {
                body_hash: hash,
                backup_id: id.clone(),
                created_at: now,
            },
        );
    }
    match inner.backup(&id) {
        Some(backup) => backup_reply(inner, backup, now, 200),
        None => Reply::error(500, "InternalServerError", "the new backup vanished"),
    }
}

fn get_backup(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "bootVolumeBackupId");
    match inner.backup(id) {
        Some(backup) => backup_reply(inner, backup, now, 200),
        None => not_found(id),
    }
}

fn list_backups(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let text = |name: &str| request.query.get(name).and_then(Value::as_str);
    let compartment = text("compartmentId").unwrap_or_default();
    let limit = request
        .query
        .get("limit")
        .and_then(Value::as_u64)
        .unwrap_or(100)
        .clamp(1, 1000) as usize;
    let offset = match text("page") {
        // "0" is the documented default: the first page, as no `page` at all.
        None | Some("0") => 0,
        Some(page) => match decode_page(page) {
            Some(offset) => offset,
            None => {
                return Reply::error(
                    400,
                    "InvalidParameter",
                    "page: not an opc-next-page value from this server (opc-next-page)",
                );
            }
        },
    };
    let mut matching: Vec<(&BackupRecord, BackupState)> = inner
        .backups_in_order()
        .filter(|b| b.compartment_id == compartment)
        .filter(|b| text("bootVolumeId").is_none_or(|v| b.boot_volume_id == v))
        .filter(|b| text("displayName").is_none_or(|v| b.display_name == v))
        // Copies are not modelled: no backup has a source backup.
        .filter(|_| text("sourceBootVolumeBackupId").is_none())
        .map(|b| (b, inner.phase(b, now).0))
        .filter(|(_, state)| {
            text("lifecycleState").is_none_or(|v| state.as_str().eq_ignore_ascii_case(v))
        })
        .collect();
    if text("sortBy") == Some("NAME") {
        matching.sort_by(|(a, _), (b, _)| a.display_name.cmp(&b.display_name));
    }
    // The default and TIMECREATED: creation order, which the store keeps.
    if text("sortOrder") == Some("DESC") {
        matching.reverse();
    }
    let page: Vec<Value> = matching
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(b, _)| inner.backup_json(b, now))
        .collect();
    let mut reply = Reply::json(200, Value::Array(page));
    if offset + limit < matching.len() {
        reply = reply.header("opc-next-page", encode_page(offset + limit));
    }
    reply
}

fn encode_page(offset: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("fake-page:{offset}"))
}

fn decode_page(page: &str) -> Option<usize> {
    let bytes = URL_SAFE_NO_PAD.decode(page).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    text.strip_prefix("fake-page:")?.parse().ok()
}

/// 412 unless `if-match` (when sent) is the backup's etag.
fn precondition(request: &ValidRequest<'_>, backup: &BackupRecord) -> Option<Reply> {
    let sent = request.headers.get("if-match")?;
    let current = Inner::etag(backup);
    (*sent != current).then(|| {
        Reply::error(
            412,
            "NoEtagMatch",
            format!("if-match: the etag `{sent}` does not match the resource's current etag"),
        )
    })
}

fn incorrect_state(id: &str, state: BackupState, action: &str) -> Reply {
    Reply::error(
        409,
        "IncorrectState",
        format!("boot volume backup `{id}` is {state}: it cannot be {action}"),
    )
}

fn update_backup(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "bootVolumeBackupId");
    let Some(backup) = inner.backup(id) else {
        return not_found(id);
    };
    if let Some(reply) = precondition(request, backup) {
        return reply;
    }
    let state = inner.phase(backup, now).0;
    if matches!(state, BackupState::Terminating | BackupState::Terminated) {
        return incorrect_state(id, state, "updated");
    }
    let details = request.body.clone().unwrap_or(Value::Null);
    if let Some(backup) = inner.backup_mut(id) {
        if let Some(name) = details.get("displayName").and_then(Value::as_str) {
            backup.display_name = name.to_owned();
        }
        if let Some(key) = details.get("kmsKeyId").and_then(Value::as_str) {
            backup.kms_key_id = Some(key.to_owned());
        }
        if let Some(tags) = details.get("freeformTags") {
            backup.freeform_tags = Some(tags.clone());
        }
        if let Some(tags) = details.get("definedTags") {
            backup.defined_tags = Some(tags.clone());
        }
        backup.version += 1;
    }
    match inner.backup(id) {
        Some(backup) => backup_reply(inner, backup, now, 200),
        None => not_found(id),
    }
}

fn delete_backup(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "bootVolumeBackupId");
    let Some(backup) = inner.backup(id) else {
        return not_found(id);
    };
    if let Some(reply) = precondition(request, backup) {
        return reply;
    }
    if let Some(backup) = inner.backup_mut(id)
        && backup.deleted_at.is_none()
    {
        backup.deleted_at = Some(now);
        backup.version += 1;
    }
    Reply::empty(204)
}

fn change_compartment(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "bootVolumeBackupId");
    let Some(backup) = inner.backup(id) else {
        return not_found(id);
    };
    let state = inner.phase(backup, now).0;
    if matches!(state, BackupState::Terminating | BackupState::Terminated) {
        return incorrect_state(id, state, "moved");
    }
    let compartment = request
        .body
        .as_ref()
        .and_then(|b| b.get("compartmentId"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let Some(backup) = inner.backup_mut(id) else {
        return not_found(id);
    };
    if backup.compartment_id != compartment {
        backup.compartment_id = compartment;
        backup.version += 1;
    }
    Reply::empty(204).header("etag", Inner::etag(backup))
}

// ------------------------------------------------------------------------- Analytics

fn analytics_not_found(what: &str, id: &str) -> Reply {
    Reply::error(404, "NotFound", format!("{what} `{id}` was not found"))
}

fn create_snapshot(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let body = request.body.clone().unwrap_or(Value::Null);
    let text = |pointer: &str| {
        body.pointer(pointer)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let register = text("/type").as_deref() == Some("REGISTER");
    let name = text("/name").unwrap_or_default();
    let bar_uri = text("/bar/uri").unwrap_or_else(|| {
        if register {
            String::new()
        } else {
            format!("file:///{name}.bar")
        }
    });
    let kind = WorkKind::Snapshot {
        register,
        name,
        bar_uri,
        password: text("/bar/password"),
        storage: returned_storage(body.get("storage").unwrap_or(&Value::Null)),
    };
    let id = inner.add_work_request(kind, now);
    Reply::json(202, json!({ "workRequestId": id })).header("oa-work-request-id", id)
}

fn get_snapshot(inner: &mut Inner, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "snapshotId");
    match inner.snapshot_json_by_id(id) {
        Some(snapshot) => Reply::json(200, snapshot),
        None => analytics_not_found("snapshot", id),
    }
}

fn delete_snapshot(inner: &mut Inner, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "snapshotId");
    let delete_storage = request.query.get("deleteStorage") == Some(&Value::Bool(true));
    if inner.delete_snapshot(id, delete_storage) {
        Reply::empty(200)
    } else {
        analytics_not_found("snapshot", id)
    }
}

fn restore_snapshot(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let body = request.body.clone().unwrap_or(Value::Null);
    let text = |pointer: &str| {
        body.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let snapshot_id = text("/snapshot/id");
    if !inner.has_snapshot(&snapshot_id) {
        return analytics_not_found("snapshot", &snapshot_id);
    }
    let id = inner.add_work_request(
        WorkKind::Restore {
            snapshot_id,
            password: text("/snapshot/password"),
        },
        now,
    );
    Reply::empty(202).header("oa-work-request-id", id)
}

fn get_work_request(inner: &mut Inner, now: SystemTime, request: &ValidRequest<'_>) -> Reply {
    let id = path(request, "id");
    match inner.work_request_json(id, now) {
        Some(work_request) => Reply::json(200, work_request),
        None => analytics_not_found("work request", id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_json_ignores_key_order_and_spacing() {
        let a: Value = serde_json::from_str(r#"{"b": 1, "a": {"y": [1, 2], "x": "s"}}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":{"x":"s","y":[1,2]},"b":1}"#).unwrap();
        assert_eq!(canonical(&a), canonical(&b));
        assert_eq!(canonical(&a), r#"{"a":{"x":"s","y":[1,2]},"b":1}"#);
    }

    #[test]
    fn page_tokens_round_trip_and_foreign_ones_fail() {
        assert_eq!(decode_page(&encode_page(40)), Some(40));
        assert_eq!(decode_page("0"), None);
        assert_eq!(decode_page("!!"), None);
    }
}
