//! The service's rate limit: one token bucket per tenancy ([`RateLimit`]), so tests and
//! benchmarks meet a real limiter rather than random 429s.
//!
//! A request takes a token from its tenancy's bucket before anything else is done; an
//! empty bucket answers `429 TooManyRequests` with OCI's error body and a `Retry-After`
//! of the whole seconds until a token is back (at least 1), touching nothing. The tenancy
//! of a Core request is the first part of its signature's `keyId`
//! (`<tenancy>/<user>/<fingerprint>`; a session token's `ST$...` counts as its own);
//! Analytics requests share one bucket per instance (the server). The buckets read the
//! server's injected clock.
//!
//! The command line's `--rate-limit` takes `RATE/s[,burst=N]`:
//!
//! ```
//! use oci_backup_fake::RateLimit;
//!
//! let limit: RateLimit = "50/s,burst=100".parse()?;
//! assert_eq!((limit.per_second, limit.burst), (50.0, 100));
//! let limit: RateLimit = "20/s".parse()?;
//! assert_eq!(limit.burst, 20, "one second's worth unless told");
//! # Ok::<(), oci_backup_fake::RateLimitParseError>(())
//! ```

use std::collections::HashMap;
use std::str::FromStr;
use std::time::{Duration, SystemTime};

/// A per-tenancy limit: a sustained rate and a burst.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// Requests per second, sustained.
    pub per_second: f64,
    /// Requests a full bucket lets through at once (at least 1).
    pub burst: u32,
}

impl RateLimit {
    /// `per_second` requests a second, with a burst of one second's worth (at least 1).
    pub fn per_second(per_second: f64) -> Self {
        Self {
            per_second,
            burst: burst_of(per_second),
        }
    }

    /// This limit with another burst (at least 1).
    pub fn with_burst(mut self, burst: u32) -> Self {
        self.burst = burst.max(1);
        self
    }
}

fn burst_of(per_second: f64) -> u32 {
    // A rate is checked positive and finite; the cast saturates.
    (per_second.ceil() as u32).max(1)
}

/// Why a `--rate-limit` value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rate limit `{value}`: {rule}")]
pub struct RateLimitParseError {
    /// The value as given.
    pub value: String,
    /// The rule it breaks.
    pub rule: String,
}

impl FromStr for RateLimit {
    type Err = RateLimitParseError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let error = |rule: &str| RateLimitParseError {
            value: value.chars().take(64).collect(),
            rule: rule.to_owned(),
        };
        let form = "must be RATE/s or RATE/s,burst=N, for example 50/s or 50/s,burst=100";
        let (rate, burst) = match value.split_once(',') {
            Some((rate, burst)) => (rate, Some(burst)),
            None => (value, None),
        };
        let per_second: f64 = rate
            .trim()
            .strip_suffix("/s")
            .ok_or_else(|| error(form))?
            .trim()
            .parse()
            .map_err(|_| error(form))?;
        if !(per_second.is_finite() && per_second > 0.0) {
            return Err(error(
                "the rate must be a positive number of requests per second",
            ));
        }
        let limit = Self::per_second(per_second);
        match burst {
            None => Ok(limit),
            Some(burst) => {
                let n: u32 = burst
                    .trim()
                    .strip_prefix("burst=")
                    .ok_or_else(|| error(form))?
                    .parse()
                    .map_err(|_| error("burst must be a whole number from 1"))?;
                if n == 0 {
                    return Err(error("burst must be a whole number from 1"));
                }
                Ok(limit.with_burst(n))
            }
        }
    }
}

/// One bucket per tenancy.
#[derive(Debug)]
pub(crate) struct Buckets {
    limit: RateLimit,
    buckets: HashMap<String, Bucket>,
    /// Answers refused so far.
    pub(crate) throttled: u64,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: SystemTime,
}

impl Buckets {
    pub(crate) fn new(limit: RateLimit) -> Self {
        Self {
            limit,
            buckets: HashMap::new(),
            throttled: 0,
        }
    }

    /// Takes a token for `tenancy` at `now`; `Err` with the `Retry-After` seconds when the
    /// bucket is empty.
    pub(crate) fn take(&mut self, tenancy: &str, now: SystemTime) -> Result<(), u64> {
        let limit = self.limit;
        let burst = f64::from(limit.burst);
        let bucket = self.buckets.entry(tenancy.to_owned()).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let elapsed = now.duration_since(bucket.at).unwrap_or_default();
        bucket.tokens = (bucket.tokens + elapsed.as_secs_f64() * limit.per_second).min(burst);
        bucket.at = bucket.at.max(now);
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Ok(());
        }
        self.throttled += 1;
        let until = Duration::from_secs_f64((1.0 - bucket.tokens) / limit.per_second);
        Err(until
            .as_secs()
            .saturating_add(u64::from(until.subsec_nanos() > 0))
            .max(1))
    }
}

/// The tenancy a request counts against: the `keyId`'s first part for a signed request,
/// `analytics` for the rest.
pub(crate) fn tenancy(headers: &[(String, String)]) -> String {
    headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("authorization"))
        .and_then(|(_, value)| {
            let start = value.find("keyId=\"")? + "keyId=\"".len();
            let key_id = &value[start..];
            let key_id = &key_id[..key_id.find('"')?];
            Some(key_id.split('/').next().unwrap_or(key_id).to_owned())
        })
        .unwrap_or_else(|| "analytics".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_lets_its_burst_through_then_its_rate() {
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut buckets = Buckets::new(RateLimit::per_second(10.0).with_burst(3));
        for _ in 0..3 {
            assert_eq!(buckets.take("t1", start), Ok(()));
        }
        assert_eq!(buckets.take("t1", start), Err(1));
        assert_eq!(buckets.take("t2", start), Ok(()), "tenancies apart");
        let later = start + Duration::from_millis(100);
        assert_eq!(buckets.take("t1", later), Ok(()));
        assert_eq!(buckets.take("t1", later), Err(1));
        assert_eq!(buckets.throttled, 2);
        // A slow limit says how many seconds.
        let mut slow = Buckets::new(RateLimit::per_second(0.25));
        assert_eq!(slow.take("t", start), Ok(()));
        assert_eq!(slow.take("t", start), Err(4));
    }

    #[test]
    fn limits_parse_and_bad_ones_say_the_form() {
        assert_eq!(
            "50/s".parse::<RateLimit>(),
            Ok(RateLimit {
                per_second: 50.0,
                burst: 50
            })
        );
        assert_eq!(
            "0.5/s,burst=2".parse::<RateLimit>(),
            Ok(RateLimit {
                per_second: 0.5,
                burst: 2
            })
        );
        for bad in [
            "50",
            "50/m",
            "x/s",
            "0/s",
            "-1/s",
            "inf/s",
            "5/s,burst=0",
            "5/s,b=2",
        ] {
            let error = bad.parse::<RateLimit>().unwrap_err().to_string();
            assert!(
                error.starts_with(&format!("rate limit `{bad}`: ")),
                "{error}"
            );
        }
    }

    #[test]
    fn the_tenancy_is_the_key_ids_first_part() {
        let signed = vec![(
            "Authorization".to_owned(),
            r#"Signature version="1",keyId="ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb",algorithm="rsa-sha256""#
                .to_owned(),
        )];
        assert_eq!(tenancy(&signed), "ocid1.tenancy.oc1..t");
        assert_eq!(tenancy(&[]), "analytics");
    }
}
