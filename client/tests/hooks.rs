//! The auth seam: one `Hooks` object drives both generated clients, against a real
//! HTTP server on 127.0.0.1.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::{Arc, Mutex};

use oci_backup::analytics::{self, ResponseHeaders as _};
use oci_backup::core::{self, ResponseHeaders as _};
use oci_backup::runtime::{BoxFuture, HookError, Hooks, SharedHooks};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A request as the server received it.
#[derive(Debug, Clone)]
struct Received {
    request_line: String,
    headers: Vec<(String, String)>,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Serves canned answers by path and records every request.
async fn serve() -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 4096];
                let head_end = loop {
                    let n = stream.read(&mut chunk).await.unwrap();
                    if n == 0 {
                        return;
                    }
                    buffer.extend_from_slice(&chunk[..n]);
                    if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                        break at;
                    }
                };
                let head = String::from_utf8_lossy(&buffer[..head_end]).to_string();
                let mut lines = head.split("\r\n");
                let request_line = lines.next().unwrap_or_default().to_owned();
                let headers: Vec<(String, String)> = lines
                    .filter_map(|l| l.split_once(": "))
                    .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
                    .collect();
                let length: usize = headers
                    .iter()
                    .find(|(n, _)| n == "content-length")
                    .map_or(0, |(_, v)| v.parse().unwrap());
                while buffer.len() < head_end + 4 + length {
                    let n = stream.read(&mut chunk).await.unwrap();
                    buffer.extend_from_slice(&chunk[..n]);
                }
                let (status, extra, body) =
                    if request_line.starts_with("GET /20160918/bootVolumeBackups/") {
                        let body = serde_json::json!({
                        "compartmentId": "ocid1.compartment.oc1..c", "displayName": "b",
                        "id": "ocid1.bootvolumebackup.oc1..b", "lifecycleState": "CREATING",
                        "timeCreated": "2024-05-01T02:00:04Z", "backupProgress": 40});
                        (
                            "200 OK",
                            "etag: \"e1\"\r\nopc-request-id: REQ1\r\n",
                            body.to_string(),
                        )
                    } else if request_line.starts_with("POST /api/20210901/snapshots ") {
                        (
                            "202 Accepted",
                            "oa-work-request-id: lfc-c2:152-cd:607\r\n",
                            r#"{"workRequestId":"lfc-c2:152-cd:607"}"#.to_owned(),
                        )
                    } else {
                        (
                            "404 Not Found",
                            "opc-request-id: REQ404\r\n",
                            r#"{"code":"NotFound","message":"no such thing"}"#.to_owned(),
                        )
                    };
                seen.lock().unwrap().push(Received {
                    request_line,
                    headers,
                });
                let response = format!(
                    "HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{extra}content-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                stream.write_all(response.as_bytes()).await.unwrap();
            });
        }
    });
    (base, log)
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
        operation_id: &'static str,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            self.prepared.lock().unwrap().push(operation_id);
            if operation_id == "deleteSnapshot" {
                return Err("no credentials for deleteSnapshot".into());
            }
            let value = format!("Test {operation_id}").parse()?;
            request.headers_mut().insert("authorization", value);
            Ok(())
        })
    }
}

#[tokio::test]
async fn one_hooks_object_authorises_both_apis_and_headers_are_typed() {
    let (base, log) = serve().await;
    let stamp = Arc::new(Stamp::default());
    let hooks: SharedHooks = stamp.clone();
    let core_client = core::Client::new(&base, hooks.clone());
    let analytics_client = analytics::Client::new(&base, hooks);

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
        Some("REQ1"),
        "same canned backup"
    );

    let received = log.lock().unwrap().clone();
    assert_eq!(
        received[0].request_line,
        "GET /20160918/bootVolumeBackups/ocid1.bootvolumebackup.oc1..b HTTP/1.1"
    );
    assert_eq!(
        received[1].request_line,
        "POST /api/20210901/snapshots HTTP/1.1"
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
    let (base, _log) = serve().await;
    let client = analytics::Client::new(&base, Arc::new(Stamp::default()));
    let error = client
        .get_snapshot()
        .snapshot_id("nope")
        .send()
        .await
        .unwrap_err();
    let analytics::Error::ErrorResponse(response) = error else {
        panic!("expected a documented error, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(response.code, "NotFound");
    assert_eq!(response.headers().get("opc-request-id").unwrap(), "REQ404");
}

#[tokio::test]
async fn a_failing_hook_stops_the_request_before_it_is_sent() {
    let (base, log) = serve().await;
    let client = analytics::Client::new(&base, Arc::new(Stamp::default()));
    let error = client
        .delete_snapshot()
        .snapshot_id("s1")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, analytics::Error::Custom(message) if message == "no credentials for deleteSnapshot"),
        "{error:?}"
    );
    assert!(log.lock().unwrap().is_empty(), "nothing reached the server");
}
