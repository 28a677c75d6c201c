//! What every command shares: the global options, the output, the library's
//! [`Settings`], and the OCI configuration, loaded only by the commands that need it.

use oci_backup::auth::jwt;
use oci_backup::auth::security_token::{self, RefreshOptions};
use oci_backup::block_storage::BlockStorage;
use oci_backup::config::{self, ConfigError, Environment, LoadOptions, OciConfig};
use oci_backup::connect::{self, AuthMethod, ConnectError, Settings, Signing};
use oci_backup::retry::RetryPolicy;
use oci_backup::transport::TransportOptions;

use crate::args::GlobalArgs;
use crate::exit::CliError;
use crate::output::{Document, Output};

/// The shared state of one command.
#[derive(Debug)]
pub(crate) struct Context {
    /// The global options.
    pub(crate) global: GlobalArgs,
    /// Where results go.
    pub(crate) output: Output,
    /// Time, sleeping, randomness and retries, for every client and waiter.
    pub(crate) settings: Settings,
    /// The waiter every Core Services client of the command shares, once one is built,
    /// with what earlier runs learned ([`crate::learned`]).
    waiter: std::sync::OnceLock<oci_backup::wait::Waiter>,
}

impl Context {
    /// The context of a command run with `global`.
    pub(crate) fn new(global: GlobalArgs) -> Self {
        let retry = match (global.no_retry, global.max_retries) {
            (true, _) => RetryPolicy::none(),
            (false, Some(retries)) => RetryPolicy::default().with_max_attempts(retries + 1),
            (false, None) => RetryPolicy::default(),
        };
        Self {
            output: Output::new(global.output, global.query.clone(), global.raw_output),
            global,
            settings: Settings::default().with_retry(retry),
            waiter: std::sync::OnceLock::new(),
        }
    }

    /// Loads the profile as the OCI CLI would: the flags, then the `OCI_CLI_*`
    /// variables, then the config file. Errors name the flag they are about.
    pub(crate) fn load_config(&self) -> Result<OciConfig, CliError> {
        config::load(&self.load_options()).map_err(|error| config_error(error, &self.global))
    }

    /// What the flags say about the configuration, with the process environment.
    fn load_options(&self) -> LoadOptions {
        let global = &self.global;
        let mut options = LoadOptions::from_process();
        if let Some(path) = &global.config_file {
            options = options.with_config_file(path);
        }
        if let Some(profile) = &global.profile {
            options = options.with_profile(profile);
        }
        if let Some(region) = &global.region {
            options = options.with_region(region);
        }
        if let Some(endpoint) = &global.endpoint {
            options = options.with_endpoint(endpoint);
        }
        if let Some(path) = &global.cert_bundle {
            options = options.with_cert_bundle(path);
        }
        options
    }

    /// The signer `--auth` (else `OCI_CLI_AUTH`, else the API key) chooses, and its
    /// endpoint.
    pub(crate) async fn signing(&self) -> Result<Signing, CliError> {
        let options = self.load_options();
        let method = AuthMethod::choose(self.global.auth.as_deref(), &options.environment)
            .map_err(|error| CliError::input("--auth", error.to_string()))?;
        match connect::signer_for(method, &options, self.settings.clock.clone()).await {
            Ok(signing) => Ok(signing),
            Err(ConnectError::Config(error)) => Err(config_error(error, &self.global)),
            Err(ConnectError::MissingSecurityToken { profile }) => Err(CliError::input(
                "--auth",
                ConnectError::MissingSecurityToken { profile }.to_string(),
            )),
            Err(other) => Err(other.into()),
        }
    }

    /// The Core Services client of the chosen authentication method, with the waiter
    /// every client of this command shares (what it learned is loaded from, and saved to,
    /// the learned-waits file).
    pub(crate) async fn block_storage(&self) -> Result<BlockStorage, CliError> {
        let signing = self.signing().await?;
        tracing::debug!(endpoint = %signing.endpoint, "Core Services client ready");
        let client = BlockStorage::from_signing(signing, self.settings.clone())?;
        let waiter = self.waiter.get_or_init(|| {
            let waiter = client.waiter().clone();
            if let Some(path) = self.learned_path() {
                crate::learned::load(&path, &waiter);
            }
            waiter
        });
        Ok(client.with_waiter(waiter.clone()))
    }

    /// `session refresh`: the profile's session token, refreshed into its file.
    pub(crate) async fn refresh_session(&self) -> Result<(), CliError> {
        let profile = self.load_config()?;
        let mut options = RefreshOptions::new(Environment::from_process());
        options.transport = self.transport();
        let refreshed = security_token::refresh(&profile, &options, self.settings.clock.clone())
            .await
            .map_err(|source| CliError::Api(ConnectError::Principal(source).into()))?;
        let document = Document::data(&serde_json::json!({
            "security-token-file": refreshed.path.display().to_string(),
            "expires-at": refreshed.expires_at.map(jwt::rfc3339),
        }))?;
        self.output.print(&document)
    }

    /// Where learned wait durations are kept, unless `--no-learned-waits`.
    fn learned_path(&self) -> Option<std::path::PathBuf> {
        if self.global.no_learned_waits {
            return None;
        }
        crate::learned::path()
    }

    /// Keeps what this command's waits learned for the next run.
    pub(crate) fn keep_learned(&self) {
        if let (Some(waiter), Some(path)) = (self.waiter.get(), self.learned_path()) {
            crate::learned::save(&path, waiter);
        }
    }

    /// The transport options of clients not built from a profile (`--cert-bundle`).
    pub(crate) fn transport(&self) -> TransportOptions {
        match &self.global.cert_bundle {
            Some(path) => TransportOptions::default().with_cert_bundle(path),
            None => TransportOptions::default(),
        }
    }
}

/// A configuration error as invalid input, naming the flag that leads to it.
fn config_error(error: ConfigError, global: &GlobalArgs) -> CliError {
    if let ConfigError::NotUnicode { variable } = &error {
        return CliError::input(variable.clone(), "the value is not valid UTF-8");
    }
    let flag = match &error {
        ConfigError::ProfileNotFound { .. } => "--profile",
        ConfigError::InvalidEndpoint { .. } => "--endpoint",
        ConfigError::InvalidRegion { .. } => "--region",
        ConfigError::InvalidValue(invalid) if invalid.key == "endpoint" => "--endpoint",
        ConfigError::InvalidValue(invalid) if invalid.key == "region" => "--region",
        ConfigError::MissingKey { .. } | ConfigError::InvalidValue(_)
            if global.profile.is_some() =>
        {
            "--profile"
        }
        _ => "--config-file",
    };
    CliError::input(flag, error.to_string())
}
