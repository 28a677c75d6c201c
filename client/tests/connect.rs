//! From an OCI config profile to a working, signing client; and every problem that can be
//! seen before a request is reported when the client is built.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use oci_backup::auth::bearer::StaticToken;
use oci_backup::auth::key::{KeyError, KeyProblem};
use oci_backup::config::{Environment, LoadOptions, load};
use oci_backup::connect::{ConnectError, Settings};
use oci_backup::runtime::SecretString;
use oci_backup::transport::{TransportError, TransportOptions};
use oci_backup_test_support::keys::{self, FINGERPRINT};
use oci_backup_test_support::{Server, Verify, clock, core_api};

/// The Core API of a profile, as `BlockStorage::from_profile` builds it.
fn core_client(
    config: &oci_backup::config::OciConfig,
    settings: &Settings,
) -> Result<oci_backup::block_storage::Api, ConnectError> {
    oci_backup::block_storage::BlockStorage::from_profile(config, settings.clone())
        .map(|storage| storage.api().clone())
}

/// The Analytics API of an instance, as `Analytics::with_transport` builds it.
fn analytics_client(
    url: &str,
    tokens: Arc<dyn oci_backup::auth::bearer::TokenProvider>,
    transport: &TransportOptions,
    settings: &Settings,
) -> Result<oci_backup::analytics::Api, ConnectError> {
    oci_backup::analytics::Analytics::with_transport(url, tokens, transport, settings.clone())
        .map(|analytics| analytics.api().clone())
}

const TENANCY: &str =
    "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq";
const USER: &str = "ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq";

/// A config file in a fresh directory, with `[DEFAULT]` plus the given profile body.
fn config_file(test: &str, profile: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("oci-backup-connect-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        "[DEFAULT]\nuser={USER}\nfingerprint={FINGERPRINT}\ntenancy={TENANCY}\nregion=us-ashburn-1\nkey_file={}\n\n[TEST]\n{profile}\n",
        keys::api_key_path().display()
    );
    let path = dir.join("config");
    std::fs::write(&path, text).unwrap();
    path
}

fn options(file: &Path, endpoint: &str) -> LoadOptions {
    LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
        .with_config_file(file)
        .with_profile("TEST")
        .with_endpoint(endpoint)
}

fn build_error(test: &str, profile: &str, endpoint: &str) -> ConnectError {
    let config = load(&options(&config_file(test, profile), endpoint)).unwrap();
    core_client(&config, &Settings::with_clock(clock::manual())).unwrap_err()
}

#[tokio::test]
async fn a_profile_gives_a_client_whose_requests_verify() {
    let clock = clock::manual();
    let public = std::fs::read_to_string(keys::path("rsa2048-public.pem")).unwrap();
    let public_der = oci_backup::auth::key::PublicKey::from_pem(&public)
        .unwrap()
        .der;
    let server = Server::verifying(
        Verify::with_key(public_der).date_from(clock.clone()),
        core_api::answer,
    );
    let base = server.base.clone();
    let config = load(&options(
        &config_file("ok", ""),
        &format!("{base}/20160918/"),
    ))
    .unwrap();
    let client = core_client(&config, &Settings::with_clock(clock)).unwrap();
    let backup = client
        .get_boot_volume_backup()
        .boot_volume_backup_id("b")
        .send()
        .await
        .unwrap();
    assert_eq!(backup.display_name.as_str(), "b");
    let seen = server.requests();
    assert_eq!(seen[0].verified, Some(Ok(())));
    assert_eq!(
        seen[0].path_and_query, "/20160918/bootVolumeBackups/b",
        "the endpoint's version path is not doubled"
    );
    let authorization = seen[0].header("authorization").unwrap();
    assert!(authorization.contains(&format!("keyId=\"{TENANCY}/{USER}/{FINGERPRINT}\"")));
}

#[test]
fn a_fingerprint_of_another_key_fails_when_the_client_is_built() {
    let error = build_error(
        "fingerprint",
        "fingerprint=00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
        "http://127.0.0.1:9",
    );
    assert!(
        matches!(
            error,
            ConnectError::Key(KeyError::FingerprintMismatch { .. })
        ),
        "{error}"
    );
}

#[test]
fn encrypted_keys_use_the_profile_pass_phrase() {
    let key = keys::path("rsa2048-pkcs1-encrypted-aes128.pem");
    let wrong = build_error(
        "wrong-pass",
        &format!("key_file={}\npass_phrase=not-it", key.display()),
        "http://127.0.0.1:9",
    );
    match &wrong {
        ConnectError::Key(KeyError::Invalid { problem, .. }) => {
            assert_eq!(*problem, KeyProblem::WrongPassPhrase)
        }
        other => panic!("{other}"),
    }
    assert!(!format!("{wrong:?}").contains("not-it"));
    let config = load(&options(
        &config_file(
            "right-pass",
            &format!("key_file={}\npass_phrase=correct-horse", key.display()),
        ),
        "http://127.0.0.1:9",
    ))
    .unwrap();
    assert!(core_client(&config, &Settings::with_clock(clock::manual())).is_ok());
}

#[test]
fn a_public_key_or_missing_key_file_fails_when_the_client_is_built() {
    let public = build_error(
        "public",
        &format!("key_file={}", keys::path("rsa2048-public.pem").display()),
        "http://127.0.0.1:9",
    );
    assert!(
        public
            .to_string()
            .ends_with("authentication requires a private key, but a public key was provided"),
        "{public}"
    );
    let missing = build_error(
        "missing",
        "key_file=/nonexistent/key.pem",
        "http://127.0.0.1:9",
    );
    assert!(
        missing
            .to_string()
            .starts_with("cannot read the key file `/nonexistent/key.pem`"),
        "{missing}"
    );
}

#[test]
fn plain_http_is_refused_except_to_loopback() {
    let error = build_error("plain-http", "", "http://pca.example.com");
    assert!(
        matches!(
            error,
            ConnectError::Transport(TransportError::PlainHttp { .. })
        ),
        "{error}"
    );
    let token = Arc::new(StaticToken::new(SecretString::from_string("t".into())));
    let refused = analytics_client(
        "http://oac.example.com",
        token.clone(),
        &TransportOptions::default(),
        &Settings::with_clock(clock::manual()),
    );
    assert!(matches!(
        refused,
        Err(ConnectError::Transport(TransportError::PlainHttp { .. }))
    ));
    assert!(
        analytics_client(
            "https://oac.example.com/",
            token,
            &TransportOptions::default(),
            &Settings::with_clock(clock::manual())
        )
        .is_ok()
    );
}

#[tokio::test]
async fn a_security_token_profile_signs_with_the_token() {
    let clock = clock::manual();
    let dir = config_file("token", "").parent().unwrap().to_owned();
    std::fs::write(dir.join("token"), "eyJ.session.token\n").unwrap();
    let profile = format!("security_token_file={}", dir.join("token").display());
    let server = Server::verifying(
        Verify::with_key(Vec::new()).date_from(clock.clone()),
        core_api::answer,
    );
    let base = server.base.clone();
    let config = load(&options(&config_file("token", &profile), &base)).unwrap();
    let client = core_client(&config, &Settings::with_clock(clock)).unwrap();
    let _ = client
        .get_boot_volume_backup()
        .boot_volume_backup_id("b")
        .send()
        .await;
    let seen = server.requests();
    let authorization = seen[0].header("authorization").unwrap();
    assert!(
        authorization.contains("keyId=\"ST$eyJ.session.token\""),
        "{authorization}"
    );
}
