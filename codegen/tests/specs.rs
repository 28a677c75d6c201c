//! The project's specs: well formed, self-consistent, and generated deterministically.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;

const SPECS: [&str; 2] = ["oac-snapshots", "core-boot-volume-backups"];
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn spec_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../specs/{name}.yaml"))
}

fn load(name: &str) -> (String, Value) {
    let text = std::fs::read_to_string(spec_path(name)).unwrap();
    let value = codegen::parse(name, &text).unwrap();
    (text, value)
}

/// Every `$ref` string and discriminator mapping target in the document.
fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("$ref", Value::String(target)) => out.push(target.clone()),
                    ("mapping", Value::Object(targets)) => out.extend(
                        targets
                            .values()
                            .filter_map(Value::as_str)
                            .map(str::to_owned),
                    ),
                    _ => references(child, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, out)),
        _ => {}
    }
}

#[test]
fn both_specs_parse_as_openapi_3_0_as_written() {
    for name in SPECS {
        let (_, value) = load(name);
        assert_eq!(value["openapi"], "3.0.3", "{name}");
        let parsed: Result<openapiv3::OpenAPI, _> = serde_json::from_value(value);
        assert!(parsed.is_ok(), "{name}: {:?}", parsed.err());
    }
}

#[test]
fn every_reference_resolves() {
    for name in SPECS {
        let (_, value) = load(name);
        let mut targets = Vec::new();
        references(&value, &mut targets);
        assert!(
            targets.len() > 20,
            "{name}: found only {} references",
            targets.len()
        );
        for target in targets {
            let pointer = target
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("{name}: external ref {target}"));
            assert!(
                value.pointer(pointer).is_some(),
                "{name}: `{target}` does not resolve"
            );
        }
    }
}

#[test]
fn every_operation_has_a_unique_operation_id() {
    let mut all = BTreeSet::new();
    for name in SPECS {
        let (_, value) = load(name);
        let mut count = 0;
        for (path, item) in value["paths"].as_object().unwrap() {
            for method in METHODS {
                let Some(operation) = item.get(method) else {
                    continue;
                };
                let id = operation["operationId"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: {method} {path} has no operationId"));
                assert!(
                    all.insert(id.to_owned()),
                    "{name}: operationId {id} is used twice"
                );
                count += 1;
            }
        }
        let expected = match name {
            // Backups (6), their cross-region copy, and boot volumes (5).
            "core-boot-volume-backups" => 12,
            _ => 6,
        };
        assert_eq!(count, expected, "{name} has {expected} operations");
    }
}

#[test]
fn generation_is_deterministic_and_says_where_it_comes_from() {
    for name in SPECS {
        let (text, _) = load(name);
        let spec_path = format!("specs/{name}.yaml");
        let input = codegen::Input {
            spec_path: &spec_path,
            spec_text: &text,
            crate_name: name,
        };
        let first = codegen::generate(&input).unwrap();
        let second = codegen::generate(&input).unwrap();
        assert_eq!(first, second, "{name}: two runs differ");
        let header = first.lib_rs.lines().next().unwrap();
        assert_eq!(
            header,
            format!(
                "// Generated from specs/{name}.yaml by `cargo xtask generate`: do not edit by hand."
            )
        );
        assert!(
            first
                .cargo_toml
                .starts_with(&format!("# Generated from specs/{name}.yaml"))
        );
    }
}
