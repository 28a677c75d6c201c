//! Session-token profiles (`oci session authenticate`): a profile's
//! `security_token_file` holds a JWT and its `key_file` the session key;
//! [`OciSigner`](super::oci::OciSigner) signs with `keyId="ST$<token>"` and refuses,
//! before anything is sent, a token whose `exp` has passed ("session expired at ...").
//!
//! [`refresh`] is `oci session refresh`: `POST {auth endpoint}/v1/authentication/refresh`
//! with `{"currentToken": <token>}`, signed with the session key and the current
//! token; the answer's `token` replaces the file's content atomically (a new file in
//! the same directory, then renamed over it, owner-only on Unix).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use super::instance::{AUTH_ENDPOINT_VAR, post_signed};
use super::jwt;
use super::session::PrincipalError;
use super::signer;
use crate::clock::Clock;
use crate::config::{self, OciConfig};
use crate::connect;
use crate::runtime::SecretString;
use crate::transport::{self, TransportOptions};

/// Where `session refresh` sends the token.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RefreshOptions {
    /// The auth service base URL; default `OCI_BACKUP_AUTH_ENDPOINT`, else
    /// `https://auth.{region}.{realm domain}` from the profile's region.
    pub auth_endpoint: Option<String>,
    /// The transport (the profile's CA bundle is added).
    pub transport: TransportOptions,
    /// The environment (`OCI_BACKUP_AUTH_ENDPOINT`, `OCI_DEFAULT_REALM`).
    pub environment: config::Environment,
}

impl RefreshOptions {
    /// The defaults, reading `environment`.
    pub fn new(environment: config::Environment) -> Self {
        Self {
            environment,
            ..Self::default()
        }
    }
}

/// A refreshed token file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Refreshed {
    /// The file written.
    pub path: PathBuf,
    /// The new token's expiry, if it is a JWT.
    pub expires_at: Option<SystemTime>,
}

/// Reads a token file (trimmed); errors name the file.
pub fn read_token_file(path: &Path) -> Result<SecretString, PrincipalError> {
    let error = |reason: String| PrincipalError::File {
        what: "the security token file".into(),
        path: path.to_owned(),
        reason,
    };
    let text = std::fs::read_to_string(path).map_err(|e| error(e.to_string()))?;
    let token = text.trim();
    if token.is_empty() {
        return Err(error("the file is empty".into()));
    }
    Ok(SecretString::from_string(token.to_owned()))
}

/// Refreshes the profile's session token and writes it back to its file.
pub async fn refresh(
    profile: &OciConfig,
    options: &RefreshOptions,
    clock: Arc<dyn Clock>,
) -> Result<Refreshed, PrincipalError> {
    let path = profile.security_token_file.clone().ok_or_else(|| {
        PrincipalError::Config(format!(
            "profile [{}] has no `security_token_file`: it is not a session profile \
             (create one with `oci session authenticate`)",
            profile.profile
        ))
    })?;
    let token = read_token_file(&path)?;
    if let Ok(expires_at) = jwt::expiry(token.expose_secret())
        && expires_at <= clock.now()
    {
        return Err(PrincipalError::Expired {
            what: format!("the session in `{}`", path.display()),
            at: jwt::rfc3339(expires_at),
            hint: "an expired session cannot be refreshed: start a new one with `oci session authenticate`",
        });
    }
    let key = connect::load_key(profile).map_err(|e| PrincipalError::Key(e.to_string()))?;
    let endpoint = match options.auth_endpoint.clone().or_else(|| {
        options
            .environment
            .var(AUTH_ENDPOINT_VAR)
            .map(|v| v.trim().to_owned())
    }) {
        Some(endpoint) => endpoint.trim_end_matches('/').to_owned(),
        None => {
            let region = profile.region.as_deref().ok_or_else(|| {
                PrincipalError::Config(format!(
                    "profile [{}] has no region, so the auth service is unknown (or set {AUTH_ENDPOINT_VAR})",
                    profile.profile
                ))
            })?;
            config::service_endpoint("auth", region, &options.environment)
                .map_err(|e| PrincipalError::Config(e.to_string()))?
        }
    };
    let url =
        transport::check_endpoint(&endpoint).map_err(|e| PrincipalError::Config(e.to_string()))?;
    let mut transport_options = options.transport.clone();
    if transport_options.cert_bundle.is_none() {
        transport_options.cert_bundle = profile.cert_bundle.clone();
    }
    let http = transport::http_client_for(&url, &transport_options)
        .map_err(|e| PrincipalError::Config(e.to_string()))?;
    let body = serde_json::to_vec(&serde_json::json!({ "currentToken": token.expose_secret() }))
        .unwrap_or_default();
    let key_id = signer::security_token_key_id(token.expose_secret());
    let fresh = post_signed(
        &http,
        &format!("{endpoint}/v1/authentication/refresh"),
        body,
        &key_id,
        &key,
        clock.as_ref(),
        true,
    )
    .await?;
    write_atomically(&path, fresh.expose_secret())?;
    tracing::info!(path = %path.display(), "session token refreshed");
    Ok(Refreshed {
        path,
        expires_at: jwt::expiry(fresh.expose_secret()).ok(),
    })
}

/// Writes `content` to `path` through a new file in the same directory renamed over it,
/// so a reader sees the old token or the new one, never a part.
fn write_atomically(path: &Path, content: &str) -> Result<(), PrincipalError> {
    let error = |reason: String| PrincipalError::File {
        what: "(writing) the security token file".into(),
        path: path.to_owned(),
        reason,
    };
    let directory = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "token".into());
    let temporary = directory.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let written = options
        .open(&temporary)
        .and_then(|mut file| {
            file.write_all(content.as_bytes())?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temporary, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(error(e.to_string()));
    }
    Ok(())
}
