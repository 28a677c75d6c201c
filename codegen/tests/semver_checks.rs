//! The impact report's Rust API verdict confirmed by a real tool: cargo-semver-checks
//! (pinned: [`VERSION`]) compares the crate generated from a copy of a spec before and
//! after an edit, and must find a breaking change exactly when the report says so.
//!
//! It runs when cargo-semver-checks is installed (`cargo semver-checks` works, or
//! `CARGO_SEMVER_CHECKS` names the binary); with `OCI_BACKUP_REQUIRE_SEMVER_CHECKS=1` a
//! missing tool fails the test instead of skipping it. Install it with
//! `cargo install --locked --version 0.51.0 cargo-semver-checks` (README, "Changing a
//! spec"). Each case builds the rustdoc JSON of both crates in a scratch workspace under
//! the target directory (the first one also checks their dependencies: minutes).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::impact::{self, Side, Verdict};
use serde_json::{Value, json};

/// The cargo-semver-checks this test was written against.
const VERSION: &str = "0.51.0";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `cargo-semver-checks`, if installed at the pinned version.
fn tool() -> Option<Command> {
    let program =
        std::env::var("CARGO_SEMVER_CHECKS").unwrap_or_else(|_| "cargo-semver-checks".to_owned());
    let output = Command::new(&program)
        .args(["semver-checks", "--version"])
        .output()
        .ok()?;
    let version = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return None;
    }
    assert!(
        version.contains(VERSION),
        "{program} is {version}, this test pins {VERSION}"
    );
    let mut command = Command::new(program);
    command.arg("semver-checks");
    Some(command)
}

/// A workspace holding one crate generated from `spec_text`, with the real workspace's
/// package settings, dependencies (paths made absolute) and lock file.
fn scratch_workspace(dir: &Path, spec_text: &str) {
    let root = workspace_root();
    let output = codegen::generate(&codegen::Input {
        spec_path: "specs/edited.yaml",
        spec_text,
        crate_name: "edited",
    })
    .unwrap();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let start = manifest.find("members = [").unwrap();
    let end = start + manifest[start..].find(']').unwrap() + 1;
    let manifest = format!(
        "{}members = [\"edited\"]{}",
        &manifest[..start],
        &manifest[end..]
    )
    .replace("path = \"", &format!("path = \"{}/", root.display()));
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("edited/src")).unwrap();
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let cargo_toml =
        output
            .cargo_toml
            .replacen("\nversion.workspace = true\n", "\nversion = \"0.1.0\"\n", 1);
    std::fs::write(dir.join("edited/Cargo.toml"), cargo_toml).unwrap();
    std::fs::write(dir.join("edited/README.md"), output.readme).unwrap();
    std::fs::write(dir.join("edited/src/lib.rs"), output.lib_rs).unwrap();
}

/// Whether cargo-semver-checks finds a breaking change from `old` to `new` (a patch
/// release must be compatible, before 1.0 as after).
fn breaking(mut tool: Command, scratch: &Path, old: &str, new: &str) -> bool {
    let (before, after) = (scratch.join("old"), scratch.join("new"));
    scratch_workspace(&before, old);
    scratch_workspace(&after, new);
    let output = tool
        .args([
            "check-release",
            "--release-type",
            "patch",
            "--manifest-path",
        ])
        .arg(after.join("edited/Cargo.toml"))
        .arg("--baseline-root")
        .arg(before.join("edited"))
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    eprintln!("{text}");
    assert!(
        output.status.success() || text.contains("semver requires new major version"),
        "cargo-semver-checks did not run to a verdict:\n{text}"
    );
    !output.status.success()
}

fn edit(path: &str, change: impl FnOnce(&mut Value)) -> (String, String) {
    let text = std::fs::read_to_string(workspace_root().join(path)).unwrap();
    let mut spec = codegen::parse(path, &text).unwrap();
    change(&mut spec);
    (text, serde_json::to_string_pretty(&spec).unwrap())
}

fn rust_verdict(old: &str, new: &str) -> Verdict {
    let lib = |text: &str| {
        codegen::generate(&codegen::Input {
            spec_path: "specs/edited.yaml",
            spec_text: text,
            crate_name: "edited",
        })
        .unwrap()
        .lib_rs
    };
    let (old_lib, new_lib) = (lib(old), lib(new));
    impact::compare(
        "specs/edited.yaml",
        "edited",
        Some(Side {
            spec_text: old,
            lib_rs: &old_lib,
        }),
        Side {
            spec_text: new,
            lib_rs: &new_lib,
        },
    )
    .unwrap()
    .rust_verdict()
}

#[test]
fn cargo_semver_checks_agrees_with_the_rust_api_verdict() {
    let Some(_) = tool() else {
        assert!(
            std::env::var_os("OCI_BACKUP_REQUIRE_SEMVER_CHECKS").is_none(),
            "OCI_BACKUP_REQUIRE_SEMVER_CHECKS is set but cargo-semver-checks {VERSION} is not installed"
        );
        eprintln!("skipped: cargo-semver-checks {VERSION} is not installed");
        return;
    };
    let core = "specs/core-boot-volume-backups.yaml";
    let cases: Vec<(&str, (String, String))> = vec![
        (
            "an optional response field",
            edit(core, |spec| {
                spec["components"]["schemas"]["BootVolumeBackup"]["properties"]["isPreventDeletionEnabled"] =
                    json!({"type": "boolean"});
            }),
        ),
        (
            "a tighter maxLength",
            edit(core, |spec| {
                spec["components"]["schemas"]["CreateBootVolumeBackupDetails"]["properties"]["displayName"]
                    ["maxLength"] = json!(100);
            }),
        ),
        (
            "a new operation",
            edit(core, |spec| {
                let mut item =
                    spec["paths"]["/20160918/bootVolumeBackups/{bootVolumeBackupId}"].clone();
                let get = item["get"].clone();
                item = json!({"parameters": item["parameters"].clone(), "get": get});
                item["get"]["operationId"] = json!("getBootVolumeBackupCopy");
                spec["paths"]["/20160918/bootVolumeBackups/{bootVolumeBackupId}/copy"] = item;
            }),
        ),
        (
            "a value in a response enum (a #[non_exhaustive] enum)",
            edit(core, |spec| {
                spec["components"]["schemas"]["BootVolumeBackup"]["properties"]
                    ["lifecycleState"]["enum"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("RESTORING"));
            }),
        ),
        (
            "a renamed path parameter",
            edit(core, |spec| {
                let paths = spec["paths"].as_object_mut().unwrap();
                let renamed: serde_json::Map<String, Value> = std::mem::take(paths)
                    .into_iter()
                    .map(|(k, v)| (k.replace("{bootVolumeBackupId}", "{backupId}"), v))
                    .collect();
                *paths = renamed;
                spec["components"]["parameters"]["bootVolumeBackupId"]["name"] = json!("backupId");
            }),
        ),
    ];
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("semver-checks");
    for (name, (old, new)) in cases {
        let verdict = rust_verdict(&old, &new);
        let found = breaking(tool().unwrap(), &scratch, &old, &new);
        assert_eq!(
            found,
            verdict == Verdict::Breaking,
            "{name}: the report says {}, cargo-semver-checks {}",
            verdict.as_str(),
            if found {
                "finds a breaking change"
            } else {
                "does not"
            }
        );
    }
}
