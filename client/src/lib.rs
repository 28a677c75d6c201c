//! Oracle Cloud boot volume backups (Core Services 20160918) and Oracle Analytics Cloud
//! snapshots (REST API 20210901): one typed client per API, with the authentication,
//! retries and waiting that production use needs.
//!
//! ```
//! use std::time::Duration;
//!
//! use oci_backup::Settings;
//! use oci_backup::block_storage::BlockStorage;
//! use oci_backup::block_storage::types::{
//!     BootVolumeBackupLifecycleState as State, CreateBootVolumeBackupDetails,
//! };
//!
//! #[tokio::main]
//! async fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     // A fake Oracle Cloud on 127.0.0.1 and a profile for it. With a real account:
//!     // let profile = oci_backup::config::load(&oci_backup::config::LoadOptions::from_process())?;
//!     let sandbox = oci_backup_fake::Sandbox::start().await?;
//!     let profile = sandbox.profile();
//!
//!     let storage = BlockStorage::from_profile(profile, Settings::default())?;
//!     let details = CreateBootVolumeBackupDetails::builder()
//!         .boot_volume_id("ocid1.bootvolume.oc1.iad.example");
//!     let backup = storage
//!         .create_backup(details.try_into()?)
//!         .wait_for(&[State::Available])
//!         .max_wait(Duration::from_secs(600))
//!         .send()
//!         .await?;
//!     assert_eq!(backup.lifecycle_state, State::Available);
//!     println!("{} is {}", backup.id.as_str(), backup.lifecycle_state);
//!     Ok(())
//! }
//! ```
//!
//! - [`block_storage`]: [`block_storage::BlockStorage`], its compound operations (create
//!   a backup and wait, wait for one or a fleet) and the generated API and types.
//! - [`analytics`]: [`analytics::Analytics`], create or register a snapshot, restore it,
//!   wait for work requests, and the generated API and types.
//! - [`CallExt::call`]: send any generated request builder and get this crate's
//!   [`Error`], without naming the operation.
//! - [`config`]: `~/.oci/config` profiles, environment overrides, endpoints.
//! - [`auth`]: OCI API-key request signing and bearer tokens, as hooks of the generated
//!   clients ([`runtime::Hooks`]).
//! - [`limit`]: the adaptive rate limiter every call of a client goes through (cut on
//!   `429`, grown back on success), on by default.
//! - [`policy`]: the one place that decides whether a request may be sent again; the
//!   retry layer ([`retry`]), the errors and the waiters ([`wait`]) ask it.
//! - [`Error`]: the one error type of calls, retries and waiters.
//! - [`Settings`], [`clock`], [`random`]: time, sleeping and randomness, injected so
//!   behaviour that depends on them (signing dates, backoff, jitter) is exact in tests.
//! - [`transport`]: the HTTPS client (system roots plus a CA bundle) every API shares.
//!
//! Each API is a cargo feature, both on by default: a program that needs only boot
//! volume backups depends on `oci-backup` with `default-features = false, features =
//! ["block-storage"]` and does not compile the Analytics client.
#![deny(missing_docs)]

#[cfg(not(any(feature = "block-storage", feature = "analytics")))]
compile_error!("oci-backup needs at least one API feature: `block-storage` or `analytics`");

#[cfg(feature = "analytics")]
pub mod analytics;
mod answer;
pub mod auth;
#[cfg(feature = "block-storage")]
pub mod block_storage;
pub mod clock;
mod compound;
pub mod config;
pub mod connect;
mod deadline;
mod error;
pub mod files;
pub mod limit;
pub mod paging;
pub mod policy;
pub mod random;
pub mod retry;
#[cfg(feature = "analytics")]
pub mod snapshot;
pub mod transport;
pub mod wait;

pub use connect::{ConnectError, Settings};
pub use error::{CallExt, Error, Resource, ServiceError, ServiceErrorBody, WaitError};

#[doc(inline)]
pub use oci_backup_runtime as runtime;

/// The README's examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "block-storage", feature = "analytics"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
