//! Requests hyper's parser refuses — a control character in a header value, raw bytes
//! outside the URI characters in the path, an oversized head — get the fake's JSON error
//! like every other error, not hyper's empty 400. They are sent raw over a TcpStream: no
//! HTTP client would build them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use std::time::Duration;

use serde_json::Value;
use support::Harness;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// A raw answer: status, lower-cased header lines, body.
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// Writes `bytes` on a fresh connection and reads the first answer whole (by its
/// content-length).
async fn exchange_on(stream: &mut TcpStream, bytes: &[u8]) -> Raw {
    stream.write_all(bytes).await.unwrap();
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = received.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8(received[..end].to_vec()).unwrap();
            let mut lines = head.split("\r\n");
            let status = lines
                .next()
                .unwrap()
                .split(' ')
                .nth(1)
                .unwrap()
                .parse()
                .unwrap();
            let headers: Vec<(String, String)> = lines
                .map(|line| {
                    let (name, value) = line.split_once(':').unwrap();
                    (name.trim().to_ascii_lowercase(), value.trim().to_owned())
                })
                .collect();
            let length: usize = headers
                .iter()
                .find(|(n, _)| n == "content-length")
                .map_or(0, |(_, v)| v.parse().unwrap());
            if received.len() >= end + 4 + length {
                let body = received[end + 4..end + 4 + length].to_vec();
                return Raw {
                    status,
                    headers,
                    body,
                };
            }
        }
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk))
            .await
            .expect("an answer within 10 s")
            .unwrap();
        assert!(n > 0, "connection closed after {received:?}");
        received.extend_from_slice(&chunk[..n]);
    }
}

async fn exchange(h: &Harness, bytes: &[u8]) -> Raw {
    let mut stream = TcpStream::connect(h.server.local_addr()).await.unwrap();
    exchange_on(&mut stream, bytes).await
}

fn assert_json_error(raw: &Raw, status: u16, code: &str) {
    assert_eq!(raw.status, status);
    assert_eq!(raw.header("content-type"), Some("application/json"));
    let json = raw.json();
    assert_eq!(json["code"], code, "{json}");
    assert!(
        json["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{json}"
    );
    // Every error of the fake carries a request id, this one included.
    assert!(
        raw.header("opc-request-id")
            .is_some_and(|id| !id.is_empty())
    );
}

#[tokio::test]
async fn a_control_character_in_a_header_value_gets_a_json_400() {
    let h = Harness::start().await;
    let raw = exchange(
        &h,
        b"GET /20160918/bootVolumeBackups?compartmentId=c HTTP/1.1\r\nhost: x\r\nif-match: \x1b\r\n\r\n",
    )
    .await;
    assert_json_error(&raw, 400, "CannotParseRequest");
    let raw = exchange(
        &h,
        b"GET /api/20210901/snapshots HTTP/1.1\r\nhost: x\r\nauthorization: Bearer \x7f\r\n\r\n",
    )
    .await;
    assert_json_error(&raw, 400, "CannotParseRequest");
}

#[tokio::test]
async fn raw_non_utf8_bytes_in_the_path_get_a_json_400() {
    let h = Harness::start().await;
    for path in [
        &b"/20160918/bootVolumeBackups/\xff\xfe"[..],
        b"/api/20210901/snapshots/P\xc3",
        b"/20160918/bootVolumeBackups/a\x7fb",
    ] {
        let mut request = b"GET ".to_vec();
        request.extend_from_slice(path);
        request.extend_from_slice(b" HTTP/1.1\r\nhost: x\r\n\r\n");
        let raw = exchange(&h, &request).await;
        assert_json_error(&raw, 400, "CannotParseRequest");
    }
}

#[tokio::test]
async fn an_oversized_head_gets_a_json_431() {
    let h = Harness::start().await;
    let mut request = b"GET /api/20210901/snapshots HTTP/1.1\r\nhost: x\r\n".to_vec();
    for i in 0..200 {
        request.extend_from_slice(format!("x-filler-{i}: {}\r\n", "a".repeat(1000)).as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    let raw = exchange(&h, &request).await;
    assert_json_error(&raw, 431, "RequestHeaderFieldsTooLarge");
}

#[tokio::test]
async fn a_bad_request_after_good_ones_on_the_same_connection_gets_a_json_400() {
    let h = Harness::start().await;
    let mut stream = TcpStream::connect(h.server.local_addr()).await.unwrap();
    // A good request first: answered by the fake as usual (401: not signed).
    let first = exchange_on(
        &mut stream,
        b"GET /20160918/bootVolumeBackups?compartmentId=c HTTP/1.1\r\nhost: x\r\n\r\n",
    )
    .await;
    assert_json_error(&first, 401, "NotAuthenticated");
    // Then one hyper cannot parse, on the same kept-alive connection.
    let second = exchange_on(
        &mut stream,
        b"DELETE /20160918/bootVolumeBackups/x HTTP/1.1\r\nhost: x\r\nif-match: a\x01b\r\n\r\n",
    )
    .await;
    assert_json_error(&second, 400, "CannotParseRequest");
    assert_eq!(second.header("connection"), Some("close"));
}

#[tokio::test]
async fn an_oversized_signed_core_body_gets_413_not_a_signature_error() {
    let h = Harness::start().await;
    let body = format!(
        r#"{{"bootVolumeId": "ocid1.bootvolume.oc1..bv", "displayName": "{}"}}"#,
        "x".repeat(2 << 20)
    );
    let answer = h
        .signed("POST", "/20160918/bootVolumeBackups", Some(&body), &[])
        .await;
    assert_eq!(answer.status, 413, "{answer:?}");
    assert_eq!(answer.code(), "PayloadTooLarge");
}

/// Reads until the server closes the connection (or 10 s pass, which fails the test).
async fn closed_by_the_server(stream: &mut TcpStream) -> Vec<u8> {
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk))
            .await
            .expect("the server closes the connection within 10 s")
            .unwrap_or(0);
        if n == 0 {
            return received;
        }
        received.extend_from_slice(&chunk[..n]);
    }
}

#[tokio::test]
async fn unfinished_heads_unfinished_bodies_and_idle_connections_are_closed() {
    let h =
        Harness::with(|config| config.with_connection_timeout(Duration::from_millis(300))).await;
    // Headers that never end.
    let mut stream = TcpStream::connect(h.server.local_addr()).await.unwrap();
    stream
        .write_all(b"GET /api/20210901/snapshots HTTP/1.1\r\nhost: x\r\n")
        .await
        .unwrap();
    closed_by_the_server(&mut stream).await;
    // A body shorter than its content-length.
    let mut stream = TcpStream::connect(h.server.local_addr()).await.unwrap();
    stream
        .write_all(
            b"POST /api/20210901/snapshots HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"na",
        )
        .await
        .unwrap();
    let received = closed_by_the_server(&mut stream).await;
    assert!(
        received.is_empty(),
        "{}",
        String::from_utf8_lossy(&received)
    );
    // A connection that sends nothing at all.
    let mut stream = TcpStream::connect(h.server.local_addr()).await.unwrap();
    closed_by_the_server(&mut stream).await;
    // A keep-alive connection left idle after an answer.
    let mut stream = TcpStream::connect(h.server.local_addr()).await.unwrap();
    let raw = exchange_on(
        &mut stream,
        b"GET /api/20210901/snapshots HTTP/1.1\r\nhost: x\r\n\r\n",
    )
    .await;
    assert_eq!(raw.status, 401);
    closed_by_the_server(&mut stream).await;
}
