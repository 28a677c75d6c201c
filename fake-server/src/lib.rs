//! An in-memory fake of the two Oracle Cloud APIs this project covers — Core Services
//! boot volume backups and boot volumes (`/20160918/...`) and Oracle Analytics Cloud
//! snapshots (`/api/20210901/...`) — on one port of 127.0.0.1 (Core Services on one port
//! per region when [`FakeConfig::regions`] names several: a cross-region copy lands in its
//! destination region), driven by the project's OpenAPI specs, so backup code can be
//! tested without an Oracle account.
//!
//! - **Faithful where it matters.** Core requests must carry a valid OCI request
//!   signature (verified with the configured public keys, body hash recomputed, required
//!   headers per method, 5 minutes of date skew); Analytics requests a bearer token.
//!   Every request is validated against the spec at run time (400 naming the field and
//!   the rule), unknown paths are 404, wrong methods 405, and every Core answer carries an
//!   `opc-request-id`. See [`config`] for which keys and tokens are accepted.
//! - **Lifecycles on a clock.** Backups go `REQUEST_RECEIVED` -> `CREATING` (with
//!   `backupProgress` rising) -> `AVAILABLE`, deletes `TERMINATING` -> `TERMINATED`;
//!   Analytics work requests `ACCEPTED` -> `IN_PROGRESS` -> `SUCCEEDED` or `FAILED`. All
//!   of it reads the injected [`Clock`](oci_backup::clock::Clock): tests advance a
//!   [`ManualClock`](oci_backup::clock::ManualClock) and never sleep.
//! - **Idempotency, etags, paging** as OCI does them: `opc-retry-token` (same body: same
//!   backup; other body: 409; forgotten after 24 hours), `if-match` (412), `limit`, `page`
//!   and `opc-next-page`.
//! - **A rate limit** per tenancy ([`throttle`], [`FakeConfig::with_rate_limit`]): a
//!   token bucket answering `429 TooManyRequests` with `Retry-After` beyond it.
//! - **Faults** per route, seeded or scheduled ([`faults`]): 429 with `Retry-After`, 5xx,
//!   latency, and connections really closed before or after processing.
//! - **Contract checks.** [`spec::Specs`] validates requests and responses against the
//!   specs; with [`FakeConfig::validate_responses`] every response the fake sends is
//!   checked and violations are recorded ([`FakeState::spec_violations`]).
//!
//! # Example
//!
//! ```
//! use std::sync::Arc;
//! use std::time::{Duration, SystemTime};
//!
//! use oci_backup::analytics::{self, ResponseHeaders as _};
//! use oci_backup::auth::bearer::{BearerAuth, StaticToken};
//! use oci_backup::clock::ManualClock;
//! use oci_backup::runtime::SecretString;
//! use oci_backup_fake::{FakeConfig, FakeServer};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let clock = Arc::new(ManualClock::new(SystemTime::now()));
//! let server = FakeServer::start(
//!     FakeConfig::default()
//!         .with_clock(clock.clone())
//!         .with_bearer_token("test-token")
//!         .with_work_request_duration(Duration::from_secs(60))
//!         .with_response_validation(true),
//! )
//! .await?;
//!
//! let token = StaticToken::new(SecretString::from_string("test-token".into()));
//! let client = analytics::Api::new(
//!     server.base_url(),
//!     BearerAuth::new(Arc::new(token), clock.clone()).shared(),
//! );
//! let body: analytics::types::NewSnapshot = serde_json::from_value(serde_json::json!({
//!     "type": "CREATE",
//!     "name": "nightly",
//!     "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
//!     "bar": {"uri": "file:///nightly.bar", "password": "Examp1ePassword"},
//! }))?;
//! let accepted = client.create_snapshot().body(body).send().await?;
//! let work_request = accepted.oa_work_request_id().unwrap_or_default().to_owned();
//!
//! clock.advance(Duration::from_secs(60));
//! let done = client.get_work_request().id(&work_request).send().await?;
//! assert_eq!(done.status.as_str(), "SUCCEEDED");
//! assert_eq!(server.state().snapshots()[0].name, "nightly");
//! assert_eq!(server.state().bars(), ["file:///nightly.bar"]);
//! assert!(server.state().spec_violations().is_empty());
//! server.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! Core requests are signed: give the server the public key of the client's API key.
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! use std::path::Path;
//! use std::sync::Arc;
//!
//! use oci_backup::auth::key::PrivateKey;
//! use oci_backup::auth::oci::OciSigner;
//! use oci_backup::clock::SystemClock;
//! use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};
//!
//! let key = PrivateKey::from_file(Path::new("api-key.pem"), None)?;
//! let server =
//!     FakeServer::start(FakeConfig::default().with_public_key(PublicKey::from_private_key(&key)))
//!         .await?;
//! let fingerprint = key.fingerprint().to_owned();
//! let signer = OciSigner::api_key(key, "ocid1.tenancy.oc1..t", "ocid1.user.oc1..u", &fingerprint, Arc::new(SystemClock))?;
//! let core = oci_backup::block_storage::Api::new(server.base_url(), signer.shared());
//! let backups = core
//!     .list_boot_volume_backups()
//!     .compartment_id("ocid1.compartment.oc1..c")
//!     .send()
//!     .await?;
//! assert!(backups.is_empty());
//! # Ok(())
//! # }
//! ```
//!
//! # Downstream crates
//!
//! Add `oci-backup-fake` as a dev-dependency and start a [`FakeServer`] per test, as
//! above; point the clients at [`FakeServer::base_url`]. The specs it validates against
//! are embedded ([`spec::CORE_SPEC_YAML`], [`spec::ANALYTICS_SPEC_YAML`]).

#![deny(missing_docs)]

mod api;
mod auth;
pub mod config;
pub mod faults;
pub mod identity;
mod sandbox;
mod schema;
mod server;
pub mod spec;
pub mod state;
pub mod throttle;
mod unparsable;
pub mod volumes;

pub use config::{DEFAULT_REGION, FakeConfig, FakeError, PublicKey, SessionToken};
pub use faults::{Fault, FaultKind, FaultParseError, FaultWhen, RouteMatcher};
pub use identity::Identity;
pub use sandbox::{Sandbox, generate_key};
pub use schema::SchemaError;
pub use server::FakeServer;
pub use state::{
    Backup, BackupState, FakeState, LoggedRequest, LoggedResponse, Snapshot, SpecViolation,
    WorkRequest, WorkRequestOperation, WorkRequestStatus,
};
pub use throttle::{RateLimit, RateLimitParseError};
pub use volumes::{BootVolume, VolumeState};
