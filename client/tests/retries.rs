//! Retries against a real server on 127.0.0.1: the same retry token on every attempt,
//! fresh signatures, `Retry-After`, the exact backoff schedule, and non-idempotent
//! requests that are never re-sent once they may have arrived.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::Arc;
use std::time::Duration;

use oci_backup::auth::bearer::{BearerAuth, StaticToken};
use oci_backup::auth::oci::OciSigner;
use oci_backup::clock::{Clock as _, ManualClock, ManualSleep};
use oci_backup::connect::Settings;
use oci_backup::random::{Random as _, SeededRandom};
use oci_backup::retry::RetryPolicy;
use oci_backup::runtime::SecretString;
use oci_backup::{CallExt as _, Error, analytics, block_storage};
use oci_backup_test_support::scripted::start;
use oci_backup_test_support::server::closed_address;
use oci_backup_test_support::{Answer, Reply, clock, keys};

const BACKUP: &str = r#"{"compartmentId":"ocid1.compartment.oc1..c","displayName":"b","id":"ocid1.bootvolumebackup.oc1..b","lifecycleState":"REQUEST_RECEIVED","timeCreated":"2024-05-01T02:00:04Z"}"#;
const SEED: u64 = 11;

struct Rig {
    clock: Arc<ManualClock>,
    sleep: Arc<ManualSleep>,
    settings: Settings,
}

fn new_rig(policy: RetryPolicy) -> Rig {
    let clock = clock::manual();
    let sleep = Arc::new(ManualSleep::new(clock.clone()));
    let settings = Settings::with_clock(clock.clone())
        .with_retry(policy)
        .with_sleep_and_random(sleep.clone(), Arc::new(SeededRandom::new(SEED)));
    Rig {
        clock,
        sleep,
        settings,
    }
}

fn core_client(rig: &Rig, base: &str) -> block_storage::Api {
    let signer =
        OciSigner::with_key_id(Arc::new(keys::api_key()), "t/u/f".into(), rig.clock.clone());
    block_storage::Api::new(base, rig.settings.retrying(signer.shared()))
}

fn analytics_client(rig: &Rig, base: &str) -> analytics::Api {
    let token = Arc::new(StaticToken::new(SecretString::from_string("tok".into())));
    analytics::Api::new(
        base,
        rig.settings
            .retrying(BearerAuth::new(token, rig.clock.clone()).shared()),
    )
}

fn details() -> block_storage::types::CreateBootVolumeBackupDetails {
    serde_json::from_value(serde_json::json!({"bootVolumeId": "ocid1.bootvolume.oc1..v"})).unwrap()
}

/// The delays the default policy draws with [`SEED`], for retries 1..=n, after the 32
/// draws of a generated retry token when the operation takes one.
fn expected_backoffs(n: u32, after_token: bool) -> Vec<Duration> {
    let random = SeededRandom::new(SEED);
    if after_token {
        (0..32).for_each(|_| {
            random.next_u64();
        });
    }
    (1..=n)
        .map(|retry| RetryPolicy::default().backoff(retry, &random))
        .collect()
}

#[tokio::test]
async fn a_retried_create_reuses_one_generated_token_and_signs_each_attempt_afresh() {
    let server = start(vec![
        Reply::json(503, r#"{"code":"ServiceUnavailable","message":"busy"}"#),
        Reply::Drop,
        Reply::json(200, BACKUP),
    ]);
    let rig = new_rig(RetryPolicy::default());
    let backup = core_client(&rig, &server.base)
        .create_boot_volume_backup()
        .body(details())
        .call()
        .await
        .unwrap();
    assert_eq!(backup.id.as_str(), "ocid1.bootvolumebackup.oc1..b");
    let received = server.requests();
    assert_eq!(received.len(), 3, "503, dropped connection, then success");
    let tokens: Vec<_> = received
        .iter()
        .map(|r| r.header("opc-retry-token").unwrap().to_owned())
        .collect();
    assert_eq!(tokens[0].len(), 32);
    assert!(tokens.iter().all(|t| *t == tokens[0]), "{tokens:?}");
    assert_eq!(
        rig.sleep.slept(),
        expected_backoffs(2, true),
        "full jitter under the 1 s, 2 s caps"
    );
}

#[tokio::test]
async fn every_attempt_is_signed_with_the_time_it_is_sent() {
    let throttled = Reply::from(
        Answer::json(503, r#"{"code":"ServiceUnavailable","message":"m"}"#)
            .header("retry-after", "5"),
    );
    let server = start(vec![throttled, Reply::json(200, BACKUP)]);
    let rig = new_rig(RetryPolicy::default());
    core_client(&rig, &server.base)
        .get_boot_volume_backup()
        .boot_volume_backup_id("b")
        .send()
        .await
        .unwrap();
    let dates: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.header("date").unwrap().to_owned())
        .collect();
    assert_eq!(
        dates,
        [
            "Tue, 14 Nov 2023 22:13:20 GMT",
            "Tue, 14 Nov 2023 22:13:25 GMT"
        ]
    );
    let signatures: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_ne!(signatures[0], signatures[1]);
}

#[tokio::test]
async fn a_caller_supplied_token_is_kept() {
    let server = start(vec![
        Reply::json(500, r#"{"code":"InternalServerError","message":"x"}"#),
        Reply::json(200, BACKUP),
    ]);
    let rig = new_rig(RetryPolicy::default());
    core_client(&rig, &server.base)
        .create_boot_volume_backup()
        .opc_retry_token("my-token-1")
        .body(details())
        .send()
        .await
        .unwrap();
    let tokens: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("opc-retry-token").unwrap().to_owned())
        .collect();
    assert_eq!(tokens, ["my-token-1", "my-token-1"]);
}

#[tokio::test]
async fn retry_after_is_honoured_exactly() {
    let throttled = Reply::from(
        Answer::json(429, r#"{"code":"TooManyRequests","message":"slow down"}"#)
            .header("retry-after", "7"),
    );
    let server = start(vec![throttled, Reply::json(200, BACKUP)]);
    let rig = new_rig(RetryPolicy::default());
    core_client(&rig, &server.base)
        .get_boot_volume_backup()
        .boot_volume_backup_id("b")
        .send()
        .await
        .unwrap();
    assert_eq!(rig.sleep.slept(), [Duration::from_secs(7)]);
}

#[tokio::test]
async fn attempts_and_total_time_bound_the_retries() {
    let busy = Reply::json(503, r#"{"code":"ServiceUnavailable","message":"busy"}"#);
    let server = start(vec![busy.clone()]);
    let rig = new_rig(RetryPolicy::default().with_max_attempts(4));
    let error = core_client(&rig, &server.base)
        .get_boot_volume_backup()
        .boot_volume_backup_id("b")
        .call()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 4);
    assert_eq!(rig.sleep.slept(), expected_backoffs(3, false));
    let service = error.service().unwrap();
    assert_eq!(
        (
            service.status,
            service.code.as_deref(),
            service.opc_request_id.as_deref()
        ),
        (503, Some("ServiceUnavailable"), Some("REQ4"))
    );
    assert!(
        error.to_string().ends_with("(opc-request-id: REQ4)"),
        "{error}"
    );

    let server = start(vec![Reply::from(
        Answer::json(429, r#"{"code":"TooManyRequests","message":"m"}"#)
            .header("retry-after", "40"),
    )]);
    let rig = new_rig(RetryPolicy::default().with_max_elapsed(Duration::from_secs(100)));
    let _ = core_client(&rig, &server.base)
        .get_boot_volume_backup()
        .boot_volume_backup_id("b")
        .send()
        .await;
    assert_eq!(
        rig.sleep.slept(),
        [Duration::from_secs(40), Duration::from_secs(40)],
        "a third wait would pass 100 s"
    );
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_non_idempotent_post_that_may_have_arrived_is_not_resent() {
    let server = start(vec![
        Reply::Drop,
        Reply::json(202, r#"{"workRequestId":"w"}"#),
    ]);
    let rig = new_rig(RetryPolicy::default());
    let body: analytics::types::NewSnapshot =
        serde_json::from_str(include_str!("fixtures/oac-seed-register.json")).unwrap();
    let error = analytics_client(&rig, &server.base)
        .create_snapshot()
        .body(body)
        .call()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 1, "the create was not sent twice");
    assert!(rig.sleep.slept().is_empty());
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert!(
        error.to_string().contains(
            "it appears in the snapshot list (listSnapshots) only when its work request ends"
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_refused_connection_fails_fast_and_a_refused_post_is_retried() {
    // Nothing listens on the port: the connection is refused, nothing reached a server,
    // and the same endpoint would refuse again: the error comes at once, with its cause.
    let closed = closed_address();
    let rig = new_rig(RetryPolicy::default().with_max_attempts(3));
    let details: analytics::types::RestoreSnapshotDetails =
        analytics::types::RestoreSnapshotDetails::builder()
            .snapshot(
                analytics::types::SnapshotToRestore::builder()
                    .id("s")
                    .password("Passw0rd!"),
            )
            .try_into()
            .unwrap();
    let error = analytics_client(&rig, &format!("http://{closed}"))
        .restore_snapshot()
        .body(details.clone())
        .call()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Transport { message, .. }
            if message.starts_with("cannot connect: ") && message.contains("onnection refused")),
        "{error}"
    );
    assert!(rig.sleep.slept().is_empty(), "not retried");

    let throttled = Reply::from(
        Answer::json(429, r#"{"code":"TooManyRequests","message":"m"}"#).header("retry-after", "3"),
    );
    let server = start(vec![
        throttled,
        Answer::json(202, "")
            .header("oa-work-request-id", "w1")
            .into(),
    ]);
    let rig = new_rig(RetryPolicy::default());
    let accepted = analytics_client(&rig, &server.base)
        .restore_snapshot()
        .body(details.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status().as_u16(), 202);
    assert_eq!(
        server.requests().len(),
        2,
        "a 429 did nothing, so it is retried"
    );

    let server = start(vec![Reply::json(
        500,
        r#"{"code":"InternalServerError","message":"oops"}"#,
    )]);
    let error = analytics_client(&rig, &server.base)
        .restore_snapshot()
        .body(details)
        .call()
        .await
        .unwrap_err();
    assert_eq!(
        server.requests().len(),
        1,
        "a 500 may have done something: not re-sent"
    );
    assert_eq!(error.service().unwrap().status, 500);
}

#[tokio::test]
async fn incorrect_state_is_retried_and_other_conflicts_are_not() {
    let conflict = |code: &str| Reply::json(409, &format!(r#"{{"code":"{code}","message":"m"}}"#));
    let update: block_storage::types::UpdateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({"displayName": "x"})).unwrap();
    let server = start(vec![conflict("IncorrectState"), Reply::json(200, BACKUP)]);
    let rig = new_rig(RetryPolicy::default());
    core_client(&rig, &server.base)
        .update_boot_volume_backup()
        .boot_volume_backup_id("b")
        .body(update.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = start(vec![conflict("InvalidatedRetryToken")]);
    let error = core_client(&rig, &server.base)
        .create_boot_volume_backup()
        .body(details())
        .call()
        .await
        .unwrap_err();
    assert_eq!(server.requests().len(), 1);
    assert_eq!(
        error.service().unwrap().code.as_deref(),
        Some("InvalidatedRetryToken")
    );
}

#[tokio::test]
async fn an_undocumented_error_body_is_kept_raw() {
    let server = start(vec![Reply::json(
        400,
        r#"{"error":"Failed to create the connection."}"#,
    )]);
    let rig = new_rig(RetryPolicy::default());
    let error = analytics_client(&rig, &server.base)
        .list_snapshots()
        .call()
        .await
        .unwrap_err();
    let service = error.service().unwrap();
    assert_eq!(service.code.as_deref(), Some("BadErrorResponse"));
    assert_eq!(
        service.raw_body.as_deref(),
        Some(r#"{"error":"Failed to create the connection."}"#)
    );
    assert_eq!(service.status, 400);
}

#[tokio::test]
async fn no_answer_is_a_timeout_or_for_a_create_an_unknown_outcome() {
    let server = start(vec![Reply::Hang]);
    let rig = new_rig(RetryPolicy::none());
    let http = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let token = Arc::new(StaticToken::new(SecretString::from_string("tok".into())));
    let hooks = rig
        .settings
        .retrying(BearerAuth::new(token, rig.clock.clone()).shared());
    let client = analytics::Api::new_with_client(&server.base, http, hooks);
    let error = client
        .get_snapshot()
        .snapshot_id("s")
        .call()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(error.is_transient());
    let body: analytics::types::NewSnapshot =
        serde_json::from_str(include_str!("fixtures/oac-seed-create.json")).unwrap();
    let error = client
        .create_snapshot()
        .body(body)
        .call()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::OutcomeUnknown { ref cause, .. } if cause == "no answer before the timeout"),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_wait_deadline_bounds_the_retries_inside_its_polls() {
    use oci_backup::WaitError;
    use oci_backup::block_storage::BlockStorage;

    // Every answer is 503: without the deadline, one poll's retries (8 attempts, backoff
    // doubling to 30 s, 300 s budget) would run for minutes past a 5 s wait.
    let server = start(vec![Reply::json(
        503,
        r#"{"code":"ServiceUnavailable","message":"busy"}"#,
    )]);
    let rig = new_rig(RetryPolicy::default());
    let storage = BlockStorage::from_api(core_client(&rig, &server.base), rig.settings.clone());
    let started = rig.clock.now();
    let error = storage
        .wait_for_backup("ocid1.bootvolumebackup.oc1..b")
        .max_wait(Duration::from_secs(5))
        .send()
        .await
        .unwrap_err();
    let took = rig.clock.now().duration_since(started).unwrap();
    assert!(took <= Duration::from_secs(6), "the wait took {took:?}");
    assert!(
        matches!(&error, Error::Wait(WaitError::ExceededMaxWait { elapsed, .. }) if *elapsed <= Duration::from_secs(6)),
        "{error:?}"
    );
    assert!(server.requests().len() >= 2, "it did poll and retry");
}

#[tokio::test]
async fn an_attempt_that_hangs_is_cut_at_the_wait_deadline() {
    use oci_backup::WaitError;
    use oci_backup::block_storage::BlockStorage;
    use oci_backup::config::{KeySource, OciConfig};

    // The server reads each request and never answers: without the deadline, the poll's
    // GET would wait for the transport's 60 s timeout.
    let server = start(vec![Reply::Hang]);
    let profile = OciConfig::api_key(
        "ocid1.tenancy.oc1..t",
        "ocid1.user.oc1..u",
        keys::FINGERPRINT,
        KeySource::File(keys::api_key_path()),
        "us-ashburn-1",
    )
    .with_endpoint(&server.base);
    let storage = BlockStorage::from_profile(&profile, Settings::default()).unwrap();
    let error = storage
        .wait_for_backup("ocid1.bootvolumebackup.oc1..b")
        .max_wait(Duration::from_secs(2))
        .send()
        .await
        .unwrap_err();
    let Error::Wait(WaitError::ExceededMaxWait { elapsed, .. }) = &error else {
        panic!("{error:?}")
    };
    assert!(*elapsed < Duration::from_secs(10), "{elapsed:?}");
}

#[tokio::test]
async fn a_wait_on_an_endpoint_that_never_answers_fails_at_once_with_the_cause() {
    use oci_backup::block_storage::BlockStorage;

    let rig = new_rig(RetryPolicy::default());
    let base = format!("http://{}", closed_address());
    let storage = BlockStorage::from_api(core_client(&rig, &base), rig.settings.clone());
    let error = storage
        .wait_for_backup("ocid1.bootvolumebackup.oc1..b")
        .max_wait(Duration::from_secs(1200))
        .send()
        .await
        .unwrap_err();
    assert!(error.never_connected(), "{error:?}");
    assert!(error.to_string().contains("cannot connect"), "{error}");
    assert_eq!(
        rig.sleep.slept().len(),
        1,
        "one poll, not twenty minutes of them"
    );
}

#[tokio::test]
async fn a_wait_that_fails_after_the_create_keeps_the_created_backup_in_its_error() {
    use oci_backup::block_storage::BlockStorage;
    use oci_backup::block_storage::types::BootVolumeBackupLifecycleState as State;
    use oci_backup::{Resource, WaitError};

    let server = start(vec![
        Reply::json(200, BACKUP),
        Reply::json(
            403,
            r#"{"code":"NotAuthorized","message":"no reading for you"}"#,
        ),
    ]);
    let rig = new_rig(RetryPolicy::default());
    let storage = BlockStorage::from_api(core_client(&rig, &server.base), rig.settings.clone());
    let error = storage
        .create_backup(details())
        .wait_for(&[State::Available])
        .send()
        .await
        .unwrap_err();
    let Error::Wait(WaitError::Interrupted {
        resource: Resource::BootVolumeBackup(backup),
        source,
        ..
    }) = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(backup.id.as_str(), "ocid1.bootvolumebackup.oc1..b");
    assert_eq!(source.service().map(|s| s.status), Some(403));
    assert!(
        error
            .to_string()
            .contains("was created, but waiting for it failed"),
        "{error}"
    );
}
