//! Disaster recovery from the shell, end to end against `oci-backup fake-server` serving
//! two regions: back up, copy the backup to the second region and wait for it there,
//! restore a boot volume from the copy (its compartment defaulting to the copy's), then
//! get, list, update and delete it; bad input refused naming the flag, with nothing
//! sent.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};

use oci_backup_test_support::keys;
use support::Home;

const SOURCE: &str = "us-ashburn-1";
const DESTINATION: &str = "us-phoenix-1";
const COMPARTMENT: &str = "ocid1.compartment.oc1..recovery";

/// A running `oci-backup fake-server` serving two regions, killed when dropped.
struct Fake {
    child: Child,
    /// Each region's URL, from its stderr lines.
    regions: Vec<(String, String)>,
}

impl Fake {
    fn start(extra: &[&str]) -> Self {
        let public = keys::public_key_path();
        let mut child = Command::new(env!("CARGO_BIN_EXE_oci-backup"))
            .args(["fake-server", "--public-key", public.to_str().unwrap()])
            .args(["--serve-region", SOURCE, "--serve-region", DESTINATION])
            .args(["--backup-seconds", "1", "--volume-seconds", "1"])
            .args(["--hydration-seconds", "1", "--delete-seconds", "0.5"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        let mut regions = Vec::new();
        while regions.len() < 2 {
            let mut line = String::new();
            assert!(stderr.read_line(&mut line).unwrap() > 0, "the fake ended");
            if let Some(rest) = line.trim().strip_prefix("fake server: region ") {
                let (region, url) = rest.split_once(" at ").unwrap();
                regions.push((region.to_owned(), url.to_owned()));
            }
        }
        Self { child, regions }
    }

    fn url(&self, region: &str) -> &str {
        &self.regions.iter().find(|(r, _)| r == region).unwrap().1
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn back_up_copy_to_another_region_and_restore_there() {
    let fake = Fake::start(&[]);
    let home = Home::new();
    let source = fake.url(SOURCE).to_owned();
    let destination = fake.url(DESTINATION).to_owned();
    let run = |endpoint: &str, args: &[&str]| {
        let mut all = vec!["bv"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--endpoint", endpoint]);
        home.run(&all, &[])
    };
    let wait = [
        "--wait-for-state",
        "AVAILABLE",
        "--wait-interval-seconds",
        "0.2",
    ];

    let mut args = vec![
        "boot-volume-backup",
        "create",
        "--boot-volume-id",
        "ocid1.bootvolume.oc1..web01",
        "--compartment-id",
        COMPARTMENT,
    ];
    args.extend_from_slice(&wait);
    let backup = run(&source, &args);
    backup.expect(0);
    let backup_id = backup.json()["data"]["id"].as_str().unwrap().to_owned();

    // The copy is requested in the source region and waited for in the destination.
    let mut args = vec![
        "boot-volume-backup",
        "copy",
        "--boot-volume-backup-id",
        &backup_id,
        "--destination-region",
        "phx",
        "--destination-endpoint",
        &destination,
        "--display-name",
        "web01-phx",
    ];
    args.extend_from_slice(&wait);
    let copied = run(&source, &args);
    copied.expect(0);
    let copy = copied.json()["data"].clone();
    assert_eq!(copy["lifecycle-state"], "AVAILABLE");
    assert_eq!(copy["source-boot-volume-backup-id"], backup_id.as_str());
    let copy_id = copy["id"].as_str().unwrap().to_owned();
    assert!(copy_id.contains(DESTINATION), "{copy_id}");
    run(
        &source,
        &[
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            &copy_id,
        ],
    )
    .expect(1);
    run(
        &destination,
        &[
            "boot-volume-backup",
            "get",
            "--boot-volume-backup-id",
            &copy_id,
        ],
    )
    .expect(0);

    // Restore there; the compartment is the copy's.
    let mut args = vec![
        "boot-volume",
        "create",
        "--boot-volume-backup-id",
        &copy_id,
        "--availability-domain",
        "Uocm:PHX-AD-1",
        "--display-name",
        "web01-restored",
    ];
    args.extend_from_slice(&wait);
    let restored = run(&destination, &args);
    restored.expect(0);
    let volume = restored.json()["data"].clone();
    assert_eq!(volume["lifecycle-state"], "AVAILABLE");
    assert_eq!(volume["compartment-id"], COMPARTMENT);
    assert_eq!(volume["source-details"]["type"], "bootVolumeBackup");
    assert_eq!(volume["source-details"]["id"], copy_id.as_str());
    let volume_id = volume["id"].as_str().unwrap().to_owned();

    let got = run(
        &destination,
        &["boot-volume", "get", "--boot-volume-id", &volume_id],
    );
    got.expect(0);
    assert!(got.json()["etag"].is_string());
    let listed = run(
        &destination,
        &[
            "boot-volume",
            "list",
            "--compartment-id",
            COMPARTMENT,
            "--all",
        ],
    );
    listed.expect(0);
    assert_eq!(listed.json()["data"][0]["id"], volume_id.as_str());
    let updated = run(
        &destination,
        &[
            "boot-volume",
            "update",
            "--boot-volume-id",
            &volume_id,
            "--size-in-gbs",
            "100",
        ],
    );
    updated.expect(0);
    assert_eq!(updated.json()["data"]["size-in-gbs"], 100);
    let deleted = run(
        &destination,
        &[
            "boot-volume",
            "delete",
            "--boot-volume-id",
            &volume_id,
            "--force",
            "--wait-for-state",
            "TERMINATED",
            "--wait-interval-seconds",
            "0.2",
        ],
    );
    deleted.expect(0);
}

#[test]
fn bad_input_is_refused_naming_the_flag_before_anything_is_sent() {
    let home = Home::new();
    // Nothing listens here: anything sent would fail with another exit code.
    let endpoint = "http://127.0.0.1:9";
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "boot-volume-backup",
                "copy",
                "--boot-volume-backup-id",
                "ocid1.bootvolumebackup.oc1..b",
                "--destination-region",
                "Phoenix",
            ],
            "--destination-region",
        ),
        (
            &["boot-volume", "create", "--availability-domain", "AD-1"],
            "--boot-volume-backup-id",
        ),
        (
            &[
                "boot-volume",
                "create",
                "--availability-domain",
                "AD-1",
                "--compartment-id",
                COMPARTMENT,
                "--source-details",
                r#"{"type": "snapshot", "id": "ocid1.bootvolumebackup.oc1..b"}"#,
            ],
            "--source-details",
        ),
        (
            &[
                "boot-volume",
                "create",
                "--boot-volume-backup-id",
                "ocid1.bootvolumebackup.oc1..b",
            ],
            "--availability-domain",
        ),
        (
            &[
                "boot-volume",
                "create",
                "--source-volume-replica-id",
                "ocid1.bootvolumereplica.oc1..r",
                "--availability-domain",
                "AD-1",
            ],
            "--compartment-id",
        ),
        (
            &[
                "boot-volume",
                "create",
                "--boot-volume-backup-id",
                "ocid1.bootvolume.oc1..v",
            ],
            "--boot-volume-backup-id",
        ),
    ];
    for (args, flag) in cases {
        let mut all = vec!["bv"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--endpoint", endpoint]);
        let run = home.run(&all, &[]);
        run.expect(2);
        assert!(run.stderr.contains(flag), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn a_copy_waited_for_in_the_source_region_is_not_found_there() {
    // What tools that wait in the wrong region see: the copy's id is unknown at the
    // source's endpoint. `--destination-endpoint` (or the derived endpoint) avoids it.
    let fake = Fake::start(&[]);
    let home = Home::new();
    let source = fake.url(SOURCE).to_owned();
    let backup = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..web01",
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            &source,
        ],
        &[],
    );
    backup.expect(0);
    let id = backup.json()["data"]["id"].as_str().unwrap().to_owned();
    let copied = home.run(
        &[
            "bv",
            "boot-volume-backup",
            "copy",
            "--boot-volume-backup-id",
            &id,
            "--destination-region",
            DESTINATION,
            "--destination-endpoint",
            &source,
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            &source,
        ],
        &[],
    );
    assert_ne!(copied.code, 0);
    assert!(copied.stderr.contains("was not found"), "{}", copied.stderr);
    assert!(
        copied
            .stderr
            .contains("was created, but waiting for it failed"),
        "{}",
        copied.stderr
    );
    assert!(
        copied.json()["data"]["id"]
            .as_str()
            .unwrap()
            .contains(DESTINATION),
        "the copy is printed"
    );
}

#[test]
fn a_copy_or_a_restore_that_turns_faulty_ends_the_wait_with_exit_4_and_the_resource() {
    // A fresh fake's ids are deterministic: its first resource is this backup.
    let first_backup = "ocid1.bootvolumebackup.oc1.us-ashburn-1.000001910a2dec89025cc1";
    let fake = Fake::start(&["--faulty-backup", first_backup]);
    let home = Home::new();
    let source = fake.url(SOURCE).to_owned();
    let destination = fake.url(DESTINATION).to_owned();
    let run = |endpoint: &str, args: &[&str]| {
        let mut all = vec!["bv"];
        all.extend_from_slice(args);
        all.extend_from_slice(&[
            "--wait-for-state",
            "AVAILABLE",
            "--wait-interval-seconds",
            "0.2",
            "--endpoint",
            endpoint,
        ]);
        home.run(&all, &[])
    };
    let backup = run(
        &source,
        &[
            "boot-volume-backup",
            "create",
            "--boot-volume-id",
            "ocid1.bootvolume.oc1..web01",
        ],
    );
    backup.expect(0);
    assert_eq!(backup.json()["data"]["id"], first_backup);
    let copied = run(
        &source,
        &[
            "boot-volume-backup",
            "copy",
            "--boot-volume-backup-id",
            first_backup,
            "--destination-region",
            DESTINATION,
            "--destination-endpoint",
            &destination,
        ],
    );
    copied.expect(4);
    assert_eq!(copied.json()["data"]["lifecycle-state"], "FAULTY");
    let restored = run(
        &source,
        &[
            "boot-volume",
            "create",
            "--boot-volume-backup-id",
            first_backup,
            "--availability-domain",
            "Uocm:PHX-AD-1",
        ],
    );
    restored.expect(4);
    assert_eq!(restored.json()["data"]["lifecycle-state"], "FAULTY");
    assert_eq!(
        restored.json()["data"]["source-details"]["id"],
        first_backup
    );
}
