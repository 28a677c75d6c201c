//! Project tasks, run as `cargo xtask <task>`.
//!
//! - `generate`: writes `generated/<name>/` for every `specs/<name>.yaml` (`Cargo.toml`,
//!   `README.md`, `src/lib.rs`, and a copy of the top-level `LICENSE`), and copies the
//!   spec to `fake-server/specs/<name>.yaml`: the fake serves the specs, and a published
//!   package can embed only files inside it. `specs/` stays the one source of truth.
//! - `generate --check`: writes nothing; fails with a unified diff when `generated/` or
//!   `fake-server/specs/` does not match what the specs produce.
//! - `bench [--build-cost]`: every benchmark, one table (see BENCHMARKS.md); with
//!   `--build-cost`, also a cold release build of the client in a scratch target
//!   directory (minutes).
//! - `ci`: everything CI checks, in order, stopping at the first failure: formatting,
//!   clippy (`-D warnings`), `generate --check`, the spec linter (its `npm ci` in `.ci/`
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

use std::fmt::Write as _;
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
        ["generate"] => generate(&root(), false),
        ["generate", "--check"] => generate(&root(), true),
        ["ci"] => ci(),
        ["package"] => packaging(&cargo()),
        ["examples"] => examples(&cargo()),
        ["schemathesis"] => schemathesis(&cargo()),
        ["readme-example"] => readme_example(&cargo()),
        ["bench"] => bench(false),
        ["bench", "--build-cost"] => bench(true),
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

const USAGE: &str = "usage: cargo xtask generate [--check] | cargo xtask ci | \
                     cargo xtask package | cargo xtask examples | cargo xtask schemathesis | \
                     cargo xtask readme-example | cargo xtask bench [--build-cost]";

/// The cargo that runs this task (`CARGO`), or the one on the PATH.
fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// One file the generator owns: where it goes, what it is made from (a spec, or the file
/// it copies) and what it must contain.
struct Planned {
    path: PathBuf,
    spec: String,
    contents: String,
}

/// Where the fake server keeps its copies of the specs (inside its package).
const FAKE_SPECS: &str = "fake-server/specs";

fn plan(root: &Path) -> Result<Vec<Planned>, String> {
    let license = std::fs::read_to_string(root.join("LICENSE"))
        .map_err(|e| format!("cannot read LICENSE: {e}"))?;
    let specs_dir = root.join("specs");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&specs_dir)
        .map_err(|e| format!("cannot read {}: {e}", specs_dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    specs.sort();
    let mut planned = Vec::new();
    for spec in specs {
        let name = spec
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: spec file name is not UTF-8", spec.display()))?
            .to_owned();
        let spec_path = format!("specs/{name}.yaml");
        let text =
            std::fs::read_to_string(&spec).map_err(|e| format!("cannot read {spec_path}: {e}"))?;
        let started = std::time::Instant::now();
        let output = codegen::generate(&codegen::Input {
            spec_path: &spec_path,
            spec_text: &text,
            crate_name: &name,
        })
        .map_err(|e| format!("generation failed: {e}"))?;
        eprintln!(
            "generated {spec_path} in {} ms",
            started.elapsed().as_millis()
        );
        let dir = root.join("generated").join(&name);
        planned.push(Planned {
            path: dir.join("Cargo.toml"),
            spec: spec_path.clone(),
            contents: output.cargo_toml,
        });
        planned.push(Planned {
            path: dir.join("README.md"),
            spec: spec_path.clone(),
            contents: output.readme,
        });
        planned.push(Planned {
            path: dir.join("LICENSE"),
            spec: "LICENSE".into(),
            contents: license.clone(),
        });
        planned.push(Planned {
            path: dir.join("src").join("lib.rs"),
            spec: spec_path.clone(),
            contents: output.lib_rs,
        });
        planned.push(Planned {
            path: root.join(FAKE_SPECS).join(format!("{name}.yaml")),
            spec: spec_path,
            contents: text,
        });
    }
    Ok(planned)
}

/// Generated crates, and the fake's copies of specs, whose spec is gone.
fn orphans(root: &Path, planned: &[Planned]) -> Vec<PathBuf> {
    let entries = |dir: &str| -> Vec<PathBuf> {
        std::fs::read_dir(root.join(dir))
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    };
    let crates = entries("generated")
        .into_iter()
        .filter(|dir| dir.is_dir() && !planned.iter().any(|p| p.path.starts_with(dir)));
    let copies = entries(FAKE_SPECS).into_iter().filter(|file| {
        file.extension().is_some_and(|ext| ext == "yaml")
            && !planned.iter().any(|p| p.path == *file)
    });
    let mut out: Vec<PathBuf> = crates.chain(copies).collect();
    out.sort();
    out
}

/// Writes (or, with `check`, compares) `generated/` under `root` from `root/specs`.
fn generate(root: &Path, check: bool) -> Result<(), String> {
    let planned = plan(root)?;
    let orphans = orphans(root, &planned);
    if check {
        let mut report = String::new();
        for file in &planned {
            let current = std::fs::read_to_string(&file.path).unwrap_or_default();
            if current != file.contents {
                let relative = file
                    .path
                    .strip_prefix(root)
                    .unwrap_or(&file.path)
                    .display()
                    .to_string();
                let _ = writeln!(
                    report,
                    "{relative} is out of date relative to {}:",
                    file.spec
                );
                let diff = similar::TextDiff::from_lines(&current, &file.contents);
                let _ = write!(
                    report,
                    "{}",
                    diff.unified_diff()
                        .context_radius(3)
                        .header(&format!("a/{relative}"), &format!("b/{relative}"))
                );
            }
        }
        for dir in &orphans {
            let _ = writeln!(report, "{} has no spec in specs/: remove it", dir.display());
        }
        if report.is_empty() {
            eprintln!("generated code is up to date ({} files)", planned.len());
            return Ok(());
        }
        report.push_str(
            "\ngenerated code is out of date: run `cargo xtask generate` and commit the result\n",
        );
        return Err(report);
    }
    for file in &planned {
        if let Some(parent) = file.path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        if std::fs::read_to_string(&file.path).ok().as_deref() != Some(file.contents.as_str()) {
            std::fs::write(&file.path, &file.contents)
                .map_err(|e| format!("cannot write {}: {e}", file.path.display()))?;
            eprintln!(
                "wrote {}",
                file.path.strip_prefix(root).unwrap_or(&file.path).display()
            );
        }
    }
    for path in orphans {
        if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        }
        .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        eprintln!("removed {} (its spec is gone)", path.display());
    }
    Ok(())
}

/// Runs one step of `ci`, echoing it first; fails with the step's name.
fn step(name: &str, program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    eprintln!("\n==> {name}: {program} {}", args.join(" "));
    let started = std::time::Instant::now();
    let status = std::process::Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .status()
        .map_err(|e| format!("{name}: cannot run {program}: {e}"))?;
    if !status.success() {
        return Err(format!("{name} failed ({status})"));
    }
    eprintln!("==> {name}: ok in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

fn ci() -> Result<(), String> {
    let cargo = cargo();
    step("format", &cargo, &["fmt", "--all", "--check"], &[])?;
    step(
        "clippy",
        &cargo,
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )?;
    eprintln!("\n==> generated code matches the specs: cargo xtask generate --check");
    generate(&root(), true)?;
    step("spec lint", "bash", &[".ci/lint-specs"], &[])?;
    step(
        "rustdoc",
        &cargo,
        &["doc", "--workspace", "--no-deps", "--locked"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )?;
    tests(&cargo)?;
    schemathesis(&cargo)?;
    examples(&cargo)?;
    readme_example(&cargo)?;
    packaging(&cargo)
}

/// The Schemathesis files: pinned requirements, the venv script, the runners.
const SCHEMATHESIS: &str = ".ci/schemathesis";

/// Fuzzed cases per operation and mode (positive, negative), and the seed: every run
/// sends the same cases, and the step stays within a couple of minutes.
const SCHEMATHESIS_EXAMPLES: &str = "100";
const SCHEMATHESIS_SEED: &str = "1";

/// Schemathesis against the fake server, one run per spec, each against its own fake
/// (`oci-backup fake-server --port 0 --validate-responses`, its URL read from its first
/// line): the Core spec with requests signed by the `oci` SDK (a throwaway key the fake
/// trusts), the Analytics spec with a bearer token. Fails on any failed check, on a case
/// the fake did not answer, and on any response the fake found against the spec.
fn schemathesis(cargo: &str) -> Result<(), String> {
    use std::io::{BufRead as _, BufReader};
    use std::process::{Command, Stdio};

    let started = std::time::Instant::now();
    let root = root();
    let dir = root.join(SCHEMATHESIS);
    // The binary `cargo test` built: this build is a no-op after the tests.
    step(
        "schemathesis: the oci-backup binary",
        cargo,
        &["build", "-p", "oci-backup-cli", "--locked"],
        &[],
    )?;
    let target = target_dir(cargo)?;
    let binary = target
        .join("debug")
        .join(format!("oci-backup{}", std::env::consts::EXE_SUFFIX));
    let work = target.join("schemathesis");

    eprintln!("\n==> schemathesis: the venv ({SCHEMATHESIS}/requirements.txt)");
    let venv_started = std::time::Instant::now();
    let output = Command::new("bash")
        .arg(dir.join("setup-venv"))
        .arg(work.join("venv"))
        .current_dir(&root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("schemathesis: cannot run setup-venv: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "schemathesis: setup-venv failed ({})",
            output.status
        ));
    }
    let python = String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .map(str::to_owned)
        .ok_or("schemathesis: setup-venv printed no python")?;
    eprintln!(
        "==> schemathesis: venv ready in {:.1} s",
        venv_started.elapsed().as_secs_f64()
    );

    let scratch = work.join("run");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let python_step = |name: &str, script: &str, args: &[String]| {
        let status = Command::new(&python)
            .arg(dir.join(script))
            .args(args)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("HYPOTHESIS_STORAGE_DIRECTORY", scratch.join("hypothesis"))
            .current_dir(&root)
            .status()
            .map_err(|e| format!("schemathesis: cannot run {python}: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("schemathesis: {name} failed ({status})"))
        }
    };
    // A throwaway key the fake trusts, and a token it accepts: nothing secret is kept.
    let key = scratch.join("key.pem");
    let public_key = scratch.join("key_public.pem");
    python_step(
        "key generation",
        "keygen.py",
        &[key.display().to_string(), public_key.display().to_string()],
    )?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let token = format!("schemathesis-{nanos:x}");

    let runs = [
        (
            "Core",
            "specs/core-boot-volume-backups.yaml",
            "st_core.py",
            ["--key".to_owned(), key.display().to_string()],
        ),
        (
            "Analytics",
            "specs/oac-snapshots.yaml",
            "st_oac.py",
            ["--token".to_owned(), token.clone()],
        ),
    ];
    let mut totals = [0u64; 4];
    let mut failed = Vec::new();
    for (name, spec, script, credentials) in runs {
        eprintln!("\n==> schemathesis: {spec} ({name})");
        let log_path = scratch.join(format!("{name}-fake.log"));
        let log = std::fs::File::create(&log_path)
            .map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
        let mut fake = Command::new(&binary)
            .args(["fake-server", "--port", "0", "--validate-responses"])
            .arg("--public-key")
            .arg(&public_key)
            .args(["--bearer-token", &token, "--work-request-seconds", "1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .map_err(|e| format!("schemathesis: cannot run {}: {e}", binary.display()))?;
        let mut line = String::new();
        if let Some(stdout) = fake.stdout.take() {
            let _ = BufReader::new(stdout).read_line(&mut line);
        }
        let url = line.trim().to_owned();
        let outcome = if url.starts_with("http://") {
            let summary = scratch.join(format!("{name}.json"));
            let mut args = credentials.to_vec();
            args.extend(
                [
                    "--spec",
                    &root.join(spec).display().to_string(),
                    "--base-url",
                    &url,
                    "--max-examples",
                    SCHEMATHESIS_EXAMPLES,
                    "--seed",
                    SCHEMATHESIS_SEED,
                    "--summary",
                    &summary.display().to_string(),
                ]
                .map(str::to_owned),
            );
            let outcome = python_step(name, script, &args);
            if let Ok(text) = std::fs::read_to_string(&summary)
                && let Ok(json) = serde_json::from_str::<serde_json::Value>(&text)
            {
                for (total, key) in totals
                    .iter_mut()
                    .zip(["cases", "requests", "checks", "failures"])
                {
                    *total += json[key].as_u64().unwrap_or(0);
                }
            }
            outcome
        } else {
            Err(format!(
                "schemathesis: the fake server printed {line:?}, not its URL"
            ))
        };
        stop(&mut fake);
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        let violations = log
            .lines()
            .find_map(|l| {
                l.strip_prefix("fake server: ")?
                    .strip_suffix(" responses violated the specs")
            })
            .map(str::to_owned);
        let violations = match violations.as_deref() {
            Some("0") => Ok(()),
            Some(n) => {
                for line in log.lines().filter(|l| l.contains("spec violation:")) {
                    eprintln!("{line}");
                }
                Err(format!(
                    "schemathesis: the fake's answers violated the spec {n} times"
                ))
            }
            None => Err(format!(
                "schemathesis: the fake server did not report its spec violations (log: {})",
                log_path.display()
            )),
        };
        failed.extend(outcome.err());
        failed.extend(violations.err());
    }
    let [cases, requests, checks, failures] = totals;
    eprintln!(
        "\n==> schemathesis: {cases} cases, {requests} requests, {checks} checks, {failures} \
         failures in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed.join("\n"))
    }
}

/// Stops a fake server as Ctrl-C would (so it reports what it found), or kills it.
fn stop(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let stopped = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while stopped && std::time::Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Where the client's examples live.
const EXAMPLES: &str = "client/examples";

/// The examples cargo finds in `dir`: each `NAME.rs`, and each `NAME/main.rs`, sorted.
fn example_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter_map(|path| {
            let is_example = if path.is_dir() {
                path.join("main.rs").is_file()
            } else {
                path.extension().is_some_and(|ext| ext == "rs")
            };
            let name = if path.is_dir() {
                path.file_name()
            } else {
                path.file_stem()
            };
            name.and_then(|n| n.to_str())
                .filter(|_| is_example)
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    Ok(names)
}

/// Runs every example of the client, each as a user would (`cargo run --example`),
/// against the embedded fake; the first failure fails the step.
fn examples(cargo: &str) -> Result<(), String> {
    let started = std::time::Instant::now();
    let names = example_names(&root().join(EXAMPLES))?;
    if names.is_empty() {
        return Err(format!("examples: none found in {EXAMPLES}"));
    }
    for name in &names {
        step(
            &format!("example {name}"),
            cargo,
            &["run", "-p", "oci-backup", "--example", name, "--locked"],
            &[],
        )?;
    }
    eprintln!(
        "==> examples: {} ran in {:.1} s in all",
        names.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The README section whose example is checked as a fresh crate.
const README_SECTION: &str = "Using the client library";

/// A fenced code block of a Markdown text: its info string and its contents.
#[derive(Debug, PartialEq, Eq)]
struct Fenced {
    info: String,
    text: String,
}

/// From a README: the `toml` block with `[dependencies]` and the first `rust` block of the
/// section headed [`README_SECTION`], the toml block being the last one before the rust
/// block. The section ends at the next heading of its level or above (headings inside
/// code blocks do not count).
fn readme_blocks(readme: &str) -> Result<(String, String), String> {
    // The heading level of the section once inside it; the blocks seen inside it; the
    // fence and block being read (blocks outside the section are read too, so that a
    // `#` line inside one is not taken for a heading).
    let mut level = None;
    let mut blocks: Vec<Fenced> = Vec::new();
    let mut open: Option<(String, Fenced)> = None;
    for line in readme.lines() {
        let trimmed = line.trim();
        if let Some((fence, block)) = &mut open {
            let closes =
                trimmed.len() >= fence.len() && trimmed.chars().all(|c| fence.starts_with(c));
            if !closes {
                block.text.push_str(line);
                block.text.push('\n');
            } else if let Some((_, block)) = open.take()
                && level.is_some()
            {
                blocks.push(block);
            }
            continue;
        }
        let fence: String = trimmed
            .chars()
            .take_while(|&c| c == '`' || c == '~')
            .collect();
        if fence.len() >= 3 && fence.chars().all(|c| fence.starts_with(c)) {
            let info = trimmed[fence.len()..].trim().to_owned();
            let text = String::new();
            open = Some((fence, Fenced { info, text }));
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if hashes > 0 && line[hashes..].starts_with(' ') {
            match level {
                Some(section) if hashes <= section => break,
                None if line[hashes..].trim() == README_SECTION => level = Some(hashes),
                _ => {}
            }
        }
    }
    if level.is_none() {
        return Err(format!("README.md has no section \"{README_SECTION}\""));
    }
    let language = |block: &Fenced| {
        block
            .info
            .split([',', ' '])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let rust = blocks
        .iter()
        .position(|b| language(b) == "rust")
        .ok_or_else(|| format!("README.md, \"{README_SECTION}\": no ```rust block"))?;
    let toml = blocks[..rust]
        .iter()
        .rev()
        .find(|b| language(b) == "toml" && b.text.lines().any(|l| l.trim() == "[dependencies]"))
        .ok_or_else(|| {
            format!(
                "README.md, \"{README_SECTION}\": no ```toml block with [dependencies] before \
                 the first ```rust block"
            )
        })?;
    Ok((toml.text.clone(), blocks[rust].text.clone()))
}

/// `toml` with the value of every `path = "..."` that is relative made absolute, relative
/// to `base`.
fn absolute_paths(toml: &str, base: &Path) -> String {
    let mut out = String::with_capacity(toml.len());
    let mut rest = toml;
    while let Some(at) = rest.find("path") {
        let before = rest[..at].chars().next_back();
        let after = rest[at + 4..].trim_start();
        let is_key = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
        let value = after
            .strip_prefix('=')
            .map(str::trim_start)
            .and_then(|v| v.strip_prefix('"'))
            .and_then(|v| v.find('"').map(|end| (&v[..end], &v[end + 1..])));
        match value {
            Some((path, tail)) if is_key && !Path::new(path).is_absolute() => {
                let absolute = base.join(path).display().to_string();
                out.push_str(&rest[..at]);
                out.push_str("path = \"");
                out.push_str(&absolute.replace('\\', "\\\\").replace('"', "\\\""));
                out.push('"');
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..at + 4]);
                rest = &rest[at + 4..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `[profile.*]` tables of the workspace manifest, verbatim: the fresh crate builds
/// with the same settings so that it reuses the workspace's compiled dependencies (with
/// another debug level every dependency would be built again, about a minute here).
fn profile_tables(manifest: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            inside = line.starts_with("[profile.");
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The README example as a newcomer would use it: a new crate outside the workspace, with
/// the README's `[dependencies]` (paths made absolute) and its example as `src/main.rs`,
/// built and run with `cargo run`. It shares the workspace's target directory and
/// `Cargo.lock`, so the versions are the tested ones and nothing is downloaded.
fn readme_example(cargo: &str) -> Result<(), String> {
    let started = std::time::Instant::now();
    let root = root();
    let readme = std::fs::read_to_string(root.join("README.md"))
        .map_err(|e| format!("readme-example: cannot read README.md: {e}"))?;
    let (dependencies, main_rs) =
        readme_blocks(&readme).map_err(|e| format!("readme-example: {e}"))?;
    let workspace_manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| format!("readme-example: cannot read Cargo.toml: {e}"))?;
    let target = target_dir(cargo)?;
    let dir = target.join("readme-example");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src"))
        .map_err(|e| format!("readme-example: cannot create {}: {e}", dir.display()))?;
    let manifest = format!(
        "# Written by `cargo xtask readme-example` from README.md (\"{README_SECTION}\").\n\
         [package]\nname = \"readme-example\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n# Not a member of the oci-backup workspace.\n[workspace]\n\n{}\n{}",
        absolute_paths(&dependencies, &root),
        profile_tables(&workspace_manifest)
    );
    let write = |path: PathBuf, contents: &str| {
        std::fs::write(&path, contents)
            .map_err(|e| format!("readme-example: cannot write {}: {e}", path.display()))
    };
    write(dir.join("Cargo.toml"), &manifest)?;
    write(dir.join("src/main.rs"), &main_rs)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("readme-example: cannot copy Cargo.lock: {e}"))?;
    eprintln!(
        "\n==> readme-example: {} (Cargo.toml, src/main.rs from README.md)",
        dir.display()
    );
    let status = std::process::Command::new(cargo)
        .args(["run", "--quiet"])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&dir)
        .status()
        .map_err(|e| format!("readme-example: cannot run {cargo}: {e}"))?;
    if !status.success() {
        return Err(format!(
            "readme-example failed ({status}): the README's example does not build or run as a \
             fresh crate; see {}",
            dir.display()
        ));
    }
    eprintln!(
        "==> readme-example: ok in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The workspace's target directory, as cargo resolves it (`CARGO_TARGET_DIR`,
/// `build.target-dir`, or `target/`).
fn target_dir(cargo: &str) -> Result<PathBuf, String> {
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
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    metadata
        .get("target_directory")
        .and_then(serde_json::Value::as_str)
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata: no target_directory".to_owned())
}

/// The workspace's dev profile (`[profile.dev]` in Cargo.toml), for the builds that verify
/// packages: a package's manifest carries no profile, and without these its dependencies
/// would be built again with full debug info instead of reusing the test build's
/// (about a minute here, mostly aws-lc-sys). Keep in step with Cargo.toml.
const PACKAGE_PROFILE: [&str; 4] = [
    "--config",
    "profile.dev.debug=\"line-tables-only\"",
    "--config",
    "profile.dev.package.\"*\".debug=false",
];

/// Packaging: every crate meant for crates.io (no `publish = false`) has the metadata
/// crates.io shows and a package holding its README.md and LICENSE, and builds from its
/// package alone. `cargo publish --dry-run --workspace` packages them all and verifies
/// each against the others just packaged, so crates not yet on crates.io are no obstacle
/// (it needs the crates.io index for everything else).
fn packaging(cargo: &str) -> Result<(), String> {
    eprintln!("\n==> packaging: metadata and files of every publishable crate");
    let started = std::time::Instant::now();
    let output = std::process::Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()
        .map_err(|e| format!("packaging: cannot run {cargo} metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "packaging: cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("packaging: cargo metadata: {e}"))?;
    let (names, mut problems) = publishable(&metadata);
    for name in &names {
        let output = std::process::Command::new(cargo)
            .args(["package", "--list", "--locked", "-p", name])
            .current_dir(root())
            .output()
            .map_err(|e| format!("packaging: cannot run {cargo} package: {e}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            problems.push(format!(
                "{name}: cargo package --list failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
            continue;
        }
        for required in ["LICENSE", "README.md"] {
            if !stdout.lines().any(|line| line == required) {
                problems.push(format!("{name}: the package has no {required}"));
            }
        }
    }
    if names.is_empty() {
        problems.push("no crate is publishable: is `cargo metadata` output as expected?".into());
    }
    if !problems.is_empty() {
        return Err(format!("packaging failed:\n  {}", problems.join("\n  ")));
    }
    eprintln!(
        "==> packaging: {} crates: {}",
        names.len(),
        names.join(", ")
    );
    forget_unpacked_packages(&names);
    // `--allow-dirty`: CI checks out a clean tree; locally, check the files as they are.
    let mut args = vec![
        "publish",
        "--dry-run",
        "--workspace",
        "--locked",
        "--allow-dirty",
    ];
    args.extend(PACKAGE_PROFILE);
    step("packaging", cargo, &args, &[])?;
    eprintln!(
        "==> packaging: ok in {:.1} s in all",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Removes what an earlier `cargo publish --dry-run` unpacked of our own packages.
///
/// The dry run verifies each crate against the others through a temporary local
/// registry, which cargo unpacks under `$CARGO_HOME/registry/src/<registry>/NAME-VERSION`.
/// Registry sources are taken to be immutable, so a later run with the same versions
/// would build the earlier, stale sources. Only local registries are touched (their
/// folders are not named after an index host like `index.crates.io-...`).
fn forget_unpacked_packages(names: &[String]) {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")));
    let Some(sources) = home.map(|h| h.join("registry/src")) else {
        return;
    };
    let Ok(registries) = std::fs::read_dir(&sources) else {
        return;
    };
    for registry in registries.flatten() {
        if !registry.file_name().to_string_lossy().starts_with('-') {
            continue;
        }
        let Ok(packages) = std::fs::read_dir(registry.path()) else {
            continue;
        };
        for package in packages.flatten() {
            let file_name = package.file_name();
            let file_name = file_name.to_string_lossy();
            let ours = names.iter().any(|name| {
                file_name
                    .strip_prefix(name.as_str())
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|version| version.starts_with(|c: char| c.is_ascii_digit()))
            });
            if ours {
                let _ = std::fs::remove_dir_all(package.path());
            }
        }
    }
}

/// From `cargo metadata --no-deps`: the crates meant for crates.io, and what each lacks of
/// the metadata crates.io shows (description, license, repository, readme, 1 to 5
/// keywords, categories).
fn publishable(metadata: &serde_json::Value) -> (Vec<String>, Vec<String>) {
    let mut names = Vec::new();
    let mut problems = Vec::new();
    let packages = metadata
        .get("packages")
        .and_then(serde_json::Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for package in packages {
        let field = |key: &str| package.get(key).unwrap_or(&serde_json::Value::Null);
        // `publish = false` is `[]`; absent is `null` (any registry).
        if field("publish").as_array().is_some_and(Vec::is_empty) {
            continue;
        }
        let name = field("name").as_str().unwrap_or("?").to_owned();
        for key in ["description", "license", "repository", "readme"] {
            if field(key).as_str().is_none_or(str::is_empty) {
                problems.push(format!("{name}: no `{key}` in Cargo.toml"));
            }
        }
        let count = |key: &str| field(key).as_array().map_or(0, Vec::len);
        if !(1..=5).contains(&count("keywords")) {
            problems.push(format!("{name}: `keywords` must name 1 to 5 keywords"));
        }
        if count("categories") == 0 {
            problems.push(format!("{name}: no `categories` in Cargo.toml"));
        }
        names.push(name);
    }
    (names, problems)
}

/// Runs the workspace tests, echoing their output, and closes with one total line.
fn tests(cargo: &str) -> Result<(), String> {
    use std::io::{BufRead, BufReader};

    eprintln!(
        "\n==> tests: OCI_BACKUP_REQUIRE_PRISM=1 {cargo} test --workspace --locked --no-fail-fast"
    );
    // The spec lint step's `npm ci` in .ci/ installed Prism: the request-conformance test
    // (fake-server/tests/conformance.rs) must use it rather than skip its Prism judge.
    let mut child = std::process::Command::new(cargo)
        .args(["test", "--workspace", "--locked", "--no-fail-fast"])
        .env("OCI_BACKUP_REQUIRE_PRISM", "1")
        .current_dir(root())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("tests: cannot run {cargo}: {e}"))?;
    let mut totals = [0u64; 3];
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(counts) = line.strip_prefix("test result: ") {
                for (total, word) in totals.iter_mut().zip(["passed", "failed", "ignored"]) {
                    *total += count(counts, word);
                }
            }
        }
    }
    let status = child.wait().map_err(|e| format!("tests: {e}"))?;
    let [passed, failed, ignored] = totals;
    println!("tests: {passed} passed, {failed} failed, {ignored} skipped");
    if status.success() && failed == 0 && passed > 0 {
        Ok(())
    } else {
        Err(format!("tests failed ({status})"))
    }
}

/// The number before `word` in a `test result:` line (`ok. 4 passed; 0 failed; ...`).
fn count(counts: &str, word: &str) -> u64 {
    counts
        .split([';', '.'])
        .filter_map(|part| part.trim().split_once(' '))
        .find(|(_, w)| *w == word)
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0)
}

/// One row of the benchmark table.
struct BenchRow {
    name: String,
    value: String,
    target: String,
    verdict: String,
}

fn bench(build_cost: bool) -> Result<(), String> {
    let cargo = cargo();
    let mut rows = Vec::new();
    eprintln!("==> running the benchmarks (release build; about two minutes)");
    let output = std::process::Command::new(&cargo)
        .args(["run", "--release", "--quiet", "-p", "oci-backup-bench"])
        .current_dir(root())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the benchmarks: {e}"))?;
    if !output.status.success() {
        return Err(format!("the benchmarks failed ({})", output.status));
    }
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if let ["row", name, value, target, verdict] = fields.as_slice() {
            rows.push(BenchRow {
                name: (*name).to_owned(),
                value: (*value).to_owned(),
                target: (*target).to_owned(),
                verdict: (*verdict).to_owned(),
            });
        }
    }
    let root = root();
    for spec in ["oac-snapshots", "core-boot-volume-backups"] {
        let spec_path = format!("specs/{spec}.yaml");
        let text = std::fs::read_to_string(root.join(&spec_path))
            .map_err(|e| format!("{spec_path}: {e}"))?;
        let input = codegen::Input {
            spec_path: &spec_path,
            spec_text: &text,
            crate_name: spec,
        };
        let runs = 20;
        let started = std::time::Instant::now();
        for _ in 0..runs {
            codegen::generate(&input).map_err(|e| e.to_string())?;
        }
        rows.push(BenchRow {
            name: format!("generation: {spec_path}"),
            value: format!(
                "{:.1} ms",
                started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
            ),
            target: "-".into(),
            verdict: "-".into(),
        });
    }
    if build_cost {
        rows.extend(cold_build(&cargo)?);
    }
    let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(10);
    println!(
        "\n{:<width$}  {:<40}  {:<14}  verdict",
        "benchmark", "value", "target"
    );
    for row in rows {
        println!(
            "{:<width$}  {:<40}  {:<14}  {}",
            row.name, row.value, row.target, row.verdict
        );
    }
    Ok(())
}

/// A cold `cargo build --release -p oci-backup` in a scratch target directory: its wall
/// time, how many crates it compiled, and (from `--timings`) where the time went.
fn cold_build(cargo: &str) -> Result<Vec<BenchRow>, String> {
    let target = std::env::temp_dir().join(format!("oci-backup-cold-build-{}", std::process::id()));
    eprintln!(
        "==> cold release build of oci-backup in {} (minutes)",
        target.display()
    );
    let started = std::time::Instant::now();
    let output = std::process::Command::new(cargo)
        .args([
            "build",
            "--release",
            "-p",
            "oci-backup",
            "--locked",
            "--timings",
        ])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run cargo build: {e}"))?;
    let elapsed = started.elapsed();
    let timings = std::fs::read_to_string(target.join("cargo-timings/cargo-timing.html"))
        .ok()
        .and_then(|html| slowest_units(&html));
    let _ = std::fs::remove_dir_all(&target);
    if !output.status.success() {
        return Err(format!(
            "the cold build failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let compiled = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count();
    let mut rows = vec![BenchRow {
        name: "build: cold cargo build --release -p oci-backup".into(),
        value: format!("{:.0} s, {compiled} crates", elapsed.as_secs_f64()),
        target: "-".into(),
        verdict: "-".into(),
    }];
    if let Some((total, slowest)) = timings {
        rows.push(BenchRow {
            name: format!("build: slowest of {total:.0} s of compile time"),
            value: slowest
                .iter()
                .map(|(name, seconds)| format!("{name} {seconds:.0} s"))
                .collect::<Vec<_>>()
                .join(", "),
            target: "-".into(),
            verdict: "-".into(),
        });
    }
    Ok(rows)
}

/// From a `cargo --timings` report: the total compile time of all units and the five
/// crates that took longest (build scripts included), in seconds. `None` if the report
/// no longer has the `UNIT_DATA` array this reads.
fn slowest_units(html: &str) -> Option<(f64, Vec<(String, f64)>)> {
    let start = html.find("const UNIT_DATA = ")? + "const UNIT_DATA = ".len();
    let units = serde_json::Deserializer::from_str(&html[start..])
        .into_iter::<serde_json::Value>()
        .next()?
        .ok()?;
    let mut by_crate: Vec<(String, f64)> = Vec::new();
    for unit in units.as_array()? {
        let name = unit.get("name")?.as_str()?;
        let seconds = unit.get("duration")?.as_f64()?;
        match by_crate.iter_mut().find(|(n, _)| n == name) {
            Some((_, total)) => *total += seconds,
            None => by_crate.push((name.to_owned(), seconds)),
        }
    }
    let total = by_crate.iter().map(|(_, s)| s).sum();
    by_crate.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    by_crate.truncate(5);
    Some((total, by_crate))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slowest_units_are_summed_by_crate_from_a_timings_report() {
        let html = r#"<script>
const UNIT_DATA = [{"name":"b","duration":2.5},{"name":"a","duration":1.0},
{"name":"b","duration":0.5},{"name":"c","duration":4.0}];
const CONCURRENCY_DATA = [];</script>"#;
        let (total, slowest) = slowest_units(html).unwrap();
        assert_eq!(total, 8.0);
        assert_eq!(
            slowest,
            [
                ("c".to_owned(), 4.0),
                ("b".to_owned(), 3.0),
                ("a".to_owned(), 1.0)
            ]
        );
        assert_eq!(slowest_units("<html>no report</html>"), None);
    }

    /// A scratch project holding a copy of one real spec.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("specs")).unwrap();
        let spec = root().join("specs/oac-snapshots.yaml");
        std::fs::copy(spec, dir.join("specs/oac-snapshots.yaml")).unwrap();
        std::fs::copy(root().join("LICENSE"), dir.join("LICENSE")).unwrap();
        dir
    }

    #[test]
    fn check_passes_after_generate_and_fails_with_a_diff_when_stale() {
        let dir = scratch("stale");
        assert!(generate(&dir, true).is_err(), "nothing generated yet");
        generate(&dir, false).unwrap();
        generate(&dir, true).unwrap();

        let lib = dir.join("generated/oac-snapshots/src/lib.rs");
        let edited =
            std::fs::read_to_string(&lib)
                .unwrap()
                .replacen("pub struct Bar", "pub struct Baz", 1);
        std::fs::write(&lib, edited).unwrap();
        let report = generate(&dir, true).unwrap_err();
        assert!(
            report.contains("generated/oac-snapshots/src/lib.rs is out of date relative to specs/oac-snapshots.yaml"),
            "{report}"
        );
        assert!(
            report.contains("-    pub struct Baz") && report.contains("+    pub struct Bar"),
            "{report}"
        );
        assert!(
            report.ends_with("run `cargo xtask generate` and commit the result\n"),
            "{report}"
        );

        std::fs::create_dir_all(dir.join("generated/gone/src")).unwrap();
        let report = generate(&dir, true).unwrap_err();
        assert!(report.contains("gone has no spec in specs/"), "{report}");
        generate(&dir, false).unwrap();
        assert!(!dir.join("generated/gone").exists());
        generate(&dir, true).unwrap();

        // The fake's copy of a spec: drift fails the check, generate refreshes it, and a
        // copy whose spec is gone is removed.
        let copy = dir.join("fake-server/specs/oac-snapshots.yaml");
        assert_eq!(
            std::fs::read_to_string(&copy).unwrap(),
            std::fs::read_to_string(dir.join("specs/oac-snapshots.yaml")).unwrap()
        );
        std::fs::write(&copy, "openapi: 3.0.3\n").unwrap();
        std::fs::write(dir.join("fake-server/specs/gone.yaml"), "").unwrap();
        let report = generate(&dir, true).unwrap_err();
        assert!(
            report.contains(
                "fake-server/specs/oac-snapshots.yaml is out of date relative to specs/oac-snapshots.yaml"
            ),
            "{report}"
        );
        assert!(
            report.contains("gone.yaml has no spec in specs/"),
            "{report}"
        );
        generate(&dir, false).unwrap();
        assert!(!dir.join("fake-server/specs/gone.yaml").exists());
        generate(&dir, true).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_spec_that_cannot_be_generated_fails_naming_it() {
        let dir = scratch("broken");
        std::fs::write(dir.join("specs/broken.yaml"), "openapi: [").unwrap();
        let error = generate(&dir, false).unwrap_err();
        assert!(
            error.starts_with("generation failed: specs/broken.yaml: not valid YAML"),
            "{error}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn publishable_crates_are_those_without_publish_false_and_need_their_metadata() {
        let metadata = serde_json::json!({"packages": [
            {"name": "tool", "publish": []},
            {"name": "good", "publish": null, "description": "d", "license": "Apache-2.0",
             "repository": "https://example.com/r", "readme": "README.md",
             "keywords": ["a"], "categories": ["api-bindings"]},
            {"name": "bare", "publish": null, "description": "", "keywords": ["a", "b", "c", "d", "e", "f"],
             "categories": []}
        ]});
        let (names, problems) = publishable(&metadata);
        assert_eq!(names, ["good", "bare"]);
        assert_eq!(
            problems,
            [
                "bare: no `description` in Cargo.toml",
                "bare: no `license` in Cargo.toml",
                "bare: no `repository` in Cargo.toml",
                "bare: no `readme` in Cargo.toml",
                "bare: `keywords` must name 1 to 5 keywords",
                "bare: no `categories` in Cargo.toml",
            ]
        );
    }

    /// A README in the shape of ours: an earlier section with blocks of its own, then the
    /// section with prose, the `toml` block, the example, a second `rust` block, and a
    /// subsection, then the next section.
    const README: &str = r#"# project

## Commands

```toml
[dependencies]
wrong = "1"
```

```rust
fn wrong() {}
```

## Using the client library

Some prose.

```toml
[dependencies]
oci-backup = { path = "client" }   # the library
# a comment line, not a heading
tokio = "1"
```

```rust
# fn hidden() {}
fn main() {
    println!("hello");
}
```

```rust
fn second() {}
```

### A subsection

## The next section

```rust
fn later() {}
```
"#;

    #[test]
    fn the_readme_example_is_the_first_rust_block_of_its_section_with_the_toml_before_it() {
        let (toml, rust) = readme_blocks(README).unwrap();
        assert_eq!(
            toml,
            "[dependencies]\noci-backup = { path = \"client\" }   # the library\n\
             # a comment line, not a heading\ntokio = \"1\"\n"
        );
        assert_eq!(
            rust,
            "# fn hidden() {}\nfn main() {\n    println!(\"hello\");\n}\n"
        );
    }

    #[test]
    fn a_readme_without_the_section_or_its_blocks_fails_naming_what_is_missing() {
        let error =
            readme_blocks("# project\n\n## Other\n\n```rust\nfn main() {}\n```\n").unwrap_err();
        assert_eq!(
            error,
            "README.md has no section \"Using the client library\""
        );

        let no_rust = "## Using the client library\n\n```toml\n[dependencies]\n```\n\n## Next\n\n```rust\nfn main() {}\n```\n";
        let error = readme_blocks(no_rust).unwrap_err();
        assert!(error.ends_with("no ```rust block"), "{error}");

        let toml_after = "## Using the client library\n\n```rust\nfn main() {}\n```\n\n```toml\n[dependencies]\n```\n";
        let error = readme_blocks(toml_after).unwrap_err();
        assert!(
            error.contains("no ```toml block with [dependencies]"),
            "{error}"
        );
    }

    #[test]
    fn relative_dependency_paths_become_absolute_and_nothing_else_changes() {
        let toml = "[dependencies]\n\
                    oci-backup = { path = \"client\" }             # the library\n\
                    fake = { version = \"0.1\", path=\"fake-server\" }\n\
                    pinned = { path = \"/elsewhere/pinned\" }\n\
                    classpath = \"x\"\n\
                    tokio = { version = \"1\", features = [\"macros\"] }\n";
        assert_eq!(
            absolute_paths(toml, Path::new("/repo")),
            "[dependencies]\n\
             oci-backup = { path = \"/repo/client\" }             # the library\n\
             fake = { version = \"0.1\", path = \"/repo/fake-server\" }\n\
             pinned = { path = \"/elsewhere/pinned\" }\n\
             classpath = \"x\"\n\
             tokio = { version = \"1\", features = [\"macros\"] }\n"
        );
    }

    #[test]
    fn the_profile_tables_are_copied_from_the_workspace_manifest() {
        let manifest = "[workspace]\nmembers = []\n\n[profile.dev]\ndebug = 0\n\n\
                        [profile.dev.package.\"*\"]\ndebug = false\n\n[workspace.lints.rust]\nx = 1\n";
        assert_eq!(
            profile_tables(manifest),
            "[profile.dev]\ndebug = 0\n\n[profile.dev.package.\"*\"]\ndebug = false\n\n"
        );
    }

    #[test]
    fn examples_are_the_rust_files_and_the_folders_with_a_main() {
        let dir = std::env::temp_dir().join(format!("xtask-examples-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("big")).unwrap();
        std::fs::create_dir_all(dir.join("assets")).unwrap();
        std::fs::write(dir.join("zeta.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("alpha.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("big/main.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("notes.md"), "").unwrap();
        assert_eq!(example_names(&dir).unwrap(), ["alpha", "big", "zeta"]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(example_names(&root().join(EXAMPLES)).unwrap().len() >= 3);
    }

    #[test]
    fn counts_are_read_from_test_result_lines() {
        let line =
            "ok. 4 passed; 1 failed; 6 ignored; 0 measured; 0 filtered out; finished in 0.00s";
        assert_eq!(
            [
                count(line, "passed"),
                count(line, "failed"),
                count(line, "ignored")
            ],
            [4, 1, 6]
        );
    }
}
