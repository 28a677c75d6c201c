//! The fake's per-tenancy rate limit, and the client's adaptive limiter against it: 429s
//! with OCI's body and `Retry-After` that touch nothing, throttled creates retried with
//! their own token (nothing made twice), and fewer 429s with the limiter than with
//! backoff alone. Every clock is the same manual one: exact, no real waiting.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::collections::BTreeSet;
use std::sync::Arc;

use oci_backup::clock::ManualSleep;
use oci_backup::connect::Settings;
use oci_backup::limit::RateLimit as ClientLimit;
use oci_backup::random::SeededRandom;
use oci_backup::{CallExt as _, block_storage};
use oci_backup_fake::RateLimit;
use support::{Harness, create_details, key, signer};

#[tokio::test]
async fn beyond_the_limit_the_fake_answers_429_with_retry_after_and_does_nothing() {
    let h = Harness::with(|config| config.with_rate_limit(RateLimit::per_second(2.0))).await;
    for name in ["a", "b"] {
        h.core
            .create_boot_volume_backup()
            .body(create_details(name))
            .send()
            .await
            .unwrap();
    }
    let refused = h
        .core
        .create_boot_volume_backup()
        .body(create_details("c"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(429));
    let log = h.server.state().request_log();
    let response = log.last().unwrap().response.clone().unwrap();
    assert_eq!(response.header("retry-after"), Some("1"));
    let body: serde_json::Value = serde_json::from_slice(&response.body).unwrap();
    assert_eq!(body["code"], "TooManyRequests");
    assert!(response.header("opc-request-id").is_some());
    assert_eq!(h.server.state().backups().len(), 2, "the 429 made nothing");
    assert_eq!(h.server.state().throttled_count(), 1);
    // Half a second later one token is back (2 a second), not two.
    h.clock.advance(std::time::Duration::from_millis(500));
    h.core
        .create_boot_volume_backup()
        .body(create_details("c"))
        .send()
        .await
        .unwrap();
    let again = h
        .core
        .create_boot_volume_backup()
        .body(create_details("d"))
        .send()
        .await;
    assert!(again.is_err());
    assert!(h.server.state().spec_violations().is_empty());
}

/// Makes `count` backups one after another through a client with `settings`; returns
/// the 429s the fake answered.
async fn create_many(h: &Harness, settings: &Settings, count: usize) -> u64 {
    let client = block_storage::Api::new(
        h.server.base_url(),
        settings.retrying(signer(key(), h.clock.clone()).shared()),
    );
    for i in 0..count {
        client
            .create_boot_volume_backup()
            .body(create_details(&format!("backup-{i}")))
            .call()
            .await
            .unwrap();
    }
    // Nothing twice: one backup per create, and every throttled attempt carried the
    // token of the create it belonged to.
    assert_eq!(h.server.state().backups().len(), count);
    let tokens: BTreeSet<String> = h
        .server
        .state()
        .request_log()
        .iter()
        .map(|entry| entry.header("opc-retry-token").unwrap().to_owned())
        .collect();
    assert_eq!(tokens.len(), count);
    h.server.state().throttled_count()
}

fn settings(h: &Harness) -> Settings {
    let sleep = Arc::new(ManualSleep::new(h.clock.clone()));
    Settings::with_clock(h.clock.clone())
        .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(3)))
}

#[tokio::test]
async fn the_adaptive_limiter_settles_under_the_limit_where_backoff_alone_keeps_hitting_it() {
    let limit = RateLimit::per_second(5.0);
    let h = Harness::with(|config| config.with_rate_limit(limit)).await;
    let adaptive = settings(&h).with_rate_limit(ClientLimit::default().with_ceiling(20.0));
    let with_limiter = create_many(&h, &adaptive, 200).await;
    let rate = adaptive.limiter.as_ref().unwrap().rate();
    assert!(rate < 20.0, "cut from the ceiling: {rate}");

    let h = Harness::with(|config| config.with_rate_limit(limit)).await;
    let plain = create_many(&h, &settings(&h).without_rate_limit(), 200).await;
    // Seeded and on one manual clock, so the counts are exact (21 and 39 when written):
    // the limiter pays a few 429s to find the limit, then one per cubic probe.
    assert!(
        with_limiter * 3 <= plain * 2,
        "adaptive: {with_limiter} 429s, backoff alone: {plain} (of 200)"
    );
}
