//! Boot volume backups (OCI Core Services 20160918): the typed client [`BlockStorage`],
//! its compound operations, and the generated API ([`Api`], [`types`], [`operations`]).

use std::time::Duration;

use crate::config::OciConfig;
use crate::connect::{self, ConnectError, Settings};
use crate::error::{CallExt as _, Error, WaitError};
use crate::wait::{WaitOptions, Waiter};

#[doc(inline)]
pub use core_boot_volume_backups::{
    Client as Api, Error as ApiError, OPERATIONS, ResponseHeaders, ResponseValue, builder,
    operations, types,
};

use types::{BootVolumeBackup, BootVolumeBackupLifecycleState, CreateBootVolumeBackupDetails};

/// How long a compound operation waits unless told otherwise: 20 minutes, as the OCI
/// CLI's `--max-wait-seconds`.
pub const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(1200);

/// The Core Services client for boot volume backups: the generated [`Api`] with
/// request signing and retries, the [`Settings`] its calls read, and a [`Waiter`] that
/// learns how long backups take. Clones share the connection pool and what was learned.
#[derive(Debug, Clone)]
pub struct BlockStorage {
    api: Api,
    settings: Settings,
    waiter: Waiter,
}

impl BlockStorage {
    /// The client for a profile: its endpoint (explicit, or from the region), HTTPS with
    /// the profile's CA bundle, requests signed with its API key or session token and
    /// retried as `settings` say. Everything that can be checked before a request (the
    /// key, its pass phrase and fingerprint, the endpoint) is checked here.
    pub fn from_profile(profile: &OciConfig, settings: Settings) -> Result<Self, ConnectError> {
        let api = connect::core_client(profile, &settings)?;
        Ok(Self::from_api(api, settings))
    }

    /// A client over a generated [`Api`] built by hand (other hooks, another transport).
    pub fn from_api(api: Api, settings: Settings) -> Self {
        let waiter = Waiter::new(&settings);
        Self {
            api,
            settings,
            waiter,
        }
    }

    /// This client with other wait options for its compound operations.
    pub fn with_wait_options(mut self, options: WaitOptions) -> Self {
        self.waiter = self.waiter.with_options(options);
        self
    }

    /// This client with another waiter (one shared with other clients, so they learn
    /// together).
    pub fn with_waiter(mut self, waiter: Waiter) -> Self {
        self.waiter = waiter;
        self
    }

    /// The generated client: every operation of the spec, signed and retried. Send a
    /// builder with [`crate::CallExt::call`] to get this crate's [`Error`].
    pub fn api(&self) -> &Api {
        &self.api
    }

    /// The settings every call reads.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The waiter of the compound operations (shared by clones of this client).
    pub fn waiter(&self) -> &Waiter {
        &self.waiter
    }

    /// Creates a boot volume backup; [`CreateBackup::wait_for`] waits for it too.
    pub fn create_backup(&self, details: CreateBootVolumeBackupDetails) -> CreateBackup<'_> {
        CreateBackup {
            client: self,
            details,
            retry_token: None,
            targets: Vec::new(),
            wait: Wait::new(self),
        }
    }

    /// Waits until the backup `id` is `AVAILABLE` (or in the states of
    /// [`WaitForBackup::until`]).
    pub fn wait_for_backup(&self, id: impl Into<String>) -> WaitForBackup<'_> {
        WaitForBackup {
            id: id.into(),
            targets: vec![BootVolumeBackupLifecycleState::Available],
            seen: None,
            wait: Wait::new(self),
        }
    }

    /// Waits until every backup in `ids` (all in `compartment_id`) is `AVAILABLE`, with
    /// one paged list per poll instead of one GET per backup.
    pub fn wait_for_backups(
        &self,
        compartment_id: impl Into<String>,
        ids: Vec<String>,
    ) -> WaitForBackups<'_> {
        WaitForBackups {
            compartment_id: compartment_id.into(),
            ids,
            wait: Wait::new(self),
        }
    }
}

/// Refuses `value` for `field` unless it is an OCID of one of `kinds`, before anything is
/// sent.
fn ocid(field: &str, value: &str, kinds: &[&str]) -> Result<(), Error> {
    crate::config::check_ocid(value, kinds).map_err(|rule| Error::InvalidInput {
        field: field.to_owned(),
        rule,
    })
}

/// How a compound operation waits: the client's waiter (or one with other options) and
/// the longest wait.
#[derive(Debug, Clone)]
struct Wait<'c> {
    client: &'c BlockStorage,
    waiter: Option<Waiter>,
    max_wait: Duration,
}

impl<'c> Wait<'c> {
    fn new(client: &'c BlockStorage) -> Self {
        Self {
            client,
            waiter: None,
            max_wait: DEFAULT_MAX_WAIT,
        }
    }

    fn waiter(&self) -> &Waiter {
        self.waiter.as_ref().unwrap_or(&self.client.waiter)
    }

    fn with_options(mut self, options: WaitOptions) -> Self {
        self.waiter = Some(self.client.waiter.clone().with_options(options));
        self
    }
}

/// A backup to create, and optionally wait for: [`BlockStorage::create_backup`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct CreateBackup<'c> {
    client: &'c BlockStorage,
    details: CreateBootVolumeBackupDetails,
    retry_token: Option<String>,
    targets: Vec<BootVolumeBackupLifecycleState>,
    wait: Wait<'c>,
}

impl CreateBackup<'_> {
    /// The `opc-retry-token` to send on every attempt (one is generated per call
    /// otherwise): the same token within 24 hours never makes a second backup.
    pub fn retry_token(mut self, token: impl Into<String>) -> Self {
        self.retry_token = Some(token.into());
        self
    }

    /// Waits, after the create, until the backup is in one of `states` (a failure state
    /// from which none can be reached ends the wait at once).
    pub fn wait_for(mut self, states: &[BootVolumeBackupLifecycleState]) -> Self {
        self.targets = states.to_vec();
        self
    }

    /// The longest wait ([`DEFAULT_MAX_WAIT`] unless set); retries inside a poll end
    /// by it too.
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.wait.max_wait = max_wait;
        self
    }

    /// Waits with these options (progress callback, intervals, expected duration).
    pub fn wait_options(mut self, options: WaitOptions) -> Self {
        self.wait = self.wait.with_options(options);
        self
    }

    /// Creates the backup and, if asked, waits. Returns the backup as created, or as
    /// last seen in a state waited for.
    pub async fn send(self) -> Result<BootVolumeBackup, Error> {
        ocid(
            "bootVolumeId",
            self.details.boot_volume_id.as_str(),
            &["bootvolume"],
        )?;
        let mut request = self
            .client
            .api
            .create_boot_volume_backup()
            .body(self.details);
        if let Some(token) = self.retry_token {
            request = request.opc_retry_token(token);
        }
        let created = request.call().await?.into_inner();
        if self.targets.is_empty() {
            return Ok(created);
        }
        let id = created.id.to_string();
        let waited = self
            .wait
            .waiter()
            .boot_volume_backup_in(
                &self.client.api,
                &id,
                &self.targets,
                Some(created),
                self.wait.max_wait,
            )
            .await?;
        waited.ok_or_else(|| {
            WaitError::NotFound {
                what: format!("boot volume backup {id}"),
                opc_request_id: None,
            }
            .into()
        })
    }
}

/// A wait for one backup: [`BlockStorage::wait_for_backup`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct WaitForBackup<'c> {
    id: String,
    targets: Vec<BootVolumeBackupLifecycleState>,
    seen: Option<BootVolumeBackup>,
    wait: Wait<'c>,
}

impl WaitForBackup<'_> {
    /// The states to wait for (`AVAILABLE` unless set). With `TERMINATED` among them, a
    /// backup that is gone (404) ends the wait with `Ok(None)`.
    pub fn until(mut self, states: &[BootVolumeBackupLifecycleState]) -> Self {
        self.targets = states.to_vec();
        self
    }

    /// The backup as an answer just returned it, judged before the first poll.
    pub fn seen(mut self, backup: BootVolumeBackup) -> Self {
        self.seen = Some(backup);
        self
    }

    /// The longest wait ([`DEFAULT_MAX_WAIT`] unless set).
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.wait.max_wait = max_wait;
        self
    }

    /// Waits with these options.
    pub fn wait_options(mut self, options: WaitOptions) -> Self {
        self.wait = self.wait.with_options(options);
        self
    }

    /// Polls until a state waited for, a failure state, or the maximum wait.
    pub async fn send(self) -> Result<Option<BootVolumeBackup>, Error> {
        ocid("bootVolumeBackupId", &self.id, &["bootvolumebackup"])?;
        self.wait
            .waiter()
            .boot_volume_backup_in(
                &self.wait.client.api,
                &self.id,
                &self.targets,
                self.seen,
                self.wait.max_wait,
            )
            .await
    }
}

/// A wait for a fleet of backups: [`BlockStorage::wait_for_backups`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct WaitForBackups<'c> {
    compartment_id: String,
    ids: Vec<String>,
    wait: Wait<'c>,
}

impl WaitForBackups<'_> {
    /// The longest wait ([`DEFAULT_MAX_WAIT`] unless set).
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.wait.max_wait = max_wait;
        self
    }

    /// Waits with these options.
    pub fn wait_options(mut self, options: WaitOptions) -> Self {
        self.wait = self.wait.with_options(options);
        self
    }

    /// Polls until every backup is `AVAILABLE` (returned in the order of the ids), one
    /// fails, or the maximum wait.
    pub async fn send(self) -> Result<Vec<BootVolumeBackup>, Error> {
        ocid(
            "compartmentId",
            &self.compartment_id,
            &["compartment", "tenancy"],
        )?;
        for id in &self.ids {
            ocid("bootVolumeBackupId", id, &["bootvolumebackup"])?;
        }
        self.wait
            .waiter()
            .boot_volume_backups(
                &self.wait.client.api,
                &self.compartment_id,
                &self.ids,
                self.wait.max_wait,
            )
            .await
    }
}
