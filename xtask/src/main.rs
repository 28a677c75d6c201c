//! Project tasks, run as `cargo xtask <task>`.
//!
//! - `generate`: writes `generated/<name>/` for every `specs/<name>.yaml` (`Cargo.toml`,
//!   `README.md`, `src/lib.rs`, and a copy of the top-level `LICENSE`), and copies the
//!   spec to `fake-server/specs/<name>.yaml`: the fake serves the specs, and a published
//!   package can embed only files inside it. `specs/` stays the one source of truth.
//! - `generate --check`: writes nothing; fails with a unified diff when `generated/` or
//!   `fake-server/specs/` does not match what the specs produce, or when a generated
//!   crate's version is below what its changes need.
//! - both print the impact report of the spec changes since `--base` (`HEAD` by
//!   default): every change, wire and Rust API, breaking / additive / no change, and the
//!   version bump of each generated crate and of `oci-backup`; `--format json` for CI.
//!   `generate` writes the versions that follow (the crate's manifest, the workspace's
//!   dependency on it) and a CHANGELOG entry per changed crate.
//! - `bench [--build-cost]`: every benchmark, one table (see BENCHMARKS.md); with
//!   `--build-cost`, also a cold release build of the client in a scratch target
//!   directory (minutes).
//! - `ci`: everything CI checks, in order, stopping at the first failure: formatting,
//!   clippy (`-D warnings`), `generate --check` (against `OCI_BACKUP_BASE_REF` when
//!   set, `HEAD` otherwise), the spec linter (its `npm ci` in `.ci/`
//!   installs Redocly and Prism), rustdoc (`-D warnings`), the tests (with
//!   `OCI_BACKUP_REQUIRE_PRISM=1`: the request-conformance test must run its Prism judge,
//!   not skip it), Schemathesis against the fake server, the client's examples, the
//!   README example as a fresh crate, and packaging (every crate meant for crates.io
//!   packages and builds from its package alone).
//! - `package`: the packaging step of `ci` alone.
//! - `schemathesis`: property-based tests of both specs against the fake server (the
//!   `oci-backup fake-server` command the tests built), as `ci` runs them after the tests:
//!   Schemathesis (pinned, in a venv under the target directory that
//!   `.ci/schemathesis/setup-venv` creates once) sends positive and negative cases, the
//!   boundary cases and the specs' examples, Core requests signed by the `oci` SDK with a
//!   throwaway key, Analytics requests with a bearer token; any failed check, and any
//!   response the fake itself finds against the spec (`--validate-responses`), fails it.
//! - `examples`: runs every example of the client (`client/examples/`) against the
//!   embedded fake, as `ci` does after the tests.
//! - `readme-example`: the README checked as a newcomer would use it: the first `rust`
//!   block of "Using the client library" and the `toml` `[dependencies]` block before it
//!   become a fresh crate outside the workspace (`target/readme-example/`), which must
//!   build and run.

mod bench;
mod ci;
mod examples;
mod generate;
mod impact;
mod package;
mod schemathesis;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate", options @ ..] => impact::Options::parse(options)
            .and_then(|options| generate::generate(&root(), &options)),
        ["ci"] => ci::ci(),
        ["package"] => package::packaging(&cargo()),
        ["examples"] => examples::examples(&cargo()),
        ["schemathesis"] => schemathesis::schemathesis(&cargo()),
        ["readme-example"] => examples::readme_example(&cargo()),
        ["bench", "--build-cost"] => bench::bench(true, &[]),
        ["bench", names @ ..] if names.iter().all(|n| !n.starts_with('-')) => {
            bench::bench(false, names)
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask generate [--check] [--format human|json] [--base REV] | cargo xtask ci | \
                     cargo xtask package | cargo xtask examples | cargo xtask schemathesis | \
                     cargo xtask readme-example | cargo xtask bench [--build-cost | NAME...]";

/// The cargo that runs this task (`CARGO`), or the one on the PATH.
pub(crate) fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// The workspace root (the parent of this crate).
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The workspace's target directory, as cargo resolves it (`CARGO_TARGET_DIR`,
/// `build.target-dir`, or `target/`).
pub(crate) fn target_dir(cargo: &str) -> Result<PathBuf, String> {
    target_directory(&metadata(cargo)?)
}

/// The target directory named by `cargo metadata` output.
pub(crate) fn target_directory(metadata: &serde_json::Value) -> Result<PathBuf, String> {
    metadata
        .get("target_directory")
        .and_then(serde_json::Value::as_str)
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata: no target_directory".to_owned())
}

/// `cargo metadata --no-deps` of the workspace.
pub(crate) fn metadata(cargo: &str) -> Result<serde_json::Value, String> {
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run {cargo} metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))
}
