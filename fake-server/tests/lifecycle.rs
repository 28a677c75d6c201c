//! Behaviour over time and state: backup lifecycles on the manual clock, FAULTY
//! injection, deletes, paging and filters, etags, compartments, 404s; Analytics work
//! requests, REGISTER of a missing BAR, restore, delete with `deleteStorage`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use oci_backup::analytics::{self, ResponseHeaders as _};
use oci_backup::block_storage::{self, ResponseHeaders as _};
use oci_backup_fake::{BackupState, WorkRequestStatus};
use support::{
    BACKUP_SECONDS, BOOT_VOLUME, COMPARTMENT, DELETE_SECONDS, Harness, OTHER_COMPARTMENT,
    WORK_REQUEST_SECONDS, analytics_error, core_error, create_details, seed,
};

async fn create(h: &Harness, name: &str) -> block_storage::types::BootVolumeBackup {
    h.core
        .create_boot_volume_backup()
        .body(create_details(name))
        .send()
        .await
        .unwrap()
        .into_inner()
}

async fn get(h: &Harness, id: &str) -> block_storage::types::BootVolumeBackup {
    h.core
        .get_boot_volume_backup()
        .boot_volume_backup_id(id)
        .send()
        .await
        .unwrap()
        .into_inner()
}

#[tokio::test]
async fn a_backup_goes_request_received_creating_available_as_the_clock_advances() {
    let h = Harness::start().await;
    let backup = create(&h, "lifecycle").await;
    let id = backup.id.to_string();
    assert_eq!(backup.lifecycle_state.as_str(), "REQUEST_RECEIVED");
    assert_eq!(backup.backup_progress, Some(0));

    let mut last = 0;
    for elapsed in [20, 40, 60, 80, 99] {
        h.clock
            .set(support::start_time() + std::time::Duration::from_secs(elapsed));
        let now = get(&h, &id).await;
        assert_eq!(now.lifecycle_state.as_str(), "CREATING", "at {elapsed} s");
        let progress = now.backup_progress.unwrap();
        assert!(
            progress > last && progress < 100,
            "at {elapsed} s: {progress} after {last}"
        );
        last = progress;
    }
    h.clock
        .set(support::start_time() + std::time::Duration::from_secs(BACKUP_SECONDS));
    let done = get(&h, &id).await;
    assert_eq!(done.lifecycle_state.as_str(), "AVAILABLE");
    assert_eq!(done.backup_progress, Some(100));
    assert_eq!(done.unique_size_in_g_bs, Some(3), "incremental by default");
    h.assert_contract();
}

#[tokio::test]
async fn faulty_can_be_injected_per_backup_and_per_boot_volume() {
    let h = Harness::with(|c| c.with_faulty_boot_volume("ocid1.bootvolume.oc1..doomed")).await;
    let healthy = create(&h, "healthy").await.id.to_string();
    let doomed = create(&h, "doomed").await.id.to_string();
    h.advance(50);
    assert!(h.server.state().inject_faulty(&doomed));
    assert!(
        !h.server
            .state()
            .inject_faulty("ocid1.bootvolumebackup.oc1..nope")
    );
    let failed = get(&h, &doomed).await;
    assert_eq!(failed.lifecycle_state.as_str(), "FAULTY");
    let stuck = failed.backup_progress.unwrap();
    assert!(stuck > 0 && stuck < 100, "{stuck}");
    h.advance(BACKUP_SECONDS);
    assert_eq!(get(&h, &doomed).await.backup_progress, Some(stuck));
    assert_eq!(
        get(&h, &healthy).await.lifecycle_state.as_str(),
        "AVAILABLE"
    );

    let body: block_storage::types::CreateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({"bootVolumeId": "ocid1.bootvolume.oc1..doomed"}))
            .unwrap();
    let by_volume = h
        .core
        .create_boot_volume_backup()
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(by_volume.lifecycle_state.as_str(), "REQUEST_RECEIVED");
    assert_eq!(
        by_volume.compartment_id.as_str(),
        "ocid1.compartment.oc1..fakedefault"
    );
    h.advance(BACKUP_SECONDS / 10);
    assert_eq!(
        get(&h, by_volume.id.as_str())
            .await
            .lifecycle_state
            .as_str(),
        "FAULTY"
    );
    h.assert_contract();
}

#[tokio::test]
async fn delete_goes_terminating_then_terminated_then_gone() {
    let h = Harness::start().await;
    let id = create(&h, "short-lived").await.id.to_string();
    h.advance(BACKUP_SECONDS);
    h.core
        .delete_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(get(&h, &id).await.lifecycle_state.as_str(), "TERMINATING");
    // Deleting again while it terminates is accepted and changes nothing.
    h.core
        .delete_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .send()
        .await
        .unwrap();
    h.advance(DELETE_SECONDS);
    let gone = get(&h, &id).await;
    assert_eq!(gone.lifecycle_state.as_str(), "TERMINATED");
    assert_eq!(gone.backup_progress, Some(100));
    let (status, code, _) = core_error(
        h.core
            .update_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .body(block_storage::types::UpdateBootVolumeBackupDetails::default())
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (409, "IncorrectState"));
    // Still listed (filterable) for a while, as OCI does.
    let terminated = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .lifecycle_state("terminated")
        .send()
        .await
        .unwrap();
    assert_eq!(terminated.len(), 1);
    h.advance(3600);
    let (status, code, _) = core_error(
        h.core
            .get_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (404, "NotAuthorizedOrNotFound"));
    assert!(h.server.state().backups().is_empty());
    h.assert_contract();
}

#[tokio::test]
async fn lists_page_with_opc_next_page_and_honour_the_filters() {
    let h = Harness::start().await;
    let mut ids = Vec::new();
    for i in 0..7 {
        ids.push(create(&h, &format!("backup-{i}")).await.id.to_string());
        h.advance(5);
    }
    let elsewhere: block_storage::types::CreateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({
            "bootVolumeId": "ocid1.bootvolume.oc1..other",
            "compartmentId": OTHER_COMPARTMENT,
            "displayName": "backup-0",
        }))
        .unwrap();
    h.core
        .create_boot_volume_backup()
        .body(elsewhere)
        .send()
        .await
        .unwrap();

    let mut seen = Vec::new();
    let mut pages = Vec::new();
    let mut page: Option<String> = None;
    loop {
        let mut request = h
            .core
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .limit(3u64);
        if let Some(page) = &page {
            request = request.page(page.as_str());
        }
        let response = request.send().await.unwrap();
        pages.push(response.len());
        page = response.opc_next_page().map(str::to_owned);
        seen.extend(response.into_inner().into_iter().map(|b| b.id.to_string()));
        if page.is_none() {
            break;
        }
    }
    assert_eq!(pages, [3, 3, 1]);
    assert_eq!(seen, ids, "every backup once, oldest first");

    let named = |name: &str| {
        h.core
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .display_name(name)
            .send()
    };
    let found = named("backup-3").await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id.as_str(), ids[3]);
    assert!(
        named("backup").await.unwrap().is_empty(),
        "whole-name match only"
    );

    // The first backups are AVAILABLE by now, the later ones still creating.
    h.advance(BACKUP_SECONDS - 7 * 5 + 10);
    let state = |state: &'static str| {
        h.core
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .lifecycle_state(state)
            .send()
    };
    let available = state("available").await.unwrap();
    let creating = state("Creating").await.unwrap();
    assert_eq!(available.len() + creating.len(), 7);
    assert_eq!(available.len(), 3);
    assert!(
        available
            .iter()
            .all(|b| b.lifecycle_state.as_str() == "AVAILABLE")
    );

    let by_volume = h
        .core
        .list_boot_volume_backups()
        .compartment_id(OTHER_COMPARTMENT)
        .boot_volume_id("ocid1.bootvolume.oc1..other")
        .send()
        .await
        .unwrap();
    assert_eq!(by_volume.len(), 1);
    let none = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .boot_volume_id("ocid1.bootvolume.oc1..other")
        .send()
        .await
        .unwrap();
    assert!(none.is_empty());

    let sorted = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .sort_by(block_storage::types::ListBootVolumeBackupsSortBy::Name)
        .sort_order(block_storage::types::ListBootVolumeBackupsSortOrder::Desc)
        .send()
        .await
        .unwrap();
    let names: Vec<&str> = sorted.iter().map(|b| b.display_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "backup-6", "backup-5", "backup-4", "backup-3", "backup-2", "backup-1", "backup-0"
        ]
    );

    let (status, code, message) = core_error(
        h.core
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .page("not-a-token")
            .send()
            .await,
    );
    assert_eq!(
        (status, code.as_str(), message.as_str()),
        (
            400,
            "InvalidParameter",
            "page: not an opc-next-page value from this server (opc-next-page)"
        )
    );
    // "0" is the documented default: the first page.
    let first = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .limit(3u64)
        .page("0")
        .send()
        .await
        .unwrap();
    let first_ids: Vec<String> = first.iter().map(|b| b.id.to_string()).collect();
    assert_eq!(first_ids, ids[..3]);
    assert!(first.opc_next_page().is_some());
    h.assert_contract();
}

#[tokio::test]
async fn updates_check_if_match_and_change_the_etag() {
    let h = Harness::start().await;
    let created = h
        .core
        .create_boot_volume_backup()
        .body(create_details("etags"))
        .send()
        .await
        .unwrap();
    let etag = created.etag().unwrap().to_owned();
    let id = created.id.to_string();
    let rename = |name: &str| -> block_storage::types::UpdateBootVolumeBackupDetails {
        serde_json::from_value(serde_json::json!({"displayName": name, "freeformTags": {"a": "b"}}))
            .unwrap()
    };

    let (status, code, message) = core_error(
        h.core
            .update_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .if_match("stale-etag")
            .body(rename("never"))
            .send()
            .await,
    );
    assert_eq!(
        (status, code.as_str(), message.as_str()),
        (
            412,
            "NoEtagMatch",
            "if-match: the etag `stale-etag` does not match the resource's current etag"
        )
    );
    assert_eq!(h.server.state().backup(&id).unwrap().display_name, "etags");

    let updated = h
        .core
        .update_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .if_match(&etag)
        .body(rename("renamed"))
        .send()
        .await
        .unwrap();
    let new_etag = updated.etag().unwrap().to_owned();
    assert_ne!(new_etag, etag);
    assert_eq!(updated.display_name.as_str(), "renamed");
    assert_eq!(
        updated
            .freeform_tags
            .as_ref()
            .and_then(|tags| tags.get("a")),
        Some(&"b".to_owned())
    );
    assert_eq!(h.server.state().backup(&id).unwrap().etag, new_etag);

    // The old etag is stale now, for updates and deletes alike.
    let (status, ..) = core_error(
        h.core
            .delete_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .if_match(&etag)
            .send()
            .await,
    );
    assert_eq!(status, 412);
    // Without if-match the write is unconditional.
    h.core
        .update_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .body(rename("unconditional"))
        .send()
        .await
        .unwrap();
    h.assert_contract();
}

#[tokio::test]
async fn compartments_change_and_unknown_ids_are_404_with_a_request_id() {
    let h = Harness::start().await;
    let id = create(&h, "mover").await.id.to_string();
    let move_to =
        |compartment: &str| -> block_storage::types::ChangeBootVolumeBackupCompartmentDetails {
            serde_json::from_value(serde_json::json!({"compartmentId": compartment})).unwrap()
        };
    let moved = h
        .core
        .change_boot_volume_backup_compartment()
        .boot_volume_backup_id(&id)
        .body(move_to(OTHER_COMPARTMENT))
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status().as_u16(), 204);
    assert!(moved.etag().is_some());
    let in_old = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .send()
        .await
        .unwrap();
    assert!(in_old.is_empty());
    let in_new = h
        .core
        .list_boot_volume_backups()
        .compartment_id(OTHER_COMPARTMENT)
        .send()
        .await
        .unwrap();
    assert_eq!(in_new[0].id.as_str(), id);

    let unknown = "ocid1.bootvolumebackup.oc1..doesnotexist";
    let missing = h
        .core
        .get_boot_volume_backup()
        .boot_volume_backup_id(unknown)
        .send()
        .await;
    match missing {
        Err(block_storage::ApiError::ErrorResponse(response)) => {
            assert_eq!(response.status().as_u16(), 404);
            assert_eq!(response.opc_request_id().map(str::len), Some(32));
            assert_eq!(response.code, "NotAuthorizedOrNotFound");
            assert!(response.message.contains(unknown), "{}", response.message);
        }
        other => panic!("{other:?}"),
    }
    for result in [
        core_error(
            h.core
                .delete_boot_volume_backup()
                .boot_volume_backup_id(unknown)
                .send()
                .await,
        ),
        core_error(
            h.core
                .change_boot_volume_backup_compartment()
                .boot_volume_backup_id(unknown)
                .body(move_to(COMPARTMENT))
                .send()
                .await,
        ),
        core_error(
            h.core
                .update_boot_volume_backup()
                .boot_volume_backup_id(unknown)
                .body(block_storage::types::UpdateBootVolumeBackupDetails::default())
                .send()
                .await,
        ),
    ] {
        assert_eq!(result.0, 404);
    }
    assert_eq!(h.server.state().backups()[0].boot_volume_id, BOOT_VOLUME);
    h.assert_contract();
}

async fn create_snapshot(h: &Harness, body: serde_json::Value) -> String {
    let body: analytics::types::NewSnapshot = serde_json::from_value(body).unwrap();
    let accepted = h
        .analytics
        .create_snapshot()
        .body(body)
        .send()
        .await
        .unwrap();
    accepted.oa_work_request_id().unwrap().to_owned()
}

async fn work_request(h: &Harness, id: &str) -> analytics::types::WorkRequest {
    h.analytics
        .get_work_request()
        .id(id)
        .send()
        .await
        .unwrap()
        .into_inner()
}

fn snapshot_body(kind: &str, name: &str, uri: &str, password: Option<&str>) -> serde_json::Value {
    let mut bar = serde_json::json!({"uri": uri});
    if let Some(password) = password {
        bar["password"] = password.into();
    }
    serde_json::json!({
        "type": kind,
        "name": name,
        "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
        "bar": bar,
    })
}

#[tokio::test]
async fn work_requests_go_accepted_in_progress_succeeded_and_then_the_snapshot_is_listed() {
    let h = Harness::start().await;
    let id = create_snapshot(
        &h,
        snapshot_body(
            "CREATE",
            "nightly",
            "file:///nightly.bar",
            Some("Examp1ePassword"),
        ),
    )
    .await;
    let accepted = work_request(&h, &id).await;
    assert_eq!(accepted.status.as_str(), "ACCEPTED");
    assert_eq!(accepted.percent_complete, 0.0);
    assert_eq!(accepted.operation_type.as_str(), "CREATE_SNAPSHOT");
    assert!(accepted.time_started.is_none());

    let mut last = 0.0;
    for _ in 0..4 {
        h.advance(WORK_REQUEST_SECONDS / 5);
        let running = work_request(&h, &id).await;
        assert_eq!(running.status.as_str(), "IN_PROGRESS");
        assert!(running.percent_complete > last, "{running:?}");
        assert!(running.time_started.is_some());
        last = running.percent_complete;
        let listed = h.analytics.list_snapshots().send().await.unwrap();
        assert!(
            listed.items.is_empty(),
            "not listed before the work request ends"
        );
    }
    h.advance(WORK_REQUEST_SECONDS / 5);
    let done = work_request(&h, &id).await;
    assert_eq!(done.status.as_str(), "SUCCEEDED");
    assert!(done.time_finished.is_some());
    let listed = h
        .analytics
        .list_snapshots()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.items.len(), 1);
    assert_eq!(listed.items[0].name, "nightly");
    assert_eq!(
        done.resources.as_deref().unwrap_or_default()[0]
            .id
            .as_deref(),
        Some(listed.items[0].id.as_str())
    );
    assert_eq!(listed.items[0].created_by_user, "fake-admin");
    h.assert_contract();
}

#[tokio::test]
async fn register_of_a_bar_missing_from_the_bucket_fails_its_work_request() {
    let h = Harness::start().await;
    let body: serde_json::Value = serde_json::from_str(&seed("oac-seed-register.json")).unwrap();
    let id = create_snapshot(&h, body).await;
    h.advance(WORK_REQUEST_SECONDS);
    let failed = work_request(&h, &id).await;
    assert_eq!(failed.status.as_str(), "FAILED");
    let errors = failed.errors.unwrap_or_default();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code, "NotFound");
    assert_eq!(
        errors[0].message,
        "the BAR file `file:///myfolder/mysavedsnapshot.bar` is not in the storage bucket"
    );
    assert!(errors[0].timestamp.is_some());
    assert!(h.server.state().snapshots().is_empty());
    let state_view = h.server.state().work_requests();
    assert_eq!(state_view[0].status, WorkRequestStatus::Failed);
    h.assert_contract();
}

#[tokio::test]
async fn restore_checks_the_snapshot_and_its_password() {
    let h = Harness::start().await;
    h.server
        .state()
        .add_bar_with_password("file:///kept.bar", "Corr3ctHorse");
    let id = create_snapshot(
        &h,
        snapshot_body("REGISTER", "kept", "file:///kept.bar", None),
    )
    .await;
    h.advance(WORK_REQUEST_SECONDS);
    assert_eq!(work_request(&h, &id).await.status.as_str(), "SUCCEEDED");
    let snapshot_id = h.server.state().snapshots()[0].id.clone();

    let restore = |id: &str, password: &str| -> analytics::types::RestoreSnapshotDetails {
        serde_json::from_value(serde_json::json!({"snapshot": {"id": id, "password": password}}))
            .unwrap()
    };
    let wrong = h
        .analytics
        .restore_snapshot()
        .body(restore(&snapshot_id, "Wr0ngPassword"))
        .send()
        .await
        .unwrap();
    let wrong_id = wrong.oa_work_request_id().unwrap().to_owned();
    let right = h
        .analytics
        .restore_snapshot()
        .body(restore(&snapshot_id, "Corr3ctHorse"))
        .send()
        .await
        .unwrap();
    let right_id = right.oa_work_request_id().unwrap().to_owned();
    h.advance(WORK_REQUEST_SECONDS);
    let failed = work_request(&h, &wrong_id).await;
    assert_eq!(failed.status.as_str(), "FAILED");
    assert_eq!(
        failed.errors.unwrap_or_default()[0].message,
        "the password does not open the snapshot's BAR file"
    );
    let succeeded = work_request(&h, &right_id).await;
    assert_eq!(succeeded.status.as_str(), "SUCCEEDED");
    assert_eq!(succeeded.operation_type.as_str(), "RESTORE_SNAPSHOT");

    let (status, code, message) = analytics_error(
        h.analytics
            .restore_snapshot()
            .body(restore("no-such-snapshot", "Corr3ctHorse"))
            .send()
            .await,
    );
    assert_eq!(
        (status, code.as_str(), message.as_str()),
        (404, "NotFound", "snapshot `no-such-snapshot` was not found")
    );
    let (status, ..) = analytics_error(h.analytics.get_work_request().id("lfc-nope").send().await);
    assert_eq!(status, 404);
    let (status, ..) = analytics_error(h.analytics.get_snapshot().snapshot_id("nope").send().await);
    assert_eq!(status, 404);
    h.assert_contract();
}

#[tokio::test]
async fn delete_deregisters_and_delete_storage_also_removes_the_bar() {
    let h = Harness::start().await;
    for name in ["keep", "drop"] {
        create_snapshot(
            &h,
            snapshot_body(
                "CREATE",
                name,
                &format!("file:///{name}.bar"),
                Some("Examp1ePassword"),
            ),
        )
        .await;
    }
    h.advance(WORK_REQUEST_SECONDS);
    let snapshots = h.server.state().snapshots();
    assert_eq!(snapshots.len(), 2);
    assert_eq!(
        h.server.state().bars(),
        ["file:///drop.bar", "file:///keep.bar"]
    );

    h.analytics
        .delete_snapshot()
        .snapshot_id(&snapshots[0].id)
        .send()
        .await
        .unwrap();
    h.analytics
        .delete_snapshot()
        .snapshot_id(&snapshots[1].id)
        .delete_storage(true)
        .send()
        .await
        .unwrap();
    assert!(h.server.state().snapshots().is_empty());
    assert_eq!(h.server.state().bars(), ["file:///keep.bar"]);
    let (status, code, _) = analytics_error(
        h.analytics
            .delete_snapshot()
            .snapshot_id(&snapshots[0].id)
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (404, "NotFound"));
    assert_eq!(
        h.server
            .state()
            .backups()
            .iter()
            .filter(|b| b.lifecycle_state == BackupState::Available)
            .count(),
        0
    );
    h.assert_contract();
}
