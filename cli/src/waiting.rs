//! Waiting for a boot volume backup to reach the states of `--wait-for-state`.
//!
//! The library's waiter ([`Waiter::boot_volume_backup_in`]) does the polling: success
//! when a state waited for is reached (or, waiting for `TERMINATED`, when the backup is
//! gone), a failure state when none of them can be reached any more, or the maximum
//! wait. This module maps the flags onto its options and reports progress.

use std::time::Duration;

use oci_backup::connect::Settings;
use oci_backup::core::types::{BootVolumeBackup, BootVolumeBackupLifecycleState};
use oci_backup::wait::{WaitOptions, Waiter};
use oci_backup::{Error, Resource, WaitError, core};

use crate::args::WaitTiming;
use crate::exit::CliError;
use crate::output::Document;
use crate::progress::Reporter;

/// The waiter options for `--max-wait-seconds` and `--wait-interval-seconds`: the
/// library's defaults with the interval as the longest pause between polls.
pub(crate) fn options(timing: &WaitTiming) -> WaitOptions {
    let mut options = WaitOptions::default();
    let interval = Duration::from_secs_f64(timing.wait_interval_seconds);
    options.max_interval = interval;
    options.min_interval = options.min_interval.min(interval);
    options.initial_delay = options.initial_delay.min(interval);
    options
}

/// The longest wait.
pub(crate) fn max_wait(timing: &WaitTiming) -> Duration {
    Duration::from_secs(timing.max_wait_seconds)
}

/// A waiter reporting to `reporter`.
pub(crate) fn waiter(settings: &Settings, timing: &WaitTiming, reporter: &Reporter) -> Waiter {
    Waiter::new(settings).with_options(options(timing).with_progress(reporter.callback()))
}

/// Waits until the backup `id` is in one of `targets` (upper case, from the spec's
/// enum), with the library's waiter. `seen` is the backup as an answer just returned it,
/// judged before the first poll. `Ok(None)`: waiting for `TERMINATED`, the backup is
/// gone (404).
pub(crate) async fn backup(
    client: &core::Client,
    settings: &Settings,
    id: &str,
    seen: Option<BootVolumeBackup>,
    targets: &[String],
    timing: &WaitTiming,
) -> Result<Option<BootVolumeBackup>, Error> {
    let reporter = Reporter::new();
    let targets: Vec<BootVolumeBackupLifecycleState> = targets
        .iter()
        .map(|t| BootVolumeBackupLifecycleState::from(t.as_str()))
        .collect();
    let outcome = waiter(settings, timing, &reporter)
        .boot_volume_backup_in(client, id, &targets, seen, max_wait(timing))
        .await;
    reporter.finish();
    outcome
}

/// The resource a failed wait last saw, as a document to print before the error.
pub(crate) fn last_seen(error: &Error) -> Result<Option<Document>, CliError> {
    let resource = match error {
        Error::Wait(WaitError::FailureState { resource, .. }) => Some(resource),
        Error::Wait(WaitError::ExceededMaxWait { resource, .. }) => resource.as_ref(),
        _ => None,
    };
    match resource {
        Some(Resource::BootVolumeBackup(backup)) => Document::data(backup).map(Some),
        Some(Resource::WorkRequest(work_request)) => Document::data(work_request).map(Some),
        _ => Ok(None),
    }
}
