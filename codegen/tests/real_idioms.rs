//! The idioms of real public specs (golden `real-idioms`), compiled and used: what each
//! normalisation gives on the wire and in Rust.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/real-idioms.rs"]
mod real_idioms;

// Generated code names its replaced types (open enums) `crate::types::X`.
pub use real_idioms::types;

use oci_backup_runtime::Nullable;
use oci_backup_test_support::{Answer, Server};
use real_idioms::types::{DagDetail, ScheduleInterval, SlaMiss};
use serde_json::{Value, json};

/// Read from the wire and written back: equal as JSON values.
fn read_back<T: serde::Serialize + serde::de::DeserializeOwned>(wire: &Value) -> T {
    let read: T = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(&serde_json::to_value(&read).unwrap(), wire);
    read
}

#[test]
fn a_nullable_read_only_union_is_null_absent_or_a_member_on_its_property() {
    let null: DagDetail = read_back(&json!({"dagId": "d", "scheduleInterval": null}));
    assert_eq!(null.schedule_interval, Some(Nullable::Null));
    let absent: DagDetail = read_back(&json!({"dagId": "d"}));
    assert_eq!(absent.schedule_interval, None);
    // `paused` has `default: false`: absent stays absent, `false` stays `false`.
    assert_eq!(absent.paused, None);
    let paused: DagDetail = read_back(&json!({"dagId": "d", "paused": false}));
    assert_eq!(paused.paused, Some(false));
    let cron: DagDetail = read_back(
        &json!({"dagId": "d", "scheduleInterval": {"__type": "CronExpression", "value": "@daily"}}),
    );
    assert_eq!(
        cron.schedule_interval,
        Some(Nullable::Value(ScheduleInterval::CronExpression {
            value: "@daily".into()
        }))
    );
    let delta: DagDetail =
        read_back(&json!({"dagId": "d", "scheduleInterval": {"__type": "TimeDelta", "days": 1}}));
    assert!(matches!(
        delta.schedule_interval,
        Some(Nullable::Value(ScheduleInterval::TimeDelta { days: 1 }))
    ));
}

#[test]
fn a_restated_property_is_the_stricter_one_and_a_documented_reference_the_reference() {
    // `defaultView` is nullable in `Dag`, not in `DagDetail`: a plain `Option<String>`.
    let read: DagDetail =
        read_back(&json!({"dagId": "d", "defaultView": "grid", "direction": "inbound"}));
    assert_eq!(read.direction, Some(types::Direction::Inbound));
    let view: Option<String> = read.default_view;
    assert_eq!(view.as_deref(), Some("grid"));
}

#[test]
fn a_nullable_object_keeps_null_and_its_own_nullable_property() {
    let null: DagDetail = read_back(&json!({"dagId": "d", "slaMiss": null}));
    assert_eq!(null.sla_miss, Some(Nullable::Null));
    let inner: DagDetail =
        read_back(&json!({"dagId": "d", "slaMiss": {"taskId": "t", "description": null}}));
    let Some(Nullable::Value(SlaMiss(Some(miss)))) = inner.sla_miss else {
        panic!("not a value: {:?}", inner.sla_miss);
    };
    assert_eq!(miss.description, Some(Nullable::Null));
}

#[test]
fn a_lonely_discriminator_and_a_zero_minimum_are_an_ordinary_object() {
    let request: types::ReportRequest = read_back(&json!({"product": "SMS", "name": ""}));
    assert_eq!(request.product, "SMS");
}

#[test]
fn colliding_place_names_are_numbered_and_both_enums_work() {
    let read: types::CreateReportResponse =
        read_back(&json!({"sms": {"direction": "outbound"}, "voice": {"direction": "internal"}}));
    assert_eq!(
        read.sms.unwrap().direction,
        Some(types::CreateReportResponseSmsDirection2::Outbound)
    );
    // The schema that had the name keeps it.
    let _: types::CreateReportResponseSmsDirection = read_back(&json!("anything"));
}

#[tokio::test]
async fn an_unnamed_operation_and_an_untyped_body_work_over_http() {
    let config = json!({"sections": [{"name": "core", "options": [1, null, "x"]}]});
    let body = config.to_string();
    let server = Server::start(move |_| Answer::json(200, body.clone()));
    let client = real_idioms::Client::new(
        &format!("http://{}", server.address()),
        oci_backup_runtime::Unauthenticated::shared(),
    );
    assert_eq!(
        client.get_config().send().await.unwrap().into_inner(),
        config
    );
    // `get /dags/{id}` had no operationId; the invalid `default: none` is gone, so an
    // absent `state` is not sent.
    let _ = client.get_dags_id().id("d1").send().await;
    let sent = server.requests();
    assert_eq!(sent[1].path_and_query, "/dags/d1");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/real-idioms.rs"
    ))
    .unwrap();
    assert!(
        !text.contains("fn upload"),
        "the multipart operation is left out"
    );
    assert!(text.contains("- `upload` (`POST /upload`): its request body is multipart/form-data"));
    assert!(text.contains("//! ```text\n//! Content-type: application/json"));
}
