//! Contract tests: every operation of both specs through the real client crate against
//! the fake, with every request (as the fake received it) and every response checked
//! against the spec files at run time, not against the generated types. The seed
//! examples are sent as they stand and succeed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use std::collections::BTreeSet;

use oci_backup::analytics::{self, ResponseHeaders as _};
use oci_backup::block_storage::{self, ResponseHeaders as _};
use oci_backup_fake::WorkRequestStatus;
use support::{
    BOOT_VOLUME, COMPARTMENT, Harness, OTHER_COMPARTMENT, WORK_REQUEST_SECONDS, create_details,
    seed,
};

/// Polls a work request after the clock has passed its end.
async fn finished_work_request(h: &Harness, id: &str) -> analytics::types::WorkRequest {
    h.advance(WORK_REQUEST_SECONDS);
    h.analytics
        .get_work_request()
        .id(id)
        .send()
        .await
        .unwrap()
        .into_inner()
}

#[tokio::test]
async fn every_operation_of_both_specs_succeeds_through_the_client_and_matches_the_spec() {
    let h = Harness::start().await;

    // Core: create, get, list, update, change compartment, delete.
    let mut details = create_details("contract-backup");
    details.type_ = Some(block_storage::types::CreateBootVolumeBackupDetailsType::Full);
    details.freeform_tags = Some([("Department".into(), "Finance".into())].into());
    let created = h
        .core
        .create_boot_volume_backup()
        .opc_retry_token("contract-token-1")
        .opc_request_id("CLIENT-REQUEST-1")
        .body(details)
        .send()
        .await
        .unwrap();
    assert_eq!(created.opc_request_id(), Some("CLIENT-REQUEST-1"));
    let etag = created.etag().unwrap().to_owned();
    let backup = created.into_inner();
    assert_eq!(backup.lifecycle_state.as_str(), "REQUEST_RECEIVED");
    assert_eq!(backup.compartment_id.as_str(), COMPARTMENT);
    assert_eq!(
        backup.boot_volume_id.as_deref().map(|v| v.as_str()),
        Some(BOOT_VOLUME)
    );
    let id = backup.id.to_string();

    let got = h
        .core
        .get_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(got.etag(), Some(etag.as_str()));
    assert!(got.opc_request_id().is_some());

    let listed = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id.as_str(), id);
    assert_eq!(listed.opc_next_page(), None);

    let updated = h
        .core
        .update_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .if_match(&etag)
        .body(
            serde_json::from_value::<block_storage::types::UpdateBootVolumeBackupDetails>(
                serde_json::json!({
                    "displayName": "renamed",
                    "kmsKeyId": "ocid1.key.oc1.iad.aaaaaaaafakekey",
                }),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let new_etag = updated.etag().unwrap().to_owned();
    assert_ne!(new_etag, etag);
    assert_eq!(updated.display_name.as_str(), "renamed");

    let moved = h
        .core
        .change_boot_volume_backup_compartment()
        .boot_volume_backup_id(&id)
        .body(
            block_storage::types::ChangeBootVolumeBackupCompartmentDetails::builder()
                .compartment_id(OTHER_COMPARTMENT),
        )
        .send()
        .await
        .unwrap();
    let moved_etag = moved.etag().unwrap().to_owned();
    assert_ne!(moved_etag, new_etag);
    assert_eq!(
        h.server.state().backup(&id).unwrap().compartment_id,
        OTHER_COMPARTMENT
    );

    h.core
        .delete_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .if_match(&moved_etag)
        .send()
        .await
        .unwrap();
    assert_eq!(
        h.server
            .state()
            .backup(&id)
            .unwrap()
            .lifecycle_state
            .as_str(),
        "TERMINATING"
    );

    // Core: copy a backup (here into its own region; across regions in `regions.rs`),
    // restore a boot volume from it, get, list, update and delete the volume.
    let source = h
        .core
        .create_boot_volume_backup()
        .body(create_details("to-copy"))
        .send()
        .await
        .unwrap()
        .into_inner();
    h.advance(support::BACKUP_SECONDS);
    let copied = h
        .core
        .copy_boot_volume_backup()
        .boot_volume_backup_id(source.id.as_str())
        .opc_retry_token("contract-copy-1")
        .body(
            serde_json::from_value::<block_storage::types::CopyBootVolumeBackupDetails>(
                serde_json::json!({"destinationRegion": "us-ashburn-1", "displayName": "copy"}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert!(copied.etag().is_some());
    let copy = copied.into_inner();
    assert_eq!(copy.lifecycle_state.as_str(), "REQUEST_RECEIVED");
    assert_eq!(
        copy.source_boot_volume_backup_id
            .as_deref()
            .map(|v| v.as_str()),
        Some(source.id.as_str())
    );
    let restore: block_storage::types::CreateBootVolumeDetails =
        serde_json::from_value(serde_json::json!({
            "availabilityDomain": "Uocm:PHX-AD-1",
            "compartmentId": COMPARTMENT,
            "displayName": "restored",
            "sourceDetails": {"type": "bootVolumeBackup", "id": source.id.as_str()},
        }))
        .unwrap();
    let created = h
        .core
        .create_boot_volume()
        .opc_retry_token("contract-volume-1")
        .body(restore)
        .send()
        .await
        .unwrap();
    let volume_etag = created.etag().unwrap().to_owned();
    let volume = created.into_inner();
    assert_eq!(volume.lifecycle_state.as_str(), "RESTORING");
    assert_eq!(volume.is_hydrated, Some(false));
    let volume_id = volume.id.to_string();
    let got = h
        .core
        .get_boot_volume()
        .boot_volume_id(&volume_id)
        .send()
        .await
        .unwrap();
    assert_eq!(got.etag(), Some(volume_etag.as_str()));
    let listed = h
        .core
        .list_boot_volumes()
        .compartment_id(COMPARTMENT)
        .availability_domain("Uocm:PHX-AD-1")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed.opc_next_page(), None);
    let updated = h
        .core
        .update_boot_volume()
        .boot_volume_id(&volume_id)
        .if_match(&volume_etag)
        .body(
            serde_json::from_value::<block_storage::types::UpdateBootVolumeDetails>(
                serde_json::json!({"displayName": "restored-renamed", "sizeInGBs": 100}),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(updated.display_name.as_deref(), Some("restored-renamed"));
    assert_eq!(updated.size_in_g_bs, Some(100));
    h.core
        .delete_boot_volume()
        .boot_volume_id(&volume_id)
        .if_match(updated.etag().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        h.server
            .state()
            .boot_volume(&volume_id)
            .unwrap()
            .lifecycle_state,
        oci_backup_fake::VolumeState::Terminating
    );

    // Analytics: create, work request, list, get, register, restore, delete.
    let create: analytics::types::NewSnapshot =
        serde_json::from_str(&seed("oac-seed-create.json")).unwrap();
    let accepted = h
        .analytics
        .create_snapshot()
        .body(create)
        .send()
        .await
        .unwrap();
    let work_request_id = accepted.oa_work_request_id().unwrap().to_owned();
    assert_eq!(accepted.work_request_id, work_request_id);
    let done = finished_work_request(&h, &work_request_id).await;
    assert_eq!(done.status.as_str(), "SUCCEEDED");
    assert_eq!(done.percent_complete, 100.0);

    let snapshots = h
        .analytics
        .list_snapshots()
        .send()
        .await
        .unwrap()
        .into_inner();
    let created_snapshot = snapshots
        .items
        .iter()
        .find(|s| s.name == "myfirstsnapshot")
        .unwrap()
        .clone();
    assert_eq!(
        created_snapshot.bar.uri,
        "file:///myfolder/myfirstsnapshot.bar"
    );
    assert_eq!(
        created_snapshot.storage.auth.oci_private_key_wrapped, None,
        "credentials are never echoed"
    );
    let fetched = h
        .analytics
        .get_snapshot()
        .snapshot_id(&created_snapshot.id)
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.into_inner(), created_snapshot);

    h.server
        .state()
        .add_bar("file:///myfolder/mysavedsnapshot.bar");
    let register: analytics::types::NewSnapshot =
        serde_json::from_str(&seed("oac-seed-register.json")).unwrap();
    let accepted = h
        .analytics
        .create_snapshot()
        .body(register)
        .send()
        .await
        .unwrap();
    let done = finished_work_request(&h, accepted.oa_work_request_id().unwrap()).await;
    assert_eq!(done.status.as_str(), "SUCCEEDED");

    // The body takes the builder: the generated call converts it before sending.
    let restore = analytics::types::RestoreSnapshotDetails::builder().snapshot(
        analytics::types::SnapshotToRestore::builder()
            .id(created_snapshot.id.clone())
            .password("snapshotPassword123"),
    );
    let restoring = h
        .analytics
        .restore_snapshot()
        .body(restore)
        .send()
        .await
        .unwrap();
    let restore_id = restoring.oa_work_request_id().unwrap().to_owned();
    let done = finished_work_request(&h, &restore_id).await;
    assert_eq!(done.status.as_str(), "SUCCEEDED");
    assert_eq!(done.operation_type.as_str(), "RESTORE_SNAPSHOT");

    h.analytics
        .delete_snapshot()
        .snapshot_id(&created_snapshot.id)
        .delete_storage(true)
        .send()
        .await
        .unwrap();
    assert_eq!(
        h.server.state().bars(),
        ["file:///myfolder/mysavedsnapshot.bar"]
    );

    // Every operation of both specs went through, and everything matched the spec.
    let exercised: BTreeSet<String> = h
        .server
        .state()
        .request_log()
        .into_iter()
        .filter_map(|e| e.operation_id)
        .collect();
    let declared: BTreeSet<String> = h
        .server
        .specs()
        .operations()
        .iter()
        .map(|o| o.operation_id().to_owned())
        .collect();
    assert_eq!(exercised, declared);
    h.assert_contract();
}

#[tokio::test]
async fn the_seed_bodies_sent_as_they_stand_are_accepted_and_their_work_requests_succeed() {
    let h = Harness::start().await;
    // REGISTER needs its BAR in the bucket; the seed CREATE makes its own.
    h.server
        .state()
        .add_bar("file:///myfolder/mysavedsnapshot.bar");
    for (file, name) in [
        ("oac-seed-create.json", "myfirstsnapshot"),
        ("oac-seed-register.json", "mysavedsnapshot"),
    ] {
        let body = seed(file);
        let answer = h
            .bearer(
                "POST",
                "/api/20210901/snapshots",
                Some(&body),
                Some(support::BEARER),
            )
            .await;
        assert_eq!(answer.status, 202, "{file}: {answer:?}");
        let id = answer.header("oa-work-request-id").unwrap().to_owned();
        assert_eq!(answer.body["workRequestId"], id.as_str());
        assert_eq!(
            h.server.state().request_log().last().unwrap().body,
            body.as_bytes(),
            "sent byte for byte"
        );

        let started = h.analytics.get_work_request().id(&id).send().await.unwrap();
        assert_eq!(started.status.as_str(), "ACCEPTED");
        let done = finished_work_request(&h, &id).await;
        assert_eq!(done.status.as_str(), "SUCCEEDED", "{file}: {done:?}");
        assert!(
            h.server.state().snapshots().iter().any(|s| s.name == name),
            "{file}"
        );
    }
    h.assert_contract();
}

#[tokio::test]
async fn the_seed_create_makes_its_bar_available_for_a_later_register() {
    let h = Harness::start().await;
    let create: analytics::types::NewSnapshot =
        serde_json::from_str(&seed("oac-seed-create.json")).unwrap();
    let accepted = h
        .analytics
        .create_snapshot()
        .body(create)
        .send()
        .await
        .unwrap();
    finished_work_request(&h, accepted.oa_work_request_id().unwrap()).await;
    assert_eq!(
        h.server.state().bars(),
        ["file:///myfolder/myfirstsnapshot.bar"]
    );

    let mut register: serde_json::Value =
        serde_json::from_str(&seed("oac-seed-register.json")).unwrap();
    register["bar"]["uri"] = "file:///myfolder/myfirstsnapshot.bar".into();
    register["name"] = "re-registered".into();
    let register: analytics::types::NewSnapshot = serde_json::from_value(register).unwrap();
    let accepted = h
        .analytics
        .create_snapshot()
        .body(register)
        .send()
        .await
        .unwrap();
    let done = finished_work_request(&h, accepted.oa_work_request_id().unwrap()).await;
    assert_eq!(done.status.as_str(), "SUCCEEDED");
    let state = h.server.state();
    let work_requests = state.work_requests();
    assert!(
        work_requests
            .iter()
            .all(|w| w.status == WorkRequestStatus::Succeeded)
    );
    assert_eq!(state.snapshots().len(), 2);
    h.assert_contract();
}

#[tokio::test]
async fn every_documented_example_of_the_specs_is_accepted() {
    let h = Harness::start().await;
    let spec: serde_json::Value =
        serde_norway::from_str(oci_backup_fake::spec::ANALYTICS_SPEC_YAML).unwrap();
    let examples = spec["paths"]["/api/20210901/snapshots"]["post"]["requestBody"]["content"]
        ["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert_eq!(examples.len(), 3);
    for (name, example) in examples {
        let body = example["value"].to_string();
        let answer = h
            .bearer(
                "POST",
                "/api/20210901/snapshots",
                Some(&body),
                Some(support::BEARER),
            )
            .await;
        assert_eq!(answer.status, 202, "{name}: {answer:?}");
    }
    let core_spec: serde_json::Value =
        serde_norway::from_str(oci_backup_fake::spec::CORE_SPEC_YAML).unwrap();
    let example =
        core_spec["components"]["schemas"]["CreateBootVolumeBackupDetails"]["example"].to_string();
    let answer = h
        .signed("POST", "/20160918/bootVolumeBackups", Some(&example), &[])
        .await;
    assert_eq!(answer.status, 200, "{answer:?}");
    let restore = spec["paths"]["/api/20210901/system/actions/restoreSnapshot"]["post"]
        ["requestBody"]["content"]["application/json"]["example"]
        .to_string();
    let answer = h
        .bearer(
            "POST",
            "/api/20210901/system/actions/restoreSnapshot",
            Some(&restore),
            Some(support::BEARER),
        )
        .await;
    // Well-formed, but no such snapshot is registered.
    answer.assert_error(
        404,
        "NotFound",
        "snapshot `ac6fdab7-9c16-4d22-a56f-cb7b5d15505a` was not found",
    );
    h.assert_contract();
}
