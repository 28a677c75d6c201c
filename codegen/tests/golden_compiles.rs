//! Golden outputs compiled and used: union variants are struct variants with their field
//! names (0, 1 or many properties) and keep the internally tagged wire format; every
//! construct's golden round-trips its JSON. (A golden whose types codegen replaces,
//! open string enums and secrets, names them `crate::types::X`: one of them,
//! `empty-collections`, is this crate's `types`; the others are compiled as test crates
//! of their own, `both_sides.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-shapes.rs"]
mod union_shapes;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-beside.rs"]
mod union_beside;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-grandchild.rs"]
mod union_grandchild;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-aliases.rs"]
mod union_aliases;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-implied.rs"]
mod union_implied;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/union-any-of.rs"]
mod union_any_of;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/read-write-only.rs"]
mod read_write_only;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/nullable-ref.rs"]
mod nullable_ref;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/limits.rs"]
mod limits;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/recursive.rs"]
mod recursive;

#[allow(dead_code, unreachable_pub, missing_debug_implementations, clippy::all)]
#[path = "golden/empty-collections.rs"]
mod empty_collections;

// Generated code names its replaced types (open enums, secrets) `crate::types::X`.
pub use empty_collections::types;

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

#[test]
fn properties_beside_the_union_are_in_every_variant_and_required_there() {
    use union_beside::types::Event;
    round_trip(
        &Event::Started {
            id: "e1".into(),
            time: "t".into(),
            by: Some(oci_backup_runtime::Nullable::Value("me".into())),
        },
        &json!({"kind": "STARTED", "id": "e1", "time": "t", "by": "me"}),
    );
    round_trip(
        &Event::Started {
            id: "e1".into(),
            time: "t".into(),
            by: Some(oci_backup_runtime::Nullable::Null),
        },
        &json!({"kind": "STARTED", "id": "e1", "time": "t", "by": null}),
    );
    round_trip(
        &Event::Started {
            id: "e1".into(),
            time: "t".into(),
            by: None,
        },
        &json!({"kind": "STARTED", "id": "e1", "time": "t"}),
    );
    round_trip(
        &Event::Stopped {
            id: "e2".into(),
            time: "t".into(),
            code: 3,
        },
        &json!({"kind": "STOPPED", "id": "e2", "time": "t", "code": 3}),
    );
    let missing =
        serde_json::from_value::<Event>(json!({"kind": "STOPPED", "time": "t", "code": 3}))
            .unwrap_err()
            .to_string();
    assert!(missing.contains("missing field `id`"), "{missing}");
}

#[test]
fn a_grandchild_round_trips_with_every_property_of_its_chain() {
    use union_grandchild::types::Pet;
    round_trip(
        &Pet::Lion {
            name: "Leo".into(),
            hunting_skill: Some("high".into()),
            pride_size: 7,
        },
        &json!({"petType": "Lion", "name": "Leo", "huntingSkill": "high", "prideSize": 7}),
    );
    round_trip(
        &Pet::Cat {
            name: "Tom".into(),
            hunting_skill: None,
        },
        &json!({"petType": "Cat", "name": "Tom"}),
    );
    assert_eq!(Pet::KNOWN, ["Cat", "Lion", "Dog"]);
}

#[test]
fn an_aliased_tag_comes_back_as_it_was_sent() {
    use union_aliases::types::Mount;
    round_trip(
        &Mount::Nfs { path: "/x".into() },
        &json!({"type": "nfs", "path": "/x"}),
    );
    round_trip(
        &Mount::Fs { path: "/y".into() },
        &json!({"type": "fs", "path": "/y"}),
    );
    round_trip(
        &Mount::Block {
            device: "sda".into(),
        },
        &json!({"type": "block", "device": "sda"}),
    );
}

#[test]
fn the_openapi_pet_example_has_its_mapped_and_implied_members() {
    use union_implied::types::Pet;
    round_trip(
        &Pet::Dog {
            bark: Some("woof".into()),
        },
        &json!({"petType": "dog", "bark": "woof"}),
    );
    round_trip(
        &Pet::Cat {
            name: Some("Tom".into()),
        },
        &json!({"petType": "Cat", "name": "Tom"}),
    );
    round_trip(
        &Pet::Lizard {
            loves_rocks: Some(true),
        },
        &json!({"petType": "Lizard", "lovesRocks": true}),
    );
}

#[test]
fn any_of_with_a_discriminator_round_trips_each_member() {
    use union_any_of::types::Payment;
    round_trip(
        &Payment::Card {
            last4: "4242".into(),
        },
        &json!({"method": "Card", "last4": "4242"}),
    );
    round_trip(
        &Payment::Transfer {
            iban: "DE00".into(),
        },
        &json!({"method": "Transfer", "iban": "DE00"}),
    );
    let unknown = serde_json::from_value::<Payment>(json!({"method": "Cash"}))
        .unwrap_err()
        .to_string();
    assert!(
        unknown.contains("Card") && unknown.contains("Transfer"),
        "{unknown}"
    );
}

#[test]
fn a_request_needs_no_read_only_field_and_a_response_no_write_only_one() {
    use read_write_only::types::User;
    round_trip(
        &User {
            id: None,
            name: "ann".into(),
            pin: Some("1234".into()),
        },
        &json!({"name": "ann", "pin": "1234"}),
    );
    round_trip(
        &User {
            id: Some("u1".into()),
            name: "ann".into(),
            pin: None,
        },
        &json!({"id": "u1", "name": "ann"}),
    );
}

#[test]
fn a_nullable_reference_keeps_null_and_its_value() {
    use nullable_ref::types::{Policy, Volume, VolumeLimits};
    use oci_backup_runtime::Nullable;
    round_trip(
        &Volume {
            id: "v".into(),
            policy: None,
            backup_policy: None,
            note: None,
            limits: None,
        },
        &json!({"id": "v", "policy": null}),
    );
    round_trip(
        &Volume {
            id: "v".into(),
            policy: Some(Policy {
                name: "gold".into(),
            }),
            backup_policy: Some(Nullable::Value(Policy {
                name: "silver".into(),
            })),
            note: Some(Nullable::Value("n".into())),
            limits: Some(VolumeLimits {
                iops: Some(Nullable::Value(3000)),
            }),
        },
        &json!({"id": "v", "policy": {"name": "gold"}, "backupPolicy": {"name": "silver"},
                "note": "n", "limits": {"iops": 3000}}),
    );
    // Required and nullable: present, possibly null.
    assert!(serde_json::from_value::<Volume>(json!({"id": "v"})).is_err());
}

#[test]
fn an_explicit_null_on_an_optional_nullable_property_is_kept_apart_from_absence() {
    use nullable_ref::types::{Volume, VolumeLimits};
    use oci_backup_runtime::Nullable;
    round_trip(
        &Volume {
            id: "v".into(),
            policy: None,
            backup_policy: Some(Nullable::Null),
            note: Some(Nullable::Null),
            limits: Some(VolumeLimits {
                iops: Some(Nullable::Null),
            }),
        },
        &json!({"id": "v", "policy": null, "backupPolicy": null, "note": null,
                "limits": {"iops": null}}),
    );
    let built = Volume::try_from(
        Volume::builder()
            .id("v")
            .policy(None)
            .note(Some(Nullable::Null)),
    )
    .unwrap();
    assert_eq!(built.note, Some(Nullable::Null));
    assert_eq!(built.backup_policy, None);
}

#[test]
fn a_json_and_xml_body_is_sent_as_json_and_a_bodiless_error_is_not_typed() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/limits.rs"
    ))
    .unwrap();
    assert!(text.contains(".json(&body)"));
    assert!(
        !text.contains("404u16"),
        "the bodiless 404 is left to the raw path"
    );
    round_trip(
        &limits::types::Note { text: "hi".into() },
        &json!({"text": "hi"}),
    );
}

#[test]
fn recursive_structs_and_unions_in_arrays_and_maps_round_trip() {
    use recursive::types::{Category, Tree};
    round_trip(
        &Category {
            name: "child".into(),
            parent: Some(Box::new(Category {
                name: "root".into(),
                parent: None,
            })),
        },
        &json!({"name": "child", "parent": {"name": "root"}}),
    );
    let leaf = |value| Tree::Leaf { value };
    round_trip(
        &Tree::Branch {
            children: vec![
                leaf(1),
                Tree::Branch {
                    children: vec![leaf(2)],
                    named: Some([("x".to_owned(), leaf(3))].into()),
                },
            ],
            named: None,
        },
        &json!({"kind": "branch", "children": [
            {"kind": "leaf", "value": 1},
            {"kind": "branch", "children": [{"kind": "leaf", "value": 2}],
             "named": {"x": {"kind": "leaf", "value": 3}}}]}),
    );
}

#[test]
fn absent_empty_and_filled_optional_collections_each_come_back_as_sent() {
    use empty_collections::types::{Bucket, BucketLimits, Item, Source, State};
    use oci_backup_runtime::Nullable;
    let required = json!({"name": "b", "members": []});
    let bare: Bucket = serde_json::from_value(required.clone()).unwrap();
    assert_eq!(bare.members, Vec::<String>::new());
    assert_eq!((bare.items, bare.tags, bare.metadata), (None, None, None));
    assert_eq!(
        (bare.defined_tags, bare.notes, bare.states),
        (None, None, None)
    );
    round_trip(
        &serde_json::from_value::<Bucket>(required.clone()).unwrap(),
        &required,
    );
    let empty = json!({"name": "b", "members": [], "items": [], "tags": {},
        "definedTags": {}, "metadata": {}, "notes": [], "states": [], "sources": [],
        "limits": {"zones": []}});
    let read: Bucket = serde_json::from_value(empty.clone()).unwrap();
    assert_eq!(read.items, Some(vec![]));
    assert_eq!(read.tags, Some(Default::default()));
    assert_eq!(read.defined_tags, Some(Default::default()));
    assert_eq!(read.metadata, Some(Default::default()));
    assert_eq!(read.notes, Some(Nullable::Value(vec![])));
    assert_eq!(read.states, Some(vec![]));
    assert_eq!(read.limits.as_ref().unwrap().zones, Some(vec![]));
    round_trip(&read, &empty);
    // Nullable and optional: `null` is a third state.
    let null = json!({"name": "b", "members": [], "notes": null});
    round_trip(
        &serde_json::from_value::<Bucket>(null.clone()).unwrap(),
        &null,
    );
    let filled = json!({"name": "b", "password": "p", "members": ["ann"],
        "items": [{}, {"id": "i", "labels": []}, {"labels": ["x"]}],
        "tags": {"k": "v"}, "definedTags": {"ns": {"k": 1}, "empty": {}},
        "metadata": {"any": [null, {}]}, "notes": ["n"], "states": ["ACTIVE", "NEW"],
        "sources": [{"kind": "DISK"}, {"kind": "DISK", "paths": []},
                    {"kind": "URL", "url": "u", "headers": {}},
                    {"kind": "URL", "url": "u", "headers": {"h": "v"}}],
        "limits": {}});
    let read: Bucket = serde_json::from_value(filled.clone()).unwrap();
    assert_eq!(
        read.states,
        Some(vec![State::Active, State::UnknownValue("NEW".into())])
    );
    assert_eq!(read.password.as_ref().map(|p| p.expose_secret()), Some("p"));
    assert_eq!(read.limits, Some(BucketLimits { zones: None }));
    assert_eq!(
        read.items.as_deref().unwrap()[..2],
        [
            Item {
                id: None,
                labels: None
            },
            Item {
                id: Some("i".into()),
                labels: Some(vec![])
            }
        ]
    );
    assert_eq!(
        read.sources.as_deref().unwrap()[..2],
        [
            Source::Disk { paths: None },
            Source::Disk {
                paths: Some(vec![])
            }
        ]
    );
    assert_eq!(serde_json::to_value(&read).unwrap(), filled);
}

#[test]
fn a_builder_takes_a_plain_collection_and_sends_it_even_when_empty() {
    use empty_collections::types::Bucket;
    let built = Bucket::try_from(
        Bucket::builder()
            .name("b")
            .members(Vec::<String>::new())
            .items(vec![])
            .tags(std::collections::HashMap::new()),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"name": "b", "members": [], "items": [], "tags": {}})
    );
    let unset = Bucket::try_from(Bucket::builder().name("b").members(vec!["m".to_owned()]));
    assert_eq!(
        serde_json::to_value(unset.unwrap()).unwrap(),
        json!({"name": "b", "members": ["m"]})
    );
}

#[tokio::test]
async fn an_empty_collection_in_a_request_body_reaches_the_wire() {
    use oci_backup_test_support::{Answer, Server};
    let server = Server::start(|_| Answer::empty(204));
    let client = empty_collections::Client::new(
        &format!("http://{}", server.address()),
        oci_backup_runtime::Unauthenticated::shared(),
    );
    client
        .put_bucket()
        .id("b1")
        .body(
            empty_collections::types::Bucket::builder()
                .name("b")
                .members(Vec::<String>::new())
                .tags(std::collections::HashMap::new())
                .metadata(serde_json::Map::new()),
        )
        .send()
        .await
        .unwrap();
    let sent = server.requests();
    assert_eq!(
        sent[0].json(),
        json!({"name": "b", "members": [], "tags": {}, "metadata": {}})
    );
}

#[tokio::test]
async fn different_response_bodies_each_come_back_whole() {
    use oci_backup_test_support::{Answer, Server};
    let note = json!({"text": "hi"});
    let conflict = json!({"holder": "ann", "since": "09:00", "extra": [1]});
    let answers = [
        Answer::json(200, note.to_string()),
        Answer::empty(204),
        Answer::json(409, conflict.to_string()),
        Answer::json(400, json!({"message": "no"}).to_string()),
    ];
    let next = std::sync::atomic::AtomicUsize::new(0);
    let server = Server::start(move |_| {
        answers[next.fetch_add(1, std::sync::atomic::Ordering::SeqCst)].clone()
    });
    let client = limits::Client::new(
        &format!("http://{}", server.address()),
        oci_backup_runtime::Unauthenticated::shared(),
    );
    // 200 and 204: the raw body, decoded with the documented type where there is one.
    let ok = client.get_notes_id().id("n1").send().await.unwrap();
    assert_eq!(ok.status(), 200);
    let body = bytes(ok.into_inner()).await;
    let read: limits::types::Note = serde_json::from_slice(&body).unwrap();
    assert_eq!(read, limits::types::Note { text: "hi".into() });
    let empty = client.get_notes_id().id("n1").send().await.unwrap();
    assert_eq!(empty.status(), 204);
    assert!(bytes(empty.into_inner()).await.is_empty());
    // 409 and 400: each error body as JSON, whole (the undocumented `extra` too).
    for (status, body) in [(409, conflict), (400, json!({"message": "no"}))] {
        let Err(limits::Error::ErrorResponse(response)) =
            client.get_notes_id().id("n1").send().await
        else {
            panic!("not a documented error");
        };
        assert_eq!(response.status(), status);
        assert_eq!(response.into_inner(), body);
    }
    let sent = server.requests();
    assert_eq!(sent.len(), 4);
    assert!(sent.iter().all(|r| r.path == "/notes/n1"), "{sent:?}");
}

async fn bytes(stream: limits::ByteStream) -> Vec<u8> {
    use futures::TryStreamExt;
    stream
        .into_inner()
        .try_fold(Vec::new(), |mut all, chunk| async move {
            all.extend_from_slice(&chunk);
            Ok(all)
        })
        .await
        .unwrap()
}
