//! Client-side adaptive rate limiting: [`RateLimiter`], one token bucket shared by every
//! call of a client (and of its clones, and of every client built from the same
//! [`Settings`](crate::Settings)), whose rate adapts to the service's throttling as the
//! AWS SDKs' adaptive retry mode does.
//!
//! - Every attempt, first or retry, takes a token before it is sent. Waiting callers
//!   queue in order (a fair lock), so thousands of queued calls cost one timer at a time,
//!   and a rate cut applies to the very next token.
//! - Until the first `429`, the bucket fills at the ceiling ([`RateLimit::ceiling`]) and
//!   holds one second of tokens: a client under the limit never waits.
//! - A `429` cuts the rate to [`RateLimit::beta`] of the rate it was sending at (the
//!   measured send rate, or the bucket's, whichever is lower) and remembers that rate as
//!   the last maximum. Only answers to requests sent after the previous cut cut again, so
//!   the many `429`s of one burst count as one signal.
//! - Each success lets the rate grow back along a cubic curve (CUBIC, as TCP and the AWS
//!   SDKs do): fast far below the last maximum, flat near it, faster again beyond it; never
//!   above twice the measured send rate nor the ceiling, never below the floor.
//! - `Retry-After` is honoured by the retry layer for the throttled request itself
//!   ([`crate::retry`]); the bucket does not stop every other call for it, since a
//!   throttled service says in whole seconds what a token bucket frees in milliseconds.
//!
//! Time and waiting are injected ([`Clock`], [`Sleep`]) so the rates are exact in tests.
//! Rate changes are logged with `tracing` (target `oci_backup::limit`): cuts at `info`,
//! growth and waits at `debug`.

use std::fmt;
use std::time::{Duration, SystemTime};

use tracing::{debug, info};

use crate::clock::{Clock, Sleep};

/// How the adaptive limiter behaves. [`RateLimit::default`]: a ceiling of 100 requests
/// per second, a floor of 0.5, AWS's constants.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RateLimit {
    /// The highest rate, in requests per second: where the bucket starts and what it
    /// never exceeds.
    pub ceiling: f64,
    /// The lowest rate, in requests per second, however often the service throttles.
    pub floor: f64,
    /// The share of the sending rate kept after a `429` (AWS: 0.7).
    pub beta: f64,
    /// How fast the rate grows back, in requests per second per second cubed (AWS: 0.4).
    pub scale: f64,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self {
            ceiling: 100.0,
            floor: 0.5,
            beta: 0.7,
            scale: 0.4,
        }
    }
}

impl RateLimit {
    /// The defaults with another ceiling (requests per second; at least the floor).
    pub fn with_ceiling(mut self, ceiling: f64) -> Self {
        self.ceiling = if ceiling.is_finite() {
            ceiling.max(self.floor)
        } else {
            self.floor
        };
        self
    }
}

/// An adaptive token bucket (see the [module documentation](self)).
pub struct RateLimiter {
    limit: RateLimit,
    /// Held while a caller waits for its token: callers are served in order.
    gate: tokio::sync::Mutex<()>,
    state: std::sync::Mutex<State>,
}

impl fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("RateLimiter")
            .field("limit", &self.limit)
            .field("rate", &state.rate)
            .field("throttled", &state.throttled)
            .finish_non_exhaustive()
    }
}

/// The bucket and what the adaptation knows.
#[derive(Debug)]
struct State {
    /// Tokens per second now.
    rate: f64,
    /// Tokens in the bucket (at most one second's worth, at least one).
    tokens: f64,
    /// When `tokens` was last brought up to date.
    refilled: Option<SystemTime>,
    /// Whether a `429` was seen: before, the rate stays at the ceiling.
    throttled: bool,
    /// The rate at the last cut.
    last_max: f64,
    /// When the last cut happened.
    last_cut: Option<SystemTime>,
    /// Seconds after a cut at which the cubic curve is back at `last_max`.
    window: f64,
    /// The smoothed send rate (answers per second), once a half-second has passed.
    measured: Option<f64>,
    /// Answers in the current half-second.
    counted: u64,
    /// Start of the current half-second, in half-seconds since the epoch.
    half_second: Option<u64>,
}

/// What a caller holds between taking a token and reporting the answer.
#[derive(Debug, Clone, Copy)]
pub struct Permit {
    sent_at: SystemTime,
}

impl RateLimiter {
    /// A limiter that starts at `limit`'s ceiling.
    pub fn new(limit: RateLimit) -> Self {
        let rate = limit.ceiling.max(limit.floor);
        Self {
            gate: tokio::sync::Mutex::new(()),
            state: std::sync::Mutex::new(State {
                rate,
                tokens: rate.max(1.0),
                refilled: None,
                throttled: false,
                last_max: rate,
                last_cut: None,
                window: 0.0,
                measured: None,
                counted: 0,
                half_second: None,
            }),
            limit,
        }
    }

    /// What the limiter was built with.
    pub fn limit(&self) -> &RateLimit {
        &self.limit
    }

    /// The current rate, in requests per second.
    pub fn rate(&self) -> f64 {
        self.lock().rate
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Plain numbers: consistent whatever a panicking holder left.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits for a token (in turn with every other caller), then returns the permit to
    /// report the answer with. Returns how long it waited too.
    pub async fn acquire(&self, clock: &dyn Clock, sleep: &dyn Sleep) -> (Permit, Duration) {
        let _turn = self.gate.lock().await;
        let mut waited = Duration::ZERO;
        loop {
            let now = clock.now();
            let wait = {
                let mut state = self.lock();
                state.refill(now);
                // (Within rounding of a whole token: a wait of under a nanosecond
                // would not move a clock.)
                if state.tokens >= 1.0 - 1e-9 {
                    state.tokens = (state.tokens - 1.0).max(0.0);
                    if !waited.is_zero() {
                        debug!(
                            ?waited,
                            rate = state.rate,
                            "rate limiter: token after waiting"
                        );
                    }
                    return (Permit { sent_at: now }, waited);
                }
                Duration::from_secs_f64((1.0 - state.tokens) / state.rate)
                    .max(Duration::from_nanos(1))
            };
            sleep.sleep(wait).await;
            waited += wait;
        }
    }

    /// Reports the answer to a request sent with `permit`: `throttled` for a `429`, or
    /// anything else the service answered (transport errors are not reported: they say
    /// nothing about the service's rate).
    pub fn record(&self, permit: Permit, throttled: bool, now: SystemTime) {
        let limit = &self.limit;
        let mut state = self.lock();
        state.refill(now);
        state.measure(now);
        let new_rate = if throttled {
            if state.last_cut.is_some_and(|cut| permit.sent_at <= cut) {
                // Sent before the last cut: the cut already answered this burst.
                return;
            }
            let sending = state.measured.map_or(state.rate, |m| m.min(state.rate));
            state.throttled = true;
            state.last_max = sending;
            state.window = (sending * (1.0 - limit.beta) / limit.scale).cbrt();
            state.last_cut = Some(now);
            sending * limit.beta
        } else if !state.throttled {
            return;
        } else {
            let since = state
                .last_cut
                .and_then(|cut| now.duration_since(cut).ok())
                .unwrap_or_default()
                .as_secs_f64();
            let cubic = cubic(limit, state.last_max, state.window, since);
            state.measured.map_or(cubic, |m| cubic.min(2.0 * m))
        };
        let new_rate = new_rate.clamp(limit.floor, limit.ceiling.max(limit.floor));
        let old = state.rate;
        state.rate = new_rate;
        state.tokens = state.tokens.min(new_rate.max(1.0));
        if throttled {
            info!(
                from = old,
                to = new_rate,
                last_max = state.last_max,
                "rate limiter: throttled (429), rate cut"
            );
        } else if (new_rate - old).abs() >= 1.0 {
            debug!(from = old, to = new_rate, "rate limiter: rate grows back");
        }
    }
}

/// The rate `since` seconds after a cut from `last_max`: `scale * (since - window)^3 +
/// last_max`, back at `last_max` after `window` seconds.
fn cubic(limit: &RateLimit, last_max: f64, window: f64, since: f64) -> f64 {
    limit.scale * (since - window).powi(3) + last_max
}

impl State {
    fn refill(&mut self, now: SystemTime) {
        if let Some(then) = self.refilled {
            let elapsed = now.duration_since(then).unwrap_or_default().as_secs_f64();
            self.tokens = (self.tokens + elapsed * self.rate).min(self.rate.max(1.0));
        }
        self.refilled = Some(now);
    }

    /// Counts an answer in its half-second; at each new half-second, the rate of the
    /// last one is smoothed into `measured` (weight 0.8 on the new, as AWS).
    fn measure(&mut self, now: SystemTime) {
        let half = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis()
            / 500;
        let half = u64::try_from(half).unwrap_or(u64::MAX);
        match self.half_second {
            None => self.half_second = Some(half),
            Some(previous) if half > previous => {
                let seconds = (half - previous) as f64 / 2.0;
                let current = self.counted as f64 / seconds;
                self.measured = Some(match self.measured {
                    Some(m) => 0.8 * current + 0.2 * m,
                    None => current,
                });
                self.counted = 0;
                self.half_second = Some(half);
            }
            Some(_) => {}
        }
        self.counted += 1;
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::clock::{ManualClock, ManualSleep};

    fn rig() -> (Arc<ManualClock>, ManualSleep) {
        let clock = Arc::new(ManualClock::new(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
        ));
        let sleep = ManualSleep::new(clock.clone());
        (clock, sleep)
    }

    #[tokio::test]
    async fn under_the_ceiling_nothing_waits_and_beyond_it_tokens_come_at_its_rate() {
        let (clock, sleep) = rig();
        let limiter = RateLimiter::new(RateLimit::default().with_ceiling(10.0));
        for _ in 0..10 {
            let (_, waited) = limiter.acquire(clock.as_ref(), &sleep).await;
            assert_eq!(waited, Duration::ZERO);
        }
        for _ in 0..3 {
            let (_, waited) = limiter.acquire(clock.as_ref(), &sleep).await;
            assert_eq!(waited, Duration::from_millis(100));
        }
        assert_eq!(sleep.slept(), vec![Duration::from_millis(100); 3]);
    }

    /// Sends `seconds` of requests as fast as the limiter lets them go, each answered
    /// at once (a 429 when `throttle` says so); returns how many were sent.
    async fn drive(
        limiter: &RateLimiter,
        clock: &ManualClock,
        sleep: &ManualSleep,
        seconds: f64,
        throttle: impl Fn(u64) -> bool,
    ) -> u64 {
        let end = clock.now() + Duration::from_secs_f64(seconds);
        let mut sent = 0;
        while clock.now() < end {
            let permit = limiter.acquire(clock, sleep).await.0;
            limiter.record(permit, throttle(sent), clock.now());
            sent += 1;
        }
        sent
    }

    #[test]
    fn the_cubic_curve_is_back_at_the_last_maximum_after_its_window() {
        let limit = RateLimit::default();
        let window = (40.0f64 * 0.3 / 0.4).cbrt();
        assert!((cubic(&limit, 40.0, window, 0.0) - 28.0).abs() < 1e-9);
        assert!((cubic(&limit, 40.0, window, window) - 40.0).abs() < 1e-9);
        let half = cubic(&limit, 40.0, window, window / 2.0);
        assert!((half - (40.0 - 0.4 * (window / 2.0).powi(3))).abs() < 1e-9);
        assert!(cubic(&limit, 40.0, window, 2.0 * window) > 40.0 + 10.0);
    }

    #[tokio::test]
    async fn a_429_cuts_the_rate_once_per_burst_and_successes_grow_it_back_to_the_last_maximum() {
        let (clock, sleep) = rig();
        let limiter = RateLimiter::new(RateLimit::default().with_ceiling(40.0));
        // Successes before any 429 leave the rate at the ceiling.
        drive(&limiter, &clock, &sleep, 2.0, |_| false).await;
        assert_eq!(limiter.rate(), 40.0);
        // Three requests in flight when the service throttles: one cut, not three.
        let inflight: Vec<Permit> = (0..3)
            .map(|_| Permit {
                sent_at: clock.now(),
            })
            .collect();
        clock.advance(Duration::from_millis(10));
        for permit in inflight {
            limiter.record(permit, true, clock.now());
        }
        assert!((limiter.rate() - 28.0).abs() < 1e-6, "{}", limiter.rate());
        // Sending as fast as allowed, the rate is back near 40 after cbrt(30) = 3.1 s,
        // and no more than about 28 * 3.1 + 3/4 * 12 * 3.1 = 115 requests went meanwhile.
        let sent = drive(&limiter, &clock, &sleep, 30f64.cbrt(), |_| false).await;
        assert!((limiter.rate() - 40.0).abs() < 0.5, "{}", limiter.rate());
        assert!((100..=116).contains(&sent), "{sent}");
        // And beyond it, faster: the ceiling holds it.
        drive(&limiter, &clock, &sleep, 3.0, |_| false).await;
        assert_eq!(limiter.rate(), 40.0);
    }

    #[tokio::test]
    async fn a_later_429_cuts_from_the_measured_send_rate_and_never_below_the_floor() {
        let (clock, sleep) = rig();
        let limiter = RateLimiter::new(RateLimit::default().with_ceiling(100.0));
        // 20 answers per half-second for two seconds: a measured 40 requests/s.
        for _ in 0..4 {
            for _ in 0..20 {
                let permit = limiter.acquire(clock.as_ref(), &sleep).await.0;
                limiter.record(permit, false, clock.now());
            }
            clock.advance(Duration::from_millis(500));
        }
        let permit = limiter.acquire(clock.as_ref(), &sleep).await.0;
        limiter.record(permit, true, clock.now());
        assert!((limiter.rate() - 28.0).abs() < 1e-9, "{}", limiter.rate());
        // A long run of 429s, each to a request sent after the previous cut.
        for _ in 0..40 {
            clock.advance(Duration::from_millis(10));
            let permit = Permit {
                sent_at: clock.now(),
            };
            clock.advance(Duration::from_millis(10));
            limiter.record(permit, true, clock.now());
        }
        assert_eq!(limiter.rate(), 0.5);
    }
}
