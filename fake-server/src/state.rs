//! The fake's state — backups, retry tokens, snapshots, work requests, the bucket, the
//! request log — and the schedules that move it along the injected clock.
//!
//! Nothing runs in the background: lifecycle states, `backupProgress` and
//! `percentComplete` are computed from the clock whenever they are read, and a work
//! request's effects (the snapshot appearing, the BAR landing in the bucket) are applied
//! in order the first time anything looks at the state after the work request's end. So
//! advancing a [`ManualClock`](oci_backup::clock::ManualClock) is all a test does to move
//! time.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use oci_backup::clock::Clock;
use serde_json::{Map, Value, json};

use crate::config::FakeConfig;
use crate::faults::ArmedFault;

/// A boot volume backup's lifecycle state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BackupState {
    /// The create request was received; imaging has not started.
    RequestReceived,
    /// The data is being imaged and uploaded.
    Creating,
    /// Complete and usable.
    Available,
    /// Failed (injected).
    Faulty,
    /// Being deleted.
    Terminating,
    /// Deleted.
    Terminated,
}

impl BackupState {
    /// The wire value (`REQUEST_RECEIVED`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RequestReceived => "REQUEST_RECEIVED",
            Self::Creating => "CREATING",
            Self::Available => "AVAILABLE",
            Self::Faulty => "FAULTY",
            Self::Terminating => "TERMINATING",
            Self::Terminated => "TERMINATED",
        }
    }
}

impl fmt::Display for BackupState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A boot volume backup as the fake holds it, at the moment it was read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Backup {
    /// Its OCID.
    pub id: String,
    /// The region it lives in (the one whose port finds it).
    pub region: String,
    /// The backup it is a copy of (`sourceBootVolumeBackupId`), for a cross-region copy.
    pub source_boot_volume_backup_id: Option<String>,
    /// The boot volume it backs up.
    pub boot_volume_id: String,
    /// Its compartment.
    pub compartment_id: String,
    /// Its display name.
    pub display_name: String,
    /// Its lifecycle state now.
    pub lifecycle_state: BackupState,
    /// Its progress now, 0 to 100.
    pub backup_progress: u8,
    /// Its etag (changes on every update, compartment change and delete).
    pub etag: String,
    /// `FULL` or `INCREMENTAL`.
    pub backup_type: String,
    /// The Vault key, if any.
    pub kms_key_id: Option<String>,
    /// Free-form tags, if any.
    pub freeform_tags: Option<Value>,
    /// Defined tags, if any.
    pub defined_tags: Option<Value>,
    /// When the create request was received.
    pub time_created: SystemTime,
}

/// A registered Analytics snapshot.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Snapshot {
    /// Its id (a UUID).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its BAR file's URI.
    pub bar_uri: String,
    /// The storage details returned for it (credentials removed).
    pub storage: Value,
    /// `createdByUser`.
    pub created_by_user: String,
    /// When it was created or registered (the end of its work request).
    pub time_created: SystemTime,
}

/// What an Analytics work request does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkRequestOperation {
    /// `createSnapshot` with `type: CREATE`.
    Create,
    /// `createSnapshot` with `type: REGISTER`.
    Register,
    /// `restoreSnapshot`.
    Restore,
}

/// An Analytics work request's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkRequestStatus {
    /// Accepted, not started.
    Accepted,
    /// Running.
    InProgress,
    /// Finished successfully.
    Succeeded,
    /// Finished with errors.
    Failed,
}

impl WorkRequestStatus {
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Accepted => "ACCEPTED",
            Self::InProgress => "IN_PROGRESS",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
        }
    }
}

/// An Analytics work request, at the moment it was read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WorkRequest {
    /// Its id.
    pub id: String,
    /// What it does.
    pub operation: WorkRequestOperation,
    /// Its status now.
    pub status: WorkRequestStatus,
    /// Its progress now, 0 to 100.
    pub percent_complete: f64,
    /// The snapshot it created, registered or restored, once known.
    pub snapshot_id: Option<String>,
    /// Its errors (code, message) when it failed.
    pub errors: Vec<(String, String)>,
}

/// A request as the fake received it, and what it answered.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoggedRequest {
    /// The `opc-request-id` the fake used.
    pub request_id: String,
    /// The method.
    pub method: String,
    /// The path and query as received.
    pub path_and_query: String,
    /// The headers as received (lower-case names).
    pub headers: Vec<(String, String)>,
    /// The body as received.
    pub body: Vec<u8>,
    /// The operation it routed to.
    pub operation_id: Option<String>,
    /// The fault injected, if any.
    pub fault: Option<String>,
    /// The answer, `None` when the connection was closed before processing.
    pub response: Option<LoggedResponse>,
}

impl LoggedRequest {
    /// A received header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for LoggedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Bodies carry passwords and keys, and authorization headers credentials.
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| {
                let v = if n == "authorization" {
                    "********"
                } else {
                    v.as_str()
                };
                (n.as_str(), v)
            })
            .collect();
        f.debug_struct("LoggedRequest")
            .field("request_id", &self.request_id)
            .field("method", &self.method)
            .field("path_and_query", &self.path_and_query)
            .field("headers", &headers)
            .field("body_bytes", &self.body.len())
            .field("operation_id", &self.operation_id)
            .field("fault", &self.fault)
            .field("response", &self.response)
            .finish()
    }
}

/// What the fake answered.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoggedResponse {
    /// The status.
    pub status: u16,
    /// The headers (lower-case names).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// `false` when the connection was closed instead of sending it.
    pub delivered: bool,
}

impl LoggedResponse {
    /// A header of the answer.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A response that did not match the spec (recorded when response validation is on).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpecViolation {
    /// The operation.
    pub operation_id: String,
    /// The request's `opc-request-id`.
    pub request_id: String,
    /// What is wrong.
    pub message: String,
}

// ---------------------------------------------------------------------------------------
// Records.

#[derive(Debug, Clone)]
pub(crate) struct BackupRecord {
    pub(crate) id: String,
    pub(crate) region: String,
    pub(crate) source_backup_id: Option<String>,
    pub(crate) boot_volume_id: String,
    pub(crate) compartment_id: String,
    pub(crate) display_name: String,
    pub(crate) backup_type: String,
    pub(crate) kms_key_id: Option<String>,
    pub(crate) freeform_tags: Option<Value>,
    pub(crate) defined_tags: Option<Value>,
    pub(crate) created_at: SystemTime,
    pub(crate) faulty_at: Option<SystemTime>,
    pub(crate) deleted_at: Option<SystemTime>,
    pub(crate) version: u64,
    seq: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct RetryEntry {
    pub(crate) body_hash: String,
    /// The backup or boot volume the first request created.
    pub(crate) resource_id: String,
    pub(crate) created_at: SystemTime,
}

#[derive(Debug, Clone)]
pub(crate) enum WorkKind {
    Snapshot {
        register: bool,
        name: String,
        bar_uri: String,
        password: Option<String>,
        storage: Value,
    },
    Restore {
        snapshot_id: String,
        password: String,
    },
}

#[derive(Debug, Clone)]
struct Outcome {
    succeeded: bool,
    errors: Vec<(String, String, SystemTime)>,
    snapshot_id: Option<String>,
    finished_at: SystemTime,
}

#[derive(Debug, Clone)]
pub(crate) struct WorkRequestRecord {
    pub(crate) id: String,
    kind: WorkKind,
    accepted_at: SystemTime,
    outcome: Option<Outcome>,
}

#[derive(Debug, Clone)]
struct SnapshotRecord {
    id: String,
    name: String,
    bar_uri: String,
    storage: Value,
    created_by_user: String,
    time_created: SystemTime,
}

/// Durations and names from the configuration.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) backup_duration: Duration,
    pub(crate) work_request_duration: Duration,
    pub(crate) delete_duration: Duration,
    pub(crate) volume_duration: Duration,
    pub(crate) hydration_duration: Duration,
    pub(crate) terminated_retention: Duration,
    pub(crate) retry_token_ttl: Duration,
    pub(crate) default_compartment_id: String,
    pub(crate) analytics_user: String,
    pub(crate) request_log_limit: usize,
}

/// Everything behind the lock.
#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) settings: Settings,
    backups: BTreeMap<u64, BackupRecord>,
    backup_index: HashMap<String, u64>,
    next_seq: u64,
    /// Keyed by operation and token (`createBootVolume <token>`).
    pub(crate) retry_tokens: HashMap<String, RetryEntry>,
    faulty_boot_volumes: HashSet<String>,
    pub(crate) faulty_backups: HashSet<String>,
    /// The regions served, the first one the default.
    pub(crate) regions: Vec<String>,
    pub(crate) volumes: BTreeMap<u64, crate::volumes::VolumeRecord>,
    pub(crate) volume_index: HashMap<String, u64>,
    snapshots: BTreeMap<u64, SnapshotRecord>,
    work_requests: BTreeMap<u64, WorkRequestRecord>,
    /// BAR URI -> its password, when known.
    bucket: BTreeMap<String, Option<String>>,
    pub(crate) log: Vec<LoggedRequest>,
    pub(crate) violations: Vec<SpecViolation>,
    pub(crate) faults: Vec<ArmedFault>,
    /// The per-tenancy buckets, when a rate limit is set.
    pub(crate) throttle: Option<crate::throttle::Buckets>,
    request_counter: u64,
}

pub(crate) fn since(now: SystemTime, then: SystemTime) -> Duration {
    now.duration_since(then).unwrap_or(Duration::ZERO)
}

/// SplitMix64 of `x`, for ids and etags that look random but are reproducible.
pub(crate) fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// RFC 3339 with milliseconds, UTC (`2024-05-01T02:00:04.512Z`).
pub(crate) fn rfc3339(time: SystemTime) -> String {
    let time: chrono::DateTime<chrono::Utc> = time.into();
    time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Inner {
    pub(crate) fn new(config: &FakeConfig) -> Self {
        Self {
            settings: Settings {
                backup_duration: config.backup_duration,
                work_request_duration: config.work_request_duration,
                delete_duration: config.delete_duration,
                volume_duration: config.volume_duration,
                hydration_duration: config.hydration_duration,
                terminated_retention: config.terminated_retention,
                retry_token_ttl: config.retry_token_ttl,
                default_compartment_id: config.default_compartment_id.clone(),
                analytics_user: config.analytics_user.clone(),
                request_log_limit: config.request_log_limit,
            },
            backups: BTreeMap::new(),
            backup_index: HashMap::new(),
            next_seq: 1,
            retry_tokens: HashMap::new(),
            faulty_boot_volumes: config.faulty_boot_volumes.iter().cloned().collect(),
            faulty_backups: config.faulty_backups.iter().cloned().collect(),
            regions: if config.regions.is_empty() {
                vec![crate::config::DEFAULT_REGION.to_owned()]
            } else {
                config.regions.clone()
            },
            volumes: BTreeMap::new(),
            volume_index: HashMap::new(),
            snapshots: BTreeMap::new(),
            work_requests: BTreeMap::new(),
            bucket: config.bars.iter().map(|uri| (uri.clone(), None)).collect(),
            log: Vec::new(),
            violations: Vec::new(),
            faults: config.faults.iter().cloned().map(ArmedFault::new).collect(),
            throttle: config.rate_limit.map(crate::throttle::Buckets::new),
            request_counter: 0,
        }
    }

    pub(crate) fn seq(&mut self) -> u64 {
        let seq = self.next_seq;
        self.next_seq += 1;
        seq
    }

    /// A new `opc-request-id`: 32 upper-case hex digits, as the SDKs make.
    pub(crate) fn request_id(&mut self) -> String {
        self.request_counter += 1;
        format!(
            "{:016X}{:016X}",
            mix(self.request_counter),
            mix(!self.request_counter)
        )
    }

    pub(crate) fn log(&mut self, entry: LoggedRequest) {
        if self.log.len() >= self.settings.request_log_limit.max(1) {
            self.log.remove(0);
        }
        self.log.push(entry);
    }

    /// Applies everything the clock says has happened by `now`: finished work requests,
    /// purged backups, expired retry tokens.
    pub(crate) fn tick(&mut self, now: SystemTime) {
        let s = self.settings.clone();
        self.retry_tokens
            .retain(|_, entry| since(now, entry.created_at) < s.retry_token_ttl);
        let purge: Vec<u64> = self
            .backups
            .iter()
            .filter(|(_, b)| {
                b.deleted_at
                    .is_some_and(|d| since(now, d) >= s.delete_duration + s.terminated_retention)
            })
            .map(|(seq, _)| *seq)
            .collect();
        for seq in purge {
            if let Some(backup) = self.backups.remove(&seq) {
                self.backup_index.remove(&backup.id);
            }
        }
        self.purge_volumes(now);
        let due: Vec<u64> = self
            .work_requests
            .iter()
            .filter(|(_, w)| {
                w.outcome.is_none() && since(now, w.accepted_at) >= s.work_request_duration
            })
            .map(|(seq, _)| *seq)
            .collect();
        for seq in due {
            self.finish_work_request(seq);
        }
    }

    fn finish_work_request(&mut self, seq: u64) {
        let Some(record) = self.work_requests.get(&seq) else {
            return;
        };
        let finished_at = record.accepted_at + self.settings.work_request_duration;
        let kind = record.kind.clone();
        let fail = |code: &str, message: String| Outcome {
            succeeded: false,
            errors: vec![(code.to_owned(), message, finished_at)],
            snapshot_id: None,
            finished_at,
        };
        let outcome = match kind {
            WorkKind::Snapshot {
                register,
                name,
                bar_uri,
                password,
                storage,
            } => {
                if register && !self.bucket.contains_key(&bar_uri) {
                    fail(
                        "NotFound",
                        format!("the BAR file `{bar_uri}` is not in the storage bucket"),
                    )
                } else {
                    if register {
                        if let (Some(password), Some(slot)) =
                            (password, self.bucket.get_mut(&bar_uri))
                            && slot.is_none()
                        {
                            *slot = Some(password);
                        }
                    } else {
                        self.bucket.insert(bar_uri.clone(), password);
                    }
                    let snapshot_seq = self.seq();
                    let id = uuid_like(snapshot_seq);
                    self.snapshots.insert(
                        snapshot_seq,
                        SnapshotRecord {
                            id: id.clone(),
                            name,
                            bar_uri,
                            storage,
                            created_by_user: self.settings.analytics_user.clone(),
                            time_created: finished_at,
                        },
                    );
                    Outcome {
                        succeeded: true,
                        errors: Vec::new(),
                        snapshot_id: Some(id),
                        finished_at,
                    }
                }
            }
            WorkKind::Restore {
                snapshot_id,
                password,
            } => match self.snapshots.values().find(|s| s.id == snapshot_id) {
                None => fail(
                    "NotFound",
                    format!("snapshot `{snapshot_id}` was deregistered before the restore ran"),
                ),
                Some(snapshot) => match self.bucket.get(&snapshot.bar_uri) {
                    None => fail(
                        "NotFound",
                        format!(
                            "the BAR file `{}` is no longer in the storage bucket",
                            snapshot.bar_uri
                        ),
                    ),
                    Some(Some(expected)) if *expected != password => fail(
                        "InvalidParameter",
                        "the password does not open the snapshot's BAR file".into(),
                    ),
                    Some(_) => Outcome {
                        succeeded: true,
                        errors: Vec::new(),
                        snapshot_id: Some(snapshot_id),
                        finished_at,
                    },
                },
            },
        };
        if let Some(record) = self.work_requests.get_mut(&seq) {
            record.outcome = Some(outcome);
        }
    }

    // ---------------------------------------------------------------- boot volume backups

    /// The state and progress of a backup at `now`.
    pub(crate) fn phase(&self, backup: &BackupRecord, now: SystemTime) -> (BackupState, u8) {
        let s = &self.settings;
        let progress_at = |at: SystemTime| -> (BackupState, u8) {
            let elapsed = since(at, backup.created_at);
            let received = s.backup_duration / 10;
            if elapsed >= s.backup_duration {
                (BackupState::Available, 100)
            } else if elapsed < received {
                (BackupState::RequestReceived, 0)
            } else {
                let done = (elapsed - received).as_secs_f64();
                let total = (s.backup_duration - received)
                    .as_secs_f64()
                    .max(f64::EPSILON);
                (
                    BackupState::Creating,
                    ((done / total) * 100.0).clamp(0.0, 99.0) as u8,
                )
            }
        };
        if let Some(deleted) = backup.deleted_at {
            let (_, progress) = self.phase_before_delete(backup, deleted);
            if since(now, deleted) >= s.delete_duration {
                return (BackupState::Terminated, progress);
            }
            return (BackupState::Terminating, progress);
        }
        if let Some(faulty) = backup.faulty_at
            && faulty <= now
        {
            return (BackupState::Faulty, progress_at(faulty).1);
        }
        progress_at(now)
    }

    fn phase_before_delete(&self, backup: &BackupRecord, deleted: SystemTime) -> (BackupState, u8) {
        let undeleted = BackupRecord {
            deleted_at: None,
            ..backup.clone()
        };
        self.phase(&undeleted, deleted)
    }

    pub(crate) fn etag(backup: &BackupRecord) -> String {
        format!("{:016x}", mix(backup.seq << 24 ^ backup.version))
    }

    pub(crate) fn view(&self, backup: &BackupRecord, now: SystemTime) -> Backup {
        let (lifecycle_state, backup_progress) = self.phase(backup, now);
        Backup {
            id: backup.id.clone(),
            region: backup.region.clone(),
            source_boot_volume_backup_id: backup.source_backup_id.clone(),
            boot_volume_id: backup.boot_volume_id.clone(),
            compartment_id: backup.compartment_id.clone(),
            display_name: backup.display_name.clone(),
            lifecycle_state,
            backup_progress,
            etag: Self::etag(backup),
            backup_type: backup.backup_type.clone(),
            kms_key_id: backup.kms_key_id.clone(),
            freeform_tags: backup.freeform_tags.clone(),
            defined_tags: backup.defined_tags.clone(),
            time_created: backup.created_at,
        }
    }

    /// The wire form of a backup (`BootVolumeBackup`).
    pub(crate) fn backup_json(&self, backup: &BackupRecord, now: SystemTime) -> Value {
        let (state, progress) = self.phase(backup, now);
        let mut object = Map::new();
        object.insert("backupProgress".into(), json!(progress));
        object.insert("bootVolumeId".into(), json!(backup.boot_volume_id));
        object.insert("compartmentId".into(), json!(backup.compartment_id));
        if let Some(tags) = &backup.defined_tags {
            object.insert("definedTags".into(), tags.clone());
        }
        object.insert("displayName".into(), json!(backup.display_name));
        if let Some(tags) = &backup.freeform_tags {
            object.insert("freeformTags".into(), tags.clone());
        }
        object.insert("id".into(), json!(backup.id));
        if let Some(key) = &backup.kms_key_id {
            object.insert("kmsKeyId".into(), json!(key));
        }
        object.insert("lifecycleState".into(), json!(state.as_str()));
        object.insert("sizeInGBs".into(), json!(50));
        if let Some(source) = &backup.source_backup_id {
            object.insert("sourceBootVolumeBackupId".into(), json!(source));
        }
        object.insert("sourceType".into(), json!("MANUAL"));
        object.insert("timeCreated".into(), json!(rfc3339(backup.created_at)));
        object.insert(
            "timeRequestReceived".into(),
            json!(rfc3339(backup.created_at)),
        );
        object.insert("type".into(), json!(backup.backup_type));
        if state == BackupState::Available {
            let unique = if backup.backup_type == "FULL" { 12 } else { 3 };
            object.insert("uniqueSizeInGBs".into(), json!(unique));
        }
        Value::Object(object)
    }

    pub(crate) fn backup(&self, id: &str) -> Option<&BackupRecord> {
        self.backup_index
            .get(id)
            .and_then(|seq| self.backups.get(seq))
    }

    pub(crate) fn backup_mut(&mut self, id: &str) -> Option<&mut BackupRecord> {
        let seq = *self.backup_index.get(id)?;
        self.backups.get_mut(&seq)
    }

    pub(crate) fn backups_in_order(&self) -> impl Iterator<Item = &BackupRecord> {
        self.backups.values()
    }

    /// Creates a backup in `region` from a validated `CreateBootVolumeBackupDetails`.
    pub(crate) fn create_backup(
        &mut self,
        region: &str,
        details: &Value,
        now: SystemTime,
    ) -> String {
        let seq = self.seq();
        let text = |name: &str| details.get(name).and_then(Value::as_str).map(str::to_owned);
        let boot_volume_id = text("bootVolumeId").unwrap_or_default();
        let id = ocid("bootvolumebackup", region, seq);
        let display_name = text("displayName").unwrap_or_else(|| {
            let time: chrono::DateTime<chrono::Utc> = now.into();
            format!("bootvolumebackup{}", time.format("%Y%m%d%H%M%S"))
        });
        let faulty_at = self
            .faulty_boot_volumes
            .contains(&boot_volume_id)
            .then(|| now + self.settings.backup_duration / 10);
        let record = BackupRecord {
            id: id.clone(),
            region: region.to_owned(),
            source_backup_id: None,
            boot_volume_id,
            compartment_id: text("compartmentId")
                .unwrap_or_else(|| self.settings.default_compartment_id.clone()),
            display_name,
            backup_type: text("type").unwrap_or_else(|| "INCREMENTAL".into()),
            kms_key_id: text("kmsKeyId"),
            freeform_tags: details.get("freeformTags").cloned(),
            defined_tags: details.get("definedTags").cloned(),
            created_at: now,
            faulty_at,
            deleted_at: None,
            version: 0,
            seq,
        };
        self.backups.insert(seq, record);
        self.backup_index.insert(id.clone(), seq);
        id
    }

    /// Copies `source` into `destination` (a validated `CopyBootVolumeBackupDetails`):
    /// a new backup there, starting over at `REQUEST_RECEIVED`, pointing back at its
    /// source.
    pub(crate) fn copy_backup(
        &mut self,
        source: &BackupRecord,
        destination: &str,
        details: &Value,
        now: SystemTime,
    ) -> String {
        let seq = self.seq();
        let text = |name: &str| details.get(name).and_then(Value::as_str).map(str::to_owned);
        let id = ocid("bootvolumebackup", destination, seq);
        let faulty_at = self
            .faulty_backups
            .contains(&source.id)
            .then(|| now + self.settings.backup_duration / 10);
        let record = BackupRecord {
            id: id.clone(),
            region: destination.to_owned(),
            source_backup_id: Some(source.id.clone()),
            display_name: text("displayName").unwrap_or_else(|| source.display_name.clone()),
            kms_key_id: text("kmsKeyId"),
            created_at: now,
            faulty_at,
            deleted_at: None,
            version: 0,
            seq,
            ..source.clone()
        };
        self.backups.insert(seq, record);
        self.backup_index.insert(id.clone(), seq);
        id
    }

    // -------------------------------------------------------------------------- analytics

    pub(crate) fn add_work_request(&mut self, kind: WorkKind, now: SystemTime) -> String {
        let seq = self.seq();
        let id = format!("lfc-c2:{}-cd:{}", 100 + seq, mix(seq) % 1000);
        self.work_requests.insert(
            seq,
            WorkRequestRecord {
                id: id.clone(),
                kind,
                accepted_at: now,
                outcome: None,
            },
        );
        id
    }

    fn work_request_status(
        &self,
        record: &WorkRequestRecord,
        now: SystemTime,
    ) -> (WorkRequestStatus, f64) {
        if let Some(outcome) = &record.outcome {
            let status = if outcome.succeeded {
                WorkRequestStatus::Succeeded
            } else {
                WorkRequestStatus::Failed
            };
            return (status, 100.0);
        }
        let total = self.settings.work_request_duration;
        let accepted = total / 10;
        let elapsed = since(now, record.accepted_at);
        if elapsed < accepted {
            return (WorkRequestStatus::Accepted, 0.0);
        }
        let done = (elapsed - accepted).as_secs_f64();
        let span = (total - accepted).as_secs_f64().max(f64::EPSILON);
        let percent = ((done / span) * 100.0).clamp(0.0, 99.0);
        (
            WorkRequestStatus::InProgress,
            (percent * 10.0).floor() / 10.0,
        )
    }

    pub(crate) fn work_request_json(&self, id: &str, now: SystemTime) -> Option<Value> {
        let record = self.work_requests.values().find(|w| w.id == id)?;
        let (status, percent) = self.work_request_status(record, now);
        let (operation_type, resource_type) = match record.kind {
            WorkKind::Snapshot { .. } => ("CREATE_SNAPSHOT", "SNAPSHOT"),
            WorkKind::Restore { .. } => ("RESTORE_SNAPSHOT", "SYSTEM"),
        };
        let mut object = Map::new();
        object.insert("id".into(), json!(record.id));
        object.insert("operationType".into(), json!(operation_type));
        object.insert("percentComplete".into(), json!(percent));
        object.insert("resourceType".into(), json!(resource_type));
        object.insert("status".into(), json!(status.as_str()));
        object.insert("timeAccepted".into(), json!(rfc3339(record.accepted_at)));
        if status != WorkRequestStatus::Accepted {
            let started = record.accepted_at + self.settings.work_request_duration / 10;
            object.insert("timeStarted".into(), json!(rfc3339(started)));
        }
        if let Some(outcome) = &record.outcome {
            object.insert("timeFinished".into(), json!(rfc3339(outcome.finished_at)));
            if let Some(snapshot_id) = &outcome.snapshot_id {
                let action = match &record.kind {
                    WorkKind::Snapshot { register: true, .. } => "REGISTERED",
                    WorkKind::Snapshot { .. } => "CREATED",
                    WorkKind::Restore { .. } => "RESTORED",
                };
                object.insert(
                    "resources".into(),
                    json!([{ "actionResult": action, "id": snapshot_id }]),
                );
            }
            if !outcome.errors.is_empty() {
                let errors: Vec<Value> = outcome
                    .errors
                    .iter()
                    .map(|(code, message, at)| {
                        json!({ "code": code, "message": message, "timestamp": rfc3339(*at) })
                    })
                    .collect();
                object.insert("Errors".into(), Value::Array(errors));
            }
        }
        Some(Value::Object(object))
    }

    fn snapshot_json(snapshot: &SnapshotRecord) -> Value {
        json!({
            "id": snapshot.id,
            "name": snapshot.name,
            "bar": { "uri": snapshot.bar_uri },
            "storage": snapshot.storage,
            "createdByUser": snapshot.created_by_user,
            "timeCreated": rfc3339(snapshot.time_created),
        })
    }

    pub(crate) fn snapshot_json_by_id(&self, id: &str) -> Option<Value> {
        self.snapshots
            .values()
            .find(|s| s.id == id)
            .map(Self::snapshot_json)
    }

    pub(crate) fn snapshots_json(&self) -> Value {
        json!({ "items": self.snapshots.values().map(Self::snapshot_json).collect::<Vec<_>>() })
    }

    /// Deregisters a snapshot; `delete_storage` also removes its BAR. `false` if unknown.
    pub(crate) fn delete_snapshot(&mut self, id: &str, delete_storage: bool) -> bool {
        let Some(seq) = self
            .snapshots
            .iter()
            .find(|(_, s)| s.id == id)
            .map(|(seq, _)| *seq)
        else {
            return false;
        };
        if let Some(snapshot) = self.snapshots.remove(&seq)
            && delete_storage
        {
            self.bucket.remove(&snapshot.bar_uri);
        }
        true
    }

    pub(crate) fn has_snapshot(&self, id: &str) -> bool {
        self.snapshots.values().any(|s| s.id == id)
    }
}

/// `8-4-4-4-12` lower-case hex from a sequence number (version-4 and variant bits set).
/// An OCID of `kind` in `region`, unique by `seq`
/// (`ocid1.bootvolumebackup.oc1.us-ashburn-1.000001<16 hex digits>`).
pub(crate) fn ocid(kind: &str, region: &str, seq: u64) -> String {
    format!("ocid1.{kind}.oc1.{region}.{seq:06}{:016x}", mix(seq))
}

fn uuid_like(seq: u64) -> String {
    let a = mix(seq);
    let b = mix(a);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        0x8000 | (b >> 48 & 0x3fff),
        b & 0xffff_ffff_ffff
    )
}

/// The storage details a snapshot returns: those of the request, without credentials.
pub(crate) fn returned_storage(storage: &Value) -> Value {
    let mut out = Map::new();
    for key in ["type", "bucket", "bucketOciNamespace", "bucketOciRegion"] {
        if let Some(value) = storage.get(key) {
            out.insert(key.into(), value.clone());
        }
    }
    let mut auth = Map::new();
    if let Some(given) = storage.get("auth") {
        for key in [
            "type",
            "ociRegion",
            "ociTenancyId",
            "ociUserId",
            "ociKeyFingerprint",
        ] {
            if let Some(value) = given.get(key) {
                auth.insert(key.into(), value.clone());
            }
        }
    }
    out.insert("auth".into(), Value::Object(auth));
    Value::Object(out)
}

/// A handle on the fake's state: inspect it and steer it from tests. Cheap to clone.
#[derive(Clone)]
pub struct FakeState {
    pub(crate) inner: Arc<Mutex<Inner>>,
    pub(crate) clock: Arc<dyn Clock>,
}

impl fmt::Debug for FakeState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeState")
            .field("clock", &self.clock)
            .finish_non_exhaustive()
    }
}

impl FakeState {
    pub(crate) fn new(config: &FakeConfig) -> Self {
        Self {
            inner: Arc::new(Mutex::new(Inner::new(config))),
            clock: config.clock.clone(),
        }
    }

    /// Locks the state and brings it up to the clock's time.
    pub(crate) fn lock(&self) -> (MutexGuard<'_, Inner>, SystemTime) {
        let mut inner = self
            .inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = self.clock.now();
        inner.tick(now);
        (inner, now)
    }

    /// Every boot volume backup (not yet purged), oldest first.
    pub fn backups(&self) -> Vec<Backup> {
        let (inner, now) = self.lock();
        inner
            .backups_in_order()
            .map(|b| inner.view(b, now))
            .collect()
    }

    /// One backup.
    pub fn backup(&self, id: &str) -> Option<Backup> {
        let (inner, now) = self.lock();
        inner.backup(id).map(|b| inner.view(b, now))
    }

    /// Makes a backup or a boot volume `FAULTY` from now on (a backup's progress stops
    /// where it is). `false` if there is no such resource or it is being deleted.
    pub fn inject_faulty(&self, id: &str) -> bool {
        let (mut inner, now) = self.lock();
        if let Some(volume) = inner.volume_mut(id) {
            if volume.deleted_at.is_some() {
                return false;
            }
            volume.faulty_at = Some(now);
            return true;
        }
        match inner.backup_mut(id) {
            Some(backup) if backup.deleted_at.is_none() => {
                backup.faulty_at = Some(now);
                true
            }
            _ => false,
        }
    }

    /// Makes every later copy of this backup, and every volume restored from it, fail.
    pub fn inject_faulty_backup(&self, backup_id: &str) {
        let (mut inner, _) = self.lock();
        inner.faulty_backups.insert(backup_id.to_owned());
    }

    /// Every boot volume (not yet purged), oldest first.
    pub fn boot_volumes(&self) -> Vec<crate::volumes::BootVolume> {
        let (inner, now) = self.lock();
        inner
            .volumes
            .values()
            .map(|v| inner.volume_view(v, now))
            .collect()
    }

    /// One boot volume.
    pub fn boot_volume(&self, id: &str) -> Option<crate::volumes::BootVolume> {
        let (inner, now) = self.lock();
        inner.volume(id).map(|v| inner.volume_view(v, now))
    }

    /// The regions served, the first one the default.
    pub fn regions(&self) -> Vec<String> {
        self.lock().0.regions.clone()
    }

    /// Makes every later backup of this boot volume fail.
    pub fn inject_faulty_boot_volume(&self, boot_volume_id: &str) {
        let (mut inner, _) = self.lock();
        inner.faulty_boot_volumes.insert(boot_volume_id.to_owned());
    }

    /// How many requests the rate limit refused with 429 (0 without one).
    pub fn throttled_count(&self) -> u64 {
        self.lock().0.throttle.as_ref().map_or(0, |b| b.throttled)
    }

    /// How many retry tokens are remembered (expired ones are forgotten).
    pub fn retry_token_count(&self) -> usize {
        self.lock().0.retry_tokens.len()
    }

    /// Puts a BAR file in the bucket, with no known password (any restore password opens
    /// it).
    pub fn add_bar(&self, uri: &str) {
        let (mut inner, _) = self.lock();
        inner.bucket.entry(uri.to_owned()).or_insert(None);
    }

    /// Puts a BAR file in the bucket that only `password` opens.
    pub fn add_bar_with_password(&self, uri: &str, password: &str) {
        let (mut inner, _) = self.lock();
        inner
            .bucket
            .insert(uri.to_owned(), Some(password.to_owned()));
    }

    /// Removes a BAR file from the bucket; `false` if it was not there.
    pub fn remove_bar(&self, uri: &str) -> bool {
        self.lock().0.bucket.remove(uri).is_some()
    }

    /// The BAR files in the bucket (URIs, sorted).
    pub fn bars(&self) -> Vec<String> {
        self.lock().0.bucket.keys().cloned().collect()
    }

    /// The registered snapshots, oldest first.
    pub fn snapshots(&self) -> Vec<Snapshot> {
        let (inner, _) = self.lock();
        inner
            .snapshots
            .values()
            .map(|s| Snapshot {
                id: s.id.clone(),
                name: s.name.clone(),
                bar_uri: s.bar_uri.clone(),
                storage: s.storage.clone(),
                created_by_user: s.created_by_user.clone(),
                time_created: s.time_created,
            })
            .collect()
    }

    /// The work requests, oldest first.
    pub fn work_requests(&self) -> Vec<WorkRequest> {
        let (inner, now) = self.lock();
        inner
            .work_requests
            .values()
            .map(|w| {
                let (status, percent_complete) = inner.work_request_status(w, now);
                WorkRequest {
                    id: w.id.clone(),
                    operation: match w.kind {
                        WorkKind::Snapshot { register: true, .. } => WorkRequestOperation::Register,
                        WorkKind::Snapshot { .. } => WorkRequestOperation::Create,
                        WorkKind::Restore { .. } => WorkRequestOperation::Restore,
                    },
                    status,
                    percent_complete,
                    snapshot_id: w.outcome.as_ref().and_then(|o| o.snapshot_id.clone()),
                    errors: w
                        .outcome
                        .as_ref()
                        .map(|o| {
                            o.errors
                                .iter()
                                .map(|(c, m, _)| (c.clone(), m.clone()))
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect()
    }

    /// Every request received (up to the configured limit), oldest first.
    pub fn request_log(&self) -> Vec<LoggedRequest> {
        self.lock().0.log.clone()
    }

    /// Forgets the request log and the recorded spec violations.
    pub fn clear_request_log(&self) {
        let (mut inner, _) = self.lock();
        inner.log.clear();
        inner.violations.clear();
    }

    /// The responses that did not match the spec (with response validation on).
    pub fn spec_violations(&self) -> Vec<SpecViolation> {
        self.lock().0.violations.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_look_like_the_real_ones() {
        let id = uuid_like(1);
        let parts: Vec<usize> = id.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12], "{id}");
        assert_ne!(uuid_like(1), uuid_like(2));
        assert_eq!(rfc3339(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn returned_storage_drops_credentials() {
        let storage = json!({"type": "OCI_NATIVE", "bucket": "b", "auth": {
            "type": "OSS_AUTH_OCI_USER_ID", "ociRegion": "r", "ociPrivateKeyWrapped": "secret"}});
        assert_eq!(
            returned_storage(&storage),
            json!({"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OSS_AUTH_OCI_USER_ID", "ociRegion": "r"}})
        );
    }
}
