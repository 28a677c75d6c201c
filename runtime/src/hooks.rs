//! The auth and transport seam between generated clients and hand-written code.
//!
//! progenitor's `ClientHooks` trait can only be implemented in the crate that defines
//! the generated `Client` (Rust's orphan rule). Each generated crate therefore contains
//! one generated `impl ClientHooks for Client` that forwards to the [`Hooks`] object the
//! client was built with. The hand-written `oci-backup` crate implements [`Hooks`] once
//! (signing, bearer tokens, retries) and hands the same object to every generated client.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A boxed, `Send` future, the return type of [`Hooks`] methods (which must be object safe).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The error a [`Hooks::prepare`] implementation returns; it must never contain a secret,
/// because its `Display` text reaches the caller's error.
pub type HookError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The hooks object every generated `Client` holds (its progenitor "inner" value).
pub type SharedHooks = Arc<dyn Hooks>;

/// What a generated client calls around each request.
///
/// `operation_id` is the spec's `operationId` (for example `createBootVolumeBackup`),
/// which lets an implementation decide per operation (idempotency, retry policy).
pub trait Hooks: fmt::Debug + Send + Sync + 'static {
    /// Called once the request is fully built (final URL, headers, buffered body) and
    /// before it is sent: the place to add `Authorization` and the headers it covers.
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation_id: &'static str,
    ) -> BoxFuture<'a, Result<(), HookError>>;

    /// Sends the prepared request. The default sends it once with `client`; an
    /// implementation may retry (re-preparing each attempt) and return the final outcome.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let _ = operation_id;
        Box::pin(client.execute(request))
    }
}

/// Hooks that add nothing: requests go out exactly as the generated code built them.
///
/// For tests and for servers that need no authentication (such as a local fake).
#[derive(Debug, Clone, Copy, Default)]
pub struct Unauthenticated;

impl Hooks for Unauthenticated {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        _operation_id: &'static str,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async { Ok(()) })
    }
}

impl Unauthenticated {
    /// This hooks object, shared, as a generated `Client::new` takes it.
    pub fn shared() -> SharedHooks {
        Arc::new(Self)
    }
}
