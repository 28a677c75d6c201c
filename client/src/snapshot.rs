//! Helpers for building Analytics snapshot requests.
//!
//! - [`WrappedKey`]: `ociPrivateKeyWrapped` from a PEM file, as Oracle's docs describe
//!   (`base64 -w 0` of the whole file, whose `-----BEGIN` and `-----END` lines must be
//!   present), with the key's fingerprint for `ociKeyFingerprint`.
//! - [`user_id_auth`]: the `OSS_AUTH_OCI_USER_ID` storage credentials from those.
//! - [`bar_password`]: a BAR password checked against the documented rules (8 to 50
//!   characters, at least one digit, one upper-case and one lower-case letter); a failure
//!   names the rule.
//! - [`bucket`], [`create`] and [`register`]: whole `createSnapshot` requests, with what
//!   Oracle's page says to always send (the bucket; for CREATE, the BAR's password).
//!
//! ```
//! use oci_backup::analytics::types::{Auth, NewSnapshot};
//! use oci_backup::snapshot;
//!
//! let storage = snapshot::bucket("backups", Auth::OciResourcePrincipal {});
//! let password = snapshot::bar_password("Examp1ePassword")?;
//! let request: NewSnapshot = snapshot::create("nightly", storage, "file:///nightly.bar", password)?;
//! assert!(matches!(request, NewSnapshot::Create { .. }));
//! # Ok::<(), oci_backup::snapshot::SnapshotHelperError>(())
//! ```

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use zeroize::Zeroizing;

use crate::analytics::types::error::ConversionError;
use crate::analytics::types::{
    Auth, Bar, NewSnapshot, OciUserIdAuthOciPrivateKeyWrapped, PasswordBar, PasswordBarPassword,
    Storage,
};
use crate::auth::key::{KeyError, KeyProblem, PrivateKey};
use crate::runtime::RuleError;

/// Why a snapshot credential could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SnapshotHelperError {
    /// The key file could not be read.
    #[error("cannot read the key file `{path}`: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The file lacks the armour lines the Analytics service requires.
    #[error("key file `{path}`: the file must include its `-----BEGIN` and `-----END` lines")]
    MissingArmour {
        /// The file.
        path: PathBuf,
    },
    /// The key is encrypted; the Analytics service has no way to get its pass phrase.
    #[error(
        "key file `{path}`: the key is encrypted; the Analytics service needs an unencrypted API key"
    )]
    Encrypted {
        /// The file.
        path: PathBuf,
    },
    /// The key cannot be used (not RSA, malformed, ...).
    #[error(transparent)]
    Key(#[from] KeyError),
    /// A value broke one of the spec's rules.
    #[error(transparent)]
    Rule(#[from] RuleError),
    /// A generated type's builder refused the value: a field the spec requires was not
    /// given (only after a spec change adds a required field these helpers do not set).
    #[error("cannot build the request: {0}")]
    Incomplete(#[from] ConversionError),
}

/// An API private key wrapped for `ociPrivateKeyWrapped`, and its fingerprint.
#[derive(Debug, Clone)]
pub struct WrappedKey {
    /// The Base64 of the whole PEM file, on one line.
    pub wrapped: OciUserIdAuthOciPrivateKeyWrapped,
    /// The key's fingerprint, for `ociKeyFingerprint`.
    pub fingerprint: String,
}

impl WrappedKey {
    /// Reads and wraps a PEM private-key file, after checking it is a usable RSA key.
    pub fn from_file(path: &Path) -> Result<Self, SnapshotHelperError> {
        let bytes = Zeroizing::new(crate::files::read_limited(path).map_err(|e| {
            SnapshotHelperError::Unreadable {
                path: path.to_owned(),
                reason: e.to_string(),
            }
        })?);
        let text = Zeroizing::new(String::from_utf8_lossy(&bytes).into_owned());
        let has = |prefix: &str| {
            text.lines()
                .any(|line| line.trim_start().starts_with(prefix))
        };
        if !has("-----BEGIN ") || !has("-----END ") {
            return Err(SnapshotHelperError::MissingArmour {
                path: path.to_owned(),
            });
        }
        let origin = format!("key file `{}`", path.display());
        let key = match PrivateKey::from_pem(&text, None, &origin) {
            Err(KeyError::Invalid {
                problem: KeyProblem::PassPhraseRequired,
                ..
            }) => {
                return Err(SnapshotHelperError::Encrypted {
                    path: path.to_owned(),
                });
            }
            other => other?,
        };
        let encoded = Zeroizing::new(STANDARD.encode(bytes.as_slice()));
        Ok(Self {
            wrapped: OciUserIdAuthOciPrivateKeyWrapped::new(encoded.as_str())?,
            fingerprint: key.fingerprint().to_owned(),
        })
    }
}

/// `OSS_AUTH_OCI_USER_ID` credentials for the bucket: region, tenancy and user, with the
/// key wrapped from `key_file` and its fingerprint.
pub fn user_id_auth(
    region: &str,
    tenancy: &str,
    user: &str,
    key_file: &Path,
) -> Result<Auth, SnapshotHelperError> {
    let key = WrappedKey::from_file(key_file)?;
    Ok(Auth::OssAuthOciUserId {
        oci_key_fingerprint: key.fingerprint,
        oci_private_key_wrapped: key.wrapped,
        oci_region: region.to_owned(),
        oci_tenancy_id: tenancy.to_owned(),
        oci_user_id: user.to_owned(),
    })
}

/// A BAR password, checked against the documented rules; the error names the broken rule
/// and never the password.
pub fn bar_password(value: &str) -> Result<PasswordBarPassword, RuleError> {
    PasswordBarPassword::new(value)
}

/// Object Storage in the instance's own tenancy and region: the bucket's name and how the
/// instance reaches it (`Auth::OciResourcePrincipal {}`, or [`user_id_auth`]).
pub fn bucket(name: impl Into<String>, auth: Auth) -> Storage {
    Storage::OciNative {
        auth,
        bucket: Some(name.into()),
        bucket_oci_namespace: None,
        bucket_oci_region: None,
    }
}

/// A `CREATE` request: a new BAR file at `uri` in `storage`, protected with `password`
/// (restoring needs it). Fails only with [`SnapshotHelperError::Incomplete`], when the
/// spec requires a field of the BAR these helpers do not know.
pub fn create(
    name: impl Into<String>,
    storage: Storage,
    uri: impl Into<String>,
    password: PasswordBarPassword,
) -> Result<NewSnapshot, SnapshotHelperError> {
    Ok(NewSnapshot::Create {
        name: name.into(),
        storage,
        bar: Some(
            PasswordBar::builder()
                .uri(uri.into())
                .password(password)
                .try_into()?,
        ),
    })
}

/// A `REGISTER` request: an existing BAR file at `uri` in `storage`. Fails as
/// [`create`] does.
pub fn register(
    name: impl Into<String>,
    storage: Storage,
    uri: impl Into<String>,
) -> Result<NewSnapshot, SnapshotHelperError> {
    Ok(NewSnapshot::Register {
        name: name.into(),
        storage,
        bar: Some(Bar::builder().uri(uri.into()).try_into()?),
    })
}
