//! The nightly job from the shell: `bv boot-volume-backup create --boot-volume-ids FILE`
//! backs up many boot volumes at once (ids one per line from a file, or `-` for stdin;
//! blank lines and `#` comments skipped; every id checked before anything is sent), and
//! `--all-boot-volumes --compartment-id C` backs up every boot volume of a compartment
//! (listed with `listBootVolumes`, every page, `--page-size` per call; a volume that is
//! not `AVAILABLE` is skipped, with a `skipped` row saying its state, and does not fail
//! the job).
//!
//! Creates run at most `--concurrency` at a time through one client, so they share its
//! adaptive rate limiter; with `--idempotency-key` each volume's retry token is derived
//! from the key and the volume, so a re-run after a crash makes nothing twice. With
//! `--wait-for-state AVAILABLE` the backups are then waited for with the fleet waiter
//! (one paged list per compartment and poll) and one progress display. The result is a
//! summary with one row per volume: `created`, `already existed` (the backup is older
//! than this run: an earlier run with the same key made it), or `failed` with the reason.
//! The exit code is 0 only when every volume is backed up (and, when waiting, every
//! backup is `AVAILABLE`); otherwise that of the first failure.
//!
//! Retention (`--delete-older-than-days`) then finds the job's own backups — those
//! carrying the free-form tag `oci-backup-job=<--job-tag>` the job sets, in
//! `--compartment-id` — older than that many days, never one this run made, and lists
//! them under `retention` (a dry run) or, with `--apply-retention`, deletes them. Backups
//! without the job's tag are never touched.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::time::SystemTime;

use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::{BootVolumeBackup, CreateBootVolumeBackupDetails};
use oci_backup::{CallExt as _, Error, Resource, WaitError};
use serde::Serialize;

use crate::args::{BackupCreate, WaitTiming};
use crate::context::Context;
use crate::exit::CliError;
use crate::output::Document;

/// The columns of the summary table.
const COLUMNS: &[&str] = &[
    "bootVolumeId",
    "outcome",
    "backupId",
    "lifecycleState",
    "reason",
];

/// The free-form tag every backup of a `--job-tag` job carries.
pub(crate) const JOB_TAG: &str = "oci-backup-job";

/// The largest list of ids read.
const MAX_IDS_BYTES: u64 = 16 << 20;

/// One volume's row of the summary.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    boot_volume_id: String,
    outcome: &'static str,
    backup_id: Option<String>,
    lifecycle_state: Option<String>,
    reason: Option<String>,
}

/// The ids of `--boot-volume-ids`: a file, or `-` for stdin.
fn read_ids(source: &str) -> Result<Vec<String>, CliError> {
    let flag = "--boot-volume-ids";
    let mut text = String::new();
    let read = if source == "-" {
        std::io::stdin()
            .take(MAX_IDS_BYTES + 1)
            .read_to_string(&mut text)
    } else {
        std::fs::File::open(source)
            .and_then(|f| f.take(MAX_IDS_BYTES + 1).read_to_string(&mut text))
    };
    read.map_err(|e| CliError::input(flag, format!("cannot read `{source}`: {e}")))?;
    if text.len() as u64 > MAX_IDS_BYTES {
        return Err(CliError::input(
            flag,
            format!("larger than {MAX_IDS_BYTES} bytes"),
        ));
    }
    let mut ids: Vec<String> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let id = line.trim();
        if id.is_empty() || id.starts_with('#') {
            continue;
        }
        oci_backup::config::check_ocid(id, &["bootvolume"])
            .map_err(|rule| CliError::input(flag, format!("line {}: {rule}", number + 1)))?;
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    if ids.is_empty() {
        return Err(CliError::input(flag, "holds no boot volume id"));
    }
    Ok(ids)
}

/// Where the fleet's volumes come from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Source<'a> {
    /// `--boot-volume-ids FILE` (or `-`).
    File(&'a str),
    /// `--all-boot-volumes`: every boot volume of this compartment.
    Compartment(&'a str),
}

/// The boot volume lifecycle state a fleet backs up.
const BACKED_UP_STATE: &str = "AVAILABLE";

/// The ids of every `AVAILABLE` boot volume of `compartment` (every page, `--page-size`
/// per call), and a `skipped` row for each other one.
async fn list_compartment(
    storage: &BlockStorage,
    compartment: &str,
    page_size: Option<u64>,
) -> Result<(Vec<String>, Vec<Row>), CliError> {
    let filters = crate::volumes::VolumeFilters {
        compartment_id: crate::bv::typed("--compartment-id", compartment)?,
        availability_domain: None,
        volume_group_id: None,
        limit: Some(page_size.unwrap_or(1000)),
    };
    let listed = crate::volumes::list_volumes(storage, &filters, None, true).await?;
    let mut ids = Vec::new();
    let mut skipped = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for volume in listed.items {
        let id = volume.id.to_string();
        if !seen.insert(id.clone()) {
            continue;
        }
        let state = volume.lifecycle_state.to_string();
        if state == BACKED_UP_STATE {
            ids.push(id);
        } else {
            skipped.push(Row {
                boot_volume_id: id,
                outcome: "skipped",
                backup_id: None,
                lifecycle_state: None,
                reason: Some(format!(
                    "the boot volume is {state}, not {BACKED_UP_STATE}: not backed up"
                )),
            });
        }
    }
    Ok((ids, skipped))
}

/// Backs up every volume of `--boot-volume-ids`, or of the compartment
/// (`--all-boot-volumes`).
pub(crate) async fn create(
    context: &Context,
    args: &BackupCreate,
    source: Source<'_>,
    details: CreateBootVolumeBackupDetails,
) -> Result<(), CliError> {
    // A list is checked before anything is sent.
    let from_file = match source {
        Source::File(file) => read_ids(file)?,
        Source::Compartment(_) => Vec::new(),
    };
    if args.retry_token.is_some() {
        return Err(CliError::input(
            "--retry-token",
            "one token cannot serve several volumes: use --idempotency-key",
        ));
    }
    let waiting = !args.wait.wait_for_state.is_empty();
    if waiting
        && !args
            .wait
            .wait_for_state
            .iter()
            .all(|s| s.eq_ignore_ascii_case("AVAILABLE"))
    {
        return Err(CliError::input(
            "--wait-for-state",
            "a fleet waits for AVAILABLE only",
        ));
    }
    let mut details = details;
    if let Some(job) = &args.job_tag {
        if job.is_empty() {
            return Err(CliError::input("--job-tag", "must not be empty"));
        }
        details
            .freeform_tags
            .get_or_insert_default()
            .insert(JOB_TAG.to_owned(), job.clone());
    }
    let storage = context.block_storage().await?;
    let (ids, skipped) = match source {
        Source::File(_) => (from_file, Vec::new()),
        Source::Compartment(compartment) => {
            list_compartment(&storage, compartment, args.page_size).await?
        }
    };
    let started = storage.settings().clock.now();
    let concurrency = usize::try_from(args.concurrency.max(1)).unwrap_or(1);
    let mut outcomes: Vec<Option<Result<BootVolumeBackup, Error>>> =
        (0..ids.len()).map(|_| None).collect();
    let mut running = tokio::task::JoinSet::new();
    for (index, id) in ids.iter().enumerate() {
        if running.len() >= concurrency
            && let Some(Ok((i, outcome))) = running.join_next().await
        {
            outcomes[i] = Some(outcome);
        }
        let storage = storage.clone();
        let mut details = details.clone();
        details.boot_volume_id = id
            .as_str()
            .try_into()
            .map_err(|e| CliError::input("--boot-volume-ids", format!("{e}")))?;
        let key = args.idempotency_key.clone();
        running.spawn(async move { (index, create_one(&storage, details, key.as_deref()).await) });
    }
    while let Some(joined) = running.join_next().await {
        if let Ok((i, outcome)) = joined {
            outcomes[i] = Some(outcome);
        }
    }
    let mut rows = Vec::new();
    let mut first_error: Option<Error> = None;
    let mut by_compartment: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (id, outcome) in ids.iter().zip(outcomes) {
        let row = match outcome {
            Some(Ok(backup)) => {
                let earlier = SystemTime::from(backup.time_created) < started;
                by_compartment
                    .entry(backup.compartment_id.to_string())
                    .or_default()
                    .push(rows.len());
                Row {
                    boot_volume_id: id.clone(),
                    outcome: if earlier {
                        "already existed"
                    } else {
                        "created"
                    },
                    backup_id: Some(backup.id.to_string()),
                    lifecycle_state: Some(backup.lifecycle_state.to_string()),
                    reason: None,
                }
            }
            Some(Err(error)) => {
                let row = failed(id, error.to_string());
                first_error.get_or_insert(error);
                row
            }
            None => failed(id, "the create did not finish".to_owned()),
        };
        rows.push(row);
    }
    rows.extend(skipped);
    if waiting {
        wait_all(
            &args.wait.timing,
            &storage,
            &mut rows,
            &by_compartment,
            &mut first_error,
        )
        .await;
    }
    let mut document = Document::data(&rows)?.columns(COLUMNS);
    if let (Some(days), Some(job), Some(compartment)) = (
        args.delete_older_than_days,
        &args.job_tag,
        &args.compartment_id,
    ) {
        let made: Vec<&str> = rows.iter().filter_map(|r| r.backup_id.as_deref()).collect();
        let cutoff = started - std::time::Duration::from_secs(u64::from(days) * 86_400);
        let retention = retention(
            &storage,
            compartment,
            job,
            cutoff,
            &made,
            args.apply_retention,
        )
        .await;
        match retention {
            Ok(retention) => {
                document = document.with_value(
                    "retention",
                    serde_json::to_value(retention)
                        .map_err(|e| CliError::Local(format!("cannot render: {e}")))?,
                );
            }
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
    }
    context.output.print(&document)?;
    match first_error {
        Some(error) => Err(CliError::Api(error)),
        None if rows.iter().any(|r| r.outcome == "failed") => Err(CliError::Local(
            "not every boot volume is backed up".to_owned(),
        )),
        None => Ok(()),
    }
}

fn failed(id: &str, reason: String) -> Row {
    Row {
        boot_volume_id: id.to_owned(),
        outcome: "failed",
        backup_id: None,
        lifecycle_state: None,
        reason: Some(reason),
    }
}

async fn create_one(
    storage: &BlockStorage,
    details: CreateBootVolumeBackupDetails,
    key: Option<&str>,
) -> Result<BootVolumeBackup, Error> {
    let mut request = storage.api().create_boot_volume_backup();
    if let Some(key) = key {
        let token = oci_backup::retry::derive_retry_token(key, details.boot_volume_id.as_str());
        request = request.opc_retry_token(token);
    }
    Ok(request.body(details).call().await?.into_inner())
}

/// Waits for the created backups, one fleet per compartment, with one progress display.
async fn wait_all(
    timing: &WaitTiming,
    storage: &BlockStorage,
    rows: &mut [Row],
    by_compartment: &BTreeMap<String, Vec<usize>>,
    first_error: &mut Option<Error>,
) {
    for (compartment, members) in by_compartment {
        let ids: Vec<String> = members
            .iter()
            .filter_map(|&i| rows[i].backup_id.clone())
            .collect();
        let waited = crate::waiting::with_progress(timing, |options, max_wait| {
            storage
                .wait_for_backups(compartment.clone(), ids.clone())
                .wait_options(options)
                .max_wait(max_wait)
                .send()
        })
        .await;
        match waited {
            Ok(backups) => {
                for (&i, backup) in members.iter().zip(backups) {
                    rows[i].lifecycle_state = Some(backup.lifecycle_state.to_string());
                }
            }
            Err(error) => {
                // A failed backup does not end the wait for the others: the error carries
                // the whole fleet as last seen (when the wait ended otherwise, look once
                // more), so each row says where its own backup is.
                let seen = match fleet_as_seen(&error) {
                    Some(seen) => seen,
                    None => storage.backups_in(compartment).await.unwrap_or_default(),
                };
                for &i in members {
                    let id = rows[i].backup_id.clone().unwrap_or_default();
                    if let Some(backup) = seen.iter().find(|b| b.id.as_str() == id) {
                        rows[i].lifecycle_state = Some(backup.lifecycle_state.to_string());
                    }
                    if rows[i].lifecycle_state.as_deref() != Some("AVAILABLE") {
                        rows[i].reason =
                            Some(not_available(rows[i].lifecycle_state.as_deref(), &error));
                        rows[i].outcome = "failed";
                    }
                }
                first_error.get_or_insert(error);
            }
        }
    }
}

/// The fleet as last seen, from the error that ended its wait.
fn fleet_as_seen(error: &Error) -> Option<Vec<BootVolumeBackup>> {
    let resource = match error {
        Error::Wait(WaitError::FailureState { resource, .. }) => resource,
        Error::Wait(WaitError::ExceededMaxWait {
            resource: Some(resource),
            ..
        }) => resource,
        _ => return None,
    };
    match resource {
        Resource::BootVolumeBackups(fleet) => Some(fleet.clone()),
        _ => None,
    }
}

/// Why a backup of the fleet is not backed up: its own failure state, or still pending
/// when the wait ended.
fn not_available(state: Option<&str>, error: &Error) -> String {
    match (state, error) {
        (Some(state @ ("FAULTY" | "TERMINATING" | "TERMINATED")), _) => {
            format!("{state}: the backup failed and will not become AVAILABLE")
        }
        (state, error) => format!(
            "{} and not AVAILABLE when the wait ended: {error}",
            state.unwrap_or("unknown")
        ),
    }
}

/// One backup retention found.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Expired {
    id: String,
    time_created: String,
    action: String,
}

/// The job's backups in `compartment` created before `cutoff`, except `made`: listed, or
/// deleted when `apply`.
async fn retention(
    storage: &BlockStorage,
    compartment: &str,
    job: &str,
    cutoff: SystemTime,
    made: &[&str],
    apply: bool,
) -> Result<Vec<Expired>, Error> {
    let expired = storage
        .backups_in(compartment)
        .await?
        .into_iter()
        .filter(|backup| {
            let ours = backup
                .freeform_tags
                .as_ref()
                .and_then(|tags| tags.get(JOB_TAG))
                .is_some_and(|tag| tag == job);
            let state = backup.lifecycle_state.as_str();
            ours && SystemTime::from(backup.time_created) < cutoff
                && !made.contains(&backup.id.as_str())
                && !matches!(state, "TERMINATING" | "TERMINATED")
        });
    let mut found = Vec::new();
    for backup in expired {
        let action = if !apply {
            "would delete (dry run: --apply-retention deletes)".to_owned()
        } else {
            match storage
                .api()
                .delete_boot_volume_backup()
                .boot_volume_backup_id(backup.id.as_str())
                .call()
                .await
            {
                Ok(_) => "deleted".to_owned(),
                Err(error) => format!("not deleted: {error}"),
            }
        };
        found.push(Expired {
            id: backup.id.to_string(),
            time_created: backup.time_created.to_rfc3339(),
            action,
        });
    }
    Ok(found)
}
