//! OAuth 2.0 access tokens for Oracle Analytics Cloud from an OCI IAM identity domain.
//!
//! [`OAuthTokens`] asks the identity domain's token endpoint,
//! `POST {identity_domain_url}/oauth2/v1/token`, authenticating as a confidential
//! application with HTTP Basic `client_id:client_secret`, using one of two grants:
//!
//! - `refresh_token`: `grant_type=refresh_token&refresh_token=..&scope=..`;
//! - `password` (resource owner, non-federated users only):
//!   `grant_type=password&username=..&password=..&scope=..`.
//!
//! The Client Credentials grant is not offered: Analytics rejects tokens without a user
//! context. The scope is built by [`analytics_scope`]; add `offline_access` to get a
//! refresh token.
//!
//! Refresh tokens rotate: whenever an answer carries a `refresh_token` (every refresh,
//! or a password grant with `offline_access`), the next request uses it (so after a
//! password grant that returned one, later requests use the refresh-token grant), and
//! the optional [`RefreshTokenCallback`] receives it so the caller can store it in
//! place of the old one.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::ACCEPT;
use serde_json::Value;
use tracing::debug;

use super::bearer::{AccessToken, TokenError, TokenProvider};
use crate::clock::{Clock, SystemClock};
use crate::runtime::{BoxFuture, SecretString};
use crate::transport::{TransportError, check_endpoint};

/// The token endpoint's path under the identity domain URL.
const TOKEN_PATH: &str = "/oauth2/v1/token";

/// The longest excerpt of a failing token endpoint's body kept in an error.
const EXCERPT_CHARS: usize = 200;

/// Receives each new refresh token the identity domain issues, so it can be stored
/// (and the previous one discarded).
pub type RefreshTokenCallback = Arc<dyn Fn(&SecretString) + Send + Sync>;

/// How [`OAuthTokens`] proves the user's identity to the token endpoint.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Grant {
    /// The refresh-token grant, with this refresh token.
    RefreshToken(SecretString),
    /// The resource-owner password grant (non-federated users only).
    Password {
        /// The user name.
        username: String,
        /// The user's password.
        password: SecretString,
    },
}

impl Grant {
    /// The refresh-token grant with `refresh_token`.
    pub fn refresh_token(refresh_token: SecretString) -> Self {
        Self::RefreshToken(refresh_token)
    }

    /// The resource-owner password grant.
    pub fn password(username: impl Into<String>, password: SecretString) -> Self {
        Self::Password {
            username: username.into(),
            password,
        }
    }

    /// The grant's `grant_type` form value.
    pub fn grant_type(&self) -> &'static str {
        match self {
            Self::RefreshToken(_) => "refresh_token",
            Self::Password { .. } => "password",
        }
    }

    /// The secret the grant sends.
    fn secret(&self) -> &SecretString {
        match self {
            Self::RefreshToken(token) => token,
            Self::Password { password, .. } => password,
        }
    }
}

/// The scope that grants access to an Analytics instance:
/// `<instance URL without trailing slash>urn:opc:resource:consumer::all`, plus
/// ` offline_access` to be issued a refresh token.
///
/// ```
/// use oci_backup::auth::bearer::analytics_scope;
/// assert_eq!(
///     analytics_scope("https://x.analytics.ocp.oraclecloud.com/", true),
///     "https://x.analytics.ocp.oraclecloud.comurn:opc:resource:consumer::all offline_access"
/// );
/// ```
pub fn analytics_scope(instance_url: &str, offline_access: bool) -> String {
    let mut scope = format!(
        "{}urn:opc:resource:consumer::all",
        instance_url.trim().trim_end_matches('/')
    );
    if offline_access {
        scope.push_str(" offline_access");
    }
    scope
}

/// Access tokens from an identity domain's OAuth 2.0 token endpoint.
///
/// Fetches are serialised (a rotated refresh token is used only once). Expiry is
/// `expires_in` seconds after the request was sent, by the provider's clock (the
/// system clock unless [`OAuthTokens::with_clock`] gives another: give it the same
/// clock as the [`TokenCache`](super::bearer::TokenCache)).
pub struct OAuthTokens {
    http: reqwest::Client,
    endpoint: Url,
    client_id: String,
    client_secret: SecretString,
    scope: String,
    grant: tokio::sync::Mutex<Grant>,
    clock: Arc<dyn Clock>,
    on_refresh_token: Option<RefreshTokenCallback>,
}

impl fmt::Debug for OAuthTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grant = self
            .grant
            .try_lock()
            .map_or("(fetching)", |grant| grant.grant_type());
        f.debug_struct("OAuthTokens")
            .field("endpoint", &self.endpoint.as_str())
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("scope", &self.scope)
            .field("grant", &grant)
            .field("on_refresh_token", &self.on_refresh_token.is_some())
            .finish_non_exhaustive()
    }
}

impl OAuthTokens {
    /// A provider asking `{identity_domain_url}/oauth2/v1/token` (a URL that already
    /// ends in `/oauth2/v1/token` is used as is) for tokens of `scope`, as the
    /// confidential application `client_id`, with `grant`.
    ///
    /// `http` is the client to send with (build it with
    /// [`transport::http_client`](crate::transport::http_client)). The URL must be
    /// https (plain http only to loopback) and carry no credentials, query or fragment.
    pub fn new(
        http: reqwest::Client,
        identity_domain_url: &str,
        client_id: impl Into<String>,
        client_secret: SecretString,
        scope: impl Into<String>,
        grant: Grant,
    ) -> Result<Self, TokenError> {
        Ok(Self {
            http,
            endpoint: token_endpoint(identity_domain_url)?,
            client_id: client_id.into(),
            client_secret,
            scope: scope.into(),
            grant: tokio::sync::Mutex::new(grant),
            clock: Arc::new(SystemClock),
            on_refresh_token: None,
        })
    }

    /// The same provider, computing expiry with `clock`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The same provider, handing each newly issued refresh token to `callback`.
    pub fn on_refresh_token(mut self, callback: RefreshTokenCallback) -> Self {
        self.on_refresh_token = Some(callback);
        self
    }

    /// The token endpoint's URL.
    pub fn endpoint(&self) -> &Url {
        &self.endpoint
    }

    /// The scope requested.
    pub fn scope(&self) -> &str {
        &self.scope
    }

    async fn request(&self) -> Result<AccessToken, TokenError> {
        let mut grant = self.grant.lock().await;
        let grant_type = grant.grant_type();
        let endpoint = self.endpoint.as_str();
        debug!(endpoint, grant_type, scope = %self.scope, "requesting an access token");
        let mut form: Vec<(&str, &str)> = vec![("grant_type", grant_type)];
        match &*grant {
            Grant::RefreshToken(token) => form.push(("refresh_token", token.expose_secret())),
            Grant::Password { username, password } => {
                form.push(("username", username));
                form.push(("password", password.expose_secret()));
            }
        }
        if !self.scope.is_empty() {
            form.push(("scope", &self.scope));
        }
        let sent_at = self.clock.now();
        let response = self
            .http
            .post(self.endpoint.clone())
            .basic_auth(&self.client_id, Some(self.client_secret.expose_secret()))
            .header(ACCEPT, "application/json")
            .form(&form)
            .send()
            .await
            .map_err(|e| self.transport_error(e))?;
        drop(form);
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(e))?;
        if !status.is_success() {
            let secrets = [
                self.client_secret.expose_secret(),
                grant.secret().expose_secret(),
            ];
            return Err(failure(endpoint, status.as_u16(), &body, &secrets));
        }
        let answer = parse_token_response(&body).map_err(|reason| TokenError::InvalidResponse {
            endpoint: endpoint.to_owned(),
            status: status.as_u16(),
            reason,
        })?;
        if let Some(refresh_token) = answer.refresh_token {
            debug!(
                endpoint,
                grant_type,
                "the identity domain issued a new refresh token; it replaces the old one"
            );
            if let Some(callback) = &self.on_refresh_token {
                callback(&refresh_token);
            }
            *grant = Grant::RefreshToken(refresh_token);
        }
        debug!(
            endpoint,
            grant_type,
            expires_in = answer.expires_in,
            "the identity domain issued an access token"
        );
        let expires_at = answer
            .expires_in
            .and_then(|seconds| sent_at.checked_add(Duration::from_secs(seconds)));
        Ok(AccessToken::new(answer.access_token, expires_at))
    }

    fn transport_error(&self, error: reqwest::Error) -> TokenError {
        let mut detail = error.to_string();
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            detail.push_str(": ");
            detail.push_str(&cause.to_string());
            source = cause.source();
        }
        TokenError::Transport {
            endpoint: self.endpoint.to_string(),
            detail,
            source: Arc::new(error),
        }
    }
}

impl TokenProvider for OAuthTokens {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(self.request())
    }

    fn kind(&self) -> &'static str {
        "oauth"
    }
}

/// The token endpoint under `identity_domain_url`, checked.
fn token_endpoint(identity_domain_url: &str) -> Result<Url, TokenError> {
    let refuse = |url: &Url, reason: &str| {
        TokenError::IdentityDomain(Arc::new(TransportError::InvalidUrl {
            url: url.to_string(),
            reason: reason.to_owned(),
        }))
    };
    if let Ok(mut parsed) = Url::parse(identity_domain_url)
        && (!parsed.username().is_empty() || parsed.password().is_some())
    {
        // Never echo the credentials back.
        let _ = parsed.set_username("");
        let _ = parsed.set_password(None);
        return Err(refuse(&parsed, "it must not carry a user name or password"));
    }
    let mut url =
        check_endpoint(identity_domain_url).map_err(|e| TokenError::IdentityDomain(Arc::new(e)))?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(refuse(&url, "it must not have a query or a fragment"));
    }
    let path = url.path().trim_end_matches('/').to_owned();
    if !path.ends_with(TOKEN_PATH) {
        url.set_path(&format!("{path}{TOKEN_PATH}"));
    }
    Ok(url)
}

/// A token endpoint's successful answer.
#[derive(Debug)]
struct TokenResponse {
    access_token: SecretString,
    expires_in: Option<u64>,
    refresh_token: Option<SecretString>,
}

/// Reads `{access_token, token_type, expires_in, refresh_token?}`. The error never
/// quotes the body, which may hold tokens.
fn parse_token_response(body: &[u8]) -> Result<TokenResponse, String> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|_| format!("the body is not JSON ({} bytes)", body.len()))?;
    let Value::Object(object) = value else {
        return Err("the body is not a JSON object".to_owned());
    };
    let access_token = match object.get("access_token") {
        Some(Value::String(token)) if !token.trim().is_empty() => {
            SecretString::from_string(token.trim().to_owned())
        }
        Some(Value::String(_)) => return Err("`access_token` is empty".to_owned()),
        Some(_) => return Err("`access_token` is not a string".to_owned()),
        None => return Err("it has no `access_token`".to_owned()),
    };
    match object.get("token_type") {
        None | Some(Value::Null) => {}
        Some(Value::String(kind)) if kind.eq_ignore_ascii_case("bearer") => {}
        Some(_) => return Err("`token_type` is not `Bearer`".to_owned()),
    }
    let expires_in = match object.get("expires_in") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => match (n.as_u64(), n.as_f64()) {
            (Some(seconds), _) => Some(seconds),
            (None, Some(seconds)) if seconds.is_finite() && seconds >= 0.0 => Some(seconds as u64),
            _ => return Err("`expires_in` is not a number of seconds".to_owned()),
        },
        Some(Value::String(s)) => Some(
            s.trim()
                .parse()
                .map_err(|_| "`expires_in` is not a number of seconds".to_owned())?,
        ),
        Some(_) => return Err("`expires_in` is not a number of seconds".to_owned()),
    };
    let refresh_token = match object.get("refresh_token") {
        None | Some(Value::Null) => None,
        Some(Value::String(token)) if token.trim().is_empty() => None,
        Some(Value::String(token)) => Some(SecretString::from_string(token.trim().to_owned())),
        Some(_) => return Err("`refresh_token` is not a string".to_owned()),
    };
    Ok(TokenResponse {
        access_token,
        expires_in,
        refresh_token,
    })
}

/// The error for a non-2xx answer: the OAuth `error`/`error_description` when the body
/// has that shape, else a short excerpt; any of `secrets` in them is masked.
fn failure(endpoint: &str, status: u16, body: &[u8], secrets: &[&str]) -> TokenError {
    let text = |value: Option<&Value>| match value {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(excerpt(s, secrets)),
        _ => None,
    };
    let json: Option<Value> = serde_json::from_slice(body).ok();
    let error = json.as_ref().and_then(|v| text(v.get("error")));
    let (error_description, body_excerpt) = if error.is_some() {
        (
            json.as_ref().and_then(|v| text(v.get("error_description"))),
            None,
        )
    } else {
        (None, Some(excerpt(&String::from_utf8_lossy(body), secrets)))
    };
    TokenError::Endpoint {
        endpoint: endpoint.to_owned(),
        status,
        error,
        error_description,
        body_excerpt,
    }
}

/// `text` on one line, with each of `secrets` replaced by the mask, cut to
/// [`EXCERPT_CHARS`] characters (masking first, so no part of a secret survives a cut).
fn excerpt(text: &str, secrets: &[&str]) -> String {
    let mut masked = text.to_owned();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        masked = masked.replace(secret, crate::runtime::MASK);
    }
    let one_line = masked.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_scope_joins_the_instance_url_and_the_resource() {
        assert_eq!(
            analytics_scope("https://x.analytics.ocp.oraclecloud.com", false),
            "https://x.analytics.ocp.oraclecloud.comurn:opc:resource:consumer::all"
        );
        assert_eq!(
            analytics_scope("https://x.example.com//", true),
            "https://x.example.comurn:opc:resource:consumer::all offline_access"
        );
    }

    #[test]
    fn the_token_endpoint_is_under_the_identity_domain() {
        for (given, endpoint) in [
            (
                "https://idcs-1.identity.oraclecloud.com",
                "https://idcs-1.identity.oraclecloud.com/oauth2/v1/token",
            ),
            (
                "https://idcs-1.identity.oraclecloud.com/",
                "https://idcs-1.identity.oraclecloud.com/oauth2/v1/token",
            ),
            (
                "https://idcs-1.identity.oraclecloud.com/oauth2/v1/token",
                "https://idcs-1.identity.oraclecloud.com/oauth2/v1/token",
            ),
            (
                "http://127.0.0.1:9/idp",
                "http://127.0.0.1:9/idp/oauth2/v1/token",
            ),
        ] {
            assert_eq!(token_endpoint(given).unwrap().as_str(), endpoint);
        }
        let error = token_endpoint("https://me:hunter2@idcs.example.com")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("must not carry a user name or password"),
            "{error}"
        );
        assert!(
            !error.contains("hunter2") && !error.contains("me@"),
            "{error}"
        );
        assert!(token_endpoint("https://idcs.example.com/?a=b").is_err());
        assert!(token_endpoint("http://idcs.example.com").is_err());
    }

    #[test]
    fn token_responses_are_read_leniently_and_never_quoted() {
        let ok = parse_token_response(
            br#"{"access_token":"at","token_type":"Bearer","expires_in":3600,"refresh_token":"rt"}"#,
        )
        .unwrap();
        assert_eq!(ok.access_token.expose_secret(), "at");
        assert_eq!(ok.expires_in, Some(3600));
        assert_eq!(ok.refresh_token.unwrap().expose_secret(), "rt");
        let minimal = parse_token_response(br#"{"access_token":"at","expires_in":"60"}"#).unwrap();
        assert_eq!(
            (minimal.expires_in, minimal.refresh_token.is_none()),
            (Some(60), true)
        );
        for (body, reason) in [
            (
                &b"not json secret-at"[..],
                "the body is not JSON (18 bytes)",
            ),
            (b"[\"secret-at\"]", "the body is not a JSON object"),
            (b"{\"token\":\"secret-at\"}", "it has no `access_token`"),
            (b"{\"access_token\":\" \"}", "`access_token` is empty"),
            (b"{\"access_token\":7}", "`access_token` is not a string"),
            (
                b"{\"access_token\":\"a\",\"token_type\":\"secret-at\"}",
                "`token_type` is not `Bearer`",
            ),
            (
                b"{\"access_token\":\"a\",\"expires_in\":\"secret-at\"}",
                "`expires_in` is not a number of seconds",
            ),
            (
                b"{\"access_token\":\"a\",\"expires_in\":-5}",
                "`expires_in` is not a number of seconds",
            ),
            (
                b"{\"access_token\":\"a\",\"refresh_token\":[]}",
                "`refresh_token` is not a string",
            ),
        ] {
            assert_eq!(parse_token_response(body).unwrap_err(), reason);
        }
    }

    #[test]
    fn failures_mask_what_was_sent_and_keep_200_characters() {
        let long = format!("oops {} secret-rt {}", "x".repeat(300), "y");
        let TokenError::Endpoint {
            body_excerpt,
            error,
            ..
        } = failure("e", 500, long.as_bytes(), &["secret-rt"])
        else {
            panic!("not an endpoint error");
        };
        let excerpt = body_excerpt.unwrap();
        assert_eq!((excerpt.chars().count(), error), (201, None));
        assert!(excerpt.ends_with('…'));
        let masked = excerpt_of(b"bad secret s3cr3t and\nrt  r-1", &["s3cr3t", "r-1", ""]);
        assert_eq!(masked, "bad secret ******** and rt ********");
        let oauth = failure(
            "e",
            400,
            br#"{"error":"invalid_grant","error_description":"refresh token r-1 revoked"}"#,
            &["r-1"],
        )
        .to_string();
        assert_eq!(
            oauth,
            "token endpoint `e` answered HTTP 400: invalid_grant: refresh token ******** revoked"
        );
    }

    fn excerpt_of(body: &[u8], secrets: &[&str]) -> String {
        excerpt(&String::from_utf8_lossy(body), secrets)
    }
}
