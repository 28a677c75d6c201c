//! Authentication: every Core failure is a 401 `NotAuthenticated` saying what was wrong;
//! Analytics without the right bearer token is a 401 with `www-authenticate`. Signatures
//! made the way the official OCI tools make them are accepted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use oci_backup::auth::key::RsaSign as _;
use oci_backup::auth::oci::OciSigner;
use oci_backup::auth::signer::{self, SigningInput};
use oci_backup::clock::{Clock as _, ManualClock};
use oci_backup_fake::PublicKey;
use support::{BEARER, BOOT_VOLUME, COMPARTMENT, Harness, TENANCY, USER, key, other_key};

const BACKUPS: &str = "/20160918/bootVolumeBackups";

fn list_path() -> String {
    format!("{BACKUPS}?compartmentId={COMPARTMENT}")
}

fn create_body() -> String {
    format!(r#"{{"bootVolumeId": "{BOOT_VOLUME}"}}"#)
}

/// Asserts a Core 401 with this message, an opc-request-id and no state change.
#[track_caller]
fn assert_rejected(h: &Harness, answer: &support::Answer, message: &str) {
    answer.assert_error(401, "NotAuthenticated", message);
    assert!(answer.header("opc-request-id").is_some());
    assert!(h.server.state().backups().is_empty());
}

#[tokio::test]
async fn a_request_without_authorization_is_rejected() {
    let h = Harness::start().await;
    let request = h.request("GET", &list_path(), None, &[]);
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: missing `Authorization: Signature ...` header",
    );
    let request = h.request(
        "GET",
        &list_path(),
        None,
        &[("authorization", "Signature nonsense")],
    );
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: malformed Authorization header: `nonsense` is not name=\"value\"",
    );
    h.assert_contract();
}

#[tokio::test]
async fn a_key_the_server_does_not_know_is_rejected() {
    let h = Harness::start().await;
    let stranger = support::signer(other_key(), h.clock.clone());
    let fingerprint = other_key().fingerprint().to_owned();
    let mut request = h.request("POST", BACKUPS, Some(&create_body()), &[]);
    stranger.sign_request(&mut request).unwrap();
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        &format!("signature rejected: unknown keyId `{TENANCY}/{USER}/{fingerprint}`"),
    );
}

#[tokio::test]
async fn keys_can_be_restricted_to_one_key_id() {
    let pinned = PublicKey::from_private_key(&key())
        .for_key_id(format!("{TENANCY}/{USER}/{}", key().fingerprint()));
    let h = Harness::with(|mut c| {
        c.public_keys = vec![pinned];
        c
    })
    .await;
    assert_eq!(h.signed("GET", &list_path(), None, &[]).await.status, 200);
    let other_user = OciSigner::api_key(
        key(),
        TENANCY,
        "ocid1.user.oc1..someoneelse",
        key().fingerprint(),
        h.clock.clone(),
    )
    .unwrap();
    let mut request = h.request("GET", &list_path(), None, &[]);
    other_user.sign_request(&mut request).unwrap();
    let answer = h.send(request).await;
    assert_eq!(answer.status, 401);
    assert!(answer.message().contains("unknown keyId"), "{answer:?}");
}

#[tokio::test]
async fn a_signature_made_with_another_key_does_not_verify() {
    let h = Harness::start().await;
    let key_id = signer::api_key_id(TENANCY, USER, key().fingerprint());
    let impostor = OciSigner::with_key_id(Arc::new(other_key()), key_id, h.clock.clone());
    let mut request = h.request("POST", BACKUPS, Some(&create_body()), &[]);
    impostor.sign_request(&mut request).unwrap();
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: the signature does not verify with the key for this keyId",
    );

    // A genuine signature over another path does not verify either.
    let mut request = h.request("GET", &list_path(), None, &[]);
    h.sign(&mut request);
    *request.url_mut() = reqwest::Url::parse(&h.url(&format!("{}&limit=5", list_path()))).unwrap();
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: the signature does not verify with the key for this keyId",
    );
}

#[tokio::test]
async fn a_body_that_is_not_the_signed_one_is_rejected() {
    let h = Harness::start().await;
    let mut request = h.request("POST", BACKUPS, Some(&create_body()), &[]);
    h.sign(&mut request);
    let tampered = create_body().replace("bootvolume", "BOOTVOLUME");
    *request.body_mut() = Some(tampered.into());
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: x-content-sha256 does not match the body",
    );
}

#[tokio::test]
async fn required_headers_must_be_signed_and_sent() {
    let h = Harness::start().await;
    // Signed as a GET (no body headers), sent as a POST.
    let date = signer::http_date(h.clock.now());
    let host = h.server.local_addr().to_string();
    let signed = signer::sign(
        &SigningInput {
            method: "GET",
            path_and_query: BACKUPS,
            host: &host,
            date: &date,
            content_type: None,
            body: b"",
        },
        &signer::api_key_id(TENANCY, USER, key().fingerprint()),
        &key(),
    )
    .unwrap();
    let mut headers = signed.wire_headers();
    headers.retain(|(n, _)| *n != "host");
    let request = h.request("POST", BACKUPS, Some(&create_body()), &headers);
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: header `content-length` must be signed for this method",
    );

    // Signed properly, then a signed header is dropped on the way.
    let mut request = h.request("POST", BACKUPS, Some(&create_body()), &[]);
    h.sign(&mut request);
    request.headers_mut().remove("x-content-sha256");
    let answer = h.send(request).await;
    assert_rejected(
        &h,
        &answer,
        "signature rejected: signed header `x-content-sha256` is missing from the request",
    );
}

#[tokio::test]
async fn dates_more_than_five_minutes_off_are_rejected() {
    let h = Harness::start().await;
    for (offset, accepted) in [(-299i64, true), (299, true), (-301, false), (301, false)] {
        let skewed = Arc::new(ManualClock::new(support::start_time()));
        if offset >= 0 {
            skewed.advance(Duration::from_secs(offset as u64));
        } else {
            h.clock.advance(Duration::from_secs(offset.unsigned_abs()));
        }
        let signer = support::signer(key(), skewed.clone());
        let mut request = h.request("GET", &list_path(), None, &[]);
        signer.sign_request(&mut request).unwrap();
        let answer = h.send(request).await;
        if accepted {
            assert_eq!(answer.status, 200, "{offset}: {answer:?}");
        } else {
            let expected = format!(
                "the `date` header `{}` is 301 s away from the server's time `{}`: more than \
                 the 300 s of clock skew allowed",
                signer::http_date(skewed.now()),
                signer::http_date(h.clock.now()),
            );
            assert_rejected(&h, &answer, &expected);
        }
        h.clock.set(support::start_time());
    }
}

#[tokio::test]
async fn session_tokens_sign_with_their_own_key() {
    let h = Harness::with(|c| {
        c.with_session_token("session-token-1", PublicKey::from_private_key(&other_key()))
    })
    .await;
    let token_file = std::env::temp_dir().join(format!("fake-session-{}", std::process::id()));
    std::fs::write(&token_file, "session-token-1\n").unwrap();
    let session = OciSigner::security_token(other_key(), &token_file, h.clock.clone());
    let mut request = h.request("GET", &list_path(), None, &[]);
    session.sign_request(&mut request).unwrap();
    assert_eq!(h.send(request).await.status, 200);

    std::fs::write(&token_file, "session-token-2\n").unwrap();
    let session = OciSigner::security_token(other_key(), &token_file, h.clock.clone());
    let mut request = h.request("GET", &list_path(), None, &[]);
    session.sign_request(&mut request).unwrap();
    let answer = h.send(request).await;
    std::fs::remove_file(&token_file).unwrap();
    assert_rejected(
        &h,
        &answer,
        // The token is not echoed.
        r#"signature rejected: unknown security token (keyId="ST$...")"#,
    );
}

#[tokio::test]
async fn signatures_in_the_official_tools_layout_are_accepted() {
    // The OCI CLI and SDKs sign the same headers, but may order them differently, add
    // optional ones, use upper-case hex fingerprints or x-date; all are the same scheme.
    let h = Harness::start().await;
    let body = create_body();
    let date = signer::http_date(h.clock.now());
    let host = h.server.local_addr().to_string();
    let sha = signer::content_sha256(body.as_bytes());
    let length = body.len().to_string();
    let values = [
        ("x-date", date.as_str()),
        ("(request-target)", "post /20160918/bootVolumeBackups"),
        ("host", host.as_str()),
        ("x-content-sha256", sha.as_str()),
        ("content-type", "application/json"),
        ("content-length", length.as_str()),
        ("opc-retry-token", "cli-token"),
    ];
    let signing_string = values
        .iter()
        .map(|(n, v)| format!("{n}: {v}"))
        .collect::<Vec<_>>()
        .join("\n");
    let signature = STANDARD.encode(key().sign_pkcs1_sha256(signing_string.as_bytes()).unwrap());
    let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
    let authorization = format!(
        r#"Signature algorithm="rsa-sha256",headers="{}",keyId="{TENANCY}/{USER}/{}",signature="{signature}",version="1""#,
        names.join(" "),
        key().fingerprint().to_ascii_uppercase(),
    );
    let request = h.request(
        "POST",
        BACKUPS,
        Some(&body),
        &[
            ("x-date", &date),
            ("x-content-sha256", &sha),
            ("opc-retry-token", "cli-token"),
            ("authorization", &authorization),
            (
                "user-agent",
                "Oracle-PythonSDK/2.0.0 (python 3.11) Oracle-PythonCLI/3.0.0",
            ),
            ("opc-client-info", "Oracle-PythonCLI/3.0.0"),
        ],
    );
    let answer = h.send(request).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(h.server.state().backups().len(), 1);
    h.assert_contract();
}

#[tokio::test]
async fn analytics_needs_the_configured_bearer_token() {
    let h = Harness::start().await;
    let cases = [
        (
            None,
            "missing `Authorization: Bearer <access token>` header",
            r#"Bearer realm="oci-backup-fake""#,
        ),
        (
            Some("not-the-token"),
            "the access token is not valid",
            r#"Bearer realm="oci-backup-fake", error="invalid_token", error_description="The access token is invalid or has expired""#,
        ),
    ];
    for (token, message, challenge) in cases {
        for (method, path) in [
            ("GET", "/api/20210901/snapshots"),
            ("GET", "/api/20210901/workRequests/lfc-c2:1-cd:1"),
            ("DELETE", "/api/20210901/snapshots/x"),
        ] {
            let answer = h.bearer(method, path, None, token).await;
            answer.assert_error(401, "NotAuthenticated", message);
            assert_eq!(answer.header("www-authenticate"), Some(challenge));
        }
    }
    let request = h.request(
        "GET",
        "/api/20210901/snapshots",
        None,
        &[("authorization", "Basic dXNlcjpwYXNz")],
    );
    let answer = h.send(request).await;
    answer.assert_error(
        401,
        "NotAuthenticated",
        "the Authorization header is not a Bearer token",
    );
    assert!(answer.header("www-authenticate").is_some());

    // An OCI signature is no use for Analytics, and a bearer token none for Core.
    let mut request = h.request("GET", "/api/20210901/snapshots", None, &[]);
    h.sign(&mut request);
    assert_eq!(h.send(request).await.status, 401);
    let answer = h.bearer("GET", &list_path(), None, Some(BEARER)).await;
    assert_eq!((answer.status, answer.code()), (401, "NotAuthenticated"));

    assert_eq!(
        h.bearer("GET", "/api/20210901/snapshots", None, Some(BEARER))
            .await
            .status,
        200
    );
    h.assert_contract();
}

#[tokio::test]
async fn the_generated_clients_get_401s_they_can_read() {
    let h = Harness::with(|mut c| {
        c.public_keys.clear();
        c.bearer_tokens = vec!["rotated-token".into()];
        c
    })
    .await;
    let (status, code, message) = support::core_error(
        h.core
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (401, "NotAuthenticated"));
    assert!(
        message.starts_with("signature rejected: unknown keyId"),
        "{message}"
    );
    let (status, code, _) = support::analytics_error(h.analytics.list_snapshots().send().await);
    assert_eq!((status, code.as_str()), (401, "NotAuthenticated"));
    h.assert_contract();
}

/// Replays a recorded request over a raw connection, headers exactly as recorded (the
/// signed `host` included), and returns the status line.
async fn replay(h: &Harness, recorded: &serde_json::Value) -> String {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let mut head = format!(
        "{} {} HTTP/1.1\r\n",
        recorded["method"].as_str().unwrap(),
        recorded["path_and_query"].as_str().unwrap()
    );
    for (name, value) in recorded["headers"].as_object().unwrap() {
        head.push_str(&format!("{name}: {}\r\n", value.as_str().unwrap()));
    }
    head.push_str("connection: close\r\n\r\n");
    let mut stream = tokio::net::TcpStream::connect(h.server.local_addr())
        .await
        .unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    stream
        .write_all(recorded["body"].as_str().unwrap().as_bytes())
        .await
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    answer.lines().next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn requests_signed_by_the_official_python_sdk_are_accepted() {
    let recorded: serde_json::Value =
        serde_json::from_str(&support::seed("python-sdk-requests.json")).unwrap();
    let requests = recorded["requests"].as_array().unwrap();
    let date = requests[0]["headers"]["date"].as_str().unwrap();
    let signed_at: std::time::SystemTime = chrono::DateTime::parse_from_rfc2822(date)
        .unwrap()
        .with_timezone(&chrono::Utc)
        .into();
    let h = Harness::with(|c| c.with_clock(Arc::new(ManualClock::new(signed_at)))).await;
    assert_eq!(replay(&h, &requests[0]).await, "HTTP/1.1 200 OK");
    assert_eq!(replay(&h, &requests[1]).await, "HTTP/1.1 200 OK");
    let backups = h.server.state().backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].display_name, "from-python-sdk");
    let listed = h.server.state().request_log()[1].response.clone().unwrap();
    let body: serde_json::Value = serde_json::from_slice(&listed.body).unwrap();
    assert_eq!(body[0]["displayName"], "from-python-sdk");

    // The same recording ten minutes later is refused for its date.
    let late = Harness::with(|c| {
        let clock = ManualClock::new(signed_at);
        clock.advance(Duration::from_secs(600));
        c.with_clock(Arc::new(clock))
    })
    .await;
    assert_eq!(
        replay(&late, &requests[1]).await,
        "HTTP/1.1 401 Unauthorized"
    );
    h.assert_contract();
}
