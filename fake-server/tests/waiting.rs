//! Waiting for backups on the fake: how many polls a waiter spends, and how late it
//! notices, before and after it has learned how long backups take.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::sync::Arc;
use std::time::Duration;

use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::BootVolumeBackupLifecycleState;
use oci_backup::clock::{Clock as _, ManualSleep};
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup::wait::{WaitOptions, Waiter};
use support::{Harness, create_details};

const BACKUP: Duration = Duration::from_secs(60);

async fn harness() -> Harness {
    Harness::with(|config| config.with_backup_duration(BACKUP)).await
}

fn waiter(h: &Harness) -> Waiter {
    let sleep = Arc::new(ManualSleep::new(h.clock.clone()));
    Waiter::new(
        &Settings::with_clock(h.clock.clone())
            .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(1))),
    )
}

/// Creates a backup and waits for it: the GETs it took and how late it noticed.
async fn create_and_wait(h: &Harness, waiter: &Waiter, name: &str) -> (usize, Duration) {
    h.server.state().clear_request_log();
    let created = h.clock.now();
    let storage = BlockStorage::from_api(h.core.clone(), Settings::with_clock(h.clock.clone()))
        .with_waiter(waiter.clone());
    let backup = storage
        .create_backup(create_details(name))
        .wait_for(&[BootVolumeBackupLifecycleState::Available])
        .max_wait(Duration::from_secs(600))
        .send()
        .await
        .unwrap();
    assert_eq!(backup.lifecycle_state.as_str(), "AVAILABLE");
    let late = h.clock.now().duration_since(created + BACKUP).unwrap();
    let gets = h
        .server
        .state()
        .request_log()
        .iter()
        .filter(|e| e.operation_id.as_deref() == Some("getBootVolumeBackup"))
        .count();
    (gets, late)
}

#[tokio::test]
async fn a_waiter_learns_how_long_backups_take_and_then_polls_three_times() {
    let h = harness().await;
    let waiter = waiter(&h);
    // Knowing nothing: backoff until progress shows (1, 3, 7 s), then the rate.
    let (gets, late) = create_and_wait(&h, &waiter, "night-1").await;
    assert_eq!(gets, 6);
    assert!(late <= Duration::from_secs(1), "{late:?}");
    // Then: a quarter of the learned duration, 80% of it (capped at 30 s later), the end.
    for night in 2..=4 {
        let (gets, late) = create_and_wait(&h, &waiter, &format!("night-{night}")).await;
        assert_eq!(gets, 3, "night {night}");
        assert!(late <= Duration::from_secs(1), "night {night}: {late:?}");
    }
    // Clones share what was learned.
    let (gets, _) = create_and_wait(&h, &waiter.clone(), "night-5").await;
    assert_eq!(gets, 3);
    h.assert_contract();
}

#[tokio::test]
async fn an_expected_duration_can_be_given_and_a_wrong_one_costs_little() {
    let h = harness().await;
    // Right, 20% short, 20% long, twice as long (the first look is capped at 30 s and
    // lands at 44%), a third (a quarter of it is before progress shows). 20% short: the
    // looks at 12 s (11%) and 38.4 s (60%) leave the end between 59.0 and 60.4 s, wider
    // than the 1 s the end may be noticed late: a look at 59.99 s (99%), then the end.
    for (expected, polls) in [(60, 3), (48, 4), (72, 3), (120, 2), (20, 5)] {
        let options = WaitOptions::default().with_expected_duration(Duration::from_secs(expected));
        let waiter = waiter(&h).with_options(options);
        let (gets, late) = create_and_wait(&h, &waiter, &format!("expect-{expected}")).await;
        assert_eq!(gets, polls, "expected {expected} s");
        assert!(
            late <= Duration::from_secs(3),
            "expected {expected} s: {late:?}"
        );
    }
}

#[tokio::test]
async fn a_wait_that_joined_late_teaches_nothing() {
    let h = harness().await;
    let waiter = waiter(&h);
    let backup = h
        .core
        .create_boot_volume_backup()
        .body(create_details("joined-late"))
        .send()
        .await
        .unwrap()
        .into_inner();
    h.advance(30);
    // Seen at 50%: this wait did not last as long as the backup.
    waiter
        .boot_volume_backup(&h.core, backup.id.as_str(), None, Duration::from_secs(600))
        .await
        .unwrap();
    let (gets, _) = create_and_wait(&h, &waiter, "after").await;
    assert_eq!(gets, 6, "still the cold schedule");
}
