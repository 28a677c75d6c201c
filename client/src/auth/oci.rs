//! [`OciSigner`]: the [`Hooks`] that sign every request to an OCI API.
//!
//! It signs the request as it will go on the wire: the final URL's path and query, the
//! buffered body, the host with a non-default port. hyper would add `host` and
//! `content-length` only after the hooks run, so the signer sets every header it signs
//! itself (`date`, `host`, and for POST/PUT/PATCH `content-length`, `content-type`,
//! `x-content-sha256`), then `authorization`. Each call signs afresh with the clock's
//! current time, so a retried attempt carries a new date.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderName, HeaderValue};

use super::jwt;
use super::key::{KeyError, PrivateKey, RsaSign};
use super::session::{PrincipalError, Session, SessionCache};
use super::signer::{self, SigningInput};
use crate::clock::Clock;
use crate::runtime::{BoxFuture, HookError, Hooks, Operation, SecretString, SharedHooks};

/// Why a request could not be signed. Never contains key material or tokens.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// The body is a stream, whose bytes are not known before sending.
    #[error("cannot sign a request whose body is a stream")]
    StreamingBody,
    /// The URL has no host.
    #[error("cannot sign a request to `{0}`: the URL has no host")]
    NoHost(String),
    /// A header value could not be put on the request.
    #[error("cannot set the signed header `{0}`: not a valid header value")]
    HeaderValue(&'static str),
    /// The security token file could not be read.
    #[error("cannot read the security token file `{path}`: {reason}")]
    TokenFile {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The session token in the security token file has expired.
    #[error(
        "session expired at {at} (security token file `{path}`); refresh it with \
         `oci-backup session refresh`, or start a new one with `oci session authenticate`"
    )]
    SessionExpired {
        /// The token file.
        path: PathBuf,
        /// When it expired (RFC 3339).
        at: String,
    },
    /// No session could be had from the credentials provider.
    #[error("{provider}: {source}")]
    Principal {
        /// The provider (`instance principal`, `resource principal`).
        provider: &'static str,
        /// Why.
        #[source]
        source: PrincipalError,
    },
    /// [`OciSigner::sign_request`] was called on a signer whose credentials are fetched
    /// asynchronously.
    #[error("a session signer signs with `OciSigner::sign`, which can fetch its session")]
    NeedsAsync,
    /// The RSA operation failed.
    #[error(transparent)]
    Key(#[from] KeyError),
}

/// Who the signature says is calling.
enum Credentials {
    /// A fixed key id (`tenancy/user/fingerprint`).
    KeyId(String),
    /// A security token, read from its file again whenever the file changes.
    SecurityToken {
        path: PathBuf,
        cached: Mutex<Option<(Option<SystemTime>, String)>>,
    },
    /// Sessions from a provider (instance or resource principals), cached and refreshed.
    Session(SessionCache),
}

/// Signs OCI requests with an API key (or a security token and its key).
pub struct OciSigner {
    key: Arc<dyn RsaSign>,
    credentials: Credentials,
    clock: Arc<dyn Clock>,
}

impl fmt::Debug for OciSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("OciSigner");
        match &self.credentials {
            Credentials::KeyId(key_id) => debug.field("key_id", key_id),
            Credentials::SecurityToken { path, .. } => debug.field("security_token_file", path),
            Credentials::Session(cache) => debug.field("session", cache),
        };
        debug.field("key", &self.key).finish_non_exhaustive()
    }
}

impl OciSigner {
    /// An API-key signer (`keyId` = `tenancy/user/fingerprint`). Fails, before any
    /// request, when `fingerprint` is not the key's.
    pub fn api_key(
        key: PrivateKey,
        tenancy: &str,
        user: &str,
        fingerprint: &str,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, KeyError> {
        key.check_fingerprint(fingerprint)?;
        let key_id = signer::api_key_id(tenancy, user, key.fingerprint());
        Ok(Self::with_key_id(Arc::new(key), key_id, clock))
    }

    /// A security-token signer (`keyId` = `ST$<token>`), as `oci session authenticate`
    /// sets up: the token is read from `token_file` (trimmed), again whenever the file
    /// changes, and requests are signed with the key that belongs to it.
    pub fn security_token(
        key: PrivateKey,
        token_file: impl Into<PathBuf>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Self {
            key: Arc::new(key),
            credentials: Credentials::SecurityToken {
                path: token_file.into(),
                cached: Mutex::new(None),
            },
            clock,
        }
    }

    /// A signer whose token and key come from a session provider (instance or resource
    /// principals) through `cache`, which refreshes them; a 401 refreshes once and the
    /// request is sent once more.
    pub fn session(cache: SessionCache, clock: Arc<dyn Clock>) -> Self {
        Self {
            key: Arc::new(NoKey),
            credentials: Credentials::Session(cache),
            clock,
        }
    }

    /// The session cache, for a session signer.
    pub fn session_cache(&self) -> Option<&SessionCache> {
        match &self.credentials {
            Credentials::Session(cache) => Some(cache),
            _ => None,
        }
    }

    /// A signer with any RSA implementation and key id.
    pub fn with_key_id(key: Arc<dyn RsaSign>, key_id: String, clock: Arc<dyn Clock>) -> Self {
        Self {
            key,
            credentials: Credentials::KeyId(key_id),
            clock,
        }
    }

    /// This signer as the hooks a generated client takes.
    pub fn shared(self) -> SharedHooks {
        Arc::new(self)
    }

    fn key_id(&self) -> Result<String, SignError> {
        match &self.credentials {
            Credentials::KeyId(key_id) => Ok(key_id.clone()),
            Credentials::SecurityToken { path, cached } => {
                let token = read_token(path, cached)?;
                if let Ok(expires_at) = jwt::expiry(&token)
                    && expires_at <= self.clock.now()
                {
                    return Err(SignError::SessionExpired {
                        path: path.clone(),
                        at: jwt::rfc3339(expires_at),
                    });
                }
                Ok(signer::security_token_key_id(&token))
            }
            Credentials::Session(_) => Err(SignError::NeedsAsync),
        }
    }

    /// Signs `request` in place, fetching or refreshing the session first for a session
    /// signer.
    pub async fn sign(&self, request: &mut reqwest::Request) -> Result<(), SignError> {
        match &self.credentials {
            Credentials::Session(cache) => {
                let session = cache
                    .session()
                    .await
                    .map_err(|source| SignError::Principal {
                        provider: cache.provider().kind(),
                        source,
                    })?;
                self.sign_with(request, &session_key_id(&session), session.key().as_ref())
            }
            _ => self.sign_request(request),
        }
    }

    /// Signs `request` in place: sets `date`, `host`, the body headers for methods with a
    /// body, and `authorization`. A session signer needs [`OciSigner::sign`].
    pub fn sign_request(&self, request: &mut reqwest::Request) -> Result<(), SignError> {
        let key_id = self.key_id()?;
        self.sign_with(request, &key_id, self.key.as_ref())
    }

    fn sign_with(
        &self,
        request: &mut reqwest::Request,
        key_id: &str,
        key: &dyn RsaSign,
    ) -> Result<(), SignError> {
        let url = request.url();
        let path_and_query = &url[url::Position::BeforePath..url::Position::AfterQuery];
        let host = match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_owned(),
            (None, _) => return Err(SignError::NoHost(url.to_string())),
        };
        let body = match request.body() {
            None => &[][..],
            Some(body) => body.as_bytes().ok_or(SignError::StreamingBody)?,
        };
        let content_type = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        let date = signer::http_date(self.clock.now());
        let input = SigningInput {
            method: request.method().as_str(),
            path_and_query,
            host: &host,
            date: &date,
            content_type,
            body,
        };
        let signed = signer::sign(&input, key_id, key)?;
        let headers = request.headers_mut();
        for (name, value) in signed.headers {
            let value = HeaderValue::from_str(&value).map_err(|_| SignError::HeaderValue(name))?;
            headers.insert(HeaderName::from_static(name), value);
        }
        let mut authorization = HeaderValue::from_str(&signed.authorization)
            .map_err(|_| SignError::HeaderValue("authorization"))?;
        authorization.set_sensitive(true);
        headers.insert(AUTHORIZATION, authorization);
        tracing::trace!(method = %request.method(), %host, signed_headers = %signed.signed_headers, "signed request");
        Ok(())
    }
}

fn read_token(
    path: &Path,
    cached: &Mutex<Option<(Option<SystemTime>, String)>>,
) -> Result<String, SignError> {
    let error = |reason: String| SignError::TokenFile {
        path: path.to_owned(),
        reason,
    };
    let modified = std::fs::metadata(path)
        .map_err(|e| error(e.to_string()))?
        .modified()
        .ok();
    let mut cached = cached
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((seen, token)) = cached.as_ref()
        && modified.is_some()
        && *seen == modified
    {
        return Ok(token.clone());
    }
    let token = crate::files::read_limited_to_string(path).map_err(|e| error(e.to_string()))?;
    let token = token.trim().to_owned();
    if token.is_empty() {
        return Err(error("the file is empty".into()));
    }
    *cached = Some((modified, token.clone()));
    Ok(token)
}

impl Hooks for OciSigner {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        _operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            self.sign(request).await.map_err(|error| {
                let message = crate::error::causes(&error);
                match error {
                    SignError::Principal {
                        source:
                            PrincipalError::MetadataUnreachable { .. }
                            | PrincipalError::AuthUnreachable { .. },
                        ..
                    } => HookError::transport(message),
                    _ => HookError::authentication(message),
                }
            })
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        Box::pin(async move {
            let Credentials::Session(cache) = &self.credentials else {
                return crate::answer::send(client, request).await;
            };
            let retry = request.try_clone();
            let rejected = sent_token(&request);
            let response = crate::answer::send(client, request).await?;
            if response.status() != reqwest::StatusCode::UNAUTHORIZED
                || !crate::policy::may_resend_after_unauthorized(operation)
            {
                return Ok(response);
            }
            let provider = cache.provider().kind();
            let (Some(mut retry), Some(rejected)) = (retry, rejected) else {
                return Ok(response);
            };
            let session = match cache.refresh_after_rejection(&rejected).await {
                Ok(session) if *session.token() != rejected => session,
                Ok(_) => {
                    tracing::warn!(
                        operation_id = operation.id,
                        provider,
                        "session token rejected, and the provider gave the same one again"
                    );
                    return Ok(response);
                }
                Err(error) => {
                    tracing::warn!(operation_id = operation.id, provider, error = %error, "session token rejected and cannot be refreshed");
                    return Ok(response);
                }
            };
            if self
                .sign_with(
                    &mut retry,
                    &session_key_id(&session),
                    session.key().as_ref(),
                )
                .is_err()
            {
                return Ok(response);
            }
            tracing::warn!(
                operation_id = operation.id,
                provider,
                "session token rejected (401): retrying once with a new session"
            );
            drop(response);
            crate::answer::send(client, retry).await
        })
    }
}

/// `ST$<token>` for a session.
fn session_key_id(session: &Session) -> String {
    signer::security_token_key_id(session.token().expose_secret())
}

/// The session token a signed request carries (`keyId="ST$<token>"`).
fn sent_token(request: &reqwest::Request) -> Option<SecretString> {
    let value = request.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let parameters = signer::parse_authorization(value).ok()?;
    let token = parameters.key_id.strip_prefix("ST$")?;
    Some(SecretString::from_string(token.to_owned()))
}

/// The key of a session signer, whose keys come with each session: never used.
#[derive(Debug)]
struct NoKey;

impl RsaSign for NoKey {
    fn sign_pkcs1_sha256(&self, _message: &[u8]) -> Result<Vec<u8>, KeyError> {
        Err(KeyError::Sign)
    }
}
