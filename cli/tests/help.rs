//! `--help` of every command level, checked against golden files in `tests/golden/`.
//!
//! The help is rendered at a fixed width (COLUMNS=100, no terminal), so it does not
//! depend on the terminal running the tests. After an intended change, refresh the
//! files with `GOLDEN_OVERWRITE=1 cargo test -p oci-backup-cli --test help` and review
//! their diff.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::path::Path;

/// Every command level, as the words after `oci-backup`.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["bv"],
    &["bv", "boot-volume-backup"],
    &["bv", "boot-volume-backup", "create"],
    &["bv", "boot-volume-backup", "get"],
    &["bv", "boot-volume-backup", "list"],
    &["bv", "boot-volume-backup", "update"],
    &["bv", "boot-volume-backup", "delete"],
    &["bv", "boot-volume-backup", "change-compartment"],
    &["bv", "boot-volume-backup", "copy"],
    &["bv", "boot-volume"],
    &["bv", "boot-volume", "create"],
    &["bv", "boot-volume", "get"],
    &["bv", "boot-volume", "list"],
    &["bv", "boot-volume", "update"],
    &["bv", "boot-volume", "delete"],
    &["analytics"],
    &["analytics", "snapshot"],
    &["analytics", "snapshot", "create"],
    &["analytics", "snapshot", "register"],
    &["analytics", "snapshot", "list"],
    &["analytics", "snapshot", "get"],
    &["analytics", "snapshot", "delete"],
    &["analytics", "snapshot", "restore"],
    &["analytics", "work-request"],
    &["analytics", "work-request", "get"],
    &["raw-request"],
    &["session"],
    &["session", "refresh"],
    &["fake-server"],
    &["demo"],
];

#[test]
fn help_matches_the_golden_files() {
    let home = support::TempDir::new();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let overwrite = std::env::var_os("GOLDEN_OVERWRITE").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for command in COMMANDS {
        let mut args: Vec<&str> = command.to_vec();
        args.push("--help");
        let run = support::run_in(home.path(), &args, &[]);
        run.expect(0);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        let name = if command.is_empty() {
            "oci-backup".to_owned()
        } else {
            format!("oci-backup-{}", command.join("-"))
        };
        let path = golden.join(format!("{name}.txt"));
        if overwrite {
            std::fs::write(&path, &run.stdout).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != run.stdout {
            stale.push(format!("{}:\n{}", path.display(), run.stdout));
        }
    }
    assert!(
        stale.is_empty(),
        "help differs from the golden files (GOLDEN_OVERWRITE=1 to refresh):\n{}",
        stale.join("\n")
    );
    // No golden file is left over from a command that no longer exists.
    if !overwrite {
        let count = std::fs::read_dir(&golden).unwrap().count();
        assert_eq!(count, COMMANDS.len(), "stray files in {}", golden.display());
    }
}

#[test]
fn short_help_and_usage_errors() {
    let home = support::TempDir::new();
    let run = support::run_in(home.path(), &["bv", "boot-volume-backup", "get", "-h"], &[]);
    run.expect(0);
    assert!(run.stdout.contains("Global Options:"), "{}", run.stdout);
    // A missing required flag is a usage error: exit code 2, naming the flag.
    let run = support::run_in(home.path(), &["bv", "boot-volume-backup", "get"], &[]);
    run.expect(2);
    assert!(
        run.stderr.contains("--boot-volume-backup-id <OCID>"),
        "{}",
        run.stderr
    );
    let run = support::run_in(home.path(), &["bv", "boot-volume-backup", "fetch"], &[]);
    run.expect(2);
}
