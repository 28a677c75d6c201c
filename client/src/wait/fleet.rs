//! Waiting for a fleet of boot volume backups with one paged list per poll, on the same
//! schedule and learned durations as a single backup's wait.

use std::time::Duration;

use tracing::{debug, info};

use super::backups::{AVAILABLE, backup_kind, backup_standing};
use super::{Progress, Reading, Standing, Waiter, next_delay, since};
use crate::block_storage::{self, types::BootVolumeBackup};
use crate::deadline;
use crate::error::{CallExt as _, Error, Resource, WaitError};

impl Waiter {
    /// Waits until every backup in `ids` (all in `compartment_id`) is `AVAILABLE`, with
    /// one paged `listBootVolumeBackups` per poll instead of one GET per backup: for a
    /// fleet of N backups, polls cost `ceil(N / 1000)` requests instead of N. Returns the
    /// backups in the order of `ids`. The first backup found in a failure state ends the
    /// wait with [`WaitError::FailureState`]; a backup missing from the list is not found.
    pub async fn boot_volume_backups(
        &self,
        client: &block_storage::Api,
        compartment_id: &str,
        ids: &[String],
        max_wait: Duration,
    ) -> Result<Vec<BootVolumeBackup>, Error> {
        let start = self.clock.now();
        let mut polls = 0u32;
        let mut readings: Vec<Reading> = Vec::new();
        // Each backup of the fleet is expected to take as long as one waited for alone.
        let expected = self
            .options
            .expected_duration
            .or_else(|| self.learned.expected(&backup_kind(&AVAILABLE)));
        loop {
            let elapsed = since(self.clock.as_ref(), start);
            let delay = next_delay(
                &self.options,
                polls,
                &readings,
                elapsed,
                expected,
                self.random.fraction(),
            );
            if elapsed >= max_wait {
                return Err(WaitError::ExceededMaxWait {
                    what: format!("{} boot volume backups", ids.len()),
                    elapsed,
                    polls,
                    last_state: None,
                    resource: None,
                }
                .into());
            }
            self.sleep.sleep(delay.min(max_wait - elapsed)).await;
            polls += 1;
            let listed =
                match deadline::within(start + max_wait, list_all(client, compartment_id)).await {
                    Ok(listed) => listed,
                    Err(error) if error.is_transient() => {
                        debug!(%error, "transient error while listing; waiting on");
                        continue;
                    }
                    Err(error) => return Err(error),
                };
            let mut found = Vec::with_capacity(ids.len());
            let mut least = 100.0f64;
            for id in ids {
                let Some(backup) = listed.iter().find(|b| b.id.as_str() == id) else {
                    return Err(WaitError::NotFound {
                        what: format!("boot volume backup {id}"),
                        opc_request_id: None,
                    }
                    .into());
                };
                match backup_standing(backup, &AVAILABLE) {
                    Standing::Succeeded => {}
                    Standing::Failed { state, errors } => {
                        return Err(WaitError::FailureState {
                            what: format!("boot volume backup {id}"),
                            state,
                            errors,
                            resource: Resource::BootVolumeBackup(Box::new(backup.clone())),
                        }
                        .into());
                    }
                    Standing::Pending { percent, .. } => least = least.min(percent.unwrap_or(0.0)),
                }
                found.push(backup.clone());
            }
            let pending = found
                .iter()
                .filter(|b| !matches!(backup_standing(b, &AVAILABLE), Standing::Succeeded))
                .count();
            if pending == 0 {
                info!(backups = ids.len(), polls, "fleet wait succeeded");
                return Ok(found);
            }
            let elapsed = since(self.clock.as_ref(), start);
            readings.push(Reading {
                at: elapsed,
                percent: least,
            });
            if let Some(callback) = &self.options.on_progress {
                callback(&Progress {
                    what: format!("{} boot volume backups", ids.len()),
                    state: format!("{pending} pending"),
                    percent: Some(least),
                    elapsed,
                    polls,
                });
            }
        }
    }
}

/// Every backup of a compartment, following `opc-next-page`.
async fn list_all(
    client: &block_storage::Api,
    compartment_id: &str,
) -> Result<Vec<BootVolumeBackup>, Error> {
    use crate::block_storage::ResponseHeaders as _;

    let mut all = Vec::new();
    let mut page: Option<String> = None;
    loop {
        let mut request = client
            .list_boot_volume_backups()
            .compartment_id(compartment_id)
            .limit(std::num::NonZeroU64::MIN.saturating_add(999));
        if let Some(page) = &page {
            request = request.page(page.as_str());
        }
        let response = request.call().await?;
        page = response.opc_next_page().map(str::to_owned);
        all.extend(response.into_inner());
        if page.is_none() {
            return Ok(all);
        }
    }
}
