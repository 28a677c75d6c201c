//! Where bearer tokens come from: the [`TokenProvider`] trait, the [`AccessToken`] it
//! yields and the [`TokenError`] it fails with, and the [`StaticToken`], [`EnvToken`]
//! and [`FileToken`] providers.

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use zeroize::Zeroizing;

use crate::runtime::{BoxFuture, SecretString};
use crate::transport::TransportError;

/// An access token and, when its source says so, when it expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    token: SecretString,
    expires_at: Option<SystemTime>,
}

impl AccessToken {
    /// A token expiring at `expires_at` (`None`: no known expiry).
    pub fn new(token: SecretString, expires_at: Option<SystemTime>) -> Self {
        Self { token, expires_at }
    }

    /// The token itself.
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    /// When the token expires, if known.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }

    /// The token, consumed.
    pub fn into_token(self) -> SecretString {
        self.token
    }
}

/// Why no token could be had. Never carries a secret.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The token endpoint answered with a non-2xx status.
    #[error(
        "token endpoint `{endpoint}` answered HTTP {status}: {}",
        describe_failure(.error.as_deref(), .error_description.as_deref(), .body_excerpt.as_deref())
    )]
    Endpoint {
        /// The token endpoint's URL.
        endpoint: String,
        /// The HTTP status code.
        status: u16,
        /// The OAuth `error` code (such as `invalid_grant`), when the body had the
        /// OAuth error shape.
        error: Option<String>,
        /// The OAuth `error_description`, when present.
        error_description: Option<String>,
        /// When the body was not an OAuth error: its first 200 characters (with any
        /// credential this client sent replaced by `********`).
        body_excerpt: Option<String>,
    },
    /// The token request could not be sent or its answer not read.
    #[error("token request to `{endpoint}` failed: {detail}")]
    Transport {
        /// The token endpoint's URL.
        endpoint: String,
        /// The error and its causes, as text.
        detail: String,
        /// The underlying error.
        #[source]
        source: Arc<reqwest::Error>,
    },
    /// The token endpoint answered 2xx with something that is not a usable token
    /// response.
    #[error(
        "token endpoint `{endpoint}` answered HTTP {status} with an unusable token response: {reason}"
    )]
    InvalidResponse {
        /// The token endpoint's URL.
        endpoint: String,
        /// The HTTP status code.
        status: u16,
        /// What is wrong with it (never the body itself: it may hold a token).
        reason: String,
    },
    /// The identity domain URL was refused when the provider was built.
    #[error("identity domain URL refused: {0}")]
    IdentityDomain(#[source] Arc<TransportError>),
    /// The environment variable holding the token is not set.
    #[error("environment variable `{name}` (the bearer token) is not set")]
    EnvVarMissing {
        /// The variable's name.
        name: String,
    },
    /// The environment variable holding the token is empty (or only whitespace).
    #[error("environment variable `{name}` (the bearer token) is empty")]
    EnvVarEmpty {
        /// The variable's name.
        name: String,
    },
    /// The environment variable holding the token is not valid Unicode.
    #[error("environment variable `{name}` (the bearer token) is not valid Unicode")]
    EnvVarNotUnicode {
        /// The variable's name.
        name: String,
    },
    /// The token file could not be read.
    #[error("token file `{}`: {reason}", .path.display())]
    FileUnreadable {
        /// The file's path.
        path: PathBuf,
        /// Why (the I/O error).
        reason: String,
    },
    /// The token file is empty (or only whitespace).
    #[error("token file `{}` is empty", .path.display())]
    FileEmpty {
        /// The file's path.
        path: PathBuf,
    },
    /// A new token was needed (the current one was rejected) but the provider cannot
    /// produce one.
    #[error("the {provider} bearer token was rejected and cannot be refreshed: supply a new one")]
    CannotRefresh {
        /// The provider's kind ([`TokenProvider::kind`]).
        provider: &'static str,
    },
    /// The provider's token cannot be sent in an HTTP header.
    #[error("the {provider} bearer token is unusable: {reason}")]
    UnusableToken {
        /// The provider's kind ([`TokenProvider::kind`]).
        provider: &'static str,
        /// What is wrong with it (never the token).
        reason: &'static str,
    },
}

fn describe_failure(
    error: Option<&str>,
    description: Option<&str>,
    excerpt: Option<&str>,
) -> String {
    match (error, description, excerpt) {
        (Some(error), Some(description), _) => format!("{error}: {description}"),
        (Some(error), None, _) => error.to_owned(),
        (None, _, Some(excerpt)) if !excerpt.is_empty() => format!("`{excerpt}`"),
        _ => "(empty body)".to_owned(),
    }
}

/// A source of access tokens.
///
/// Object safe: [`TokenCache`](super::TokenCache) and [`BearerAuth`](super::BearerAuth)
/// hold an `Arc<dyn TokenProvider>`.
pub trait TokenProvider: fmt::Debug + Send + Sync + 'static {
    /// Gets a fresh token from the source (the caller caches it).
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>>;

    /// Whether asking again can give a different token. A static token cannot.
    fn can_refresh(&self) -> bool {
        true
    }

    /// A short name for logs and errors (`static`, `environment`, `file`, `oauth`).
    fn kind(&self) -> &'static str {
        "custom"
    }
}

/// A token given once, with no known expiry; it cannot be refreshed.
#[derive(Debug, Clone)]
pub struct StaticToken {
    token: SecretString,
}

impl StaticToken {
    /// The token `token` (surrounding whitespace is removed).
    pub fn new(token: SecretString) -> Self {
        let trimmed = token.expose_secret().trim();
        if trimmed.len() == token.expose_secret().len() {
            Self { token }
        } else {
            Self {
                token: SecretString::from_string(trimmed.to_owned()),
            }
        }
    }
}

impl TokenProvider for StaticToken {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        let token = AccessToken::new(self.token.clone(), None);
        Box::pin(async move { Ok(token) })
    }

    fn can_refresh(&self) -> bool {
        false
    }

    fn kind(&self) -> &'static str {
        "static"
    }
}

/// How [`EnvToken`] reads a variable: `None` when it is not set.
pub type EnvLookup = Arc<dyn Fn(&str) -> Option<OsString> + Send + Sync>;

/// A token read from an environment variable at each fetch (surrounding whitespace
/// removed), with no known expiry.
///
/// The variable is read through a lookup function, so tests can supply their own
/// environment instead of changing the process's.
#[derive(Clone)]
pub struct EnvToken {
    name: String,
    lookup: EnvLookup,
}

impl EnvToken {
    /// Reads the variable `name` from the process environment.
    pub fn from_process(name: impl Into<String>) -> Self {
        Self::with_lookup(name, |name: &str| std::env::var_os(name))
    }

    /// Reads the variable `name` through `lookup`.
    pub fn with_lookup(
        name: impl Into<String>,
        lookup: impl Fn(&str) -> Option<OsString> + Send + Sync + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            lookup: Arc::new(lookup),
        }
    }

    /// The variable's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn read(&self) -> Result<AccessToken, TokenError> {
        let name = || self.name.clone();
        let value =
            (self.lookup)(&self.name).ok_or_else(|| TokenError::EnvVarMissing { name: name() })?;
        let value = Zeroizing::new(
            value
                .into_string()
                .map_err(|_| TokenError::EnvVarNotUnicode { name: name() })?,
        );
        let token = value.trim();
        if token.is_empty() {
            return Err(TokenError::EnvVarEmpty { name: name() });
        }
        Ok(AccessToken::new(
            SecretString::from_string(token.to_owned()),
            None,
        ))
    }
}

impl fmt::Debug for EnvToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnvToken")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl TokenProvider for EnvToken {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move { self.read() })
    }

    fn kind(&self) -> &'static str {
        "environment"
    }
}

/// A token read from a file at each fetch (surrounding whitespace removed), with no
/// known expiry; another process may replace the file's content at any time.
///
/// The file is small and local, so it is read synchronously.
#[derive(Debug, Clone)]
pub struct FileToken {
    path: PathBuf,
}

impl FileToken {
    /// Reads the token from `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    fn read(&self) -> Result<AccessToken, TokenError> {
        let content = Zeroizing::new(crate::files::read_limited_to_string(&self.path).map_err(
            |e| TokenError::FileUnreadable {
                path: self.path.clone(),
                reason: e.to_string(),
            },
        )?);
        let token = content.trim();
        if token.is_empty() {
            return Err(TokenError::FileEmpty {
                path: self.path.clone(),
            });
        }
        Ok(AccessToken::new(
            SecretString::from_string(token.to_owned()),
            None,
        ))
    }
}

impl TokenProvider for FileToken {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move { self.read() })
    }

    fn kind(&self) -> &'static str {
        "file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_text_prefers_the_oauth_error() {
        assert_eq!(
            describe_failure(Some("invalid_grant"), Some("Invalid grant type."), None),
            "invalid_grant: Invalid grant type."
        );
        assert_eq!(describe_failure(Some("x"), None, Some("y")), "x");
        assert_eq!(describe_failure(None, None, Some("oops")), "`oops`");
        assert_eq!(describe_failure(None, None, Some("")), "(empty body)");
    }
}
