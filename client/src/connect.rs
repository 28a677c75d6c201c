//! From configuration to ready clients: the one place that joins a profile or a token
//! provider, the HTTPS transport and the auth hooks to a generated client.
//!
//! Everything that can be checked before a request is checked here, so a bad key, a
//! wrong pass phrase, a fingerprint that belongs to another key or a plain-http endpoint
//! fails when the client is built rather than as a 401 later.

use std::sync::Arc;

#[cfg(feature = "analytics")]
use crate::analytics;
#[cfg(feature = "analytics")]
use crate::auth::bearer::{BearerAuth, TokenProvider};
use crate::auth::key::{KeyError, PrivateKey};
use crate::auth::oci::OciSigner;
#[cfg(feature = "block-storage")]
use crate::block_storage;
use crate::clock::{Clock, Sleep, SystemClock, TokioSleep};
use crate::config::{ConfigError, KeySource, OciConfig};
use crate::limit::{RateLimit, RateLimiter};
use crate::random::{Random, SystemRandom};
use crate::retry::{RetryPolicy, Retrying};
use crate::runtime::SharedHooks;
use crate::transport::TransportError;
#[cfg(any(feature = "block-storage", feature = "analytics"))]
use crate::transport::{self, TransportOptions};

/// What every call of a client reads: the time, how to wait, randomness, the retry
/// policy and the rate limiter. Tests inject exact ones.
///
/// Clones share the rate limiter: every client built from these settings (and every
/// clone of such a client) takes its tokens from the same adaptive bucket, as they share
/// the tenancy's limit at the service.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Settings {
    /// The clock (signing dates, token expiry, retry budgets, waiters).
    pub clock: Arc<dyn Clock>,
    /// How to wait (retry backoff, waiters).
    pub sleep: Arc<dyn Sleep>,
    /// Randomness (jitter, retry tokens).
    pub random: Arc<dyn Random>,
    /// The retry policy.
    pub retry: RetryPolicy,
    /// The adaptive rate limiter every attempt takes a token from (on by default, with
    /// [`RateLimit::default`]'s ceiling); `None`: no client-side limit, only the retry
    /// policy's backoff.
    pub limiter: Option<Arc<RateLimiter>>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            clock: Arc::new(SystemClock),
            sleep: Arc::new(TokioSleep),
            random: Arc::new(SystemRandom),
            retry: RetryPolicy::default(),
            limiter: Some(Arc::new(RateLimiter::new(RateLimit::default()))),
        }
    }
}

impl Settings {
    /// The defaults with another clock.
    pub fn with_clock(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            ..Self::default()
        }
    }

    /// These settings with another retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// These settings with a new adaptive rate limiter of `limit` (shared by their clones).
    pub fn with_rate_limit(mut self, limit: RateLimit) -> Self {
        self.limiter = Some(Arc::new(RateLimiter::new(limit)));
        self
    }

    /// These settings without a client-side rate limit: throttled calls only back off.
    pub fn without_rate_limit(mut self) -> Self {
        self.limiter = None;
        self
    }

    /// These settings with another sleep and random source.
    pub fn with_sleep_and_random(mut self, sleep: Arc<dyn Sleep>, random: Arc<dyn Random>) -> Self {
        self.sleep = sleep;
        self.random = random;
        self
    }

    /// `auth` wrapped in the retry layer these settings describe.
    pub fn retrying(&self, auth: SharedHooks) -> SharedHooks {
        self.retry_layer(auth).shared()
    }

    fn retry_layer(&self, auth: SharedHooks) -> Retrying {
        Retrying::new(auth)
            .with_policy(self.retry.clone())
            .with_time(self.clock.clone(), self.sleep.clone(), self.random.clone())
            .with_limiter(self.limiter.clone())
    }

    /// `auth` wrapped in the retry layer, each attempt also cut at a wait's deadline
    /// (the transport's `timeout` otherwise).
    #[cfg(any(feature = "block-storage", feature = "analytics"))]
    fn retrying_within(&self, auth: SharedHooks, transport: &TransportOptions) -> SharedHooks {
        self.retry_layer(auth)
            .with_attempt_timeout(transport.timeout)
            .shared()
    }
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConnectError {
    /// The configuration is incomplete or invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The API key cannot be used.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The endpoint or the CA bundle was refused.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// A profile without a security token lacks `user` or `fingerprint`.
    #[error("profile [{profile}]: API-key authentication needs `user` and `fingerprint`")]
    MissingApiKeyIdentity {
        /// The profile.
        profile: String,
    },
}

/// The request signer a profile describes: its key (file or content, decrypted with the
/// pass phrase), and either its security token or its `tenancy/user/fingerprint`, the
/// fingerprint checked against the key.
pub fn oci_signer(config: &OciConfig, clock: Arc<dyn Clock>) -> Result<OciSigner, ConnectError> {
    let key = match &config.key {
        KeySource::File(path) => PrivateKey::from_file(path, config.pass_phrase.as_ref())?,
        KeySource::Content(pem) => PrivateKey::from_pem(
            pem.expose_secret(),
            config.pass_phrase.as_ref(),
            "OCI_CLI_KEY_CONTENT",
        )?,
    };
    match (
        &config.security_token_file,
        &config.user,
        &config.fingerprint,
    ) {
        (Some(token_file), _, _) => Ok(OciSigner::security_token(key, token_file, clock)),
        (None, Some(user), Some(fingerprint)) => Ok(OciSigner::api_key(
            key,
            &config.tenancy,
            user,
            fingerprint,
            clock,
        )?),
        (None, _, _) => Err(ConnectError::MissingApiKeyIdentity {
            profile: config.profile.clone(),
        }),
    }
}

/// The Core Services client for a profile: its endpoint (explicit, or from the region),
/// HTTPS with the profile's CA bundle, requests signed by [`oci_signer`] and retried as
/// `settings` say.
#[cfg(feature = "block-storage")]
pub(crate) fn core_client(
    config: &OciConfig,
    settings: &Settings,
) -> Result<block_storage::Api, ConnectError> {
    let endpoint = config.core_endpoint()?;
    let url = transport::check_endpoint(&endpoint)?;
    let options = TransportOptions {
        cert_bundle: config.cert_bundle.clone(),
        ..TransportOptions::default()
    };
    let http = transport::http_client_for(&url, &options)?;
    let signer = oci_signer(config, settings.clock.clone())?;
    Ok(block_storage::Api::new_with_client(
        &endpoint,
        http,
        settings.retrying_within(signer.shared(), &options),
    ))
}

/// The Analytics client for an instance (`https://<instance host>`), authorised with
/// bearer tokens from `provider` and retried as `settings` say (its creates and restores
/// are never re-sent once they may have arrived).
#[cfg(feature = "analytics")]
pub(crate) fn analytics_client(
    instance_url: &str,
    provider: Arc<dyn TokenProvider>,
    transport: &TransportOptions,
    settings: &Settings,
) -> Result<analytics::Api, ConnectError> {
    let url = transport::check_endpoint(instance_url)?;
    let http = transport::http_client_for(&url, transport)?;
    let base = url.as_str().trim_end_matches('/');
    let auth = BearerAuth::new(provider, settings.clock.clone()).shared();
    Ok(analytics::Api::new_with_client(
        base,
        http,
        settings.retrying_within(auth, transport),
    ))
}
