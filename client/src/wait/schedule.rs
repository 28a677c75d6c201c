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
/// - Two positive readings of different percents: the lines of steady progress that fit
///   every reading (each whole percent, rounded down, stands for a band one percent high)
///   say the work ends between an earliest and a latest time. The next poll is at the
///   latest when that is at most `initial_delay` after the earliest, else `initial_delay`
///   after the earliest: the end is never noticed more than `initial_delay` late (the
///   SDK's finest step) while progress is steady, and a poll that finds the work still
///   running reads a percent close to the end, which narrows the interval. Past
///   1,000 s the allowance is 0.1% of the wait so far instead (whole percents of a long
///   operation are coarse: stepping through them a second at a time costs many polls).
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
    // How late the end may be noticed once the rate is measured: the SDK's first step,
    // or 0.1% of the wait so far if that is more (past 1,000 s).
    let tolerance = options
        .initial_delay
        .max(options.min_interval)
        .as_secs_f64()
        .max(now * LATE_SHARE);
    let seconds = match predict(readings, now) {
        // The end lies between `earliest` and `latest`: look at the latest when that is
        // within the tolerance of the earliest, else one tolerance past the earliest
        // (never later than that past the end; if still running, the reading there,
        // close to the end, narrows the interval).
        Some(Prediction {
            earliest,
            latest,
            measured: true,
        }) => latest.min(earliest.max(0.0) + tolerance).min(reach),
        Some(Prediction { latest, .. }) => match until_expected(0.8) {
            Some(ahead) => ahead.min(latest).min(reach),
            None => latest.min(backoff()),
        },
        None => until_expected(0.25).map_or_else(backoff, |ahead| ahead.min(reach)),
    };
    let seconds = seconds.max(options.min_interval.as_secs_f64());
    let spread = 1.0 + options.jitter * (2.0 * fraction - 1.0);
    Duration::from_secs_f64((seconds * spread).max(0.0))
}

/// When the progress readings say the work ends, in seconds from now.
struct Prediction {
    /// The soonest it can end, at the fastest rate the readings allow.
    earliest: f64,
    /// The latest it can end, at the slowest rate the readings allow.
    latest: f64,
    /// Whether the rate was measured between two positive readings; otherwise it is from
    /// an assumed 0% start, too low by an unknown amount (and `earliest` is now).
    measured: bool,
}

/// The interval in which a steady rate through the readings reaches 100%.
///
/// Every reading bounds the progress line `percent = rate * t + offset` at its time:
/// `backupProgress` is a whole percent, rounded down, so a reading of p means the line
/// is in [p, p + 1) there (`percentComplete` is a number: a fractional reading is taken
/// as exact, within 0.01); a 0% reading only says it is below 1 (the work may not have
/// begun). With two positive readings of different percents the lines that fit every
/// reading form a bounded polygon, and the end (where the line reaches 100) is earliest
/// and latest at its corners: each further reading can only narrow the interval. When
/// no steady rate fits every reading (the rate changed), the last two positive readings
/// alone decide. With one positive reading the rate from the last 0% reading (or the
/// wait's start) is a lower bound only: the work may have begun any time after it.
fn predict(readings: &[Reading], now: f64) -> Option<Prediction> {
    let last = readings.last()?;
    let since_last = now - last.at.as_secs_f64();
    let positive: Vec<&Reading> = readings.iter().filter(|r| r.percent > 0.0).collect();
    let measured = positive.iter().any(|r| r.percent < last.percent);
    if measured {
        // The widest base (the first positive reading) and the latest readings: the
        // corners cost the cube of the readings fitted.
        let tail = &readings[readings.len().saturating_sub(FITTED - 1)..];
        let fitted: Vec<Reading> = positive
            .first()
            .filter(|first| !tail.iter().any(|r| r == **first))
            .map(|first| **first)
            .into_iter()
            .chain(tail.iter().copied())
            .collect();
        let fitted = end_interval(&fitted).or_else(|| {
            let before = positive.iter().rev().find(|r| r.percent < last.percent)?;
            end_interval(&[**before, *last])
        });
        if let Some((earliest, latest)) = fitted {
            let at = |end: f64| end - last.at.as_secs_f64() - since_last;
            return Some(Prediction {
                earliest: at(earliest),
                latest: at(latest),
                measured: true,
            });
        }
    }
    // The slowest rate from the last reading below the last one.
    let earlier = readings
        .iter()
        .rev()
        .find(|r| r.percent < last.percent)
        .copied()
        .unwrap_or(Reading {
            at: Duration::ZERO,
            percent: 0.0,
        });
    let span = last.at.checked_sub(earlier.at)?.as_secs_f64();
    let slowest = (last.percent - (earlier.percent + width(&earlier))) / span;
    (span > 0.0 && slowest > 0.0 && slowest.is_finite()).then(|| Prediction {
        earliest: 0.0,
        latest: (100.0 - last.percent).max(0.0) / slowest - since_last,
        measured: false,
    })
}

/// How late the end may be noticed, as a share of the wait so far, when that is more
/// than `initial_delay`: whole percents of a long operation are coarse (1% of a
/// three-hour backup is 97 s), and a look each `initial_delay` through the interval
/// they leave would cost dozens of polls.
const LATE_SHARE: f64 = 0.001;

/// The most readings a steady rate is fitted through.
const FITTED: usize = 24;

/// How far above a reading the true progress may be: a whole percent is rounded down.
fn width(reading: &Reading) -> f64 {
    if reading.percent.fract() == 0.0 {
        1.0
    } else {
        0.01
    }
}

/// The earliest and latest time (since the wait began) at which a line through every
/// reading's band reaches 100%, or `None` when no line with a positive rate fits them
/// all (or the lines that fit are unbounded).
fn end_interval(readings: &[Reading]) -> Option<(f64, f64)> {
    // Each constraint: `low <= rate * t + offset <= high` (0% readings have no low).
    let bands: Vec<(f64, Option<f64>, f64)> = readings
        .iter()
        .map(|r| {
            let t = r.at.as_secs_f64();
            let low = (r.percent > 0.0).then_some(r.percent);
            (t, low, r.percent + width(r))
        })
        .collect();
    // The boundary lines `rate * t + offset = level`, as (t, level).
    let lines: Vec<(f64, f64)> = bands
        .iter()
        .flat_map(|&(t, low, high)| low.map(|low| (t, low)).into_iter().chain([(t, high)]))
        .collect();
    let fits = |rate: f64, offset: f64| {
        bands.iter().all(|&(t, low, high)| {
            let at = rate * t + offset;
            at <= high + 1e-9 && low.is_none_or(|low| at >= low - 1e-9)
        })
    };
    let mut interval: Option<(f64, f64)> = None;
    for (i, &(t1, c1)) in lines.iter().enumerate() {
        for &(t2, c2) in &lines[i + 1..] {
            if (t1 - t2).abs() < 1e-9 {
                continue;
            }
            let rate = (c1 - c2) / (t1 - t2);
            let offset = c1 - rate * t1;
            if !fits(rate, offset) {
                continue;
            }
            if rate <= 1e-12 {
                // A line that does not rise fits: the end may be as late as never.
                return None;
            }
            let end = (100.0 - offset) / rate;
            interval = Some(match interval {
                None => (end, end),
                Some((earliest, latest)) => (earliest.min(end), latest.max(end)),
            });
        }
    }
    // The fastest and slowest lines that fit are corners; none fits: `None`.
    interval.filter(|(earliest, latest)| earliest.is_finite() && latest.is_finite())
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

    /// The fake's backup of `duration` seconds: `REQUEST_RECEIVED` at 0% for the first
    /// tenth, then linear progress in whole percents (rounded down, at most 99), then
    /// `AVAILABLE` (`None`). The schedule does not know the tenth, nor the duration.
    fn fake_backup(duration: f64, t: f64) -> Option<f64> {
        let received = duration / 10.0;
        (t < duration).then(|| {
            if t < received {
                0.0
            } else {
                ((t - received) / (duration - received) * 100.0)
                    .floor()
                    .min(99.0)
            }
        })
    }

    /// A first-ever wait (nothing expected) for the fake's backup, through the polling
    /// loop's use of `next_delay` (the create's answer, 0%, is the first reading): polls
    /// and how late the end is noticed, in seconds.
    fn first_wait(duration: f64) -> Wait {
        let options = WaitOptions::default();
        let mut readings = vec![Reading {
            at: Duration::ZERO,
            percent: 0.0,
        }];
        let (mut t, mut polls) = (0.0, 0);
        loop {
            t += next_delay(&options, polls, &readings, secs(t), None, 0.5).as_secs_f64();
            polls += 1;
            match fake_backup(duration, t) {
                None => return (polls, t - duration),
                Some(percent) => readings.push(Reading {
                    at: secs(t),
                    percent,
                }),
            }
        }
    }

    /// A wait's polls, and how late it noticed the end (seconds).
    type Wait = (u32, f64);

    /// The official SDK's waiter: 1 s, doubling to 30 s, a poll after each sleep.
    fn sdk_wait(duration: f64) -> Wait {
        let (mut t, mut sleep, mut polls) = (0.0, 1.0, 0);
        while t < duration {
            t += sleep;
            polls += 1;
            sleep = f64::min(sleep * 2.0, 30.0);
        }
        (polls, t - duration)
    }

    #[test]
    fn a_first_wait_polls_less_than_the_sdk_and_is_never_later() {
        // The durations BENCHMARKS.md reports: polls and lateness, ours then the SDK's.
        let table: Vec<(f64, Wait, Wait)> = [10.0, 30.0, 60.0, 120.0, 300.0, 600.0]
            .into_iter()
            .map(|d| (d, first_wait(d), sdk_wait(d)))
            .collect();
        let polls: Vec<(u32, u32)> = table.iter().map(|(_, o, s)| (o.0, s.0)).collect();
        assert_eq!(
            polls,
            [(4, 4), (5, 5), (6, 6), (8, 8), (11, 14), (14, 24)],
            "{table:?}"
        );
        for (duration, ours, sdk) in &table {
            assert!(ours.1 <= sdk.1 + 1e-9, "{duration} s: {ours:?} vs {sdk:?}");
        }
        // Every duration from 10 s to 10 min, by 0.5 s: a third fewer polls in all, and
        // the end noticed at most `initial_delay` (1 s) late, 0.44 s on average (the
        // SDK's lateness is uniform up to its 30 s interval: 14.5 s on average).
        let (mut ours, mut sdk, mut late, mut latest) = (0, 0, 0.0, 0.0f64);
        let durations: Vec<f64> = (20..=1200).map(|half| f64::from(half) / 2.0).collect();
        for &d in &durations {
            let (polls, lateness) = first_wait(d);
            ours += polls;
            sdk += sdk_wait(d).0;
            late += lateness;
            latest = latest.max(lateness);
        }
        let mean = late / durations.len() as f64;
        assert_eq!((ours, sdk), (11953, 17256));
        assert!(latest <= 1.0 + 1e-9 && mean < 0.5, "{latest} {mean}");
        // Longer: 20 min, 1 h, 3 h. Past 1,000 s the end may be noticed 0.1% of the wait
        // late (the SDK: up to 30 s).
        let long: Vec<(u32, u32, f64)> = [1200.0, 3600.0, 10800.0]
            .into_iter()
            .map(|d| {
                let (polls, late) = first_wait(d);
                assert!(late <= d * LATE_SHARE + 1e-6, "{d} s: {late} s late");
                (polls, sdk_wait(d).0, (late * 10.0).round() / 10.0)
            })
            .collect();
        assert_eq!(long, [(19, 44, 0.6), (31, 124, 0.4), (59, 364, 9.0)]);
    }

    #[test]
    fn every_reading_narrows_where_the_end_can_be() {
        // 10%..100% over 90 s from t = 10 s: the end is at 100 s.
        let line = |t: f64| ((t - 10.0) / 90.0 * 100.0).floor();
        let at = |ts: &[f64]| {
            let readings: Vec<Reading> = ts
                .iter()
                .map(|&t| Reading {
                    at: secs(t),
                    percent: line(t),
                })
                .collect();
            end_interval(&readings).unwrap()
        };
        let two = at(&[20.0, 50.0]);
        let four = at(&[20.0, 37.0, 50.0, 71.0]);
        for (earliest, latest) in [two, four] {
            assert!(earliest <= 100.0 && 100.0 <= latest, "{earliest} {latest}");
        }
        assert!(four.1 - four.0 < two.1 - two.0, "{two:?} {four:?}");
        // Readings no steady rate fits (it slowed down): none.
        let slowed = [(10.0, 50.0), (20.0, 60.0), (30.0, 63.0)].map(|(t, percent)| Reading {
            at: secs(t),
            percent,
        });
        assert_eq!(end_interval(&slowed), None);
        // 1% then 2%: the rate may be as low as 0, the end as late as never.
        let crawling = [(10.0, 1.0), (20.0, 2.0)].map(|(t, percent)| Reading {
            at: secs(t),
            percent,
        });
        assert_eq!(end_interval(&crawling), None);
        // A long wait's readings: the first positive one and the latest are fitted.
        let many: Vec<Reading> = (0..4500)
            .map(|i| {
                let t = f64::from(i) * 0.02 + 10.0;
                Reading {
                    at: secs(t),
                    percent: line(t),
                }
            })
            .collect();
        let started = std::time::Instant::now();
        let Some(Prediction {
            earliest,
            latest,
            measured: true,
        }) = predict(&many, 100.0)
        else {
            panic!("a steady rate fits")
        };
        assert!(started.elapsed() < Duration::from_secs(1));
        // The end is now (100 s).
        assert!(
            earliest <= 1e-6 && latest >= -1e-6 && latest - earliest < 0.5,
            "{earliest} {latest}"
        );
        // When no steady rate fits, the last two positive readings still predict: 0.2 to
        // 0.4%/s from 63%, 91 s ahead at the soonest (plus 1 s), beyond the 30 s reach.
        let options = WaitOptions::default();
        let delay = next_delay(&options, 3, &slowed, secs(30.0), None, 0.5);
        assert_eq!(delay, secs(30.0), "the reach caps the far end");
        let delay = next_delay(&options, 3, &slowed, secs(90.0), None, 0.5);
        assert_eq!(delay, secs(31.0), "60 s later: 31 s ahead");
    }
}
