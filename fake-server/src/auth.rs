//! Authentication as the services do it: OCI request signatures for Core (verified with
//! [`oci_backup::auth::signer::verify`], plus the 5-minute date skew), bearer tokens for
//! Analytics. Each failure says what was wrong.

use std::time::{Duration, SystemTime};

use oci_backup::auth::signer::{self, ReceivedRequest};

use crate::config::{PublicKey, SessionToken};
use crate::identity::Identity;

/// A 401: the message, and for Analytics the `www-authenticate` challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejection {
    pub(crate) message: String,
    pub(crate) challenge: Option<String>,
}

/// The keys and tokens Core requests may be signed with.
#[derive(Debug, Clone)]
pub(crate) struct CoreAuth {
    pub(crate) keys: Vec<PublicKey>,
    pub(crate) sessions: Vec<SessionToken>,
    pub(crate) max_skew: Duration,
}

impl CoreAuth {
    /// Checks a Core request's signature and date; returns the `keyId`.
    pub(crate) fn check(
        &self,
        method: &str,
        path_and_query: &str,
        headers: &[(String, String)],
        body: &[u8],
        now: SystemTime,
        identity: &Identity,
    ) -> Result<String, Rejection> {
        let pairs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let received = ReceivedRequest {
            method,
            path_and_query,
            headers: &pairs,
            body,
        };
        let rejected = |message: String| Rejection {
            message,
            challenge: None,
        };
        // A token the fake's auth service issued: its key, or why it is no longer valid.
        let issued = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("authorization"))
            .and_then(|(_, v)| signer::parse_authorization(v).ok())
            .and_then(|p| identity.session_key(p.key_id.strip_prefix("ST$")?))
            .transpose()
            .map_err(|message| rejected(format!("signature rejected: {message}")))?;
        let parameters = signer::verify(&received, |key_id| match &issued {
            Some(key) => Some(key.as_slice()),
            None => self.key_for(key_id),
        })
        .map_err(|e| rejected(format!("signature rejected: {}", without_token(e))))?;
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        // `verify` has checked that `date` or `x-date` is signed and present.
        let (name, date) = if parameters.headers.iter().any(|h| h == "x-date") {
            ("x-date", header("x-date"))
        } else {
            ("date", header("date"))
        };
        let date = date.unwrap_or_default();
        let sent = chrono::DateTime::parse_from_rfc2822(date)
            .map_err(|_| rejected(format!("the `{name}` header `{date}` is not an HTTP date")))?;
        let sent: SystemTime = sent.with_timezone(&chrono::Utc).into();
        let skew = match now.duration_since(sent) {
            Ok(behind) => behind,
            Err(ahead) => ahead.duration(),
        };
        if skew > self.max_skew {
            return Err(rejected(format!(
                "the `{name}` header `{date}` is {} s away from the server's time `{}`: \
                 more than the {} s of clock skew allowed",
                skew.as_secs(),
                signer::http_date(now),
                self.max_skew.as_secs()
            )));
        }
        Ok(parameters.key_id)
    }

    fn key_for(&self, key_id: &str) -> Option<&[u8]> {
        if let Some(token) = key_id.strip_prefix("ST$") {
            return self
                .sessions
                .iter()
                .find(|s| s.token == token)
                .map(|s| s.key.der());
        }
        self.keys
            .iter()
            .find(|k| k.accepts(key_id))
            .map(PublicKey::der)
    }
}

/// A verification error as the fake says it: an unknown `ST$<token>` key id is not
/// echoed (a 401 message must not carry a token).
pub(crate) fn without_token(error: signer::VerifyError) -> String {
    match error {
        signer::VerifyError::UnknownKey(key_id) if key_id.starts_with("ST$") => {
            "unknown security token (keyId=\"ST$...\")".to_owned()
        }
        other => other.to_string(),
    }
}

/// The bearer tokens Analytics requests may carry (empty: any).
#[derive(Debug, Clone)]
pub(crate) struct BearerCheck {
    pub(crate) tokens: Vec<String>,
}

impl BearerCheck {
    pub(crate) fn check(&self, headers: &[(String, String)]) -> Result<(), Rejection> {
        let authorization = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("authorization"))
            .map(|(_, v)| v.as_str());
        let Some(authorization) = authorization else {
            return Err(Rejection {
                message: "missing `Authorization: Bearer <access token>` header".into(),
                challenge: Some(r#"Bearer realm="oci-backup-fake""#.into()),
            });
        };
        let token = match authorization.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => {
                return Err(Rejection {
                    message: "the Authorization header is not a Bearer token".into(),
                    challenge: Some(
                        r#"Bearer realm="oci-backup-fake", error="invalid_request", error_description="Bearer token required""#.into(),
                    ),
                });
            }
        };
        if token.is_empty() || (!self.tokens.is_empty() && !self.tokens.iter().any(|t| t == token))
        {
            return Err(Rejection {
                message: "the access token is not valid".into(),
                challenge: Some(
                    r#"Bearer realm="oci-backup-fake", error="invalid_token", error_description="The access token is invalid or has expired""#.into(),
                ),
            });
        }
        Ok(())
    }
}
