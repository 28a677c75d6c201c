//! Disaster recovery on [`BlockStorage`]: restore (or clone) a boot volume and wait until
//! it is `AVAILABLE` (optionally hydrated); copy a backup to another region and wait for
//! the copy where it lands.
//!
//! A copy's id belongs to the destination region: waiting for it through the source
//! region's endpoint never sees it (the cause of tools that hang on cross-region
//! copies). So the wait reads it through a client of the destination region, built from
//! the same profile and credentials, with the endpoint derived from the region or the
//! one given for it ([`CopyBackup::destination_endpoint`], as a Private Cloud Appliance
//! or a test server needs).

use std::time::Duration;

#[cfg(doc)]
use super::DEFAULT_MAX_WAIT;
use super::types::{
    BootVolume, BootVolumeBackup, BootVolumeBackupLifecycleState, BootVolumeLifecycleState,
    BootVolumeSourceDetails, CopyBootVolumeBackupDetails, CreateBootVolumeDetails,
};
use super::{Api, BlockStorage, WaitOptions, gone, keep_created, ocid};
use crate::compound::{Wait, wait_setters};
use crate::connect::{self, ConnectError};
use crate::error::{CallExt as _, Error, Resource};

impl BlockStorage {
    /// Creates a boot volume: restored from a backup (see [`backup_source`]), cloned from
    /// a volume, or from a replica or the delta of two backups, as `details.source_details`
    /// says; [`CreateBootVolume::wait_for`] waits for it too.
    pub fn create_boot_volume(&self, details: CreateBootVolumeDetails) -> CreateBootVolume<'_> {
        CreateBootVolume {
            details,
            retry_token: None,
            targets: Vec::new(),
            hydrated: false,
            wait: self.parts.wait(),
        }
    }

    /// Waits until the boot volume `id` is `AVAILABLE` (or in the states of
    /// [`WaitForBootVolume::until`]).
    pub fn wait_for_boot_volume(&self, id: impl Into<String>) -> WaitForBootVolume<'_> {
        WaitForBootVolume {
            id: id.into(),
            targets: vec![BootVolumeLifecycleState::Available],
            hydrated: false,
            seen: None,
            wait: self.parts.wait(),
        }
    }

    /// Copies the backup `backup_id` (in this client's region) to
    /// `details.destination_region`; [`CopyBackup::wait_for`] waits for the copy there.
    pub fn copy_backup(
        &self,
        backup_id: impl Into<String>,
        details: CopyBootVolumeBackupDetails,
    ) -> CopyBackup<'_> {
        CopyBackup {
            source: self,
            backup_id: backup_id.into(),
            details,
            retry_token: None,
            targets: Vec::new(),
            endpoint: None,
            destination: None,
            wait: self.parts.wait(),
        }
    }

    /// A client of `region` with this client's profile (credentials, CA bundle) and
    /// settings, sharing its waiter: the endpoint is `endpoint` when given (a Private
    /// Cloud Appliance, a test server), otherwise derived from the region
    /// (`https://iaas.{region}.{realm domain}`); this client's own endpoint is never
    /// reused for another region. Fails for a client built with
    /// [`BlockStorage::from_api`] (it has no profile), or a region that is not one.
    pub fn for_region(&self, region: &str, endpoint: Option<&str>) -> Result<Self, Error> {
        let region = canonical("region", region)?;
        if self.profile.is_none()
            && let Some((signer, cert_bundle)) = &self.signing
        {
            // A principal: the same signer, at the region's endpoint (or the one given).
            let endpoint = crate::config::core_endpoint(
                endpoint,
                &region,
                &crate::config::Environment::from_process(),
            )
            .map_err(ConnectError::Config)?;
            let api = connect::core_client_with(
                &endpoint,
                cert_bundle.clone(),
                signer.clone(),
                self.settings(),
            )?;
            return Ok(
                Self::from_api(api, self.settings().clone()).with_waiter(self.waiter().clone())
            );
        }
        let Some(profile) = &self.profile else {
            return Err(Error::InvalidInput {
                field: "destination".into(),
                rule: format!(
                    "this client was built from an API, not a profile, so no client of \
                     `{region}` can be derived from it: give one with `destination`"
                ),
            });
        };
        let mut profile = (**profile).clone();
        profile.region = Some(region);
        profile.endpoint = endpoint.map(str::to_owned);
        let client = Self::from_profile(&profile, self.settings().clone())?;
        Ok(client.with_waiter(self.waiter().clone()))
    }
}

/// The region identifier `value` stands for (a short code such as `phx` expanded), or an
/// error naming `field`.
fn canonical(field: &str, value: &str) -> Result<String, Error> {
    crate::config::canonical_region(value).map_err(|reason| Error::InvalidInput {
        field: field.to_owned(),
        rule: format!("`{}`: {reason}", crate::error::excerpt(value, 40)),
    })
}

/// The source of a restore from the backup `backup_id`, its OCID checked.
pub fn backup_source(backup_id: &str) -> Result<BootVolumeSourceDetails, Error> {
    ocid("sourceDetails.id", backup_id, &["bootvolumebackup"])?;
    Ok(BootVolumeSourceDetails::BootVolumeBackup {
        id: backup_id.parse().map_err(|e| Error::InvalidInput {
            field: "sourceDetails.id".into(),
            rule: format!("{e}"),
        })?,
    })
}

/// Refuses a source whose OCIDs are not of the right kind, or a delta's block size that
/// is not a power of 2 from 4096 to 1048576, before anything is sent.
fn check_source(source: &BootVolumeSourceDetails) -> Result<(), Error> {
    match source {
        BootVolumeSourceDetails::BootVolumeBackup { id } => {
            ocid("sourceDetails.id", id, &["bootvolumebackup"])
        }
        BootVolumeSourceDetails::BootVolume { id } => ocid("sourceDetails.id", id, &["bootvolume"]),
        BootVolumeSourceDetails::BootVolumeReplica { id } => {
            ocid("sourceDetails.id", id, &["bootvolumereplica"])
        }
        BootVolumeSourceDetails::BootVolumeBackupDelta {
            change_block_size_in_bytes,
            first_backup_id,
            second_backup_id,
        } => {
            ocid(
                "sourceDetails.firstBackupId",
                first_backup_id,
                &["bootvolumebackup"],
            )?;
            ocid(
                "sourceDetails.secondBackupId",
                second_backup_id,
                &["bootvolumebackup"],
            )?;
            // Absent: the service uses 4096.
            let Some(size) = *change_block_size_in_bytes else {
                return Ok(());
            };
            if (4096..=1_048_576).contains(&size) && (size as u64).is_power_of_two() {
                Ok(())
            } else {
                Err(Error::InvalidInput {
                    field: "sourceDetails.changeBlockSizeInBytes".into(),
                    rule: format!("{size} is not a power of 2 from 4096 to 1048576"),
                })
            }
        }
        // A source type this version does not know (one read from a response, or added to
        // the generated enum later): the generated builder refuses an `UnknownValue`
        // before sending, naming it.
        _ => Ok(()),
    }
}

/// A boot volume to create, and optionally wait for: [`BlockStorage::create_boot_volume`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct CreateBootVolume<'c> {
    details: CreateBootVolumeDetails,
    retry_token: Option<String>,
    targets: Vec<BootVolumeLifecycleState>,
    hydrated: bool,
    wait: Wait<'c, Api>,
}

impl CreateBootVolume<'_> {
    /// The `opc-retry-token` to send on every attempt (one is generated per call
    /// otherwise): the same token within 24 hours never makes a second volume.
    pub fn retry_token(mut self, token: impl Into<String>) -> Self {
        self.retry_token = Some(token.into());
        self
    }

    /// Waits, after the create, until the volume is in one of `states` (`FAULTY`, or any
    /// state from which none can be reached, ends the wait at once with the volume).
    pub fn wait_for(mut self, states: &[BootVolumeLifecycleState]) -> Self {
        self.targets = states.to_vec();
        self
    }

    /// Waits until the volume is hydrated too (`isHydrated`: all its data pulled from the
    /// backup), after `AVAILABLE` unless [`CreateBootVolume::wait_for`] says otherwise.
    pub fn until_hydrated(mut self) -> Self {
        self.hydrated = true;
        self
    }

    wait_setters!();

    /// Creates the volume and, if asked, waits. Returns the volume as created, or as last
    /// seen in a state waited for. Once the volume exists, every error of the wait
    /// carries it ([`WaitError`](crate::WaitError): `FailureState`, `ExceededMaxWait`, or
    /// `Interrupted` for any other failure).
    pub async fn send(self) -> Result<BootVolume, Error> {
        ocid(
            "compartmentId",
            self.details.compartment_id.as_str(),
            &["compartment", "tenancy"],
        )?;
        check_source(&self.details.source_details)?;
        let mut request = self.wait.api.create_boot_volume().body(self.details);
        if let Some(token) = self.retry_token {
            request = request.opc_retry_token(token);
        }
        let created = request.call().await?.into_inner();
        let mut targets = self.targets;
        if targets.is_empty() {
            if !self.hydrated {
                return Ok(created);
            }
            targets.push(BootVolumeLifecycleState::Available);
        }
        let id = created.id.clone();
        let what = format!("boot volume {id}");
        let waited = self
            .wait
            .waiter()
            .boot_volume_in(
                self.wait.api,
                &id,
                &targets,
                self.hydrated,
                Some(created.clone()),
                self.wait.max_wait,
            )
            .await
            .map_err(|error| keep_created(error, &what, Resource::BootVolume(Box::new(created))))?;
        waited.ok_or_else(|| gone(what))
    }
}

/// A wait for one boot volume: [`BlockStorage::wait_for_boot_volume`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct WaitForBootVolume<'c> {
    id: String,
    targets: Vec<BootVolumeLifecycleState>,
    hydrated: bool,
    seen: Option<BootVolume>,
    wait: Wait<'c, Api>,
}

impl WaitForBootVolume<'_> {
    /// The states to wait for (`AVAILABLE` unless set). With `TERMINATED` among them, a
    /// volume that is gone (404) ends the wait with `Ok(None)`.
    pub fn until(mut self, states: &[BootVolumeLifecycleState]) -> Self {
        self.targets = states.to_vec();
        self
    }

    /// Waits until the volume is hydrated too.
    pub fn until_hydrated(mut self) -> Self {
        self.hydrated = true;
        self
    }

    /// The volume as an answer just returned it, judged before the first poll.
    pub fn seen(mut self, volume: BootVolume) -> Self {
        self.seen = Some(volume);
        self
    }

    wait_setters!();

    /// Polls until a state waited for, a failure state, or the maximum wait.
    pub async fn send(self) -> Result<Option<BootVolume>, Error> {
        ocid("bootVolumeId", &self.id, &["bootvolume"])?;
        self.wait
            .waiter()
            .boot_volume_in(
                self.wait.api,
                &self.id,
                &self.targets,
                self.hydrated,
                self.seen,
                self.wait.max_wait,
            )
            .await
    }
}

/// A backup to copy to another region, and optionally wait for there:
/// [`BlockStorage::copy_backup`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct CopyBackup<'c> {
    source: &'c BlockStorage,
    backup_id: String,
    details: CopyBootVolumeBackupDetails,
    retry_token: Option<String>,
    targets: Vec<BootVolumeBackupLifecycleState>,
    endpoint: Option<String>,
    destination: Option<BlockStorage>,
    wait: Wait<'c, Api>,
}

impl CopyBackup<'_> {
    /// The `opc-retry-token` to send on every attempt (one is generated per call
    /// otherwise): the same token within 24 hours never makes a second copy.
    pub fn retry_token(mut self, token: impl Into<String>) -> Self {
        self.retry_token = Some(token.into());
        self
    }

    /// Waits, after the copy request, until the copy is in one of `states`, reading it
    /// in the destination region (`FAULTY`, or any state from which none can be
    /// reached, ends the wait at once with the copy).
    pub fn wait_for(mut self, states: &[BootVolumeBackupLifecycleState]) -> Self {
        self.targets = states.to_vec();
        self
    }

    /// The Core Services endpoint of the destination region (a Private Cloud Appliance,
    /// a test server); derived from the region otherwise.
    pub fn destination_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// The client to read the copy with (its region must be the destination's); derived
    /// from the source client's profile otherwise ([`BlockStorage::for_region`]).
    pub fn destination(mut self, client: BlockStorage) -> Self {
        self.destination = Some(client);
        self
    }

    wait_setters!();

    /// Sends the copy request to the source region and, if asked, waits for the copy
    /// in the destination region. Returns the copy (whose id belongs to the destination
    /// region) as created, or as last seen in a state waited for. Everything that can be
    /// refused (the backup's OCID, the region, the destination client) is refused before
    /// the request; once the copy exists, every error of the wait carries it.
    pub async fn send(mut self) -> Result<BootVolumeBackup, Error> {
        ocid("bootVolumeBackupId", &self.backup_id, &["bootvolumebackup"])?;
        let region = canonical(
            "destinationRegion",
            self.details.destination_region.as_str(),
        )?;
        if region != self.details.destination_region.as_str() {
            self.details.destination_region = region.parse().map_err(|e| Error::InvalidInput {
                field: "destinationRegion".into(),
                rule: format!("{e}"),
            })?;
        }
        let destination = match (self.targets.is_empty(), self.destination) {
            (true, _) => None,
            (false, Some(client)) => Some(client),
            (false, None) => Some(self.source.for_region(&region, self.endpoint.as_deref())?),
        };
        let mut request = self
            .wait
            .api
            .copy_boot_volume_backup()
            .boot_volume_backup_id(self.backup_id.as_str())
            .body(self.details);
        if let Some(token) = self.retry_token {
            request = request.opc_retry_token(token);
        }
        let copy = request.call().await?.into_inner();
        let Some(destination) = destination else {
            return Ok(copy);
        };
        let id = copy.id.to_string();
        let what = format!("boot volume backup {id} (copy in {region})");
        let waited = self
            .wait
            .waiter()
            .boot_volume_backup_in(
                destination.api(),
                &id,
                &self.targets,
                Some(copy.clone()),
                self.wait.max_wait,
            )
            .await
            .map_err(|error| {
                keep_created(error, &what, Resource::BootVolumeBackup(Box::new(copy)))
            })?;
        waited.ok_or_else(|| gone(what))
    }
}
