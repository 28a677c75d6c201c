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
use crate::auth::instance::{InstancePrincipal, InstancePrincipalOptions};
use crate::auth::key::{KeyError, PrivateKey};
use crate::auth::oci::OciSigner;
use crate::auth::resource::ResourcePrincipal;
use crate::auth::session::{PrincipalError, SessionCache, SessionProvider};
#[cfg(feature = "block-storage")]
use crate::block_storage;
use crate::clock::{Clock, Sleep, SystemClock, TokioSleep};
use crate::config::{self, ConfigError, Environment, KeySource, LoadOptions, OciConfig};
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
    /// No session could be had (instance or resource principals).
    #[error(transparent)]
    Principal(#[from] PrincipalError),
    /// `--auth security_token` with a profile that has no `security_token_file`.
    #[error(
        "profile [{profile}] has no `security_token_file`, which security-token \
         authentication needs (create a session profile with `oci session authenticate`, \
         or set OCI_CLI_SECURITY_TOKEN_FILE)"
    )]
    MissingSecurityToken {
        /// The profile.
        profile: String,
    },
    /// An unknown authentication method.
    #[error(
        "unknown authentication method `{name}` {origin}: expected one of api_key, instance_principal, resource_principal, security_token"
    )]
    UnknownAuth {
        /// The name given.
        name: String,
        /// Where it came from (`--auth`, `OCI_CLI_AUTH`).
        origin: String,
    },
    /// A profile without a security token lacks `user` or `fingerprint`.
    #[error("profile [{profile}]: API-key authentication needs `user` and `fingerprint`")]
    MissingApiKeyIdentity {
        /// The profile.
        profile: String,
    },
}

/// How requests are authenticated, named as the OCI CLI's `--auth` and `OCI_CLI_AUTH`
/// name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AuthMethod {
    /// `api_key`: the config profile's API key (the default; a profile with a
    /// `security_token_file` signs with its token, as before).
    #[default]
    ApiKey,
    /// `instance_principal`: the compute instance's identity (metadata service,
    /// federation): [`crate::auth::instance`].
    InstancePrincipal,
    /// `resource_principal`: the `OCI_RESOURCE_PRINCIPAL_*` variables:
    /// [`crate::auth::resource`].
    ResourcePrincipal,
    /// `security_token`: the profile's `security_token_file` and `key_file`:
    /// [`crate::auth::security_token`].
    SecurityToken,
}

impl AuthMethod {
    /// The names, as `--auth` takes them.
    pub const NAMES: [&'static str; 4] = [
        "api_key",
        "instance_principal",
        "resource_principal",
        "security_token",
    ];

    /// The method called `name` (`api_key`, ...), if any.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim() {
            "api_key" => Some(Self::ApiKey),
            "instance_principal" => Some(Self::InstancePrincipal),
            "resource_principal" => Some(Self::ResourcePrincipal),
            "security_token" => Some(Self::SecurityToken),
            _ => None,
        }
    }

    /// The method named by `explicit` (`--auth`), else `OCI_CLI_AUTH`, else
    /// [`AuthMethod::ApiKey`].
    pub fn choose(explicit: Option<&str>, environment: &Environment) -> Result<Self, ConnectError> {
        let (name, origin) = match explicit.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => (name, "(--auth)"),
            None => match environment.var("OCI_CLI_AUTH").map(str::trim) {
                Some(name) => (name, "(OCI_CLI_AUTH)"),
                None => return Ok(Self::ApiKey),
            },
        };
        Self::from_name(name).ok_or_else(|| ConnectError::UnknownAuth {
            name: name.to_owned(),
            origin: origin.to_owned(),
        })
    }
}

/// A signer and where it sends: what [`signer_for`] returns.
#[derive(Debug)]
#[non_exhaustive]
pub struct Signing {
    /// The signer.
    pub signer: OciSigner,
    /// The Core Services base URL.
    pub endpoint: String,
    /// The CA bundle to trust besides the system's.
    pub cert_bundle: Option<std::path::PathBuf>,
    /// The profile, when the method reads one (API keys, security tokens).
    pub profile: Option<OciConfig>,
}

impl Signing {
    /// `signer` sending to `endpoint` (a Core Services base URL), with no CA bundle.
    pub fn new(signer: OciSigner, endpoint: impl Into<String>) -> Self {
        Self {
            signer,
            endpoint: endpoint.into(),
            cert_bundle: None,
            profile: None,
        }
    }
}

/// The signer of `method`: API keys and security tokens from the profile `options`
/// loads; instance principals from the metadata service (region: `options.region`,
/// else the metadata service's); resource principals from the environment. The Core
/// endpoint is `options.endpoint` (else `OCI_CLI_ENDPOINT`), else the region's.
pub async fn signer_for(
    method: AuthMethod,
    options: &LoadOptions,
    clock: Arc<dyn Clock>,
) -> Result<Signing, ConnectError> {
    let env = &options.environment;
    let explicit_endpoint = options
        .endpoint
        .clone()
        .or_else(|| env.var("OCI_CLI_ENDPOINT").map(str::to_owned));
    let cert_bundle = options
        .cert_bundle
        .clone()
        .or_else(|| env.var("OCI_CLI_CERT_BUNDLE").map(Into::into));
    let provider: Arc<dyn SessionProvider> = match method {
        AuthMethod::ApiKey | AuthMethod::SecurityToken => {
            let profile = config::load(options)?;
            if method == AuthMethod::SecurityToken && profile.security_token_file.is_none() {
                return Err(ConnectError::MissingSecurityToken {
                    profile: profile.profile.clone(),
                });
            }
            return Ok(Signing {
                signer: oci_signer(&profile, clock)?,
                endpoint: profile.core_endpoint()?,
                cert_bundle: profile.cert_bundle.clone(),
                profile: Some(profile),
            });
        }
        AuthMethod::InstancePrincipal => {
            let mut instance = InstancePrincipalOptions::new(env.clone());
            if let Some(region) = options
                .region
                .clone()
                .or_else(|| env.var("OCI_CLI_REGION").map(str::to_owned))
            {
                instance = instance.with_region(region);
            }
            if let Some(bundle) = &cert_bundle {
                instance.transport = instance.transport.with_cert_bundle(bundle);
            }
            Arc::new(InstancePrincipal::new(instance, clock.clone()).await?)
        }
        AuthMethod::ResourcePrincipal => {
            Arc::new(ResourcePrincipal::from_environment(env, clock.clone())?)
        }
    };
    let region = match &options.region {
        Some(region) => config::region_name(region)?,
        None => provider.region().unwrap_or_default().to_owned(),
    };
    let endpoint = config::core_endpoint(explicit_endpoint.as_deref(), &region, env)?;
    let cache = SessionCache::new(provider, clock.clone());
    Ok(Signing {
        signer: OciSigner::session(cache, clock),
        endpoint,
        cert_bundle,
        profile: None,
    })
}

/// The request signer a profile describes: its key (file or content, decrypted with the
/// pass phrase), and either its security token or its `tenancy/user/fingerprint`, the
/// fingerprint checked against the key.
pub fn oci_signer(config: &OciConfig, clock: Arc<dyn Clock>) -> Result<OciSigner, ConnectError> {
    let key = load_key(config)?;
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

/// The profile's private key (file or content), decrypted with its pass phrase.
pub fn load_key(config: &OciConfig) -> Result<PrivateKey, KeyError> {
    match &config.key {
        KeySource::File(path) => PrivateKey::from_file(path, config.pass_phrase.as_ref()),
        KeySource::Content(pem) => PrivateKey::from_pem(
            pem.expose_secret(),
            config.pass_phrase.as_ref(),
            "OCI_CLI_KEY_CONTENT",
        ),
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
    let signer = oci_signer(config, settings.clock.clone())?;
    core_client_with(
        &config.core_endpoint()?,
        config.cert_bundle.clone(),
        signer.shared(),
        settings,
    )
}

/// The Core Services client for `endpoint`, signing with `signer` (an [`OciSigner`]'s
/// hooks, which clients of several regions may share).
#[cfg(feature = "block-storage")]
pub(crate) fn core_client_with(
    endpoint: &str,
    cert_bundle: Option<std::path::PathBuf>,
    signer: SharedHooks,
    settings: &Settings,
) -> Result<block_storage::Api, ConnectError> {
    let url = transport::check_endpoint(endpoint)?;
    let options = TransportOptions {
        cert_bundle,
        ..TransportOptions::default()
    };
    let http = transport::http_client_for(&url, &options)?;
    Ok(block_storage::Api::new_with_client(
        endpoint,
        http,
        settings.retrying_within(signer, &options),
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
