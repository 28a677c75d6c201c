//! `cargo xtask schemathesis`: both specs fuzzed against the fake server.

use crate::ci::step;
use crate::{root, target_dir};

/// The Schemathesis files: pinned requirements, the venv script, the runners.
pub(crate) const SCHEMATHESIS: &str = ".ci/schemathesis";

/// Fuzzed cases per operation and mode (positive, negative), and the seed: every run
/// sends the same cases, and the step stays within a couple of minutes.
pub(crate) const SCHEMATHESIS_EXAMPLES: &str = "100";
pub(crate) const SCHEMATHESIS_SEED: &str = "1";

/// Schemathesis against the fake server, one run per spec, each against its own fake
/// (`oci-backup fake-server --port 0 --validate-responses`, its URL read from its first
/// line): the Core spec with requests signed by the `oci` SDK (a throwaway key the fake
/// trusts), the Analytics spec with a bearer token. Fails on any failed check, on a case
/// the fake did not answer, and on any response the fake found against the spec. First,
/// with the same venv, the official SDK's instance-principal signer runs against the fake
/// (`fake-server/tests/sdk_principals.rs`).
pub(crate) fn schemathesis(cargo: &str) -> Result<(), String> {
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

    // The official SDK's instance-principal signer against the fake, beside this
    // project's federation request (the test is skipped by `cargo test` without a venv).
    step(
        "schemathesis: the oci SDK's instance principals against the fake",
        cargo,
        // `--workspace`, as the test step: the same features, so nothing is rebuilt.
        &[
            "test",
            "--workspace",
            "--locked",
            "--test",
            "sdk_principals",
        ],
        &[
            ("OCI_BACKUP_SDK_PYTHON", &python),
            ("OCI_BACKUP_REQUIRE_SDK", "1"),
        ],
    )?;

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
            // Backups AVAILABLE after 1 s, so the Core runner can copy and restore one.
            .args(["fake-server", "--port", "0", "--validate-responses"])
            .args(["--backup-seconds", "1"])
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
pub(crate) fn stop(child: &mut std::process::Child) {
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
