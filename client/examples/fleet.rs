//! A fleet: start many boot volume backups at once, then wait for all of them with one
//! list call per poll instead of one GET per backup.
//!
//! Shows concurrent `BlockStorage::create_backup` calls (the client is cheap to clone and
//! shares its connections) and `BlockStorage::wait_for_backups(compartment, ids)`, and
//! counts the requests the server received.
//!
//! Runs offline against the embedded fake server, with 1 s backups:
//!
//! ```sh
//! cargo run -p oci-backup --example fleet
//! ```

use std::error::Error;
use std::time::{Duration, Instant};

use oci_backup::Settings;
use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::CreateBootVolumeBackupDetails;
use oci_backup_fake::{FakeConfig, Sandbox};
use tokio::task::JoinSet;

const COMPARTMENT: &str = "ocid1.compartment.oc1..fleet";
const VOLUMES: usize = 20;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let sandbox =
        Sandbox::start_with(FakeConfig::default().with_backup_duration(Duration::from_secs(1)))
            .await?;
    let storage = BlockStorage::from_profile(sandbox.profile(), Settings::default())?;
    let started = Instant::now();

    // One create per volume, all at once.
    let mut creates = JoinSet::new();
    for n in 0..VOLUMES {
        let storage = storage.clone();
        let details: CreateBootVolumeBackupDetails = serde_json::from_value(serde_json::json!({
            "bootVolumeId": format!("ocid1.bootvolume.oc1.iad.fleet{n:02}"),
            "compartmentId": COMPARTMENT,
            "displayName": format!("fleet-{n:02}"),
        }))?;
        creates.spawn(async move { storage.create_backup(details).send().await });
    }
    let mut ids = Vec::with_capacity(VOLUMES);
    while let Some(created) = creates.join_next().await {
        ids.push(created??.id.to_string());
    }
    println!(
        "created {} backups in {:.2} s",
        ids.len(),
        started.elapsed().as_secs_f64()
    );

    // Wait for the whole fleet: each poll lists the compartment once.
    let backups = storage
        .wait_for_backups(COMPARTMENT, ids)
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    let available = backups
        .iter()
        .filter(|b| b.lifecycle_state.as_str() == "AVAILABLE")
        .count();
    println!(
        "{available} of {} AVAILABLE after {:.2} s",
        backups.len(),
        started.elapsed().as_secs_f64()
    );

    let log = sandbox.server().state().request_log();
    let count = |operation: &str| {
        log.iter()
            .filter(|r| r.operation_id.as_deref() == Some(operation))
            .count()
    };
    println!(
        "requests: {} in all ({} creates, {} lists)",
        log.len(),
        count("createBootVolumeBackup"),
        count("listBootVolumeBackups")
    );
    sandbox.shutdown().await;
    Ok(())
}
