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
fn a_base_union_spelled_out_as_one_of_where_used_is_the_same_union() {
    golden("union-base-spelled-out");
}
