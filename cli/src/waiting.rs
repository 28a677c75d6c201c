//! Waiting for a boot volume backup to reach the states of `--wait-for-state`.
//!
//! `AVAILABLE` alone is the library's waiter ([`Waiter::boot_volume_backup`]). Any other
//! set of states is polled here with the same options and the same progress-aware
//! schedule ([`next_delay`]), and ends the same ways: success when a state waited for is
//! reached (or, waiting for `TERMINATED`, when the backup is gone), a failure state when
//! none of them can be reached any more, or the maximum wait.

use std::time::Duration;

use oci_backup::connect::Settings;
use oci_backup::core::types::BootVolumeBackup;
use oci_backup::wait::{Reading, WaitOptions, Waiter, next_delay};
use oci_backup::{ApiResultExt as _, Error, Resource, WaitError, core};

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

/// The states reachable from `state` in a backup's life: REQUEST_RECEIVED, CREATING,
/// AVAILABLE, then (once deleted) TERMINATING, TERMINATED; a create can end FAULTY, and a
/// faulty backup can still be deleted. `None` for a state this version does not know.
fn reachable(state: &str) -> Option<&'static [&'static str]> {
    const AFTER_CREATING: &[&str] = &[
        "CREATING",
        "AVAILABLE",
        "FAULTY",
        "TERMINATING",
        "TERMINATED",
    ];
    Some(match state {
        "REQUEST_RECEIVED" => &[
            "REQUEST_RECEIVED",
            "CREATING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        "CREATING" => AFTER_CREATING,
        "AVAILABLE" => &["AVAILABLE", "TERMINATING", "TERMINATED"],
        "FAULTY" => &["FAULTY", "TERMINATING", "TERMINATED"],
        "TERMINATING" => &["TERMINATING", "TERMINATED"],
        "TERMINATED" => &["TERMINATED"],
        _ => return None,
    })
}

/// Waits until the backup `id` is in one of `targets` (upper case, from the spec's
/// enum). `seen` is the backup as an answer just returned it, judged before the first
/// poll. `Ok(None)`: waiting for `TERMINATED`, the backup is gone (404).
pub(crate) async fn backup(
    client: &core::Client,
    settings: &Settings,
    id: &str,
    seen: Option<BootVolumeBackup>,
    targets: &[String],
    timing: &WaitTiming,
) -> Result<Option<BootVolumeBackup>, Error> {
    let reporter = Reporter::new();
    let outcome = if targets.iter().all(|t| t == "AVAILABLE") {
        waiter(settings, timing, &reporter)
            .boot_volume_backup(client, id, seen, max_wait(timing))
            .await
            .map(Some)
    } else {
        poll_states(client, settings, id, seen, targets, timing, &reporter).await
    };
    reporter.finish();
    outcome
}

async fn poll_states(
    client: &core::Client,
    settings: &Settings,
    id: &str,
    seen: Option<BootVolumeBackup>,
    targets: &[String],
    timing: &WaitTiming,
    reporter: &Reporter,
) -> Result<Option<BootVolumeBackup>, Error> {
    let options = options(timing);
    let max_wait = max_wait(timing);
    let what = format!("boot volume backup {id}");
    let start = settings.clock.now();
    let elapsed = || {
        settings
            .clock
            .now()
            .duration_since(start)
            .unwrap_or_default()
    };
    let mut polls = 0u32;
    let mut readings: Vec<Reading> = Vec::new();
    let mut last: Option<BootVolumeBackup> = None;
    let mut next = seen.map(Ok);
    loop {
        if let Some(outcome) = next.take() {
            match outcome {
                Ok(backup) => {
                    let state = backup.lifecycle_state.to_string();
                    if targets.contains(&state) {
                        return Ok(Some(backup));
                    }
                    let dead_end = reachable(&state).is_some_and(|states| {
                        !targets.iter().any(|t| states.contains(&t.as_str()))
                    });
                    if dead_end {
                        return Err(WaitError::FailureState {
                            what,
                            state,
                            errors: Vec::new(),
                            resource: Resource::BootVolumeBackup(Box::new(backup)),
                        }
                        .into());
                    }
                    let percent = backup.backup_progress.map(|p| p as f64);
                    if let Some(percent) = percent {
                        readings.push(Reading {
                            at: elapsed(),
                            percent,
                        });
                    }
                    reporter.report(&what, &state, percent, elapsed());
                    last = Some(backup);
                }
                Err(error) if is_not_found(&error) => {
                    if targets.iter().any(|t| t == "TERMINATED") {
                        return Ok(None);
                    }
                    return Err(WaitError::NotFound {
                        what,
                        opc_request_id: error.opc_request_id().map(str::to_owned),
                    }
                    .into());
                }
                Err(error) if error.is_transient() => {
                    tracing::debug!(what, %error, "transient error while polling; waiting on");
                }
                Err(error) => return Err(error),
            }
        }
        let spent = elapsed();
        if spent >= max_wait {
            let last_state = last.as_ref().map(|b| b.lifecycle_state.to_string());
            return Err(WaitError::ExceededMaxWait {
                what,
                elapsed: spent,
                polls,
                last_state,
                resource: last.map(|b| Resource::BootVolumeBackup(Box::new(b))),
            }
            .into());
        }
        let delay = next_delay(
            &options,
            polls,
            &readings,
            spent,
            settings.random.fraction(),
        )
        .min(max_wait - spent);
        settings.sleep.sleep(delay).await;
        polls += 1;
        next = Some(
            client
                .get_boot_volume_backup()
                .boot_volume_backup_id(id)
                .send()
                .await
                .map(|r| r.into_inner())
                .for_operation("getBootVolumeBackup"),
        );
    }
}

fn is_not_found(error: &Error) -> bool {
    error.service().is_some_and(|e| e.status == 404)
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

#[cfg(test)]
mod tests {
    use oci_backup::core::types::BootVolumeBackupLifecycleState;

    use super::*;

    #[test]
    fn every_documented_state_has_its_successors() {
        for state in BootVolumeBackupLifecycleState::KNOWN {
            let states = reachable(state).unwrap();
            assert!(states.contains(state), "{state}");
            for next in states {
                assert!(BootVolumeBackupLifecycleState::KNOWN.contains(next));
            }
        }
        assert_eq!(reachable("MIGRATING"), None);
    }
}
