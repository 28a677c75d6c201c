//! Waiting for a boot volume backup (or a boot volume) to reach the states of
//! `--wait-for-state`.
//!
//! The library's compound operations ([`BlockStorage::create_backup`],
//! [`BlockStorage::wait_for_backup`], [`BlockStorage::copy_backup`],
//! [`BlockStorage::create_boot_volume`], [`BlockStorage::wait_for_boot_volume`]) do the
//! polling: success
//! when a state waited for is reached (or, waiting for `TERMINATED`, when the backup is
//! gone), a failure state when none of them can be reached any more, or the maximum
//! wait. This module maps the flags onto its options and reports progress.

use std::time::Duration;

use oci_backup::block_storage::types::{
    BootVolume, BootVolumeBackup, BootVolumeBackupLifecycleState, BootVolumeLifecycleState,
    CopyBootVolumeBackupDetails, CopyBootVolumeBackupOpcRetryToken, CreateBootVolumeDetails,
    CreateBootVolumeOpcRetryToken,
};
use oci_backup::block_storage::{BlockStorage, CreateBackup};
use oci_backup::wait::WaitOptions;
use oci_backup::{Error, Resource, WaitError};

use crate::args::{StateWait, VolumeWait, WaitTiming};
use crate::exit::CliError;
use crate::output::Document;
use crate::progress::Reporter;

/// The waiter options for `--max-wait-seconds` and `--wait-interval-seconds`: the
/// library's defaults with the interval as the longest pause between polls.
fn options(timing: &WaitTiming) -> WaitOptions {
    let mut options = WaitOptions::default();
    let interval = Duration::from_secs_f64(timing.wait_interval_seconds);
    options.max_interval = interval;
    options.min_interval = options.min_interval.min(interval);
    options.initial_delay = options.initial_delay.min(interval);
    options
}

/// The longest wait.
fn max_wait(timing: &WaitTiming) -> Duration {
    Duration::from_secs(timing.max_wait_seconds)
}

/// Runs a compound operation with the flags' wait options and longest wait, showing its
/// progress until it ends.
pub(crate) async fn with_progress<T, Fut>(
    timing: &WaitTiming,
    run: impl FnOnce(WaitOptions, Duration) -> Fut,
) -> T
where
    Fut: std::future::Future<Output = T>,
{
    let reporter = Reporter::new();
    let outcome = run(
        options(timing).with_progress(reporter.callback()),
        max_wait(timing),
    )
    .await;
    reporter.finish();
    outcome
}

fn states(targets: &[String]) -> Vec<BootVolumeBackupLifecycleState> {
    targets
        .iter()
        .map(|t| BootVolumeBackupLifecycleState::from(t.as_str()))
        .collect()
}

/// Waits until the backup `id` is in one of `targets` (upper case, from the spec's
/// enum), showing progress. `seen` is the backup as an answer just returned it, judged
/// before the first poll. `Ok(None)`: waiting for `TERMINATED`, the backup is gone (404).
pub(crate) async fn backup(
    storage: &BlockStorage,
    id: &str,
    seen: Option<BootVolumeBackup>,
    targets: &[String],
    timing: &WaitTiming,
) -> Result<Option<BootVolumeBackup>, Error> {
    with_progress(timing, |options, max_wait| {
        let mut wait = storage
            .wait_for_backup(id)
            .until(&states(targets))
            .wait_options(options)
            .max_wait(max_wait);
        if let Some(seen) = seen {
            wait = wait.seen(seen);
        }
        wait.send()
    })
    .await
}

/// Creates a backup and waits for the states of `--wait-for-state`, with the library's
/// one create-and-wait, showing progress.
pub(crate) async fn create_backup(
    create: CreateBackup<'_>,
    wait: &StateWait,
) -> Result<BootVolumeBackup, Error> {
    with_progress(&wait.timing, |options, max_wait| {
        create
            .wait_for(&states(&wait.wait_for_state))
            .wait_options(options)
            .max_wait(max_wait)
            .send()
    })
    .await
}

/// Copies a backup and waits for the copy, in the destination region through
/// `destination`, for the states of `--wait-for-state`, showing progress.
pub(crate) async fn copy_backup(
    storage: &BlockStorage,
    destination: BlockStorage,
    backup_id: &str,
    details: CopyBootVolumeBackupDetails,
    retry_token: Option<CopyBootVolumeBackupOpcRetryToken>,
    wait: &StateWait,
) -> Result<BootVolumeBackup, Error> {
    with_progress(&wait.timing, |options, max_wait| {
        let mut copy = storage
            .copy_backup(backup_id, details)
            .destination(destination)
            .wait_for(&states(&wait.wait_for_state))
            .wait_options(options)
            .max_wait(max_wait);
        if let Some(token) = retry_token {
            copy = copy.retry_token(token.to_string());
        }
        copy.send()
    })
    .await
}

fn volume_states(targets: &[String]) -> Vec<BootVolumeLifecycleState> {
    targets
        .iter()
        .map(|t| BootVolumeLifecycleState::from(t.as_str()))
        .collect()
}

/// Creates (restores, clones) a boot volume and waits for the states of
/// `--wait-for-state`, showing progress.
pub(crate) async fn create_volume(
    storage: &BlockStorage,
    details: CreateBootVolumeDetails,
    retry_token: Option<CreateBootVolumeOpcRetryToken>,
    wait: &VolumeWait,
) -> Result<BootVolume, Error> {
    with_progress(&wait.timing, |options, max_wait| {
        let mut create = storage
            .create_boot_volume(details)
            .wait_for(&volume_states(&wait.wait_for_state))
            .wait_options(options)
            .max_wait(max_wait);
        if let Some(token) = retry_token {
            create = create.retry_token(token.to_string());
        }
        create.send()
    })
    .await
}

/// Waits until the boot volume `id` is in one of `targets`, showing progress.
pub(crate) async fn volume(
    storage: &BlockStorage,
    id: &str,
    seen: Option<BootVolume>,
    wait: &VolumeWait,
) -> Result<Option<BootVolume>, Error> {
    with_progress(&wait.timing, |options, max_wait| {
        let mut waiting = storage
            .wait_for_boot_volume(id)
            .until(&volume_states(&wait.wait_for_state))
            .wait_options(options)
            .max_wait(max_wait);
        if let Some(seen) = seen {
            waiting = waiting.seen(seen);
        }
        waiting.send()
    })
    .await
}

/// The resource a failed wait last saw, as a document to print before the error.
pub(crate) fn last_seen(error: &Error) -> Result<Option<Document>, CliError> {
    let resource = match error {
        Error::Wait(WaitError::FailureState { resource, .. }) => Some(resource),
        Error::Wait(WaitError::ExceededMaxWait { resource, .. }) => resource.as_ref(),
        Error::Wait(WaitError::Interrupted { resource, .. }) => Some(resource),
        _ => None,
    };
    match resource {
        Some(Resource::BootVolumeBackup(backup)) => Document::data(backup).map(Some),
        Some(Resource::BootVolumeBackups(backups)) => Document::data(backups).map(Some),
        Some(Resource::BootVolume(volume)) => Document::data(volume).map(Some),
        Some(Resource::WorkRequest(work_request)) => Document::data(work_request).map(Some),
        _ => Ok(None),
    }
}
