//! Retries, as [`Hooks`] around the authentication hooks: [`Retrying`].
//!
//! - Retried: connection failures and timeouts, 429, 500/502/503/504 and
//!   `409 IncorrectState`, with exponential backoff and full jitter, capped, and bounded
//!   by attempts and by total time; a `Retry-After` answer is honoured.
//! - Operations whose spec declares an `opc-retry-token` header get one generated once per
//!   logical call (unless the caller set one) and reused on every attempt, so a retried
//!   create never makes a second resource.
//! - An operation that is not idempotent (a POST without a retry token, such as the
//!   Analytics creates) is never re-sent once the server may have received it: only a
//!   failed connection, a 429 or `409 IncorrectState` (refusals that did nothing) are
//!   retried. The conversion to [`crate::Error`] then reports "outcome unknown".
//! - Every attempt is prepared again (a fresh signature date, a current token).
//! - Error bodies that are not the documented `{code, message}` shape are replaced by
//!   `{"code": "BadErrorResponse", "message": <the raw body>}`, so the generated clients
//!   still decode them and the raw text reaches [`crate::ServiceError::raw_body`].
//!
//! Time, sleeping and jitter are injected ([`Clock`], [`Sleep`], [`Random`]).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use tracing::{Instrument as _, debug, info_span, warn};

use crate::clock::{Clock, Sleep, SystemClock, TokioSleep};
use crate::error::{
    BAD_ERROR_RESPONSE, find_operation, is_idempotent, is_retryable_status, never_sent,
};
use crate::random::{Random, SystemRandom, alphanumeric};
use crate::runtime::{BoxFuture, HookError, Hooks, SharedHooks};

/// The header that makes a create idempotent.
const RETRY_TOKEN: &str = "opc-retry-token";
/// The largest error body kept when it is not the documented shape.
const RAW_BODY_LIMIT: usize = 4096;

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
    policy: RetryPolicy,
    clock: Arc<dyn Clock>,
    sleep: Arc<dyn Sleep>,
    random: Arc<dyn Random>,
}

impl Retrying {
    /// Retries around `inner` with the default policy, the system clock, tokio's timer and
    /// the system's random numbers.
    pub fn new(inner: SharedHooks) -> Self {
        Self {
            inner,
            policy: RetryPolicy::default(),
            clock: Arc::new(SystemClock),
            sleep: Arc::new(TokioSleep),
            random: Arc::new(SystemRandom),
        }
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

    /// These hooks, shared, as a generated client takes them.
    pub fn shared(self) -> SharedHooks {
        Arc::new(self)
    }

    fn elapsed_since(&self, start: SystemTime) -> Duration {
        self.clock.now().duration_since(start).unwrap_or_default()
    }

    /// When to retry an attempt's outcome, if at all.
    fn decide(&self, outcome: &Attempt, idempotent: bool) -> Option<(Option<Duration>, String)> {
        match outcome {
            Attempt::Failed(error) => {
                let retryable = never_sent(error)
                    || (idempotent
                        && (error.is_timeout() || error.is_request() || error.is_body()));
                retryable.then(|| (None, format!("transport error: {error}")))
            }
            Attempt::Answered {
                status,
                code,
                retry_after,
                ..
            } => {
                let status_code = status.as_u16();
                if !is_retryable_status(status_code, code.as_deref()) {
                    return None;
                }
                let refused = status_code == 429
                    || (status_code == 409 && code.as_deref() == Some("IncorrectState"));
                (idempotent || refused).then(|| (*retry_after, format!("HTTP {status_code}")))
            }
        }
    }
}

/// What one attempt produced.
enum Attempt {
    Failed(reqwest::Error),
    Answered {
        response: reqwest::Response,
        status: StatusCode,
        code: Option<String>,
        retry_after: Option<Duration>,
    },
}

impl Attempt {
    fn into_result(self) -> reqwest::Result<reqwest::Response> {
        match self {
            Attempt::Failed(error) => Err(error),
            Attempt::Answered { response, .. } => Ok(response),
        }
    }
}

impl Hooks for Retrying {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation_id: &'static str,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            let takes_token =
                find_operation(operation_id).is_some_and(|op| op.has_header(RETRY_TOKEN));
            if takes_token && !request.headers().contains_key(RETRY_TOKEN) {
                let token = HeaderValue::from_str(&alphanumeric(self.random.as_ref(), 32))?;
                request.headers_mut().insert(RETRY_TOKEN, token);
            }
            self.inner.prepare(request, operation_id).await
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let span = info_span!("operation", operation = operation_id);
        Box::pin(
            async move {
                let idempotent = is_idempotent(find_operation(operation_id));
                let started = self.clock.now();
                let original = request.try_clone();
                let mut current = request;
                let mut attempt = 1;
                loop {
                    let outcome = self
                        .inner
                        .execute(client, current, operation_id)
                        .instrument(info_span!("attempt", attempt))
                        .await;
                    let outcome = match outcome {
                        Ok(response) => answered(response, self.clock.now()).await,
                        Err(error) => Attempt::Failed(error),
                    };
                    match &outcome {
                        Attempt::Answered {
                            response, status, ..
                        } => {
                            let request_id = response
                                .headers()
                                .get("opc-request-id")
                                .and_then(|v| v.to_str().ok());
                            debug!(
                                attempt,
                                status = status.as_u16(),
                                opc_request_id = request_id.unwrap_or("-"),
                                "answered"
                            );
                        }
                        Attempt::Failed(error) => debug!(attempt, %error, "no answer"),
                    }
                    let Some((retry_after, reason)) = self.decide(&outcome, idempotent) else {
                        return outcome.into_result();
                    };
                    let Some(next) = original.as_ref().and_then(reqwest::Request::try_clone) else {
                        debug!(
                            attempt,
                            reason, "cannot resend a streamed body: not retrying"
                        );
                        return outcome.into_result();
                    };
                    if attempt >= self.policy.max_attempts {
                        warn!(attempt, reason, "giving up: no attempts left");
                        return outcome.into_result();
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
                        return outcome.into_result();
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
                    if let Err(error) = self.inner.prepare(&mut current, operation_id).await {
                        warn!(%error, "cannot prepare the retry: returning the last answer");
                        return outcome.into_result();
                    }
                    attempt += 1;
                }
            }
            .instrument(span),
        )
    }
}

/// Reads an answer: for an error status, its body (normalised to the documented shape)
/// and code; for any status, `Retry-After`.
async fn answered(response: reqwest::Response, now: SystemTime) -> Attempt {
    let status = response.status();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, now));
    if status.as_u16() < 400 {
        return Attempt::Answered {
            response,
            status,
            code: None,
            retry_after,
        };
    }
    let version = response.version();
    let mut headers = response.headers().clone();
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(error) => return Attempt::Failed(error),
    };
    let code = documented_code(&bytes);
    let body = match &code {
        Some(_) => bytes.to_vec(),
        None => {
            let raw = String::from_utf8_lossy(&bytes);
            let raw: String = raw.chars().take(RAW_BODY_LIMIT).collect();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            serde_json::json!({"code": BAD_ERROR_RESPONSE, "message": raw})
                .to_string()
                .into_bytes()
        }
    };
    headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    let mut builder = http::Response::builder().status(status).version(version);
    if let Some(map) = builder.headers_mut() {
        *map = headers;
    }
    match builder.body(body) {
        Ok(rebuilt) => Attempt::Answered {
            response: reqwest::Response::from(rebuilt),
            status,
            code: code.or_else(|| Some(BAD_ERROR_RESPONSE.to_owned())),
            retry_after,
        },
        // The parts came from a valid response; should rebuilding fail, report no answer.
        Err(_) => Attempt::Answered {
            response: reqwest::Response::from(http::Response::new(Vec::new())),
            status,
            code: None,
            retry_after,
        },
    }
}

/// The `code` of a documented `{code, message}` error body.
fn documented_code(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let code = value.get("code")?.as_str()?;
    value.get("message")?.as_str()?;
    Some(code.to_owned())
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

    #[test]
    fn only_the_documented_shape_has_a_code() {
        assert_eq!(
            documented_code(br#"{"code":"NotFound","message":"m"}"#).as_deref(),
            Some("NotFound")
        );
        assert_eq!(
            documented_code(br#"{"servlet":"X","message":"Server Error"}"#),
            None
        );
        assert_eq!(documented_code(b"<html>"), None);
    }
}
