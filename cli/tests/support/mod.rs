//! Test support: the built `oci-backup` binary run as a subprocess with a clean
//! environment, a temporary home with an OCI config and the test API key, and the
//! workspace's loopback test server (`oci_backup_test_support`) verifying the signatures
//! that profile makes.

#![allow(dead_code)] // Each test binary uses part of it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use oci_backup_test_support::keys;
pub(crate) use oci_backup_test_support::keys::FINGERPRINT;
pub(crate) use oci_backup_test_support::{Answer, Received, Server, Verify};
use serde_json::Value;

/// The tenancy of the test profile.
pub(crate) const TENANCY: &str = "ocid1.tenancy.oc1..aaaatest";
/// The user of the test profile.
pub(crate) const USER: &str = "ocid1.user.oc1..aaaatest";

/// The test API key.
pub(crate) fn key_path() -> PathBuf {
    keys::api_key_path()
}

/// A server that verifies every OCI signature with the test key and the test profile's
/// keyId (answering 401 when one does not verify) and otherwise answers with `handler`.
pub(crate) fn verifying(handler: impl Fn(&Received) -> Answer + Send + Sync + 'static) -> Server {
    let verify =
        Verify::with_key(keys::public_key_der()).key_id(format!("{TENANCY}/{USER}/{FINGERPRINT}"));
    Server::verifying(verify, handler)
}

/// A directory removed when dropped.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new() -> Self {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "oci-backup-cli-test-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `content` to `name` in the directory; returns the path.
    pub(crate) fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A home directory with `~/.oci/config` (profile DEFAULT, the test key, region
/// us-ashburn-1) and nothing else.
pub(crate) struct Home {
    pub(crate) dir: TempDir,
}

impl Home {
    pub(crate) fn new() -> Self {
        let dir = TempDir::new();
        std::fs::create_dir_all(dir.path().join(".oci")).unwrap();
        let config = format!(
            "[DEFAULT]\nuser={USER}\nfingerprint={FINGERPRINT}\nkey_file={}\n\
             tenancy={TENANCY}\nregion=us-ashburn-1\n",
            key_path().display()
        );
        std::fs::write(dir.path().join(".oci/config"), config).unwrap();
        Self { dir }
    }

    /// Runs `oci-backup args` with only PATH, HOME, COLUMNS and `env` set.
    pub(crate) fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_in(self.dir.path(), args, env)
    }

    /// Runs `oci-backup bv boot-volume-backup <args> --endpoint <server>`.
    pub(crate) fn bv(&self, server: &Server, args: &[&str]) -> Run {
        let full: Vec<&str> = ["bv", "boot-volume-backup"]
            .into_iter()
            .chain(args.iter().copied())
            .chain(["--endpoint", server.base.as_str()])
            .collect();
        self.run(&full, &[])
    }
}

/// Runs the built binary with a clean environment.
pub(crate) fn run_in(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let env: Vec<(&str, &std::ffi::OsStr)> = env
        .iter()
        .map(|(name, value)| (*name, std::ffi::OsStr::new(*value)))
        .collect();
    run_in_os(home, args, &env)
}

/// [`run_in`] with variables whose values need not be Unicode.
pub(crate) fn run_in_os(home: &Path, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_oci-backup"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("COLUMNS", "100")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run oci-backup");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// stdout as JSON.
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }

    /// Asserts the exit code, showing the run when it differs.
    #[track_caller]
    pub(crate) fn expect(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "unexpected exit code: {self:#?}");
        self
    }
}

/// A boot volume backup as the API returns it.
pub(crate) fn backup(id: &str, state: &str, progress: Option<u8>) -> Value {
    let mut backup = serde_json::json!({
        "bootVolumeId": "ocid1.bootvolume.oc1..bv",
        "compartmentId": "ocid1.compartment.oc1..c",
        "displayName": "nightly",
        "id": id,
        "lifecycleState": state,
        "timeCreated": "2024-05-01T02:00:04Z",
        "type": "FULL",
    });
    if let Some(progress) = progress {
        backup["backupProgress"] = progress.into();
    }
    backup
}

/// The names the command prints for the API's camelCase keys the tests use: the OCI
/// CLI's kebab-case, spelled out (not computed) so that the tests check the command's
/// renaming rather than repeat it.
const PRINTED: &[(&str, &str)] = &[
    ("backupProgress", "backup-progress"),
    ("bootVolumeId", "boot-volume-id"),
    ("compartmentId", "compartment-id"),
    ("createdByUser", "created-by-user"),
    ("displayName", "display-name"),
    ("Errors", "errors"),
    ("freeformTags", "freeform-tags"),
    ("lifecycleState", "lifecycle-state"),
    ("operationType", "operation-type"),
    ("percentComplete", "percent-complete"),
    ("timeAccepted", "time-accepted"),
    ("timeCreated", "time-created"),
    ("timeFinished", "time-finished"),
    ("timeStarted", "time-started"),
    ("workRequestId", "work-request-id"),
];

/// `body` (as the API sends it) as the command prints it under `data`: keys renamed by
/// [`PRINTED`]. A camelCase key missing from it fails the test (add it there).
pub(crate) fn printed(body: Value) -> Value {
    match body {
        Value::Object(object) => Value::Object(
            object
                .into_iter()
                .map(|(key, value)| {
                    let name = match PRINTED.iter().find(|(api, _)| *api == key) {
                        Some((_, printed)) => (*printed).to_owned(),
                        None if key.chars().any(|c| c.is_ascii_uppercase()) => {
                            panic!("add the printed name of {key} to PRINTED")
                        }
                        None => key,
                    };
                    (name, printed(value))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(printed).collect()),
        other => other,
    }
}
