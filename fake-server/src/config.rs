//! [`FakeConfig`]: everything the fake server can be told at start, one field (and one
//! builder method) per command-line option of `oci-backup fake-server`:
//!
//! | Option | Field | Builder |
//! |---|---|---|
//! | `--port N` | [`FakeConfig::port`] | [`FakeConfig::with_port`] |
//! | `--public-key FILE` (repeatable) | [`FakeConfig::public_keys`] | [`FakeConfig::with_public_key`] + [`PublicKey::from_file`] |
//! | `--bearer-token T` (repeatable) | [`FakeConfig::bearer_tokens`] | [`FakeConfig::with_bearer_token`] |
//! | `--backup-seconds S` | [`FakeConfig::backup_duration`] | [`FakeConfig::with_backup_duration`] |
//! | `--work-request-seconds S` | [`FakeConfig::work_request_duration`] | [`FakeConfig::with_work_request_duration`] |
//! | `--fault SPEC` (repeatable) | [`FakeConfig::faults`] | [`FakeConfig::with_fault`] + [`Fault`]'s `FromStr` |
//! | `--faulty-boot-volume ID` (repeatable) | [`FakeConfig::faulty_boot_volumes`] | [`FakeConfig::with_faulty_boot_volume`] |
//! | `--bar URI` (repeatable) | [`FakeConfig::bars`] | [`FakeConfig::with_bar`] |
//! | `--rate-limit RATE/s[,burst=N]` | [`FakeConfig::rate_limit`] | [`FakeConfig::with_rate_limit`] + [`RateLimit`]'s `FromStr` |
//!
//! # Which signatures are accepted
//!
//! A Core request is accepted when its `keyId` is `<tenancy>/<user>/<fingerprint>` and
//! the fingerprint is that of a configured [`PublicKey`] (any tenancy and user, unless the
//! key was restricted with [`PublicKey::for_key_id`]), or `ST$<token>` for a configured
//! [`SessionToken`]; and the signature verifies with that key. With no key configured,
//! every Core request is refused (`unknown keyId`). Analytics requests need
//! `Authorization: Bearer <token>` with one of [`FakeConfig::bearer_tokens`]; with none
//! configured, any bearer token is accepted (but one must be sent).

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use oci_backup::auth::key::PrivateKey;
use oci_backup::clock::{Clock, SystemClock};

use crate::faults::Fault;
use crate::throttle::RateLimit;

/// Why the fake server could not be set up or started.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FakeError {
    /// The embedded specs did not load (a bug in the specs or in this crate).
    #[error(transparent)]
    Spec(#[from] crate::spec::SpecError),
    /// A public key could not be used.
    #[error("public key {origin}: {reason}")]
    Key {
        /// The file, or `PEM text`.
        origin: String,
        /// What is wrong.
        reason: String,
    },
    /// The port could not be bound.
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Bind {
        /// The port asked for.
        port: u16,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// A public key that Core request signatures may be made with.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey {
    der: Vec<u8>,
    fingerprint: String,
    key_id: Option<String>,
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey")
            .field("fingerprint", &self.fingerprint)
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl PublicKey {
    /// A key from PEM text (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo, as
    /// `openssl rsa -pubout` writes and the OCI Console takes).
    pub fn from_pem(pem: &str) -> Result<Self, FakeError> {
        Self::parse(pem, "PEM text")
    }

    /// A key from a PEM file.
    pub fn from_file(path: &Path) -> Result<Self, FakeError> {
        let origin = format!("`{}`", path.display());
        let pem = oci_backup::files::read_limited_to_string(path).map_err(|e| FakeError::Key {
            origin: origin.clone(),
            reason: e.to_string(),
        })?;
        Self::parse(&pem, &origin)
    }

    /// The public half of a loaded private key (handy in tests).
    pub fn from_private_key(key: &PrivateKey) -> Self {
        Self {
            der: key.public_key_der(),
            fingerprint: key.fingerprint().to_owned(),
            key_id: None,
        }
    }

    fn parse(pem: &str, origin: &str) -> Result<Self, FakeError> {
        let error = |reason: String| FakeError::Key {
            origin: origin.to_owned(),
            reason,
        };
        let key =
            oci_backup::auth::key::PublicKey::from_pem(pem).map_err(|e| error(e.to_string()))?;
        let (der, fingerprint) = (key.der, key.fingerprint);
        Ok(Self {
            der,
            fingerprint,
            key_id: None,
        })
    }

    /// Accepts this key only for exactly this `keyId` (`tenancy/user/fingerprint`).
    pub fn for_key_id(mut self, key_id: impl Into<String>) -> Self {
        self.key_id = Some(key_id.into());
        self
    }

    /// The key's fingerprint (MD5 of the DER SubjectPublicKeyInfo, colon-separated).
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Whether a signature with `key_id` may use this key.
    pub(crate) fn accepts(&self, key_id: &str) -> bool {
        match &self.key_id {
            Some(only) => only == key_id,
            None => {
                let parts: Vec<&str> = key_id.split('/').collect();
                parts.len() == 3
                    && parts.iter().all(|p| !p.is_empty())
                    && parts[2].eq_ignore_ascii_case(&self.fingerprint)
            }
        }
    }

    pub(crate) fn der(&self) -> &[u8] {
        &self.der
    }
}

/// A security token (`keyId` `ST$<token>`) and the key its requests are signed with.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken {
    /// The token.
    pub token: String,
    /// The session's public key.
    pub key: PublicKey,
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionToken")
            .field("token", &"********")
            .field("key", &self.key)
            .finish()
    }
}

/// The region a fake serves unless told otherwise (the sandbox profile's region).
pub const DEFAULT_REGION: &str = "us-ashburn-1";

/// How the fake server behaves. Start from [`FakeConfig::default`] and use the `with_*`
/// methods (or set the fields).
#[derive(Clone)]
#[non_exhaustive]
pub struct FakeConfig {
    /// The port on 127.0.0.1 of the first region; 0 (the default) picks a free one.
    pub port: u16,
    /// The regions served, each on its own port of 127.0.0.1 (the first on
    /// [`FakeConfig::port`], the others on free ports), sharing one state: a resource
    /// lives in one region and is found only through that region's port, and
    /// `copyBootVolumeBackup` lands its copy in the destination region. Default:
    /// `us-ashburn-1` alone.
    pub regions: Vec<String>,
    /// Keys Core request signatures may be made with.
    pub public_keys: Vec<PublicKey>,
    /// Security tokens accepted as `keyId="ST$<token>"`.
    pub session_tokens: Vec<SessionToken>,
    /// Bearer tokens accepted by the Analytics API; empty: any bearer token.
    pub bearer_tokens: Vec<String>,
    /// From a create request to `AVAILABLE`: the first tenth in `REQUEST_RECEIVED`,
    /// the rest in `CREATING` with `backupProgress` rising (default 20 s).
    pub backup_duration: Duration,
    /// From an Analytics work request's acceptance to its end: the first tenth
    /// `ACCEPTED`, the rest `IN_PROGRESS` with `percentComplete` rising (default 20 s).
    pub work_request_duration: Duration,
    /// How long a deleted backup stays `TERMINATING` (default 5 s).
    pub delete_duration: Duration,
    /// From a create request to a boot volume `AVAILABLE`: `RESTORING` (from a backup)
    /// or `PROVISIONING` (a clone) until then (default 20 s).
    pub volume_duration: Duration,
    /// How much longer an `AVAILABLE` restored volume stays `isHydrated: false`
    /// (default 20 s).
    pub hydration_duration: Duration,
    /// How long a `TERMINATED` backup is still returned by get and list (default 1 h);
    /// afterwards it is 404 and its retry token is invalidated.
    pub terminated_retention: Duration,
    /// How long an `opc-retry-token` is remembered (default 24 h).
    pub retry_token_ttl: Duration,
    /// The largest accepted difference between a signed `date` and the clock (default
    /// 5 minutes).
    pub max_clock_skew: Duration,
    /// The clock every schedule reads (default: the system clock).
    pub clock: Arc<dyn Clock>,
    /// Injected faults.
    pub faults: Vec<Fault>,
    /// The per-tenancy rate limit, beyond which requests are answered `429
    /// TooManyRequests` (see [`crate::throttle`]); none by default.
    pub rate_limit: Option<RateLimit>,
    /// Backups of these boot volumes become `FAULTY` when they would start `CREATING`.
    pub faulty_boot_volumes: Vec<String>,
    /// Copies of these backups, and boot volumes restored from them, become `FAULTY`
    /// (a copy when it would start `CREATING`, a volume a tenth into its restore).
    pub faulty_backups: Vec<String>,
    /// BAR files already in the bucket (URIs, as in `bar.uri`).
    pub bars: Vec<String>,
    /// Validate every response against the spec and record violations (see
    /// [`crate::FakeState::spec_violations`]). Off by default; tests turn it on.
    pub validate_responses: bool,
    /// The compartment of backups created without `compartmentId`.
    pub default_compartment_id: String,
    /// `createdByUser` of snapshots.
    pub analytics_user: String,
    /// How many requests the log keeps (the oldest are dropped first; default 10 000).
    pub request_log_limit: usize,
    /// How long a connection may take to send a request's headers or body, or stay
    /// idle between requests, before it is closed (default 30 s, real time).
    pub connection_timeout: Duration,
    /// How long the security tokens the fake's auth service issues live (default 1 h).
    pub token_lifetime: Duration,
}

impl fmt::Debug for FakeConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeConfig")
            .field("port", &self.port)
            .field("regions", &self.regions)
            .field("public_keys", &self.public_keys)
            .field("session_tokens", &self.session_tokens)
            .field(
                "bearer_tokens",
                &format!("{} configured", self.bearer_tokens.len()),
            )
            .field("backup_duration", &self.backup_duration)
            .field("work_request_duration", &self.work_request_duration)
            .field("delete_duration", &self.delete_duration)
            .field("volume_duration", &self.volume_duration)
            .field("hydration_duration", &self.hydration_duration)
            .field("terminated_retention", &self.terminated_retention)
            .field("retry_token_ttl", &self.retry_token_ttl)
            .field("max_clock_skew", &self.max_clock_skew)
            .field("clock", &self.clock)
            .field("faults", &self.faults)
            .field("rate_limit", &self.rate_limit)
            .field("faulty_boot_volumes", &self.faulty_boot_volumes)
            .field("faulty_backups", &self.faulty_backups)
            .field("bars", &self.bars)
            .field("validate_responses", &self.validate_responses)
            .field("default_compartment_id", &self.default_compartment_id)
            .field("analytics_user", &self.analytics_user)
            .field("request_log_limit", &self.request_log_limit)
            .field("connection_timeout", &self.connection_timeout)
            .field("token_lifetime", &self.token_lifetime)
            .finish()
    }
}

impl Default for FakeConfig {
    fn default() -> Self {
        Self {
            port: 0,
            regions: vec![DEFAULT_REGION.to_owned()],
            public_keys: Vec::new(),
            session_tokens: Vec::new(),
            bearer_tokens: Vec::new(),
            backup_duration: Duration::from_secs(20),
            work_request_duration: Duration::from_secs(20),
            delete_duration: Duration::from_secs(5),
            volume_duration: Duration::from_secs(20),
            hydration_duration: Duration::from_secs(20),
            terminated_retention: Duration::from_secs(3600),
            retry_token_ttl: Duration::from_secs(24 * 3600),
            max_clock_skew: Duration::from_secs(300),
            clock: Arc::new(SystemClock),
            faults: Vec::new(),
            rate_limit: None,
            faulty_boot_volumes: Vec::new(),
            faulty_backups: Vec::new(),
            bars: Vec::new(),
            validate_responses: false,
            default_compartment_id: "ocid1.compartment.oc1..fakedefault".into(),
            analytics_user: "fake-admin".into(),
            request_log_limit: 10_000,
            connection_timeout: Duration::from_secs(30),
            token_lifetime: Duration::from_secs(3600),
        }
    }
}

impl FakeConfig {
    /// Closes connections that take longer than `timeout` to send a request's headers
    /// or body, or stay idle that long between requests.
    pub fn with_connection_timeout(mut self, timeout: Duration) -> Self {
        self.connection_timeout = timeout;
        self
    }

    /// Listens on this port (0: any free port).
    pub fn with_port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Serves these regions (the first on [`FakeConfig::port`]), replacing the default
    /// `us-ashburn-1`. Names are kept as given; duplicates are served once.
    pub fn with_regions<I, S>(mut self, regions: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.regions.clear();
        for region in regions {
            let region = region.into();
            if !self.regions.contains(&region) {
                self.regions.push(region);
            }
        }
        self
    }

    /// Boot volumes take this long to become `AVAILABLE`, and then this much longer to
    /// be hydrated.
    pub fn with_volume_duration(mut self, available: Duration, hydrated: Duration) -> Self {
        self.volume_duration = available;
        self.hydration_duration = hydrated;
        self
    }

    /// Copies of this backup, and volumes restored from it, fail (`FAULTY`).
    pub fn with_faulty_backup(mut self, backup_id: impl Into<String>) -> Self {
        self.faulty_backups.push(backup_id.into());
        self
    }

    /// Accepts Core signatures made with this key.
    pub fn with_public_key(mut self, key: PublicKey) -> Self {
        self.public_keys.push(key);
        self
    }

    /// Accepts `keyId="ST$<token>"` signed with `key`.
    pub fn with_session_token(mut self, token: impl Into<String>, key: PublicKey) -> Self {
        self.session_tokens.push(SessionToken {
            token: token.into(),
            key,
        });
        self
    }

    /// Accepts this Analytics bearer token (once any is configured, only those are).
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_tokens.push(token.into());
        self
    }

    /// Backups take this long to become `AVAILABLE`.
    pub fn with_backup_duration(mut self, duration: Duration) -> Self {
        self.backup_duration = duration;
        self
    }

    /// Analytics work requests take this long to finish.
    pub fn with_work_request_duration(mut self, duration: Duration) -> Self {
        self.work_request_duration = duration;
        self
    }

    /// Deleted backups stay `TERMINATING` this long.
    pub fn with_delete_duration(mut self, duration: Duration) -> Self {
        self.delete_duration = duration;
        self
    }

    /// Every schedule reads this clock.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Injects a fault.
    pub fn with_fault(mut self, fault: Fault) -> Self {
        self.faults.push(fault);
        self
    }

    /// Limits each tenancy to `limit` (429 beyond it).
    pub fn with_rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Backups of this boot volume fail (`FAULTY`).
    pub fn with_faulty_boot_volume(mut self, boot_volume_id: impl Into<String>) -> Self {
        self.faulty_boot_volumes.push(boot_volume_id.into());
        self
    }

    /// Puts a BAR file in the bucket (so REGISTER of it succeeds).
    pub fn with_bar(mut self, uri: impl Into<String>) -> Self {
        self.bars.push(uri.into());
        self
    }

    /// Security tokens the fake issues live this long.
    pub fn with_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.token_lifetime = lifetime;
        self
    }

    /// Validates every response against the spec, recording violations.
    pub fn with_response_validation(mut self, on: bool) -> Self {
        self.validate_responses = on;
        self
    }
}
