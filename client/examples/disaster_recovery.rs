//! Disaster recovery: back up a boot volume, copy the backup to another region and wait
//! for the copy there, then restore a boot volume in that region from the copy and wait
//! until it is AVAILABLE and hydrated.
//!
//! Shows `BlockStorage::copy_backup(..).wait_for(..)`, which reads the copy where it
//! lands (its id belongs to the destination region), `for_region` for a client of the
//! destination with the same profile, and `create_boot_volume(..).until_hydrated()`.
//!
//! Runs offline against the embedded fake server, serving two regions on two ports
//! (backups and restores take 3 s there):
//!
//! ```sh
//! cargo run -p oci-backup --example disaster_recovery
//! ```
//!
//! With a real account, use your `~/.oci/config` and drop `destination_endpoint` and the
//! endpoint given to `for_region`: both are derived from the region.

use std::error::Error;
use std::time::Duration;

use oci_backup::Settings;
use oci_backup::block_storage::types::{
    BootVolumeBackupLifecycleState as BackupState, CopyBootVolumeBackupDetails,
    CreateBootVolumeBackupDetails, CreateBootVolumeDetails,
};
use oci_backup::block_storage::{BlockStorage, backup_source};
use oci_backup_fake::FakeConfig;

const HOME: &str = "us-ashburn-1";
const RECOVERY: &str = "us-phoenix-1";

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let seconds = Duration::from_secs(3);
    let sandbox = oci_backup_fake::Sandbox::start_with(
        FakeConfig::default()
            .with_regions([HOME, RECOVERY])
            .with_backup_duration(seconds)
            .with_volume_duration(seconds, seconds),
    )
    .await?;
    let recovery_endpoint = sandbox.server().region_url(RECOVERY).ok_or("no region")?;
    let storage = BlockStorage::from_profile(sandbox.profile(), Settings::default())?;

    // 1. Back up, in the home region.
    let details: CreateBootVolumeBackupDetails = serde_json::from_value(serde_json::json!({
        "bootVolumeId": "ocid1.bootvolume.oc1.iad.example",
        "compartmentId": "ocid1.compartment.oc1..example",
        "displayName": "web01-nightly",
    }))?;
    let backup = storage
        .create_backup(details)
        .wait_for(&[BackupState::Available])
        .send()
        .await?;
    println!(
        "backup {} is {}",
        backup.id.as_str(),
        backup.lifecycle_state
    );

    // 2. Copy it to the recovery region, and wait for the copy there.
    let copy = storage
        .copy_backup(
            backup.id.as_str(),
            CopyBootVolumeBackupDetails::builder()
                .destination_region(RECOVERY)
                .try_into()?,
        )
        .destination_endpoint(recovery_endpoint)
        .wait_for(&[BackupState::Available])
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    println!(
        "copy {} is {} in {RECOVERY}",
        copy.id.as_str(),
        copy.lifecycle_state
    );

    // 3. Restore a boot volume in the recovery region from the copy; wait until it is
    //    AVAILABLE and all its data has been pulled from the backup.
    let recovery = storage.for_region(RECOVERY, Some(recovery_endpoint))?;
    let restore: CreateBootVolumeDetails = CreateBootVolumeDetails::builder()
        .compartment_id(copy.compartment_id.as_str())
        .availability_domain(Some("Uocm:PHX-AD-1".parse()?))
        .display_name(Some("web01-restored".parse()?))
        .source_details(backup_source(copy.id.as_str())?)
        .try_into()?;
    let volume = recovery
        .create_boot_volume(restore)
        .until_hydrated()
        .send()
        .await?;
    println!(
        "boot volume {} is {} (hydrated: {})",
        volume.id,
        volume.lifecycle_state,
        volume.is_hydrated.unwrap_or(false)
    );
    sandbox.shutdown().await;
    Ok(())
}
