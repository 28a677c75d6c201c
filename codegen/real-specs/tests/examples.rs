//! Each vendored spec's own examples, read with the generated type of their schema and
//! written back. The judge of which examples are valid is Ajv (a JSON Schema validator
//! the project did not write, `.ci/validate-examples.mjs`): every example it finds valid
//! must come back equal as a JSON value; the invalid ones (real specs have them: a
//! `date` example that is a date-time) are counted, and may be read or refused.
//!
//! One reading differs on purpose: a schema with `properties` and no `type` is a struct
//! in Rust, so it reads objects only, where JSON Schema lets any non-object through.
//! Microcks writes two such examples as strings holding JSON text; they are counted apart.
//!
//! Ajv comes with the CI's `npm ci` (`.ci/`); without it the judge is skipped with a
//! notice, except under `OCI_BACKUP_REQUIRE_PRISM=1` (set by `cargo xtask ci`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use codegen_real_specs::{Example, airflow, microcks, same, velopayments};
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Ajv's verdict on each example, by pointer: `Ok(())` valid, `Err(reasons)` not.
fn judge(file: &str) -> Option<BTreeMap<String, Result<(), Vec<String>>>> {
    let required = std::env::var("OCI_BACKUP_REQUIRE_PRISM").is_ok_and(|v| v == "1");
    let root = workspace();
    if !root.join(".ci/node_modules/ajv").is_dir() {
        assert!(
            !required,
            ".ci/node_modules/ajv is missing and OCI_BACKUP_REQUIRE_PRISM=1: run `npm ci` in .ci"
        );
        eprintln!("notice: Ajv is not installed (`npm ci` in .ci): the examples are not judged");
        return None;
    }
    let output = std::process::Command::new("node")
        .arg(root.join(".ci/validate-examples.mjs"))
        .arg(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("specs")
                .join(file),
        )
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut verdicts = BTreeMap::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let verdict: Value = serde_json::from_str(line).unwrap();
        let pointer = verdict["pointer"].as_str().unwrap().to_owned();
        let errors: Vec<String> = verdict["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap().to_owned())
            .collect();
        let valid = verdict["valid"] == Value::Bool(true);
        verdicts.insert(pointer, if valid { Ok(()) } else { Err(errors) });
    }
    Some(verdicts)
}

/// What the examples of a spec came to.
#[derive(Debug, PartialEq, Eq)]
struct Tally {
    /// Valid (Ajv) and equal after the round trip.
    equal: usize,
    /// Invalid (Ajv).
    invalid: usize,
    /// Valid, not objects, of a schema with `properties` and no `type` (see above).
    not_objects: usize,
}

/// Checks every example of a spec; `None` when Ajv is not there to judge them.
fn check(file: &str, spec: &str, examples: &[Example]) -> Option<Tally> {
    let spec: Value = serde_json::from_str(spec).unwrap();
    let verdicts = judge(file);
    let mut equal = 0;
    let mut invalid = 0;
    let mut not_objects = 0;
    let mut wrong = Vec::new();
    for (pointer, schema, check) in examples {
        let example = spec.pointer(pointer).unwrap();
        let verdict = verdicts.as_ref().map(|v| {
            v.get(*pointer)
                .unwrap_or_else(|| panic!("Ajv did not judge {pointer}"))
        });
        if let Some(Err(reasons)) = verdict {
            assert!(
                !reasons.iter().any(|r| r.starts_with("not checked")),
                "{pointer}: {reasons:?}"
            );
            invalid += 1;
            continue;
        }
        let definition = spec
            .pointer(&format!("/components/schemas/{schema}"))
            .unwrap();
        if !example.is_object()
            && definition.get("properties").is_some()
            && definition.get("type").is_none()
        {
            not_objects += 1;
            continue;
        }
        let Some(check) = check else {
            wrong.push(format!("{pointer}: no generated type for `{schema}`"));
            continue;
        };
        match check(example) {
            Ok(back) if same(&back, example) => equal += 1,
            Ok(back) => wrong.push(format!("{pointer}: {example}\n  came back as {back}")),
            Err(e) => wrong.push(format!("{pointer}: {e}")),
        }
    }
    println!(
        "{file}: {} examples; {equal} valid ones equal after the round trip, {invalid} invalid \
         (Ajv), {not_objects} not objects, {} wrong",
        examples.len(),
        wrong.len()
    );
    verdicts.as_ref()?;
    assert!(wrong.is_empty(), "{file}: {wrong:#?}");
    Some(Tally {
        equal,
        invalid,
        not_objects,
    })
}

#[test]
fn airflow_examples_round_trip() {
    let tally = check("airflow.json", airflow::SPEC, airflow::EXAMPLES);
    let expected = Tally {
        equal: 3,
        invalid: 0,
        not_objects: 0,
    };
    assert!(tally.as_ref().is_none_or(|t| *t == expected), "{tally:?}");
}

#[test]
fn microcks_examples_round_trip() {
    let tally = check("microcks.json", microcks::SPEC, microcks::EXAMPLES);
    let expected = Tally {
        equal: 1,
        invalid: 1,
        not_objects: 2,
    };
    assert!(tally.as_ref().is_none_or(|t| *t == expected), "{tally:?}");
}

#[test]
fn velopayments_examples_round_trip() {
    let tally = check(
        "velopayments.json",
        velopayments::SPEC,
        velopayments::EXAMPLES,
    );
    let expected = Tally {
        equal: 176,
        invalid: 41,
        not_objects: 0,
    };
    assert!(tally.as_ref().is_none_or(|t| *t == expected), "{tally:?}");
}

#[test]
fn operations_that_cannot_be_sent_are_named() {
    assert_eq!(airflow::OMITTED, &[] as &[&str]);
    assert_eq!(microcks::OMITTED, ["uploadArtifact", "importSnapshot"]);
    println!("velopayments omits {:?}", velopayments::OMITTED);
}
