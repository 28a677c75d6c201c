//! Golden outputs compiled and used: union variants are struct variants with their field
//! names (0, 1 or many properties) and keep the internally tagged wire format.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-shapes.rs"]
mod union_shapes;

mod support;

use serde_json::json;
use support::round_trip;
use union_shapes::types::{AutotunePolicy, Schedule};

#[test]
fn a_tag_only_variant_is_an_empty_struct_variant() {
    round_trip(
        &AutotunePolicy::DetachedVolume {},
        &json!({"autotuneType": "DETACHED_VOLUME"}),
    );
}

#[test]
fn a_one_property_variant_keeps_its_field_name() {
    round_trip(
        &AutotunePolicy::PerformanceBased {
            max_vpus_per_gb: 20,
        },
        &json!({"autotuneType": "PERFORMANCE_BASED", "maxVpusPerGB": 20}),
    );
    let missing =
        serde_json::from_value::<AutotunePolicy>(json!({"autotuneType": "PERFORMANCE_BASED"}));
    assert!(missing.unwrap_err().to_string().contains("maxVpusPerGB"));
}

#[test]
fn one_optional_property_per_variant_is_a_struct_variant_too() {
    round_trip(
        &Schedule::Daily { hour: Some(3) },
        &json!({"period": "DAILY", "hour": 3}),
    );
    round_trip(
        &Schedule::Weekly { day: None },
        &json!({"period": "WEEKLY"}),
    );
}

#[test]
fn a_union_that_responses_use_keeps_an_unknown_tag_and_lists_the_known_ones() {
    let wire = json!({"autotuneType": "NOPE", "x": 1});
    let policy = serde_json::from_value::<AutotunePolicy>(wire.clone()).unwrap();
    assert!(!policy.is_known());
    assert_eq!(serde_json::to_value(&policy).unwrap(), wire);
    assert_eq!(
        AutotunePolicy::KNOWN,
        ["DETACHED_VOLUME", "PERFORMANCE_BASED"]
    );
}

#[test]
fn the_placeholder_property_never_reaches_the_wire_or_the_api() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/union-shapes.rs"
    ))
    .unwrap();
    assert!(!text.contains("codegen_struct_variant_pad"));
    assert!(text.contains("max_vpus_per_gb: i64"));
    assert!(!text.contains("content = "));
}
