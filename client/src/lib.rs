//! Oracle Cloud boot volume backups (Core Services 20160918) and Oracle Analytics Cloud
//! snapshots (REST API 20210901): the generated typed clients, with the authentication
//! they need.
//!
//! - [`core`] and [`analytics`]: the generated clients and their types.
//! - [`auth`]: OCI API-key request signing (Core) and bearer tokens (Analytics), both
//!   plugged into the generated clients through [`runtime::Hooks`].
//! - [`config`]: `~/.oci/config` profiles, environment overrides, endpoints.
//! - [`transport`]: the HTTPS client (system roots plus a CA bundle) every API shares.
//! - [`connect`]: from a profile or a token provider to a ready client.
//! - [`snapshot`]: helpers for snapshot requests (wrapped keys, passwords).
//! - [`retry`]: retries with idempotency tokens, around the authentication hooks.
//! - [`operations`]: compound operations: create, register or restore, and wait.
//! - [`wait`]: waiters for backups and work requests, with progress-aware polling.
//! - [`Error`]: the one error type of calls, retries and waiters.
//! - [`clock`] and [`random`]: time, sleeping and randomness, injected so behaviour that
//!   depends on them (signing dates, token expiry, backoff, jitter) is exact in tests.
#![deny(missing_docs)]

pub mod auth;
pub mod clock;
pub mod config;
pub mod connect;
mod error;
pub mod operations;
pub mod random;
pub mod retry;
pub mod snapshot;
pub mod transport;
pub mod wait;

pub use error::{
    ApiResultExt, BAD_ERROR_RESPONSE, Error, Resource, ServiceError, ServiceErrorBody, WaitError,
    find_operation, is_idempotent, is_retryable_status, never_sent,
};

pub use core_boot_volume_backups as core;
pub use oac_snapshots as analytics;
pub use oci_backup_runtime as runtime;
