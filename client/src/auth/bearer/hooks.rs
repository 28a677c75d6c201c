//! The Analytics hooks: [`BearerAuth`] puts the cached bearer token on every request
//! and, after a 401 that a new token can fix, refreshes it and sends the request once
//! more.

use std::sync::Arc;

use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use tracing::{debug, warn};
use zeroize::Zeroizing;

use super::cache::TokenCache;
use super::challenge::BearerChallenge;
use super::providers::{TokenError, TokenProvider};
use crate::clock::Clock;
use crate::runtime::{BoxFuture, HookError, Hooks, Operation, SecretString, SharedHooks};

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
