//! OCI configuration as OCI CLI users know it: `~/.oci/config` and its profiles, the
//! `OCI_CLI_*` environment variables, and the endpoints they lead to.
//!
//! [`load`] reads one profile into an [`OciConfig`] (as Oracle's documentation pages
//! "SDK and CLI Configuration File" and "CLI Environment Variables" describe):
//!
//! - **File**: [`LoadOptions::config_file`], else `OCI_CLI_CONFIG_FILE`, else
//!   `OCI_CONFIG_FILE`, else `~/.oci/config`. INI as Python's `configparser` reads it
//!   (no interpolation; key names case-insensitive; `=` or `:`; `#`/`;` comment lines).
//! - **Profile**: [`LoadOptions::profile`], else `OCI_CLI_PROFILE`, else `DEFAULT`. A
//!   named profile inherits every key it lacks from `[DEFAULT]`.
//! - **Precedence** for each value: an explicit [`LoadOptions`] value, then the
//!   environment variable, then the profile (see [`load`] for the variables).
//!
//! The environment is injected ([`Environment`]) so that loading is a pure function of
//! its inputs and the file. Reading the private key is not done here: [`KeySource`] only
//! says where it is. Secrets (`pass_phrase`, the key content) are
//! [`SecretString`]s: masked in `Debug`, absent from errors and logs.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::runtime::SecretString;

mod endpoint;
mod error;
mod ini;
mod ocid;

pub use endpoint::{canonical_region, region_name, service_endpoint};
pub use error::{ConfigError, InvalidValue};
pub use ocid::check_ocid;

/// The profile used when none is named, and the one every other profile inherits from.
pub const DEFAULT_PROFILE: &str = "DEFAULT";

/// The service name of Core Services (block storage, compute) in endpoint host names.
const CORE_SERVICE: &str = "iaas";

const HINT_USER: &str = "required for API-key authentication; or set OCI_CLI_USER";
const HINT_FINGERPRINT: &str = "required for API-key authentication; or set OCI_CLI_FINGERPRINT";
const HINT_KEY: &str =
    "required; or set OCI_CLI_KEY_FILE, or OCI_CLI_KEY_CONTENT to the PEM itself";
const HINT_TENANCY: &str = "required; or set OCI_CLI_TENANCY";
const HINT_REGION: &str =
    "required unless an endpoint is given; or set OCI_CLI_REGION, or OCI_CLI_ENDPOINT";
const EXPECTED_FINGERPRINT: &str = "expected 16 lowercase hexadecimal bytes separated by colons, \
     such as 73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7";
const CONFIG_FILE_DOCS: &str =
    "https://docs.oracle.com/en-us/iaas/Content/API/Concepts/sdkconfig.htm";

/// The process environment, injected: the variables and the home directory.
///
/// Variables whose value is empty count as unset. `Debug` shows only the variable
/// names, never their values (`OCI_CLI_PASSPHRASE` and `OCI_CLI_KEY_CONTENT` are
/// secrets).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Environment {
    vars: BTreeMap<String, String>,
    /// `OCI_CLI_*` variables whose value is not valid Unicode: [`load`] refuses them.
    not_unicode: Vec<String>,
    home: Option<PathBuf>,
}

/// The prefix of the variables the OCI CLI reads (and so does [`load`]).
const OCI_CLI_PREFIX: &str = "OCI_CLI_";

impl Environment {
    /// The current process's environment: every variable whose name and value are
    /// valid Unicode, and the home directory from `HOME` (on Windows `USERPROFILE`,
    /// then `HOME`). An `OCI_CLI_*` variable whose value is not Unicode is remembered,
    /// and [`load`] refuses it naming it; other such variables are skipped.
    pub fn from_process() -> Self {
        let mut not_unicode = Vec::new();
        let vars: Vec<(String, String)> = std::env::vars_os()
            .filter_map(|(name, value)| {
                let name = name.into_string().ok()?;
                match value.into_string() {
                    Ok(value) => Some((name, value)),
                    Err(_) => {
                        if name.starts_with(OCI_CLI_PREFIX) {
                            not_unicode.push(name);
                        }
                        None
                    }
                }
            })
            .collect();
        let names: &[&str] = if cfg!(windows) {
            &["USERPROFILE", "HOME"]
        } else {
            &["HOME"]
        };
        let home = names
            .iter()
            .filter_map(std::env::var_os)
            .find(|value| !value.is_empty())
            .map(PathBuf::from);
        Self {
            not_unicode,
            ..Self::new(vars, home)
        }
    }

    /// `Err` naming the first `OCI_CLI_*` variable whose value is not valid Unicode.
    fn check_unicode(&self) -> Result<(), ConfigError> {
        match self.not_unicode.first() {
            Some(variable) => Err(ConfigError::NotUnicode {
                variable: variable.clone(),
            }),
            None => Ok(()),
        }
    }

    /// An environment with exactly these variables and this home directory (`None`: no
    /// home is known, so a leading `~` cannot be expanded). For tests and embedding.
    pub fn new<I, K, V>(vars: I, home: Option<PathBuf>) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Self {
            vars: vars
                .into_iter()
                .map(|(name, value)| (name.into(), value.into()))
                .collect(),
            not_unicode: Vec::new(),
            home: home.filter(|home| !home.as_os_str().is_empty()),
        }
    }

    /// The value of `name`, or `None` if it is unset or empty.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|value| !value.is_empty())
    }

    /// The home directory `~` expands to, if known.
    pub fn home(&self) -> Option<&Path> {
        self.home.as_deref()
    }

    /// The value of `name`, trimmed, or `None` if it is unset or blank.
    fn trimmed(&self, name: &str) -> Option<&str> {
        self.var(name)
            .map(str::trim)
            .filter(|value| !value.is_empty())
    }
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Environment")
            .field("variables", &self.vars.keys().collect::<Vec<_>>())
            .field("home", &self.home)
            .finish()
    }
}

/// What [`load`] reads: explicit values (typically command-line options, which beat the
/// environment and the file) and the [`Environment`].
///
/// `LoadOptions::default()` has an empty environment (no variables, no home); use
/// [`LoadOptions::from_process`] in programs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoadOptions {
    /// The config file (`--config-file`); beats `OCI_CLI_CONFIG_FILE` and
    /// `OCI_CONFIG_FILE`. A leading `~` is expanded.
    pub config_file: Option<PathBuf>,
    /// The profile (`--profile`); beats `OCI_CLI_PROFILE`.
    pub profile: Option<String>,
    /// The region (`--region`); beats `OCI_CLI_REGION`, the profile and `OCI_REGION`.
    pub region: Option<String>,
    /// The service endpoint (`--endpoint`); beats `OCI_CLI_ENDPOINT`.
    pub endpoint: Option<String>,
    /// The CA bundle (`--cert-bundle`); beats `OCI_CLI_CERT_BUNDLE` and the profile's
    /// `cert_bundle`. A leading `~` is expanded.
    pub cert_bundle: Option<PathBuf>,
    /// The environment variables and home directory.
    pub environment: Environment,
}

impl LoadOptions {
    /// No explicit values, reading `environment`.
    pub fn new(environment: Environment) -> Self {
        Self {
            environment,
            ..Self::default()
        }
    }

    /// No explicit values, reading the process environment.
    pub fn from_process() -> Self {
        Self::new(Environment::from_process())
    }

    /// Sets [`LoadOptions::config_file`].
    pub fn with_config_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.config_file = Some(path.into());
        self
    }

    /// Sets [`LoadOptions::profile`].
    pub fn with_profile(mut self, profile: impl Into<String>) -> Self {
        self.profile = Some(profile.into());
        self
    }

    /// Sets [`LoadOptions::region`].
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Sets [`LoadOptions::endpoint`].
    pub fn with_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// Sets [`LoadOptions::cert_bundle`].
    pub fn with_cert_bundle(mut self, path: impl Into<PathBuf>) -> Self {
        self.cert_bundle = Some(path.into());
        self
    }
}

/// Where the API signing key is. This module does not read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// A PEM file (`key_file`, `OCI_CLI_KEY_FILE`), `~` expanded. A relative path is
    /// relative to the process's working directory.
    File(PathBuf),
    /// The PEM itself (`OCI_CLI_KEY_CONTENT`).
    Content(SecretString),
}

/// One resolved, validated profile. `Debug` masks the secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OciConfig {
    /// The config file read, or `None` when the environment alone supplied everything.
    pub config_file: Option<PathBuf>,
    /// The profile.
    pub profile: String,
    /// The user OCID (absent only with a security token).
    pub user: Option<String>,
    /// The API key's fingerprint (absent only with a security token).
    pub fingerprint: Option<String>,
    /// The tenancy OCID.
    pub tenancy: String,
    /// The region as given (possibly a short code such as `iad`); absent only when an
    /// endpoint is given.
    pub region: Option<String>,
    /// The private key.
    pub key: KeySource,
    /// The key's pass phrase.
    pub pass_phrase: Option<SecretString>,
    /// The security-token file (`security_token_file`), `~` expanded. When set, requests
    /// are signed with the token instead of `tenancy/user/fingerprint`.
    pub security_token_file: Option<PathBuf>,
    /// The explicit endpoint (option or `OCI_CLI_ENDPOINT`), as given.
    pub endpoint: Option<String>,
    /// The CA bundle to trust in addition to the system roots, `~` expanded.
    pub cert_bundle: Option<PathBuf>,
    /// `OCI_DEFAULT_REALM` at load time, for [`OciConfig::core_endpoint`].
    default_realm: Option<String>,
}

impl OciConfig {
    /// A profile built in code rather than read from a file: API-key authentication as
    /// `user` in `tenancy`, with the key and its fingerprint, for `region` (a name such
    /// as `us-ashburn-1` or a short code such as `iad`). Set an explicit endpoint with
    /// [`OciConfig::with_endpoint`].
    pub fn api_key(
        tenancy: impl Into<String>,
        user: impl Into<String>,
        fingerprint: impl Into<String>,
        key: KeySource,
        region: impl Into<String>,
    ) -> Self {
        Self {
            config_file: None,
            profile: "DEFAULT".into(),
            user: Some(user.into()),
            fingerprint: Some(fingerprint.into()),
            tenancy: tenancy.into(),
            region: Some(region.into()),
            key,
            pass_phrase: None,
            security_token_file: None,
            endpoint: None,
            cert_bundle: None,
            default_realm: None,
        }
    }

    /// This profile with an explicit Core Services endpoint (a Private Cloud Appliance,
    /// a test server on loopback).
    pub fn with_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// The Core Services base URL, with no path: the explicit endpoint with any trailing
    /// `/` and trailing `/20160918` removed (the generated client's paths contain the
    /// version), else `https://iaas.{region}.{realm domain}` from the region as
    /// [`service_endpoint`] builds it (with `OCI_DEFAULT_REALM` as it was at load).
    pub fn core_endpoint(&self) -> Result<String, ConfigError> {
        if let Some(endpoint) = &self.endpoint {
            return endpoint::normalize_endpoint(endpoint).map_err(|reason| {
                ConfigError::InvalidEndpoint {
                    endpoint: endpoint.clone(),
                    reason,
                }
            });
        }
        match &self.region {
            Some(region) => {
                endpoint::endpoint_for(CORE_SERVICE, region, self.default_realm.as_deref())
            }
            None => Err(ConfigError::NoEndpoint {
                file: self.config_file.clone(),
                profile: self.profile.clone(),
            }),
        }
    }
}

/// The Core Services base URL for callers without a profile (instance and resource
/// principals): `endpoint` normalised as [`OciConfig::core_endpoint`] does, else
/// `https://iaas.{region}.{realm domain}`.
pub fn core_endpoint(
    endpoint: Option<&str>,
    region: &str,
    environment: &Environment,
) -> Result<String, ConfigError> {
    match endpoint.map(str::trim).filter(|e| !e.is_empty()) {
        Some(endpoint) => {
            endpoint::normalize_endpoint(endpoint).map_err(|reason| ConfigError::InvalidEndpoint {
                endpoint: endpoint.to_owned(),
                reason,
            })
        }
        None => service_endpoint(CORE_SERVICE, region, environment),
    }
}

/// Loads and validates one profile.
///
/// Each value comes from the first of these that has it (blank values count as absent):
///
/// | Value | Explicit option | Environment | Profile key (else `[DEFAULT]`) |
/// |---|---|---|---|
/// | user | | `OCI_CLI_USER` | `user` |
/// | fingerprint | | `OCI_CLI_FINGERPRINT` | `fingerprint` |
/// | key | | `OCI_CLI_KEY_CONTENT` (the PEM), then `OCI_CLI_KEY_FILE` | `key_file` |
/// | tenancy | | `OCI_CLI_TENANCY` | `tenancy` |
/// | region | `region` | `OCI_CLI_REGION` | `region`, then env `OCI_REGION` |
/// | pass phrase | | `OCI_CLI_PASSPHRASE` | `pass_phrase` |
/// | security token file | | `OCI_CLI_SECURITY_TOKEN_FILE` | `security_token_file` |
/// | endpoint | `endpoint` | `OCI_CLI_ENDPOINT` | |
/// | CA bundle | `cert_bundle` | `OCI_CLI_CERT_BUNDLE` | `cert_bundle` (project extension) |
///
/// A leading `~` in `key_file`, `security_token_file`, `cert_bundle` and the config file
/// path is expanded with [`Environment::home`]; other relative paths stay relative.
/// Unknown keys are ignored; `key_content` in the file is refused (as the Python SDK
/// does).
///
/// Required: `tenancy`, a key, and a region or an endpoint; without
/// `security_token_file` also `user` and `fingerprint`. `user` and `tenancy` must have
/// the OCID shape the Python SDK checks, `fingerprint` must be 16 lowercase hex bytes
/// joined by `:`, the endpoint must be an http(s) URL, and the region (when there is no
/// endpoint) a region identifier or short code.
///
/// If the default `~/.oci/config` does not exist, the environment alone may supply
/// everything; then [`OciConfig::config_file`] is `None`. A config file named explicitly
/// or through `OCI_CLI_CONFIG_FILE`/`OCI_CONFIG_FILE` must exist.
pub fn load(options: &LoadOptions) -> Result<OciConfig, ConfigError> {
    options.environment.check_unicode()?;
    let (profile, profile_origin) = choose_profile(options);
    let choice = choose_file(options)?;
    let loaded = match &choice.path {
        Some(path) => read_config(path)?,
        None => None,
    };
    let config = match loaded {
        Some(file) => {
            if file.ini.section(&profile).is_none() {
                return Err(ConfigError::ProfileNotFound {
                    path: file.path,
                    profile,
                    origin: profile_origin.to_owned(),
                    available: file.ini.section_names().map(str::to_owned).collect(),
                });
            }
            resolve(options, Some(&file), &profile)?
        }
        None => env_only(options, &profile, choice)?,
    };
    match &config.config_file {
        Some(path) => tracing::debug!(
            config_file = %path.display(),
            profile = %config.profile,
            "loaded OCI configuration"
        ),
        None => tracing::debug!(
            profile = %config.profile,
            "loaded OCI configuration from the environment alone (no config file)"
        ),
    }
    Ok(config)
}

/// The config file could not be found: use the environment alone if that is allowed
/// and enough.
fn env_only(
    options: &LoadOptions,
    profile: &str,
    choice: FileChoice,
) -> Result<OciConfig, ConfigError> {
    let Some(path) = choice.path else {
        // Default location, no home directory.
        return match resolve(options, None, profile) {
            Err(ConfigError::MissingKey { .. }) => Err(ConfigError::NoHome {
                what: "the default config file".to_owned(),
                path: "~/.oci/config".to_owned(),
            }),
            other => other,
        };
    };
    let hint = match choice.origin {
        FileOrigin::Explicit => "check the path".to_owned(),
        FileOrigin::Env(name) => format!("check {name}"),
        FileOrigin::Default => match resolve(options, None, profile) {
            Err(ConfigError::MissingKey { key, hint, .. }) => format!(
                "create it (see {CONFIG_FILE_DOCS}), name another with OCI_CLI_CONFIG_FILE, \
                 or supply every required value through the environment, which lacks \
                 `{key}` ({hint})"
            ),
            other => return other,
        },
    };
    Err(ConfigError::FileNotFound {
        path,
        origin: choice.origin.to_string(),
        hint,
    })
}

/// Which config file to read, and why.
struct FileChoice {
    /// `None` only for the default location when no home directory is known.
    path: Option<PathBuf>,
    origin: FileOrigin,
}

#[derive(Clone, Copy)]
enum FileOrigin {
    Explicit,
    Env(&'static str),
    Default,
}

impl fmt::Display for FileOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileOrigin::Explicit => f.write_str("given explicitly"),
            FileOrigin::Env(name) => write!(f, "from {name}"),
            FileOrigin::Default => f.write_str("the default location"),
        }
    }
}

fn choose_file(options: &LoadOptions) -> Result<FileChoice, ConfigError> {
    let env = &options.environment;
    let (path, origin) = if let Some(path) = &options.config_file {
        (path.clone(), FileOrigin::Explicit)
    } else if let Some(path) = env.trimmed("OCI_CLI_CONFIG_FILE") {
        (PathBuf::from(path), FileOrigin::Env("OCI_CLI_CONFIG_FILE"))
    } else if let Some(path) = env.trimmed("OCI_CONFIG_FILE") {
        (PathBuf::from(path), FileOrigin::Env("OCI_CONFIG_FILE"))
    } else {
        let path = env.home().map(|home| home.join(".oci").join("config"));
        return Ok(FileChoice {
            path,
            origin: FileOrigin::Default,
        });
    };
    let path = expand_tilde(&path, env.home(), || format!("the config file ({origin})"))?;
    Ok(FileChoice {
        path: Some(path),
        origin,
    })
}

fn choose_profile(options: &LoadOptions) -> (String, &'static str) {
    let explicit = options
        .profile
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    if let Some(profile) = explicit {
        (profile.to_owned(), "named explicitly")
    } else if let Some(profile) = options.environment.trimmed("OCI_CLI_PROFILE") {
        (profile.to_owned(), "named by OCI_CLI_PROFILE")
    } else {
        (DEFAULT_PROFILE.to_owned(), "the default profile")
    }
}

/// A parsed config file.
struct LoadedFile {
    path: PathBuf,
    ini: ini::Ini,
}

/// Reads and parses `path`; `Ok(None)` if it does not exist.
fn read_config(path: &Path) -> Result<Option<LoadedFile>, ConfigError> {
    let bytes = match crate::files::read_limited(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let text = String::from_utf8(bytes).map_err(|_| ConfigError::Read {
        path: path.to_path_buf(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "the file is not valid UTF-8",
        ),
    })?;
    // The text may hold a pass phrase: wipe it when done.
    let text = SecretString::from_string(text);
    let ini = ini::parse(text.expose_secret()).map_err(|error| ConfigError::Syntax {
        path: path.to_path_buf(),
        line: error.line,
        reason: error.reason,
    })?;
    Ok(Some(LoadedFile {
        path: path.to_path_buf(),
        ini,
    }))
}

/// A non-secret value and where it came from.
struct Found {
    value: String,
    origin: Origin,
}

enum Origin {
    Explicit,
    Env(&'static str),
    File {
        section: String,
        line: usize,
        inherited: bool,
    },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Explicit => f.write_str("given explicitly"),
            Origin::Env(name) => write!(f, "from {name}"),
            Origin::File {
                section,
                line,
                inherited: false,
            } => write!(f, "in [{section}] on line {line}"),
            Origin::File {
                section,
                line,
                inherited: true,
            } => write!(f, "inherited from [{section}] on line {line}"),
        }
    }
}

/// Looks values up in the explicit options, the environment and the profile.
struct Resolver<'a> {
    env: &'a Environment,
    file: Option<&'a LoadedFile>,
    profile: &'a str,
}

impl Resolver<'_> {
    /// The profile's entry for `key`, else `[DEFAULT]`'s.
    fn entry(&self, key: &str) -> Option<(&ini::Section, &ini::Entry)> {
        let ini = &self.file?.ini;
        let own = ini
            .section(self.profile)
            .and_then(|section| Some((section, section.get(key)?)));
        own.or_else(|| {
            let default = ini.section(DEFAULT_PROFILE)?;
            Some((default, default.get(key)?))
        })
    }

    fn in_file(&self, key: &str) -> Option<Found> {
        let (section, entry) = self.entry(key)?;
        let value = entry.value();
        (!value.is_empty()).then(|| Found {
            value: value.to_owned(),
            origin: Origin::File {
                section: section.name().to_owned(),
                line: entry.line(),
                inherited: section.name() != self.profile,
            },
        })
    }

    fn in_env(&self, name: &'static str) -> Option<Found> {
        self.env.trimmed(name).map(|value| Found {
            value: value.to_owned(),
            origin: Origin::Env(name),
        })
    }

    /// Explicit, else the environment variable, else the profile key.
    fn pick(&self, explicit: Option<&str>, var: &'static str, key: &str) -> Option<Found> {
        let explicit = explicit.map(str::trim).filter(|v| !v.is_empty());
        explicit
            .map(|value| Found {
                value: value.to_owned(),
                origin: Origin::Explicit,
            })
            .or_else(|| self.in_env(var))
            .or_else(|| self.in_file(key))
    }

    /// A secret: the environment variable (untrimmed), else the profile key.
    fn secret(&self, var: &str, key: &str) -> Option<SecretString> {
        if let Some(value) = self.env.var(var) {
            return Some(SecretString::from_string(value.to_owned()));
        }
        let (_, entry) = self.entry(key)?;
        let value = entry.value();
        (!value.is_empty()).then(|| SecretString::from_string(value.to_owned()))
    }

    /// A path value with `~` expanded.
    fn path(&self, found: Found, key: &str) -> Result<PathBuf, ConfigError> {
        let Found { value, origin } = found;
        expand_tilde(Path::new(&value), self.env.home(), || {
            format!("`{key}` {origin}")
        })
    }

    fn file_path(&self) -> Option<PathBuf> {
        self.file.map(|file| file.path.clone())
    }

    fn missing(&self, key: &'static str, hint: &'static str) -> ConfigError {
        ConfigError::MissingKey {
            file: self.file_path(),
            profile: self.profile.to_owned(),
            key,
            hint,
        }
    }

    fn invalid(&self, key: &'static str, found: &Found, expected: String) -> ConfigError {
        ConfigError::InvalidValue(Box::new(InvalidValue {
            file: self.file_path(),
            profile: self.profile.to_owned(),
            key,
            origin: found.origin.to_string(),
            value: found.value.clone(),
            expected,
        }))
    }

    /// An OCID-valued key: present and well-formed, or missing.
    fn ocid(&self, key: &'static str, found: Option<Found>) -> Result<Option<String>, ConfigError> {
        match found {
            Some(found) if is_ocid(&found.value) => Ok(Some(found.value)),
            Some(found) => Err(self.invalid(
                key,
                &found,
                format!("expected an OCID such as `ocid1.{key}.oc1..aaaaaaaa…`"),
            )),
            None => Ok(None),
        }
    }
}

/// Builds and validates the configuration from the options and (if any) the file.
fn resolve(
    options: &LoadOptions,
    file: Option<&LoadedFile>,
    profile: &str,
) -> Result<OciConfig, ConfigError> {
    let env = &options.environment;
    let r = Resolver { env, file, profile };

    if let (Some(file), Some((_, entry))) = (file, r.entry("key_content")) {
        return Err(ConfigError::KeyContentInFile {
            path: file.path.clone(),
            profile: profile.to_owned(),
            line: entry.line(),
        });
    }

    let security_token_file = r
        .pick(None, "OCI_CLI_SECURITY_TOKEN_FILE", "security_token_file")
        .map(|found| r.path(found, "security_token_file"))
        .transpose()?;
    let api_key = security_token_file.is_none();

    let user = r.ocid("user", r.pick(None, "OCI_CLI_USER", "user"))?;
    if api_key && user.is_none() {
        return Err(r.missing("user", HINT_USER));
    }

    let fingerprint = match r.pick(None, "OCI_CLI_FINGERPRINT", "fingerprint") {
        Some(found) if is_fingerprint(&found.value) => Some(found.value),
        Some(found) => {
            return Err(r.invalid("fingerprint", &found, EXPECTED_FINGERPRINT.to_owned()));
        }
        None if api_key => return Err(r.missing("fingerprint", HINT_FINGERPRINT)),
        None => None,
    };

    let key = match env.var("OCI_CLI_KEY_CONTENT") {
        Some(pem) if !pem.trim().is_empty() => {
            KeySource::Content(SecretString::from_string(pem.to_owned()))
        }
        _ => match r.pick(None, "OCI_CLI_KEY_FILE", "key_file") {
            Some(found) => KeySource::File(r.path(found, "key_file")?),
            None => return Err(r.missing("key_file", HINT_KEY)),
        },
    };

    let Some(tenancy) = r.ocid("tenancy", r.pick(None, "OCI_CLI_TENANCY", "tenancy"))? else {
        return Err(r.missing("tenancy", HINT_TENANCY));
    };

    let endpoint = options
        .endpoint
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|value| Found {
            value: value.to_owned(),
            origin: Origin::Explicit,
        })
        .or_else(|| r.in_env("OCI_CLI_ENDPOINT"));
    let region = r
        .pick(options.region.as_deref(), "OCI_CLI_REGION", "region")
        .or_else(|| r.in_env("OCI_REGION"));
    match (&endpoint, &region) {
        (Some(found), _) => {
            if let Err(reason) = endpoint::normalize_endpoint(&found.value) {
                return Err(r.invalid("endpoint", found, reason));
            }
        }
        (None, Some(found)) => {
            if let Err(reason) = endpoint::canonical_region(&found.value) {
                return Err(r.invalid("region", found, reason));
            }
        }
        (None, None) => return Err(r.missing("region", HINT_REGION)),
    }

    let cert_bundle = match &options.cert_bundle {
        Some(path) => Some(expand_tilde(path, env.home(), || {
            "`cert_bundle` (given explicitly)".to_owned()
        })?),
        None => r
            .pick(None, "OCI_CLI_CERT_BUNDLE", "cert_bundle")
            .map(|found| r.path(found, "cert_bundle"))
            .transpose()?,
    };

    Ok(OciConfig {
        config_file: r.file_path(),
        profile: profile.to_owned(),
        user,
        fingerprint,
        tenancy,
        region: region.map(|found| found.value),
        key,
        pass_phrase: r.secret("OCI_CLI_PASSPHRASE", "pass_phrase"),
        security_token_file,
        endpoint: endpoint.map(|found| found.value),
        cert_bundle,
        default_realm: env.trimmed("OCI_DEFAULT_REALM").map(str::to_owned),
    })
}

/// Replaces a leading `~` component with `home`; `~user` forms are left alone.
fn expand_tilde(
    path: &Path,
    home: Option<&Path>,
    what: impl FnOnce() -> String,
) -> Result<PathBuf, ConfigError> {
    let Ok(rest) = path.strip_prefix("~") else {
        return Ok(path.to_path_buf());
    };
    let Some(home) = home else {
        return Err(ConfigError::NoHome {
            what: what(),
            path: path.display().to_string(),
        });
    };
    Ok(if rest.as_os_str().is_empty() {
        home.to_path_buf()
    } else {
        home.join(rest)
    })
}

/// `^([0-9a-f]{2}:){15}[0-9a-f]{2}$`
fn is_fingerprint(value: &str) -> bool {
    let pairs: Vec<&str> = value.split(':').collect();
    pairs.len() == 16
        && pairs.iter().all(|pair| {
            pair.len() == 2
                && pair
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// `^([0-9a-zA-Z-_]+[.:])([0-9a-zA-Z-_]*[.:]){3,}([0-9a-zA-Z-_]+)$` (the Python SDK's
/// check of `user` and `tenancy`): at least four `.`/`:` separators, a non-empty first
/// and last segment, and nothing but ASCII letters, digits, `-` and `_` in between.
fn is_ocid(value: &str) -> bool {
    let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':');
    if !value.bytes().all(allowed) {
        return false;
    }
    let segments: Vec<&str> = value.split(['.', ':']).collect();
    match (segments.first(), segments.last()) {
        (Some(first), Some(last)) => segments.len() >= 5 && !first.is_empty() && !last.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints() {
        assert!(is_fingerprint(
            "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7"
        ));
        for bad in [
            "",
            "73:61:A2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7",
            "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5",
            "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7:00",
            "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b",
            "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:bg",
            "7361a22167e0dfbe7e4b931e1598a5b7",
            "73-61-a2-21-67-e0-df-be-7e-4b-93-1e-15-98-a5-b7",
            "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7:",
        ] {
            assert!(!is_fingerprint(bad), "{bad}");
        }
    }

    #[test]
    fn ocids() {
        for ok in [
            "ocid1.tenancy.oc1..aaaa",
            "ocid1.user.oc1..aaaaaaaa_b-c",
            "ocid1.user.oc1.iad.aaaa",
            "a.b.c.d.e",
            "a:b:c:d:e",
            "a....e",
            "ocid1.tenancy.region1..aaaa.bbbb",
        ] {
            assert!(is_ocid(ok), "{ok}");
        }
        for bad in [
            "",
            "aaaa",
            "a.b.c.e",
            ".b.c.d.e",
            "a.b.c.d.",
            "ocid1.user.oc1..aa aa",
            "ocid1.user.oc1..aa/aa",
            "ocid1.user.oc1..ááá",
        ] {
            assert!(!is_ocid(bad), "{bad}");
        }
    }

    #[test]
    fn tilde_expansion() {
        let home = Some(Path::new("/home/u"));
        let expand = |p: &str| expand_tilde(Path::new(p), home, || "x".to_owned()).ok();
        assert_eq!(expand("~"), Some(PathBuf::from("/home/u")));
        assert_eq!(expand("~/k.pem"), Some(PathBuf::from("/home/u/k.pem")));
        assert_eq!(
            expand("~/.oci/k.pem"),
            Some(PathBuf::from("/home/u/.oci/k.pem"))
        );
        assert_eq!(expand("keys/k.pem"), Some(PathBuf::from("keys/k.pem")));
        assert_eq!(expand("/abs/~/k.pem"), Some(PathBuf::from("/abs/~/k.pem")));
        assert_eq!(expand("~other/k.pem"), Some(PathBuf::from("~other/k.pem")));
        let error = expand_tilde(Path::new("~/k.pem"), None, || "`key_file`".to_owned());
        assert_eq!(
            error.map_err(|e| e.to_string()),
            Err(
                "cannot expand `~` in `key_file` `~/k.pem`: no home directory is known \
                 (HOME is not set)"
                    .to_owned()
            )
        );
    }

    fn config(region: Option<&str>, endpoint: Option<&str>) -> OciConfig {
        OciConfig {
            config_file: Some(PathBuf::from("/c")),
            profile: "P".to_owned(),
            user: None,
            fingerprint: None,
            tenancy: "ocid1.tenancy.oc1..aaaa".to_owned(),
            region: region.map(str::to_owned),
            key: KeySource::File(PathBuf::from("k.pem")),
            pass_phrase: None,
            security_token_file: None,
            endpoint: endpoint.map(str::to_owned),
            cert_bundle: None,
            default_realm: Some("oc4".to_owned()),
        }
    }

    #[test]
    fn core_endpoint_errors() {
        let error = config(None, None)
            .core_endpoint()
            .map_err(|e| e.to_string());
        assert_eq!(
            error,
            Err("/c, profile [P]: neither a region nor an endpoint is configured".to_owned())
        );
        let error = config(Some("iad"), Some("ftp://x")).core_endpoint();
        assert!(matches!(error, Err(ConfigError::InvalidEndpoint { .. })));
        let error = config(Some("nowhere"), None).core_endpoint();
        assert!(matches!(error, Err(ConfigError::InvalidRegion { .. })));
        // The realm fallback captured at load time applies to unknown regions only.
        let endpoint = config(Some("xx-new-1"), None).core_endpoint().ok();
        assert_eq!(
            endpoint.as_deref(),
            Some("https://iaas.xx-new-1.oraclegovcloud.uk")
        );
        let endpoint = config(Some("iad"), None).core_endpoint().ok();
        assert_eq!(
            endpoint.as_deref(),
            Some("https://iaas.us-ashburn-1.oraclecloud.com")
        );
    }

    #[test]
    fn environment_treats_empty_as_unset_and_hides_values() {
        let env = Environment::new([("A", ""), ("B", "secret-value"), ("C", "  ")], None);
        assert_eq!(env.var("A"), None);
        assert_eq!(env.var("B"), Some("secret-value"));
        assert_eq!(env.var("C"), Some("  "));
        assert_eq!(env.trimmed("C"), None);
        let debug = format!("{env:?}");
        assert!(debug.contains("\"B\""), "{debug}");
        assert!(!debug.contains("secret-value"), "{debug}");
        assert_eq!(
            Environment::new([("A", "1")], Some(PathBuf::new())).home(),
            None
        );
    }
}
