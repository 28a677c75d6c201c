//! Waiters against a real server on 127.0.0.1 whose resources change with the same
//! manual clock the waiter sleeps on, so every poll schedule is exact.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use oci_backup::analytics::Analytics;
use oci_backup::auth::bearer::{BearerAuth, StaticToken};
use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::BootVolumeBackupLifecycleState;
use oci_backup::clock::{Clock, ManualClock, ManualSleep};
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup::retry::RetryPolicy;
use oci_backup::runtime::{SecretString, Unauthenticated};
use oci_backup::wait::{Progress, WaitOptions, Waiter};
use oci_backup::{Error, WaitError, analytics, block_storage};
use oci_backup_test_support::{Answer, Received, Server, clock};
use serde_json::json;

/// What the server's resources do over time (seconds since the server started).
#[derive(Clone)]
struct Script {
    /// Backup: REQUEST_RECEIVED until `creating_at`, then CREATING with linear progress
    /// until `available_at`, then the final state.
    creating_at: f64,
    available_at: f64,
    final_state: &'static str,
    /// Answer 404 to backup GETs.
    missing: bool,
    /// Answer 503 to the n-th backup GETs (1-based).
    unavailable: Vec<usize>,
    /// Work request: ACCEPTED until `creating_at`, then IN_PROGRESS until `available_at`,
    /// then `work_request_final` (with `Errors` when it is FAILED); 404 before `visible_at`.
    work_request_final: &'static str,
    visible_at: f64,
}

impl Default for Script {
    fn default() -> Self {
        Self {
            creating_at: 5.0,
            available_at: 65.0,
            final_state: "AVAILABLE",
            missing: false,
            unavailable: Vec::new(),
            work_request_final: "SUCCEEDED",
            visible_at: 0.0,
        }
    }
}

struct World {
    clock: Arc<ManualClock>,
    start: SystemTime,
    script: Script,
    gets: Mutex<usize>,
    /// Whether a snapshot create was received (the snapshot is listed from then on).
    created: std::sync::atomic::AtomicBool,
}

impl World {
    fn now(&self) -> f64 {
        self.clock
            .now()
            .duration_since(self.start)
            .unwrap()
            .as_secs_f64()
    }

    fn progress(&self) -> (f64, f64) {
        let t = self.now();
        let span = self.script.available_at - self.script.creating_at;
        (
            t,
            ((t - self.script.creating_at) / span * 100.0).clamp(0.0, 100.0),
        )
    }
}

fn backup_json(world: &World) -> serde_json::Value {
    let (t, percent) = world.progress();
    let (state, progress) = if t < world.script.creating_at {
        ("REQUEST_RECEIVED", 0)
    } else if t < world.script.available_at {
        ("CREATING", percent.floor() as i64)
    } else {
        (world.script.final_state, 100)
    };
    json!({"compartmentId": "ocid1.compartment.oc1..c", "displayName": "b", "id": "ocid1.bootvolumebackup.oc1..b",
           "lifecycleState": state, "backupProgress": progress, "timeCreated": "2024-05-01T02:00:04Z"})
}

fn work_request_json(world: &World) -> serde_json::Value {
    let (t, percent) = world.progress();
    let status = if t < world.script.creating_at {
        "ACCEPTED"
    } else if t < world.script.available_at {
        "IN_PROGRESS"
    } else {
        world.script.work_request_final
    };
    let mut body = json!({"id": "wr1", "operationType": "CREATE_SNAPSHOT", "percentComplete": percent,
                          "status": status, "timeAccepted": "2024-05-01T02:00:04Z"});
    if status == "FAILED" {
        body["Errors"] = json!([{"code": "BarNotFound", "message": "no such BAR in the bucket"}]);
    }
    body
}

/// The server, its clock, and its world (to look at afterwards).
fn serve(script: Script) -> (Server, Arc<ManualClock>, Arc<World>) {
    let clock = clock::manual();
    let world = Arc::new(World {
        start: clock.now(),
        clock: clock.clone(),
        script,
        gets: Mutex::new(0),
        created: std::sync::atomic::AtomicBool::new(false),
    });
    let state = world.clone();
    let server = Server::start(move |request: &Received| answer(&state, request));
    (server, clock, world)
}

/// The routes the waiters use; anything else is a 404.
fn answer(world: &World, request: &Received) -> Answer {
    let json_response = |value: serde_json::Value| Answer::json(200, value.to_string());
    let backup = request.path.strip_prefix("/20160918/bootVolumeBackups/");
    let work_request = request.path.strip_prefix("/api/20210901/workRequests/");
    match (request.method.as_str(), request.path.as_str()) {
        ("POST", "/20160918/bootVolumeBackups") => json_response(backup_json(world)),
        ("GET", _) if backup.is_some_and(|id| !id.contains('/')) => {
            let n = {
                let mut gets = world.gets.lock().unwrap();
                *gets += 1;
                *gets
            };
            if world.script.missing {
                return error(404, "NotAuthorizedOrNotFound");
            }
            if world.script.unavailable.contains(&n) {
                return error(503, "ServiceUnavailable");
            }
            json_response(backup_json(world))
        }
        ("POST", "/api/20210901/snapshots") => {
            world
                .created
                .store(true, std::sync::atomic::Ordering::SeqCst);
            Answer::json(202, r#"{"workRequestId":"wr1"}"#).header("oa-work-request-id", "wr1")
        }
        ("GET", "/api/20210901/snapshots")
            if !world.created.load(std::sync::atomic::Ordering::SeqCst) =>
        {
            json_response(json!({"items": []}))
        }
        ("GET", "/api/20210901/snapshots") => {
            let item = json!({"id": "s1", "name": "nightly", "bar": {"uri": "file:///nightly.bar"},
                "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
                "createdByUser": "admin", "timeCreated": "2024-05-01T02:00:04Z"});
            json_response(json!({"items": [item]}))
        }
        ("POST", "/api/20210901/system/actions/restoreSnapshot") => {
            Answer::empty(202).header("oa-work-request-id", "wr1")
        }
        ("GET", _) if work_request.is_some_and(|id| !id.contains('/')) => {
            if world.now() < world.script.visible_at {
                return error(404, "NotFound");
            }
            json_response(work_request_json(world))
        }
        _ => Answer::empty(404),
    }
}

fn error(status: u16, code: &str) -> Answer {
    let body = json!({"code": code, "message": "scripted"}).to_string();
    Answer::json(status, body).header("opc-request-id", "REQ-W")
}

struct Rig {
    sleep: Arc<ManualSleep>,
    settings: Settings,
}

fn new_rig(clock: &Arc<ManualClock>) -> Rig {
    let sleep = Arc::new(ManualSleep::new(clock.clone()));
    let settings = Settings::with_clock(clock.clone())
        .with_retry(RetryPolicy::none())
        .with_sleep_and_random(sleep.clone(), Arc::new(SeededRandom::new(3)));
    Rig { sleep, settings }
}

fn core_client(base: &str, rig: &Rig) -> block_storage::Api {
    block_storage::Api::new(base, rig.settings.retrying(Unauthenticated::shared()))
}

fn analytics_client(base: &str, rig: &Rig) -> analytics::Api {
    let token = Arc::new(StaticToken::new(SecretString::from_string("t".into())));
    analytics::Api::new(
        base,
        rig.settings
            .retrying(BearerAuth::new(token, rig.settings.clock.clone()).shared()),
    )
}

fn details() -> block_storage::types::CreateBootVolumeBackupDetails {
    serde_json::from_value(json!({"bootVolumeId": "ocid1.bootvolume.oc1..v"})).unwrap()
}

fn millis(durations: &[Duration]) -> Vec<u128> {
    durations.iter().map(Duration::as_millis).collect()
}

#[tokio::test]
async fn create_and_wait_follows_progress_to_the_end_with_an_exact_schedule() {
    let (server, clock, _) = serve(Script::default());
    let rig = new_rig(&clock);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let options = WaitOptions::default().with_progress(Arc::new(move |p: &Progress| {
        log.lock().unwrap().push((p.state.clone(), p.percent))
    }));
    let waiter = Waiter::new(&rig.settings).with_options(options);
    let backup = BlockStorage::from_api(core_client(&server.base, &rig), rig.settings.clone())
        .with_waiter(waiter.clone())
        .create_backup(details())
        .wait_for(&[BootVolumeBackupLifecycleState::Available])
        .max_wait(Duration::from_secs(1200))
        .send()
        .await
        .unwrap();
    assert_eq!(backup.lifecycle_state.as_str(), "AVAILABLE");
    // 1 s, 2 s, 4 s of backoff while REQUEST_RECEIVED; at 7 s the first progress (3%)
    // may have begun any time after the 0% at 3 s, so it only caps the next backoff (8 s);
    // at 15 s, 16% since 3% (whole percents, rounded down: at least 12% in 8 s) predicts
    // 56 s (capped at 30); at 45 s, 66%: the steady rates through 3%, 16% and 66% (each
    // a band one percent high) end between 64.6 s and 65.8 s, so the poll is 1 s after
    // the earliest, at 65.6 s, AVAILABLE since 65 s. The official SDK's 1, 2, 4, 8, 16,
    // 30 ... schedule would poll 7 times and notice at 91 s.
    assert_eq!(
        millis(&rig.sleep.slept()),
        [1000, 2000, 4000, 8000, 30000, 20593]
    );
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            ("REQUEST_RECEIVED".to_owned(), Some(0.0)),
            ("REQUEST_RECEIVED".to_owned(), Some(0.0)),
            ("REQUEST_RECEIVED".to_owned(), Some(0.0)),
            ("CREATING".to_owned(), Some(3.0)),
            ("CREATING".to_owned(), Some(16.0)),
            ("CREATING".to_owned(), Some(66.0)),
            ("AVAILABLE".to_owned(), Some(100.0)),
        ],
        "every poll is reported, the last one too"
    );
}

#[tokio::test]
async fn a_faulty_backup_ends_the_wait_at_once_with_its_state() {
    let (server, clock, _) = serve(Script {
        final_state: "FAULTY",
        creating_at: 0.0,
        available_at: 2.0,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let waiter = Waiter::new(&rig.settings);
    let error = waiter
        .boot_volume_backup(
            &core_client(&server.base, &rig),
            "b",
            None,
            Duration::from_secs(1200),
        )
        .await
        .unwrap_err();
    let Error::Wait(WaitError::FailureState { state, .. }) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(state, "FAULTY");
    assert_eq!(
        millis(&rig.sleep.slept()),
        [1000, 1020],
        "at 1 s: 50% (at least 49% in 1 s) predicts at most 1.02 s more"
    );
    assert_eq!(error.to_string(), "boot volume backup b reached FAULTY");
}

#[tokio::test]
async fn a_terminated_backup_fails_and_a_missing_one_is_not_found() {
    let (server, clock, _) = serve(Script {
        final_state: "TERMINATED",
        creating_at: 0.0,
        available_at: 0.5,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let error = Waiter::new(&rig.settings)
        .boot_volume_backup(
            &core_client(&server.base, &rig),
            "b",
            None,
            Duration::from_secs(60),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Wait(WaitError::FailureState { ref state, .. }) if state == "TERMINATED"),
        "{error:?}"
    );

    let (server, clock, _) = serve(Script {
        missing: true,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let error = Waiter::new(&rig.settings)
        .boot_volume_backup(
            &core_client(&server.base, &rig),
            "b",
            None,
            Duration::from_secs(60),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Wait(WaitError::NotFound { .. })),
        "{error:?}"
    );
    assert!(
        error.to_string().ends_with("(opc-request-id: REQ-W)"),
        "{error}"
    );
}

#[tokio::test]
async fn exceeding_the_max_wait_reports_elapsed_time_polls_and_the_last_state() {
    let (server, clock, _) = serve(Script {
        creating_at: 1000.0,
        available_at: 2000.0,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let error = Waiter::new(&rig.settings)
        .boot_volume_backup(
            &core_client(&server.base, &rig),
            "b",
            None,
            Duration::from_secs(20),
        )
        .await
        .unwrap_err();
    let Error::Wait(WaitError::ExceededMaxWait {
        elapsed,
        polls,
        last_state,
        resource,
        ..
    }) = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(
        (*elapsed, *polls, last_state.as_deref()),
        (Duration::from_secs(20), 5, Some("REQUEST_RECEIVED"))
    );
    assert!(resource.is_some());
    assert_eq!(
        millis(&rig.sleep.slept()),
        [1000, 2000, 4000, 8000, 5000],
        "the last poll lands on the deadline"
    );
    assert_eq!(
        error.to_string(),
        "boot volume backup b: still REQUEST_RECEIVED after 20.0 s and 5 poll(s); wait longer (a larger max_wait, or wait for it again)"
    );
}

#[tokio::test]
async fn transient_errors_while_polling_do_not_end_the_wait() {
    let (server, clock, world) = serve(Script {
        unavailable: vec![1, 2],
        creating_at: 0.0,
        available_at: 10.0,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let backup = Waiter::new(&rig.settings)
        .boot_volume_backup(
            &core_client(&server.base, &rig),
            "b",
            None,
            Duration::from_secs(60),
        )
        .await
        .unwrap();
    assert_eq!(backup.lifecycle_state.as_str(), "AVAILABLE");
    assert_eq!(*world.gets.lock().unwrap(), 4);
    // 503 at 1 s and 3 s (backing off), then 70% at 7 s (at least 69% in 7 s) predicts at
    // most 3.04 s more: done at 10 s, noticed 0.04 s later.
    assert_eq!(millis(&rig.sleep.slept()), [1000, 2000, 4000, 3043]);
}

#[tokio::test]
async fn create_snapshot_and_wait_returns_the_snapshot_once_its_work_request_succeeds() {
    let (server, clock, _) = serve(Script {
        creating_at: 2.0,
        available_at: 12.0,
        visible_at: 1.5,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let request: analytics::types::NewSnapshot = serde_json::from_value(json!({"type": "CREATE", "name": "nightly",
        "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
        "bar": {"uri": "file:///nightly.bar", "password": "Examp1ePassword"}}))
    .unwrap();
    let waiter = Waiter::new(&rig.settings);
    let snapshot = Analytics::from_api(analytics_client(&server.base, &rig), rig.settings.clone())
        .with_waiter(waiter.clone())
        .create_snapshot(request)
        .max_wait(Duration::from_secs(300))
        .send()
        .await
        .unwrap();
    assert_eq!(snapshot.id, "s1");
    // 404 at 1 s (within the grace period), IN_PROGRESS at 3 s with 10% and at 7 s with
    // 50% (whole numbers: at least 39% in 4 s) predicts at most 5.13 s more: SUCCEEDED at
    // 12 s, noticed 0.13 s later.
    assert_eq!(millis(&rig.sleep.slept()), [1000, 2000, 4000, 5128]);
}

#[tokio::test]
async fn a_create_without_an_answer_names_the_retry_token_that_makes_sending_it_again_safe() {
    let server = Server::start(|_| oci_backup_test_support::Reply::Drop);
    let rig = new_rig(&clock::manual());
    let storage = BlockStorage::from_api(core_client(&server.base, &rig), rig.settings.clone());
    let create = storage.create_backup(details());
    let generated = create.token().to_owned();
    assert_eq!(generated.len(), 32, "one is generated when none is given");
    let error = create.send().await.unwrap_err();
    assert!(error.outcome_unknown(), "{error:?}");
    assert!(
        error.to_string().contains(&format!(
            "the backup may exist: send the same create again with opc-retry-token `{generated}`"
        )),
        "{error}"
    );
    let sent = server.requests();
    assert_eq!(sent[0].header("opc-retry-token"), Some(generated.as_str()));
    let error = storage
        .create_backup(details())
        .retry_token("nightly-1")
        .send()
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("opc-retry-token `nightly-1`"),
        "{error}"
    );
}

#[tokio::test]
async fn a_snapshot_name_that_exists_is_refused_before_the_create_unless_allowed() {
    let server = Server::start(|request: &Received| {
        match request.method.as_str() {
        "GET" => Answer::json(
            200,
            json!({"items": [{"id": "s0", "name": "nightly", "bar": {"uri": "file:///n.bar"},
                "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
                "createdByUser": "u", "timeCreated": "2024-05-01T02:00:00Z"}]})
            .to_string(),
        ),
        _ => Answer::json(202, r#"{"workRequestId":"wr1"}"#),
    }
    });
    let clock = clock::manual();
    let rig = new_rig(&clock);
    let request: analytics::types::NewSnapshot = serde_json::from_value(json!({"type": "REGISTER", "name": "nightly",
        "storage": {"type": "OCI_NATIVE", "bucket": "b", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
        "bar": {"uri": "file:///nightly.bar"}}))
    .unwrap();
    let analytics = Analytics::from_api(analytics_client(&server.base, &rig), rig.settings.clone());
    let error = analytics
        .create_snapshot(request.clone())
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, oci_backup::Error::InvalidInput { field, .. } if field == "name"),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("already exists (id s0)"),
        "{error}"
    );
    assert!(server.requests().iter().all(|r| r.method == "GET"));
    let accepted = analytics
        .create_snapshot(request)
        .allow_duplicate_name()
        .start()
        .await
        .unwrap();
    assert_eq!(accepted.work_request_id, "wr1");
    assert_eq!(
        server
            .requests()
            .iter()
            .filter(|r| r.method == "POST")
            .count(),
        1
    );
}

#[tokio::test]
async fn a_failed_or_canceled_work_request_ends_the_wait_with_its_errors() {
    let (server, clock, _) = serve(Script {
        work_request_final: "FAILED",
        creating_at: 0.0,
        available_at: 1.0,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let details: analytics::types::RestoreSnapshotDetails =
        analytics::types::RestoreSnapshotDetails::builder()
            .snapshot(
                analytics::types::SnapshotToRestore::builder()
                    .id("s1")
                    .password("Passw0rd"),
            )
            .try_into()
            .unwrap();
    let error = Analytics::from_api(analytics_client(&server.base, &rig), rig.settings.clone())
        .with_waiter(Waiter::new(&rig.settings).clone())
        .restore_snapshot(details.clone())
        .max_wait(Duration::from_secs(60))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "work request wr1 reached FAILED: BarNotFound: no such BAR in the bucket"
    );

    let (server, clock, _) = serve(Script {
        work_request_final: "CANCELING",
        creating_at: 0.0,
        available_at: 1.0,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let error = Analytics::from_api(analytics_client(&server.base, &rig), rig.settings.clone())
        .with_waiter(Waiter::new(&rig.settings).clone())
        .restore_snapshot(details)
        .max_wait(Duration::from_secs(10))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Wait(WaitError::ExceededMaxWait { ref last_state, .. }) if last_state.as_deref() == Some("CANCELING")),
        "CANCELING is not terminal: {error:?}"
    );
}

#[tokio::test]
async fn a_short_request_received_phase_does_not_make_the_waiter_overshoot() {
    // 0.8 s REQUEST_RECEIVED, then 7.2 s of progress. The 2% at 1 s says little about
    // the rate (progress began after the 0% at 0 s), so it only caps the backoff; the 30%
    // at 3 s against it gives the rate (at least 27% in 2 s): polled at 8.19 s, 0.19 s
    // after it became AVAILABLE.
    let (server, clock, _) = serve(Script {
        creating_at: 0.8,
        available_at: 8.0,
        ..Script::default()
    });
    let rig = new_rig(&clock);
    let waiter = Waiter::new(&rig.settings);
    let backup = BlockStorage::from_api(core_client(&server.base, &rig), rig.settings.clone())
        .with_waiter(waiter.clone())
        .create_backup(details())
        .wait_for(&[BootVolumeBackupLifecycleState::Available])
        .max_wait(Duration::from_secs(120))
        .send()
        .await
        .unwrap();
    assert_eq!(backup.lifecycle_state.as_str(), "AVAILABLE");
    assert_eq!(millis(&rig.sleep.slept()), [1000, 2000, 5185]);
}
