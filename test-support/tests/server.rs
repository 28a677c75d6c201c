//! The behaviours the workspace's tests rely on: scripted replies in order, a dropped
//! connection, no answer at all, signature checks, and a server that stops when dropped.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

use std::sync::Arc;
use std::time::Duration;

use oci_backup::auth::oci::OciSigner;
use oci_backup_test_support::{Answer, Reply, Server, Verify, clock, keys, scripted};

#[tokio::test]
async fn scripted_replies_come_in_order_and_the_last_repeats() {
    let server = scripted::start(vec![
        Reply::json(503, r#"{"code":"ServiceUnavailable","message":"busy"}"#),
        Answer::json(200, "{}").header("etag", "e1").into(),
    ]);
    let http = reqwest::Client::new();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let response = http
            .post(format!("{}/x?a=1", server.base))
            .body("body")
            .send()
            .await
            .unwrap();
        let header = |name| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
        };
        seen.push((
            response.status().as_u16(),
            header("opc-request-id"),
            header("etag"),
            header("connection"),
        ));
    }
    let id = |n: &str| Some(n.to_owned());
    let close = Some("close".to_owned());
    assert_eq!(
        seen,
        [
            (503, id("REQ1"), None, close.clone()),
            (200, id("REQ2"), id("e1"), close.clone()),
            (200, id("REQ3"), id("e1"), close),
        ]
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(
        (
            requests[0].method.as_str(),
            requests[0].path.as_str(),
            requests[0].query.as_str(),
            requests[0].path_and_query.as_str(),
            requests[0].text()
        ),
        ("POST", "/x", "a=1", "/x?a=1", "body".to_owned())
    );
    assert_eq!(requests[0].verified, None, "this server checks nothing");
}

#[tokio::test]
async fn a_dropped_connection_gets_no_answer_but_the_request_is_recorded() {
    let server = Server::start(|_| Reply::Drop);
    let error = reqwest::get(format!("{}/gone", server.base))
        .await
        .unwrap_err();
    assert!(!error.is_timeout() && !error.is_connect(), "{error:?}");
    assert_eq!(server.requests()[0].path, "/gone");
}

#[tokio::test]
async fn a_hung_request_never_gets_an_answer() {
    let server = Server::start(|_| Reply::Hang);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let error = http
        .get(format!("{}/wait", server.base))
        .send()
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn signatures_are_checked_before_the_handler_is_asked() {
    let clock = clock::manual();
    let verify = Verify::with_key(keys::public_key_der())
        .key_id("t/u/f")
        .date_from(clock.clone());
    let server = Server::verifying(verify, |_| Answer::empty(204));
    let http = reqwest::Client::new();
    let signer = OciSigner::with_key_id(Arc::new(keys::api_key()), "t/u/f".into(), clock.clone());
    let mut signed = http.get(format!("{}/ok", server.base)).build().unwrap();
    signer.sign_request(&mut signed).unwrap();
    assert_eq!(http.execute(signed).await.unwrap().status(), 204);

    let stranger = OciSigner::with_key_id(Arc::new(keys::other_key()), "t/u/f".into(), clock);
    let mut forged = http.get(format!("{}/forged", server.base)).build().unwrap();
    stranger.sign_request(&mut forged).unwrap();
    let response = http.execute(forged).await.unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.text().await.unwrap(),
        r#"{"code":"NotAuthenticated","message":"bad signature"}"#
    );
    let unsigned = http
        .get(format!("{}/unsigned", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);

    let verified: Vec<_> = server
        .requests()
        .into_iter()
        .map(|r| (r.path, r.verified.unwrap().is_ok()))
        .collect();
    assert_eq!(
        verified,
        [
            ("/ok".to_owned(), true),
            ("/forged".to_owned(), false),
            ("/unsigned".to_owned(), false)
        ]
    );
}

#[tokio::test]
async fn a_dropped_server_stops_listening() {
    let server = Server::start(|_| Answer::empty(200));
    let address = server.address();
    assert_eq!(
        reqwest::get(&server.base).await.unwrap().status(),
        200,
        "it answers while it lives"
    );
    drop(server);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    for _ in 0..100 {
        if let Err(error) = http.get(format!("http://{address}/")).send().await
            && error.is_connect()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{address} still accepts connections");
}
