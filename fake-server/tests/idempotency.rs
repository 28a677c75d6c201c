//! `opc-retry-token`: the same token with the same body returns the same backup, with a
//! different body it is a 409, and after 24 hours (on the clock) the token is new.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

mod support;

use oci_backup::block_storage::ResponseHeaders as _;
use support::{BOOT_VOLUME, COMPARTMENT, Harness, core_error, create_details};

#[tokio::test]
async fn the_same_token_and_body_return_the_same_backup() {
    let h = Harness::start().await;
    let send = || {
        h.core
            .create_boot_volume_backup()
            .opc_retry_token("retry-token-1")
            .body(create_details("once"))
            .send()
    };
    let first = send().await.unwrap();
    h.advance(30);
    let second = send().await.unwrap();
    assert_eq!(first.id, second.id);
    assert_eq!(first.etag(), second.etag());
    assert_eq!(
        second.lifecycle_state.as_str(),
        "CREATING",
        "the backup as it is now, not as it was"
    );
    assert_eq!(h.server.state().backups().len(), 1);
    assert_eq!(h.server.state().retry_token_count(), 1);

    // The same document with its keys in another order and other spacing is the same body.
    let reordered = format!(
        r#"{{ "displayName": "once", "compartmentId": "{COMPARTMENT}", "bootVolumeId": "{BOOT_VOLUME}" }}"#
    );
    let answer = h
        .signed(
            "POST",
            "/20160918/bootVolumeBackups",
            Some(&reordered),
            &[("opc-retry-token", "retry-token-1")],
        )
        .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["id"], first.id.as_str());
    assert_eq!(h.server.state().backups().len(), 1);

    // Without a token every create is new.
    for _ in 0..2 {
        h.core
            .create_boot_volume_backup()
            .body(create_details("once"))
            .send()
            .await
            .unwrap();
    }
    assert_eq!(h.server.state().backups().len(), 3);
    h.assert_contract();
}

#[tokio::test]
async fn the_same_token_with_another_body_is_a_409_until_the_token_expires() {
    let h = Harness::start().await;
    let send = |name: &'static str| {
        h.core
            .create_boot_volume_backup()
            .opc_retry_token("retry-token-2")
            .body(create_details(name))
            .send()
    };
    let first = send("first").await.unwrap();
    let (status, code, message) = core_error(send("second").await);
    assert_eq!(
        (status, code.as_str(), message.as_str()),
        (
            409,
            "Conflict",
            "opc-retry-token: this token was already used, within its 24 hours, for a request \
             with a different body"
        )
    );
    assert_eq!(h.server.state().backups().len(), 1);

    h.advance(24 * 3600 - 1);
    assert_eq!(core_error(send("second").await).0, 409, "still remembered");
    h.advance(1);
    let second = send("second").await.unwrap();
    assert_ne!(second.id, first.id, "after 24 hours the token is new");
    assert_eq!(second.display_name.as_str(), "second");
    assert_eq!(h.server.state().backups().len(), 2);
    h.assert_contract();
}

#[tokio::test]
async fn a_token_whose_backup_was_deleted_is_invalidated() {
    let h = Harness::start().await;
    let send = || {
        h.core
            .create_boot_volume_backup()
            .opc_retry_token("retry-token-3")
            .body(create_details("deleted"))
            .send()
    };
    let created = send().await.unwrap();
    h.core
        .delete_boot_volume_backup()
        .boot_volume_backup_id(created.id.as_str())
        .send()
        .await
        .unwrap();
    let (status, code, _) = core_error(send().await);
    assert_eq!((status, code.as_str()), (409, "InvalidatedRetryToken"));
    // Purged an hour later: still invalidated while the token lives.
    h.advance(2 * 3600);
    let (status, code, _) = core_error(send().await);
    assert_eq!((status, code.as_str()), (409, "InvalidatedRetryToken"));
    h.assert_contract();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_creates_are_each_applied_once() {
    let h = std::sync::Arc::new(Harness::start().await);
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..16 {
        let h = h.clone();
        tasks.spawn(async move {
            // Eight distinct creates, each sent twice at once with its token.
            let token = format!("concurrent-{}", i % 8);
            h.core
                .create_boot_volume_backup()
                .opc_retry_token(token.as_str())
                .body(create_details(&token))
                .send()
                .await
                .unwrap()
                .id
                .to_string()
        });
    }
    let mut ids: Vec<String> = tasks.join_all().await;
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 8);
    assert_eq!(h.server.state().backups().len(), 8);
    h.assert_contract();
}

#[tokio::test]
async fn a_stopped_server_refuses_connections() {
    let h = Harness::start().await;
    let url = h.server.base_url().to_owned();
    let Harness { server, .. } = h;
    server.shutdown().await;
    let error = reqwest::get(format!("{url}/20160918/bootVolumeBackups"))
        .await
        .unwrap_err();
    assert!(error.is_connect(), "{error}");
}
