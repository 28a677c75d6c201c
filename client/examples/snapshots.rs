//! Analytics snapshots: create one (a new BAR file), register an existing BAR file, and
//! restore the instance from a snapshot, each waiting for its work request.
//!
//! Shows `Analytics::create_snapshot` with `NewSnapshot::Create` (OCI Object Storage,
//! resource principal authentication, a BAR password checked by
//! `oci_backup::snapshot::bar_password`) and `NewSnapshot::Register`, then
//! `Analytics::restore_snapshot`.
//!
//! Runs offline against the embedded fake server (work requests take 2 s there; its
//! bucket already holds the BAR file that is registered):
//!
//! ```sh
//! cargo run -p oci-backup --example snapshots
//! ```
//!
//! With a real instance, use `Analytics::new("https://<instance host>", tokens, ..)` with
//! an OAuth 2.0 token provider from `oci_backup::auth::oauth`.

use std::error::Error;
use std::time::Duration;

use oci_backup::Settings;
use oci_backup::analytics::Analytics;
use oci_backup::analytics::types::{
    Auth, Bar, NewSnapshot, PasswordBar, RestoreSnapshotDetails, SnapshotToRestore, Storage,
};
use oci_backup::snapshot::bar_password;
use oci_backup_fake::{FakeConfig, Sandbox};

/// A BAR file uploaded to the bucket earlier (by another instance, say).
const ARCHIVED_BAR: &str = "file:///archive/2024-q4.bar";
/// Its password: the one it was created with (a restore needs it).
const ARCHIVED_PASSWORD: &str = "Archive2024Q4";

/// The bucket, reached as the instance's own resource principal (no credentials sent).
fn bucket() -> Storage {
    Storage::OciNative {
        auth: Auth::OciResourcePrincipal {},
        bucket: Some("oac-snapshots".into()),
        bucket_oci_namespace: None,
        bucket_oci_region: None,
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let sandbox = Sandbox::start_with(
        FakeConfig::default()
            .with_work_request_duration(Duration::from_secs(2))
            .with_bar(ARCHIVED_BAR),
    )
    .await?;
    let analytics = Analytics::new(
        sandbox.analytics_url(),
        sandbox.tokens(),
        Settings::default(),
    )?;

    // CREATE: the instance writes a new BAR file, protected by a password that must
    // follow the documented rules (checked here, before anything is sent).
    let created = analytics
        .create_snapshot(NewSnapshot::Create {
            name: "nightly".into(),
            storage: bucket(),
            bar: Some(
                PasswordBar::builder()
                    .uri("file:///nightly.bar")
                    .password(bar_password("Examp1ePassword")?)
                    .try_into()?,
            ),
        })
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    println!(
        "created    {} ({}) at {}",
        created.name, created.id, created.bar.uri
    );

    // REGISTER: make a BAR file already in the bucket known to the instance.
    let registered = analytics
        .create_snapshot(NewSnapshot::Register {
            name: "2024-q4".into(),
            storage: bucket(),
            bar: Some(Bar::builder().uri(ARCHIVED_BAR).try_into()?),
        })
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    println!(
        "registered {} ({}) at {}",
        registered.name, registered.id, registered.bar.uri
    );

    // Restore the instance from the registered snapshot, with the BAR file's password.
    let work_request = analytics
        .restore_snapshot(
            RestoreSnapshotDetails::builder()
                .snapshot(
                    SnapshotToRestore::builder()
                        .id(registered.id.clone())
                        .password(ARCHIVED_PASSWORD),
                )
                .try_into()?,
        )
        .max_wait(Duration::from_secs(600))
        .send()
        .await?;
    println!(
        "restored   {} from {}: work request {} {}",
        registered.name, registered.id, work_request.id, work_request.status
    );
    sandbox.shutdown().await;
    Ok(())
}
