//! The official OCI CLI's restore and copy commands, unchanged, against the fake.
//!
//! - **Recorded** (always runs): the requests `oci` 3.95.1 sent for `bv
//!   boot-volume-backup copy` and `bv boot-volume create --boot-volume-backup-id ...
//!   --wait-for-state AVAILABLE` (fixture `oci-cli-3.95.1-recovery.json`: method, path,
//!   headers as signed, body) are replayed byte for byte, signatures included, against a
//!   fake whose clock is set to each request's `date`: the fake verifies the CLI's
//!   signatures, accepts the bodies as the spec describes them, and answers as it did.
//! - **Live** (runs when `OCI_BACKUP_OCI_CLI` names an `oci` executable, for example
//!   `target/oci-cli-venv/bin/oci` after `python3 -m venv target/oci-cli-venv &&
//!   target/oci-cli-venv/bin/pip install oci-cli==3.95.1`, about 2 minutes and 800 MB;
//!   skipped with a notice otherwise): the same commands run against a fake serving two
//!   regions. With `OCI_BACKUP_RECORD=1` it rewrites the fixture.
//!
//! The OCI CLI's own `copy --wait-for-state` waits in the source region, where the copy
//! does not exist: the live test shows it fails there (the bug this project's `copy`
//! avoids), so the copy is waited for here with `bv boot-volume-backup get` in the
//! destination region instead.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::BootVolumeBackupLifecycleState;
use oci_backup::config::{KeySource, OciConfig};
use oci_backup::connect::Settings;
use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};
use oci_backup_test_support::keys;
use serde_json::{Value, json};
use support::{DESTINATION_REGION, Harness, SOURCE_REGION, TENANCY, USER, create_details};

const FIXTURE: &str = "oci-cli-3.95.1-recovery.json";

/// The operations recorded, in order.
const RECORDED: &[&str] = &["copyBootVolumeBackup", "createBootVolume", "getBootVolume"];

fn fixture_path() -> PathBuf {
    support::fixture(FIXTURE)
}

#[tokio::test]
async fn the_oci_clis_recorded_copy_and_restore_requests_are_accepted_as_sent() {
    let recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_path()).unwrap()).unwrap();
    let requests = recorded["requests"].as_array().unwrap();
    let date = |request: &Value| -> SystemTime {
        let text = request["headers"]["date"].as_str().unwrap();
        chrono::DateTime::parse_from_rfc2822(text).unwrap().into()
    };
    // The backup the recording copied: the first resource of a fresh fake, created when
    // the recording did (so its id is the same).
    let h = Harness::with(|config| {
        config
            .with_regions([SOURCE_REGION, DESTINATION_REGION])
            .with_backup_duration(Duration::from_secs(1))
            .with_volume_duration(Duration::from_secs(1), Duration::from_secs(1))
    })
    .await;
    h.clock.set(date(&requests[0]) - Duration::from_secs(60));
    let backup = h
        .core
        .create_boot_volume_backup()
        .body(create_details("nightly"))
        .send()
        .await
        .unwrap();
    assert_eq!(backup.id.as_str(), recorded["backupId"].as_str().unwrap());

    let mut operations = Vec::new();
    for request in requests {
        h.clock.set(date(request));
        let status = replay(&h, request).await;
        let expected = format!("HTTP/1.1 {} ", request["status"]);
        assert!(
            status.starts_with(&expected),
            "{}: {status}",
            request["operationId"]
        );
        operations.push(request["operationId"].as_str().unwrap().to_owned());
    }
    let mut expected: Vec<String> = RECORDED.iter().map(|s| (*s).to_owned()).collect();
    operations.dedup();
    expected.dedup();
    assert_eq!(operations, expected);
    let volumes = h.server.state().boot_volumes();
    assert_eq!(volumes.len(), 1);
    assert_eq!(volumes[0].region, DESTINATION_REGION);
    h.assert_contract();
}

/// Replays a recorded request to its region's port over a raw connection, headers
/// exactly as recorded (the signed `host` included), and returns the status line.
async fn replay(h: &Harness, recorded: &Value) -> String {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let region = recorded["region"].as_str().unwrap();
    let url = h.server.region_url(region).unwrap();
    let address = url.trim_start_matches("http://");
    let mut head = format!(
        "{} {} HTTP/1.1\r\n",
        recorded["method"].as_str().unwrap(),
        recorded["pathAndQuery"].as_str().unwrap()
    );
    for (name, value) in recorded["headers"].as_object().unwrap() {
        head.push_str(&format!("{name}: {}\r\n", value.as_str().unwrap()));
    }
    head.push_str("connection: close\r\n\r\n");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    if let Some(body) = recorded["body"].as_str() {
        stream.write_all(body.as_bytes()).await.unwrap();
    }
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    answer.lines().next().unwrap_or_default().to_owned()
}

/// The `oci` executable to run live, if any.
fn oci_cli() -> Option<PathBuf> {
    let path = PathBuf::from(std::env::var_os("OCI_BACKUP_OCI_CLI")?);
    Some(path)
}

/// Runs `oci` with a profile for the test key; returns (exit code, stdout, stderr).
fn oci(cli: &Path, config: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(cli)
        .args(["--config-file", config.to_str().unwrap()])
        .args(args)
        .env("OCI_CLI_SUPPRESS_FILE_PERMISSIONS_WARNING", "True")
        .env_remove("OCI_CLI_PROFILE")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_official_oci_cli_copies_and_restores_against_the_fake_when_present() {
    let Some(cli) = oci_cli() else {
        eprintln!("skipped: set OCI_BACKUP_OCI_CLI to an `oci` executable (oci-cli 3.95.1)");
        return;
    };
    let server = FakeServer::start(
        FakeConfig::default()
            .with_regions([SOURCE_REGION, DESTINATION_REGION])
            .with_public_key(PublicKey::from_file(&keys::public_key_path()).unwrap())
            .with_backup_duration(Duration::from_secs(1))
            .with_volume_duration(Duration::from_secs(1), Duration::from_secs(1))
            .with_response_validation(true),
    )
    .await
    .unwrap();
    let source = server.base_url().to_owned();
    let destination = server.region_url(DESTINATION_REGION).unwrap().to_owned();
    let dir = std::env::temp_dir().join(format!("oci-backup-oci-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config");
    std::fs::write(
        &config,
        format!(
            "[DEFAULT]\nuser={USER}\nfingerprint={}\nkey_file={}\ntenancy={TENANCY}\nregion={SOURCE_REGION}\n",
            keys::FINGERPRINT,
            keys::api_key_path().display()
        ),
    )
    .unwrap();

    // The backup, made with this project's library.
    let profile = OciConfig::api_key(
        TENANCY,
        USER,
        keys::FINGERPRINT,
        KeySource::File(keys::api_key_path()),
        SOURCE_REGION,
    )
    .with_endpoint(&source);
    let storage = BlockStorage::from_profile(&profile, Settings::default()).unwrap();
    let backup = storage
        .create_backup(create_details("nightly"))
        .wait_for(&[BootVolumeBackupLifecycleState::Available])
        .send()
        .await
        .unwrap();
    let backup_id = backup.id.to_string();
    server.state().clear_request_log();

    let cli2 = cli.clone();
    let config2 = config.clone();
    let run = move |args: Vec<String>| {
        let (cli, config) = (cli2.clone(), config2.clone());
        async move {
            tokio::task::spawn_blocking(move || {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                oci(&cli, &config, &args)
            })
            .await
            .unwrap()
        }
    };
    let strings = |args: &[&str]| args.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();

    // Copy, as `oci` spells it, sent to the source region.
    let (code, stdout, stderr) = run(strings(&[
        "bv",
        "boot-volume-backup",
        "copy",
        "--boot-volume-backup-id",
        &backup_id,
        "--destination-region",
        DESTINATION_REGION,
        "--endpoint",
        &source,
    ]))
    .await;
    assert_eq!(code, 0, "{stderr}");
    let copy: Value = serde_json::from_str(&stdout).unwrap();
    let copy_id = copy["data"]["id"].as_str().unwrap().to_owned();
    assert!(copy_id.contains(DESTINATION_REGION));
    // Read where it lives once the copy is done.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let (code, stdout, stderr) = run(strings(&[
        "bv",
        "boot-volume-backup",
        "get",
        "--boot-volume-backup-id",
        &copy_id,
        "--endpoint",
        &destination,
    ]))
    .await;
    assert_eq!(code, 0, "{stderr}");
    let got: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(got["data"]["lifecycle-state"], "AVAILABLE");

    // Restore in the destination region from the copy, and wait (oci's own waiter).
    let (code, stdout, stderr) = run(strings(&[
        "bv",
        "boot-volume",
        "create",
        "--boot-volume-backup-id",
        &copy_id,
        "--availability-domain",
        "Uocm:PHX-AD-1",
        "--wait-for-state",
        "AVAILABLE",
        "--wait-interval-seconds",
        "1",
        "--endpoint",
        &destination,
    ]))
    .await;
    assert_eq!(code, 0, "{stderr}");
    let volume: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(volume["data"]["lifecycle-state"], "AVAILABLE");
    assert_eq!(volume["data"]["source-details"]["type"], "bootVolumeBackup");
    assert_eq!(volume["data"]["source-details"]["id"], copy_id.as_str());

    let log = server.state().request_log();
    if std::env::var_os("OCI_BACKUP_RECORD").is_some_and(|v| v == "1") {
        let regions = server.regions().to_vec();
        let requests: Vec<Value> = log
            .iter()
            .filter(|e| {
                e.operation_id
                    .as_deref()
                    .is_some_and(|op| RECORDED.contains(&op))
            })
            .map(|e| {
                let host = e.header("host").unwrap_or_default();
                let region = regions
                    .iter()
                    .find(|(_, url)| url.ends_with(host))
                    .map(|(r, _)| r.clone())
                    .unwrap_or_default();
                let headers: serde_json::Map<String, Value> = e
                    .headers
                    .iter()
                    .filter(|(n, _)| n != "connection")
                    .map(|(n, v)| (n.clone(), json!(v)))
                    .collect();
                json!({
                    "operationId": e.operation_id,
                    "region": region,
                    "method": e.method,
                    "pathAndQuery": e.path_and_query,
                    "headers": headers,
                    "body": (!e.body.is_empty()).then(|| String::from_utf8_lossy(&e.body).into_owned()),
                    "status": e.response.as_ref().map(|r| r.status),
                })
            })
            .collect();
        let fixture = json!({
            "recordedWith": "oci-cli 3.95.1 (Python SDK signer), `oci bv boot-volume-backup copy` and `oci bv boot-volume create --boot-volume-backup-id --wait-for-state AVAILABLE`",
            "backupId": backup_id,
            "requests": requests,
        });
        std::fs::write(
            fixture_path(),
            serde_json::to_string_pretty(&fixture).unwrap() + "\n",
        )
        .unwrap();
    }

    // oci's own `copy --wait-for-state` polls the source region, where the copy is not.
    let (code, _, stderr) = run(strings(&[
        "bv",
        "boot-volume-backup",
        "copy",
        "--boot-volume-backup-id",
        &backup_id,
        "--destination-region",
        DESTINATION_REGION,
        "--endpoint",
        &source,
        "--wait-for-state",
        "AVAILABLE",
        "--max-wait-seconds",
        "5",
    ]))
    .await;
    assert!(
        stderr.contains("Encountered error while waiting") || code != 0,
        "{code}: {stderr}"
    );
    assert_eq!(server.state().spec_violations(), []);
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}
