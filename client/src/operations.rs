//! Compound operations: a call that starts something, and the wait for it to finish.
//!
//! - [`create_boot_volume_backup_and_wait`]: create a backup (with one retry token for all
//!   attempts) and wait until it is `AVAILABLE`.
//! - [`create_snapshot_and_wait`]: create or register a snapshot, wait for its work
//!   request, and return the snapshot (found by name: the create does not return its id).
//! - [`restore_snapshot_and_wait`]: restore and wait for the work request.

use std::time::Duration;

use crate::analytics::types::{NewSnapshot, RestoreSnapshotDetails, Snapshot, WorkRequest};
use crate::analytics::{self, ResponseHeaders as _};
use crate::core;
use crate::core::types::{BootVolumeBackup, CreateBootVolumeBackupDetails};
use crate::error::{ApiResultExt as _, Error};
use crate::wait::Waiter;

/// Creates a boot volume backup and waits until it is `AVAILABLE`.
///
/// `retry_token` is sent as `opc-retry-token` on every attempt (one is generated when
/// `None`), so retrying after a lost answer never makes a second backup.
pub async fn create_boot_volume_backup_and_wait(
    client: &core::Client,
    details: CreateBootVolumeBackupDetails,
    retry_token: Option<&str>,
    waiter: &Waiter,
    max_wait: Duration,
) -> Result<BootVolumeBackup, Error> {
    let mut request = client.create_boot_volume_backup().body(details);
    if let Some(token) = retry_token {
        request = request.opc_retry_token(token);
    }
    let created = request
        .send()
        .await
        .for_operation("createBootVolumeBackup")?
        .into_inner();
    let id = created.id.to_string();
    waiter
        .boot_volume_backup(client, &id, Some(created), max_wait)
        .await
}

/// Creates (`CREATE`) or registers (`REGISTER`) a snapshot, waits for its work request to
/// succeed, and returns the snapshot, found in the list by its name.
pub async fn create_snapshot_and_wait(
    client: &analytics::Client,
    request: NewSnapshot,
    waiter: &Waiter,
    max_wait: Duration,
) -> Result<Snapshot, Error> {
    let name = match &request {
        NewSnapshot::Create { name, .. } | NewSnapshot::Register { name, .. } => name.clone(),
    };
    let accepted = client
        .create_snapshot()
        .body(request)
        .send()
        .await
        .for_operation("createSnapshot")?;
    let id = accepted
        .oa_work_request_id()
        .map(str::to_owned)
        .unwrap_or_else(|| accepted.work_request_id.clone());
    waiter.work_request(client, &id, max_wait).await?;
    let snapshots = client
        .list_snapshots()
        .send()
        .await
        .for_operation("listSnapshots")?
        .into_inner();
    snapshots
        .items
        .into_iter()
        .find(|snapshot| snapshot.name == name)
        .ok_or_else(|| Error::InvalidResponse {
            operation: "listSnapshots".into(),
            message: format!(
                "work request {id} succeeded, but no snapshot named `{name}` is listed"
            ),
        })
}

/// Restores a snapshot and waits for the work request to succeed.
pub async fn restore_snapshot_and_wait(
    client: &analytics::Client,
    details: RestoreSnapshotDetails,
    waiter: &Waiter,
    max_wait: Duration,
) -> Result<WorkRequest, Error> {
    let accepted = client
        .restore_snapshot()
        .body(details)
        .send()
        .await
        .for_operation("restoreSnapshot")?;
    let id = accepted
        .oa_work_request_id()
        .map(str::to_owned)
        .ok_or_else(|| Error::InvalidResponse {
            operation: "restoreSnapshot".into(),
            message: "the 202 answer has no oa-work-request-id header".into(),
        })?;
    waiter.work_request(client, &id, max_wait).await
}
