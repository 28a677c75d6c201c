//! The fleet waiter: many backups watched with paged list calls, not one GET each.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::sync::Arc;
use std::time::Duration;

use oci_backup::clock::Clock as _;
use oci_backup::clock::ManualSleep;
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup::wait::Waiter;
use oci_backup::{CallExt as _, Error, Resource, WaitError};
use support::{COMPARTMENT, Harness, create_details};

async fn create(h: &Harness, n: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..n {
        let backup = h
            .core
            .create_boot_volume_backup()
            .body(create_details(&format!("fleet-{i}")))
            .call()
            .await
            .unwrap();
        ids.push(backup.id.to_string());
    }
    ids
}

fn waiter(h: &Harness) -> Waiter {
    let sleep = Arc::new(ManualSleep::new(h.clock.clone()));
    Waiter::new(
        &Settings::with_clock(h.clock.clone())
            .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(1))),
    )
}

#[tokio::test]
async fn a_fleet_is_watched_with_one_list_call_per_poll() {
    let h = Harness::start().await;
    let ids = create(&h, 25).await;
    h.server.state().clear_request_log();
    let backups = waiter(&h)
        .boot_volume_backups(&h.core, COMPARTMENT, &ids, Duration::from_secs(600))
        .await
        .unwrap();
    assert_eq!(backups.len(), 25);
    assert!(
        backups
            .iter()
            .all(|b| b.lifecycle_state.as_str() == "AVAILABLE")
    );
    let got: Vec<&str> = backups.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        got,
        ids.iter().map(String::as_str).collect::<Vec<_>>(),
        "in the order asked"
    );
    let log = h.server.state().request_log();
    assert!(
        !log.is_empty() && log.len() < 10,
        "{} requests for 25 backups",
        log.len()
    );
    assert!(
        log.iter()
            .all(|entry| entry.operation_id.as_deref() == Some("listBootVolumeBackups")),
        "{log:?}"
    );
    h.assert_contract();
}

/// A FAULTY backup is settled, not the end of the wait: the others are waited for until
/// they are AVAILABLE, and the error carries every member as last seen.
#[tokio::test]
async fn a_faulty_member_does_not_end_the_wait_for_the_others() {
    let h = Harness::start().await;
    let ids = create(&h, 3).await;
    let start = h.clock.now();
    h.server.state().inject_faulty(&ids[1]);
    let error = waiter(&h)
        .boot_volume_backups(&h.core, COMPARTMENT, &ids, Duration::from_secs(600))
        .await
        .unwrap_err();
    let Error::Wait(WaitError::FailureState {
        what,
        state,
        resource: Resource::BootVolumeBackups(fleet),
        ..
    }) = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(
        (what.as_str(), state.as_str()),
        (format!("boot volume backup {}", ids[1]).as_str(), "FAULTY")
    );
    let states: Vec<(&str, &str)> = fleet
        .iter()
        .map(|b| (b.id.as_str(), b.lifecycle_state.as_str()))
        .collect();
    assert_eq!(
        states,
        vec![
            (ids[0].as_str(), "AVAILABLE"),
            (ids[1].as_str(), "FAULTY"),
            (ids[2].as_str(), "AVAILABLE"),
        ],
        "in the order asked, the others waited for"
    );
    let waited = h.clock.now().duration_since(start).unwrap();
    assert!(
        waited >= Duration::from_secs(support::BACKUP_SECONDS),
        "the wait went on after the FAULTY backup: {waited:?}"
    );
}

/// Two failed members: the error names the first and counts the rest.
#[tokio::test]
async fn every_failed_member_is_counted() {
    let h = Harness::start().await;
    let ids = create(&h, 4).await;
    h.server.state().inject_faulty(&ids[0]);
    h.server.state().inject_faulty(&ids[3]);
    let error = waiter(&h)
        .boot_volume_backups(&h.core, COMPARTMENT, &ids, Duration::from_secs(600))
        .await
        .unwrap_err();
    let Error::Wait(WaitError::FailureState { what, .. }) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        what,
        &format!("boot volume backup {} (and 1 more failed)", ids[0])
    );
}
