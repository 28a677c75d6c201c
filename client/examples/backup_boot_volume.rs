//! Back up a boot volume, watch it progress, list the compartment's backups, then delete
//! the backup and wait until it is gone.
//!
//! Shows `BlockStorage::create_backup(..).wait_for(..)` with a progress callback
//! (`WaitOptions::with_progress`), a paged list through the generated API, and
//! `wait_for_backup(id).until(&[Terminated])` after a delete.
//!
//! Runs offline against the embedded fake server (backups take 3 s there):
//!
//! ```sh
//! cargo run -p oci-backup --example backup_boot_volume
//! ```
//!
//! With a real account, replace the sandbox's profile with your `~/.oci/config`:
//! `oci_backup::config::load(&oci_backup::config::LoadOptions::from_process())?`.

use std::error::Error;
use std::sync::Arc;
use std::time::Duration;

use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::{
    BootVolumeBackupLifecycleState as State, CreateBootVolumeBackupDetails,
};
use oci_backup::wait::{Progress, WaitOptions};
use oci_backup::{CallExt as _, Settings};

const COMPARTMENT: &str = "ocid1.compartment.oc1..example";

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let sandbox = oci_backup_fake::Sandbox::start().await?;
    let storage = BlockStorage::from_profile(sandbox.profile(), Settings::default())?;

    // Create the backup and wait until it is AVAILABLE, printing every poll.
    let details: CreateBootVolumeBackupDetails = serde_json::from_value(serde_json::json!({
        "bootVolumeId": "ocid1.bootvolume.oc1.iad.example",
        "compartmentId": COMPARTMENT,
        "displayName": "nightly",
        "type": "FULL",
    }))?;
    let progress = WaitOptions::default().with_progress(Arc::new(|p: &Progress| {
        let percent = p.percent.map_or_else(String::new, |v| format!(" {v:.0}%"));
        println!(
            "  {:>5.1} s  poll {}: {}{percent}",
            p.elapsed.as_secs_f64(),
            p.polls,
            p.state
        );
    }));
    let backup = storage
        .create_backup(details)
        .wait_for(&[State::Available])
        .wait_options(progress)
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    let id = backup.id.to_string();
    println!("created {id}: {}", backup.lifecycle_state);

    // Every backup of the compartment (one page here; follow `opc_next_page()` for more).
    let listed = storage
        .api()
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .call()
        .await?
        .into_inner();
    println!("{} backup(s) in {COMPARTMENT}:", listed.len());
    for backup in &listed {
        println!(
            "  {}  {}  {}",
            backup.id.as_str(),
            backup.display_name.as_str(),
            backup.lifecycle_state
        );
    }

    // Delete it, then wait for TERMINATED (a backup already gone ends the wait too).
    storage
        .api()
        .delete_boot_volume_backup()
        .boot_volume_backup_id(id.as_str())
        .call()
        .await?;
    let gone = storage
        .wait_for_backup(id.as_str())
        .until(&[State::Terminated])
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    match gone {
        Some(backup) => println!("deleted {id}: {}", backup.lifecycle_state),
        None => println!("deleted {id}: no longer listed"),
    }
    sandbox.shutdown().await;
    Ok(())
}
