//! `oci-backup bv boot-volume-backup ...` run as a subprocess against a loopback server
//! that verifies every OCI signature: each command's happy path and JSON output, the
//! waits, every failure's exit code, and bad input rejected before anything is sent.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use oci_backup_test_support::server::closed_address;
use serde_json::{Value, json};
use support::{Answer, Home, Server, backup, printed};

const ID: &str = "ocid1.bootvolumebackup.oc1..b1";
const PATH: &str = "/20160918/bootVolumeBackups/ocid1.bootvolumebackup.oc1..b1";

fn core(handler: impl Fn(&support::Received) -> Answer + Send + Sync + 'static) -> Server {
    support::verifying(handler)
}

/// A server whose create answers REQUEST_RECEIVED and whose gets walk `states`
/// (the last one repeating).
fn lifecycle(states: &'static [(&'static str, Option<u8>)]) -> Server {
    let gets = AtomicUsize::new(0);
    core(move |request| match request.method.as_str() {
        "POST" => Answer::json(200, backup(ID, "REQUEST_RECEIVED", None).to_string())
            .header("etag", "e-0"),
        "GET" => {
            let n = gets.fetch_add(1, Ordering::SeqCst).min(states.len() - 1);
            let (state, progress) = states[n];
            Answer::json(200, backup(ID, state, progress).to_string())
        }
        _ => Answer::error(400, "Unexpected", "unexpected request"),
    })
}

fn all_verified(server: &Server) {
    for request in server.requests() {
        assert_eq!(request.verified, Some(Ok(())), "{request:?}");
    }
}

#[test]
fn get_prints_the_backup_and_its_etag() {
    let home = Home::new();
    let server = core(|request| {
        assert_eq!(
            (request.method.as_str(), request.path.as_str()),
            ("GET", PATH)
        );
        Answer::json(200, backup(ID, "AVAILABLE", Some(100)).to_string()).header("etag", "e-1")
    });
    let run = home.bv(&server, &["get", "--boot-volume-backup-id", ID]);
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": printed(backup(ID, "AVAILABLE", Some(100))), "etag": "e-1"})
    );
    // Pretty, two-space indented, keys sorted, as the OCI CLI prints.
    assert!(
        run.stdout
            .starts_with("{\n  \"data\": {\n    \"backup-progress\": 100,\n"),
        "{}",
        run.stdout
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    all_verified(&server);
}

#[test]
fn scripts_written_for_the_oci_cli_find_their_keys() {
    let home = Home::new();
    let server = core(|_| {
        let mut body = backup(ID, "AVAILABLE", Some(100));
        body["freeformTags"] = json!({"costCenter": "42"});
        Answer::json(200, body.to_string()).header("etag", "e-1")
    });
    let get = ["get", "--boot-volume-backup-id", ID];
    // jq '.data["lifecycle-state"]', as with `oci`; tag keys as the user wrote them.
    let run = home.bv(&server, &get);
    run.expect(0);
    assert_eq!(run.json()["data"]["lifecycle-state"], "AVAILABLE");
    assert_eq!(
        run.json()["data"]["boot-volume-id"],
        "ocid1.bootvolume.oc1..bv"
    );
    assert_eq!(
        run.json()["data"]["freeform-tags"],
        json!({"costCenter": "42"})
    );
    // --query with --raw-output, as with `oci`.
    let query = [
        &get[..],
        &["--query", "data.\"lifecycle-state\"", "--raw-output"],
    ]
    .concat();
    let run = home.bv(&server, &query);
    run.expect(0);
    assert_eq!(run.stdout, "AVAILABLE\n");
    let query = [&get[..], &["--query", "{id: data.id, etag: etag}"]].concat();
    let run = home.bv(&server, &query);
    run.expect(0);
    assert_eq!(run.json(), json!({"id": ID, "etag": "e-1"}));
    all_verified(&server);
}

#[test]
fn a_query_that_is_not_jmespath_is_rejected_naming_the_flag() {
    let run = rejected(&Home::new(), &["--query", "data[?"]);
    run.expect(2);
    assert!(run.stderr.contains("--query"), "{}", run.stderr);
    assert!(
        run.stderr.contains("not a JMESPath expression"),
        "{}",
        run.stderr
    );
}

#[test]
fn create_sends_every_flag_and_prints_the_new_backup() {
    let home = Home::new();
    let server = core(|_| {
        Answer::json(200, backup(ID, "REQUEST_RECEIVED", None).to_string()).header("etag", "e-0")
    });
    let run = home.bv(
        &server,
        &[
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--display-name",
            "nightly",
            "--type",
            "full",
            "--kms-key-id",
            "ocid1.key.oc1..k",
            "--compartment-id",
            "ocid1.compartment.oc1..c",
            "--freeform-tags",
            r#"{"Department": "Finance"}"#,
            "--defined-tags",
            r#"{"Operations": {"CostCenter": "42"}}"#,
            "--retry-token",
            "token-123",
        ],
    );
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": printed(backup(ID, "REQUEST_RECEIVED", None)), "etag": "e-0"})
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/20160918/bootVolumeBackups")
    );
    assert_eq!(request.header("opc-retry-token"), Some("token-123"));
    assert_eq!(
        request.json(),
        json!({
            "bootVolumeId": "ocid1.bootvolume.oc1..bv",
            "compartmentId": "ocid1.compartment.oc1..c",
            "definedTags": {"Operations": {"CostCenter": "42"}},
            "displayName": "nightly",
            "freeformTags": {"Department": "Finance"},
            "kmsKeyId": "ocid1.key.oc1..k",
            "type": "FULL"
        })
    );
    all_verified(&server);
}

#[test]
fn a_retry_token_is_generated_when_none_is_given() {
    let home = Home::new();
    let server = core(|_| Answer::json(200, backup(ID, "REQUEST_RECEIVED", None).to_string()));
    let run = home.bv(
        &server,
        &["create", "--boot-volume-id", "ocid1.bootvolume.oc1..bv"],
    );
    run.expect(0);
    let token = server.requests()[0]
        .header("opc-retry-token")
        .map(str::to_owned);
    assert!(token.is_some_and(|t| t.len() >= 16));
}

#[test]
fn an_idempotency_key_derives_the_retry_token_from_the_key_and_the_boot_volume() {
    let home = Home::new();
    let server = core(|_| Answer::json(200, backup(ID, "REQUEST_RECEIVED", None).to_string()));
    let create = ["create", "--boot-volume-id", "ocid1.bootvolume.oc1..bv"];
    let with = |extra: &[&str]| {
        let args: Vec<&str> = create.iter().chain(extra).copied().collect();
        home.bv(&server, &args)
    };
    with(&["--idempotency-key", "nightly-2026-11-30"]).expect(0);
    let sent = server.requests()[0]
        .header("opc-retry-token")
        .map(str::to_owned);
    assert_eq!(
        sent.as_deref(),
        Some(
            oci_backup::retry::derive_retry_token("nightly-2026-11-30", "ocid1.bootvolume.oc1..bv")
                .as_str()
        )
    );
    let empty = with(&["--idempotency-key", ""]);
    empty.expect(2);
    assert!(empty.stderr.contains("--idempotency-key"), "{empty:?}");
    let both = with(&["--idempotency-key", "k", "--retry-token", "t"]);
    assert_eq!(both.code, 2, "{both:?}");
    assert!(both.stderr.contains("--retry-token"), "{both:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "nothing sent for the refused ones"
    );
}

#[test]
fn create_waits_for_available_with_progress_lines() {
    let home = Home::new();
    let server = lifecycle(&[
        ("CREATING", Some(40)),
        ("CREATING", Some(80)),
        ("AVAILABLE", Some(100)),
    ]);
    let run = home.bv(
        &server,
        &[
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--wait-for-state",
            "available",
            "--wait-interval-seconds",
            "0.01",
        ],
    );
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": printed(backup(ID, "AVAILABLE", Some(100)))})
    );
    let what = format!("boot volume backup {ID}");
    assert!(
        run.stderr
            .contains(&format!("{what}: REQUEST_RECEIVED after ")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{what}: CREATING 40% after ")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{what}: CREATING 80% after ")),
        "{}",
        run.stderr
    );
    let gets = server
        .requests()
        .iter()
        .filter(|r| r.method == "GET")
        .count();
    assert_eq!(gets, 3);
    all_verified(&server);
}

#[test]
fn waiting_for_several_states_stops_at_the_first_reached() {
    let home = Home::new();
    let server = lifecycle(&[("CREATING", Some(10)), ("AVAILABLE", Some(100))]);
    let run = home.bv(
        &server,
        &[
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--wait-for-state",
            "CREATING",
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.01",
        ],
    );
    run.expect(0);
    assert_eq!(run.json()["data"]["lifecycle-state"], "CREATING");
}

#[test]
fn a_faulty_backup_exits_4_and_is_printed() {
    let home = Home::new();
    let server = lifecycle(&[("CREATING", Some(10)), ("FAULTY", None)]);
    let run = home.bv(
        &server,
        &[
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.01",
        ],
    );
    run.expect(4);
    assert_eq!(run.json()["data"]["lifecycle-state"], "FAULTY");
    assert!(
        run.stderr
            .contains(&format!("Error: boot volume backup {ID} reached FAULTY")),
        "{}",
        run.stderr
    );
}

#[test]
fn a_state_that_can_no_longer_be_reached_exits_4() {
    let home = Home::new();
    let server = lifecycle(&[("AVAILABLE", Some(100))]);
    let run = home.bv(
        &server,
        &[
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--wait-for-state",
            "CREATING",
            "--wait-interval-seconds",
            "0.01",
        ],
    );
    run.expect(4);
    assert_eq!(run.json()["data"]["lifecycle-state"], "AVAILABLE");
}

#[test]
fn max_wait_exceeded_exits_5_with_the_last_state_seen() {
    let home = Home::new();
    let server = lifecycle(&[("CREATING", Some(30))]);
    let run = home.bv(
        &server,
        &[
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--wait-for-state",
            "AVAILABLE",
            "--max-wait-seconds",
            "1",
            "--wait-interval-seconds",
            "0.05",
        ],
    );
    run.expect(5);
    // The last state polled, not the stale one the create returned.
    assert_eq!(run.json()["data"]["lifecycle-state"], "CREATING");
    assert!(
        run.stderr
            .contains("failed to wait until the resource entered the specified state")
            && run.stderr.contains("still CREATING after"),
        "{}",
        run.stderr
    );
}

#[test]
fn list_prints_one_page_with_its_next_page_token() {
    let home = Home::new();
    let server = core(|request| {
        assert_eq!(request.path, "/20160918/bootVolumeBackups");
        Answer::json(200, json!([backup(ID, "AVAILABLE", None)]).to_string())
            .header("opc-next-page", "page-2")
    });
    let run = home.bv(
        &server,
        &[
            "list",
            "--compartment-id",
            "ocid1.compartment.oc1..c",
            "--lifecycle-state",
            "available",
            "--sort-by",
            "NAME",
            "--sort-order",
            "desc",
            "--limit",
            "1",
        ],
    );
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": [printed(backup(ID, "AVAILABLE", None))], "opc-next-page": "page-2"})
    );
    let query = &server.requests()[0].query;
    for part in [
        "compartmentId=ocid1.compartment.oc1..c",
        "lifecycleState=AVAILABLE",
        "sortBy=NAME",
        "sortOrder=DESC",
        "limit=1",
    ] {
        assert!(query.contains(part), "{query}");
    }
    all_verified(&server);
}

#[test]
fn list_all_follows_every_page() {
    let home = Home::new();
    let server = core(|request| {
        if request.query.contains("page=p2") {
            Answer::json(
                200,
                json!([backup("ocid1.b2", "AVAILABLE", None)]).to_string(),
            )
        } else {
            Answer::json(
                200,
                json!([backup("ocid1.b1", "CREATING", None)]).to_string(),
            )
            .header("opc-next-page", "p2")
        }
    });
    let run = home.bv(
        &server,
        &[
            "list",
            "--compartment-id",
            "ocid1.compartment.oc1..c",
            "--all",
            "--page-size",
            "1",
        ],
    );
    run.expect(0);
    assert_eq!(
        run.json(),
        json!({"data": [printed(backup("ocid1.b1", "CREATING", None)), printed(backup("ocid1.b2", "AVAILABLE", None))]})
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests[1].query.contains("page=p2") && requests[1].query.contains("limit=1"));
}

/// A service that names a page it already gave is refused (exit 1, naming the page), not
/// listed forever; `--all` and the library share the guard.
#[test]
fn list_all_refuses_a_page_named_again() {
    let home = Home::new();
    let server = core(|request| {
        Answer::json(
            200,
            json!([backup("ocid1.b1", "AVAILABLE", None)]).to_string(),
        )
        .header(
            "opc-next-page",
            if request.query.contains("page=p2") {
                "p3"
            } else {
                "p2"
            },
        )
    });
    let run = home.bv(
        &server,
        &[
            "list",
            "--compartment-id",
            "ocid1.compartment.oc1..c",
            "--all",
        ],
    );
    run.expect(1);
    assert!(
        run.stderr.contains("listBootVolumeBackups") && run.stderr.contains("page `p2` again"),
        "{run:?}"
    );
    assert_eq!(server.requests().len(), 3, "first, p2, p3: then p2 again");
}

#[test]
fn an_empty_list_is_an_empty_data_array() {
    let home = Home::new();
    let server = core(|_| Answer::json(200, "[]"));
    let run = home.bv(
        &server,
        &["list", "--compartment-id", "ocid1.compartment.oc1..c"],
    );
    run.expect(0);
    assert_eq!(run.json(), json!({"data": []}));
    let run = home.bv(
        &server,
        &[
            "list",
            "--compartment-id",
            "ocid1.compartment.oc1..c",
            "--output",
            "table",
        ],
    );
    run.expect(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stdout);
    assert_eq!(
        lines[1],
        "| display-name | id | lifecycle-state | backup-progress | type | size-in-gbs | time-created |"
    );
    assert_eq!(lines[0], lines[2]);
}

#[test]
fn table_output_for_a_list_and_a_backup() {
    let home = Home::new();
    let server = core(|request| {
        if request.path == PATH {
            Answer::json(200, backup(ID, "AVAILABLE", Some(100)).to_string())
        } else {
            Answer::json(200, json!([backup(ID, "AVAILABLE", Some(100))]).to_string())
        }
    });
    let run = home.bv(
        &server,
        &[
            "list",
            "--compartment-id",
            "ocid1.compartment.oc1..c",
            "--output",
            "table",
        ],
    );
    run.expect(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[1],
        "| display-name | id                             | lifecycle-state | backup-progress | type | time-created         |"
    );
    assert_eq!(
        lines[3],
        "| nightly      | ocid1.bootvolumebackup.oc1..b1 | AVAILABLE       | 100             | FULL | 2024-05-01T02:00:04Z |"
    );
    let run = home.bv(
        &server,
        &["get", "--boot-volume-backup-id", ID, "--output", "table"],
    );
    run.expect(0);
    assert!(
        run.stdout
            .contains("| lifecycle-state | AVAILABLE                      |"),
        "{}",
        run.stdout
    );
}

#[test]
fn update_sends_the_changes_and_the_etag_condition() {
    let home = Home::new();
    let server = core(|_| {
        let mut updated = backup(ID, "AVAILABLE", None);
        updated["displayName"] = "renamed".into();
        Answer::json(200, updated.to_string()).header("etag", "e-2")
    });
    let run = home.bv(
        &server,
        &[
            "update",
            "--boot-volume-backup-id",
            ID,
            "--display-name",
            "renamed",
            "--freeform-tags",
            r#"{"a": "b"}"#,
            "--force",
            "--if-match",
            "e-1",
        ],
    );
    run.expect(0);
    assert_eq!(run.json()["data"]["display-name"], "renamed");
    assert_eq!(run.json()["etag"], "e-2");
    let request = &server.requests()[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("PUT", PATH)
    );
    assert_eq!(request.header("if-match"), Some("e-1"));
    assert_eq!(
        request.json(),
        json!({"displayName": "renamed", "freeformTags": {"a": "b"}})
    );
    all_verified(&server);
}

#[test]
fn update_with_empty_tags_clears_them_and_shows_them_empty() {
    let home = Home::new();
    let server = core(|_| {
        let mut updated = backup(ID, "AVAILABLE", None);
        updated["freeformTags"] = json!({});
        Answer::json(200, updated.to_string()).header("etag", "e-2")
    });
    let args = ["update", "--boot-volume-backup-id", ID, "--force"];
    let run = home.bv(&server, &[&args[..], &["--freeform-tags", "{}"]].concat());
    run.expect(0);
    // Sent as `{}` (which replaces the tags with none), and shown as received.
    assert_eq!(server.requests()[0].json(), json!({"freeformTags": {}}));
    assert_eq!(run.json()["data"]["freeform-tags"], json!({}));
    // Without the option, the tags are not sent at all (they stay as they are).
    let run = home.bv(&server, &[&args[..], &["--display-name", "n"]].concat());
    run.expect(0);
    assert_eq!(server.requests()[1].json(), json!({"displayName": "n"}));
    all_verified(&server);
}

#[test]
fn delete_needs_force_without_a_terminal() {
    let home = Home::new();
    let server = core(|_| Answer::empty(204));
    let args = [
        "bv",
        "boot-volume-backup",
        "delete",
        "--boot-volume-backup-id",
        ID,
        "--endpoint",
        &server.base,
    ];
    let run = home.run(&args, &[]);
    run.expect(2);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert!(server.requests().is_empty());

    let run = home.run(&[&args[..], &["--force"]].concat(), &[]);
    run.expect(0);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let request = &server.requests()[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("DELETE", PATH)
    );
    all_verified(&server);
}

#[test]
fn delete_waits_until_the_backup_is_terminated_or_gone() {
    let home = Home::new();
    let gets = AtomicUsize::new(0);
    let server = core(move |request| match request.method.as_str() {
        "DELETE" => Answer::empty(204),
        _ if gets.fetch_add(1, Ordering::SeqCst) == 0 => {
            Answer::json(200, backup(ID, "TERMINATING", None).to_string())
        }
        _ => Answer::error(404, "NotAuthorizedOrNotFound", "gone"),
    });
    let run = home.bv(
        &server,
        &[
            "delete",
            "--boot-volume-backup-id",
            ID,
            "--force",
            "--wait-for-state",
            "TERMINATED",
            "--wait-interval-seconds",
            "0.01",
        ],
    );
    run.expect(0);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn change_compartment_sends_the_new_compartment() {
    let home = Home::new();
    let server = core(|_| Answer::empty(204));
    let run = home.bv(
        &server,
        &[
            "change-compartment",
            "--boot-volume-backup-id",
            ID,
            "--compartment-id",
            "ocid1.compartment.oc1..new",
        ],
    );
    run.expect(0);
    let request = &server.requests()[0];
    assert_eq!(request.path, format!("{PATH}/actions/changeCompartment"));
    assert_eq!(
        request.json(),
        json!({"compartmentId": "ocid1.compartment.oc1..new"})
    );
    all_verified(&server);
}

#[test]
fn a_service_error_exits_1_and_is_shown_as_the_oci_cli_shows_it() {
    let home = Home::new();
    let server = core(|_| Answer::error(404, "NotAuthorizedOrNotFound", "no such backup"));
    let run = home.bv(&server, &["get", "--boot-volume-backup-id", ID]);
    run.expect(1);
    assert!(run.stdout.is_empty());
    let json = run.stderr.strip_prefix("ServiceError:\n").unwrap();
    let error: Value = serde_json::from_str(json).unwrap();
    assert_eq!(
        error,
        json!({
            "code": "NotAuthorizedOrNotFound",
            "message": "no such backup",
            "opc-request-id": "req-1",
            "operation_name": "getBootVolumeBackup",
            "status": 404
        })
    );
}

#[test]
fn a_refused_signature_exits_3() {
    let home = Home::new();
    let server = Server::start(|_| {
        Answer::error(
            401,
            "NotAuthenticated",
            "The required information to complete authentication was not provided.",
        )
    });
    let run = home.bv(&server, &["get", "--boot-volume-backup-id", ID]);
    run.expect(3);
    assert!(
        run.stderr
            .starts_with("Error: getBootVolumeBackup: authentication failed: NotAuthenticated"),
        "{}",
        run.stderr
    );
}

#[test]
fn no_answer_exits_6() {
    let home = Home::new();
    // A port nothing listens on.
    let port = closed_address().port();
    let run = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            ID,
            "--no-retry",
            "--endpoint",
            &format!("http://127.0.0.1:{port}"),
        ],
        &[],
    );
    run.expect(6);
    assert!(run.stderr.contains("cannot connect"), "{}", run.stderr);
}

#[test]
fn a_server_error_is_retried_unless_told_not_to() {
    let home = Home::new();
    let calls = Mutex::new(0);
    let server = core(move |_| {
        let mut calls = calls.lock().unwrap();
        *calls += 1;
        if *calls == 1 {
            Answer::error(500, "InternalServerError", "try again").header("retry-after", "0")
        } else {
            Answer::json(200, backup(ID, "AVAILABLE", None).to_string())
        }
    });
    let args = [
        "bv",
        "boot-volume-backup",
        "get",
        "--boot-volume-backup-id",
        ID,
        "--endpoint",
        &server.base,
    ];
    home.run(&args, &[]).expect(0);
    assert_eq!(server.requests().len(), 2);
    let server = core(|_| Answer::error(500, "InternalServerError", "down"));
    let args = [
        "bv",
        "boot-volume-backup",
        "get",
        "--boot-volume-backup-id",
        ID,
        "--no-retry",
        "--endpoint",
        &server.base,
    ];
    home.run(&args, &[]).expect(1);
    assert_eq!(server.requests().len(), 1);
}

/// Runs a create with `extra` flags against a server that must see nothing; returns
/// the run.
fn rejected(home: &Home, extra: &[&str]) -> support::Run {
    let server = core(|_| Answer::error(500, "Unexpected", "nothing should arrive"));
    let base = [
        "bv",
        "boot-volume-backup",
        "create",
        "--boot-volume-id",
        "ocid1.bootvolume.oc1..bv",
        "--endpoint",
        &server.base,
    ];
    let run = home.run(&[&base[..], extra].concat(), &[]);
    assert!(
        server.requests().is_empty(),
        "sent: {:?}",
        server.requests()
    );
    run
}

#[test]
fn an_unknown_state_is_rejected_naming_the_flag() {
    let run = rejected(&Home::new(), &["--wait-for-state", "DONE"]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("invalid value 'DONE' for '--wait-for-state <STATE>'")
            && run.stderr.contains("AVAILABLE"),
        "{}",
        run.stderr
    );
}

#[test]
fn malformed_tags_are_rejected_naming_the_flag() {
    let home = Home::new();
    let run = rejected(&home, &["--freeform-tags", "{Department: Finance}"]);
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --freeform-tags: expected a JSON object of strings"),
        "{}",
        run.stderr
    );
    let run = rejected(
        &home,
        &["--defined-tags", r#"{"Operations": {"CostCenter": 42}}"#],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --defined-tags: expected a JSON object of namespaces")
            && run.stderr.contains("invalid type: integer `42`"),
        "{}",
        run.stderr
    );
    let run = rejected(&home, &["--freeform-tags", "file:///nonexistent/tags.json"]);
    run.expect(2);
    assert!(
        run.stderr.contains("--freeform-tags: cannot read"),
        "{}",
        run.stderr
    );
}

#[test]
fn values_the_spec_forbids_are_rejected_naming_the_flag() {
    let home = Home::new();
    let long = "x".repeat(256);
    let run = rejected(&home, &["--display-name", &long]);
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --display-name: longer than 255 characters"),
        "{}",
        run.stderr
    );
    let run = rejected(&home, &["--type", "PARTIAL"]);
    run.expect(2);
    assert!(run.stderr.contains("'--type <TYPE>'"), "{}", run.stderr);
    let run = rejected(&home, &["--wait-interval-seconds", "0"]);
    run.expect(2);
    assert!(
        run.stderr.contains("--wait-interval-seconds"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_config_is_rejected_naming_the_flag() {
    let home = Home::new();
    let run = rejected(&home, &["--config-file", "/nonexistent/config"]);
    run.expect(2);
    assert!(
        run.stderr.starts_with(
            "Error: --config-file: config file /nonexistent/config (given explicitly) does not exist"
        ),
        "{}",
        run.stderr
    );
    let run = rejected(&home, &["--profile", "NOPE"]);
    run.expect(2);
    assert!(
        run.stderr.starts_with("Error: --profile: config file ")
            && run.stderr.contains("has no profile [NOPE]"),
        "{}",
        run.stderr
    );
    // No ~/.oci/config at all.
    let empty = support::TempDir::new();
    let server = core(|_| Answer::empty(500));
    let run = support::run_in(
        empty.path(),
        &[
            "bv",
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            ID,
            "--endpoint",
            &server.base,
        ],
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr.contains("--config-file: config file ") && run.stderr.contains("does not exist"),
        "{}",
        run.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn oci_cli_environment_variables_are_honoured() {
    let home = Home::new();
    let server = core(|_| Answer::json(200, backup(ID, "AVAILABLE", None).to_string()));
    let elsewhere = support::TempDir::new();
    let config = std::fs::read_to_string(home.dir.path().join(".oci/config"))
        .unwrap()
        .replace("[DEFAULT]", "[OTHER]");
    let config_path = elsewhere.write("config", &config);
    let run = support::run_in(
        elsewhere.path(),
        &[
            "bv",
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            ID,
        ],
        &[
            ("OCI_CLI_CONFIG_FILE", config_path.to_str().unwrap()),
            ("OCI_CLI_PROFILE", "OTHER"),
            ("OCI_CLI_ENDPOINT", &server.base),
        ],
    );
    run.expect(0);
    all_verified(&server);
}

#[test]
fn a_variable_that_is_not_utf8_is_refused_naming_it_and_nothing_is_sent() {
    use std::os::unix::ffi::OsStrExt as _;

    let home = Home::new();
    let server = core(|_| Answer::json(200, backup(ID, "AVAILABLE", None).to_string()));
    let endpoint = std::ffi::OsStr::new(server.base.as_str());
    let run = support::run_in_os(
        home.dir.path(),
        &[
            "bv",
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            ID,
        ],
        &[
            ("OCI_CLI_PROFILE", std::ffi::OsStr::from_bytes(b"\xff")),
            ("OCI_CLI_ENDPOINT", endpoint),
        ],
    );
    run.expect(2);
    assert!(
        run.stderr.contains("OCI_CLI_PROFILE") && run.stderr.contains("not valid UTF-8"),
        "{}",
        run.stderr
    );
    assert_eq!(
        server.requests().len(),
        0,
        "it fell back to DEFAULT and sent"
    );
}

#[test]
fn oversized_values_are_quoted_cut_short_and_negative_numbers_name_their_flag() {
    let home = Home::new();
    let long = "P".repeat(100_000); // An argument can be at most 128 KiB.
    let run = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            ID,
            "--profile",
            &long,
        ],
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr.len() < 2_000,
        "{} bytes of stderr",
        run.stderr.len()
    );
    assert!(
        run.stderr.contains("--profile") && run.stderr.contains('…'),
        "{}",
        run.stderr
    );

    for (flag, value) in [
        ("--max-wait-seconds", "-5"),
        ("--wait-interval-seconds", "-1"),
        ("--max-retries", "-1"),
    ] {
        let run = rejected(&home, &["--wait-for-state", "AVAILABLE", flag, value]);
        run.expect(2);
        assert!(
            run.stderr.contains(&format!("'{flag} <")) && run.stderr.contains(value),
            "{flag} {value}: {}",
            run.stderr
        );
    }
}

#[test]
fn debug_logs_the_calls_without_secrets() {
    let home = Home::new();
    let server = core(|_| Answer::json(200, backup(ID, "AVAILABLE", None).to_string()));
    let run = home.bv(&server, &["get", "--boot-volume-backup-id", ID, "--debug"]);
    run.expect(0);
    assert!(
        run.stderr.contains("getBootVolumeBackup") && run.stderr.contains("status=200"),
        "{}",
        run.stderr
    );
    let signature = server.requests()[0]
        .header("authorization")
        .unwrap()
        .to_owned();
    let value = signature.rsplit("signature=\"").next().unwrap();
    assert!(!run.stderr.contains(value.trim_end_matches('"')));
    assert!(!run.stderr.contains("PRIVATE KEY"));
}

#[test]
fn a_refused_connection_fails_at_once_with_its_cause_and_debug_shows_the_attempt() {
    let home = Home::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let endpoint = format!("http://{closed}");
    let run = home.run(
        &[
            "--debug",
            "bv",
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            ID,
            "--endpoint",
            &endpoint,
        ],
        &[],
    );
    run.expect(6);
    assert!(
        run.stderr.contains("cannot connect: ") && run.stderr.contains("onnection refused"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("no answer attempt=").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("retrying"), "{}", run.stderr);
}

#[test]
fn ocids_are_checked_for_shape_naming_the_flag_before_anything_is_sent() {
    let home = Home::new();
    let server = core(|_| Answer::json(200, "{}"));
    for (args, flag) in [
        (
            vec!["get", "--boot-volume-backup-id", "ocid1.bootvolume.oc1..bv"],
            "--boot-volume-backup-id",
        ),
        (
            vec!["create", "--boot-volume-id", "bv-1"],
            "--boot-volume-id",
        ),
        (
            vec!["list", "--compartment-id", "ocid1.compartment.oc1.."],
            "--compartment-id",
        ),
    ] {
        let run = home.bv(&server, &args);
        run.expect(2);
        assert!(run.stderr.contains(flag), "{}", run.stderr);
        assert!(
            run.stderr.contains("must be the OCID of a"),
            "{}",
            run.stderr
        );
    }
    assert!(server.requests().is_empty());
}
