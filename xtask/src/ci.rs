//! `cargo xtask ci`: every check CI runs, in order, and the workspace tests with one
//! closing total.

use crate::examples::{examples, readme_example};
use crate::generate::generate;
use crate::package::packaging;
use crate::schemathesis::schemathesis;
use crate::{cargo, root};

/// Runs one step of `ci`, echoing it first; fails with the step's name.
pub(crate) fn step(
    name: &str,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<(), String> {
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

pub(crate) fn ci() -> Result<(), String> {
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
    // The base a pull request is checked against (CI sets it); HEAD otherwise.
    let base = std::env::var("OCI_BACKUP_BASE_REF").unwrap_or_else(|_| "HEAD".to_owned());
    generate(
        &root(),
        &crate::impact::Options {
            base,
            ..crate::impact::Options::new(true)
        },
    )?;
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

/// Runs the workspace tests, echoing their output, and closes with one total line.
pub(crate) fn tests(cargo: &str) -> Result<(), String> {
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
pub(crate) fn count(counts: &str, word: &str) -> u64 {
    counts
        .split([';', '.'])
        .filter_map(|part| part.trim().split_once(' '))
        .find(|(_, w)| *w == word)
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

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
