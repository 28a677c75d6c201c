//! The run-time contract checks themselves: responses that break the spec are caught,
//! with a message naming the field and the rule, and a drift between a spec and what the
//! client sends or the fake answers shows up as a violation.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use oci_backup_fake::spec::{ANALYTICS_SPEC_YAML, CORE_SPEC_YAML, IncomingRequest, Specs};
use serde_json::json;
use support::{Harness, create_details};

fn json_headers() -> Vec<(String, String)> {
    vec![("content-type".into(), "application/json".into())]
}

fn backup() -> serde_json::Value {
    json!({
        "compartmentId": "ocid1.compartment.oc1..c",
        "displayName": "b",
        "id": "ocid1.bootvolumebackup.oc1..b",
        "lifecycleState": "AVAILABLE",
        "timeCreated": "2024-05-01T02:00:04.512Z",
    })
}

fn check(specs: &Specs, operation: &str, status: u16, body: &serde_json::Value) -> Vec<String> {
    specs.check_response(
        operation,
        status,
        &json_headers(),
        body.to_string().as_bytes(),
    )
}

#[test]
fn responses_that_break_the_spec_are_named() {
    let specs = Specs::embedded().unwrap();
    assert_eq!(
        check(&specs, "getBootVolumeBackup", 200, &backup()),
        [] as [String; 0]
    );

    let mut missing = backup();
    missing.as_object_mut().unwrap().remove("id");
    assert_eq!(
        check(&specs, "getBootVolumeBackup", 200, &missing),
        ["getBootVolumeBackup 200: id: is required (required)"]
    );
    let mut state = backup();
    state["lifecycleState"] = "DELETED".into();
    state["backupProgress"] = 101.into();
    state["timeCreated"] = "yesterday".into();
    assert_eq!(
        check(&specs, "getBootVolumeBackup", 200, &state),
        [
            "getBootVolumeBackup 200: backupProgress: must be at most 100 (maximum)",
            r#"getBootVolumeBackup 200: lifecycleState: must be one of "CREATING", "AVAILABLE", "TERMINATING", "TERMINATED", "FAULTY", "REQUEST_RECEIVED" (enum)"#,
            "getBootVolumeBackup 200: timeCreated: must be a valid date-time (format)",
        ]
    );
    assert_eq!(
        check(
            &specs,
            "listBootVolumeBackups",
            200,
            &json!([backup(), {"id": 1}])
        )[0],
        "listBootVolumeBackups 200: [1].compartmentId: is required (required)"
    );
    assert_eq!(
        check(
            &specs,
            "deleteBootVolumeBackup",
            404,
            &json!({"code": "NotFound"})
        ),
        ["deleteBootVolumeBackup 404: message: is required (required)"]
    );
    assert_eq!(
        check(
            &specs,
            "restoreSnapshot",
            202,
            &json!({"workRequestId": "x"})
        ),
        ["restoreSnapshot 202: the spec declares no body, but 21 bytes were sent"]
    );
    assert_eq!(
        specs.check_response("listSnapshots", 200, &[], b"{\"items\": []}"),
        ["listSnapshots 200: content-type must be application/json, got None"]
    );
    assert_eq!(
        specs.check_response("getWorkRequest", 200, &json_headers(), b"<html>"),
        ["getWorkRequest 200: the body is not JSON: expected value at line 1 column 1"]
    );
    assert_eq!(
        specs.check_response("noSuchOperation", 200, &[], b""),
        ["no operation `noSuchOperation` in the specs"]
    );
    let work_request = json!({
        "id": "w", "operationType": "CREATE_SNAPSHOT", "percentComplete": "50",
        "status": "SUCCEEDED", "timeAccepted": "2024-05-01T02:00:04Z",
        "Errors": [{"code": "X"}],
    });
    assert_eq!(
        check(&specs, "getWorkRequest", 200, &work_request),
        [
            "getWorkRequest 200: Errors[0].message: is required (required)",
            "getWorkRequest 200: percentComplete: must be of type number (type)",
        ]
    );
}

/// The specs with one edit, as if the spec had drifted from the code.
fn drifted(core_edit: (&str, &str), analytics_edit: (&str, &str)) -> Specs {
    let core = CORE_SPEC_YAML.replacen(core_edit.0, core_edit.1, 1);
    let analytics = ANALYTICS_SPEC_YAML.replacen(analytics_edit.0, analytics_edit.1, 1);
    assert_ne!(
        core.len() + analytics.len(),
        CORE_SPEC_YAML.len() + ANALYTICS_SPEC_YAML.len()
    );
    Specs::from_yaml(&core, &analytics).unwrap()
}

#[tokio::test]
async fn a_spec_that_drifted_from_the_code_fails_the_checks() {
    let h = Harness::start().await;
    h.core
        .create_boot_volume_backup()
        .body(create_details("drift"))
        .send()
        .await
        .unwrap();
    h.assert_contract();
    let entry = h.server.state().request_log().pop().unwrap();
    let request = IncomingRequest {
        method: &entry.method,
        path_and_query: &entry.path_and_query,
        headers: &entry.headers,
        body: &entry.body,
    };
    let response = entry.response.unwrap();

    // The spec now requires a field the client does not send.
    let stricter = drifted(
        (
            "      required:\n        - bootVolumeId\n",
            "      required:\n        - bootVolumeId\n        - kmsKeyId\n",
        ),
        ("", ""),
    );
    let violation = stricter.check_request(&request).unwrap_err();
    assert_eq!(violation.message(), "kmsKeyId: is required (required)");

    // The spec no longer knows a lifecycle state the fake (and the code) use.
    let narrower = drifted(("            - REQUEST_RECEIVED\n", ""), ("", ""));
    let violations = narrower.check_response(
        "createBootVolumeBackup",
        response.status,
        &response.headers,
        &response.body,
    );
    assert_eq!(
        violations,
        [
            r#"createBootVolumeBackup 200: lifecycleState: must be one of "CREATING", "AVAILABLE", "TERMINATING", "TERMINATED", "FAULTY" (enum)"#
        ]
    );
}

#[test]
fn every_operation_declares_what_the_fake_answers() {
    let specs = Specs::embedded().unwrap();
    for operation in specs.operations() {
        let statuses: Vec<&str> = operation.response_statuses().collect();
        assert!(
            statuses.contains(&"default"),
            "{}: {statuses:?}",
            operation.operation_id()
        );
    }
    assert_eq!(specs.operations().len(), 18);
}
