//! Resource principals v2.2 (OCI Functions, Data Flow, ...): the platform puts a
//! resource principal session token (RPST) and its private key in the environment,
//! each either the value itself or the absolute path of a file holding it (as the
//! Python SDK tells them apart):
//!
//! | Variable | Holds |
//! |---|---|
//! | `OCI_RESOURCE_PRINCIPAL_VERSION` | `2.2` |
//! | `OCI_RESOURCE_PRINCIPAL_RPST` | the token, or a file path |
//! | `OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM` | the PEM key, or a file path |
//! | `OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE` | optional: the pass phrase, or a file path |
//! | `OCI_RESOURCE_PRINCIPAL_REGION` | the region |
//!
//! Requests are signed with the key and `keyId="ST$<rpst>"`. Files are read again at
//! every fetch, which the [`SessionCache`](super::session::SessionCache) makes as the
//! token nears expiry (the platform rotates them); a token given as a value that has
//! expired is an error saying so.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::jwt;
use super::key::PrivateKey;
use super::session::{PrincipalError, Session, SessionProvider};
use crate::clock::Clock;
use crate::config::{self, Environment};
use crate::runtime::{BoxFuture, SecretString};

const VERSION: &str = "OCI_RESOURCE_PRINCIPAL_VERSION";
const RPST: &str = "OCI_RESOURCE_PRINCIPAL_RPST";
const PRIVATE_PEM: &str = "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM";
const PASSPHRASE: &str = "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE";
const REGION: &str = "OCI_RESOURCE_PRINCIPAL_REGION";

/// A value from the environment, or the file it names.
#[derive(Debug, Clone)]
enum Source {
    Value(SecretString),
    File(PathBuf),
}

impl Source {
    fn from_var(value: &str) -> Self {
        let trimmed = value.trim();
        if Path::new(trimmed).is_absolute() {
            Source::File(PathBuf::from(trimmed))
        } else {
            Source::Value(SecretString::from_string(value.to_owned()))
        }
    }

    fn read(&self, var: &'static str, what: &str) -> Result<SecretString, PrincipalError> {
        match self {
            Source::Value(value) => Ok(value.clone()),
            Source::File(path) => std::fs::read_to_string(path)
                .map(SecretString::from_string)
                .map_err(|e| PrincipalError::File {
                    what: format!("the {what} ({var})"),
                    path: path.clone(),
                    reason: e.to_string(),
                }),
        }
    }
}

/// The [`SessionProvider`] of resource principals v2.2.
#[derive(Debug)]
pub struct ResourcePrincipal {
    token: Source,
    key: Source,
    pass_phrase: Option<Source>,
    region: String,
    clock: Arc<dyn Clock>,
}

impl ResourcePrincipal {
    /// Reads the variables; fails naming the first one missing or wrong.
    pub fn from_environment(
        env: &Environment,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, PrincipalError> {
        let version = env
            .var(VERSION)
            .map(str::trim)
            .ok_or(PrincipalError::MissingVariable {
                name: VERSION,
                hint: "resource principals need OCI_RESOURCE_PRINCIPAL_VERSION=2.2 (set by the OCI \
                   platform, such as OCI Functions, for the program it runs)",
            })?;
        if version != "2.2" {
            return Err(PrincipalError::InvalidVariable {
                name: VERSION,
                reason: format!("version `{version}` is not supported (only 2.2)"),
            });
        }
        let required = |name: &'static str, hint: &'static str| {
            env.var(name)
                .map(Source::from_var)
                .ok_or(PrincipalError::MissingVariable { name, hint })
        };
        let token = required(
            RPST,
            "the resource principal session token, or the absolute path of a file holding it",
        )?;
        let key = required(
            PRIVATE_PEM,
            "the PEM private key, or the absolute path of a file holding it",
        )?;
        let region = env.var(REGION).ok_or(PrincipalError::MissingVariable {
            name: REGION,
            hint: "the region (such as us-ashburn-1)",
        })?;
        let region = config::region_name(region).map_err(|e| PrincipalError::InvalidVariable {
            name: REGION,
            reason: e.to_string(),
        })?;
        Ok(Self {
            token,
            key,
            pass_phrase: env.var(PASSPHRASE).map(Source::from_var),
            region,
            clock,
        })
    }

    async fn load(&self) -> Result<Session, PrincipalError> {
        let token = self.token.read(RPST, "resource principal session token")?;
        let token = SecretString::from_string(token.expose_secret().trim().to_owned());
        if token.expose_secret().is_empty() {
            return Err(PrincipalError::InvalidVariable {
                name: RPST,
                reason: "the token is empty".into(),
            });
        }
        let expires_at =
            jwt::expiry(token.expose_secret()).map_err(|e| PrincipalError::InvalidVariable {
                name: RPST,
                reason: format!("the token is unusable: {e}"),
            })?;
        if expires_at <= self.clock.now() {
            return Err(PrincipalError::Expired {
                what: format!("the resource principal session token ({RPST})"),
                at: jwt::rfc3339(expires_at),
                hint: "the platform provides a new one; when it is a value, restart the program with the new value",
            });
        }
        let pem = self
            .key
            .read(PRIVATE_PEM, "resource principal private key")?;
        let pass_phrase = match &self.pass_phrase {
            Some(source) => Some(source.read(PASSPHRASE, "private key pass phrase")?),
            None => None,
        };
        let pass_phrase = pass_phrase.map(|p| {
            SecretString::from_string(p.expose_secret().trim_end_matches(['\n', '\r']).to_owned())
        });
        let origin = match &self.key {
            Source::Value(_) => PRIVATE_PEM.to_owned(),
            Source::File(path) => format!("{PRIVATE_PEM} file `{}`", path.display()),
        };
        let key = PrivateKey::from_pem(pem.expose_secret(), pass_phrase.as_ref(), &origin)
            .map_err(|e| PrincipalError::Key(e.to_string()))?;
        Ok(Session::new(token, Arc::new(key)))
    }
}

impl SessionProvider for ResourcePrincipal {
    fn kind(&self) -> &'static str {
        "resource principal"
    }

    fn fetch(&self) -> BoxFuture<'_, Result<Session, PrincipalError>> {
        Box::pin(self.load())
    }

    fn region(&self) -> Option<&str> {
        Some(&self.region)
    }
}
