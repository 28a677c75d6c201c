//! Waiters: poll a boot volume backup or a work request until it succeeds, fails, or the
//! wait runs out.
//!
//! - Success and failure are separate sets: a backup succeeds at `AVAILABLE` and fails at
//!   `FAULTY`, `TERMINATING` or `TERMINATED` (the official SDK's composite waiter polls a
//!   FAULTY backup until its timeout); a work request succeeds at `SUCCEEDED` and fails at
//!   `FAILED` or `CANCELED` (`CANCELING` is not terminal), carrying its errors.
//! - Transient errors while polling (transport, throttling, 5xx) do not end the wait; a
//!   work request that is not found yet is given [`WaitOptions::not_found_grace`].
//! - The schedule ([`next_delay`]) is progress-aware: while the resource reports no
//!   progress it backs off exponentially; once it reports `backupProgress` or
//!   `percentComplete`, the rate of progress predicts completion and the next poll is
//!   aimed there, bounded by the options.
//! - An expected duration (given in [`WaitOptions::expected_duration`], or learned by the
//!   waiter from earlier waits of the same kind) replaces the blind start: the first look
//!   is at a quarter of it, the next at 80%, then where the rate predicts the end.
//! - Time, sleeping and jitter are injected through [`Settings`]; dropping the future
//!   stops polling.

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tracing::{debug, info};

use crate::analytics::types::{WorkRequest, WorkRequestStatus};
use crate::block_storage::types::{BootVolumeBackup, BootVolumeBackupLifecycleState};
use crate::clock::{Clock, Sleep};
use crate::connect::Settings;
use crate::error::{CallExt as _, Error, Resource, WaitError};
use crate::random::Random;
use crate::{analytics, block_storage, deadline};

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

/// The target of waits for a backup to be created.
const AVAILABLE: [BootVolumeBackupLifecycleState; 1] = [BootVolumeBackupLifecycleState::Available];

/// A progress callback.
pub type ProgressCallback = Arc<dyn Fn(&Progress) + Send + Sync>;

/// How to poll.
#[derive(Clone)]
#[non_exhaustive]
pub struct WaitOptions {
    /// The wait before the first poll.
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

/// One progress reading: when (since the wait began) and how far, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// Time since the wait began.
    pub at: Duration,
    /// Percent complete.
    pub percent: f64,
}

/// The wait before the next poll.
///
/// `polls` is the number of polls so far, `readings` the progress seen (oldest first),
/// `elapsed` the time since the wait began, `expected` the operation's expected duration
/// (from the wait's start) if known, and `fraction` a random number in `[0, 1)` for jitter.
///
/// - Two positive readings, the later higher: the time until their rate predicts 100%
///   (the slowest rate they allow when they are whole percents, which are rounded down).
/// - One positive reading: the rate from the last 0% reading (or the wait's start) is too
///   low by an unknown amount (the work may have begun any time after it), so it only
///   bounds the wait: until 80% of `expected` if that is still ahead, else the backoff.
/// - No progress yet: until a quarter of `expected` if that is still ahead, else
///   `initial_delay * backoff_factor^polls` up to `max_interval`.
///
/// A prediction reaches no further ahead than the wait has lasted (or `max_interval`, if
/// longer); every wait is at least `min_interval`, then jittered.
pub fn next_delay(
    options: &WaitOptions,
    polls: u32,
    readings: &[Reading],
    elapsed: Duration,
    expected: Option<Duration>,
    fraction: f64,
) -> Duration {
    let max_interval = options.max_interval.max(options.min_interval).as_secs_f64();
    let backoff = || {
        let exponent = i32::try_from(polls).unwrap_or(i32::MAX);
        (options.initial_delay.as_secs_f64() * options.backoff_factor.powi(exponent))
            .min(max_interval)
    };
    let now = elapsed.as_secs_f64();
    let reach = max_interval.max(now);
    // Seconds from now until `share` of the expected duration, if that is still ahead.
    let until_expected = |share: f64| {
        expected
            .map(|e| e.as_secs_f64() * share - now)
            .filter(|&ahead| ahead > 0.0)
    };
    let seconds = match predict(readings, now) {
        Some(Prediction {
            until_end,
            measured: true,
        }) => until_end.min(reach),
        Some(Prediction { until_end, .. }) => match until_expected(0.8) {
            Some(ahead) => ahead.min(until_end).min(reach),
            None => until_end.min(backoff()),
        },
        None => until_expected(0.25).map_or_else(backoff, |ahead| ahead.min(reach)),
    };
    let seconds = seconds.max(options.min_interval.as_secs_f64());
    let spread = 1.0 + options.jitter * (2.0 * fraction - 1.0);
    Duration::from_secs_f64((seconds * spread).max(0.0))
}

/// When the progress readings say the work ends.
struct Prediction {
    /// Seconds from now.
    until_end: f64,
    /// Whether the rate was measured between two positive readings; otherwise it is from
    /// an assumed 0% start and too low by an unknown amount.
    measured: bool,
}

fn predict(readings: &[Reading], now: f64) -> Option<Prediction> {
    let last = readings.last()?;
    let earlier = readings
        .iter()
        .rev()
        .find(|r| r.percent < last.percent)
        .copied();
    let measured = earlier.is_some_and(|r| r.percent > 0.0);
    let earlier = earlier.unwrap_or(Reading {
        at: Duration::ZERO,
        percent: 0.0,
    });
    let span = last.at.checked_sub(earlier.at)?.as_secs_f64();
    // `backupProgress` is a whole percent, rounded down: a reading of p is somewhere in
    // [p, p + 1). The slowest rate such readings allow aims the poll just after the end
    // rather than just before it, which would cost another poll. (`percentComplete` is a
    // number: a fractional reading is taken as exact.)
    let rounded = |r: &Reading| if r.percent.fract() == 0.0 { 1.0 } else { 0.0 };
    let rate = (last.percent - (earlier.percent + rounded(&earlier))) / span;
    (span > 0.0 && rate > 0.0 && rate.is_finite()).then(|| Prediction {
        until_end: (100.0 - last.percent).max(0.0) / rate - (now - last.at.as_secs_f64()),
        measured,
    })
}

/// Where a polled resource stands.
enum Standing {
    Succeeded,
    Failed { state: String, errors: Vec<String> },
    Pending { state: String, percent: Option<f64> },
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

/// How many recent waits of a kind the expected duration is the median of.
pub const LEARNED_WAITS: usize = 8;

/// The durations of recent successful waits, by kind.
#[derive(Debug, Default)]
struct Learned(Mutex<BTreeMap<String, VecDeque<Duration>>>);

impl Learned {
    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, VecDeque<Duration>>> {
        // The map stays consistent even if a holder panicked: nothing to recover.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The median of the recent waits of `kind` (the lower middle one of an even count).
    fn expected(&self, kind: &str) -> Option<Duration> {
        let mut recent: Vec<Duration> = self.lock().get(kind)?.iter().copied().collect();
        recent.sort_unstable();
        recent.get(recent.len().saturating_sub(1) / 2).copied()
    }

    fn record(&self, kind: &str, took: Duration) {
        let mut learned = self.lock();
        let recent = learned.entry(kind.to_owned()).or_default();
        if recent.len() == LEARNED_WAITS {
            recent.pop_front();
        }
        recent.push_back(took);
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

    /// Waits until the backup is `AVAILABLE`. `FAULTY`, `TERMINATING` and `TERMINATED` end
    /// the wait with [`WaitError::FailureState`]; `seen` (for example the answer to the
    /// create) is judged before the first poll.
    pub async fn boot_volume_backup(
        &self,
        client: &block_storage::Api,
        id: &str,
        seen: Option<BootVolumeBackup>,
        max_wait: Duration,
    ) -> Result<BootVolumeBackup, Error> {
        self.boot_volume_backup_in(client, id, &AVAILABLE, seen, max_wait)
            .await?
            .ok_or_else(|| not_found_error(&format!("boot volume backup {id}")))
    }

    /// Waits until the backup is in one of `targets`. The wait ends with
    /// [`WaitError::FailureState`] as soon as no target can be reached from the backup's
    /// state any more (see [`reachable_backup_states`]). `Ok(None)`: `targets` include
    /// `TERMINATED` and the backup is gone (404).
    pub async fn boot_volume_backup_in(
        &self,
        client: &block_storage::Api,
        id: &str,
        targets: &[BootVolumeBackupLifecycleState],
        seen: Option<BootVolumeBackup>,
        max_wait: Duration,
    ) -> Result<Option<BootVolumeBackup>, Error> {
        let what = format!("boot volume backup {id}");
        let fetch = || async {
            client
                .get_boot_volume_backup()
                .boot_volume_backup_id(id)
                .call()
                .await
                .map(|r| r.into_inner())
        };
        let not_found = NotFound {
            grace: Duration::ZERO,
            is_success: targets.contains(&BootVolumeBackupLifecycleState::Terminated),
        };
        let watched = Watched {
            what: &what,
            kind: |_: &BootVolumeBackup| backup_kind(targets),
            standing: |backup: &BootVolumeBackup| backup_standing(backup, targets),
            resource: |b| Resource::BootVolumeBackup(Box::new(b)),
        };
        self.poll(watched, seen, fetch, not_found, max_wait).await
    }

    /// Waits until the work request is `SUCCEEDED`. `FAILED` and `CANCELED` end the wait
    /// with [`WaitError::FailureState`] carrying the work request's errors.
    pub async fn work_request(
        &self,
        client: &analytics::Api,
        id: &str,
        max_wait: Duration,
    ) -> Result<WorkRequest, Error> {
        let what = format!("work request {id}");
        let fetch = || async {
            client
                .get_work_request()
                .id(id)
                .call()
                .await
                .map(|r| r.into_inner())
        };
        let not_found = NotFound {
            grace: self.options.not_found_grace,
            is_success: false,
        };
        let watched = Watched {
            what: &what,
            kind: |w: &WorkRequest| format!("work request {}", w.operation_type),
            standing: work_request_standing,
            resource: |w| Resource::WorkRequest(Box::new(w)),
        };
        self.poll(watched, None, fetch, not_found, max_wait)
            .await?
            .ok_or_else(|| not_found_error(&what))
    }

    /// Waits until every backup in `ids` (all in `compartment_id`) is `AVAILABLE`, with
    /// one paged `listBootVolumeBackups` per poll instead of one GET per backup: for a
    /// fleet of N backups, polls cost `ceil(N / 1000)` requests instead of N. Returns the
    /// backups in the order of `ids`. The first backup found in a failure state ends the
    /// wait with [`WaitError::FailureState`]; a backup missing from the list is not found.
    pub async fn boot_volume_backups(
        &self,
        client: &block_storage::Api,
        compartment_id: &str,
        ids: &[String],
        max_wait: Duration,
    ) -> Result<Vec<BootVolumeBackup>, Error> {
        let start = self.clock.now();
        let mut polls = 0u32;
        let mut readings: Vec<Reading> = Vec::new();
        // Each backup of the fleet is expected to take as long as one waited for alone.
        let expected = self
            .options
            .expected_duration
            .or_else(|| self.learned.expected(&backup_kind(&AVAILABLE)));
        loop {
            let elapsed = since(self.clock.as_ref(), start);
            let delay = next_delay(
                &self.options,
                polls,
                &readings,
                elapsed,
                expected,
                self.random.fraction(),
            );
            if elapsed >= max_wait {
                return Err(WaitError::ExceededMaxWait {
                    what: format!("{} boot volume backups", ids.len()),
                    elapsed,
                    polls,
                    last_state: None,
                    resource: None,
                }
                .into());
            }
            self.sleep.sleep(delay.min(max_wait - elapsed)).await;
            polls += 1;
            let listed =
                match deadline::within(start + max_wait, list_all(client, compartment_id)).await {
                    Ok(listed) => listed,
                    Err(error) if error.is_transient() => {
                        debug!(%error, "transient error while listing; waiting on");
                        continue;
                    }
                    Err(error) => return Err(error),
                };
            let mut found = Vec::with_capacity(ids.len());
            let mut least = 100.0f64;
            for id in ids {
                let Some(backup) = listed.iter().find(|b| b.id.as_str() == id) else {
                    return Err(WaitError::NotFound {
                        what: format!("boot volume backup {id}"),
                        opc_request_id: None,
                    }
                    .into());
                };
                match backup_standing(backup, &AVAILABLE) {
                    Standing::Succeeded => {}
                    Standing::Failed { state, errors } => {
                        return Err(WaitError::FailureState {
                            what: format!("boot volume backup {id}"),
                            state,
                            errors,
                            resource: Resource::BootVolumeBackup(Box::new(backup.clone())),
                        }
                        .into());
                    }
                    Standing::Pending { percent, .. } => least = least.min(percent.unwrap_or(0.0)),
                }
                found.push(backup.clone());
            }
            let pending = found
                .iter()
                .filter(|b| !matches!(backup_standing(b, &AVAILABLE), Standing::Succeeded))
                .count();
            if pending == 0 {
                info!(backups = ids.len(), polls, "fleet wait succeeded");
                return Ok(found);
            }
            let elapsed = since(self.clock.as_ref(), start);
            readings.push(Reading {
                at: elapsed,
                percent: least,
            });
            if let Some(callback) = &self.options.on_progress {
                callback(&Progress {
                    what: format!("{} boot volume backups", ids.len()),
                    state: format!("{pending} pending"),
                    percent: Some(least),
                    elapsed,
                    polls,
                });
            }
        }
    }

    async fn poll<T, F, Fut, K, S, R>(
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
        loop {
            if let Some(outcome) = next.take() {
                let elapsed = since(self.clock.as_ref(), start);
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
                            Standing::Succeeded => {
                                info!(what, ?elapsed, polls, "wait succeeded");
                                if *from_zero {
                                    self.learned.record(kind, elapsed);
                                }
                                return Ok(Some(value));
                            }
                            Standing::Failed { state, errors } => {
                                info!(
                                    what,
                                    state,
                                    ?elapsed,
                                    polls,
                                    "wait ended in a failure state"
                                );
                                return Err(WaitError::FailureState {
                                    what: what.to_owned(),
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
                    Err(error) if error.is_transient() => {
                        debug!(what, %error, "transient error while polling; waiting on")
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

/// Every backup of a compartment, following `opc-next-page`.
async fn list_all(
    client: &block_storage::Api,
    compartment_id: &str,
) -> Result<Vec<BootVolumeBackup>, Error> {
    use crate::block_storage::ResponseHeaders as _;

    let mut all = Vec::new();
    let mut page: Option<String> = None;
    loop {
        let mut request = client
            .list_boot_volume_backups()
            .compartment_id(compartment_id)
            .limit(std::num::NonZeroU64::MIN.saturating_add(999));
        if let Some(page) = &page {
            request = request.page(page.as_str());
        }
        let response = request.call().await?;
        page = response.opc_next_page().map(str::to_owned);
        all.extend(response.into_inner());
        if page.is_none() {
            return Ok(all);
        }
    }
}

fn since(clock: &dyn Clock, start: SystemTime) -> Duration {
    clock.now().duration_since(start).unwrap_or_default()
}

fn is_not_found(error: &Error) -> bool {
    error.service().is_some_and(|e| e.status == 404)
}

/// The lifecycle states a boot volume backup can still reach from `state` (itself
/// included): `REQUEST_RECEIVED` -> `CREATING` -> `AVAILABLE`, a create can end `FAULTY`,
/// and any backup can be deleted (`TERMINATING` -> `TERMINATED`). `None` for a state this
/// version does not know (it may lead anywhere).
pub fn reachable_backup_states(
    state: &BootVolumeBackupLifecycleState,
) -> Option<&'static [&'static str]> {
    use BootVolumeBackupLifecycleState as State;
    Some(match state {
        State::RequestReceived => &[
            "REQUEST_RECEIVED",
            "CREATING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        State::Creating => &[
            "CREATING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        State::Available => &["AVAILABLE", "TERMINATING", "TERMINATED"],
        State::Faulty => &["FAULTY", "TERMINATING", "TERMINATED"],
        State::Terminating => &["TERMINATING", "TERMINATED"],
        State::Terminated => &["TERMINATED"],
        State::UnknownValue(_) => return None,
    })
}

/// A backup succeeds in one of `targets` and fails once none of them is reachable.
fn backup_standing(
    backup: &BootVolumeBackup,
    targets: &[BootVolumeBackupLifecycleState],
) -> Standing {
    let state = backup.lifecycle_state.to_string();
    if targets.contains(&backup.lifecycle_state) {
        return Standing::Succeeded;
    }
    let unreachable = reachable_backup_states(&backup.lifecycle_state)
        .is_some_and(|reachable| !targets.iter().any(|t| reachable.contains(&t.as_str())));
    if unreachable {
        Standing::Failed {
            state,
            errors: Vec::new(),
        }
    } else {
        Standing::Pending {
            state,
            percent: backup.backup_progress.map(|p| p as f64),
        }
    }
}

/// What a wait watches: its name in errors and logs, the kind of work it learns the
/// duration of, where a resource stands, and how a resource is carried in an error.
struct Watched<'a, K, S, R> {
    what: &'a str,
    kind: K,
    standing: S,
    resource: R,
}

/// The kind of a wait for a backup to reach `targets`.
fn backup_kind(targets: &[BootVolumeBackupLifecycleState]) -> String {
    let targets: Vec<String> = targets.iter().map(ToString::to_string).collect();
    format!("boot volume backup until {}", targets.join("|"))
}

/// What a 404 means to a wait.
#[derive(Debug, Clone, Copy)]
struct NotFound {
    /// How long a resource may not exist yet (a new work request).
    grace: Duration,
    /// Whether "gone" is what the wait waits for.
    is_success: bool,
}

fn not_found_error(what: &str) -> Error {
    WaitError::NotFound {
        what: what.to_owned(),
        opc_request_id: None,
    }
    .into()
}

fn work_request_standing(work_request: &WorkRequest) -> Standing {
    let state = work_request.status.to_string();
    match &work_request.status {
        WorkRequestStatus::Succeeded => Standing::Succeeded,
        WorkRequestStatus::Failed | WorkRequestStatus::Canceled => Standing::Failed {
            state,
            errors: work_request
                .errors
                .iter()
                .map(|e| format!("{}: {}", e.code, e.message))
                .collect(),
        },
        _ => Standing::Pending {
            state,
            percent: Some(f64::from(work_request.percent_complete)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Progress readings from `(seconds, percent)` pairs.
    fn readings(points: &[(f64, f64)]) -> Vec<Reading> {
        points
            .iter()
            .map(|&(at, percent)| Reading {
                at: secs(at),
                percent,
            })
            .collect()
    }

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[test]
    fn without_progress_the_wait_doubles_to_the_cap() {
        let options = WaitOptions::default();
        let delays: Vec<f64> = (0..7)
            .map(|polls| next_delay(&options, polls, &[], Duration::ZERO, None, 0.5).as_secs_f64())
            .collect();
        assert_eq!(delays, [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]);
    }

    #[test]
    fn with_progress_the_next_poll_aims_at_the_predicted_end() {
        let options = WaitOptions::default();
        // 20% after 10 s from an assumed 0% start predicts 40 s: no longer than the backoff.
        let single = readings(&[(10.0, 20.0)]);
        assert_eq!(
            next_delay(&options, 1, &single, secs(10.0), None, 0.5),
            secs(2.0)
        );
        assert_eq!(
            next_delay(&options, 5, &single, secs(10.0), None, 0.5),
            secs(30.0)
        );
        // From a 0% reading the work may have begun any time later: no longer than the
        // backoff. Two positive readings are trusted, up to the maximum interval.
        let from_zero = readings(&[(2.0, 0.0), (10.0, 20.0)]);
        assert_eq!(
            next_delay(&options, 1, &from_zero, secs(10.0), None, 0.5),
            secs(2.0)
        );
        let positive = readings(&[(2.0, 1.0), (10.0, 20.0)]);
        assert_eq!(
            next_delay(&options, 1, &positive, secs(10.0), None, 0.5),
            secs(30.0)
        );
        // 19% at 10 s, 80% at 40 s: at least 2%/s (from 19.99...%), 10 s to go.
        let points = readings(&[(10.0, 19.0), (40.0, 80.0)]);
        assert_eq!(
            next_delay(&options, 2, &points, secs(40.0), None, 0.5),
            secs(10.0)
        );
        // Nearly done: never closer than the minimum interval.
        let points = readings(&[(10.0, 20.0), (49.9, 99.9)]);
        assert_eq!(
            next_delay(&options, 3, &points, secs(49.9), None, 0.5),
            secs(0.5)
        );
        // Progress that stalls falls back to backoff.
        let points = readings(&[(1.0, 0.0), (3.0, 0.0)]);
        assert_eq!(
            next_delay(&options, 2, &points, secs(3.0), None, 0.5),
            secs(4.0)
        );
    }

    #[test]
    fn a_prediction_reaches_as_far_ahead_as_the_wait_has_lasted() {
        let options = WaitOptions::default();
        // 10% at 100 s, 20% at 200 s: 800 s to go, but the rate is extrapolated no further
        // than the 200 s it was measured over.
        let points = readings(&[(100.0, 10.0), (200.0, 20.0)]);
        assert_eq!(
            next_delay(&options, 2, &points, secs(200.0), None, 0.5),
            secs(200.0)
        );
    }

    #[test]
    fn an_expected_duration_places_the_first_looks() {
        let options = WaitOptions::default();
        let expected = Some(secs(60.0));
        // Nothing seen yet: first look at a quarter of it (no further than the cap).
        let start = readings(&[(0.0, 0.0)]);
        assert_eq!(
            next_delay(&options, 0, &start, Duration::ZERO, expected, 0.5),
            secs(15.0)
        );
        assert_eq!(
            next_delay(&options, 0, &start, Duration::ZERO, Some(secs(600.0)), 0.5),
            secs(30.0)
        );
        // Still 0% past the quarter: back to the backoff.
        let late = readings(&[(0.0, 0.0), (15.0, 0.0)]);
        assert_eq!(
            next_delay(&options, 1, &late, secs(15.0), expected, 0.5),
            secs(2.0)
        );
        // 16% at 15 s, as expected: next at 80% of it (48 s), capped by the reach (30 s).
        let on_time = readings(&[(0.0, 0.0), (15.0, 16.0)]);
        assert_eq!(
            next_delay(&options, 1, &on_time, secs(15.0), expected, 0.5),
            secs(30.0)
        );
        // 16% at 25 s: 80% of it is 23 s ahead.
        let slow = readings(&[(0.0, 0.0), (25.0, 16.0)]);
        assert_eq!(
            next_delay(&options, 1, &slow, secs(25.0), expected, 0.5),
            secs(23.0)
        );
        // 76% at 15 s: faster than expected, and even the slowest rate it allows (75% in
        // 15 s) says 4.8 s to go.
        let fast = readings(&[(0.0, 0.0), (15.0, 76.0)]);
        assert_eq!(
            next_delay(&options, 1, &fast, secs(15.0), expected, 0.5),
            secs(4.8)
        );
        // Two positive readings: the measured rate decides, whatever was expected.
        let measured = readings(&[(15.0, 15.0), (45.0, 76.0)]);
        assert_eq!(
            next_delay(&options, 2, &measured, secs(45.0), expected, 0.5),
            secs(12.0)
        );
    }

    #[test]
    fn learned_durations_are_the_median_of_the_recent_waits() {
        let learned = Learned::default();
        assert_eq!(learned.expected("backup"), None);
        for took in [50.0, 70.0, 60.0] {
            learned.record("backup", secs(took));
        }
        assert_eq!(learned.expected("backup"), Some(secs(60.0)));
        assert_eq!(learned.expected("work request"), None);
        // Only the last LEARNED_WAITS count: eight slow ones push the fast ones out.
        for _ in 0..LEARNED_WAITS {
            learned.record("backup", secs(100.0));
        }
        assert_eq!(learned.expected("backup"), Some(secs(100.0)));
    }

    #[test]
    fn every_documented_state_has_its_successors() {
        for state in BootVolumeBackupLifecycleState::KNOWN {
            let states =
                reachable_backup_states(&BootVolumeBackupLifecycleState::from(*state)).unwrap();
            assert!(states.contains(state), "{state}");
            assert!(
                states
                    .iter()
                    .all(|next| BootVolumeBackupLifecycleState::KNOWN.contains(next))
            );
        }
        assert_eq!(reachable_backup_states(&"MIGRATING".into()), None);
    }

    #[test]
    fn a_wait_fails_once_no_target_is_reachable() {
        use BootVolumeBackupLifecycleState as State;
        let backup = |state: &str| -> BootVolumeBackup {
            serde_json::from_value(
                serde_json::json!({"compartmentId": "c", "displayName": "d", "id": "i",
                "lifecycleState": state, "timeCreated": "2024-01-01T00:00:00Z"}),
            )
            .unwrap()
        };
        let standing =
            |state: &str, targets: &[State]| match backup_standing(&backup(state), targets) {
                Standing::Succeeded => "succeeded",
                Standing::Failed { .. } => "failed",
                Standing::Pending { .. } => "pending",
            };
        assert_eq!(standing("CREATING", &AVAILABLE), "pending");
        assert_eq!(standing("FAULTY", &AVAILABLE), "failed");
        assert_eq!(standing("TERMINATING", &AVAILABLE), "failed");
        assert_eq!(standing("AVAILABLE", &[State::Terminated]), "pending");
        assert_eq!(standing("TERMINATING", &[State::Terminated]), "pending");
        assert_eq!(
            standing("FAULTY", &[State::Faulty, State::Available]),
            "succeeded"
        );
        assert_eq!(standing("AVAILABLE", &[State::Faulty]), "failed");
        assert_eq!(
            standing("RESTORING", &AVAILABLE),
            "pending",
            "an unknown state may lead anywhere"
        );
    }

    #[test]
    fn jitter_spreads_symmetrically() {
        let options = WaitOptions {
            jitter: 0.1,
            ..WaitOptions::default()
        };
        assert_eq!(
            next_delay(&options, 0, &[], Duration::ZERO, None, 0.0),
            secs(0.9)
        );
        assert_eq!(
            next_delay(&options, 0, &[], Duration::ZERO, None, 0.5),
            secs(1.0)
        );
    }
}
