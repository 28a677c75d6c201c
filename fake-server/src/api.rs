//! The operations' behaviour, on validated requests: boot volume backups and boot
//! volumes (Core, in the region whose port received the request) and snapshots with
//! their work requests (Analytics).

use std::time::SystemTime;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::spec::ValidRequest;
use crate::state::{BackupRecord, BackupState, Inner, RetryEntry, WorkKind, returned_storage};
use crate::volumes::{NewVolume, VolumeRecord, VolumeState};

/// An answer before it is put on the wire.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<Value>,
    /// A plain-text body instead (the metadata service's answers).
    pub(crate) text: Option<Box<str>>,
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
            text: Some(text.into_boxed_str()),
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

/// Runs an operation received on the port of `region`.
pub(crate) fn handle(
    inner: &mut Inner,
    now: SystemTime,
    region: &str,
    request: &ValidRequest<'_>,
) -> Reply {
    let core = Core {
        region,
        now,
        request,
    };
    match request.operation.operation_id() {
        "createBootVolumeBackup" => create_backup(inner, &core),
        "getBootVolumeBackup" => get_backup(inner, &core),
        "listBootVolumeBackups" => list_backups(inner, &core),
        "updateBootVolumeBackup" => update_backup(inner, &core),
        "deleteBootVolumeBackup" => delete_backup(inner, &core),
        "changeBootVolumeBackupCompartment" => change_compartment(inner, &core),
        "copyBootVolumeBackup" => copy_backup(inner, &core),
        "createBootVolume" => create_volume(inner, &core),
        "getBootVolume" => get_volume(inner, &core),
        "listBootVolumes" => list_volumes(inner, &core),
        "updateBootVolume" => update_volume(inner, &core),
        "deleteBootVolume" => delete_volume(inner, &core),
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

/// A Core request in its region.
struct Core<'a, 'r> {
    region: &'a str,
    now: SystemTime,
    request: &'a ValidRequest<'r>,
}

impl Core<'_, '_> {
    fn path(&self, name: &str) -> &str {
        path(self.request, name)
    }

    fn body(&self) -> Value {
        self.request.body.clone().unwrap_or(Value::Null)
    }

    /// The backup `id` if it lives in this region.
    fn backup<'i>(&self, inner: &'i Inner, id: &str) -> Option<&'i BackupRecord> {
        inner.backup(id).filter(|b| b.region == self.region)
    }

    /// The volume `id` if it lives in this region.
    fn volume<'i>(&self, inner: &'i Inner, id: &str) -> Option<&'i VolumeRecord> {
        inner.volume(id).filter(|v| v.region == self.region)
    }
}

fn path<'r>(request: &'r ValidRequest<'_>, name: &str) -> &'r str {
    request.path.get(name).map_or("", String::as_str)
}

fn not_found(id: &str) -> Reply {
    not_found_as("boot volume backup", id)
}

fn not_found_as(what: &str, id: &str) -> Reply {
    Reply::error(
        404,
        "NotAuthorizedOrNotFound",
        format!("Authorization failed or requested resource not found: {what} `{id}`"),
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

/// `opc-retry-token` as OCI honours it, for a POST that creates one resource: the first
/// request with a token runs `create`; a later one with the same path and body gets
/// what it created (`answer`, `None` once that is deleted: 409 InvalidatedRetryToken),
/// another body 409 Conflict. Tokens are remembered per operation.
fn idempotent(
    inner: &mut Inner,
    core: &Core<'_, '_>,
    create: impl FnOnce(&mut Inner) -> Result<String, Reply>,
    answer: impl Fn(&Inner, &str) -> Option<Reply>,
) -> Reply {
    let request = core.request;
    let signed = json!({ "path": request.path, "body": core.body() });
    let hash = oci_backup::auth::signer::content_sha256(canonical(&signed).as_bytes());
    let key = request
        .headers
        .get("opc-retry-token")
        .map(|token| format!("{} {token}", request.operation.operation_id()));
    if let Some(key) = &key
        && let Some(entry) = inner.retry_tokens.get(key).cloned()
    {
        if entry.body_hash != hash {
            return Reply::error(
                409,
                "Conflict",
                "opc-retry-token: this token was already used, within its 24 hours, for a \
                 request with a different body",
            );
        }
        return answer(inner, &entry.resource_id).unwrap_or_else(|| {
            Reply::error(
                409,
                "InvalidatedRetryToken",
                "opc-retry-token: the resource this token created has been deleted; use a \
                 new token",
            )
        });
    }
    let id = match create(inner) {
        Ok(id) => id,
        Err(reply) => return reply,
    };
    if let Some(key) = key {
        inner.retry_tokens.insert(
            key,
            RetryEntry {
                body_hash: hash,
                resource_id: id.clone(),
                created_at: core.now,
            },
        );
    }
    answer(inner, &id)
        .unwrap_or_else(|| Reply::error(500, "InternalServerError", "the new resource vanished"))
}

/// The answer with a backup that exists and is not deleted.
fn live_backup_reply(inner: &Inner, id: &str, now: SystemTime) -> Option<Reply> {
    inner
        .backup(id)
        .filter(|b| b.deleted_at.is_none())
        .map(|b| backup_reply(inner, b, now, 200))
}

fn create_backup(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let details = core.body();
    idempotent(
        inner,
        core,
        |inner| Ok(inner.create_backup(core.region, &details, core.now)),
        |inner, id| live_backup_reply(inner, id, core.now),
    )
}

fn copy_backup(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let details = core.body();
    let source_id = core.path("bootVolumeBackupId").to_owned();
    let destination = details
        .get("destinationRegion")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    idempotent(
        inner,
        core,
        |inner| {
            let Some(source) = core.backup(inner, &source_id).cloned() else {
                return Err(not_found(&source_id));
            };
            if !inner.regions.contains(&destination) {
                return Err(Reply::error(
                    400,
                    "InvalidParameter",
                    format!(
                        "destinationRegion: `{destination}` is not a region this server \
                         serves ({})",
                        inner.regions.join(", ")
                    ),
                ));
            }
            let state = inner.phase(&source, core.now).0;
            if state != BackupState::Available {
                return Err(incorrect_state(&source_id, state, "copied"));
            }
            Ok(inner.copy_backup(&source, &destination, &details, core.now))
        },
        |inner, id| live_backup_reply(inner, id, core.now),
    )
}

fn get_backup(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let id = core.path("bootVolumeBackupId");
    match core.backup(inner, id) {
        Some(backup) => backup_reply(inner, backup, core.now, 200),
        None => not_found(id),
    }
}

/// `limit` and the offset `page` stands for, or the 400 for a foreign page token.
fn paging(request: &ValidRequest<'_>) -> Result<(usize, usize), Reply> {
    let limit = request
        .query
        .get("limit")
        .and_then(Value::as_u64)
        .unwrap_or(100)
        .clamp(1, 1000) as usize;
    let offset = match request.query.get("page").and_then(Value::as_str) {
        // "0" is the documented default: the first page, as no `page` at all.
        None | Some("0") => 0,
        Some(page) => decode_page(page).ok_or_else(|| {
            Reply::error(
                400,
                "InvalidParameter",
                "page: not an opc-next-page value from this server (opc-next-page)",
            )
        })?,
    };
    Ok((limit, offset))
}

/// One page of `items` with `opc-next-page` when more remain.
fn page_reply(items: Vec<Value>, limit: usize, offset: usize) -> Reply {
    let total = items.len();
    let page: Vec<Value> = items.into_iter().skip(offset).take(limit).collect();
    let mut reply = Reply::json(200, Value::Array(page));
    if offset + limit < total {
        reply = reply.header("opc-next-page", encode_page(offset + limit));
    }
    reply
}

fn list_backups(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let (request, now) = (core.request, core.now);
    let text = |name: &str| request.query.get(name).and_then(Value::as_str);
    let compartment = text("compartmentId").unwrap_or_default();
    let (limit, offset) = match paging(request) {
        Ok(paging) => paging,
        Err(reply) => return reply,
    };
    let mut matching: Vec<(&BackupRecord, BackupState)> = inner
        .backups_in_order()
        .filter(|b| b.region == core.region)
        .filter(|b| b.compartment_id == compartment)
        .filter(|b| text("bootVolumeId").is_none_or(|v| b.boot_volume_id == v))
        .filter(|b| text("displayName").is_none_or(|v| b.display_name == v))
        .filter(|b| {
            text("sourceBootVolumeBackupId")
                .is_none_or(|v| b.source_backup_id.as_deref() == Some(v))
        })
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
    let items = matching
        .iter()
        .map(|(b, _)| inner.backup_json(b, now))
        .collect();
    page_reply(items, limit, offset)
}

fn encode_page(offset: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("fake-page:{offset}"))
}

fn decode_page(page: &str) -> Option<usize> {
    let bytes = URL_SAFE_NO_PAD.decode(page).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    text.strip_prefix("fake-page:")?.parse().ok()
}

/// 412 unless `if-match` (when sent) is the resource's etag.
fn precondition(request: &ValidRequest<'_>, current: &str) -> Option<Reply> {
    let sent = request.headers.get("if-match")?;
    (sent != current).then(|| {
        Reply::error(
            412,
            "NoEtagMatch",
            format!("if-match: the etag `{sent}` does not match the resource's current etag"),
        )
    })
}

fn incorrect_state(id: &str, state: BackupState, action: &str) -> Reply {
    incorrect_state_of("boot volume backup", id, state, action)
}

fn incorrect_state_of(what: &str, id: &str, state: impl std::fmt::Display, action: &str) -> Reply {
    Reply::error(
        409,
        "IncorrectState",
        format!("{what} `{id}` is {state}: it cannot be {action}"),
    )
}

fn update_backup(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let (request, now) = (core.request, core.now);
    let id = core.path("bootVolumeBackupId");
    let Some(backup) = core.backup(inner, id) else {
        return not_found(id);
    };
    if let Some(reply) = precondition(request, &Inner::etag(backup)) {
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

fn delete_backup(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let (request, now) = (core.request, core.now);
    let id = core.path("bootVolumeBackupId");
    let Some(backup) = core.backup(inner, id) else {
        return not_found(id);
    };
    if let Some(reply) = precondition(request, &Inner::etag(backup)) {
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

fn change_compartment(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let (request, now) = (core.request, core.now);
    let id = core.path("bootVolumeBackupId");
    let Some(backup) = core.backup(inner, id) else {
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

// ---------------------------------------------------------------------- boot volumes

fn volume_reply(inner: &Inner, volume: &VolumeRecord, now: SystemTime) -> Reply {
    Reply::json(200, inner.volume_json(volume, now)).header("etag", Inner::volume_etag(volume))
}

fn invalid(field: &str, rule: impl std::fmt::Display) -> Reply {
    Reply::error(400, "InvalidParameter", format!("{field}: {rule}"))
}

fn create_volume(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let details = core.body();
    idempotent(
        inner,
        core,
        |inner| {
            let new = new_volume(inner, core, &details)?;
            Ok(inner.create_volume(core.region, new, core.now))
        },
        |inner, id| {
            inner
                .volume(id)
                .filter(|v| v.deleted_at.is_none())
                .map(|v| volume_reply(inner, v, core.now))
        },
    )
}

/// What the volume `details` ask for is made of: its source must be in this region and
/// `AVAILABLE`; the size may only grow.
fn new_volume<'d>(
    inner: &Inner,
    core: &Core<'_, '_>,
    details: &'d Value,
) -> Result<NewVolume<'d>, Reply> {
    let source = details.get("sourceDetails").unwrap_or(&Value::Null);
    let text = |name: &str| source.get(name).and_then(Value::as_str).unwrap_or_default();
    let available_backup = |field: &str| -> Result<&BackupRecord, Reply> {
        let id = text(field);
        let backup = core.backup(inner, id).ok_or_else(|| not_found(id))?;
        match inner.phase(backup, core.now).0 {
            BackupState::Available => Ok(backup),
            state => Err(incorrect_state(id, state, "restored")),
        }
    };
    // (availability domain of the source, its size, whether the restore fails)
    let (source_domain, source_size, faulty) = match text("type") {
        "bootVolumeBackup" => {
            let backup = available_backup("id")?;
            (None, 50, inner.faulty_backups.contains(&backup.id))
        }
        "bootVolumeBackupDelta" => {
            let block = source
                .get("changeBlockSizeInBytes")
                .and_then(Value::as_i64)
                .unwrap_or(4096);
            if !(block > 0 && (block as u64).is_power_of_two()) {
                return Err(invalid(
                    "sourceDetails.changeBlockSizeInBytes",
                    format!("{block} is not a power of 2 from 4096 to 1048576"),
                ));
            }
            let first = available_backup("firstBackupId")?;
            let second = available_backup("secondBackupId")?;
            let faulty = [first, second]
                .iter()
                .any(|b| inner.faulty_backups.contains(&b.id));
            (None, 50, faulty)
        }
        "bootVolume" => {
            let id = text("id");
            let volume = core
                .volume(inner, id)
                .ok_or_else(|| not_found_as("boot volume", id))?;
            match inner.volume_phase(volume, core.now).0 {
                VolumeState::Available => {}
                state => return Err(incorrect_state_of("boot volume", id, state, "cloned")),
            }
            (
                Some(volume.availability_domain.clone()),
                volume.size_in_gbs,
                false,
            )
        }
        // The fake keeps no replicas: every replica id is unknown.
        "bootVolumeReplica" => return Err(not_found_as("boot volume replica", text("id"))),
        other => {
            return Err(invalid(
                "sourceDetails.type",
                format!("`{other}` is not a known source type"),
            ));
        }
    };
    let availability_domain = match details.get("availabilityDomain").and_then(Value::as_str) {
        Some(domain) => domain.to_owned(),
        None => source_domain.ok_or_else(|| {
            invalid(
                "availabilityDomain",
                "required unless cloning a boot volume (a clone defaults to its source's)",
            )
        })?,
    };
    let size_in_gbs = match details.get("sizeInGBs").and_then(Value::as_i64) {
        Some(size) if size < source_size => {
            return Err(invalid(
                "sizeInGBs",
                format!("{size} is smaller than the source's {source_size} GB"),
            ));
        }
        Some(size) => size,
        None => source_size,
    };
    Ok(NewVolume {
        details,
        availability_domain,
        size_in_gbs,
        faulty,
    })
}

fn get_volume(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let id = core.path("bootVolumeId");
    match core.volume(inner, id) {
        Some(volume) => volume_reply(inner, volume, core.now),
        None => not_found_as("boot volume", id),
    }
}

fn list_volumes(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let request = core.request;
    let text = |name: &str| request.query.get(name).and_then(Value::as_str);
    let compartment = text("compartmentId").unwrap_or_default();
    let (limit, offset) = match paging(request) {
        Ok(paging) => paging,
        Err(reply) => return reply,
    };
    let items = inner
        .volumes_in(core.region)
        .filter(|v| v.compartment_id == compartment)
        .filter(|v| text("availabilityDomain").is_none_or(|d| v.availability_domain == d))
        // The fake has no volume groups: no volume is in one.
        .filter(|_| text("volumeGroupId").is_none())
        .map(|v| inner.volume_json(v, core.now))
        .collect();
    page_reply(items, limit, offset)
}

fn update_volume(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let id = core.path("bootVolumeId");
    let Some(volume) = core.volume(inner, id) else {
        return not_found_as("boot volume", id);
    };
    if let Some(reply) = precondition(core.request, &Inner::volume_etag(volume)) {
        return reply;
    }
    let state = inner.volume_phase(volume, core.now).0;
    if matches!(state, VolumeState::Terminating | VolumeState::Terminated) {
        return incorrect_state_of("boot volume", id, state, "updated");
    }
    let details = core.body();
    if let Some(size) = details.get("sizeInGBs").and_then(Value::as_i64)
        && size < volume.size_in_gbs
    {
        return invalid(
            "sizeInGBs",
            format!(
                "{size} is smaller than the volume's {} GB",
                volume.size_in_gbs
            ),
        );
    }
    if let Some(volume) = inner.volume_mut(id) {
        if let Some(name) = details.get("displayName").and_then(Value::as_str) {
            volume.display_name = name.to_owned();
        }
        if let Some(size) = details.get("sizeInGBs").and_then(Value::as_i64) {
            volume.size_in_gbs = size;
        }
        if let Some(vpus) = details.get("vpusPerGB").and_then(Value::as_i64) {
            volume.vpus_per_gb = vpus;
        }
        if let Some(tags) = details.get("freeformTags") {
            volume.freeform_tags = Some(tags.clone());
        }
        if let Some(tags) = details.get("definedTags") {
            volume.defined_tags = Some(tags.clone());
        }
        volume.version += 1;
    }
    match inner.volume(id) {
        Some(volume) => volume_reply(inner, volume, core.now),
        None => not_found_as("boot volume", id),
    }
}

fn delete_volume(inner: &mut Inner, core: &Core<'_, '_>) -> Reply {
    let id = core.path("bootVolumeId");
    let Some(volume) = core.volume(inner, id) else {
        return not_found_as("boot volume", id);
    };
    if let Some(reply) = precondition(core.request, &Inner::volume_etag(volume)) {
        return reply;
    }
    if let Some(volume) = inner.volume_mut(id)
        && volume.deleted_at.is_none()
    {
        volume.deleted_at = Some(core.now);
        volume.version += 1;
    }
    Reply::empty(204)
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
