//! What a hostile server or a wrong path cannot do to a program using the library: grow
//! it without bound (an endless body, `/dev/zero` as a key file) or lead its signed
//! requests elsewhere (a redirect).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::{Path, PathBuf};

use oci_backup::CallExt as _;
use oci_backup::block_storage::BlockStorage;
use oci_backup::config::{Environment, LoadOptions, load};
use oci_backup::connect::Settings;
use oci_backup_test_support::keys::{self, FINGERPRINT};
use oci_backup_test_support::{Answer, Reply, Server, clock};

const TENANCY: &str =
    "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq";
const USER: &str = "ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq";
const BACKUP: &str = "ocid1.bootvolumebackup.oc1..b";

/// A config file in a fresh directory whose profile uses `key_file`.
fn config_file(test: &str, key_file: &Path) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("oci-backup-hostile-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        "[DEFAULT]\nuser={USER}\nfingerprint={FINGERPRINT}\ntenancy={TENANCY}\nregion=us-ashburn-1\nkey_file={}\n",
        key_file.display()
    );
    let path = dir.join("config");
    std::fs::write(&path, text).unwrap();
    path
}

fn storage(test: &str, base: &str) -> BlockStorage {
    let options = LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
        .with_config_file(config_file(test, &keys::api_key_path()))
        .with_endpoint(format!("{base}/20160918/"));
    let config = load(&options).unwrap();
    BlockStorage::from_profile(&config, Settings::with_clock(clock::manual())).unwrap()
}

#[tokio::test]
async fn an_endless_body_is_cut_at_the_cap_with_an_error_saying_so() {
    let server = Server::start(|_| Reply::Endless);
    let error = storage("endless", &server.base)
        .api()
        .get_boot_volume_backup()
        .boot_volume_backup_id(BACKUP)
        .call()
        .await
        .unwrap_err();
    assert!(
        matches!(error, oci_backup::Error::InvalidResponse { .. }),
        "not an answer to retry or wait through: {error:?}"
    );
    assert_eq!(
        error.to_string(),
        "getBootVolumeBackup: unexpected response: the response body is larger than 64 MiB, \
         the most this client reads"
    );
}

#[tokio::test]
async fn a_redirect_is_not_followed_with_the_signed_request() {
    let elsewhere = Server::start(|_| Answer::json(200, "{}"));
    let target = format!("{}/stolen", elsewhere.base);
    let server = Server::start(move |_| Answer::empty(307).header("location", &target));
    let error = storage("redirect", &server.base)
        .api()
        .get_boot_volume_backup()
        .boot_volume_backup_id(BACKUP)
        .call()
        .await
        .unwrap_err();
    assert_eq!(error.service().map(|e| e.status), Some(307), "{error}");
    assert_eq!(server.request_count(), 1);
    assert_eq!(elsewhere.request_count(), 0, "the redirect was followed");
}

#[test]
fn an_endless_key_file_is_refused_naming_it() {
    let options = LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
        .with_config_file(config_file("zero-key", Path::new("/dev/zero")))
        .with_endpoint("http://127.0.0.1:9/20160918/");
    let config = load(&options).unwrap();
    let error =
        BlockStorage::from_profile(&config, Settings::with_clock(clock::manual())).unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("/dev/zero") && text.contains("larger than 4 MiB"),
        "{text}"
    );
}

#[test]
fn an_endless_config_file_is_refused_naming_it() {
    let options = LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
        .with_config_file("/dev/zero");
    let text = load(&options).unwrap_err().to_string();
    assert!(
        text.contains("/dev/zero") && text.contains("larger than 4 MiB"),
        "{text}"
    );
}
