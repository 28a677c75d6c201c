//! The auth seam: one `Hooks` object drives both generated clients, against a real
//! HTTP server on 127.0.0.1.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::{Arc, Mutex};

use oci_backup::analytics::{self, ResponseHeaders as _};
use oci_backup::block_storage::{self, ResponseHeaders as _};
use oci_backup::runtime::{BoxFuture, HookError, Hooks, Operation, SharedHooks};
use oci_backup_test_support::scripted::start;
use oci_backup_test_support::{Answer, Reply};

const BACKUP: &str = r#"{"compartmentId": "ocid1.compartment.oc1..c", "displayName": "b",
    "id": "ocid1.bootvolumebackup.oc1..b", "lifecycleState": "CREATING",
    "timeCreated": "2024-05-01T02:00:04Z", "backupProgress": 40}"#;

fn backup() -> Reply {
    Answer::json(200, BACKUP).header("etag", "\"e1\"").into()
}

fn accepted() -> Reply {
    Answer::json(202, r#"{"workRequestId":"lfc-c2:152-cd:607"}"#)
        .header("oa-work-request-id", "lfc-c2:152-cd:607")
        .into()
}

/// Stamps each request with the operation it belongs to; refuses one operation.
#[derive(Debug, Default)]
struct Stamp {
    prepared: Mutex<Vec<&'static str>>,
}

impl Hooks for Stamp {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        let operation_id = operation.id;
        Box::pin(async move {
            self.prepared.lock().unwrap().push(operation_id);
            if operation_id == "deleteSnapshot" {
                return Err(HookError::authentication(
                    "no credentials for deleteSnapshot",
                ));
            }
            let value = format!("Test {operation_id}")
                .parse()
                .map_err(HookError::invalid_input)?;
            request.headers_mut().insert("authorization", value);
            Ok(())
        })
    }
}

#[tokio::test]
async fn one_hooks_object_authorises_both_apis_and_headers_are_typed() {
    let server = start(vec![backup(), accepted(), backup()]);
    let base = server.base.clone();
    let stamp = Arc::new(Stamp::default());
    let hooks: SharedHooks = stamp.clone();
    let core_client = block_storage::Api::new(&base, hooks.clone());
    let analytics_client = analytics::Api::new(&base, hooks);

    let backup = core_client
        .get_boot_volume_backup()
        .boot_volume_backup_id("ocid1.bootvolumebackup.oc1..b")
        .send()
        .await
        .unwrap();
    assert_eq!(backup.etag(), Some("\"e1\""));
    assert_eq!(backup.opc_request_id(), Some("REQ1"));
    assert_eq!(backup.backup_progress, Some(40));

    let body: analytics::types::NewSnapshot =
        serde_json::from_str(include_str!("fixtures/oac-seed-create.json")).unwrap();
    let accepted = analytics_client
        .create_snapshot()
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.oa_work_request_id(), Some("lfc-c2:152-cd:607"));
    assert_eq!(accepted.work_request_id, "lfc-c2:152-cd:607");

    let missing = core_client
        .get_boot_volume_backup()
        .boot_volume_backup_id("x")
        .send()
        .await;
    assert_eq!(
        missing.unwrap().opc_request_id(),
        Some("REQ3"),
        "the third answer"
    );

    let received = server.requests();
    assert_eq!(
        (
            received[0].method.as_str(),
            received[0].path_and_query.as_str()
        ),
        (
            "GET",
            "/20160918/bootVolumeBackups/ocid1.bootvolumebackup.oc1..b"
        )
    );
    assert_eq!(
        (
            received[1].method.as_str(),
            received[1].path_and_query.as_str()
        ),
        ("POST", "/api/20210901/snapshots")
    );
    assert_eq!(
        received[0].header("authorization"),
        Some("Test getBootVolumeBackup")
    );
    assert_eq!(
        received[1].header("authorization"),
        Some("Test createSnapshot")
    );
    assert_eq!(
        *stamp.prepared.lock().unwrap(),
        [
            "getBootVolumeBackup",
            "createSnapshot",
            "getBootVolumeBackup"
        ]
    );
}

#[tokio::test]
async fn documented_errors_carry_their_headers_and_body() {
    let not_found = r#"{"code":"NotFound","message":"no such thing"}"#;
    let server = start(vec![Reply::json(404, not_found)]);
    let client = analytics::Api::new(&server.base, Arc::new(Stamp::default()));
    let error = client
        .get_snapshot()
        .snapshot_id("nope")
        .send()
        .await
        .unwrap_err();
    let analytics::ApiError::ErrorResponse(response) = error else {
        panic!("expected a documented error, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(response.code, "NotFound");
    assert_eq!(response.headers().get("opc-request-id").unwrap(), "REQ1");
}

#[tokio::test]
async fn a_failing_hook_stops_the_request_before_it_is_sent() {
    let server = start(vec![backup()]);
    let client = analytics::Api::new(&server.base, Arc::new(Stamp::default()));
    let error = client
        .delete_snapshot()
        .snapshot_id("s1")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, analytics::ApiError::Custom(text)
            if HookError::from_custom(text).message() == "no credentials for deleteSnapshot"),
        "{error:?}"
    );
    assert!(server.requests().is_empty(), "nothing reached the server");
}
