//! The official Python SDK's instance-principal signer against the fake (a live run of
//! `.ci/schemathesis/sdk_instance_principal.py`), and the project's federation request
//! beside the SDK's: the same body fields, the same signed headers, the same `keyId`,
//! both accepted.
//!
//! The SDK comes from the Schemathesis venv (`.ci/schemathesis/setup-venv`, hash-pinned
//! `oci==2.189.0`): `OCI_BACKUP_SDK_PYTHON` names its python, else
//! `target/schemathesis/venv/bin/python` is used when it exists. Without either the test
//! is skipped with a notice, unless `OCI_BACKUP_REQUIRE_SDK=1` (set by `cargo xtask
//! schemathesis`, which runs this test once the venv is ready).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::PathBuf;
use std::sync::Arc;

use oci_backup::CallExt as _;
use oci_backup::auth::instance::{InstancePrincipal, InstancePrincipalOptions};
use oci_backup::auth::oci::OciSigner;
use oci_backup::auth::session::SessionCache;
use oci_backup::auth::signer;
use oci_backup::block_storage::BlockStorage;
use oci_backup::clock::SystemClock;
use oci_backup::config::Environment;
use oci_backup::connect::{Settings, Signing};
use oci_backup_fake::identity::FAKE_TENANCY;
use oci_backup_fake::{FakeConfig, FakeServer, LoggedRequest};

const COMPARTMENT: &str = "ocid1.compartment.oc1..aaaaaaaafakecompartment";

fn python() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("OCI_BACKUP_SDK_PYTHON") {
        return Some(PathBuf::from(path));
    }
    let venv = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../schemathesis/venv/bin/python");
    venv.exists().then_some(venv)
}

/// The body's field names, sorted, and the signature's parameters but the signature.
fn shape(request: &LoggedRequest) -> (Vec<String>, Vec<String>, String, Option<String>) {
    let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    let mut fields: Vec<String> = body.as_object().unwrap().keys().cloned().collect();
    fields.sort();
    let parameters = signer::parse_authorization(request.header("authorization").unwrap()).unwrap();
    (
        fields,
        parameters.headers,
        parameters.key_id,
        request.header("content-type").map(str::to_owned),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_sdk_and_this_project_federate_alike() {
    let Some(python) = python() else {
        assert!(
            std::env::var_os("OCI_BACKUP_REQUIRE_SDK").is_none_or(|v| v != "1"),
            "OCI_BACKUP_REQUIRE_SDK=1 but no SDK python: set OCI_BACKUP_SDK_PYTHON"
        );
        eprintln!(
            "skipped: no oci SDK venv (run .ci/schemathesis/setup-venv target/schemathesis/venv)"
        );
        return;
    };
    let server = FakeServer::start(FakeConfig::default()).await.unwrap();
    let base = server.base_url().to_owned();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../.ci/schemathesis/sdk_instance_principal.py");
    let args = [
        script.display().to_string(),
        base.clone(),
        COMPARTMENT.to_owned(),
    ];
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(&python)
            .args(args)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .output()
    })
    .await
    .unwrap()
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the SDK run failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(report["region"], "us-ashburn-1");
    assert_eq!(report["tenancy"], FAKE_TENANCY);
    assert_eq!(report["statuses"], serde_json::json!([200, 200]));
    assert_eq!(server.identity().federations(), 2);

    // This project, against the same fake.
    let clock = Arc::new(SystemClock);
    let options = InstancePrincipalOptions::new(Environment::new(
        [("OCI_METADATA_BASE_URL", format!("{base}/opc/v2"))],
        None,
    ))
    .with_auth_endpoint(&base);
    let instance = InstancePrincipal::new(options, clock.clone())
        .await
        .unwrap();
    let signer = OciSigner::session(
        SessionCache::new(Arc::new(instance), clock.clone()),
        clock.clone(),
    );
    let storage =
        BlockStorage::from_signing(Signing::new(signer, &base), Settings::with_clock(clock))
            .unwrap();
    storage
        .api()
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .call()
        .await
        .unwrap();

    let log = server.state().request_log();
    let federations: Vec<&LoggedRequest> = log
        .iter()
        .filter(|e| e.path_and_query == "/v1/x509")
        .collect();
    assert_eq!(federations.len(), 3);
    let sdk = shape(federations[0]);
    let ours = shape(federations[2]);
    assert_eq!(
        ours, sdk,
        "the project's federation request differs from the SDK's"
    );
    assert_eq!(
        sdk.0,
        ["certificate", "intermediateCertificates", "publicKey"]
    );
    assert_eq!(
        sdk.1,
        [
            "date",
            "(request-target)",
            "content-length",
            "content-type",
            "x-content-sha256"
        ]
    );
    // Every Core request, the SDK's and ours, was signed with a session token and accepted.
    let core: Vec<&LoggedRequest> = log.iter().filter(|e| e.operation_id.is_some()).collect();
    assert_eq!(core.len(), 3);
    for request in core {
        assert!(
            request
                .header("authorization")
                .unwrap()
                .contains("keyId=\"ST$")
        );
        assert_eq!(request.response.as_ref().unwrap().status, 200);
    }
}
