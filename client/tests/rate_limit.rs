//! The adaptive rate limiter in the retry layer, against a real server on 127.0.0.1: a
//! throttled create keeps its retry token, honours `Retry-After`, cuts the rate shared by
//! every client of the same settings, and says so in the logs.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::Arc;
use std::time::Duration;

use oci_backup::auth::oci::OciSigner;
use oci_backup::clock::ManualSleep;
use oci_backup::connect::Settings;
use oci_backup::limit::RateLimit;
use oci_backup::random::SeededRandom;
use oci_backup::{CallExt as _, block_storage};
use oci_backup_test_support::logs::capture_logs;
use oci_backup_test_support::scripted::start;
use oci_backup_test_support::{Answer, Reply, clock, keys};

const BACKUP: &str = r#"{"compartmentId":"ocid1.compartment.oc1..c","displayName":"b","id":"ocid1.bootvolume.oc1..b","lifecycleState":"REQUEST_RECEIVED","timeCreated":"2024-05-01T02:00:04Z"}"#;

#[tokio::test]
async fn a_throttled_create_keeps_its_token_and_cuts_the_rate_every_client_shares() {
    let logs = capture_logs();
    let throttled = Reply::from(
        Answer::json(429, r#"{"code":"TooManyRequests","message":"m"}"#).header("retry-after", "2"),
    );
    let server = start(vec![throttled, Reply::json(200, BACKUP)]);
    let clock = clock::manual();
    let sleep = Arc::new(ManualSleep::new(clock.clone()));
    let settings = Settings::with_clock(clock.clone())
        .with_sleep_and_random(sleep.clone(), Arc::new(SeededRandom::new(5)))
        .with_rate_limit(RateLimit::default().with_ceiling(10.0));
    let signer = OciSigner::with_key_id(Arc::new(keys::api_key()), "t/u/f".into(), clock.clone());
    let client = block_storage::Api::new(&server.base, settings.retrying(signer.shared()));
    let details: block_storage::types::CreateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({"bootVolumeId": "ocid1.bootvolume.oc1..v"}))
            .unwrap();
    client
        .create_boot_volume_backup()
        .body(details)
        .call()
        .await
        .unwrap();

    let received = server.requests();
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].header("opc-retry-token"),
        received[1].header("opc-retry-token"),
        "the retry of a throttled create is the same create"
    );
    assert_eq!(
        sleep.slept(),
        [Duration::from_secs(2)],
        "Retry-After, no limiter wait"
    );
    // Cut from the ceiling by the 429 (to 7), then held by the success at twice the
    // rate measured being sent (1 answer in 2 s: 0.5/s), for every client built from
    // these settings or their clones: the limiter is one.
    let shared = settings.clone().limiter.unwrap();
    assert_eq!(shared.rate(), 1.0);
    assert!(
        logs.text()
            .contains("rate limiter: throttled (429), rate cut"),
        "{}",
        logs.text()
    );
}
