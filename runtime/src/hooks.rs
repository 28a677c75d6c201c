//! The auth and transport seam between generated clients and hand-written code.
//!
//! progenitor's `ClientHooks` trait can only be implemented in the crate that defines
//! the generated `Client` (Rust's orphan rule). Each generated crate therefore contains
//! one generated `impl ClientHooks for Client` that forwards to the [`Hooks`] object the
//! client was built with, passing the call's [`Operation`]. The hand-written `oci-backup`
//! crate implements [`Hooks`] once per scheme (signing, bearer tokens, retries) and hands
//! the same object to every generated client.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::Operation;

/// A boxed, `Send` future, the return type of [`Hooks`] methods (which must be object safe).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The hooks object every generated `Client` holds (its progenitor "inner" value).
pub type SharedHooks = Arc<dyn Hooks>;

/// What kind of failure stopped a request in [`Hooks::prepare`]; nothing was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HookErrorKind {
    /// Credentials could not be produced (a token endpoint failed, a key cannot sign).
    Authentication,
    /// The request itself breaks a rule (a header value that cannot be sent).
    InvalidInput,
    /// Something on the way failed (a token endpoint could not be reached).
    Transport,
}

impl HookErrorKind {
    const ALL: [(HookErrorKind, &'static str); 3] = [
        (HookErrorKind::Authentication, "authentication"),
        (HookErrorKind::InvalidInput, "invalid-input"),
        (HookErrorKind::Transport, "transport"),
    ];

    fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(kind, _)| *kind == self)
            .map_or("authentication", |(_, name)| name)
    }
}

/// Why [`Hooks::prepare`] stopped a request: its kind and a message that must never
/// contain a secret, because it reaches the caller's error.
///
/// progenitor carries hook failures as `progenitor_client::Error::Custom(String)`;
/// [`HookError::to_custom`] and [`HookError::from_custom`] keep the kind across it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookError {
    kind: HookErrorKind,
    message: String,
}

/// The prefix that marks a `Custom` text written by [`HookError::to_custom`].
const CUSTOM_PREFIX: &str = "oci-backup-hook:";

impl HookError {
    /// An error of `kind`.
    pub fn new(kind: HookErrorKind, message: impl fmt::Display) -> Self {
        Self {
            kind,
            message: message.to_string(),
        }
    }

    /// Credentials could not be produced.
    pub fn authentication(message: impl fmt::Display) -> Self {
        Self::new(HookErrorKind::Authentication, message)
    }

    /// The request breaks a rule.
    pub fn invalid_input(message: impl fmt::Display) -> Self {
        Self::new(HookErrorKind::InvalidInput, message)
    }

    /// Something on the way failed.
    pub fn transport(message: impl fmt::Display) -> Self {
        Self::new(HookErrorKind::Transport, message)
    }

    /// The kind.
    pub fn kind(&self) -> HookErrorKind {
        self.kind
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The text generated code puts in `progenitor_client::Error::Custom`.
    pub fn to_custom(&self) -> String {
        format!("{CUSTOM_PREFIX}{}:{}", self.kind.name(), self.message)
    }

    /// Reads a `Custom` text back; a text not written by [`HookError::to_custom`] is an
    /// authentication failure with that text (hooks are the only source of `Custom`).
    pub fn from_custom(text: &str) -> Self {
        let parsed = text.strip_prefix(CUSTOM_PREFIX).and_then(|rest| {
            let (name, message) = rest.split_once(':')?;
            let (kind, _) = HookErrorKind::ALL.iter().find(|(_, n)| *n == name)?;
            Some(Self::new(*kind, message))
        });
        parsed.unwrap_or_else(|| Self::authentication(text))
    }
}

impl fmt::Display for HookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for HookError {}

/// What a generated client calls around each request.
///
/// `operation` is the call's [`Operation`], from the spec, which lets an implementation
/// decide per operation (idempotency, retry tokens, advice in errors).
pub trait Hooks: fmt::Debug + Send + Sync + 'static {
    /// Called once the request is fully built (final URL, headers, buffered body) and
    /// before it is sent: the place to add `Authorization` and the headers it covers.
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>>;

    /// Sends the prepared request. The default sends it once with `client`; an
    /// implementation may retry (re-preparing each attempt) and return the final outcome.
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let _ = operation;
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
        _operation: &'static Operation,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_survives_progenitors_custom_text() {
        for error in [
            HookError::invalid_input("header `x`: not a valid value: a:b"),
            HookError::transport("token endpoint unreachable"),
            HookError::authentication("key cannot sign"),
        ] {
            assert_eq!(HookError::from_custom(&error.to_custom()), error);
        }
        assert_eq!(
            HookError::from_custom("something else"),
            HookError::authentication("something else")
        );
    }
}
