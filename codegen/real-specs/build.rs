//! Generates a client from each vendored public spec in `specs/` (as published, not
//! edited) with `codegen`, as a module of this crate, and lists the spec's own examples
//! with the generated type each one is read as. A spec codegen refuses fails the build,
//! naming the spec and the construct.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use heck::ToUpperCamelCase;
use serde_json::Value;

/// The vendored specs (`specs/<name>.json`); `SOURCES.md` says where each comes from.
const SPECS: [&str; 3] = ["airflow", "microcks", "velopayments"];

fn main() {
    if let Err(message) = run() {
        eprintln!("{message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    for name in SPECS {
        let path = manifest.join("specs").join(format!("{name}.json"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let spec_path = format!("codegen/real-specs/specs/{name}.json");
        let output = codegen::generate(&codegen::Input {
            spec_path: &spec_path,
            spec_text: &text,
            crate_name: name,
        })
        .map_err(|e| e.to_string())?;
        write(
            &out.join(format!("{name}.rs")),
            &as_module(&output.lib_rs, name),
        )?;
        let spec: Value = serde_json::from_str(&text).map_err(|e| format!("{spec_path}: {e}"))?;
        write(
            &out.join(format!("{name}_examples.rs")),
            &examples_table(&spec, &output.lib_rs),
        )?;
        let omitted: Vec<String> = output.omitted.iter().map(|o| o.id.clone()).collect();
        write(
            &out.join(format!("{name}_omitted.rs")),
            &format!("&{omitted:?}"),
        )?;
    }
    println!("cargo::rerun-if-changed=build.rs");
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The generated crate as the body of `mod <name>`: its inner attributes and docs go
/// (the module carries its own), and `crate::types` becomes `crate::<name>::types`.
fn as_module(lib_rs: &str, name: &str) -> String {
    lib_rs
        .lines()
        .filter(|line| !line.starts_with("#![") && !line.starts_with("//!"))
        .map(|line| line.replace("crate::types::", &format!("crate::{name}::types::")))
        .fold(String::new(), |mut all, line| {
            all.push_str(&line);
            all.push('\n');
            all
        })
}

/// `&[(pointer of the example, schema, Some(check) | None)]`: every `example` of a
/// component schema, and of a request or response media type whose schema is a
/// component reference. `None` when the generated crate has no type of that name.
fn examples_table(spec: &Value, lib_rs: &str) -> String {
    let mut found: Vec<(String, String)> = Vec::new();
    for (schema, value) in spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if value.get("example").is_some() {
            let pointer = format!("/components/schemas/{}/example", escape(schema));
            found.push((pointer, schema.clone()));
        }
    }
    media_examples(spec, "", &mut found);
    let mut table = String::from("&[\n");
    for (pointer, schema) in found {
        let rust = schema.to_upper_camel_case();
        let defined = ["struct", "enum", "type"].iter().any(|kind| {
            [" ", "(", "<", "{"]
                .iter()
                .any(|end| lib_rs.contains(&format!("pub {kind} {rust}{end}")))
        });
        let check = if defined {
            format!("Some(crate::round_trip::<types::{rust}>)")
        } else {
            "None".to_owned()
        };
        let _ = writeln!(table, "    ({pointer:?}, {schema:?}, {check}),");
    }
    table.push(']');
    table
}

fn media_examples(value: &Value, at: &str, found: &mut Vec<(String, String)>) {
    let Some(map) = value.as_object() else {
        return;
    };
    if let Some(content) = map.get("content").and_then(Value::as_object) {
        for (media, item) in content {
            let target = item
                .pointer("/schema/$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"));
            if let (Some(schema), Some(_)) = (target, item.get("example")) {
                let pointer = format!("{at}/content/{}/example", escape(media));
                found.push((pointer, schema.to_owned()));
            }
        }
    }
    for (key, child) in map {
        // Schemas hold no media types (a property may be named `content`).
        if !(at == "/components" && key == "schemas") {
            media_examples(child, &format!("{at}/{}", escape(key)), found);
        }
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
