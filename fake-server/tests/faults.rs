//! Fault injection seen from the real client: 429 with `Retry-After`, 5xx, latency, and
//! real connections closed before processing (nothing happened) or after it (it
//! happened, the client got a transport error); seeded probabilities are reproducible;
//! and under ~25% faults, N creates with retries make exactly N backups.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use std::time::{Duration, Instant};

use std::sync::Arc;

use oci_backup::CallExt as _;
use oci_backup::block_storage::{self, ResponseHeaders as _};
use oci_backup::clock::ManualSleep;
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup_fake::{Fault, FaultKind, FaultWhen, RouteMatcher};
use support::{COMPARTMENT, Harness, create_details};

fn on_create(kind: FaultKind, when: FaultWhen) -> Fault {
    Fault::new(
        RouteMatcher::Operation("createBootVolumeBackup".into()),
        kind,
        when,
    )
}

async fn create(
    h: &Harness,
    token: &str,
) -> Result<
    block_storage::ResponseValue<block_storage::types::BootVolumeBackup>,
    block_storage::ApiError<block_storage::types::Error>,
> {
    h.core
        .create_boot_volume_backup()
        .opc_retry_token(token)
        .body(create_details(token))
        .send()
        .await
}

#[track_caller]
fn assert_transport_error<T: std::fmt::Debug>(
    result: Result<T, block_storage::ApiError<block_storage::types::Error>>,
) {
    match result {
        Err(block_storage::ApiError::CommunicationError(error)) => {
            assert!(!error.is_status(), "{error}");
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_429_carries_retry_after_and_changes_nothing() {
    let h = Harness::with(|c| {
        c.with_fault(on_create(
            FaultKind::TooManyRequests {
                retry_after: Duration::from_millis(2500),
            },
            FaultWhen::nth(&[1]),
        ))
    })
    .await;
    match create(&h, "t-429").await {
        Err(block_storage::ApiError::ErrorResponse(response)) => {
            assert_eq!(response.status().as_u16(), 429);
            assert_eq!(
                response
                    .headers()
                    .get("retry-after")
                    .unwrap()
                    .to_str()
                    .unwrap(),
                "3"
            );
            assert!(response.opc_request_id().is_some());
            assert_eq!(response.code, "TooManyRequests");
        }
        other => panic!("{other:?}"),
    }
    assert!(h.server.state().backups().is_empty());
    assert_eq!(h.server.state().retry_token_count(), 0);
    create(&h, "t-429").await.unwrap();
    assert_eq!(h.server.state().backups().len(), 1);
    let log = h.server.state().request_log();
    assert_eq!(log[0].fault.as_deref(), Some("429 (retry after 3 s)"));
    assert_eq!(log[1].fault, None);
    h.assert_contract();
}

#[tokio::test]
async fn server_errors_are_answered_before_processing() {
    let h = Harness::with(|c| {
        c.with_fault(
            "POST /20160918/bootVolumeBackups;500;nth=1"
                .parse()
                .unwrap(),
        )
        .with_fault("createBootVolumeBackup;503;nth=2".parse().unwrap())
    })
    .await;
    let (status, code, _) = support::core_error(create(&h, "t-5xx").await);
    assert_eq!((status, code.as_str()), (500, "InternalServerError"));
    let (status, code, _) = support::core_error(create(&h, "t-5xx").await);
    assert_eq!((status, code.as_str()), (503, "ServiceUnavailable"));
    assert!(h.server.state().backups().is_empty());
    create(&h, "t-5xx").await.unwrap();
    assert_eq!(h.server.state().backups().len(), 1);
    h.assert_contract();
}

#[tokio::test]
async fn latency_is_added_to_the_matching_route_only() {
    let h = Harness::with(|c| {
        c.with_fault(Fault::new(
            RouteMatcher::MethodPath {
                method: "GET".into(),
                path: "/20160918/bootVolumeBackups/{bootVolumeBackupId}".into(),
            },
            FaultKind::Latency(Duration::from_millis(300)),
            FaultWhen::Always,
        ))
    })
    .await;
    let id = create(&h, "slow").await.unwrap().id.to_string();
    let started = Instant::now();
    h.core
        .get_boot_volume_backup()
        .boot_volume_backup_id(&id)
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    let log = h.server.state().request_log();
    assert_eq!(log[0].fault, None);
    assert_eq!(
        log[1].fault, None,
        "latency alone is not an answer-changing fault"
    );
    h.assert_contract();
}

#[tokio::test]
async fn a_connection_closed_before_processing_changes_nothing() {
    let h = Harness::with(|c| {
        c.with_fault(on_create(
            FaultKind::CloseBeforeProcessing,
            FaultWhen::nth(&[1]),
        ))
    })
    .await;
    assert_transport_error(create(&h, "t-before").await);
    assert!(h.server.state().backups().is_empty());
    assert_eq!(h.server.state().retry_token_count(), 0);
    let log = h.server.state().request_log();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].response, None);
    assert_eq!(
        log[0].fault.as_deref(),
        Some("connection closed before processing")
    );

    create(&h, "t-before").await.unwrap();
    assert_eq!(h.server.state().backups().len(), 1);
    h.assert_contract();
}

#[tokio::test]
async fn a_connection_closed_after_processing_took_effect_but_got_no_answer() {
    let h = Harness::with(|c| {
        c.with_fault(on_create(
            FaultKind::CloseAfterProcessing,
            FaultWhen::nth(&[1]),
        ))
    })
    .await;
    assert_transport_error(create(&h, "t-after").await);
    let backups = h.server.state().backups();
    assert_eq!(backups.len(), 1, "the request took effect");
    let log = h.server.state().request_log();
    let response = log[0].response.as_ref().unwrap();
    assert_eq!((response.status, response.delivered), (200, false));

    // The retry with the same token gets the backup that was created.
    let retried = create(&h, "t-after").await.unwrap();
    assert_eq!(retried.id.as_str(), backups[0].id);
    assert_eq!(h.server.state().backups().len(), 1);
    h.assert_contract();
}

/// The status (or 0 for a dropped connection) of each of 30 list calls.
async fn statuses_with_seed(seed: u64) -> Vec<u16> {
    let h = Harness::with(|c| {
        c.with_fault(Fault::new(
            RouteMatcher::Operation("listBootVolumeBackups".into()),
            FaultKind::ServerError { status: 500 },
            FaultWhen::Probability {
                probability: 0.3,
                seed,
            },
        ))
        .with_fault(Fault::new(
            RouteMatcher::Any,
            FaultKind::CloseBeforeProcessing,
            FaultWhen::Probability {
                probability: 0.2,
                seed: seed + 1,
            },
        ))
    })
    .await;
    let mut statuses = Vec::new();
    for _ in 0..30 {
        let result = h
            .core
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .send()
            .await;
        statuses.push(match result {
            Ok(response) => response.status().as_u16(),
            Err(block_storage::ApiError::ErrorResponse(response)) => response.status().as_u16(),
            Err(block_storage::ApiError::CommunicationError(_)) => 0,
            Err(other) => panic!("{other:?}"),
        });
    }
    h.assert_contract();
    statuses
}

#[tokio::test]
async fn seeded_probabilities_are_reproducible() {
    let first = statuses_with_seed(7).await;
    assert_eq!(statuses_with_seed(7).await, first);
    assert_ne!(statuses_with_seed(8).await, first);
    for status in [0, 200, 500] {
        assert!(first.contains(&status), "{first:?}");
    }
}

/// A Core client with the library's retry layer (default policy), its time and jitter
/// injected: sleeping moves the fake's clock.
fn retrying_core(h: &Harness) -> block_storage::Api {
    let sleep = Arc::new(ManualSleep::new(h.clock.clone()));
    let settings = Settings::with_clock(h.clock.clone())
        .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(5)));
    let signer = support::signer(support::key(), h.clock.clone());
    block_storage::Api::new(h.server.base_url(), settings.retrying(signer.shared()))
}

#[tokio::test]
async fn n_creates_with_the_client_retry_layer_make_exactly_n_backups() {
    const N: usize = 20;
    // About 29% of attempts fail: with these seeds, 8 faults in 28 attempts, each kind
    // at least once (reproducible; see `seeded_probabilities_are_reproducible`).
    let h = Harness::with(|c| {
        c.with_fault(on_create(
            FaultKind::CloseAfterProcessing,
            FaultWhen::Probability {
                probability: 0.1,
                seed: 17,
            },
        ))
        .with_fault(on_create(
            FaultKind::CloseBeforeProcessing,
            FaultWhen::Probability {
                probability: 0.06,
                seed: 18,
            },
        ))
        .with_fault(on_create(
            FaultKind::TooManyRequests {
                retry_after: Duration::from_secs(1),
            },
            FaultWhen::Probability {
                probability: 0.06,
                seed: 19,
            },
        ))
        .with_fault(on_create(
            FaultKind::ServerError { status: 503 },
            FaultWhen::Probability {
                probability: 0.06,
                seed: 20,
            },
        ))
    })
    .await;
    let client = retrying_core(&h);
    let mut ids = Vec::new();
    for i in 0..N {
        // No retry token given: the retry layer makes one per create and reuses it.
        let backup = client
            .create_boot_volume_backup()
            .body(create_details(&format!("backup-{i}")))
            .call()
            .await
            .unwrap_or_else(|e| panic!("backup-{i}: {e}"));
        ids.push(backup.id.to_string());
    }

    let backups = h.server.state().backups();
    assert_eq!(backups.len(), N, "nothing lost, nothing duplicated");
    let mut names: Vec<&str> = backups.iter().map(|b| b.display_name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), N);
    let stored: Vec<&str> = backups.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(stored, ids, "each retry found its own backup");

    // The faults really happened, each kind at least once.
    let log = h.server.state().request_log();
    assert_eq!(
        h.server.state().retry_token_count(),
        N,
        "one token per logical create"
    );
    let faulted = log.iter().filter(|e| e.fault.is_some()).count();
    assert!(
        (N / 10..N).contains(&faulted),
        "{faulted} faults in {} attempts",
        log.len()
    );
    for kind in [
        "connection closed after processing",
        "connection closed before processing",
        "429 (retry after 1 s)",
        "503",
    ] {
        assert!(
            log.iter().any(|e| e.fault.as_deref() == Some(kind)),
            "no `{kind}` among {:?}",
            log.iter()
                .filter_map(|e| e.fault.clone())
                .collect::<Vec<_>>()
        );
    }
    h.assert_contract();
}
