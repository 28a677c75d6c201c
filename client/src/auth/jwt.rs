//! Reading a security token's expiry: the `exp` claim of a JWT (RFC 7519), without
//! verifying the token (the service that issued it does that; the client only needs to
//! know when to refresh it). Errors never contain the token.

use std::time::{Duration, SystemTime};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Why a token's expiry could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JwtError {
    /// Not three `.`-separated parts.
    #[error("not a JWT: expected three parts separated by `.`")]
    NotJwt,
    /// The payload is not base64url JSON.
    #[error("the JWT payload is not base64url-encoded JSON")]
    Payload,
    /// No numeric `exp` claim.
    #[error("the JWT has no numeric `exp` (expiry) claim")]
    NoExpiry,
}

/// The expiry (`exp`, seconds since the epoch) of the JWT `token`.
pub fn expiry(token: &str) -> Result<SystemTime, JwtError> {
    let mut parts = token.trim().split('.');
    let (Some(_), Some(payload), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::NotJwt);
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| JwtError::Payload)?;
    let claims: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|_| JwtError::Payload)?;
    let exp = claims.get("exp").ok_or(JwtError::NoExpiry)?;
    let seconds = exp
        .as_u64()
        .or_else(|| {
            exp.as_f64()
                .filter(|s| *s >= 0.0 && s.is_finite())
                .map(|s| s as u64)
        })
        .ok_or(JwtError::NoExpiry)?;
    SystemTime::UNIX_EPOCH
        .checked_add(Duration::from_secs(seconds))
        .ok_or(JwtError::NoExpiry)
}

/// `time` as RFC 3339 UTC (`2026-11-30T17:00:00Z`), for messages.
pub fn rfc3339(time: SystemTime) -> String {
    let time: chrono::DateTime<chrono::Utc> = time.into();
    time.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn jwt(claims: &str) -> String {
        format!(
            "{}.{}.c2ln",
            URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256"}"#),
            URL_SAFE_NO_PAD.encode(claims)
        )
    }

    #[test]
    fn reads_exp() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        assert_eq!(expiry(&jwt(r#"{"exp":1800000000,"sub":"x"}"#)), Ok(at));
        assert_eq!(
            expiry(&format!(" {}\n", jwt(r#"{"exp":1800000000.0}"#))),
            Ok(at)
        );
        assert_eq!(rfc3339(at), "2027-01-15T08:00:00Z");
    }

    #[test]
    fn refuses_what_is_not_a_jwt_without_showing_it() {
        assert_eq!(expiry("secret-token"), Err(JwtError::NotJwt));
        assert_eq!(expiry("a.b.c.d"), Err(JwtError::NotJwt));
        assert_eq!(expiry("a.%%%.c"), Err(JwtError::Payload));
        assert_eq!(expiry(&jwt(r#"{"sub":"x"}"#)), Err(JwtError::NoExpiry));
        assert_eq!(expiry(&jwt(r#"{"exp":"soon"}"#)), Err(JwtError::NoExpiry));
        assert_eq!(expiry(&jwt(r#"{"exp":-1}"#)), Err(JwtError::NoExpiry));
        assert!(!JwtError::NotJwt.to_string().contains("secret"));
    }
}
