//! Randomness, injected: backoff jitter and generated retry tokens draw from a [`Random`],
//! so tests can make them exact.

use std::fmt;
#[cfg(any(test, feature = "test-util"))]
use std::sync::Mutex;

/// A source of random numbers.
pub trait Random: fmt::Debug + Send + Sync {
    /// A uniformly distributed `u64`.
    fn next_u64(&self) -> u64;

    /// A uniformly distributed fraction in `[0, 1)`.
    fn fraction(&self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The operating system's cryptographic generator (through aws-lc-rs).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemRandom;

impl Random for SystemRandom {
    fn next_u64(&self) -> u64 {
        let mut bytes = [0u8; 8];
        // The system generator does not fail on supported platforms; should it, the
        // bytes of the clock's nanoseconds keep jitter and tokens varying.
        if aws_lc_rs::rand::fill(&mut bytes).is_err() {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            bytes = (nanos as u64).to_le_bytes();
        }
        u64::from_le_bytes(bytes)
    }
}

#[cfg(any(test, feature = "test-util"))]
/// A seeded generator (SplitMix64): the same seed gives the same numbers. For tests and
/// reproducible fault injection, not for secrets.
#[derive(Debug)]
pub struct SeededRandom(Mutex<u64>);

#[cfg(any(test, feature = "test-util"))]
impl SeededRandom {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(Mutex::new(seed))
    }
}

#[cfg(any(test, feature = "test-util"))]
impl Random for SeededRandom {
    fn next_u64(&self) -> u64 {
        let mut state = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// `length` characters from `[A-Za-z0-9]` (an `opc-retry-token`, as the Go SDK makes).
pub fn alphanumeric(random: &dyn Random, length: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..length)
        .map(|_| ALPHABET[(random.next_u64() % ALPHABET.len() as u64) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_numbers_repeat_and_fractions_stay_in_range() {
        let (a, b) = (SeededRandom::new(42), SeededRandom::new(42));
        let first: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        assert_eq!(first, (0..5).map(|_| b.next_u64()).collect::<Vec<_>>());
        assert!(
            (0..1000)
                .map(|_| a.fraction())
                .all(|f| (0.0..1.0).contains(&f))
        );
    }

    #[test]
    fn tokens_are_alphanumeric_of_the_requested_length() {
        let token = alphanumeric(&SystemRandom, 32);
        assert_eq!(token.len(), 32);
        assert!(token.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(token, alphanumeric(&SystemRandom, 32));
    }
}
