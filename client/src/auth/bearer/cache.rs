//! The token cache: [`TokenCache`] keeps a provider's current token, replaces it a
//! margin before it expires (one fetch however many callers wait for it), and replaces
//! it after the server rejected it.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use tracing::{debug, warn};

use super::providers::{AccessToken, TokenError, TokenProvider};
use crate::clock::Clock;
use crate::runtime::SecretString;

/// The refresh margin [`TokenCache`] uses unless told otherwise: a token is replaced
/// 60 seconds before it expires.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// The current token and when to replace it.
struct Cached {
    token: AccessToken,
    refresh_at: Option<SystemTime>,
}

impl Cached {
    fn new(token: AccessToken, fetched_at: SystemTime, margin: Duration) -> Self {
        let refresh_at = token
            .expires_at()
            .map(|expires_at| refresh_time(fetched_at, expires_at, margin));
        Self { token, refresh_at }
    }

    fn is_fresh(&self, now: SystemTime) -> bool {
        self.refresh_at.is_none_or(|at| now < at)
    }

    fn is_unexpired(&self, now: SystemTime) -> bool {
        self.token.expires_at().is_none_or(|at| now < at)
    }
}

/// When to replace a token fetched at `fetched_at` that expires at `expires_at`:
/// `margin` before it expires, but not before half its lifetime (so a token that lives
/// shorter than twice the margin is not fetched again at every request).
pub(crate) fn refresh_time(
    fetched_at: SystemTime,
    expires_at: SystemTime,
    margin: Duration,
) -> SystemTime {
    let by_margin = expires_at.checked_sub(margin).unwrap_or(fetched_at);
    let half_life = expires_at
        .duration_since(fetched_at)
        .ok()
        .and_then(|lifetime| fetched_at.checked_add(lifetime / 2))
        .unwrap_or(expires_at);
    by_margin.max(half_life)
}

#[derive(Default)]
struct CacheState {
    current: Option<Cached>,
    last_error: Option<TokenError>,
}

/// Caches a provider's token and fetches a new one when it is about to expire.
///
/// A token is used until `expires_at - margin` (by the injected clock; a token without
/// an expiry is used until it is rejected). At most one fetch runs at a time: callers
/// that arrive during a fetch wait for it and share its outcome.
pub struct TokenCache {
    provider: Arc<dyn TokenProvider>,
    clock: Arc<dyn Clock>,
    margin: Duration,
    state: tokio::sync::Mutex<CacheState>,
    /// Fetches finished so far; lets a waiting caller see that a fetch failed while
    /// it waited (and share that failure instead of asking again at once).
    attempts: AtomicU64,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache")
            .field("provider", &self.provider)
            .field("clock", &self.clock)
            .field("margin", &self.margin)
            .finish_non_exhaustive()
    }
}

impl TokenCache {
    /// A cache over `provider`, reading time from `clock`, with the default margin
    /// ([`DEFAULT_REFRESH_MARGIN`]).
    pub fn new(provider: Arc<dyn TokenProvider>, clock: Arc<dyn Clock>) -> Self {
        Self {
            provider,
            clock,
            margin: DEFAULT_REFRESH_MARGIN,
            state: tokio::sync::Mutex::new(CacheState::default()),
            attempts: AtomicU64::new(0),
        }
    }

    /// The same cache, replacing tokens `margin` before they expire.
    pub fn with_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// How long before its expiry a token is replaced.
    pub fn margin(&self) -> Duration {
        self.margin
    }

    /// The provider tokens come from.
    pub fn provider(&self) -> &Arc<dyn TokenProvider> {
        &self.provider
    }

    /// The current token, fetching a new one first if there is none or it is about
    /// to expire.
    ///
    /// If a refresh fails while the current token has not expired yet (it is only
    /// within the margin), the current token is returned and the failure logged.
    pub async fn token(&self) -> Result<SecretString, TokenError> {
        let seen = self.attempts.load(Ordering::Acquire);
        let mut state = self.state.lock().await;
        let now = self.clock.now();
        if let Some(cached) = &state.current
            && cached.is_fresh(now)
        {
            return Ok(cached.token.token().clone());
        }
        let outcome = match self.failure_while_waiting(&state, seen) {
            Some(error) => Err(error),
            None => {
                let reason = if state.current.is_some() {
                    "the token is about to expire"
                } else {
                    "no token yet"
                };
                self.fetch_locked(&mut state, reason).await
            }
        };
        match outcome {
            Ok(token) => Ok(token),
            Err(error) => match &state.current {
                Some(cached) if cached.is_unexpired(self.clock.now()) => {
                    warn!(
                        provider = self.provider.kind(),
                        error = %error,
                        "cannot refresh the bearer token; using the current one until it expires"
                    );
                    Ok(cached.token.token().clone())
                }
                _ => Err(error),
            },
        }
    }

    /// Replaces `rejected`, which the server refused, with a new token, unless another
    /// task already replaced it (then returns that replacement).
    ///
    /// Fails with [`TokenError::CannotRefresh`] if the provider cannot refresh.
    pub async fn refresh_after_rejection(
        &self,
        rejected: &SecretString,
    ) -> Result<SecretString, TokenError> {
        let seen = self.attempts.load(Ordering::Acquire);
        let mut state = self.state.lock().await;
        let now = self.clock.now();
        if let Some(cached) = &state.current
            && cached.token.token() != rejected
            && cached.is_fresh(now)
        {
            return Ok(cached.token.token().clone());
        }
        if !self.provider.can_refresh() {
            return Err(TokenError::CannotRefresh {
                provider: self.provider.kind(),
            });
        }
        if state
            .current
            .as_ref()
            .is_some_and(|cached| cached.token.token() == rejected)
        {
            // The server said this token is no good: never hand it out again.
            state.current = None;
        } else if let Some(error) = self.failure_while_waiting(&state, seen) {
            return Err(error);
        }
        self.fetch_locked(&mut state, "the server rejected the token")
            .await
    }

    /// The error of a fetch that finished while this caller waited for the lock.
    fn failure_while_waiting(&self, state: &CacheState, seen: u64) -> Option<TokenError> {
        if self.attempts.load(Ordering::Acquire) == seen {
            return None;
        }
        state.last_error.clone()
    }

    async fn fetch_locked(
        &self,
        state: &mut CacheState,
        reason: &'static str,
    ) -> Result<SecretString, TokenError> {
        let kind = self.provider.kind();
        debug!(provider = kind, reason, "fetching a bearer token");
        let fetched_at = self.clock.now();
        let outcome = self
            .provider
            .fetch()
            .await
            .and_then(|token| check_usable(kind, token));
        self.attempts.fetch_add(1, Ordering::AcqRel);
        match outcome {
            Ok(token) => {
                match token.expires_at() {
                    Some(expires_at) => debug!(
                        provider = kind,
                        expires_in_secs = expires_at
                            .duration_since(fetched_at)
                            .map_or(0, |d| d.as_secs()),
                        "fetched a bearer token"
                    ),
                    None => debug!(
                        provider = kind,
                        "fetched a bearer token with no known expiry"
                    ),
                }
                let secret = token.token().clone();
                state.current = Some(Cached::new(token, fetched_at, self.margin));
                state.last_error = None;
                Ok(secret)
            }
            Err(error) => {
                debug!(provider = kind, error = %error, "cannot fetch a bearer token");
                state.last_error = Some(error.clone());
                Err(error)
            }
        }
    }
}

fn check_usable(provider: &'static str, token: AccessToken) -> Result<AccessToken, TokenError> {
    let value = token.token().expose_secret();
    let reason = if value.is_empty() {
        "it is empty"
    } else if !value.bytes().all(|b| b.is_ascii_graphic()) {
        "it holds characters other than visible ASCII, which an HTTP header cannot carry"
    } else {
        return Ok(token);
    };
    Err(TokenError::UnusableToken { provider, reason })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_token_is_replaced_a_margin_before_expiry_but_not_before_half_its_life() {
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let margin = Duration::from_secs(60);
        assert_eq!(
            refresh_time(t0, t0 + Duration::from_secs(3600), margin),
            t0 + Duration::from_secs(3540)
        );
        assert_eq!(
            refresh_time(t0, t0 + Duration::from_secs(100), margin),
            t0 + Duration::from_secs(50)
        );
        assert_eq!(refresh_time(t0, t0, margin), t0);
        assert_eq!(
            refresh_time(t0, SystemTime::UNIX_EPOCH, margin),
            SystemTime::UNIX_EPOCH
        );
    }

    #[test]
    fn unusable_tokens_are_refused_without_showing_them() {
        let token = |v: &str| AccessToken::new(SecretString::from_string(v.into()), None);
        assert!(check_usable("file", token("abc.def-ghi_~+/=")).is_ok());
        for bad in ["", "has space", "new\nline", "tab\t", "é"] {
            let error = check_usable("file", token(bad)).unwrap_err().to_string();
            assert!(
                error.starts_with("the file bearer token is unusable"),
                "{error}"
            );
            if !bad.is_empty() {
                assert!(!error.contains(bad), "{error}");
            }
        }
    }
}
