//! The Core spec's shape of a union used by requests and responses (golden
//! `both-sides`), compiled: one open type for each side, what a response carried kept as
//! received, and refused by a request before anything is sent.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/both-sides.rs"]
mod both_sides;

// Generated code names its replaced types (open enums, secrets) `crate::types::X`.
pub use both_sides::types;

use both_sides::types::{BootVolume, BootVolumeSourceDetails, LifecycleState};
use both_sides::{Client, Error};
use oci_backup_test_support::Server;
use serde_json::json;
use support::round_trip;

#[test]
fn each_known_variant_round_trips() {
    round_trip(
        &BootVolumeSourceDetails::BootVolumeBackup { id: "b1".into() },
        &json!({"type": "bootVolumeBackup", "id": "b1"}),
    );
    round_trip(
        &BootVolumeSourceDetails::BootVolume { id: "v1".into() },
        &json!({"type": "bootVolume", "id": "v1"}),
    );
    round_trip(
        &BootVolumeSourceDetails::BootVolumeBackupDelta {
            first_backup_id: "b1".into(),
            second_backup_id: "b2".into(),
            change_block_size_in_bytes: Some(4096),
        },
        &json!({"type": "bootVolumeBackupDelta", "firstBackupId": "b1",
                "secondBackupId": "b2", "changeBlockSizeInBytes": 4096}),
    );
}

#[test]
fn an_unknown_tag_in_a_response_is_kept_as_received() {
    let wire = json!({"id": "bv1", "lifecycleState": "HIBERNATING",
        "sourceDetails": {"type": "bootVolumeReplica", "id": "r1", "extra": [1, {"a": null}]}});
    let volume: BootVolume = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(
        volume.lifecycle_state,
        LifecycleState::UnknownValue("HIBERNATING".into())
    );
    let source = volume.source_details.as_ref().unwrap();
    assert!(!source.is_known());
    assert!(matches!(source, BootVolumeSourceDetails::UnknownValue(o) if o["id"] == "r1"));
    assert_eq!(serde_json::to_value(&volume).unwrap(), wire);
}

#[test]
fn a_known_tag_with_a_bad_body_still_fails_naming_the_field() {
    let missing = serde_json::from_value::<BootVolumeSourceDetails>(
        json!({"type": "bootVolumeBackupDelta", "firstBackupId": "b1"}),
    )
    .unwrap_err()
    .to_string();
    assert!(
        missing.contains("missing field `secondBackupId`"),
        "{missing}"
    );
    let no_tag = serde_json::from_value::<BootVolumeSourceDetails>(json!({"id": "b1"}))
        .unwrap_err()
        .to_string();
    assert!(no_tag.contains("missing field `type`"), "{no_tag}");
    let number = serde_json::from_value::<BootVolumeSourceDetails>(json!({"type": 1}))
        .unwrap_err()
        .to_string();
    assert!(number.contains("`type` must be a string"), "{number}");
    assert_eq!(
        BootVolumeSourceDetails::KNOWN,
        ["bootVolume", "bootVolumeBackup", "bootVolumeBackupDelta"]
    );
}

fn client(server: &Server) -> Client {
    Client::new(
        &format!("http://{}", server.address()),
        oci_backup_runtime::Unauthenticated::shared(),
    )
}

#[tokio::test]
async fn a_request_refuses_an_unknown_value_before_sending() {
    let answer = json!({"id": "bv2", "lifecycleState": "PROVISIONING",
        "sourceDetails": {"type": "bootVolumeBackup", "id": "b1"}});
    let server =
        Server::start(move |_| oci_backup_test_support::Answer::json(200, answer.to_string()));
    let client = client(&server);
    // What a response carried, sent back as a restore would.
    let unknown: BootVolumeSourceDetails =
        serde_json::from_value(json!({"type": "bootVolumeReplica", "id": "r1"})).unwrap();
    let error = client
        .create_boot_volume()
        .body_map(|b| b.compartment_id("c1").source_details(unknown))
        .send()
        .await
        .unwrap_err();
    let Error::InvalidRequest(message) = error else {
        panic!("not InvalidRequest: {error:?}");
    };
    assert!(
        message.starts_with("`sourceDetails`: a variant this client does not know"),
        "{message}"
    );
    let error = client
        .list_boot_volumes()
        .lifecycle_state(LifecycleState::from("HIBERNATING"))
        .send()
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`lifecycle_state`: `HIBERNATING`"),
        "{error}"
    );
    assert_eq!(server.request_count(), 0, "nothing may be sent");

    // Known values go through, unchanged on the wire.
    let created = client
        .create_boot_volume()
        .body_map(|b| {
            b.compartment_id("c1")
                .source_details(BootVolumeSourceDetails::BootVolumeBackup { id: "b1".into() })
        })
        .send()
        .await
        .unwrap();
    assert_eq!(created.lifecycle_state, LifecycleState::Provisioning);
    let sent = server.requests();
    assert_eq!(
        sent[0].json(),
        json!({"compartmentId": "c1", "sourceDetails": {"type": "bootVolumeBackup", "id": "b1"}})
    );
}
