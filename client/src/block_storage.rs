//! Boot volume backups and boot volumes (OCI Core Services 20160918): the typed client
//! [`BlockStorage`], its compound operations (backups here, restores and cross-region
//! copies in `recovery.rs`), and the generated API ([`Api`], [`types`], [`operations`]).

use std::time::Duration;

use crate::compound::{Parts, Wait, client_methods, wait_setters};
use crate::config::OciConfig;
use crate::connect::{self, ConnectError, Settings, Signing};
use crate::error::{CallExt as _, Error, Resource, WaitError};
use crate::runtime::SharedHooks;
use crate::wait::{WaitOptions, Waiter};

mod recovery;

pub use crate::compound::DEFAULT_MAX_WAIT;
pub use recovery::{CopyBackup, CreateBootVolume, WaitForBootVolume, backup_source};

#[doc(inline)]
pub use core_boot_volume_backups::{
    Client as Api, ClientInfo, Error as ApiError, OPERATIONS, ResponseHeaders, ResponseValue,
    builder, operations, types,
};

use types::{BootVolumeBackup, BootVolumeBackupLifecycleState, CreateBootVolumeBackupDetails};

/// The Core Services client for boot volume backups: the generated [`Api`] with
/// request signing and retries, the [`Settings`] its calls read, and a [`Waiter`] that
/// learns how long backups take. Clones share the connection pool and what was learned.
#[derive(Debug, Clone)]
pub struct BlockStorage {
    parts: Parts<Api>,
    /// The profile it was built from, for clients of other regions (copies).
    profile: Option<Box<OciConfig>>,
    /// The signer and CA bundle it was built with, for clients of other regions when
    /// there is no profile (instance and resource principals).
    signing: Option<(SharedHooks, Option<std::path::PathBuf>)>,
}

impl BlockStorage {
    /// The client for a profile: its endpoint (explicit, or from the region), HTTPS with
    /// the profile's CA bundle, requests signed with its API key or session token and
    /// retried as `settings` say. Everything that can be checked before a request (the
    /// key, its pass phrase and fingerprint, the endpoint) is checked here.
    pub fn from_profile(profile: &OciConfig, settings: Settings) -> Result<Self, ConnectError> {
        let api = connect::core_client(profile, &settings)?;
        let mut client = Self::from_api(api, settings);
        client.profile = Some(Box::new(profile.clone()));
        Ok(client)
    }

    /// A client over a generated [`Api`] built by hand (other hooks, another
    /// transport). It has no profile, so a cross-region copy made with it needs the
    /// destination's client ([`CopyBackup::destination`]).
    pub fn from_api(api: Api, settings: Settings) -> Self {
        Self {
            parts: Parts::new(api, settings),
            profile: None,
            signing: None,
        }
    }

    /// The client for any [`Signing`] (API key, security token, instance or resource
    /// principal: [`connect::signer_for`]), at its endpoint.
    pub fn from_signing(signing: Signing, settings: Settings) -> Result<Self, ConnectError> {
        let signer = signing.signer.shared();
        let api = connect::core_client_with(
            &signing.endpoint,
            signing.cert_bundle.clone(),
            signer.clone(),
            &settings,
        )?;
        let mut client = Self::from_api(api, settings);
        client.profile = signing.profile.map(Box::new);
        client.signing = Some((signer, signing.cert_bundle));
        Ok(client)
    }

    client_methods!();

    /// Every boot volume backup of `compartment_id`, following `opc-next-page`: the list
    /// the fleet waiter polls.
    pub async fn backups_in(&self, compartment_id: &str) -> Result<Vec<BootVolumeBackup>, Error> {
        crate::wait::fleet::list_all(self.api(), compartment_id).await
    }

    /// Creates a boot volume backup; [`CreateBackup::wait_for`] waits for it too.
    pub fn create_backup(&self, details: CreateBootVolumeBackupDetails) -> CreateBackup<'_> {
        CreateBackup {
            details,
            retry_token: crate::random::alphanumeric(self.parts.settings.random.as_ref(), 32),
            targets: Vec::new(),
            wait: self.parts.wait(),
        }
    }

    /// Waits until the backup `id` is `AVAILABLE` (or in the states of
    /// [`WaitForBackup::until`]).
    pub fn wait_for_backup(&self, id: impl Into<String>) -> WaitForBackup<'_> {
        WaitForBackup {
            id: id.into(),
            targets: vec![BootVolumeBackupLifecycleState::Available],
            seen: None,
            wait: self.parts.wait(),
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
            wait: self.parts.wait(),
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

/// A backup to create, and optionally wait for: [`BlockStorage::create_backup`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct CreateBackup<'c> {
    details: CreateBootVolumeBackupDetails,
    retry_token: String,
    targets: Vec<BootVolumeBackupLifecycleState>,
    wait: Wait<'c, Api>,
}

impl CreateBackup<'_> {
    /// The `opc-retry-token` to send on every attempt (one is generated per call
    /// otherwise): the same token within 24 hours never makes a second backup.
    pub fn retry_token(mut self, token: impl Into<String>) -> Self {
        self.retry_token = token.into();
        self
    }

    /// The `opc-retry-token` this create sends: the one given, or the one generated for it.
    /// A create whose outcome is unknown names it in its error
    /// ([`Error::OutcomeUnknown`]); sending the create again with it is safe.
    pub fn token(&self) -> &str {
        &self.retry_token
    }

    /// The details this create would send (to send them another way, with
    /// [`token`](Self::token)).
    pub fn into_details(self) -> CreateBootVolumeBackupDetails {
        self.details
    }

    /// Derives the `opc-retry-token` from a run key and the boot volume
    /// ([`crate::retry::derive_retry_token`]): a job re-run with the same key within 24
    /// hours gets the backup the first run made, not a second one.
    pub fn idempotency_key(mut self, run_key: &str) -> Self {
        self.retry_token =
            crate::retry::derive_retry_token(run_key, self.details.boot_volume_id.as_str());
        self
    }

    /// Waits, after the create, until the backup is in one of `states` (a failure state
    /// from which none can be reached ends the wait at once).
    pub fn wait_for(mut self, states: &[BootVolumeBackupLifecycleState]) -> Self {
        self.targets = states.to_vec();
        self
    }

    wait_setters!();

    /// Creates the backup and, if asked, waits. Returns the backup as created, or as
    /// last seen in a state waited for. Once the backup exists, every error of the wait
    /// carries it ([`WaitError`]: `FailureState`, `ExceededMaxWait`, or `Interrupted` for
    /// any other failure), so its id is never lost.
    pub async fn send(self) -> Result<BootVolumeBackup, Error> {
        ocid(
            "bootVolumeId",
            self.details.boot_volume_id.as_str(),
            &["bootvolume"],
        )?;
        let token = self.retry_token;
        let created = self
            .wait
            .api
            .create_boot_volume_backup()
            .body(self.details)
            .opc_retry_token(token.as_str())
            .call()
            .await
            .map_err(|error| outcome_unknown(error, &token))?
            .into_inner();
        if self.targets.is_empty() {
            return Ok(created);
        }
        let id = created.id.to_string();
        let what = format!("boot volume backup {id}");
        let waited = self
            .wait
            .waiter()
            .boot_volume_backup_in(
                self.wait.api,
                &id,
                &self.targets,
                Some(created.clone()),
                self.wait.max_wait,
            )
            .await
            .map_err(|error| {
                keep_created(error, &what, Resource::BootVolumeBackup(Box::new(created)))
            })?;
        waited.ok_or_else(|| gone(what))
    }
}

/// A create that may have reached the service but got no answer (no connection error
/// before sending, a timeout, a connection lost after sending) as
/// [`Error::OutcomeUnknown`], whose advice names the retry token that makes sending it
/// again safe. Other errors are returned as they are.
fn outcome_unknown(error: Error, token: &str) -> Error {
    let cause = match &error {
        Error::OutcomeUnknown { cause, .. } => cause.clone(),
        Error::Timeout { message, .. } | Error::Transport { message, .. }
            if error.outcome_unknown() =>
        {
            message.clone()
        }
        _ => return error,
    };
    Error::OutcomeUnknown {
        operation: operations::CREATE_BOOT_VOLUME_BACKUP.id.to_owned(),
        cause,
        check: format!(
            "the backup may exist: send the same create again with opc-retry-token \
             `{token}` (within 24 hours the service answers with the backup it made \
             instead of making a second one)"
        ),
    }
}

/// An error of the wait for a resource that exists now, carrying it: the waiter's own
/// outcomes that carry it already as they are, any other failure (a poll's error, the
/// resource not found where it was looked for) as [`WaitError::Interrupted`], so its id
/// is never lost.
fn keep_created(error: Error, what: &str, resource: Resource) -> Error {
    match error {
        Error::Wait(WaitError::NotFound { .. }) => WaitError::Interrupted {
            what: what.to_owned(),
            resource,
            source: std::sync::Arc::new(error),
        }
        .into(),
        Error::Wait(_) => error,
        other => WaitError::Interrupted {
            what: what.to_owned(),
            resource,
            source: std::sync::Arc::new(other),
        }
        .into(),
    }
}

/// The error for a resource waited for that is gone (404) though no target was
/// `TERMINATED`.
fn gone(what: String) -> Error {
    WaitError::NotFound {
        what,
        opc_request_id: None,
    }
    .into()
}

/// A wait for one backup: [`BlockStorage::wait_for_backup`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct WaitForBackup<'c> {
    id: String,
    targets: Vec<BootVolumeBackupLifecycleState>,
    seen: Option<BootVolumeBackup>,
    wait: Wait<'c, Api>,
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

    wait_setters!();

    /// Polls until a state waited for, a failure state, or the maximum wait.
    pub async fn send(self) -> Result<Option<BootVolumeBackup>, Error> {
        ocid("bootVolumeBackupId", &self.id, &["bootvolumebackup"])?;
        self.wait
            .waiter()
            .boot_volume_backup_in(
                self.wait.api,
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
    wait: Wait<'c, Api>,
}

impl WaitForBackups<'_> {
    wait_setters!();

    /// Polls until every backup is `AVAILABLE` (returned in the order of the ids) or the
    /// maximum wait. A backup that fails does not end the wait for the others: once none
    /// is pending the error is [`WaitError::FailureState`] naming the first failed one,
    /// carrying every backup as last seen ([`Resource::BootVolumeBackups`]).
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
                self.wait.api,
                &self.compartment_id,
                &self.ids,
                self.wait.max_wait,
            )
            .await
    }
}
