//! Sessions: a security token (`keyId="ST$<token>"`) and the private key that signs
//! with it, from a [`SessionProvider`] (instance principals, resource principals), kept
//! by a [`SessionCache`] that replaces it before it expires — once however many
//! requests wait — and after the service rejected it.
//!
//! [`OciSigner::session`](crate::auth::oci::OciSigner::session) signs with whatever the
//! cache holds, so every credentials provider plugs into the one signer API keys use.
//! No token or key appears in a `Debug` or `Display` text, an error or a log line.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use tracing::{debug, warn};

use super::jwt;
use super::key::PrivateKey;
use crate::clock::Clock;
use crate::runtime::{BoxFuture, SecretString};

/// A session replaces its token this long before it expires (unless half the token's
/// life is later; see [`SessionCache`]). The OCI SDKs refresh within a few minutes of
/// expiry or at half-life.
pub const DEFAULT_SESSION_MARGIN: Duration = Duration::from_secs(5 * 60);

/// A security token and the key that signs with it.
#[derive(Clone)]
pub struct Session {
    token: SecretString,
    key: Arc<PrivateKey>,
    expires_at: Option<SystemTime>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("token", &self.token)
            .field("key", &self.key)
            .field("expires_at", &self.expires_at.map(jwt::rfc3339))
            .finish()
    }
}

impl Session {
    /// A session of `token`, signing with `key`; its expiry is the token's `exp` claim
    /// (none if the token is not a JWT: then it is used until the service rejects it).
    pub fn new(token: SecretString, key: Arc<PrivateKey>) -> Self {
        let expires_at = jwt::expiry(token.expose_secret()).ok();
        Self {
            token,
            key,
            expires_at,
        }
    }

    /// The security token.
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    /// The key that signs with the token.
    pub fn key(&self) -> &Arc<PrivateKey> {
        &self.key
    }

    /// When the token expires, if known.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }
}

/// Why a session could not be had. Names what is missing and where to set it; never
/// contains a token, key or certificate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PrincipalError {
    /// The instance metadata service did not answer.
    #[error(
        "cannot reach the instance metadata service at {url}: {reason} (instance principals \
         work only on an OCI compute instance; OCI_METADATA_BASE_URL names another address)"
    )]
    MetadataUnreachable {
        /// The URL asked.
        url: String,
        /// Why.
        reason: String,
    },
    /// The instance metadata service answered with an error.
    #[error("the instance metadata service answered {status} to GET {url}")]
    MetadataStatus {
        /// The URL asked.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// A certificate could not be used.
    #[error("the {what}: {reason}")]
    Certificate {
        /// Which certificate.
        what: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// The tenancy changed between two refreshes.
    #[error("the instance certificate's tenancy changed from {was} to {now}")]
    TenancyChanged {
        /// The tenancy before.
        was: String,
        /// The tenancy now.
        now: String,
    },
    /// The auth service could not be reached.
    #[error("cannot reach the auth service at {url}: {reason}")]
    AuthUnreachable {
        /// The URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// The auth service refused.
    #[error("the auth service at {url} answered {status}: {message}")]
    AuthRefused {
        /// The URL.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The service's message (its `code` and `message`).
        message: String,
    },
    /// A required environment variable is not set.
    #[error("{name} is not set: {hint}")]
    MissingVariable {
        /// The variable.
        name: &'static str,
        /// What it must hold.
        hint: &'static str,
    },
    /// A variable's value is not usable.
    #[error("{name}: {reason}")]
    InvalidVariable {
        /// The variable.
        name: &'static str,
        /// What is wrong (never the value of a secret).
        reason: String,
    },
    /// A file named by a variable or a profile could not be read.
    #[error("cannot read {what} `{path}`: {reason}")]
    File {
        /// What the file holds, and who names it.
        what: String,
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A private key could not be loaded.
    #[error("{0}")]
    Key(String),
    /// The token has expired and cannot be refreshed here.
    #[error("{what} expired at {at}; {hint}")]
    Expired {
        /// Which token.
        what: String,
        /// When (RFC 3339).
        at: String,
        /// What to do.
        hint: &'static str,
    },
    /// The configuration is invalid (a region, an endpoint, the HTTP client).
    #[error("{0}")]
    Config(String),
}

/// Where sessions come from: instance principals, resource principals, ...
pub trait SessionProvider: fmt::Debug + Send + Sync {
    /// A short name for logs and errors (`instance principal`).
    fn kind(&self) -> &'static str;

    /// A new session (federating again, re-reading files as needed).
    fn fetch(&self) -> BoxFuture<'_, Result<Session, PrincipalError>>;

    /// The region the principal lives in, if it knows it.
    fn region(&self) -> Option<&str> {
        None
    }

    /// The tenancy OCID, if known.
    fn tenancy(&self) -> Option<String> {
        None
    }
}

#[derive(Default)]
struct State {
    current: Option<Session>,
    refresh_at: Option<SystemTime>,
    last_error: Option<PrincipalError>,
}

/// Keeps a provider's session; replaces it `margin` before its token expires (but not
/// before half the token's life: [`crate::auth::bearer`]'s rule), and after a 401.
/// At most one fetch runs at a time: callers that arrive during one wait for it and
/// share its outcome.
pub struct SessionCache {
    provider: Arc<dyn SessionProvider>,
    clock: Arc<dyn Clock>,
    margin: Duration,
    state: tokio::sync::Mutex<State>,
    fetches: AtomicU64,
}

impl fmt::Debug for SessionCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionCache")
            .field("provider", &self.provider)
            .field("margin", &self.margin)
            .field("fetches", &self.fetches.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl SessionCache {
    /// A cache over `provider` with [`DEFAULT_SESSION_MARGIN`].
    pub fn new(provider: Arc<dyn SessionProvider>, clock: Arc<dyn Clock>) -> Self {
        Self {
            provider,
            clock,
            margin: DEFAULT_SESSION_MARGIN,
            state: tokio::sync::Mutex::new(State::default()),
            fetches: AtomicU64::new(0),
        }
    }

    /// The same cache with another margin.
    pub fn with_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// The provider.
    pub fn provider(&self) -> &Arc<dyn SessionProvider> {
        &self.provider
    }

    /// How many fetches ran (each federation or re-read), for tests and logs.
    pub fn fetches(&self) -> u64 {
        self.fetches.load(Ordering::Acquire)
    }

    /// The current session, fetching a new one first if there is none or it is due.
    /// A failed refresh while the current token is still unexpired keeps it (logged).
    pub async fn session(&self) -> Result<Session, PrincipalError> {
        let seen = self.fetches();
        let mut state = self.state.lock().await;
        let now = self.clock.now();
        if let Some(current) = &state.current
            && state.refresh_at.is_none_or(|at| now < at)
        {
            return Ok(current.clone());
        }
        let outcome = match self.failed_while_waiting(&state, seen) {
            Some(error) => Err(error),
            None => {
                let reason = if state.current.is_some() {
                    "the token is due for refresh"
                } else {
                    "no session yet"
                };
                self.fetch_locked(&mut state, reason).await
            }
        };
        match outcome {
            Ok(session) => Ok(session),
            Err(error) => match &state.current {
                Some(current) if current.expires_at.is_some_and(|at| self.clock.now() < at) => {
                    warn!(provider = self.provider.kind(), error = %error,
                        "cannot refresh the session; using the current token until it expires");
                    Ok(current.clone())
                }
                _ => Err(error),
            },
        }
    }

    /// Replaces the session whose token the service rejected, unless another task
    /// already did (then returns that one).
    pub async fn refresh_after_rejection(
        &self,
        rejected: &SecretString,
    ) -> Result<Session, PrincipalError> {
        let seen = self.fetches();
        let mut state = self.state.lock().await;
        match &state.current {
            Some(current) if current.token != *rejected => return Ok(current.clone()),
            Some(_) => state.current = None,
            None => {
                if let Some(error) = self.failed_while_waiting(&state, seen) {
                    return Err(error);
                }
            }
        }
        self.fetch_locked(&mut state, "the service rejected the token")
            .await
    }

    fn failed_while_waiting(&self, state: &State, seen: u64) -> Option<PrincipalError> {
        (self.fetches() != seen)
            .then(|| state.last_error.clone())
            .flatten()
    }

    async fn fetch_locked(
        &self,
        state: &mut State,
        reason: &'static str,
    ) -> Result<Session, PrincipalError> {
        let kind = self.provider.kind();
        debug!(provider = kind, reason, "fetching a session token");
        let fetched_at = self.clock.now();
        let outcome = self.provider.fetch().await;
        self.fetches.fetch_add(1, Ordering::AcqRel);
        match outcome {
            Ok(session) => {
                debug!(
                    provider = kind,
                    expires_at = session
                        .expires_at
                        .map(jwt::rfc3339)
                        .as_deref()
                        .unwrap_or("unknown"),
                    "fetched a session token"
                );
                state.refresh_at = session.expires_at.map(|expires_at| {
                    crate::auth::bearer::refresh_time(fetched_at, expires_at, self.margin)
                });
                state.current = Some(session.clone());
                state.last_error = None;
                Ok(session)
            }
            Err(error) => {
                debug!(provider = kind, error = %error, "cannot fetch a session token");
                state.last_error = Some(error.clone());
                Err(error)
            }
        }
    }
}
