//! Bearer tokens for the Analytics (Oracle Analytics Cloud) REST API.
//!
//! - [`TokenProvider`]: where tokens come from. [`StaticToken`] (a given token),
//!   [`EnvToken`] (an environment variable, read at each fetch), [`FileToken`] (a file,
//!   read at each fetch) and [`OAuthTokens`] (an identity domain's OAuth 2.0 token
//!   endpoint, with the refresh-token and resource-owner password grants; see
//!   [`crate::auth::oauth`]).
//! - [`TokenCache`]: keeps the current token and fetches a new one shortly before it
//!   expires (by the injected [`Clock`]), once however many tasks ask at the same time.
//! - [`BearerAuth`]: the [`Hooks`] that put `Authorization: Bearer <token>` on every
//!   Analytics request, and, when the API answers 401 with
//!   `www-authenticate: Bearer error="invalid_token"`, refresh the token once and send
//!   the request once more.
//!
//! No token, refresh token, password or client secret ever appears in a `Debug` or
//! `Display` text, an error or a log line: they are held as [`SecretString`]s.

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue, WWW_AUTHENTICATE};
use tracing::{debug, warn};
use zeroize::Zeroizing;

use crate::clock::Clock;
use crate::runtime::{BoxFuture, HookError, Hooks, Operation, SecretString, SharedHooks};
use crate::transport::TransportError;

pub use super::oauth::{Grant, OAuthTokens, RefreshTokenCallback, analytics_scope};

/// The refresh margin [`TokenCache`] uses unless told otherwise: a token is replaced
/// 60 seconds before it expires.
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// An access token and, when its source says so, when it expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    token: SecretString,
    expires_at: Option<SystemTime>,
}

impl AccessToken {
    /// A token expiring at `expires_at` (`None`: no known expiry).
    pub fn new(token: SecretString, expires_at: Option<SystemTime>) -> Self {
        Self { token, expires_at }
    }

    /// The token itself.
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    /// When the token expires, if known.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }

    /// The token, consumed.
    pub fn into_token(self) -> SecretString {
        self.token
    }
}

/// Why no token could be had. Never carries a secret.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The token endpoint answered with a non-2xx status.
    #[error(
        "token endpoint `{endpoint}` answered HTTP {status}: {}",
        describe_failure(.error.as_deref(), .error_description.as_deref(), .body_excerpt.as_deref())
    )]
    Endpoint {
        /// The token endpoint's URL.
        endpoint: String,
        /// The HTTP status code.
        status: u16,
        /// The OAuth `error` code (such as `invalid_grant`), when the body had the
        /// OAuth error shape.
        error: Option<String>,
        /// The OAuth `error_description`, when present.
        error_description: Option<String>,
        /// When the body was not an OAuth error: its first 200 characters (with any
        /// credential this client sent replaced by `********`).
        body_excerpt: Option<String>,
    },
    /// The token request could not be sent or its answer not read.
    #[error("token request to `{endpoint}` failed: {detail}")]
    Transport {
        /// The token endpoint's URL.
        endpoint: String,
        /// The error and its causes, as text.
        detail: String,
        /// The underlying error.
        #[source]
        source: Arc<reqwest::Error>,
    },
    /// The token endpoint answered 2xx with something that is not a usable token
    /// response.
    #[error(
        "token endpoint `{endpoint}` answered HTTP {status} with an unusable token response: {reason}"
    )]
    InvalidResponse {
        /// The token endpoint's URL.
        endpoint: String,
        /// The HTTP status code.
        status: u16,
        /// What is wrong with it (never the body itself: it may hold a token).
        reason: String,
    },
    /// The identity domain URL was refused when the provider was built.
    #[error("identity domain URL refused: {0}")]
    IdentityDomain(#[source] Arc<TransportError>),
    /// The environment variable holding the token is not set.
    #[error("environment variable `{name}` (the bearer token) is not set")]
    EnvVarMissing {
        /// The variable's name.
        name: String,
    },
    /// The environment variable holding the token is empty (or only whitespace).
    #[error("environment variable `{name}` (the bearer token) is empty")]
    EnvVarEmpty {
        /// The variable's name.
        name: String,
    },
    /// The environment variable holding the token is not valid Unicode.
    #[error("environment variable `{name}` (the bearer token) is not valid Unicode")]
    EnvVarNotUnicode {
        /// The variable's name.
        name: String,
    },
    /// The token file could not be read.
    #[error("token file `{}`: {reason}", .path.display())]
    FileUnreadable {
        /// The file's path.
        path: PathBuf,
        /// Why (the I/O error).
        reason: String,
    },
    /// The token file is empty (or only whitespace).
    #[error("token file `{}` is empty", .path.display())]
    FileEmpty {
        /// The file's path.
        path: PathBuf,
    },
    /// A new token was needed (the current one was rejected) but the provider cannot
    /// produce one.
    #[error("the {provider} bearer token was rejected and cannot be refreshed: supply a new one")]
    CannotRefresh {
        /// The provider's kind ([`TokenProvider::kind`]).
        provider: &'static str,
    },
    /// The provider's token cannot be sent in an HTTP header.
    #[error("the {provider} bearer token is unusable: {reason}")]
    UnusableToken {
        /// The provider's kind ([`TokenProvider::kind`]).
        provider: &'static str,
        /// What is wrong with it (never the token).
        reason: &'static str,
    },
}

fn describe_failure(
    error: Option<&str>,
    description: Option<&str>,
    excerpt: Option<&str>,
) -> String {
    match (error, description, excerpt) {
        (Some(error), Some(description), _) => format!("{error}: {description}"),
        (Some(error), None, _) => error.to_owned(),
        (None, _, Some(excerpt)) if !excerpt.is_empty() => format!("`{excerpt}`"),
        _ => "(empty body)".to_owned(),
    }
}

/// A source of access tokens.
///
/// Object safe: [`TokenCache`] and [`BearerAuth`] hold an `Arc<dyn TokenProvider>`.
pub trait TokenProvider: fmt::Debug + Send + Sync + 'static {
    /// Gets a fresh token from the source (the caller caches it).
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>>;

    /// Whether asking again can give a different token. A static token cannot.
    fn can_refresh(&self) -> bool {
        true
    }

    /// A short name for logs and errors (`static`, `environment`, `file`, `oauth`).
    fn kind(&self) -> &'static str {
        "custom"
    }
}

/// A token given once, with no known expiry; it cannot be refreshed.
#[derive(Debug, Clone)]
pub struct StaticToken {
    token: SecretString,
}

impl StaticToken {
    /// The token `token` (surrounding whitespace is removed).
    pub fn new(token: SecretString) -> Self {
        let trimmed = token.expose_secret().trim();
        if trimmed.len() == token.expose_secret().len() {
            Self { token }
        } else {
            Self {
                token: SecretString::from_string(trimmed.to_owned()),
            }
        }
    }
}

impl TokenProvider for StaticToken {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        let token = AccessToken::new(self.token.clone(), None);
        Box::pin(async move { Ok(token) })
    }

    fn can_refresh(&self) -> bool {
        false
    }

    fn kind(&self) -> &'static str {
        "static"
    }
}

/// How [`EnvToken`] reads a variable: `None` when it is not set.
pub type EnvLookup = Arc<dyn Fn(&str) -> Option<OsString> + Send + Sync>;

/// A token read from an environment variable at each fetch (surrounding whitespace
/// removed), with no known expiry.
///
/// The variable is read through a lookup function, so tests can supply their own
/// environment instead of changing the process's.
#[derive(Clone)]
pub struct EnvToken {
    name: String,
    lookup: EnvLookup,
}

impl EnvToken {
    /// Reads the variable `name` from the process environment.
    pub fn from_process(name: impl Into<String>) -> Self {
        Self::with_lookup(name, |name: &str| std::env::var_os(name))
    }

    /// Reads the variable `name` through `lookup`.
    pub fn with_lookup(
        name: impl Into<String>,
        lookup: impl Fn(&str) -> Option<OsString> + Send + Sync + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            lookup: Arc::new(lookup),
        }
    }

    /// The variable's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn read(&self) -> Result<AccessToken, TokenError> {
        let name = || self.name.clone();
        let value =
            (self.lookup)(&self.name).ok_or_else(|| TokenError::EnvVarMissing { name: name() })?;
        let value = Zeroizing::new(
            value
                .into_string()
                .map_err(|_| TokenError::EnvVarNotUnicode { name: name() })?,
        );
        let token = value.trim();
        if token.is_empty() {
            return Err(TokenError::EnvVarEmpty { name: name() });
        }
        Ok(AccessToken::new(
            SecretString::from_string(token.to_owned()),
            None,
        ))
    }
}

impl fmt::Debug for EnvToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnvToken")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl TokenProvider for EnvToken {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move { self.read() })
    }

    fn kind(&self) -> &'static str {
        "environment"
    }
}

/// A token read from a file at each fetch (surrounding whitespace removed), with no
/// known expiry; another process may replace the file's content at any time.
///
/// The file is small and local, so it is read synchronously.
#[derive(Debug, Clone)]
pub struct FileToken {
    path: PathBuf,
}

impl FileToken {
    /// Reads the token from `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    fn read(&self) -> Result<AccessToken, TokenError> {
        let content = Zeroizing::new(std::fs::read_to_string(&self.path).map_err(|e| {
            TokenError::FileUnreadable {
                path: self.path.clone(),
                reason: e.to_string(),
            }
        })?);
        let token = content.trim();
        if token.is_empty() {
            return Err(TokenError::FileEmpty {
                path: self.path.clone(),
            });
        }
        Ok(AccessToken::new(
            SecretString::from_string(token.to_owned()),
            None,
        ))
    }
}

impl TokenProvider for FileToken {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move { self.read() })
    }

    fn kind(&self) -> &'static str {
        "file"
    }
}

/// The current token and when to replace it.
struct Cached {
    token: AccessToken,
    refresh_at: Option<SystemTime>,
}

impl Cached {
    fn new(token: AccessToken, fetched_at: SystemTime, margin: Duration) -> Self {
        let refresh_at = token
            .expires_at
            .map(|expires_at| refresh_time(fetched_at, expires_at, margin));
        Self { token, refresh_at }
    }

    fn is_fresh(&self, now: SystemTime) -> bool {
        self.refresh_at.is_none_or(|at| now < at)
    }

    fn is_unexpired(&self, now: SystemTime) -> bool {
        self.token.expires_at.is_none_or(|at| now < at)
    }
}

/// When to replace a token fetched at `fetched_at` that expires at `expires_at`:
/// `margin` before it expires, but not before half its lifetime (so a token that lives
/// shorter than twice the margin is not fetched again at every request).
fn refresh_time(fetched_at: SystemTime, expires_at: SystemTime, margin: Duration) -> SystemTime {
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
            return Ok(cached.token.token.clone());
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
                    Ok(cached.token.token.clone())
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
            && cached.token.token != *rejected
            && cached.is_fresh(now)
        {
            return Ok(cached.token.token.clone());
        }
        if !self.provider.can_refresh() {
            return Err(TokenError::CannotRefresh {
                provider: self.provider.kind(),
            });
        }
        if state
            .current
            .as_ref()
            .is_some_and(|cached| cached.token.token == *rejected)
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
                match token.expires_at {
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
                let secret = token.token.clone();
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
    let value = token.token.expose_secret();
    let reason = if value.is_empty() {
        "it is empty"
    } else if !value.bytes().all(|b| b.is_ascii_graphic()) {
        "it holds characters other than visible ASCII, which an HTTP header cannot carry"
    } else {
        return Ok(token);
    };
    Err(TokenError::UnusableToken { provider, reason })
}

/// The [`Hooks`] that authorise Analytics requests with a bearer token.
///
/// `prepare` sets `authorization: Bearer <token>` from the [`TokenCache`]. `execute`
/// sends the request; if the answer is 401 with `www-authenticate: Bearer
/// error="invalid_token"` (but not the "Token Audience" description, which a new token
/// cannot fix) and the provider can refresh, it refreshes the token once and sends the
/// request once more. A request whose body cannot be cloned (a stream) is not retried.
#[derive(Debug)]
pub struct BearerAuth {
    cache: TokenCache,
}

impl BearerAuth {
    /// Hooks over `provider`, reading time from `clock`, with the default refresh margin.
    pub fn new(provider: Arc<dyn TokenProvider>, clock: Arc<dyn Clock>) -> Self {
        Self::with_cache(TokenCache::new(provider, clock))
    }

    /// Hooks over an existing cache (for a non-default margin).
    pub fn with_cache(cache: TokenCache) -> Self {
        Self { cache }
    }

    /// The token cache.
    pub fn cache(&self) -> &TokenCache {
        &self.cache
    }

    /// These hooks, shared, as a generated `Client::new` takes them.
    pub fn shared(self) -> SharedHooks {
        Arc::new(self)
    }
}

/// Sets `authorization: Bearer <token>`, marked sensitive.
fn authorize(request: &mut reqwest::Request, token: &SecretString) -> Result<(), TokenError> {
    let value = Zeroizing::new(format!("Bearer {}", token.expose_secret()));
    let mut header = HeaderValue::from_str(&value).map_err(|_| TokenError::UnusableToken {
        provider: "bearer",
        reason: "it cannot be sent in an HTTP header",
    })?;
    header.set_sensitive(true);
    request.headers_mut().insert(AUTHORIZATION, header);
    Ok(())
}

/// The bearer token a request carries.
fn sent_token(request: &reqwest::Request) -> Option<SecretString> {
    let value = request.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?;
    Some(SecretString::from_string(token.to_owned()))
}

impl Hooks for BearerAuth {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        _operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            let token = self.cache.token().await.map_err(hook_error)?;
            authorize(request, &token).map_err(hook_error)?;
            Ok(())
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let operation_id = operation.id;
        Box::pin(async move {
            let retry = request.try_clone();
            let rejected = sent_token(&request);
            let response = crate::answer::send(client, request).await?;
            if response.status() != StatusCode::UNAUTHORIZED
                || !crate::policy::may_resend_after_unauthorized(operation)
            {
                return Ok(response);
            }
            let challenge = BearerChallenge::from_headers(response.headers());
            if !challenge.is_refreshable() {
                debug!(
                    operation_id,
                    error = challenge.error.as_deref().unwrap_or("-"),
                    error_description = challenge.description.as_deref().unwrap_or("-"),
                    "401 that a new token cannot fix: not retrying"
                );
                return Ok(response);
            }
            let provider = self.cache.provider().kind();
            if !self.cache.provider().can_refresh() {
                debug!(
                    operation_id,
                    provider, "401 invalid_token, but the provider cannot refresh: not retrying"
                );
                return Ok(response);
            }
            let (Some(mut retry), Some(rejected)) = (retry, rejected) else {
                debug!(
                    operation_id,
                    "401 invalid_token on a request that cannot be resent: not retrying"
                );
                return Ok(response);
            };
            let fresh = match self.cache.refresh_after_rejection(&rejected).await {
                Ok(fresh) if fresh != rejected => fresh,
                Ok(_) => {
                    warn!(
                        operation_id,
                        provider, "bearer token rejected, and the provider gave the same one again"
                    );
                    return Ok(response);
                }
                Err(error) => {
                    warn!(operation_id, provider, error = %error, "bearer token rejected and cannot be refreshed");
                    return Ok(response);
                }
            };
            if authorize(&mut retry, &fresh).is_err() {
                return Ok(response);
            }
            warn!(
                operation_id,
                provider,
                error_description = challenge.description.as_deref().unwrap_or("-"),
                "bearer token rejected (401 invalid_token): retrying once with a new token"
            );
            drop(response);
            let second = crate::answer::send(client, retry).await?;
            if second.status() == StatusCode::UNAUTHORIZED {
                warn!(
                    operation_id,
                    provider, "still 401 after a token refresh: giving up"
                );
            }
            Ok(second)
        })
    }
}

/// A token failure as the hooks report it: unreachable token endpoints are transport
/// failures, everything else is authentication.
fn hook_error(error: TokenError) -> HookError {
    let message = crate::error::causes(&error);
    match error {
        TokenError::Transport { .. } => HookError::transport(message),
        _ => HookError::authentication(message),
    }
}

/// What a 401's `www-authenticate: Bearer ...` challenge said.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct BearerChallenge {
    error: Option<String>,
    description: Option<String>,
}

impl BearerChallenge {
    /// The first `Bearer` challenge with an `error` among the `www-authenticate`
    /// headers (or the first `Bearer` challenge at all).
    fn from_headers(headers: &HeaderMap) -> Self {
        let mut first = None;
        for value in headers.get_all(WWW_AUTHENTICATE) {
            let Ok(value) = value.to_str() else { continue };
            for challenge in parse_challenges(value) {
                if !challenge.scheme.eq_ignore_ascii_case("bearer") {
                    continue;
                }
                let found = Self {
                    error: challenge.param("error"),
                    description: challenge.param("error_description"),
                };
                if found.error.is_some() {
                    return found;
                }
                first.get_or_insert(found);
            }
        }
        first.unwrap_or_default()
    }

    /// `invalid_token`, except the audience mismatch (which needs another scope).
    fn is_refreshable(&self) -> bool {
        let invalid_token = self
            .error
            .as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case("invalid_token"));
        let audience = self
            .description
            .as_deref()
            .is_some_and(|d| d.to_ascii_lowercase().contains("token audience"));
        invalid_token && !audience
    }
}

/// One challenge of a `www-authenticate` value: a scheme and its parameters.
#[derive(Debug, Default)]
struct Challenge {
    scheme: String,
    params: Vec<(String, String)>,
}

impl Challenge {
    fn param(&self, name: &str) -> Option<String> {
        self.params
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

/// Parses `Scheme a=b, c="d, e", Other x=y` into challenges (RFC 9110 §11.6.1),
/// leniently: anything unexpected is skipped, never an error.
fn parse_challenges(value: &str) -> Vec<Challenge> {
    let mut challenges: Vec<Challenge> = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == ',').is_some() {}
        let mut word = String::new();
        while let Some(c) = chars.next_if(|c| !c.is_whitespace() && *c != ',' && *c != '=') {
            word.push(c);
        }
        if word.is_empty() {
            if chars.next().is_none() {
                break;
            }
            continue;
        }
        while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
        if chars.next_if_eq(&'=').is_some() {
            while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
            let mut param = String::new();
            if chars.next_if_eq(&'"').is_some() {
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => param.extend(chars.next()),
                        c => param.push(c),
                    }
                }
            } else {
                while let Some(c) = chars.next_if(|c| !c.is_whitespace() && *c != ',') {
                    param.push(c);
                }
            }
            if let Some(current) = challenges.last_mut() {
                current.params.push((word, param));
            }
        } else {
            challenges.push(Challenge {
                scheme: word,
                params: Vec::new(),
            });
        }
    }
    challenges
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn challenge(value: &str) -> BearerChallenge {
        let mut headers = HeaderMap::new();
        headers.insert(WWW_AUTHENTICATE, HeaderValue::from_str(value).unwrap());
        BearerChallenge::from_headers(&headers)
    }

    #[test]
    fn parses_the_bearer_challenges_oac_sends() {
        let expired = challenge(
            r#"Bearer error="invalid_token", error_description="The access token expired""#,
        );
        assert_eq!(expired.error.as_deref(), Some("invalid_token"));
        assert_eq!(
            expired.description.as_deref(),
            Some("The access token expired")
        );
        assert!(expired.is_refreshable());

        let audience =
            challenge(r#"Bearer error="invalid_token", error_description="Token Audience""#);
        assert!(!audience.is_refreshable());
        assert!(!challenge(r#"Bearer error="invalid_session""#).is_refreshable());
        assert!(!challenge("Bearer").is_refreshable());
        assert!(!challenge(r#"Basic realm="x""#).is_refreshable());
        assert!(challenge("bearer error=invalid_token").is_refreshable());
    }

    #[test]
    fn several_challenges_quotes_and_escapes() {
        let parsed = parse_challenges(
            r#"Basic realm="a, b", Bearer realm="oac", error="invalid_token", error_description="say \"hi\", then go""#,
        );
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].scheme, "Basic");
        assert_eq!(parsed[0].param("realm").as_deref(), Some("a, b"));
        assert_eq!(parsed[1].param("error").as_deref(), Some("invalid_token"));
        assert_eq!(
            parsed[1].param("error_description").as_deref(),
            Some(r#"say "hi", then go"#)
        );
        for junk in [
            "",
            "=",
            "==,",
            "\"",
            "Bearer error=\"unterminated",
            ", , ,",
            "a=b c",
            "Bearer x= ,",
        ] {
            let _ = parse_challenges(junk);
        }
    }

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
    fn failure_text_prefers_the_oauth_error() {
        assert_eq!(
            describe_failure(Some("invalid_grant"), Some("Invalid grant type."), None),
            "invalid_grant: Invalid grant type."
        );
        assert_eq!(describe_failure(Some("x"), None, Some("y")), "x");
        assert_eq!(describe_failure(None, None, Some("oops")), "`oops`");
        assert_eq!(describe_failure(None, None, Some("")), "(empty body)");
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
