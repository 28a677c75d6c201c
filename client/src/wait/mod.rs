//! Waiters: poll a resource until it succeeds, fails, or the wait runs out.
//!
//! - [`Waiter`] holds the options, the injected time and randomness, and what it learned
//!   (`learned.rs`); its one polling loop (here) serves every resource: `backups.rs` (a
//!   boot volume backup until target states), `volumes.rs` (a boot volume until target
//!   states, optionally hydrated), `work_requests.rs` (an Analytics work
//!   request until `SUCCEEDED`) and `fleet.rs` (many backups, one paged list per poll).
//! - Success and failure are separate sets: a backup succeeds at `AVAILABLE` and fails at
//!   `FAULTY`, `TERMINATING` or `TERMINATED` (the official SDK's composite waiter polls a
//!   FAULTY backup until its timeout); a work request succeeds at `SUCCEEDED` and fails at
//!   `FAILED` or `CANCELED` (`CANCELING` is not terminal), carrying its errors.
//! - Transient errors while polling (transport, throttling, 5xx) do not end the wait; a
//!   work request that is not found yet is given [`WaitOptions::not_found_grace`]. The
//!   wait's maximum bounds everything under it, retries inside a poll included.
//! - The schedule ([`next_delay`], in `schedule.rs`) is progress-aware: while the resource
//!   reports no progress it backs off exponentially; once it reports `backupProgress` or
//!   `percentComplete`, the steady rates that fit every reading bound when it completes,
//!   and the next poll is aimed so that the end is noticed at most
//!   [`WaitOptions::initial_delay`] late, bounded by the options.
//! - An expected duration (given in [`WaitOptions::expected_duration`], or learned by the
//!   waiter from earlier waits of the same kind) replaces the blind start: the first look
//!   is at a quarter of it, the next at 80%, then where the rate predicts the end.
//! - Time, sleeping and jitter are injected through [`Settings`]; dropping the future
//!   stops polling.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tracing::{debug, info};

use crate::clock::{Clock, Sleep};
use crate::connect::Settings;
use crate::deadline;
use crate::error::{Error, Resource, WaitError};
use crate::random::Random;

#[cfg(feature = "block-storage")]
mod backups;
#[cfg(feature = "block-storage")]
pub(crate) mod fleet;
mod learned;
mod schedule;
#[cfg(feature = "block-storage")]
mod volumes;
#[cfg(feature = "analytics")]
mod work_requests;

#[cfg(feature = "block-storage")]
pub use backups::reachable_backup_states;
pub use learned::LEARNED_WAITS;
pub use schedule::{Reading, next_delay};
#[cfg(feature = "block-storage")]
pub use volumes::reachable_volume_states;

use learned::Learned;

/// What a progress callback is told after each poll.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Progress {
    /// The resource (`boot volume backup <id>`, `work request <id>`).
    pub what: String,
    /// Its state.
    pub state: String,
    /// Its progress in percent, when it reports one.
    pub percent: Option<f64>,
    /// Time since the wait began.
    pub elapsed: Duration,
    /// Polls so far.
    pub polls: u32,
}

/// A progress callback.
pub type ProgressCallback = Arc<dyn Fn(&Progress) + Send + Sync>;

/// How to poll.
#[derive(Clone)]
#[non_exhaustive]
pub struct WaitOptions {
    /// The wait before the first poll; also how late, at most, the end of steady
    /// progress is noticed once its rate is measured (see [`next_delay`]).
    pub initial_delay: Duration,
    /// The longest wait between polls.
    pub max_interval: Duration,
    /// The shortest wait between polls.
    pub min_interval: Duration,
    /// How the wait grows between polls while there is no progress to go by.
    pub backoff_factor: f64,
    /// Random spread of each wait, as a fraction (0.1: ±10%); 0 for none.
    pub jitter: f64,
    /// How long a work request that is not found yet is waited for (it may not be
    /// visible right after its create).
    pub not_found_grace: Duration,
    /// Called after every poll.
    pub on_progress: Option<ProgressCallback>,
    /// How long the operation is expected to take from the start of the wait (for
    /// example last night's backup of the same volume). `None`: what the waiter learned
    /// from earlier waits of the same kind, if any (see [`Waiter`]).
    pub expected_duration: Option<Duration>,
}

impl Default for WaitOptions {
    /// 1 s, growing by 2 up to 30 s (the official SDKs' waiter), at least 0.5 s apart, no
    /// jitter, 10 s of grace for a new work request, no expected duration.
    fn default() -> Self {
        Self {
            initial_delay: Duration::from_secs(1),
            max_interval: Duration::from_secs(30),
            min_interval: Duration::from_millis(500),
            backoff_factor: 2.0,
            jitter: 0.0,
            not_found_grace: Duration::from_secs(10),
            on_progress: None,
            expected_duration: None,
        }
    }
}

impl fmt::Debug for WaitOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitOptions")
            .field("initial_delay", &self.initial_delay)
            .field("max_interval", &self.max_interval)
            .field("min_interval", &self.min_interval)
            .field("backoff_factor", &self.backoff_factor)
            .field("jitter", &self.jitter)
            .field("not_found_grace", &self.not_found_grace)
            .field("on_progress", &self.on_progress.is_some())
            .field("expected_duration", &self.expected_duration)
            .finish()
    }
}

impl WaitOptions {
    /// These options with a progress callback.
    pub fn with_progress(mut self, callback: ProgressCallback) -> Self {
        self.on_progress = Some(callback);
        self
    }

    /// These options with an expected duration.
    pub fn with_expected_duration(mut self, expected: Duration) -> Self {
        self.expected_duration = Some(expected);
        self
    }
}

/// Where a polled resource stands.
pub(crate) enum Standing {
    /// Succeeded, in this state, this far along (as reported).
    Succeeded {
        state: String,
        percent: Option<f64>,
    },
    /// Failed; `member` names the part that failed when the resource is a group.
    Failed {
        state: String,
        errors: Vec<String>,
        member: Option<String>,
    },
    Pending {
        state: String,
        percent: Option<f64>,
    },
}

/// Polls resources until they reach a goal.
///
/// A waiter learns: when a wait that saw the work at 0% succeeds, it remembers how long
/// that took, by kind (backups by target states, work requests by operation type). Later
/// waits of the same kind without [`WaitOptions::expected_duration`] expect the median of
/// the last [`LEARNED_WAITS`], so a job that backs up volume after volume polls about three
/// times per backup after the first. Clones share what was learned.
#[derive(Clone)]
pub struct Waiter {
    options: WaitOptions,
    clock: Arc<dyn Clock>,
    sleep: Arc<dyn Sleep>,
    random: Arc<dyn Random>,
    learned: Arc<Learned>,
}

impl fmt::Debug for Waiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("options", &self.options)
            .field("learned", &self.learned)
            .finish_non_exhaustive()
    }
}

impl Waiter {
    /// A waiter with the default options and the settings' time and randomness.
    pub fn new(settings: &Settings) -> Self {
        Self {
            options: WaitOptions::default(),
            clock: settings.clock.clone(),
            sleep: settings.sleep.clone(),
            random: settings.random.clone(),
            learned: Arc::default(),
        }
    }

    /// This waiter with other options.
    pub fn with_options(mut self, options: WaitOptions) -> Self {
        self.options = options;
        self
    }

    /// What this waiter (and its clones) learned: the recent durations of each kind of
    /// wait, oldest first, at most [`LEARNED_WAITS`] each. A program that starts cold
    /// every time (a cron job) saves it and gives it back with [`Waiter::remember`].
    pub fn learned(&self) -> BTreeMap<String, Vec<Duration>> {
        self.learned.export()
    }

    /// Teaches this waiter (and its clones) durations learned earlier, as
    /// [`Waiter::learned`] returned them, as if it had seen those waits end.
    pub fn remember(&self, learned: &BTreeMap<String, Vec<Duration>>) {
        for (kind, durations) in learned {
            for took in durations {
                self.learned.record(kind, *took);
            }
        }
    }

    pub(crate) async fn poll<T, F, Fut, K, S, R>(
        &self,
        watched: Watched<'_, K, S, R>,
        seen: Option<T>,
        mut fetch: F,
        not_found: NotFound,
        max_wait: Duration,
    ) -> Result<Option<T>, Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, Error>>,
        K: Fn(&T) -> String,
        S: Fn(&T) -> Standing,
        R: Fn(T) -> Resource,
    {
        let Watched {
            what,
            kind: kind_of,
            standing,
            resource,
        } = watched;
        let start = self.clock.now();
        let mut polls = 0u32;
        let mut readings: Vec<Reading> = Vec::new();
        let mut last: Option<(T, String)> = None;
        let mut next = seen.map(Ok);
        // The kind of work, and whether this wait saw it at 0% (and so lasted as long as
        // the work): known from the first answer, as is the duration to expect.
        let mut first: Option<(String, bool)> = None;
        let mut expected = self.options.expected_duration;
        // Whether any poll got an answer from the service, and the last poll's failure.
        let mut answered = false;
        let mut last_error: Option<String> = None;
        loop {
            if let Some(outcome) = next.take() {
                let elapsed = since(self.clock.as_ref(), start);
                let no_answer = matches!(
                    &outcome,
                    Err(Error::Transport { .. } | Error::Timeout { .. })
                );
                if !no_answer {
                    answered = true;
                    last_error = None;
                }
                match outcome {
                    Ok(value) => {
                        let judged = standing(&value);
                        let (kind, from_zero) = first.get_or_insert_with(|| {
                            let kind = kind_of(&value);
                            expected = expected.or_else(|| self.learned.expected(&kind));
                            let from_zero = matches!(&judged,
                                Standing::Pending { percent: Some(p), .. } if *p <= 0.0);
                            (kind, from_zero)
                        });
                        match judged {
                            Standing::Succeeded { state, percent } => {
                                info!(what, ?elapsed, polls, "wait succeeded");
                                if let Some(callback) = &self.options.on_progress {
                                    callback(&Progress {
                                        what: what.to_owned(),
                                        state,
                                        percent,
                                        elapsed,
                                        polls,
                                    });
                                }
                                if *from_zero {
                                    self.learned.record(kind, elapsed);
                                }
                                return Ok(Some(value));
                            }
                            Standing::Failed {
                                state,
                                errors,
                                member,
                            } => {
                                let what = member.unwrap_or_else(|| what.to_owned());
                                info!(
                                    what,
                                    state,
                                    ?elapsed,
                                    polls,
                                    "wait ended in a failure state"
                                );
                                return Err(WaitError::FailureState {
                                    what,
                                    state,
                                    errors,
                                    resource: resource(value),
                                }
                                .into());
                            }
                            Standing::Pending { state, percent } => {
                                if let Some(percent) = percent {
                                    readings.push(Reading {
                                        at: elapsed,
                                        percent,
                                    });
                                }
                                if let Some(callback) = &self.options.on_progress {
                                    callback(&Progress {
                                        what: what.to_owned(),
                                        state: state.clone(),
                                        percent,
                                        elapsed,
                                        polls,
                                    });
                                }
                                last = Some((value, state));
                            }
                        }
                    }
                    Err(error) if is_not_found(&error) && not_found.is_success => {
                        info!(what, ?elapsed, polls, "gone, as waited for");
                        return Ok(None);
                    }
                    Err(error) if is_not_found(&error) && elapsed < not_found.grace => {
                        debug!(what, ?elapsed, "not found yet; within the grace period");
                    }
                    Err(error) if is_not_found(&error) => {
                        return Err(WaitError::NotFound {
                            what: what.to_owned(),
                            opc_request_id: error.opc_request_id().map(str::to_owned),
                        }
                        .into());
                    }
                    // An endpoint that never answered once (a typo, nothing listening)
                    // will not start answering: fail now, with the cause.
                    Err(error) if error.never_connected() && !answered => return Err(error),
                    Err(error) if error.is_transient() => {
                        debug!(what, %error, "transient error while polling; waiting on");
                        last_error = Some(error.to_string());
                    }
                    Err(error) => return Err(error),
                }
            }
            let elapsed = since(self.clock.as_ref(), start);
            if elapsed >= max_wait {
                let (resource, last_state) = match last {
                    Some((value, state)) => (Some(resource(value)), Some(state)),
                    None => (None, None),
                };
                return Err(WaitError::ExceededMaxWait {
                    what: what.to_owned(),
                    elapsed,
                    polls,
                    last_state,
                    resource,
                    last_error,
                }
                .into());
            }
            let delay = next_delay(
                &self.options,
                polls,
                &readings,
                elapsed,
                expected,
                self.random.fraction(),
            )
            .min(max_wait - elapsed);
            debug!(what, ?delay, polls, "next poll");
            self.sleep.sleep(delay).await;
            polls += 1;
            next = Some(deadline::within(start + max_wait, fetch()).await);
        }
    }
}

/// What a wait watches: its name in errors and logs, the kind of work it learns the
/// duration of, where a resource stands, and how a resource is carried in an error.
pub(crate) struct Watched<'a, K, S, R> {
    what: &'a str,
    kind: K,
    standing: S,
    resource: R,
}

/// What a 404 means to a wait.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NotFound {
    /// How long a resource may not exist yet (a new work request).
    grace: Duration,
    /// Whether "gone" is what the wait waits for.
    is_success: bool,
}

pub(crate) fn not_found_error(what: &str) -> Error {
    WaitError::NotFound {
        what: what.to_owned(),
        opc_request_id: None,
    }
    .into()
}

pub(crate) fn since(clock: &dyn Clock, start: SystemTime) -> Duration {
    clock.now().duration_since(start).unwrap_or_default()
}

fn is_not_found(error: &Error) -> bool {
    error.service().is_some_and(|e| e.status == 404)
}
