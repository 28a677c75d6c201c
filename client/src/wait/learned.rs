//! What a waiter learned: the durations of recent waits, by kind, so later waits of the
//! same kind know what to expect. Clones of a waiter share it.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

/// How many recent waits of a kind the expected duration is the median of.
pub const LEARNED_WAITS: usize = 8;

/// The durations of recent successful waits, by kind.
#[derive(Debug, Default)]
pub(crate) struct Learned(Mutex<BTreeMap<String, VecDeque<Duration>>>);

impl Learned {
    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, VecDeque<Duration>>> {
        // The map stays consistent even if a holder panicked: nothing to recover.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The median of the recent waits of `kind` (the lower middle one of an even count).
    pub(crate) fn expected(&self, kind: &str) -> Option<Duration> {
        let mut recent: Vec<Duration> = self.lock().get(kind)?.iter().copied().collect();
        recent.sort_unstable();
        recent.get(recent.len().saturating_sub(1) / 2).copied()
    }

    /// Everything learned: the recent durations of each kind, oldest first.
    pub(crate) fn export(&self) -> BTreeMap<String, Vec<Duration>> {
        self.lock()
            .iter()
            .map(|(kind, recent)| (kind.clone(), recent.iter().copied().collect()))
            .collect()
    }

    pub(crate) fn record(&self, kind: &str, took: Duration) {
        let mut learned = self.lock();
        let recent = learned.entry(kind.to_owned()).or_default();
        if recent.len() == LEARNED_WAITS {
            recent.pop_front();
        }
        recent.push_back(took);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
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
}
