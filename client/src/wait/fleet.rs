//! Waiting for a fleet of boot volume backups with one paged list per poll, through the
//! same polling loop, schedule and learned durations as a single backup's wait.

use std::time::Duration;

use super::backups::{AVAILABLE, backup_kind, backup_standing};
use super::{NotFound, Standing, Waiter, Watched};
use crate::block_storage::{self, types::BootVolumeBackup};
use crate::error::{CallExt as _, Error, Resource, WaitError};

impl Waiter {
    /// Waits until every backup in `ids` (all in `compartment_id`) is `AVAILABLE`, with
    /// one paged `listBootVolumeBackups` per poll instead of one GET per backup: for a
    /// fleet of N backups, polls cost `ceil(N / 1000)` requests instead of N. Returns the
    /// backups in the order of `ids`. A backup in a failure state (`FAULTY`,
    /// `TERMINATING`, `TERMINATED`) does not end the wait for the others: once none is
    /// pending, the wait ends with [`WaitError::FailureState`] naming the first failed
    /// backup, its resource the whole fleet as last seen
    /// ([`Resource::BootVolumeBackups`], in the order of `ids`), so each member's final
    /// state is known. A backup missing from the list is not found. The fleet is expected
    /// to take as long as one backup, and a wait that saw it from 0% teaches the waiter
    /// that duration.
    pub async fn boot_volume_backups(
        &self,
        client: &block_storage::Api,
        compartment_id: &str,
        ids: &[String],
        max_wait: Duration,
    ) -> Result<Vec<BootVolumeBackup>, Error> {
        let what = format!("{} boot volume backups", ids.len());
        let fetch = || async {
            let listed = list_all(client, compartment_id).await?;
            ids.iter()
                .map(|id| {
                    listed
                        .iter()
                        .find(|b| b.id.as_str() == id)
                        .cloned()
                        .ok_or_else(|| {
                            WaitError::NotFound {
                                what: format!("boot volume backup {id}"),
                                opc_request_id: None,
                            }
                            .into()
                        })
                })
                .collect::<Result<Vec<_>, Error>>()
        };
        let watched = Watched {
            what: &what,
            kind: |_: &Vec<BootVolumeBackup>| backup_kind(&AVAILABLE),
            standing: fleet_standing,
            resource: Resource::BootVolumeBackups,
        };
        let not_found = NotFound {
            grace: Duration::ZERO,
            is_success: false,
        };
        let waited = self.poll(watched, None, fetch, not_found, max_wait).await?;
        Ok(waited.unwrap_or_default())
    }
}

/// A fleet succeeds when every backup has; a backup in a failure state is settled (it
/// will not become `AVAILABLE`) but does not end the wait for the others: the fleet fails
/// once nothing is pending and some backup failed, naming the first (and how many more).
/// Until then it is as far along as its least advanced pending backup.
fn fleet_standing(fleet: &Vec<BootVolumeBackup>) -> Standing {
    let mut pending = 0usize;
    let mut least = 100.0f64;
    let mut failed: Vec<(String, String, Vec<String>)> = Vec::new();
    for backup in fleet {
        match backup_standing(backup, &AVAILABLE) {
            Standing::Succeeded { .. } => {}
            Standing::Failed { state, errors, .. } => {
                failed.push((backup.id.to_string(), state, errors));
            }
            Standing::Pending { percent, .. } => {
                pending += 1;
                least = least.min(percent.unwrap_or(0.0));
            }
        }
    }
    if pending > 0 {
        let state = match failed.len() {
            0 => format!("{pending} pending"),
            n => format!("{pending} pending, {n} failed"),
        };
        return Standing::Pending {
            state,
            percent: Some(least),
        };
    }
    let more = failed.len().saturating_sub(1);
    match failed.into_iter().next() {
        None => Standing::Succeeded {
            state: format!("{} AVAILABLE", fleet.len()),
            percent: Some(100.0),
        },
        Some((id, state, errors)) => Standing::Failed {
            state,
            errors,
            member: Some(match more {
                0 => format!("boot volume backup {id}"),
                n => format!("boot volume backup {id} (and {n} more failed)"),
            }),
        },
    }
}

/// Every backup of a compartment, following `opc-next-page` (pages of 1,000) with
/// [`crate::paging::follow_pages`]; also [`crate::block_storage::BlockStorage::backups_in`].
pub(crate) async fn list_all(
    client: &block_storage::Api,
    compartment_id: &str,
) -> Result<Vec<BootVolumeBackup>, Error> {
    use crate::block_storage::operations::LIST_BOOT_VOLUME_BACKUPS;
    use crate::paging::{Page, follow_pages};

    let listed = follow_pages(&LIST_BOOT_VOLUME_BACKUPS, None, true, |page| async move {
        let mut request = client
            .list_boot_volume_backups()
            .compartment_id(compartment_id)
            .limit(std::num::NonZeroU64::MIN.saturating_add(999));
        if let Some(page) = page {
            request = request.page(page);
        }
        Ok(Page::from_response(request.call().await?))
    })
    .await?;
    Ok(listed.items)
}
