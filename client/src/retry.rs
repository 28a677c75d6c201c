//! Retries, as [`Hooks`] around the authentication hooks: [`Retrying`].
//!
//! What is retried is [`crate::policy`]'s decision, per attempt; this module adds how:
//!
//! - exponential backoff with full jitter, capped, bounded by attempts and by total
//!   time, and by the deadline of a wait that the call is part of; a `Retry-After`
//!   answer is honoured;
//! - operations that take a retry token get one generated once per logical call (unless
//!   the caller set one) and reused on every attempt, so a retried create never makes a
//!   second resource;
//! - every attempt, first or retry, takes a token from the client's adaptive rate
//!   limiter ([`crate::limit`]) when it has one, and reports whether it was throttled;
//! - every attempt is prepared again (a fresh signature date, a current token), the first
//!   too when the limiter made it wait.
//!
//! Time, sleeping and jitter are injected ([`Clock`], [`Sleep`], [`Random`]).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderValue, RETRY_AFTER};
use tracing::{Instrument as _, debug, info_span, warn};

use crate::clock::{Clock, Sleep, SystemClock, TokioSleep};
use crate::limit::RateLimiter;
use crate::policy::{self, Attempt, Verdict};
use crate::random::{Random, SystemRandom, alphanumeric};
use crate::runtime::{BoxFuture, HookError, Hooks, Operation, SharedHooks};
use crate::{answer, deadline};

/// The shortest timeout a deadline gives an attempt: one that starts just before the
/// deadline still gets a chance to answer.
pub const MIN_ATTEMPT: Duration = Duration::from_secs(1);

/// How often and how long to retry.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: no retries).
    pub max_attempts: u32,
    /// The backoff cap before the first retry.
    pub initial_backoff: Duration,
    /// The largest backoff cap.
    pub max_backoff: Duration,
    /// How the cap grows from one retry to the next.
    pub multiplier: f64,
    /// No retry starts once this much time has passed since the first attempt.
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// The official SDKs' defaults: 8 attempts, 1 s doubling to 30 s; at most 5 minutes.
    fn default() -> Self {
        Self {
            max_attempts: 8,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(30),
            multiplier: 2.0,
            max_elapsed: Duration::from_secs(300),
        }
    }
}

impl RetryPolicy {
    /// No retries.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The defaults with `max_attempts` attempts.
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts.max(1);
        self
    }

    /// The defaults with another total-time bound.
    pub fn with_max_elapsed(mut self, max_elapsed: Duration) -> Self {
        self.max_elapsed = max_elapsed;
        self
    }

    /// The cap of the backoff before retry `retry` (1 for the first retry):
    /// `min(max_backoff, initial_backoff * multiplier^(retry - 1))`.
    pub fn backoff_cap(&self, retry: u32) -> Duration {
        let exponent = i32::try_from(retry.saturating_sub(1)).unwrap_or(i32::MAX);
        let cap = self.initial_backoff.as_secs_f64() * self.multiplier.powi(exponent);
        Duration::from_secs_f64(cap.min(self.max_backoff.as_secs_f64()).max(0.0))
    }

    /// The backoff before retry `retry` with full jitter: uniform in `[0, cap)`.
    pub fn backoff(&self, retry: u32, random: &dyn Random) -> Duration {
        self.backoff_cap(retry).mul_f64(random.fraction())
    }
}

/// Retrying hooks around authentication hooks.
#[derive(Debug)]
pub struct Retrying {
    inner: SharedHooks,
    attempt_timeout: Option<Duration>,
    policy: RetryPolicy,
    clock: Arc<dyn Clock>,
    sleep: Arc<dyn Sleep>,
    random: Arc<dyn Random>,
    limiter: Option<Arc<RateLimiter>>,
}

impl Retrying {
    /// Retries around `inner` with the default policy, the system clock, tokio's timer and
    /// the system's random numbers.
    pub fn new(inner: SharedHooks) -> Self {
        Self {
            inner,
            attempt_timeout: None,
            policy: RetryPolicy::default(),
            clock: Arc::new(SystemClock),
            sleep: Arc::new(TokioSleep),
            random: Arc::new(SystemRandom),
            limiter: None,
        }
    }

    /// With a rate limiter every attempt takes a token from (shared with whoever else
    /// holds it), or none.
    pub fn with_limiter(mut self, limiter: Option<Arc<RateLimiter>>) -> Self {
        self.limiter = limiter;
        self
    }

    /// With another policy.
    pub fn with_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// With another clock, sleep and random source (tests make them exact).
    pub fn with_time(
        mut self,
        clock: Arc<dyn Clock>,
        sleep: Arc<dyn Sleep>,
        random: Arc<dyn Random>,
    ) -> Self {
        self.clock = clock;
        self.sleep = sleep;
        self.random = random;
        self
    }

    /// With the transport's whole-request timeout, so that inside a wait an attempt is
    /// also cut at the wait's deadline (at least [`MIN_ATTEMPT`] from its start).
    pub fn with_attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The timeout of an attempt starting `now`: the transport's, or less when a
    /// deadline is nearer.
    fn attempt_timeout(&self, now: SystemTime) -> Option<Duration> {
        let timeout = self.attempt_timeout?;
        let deadline = deadline::current()?;
        let remaining = deadline.duration_since(now).unwrap_or_default();
        (remaining < timeout).then(|| remaining.max(MIN_ATTEMPT))
    }

    /// These hooks, shared, as a generated client takes them.
    pub fn shared(self) -> SharedHooks {
        Arc::new(self)
    }

    fn elapsed_since(&self, start: SystemTime) -> Duration {
        self.clock.now().duration_since(start).unwrap_or_default()
    }
}

/// Why an attempt may be retried, if the policy says it may: the `Retry-After` delay
/// and a reason for the logs.
fn retry_reason(
    operation: &Operation,
    outcome: &reqwest::Result<reqwest::Response>,
    now: SystemTime,
) -> Option<(Option<Duration>, String)> {
    let (attempt, retry_after, reason) = match outcome {
        Err(error) => (
            Attempt::failed(error),
            None,
            format!("transport error: {error}"),
        ),
        Ok(response) => {
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| parse_retry_after(v, now));
            let code = answer::error_code(response);
            (
                Attempt::Answered { status, code },
                retry_after,
                format!("HTTP {status}"),
            )
        }
    };
    (policy::verdict(operation, attempt) == Verdict::Retry).then_some((retry_after, reason))
}

impl Hooks for Retrying {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            if let Some(header) = operation.retry_token
                && !request.headers().contains_key(header)
            {
                let token = HeaderValue::from_str(&alphanumeric(self.random.as_ref(), 32))
                    .map_err(HookError::invalid_input)?;
                request.headers_mut().insert(header, token);
            }
            self.inner.prepare(request, operation).await
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let span = info_span!("operation", operation = operation.id);
        Box::pin(
            async move {
                let started = self.clock.now();
                let original = request.try_clone();
                let mut current = request;
                let mut attempt = 1;
                loop {
                    let mut permit = None;
                    if let Some(limiter) = &self.limiter {
                        let (taken, waited) =
                            limiter.acquire(self.clock.as_ref(), self.sleep.as_ref()).await;
                        permit = Some(taken);
                        if !waited.is_zero() {
                            debug!(?waited, "rate limiter: waited for a token");
                            if let Err(error) = self.inner.prepare(&mut current, operation).await
                            {
                                warn!(%error, "cannot prepare the request again after waiting for a token");
                            }
                        }
                    }
                    if let Some(timeout) = self.attempt_timeout(self.clock.now()) {
                        *current.timeout_mut() = Some(timeout);
                    }
                    let outcome = self
                        .inner
                        .execute(client, current, operation)
                        .instrument(info_span!("attempt", attempt))
                        .await;
                    if let (Some(limiter), Some(permit), Ok(response)) =
                        (&self.limiter, permit, &outcome)
                    {
                        limiter.record(permit, response.status().as_u16() == 429, self.clock.now());
                    }
                    match &outcome {
                        Ok(response) => debug!(
                            attempt,
                            status = response.status().as_u16(),
                            opc_request_id = response
                                .headers()
                                .get("opc-request-id")
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or("-"),
                            "answered"
                        ),
                        Err(error) => debug!(
                            attempt,
                            error = %crate::error::causes(error),
                            "no answer"
                        ),
                    }
                    let now = self.clock.now();
                    let Some((retry_after, reason)) = retry_reason(operation, &outcome, now) else {
                        return outcome;
                    };
                    let Some(next) = original.as_ref().and_then(reqwest::Request::try_clone) else {
                        debug!(
                            attempt,
                            reason, "cannot resend a streamed body: not retrying"
                        );
                        return outcome;
                    };
                    if attempt >= self.policy.max_attempts {
                        warn!(attempt, reason, "giving up: no attempts left");
                        return outcome;
                    }
                    let delay = retry_after
                        .unwrap_or_else(|| self.policy.backoff(attempt, self.random.as_ref()));
                    let elapsed = self.elapsed_since(started);
                    if elapsed + delay > self.policy.max_elapsed {
                        warn!(
                            attempt,
                            reason,
                            ?elapsed,
                            ?delay,
                            "giving up: the retry time budget is spent"
                        );
                        return outcome;
                    }
                    if let Some(deadline) = deadline::current()
                        && now + delay >= deadline
                    {
                        debug!(
                            attempt,
                            reason,
                            ?delay,
                            "giving up: the retry would start after the wait's deadline"
                        );
                        return outcome;
                    }
                    warn!(
                        attempt,
                        reason,
                        ?delay,
                        honoured_retry_after = retry_after.is_some(),
                        "retrying"
                    );
                    self.sleep.sleep(delay).await;
                    current = next;
                    if let Err(error) = self.inner.prepare(&mut current, operation).await {
                        warn!(%error, "cannot prepare the retry: returning the last answer");
                        return outcome;
                    }
                    attempt += 1;
                }
            }
            .instrument(span),
        )
    }
}

/// The `opc-retry-token` of the call that acts on `resource_id` in the run named
/// `run_key` (a nightly job's `nightly-2026-11-30`): the first 32 hex digits of the
/// SHA-256 of both. The same run key and resource always give the same token, so a run
/// killed after its creates went out and started again with the same key within the
/// token's 24 hours makes nothing twice; other keys or resources give other tokens. The
/// command's `--idempotency-key` uses it.
///
/// ```
/// use oci_backup::retry::derive_retry_token;
///
/// let token = derive_retry_token("nightly-2026-11-30", "ocid1.bootvolume.oc1..a");
/// assert_eq!(token, derive_retry_token("nightly-2026-11-30", "ocid1.bootvolume.oc1..a"));
/// assert_ne!(token, derive_retry_token("nightly-2026-11-30", "ocid1.bootvolume.oc1..b"));
/// assert_ne!(token, derive_retry_token("nightly-2026-12-01", "ocid1.bootvolume.oc1..a"));
/// assert_eq!(token.len(), 32);
/// ```
pub fn derive_retry_token(run_key: &str, resource_id: &str) -> String {
    let mut context = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
    context.update(b"oci-backup retry token v1");
    context.update(&(run_key.len() as u64).to_be_bytes());
    context.update(run_key.as_bytes());
    context.update(resource_id.as_bytes());
    let digest = context.finish();
    digest.as_ref()[..16]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// `Retry-After` as seconds or an HTTP date (relative to `now`).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let at = SystemTime::from(date.with_timezone(&chrono::Utc));
    Some(at.duration_since(now).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::SeededRandom;

    #[test]
    fn backoff_caps_double_to_the_maximum_and_jitter_stays_below_the_cap() {
        let policy = RetryPolicy::default();
        let caps: Vec<u64> = (1..=7).map(|n| policy.backoff_cap(n).as_secs()).collect();
        assert_eq!(caps, [1, 2, 4, 8, 16, 30, 30]);
        let random = SeededRandom::new(1);
        for retry in 1..=10 {
            assert!(policy.backoff(retry, &random) < policy.backoff_cap(retry));
        }
    }

    #[test]
    fn derived_tokens_are_fixed_for_a_key_and_resource() {
        // Pinned: a token a run sent must be the token a later release derives.
        assert_eq!(
            derive_retry_token("nightly-2026-11-30", "ocid1.bootvolume.oc1..a"),
            "bf3a34c251a722fcfc7caf51016a96fc"
        );
        // The length is part of the hash: ("ab", "c") and ("a", "bc") differ.
        assert_ne!(derive_retry_token("ab", "c"), derive_retry_token("a", "bc"));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_388_957_500);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Sun, 05 Jan 2014 21:31:50 GMT", now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            parse_retry_after("Sun, 05 Jan 2014 21:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
