//! [`ConfigError`]: why a configuration could not be loaded or an endpoint not built.
//! Messages name the file, the line or profile, and the key; they never quote a secret.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why [`load`](super::load), [`OciConfig::core_endpoint`](super::OciConfig::core_endpoint)
/// or [`service_endpoint`](super::service_endpoint) failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// An `OCI_CLI_*` environment variable's value is not valid UTF-8 (it is not used,
    /// rather than silently skipped).
    #[error(
        "environment variable {variable}: the value is not valid UTF-8; set a UTF-8 value or unset it"
    )]
    NotUnicode {
        /// The variable's name.
        variable: String,
    },
    /// A path starts with `~`, and no home directory is known to expand it.
    #[error("cannot expand `~` in {what} `{path}`: no home directory is known (HOME is not set)")]
    NoHome {
        /// What the path is for (e.g. "the default config file").
        what: String,
        /// The path as written.
        path: String,
    },
    /// The config file does not exist (and, for the default location, the environment
    /// alone does not supply a complete configuration either).
    #[error("config file {} ({origin}) does not exist; {hint}", .path.display())]
    FileNotFound {
        /// The path that was tried, `~` expanded.
        path: PathBuf,
        /// Where the path came from (e.g. "from OCI_CLI_CONFIG_FILE").
        origin: String,
        /// What to do about it.
        hint: String,
    },
    /// The config file exists but cannot be read, or is not UTF-8.
    #[error("cannot read config file {}: {source}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A line of the config file is not valid INI.
    #[error("{}, line {line}: {reason}", .path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong (never the line's content, which may hold a secret).
        reason: String,
    },
    /// The requested profile is not a section of the config file.
    #[error(
        "config file {} has no profile [{}] ({origin}); {}",
        .path.display(),
        quoted(.profile),
        profile_list(.available)
    )]
    ProfileNotFound {
        /// The file.
        path: PathBuf,
        /// The requested profile.
        profile: String,
        /// Where the name came from (e.g. "named by OCI_CLI_PROFILE").
        origin: String,
        /// The profiles the file does have, in file order.
        available: Vec<String>,
    },
    /// A required key has no value in the profile, `[DEFAULT]` or the environment.
    #[error("{}: missing `{key}` ({hint})", location(.file.as_deref(), .profile))]
    MissingKey {
        /// The config file, if one was read.
        file: Option<PathBuf>,
        /// The profile.
        profile: String,
        /// The config-file key (e.g. `fingerprint`).
        key: &'static str,
        /// Why it is required and which environment variable can supply it.
        hint: &'static str,
    },
    /// A value is malformed (never used for secrets, so the value is shown).
    #[error("{0}")]
    InvalidValue(Box<InvalidValue>),
    /// The profile sets `key_content`, which a file must not hold (as in the Python SDK).
    #[error(
        "{}, profile [{profile}]: `key_content` (line {line}) is not allowed in a config file; \
         use `key_file`, or put the PEM in OCI_CLI_KEY_CONTENT",
        .path.display()
    )]
    KeyContentInFile {
        /// The file.
        path: PathBuf,
        /// The profile.
        profile: String,
        /// The line of `key_content`.
        line: usize,
    },
    /// An explicit endpoint is not a usable base URL.
    #[error("invalid endpoint `{}`: {reason}", quoted(.endpoint))]
    InvalidEndpoint {
        /// The endpoint as given.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A region is not a region identifier or a known short code.
    #[error("invalid region `{}`: {reason}", quoted(.region))]
    InvalidRegion {
        /// The region as given.
        region: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A service name is not a lowercase host label such as `iaas`.
    #[error(
        "invalid service name `{}`: expected lowercase DNS labels such as `iaas`",
        quoted(.service)
    )]
    InvalidService {
        /// The service name as given.
        service: String,
    },
    /// Neither a region nor an endpoint is configured, so no endpoint can be built.
    #[error(
        "{}: neither a region nor an endpoint is configured",
        location(.file.as_deref(), .profile)
    )]
    NoEndpoint {
        /// The config file, if one was read.
        file: Option<PathBuf>,
        /// The profile.
        profile: String,
    },
}

/// The details of [`ConfigError::InvalidValue`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InvalidValue {
    /// The config file, if one was read.
    pub file: Option<PathBuf>,
    /// The profile.
    pub profile: String,
    /// The config-file key (e.g. `fingerprint`).
    pub key: &'static str,
    /// Where the value came from (e.g. "from OCI_CLI_FINGERPRINT", "in `[PROD]` on line 4").
    pub origin: String,
    /// The value as given.
    pub value: String,
    /// What a valid value looks like.
    pub expected: String,
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: `{}` {} is not valid: `{}`; {}",
            location(self.file.as_deref(), &self.profile),
            self.key,
            self.origin,
            quoted(&self.value),
            self.expected
        )
    }
}

/// "`/home/u/.oci/config, profile [PROD]`", or the environment when no file was read.
/// The most characters of a value quoted in a message (a value read from a file or
/// the environment may be of any length).
const QUOTED_MAX: usize = 100;

/// `value` as quoted in a message: cut short (with `…`) past [`QUOTED_MAX`] characters.
fn quoted(value: &str) -> String {
    crate::error::excerpt(value, QUOTED_MAX)
}

fn location(file: Option<&Path>, profile: &str) -> String {
    match file {
        Some(file) => format!("{}, profile [{}]", file.display(), quoted(profile)),
        None => format!(
            "the environment (no config file), profile [{}]",
            quoted(profile)
        ),
    }
}

fn profile_list(available: &[String]) -> String {
    if available.is_empty() {
        "it has no profiles at all".to_owned()
    } else {
        let names: Vec<String> = available.iter().map(|name| format!("[{name}]")).collect();
        format!("its profiles are: {}", names.join(", "))
    }
}
