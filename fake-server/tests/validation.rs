//! Every request is validated against the spec at run time: each rule produces a 400
//! whose message names the field and the rule. Requests the generated client would refuse
//! to build are sent raw (signed for Core).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use support::{BEARER, BOOT_VOLUME, COMPARTMENT, Harness};

const BACKUPS: &str = "/20160918/bootVolumeBackups";
const SNAPSHOTS: &str = "/api/20210901/snapshots";

fn list(query: &str) -> String {
    format!("{BACKUPS}?compartmentId={COMPARTMENT}{query}")
}

#[tokio::test]
async fn core_bodies_are_checked_against_their_schema() {
    let h = Harness::start().await;
    let cases = [
        (
            "{}".to_owned(),
            "MissingParameter",
            "bootVolumeId: is required (required)",
        ),
        (
            r#"{"bootVolumeId": 5}"#.to_owned(),
            "InvalidParameter",
            "bootVolumeId: must be of type string (type)",
        ),
        (
            format!(r#"{{"bootVolumeId": "{BOOT_VOLUME}", "type": "DIFFERENTIAL"}}"#),
            "InvalidParameter",
            r#"type: must be one of "FULL", "INCREMENTAL" (enum)"#,
        ),
        (
            format!(r#"{{"bootVolumeId": "{BOOT_VOLUME}", "displayName": ""}}"#),
            "InvalidParameter",
            "displayName: must be at least 1 characters long (minLength)",
        ),
        (
            format!(
                r#"{{"bootVolumeId": "{BOOT_VOLUME}", "displayName": "{}"}}"#,
                "x".repeat(256)
            ),
            "InvalidParameter",
            "displayName: must be at most 255 characters long (maxLength)",
        ),
        (
            format!(r#"{{"bootVolumeId": "{BOOT_VOLUME}", "freeformTags": {{"a": 1}}}}"#),
            "InvalidParameter",
            "freeformTags.a: must be of type string (type)",
        ),
        (
            format!(
                r#"{{"bootVolumeId": "{BOOT_VOLUME}", "definedTags": {{"Ops": {{"Cost": true}}}}}}"#
            ),
            "InvalidParameter",
            "definedTags.Ops.Cost: must be of type string (type)",
        ),
        (
            "[]".to_owned(),
            "InvalidParameter",
            "body: must be of type object (type)",
        ),
        (
            "{not json".to_owned(),
            "CannotParseRequest",
            "body: not valid JSON: key must be a string at line 1 column 2 (requestBody)",
        ),
    ];
    for (body, code, message) in cases {
        let answer = h.signed("POST", BACKUPS, Some(&body), &[]).await;
        answer.assert_error(400, code, message);
        assert_eq!(answer.header("opc-request-id").map(str::len), Some(32));
    }
    let answer = h
        .signed(
            "PUT",
            &format!("{BACKUPS}/ocid1.bootvolumebackup.oc1..x"),
            Some(r#"{"kmsKeyId": ""}"#),
            &[],
        )
        .await;
    answer.assert_error(
        400,
        "InvalidParameter",
        "kmsKeyId: must be at least 1 characters long (minLength)",
    );
    let answer = h
        .signed(
            "POST",
            &format!("{BACKUPS}/ocid1.bootvolumebackup.oc1..x/actions/changeCompartment"),
            Some("{}"),
            &[],
        )
        .await;
    answer.assert_error(
        400,
        "MissingParameter",
        "compartmentId: is required (required)",
    );
    assert!(h.server.state().backups().is_empty());
    h.assert_contract();
}

#[tokio::test]
async fn bodies_must_be_present_json_and_only_where_the_spec_has_one() {
    let h = Harness::start().await;
    let mut empty = h.request(
        "POST",
        BACKUPS,
        None,
        &[("content-type", "application/json")],
    );
    h.sign(&mut empty);
    h.send(empty).await.assert_error(
        400,
        "MissingParameter",
        "body: a JSON request body is required (requestBody)",
    );

    let mut text = h.request("POST", BACKUPS, None, &[("content-type", "text/plain")]);
    *text.body_mut() = Some(format!(r#"{{"bootVolumeId": "{BOOT_VOLUME}"}}"#).into());
    h.sign(&mut text);
    h.send(text).await.assert_error(
        400,
        "InvalidParameter",
        "content-type: must be application/json (content)",
    );

    let mut get_with_body = h.request("GET", &list(""), None, &[]);
    *get_with_body.body_mut() = Some("{}".into());
    h.sign(&mut get_with_body);
    h.send(get_with_body).await.assert_error(
        400,
        "InvalidParameter",
        "body: this operation takes no request body (requestBody)",
    );
    h.assert_contract();
}

#[tokio::test]
async fn headers_are_checked() {
    let h = Harness::start().await;
    let body = format!(r#"{{"bootVolumeId": "{BOOT_VOLUME}"}}"#);
    let too_long = "t".repeat(65);
    let answer = h
        .signed(
            "POST",
            BACKUPS,
            Some(&body),
            &[("opc-retry-token", &too_long)],
        )
        .await;
    answer.assert_error(
        400,
        "InvalidParameter",
        "opc-retry-token: must be at most 64 characters long (maxLength)",
    );
    let answer = h
        .signed("POST", BACKUPS, Some(&body), &[("opc-retry-token", "")])
        .await;
    answer.assert_error(
        400,
        "InvalidParameter",
        "opc-retry-token: must be at least 1 characters long (minLength)",
    );
    let longest = "t".repeat(64);
    let answer = h
        .signed(
            "POST",
            BACKUPS,
            Some(&body),
            &[("opc-retry-token", &longest)],
        )
        .await;
    assert_eq!(answer.status, 200);
    assert_eq!(h.server.state().backups().len(), 1);
    h.assert_contract();
}

#[tokio::test]
async fn query_parameters_are_typed_bounded_and_enumerated() {
    let h = Harness::start().await;
    let cases = [
        (
            BACKUPS.to_owned(),
            "MissingParameter",
            "compartmentId: is required (required)",
        ),
        (
            list("&limit=0"),
            "InvalidParameter",
            "limit: must be at least 1 (minimum)",
        ),
        (
            list("&limit=1001"),
            "InvalidParameter",
            "limit: must be at most 1000 (maximum)",
        ),
        (
            list("&limit=ten"),
            "InvalidParameter",
            "limit: must be of type integer (type)",
        ),
        (
            list("&limit=1&limit=2"),
            "InvalidParameter",
            "limit: must be given at most once (type)",
        ),
        (
            list("&sortBy=DATE"),
            "InvalidParameter",
            r#"sortBy: must be one of "TIMECREATED", "NAME" (enum)"#,
        ),
        (
            list("&sortOrder=asc"),
            "InvalidParameter",
            r#"sortOrder: must be one of "ASC", "DESC" (enum)"#,
        ),
        (
            list(&format!("&page={}", "p".repeat(513))),
            "InvalidParameter",
            "page: must be at most 512 characters long (maxLength)",
        ),
        (
            format!("{BACKUPS}?compartmentId="),
            "InvalidParameter",
            "compartmentId: must be at least 1 characters long (minLength)",
        ),
    ];
    for (path, code, message) in cases {
        h.signed("GET", &path, None, &[])
            .await
            .assert_error(400, code, message);
    }
    assert_eq!(
        h.signed("GET", &list("&limit=1000"), None, &[])
            .await
            .status,
        200
    );
    let answer = h
        .bearer(
            "DELETE",
            &format!("{SNAPSHOTS}/some-id?deleteStorage=yes"),
            None,
            Some(BEARER),
        )
        .await;
    answer.assert_error(
        400,
        "InvalidParameter",
        "deleteStorage: must be of type boolean (type)",
    );
    h.assert_contract();
}

fn snapshot(kind: &str, auth: serde_json::Value, bar: serde_json::Value) -> String {
    serde_json::json!({
        "type": kind,
        "name": "n",
        "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": auth},
        "bar": bar,
    })
    .to_string()
}

fn principal() -> serde_json::Value {
    serde_json::json!({"type": "OCI_RESOURCE_PRINCIPAL"})
}

#[tokio::test]
async fn discriminators_select_the_variant_and_unknown_tags_are_named() {
    let h = Harness::start().await;
    let bar = serde_json::json!({"uri": "file:///x.bar", "password": "Passw0rdOK"});
    let cases = [
        (
            snapshot("COPY", principal(), bar.clone()),
            "InvalidParameter",
            r#"type: must be one of "CREATE", "REGISTER" (enum)"#,
        ),
        (
            snapshot("CREATE", serde_json::json!({"type": "PASSWORD"}), bar.clone()),
            "InvalidParameter",
            r#"storage.auth.type: must be one of "OCI_RESOURCE_PRINCIPAL", "OSS_AUTH_OCI_USER_ID" (enum)"#,
        ),
        (
            snapshot(
                "CREATE",
                serde_json::json!({"type": "OSS_AUTH_OCI_USER_ID", "ociTenancyId": "t",
                    "ociUserId": "u", "ociKeyFingerprint": "f", "ociPrivateKeyWrapped": "k"}),
                bar.clone(),
            ),
            "MissingParameter",
            "storage.auth.ociRegion: is required (required)",
        ),
        (
            serde_json::json!({"type": "CREATE", "name": "n", "bar": bar}).to_string(),
            "MissingParameter",
            "storage: is required (required)",
        ),
        (
            serde_json::json!({"name": "n", "storage": {"type": "OCI_NATIVE", "auth": principal()}})
                .to_string(),
            "MissingParameter",
            "type: is required (required)",
        ),
        (
            snapshot("CREATE", principal(), serde_json::json!({"password": "Passw0rdOK"})),
            "MissingParameter",
            "bar.uri: is required (required)",
        ),
        (
            serde_json::json!({"type": "REGISTER", "name": "n",
                "storage": {"type": "S3", "auth": principal()}})
            .to_string(),
            "InvalidParameter",
            r#"storage.type: must be one of "OCI_NATIVE" (enum)"#,
        ),
    ];
    for (body, code, message) in cases {
        h.bearer("POST", SNAPSHOTS, Some(&body), Some(BEARER))
            .await
            .assert_error(400, code, message);
    }
    // CREATE's bar needs a password; REGISTER's does not.
    let no_password = serde_json::json!({"uri": "file:///x.bar"});
    h.bearer(
        "POST",
        SNAPSHOTS,
        Some(&snapshot("CREATE", principal(), no_password.clone())),
        Some(BEARER),
    )
    .await
    .assert_error(
        400,
        "MissingParameter",
        "bar.password: is required (required)",
    );
    let registered = h
        .bearer(
            "POST",
            SNAPSHOTS,
            Some(&snapshot("REGISTER", principal(), no_password)),
            Some(BEARER),
        )
        .await;
    assert_eq!(registered.status, 202);
    let restore = r#"{"snapshot": {"id": "x"}}"#;
    h.bearer(
        "POST",
        "/api/20210901/system/actions/restoreSnapshot",
        Some(restore),
        Some(BEARER),
    )
    .await
    .assert_error(
        400,
        "MissingParameter",
        "snapshot.password: is required (required)",
    );
    h.assert_contract();
}

#[tokio::test]
async fn each_password_rule_is_reported_by_name_without_the_password() {
    let h = Harness::start().await;
    let cases = [
        (
            "Sh0rt",
            "bar.password: must be at least 8 characters long (minLength)",
        ),
        (
            "L0ng-enough-but-much-too-long-for-a-bar-password-rule",
            "bar.password: must be at most 50 characters long (maxLength)",
        ),
        (
            "NoDigitsAtAll",
            "bar.password: needs at least one numeric character (pattern `^.*[0-9]`)",
        ),
        (
            "no-upper-case-1",
            "bar.password: needs at least one uppercase letter (pattern `^.*[A-Z]`)",
        ),
        (
            "NO-LOWER-CASE-1",
            "bar.password: needs at least one lowercase letter (pattern `^.*[a-z]`)",
        ),
    ];
    for (password, message) in cases {
        let body = snapshot(
            "CREATE",
            principal(),
            serde_json::json!({"uri": "file:///x.bar", "password": password}),
        );
        let answer = h.bearer("POST", SNAPSHOTS, Some(&body), Some(BEARER)).await;
        answer.assert_error(400, "InvalidParameter", message);
        assert!(!answer.message().contains(password));
    }
    assert!(h.server.state().work_requests().is_empty());
    h.assert_contract();
}

#[tokio::test]
async fn unknown_paths_are_404_and_wrong_methods_405_with_error_bodies() {
    let h = Harness::start().await;
    let answer = h.signed("GET", "/20160918/volumes", None, &[]).await;
    answer.assert_error(
        404,
        "NotFound",
        "/20160918/volumes: no such path in the API",
    );
    assert!(answer.header("opc-request-id").is_some());
    let answer = h.signed("PATCH", &format!("{BACKUPS}/x"), None, &[]).await;
    answer.assert_error(
        405,
        "MethodNotAllowed",
        "/20160918/bootVolumeBackups/x: method PATCH is not allowed; allowed: DELETE, GET, PUT",
    );
    assert_eq!(answer.header("allow"), Some("DELETE, GET, PUT"));
    let answer = h
        .bearer("PUT", "/api/20210901/snapshots/x", None, Some(BEARER))
        .await;
    assert_eq!((answer.status, answer.code()), (405, "MethodNotAllowed"));
    let answer = h
        .bearer("GET", "/api/20210901/workrequests/x", None, Some(BEARER))
        .await;
    assert_eq!((answer.status, answer.code()), (404, "NotFound"));
    h.assert_contract();
}

#[tokio::test]
async fn client_request_ids_are_echoed() {
    let h = Harness::start().await;
    let answer = h
        .signed("GET", &list(""), None, &[("opc-request-id", "MY-OWN-ID")])
        .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("opc-request-id"), Some("MY-OWN-ID"));
    assert_eq!(answer.body, serde_json::json!([]));
    h.assert_contract();
}
