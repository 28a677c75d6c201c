//! Oracle's documented request-signing test values, reproduced exactly: one file per case
//! in `tests/signing-vectors/cases/`, one line per test.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::PathBuf;

use oci_backup::auth::key::{KeyError, PublicKey, RsaSign, public_key_fingerprint};
use oci_backup::auth::signer::{self, ReceivedRequest, SigningInput, parse_authorization};
use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::signature::{SignatureEncoding as _, Signer as _};
use serde_json::Value;

/// RSASSA-PKCS1-v1_5/SHA-256 by the `rsa` crate: the documented key is 1024-bit.
#[derive(Debug)]
struct ReferenceKey(rsa::pkcs1v15::SigningKey<rsa::sha2::Sha256>);

impl RsaSign for ReferenceKey {
    fn sign_pkcs1_sha256(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        Ok(self.0.sign(message).to_vec())
    }
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/signing-vectors")
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(dir().join(name)).unwrap()
}

fn documented_key() -> ReferenceKey {
    let pem = String::from_utf8(read("key.pem")).unwrap();
    ReferenceKey(rsa::pkcs1v15::SigningKey::new(
        rsa::RsaPrivateKey::from_pkcs1_pem(&pem).unwrap(),
    ))
}

fn documented_public_key_der() -> Vec<u8> {
    let pem = String::from_utf8(read("public.pem")).unwrap();
    PublicKey::from_pem(&pem).unwrap().der
}

fn vector(name: &str) {
    let case: Value = serde_json::from_slice(&read(&format!("cases/{name}.json"))).unwrap();
    let expected = &case["expected"];
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    let url = url::Url::parse(case["url"].as_str().unwrap()).unwrap();
    let path_and_query = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    let body = case["body_file"].as_str().map(read).unwrap_or_default();
    let method = text(&case["method"]);
    let input = SigningInput {
        method: &method,
        path_and_query: &path_and_query,
        host: url.host_str().unwrap(),
        date: case["headers"]["date"].as_str().unwrap(),
        content_type: case["headers"]["content-type"].as_str(),
        body: &body,
    };
    let signed = signer::sign(&input, case["key_id"].as_str().unwrap(), &documented_key()).unwrap();

    let target = format!("(request-target): {}", text(&expected["request_target"]));
    assert_eq!(signed.signing_string.lines().nth(1), Some(target.as_str()));
    assert_eq!(signed.signing_string, text(&expected["signing_string"]));
    assert_eq!(signed.signed_headers, text(&expected["signed_headers"]));
    match expected["authorization_parameter_order"].as_str().unwrap() {
        "docs" => assert_eq!(signed.authorization, text(&expected["authorization"])),
        _ => assert_eq!(
            parse_authorization(&signed.authorization).unwrap(),
            parse_authorization(&text(&expected["authorization"])).unwrap()
        ),
    }
    let header = |name: &str| {
        signed
            .headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(
        header("content-length"),
        expected["content_length"].as_str().map(str::to_owned)
    );
    assert_eq!(
        header("x-content-sha256"),
        expected["x_content_sha256"].as_str().map(str::to_owned)
    );

    // The published signature verifies with the documented public key.
    let headers = signed.wire_headers();
    let received = ReceivedRequest {
        method: &method,
        path_and_query: &path_and_query,
        headers: &headers,
        body: &body,
    };
    let public = documented_public_key_der();
    let verified = signer::verify(&received, |_| Some(public.as_slice())).unwrap();
    assert_eq!(verified.signature, text(&expected["signature"]));
}

#[test]
fn docs_get() {
    vector("docs-get")
}
#[test]
fn docs_get_go_sdk_fingerprint() {
    vector("docs-get-go-sdk-fingerprint")
}
#[test]
fn docs_get_python_parameter_order() {
    vector("docs-get-python-parameter-order")
}
#[test]
fn docs_post() {
    vector("docs-post")
}
#[test]
fn docs_post_go_sdk_fingerprint() {
    vector("docs-post-go-sdk-fingerprint")
}
#[test]
fn docs_post_python_parameter_order() {
    vector("docs-post-python-parameter-order")
}

#[test]
fn documented_public_key_fingerprint() {
    let pem = String::from_utf8(read("public.pem")).unwrap();
    assert_eq!(
        public_key_fingerprint(&pem).unwrap(),
        "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7"
    );
}

#[test]
fn every_case_file_has_a_test() {
    let source = include_str!("signing_vectors.rs");
    for entry in std::fs::read_dir(dir().join("cases")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let case = name.strip_suffix(".json").unwrap();
        assert!(
            source.contains(&format!("vector(\"{case}\")")),
            "no test for {name}"
        );
    }
}
