//! `oci-backup fake-server` and `oci-backup demo`, end to end: the fake started as its
//! own process (its URL read from its first line), every command run against it, and
//! the demo's whole story.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use oci_backup_test_support::keys;
use serde_json::json;
use support::Home;

/// A running `oci-backup fake-server`, killed when dropped.
struct Fake {
    child: Child,
    url: String,
}

impl Fake {
    fn start(extra: &[&str]) -> Self {
        let public = keys::public_key_path();
        let mut child = Command::new(env!("CARGO_BIN_EXE_oci-backup"))
            .args(["fake-server", "--public-key", public.to_str().unwrap()])
            .args(["--bearer-token", "demo-token"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_owned();
        assert!(url.starts_with("http://127.0.0.1:"), "first line: {line:?}");
        Self { child, url }
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const TOKEN: (&str, &str) = ("OAC_TOKEN", "demo-token");
const PASSWORD: (&str, &str) = ("OCI_BACKUP_BAR_PASSWORD", "Demo-Passw0rd");

#[test]
fn every_boot_volume_backup_command_against_the_fake() {
    let fake = Fake::start(&["--backup-seconds", "1", "--delete-seconds", "0.5"]);
    let home = Home::new();
    let run = |args: &[&str]| {
        let mut all = vec!["bv", "boot-volume-backup"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--endpoint", &fake.url]);
        home.run(&all, &[])
    };
    let created = run(&[
        "create",
        "--boot-volume-id",
        "ocid1.bootvolume.oc1..bv",
        "--display-name",
        "nightly",
        "--compartment-id",
        "ocid1.compartment.oc1..c",
        "--wait-for-state",
        "AVAILABLE",
        "--wait-interval-seconds",
        "0.2",
    ]);
    created.expect(0);
    let backup = created.json()["data"].clone();
    assert_eq!(backup["lifecycle-state"], "AVAILABLE");
    assert_eq!(backup["backup-progress"], 100);
    let id = backup["id"].as_str().unwrap().to_owned();

    let got = run(&["get", "--boot-volume-backup-id", &id]);
    got.expect(0);
    assert_eq!(got.json()["data"]["display-name"], "nightly");
    assert!(got.json()["etag"].is_string(), "{}", got.stdout);

    let listed = run(&[
        "list",
        "--compartment-id",
        "ocid1.compartment.oc1..c",
        "--all",
    ]);
    listed.expect(0);
    assert_eq!(listed.json()["data"][0]["id"], id.as_str());

    let updated = run(&[
        "update",
        "--boot-volume-backup-id",
        &id,
        "--display-name",
        "renamed",
    ]);
    updated.expect(0);
    assert_eq!(updated.json()["data"]["display-name"], "renamed");

    run(&[
        "change-compartment",
        "--boot-volume-backup-id",
        &id,
        "--compartment-id",
        "ocid1.compartment.oc1..other",
    ])
    .expect(0);

    let deleted = run(&[
        "delete",
        "--boot-volume-backup-id",
        &id,
        "--force",
        "--wait-for-state",
        "TERMINATED",
        "--wait-interval-seconds",
        "0.2",
    ]);
    deleted.expect(0);
    if !deleted.stdout.is_empty() {
        assert_eq!(deleted.json()["data"]["lifecycle-state"], "TERMINATED");
    }

    let missing = run(&[
        "get",
        "--boot-volume-backup-id",
        "ocid1.bootvolumebackup.oc1..nope",
    ]);
    missing.expect(1);
    assert!(
        missing.stderr.starts_with("ServiceError:"),
        "{}",
        missing.stderr
    );
}

#[test]
fn a_faulty_boot_volume_ends_the_wait_with_exit_4() {
    let fake = Fake::start(&[
        "--backup-seconds",
        "1",
        "--faulty-boot-volume",
        "ocid1.bootvolume.oc1..broken",
    ]);
    let run = Home::new().run(
        &[
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..broken",
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            &fake.url,
        ],
        &[],
    );
    run.expect(4);
    assert_eq!(run.json()["data"]["lifecycle-state"], "FAULTY");
}

#[test]
fn injected_faults_are_retried() {
    let fake = Fake::start(&["--fault", "getBootVolumeBackup;503;nth=1"]);
    let home = Home::new();
    let created = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--endpoint",
            &fake.url,
        ],
        &[],
    );
    created.expect(0);
    let id = created.json()["data"]["id"].as_str().unwrap().to_owned();
    let args = [
        "bv",
        "boot-volume-backup",
        "get",
        "--boot-volume-backup-id",
        &id,
        "--endpoint",
        &fake.url,
    ];
    // The first get meets the 503 and is retried.
    home.run(&args, &[]).expect(0);
}

#[test]
fn a_create_that_got_no_answer_prints_the_command_that_reruns_it_safely() {
    // The fake makes the backup, then closes the connection instead of answering.
    let fake = Fake::start(&["--fault", "createBootVolumeBackup;close-after;nth=1"]);
    let home = Home::new();
    let run = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--display-name",
            "nightly run",
            "--no-retry",
            "--endpoint",
            &fake.url,
        ],
        &[],
    );
    run.expect(6);
    assert!(
        run.stderr
            .contains("The backup may exist: its create was sent with opc-retry-token "),
        "{}",
        run.stderr
    );
    // The advice's last line is the command: the same flags plus --retry-token.
    let command = run.stderr.trim_end().lines().last().unwrap().trim();
    assert!(
        command.contains("--display-name 'nightly run'") && command.contains(" --retry-token "),
        "{command}"
    );
    let token = command.rsplit(' ').next().unwrap();
    assert!(
        run.stderr.contains(&format!("opc-retry-token {token}")),
        "{}",
        run.stderr
    );
    // Re-run exactly that (its words, as a shell would split them): the backup made by
    // the first run comes back, and there is one backup.
    let words = shell_split(command);
    assert!(words[0].ends_with("oci-backup"), "{words:?}");
    let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    let again = home.run(&args, &[]);
    again.expect(0);
    let listed = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "list",
            "--compartment-id",
            "ocid1.compartment.oc1..fakedefault",
            "--all",
            "--endpoint",
            &fake.url,
        ],
        &[],
    );
    listed.expect(0);
    let backups = listed.json()["data"].as_array().unwrap().clone();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0]["id"], again.json()["data"]["id"]);
}

/// Splits a command line printed by the command (plain words and '...' quoting).
fn shell_split(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                any = false;
            }
            c => word.push(c),
        }
    }
    if any || !word.is_empty() {
        words.push(word);
    }
    words
}

#[test]
fn every_analytics_command_against_the_fake() {
    let fake = Fake::start(&["--work-request-seconds", "1", "--bar", "file:///old.bar"]);
    let home = Home::new();
    let run = |args: &[&str]| {
        let mut all = vec!["analytics"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--url", &fake.url]);
        home.run(&all, &[TOKEN, PASSWORD])
    };
    let created = run(&[
        "snapshot",
        "create",
        "--name",
        "nightly",
        "--bucket",
        "b",
        "--bar-uri",
        "file:///nightly.bar",
        "--wait",
        "--wait-interval-seconds",
        "0.2",
    ]);
    created.expect(0);
    let snapshot = created.json()["data"].clone();
    assert_eq!(snapshot["name"], "nightly");
    let id = snapshot["id"].as_str().unwrap().to_owned();

    let registered = run(&[
        "snapshot",
        "register",
        "--name",
        "old",
        "--bucket",
        "b",
        "--bar-uri",
        "file:///old.bar",
        "--resource-principal",
    ]);
    registered.expect(0);
    let work_request = registered.json()["opc-work-request-id"]
        .as_str()
        .unwrap()
        .to_owned();
    let got = run(&["work-request", "get", "--work-request-id", &work_request]);
    got.expect(0);
    assert_eq!(got.json()["data"]["id"], work_request.as_str());

    let listed = run(&["snapshot", "list"]);
    listed.expect(0);
    assert!(
        listed.json()["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "nightly"),
        "{}",
        listed.stdout
    );

    let got = run(&["snapshot", "get", "--snapshot-id", &id]);
    got.expect(0);
    assert_eq!(got.json(), json!({"data": snapshot}));

    let restored = run(&[
        "snapshot",
        "restore",
        "--snapshot-id",
        &id,
        "--wait",
        "--wait-interval-seconds",
        "0.2",
    ]);
    restored.expect(0);
    assert_eq!(restored.json()["data"]["status"], "SUCCEEDED");
    assert_eq!(
        restored.json()["data"]["operation-type"],
        "RESTORE_SNAPSHOT"
    );

    run(&["snapshot", "delete", "--snapshot-id", &id, "--force"]).expect(0);
    run(&["snapshot", "get", "--snapshot-id", &id]).expect(1);

    // The fake checks the token: another one is refused.
    let refused = home.run(
        &["analytics", "snapshot", "list", "--url", &fake.url],
        &[("OAC_TOKEN", "wrong")],
    );
    refused.expect(3);
}

#[test]
fn the_fake_server_rejects_bad_options_by_name() {
    let home = Home::new();
    let run = home.run(&["fake-server", "--fault", "nonsense"], &[]);
    run.expect(2);
    assert!(run.stderr.contains("'--fault <SPEC>'"), "{}", run.stderr);
    let run = home.run(
        &["fake-server", "--public-key", "/nonexistent/key.pem"],
        &[],
    );
    run.expect(2);
    assert!(
        run.stderr
            .starts_with("Error: --public-key: public key `/nonexistent/key.pem`"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn the_fake_server_stops_cleanly_on_ctrl_c() {
    let mut fake = Fake::start(&[]);
    let status = Command::new("kill")
        .args(["-INT", &fake.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = fake.child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn with_validate_responses_the_fake_server_reports_the_violations_when_it_stops() {
    let public = keys::public_key_path();
    let mut child = Command::new(env!("CARGO_BIN_EXE_oci-backup"))
        .args(["fake-server", "--public-key", public.to_str().unwrap()])
        .arg("--validate-responses")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().to_owned();
    // An answer to check.
    Home::new()
        .run(
            &[
                "raw-request",
                "--http-method",
                "get",
                "--target-uri",
                &format!("{url}/20160918/bootVolumeBackups?compartmentId=c"),
            ],
            &[],
        )
        .expect(0);
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.ends_with("fake server: 0 responses violated the specs\n"),
        "{stderr}"
    );
}

#[test]
fn the_demo_tells_the_whole_story_offline() {
    let home = Home::new();
    let run = home.run(
        &[
            "demo",
            "--backup-seconds",
            "1",
            "--work-request-seconds",
            "1",
        ],
        &[],
    );
    run.expect(0);
    let out = &run.stdout;
    for expected in [
        "1. Back up a boot volume, and wait until the backup is AVAILABLE",
        "$ oci-backup bv boot-volume-backup create --endpoint http://127.0.0.1:",
        "--wait-for-state AVAILABLE",
        "is AVAILABLE (100%) after",
        "2. Copy the backup to us-phoenix-1, and wait for the copy there",
        "$ oci-backup bv boot-volume-backup copy --endpoint http://127.0.0.1:",
        "--destination-region us-phoenix-1 --destination-endpoint http://127.0.0.1:",
        "is AVAILABLE in us-phoenix-1 after",
        "3. Restore a boot volume in us-phoenix-1 from the copy",
        "$ oci-backup bv boot-volume create --endpoint http://127.0.0.1:",
        "boot volume ocid1.bootvolume.oc1.us-phoenix-1.",
        "is AVAILABLE (hydrated: ",
        "4. Snapshot the Analytics instance",
        "$ oci-backup analytics snapshot create --url http://127.0.0.1:",
        "snapshot demo-snapshot (id ",
        "5. List the instance's snapshots",
        "| demo-snapshot |",
        "6. Restore the instance from the snapshot",
        "(RESTORE_SNAPSHOT) SUCCEEDED after",
        "Done in ",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    // The throwaway files are gone.
    let dir = out
        .lines()
        .find_map(|line| line.strip_prefix("Set up in "))
        .and_then(|rest| rest.strip_suffix(':'))
        .unwrap();
    assert!(!Path::new(dir).exists(), "{dir} was left behind");
    // Secrets stay out of the output.
    assert!(!out.contains("PRIVATE KEY"));
}

#[test]
fn the_demo_ignores_the_users_oci_environment() {
    let home = Home::new();
    let run = home.run(
        &[
            "demo",
            "--backup-seconds",
            "1",
            "--work-request-seconds",
            "1",
        ],
        &[
            ("OCI_CLI_PROFILE", "PROD"),
            ("OCI_CLI_CONFIG_FILE", "/nonexistent/config"),
            ("OAC_TOKEN", "someone-elses"),
            ("OCI_BACKUP_BAR_PASSWORD", "weak"),
        ],
    );
    run.expect(0);
}

/// A nightly job killed (SIGKILL) after its create went out, then run again with the
/// same `--idempotency-key`: the re-run gets the backup the killed run made, not a
/// second one; another key makes another.
#[test]
fn a_killed_create_rerun_with_the_same_idempotency_key_makes_one_backup() {
    const COMPARTMENT: &str = "ocid1.compartment.oc1..nightly";
    let fake = Fake::start(&["--backup-seconds", "4"]);
    let home = Home::new();
    let create = |key: &str| -> Vec<String> {
        [
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--compartment-id",
            COMPARTMENT,
            "--idempotency-key",
            key,
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            &fake.url,
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let listed = || -> Vec<String> {
        let run = home.run(
            &[
                "bv",
                "boot-volume-backup",
                "list",
                "--compartment-id",
                COMPARTMENT,
                "--endpoint",
                &fake.url,
            ],
            &[],
        );
        run.expect(0);
        if run.stdout.trim().is_empty() {
            return Vec::new();
        }
        run.json()["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let mut first = Command::new(env!("CARGO_BIN_EXE_oci-backup"))
        .args(create("nightly-2026-11-30"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Until the create has reached the fake (bounded: the first run waits 4 s for it).
    let mut made = Vec::new();
    for _ in 0..200 {
        made = listed();
        if !made.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(made.len(), 1, "the first run's create went out");
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first run is still waiting when it is killed"
    );
    first.kill().unwrap(); // SIGKILL on Unix: no clean-up of any kind.
    let status = first.wait().unwrap();
    assert!(!status.success());

    let args = create("nightly-2026-11-30");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let rerun = home.run(&args, &[]);
    rerun.expect(0);
    assert_eq!(rerun.json()["data"]["id"].as_str(), Some(made[0].as_str()));
    assert_eq!(listed(), made, "exactly one backup");

    let args = create("nightly-2026-12-01");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    home.run(&args, &[]).expect(0);
    assert_eq!(
        listed().len(),
        2,
        "the next night's key makes the next backup"
    );
}

/// A wait's duration is kept in the cache directory for the next run; a corrupt file is
/// ignored with a warning and replaced; `--no-learned-waits` neither reads nor writes.
#[test]
fn learned_wait_durations_are_kept_across_runs() {
    let fake = Fake::start(&["--backup-seconds", "1"]);
    let home = Home::new();
    let cache = home.dir.path().join("cache");
    let state = cache.join("oci-backup/learned-waits.json");
    let cache_env = ("XDG_CACHE_HOME", cache.to_str().unwrap());
    let create = |extra: &[&str]| {
        let mut args = vec![
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..bv",
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            &fake.url,
        ];
        args.extend_from_slice(extra);
        home.run(&args, &[cache_env])
    };
    create(&["--no-learned-waits"]).expect(0);
    assert!(!state.exists(), "--no-learned-waits keeps nothing");

    create(&[]).expect(0);
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert_eq!(kept["format"], "oci-backup learned waits 1");
    let waits = kept["waits"].as_object().unwrap();
    assert_eq!(waits.len(), 1, "{kept}");
    let seconds = waits.values().next().unwrap()[0].as_f64().unwrap();
    assert!((0.9..10.0).contains(&seconds), "{seconds}");

    create(&[]).expect(0);
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert_eq!(
        kept["waits"]
            .as_object()
            .unwrap()
            .values()
            .next()
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2,
        "the second run read the first's and added its own"
    );

    std::fs::write(&state, "{ not json").unwrap();
    let run = create(&[]);
    run.expect(0);
    assert!(
        run.stderr
            .contains("Warning: ignoring the learned wait durations in"),
        "{run:?}"
    );
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert_eq!(kept["format"], "oci-backup learned waits 1", "replaced");
}

/// The nightly job: many volumes from stdin, created with derived tokens and waited for
/// as a fleet; a re-run reports them as already existing and makes nothing; a list with
/// a bad id sends nothing; a failed volume makes the exit code non-zero.
#[test]
fn many_volumes_at_once_with_a_summary_and_an_exit_code() {
    const COMPARTMENT: &str = "ocid1.compartment.oc1..fleet";
    let fake = Fake::start(&[
        "--backup-seconds",
        "1",
        "--faulty-boot-volume",
        "ocid1.bootvolume.oc1..bad",
    ]);
    let home = Home::new();
    let dir = home.dir.path().to_owned();
    let list = dir.join("volumes.txt");
    let ids: Vec<String> = (0..5)
        .map(|i| format!("ocid1.bootvolume.oc1..v{i}"))
        .collect();
    std::fs::write(&list, format!("# tonight\n{}\n\n", ids.join("\n"))).unwrap();
    let run = |file: &Path, extra: &[&str]| {
        let mut args = vec![
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-ids",
            file.to_str().unwrap(),
            "--compartment-id",
            COMPARTMENT,
            "--concurrency",
            "2",
            "--idempotency-key",
            "nightly-2026-11-30",
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            &fake.url,
        ];
        args.extend_from_slice(extra);
        home.run(&args, &[])
    };
    let first = run(&list, &[]);
    first.expect(0);
    let rows = first.json()["data"].as_array().unwrap().clone();
    assert_eq!(rows.len(), 5);
    for (row, id) in rows.iter().zip(&ids) {
        assert_eq!(row["boot-volume-id"], id.as_str());
        assert_eq!(row["outcome"], "created", "{row}");
        assert_eq!(row["lifecycle-state"], "AVAILABLE", "{row}");
    }
    let second = run(&list, &[]);
    second.expect(0);
    let again = second.json()["data"].as_array().unwrap().clone();
    for (row, before) in again.iter().zip(&rows) {
        assert_eq!(row["outcome"], "already existed", "{row}");
        assert_eq!(row["backup-id"], before["backup-id"]);
    }

    let bad = dir.join("bad.txt");
    std::fs::write(&bad, "ocid1.bootvolume.oc1..ok\nnot-an-ocid\n").unwrap();
    let refused = run(&bad, &[]);
    refused.expect(2);
    assert!(
        refused.stderr.contains("--boot-volume-ids: line 2"),
        "{refused:?}"
    );

    let faulty = dir.join("faulty.txt");
    std::fs::write(
        &faulty,
        "ocid1.bootvolume.oc1..bad\nocid1.bootvolume.oc1..good\n",
    )
    .unwrap();
    let failed = run(&faulty, &[]);
    // Exit 4: a backup reached a failure state; not every volume is backed up.
    failed.expect(4);
    let rows = failed.json()["data"].as_array().unwrap().clone();
    assert_eq!(rows[0]["outcome"], "failed", "{rows:?}");
    assert_eq!(rows[0]["lifecycle-state"], "FAULTY", "{rows:?}");
    assert!(
        rows[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("FAULTY: the backup failed"),
        "{rows:?}"
    );
    // The FAULTY backup did not end the wait for the good one.
    assert_eq!(rows[1]["outcome"], "created", "{rows:?}");
    assert_eq!(rows[1]["lifecycle-state"], "AVAILABLE", "{rows:?}");
    assert!(rows[1]["reason"].is_null(), "{rows:?}");
    let listed = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "list",
            "--compartment-id",
            COMPARTMENT,
            "--endpoint",
            &fake.url,
        ],
        &[],
    );
    listed.expect(0);
    assert_eq!(
        listed.json()["data"].as_array().unwrap().len(),
        7,
        "5 + 2: nothing twice, nothing for the refused list"
    );
}

/// `--all-boot-volumes`: every boot volume of the compartment, listed over several pages
/// (`--page-size 2`), is backed up; one being deleted is skipped with its state and does
/// not fail the job; a volume of another compartment is not touched.
#[test]
fn every_boot_volume_of_a_compartment_over_several_pages() {
    const COMPARTMENT: &str = "ocid1.compartment.oc1..whole";
    const OTHER: &str = "ocid1.compartment.oc1..elsewhere";
    let fake = Fake::start(&[
        "--backup-seconds",
        "0.5",
        "--volume-seconds",
        "0.2",
        "--delete-seconds",
        "0.2",
    ]);
    let home = Home::new();
    let bv = |args: &[&str]| {
        let mut all = vec!["bv"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--endpoint", &fake.url]);
        home.run(&all, &[])
    };
    let wait = [
        "--wait-for-state",
        "AVAILABLE",
        "--wait-interval-seconds",
        "0.1",
    ];
    let mut args = vec![
        "boot-volume-backup",
        "create",
        "--boot-volume-id",
        "ocid1.bootvolume.oc1..image",
        "--compartment-id",
        COMPARTMENT,
    ];
    args.extend_from_slice(&wait);
    let seed = bv(&args);
    seed.expect(0);
    let seed = seed.json()["data"]["id"].as_str().unwrap().to_owned();
    let restore = |compartment: &str| {
        let mut args = vec![
            "boot-volume",
            "create",
            "--boot-volume-backup-id",
            &seed,
            "--availability-domain",
            "AD-1",
            "--compartment-id",
            compartment,
        ];
        args.extend_from_slice(&wait);
        let restored = bv(&args);
        restored.expect(0);
        restored.json()["data"]["id"].as_str().unwrap().to_owned()
    };
    let volumes: Vec<String> = (0..5).map(|_| restore(COMPARTMENT)).collect();
    let elsewhere = restore(OTHER);
    bv(&[
        "boot-volume",
        "delete",
        "--boot-volume-id",
        &volumes[2],
        "--force",
    ])
    .expect(0);

    let mut args = vec![
        "boot-volume-backup",
        "create",
        "--all-boot-volumes",
        "--compartment-id",
        COMPARTMENT,
        "--page-size",
        "2",
        "--idempotency-key",
        "nightly-whole",
    ];
    args.extend_from_slice(&wait);
    let run = bv(&args);
    run.expect(0);
    let rows = run.json()["data"].as_array().unwrap().clone();
    assert_eq!(rows.len(), 5, "{rows:?}");
    let row = |id: &str| rows.iter().find(|r| r["boot-volume-id"] == id).unwrap();
    for (i, id) in volumes.iter().enumerate() {
        let row = row(id);
        if i == 2 {
            assert_eq!(row["outcome"], "skipped", "{row}");
            assert!(row["backup-id"].is_null(), "{row}");
            let reason = row["reason"].as_str().unwrap();
            assert!(
                reason.starts_with("the boot volume is TERMINAT")
                    && reason.contains("not AVAILABLE"),
                "{row}"
            );
        } else {
            assert_eq!(row["outcome"], "created", "{row}");
            assert_eq!(row["lifecycle-state"], "AVAILABLE", "{row}");
        }
    }
    assert!(
        !rows
            .iter()
            .any(|r| r["boot-volume-id"] == elsewhere.as_str())
    );

    // Every backup once: the four new ones beside the seed.
    let listed = bv(&[
        "boot-volume-backup",
        "list",
        "--compartment-id",
        COMPARTMENT,
        "--all",
    ]);
    listed.expect(0);
    let data = listed.json()["data"].clone();
    let backed_up = data
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| volumes.iter().any(|id| b["boot-volume-id"] == id.as_str()))
        .count();
    assert_eq!(backed_up, 4, "{data}");

    // The compartment is required; --page-size only with --all-boot-volumes.
    bv(&["boot-volume-backup", "create", "--all-boot-volumes"]).expect(2);
    bv(&[
        "boot-volume-backup",
        "create",
        "--boot-volume-id",
        "ocid1.bootvolume.oc1..x",
        "--page-size",
        "2",
    ])
    .expect(2);
}

/// Retention deletes only the job's own backups (its tag), never this run's, and only
/// when asked: a dry run lists them first.
#[test]
fn retention_touches_only_the_jobs_older_backups() {
    const COMPARTMENT: &str = "ocid1.compartment.oc1..kept";
    let fake = Fake::start(&["--backup-seconds", "0.5"]);
    let home = Home::new();
    let list = home.dir.path().join("volumes.txt");
    std::fs::write(&list, "ocid1.bootvolume.oc1..a\nocid1.bootvolume.oc1..b\n").unwrap();
    let run = |key: &str, extra: &[&str]| {
        let mut args = vec![
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-ids",
            list.to_str().unwrap(),
            "--compartment-id",
            COMPARTMENT,
            "--job-tag",
            "nightly",
            "--idempotency-key",
            key,
            "--endpoint",
            &fake.url,
        ];
        args.extend_from_slice(extra);
        let run = home.run(&args, &[]);
        run.expect(0);
        run.json()
    };
    let night1 = run("night-1", &[]);
    let old: Vec<String> = night1["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["backup-id"].as_str().unwrap().to_owned())
        .collect();
    // A backup the job did not make, in the same compartment.
    home.run(
        &[
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..a",
            "--compartment-id",
            COMPARTMENT,
            "--endpoint",
            &fake.url,
        ],
        &[],
    )
    .expect(0);

    let dry = run("night-2", &["--delete-older-than-days", "0"]);
    let listed: Vec<&str> = dry["retention"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 2, "{dry}");
    assert!(listed.iter().all(|id| old.iter().any(|o| o == id)), "{dry}");
    assert!(
        dry["retention"][0]["action"]
            .as_str()
            .unwrap()
            .starts_with("would delete")
    );

    let applied = run(
        "night-2",
        &["--delete-older-than-days", "0", "--apply-retention"],
    );
    assert_eq!(
        applied["retention"].as_array().unwrap().len(),
        2,
        "{applied}"
    );
    assert_eq!(applied["retention"][0]["action"], "deleted");
    for id in &old {
        let got = home.run(
            &[
                "bv",
                "boot-volume-backup",
                "get",
                "--boot-volume-backup-id",
                id,
                "--endpoint",
                &fake.url,
            ],
            &[],
        );
        got.expect(0);
        assert_ne!(
            got.stdout.find("AVAILABLE"),
            got.stdout.find("TERMINAT"),
            "{got:?}"
        );
        assert!(got.stdout.contains("TERMINAT"), "{got:?}");
    }
    let listed = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "list",
            "--compartment-id",
            COMPARTMENT,
            "--endpoint",
            &fake.url,
        ],
        &[],
    );
    let untouched = listed.json()["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| !b.to_string().contains("TERMINAT"))
        .count();
    assert_eq!(untouched, 3, "the untagged backup and tonight's two");
}
