//! The library's disaster-recovery operations against the multi-region fake: a copy is
//! waited for in the destination region (with the same credentials), a copy or a
//! restore that turns FAULTY ends the wait at once with the resource, a restore is
//! waited for until AVAILABLE and hydrated, retries with one token make one copy and
//! one volume, and bad input is refused before anything is sent. Time is the manual
//! clock: the waiter's sleeps advance it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use std::sync::Arc;
use std::time::Duration;

use oci_backup::block_storage::types::{
    BootVolumeBackupLifecycleState as BackupState, BootVolumeLifecycleState as VolumeState,
    CreateBootVolumeDetails,
};
use oci_backup::block_storage::{BlockStorage, ClientInfo as _, backup_source};
use oci_backup::clock::{Clock as _, ManualSleep};
use oci_backup::config::{KeySource, OciConfig};
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup::{Error, Resource, WaitError};
use oci_backup_fake::Fault;
use oci_backup_test_support::keys;
use support::{
    BACKUP_SECONDS, COMPARTMENT, DESTINATION_REGION, Harness, SOURCE_REGION, TENANCY, USER,
    copy_details, create_details,
};

const VOLUME: Duration = Duration::from_secs(40);
const HYDRATION: Duration = Duration::from_secs(60);

async fn two_regions(
    change: impl FnOnce(oci_backup_fake::FakeConfig) -> oci_backup_fake::FakeConfig,
) -> Harness {
    Harness::with(|config| {
        change(
            config
                .with_regions([SOURCE_REGION, DESTINATION_REGION])
                .with_volume_duration(VOLUME, HYDRATION),
        )
    })
    .await
}

/// The client a program builds from its profile: the source region, the fake's port as
/// its explicit endpoint, the manual clock, sleeps that advance it.
fn storage(h: &Harness) -> BlockStorage {
    let key = keys::api_key();
    let profile = OciConfig::api_key(
        TENANCY,
        USER,
        key.fingerprint(),
        KeySource::File(keys::api_key_path()),
        SOURCE_REGION,
    )
    .with_endpoint(h.server.base_url());
    let sleep = Arc::new(ManualSleep::new(h.clock.clone()));
    let settings = Settings::with_clock(h.clock.clone())
        .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(7)));
    BlockStorage::from_profile(&profile, settings).unwrap()
}

/// An AVAILABLE backup in the source region.
async fn available_backup(storage: &BlockStorage) -> String {
    storage
        .create_backup(create_details("nightly"))
        .wait_for(&[BackupState::Available])
        .send()
        .await
        .unwrap()
        .id
        .to_string()
}

fn restore(backup_id: &str) -> CreateBootVolumeDetails {
    CreateBootVolumeDetails::builder()
        .compartment_id(COMPARTMENT)
        .availability_domain(Some("Uocm:PHX-AD-1".parse().unwrap()))
        .source_details(backup_source(backup_id).unwrap())
        .try_into()
        .unwrap()
}

/// The ports the requests of `operation` for `id` reached.
fn hosts_of(h: &Harness, operation: &str, id: &str) -> Vec<String> {
    h.server
        .state()
        .request_log()
        .into_iter()
        .filter(|e| e.operation_id.as_deref() == Some(operation))
        .filter(|e| e.path_and_query.contains(id))
        .filter_map(|e| e.header("host").map(str::to_owned))
        .collect()
}

fn host(url: &str) -> String {
    url.trim_start_matches("http://").to_owned()
}

#[tokio::test]
async fn a_copy_is_waited_for_in_the_destination_region_with_the_same_credentials() {
    let h = two_regions(|c| c).await;
    let storage = storage(&h);
    let source = available_backup(&storage).await;
    let destination = h.server.region_url(DESTINATION_REGION).unwrap().to_owned();
    let started = h.clock.now();
    let copy = storage
        .copy_backup(&source, copy_details(DESTINATION_REGION))
        .destination_endpoint(&destination)
        .wait_for(&[BackupState::Available])
        .send()
        .await
        .unwrap();
    assert_eq!(copy.lifecycle_state, BackupState::Available);
    assert_eq!(
        copy.source_boot_volume_backup_id
            .as_deref()
            .map(|s| s.as_str()),
        Some(source.as_str())
    );
    let waited = h.clock.now().duration_since(started).unwrap();
    assert!(waited >= Duration::from_secs(BACKUP_SECONDS), "{waited:?}");
    // The copy request went to the source region, every poll to the destination's.
    let id = copy.id.to_string();
    let polls = hosts_of(&h, "getBootVolumeBackup", &id);
    assert!(!polls.is_empty());
    assert!(polls.iter().all(|p| *p == host(&destination)), "{polls:?}");
    assert_eq!(
        hosts_of(&h, "copyBootVolumeBackup", &source),
        [host(h.server.base_url())]
    );
    h.assert_contract();
}

#[tokio::test]
async fn the_destination_endpoint_is_derived_from_the_region_unless_given() {
    let h = two_regions(|c| c).await;
    let storage = storage(&h);
    let derived = storage.for_region("phx", None).unwrap();
    assert_eq!(
        derived.api().baseurl(),
        "https://iaas.us-phoenix-1.oraclecloud.com",
        "the source's explicit endpoint is not reused for another region"
    );
    let given = storage
        .for_region(
            DESTINATION_REGION,
            Some("https://iaas.pca.example.com/20160918"),
        )
        .unwrap();
    assert_eq!(given.api().baseurl(), "https://iaas.pca.example.com");
}

#[tokio::test]
async fn a_copy_that_turns_faulty_ends_the_wait_at_once_with_the_copy() {
    let h = two_regions(|c| c).await;
    let storage = storage(&h);
    let source = available_backup(&storage).await;
    h.server.state().inject_faulty_backup(&source);
    let started = h.clock.now();
    let error = storage
        .copy_backup(&source, copy_details(DESTINATION_REGION))
        .destination_endpoint(h.server.region_url(DESTINATION_REGION).unwrap())
        .wait_for(&[BackupState::Available])
        .send()
        .await
        .unwrap_err();
    let Error::Wait(WaitError::FailureState {
        state, resource, ..
    }) = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(state, "FAULTY");
    let Resource::BootVolumeBackup(copy) = resource else {
        panic!("{resource:?}");
    };
    assert!(copy.id.contains(DESTINATION_REGION), "{}", copy.id.as_str());
    // It failed a tenth into the copy; the waiter noticed at its next poll, well before
    // the copy would have ended.
    let waited = h.clock.now().duration_since(started).unwrap();
    assert!(waited < Duration::from_secs(BACKUP_SECONDS), "{waited:?}");
    h.assert_contract();
}

#[tokio::test]
async fn a_restore_is_waited_for_until_available_and_then_until_hydrated() {
    let h = two_regions(|c| c).await;
    let storage = storage(&h);
    let backup = available_backup(&storage).await;
    let started = h.clock.now();
    let volume = storage
        .create_boot_volume(restore(&backup))
        .wait_for(&[VolumeState::Available])
        .send()
        .await
        .unwrap();
    assert_eq!(volume.lifecycle_state, VolumeState::Available);
    assert_eq!(volume.is_hydrated, Some(false));
    assert!(h.clock.now().duration_since(started).unwrap() >= VOLUME);

    let hydrated = storage
        .create_boot_volume(restore(&backup))
        .until_hydrated()
        .send()
        .await
        .unwrap();
    assert_eq!(hydrated.lifecycle_state, VolumeState::Available);
    assert_eq!(hydrated.is_hydrated, Some(true));
    let again = storage
        .wait_for_boot_volume(volume.id.clone())
        .until_hydrated()
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.is_hydrated, Some(true));
    h.assert_contract();
}

#[tokio::test]
async fn a_restore_that_turns_faulty_ends_the_wait_at_once_with_the_volume() {
    let h = two_regions(|c| c).await;
    let storage = storage(&h);
    let backup = available_backup(&storage).await;
    h.server.state().inject_faulty_backup(&backup);
    let started = h.clock.now();
    let error = storage
        .create_boot_volume(restore(&backup))
        .wait_for(&[VolumeState::Available])
        .send()
        .await
        .unwrap_err();
    let Error::Wait(WaitError::FailureState {
        state,
        resource: Resource::BootVolume(volume),
        ..
    }) = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(state, "FAULTY");
    assert_eq!(volume.lifecycle_state, VolumeState::Faulty);
    assert!(h.clock.now().duration_since(started).unwrap() < VOLUME);
    h.assert_contract();
}

#[tokio::test]
async fn answers_lost_after_processing_are_retried_with_one_token_and_make_one_of_each() {
    let h = two_regions(|c| {
        c.with_fault(
            "copyBootVolumeBackup;close-after;nth=1,2"
                .parse::<Fault>()
                .unwrap(),
        )
        .with_fault(
            "createBootVolume;close-after;nth=1,2"
                .parse::<Fault>()
                .unwrap(),
        )
    })
    .await;
    let storage = storage(&h);
    let backup = available_backup(&storage).await;
    let copy = storage
        .copy_backup(&backup, copy_details(DESTINATION_REGION))
        .send()
        .await
        .unwrap();
    let volume = storage
        .create_boot_volume(restore(&backup))
        .send()
        .await
        .unwrap();
    let state = h.server.state();
    let copies: Vec<_> = state
        .backups()
        .into_iter()
        .filter(|b| b.source_boot_volume_backup_id.is_some())
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(copies[0].id, copy.id.as_str());
    assert_eq!(state.boot_volumes().len(), 1);
    assert_eq!(state.boot_volumes()[0].id, volume.id);
    let tokens: Vec<String> = state
        .request_log()
        .into_iter()
        .filter(|e| e.operation_id.as_deref() == Some("copyBootVolumeBackup"))
        .map(|e| e.header("opc-retry-token").unwrap().to_owned())
        .collect();
    assert_eq!(tokens.len(), 3, "two lost answers, then the answer");
    assert!(tokens.iter().all(|t| *t == tokens[0]), "{tokens:?}");
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field_before_anything_is_sent() {
    let h = two_regions(|c| c).await;
    let storage = storage(&h);
    let backup = available_backup(&storage).await;
    h.server.state().clear_request_log();
    fn invalid<T: std::fmt::Debug>(result: Result<T, Error>) -> (String, String) {
        match result {
            Err(Error::InvalidInput { field, rule }) => (field, rule),
            other => panic!("{other:?}"),
        }
    }
    let (field, rule) = invalid(
        storage
            .copy_backup(&backup, copy_details("Phoenix"))
            .wait_for(&[BackupState::Available])
            .send()
            .await,
    );
    assert_eq!(field, "destinationRegion");
    assert!(rule.contains("expected a region identifier"), "{rule}");
    let (field, _) = invalid(
        storage
            .copy_backup(
                "ocid1.bootvolume.oc1..notabackup",
                copy_details(DESTINATION_REGION),
            )
            .send()
            .await,
    );
    assert_eq!(field, "bootVolumeBackupId");
    let (field, _) = invalid(backup_source("ocid1.image.oc1..x").map(|_| ()));
    assert_eq!(field, "sourceDetails.id");
    let delta: CreateBootVolumeDetails = serde_json::from_value(serde_json::json!({
        "compartmentId": COMPARTMENT,
        "sourceDetails": {"type": "bootVolumeBackupDelta", "firstBackupId": backup,
            "secondBackupId": backup, "changeBlockSizeInBytes": 5000}
    }))
    .unwrap();
    let (field, rule) = invalid(storage.create_boot_volume(delta).send().await);
    assert_eq!(field, "sourceDetails.changeBlockSizeInBytes");
    assert_eq!(rule, "5000 is not a power of 2 from 4096 to 1048576");
    // A client built without a profile cannot derive the destination's client.
    let bare = BlockStorage::from_api(h.core.clone(), Settings::with_clock(h.clock.clone()));
    let (field, _) = invalid(
        bare.copy_backup(&backup, copy_details(DESTINATION_REGION))
            .wait_for(&[BackupState::Available])
            .send()
            .await,
    );
    assert_eq!(field, "destination");
    assert_eq!(h.server.state().request_log(), [], "nothing was sent");
}
