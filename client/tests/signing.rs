//! OCI request signing with the production key type: byte-identical to reference
//! implementations, verifiable over many generated requests, and exactly what goes on
//! the wire (checked by a real HTTP server on 127.0.0.1 that verifies every request).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oci_backup::auth::key::{KeyError, RsaSign};
use oci_backup::auth::oci::OciSigner;
use oci_backup::auth::signer::{self, ReceivedRequest, SigningInput};
use oci_backup_test_support::{Server, Verify, clock, core_api, keys};
use reqwest::StatusCode;
use rsa::pkcs8::DecodePrivateKey as _;
use rsa::signature::{SignatureEncoding as _, Signer as _};

const TENANCY: &str =
    "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq";
const USER: &str = "ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq";

#[derive(Debug)]
struct ReferenceKey(rsa::pkcs1v15::SigningKey<rsa::sha2::Sha256>);

impl RsaSign for ReferenceKey {
    fn sign_pkcs1_sha256(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        Ok(self.0.sign(message).to_vec())
    }
}

#[test]
fn aws_lc_rs_signs_byte_identically_to_the_rsa_crate_and_openssl() {
    let pem = std::fs::read_to_string(keys::api_key_path()).unwrap();
    let reference = ReferenceKey(rsa::pkcs1v15::SigningKey::new(
        rsa::RsaPrivateKey::from_pkcs8_pem(&pem).unwrap(),
    ));
    let key = keys::api_key();
    for message in [
        &b""[..],
        b"date: Thu, 05 Jan 2014 21:31:40 GMT",
        "ünïcödé \u{1F600}".as_bytes(),
    ] {
        let ours = key.sign_pkcs1_sha256(message).unwrap();
        assert_eq!(ours, reference.sign_pkcs1_sha256(message).unwrap());
        let message_file =
            std::env::temp_dir().join(format!("oci-backup-msg-{}", std::process::id()));
        std::fs::write(&message_file, message).unwrap();
        let openssl = std::process::Command::new("openssl")
            .args(["dgst", "-sha256", "-sign"])
            .arg(keys::api_key_path())
            .arg(&message_file)
            .output()
            .expect("the openssl command is part of this project's machine image");
        std::fs::remove_file(&message_file).unwrap();
        assert!(openssl.status.success());
        assert_eq!(ours, openssl.stdout);
    }
}

/// A small deterministic generator, so the request set is the same every run.
struct Lcg(u64);

impl Lcg {
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        &items[(self.0 >> 33) as usize % items.len()]
    }
}

#[test]
fn signatures_verify_over_many_generated_requests_and_tampering_fails() {
    let key = keys::api_key();
    let public = key.public_key_der();
    let methods = ["GET", "DELETE", "HEAD", "POST", "PUT", "PATCH"];
    let paths = [
        "/20160918/bootVolumeBackups",
        "/20160918/bootVolumeBackups/ocid1.bootvolumebackup.oc1.iad.abc",
        "/20160918/bootVolumeBackups?compartmentId=ocid1.compartment.oc1..x&limit=10",
        "/20160918/bootVolumeBackups?displayName=n%C3%BCmber%20one&page=AAA%3D%3D",
        "/api/20210901/workRequests/lfc-c2:152-cd:607",
        "/api/20210901/snapshots?a=1&a=2&b=",
    ];
    let hosts = [
        "iaas.us-ashburn-1.oraclecloud.com",
        "127.0.0.1:8443",
        "[::1]:9000",
        "pca.example.com:443x",
    ];
    let bodies: [&[u8]; 4] = [
        b"",
        b"{}",
        "{\"displayName\":\"caf\u{e9} \u{1F600}\"}".as_bytes(),
        &[0u8; 300],
    ];
    let mut random = Lcg(7);
    for i in 0..300 {
        let method = *random.pick(&methods);
        let body = if signer::signs_body(method) {
            *random.pick(&bodies)
        } else {
            &b""[..]
        };
        let date =
            signer::http_date(SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000 + i));
        let path = *random.pick(&paths);
        let host = *random.pick(&hosts);
        let input = SigningInput {
            method,
            path_and_query: path,
            host,
            date: &date,
            content_type: None,
            body,
        };
        let signed = signer::sign(&input, "tenancy/user/fp", &key).unwrap();
        let headers = signed.wire_headers();
        let received = ReceivedRequest {
            method,
            path_and_query: input.path_and_query,
            headers: &headers,
            body,
        };
        signer::verify(&received, |_| Some(public.as_slice()))
            .unwrap_or_else(|e| panic!("{input:?}: {e}"));

        let other_path = format!("{}x", input.path_and_query);
        let tampered = ReceivedRequest {
            path_and_query: &other_path,
            ..received
        };
        assert_eq!(
            signer::verify(&tampered, |_| Some(public.as_slice())).unwrap_err(),
            signer::VerifyError::BadSignature
        );
        if signer::signs_body(method) {
            let tampered = ReceivedRequest {
                body: b"{\"x\":1}",
                ..received
            };
            assert_eq!(
                signer::verify(&tampered, |_| Some(public.as_slice())).unwrap_err(),
                signer::VerifyError::BodyHash
            );
        }
    }
}

#[test]
fn every_signature_carries_the_clock_s_current_date() {
    let clock = clock::manual();
    let signer = OciSigner::api_key(
        keys::api_key(),
        TENANCY,
        USER,
        keys::api_key().fingerprint(),
        clock.clone(),
    )
    .unwrap();
    let client = reqwest::Client::new();
    let mut dates = Vec::new();
    for _ in 0..2 {
        let mut request = client
            .get("https://iaas.us-ashburn-1.oraclecloud.com/20160918/x")
            .build()
            .unwrap();
        signer.sign_request(&mut request).unwrap();
        dates.push(request.headers()["date"].to_str().unwrap().to_owned());
        clock.advance(Duration::from_secs(61));
    }
    assert_eq!(
        dates,
        [
            "Tue, 14 Nov 2023 22:13:20 GMT",
            "Tue, 14 Nov 2023 22:14:21 GMT"
        ]
    );
}

#[test]
fn a_wrong_fingerprint_fails_when_the_signer_is_built() {
    let error = OciSigner::api_key(
        keys::api_key(),
        TENANCY,
        USER,
        "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
        clock::manual(),
    );
    assert!(matches!(error, Err(KeyError::FingerprintMismatch { .. })));
}

#[test]
fn a_security_token_signs_as_st_dollar_token_and_is_reread_when_it_changes() {
    let file = std::env::temp_dir().join(format!("oci-backup-token-{}", std::process::id()));
    std::fs::write(&file, "token-one\n").unwrap();
    let signer = OciSigner::security_token(keys::api_key(), &file, clock::manual());
    let client = reqwest::Client::new();
    let key_id = |signer: &OciSigner| {
        let mut request = client
            .get("https://iaas.us-ashburn-1.oraclecloud.com/20160918/x")
            .build()
            .unwrap();
        signer.sign_request(&mut request).unwrap();
        let authorization = request.headers()["authorization"]
            .to_str()
            .unwrap()
            .to_owned();
        signer::parse_authorization(&authorization).unwrap().key_id
    };
    assert_eq!(key_id(&signer), "ST$token-one");
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&file, "token-two-longer").unwrap();
    let modified = SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(key_id(&signer), "ST$token-two-longer");
    assert!(!format!("{signer:?}").contains("token-two"), "{signer:?}");
    std::fs::remove_file(&file).unwrap();
    let error = signer
        .sign_request(&mut client.get("https://h/x").build().unwrap())
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("cannot read the security token file"),
        "{error}"
    );
}

#[tokio::test]
async fn every_core_operation_is_signed_exactly_as_sent() {
    use oci_backup::block_storage::types;

    let clock = clock::manual();
    let key = keys::api_key();
    let server = Server::verifying(
        Verify::with_key(key.public_key_der()).date_from(clock.clone()),
        core_api::answer,
    );
    let base = server.base.clone();
    let fingerprint = key.fingerprint().to_owned();
    let client = oci_backup::block_storage::Api::new(
        &base,
        OciSigner::api_key(key, TENANCY, USER, &fingerprint, clock)
            .unwrap()
            .shared(),
    );

    let details: types::CreateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({"bootVolumeId": "ocid1.bootvolume.oc1..v", "displayName": "nightly \u{1F319}"})).unwrap();
    client
        .create_boot_volume_backup()
        .opc_retry_token("token-1")
        .body(details)
        .send()
        .await
        .unwrap();
    client
        .get_boot_volume_backup()
        .boot_volume_backup_id("ocid1.bootvolumebackup.oc1..b")
        .send()
        .await
        .unwrap();
    client
        .list_boot_volume_backups()
        .compartment_id("ocid1.compartment.oc1..c")
        .display_name("nüm ber/one&two")
        .limit(std::num::NonZeroU64::new(5).unwrap())
        .send()
        .await
        .unwrap();
    let update: types::UpdateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({"displayName": "x"})).unwrap();
    client
        .update_boot_volume_backup()
        .boot_volume_backup_id("b")
        .if_match("\"e1\"")
        .body(update)
        .send()
        .await
        .unwrap();
    client
        .delete_boot_volume_backup()
        .boot_volume_backup_id("b")
        .send()
        .await
        .unwrap();
    let change: types::ChangeBootVolumeBackupCompartmentDetails =
        serde_json::from_value(serde_json::json!({"compartmentId": "ocid1.compartment.oc1..d"}))
            .unwrap();
    client
        .change_boot_volume_backup_compartment()
        .boot_volume_backup_id("b")
        .body(change)
        .send()
        .await
        .unwrap();

    let seen = server.requests();
    assert_eq!(seen.len(), 6);
    for request in &seen {
        assert_eq!(request.verified, Some(Ok(())), "{request:?}");
    }
    assert!(
        seen[2]
            .path_and_query
            .contains("displayName=n%C3%BCm+ber%2Fone%26two"),
        "{:?}",
        seen[2].path_and_query
    );
    let host = seen[0].header("host").unwrap().to_owned();
    assert_eq!(
        format!("http://{host}"),
        base,
        "the signed host carries the port"
    );
}

#[tokio::test]
async fn a_post_without_a_body_signs_and_sends_content_length_zero() {
    let clock = clock::manual();
    let key = keys::api_key();
    let server = Server::verifying(
        Verify::with_key(key.public_key_der()).date_from(clock.clone()),
        core_api::answer,
    );
    let base = server.base.clone();
    let signer = OciSigner::with_key_id(Arc::new(key), "t/u/f".into(), clock);
    let http = reqwest::Client::new();
    let mut request = http
        .post(format!(
            "{base}/20160918/bootVolumeBackups/b/actions/changeCompartment"
        ))
        .build()
        .unwrap();
    signer.sign_request(&mut request).unwrap();
    let response = http.execute(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let seen = server.requests();
    let header = |name: &str| seen[0].header(name).map(str::to_owned);
    assert_eq!(seen[0].verified, Some(Ok(())));
    assert_eq!(header("content-length").as_deref(), Some("0"));
    assert_eq!(
        header("x-content-sha256").as_deref(),
        Some("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    );
    assert_eq!(header("content-type").as_deref(), Some("application/json"));
    assert_eq!(seen[0].method, "POST");
}
