//! `oci-backup analytics ...` run as a subprocess against a loopback Analytics server
//! that checks the bearer token: each command, the token sources (file, environment,
//! OAuth 2.0 with refresh-token rotation), the BAR password sources and rules, the
//! waits, and the exit codes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use serde_json::{Value, json};
use support::{Answer, FINGERPRINT, Home, Received, Server, TENANCY, USER, key_path, printed};

const TOKEN: &str = "t0ken-abc";
const PASSWORD: &str = "Passw0rdBar";

fn snapshot(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "bar": {"uri": format!("file:///{name}.bar")},
        "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OSS_AUTH_OCI_USER_ID"}},
        "createdByUser": "admin",
        "timeCreated": "2024-05-01T02:00:00Z"
    })
}

fn work_request(id: &str, status: &str, percent: f64) -> Value {
    let mut work_request = json!({
        "id": id,
        "operationType": "CREATE_SNAPSHOT",
        "percentComplete": percent,
        "status": status,
        "timeAccepted": "2024-05-01T02:00:00Z"
    });
    if status == "FAILED" {
        work_request["Errors"] =
            json!([{"code": "BarWriteFailed", "message": "bucket is read-only"}]);
    }
    work_request
}

/// An Analytics instance: creates and restores start work request `wr-1`, whose gets
/// walk `statuses`; one snapshot `s-1` named `nightly` is listed.
fn instance(statuses: &'static [(&'static str, f64)]) -> Server {
    let polls = AtomicUsize::new(0);
    let created = std::sync::atomic::AtomicBool::new(false);
    Server::start(move |request: &Received| {
        if request.header("authorization") != Some(&format!("Bearer {TOKEN}")) {
            return Answer::error(401, "Unauthorized", "bad token")
                .header("www-authenticate", "Bearer error=\"invalid_token\"");
        }
        match (request.method.as_str(), request.path.as_str()) {
            ("POST", "/api/20210901/snapshots") => {
                created.store(true, Ordering::SeqCst);
                Answer::json(202, r#"{"workRequestId":"wr-1"}"#)
                    .header("oa-work-request-id", "wr-1")
            }
            ("POST", "/api/20210901/system/actions/restoreSnapshot") => {
                Answer::empty(202).header("oa-work-request-id", "wr-1")
            }
            ("GET", "/api/20210901/workRequests/wr-1") => {
                let n = polls.fetch_add(1, Ordering::SeqCst).min(statuses.len() - 1);
                let (status, percent) = statuses[n];
                Answer::json(200, work_request("wr-1", status, percent).to_string())
            }
            // s-1 is there from the start; a create adds s-2 of the same name (names
            // need not be unique).
            ("GET", "/api/20210901/snapshots") if created.load(Ordering::SeqCst) => Answer::json(
                200,
                json!({"items": [snapshot("s-1", "nightly"), snapshot("s-2", "nightly")]})
                    .to_string(),
            ),
            ("GET", "/api/20210901/snapshots") => Answer::json(
                200,
                json!({"items": [snapshot("s-1", "nightly")]}).to_string(),
            ),
            ("GET", "/api/20210901/snapshots/s-1") => {
                Answer::json(200, snapshot("s-1", "nightly").to_string())
            }
            ("DELETE", "/api/20210901/snapshots/s-1") => Answer::empty(200),
            _ => Answer::error(404, "NotFound", "no such resource"),
        }
    })
}

/// The one POST the server received.
fn posted(server: &Server) -> Received {
    let mut posts: Vec<Received> = server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert_eq!(posts.len(), 1, "{posts:?}");
    posts.remove(0)
}

fn analytics<'a>(server: &'a Server, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["analytics"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--url", &server.base]);
    all
}

const TOKEN_ENV: (&str, &str) = ("OAC_TOKEN", TOKEN);
const PASSWORD_ENV: (&str, &str) = ("OCI_BACKUP_BAR_PASSWORD", PASSWORD);

/// A create of a name the test instance already lists (s-1), allowed explicitly.
const CREATE: &[&str] = &[
    "snapshot",
    "create",
    "--name",
    "nightly",
    "--allow-duplicate-name",
    "--bucket",
    "b",
    "--bar-uri",
    "file:///nightly.bar",
];

#[test]
fn a_name_that_exists_is_refused_before_the_create_is_sent() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let without: Vec<&str> = CREATE
        .iter()
        .copied()
        .filter(|arg| *arg != "--allow-duplicate-name")
        .collect();
    for wait in [&[][..], &["--wait"][..]] {
        let mut args = analytics(&server, &without);
        args.extend_from_slice(wait);
        let run = home.run(&args, &[TOKEN_ENV, PASSWORD_ENV]);
        run.expect(2);
        assert!(
            run.stderr
                .contains("--name: a snapshot named `nightly` already exists (id s-1)"),
            "{}",
            run.stderr
        );
    }
    assert!(
        server.requests().iter().all(|r| r.method == "GET"),
        "a create was sent: {:?}",
        server.requests()
    );
}

#[test]
fn create_wraps_the_profile_key_and_prints_the_work_request() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(&analytics(&server, CREATE), &[TOKEN_ENV, PASSWORD_ENV]);
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": {"work-request-id": "wr-1"}, "opc-work-request-id": "wr-1"})
    );
    // The snapshot list (the name check), then the create.
    let requests = server.requests();
    assert_eq!(
        requests
            .iter()
            .map(|r| r.method.as_str())
            .collect::<Vec<_>>(),
        ["GET", "POST"]
    );
    let requests = &requests[1..];
    let wrapped =
        base64::engine::general_purpose::STANDARD.encode(std::fs::read(key_path()).unwrap());
    assert_eq!(
        requests[0].json(),
        json!({
            "type": "CREATE",
            "name": "nightly",
            "storage": {
                "type": "OCI_NATIVE",
                "bucket": "b",
                "auth": {
                    "type": "OSS_AUTH_OCI_USER_ID",
                    "ociRegion": "us-ashburn-1",
                    "ociTenancyId": TENANCY,
                    "ociUserId": USER,
                    "ociKeyFingerprint": FINGERPRINT,
                    "ociPrivateKeyWrapped": wrapped
                }
            },
            "bar": {"uri": "file:///nightly.bar", "password": PASSWORD}
        })
    );
    assert!(!run.stderr.contains(PASSWORD) && !run.stdout.contains(PASSWORD));
}

#[test]
fn create_waits_for_the_work_request_and_prints_the_snapshot() {
    let home = Home::new();
    let server = instance(&[
        ("ACCEPTED", 0.0),
        ("IN_PROGRESS", 50.0),
        ("SUCCEEDED", 100.0),
    ]);
    let token_file = home.dir.write("token", &format!("{TOKEN}\n"));
    let password_file = home.dir.write("bar-password", &format!("{PASSWORD}\n"));
    let mut args = analytics(&server, CREATE);
    args.extend_from_slice(&[
        "--token-file",
        token_file.to_str().unwrap(),
        "--password-file",
        password_file.to_str().unwrap(),
        "--resource-principal",
        "--wait",
        "--wait-interval-seconds",
        "0.01",
    ]);
    let run = home.run(&args, &[]);
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": printed(snapshot("s-2", "nightly"))}),
        "the new snapshot, not the older one of the same name"
    );
    assert!(
        run.stderr
            .contains("work request wr-1: IN_PROGRESS 50% after "),
        "{}",
        run.stderr
    );
    let requests: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert_eq!(
        requests[0].json()["storage"]["auth"],
        json!({"type": "OCI_RESOURCE_PRINCIPAL"})
    );
    assert_eq!(requests[0].json()["bar"]["password"], PASSWORD);
    assert_eq!(
        server.requests().last().unwrap().path,
        "/api/20210901/snapshots"
    );
}

#[test]
fn a_failed_work_request_exits_4_with_its_errors() {
    let home = Home::new();
    let server = instance(&[("IN_PROGRESS", 10.0), ("FAILED", 10.0)]);
    let mut args = analytics(&server, CREATE);
    args.extend_from_slice(&["--wait", "--wait-interval-seconds", "0.01"]);
    let run = home.run(&args, &[TOKEN_ENV, PASSWORD_ENV]);
    run.expect(4);
    assert_eq!(run.json()["data"]["status"], "FAILED");
    assert!(
        run.stderr
            .contains("work request wr-1 reached FAILED: BarWriteFailed: bucket is read-only"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_work_request_that_runs_too_long_exits_5() {
    let home = Home::new();
    let server = instance(&[("IN_PROGRESS", 10.0)]);
    let mut args = analytics(&server, &["snapshot", "restore", "--snapshot-id", "s-1"]);
    args.extend_from_slice(&[
        "--wait",
        "--max-wait-seconds",
        "1",
        "--wait-interval-seconds",
        "0.05",
    ]);
    let run = home.run(&args, &[TOKEN_ENV, PASSWORD_ENV]);
    run.expect(5);
    assert_eq!(run.json()["data"]["status"], "IN_PROGRESS");
    assert!(
        run.stderr.contains("still IN_PROGRESS after"),
        "{}",
        run.stderr
    );
}

#[test]
fn register_sends_the_bar_without_a_password() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let mut args = analytics(
        &server,
        &[
            "snapshot",
            "register",
            "--name",
            "old",
            "--bucket",
            "b",
            "--bar-uri",
            "file:///old.bar",
            "--bucket-namespace",
            "ns",
            "--bucket-region",
            "us-phoenix-1",
        ],
    );
    args.push("--resource-principal");
    let run = home.run(&args, &[TOKEN_ENV]);
    run.expect(0);
    assert_eq!(
        posted(&server).json(),
        json!({
            "type": "REGISTER",
            "name": "old",
            "storage": {
                "type": "OCI_NATIVE",
                "bucket": "b",
                "bucketOciNamespace": "ns",
                "bucketOciRegion": "us-phoenix-1",
                "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}
            },
            "bar": {"uri": "file:///old.bar"}
        })
    );
}

#[test]
fn list_get_delete_and_work_request_get() {
    let home = Home::new();
    let server = instance(&[("IN_PROGRESS", 40.0)]);
    let run = home.run(&analytics(&server, &["snapshot", "list"]), &[TOKEN_ENV]);
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": [printed(snapshot("s-1", "nightly"))]})
    );

    let run = home.run(
        &analytics(&server, &["snapshot", "get", "--snapshot-id", "s-1"]),
        &[TOKEN_ENV],
    );
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": printed(snapshot("s-1", "nightly"))})
    );

    let run = home.run(
        &analytics(
            &server,
            &[
                "snapshot",
                "delete",
                "--snapshot-id",
                "s-1",
                "--delete-storage",
                "--force",
            ],
        ),
        &[TOKEN_ENV],
    );
    run.expect(0);
    assert!(run.stdout.is_empty());
    let delete = server.requests().pop().unwrap();
    assert_eq!(
        (delete.method.as_str(), delete.query.as_str()),
        ("DELETE", "deleteStorage=true")
    );

    let run = home.run(
        &analytics(
            &server,
            &["work-request", "get", "--work-request-id", "wr-1"],
        ),
        &[TOKEN_ENV],
    );
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": printed(work_request("wr-1", "IN_PROGRESS", 40.0))})
    );
}

#[test]
fn delete_needs_force_without_a_terminal() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(
        &analytics(&server, &["snapshot", "delete", "--snapshot-id", "s-1"]),
        &[TOKEN_ENV],
    );
    run.expect(2);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert!(server.requests().is_empty());
}

#[test]
fn restore_sends_the_password_and_waits_for_the_work_request() {
    let home = Home::new();
    let server = instance(&[("IN_PROGRESS", 50.0), ("SUCCEEDED", 100.0)]);
    let run = home.run(
        &analytics(&server, &["snapshot", "restore", "--snapshot-id", "s-1"]),
        &[TOKEN_ENV, PASSWORD_ENV],
    );
    run.expect(0);
    assert_eq!(run.json(), json!({"opc-work-request-id": "wr-1"}));
    assert_eq!(
        posted(&server).json(),
        json!({"snapshot": {"id": "s-1", "password": PASSWORD}})
    );

    let mut args = analytics(&server, &["snapshot", "restore", "--snapshot-id", "s-1"]);
    args.extend_from_slice(&["--wait", "--wait-interval-seconds", "0.01"]);
    let run = home.run(&args, &[TOKEN_ENV, PASSWORD_ENV]);
    run.expect(0);
    assert_eq!(run.json()["data"]["status"], "SUCCEEDED");
}

#[test]
fn an_inline_password_is_accepted_with_a_warning() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let mut args = analytics(&server, CREATE);
    args.extend_from_slice(&["--password", PASSWORD]);
    let run = home.run(&args, &[TOKEN_ENV]);
    run.expect(0);
    assert!(
        run.stderr
            .starts_with("Warning: --password shows the BAR password"),
        "{}",
        run.stderr
    );
    assert_eq!(posted(&server).json()["bar"]["password"], PASSWORD);
}

#[test]
fn a_password_that_breaks_a_rule_is_rejected_before_any_request() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let weak = home.dir.write("weak", "alllowercase1\n");
    let mut args = analytics(&server, CREATE);
    args.extend_from_slice(&["--password-file", weak.to_str().unwrap()]);
    let run = home.run(&args, &[TOKEN_ENV]);
    run.expect(2);
    assert!(
        run.stderr.starts_with(
            "Error: --password-file: the BAR password breaks a rule: `password` must contain at \
             least one uppercase letter"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("alllowercase1"));

    let run = home.run(
        &analytics(&server, CREATE),
        &[TOKEN_ENV, ("OCI_BACKUP_BAR_PASSWORD", "Sh0rt")],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: OCI_BACKUP_BAR_PASSWORD: the BAR password breaks a rule: `password` must be at least 8"),
        "{}",
        run.stderr
    );

    let run = home.run(&analytics(&server, CREATE), &[TOKEN_ENV]);
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --password-file: the BAR password is required"),
        "{}",
        run.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn without_a_url_or_a_token_nothing_is_sent() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(&["analytics", "snapshot", "list"], &[TOKEN_ENV]);
    run.expect(2);
    assert!(
        run.stderr.starts_with("Error: --url: required"),
        "{}",
        run.stderr
    );

    let run = home.run(&analytics(&server, &["snapshot", "list"]), &[]);
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --token-file: a bearer token is required"),
        "{}",
        run.stderr
    );

    let run = home.run(
        &analytics(
            &server,
            &["snapshot", "list", "--token-file", "/nonexistent/token"],
        ),
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --token-file: cannot read `/nonexistent/token`"),
        "{}",
        run.stderr
    );

    let run = home.run(
        &[
            "analytics",
            "snapshot",
            "list",
            "--url",
            "http://analytics.example.com",
        ],
        &[TOKEN_ENV],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --url: refusing to send credentials over plain http"),
        "{}",
        run.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn oac_url_names_the_instance() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(
        &["analytics", "snapshot", "list"],
        &[TOKEN_ENV, ("OAC_URL", &server.base)],
    );
    run.expect(0);
}

#[test]
fn a_refused_token_exits_3() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(
        &analytics(&server, &["snapshot", "list"]),
        &[("OAC_TOKEN", "expired")],
    );
    run.expect(3);
    assert!(run.stderr.contains("listSnapshots"), "{}", run.stderr);
    assert!(!run.stderr.contains("expired"), "{}", run.stderr);
}

#[test]
fn a_missing_snapshot_exits_1() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(
        &analytics(&server, &["snapshot", "get", "--snapshot-id", "nope"]),
        &[TOKEN_ENV],
    );
    run.expect(1);
    assert!(run.stderr.starts_with("ServiceError:\n"), "{}", run.stderr);
}

#[test]
fn oauth_tokens_come_from_the_identity_domain_and_rotate() {
    let home = Home::new();
    let token_requests: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = token_requests.clone();
    let server = Server::start(move |request| {
        if request.path == "/oauth2/v1/token" {
            log.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&request.body).into_owned());
            return Answer::json(
                200,
                json!({
                    "access_token": TOKEN,
                    "token_type": "Bearer",
                    "expires_in": 3600,
                    "refresh_token": "refresh-2"
                })
                .to_string(),
            );
        }
        if request.header("authorization") != Some(&format!("Bearer {TOKEN}")) {
            return Answer::error(401, "Unauthorized", "bad token");
        }
        Answer::json(200, r#"{"items":[]}"#)
    });
    let secret = home.dir.write("client-secret", "s3cret\n");
    let refresh = home.dir.write("refresh-token", "refresh-1\n");
    let run = home.run(
        &analytics(
            &server,
            &[
                "snapshot",
                "list",
                "--idcs-url",
                &server.base,
                "--client-id",
                "app-1",
                "--client-secret-file",
                secret.to_str().unwrap(),
                "--refresh-token-file",
                refresh.to_str().unwrap(),
            ],
        ),
        &[],
    );
    run.expect(0);
    assert_eq!(run.json(), json!({"data": []}));
    let sent = token_requests.lock().unwrap().clone();
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].contains("grant_type=refresh_token") && sent[0].contains("refresh_token=refresh-1"),
        "{}",
        sent[0]
    );
    // The rotated refresh token replaces the old one for the next run.
    assert_eq!(std::fs::read_to_string(&refresh).unwrap(), "refresh-2\n");
}

#[test]
fn oauth_options_without_the_identity_domain_are_rejected() {
    let home = Home::new();
    let server = instance(&[("SUCCEEDED", 100.0)]);
    let run = home.run(
        &analytics(&server, &["snapshot", "list", "--client-id", "app-1"]),
        &[TOKEN_ENV],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --idcs-url: required with --client-id"),
        "{}",
        run.stderr
    );
    let run = home.run(
        &analytics(&server, &["snapshot", "list", "--idcs-url", &server.base]),
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --client-id: required with --idcs-url"),
        "{}",
        run.stderr
    );
    assert!(server.requests().is_empty());
}
