//! The impact report on real spec edits: each edit of the list is applied to a
//! copy of a spec (the two specs of `specs/`; for a response union, which neither has,
//! the golden `union-base.yaml`), both versions are generated, and the report's wire and
//! Rust API verdicts, and the change that carries them, are checked. Generated enums and
//! structs are `#[non_exhaustive]` (structs are built with their builders), so new enum
//! values, union variants and optional fields are minor for Rust users; a new required
//! field is not (the builder refuses a value without it, at run time).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::Path;

use codegen::impact::{self, Bump, Kind, Report, Side, Verdict};
use serde_json::{Value, json};

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn generate(spec_path: &str, text: &str) -> String {
    codegen::generate(&codegen::Input {
        spec_path,
        spec_text: text,
        crate_name: "edited",
    })
    .unwrap()
    .lib_rs
}

/// The report for `edit` applied to a copy of the spec at `path` (relative to the
/// workspace root when it starts with `../`).
fn report(path: &str, edit: impl FnOnce(&mut Value)) -> Report {
    let text = read(path);
    let mut spec = codegen::parse(path, &text).unwrap();
    edit(&mut spec);
    let edited = serde_json::to_string_pretty(&spec).unwrap();
    let (old_lib, new_lib) = (generate(path, &text), generate(path, &edited));
    impact::compare(
        path,
        "edited",
        Some(Side {
            spec_text: &text,
            lib_rs: &old_lib,
        }),
        Side {
            spec_text: &edited,
            lib_rs: &new_lib,
        },
    )
    .unwrap()
}

const CORE: &str = "../specs/core-boot-volume-backups.yaml";
const OAC: &str = "../specs/oac-snapshots.yaml";
const RESPONSE_UNION: &str = "tests/golden/union-base.yaml";

fn at<'a>(spec: &'a mut Value, pointer: &str) -> &'a mut Value {
    spec.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} not in the spec"))
}

/// Checks the verdicts, and that a change of `kind` whose place contains `place` carries
/// the verdict on its side.
#[track_caller]
fn check(report: &Report, wire: (Verdict, Kind, &str), rust: (Verdict, Kind, &str)) {
    let text = report.human();
    assert_eq!(report.wire_verdict(), wire.0, "wire verdict\n{text}");
    assert_eq!(report.rust_verdict(), rust.0, "Rust verdict\n{text}");
    for (changes, (verdict, kind, place), side) in
        [(&report.wire, wire, "wire"), (&report.rust, rust, "Rust")]
    {
        if place.is_empty() {
            assert!(
                changes.iter().all(|c| c.verdict == Verdict::NoChange),
                "{side}: expected nothing\n{text}"
            );
            continue;
        }
        assert!(
            changes
                .iter()
                .any(|c| c.kind == kind && c.verdict == verdict && c.at.contains(place)),
            "{side}: no {} {} change at {place}\n{text}",
            verdict.as_str(),
            kind.as_str()
        );
    }
}

#[test]
fn add_an_optional_response_field() {
    let report = report(CORE, |spec| {
        at(spec, "/components/schemas/BootVolumeBackup/properties")
            .as_object_mut()
            .unwrap()
            .insert(
                "isPreventDeletionEnabled".into(),
                json!({"type": "boolean", "description": "Whether deletion is prevented."}),
            );
    });
    check(
        &report,
        (
            Verdict::Additive,
            Kind::Added,
            "response BootVolumeBackup.isPreventDeletionEnabled",
        ),
        (
            Verdict::Additive,
            Kind::Added,
            "types::BootVolumeBackup::is_prevent_deletion_enabled",
        ),
    );
    // The builder gains a setter; nothing breaks.
    assert!(
        report.rust.iter().any(|c| c.at
            == "types::builder::BootVolumeBackup::is_prevent_deletion_enabled"
            && c.verdict == Verdict::Additive),
        "{}",
        report.human()
    );
    assert_eq!(report.crate_bump(), Bump::Minor);
    assert_eq!(report.client_bump(), Bump::Minor);
}

#[test]
fn add_an_optional_request_field() {
    // Users build request structs: with the builder, a new optional field defaults.
    let report = report(CORE, |spec| {
        at(
            spec,
            "/components/schemas/CreateBootVolumeBackupDetails/properties",
        )
        .as_object_mut()
        .unwrap()
        .insert("availabilityDomain".into(), json!({"type": "string"}));
    });
    check(
        &report,
        (
            Verdict::Additive,
            Kind::Added,
            "request CreateBootVolumeBackupDetails.availabilityDomain",
        ),
        (
            Verdict::Additive,
            Kind::Added,
            "types::CreateBootVolumeBackupDetails::availability_domain",
        ),
    );
    assert_eq!(report.crate_bump(), Bump::Minor);
}

#[test]
fn add_a_required_request_field() {
    let report = report(CORE, |spec| {
        at(
            spec,
            "/components/schemas/CreateBootVolumeBackupDetails/properties",
        )
        .as_object_mut()
        .unwrap()
        .insert("availabilityDomain".into(), json!({"type": "string"}));
        at(
            spec,
            "/components/schemas/CreateBootVolumeBackupDetails/required",
        )
        .as_array_mut()
        .unwrap()
        .push(json!("availabilityDomain"));
    });
    check(
        &report,
        (
            Verdict::Breaking,
            Kind::Added,
            "request CreateBootVolumeBackupDetails.availabilityDomain",
        ),
        (
            Verdict::Breaking,
            Kind::Added,
            "types::CreateBootVolumeBackupDetails::availability_domain",
        ),
    );
    // Code that builds the struct still compiles: the break is at run time.
    let field = report
        .rust
        .iter()
        .find(|c| c.at == "types::CreateBootVolumeBackupDetails::availability_domain")
        .unwrap();
    assert!(field.why.contains("fails at run time"), "{}", field.why);
    assert_eq!(report.crate_bump(), Bump::Major);
}

#[test]
fn remove_an_operation() {
    let report = report(CORE, |spec| {
        at(
            spec,
            "/paths/~120160918~1bootVolumeBackups~1{bootVolumeBackupId}",
        )
        .as_object_mut()
        .unwrap()
        .shift_remove("delete");
    });
    check(
        &report,
        (Verdict::Breaking, Kind::Removed, "deleteBootVolumeBackup"),
        (
            Verdict::Breaking,
            Kind::Removed,
            "Client::delete_boot_volume_backup",
        ),
    );
    assert_eq!(report.crate_bump(), Bump::Major);
}

#[test]
fn add_an_operation() {
    let report = report(CORE, |spec| {
        let mut item = at(
            spec,
            "/paths/~120160918~1bootVolumeBackups~1{bootVolumeBackupId}",
        )
        .clone();
        item = json!({"parameters": item["parameters"].clone(), "get": item["get"].clone()});
        item["get"]["operationId"] = json!("getBootVolumeBackupCopy");
        at(spec, "/paths").as_object_mut().unwrap().insert(
            "/20160918/bootVolumeBackups/{bootVolumeBackupId}/copy".into(),
            item,
        );
    });
    check(
        &report,
        (Verdict::Additive, Kind::Added, "getBootVolumeBackupCopy"),
        (
            Verdict::Additive,
            Kind::Added,
            "Client::get_boot_volume_backup_copy",
        ),
    );
    assert_eq!(report.crate_bump(), Bump::Minor);
}

#[test]
fn rename_a_path_parameter() {
    let report = report(CORE, |spec| {
        let paths = at(spec, "/paths").as_object_mut().unwrap();
        let renamed: serde_json::Map<String, Value> = std::mem::take(paths)
            .into_iter()
            .map(|(k, v)| (k.replace("{bootVolumeBackupId}", "{backupId}"), v))
            .collect();
        *paths = renamed;
        *at(spec, "/components/parameters/bootVolumeBackupId/name") = json!("backupId");
    });
    // The URL on the wire is the same; the builder method is renamed.
    check(
        &report,
        (
            Verdict::NoChange,
            Kind::Changed,
            "getBootVolumeBackup path {bootVolumeBackupId} -> {backupId}",
        ),
        (
            Verdict::Breaking,
            Kind::Removed,
            "builder::GetBootVolumeBackup::boot_volume_backup_id",
        ),
    );
    assert!(
        report
            .rust
            .iter()
            .any(|c| c.at == "builder::GetBootVolumeBackup::backup_id" && c.kind == Kind::Added),
        "{}",
        report.human()
    );
}

#[test]
fn add_a_value_to_a_response_enum() {
    let report = report(CORE, |spec| {
        at(
            spec,
            "/components/schemas/BootVolumeBackup/properties/lifecycleState/enum",
        )
        .as_array_mut()
        .unwrap()
        .push(json!("RESTORING"));
    });
    check(
        &report,
        (
            Verdict::Breaking,
            Kind::Added,
            "response BootVolumeBackupLifecycleState RESTORING",
        ),
        (
            Verdict::Additive,
            Kind::Added,
            "types::BootVolumeBackupLifecycleState::Restoring",
        ),
    );
}

#[test]
fn add_a_value_to_a_request_enum() {
    let report = report(CORE, |spec| {
        at(
            spec,
            "/components/schemas/CreateBootVolumeBackupDetails/properties/type/enum",
        )
        .as_array_mut()
        .unwrap()
        .push(json!("DIFFERENTIAL"));
    });
    check(
        &report,
        (Verdict::Additive, Kind::Added, "type DIFFERENTIAL"),
        (
            Verdict::Additive,
            Kind::Added,
            "types::CreateBootVolumeBackupDetailsType::Differential",
        ),
    );
}

#[test]
fn add_a_variant_to_a_request_union() {
    let report = report(OAC, |spec| {
        let body = at(
            spec,
            "/paths/~1api~120210901~1snapshots/post/requestBody/content/application~1json/schema",
        );
        body["oneOf"]
            .as_array_mut()
            .unwrap()
            .push(json!({"$ref": "#/components/schemas/CloneSnapshot"}));
        body["discriminator"]["mapping"]["CLONE"] = json!("#/components/schemas/CloneSnapshot");
        at(spec, "/components/schemas/SnapshotCreateType/enum")
            .as_array_mut()
            .unwrap()
            .push(json!("CLONE"));
        at(spec, "/components/schemas")
            .as_object_mut()
            .unwrap()
            .insert(
                "CloneSnapshot".into(),
                json!({
                    "description": "A copy of an existing snapshot.",
                    "allOf": [
                        {"$ref": "#/components/schemas/NewSnapshot"},
                        {"type": "object", "properties": {
                            "type": {"type": "string", "enum": ["CLONE"]},
                            "sourceSnapshotId": {"type": "string"}
                        }}
                    ]
                }),
            );
    });
    check(
        &report,
        (Verdict::Additive, Kind::Added, "request NewSnapshot CLONE"),
        (Verdict::Additive, Kind::Added, "types::NewSnapshot::Clone"),
    );
}

#[test]
fn add_a_variant_to_a_response_union() {
    let report = report(RESPONSE_UNION, |spec| {
        at(spec, "/components/schemas")
            .as_object_mut()
            .unwrap()
            .insert(
                "Triangle".into(),
                json!({"allOf": [
                    {"$ref": "#/components/schemas/Shape"},
                    {"type": "object", "properties": {"base": {"type": "number"}}}
                ]}),
            );
    });
    check(
        &report,
        (Verdict::Breaking, Kind::Added, "response Shape Triangle"),
        (Verdict::Additive, Kind::Added, "types::Shape::Triangle"),
    );
}

#[test]
fn tighten_a_max_length() {
    let report = report(CORE, |spec| {
        *at(
            spec,
            "/components/schemas/CreateBootVolumeBackupDetails/properties/displayName/maxLength",
        ) = json!(100);
    });
    // The limit lives inside the constrained string type: no signature changes.
    check(
        &report,
        (
            Verdict::Breaking,
            Kind::Changed,
            "request CreateBootVolumeBackupDetails.displayName maxLength",
        ),
        (Verdict::NoChange, Kind::Changed, ""),
    );
    assert_eq!(report.crate_bump(), Bump::Major);
}

#[test]
fn change_a_type() {
    let report = report(CORE, |spec| {
        *at(
            spec,
            "/components/schemas/BootVolumeBackup/properties/sizeInGBs",
        ) = json!({"type": "string", "description": "The size, in GBs."});
    });
    check(
        &report,
        (
            Verdict::Breaking,
            Kind::Changed,
            "response BootVolumeBackup.sizeInGBs",
        ),
        (
            Verdict::Breaking,
            Kind::Changed,
            "types::BootVolumeBackup::size_in_g_bs",
        ),
    );
}

#[test]
fn no_edit_is_no_change_and_a_description_is_a_patch() {
    let same = report(CORE, |_| {});
    assert!(
        same.wire.is_empty() && same.rust.is_empty(),
        "{}",
        same.human()
    );
    assert_eq!(same.crate_bump(), Bump::None);
    let docs = report(CORE, |spec| {
        *at(
            spec,
            "/components/schemas/BootVolumeBackup/properties/displayName/description",
        ) = json!("A name.");
    });
    assert!(
        docs.wire.is_empty() && docs.rust.is_empty(),
        "{}",
        docs.human()
    );
    assert_eq!(docs.crate_bump(), Bump::Patch);
}

#[test]
fn the_json_report_carries_verdicts_bumps_and_every_change() {
    let report = report(CORE, |spec| {
        at(
            spec,
            "/paths/~120160918~1bootVolumeBackups~1{bootVolumeBackupId}",
        )
        .as_object_mut()
        .unwrap()
        .shift_remove("delete");
    });
    let json = report.json();
    assert_eq!(json["wire"], "breaking");
    assert_eq!(json["rust"], "breaking");
    assert_eq!(json["bump"], "major");
    assert_eq!(json["oci_backup_bump"], "major");
    assert_eq!(
        json["wire_changes"].as_array().unwrap().len(),
        report.wire.len()
    );
    assert!(json["rust_changes"][0]["verdict"].is_string());
}
