//! The project's benchmarks, one table: `cargo xtask bench` (or
//! `cargo run --release -p oci-backup-bench`). They report; they do not fail.
//!
//! - signing: signed requests/s for a typical POST beside `openssl speed rsa2048`;
//! - overhead: a signed `get` through the client against the fake on loopback, beside a
//!   plain reqwest request with the same headers precomputed (p50, p99);
//! - waiting: for a 60 s backup on the fake (manual clock), how long after `AVAILABLE`
//!   the waiter returns and how many polls it makes, beside the official SDK's schedule
//!   (first and second night), and the first-ever wait for backups of 10 s to 10 min;
//! - fleet: 1,000 backups created concurrently and waited for (real time), with faults
//!   injected at 5%: wall time, requests per backup, peak RSS of this process;
//! - throttled: 10,000 backups against the fake limited to 50 requests/s, with the
//!   adaptive rate limiter and with backoff alone: exactly once, 429 share, wall time
//!   beside the limit's lower bound, peak RSS (about 8 minutes; not in the default run:
//!   `cargo xtask bench throttled`, or `all`).
//!
//! Each row prints as `row<TAB>name<TAB>value<TAB>target<TAB>verdict` on stdout for the
//! xtask to collect; a human-readable line follows on stderr.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A benchmark stops on setup errors.

mod fleet;
mod overhead;
mod signing;
mod throttled;
mod waiting;

use std::path::PathBuf;

/// One result row.
pub(crate) struct Row {
    pub(crate) name: String,
    pub(crate) value: String,
    pub(crate) target: String,
    pub(crate) met: Option<bool>,
}

impl Row {
    pub(crate) fn print(&self) {
        let verdict = match self.met {
            Some(true) => "met",
            Some(false) => "NOT met",
            None => "-",
        };
        println!(
            "row\t{}\t{}\t{}\t{verdict}",
            self.name, self.value, self.target
        );
        eprintln!(
            "{:<48} {:>28}   target: {} ({verdict})",
            self.name, self.value, self.target
        );
    }
}

/// The test fixtures of the client crate (signing vectors).
pub(crate) fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../client/tests/fixtures")
}

/// A throwaway test key of the workspace (`test-support/keys/`).
pub(crate) fn key_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../test-support/keys")
        .join(name)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("serve-fake") {
        fleet::serve_fake(&args[1..]);
        return;
    }
    let all = args.iter().any(|a| a == "all");
    let which = |name: &str| all || args.is_empty() || args.iter().any(|a| a == name);
    if which("signing") {
        signing::run().iter().for_each(Row::print);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    if which("overhead") {
        runtime
            .block_on(overhead::run())
            .iter()
            .for_each(Row::print);
    }
    if which("waiting") {
        runtime.block_on(waiting::run()).iter().for_each(Row::print);
    }
    if which("fleet") {
        runtime.block_on(fleet::run()).iter().for_each(Row::print);
    }
    if all || args.iter().any(|a| a == "throttled") {
        runtime
            .block_on(throttled::run())
            .iter()
            .for_each(Row::print);
    }
}
