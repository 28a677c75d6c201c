//! Golden tests: each synthetic spec in `tests/golden/` against its checked-in normalised
//! spec (`.normalised.json`) and generated crate (`.rs`). Regenerate with
//! `GOLDEN_OVERWRITE=1 cargo test -p codegen --test golden` and review the diff.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn check(path: &Path, actual: &str) {
    if std::env::var_os("GOLDEN_OVERWRITE").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("{} is missing: run with GOLDEN_OVERWRITE=1", path.display()));
    if expected != actual {
        let diff = similar::TextDiff::from_lines(expected.as_str(), actual);
        panic!(
            "{} differs from the generator's output (GOLDEN_OVERWRITE=1 to accept):\n{}",
            path.display(),
            diff.unified_diff().context_radius(2)
        );
    }
}

fn golden(name: &str) {
    let spec_path = golden_dir().join(format!("{name}.yaml"));
    let text = std::fs::read_to_string(&spec_path).unwrap();
    let display = format!("codegen/tests/golden/{name}.yaml");
    let normalised = codegen::normalise(codegen::parse(&display, &text).unwrap()).unwrap();
    let json = serde_json::to_string_pretty(&normalised.spec).unwrap() + "\n";
    check(&golden_dir().join(format!("{name}.normalised.json")), &json);
    let output = codegen::generate(&codegen::Input {
        spec_path: &display,
        spec_text: &text,
        crate_name: name,
    })
    .unwrap();
    check(&golden_dir().join(format!("{name}.rs")), &output.lib_rs);
}

#[test]
fn idioms_of_real_specs() {
    golden("real-idioms");
}

#[test]
fn union_written_as_one_of_with_discriminator_and_mapping() {
    golden("union-one-of");
}

#[test]
fn union_written_as_a_base_schema_with_a_discriminator() {
    golden("union-base");
}

#[test]
fn all_of_merges_into_flat_structs() {
    golden("all-of");
}

#[test]
fn secret_fields_become_redacting_types_with_their_rules() {
    golden("secrets");
}

#[test]
fn response_enums_are_open_and_request_enums_strict() {
    golden("open-enums");
}

#[test]
fn union_variants_are_struct_variants_whatever_their_size() {
    golden("union-shapes");
}

#[test]
fn an_enum_and_a_union_used_by_requests_and_responses_are_one_open_type() {
    golden("both-sides");
}

#[test]
fn properties_beside_a_discriminated_one_of_are_in_every_variant() {
    golden("union-beside");
}

#[test]
fn a_grandchild_of_a_discriminated_base_is_a_member() {
    golden("union-grandchild");
}

#[test]
fn aliased_mapping_keys_in_the_one_of_spelling_are_variants_of_their_own() {
    golden("union-aliases");
}

#[test]
fn members_the_mapping_does_not_name_are_implied_by_schema_name() {
    golden("union-implied");
}

#[test]
fn any_of_with_a_discriminator_is_a_tagged_union() {
    golden("union-any-of");
}

#[test]
fn read_only_and_write_only_properties_are_optional_in_the_shared_type() {
    golden("read-write-only");
}

#[test]
fn nullable_with_a_one_item_all_of_is_a_nullable_reference() {
    golden("nullable-ref");
}

#[test]
fn what_progenitor_cannot_take_is_normalised_before_it() {
    golden("limits");
}

#[test]
fn optional_arrays_and_maps_keep_an_explicit_empty_one() {
    golden("empty-collections");
}

#[test]
fn recursive_schemas_and_unions_in_arrays_and_maps() {
    golden("recursive");
}

#[test]
fn a_base_union_spelled_out_as_one_of_where_used_is_the_same_union() {
    golden("union-base-spelled-out");
}
