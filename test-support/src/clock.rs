//! The tests' time: a manual clock starting at a fixed instant, so dates, signatures and
//! poll schedules are the same every run.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oci_backup::clock::ManualClock;

/// 2023-11-14T22:13:20Z (`Tue, 14 Nov 2023 22:13:20 GMT`), where test clocks start.
pub fn start_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

/// A manual clock at [`start_time`].
pub fn manual() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(start_time()))
}
