//! Bearer tokens for the Analytics (Oracle Analytics Cloud) REST API.
//!
//! - `providers`: [`TokenProvider`], where tokens come from, with the [`AccessToken`] it
//!   yields and the [`TokenError`] it fails with. [`StaticToken`] (a given token),
//!   [`EnvToken`] (an environment variable, read at each fetch) and [`FileToken`] (a
//!   file, read at each fetch); [`OAuthTokens`] (an identity domain's OAuth 2.0 token
//!   endpoint, with the refresh-token and resource-owner password grants) lives in
//!   [`crate::auth::oauth`] and is re-exported here.
//! - `cache`: [`TokenCache`] keeps the current token and fetches a new one shortly
//!   before it expires (by the injected [`Clock`](crate::clock::Clock)), once however
//!   many tasks ask at the same time, and again after the server rejected it.
//! - `hooks`: [`BearerAuth`], the [`Hooks`](crate::runtime::Hooks) that put
//!   `Authorization: Bearer <token>` on every Analytics request, and, when the API
//!   answers 401 with `www-authenticate: Bearer error="invalid_token"`, refresh the
//!   token once and send the request once more.
//! - `challenge`: parsing of that `www-authenticate` header.
//!
//! No token, refresh token, password or client secret ever appears in a `Debug` or
//! `Display` text, an error or a log line: they are held as
//! [`SecretString`](crate::runtime::SecretString)s.

mod cache;
mod challenge;
mod hooks;
mod providers;

pub(crate) use cache::refresh_time;
pub use cache::{DEFAULT_REFRESH_MARGIN, TokenCache};
pub use hooks::BearerAuth;
pub use providers::{
    AccessToken, EnvLookup, EnvToken, FileToken, StaticToken, TokenError, TokenProvider,
};

pub use super::oauth::{Grant, OAuthTokens, RefreshTokenCallback, analytics_scope};
