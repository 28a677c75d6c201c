//! Fault injection: per route, by probability (seeded, so reproducible) or by schedule.
//!
//! Faults act like a misbehaving network or load balancer in front of the service:
//! latency is added first, then 429, 5xx and "connection closed before processing"
//! answer without touching state (and before authentication), while "connection closed
//! after processing" lets the request take full effect and then drops the connection
//! instead of answering, so the client sees a transport error for a request that
//! succeeded.
//!
//! Every fault keeps its own counter and random generator, advanced once per request its
//! route matches, so a seeded run is the same every time for the same request sequence.
//! When several faults fire for one request, their latencies add up and the first
//! firing non-latency fault (in configuration order) applies.
//!
//! Faults also parse from one line ([`Fault::from_str`](std::str::FromStr)), the form
//! the command line's `--fault` option takes:
//!
//! ```text
//! ROUTE;KIND[;WHEN]
//! ROUTE = * | operationId | METHOD /path/template
//! KIND  = 429 | 429=RETRY_AFTER_SECONDS | 500..599 | latency=MILLISECONDS
//!       | close-before | close-after
//! WHEN  = always | p=PROBABILITY[,seed=N] | schedule=0110... | nth=1,3,5
//! ```
//!
//! ```
//! use oci_backup_fake::{Fault, FaultKind, FaultWhen, RouteMatcher};
//!
//! let fault: Fault = "createBootVolumeBackup;close-after;p=0.25,seed=7".parse()?;
//! assert_eq!(fault.route, RouteMatcher::Operation("createBootVolumeBackup".into()));
//! assert_eq!(fault.kind, FaultKind::CloseAfterProcessing);
//! assert_eq!(fault.when, FaultWhen::Probability { probability: 0.25, seed: 7 });
//! # Ok::<(), oci_backup_fake::FaultParseError>(())
//! ```

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Which requests a fault applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteMatcher {
    /// Every request.
    Any,
    /// Requests routed to this `operationId`.
    Operation(String),
    /// Requests with this method (any case) whose path is this spec path template (for
    /// example `/20160918/bootVolumeBackups/{bootVolumeBackupId}`) or exactly this path.
    MethodPath {
        /// The HTTP method.
        method: String,
        /// A spec path template or a literal path (no query).
        path: String,
    },
}

impl RouteMatcher {
    /// Whether a request matches; `operation` is its operation (`operationId`, path
    /// template) when it routed.
    pub fn matches(&self, method: &str, path: &str, operation: Option<(&str, &str)>) -> bool {
        match self {
            Self::Any => true,
            Self::Operation(id) => operation.is_some_and(|(op, _)| op == id),
            Self::MethodPath {
                method: expected,
                path: expected_path,
            } => {
                expected.eq_ignore_ascii_case(method)
                    && (expected_path == path
                        || operation.is_some_and(|(_, template)| template == expected_path))
            }
        }
    }
}

/// What a fault does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultKind {
    /// `429 TooManyRequests` with `Retry-After` (whole seconds, rounded up), before
    /// processing.
    TooManyRequests {
        /// The `Retry-After` value.
        retry_after: Duration,
    },
    /// A 5xx error (`InternalServerError`, or `ServiceUnavailable` for 503) before
    /// processing.
    ServerError {
        /// The status, 500 to 599.
        status: u16,
    },
    /// Waits this long (real time) before processing.
    Latency(Duration),
    /// Closes the connection without an answer, before processing: nothing changes.
    CloseBeforeProcessing,
    /// Processes the request fully, then closes the connection instead of answering.
    CloseAfterProcessing,
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooManyRequests { retry_after } => {
                write!(
                    f,
                    "429 (retry after {} s)",
                    retry_after_seconds(*retry_after)
                )
            }
            Self::ServerError { status } => write!(f, "{status}"),
            Self::Latency(d) => write!(f, "latency {} ms", d.as_millis()),
            Self::CloseBeforeProcessing => f.write_str("connection closed before processing"),
            Self::CloseAfterProcessing => f.write_str("connection closed after processing"),
        }
    }
}

/// The `Retry-After` seconds for a duration (rounded up, at least 0).
pub(crate) fn retry_after_seconds(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

/// When a fault fires, counting only the requests its route matches.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultWhen {
    /// On every matching request.
    Always,
    /// With this probability (0 to 1), from a generator seeded with `seed`.
    Probability {
        /// The probability of firing, 0 to 1.
        probability: f64,
        /// The generator's seed.
        seed: u64,
    },
    /// On the matching requests whose entry is `true` (the first matching request is
    /// entry 0); never after the schedule ends.
    Schedule(Vec<bool>),
}

impl FaultWhen {
    /// Fires on these matching requests, counted from 1 (`nth(&[1, 3])`: the first and
    /// the third).
    pub fn nth(requests: &[usize]) -> Self {
        let len = requests.iter().copied().max().unwrap_or(0);
        let mut schedule = vec![false; len];
        for &n in requests {
            if n >= 1 {
                schedule[n - 1] = true;
            }
        }
        Self::Schedule(schedule)
    }
}

/// One injected fault.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// Which requests.
    pub route: RouteMatcher,
    /// What happens.
    pub kind: FaultKind,
    /// When.
    pub when: FaultWhen,
}

impl Fault {
    /// A fault.
    pub fn new(route: RouteMatcher, kind: FaultKind, when: FaultWhen) -> Self {
        Self { route, kind, when }
    }
}

/// Why a fault line did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "fault `{line}`: {problem} (expected ROUTE;KIND[;WHEN], e.g. `createBootVolumeBackup;429;p=0.2,seed=1`)"
)]
pub struct FaultParseError {
    /// The line.
    pub line: String,
    /// What is wrong.
    pub problem: String,
}

impl FromStr for Fault {
    type Err = FaultParseError;

    fn from_str(line: &str) -> Result<Self, Self::Err> {
        let error = |problem: String| FaultParseError {
            line: line.to_owned(),
            problem,
        };
        let parts: Vec<&str> = line.split(';').map(str::trim).collect();
        if !(2..=3).contains(&parts.len()) {
            return Err(error("needs two or three `;`-separated parts".into()));
        }
        let route = match parts[0] {
            "" => return Err(error("empty route".into())),
            "*" => RouteMatcher::Any,
            route => match route.split_once(' ') {
                Some((method, path)) => RouteMatcher::MethodPath {
                    method: method.to_ascii_uppercase(),
                    path: path.trim().to_owned(),
                },
                None => RouteMatcher::Operation(route.to_owned()),
            },
        };
        let number = |text: &str, what: &str| -> Result<u64, FaultParseError> {
            text.parse::<u64>()
                .map_err(|_| error(format!("{what} `{text}` is not a whole number")))
        };
        let kind = match parts[1] {
            "close-before" => FaultKind::CloseBeforeProcessing,
            "close-after" => FaultKind::CloseAfterProcessing,
            "429" => FaultKind::TooManyRequests {
                retry_after: Duration::from_secs(1),
            },
            kind => {
                if let Some(seconds) = kind.strip_prefix("429=") {
                    FaultKind::TooManyRequests {
                        retry_after: Duration::from_secs(number(seconds, "Retry-After")?),
                    }
                } else if let Some(ms) = kind.strip_prefix("latency=") {
                    FaultKind::Latency(Duration::from_millis(number(ms, "latency")?))
                } else {
                    let status = number(kind, "status")?;
                    if !(500..=599).contains(&status) {
                        return Err(error(format!(
                            "kind `{kind}`: use 429, 500..599, latency=MS, close-before or close-after"
                        )));
                    }
                    FaultKind::ServerError {
                        status: status as u16,
                    }
                }
            }
        };
        let when = match parts.get(2).copied() {
            None | Some("always") => FaultWhen::Always,
            Some(when) => {
                if let Some(rest) = when.strip_prefix("p=") {
                    let (p, seed) = match rest.split_once(",seed=") {
                        Some((p, seed)) => (p, number(seed, "seed")?),
                        None => (rest, 0),
                    };
                    let probability: f64 = p
                        .parse()
                        .ok()
                        .filter(|p| (0.0..=1.0).contains(p))
                        .ok_or_else(|| error(format!("probability `{p}` is not in 0..1")))?;
                    FaultWhen::Probability { probability, seed }
                } else if let Some(bits) = when.strip_prefix("schedule=") {
                    FaultWhen::Schedule(
                        bits.chars()
                            .map(|c| match c {
                                '1' => Ok(true),
                                '0' => Ok(false),
                                other => Err(error(format!("schedule has `{other}`: use 0 and 1"))),
                            })
                            .collect::<Result<_, _>>()?,
                    )
                } else if let Some(list) = when.strip_prefix("nth=") {
                    let requests = list
                        .split(',')
                        .map(|n| number(n.trim(), "request number").map(|n| n as usize))
                        .collect::<Result<Vec<_>, _>>()?;
                    FaultWhen::nth(&requests)
                } else {
                    return Err(error(format!(
                        "when `{when}`: use always, p=P[,seed=N], schedule=0101 or nth=1,2"
                    )));
                }
            }
        };
        Ok(Self { route, kind, when })
    }
}

/// A fault with its counter and generator.
#[derive(Debug)]
pub(crate) struct ArmedFault {
    pub(crate) fault: Fault,
    seen: usize,
    rng: u64,
}

impl ArmedFault {
    pub(crate) fn new(fault: Fault) -> Self {
        // The seed is hashed first: nearby seeds (1, 2, 3) give unrelated sequences.
        let rng = match fault.when {
            FaultWhen::Probability { seed, .. } => {
                let mut state = seed ^ 0x6A09_E667_F3BC_C908;
                splitmix64(&mut state)
            }
            _ => 0,
        };
        Self {
            fault,
            seen: 0,
            rng,
        }
    }

    /// Counts one matching request and says whether the fault fires for it.
    fn fires(&mut self) -> bool {
        let index = self.seen;
        self.seen += 1;
        match &self.fault.when {
            FaultWhen::Always => true,
            FaultWhen::Schedule(schedule) => schedule.get(index).copied().unwrap_or(false),
            FaultWhen::Probability { probability, .. } => {
                let draw = splitmix64(&mut self.rng);
                // 53 random bits as a number in [0, 1).
                let unit = (draw >> 11) as f64 / (1u64 << 53) as f64;
                unit < *probability
            }
        }
    }
}

/// SplitMix64: small, fast, and the same on every platform.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// What the faults decided for one request.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Decision {
    pub(crate) latency: Duration,
    pub(crate) action: Option<FaultKind>,
}

/// Evaluates every fault for one request.
pub(crate) fn decide(
    faults: &mut [ArmedFault],
    method: &str,
    path: &str,
    operation: Option<(&str, &str)>,
) -> Decision {
    let mut decision = Decision::default();
    for armed in faults.iter_mut() {
        if !armed.fault.route.matches(method, path, operation) || !armed.fires() {
            continue;
        }
        match &armed.fault.kind {
            FaultKind::Latency(d) => decision.latency += *d,
            kind if decision.action.is_none() => decision.action = Some(kind.clone()),
            _ => {}
        }
    }
    decision
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_parse_into_faults() {
        let fault: Fault = "POST /20160918/bootVolumeBackups;429=3;nth=2,3"
            .parse()
            .unwrap();
        assert_eq!(
            fault,
            Fault::new(
                RouteMatcher::MethodPath {
                    method: "POST".into(),
                    path: "/20160918/bootVolumeBackups".into()
                },
                FaultKind::TooManyRequests {
                    retry_after: Duration::from_secs(3)
                },
                FaultWhen::Schedule(vec![false, true, true]),
            )
        );
        let fault: Fault = "*;latency=250".parse().unwrap();
        assert_eq!(fault.kind, FaultKind::Latency(Duration::from_millis(250)));
        assert_eq!(fault.when, FaultWhen::Always);
        let fault: Fault = "getSnapshot;503;schedule=01".parse().unwrap();
        assert_eq!(fault.kind, FaultKind::ServerError { status: 503 });
        for bad in [
            "",
            "x",
            "*;418",
            "*;500;p=2",
            "*;500;schedule=2",
            "*;500;sometimes",
            "a;b;c;d",
        ] {
            assert!(bad.parse::<Fault>().is_err(), "{bad}");
        }
    }

    #[test]
    fn seeded_probability_is_reproducible_and_roughly_right() {
        let run = |seed| {
            let mut armed = ArmedFault::new(Fault::new(
                RouteMatcher::Any,
                FaultKind::CloseBeforeProcessing,
                FaultWhen::Probability {
                    probability: 0.3,
                    seed,
                },
            ));
            (0..1000).map(|_| armed.fires()).collect::<Vec<_>>()
        };
        assert_eq!(run(42), run(42));
        assert_ne!(run(42), run(43));
        let fired = run(42).iter().filter(|f| **f).count();
        assert!((230..370).contains(&fired), "{fired}");
    }

    #[test]
    fn latencies_add_up_and_the_first_other_fault_wins() {
        let mut faults: Vec<ArmedFault> = [
            Fault::new(
                RouteMatcher::Any,
                FaultKind::Latency(Duration::from_millis(5)),
                FaultWhen::Always,
            ),
            Fault::new(
                RouteMatcher::Operation("x".into()),
                FaultKind::ServerError { status: 500 },
                FaultWhen::nth(&[2]),
            ),
            Fault::new(
                RouteMatcher::Any,
                FaultKind::Latency(Duration::from_millis(7)),
                FaultWhen::Always,
            ),
            Fault::new(
                RouteMatcher::Any,
                FaultKind::CloseBeforeProcessing,
                FaultWhen::nth(&[2, 3]),
            ),
        ]
        .into_iter()
        .map(ArmedFault::new)
        .collect();
        let op = Some(("x", "/p"));
        let first = decide(&mut faults, "GET", "/p", op);
        assert_eq!(first.latency, Duration::from_millis(12));
        assert_eq!(first.action, None);
        assert_eq!(
            decide(&mut faults, "GET", "/p", op).action,
            Some(FaultKind::ServerError { status: 500 })
        );
        assert_eq!(
            decide(&mut faults, "GET", "/p", op).action,
            Some(FaultKind::CloseBeforeProcessing)
        );
        assert_eq!(decide(&mut faults, "GET", "/p", op).action, None);
    }
}
