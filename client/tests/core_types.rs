//! The generated Core types against the spec's examples and documented values.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::collections::HashMap;

use oci_backup::block_storage::types::{
    BootVolumeBackup, BootVolumeBackupLifecycleState, CreateBootVolumeBackupDetails,
    CreateBootVolumeBackupDetailsType, UpdateBootVolumeBackupDetails,
};
use serde_json::{Value, json};

fn schema_example(schema: &str) -> Value {
    let path = format!(
        "{}/../specs/core-boot-volume-backups.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let spec: Value = serde_norway::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    spec.pointer(&format!("/components/schemas/{schema}/example"))
        .cloned()
        .unwrap()
}

fn backup_with_state(state: &str) -> Value {
    let mut backup = schema_example("BootVolumeBackup");
    backup["lifecycleState"] = json!(state);
    backup
}

#[test]
fn a_boot_volume_backup_with_every_field_round_trips() {
    let example = schema_example("BootVolumeBackup");
    let properties = example.as_object().unwrap().len();
    assert_eq!(properties, 19, "the example fills every documented field");
    let backup: BootVolumeBackup = serde_json::from_value(example.clone()).unwrap();
    assert_eq!(serde_json::to_value(&backup).unwrap(), example);
    assert!(backup.backup_progress.is_some());
    assert_eq!(backup.system_tags.map(|tags| tags.len()), Some(1));
}

#[test]
fn every_documented_lifecycle_state_parses() {
    let expected = [
        BootVolumeBackupLifecycleState::Creating,
        BootVolumeBackupLifecycleState::Available,
        BootVolumeBackupLifecycleState::Terminating,
        BootVolumeBackupLifecycleState::Terminated,
        BootVolumeBackupLifecycleState::Faulty,
        BootVolumeBackupLifecycleState::RequestReceived,
    ];
    assert_eq!(BootVolumeBackupLifecycleState::KNOWN.len(), expected.len());
    for (state, variant) in BootVolumeBackupLifecycleState::KNOWN.iter().zip(expected) {
        let backup: BootVolumeBackup = serde_json::from_value(backup_with_state(state)).unwrap();
        assert_eq!(backup.lifecycle_state, variant);
        assert_eq!(backup.lifecycle_state.as_str(), *state);
    }
}

#[test]
fn an_unknown_lifecycle_state_does_not_fail_the_response() {
    let backup: BootVolumeBackup = serde_json::from_value(backup_with_state("RESTORING")).unwrap();
    assert_eq!(
        backup.lifecycle_state,
        BootVolumeBackupLifecycleState::UnknownValue("RESTORING".into())
    );
    assert_eq!(
        serde_json::to_value(&backup).unwrap()["lifecycleState"],
        "RESTORING"
    );
}

#[test]
fn defined_and_system_tag_values_in_responses_are_any_json_and_requests_send_strings() {
    let mut backup = schema_example("BootVolumeBackup");
    backup["definedTags"] = json!({"Operations": {"CostCenter": 42, "Owner": "ops"}});
    backup["systemTags"] = json!({"orcl-cloud": {"free-tier-retained": true}});
    let parsed: BootVolumeBackup = serde_json::from_value(backup.clone()).unwrap();
    assert_eq!(
        parsed.defined_tags.as_ref().unwrap()["Operations"]["CostCenter"],
        json!(42)
    );
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        backup,
        "nothing lost"
    );
    // Free-form tags are strings on both sides, as documented.
    backup["freeformTags"] = json!({"Department": 42});
    assert!(serde_json::from_value::<BootVolumeBackup>(backup).is_err());
    // A request's defined tag values are strings.
    let mut details = schema_example("CreateBootVolumeBackupDetails");
    details["definedTags"] = json!({"Operations": {"CostCenter": 42}});
    assert!(serde_json::from_value::<CreateBootVolumeBackupDetails>(details).is_err());
}

#[test]
fn empty_tags_come_back_empty_and_absent_ones_absent() {
    let mut backup = schema_example("BootVolumeBackup");
    backup["freeformTags"] = json!({});
    backup["definedTags"] = json!({});
    backup.as_object_mut().unwrap().remove("systemTags");
    let parsed: BootVolumeBackup = serde_json::from_value(backup.clone()).unwrap();
    assert_eq!(parsed.freeform_tags, Some(Default::default()));
    assert_eq!(parsed.system_tags, None);
    assert_eq!(serde_json::to_value(&parsed).unwrap(), backup);
    // A request that clears the tags sends `{}`; one that leaves them alone, nothing.
    let clear = UpdateBootVolumeBackupDetails::try_from(
        UpdateBootVolumeBackupDetails::builder().freeform_tags(HashMap::new()),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&clear).unwrap(),
        json!({"freeformTags": {}})
    );
    let keep = UpdateBootVolumeBackupDetails::try_from(
        UpdateBootVolumeBackupDetails::builder().display_name(Some("n".parse().unwrap())),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&keep).unwrap(),
        json!({"displayName": "n"})
    );
}

#[test]
fn request_enums_stay_strict_and_constraints_are_checked() {
    let mut details = schema_example("CreateBootVolumeBackupDetails");
    let parsed: CreateBootVolumeBackupDetails = serde_json::from_value(details.clone()).unwrap();
    assert_eq!(serde_json::to_value(&parsed).unwrap(), details);
    details["type"] = json!("DIFFERENTIAL");
    let error =
        serde_json::from_value::<CreateBootVolumeBackupDetails>(details.clone()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("expected `FULL` or `INCREMENTAL`"),
        "{error}"
    );
    assert_eq!(CreateBootVolumeBackupDetailsType::Full.to_string(), "FULL");
    details["type"] = json!("FULL");
    details["bootVolumeId"] = json!("");
    let error = serde_json::from_value::<CreateBootVolumeBackupDetails>(details).unwrap_err();
    assert!(error.to_string().contains("shorter than 1"), "{error}");
}

#[test]
fn every_boot_volume_source_variant_round_trips_in_requests_and_responses() {
    use oci_backup::block_storage::types::{
        BootVolume, BootVolumeSourceDetails, CreateBootVolumeDetails,
    };
    let sources = [
        (
            json!({"type": "bootVolumeBackup", "id": "ocid1.bootvolumebackup.oc1.phx.b"}),
            "BootVolumeBackup",
        ),
        (
            json!({"type": "bootVolume", "id": "ocid1.bootvolume.oc1.phx.v"}),
            "BootVolume",
        ),
        (
            json!({"type": "bootVolumeReplica", "id": "ocid1.bootvolumereplica.oc1.phx.r"}),
            "BootVolumeReplica",
        ),
        (
            json!({"type": "bootVolumeBackupDelta", "firstBackupId": "ocid1.bootvolumebackup.oc1.phx.a",
                "secondBackupId": "ocid1.bootvolumebackup.oc1.phx.b", "changeBlockSizeInBytes": 8192}),
            "BootVolumeBackupDelta",
        ),
    ];
    for (source, variant) in sources {
        let parsed: BootVolumeSourceDetails = serde_json::from_value(source.clone()).unwrap();
        assert!(format!("{parsed:?}").starts_with(variant), "{parsed:?}");
        assert_eq!(serde_json::to_value(&parsed).unwrap(), source);

        let request = json!({"compartmentId": "ocid1.compartment.oc1..c", "sourceDetails": source});
        let details: CreateBootVolumeDetails = serde_json::from_value(request.clone()).unwrap();
        let sent = serde_json::to_value(&details).unwrap();
        assert_eq!(sent["sourceDetails"], source);

        let response = json!({"availabilityDomain": "Uocm:PHX-AD-1", "compartmentId": "c", "id": "v",
            "lifecycleState": "RESTORING", "sizeInMBs": 51200, "timeCreated": "2024-05-02T08:15:00Z",
            "isHydrated": false, "sourceDetails": source});
        let volume: BootVolume = serde_json::from_value(response).unwrap();
        assert_eq!(volume.source_details, Some(parsed));
    }
    // The delta's block size defaults to 4096 at the service, as documented: absent stays
    // absent (the client does not fill in the service's default).
    let absent =
        json!({"type": "bootVolumeBackupDelta", "firstBackupId": "a", "secondBackupId": "b"});
    let delta: BootVolumeSourceDetails = serde_json::from_value(absent.clone()).unwrap();
    assert_eq!(serde_json::to_value(&delta).unwrap(), absent);
    // A type added to the API later is kept as received (responses use the union, so it
    // is open; the generated request builders refuse it before sending); a known type
    // with a missing field is named.
    let later = json!({"type": "snapshot", "id": "x"});
    let unknown = serde_json::from_value::<BootVolumeSourceDetails>(later.clone()).unwrap();
    assert!(
        matches!(&unknown, BootVolumeSourceDetails::UnknownValue(_)),
        "{unknown:?}"
    );
    assert_eq!(serde_json::to_value(&unknown).unwrap(), later);
    let missing = serde_json::from_value::<BootVolumeSourceDetails>(json!({"type": "bootVolume"}))
        .unwrap_err()
        .to_string();
    assert!(missing.contains("missing field `id`"), "{missing}");
}

#[test]
fn every_boot_volume_state_parses_and_unknown_ones_do_not_fail() {
    use oci_backup::block_storage::types::{BootVolume, BootVolumeLifecycleState};
    for state in [
        "PROVISIONING",
        "RESTORING",
        "AVAILABLE",
        "TERMINATING",
        "TERMINATED",
        "FAULTY",
        "MIGRATING",
    ] {
        let volume: BootVolume = serde_json::from_value(json!({"availabilityDomain": "AD", "compartmentId": "c",
            "id": "v", "lifecycleState": state, "sizeInMBs": 1024, "timeCreated": "2024-05-02T08:15:00Z"}))
        .unwrap();
        assert_eq!(volume.lifecycle_state.as_str(), state);
        assert_eq!(
            matches!(
                volume.lifecycle_state,
                BootVolumeLifecycleState::UnknownValue(_)
            ),
            state == "MIGRATING"
        );
    }
}
