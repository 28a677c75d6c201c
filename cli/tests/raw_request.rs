//! `oci-backup raw-request` against a loopback server that verifies the OCI signature:
//! the OCI CLI's output shape, signed bodies and headers, error statuses, bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use serde_json::json;
use support::{Answer, Home};

#[test]
fn a_signed_get_prints_data_headers_and_status() {
    let home = Home::new();
    let server = support::verifying(|_| {
        Answer::json(200, r#"[{"id":"b1"}]"#).header("opc-request-id", "req-9")
    });
    let target = format!(
        "{}/20160918/bootVolumeBackups?compartmentId=ocid1.compartment.oc1..c",
        server.base
    );
    let run = home.run(
        &[
            "raw-request",
            "--http-method",
            "get",
            "--target-uri",
            &target,
        ],
        &[],
    );
    run.expect(0);
    let output = run.json();
    assert_eq!(output["data"], json!([{"id": "b1"}]));
    assert_eq!(output["status"], "200 OK");
    assert_eq!(output["headers"]["opc-request-id"], "req-9");
    let request = &server.requests()[0];
    assert_eq!(request.verified, Some(Ok(())));
    assert_eq!(request.query, "compartmentId=ocid1.compartment.oc1..c");
}

#[test]
fn a_post_signs_its_json_body_and_extra_headers_are_sent() {
    let home = Home::new();
    let server = support::verifying(|_| Answer::empty(204));
    let target = format!(
        "{}/20160918/bootVolumeBackups/b1/actions/changeCompartment",
        server.base
    );
    let run = home.run(
        &[
            "raw-request",
            "--http-method",
            "POST",
            "--target-uri",
            &target,
            "--request-body",
            r#"{"compartmentId": "ocid1.compartment.oc1..new"}"#,
            "--request-headers",
            r#"{"opc-request-id": "mine-1"}"#,
        ],
        &[],
    );
    run.expect(0);
    let output = run.json();
    assert_eq!(
        (&output["data"], &output["status"]),
        (&json!(null), &json!("204 No Content"))
    );
    assert!(output["headers"].is_object());
    let request = &server.requests()[0];
    assert_eq!(request.verified, Some(Ok(())));
    assert_eq!(
        request.json(),
        json!({"compartmentId": "ocid1.compartment.oc1..new"})
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("opc-request-id"), Some("mine-1"));
}

#[test]
fn an_error_status_is_printed_and_sets_the_exit_code() {
    let home = Home::new();
    let server =
        support::verifying(|_| Answer::error(404, "NotAuthorizedOrNotFound", "no such thing"));
    let target = format!("{}/20160918/bootVolumeBackups/nope", server.base);
    let run = home.run(
        &[
            "raw-request",
            "--http-method",
            "GET",
            "--target-uri",
            &target,
        ],
        &[],
    );
    run.expect(1);
    assert_eq!(run.json()["data"]["code"], "NotAuthorizedOrNotFound");
    assert_eq!(run.json()["status"], "404 Not Found");
    assert!(run.stderr.contains("HTTP 404"), "{}", run.stderr);
}

#[test]
fn bad_input_is_rejected_before_anything_is_sent() {
    let home = Home::new();
    let server = support::verifying(|_| Answer::empty(500));
    let target = format!("{}/20160918/bootVolumeBackups", server.base);
    let run = home.run(
        &[
            "raw-request",
            "--http-method",
            "POST",
            "--target-uri",
            &target,
            "--request-body",
            "{not json",
        ],
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --request-body: expected a JSON value"),
        "{}",
        run.stderr
    );
    let run = home.run(
        &[
            "raw-request",
            "--http-method",
            "TRACE",
            "--target-uri",
            &target,
        ],
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr.contains("'--http-method <METHOD>'"),
        "{}",
        run.stderr
    );
    let run = home.run(
        &[
            "raw-request",
            "--http-method",
            "GET",
            "--target-uri",
            "http://iaas.example.com/20160918/bootVolumeBackups",
        ],
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --target-uri: refusing to send credentials over plain http"),
        "{}",
        run.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn raw_request_re_sends_exactly_when_the_retry_layer_does() {
    use oci_backup::policy::{self, Attempt, Verdict};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    let busy = Attempt::Answered {
        status: 503,
        code: Some("ServiceUnavailable"),
    };
    let cases = [
        ("GET", "/20160918/bootVolumeBackups/b1", None),
        (
            "POST",
            "/20160918/bootVolumeBackups/b1/actions/changeCompartment",
            Some(r#"{"compartmentId": "ocid1.compartment.oc1..new"}"#),
        ),
        ("GET", "/20160918/notInTheSpec", None),
        ("POST", "/20160918/notInTheSpec", Some("{}")),
    ];
    for (method, path, body) in cases {
        // What the generated client's retry layer decides for this request.
        let operation = policy::operation_for(method, path)
            .unwrap_or_else(|| policy::unlisted_operation(method));
        let retried = policy::verdict(operation, busy) == Verdict::Retry;

        let home = Home::new();
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let server = support::verifying(move |_| {
            if counter.fetch_add(1, Ordering::SeqCst) == 0 {
                Answer::error(503, "ServiceUnavailable", "busy")
            } else {
                Answer::json(200, "{}")
            }
        });
        let target = format!("{}{path}", server.base);
        let mut args = vec![
            "raw-request",
            "--http-method",
            method,
            "--target-uri",
            &target,
        ];
        if let Some(body) = body {
            args.extend(["--request-body", body]);
        }
        let run = home.run(&args, &[]);
        let sent = server.requests().len();
        assert_eq!(
            (sent, run.code),
            if retried { (2, 0) } else { (1, 1) },
            "{method} {path}: {}",
            run.stderr
        );
    }
}
