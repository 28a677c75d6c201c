//! The poll schedule: when to look next, from the progress seen and the duration
//! expected.

use std::time::Duration;

use super::WaitOptions;

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
