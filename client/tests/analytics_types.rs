//! The generated Analytics types against the seed's examples and the spec's rules.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use oci_backup::analytics::types::{
    Auth, NewSnapshot, PasswordBarPassword, Snapshot, Storage, WorkRequest, WorkRequestStatus,
};
use serde_json::{Value, json};

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn seed_create() -> Value {
    fixture("oac-seed-create.json")
}

fn seed_register() -> Value {
    fixture("oac-seed-register.json")
}

fn spec_example(name: &str) -> Value {
    let path = format!("{}/../specs/oac-snapshots.yaml", env!("CARGO_MANIFEST_DIR"));
    let spec: Value = serde_norway::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let pointer = format!(
        "/paths/~1api~120210901~1snapshots/post/requestBody/content/application~1json/examples/{name}/value"
    );
    spec.pointer(&pointer).cloned().unwrap()
}

fn parse(body: &Value) -> Result<NewSnapshot, String> {
    serde_json::from_value(body.clone()).map_err(|e| e.to_string())
}

#[test]
fn the_spec_carries_the_seed_examples_as_they_stand() {
    assert_eq!(spec_example("createAndRegister"), seed_create());
    assert_eq!(spec_example("registerExisting"), seed_register());
}

#[test]
fn seed_create_example_is_the_create_variant_and_round_trips() {
    let request = parse(&seed_create()).unwrap();
    let NewSnapshot::Create { name, storage, bar } = &request else {
        panic!("CREATE parsed as {request:?}");
    };
    assert_eq!(name, "myfirstsnapshot");
    let bar = bar.as_ref().unwrap();
    assert_eq!(bar.password.expose_secret(), "snapshotPassword123");
    let Storage::OciNative { auth, bucket, .. } = storage else {
        panic!("OCI_NATIVE parsed as {storage:?}");
    };
    assert_eq!(bucket.as_deref(), Some("mysnapshot-bucket"));
    assert!(
        matches!(auth, Auth::OssAuthOciUserId { oci_region, .. } if oci_region == "us-phoenix-1")
    );
    assert_eq!(serde_json::to_value(&request).unwrap(), seed_create());
}

#[test]
fn seed_register_example_is_the_register_variant_and_round_trips() {
    let request = parse(&seed_register()).unwrap();
    let NewSnapshot::Register { name, bar, .. } = &request else {
        panic!("REGISTER parsed as {request:?}");
    };
    assert_eq!(name, "mysavedsnapshot");
    assert_eq!(
        bar.as_ref().unwrap().uri,
        "file:///myfolder/mysavedsnapshot.bar"
    );
    assert_eq!(serde_json::to_value(&request).unwrap(), seed_register());
}

#[test]
fn resource_principal_example_round_trips() {
    let body = spec_example("createWithResourcePrincipal");
    let request = parse(&body).unwrap();
    let NewSnapshot::Create {
        storage: Storage::OciNative { auth, .. },
        ..
    } = &request
    else {
        panic!("{request:?}");
    };
    assert_eq!(auth, &Auth::OciResourcePrincipal {});
    assert_eq!(serde_json::to_value(&request).unwrap(), body);
}

#[test]
fn an_unknown_type_is_rejected_at_each_level_naming_the_allowed_values() {
    let cases = [
        (
            "/type",
            "unknown variant `CLONE`, expected `CREATE` or `REGISTER`",
        ),
        (
            "/storage/type",
            "unknown variant `CLONE`, expected `OCI_NATIVE`",
        ),
        (
            "/storage/auth/type",
            "unknown variant `CLONE`, expected `OSS_AUTH_OCI_USER_ID` or `OCI_RESOURCE_PRINCIPAL`",
        ),
    ];
    for (pointer, expected) in cases {
        let mut body = seed_create();
        *body.pointer_mut(pointer).unwrap() = json!("CLONE");
        let error = parse(&body).unwrap_err();
        assert!(error.contains(expected), "{pointer}: {error}");
    }
}

#[test]
fn a_missing_required_field_is_rejected_naming_it() {
    let cases = [
        ("", "name"),
        ("", "storage"),
        ("/storage", "auth"),
        ("/storage/auth", "ociUserId"),
        ("/storage/auth", "ociPrivateKeyWrapped"),
        ("/bar", "uri"),
        ("/bar", "password"),
    ];
    for (parent, field) in cases {
        let mut body = seed_create();
        body.pointer_mut(parent)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(field);
        let error = parse(&body).unwrap_err();
        assert!(
            error.contains(&format!("missing field `{field}`")),
            "{parent}/{field}: {error}"
        );
    }
    let mut body = seed_create();
    body.as_object_mut().unwrap().remove("type");
    assert!(parse(&body).unwrap_err().contains("missing field `type`"));
}

#[test]
fn a_password_breaking_each_rule_is_rejected_naming_the_rule() {
    let cases = [
        ("Sh0rtPw", "must be at least 8 characters long"),
        (
            "Aa1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "must be at most 50 characters long",
        ),
        (
            "NoDigitsAtAll",
            "must contain at least one numeric character",
        ),
        (
            "nouppercase123",
            "must contain at least one uppercase letter",
        ),
        (
            "NOLOWERCASE123",
            "must contain at least one lowercase letter",
        ),
    ];
    for (password, rule) in cases {
        let direct = PasswordBarPassword::new(password).unwrap_err().to_string();
        assert_eq!(
            direct.split(" (pattern").next().unwrap(),
            format!("`password` {rule}")
        );
        let mut body = seed_create();
        body["bar"]["password"] = json!(password);
        let error = parse(&body).unwrap_err();
        assert!(error.contains(rule), "{password}: {error}");
        assert!(
            !error.contains(password),
            "the error shows the password: {error}"
        );
    }
    assert!(PasswordBarPassword::new("snapshotPassword123").is_ok());
}

#[test]
fn debug_never_shows_the_password_or_the_private_key() {
    let request = parse(&seed_create()).unwrap();
    let debug = format!("{request:?} {request:#?}");
    assert!(!debug.contains("snapshotPassword123"), "{debug}");
    assert!(
        !debug.contains("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tL"),
        "{debug}"
    );
    assert!(
        debug.contains("myfirstsnapshot"),
        "Debug still shows the rest: {debug}"
    );
}

#[test]
fn a_work_request_with_a_status_added_later_still_parses() {
    let work_request: WorkRequest = serde_json::from_value(json!({
        "id": "lfc-c2:152-cd:607",
        "operationType": "CREATE_SNAPSHOT",
        "percentComplete": 42.5,
        "status": "PAUSED",
        "timeAccepted": "2016-08-25T21:10:29.600Z",
        "Errors": [{"code": "E1", "message": "m", "timestamp": "2016-08-25T21:10:30Z"}],
    }))
    .unwrap();
    assert_eq!(
        work_request.status,
        WorkRequestStatus::UnknownValue("PAUSED".into())
    );
    assert_eq!(work_request.status.to_string(), "PAUSED");
    assert_eq!(
        work_request.errors.as_deref().unwrap_or_default()[0].code,
        "E1"
    );
    for status in WorkRequestStatus::KNOWN {
        let parsed: WorkRequestStatus = serde_json::from_value(json!(status)).unwrap();
        assert!(parsed.is_known());
        assert_eq!(serde_json::to_value(&parsed).unwrap(), json!(status));
    }
}

#[test]
fn a_snapshot_response_echoing_only_the_auth_type_parses() {
    let snapshot: Snapshot = serde_json::from_value(json!({
        "id": "ac6fdab7-9c16-4d22-a56f-cb7b5d15505a",
        "name": "nightly",
        "bar": {"uri": "file:///nightly.bar"},
        "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "SOMETHING_NEW"}},
        "createdByUser": "admin",
        "timeCreated": "2024-01-02T03:04:05Z",
    }))
    .unwrap();
    assert_eq!(snapshot.storage.auth.type_.as_str(), "SOMETHING_NEW");
}
