//! Several regions at once: a copy lands in the destination region (found only through
//! its port) and runs its lifecycle there; boot volumes restore from backups on the
//! clock; retry tokens make one copy and one volume however often a POST is sent;
//! copies and restores of a faulty backup end `FAULTY`; bad sources are refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use oci_backup::block_storage::{self, ResponseHeaders as _};
use oci_backup_fake::{BackupState, VolumeState};
use support::{
    BACKUP_SECONDS, COMPARTMENT, DESTINATION_REGION, Harness, SOURCE_REGION, copy_details,
    core_error, create_details, restore_details,
};

const VOLUME_SECONDS: u64 = 40;
const HYDRATION_SECONDS: u64 = 60;

async fn two_regions() -> Harness {
    Harness::with(|config| {
        config
            .with_regions([SOURCE_REGION, DESTINATION_REGION])
            .with_volume_duration(
                std::time::Duration::from_secs(VOLUME_SECONDS),
                std::time::Duration::from_secs(HYDRATION_SECONDS),
            )
    })
    .await
}

/// An `AVAILABLE` backup in the source region.
async fn available_backup(h: &Harness) -> String {
    let backup = h
        .core
        .create_boot_volume_backup()
        .body(create_details("source"))
        .send()
        .await
        .unwrap()
        .into_inner();
    h.advance(BACKUP_SECONDS);
    backup.id.to_string()
}

#[tokio::test]
async fn a_copy_lands_in_the_destination_region_and_runs_its_lifecycle_there() {
    let h = two_regions().await;
    assert_eq!(h.server.regions().len(), 2);
    assert_eq!(
        h.server.region_url(SOURCE_REGION),
        Some(h.server.base_url())
    );
    let source = available_backup(&h).await;
    let copy = h
        .core
        .copy_boot_volume_backup()
        .boot_volume_backup_id(&source)
        .body(copy_details(DESTINATION_REGION))
        .send()
        .await
        .unwrap()
        .into_inner();
    let id = copy.id.to_string();
    assert!(id.contains(&format!(".{DESTINATION_REGION}.")), "{id}");
    assert_eq!(
        copy.display_name.as_str(),
        "source",
        "the source's name by default"
    );
    let held = h.server.state().backup(&id).unwrap();
    assert_eq!(held.region, DESTINATION_REGION);
    assert_eq!(
        held.source_boot_volume_backup_id.as_deref(),
        Some(source.as_str())
    );

    // Not in the source region: a wait there would never see it.
    let (status, code, _) = core_error(
        h.core
            .get_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (404, "NotAuthorizedOrNotFound"));
    let listed = h
        .core
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1, "the source only");

    // In the destination region it goes REQUEST_RECEIVED -> CREATING -> AVAILABLE.
    let destination = h.core_in(DESTINATION_REGION);
    let state = || async {
        destination
            .get_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .send()
            .await
            .unwrap()
            .lifecycle_state
            .to_string()
    };
    assert_eq!(state().await, "REQUEST_RECEIVED");
    h.advance(BACKUP_SECONDS / 2);
    assert_eq!(state().await, "CREATING");
    h.advance(BACKUP_SECONDS / 2);
    assert_eq!(state().await, "AVAILABLE");
    let copies = destination
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .source_boot_volume_backup_id(source.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].id.as_str(), id);
    h.assert_contract();
}

#[tokio::test]
async fn a_copy_to_a_region_not_served_or_of_a_backup_not_available_is_refused() {
    let h = two_regions().await;
    let (status, code, message) = core_error(
        h.core
            .copy_boot_volume_backup()
            .boot_volume_backup_id("ocid1.bootvolumebackup.oc1.us-ashburn-1.missing")
            .body(copy_details(DESTINATION_REGION))
            .send()
            .await,
    );
    assert_eq!(
        (status, code.as_str()),
        (404, "NotAuthorizedOrNotFound"),
        "{message}"
    );

    let creating = h
        .core
        .create_boot_volume_backup()
        .body(create_details("young"))
        .send()
        .await
        .unwrap()
        .into_inner();
    let (status, code, message) = core_error(
        h.core
            .copy_boot_volume_backup()
            .boot_volume_backup_id(creating.id.as_str())
            .body(copy_details(DESTINATION_REGION))
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (409, "IncorrectState"));
    assert!(
        message.contains("REQUEST_RECEIVED: it cannot be copied"),
        "{message}"
    );

    h.advance(BACKUP_SECONDS);
    let (status, code, message) = core_error(
        h.core
            .copy_boot_volume_backup()
            .boot_volume_backup_id(creating.id.as_str())
            .body(copy_details("eu-frankfurt-1"))
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (400, "InvalidParameter"));
    assert_eq!(
        message,
        "destinationRegion: `eu-frankfurt-1` is not a region this server serves \
         (us-ashburn-1, us-phoenix-1)"
    );
    assert_eq!(h.server.state().backups().len(), 1, "nothing was copied");
    h.assert_contract();
}

#[tokio::test]
async fn retries_with_one_token_make_exactly_one_copy_and_one_volume() {
    let h = two_regions().await;
    let source = available_backup(&h).await;
    let mut copies = Vec::new();
    for _ in 0..3 {
        let copy = h
            .core
            .copy_boot_volume_backup()
            .boot_volume_backup_id(&source)
            .opc_retry_token("copy-token")
            .body(copy_details(DESTINATION_REGION))
            .send()
            .await
            .unwrap();
        copies.push(copy.into_inner().id.to_string());
        h.advance(5);
    }
    copies.dedup();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(
        h.server.state().backups().len(),
        2,
        "the source and one copy"
    );

    // The same token for another source is another body: 409.
    let other = available_backup(&h).await;
    let (status, code, _) = core_error(
        h.core
            .copy_boot_volume_backup()
            .boot_volume_backup_id(&other)
            .opc_retry_token("copy-token")
            .body(copy_details(DESTINATION_REGION))
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (409, "Conflict"));

    let mut volumes = Vec::new();
    for _ in 0..3 {
        let volume = h
            .core
            .create_boot_volume()
            .opc_retry_token("volume-token")
            .body(restore_details(&source))
            .send()
            .await
            .unwrap();
        volumes.push(volume.into_inner().id.to_string());
    }
    volumes.dedup();
    assert_eq!(volumes.len(), 1, "{volumes:?}");
    assert_eq!(h.server.state().boot_volumes().len(), 1);
    // One token per operation: the copy's token does not answer a create.
    h.core
        .create_boot_volume()
        .opc_retry_token("copy-token")
        .body(restore_details(&source))
        .send()
        .await
        .unwrap();
    assert_eq!(h.server.state().boot_volumes().len(), 2);
    h.assert_contract();
}

#[tokio::test]
async fn a_restored_volume_is_restoring_then_available_then_hydrated() {
    let h = two_regions().await;
    let source = available_backup(&h).await;
    let created = h
        .core
        .create_boot_volume()
        .body(restore_details(&source))
        .send()
        .await
        .unwrap();
    let id = created.into_inner().id.to_string();
    let read = || async {
        let v = h
            .core
            .get_boot_volume()
            .boot_volume_id(&id)
            .send()
            .await
            .unwrap()
            .into_inner();
        (v.lifecycle_state.to_string(), v.is_hydrated)
    };
    assert_eq!(read().await, ("RESTORING".into(), Some(false)));
    h.advance(VOLUME_SECONDS);
    assert_eq!(read().await, ("AVAILABLE".into(), Some(false)));
    h.advance(HYDRATION_SECONDS);
    assert_eq!(read().await, ("AVAILABLE".into(), Some(true)));

    // A clone of it: PROVISIONING, in its availability domain, at least its size.
    let clone: block_storage::types::CreateBootVolumeDetails =
        serde_json::from_value(serde_json::json!({
            "compartmentId": COMPARTMENT,
            "sourceDetails": {"type": "bootVolume", "id": id},
        }))
        .unwrap();
    let cloned = h
        .core
        .create_boot_volume()
        .body(clone)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(cloned.lifecycle_state.as_str(), "PROVISIONING");
    assert_eq!(cloned.availability_domain, "Uocm:PHX-AD-1");

    // The volume is not in the other region.
    let (status, _, _) = core_error(
        h.core_in(DESTINATION_REGION)
            .get_boot_volume()
            .boot_volume_id(&id)
            .send()
            .await,
    );
    assert_eq!(status, 404);
    h.assert_contract();
}

#[tokio::test]
async fn copies_and_restores_of_a_faulty_backup_end_faulty() {
    let h = two_regions().await;
    let source = available_backup(&h).await;
    h.server.state().inject_faulty_backup(&source);
    let copy = h
        .core
        .copy_boot_volume_backup()
        .boot_volume_backup_id(&source)
        .body(copy_details(DESTINATION_REGION))
        .send()
        .await
        .unwrap()
        .into_inner();
    let volume = h
        .core
        .create_boot_volume()
        .body(restore_details(&source))
        .send()
        .await
        .unwrap()
        .into_inner();
    h.advance(BACKUP_SECONDS);
    let state = h.server.state();
    assert_eq!(
        state.backup(copy.id.as_str()).unwrap().lifecycle_state,
        BackupState::Faulty
    );
    assert_eq!(
        state
            .boot_volume(volume.id.as_str())
            .unwrap()
            .lifecycle_state,
        VolumeState::Faulty
    );
    // And a volume can be made FAULTY by hand too.
    let other = h
        .core
        .create_boot_volume()
        .body(restore_details(&available_backup(&h).await))
        .send()
        .await
        .unwrap();
    assert!(state.inject_faulty(other.id.as_str()));
    assert_eq!(
        state
            .boot_volume(other.id.as_str())
            .unwrap()
            .lifecycle_state,
        VolumeState::Faulty
    );
    h.assert_contract();
}

#[tokio::test]
async fn bad_sources_are_refused_naming_the_field() {
    let h = two_regions().await;
    let source = available_backup(&h).await;
    let cases = [
        (
            serde_json::json!({"type": "snapshot", "id": source}),
            Some("Uocm:PHX-AD-1"),
            400,
            "sourceDetails",
        ),
        (
            serde_json::json!({"type": "bootVolumeBackup"}),
            Some("Uocm:PHX-AD-1"),
            400,
            "sourceDetails",
        ),
        (
            serde_json::json!({"type": "bootVolumeBackup", "id": source}),
            None,
            400,
            "availabilityDomain: required unless cloning",
        ),
        (
            serde_json::json!({"type": "bootVolumeBackupDelta", "firstBackupId": source,
                "secondBackupId": source, "changeBlockSizeInBytes": 5000}),
            Some("Uocm:PHX-AD-1"),
            400,
            "sourceDetails.changeBlockSizeInBytes: 5000 is not a power of 2",
        ),
        (
            serde_json::json!({"type": "bootVolumeReplica", "id": "ocid1.bootvolumereplica.oc1..r"}),
            Some("Uocm:PHX-AD-1"),
            404,
            "boot volume replica",
        ),
        (
            serde_json::json!({"type": "bootVolume", "id": "ocid1.bootvolume.oc1..missing"}),
            None,
            404,
            "boot volume `ocid1.bootvolume.oc1..missing`",
        ),
    ];
    for (source_details, domain, status, says) in cases {
        let mut body =
            serde_json::json!({"compartmentId": COMPARTMENT, "sourceDetails": source_details});
        if let Some(domain) = domain {
            body["availabilityDomain"] = domain.into();
        }
        let answer = h
            .signed(
                "POST",
                "/20160918/bootVolumes",
                Some(&body.to_string()),
                &[],
            )
            .await;
        assert_eq!(answer.status, status, "{body}: {answer:?}");
        let message = answer.body["message"].as_str().unwrap();
        assert!(message.contains(says), "{body}: {message}");
    }
    assert_eq!(h.server.state().boot_volumes(), []);
    h.assert_contract();
}

#[tokio::test]
async fn the_etag_guards_volume_updates_and_deletes() {
    let h = two_regions().await;
    let source = available_backup(&h).await;
    let created = h
        .core
        .create_boot_volume()
        .body(restore_details(&source))
        .send()
        .await
        .unwrap();
    let id = created.id.to_string();
    let answer = h
        .signed(
            "DELETE",
            &format!("/20160918/bootVolumes/{id}"),
            None,
            &[("if-match", "not-the-etag")],
        )
        .await;
    assert_eq!(answer.status, 412);
    let etag = created.etag().unwrap();
    let answer = h
        .signed(
            "DELETE",
            &format!("/20160918/bootVolumes/{id}"),
            None,
            &[("if-match", etag)],
        )
        .await;
    assert_eq!(answer.status, 204);
    h.advance(support::DELETE_SECONDS);
    assert_eq!(
        h.server.state().boot_volume(&id).unwrap().lifecycle_state,
        VolumeState::Terminated
    );
    h.assert_contract();
}
