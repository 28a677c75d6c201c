//! Following `opc-next-page` against a real server on 127.0.0.1: every page is read once,
//! and a service that names a page it already gave (the same token again, or a cycle)
//! is refused instead of being listed forever.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::Arc;

use oci_backup::Error;
use oci_backup::auth::oci::OciSigner;
use oci_backup::block_storage::{self, BlockStorage};
use oci_backup::clock::ManualSleep;
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup_test_support::{Answer, Received, Reply, Server, clock, keys};

const COMPARTMENT: &str = "ocid1.compartment.oc1..c";

/// One backup named after its page, as `listBootVolumeBackups` returns it.
fn backup(page: &str) -> String {
    format!(
        r#"[{{"compartmentId":"{COMPARTMENT}","displayName":"{page}","id":"ocid1.bootvolumebackup.oc1..{page}","lifecycleState":"AVAILABLE","timeCreated":"2024-05-01T02:00:04Z"}}]"#
    )
}

/// A server whose page `p` (no `page`: `first`) holds one backup and names
/// `next(p)` as the next page.
fn server(next: fn(&str) -> Option<&'static str>) -> Server {
    Server::start(move |request: &Received| {
        let page = request
            .query
            .split('&')
            .find_map(|pair| pair.strip_prefix("page="))
            .unwrap_or("first")
            .to_owned();
        let mut answer = Answer::json(200, backup(&page)).header("opc-request-id", "r");
        if let Some(next) = next(&page) {
            answer = answer.header("opc-next-page", next);
        }
        Reply::from(answer)
    })
}

fn storage(server: &Server) -> BlockStorage {
    let clock = clock::manual();
    let sleep = Arc::new(ManualSleep::new(clock.clone()));
    let settings = Settings::with_clock(clock.clone())
        .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(3)));
    let signer = OciSigner::with_key_id(Arc::new(keys::api_key()), "t/u/f".into(), clock);
    let base = format!("http://{}", server.address());
    let api = block_storage::Api::new(&base, settings.retrying(signer.shared()));
    BlockStorage::from_api(api, settings)
}

#[tokio::test]
async fn every_page_of_a_compartment_is_listed_once() {
    let server = server(|page| match page {
        "first" => Some("p2"),
        "p2" => Some("p3"),
        _ => None,
    });
    let listed = storage(&server).backups_in(COMPARTMENT).await.unwrap();
    let names: Vec<&str> = listed.iter().map(|b| b.display_name.as_str()).collect();
    assert_eq!(names, ["first", "p2", "p3"]);
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn a_page_token_given_twice_is_refused() {
    // The same token again: p2 names p2.
    let server = server(|page| match page {
        "first" => Some("p2"),
        _ => Some("p2"),
    });
    let error = storage(&server).backups_in(COMPARTMENT).await.unwrap_err();
    let Error::InvalidResponse { operation, message } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(operation, "listBootVolumeBackups");
    assert!(message.contains("page `p2` again"), "{message}");
    assert_eq!(server.request_count(), 2, "no page read twice");
}

#[tokio::test]
async fn a_cycle_of_page_tokens_is_refused() {
    // p2 -> p3 -> p2: each answer differs from the page asked, yet the list never ends.
    let server = server(|page| match page {
        "first" | "p3" => Some("p2"),
        _ => Some("p3"),
    });
    let error = storage(&server).backups_in(COMPARTMENT).await.unwrap_err();
    assert!(
        matches!(&error, Error::InvalidResponse { message, .. } if message.contains("page `p2` again")),
        "{error:?}"
    );
    assert_eq!(server.request_count(), 3);
}
