//! `oci-backup demo`: the whole story, offline, through the real commands.
//!
//! The demo starts the embedded fake server in this process, writes a throwaway RSA
//! key, an OCI config, a bearer token and a BAR password into a private temporary
//! directory, and then runs this very program's commands against the fake, as a user
//! would type them (each one printed before it runs): create a boot volume backup and
//! wait for it, copy it to a second region and wait for the copy there, restore a boot
//! volume in that region from the copy, create an Analytics snapshot and wait for its
//! work request, list the snapshots, and restore one. Nothing leaves the machine;
//! everything is removed at the end.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use oci_backup::auth::key::PrivateKey;
use oci_backup::random::{SystemRandom, alphanumeric};
use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};
use serde_json::Value;

use crate::args::DemoArgs;
use crate::context::Context;
use crate::exit::CliError;
use crate::output::shell_words;

/// Variables the demo's commands must not inherit: they would point them elsewhere.
const INHERITED_PREFIXES: &[&str] = &["OCI_CLI_", "OAC_", "OCI_BACKUP_"];
const INHERITED: &[&str] = &["OCI_CONFIG_FILE", "OCI_REGION", "OCI_DEFAULT_REALM"];

const BOOT_VOLUME: &str = "ocid1.bootvolume.oc1.iad.demo";
/// The region of the profile, and the one the backup is copied to.
const HOME_REGION: &str = "us-ashburn-1";
const RECOVERY_REGION: &str = "us-phoenix-1";
const SNAPSHOT: &str = "demo-snapshot";

/// Runs the demo.
pub(crate) async fn run(context: &Context, args: &DemoArgs) -> Result<(), CliError> {
    let started = Instant::now();
    let scratch = Scratch::new()?;
    let pem = generate_key()?;
    let key_file = scratch.write("oci_api_key.pem", &pem)?;
    let key = PrivateKey::from_pem(&pem, None, "the demo key")
        .map_err(|e| CliError::Local(format!("the demo key: {e}")))?;
    let fingerprint = key.fingerprint().to_owned();
    let token = alphanumeric(&SystemRandom, 40);
    // Upper case, lower case and a digit, as BAR passwords must have.
    let password = format!("Demo{}7", alphanumeric(&SystemRandom, 12));
    let config_file = scratch.write(
        "config",
        &format!(
            "[DEFAULT]\nuser=ocid1.user.oc1..demo\nfingerprint={fingerprint}\n\
             key_file={}\ntenancy=ocid1.tenancy.oc1..demo\nregion=us-ashburn-1\n",
            key_file.display()
        ),
    )?;
    let server = FakeServer::start(
        FakeConfig::default()
            .with_public_key(PublicKey::from_private_key(&key))
            .with_bearer_token(token.clone())
            .with_regions([HOME_REGION, RECOVERY_REGION])
            .with_volume_duration(
                Duration::from_secs_f64(args.backup_seconds),
                Duration::from_secs_f64(args.backup_seconds),
            )
            .with_backup_duration(Duration::from_secs_f64(args.backup_seconds))
            .with_work_request_duration(Duration::from_secs_f64(args.work_request_seconds)),
    )
    .await
    .map_err(|e| CliError::Local(format!("cannot start the fake server: {e}")))?;
    let base = server.base_url().to_owned();
    let recovery = server
        .region_url(RECOVERY_REGION)
        .map(str::to_owned)
        .ok_or_else(|| {
            CliError::Local(format!("the fake server does not serve {RECOVERY_REGION}"))
        })?;

    say(&format!(
        "oci-backup demo: boot volume backups and Analytics snapshots, end to end, offline.\n\
         Each step runs a real oci-backup command (request signing, bearer tokens, retries,\n\
         waiters) against the embedded fake of both APIs.\n\
         \n\
         Set up in {dir}:\n\
         \x20 fake server   {base}  (Core Services in {HOME_REGION}, and Analytics)\n\
         \x20               {recovery}  (Core Services in {RECOVERY_REGION})\n\
         \x20 API key       oci_api_key.pem: a throwaway RSA-2048 key, fingerprint {fingerprint}\n\
         \x20 OCI config    config: profile DEFAULT, region us-ashburn-1  (OCI_CLI_CONFIG_FILE)\n\
         \x20 bearer token  in OAC_TOKEN\n\
         \x20 BAR password  in OCI_BACKUP_BAR_PASSWORD",
        dir = scratch.path().display()
    ));

    let runner = Runner {
        program: std::env::current_exe()
            .map_err(|e| CliError::Local(format!("cannot find this program: {e}")))?,
        env: vec![
            ("OCI_CLI_CONFIG_FILE", config_file.display().to_string()),
            ("OAC_TOKEN", token),
            ("OCI_BACKUP_BAR_PASSWORD", password),
        ],
        debug: context.global.debug,
    };

    // Ctrl-C stops the story (the commands get it from the terminal too); the fake
    // server and the temporary files are cleaned up either way.
    let outcome = tokio::select! {
        outcome = story(&runner, &base, &recovery) => outcome,
        Ok(()) = tokio::signal::ctrl_c() => Err(CliError::Interrupted),
    };
    let requests = server.state().request_log().len();
    server.shutdown().await;
    outcome?;
    say(&format!(
        "\nDone in {:.1} s. The fake server answered {requests} requests: every Core Services \
         one signed\nwith the throwaway key, every Analytics one with the bearer token. The \
         temporary files are\nremoved. Against Oracle Cloud, run the same commands with your \
         ~/.oci/config, your\ninstance's --url and a real token.",
        started.elapsed().as_secs_f64()
    ));
    drop(scratch);
    Ok(())
}

/// The six steps, each a real command against the fake at `base` (and `recovery`, the
/// second region).
async fn story(runner: &Runner, base: &str, recovery: &str) -> Result<(), CliError> {
    say("\n1. Back up a boot volume, and wait until the backup is AVAILABLE");
    let clock = Instant::now();
    let backup = runner
        .json(&[
            "bv",
            "boot-volume-backup",
            "create",
            "--endpoint",
            base,
            "--boot-volume-id",
            BOOT_VOLUME,
            "--display-name",
            "demo-boot-backup",
            "--type",
            "FULL",
            "--wait-for-state",
            "AVAILABLE",
        ])
        .await?;
    say(&format!(
        "   backup {} is {} ({}%) after {:.1} s",
        text(&backup, "/data/id"),
        text(&backup, "/data/lifecycle-state"),
        text(&backup, "/data/backup-progress"),
        clock.elapsed().as_secs_f64()
    ));
    let backup_id = text(&backup, "/data/id");

    say(&format!(
        "\n2. Copy the backup to {RECOVERY_REGION}, and wait for the copy there (the copy's id\n\
         \x20  belongs to {RECOVERY_REGION}: it is read from that region's endpoint, same key)"
    ));
    let clock = Instant::now();
    let copy = runner
        .json(&[
            "bv",
            "boot-volume-backup",
            "copy",
            "--endpoint",
            base,
            "--boot-volume-backup-id",
            &backup_id,
            "--destination-region",
            RECOVERY_REGION,
            "--destination-endpoint",
            recovery,
            "--wait-for-state",
            "AVAILABLE",
        ])
        .await?;
    let copy_id = text(&copy, "/data/id");
    say(&format!(
        "   copy {copy_id} is {} in {RECOVERY_REGION} after {:.1} s",
        text(&copy, "/data/lifecycle-state"),
        clock.elapsed().as_secs_f64()
    ));

    say(&format!(
        "\n3. Restore a boot volume in {RECOVERY_REGION} from the copy, and wait until it is AVAILABLE\n\
         \x20  (its compartment is the copy's, as the OCI CLI does)"
    ));
    let clock = Instant::now();
    let volume = runner
        .json(&[
            "bv",
            "boot-volume",
            "create",
            "--endpoint",
            recovery,
            "--boot-volume-backup-id",
            &copy_id,
            "--availability-domain",
            "Uocm:PHX-AD-1",
            "--display-name",
            "demo-restored",
            "--wait-for-state",
            "AVAILABLE",
        ])
        .await?;
    say(&format!(
        "   boot volume {} is {} (hydrated: {}) after {:.1} s",
        text(&volume, "/data/id"),
        text(&volume, "/data/lifecycle-state"),
        text(&volume, "/data/is-hydrated"),
        clock.elapsed().as_secs_f64()
    ));

    say(
        "\n4. Snapshot the Analytics instance into a bucket, and wait for the work request\n\
         \x20  (the bucket credentials are the profile's API key, wrapped for the service)",
    );
    let clock = Instant::now();
    let bar_uri = format!("file:///demo/{SNAPSHOT}.bar");
    let snapshot = runner
        .json(&[
            "analytics",
            "snapshot",
            "create",
            "--url",
            base,
            "--name",
            SNAPSHOT,
            "--bucket",
            "demo-bucket",
            "--bar-uri",
            &bar_uri,
            "--wait",
        ])
        .await?;
    let snapshot_id = text(&snapshot, "/data/id");
    say(&format!(
        "   snapshot {SNAPSHOT} (id {snapshot_id}) is registered, created by {} after {:.1} s",
        text(&snapshot, "/data/created-by-user"),
        clock.elapsed().as_secs_f64()
    ));

    say("\n5. List the instance's snapshots");
    let table = runner
        .stdout(&[
            "analytics",
            "snapshot",
            "list",
            "--url",
            base,
            "--output",
            "table",
        ])
        .await?;
    say(&indent(&table));

    say("\n6. Restore the instance from the snapshot, and wait for the work request");
    let clock = Instant::now();
    let restore = runner
        .json(&[
            "analytics",
            "snapshot",
            "restore",
            "--url",
            base,
            "--snapshot-id",
            &snapshot_id,
            "--wait",
        ])
        .await?;
    say(&format!(
        "   work request {} ({}) {} after {:.1} s",
        text(&restore, "/data/id"),
        text(&restore, "/data/operation-type"),
        text(&restore, "/data/status"),
        clock.elapsed().as_secs_f64()
    ));

    Ok(())
}

/// Runs this program's commands the way the demo shows them.
struct Runner {
    program: PathBuf,
    env: Vec<(&'static str, String)>,
    debug: bool,
}

impl Runner {
    /// Runs `args`, printing the command first; returns its stdout. Its progress and
    /// errors go straight to stderr. A failure stops the demo with the command's code.
    async fn stdout(&self, args: &[&str]) -> Result<String, CliError> {
        say(&format!("$ oci-backup {}", shell_words(args)));
        let mut command = tokio::process::Command::new(&self.program);
        command
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if self.debug {
            command.arg("--debug");
        }
        for (name, _) in std::env::vars_os() {
            let Some(name) = name.to_str() else { continue };
            if INHERITED.contains(&name) || INHERITED_PREFIXES.iter().any(|p| name.starts_with(p)) {
                command.env_remove(name);
            }
        }
        for (name, value) in &self.env {
            command.env(name, value);
        }
        // `spawn` keeps stderr inherited (`output` would capture it).
        let output = command
            .spawn()
            .map_err(|e| CliError::Local(format!("cannot run oci-backup: {e}")))?
            .wait_with_output()
            .await
            .map_err(|e| CliError::Local(format!("cannot run oci-backup: {e}")))?;
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        if output.status.success() {
            return Ok(stdout);
        }
        say(&stdout);
        let code = output
            .status
            .code()
            .and_then(|code| u8::try_from(code).ok())
            .unwrap_or(1);
        Err(CliError::Demo {
            command: args.first().copied().unwrap_or_default().to_owned(),
            code,
        })
    }

    /// Runs `args` and parses its JSON output.
    async fn json(&self, args: &[&str]) -> Result<Value, CliError> {
        let stdout = self.stdout(args).await?;
        serde_json::from_str(&stdout)
            .map_err(|e| CliError::Local(format!("the command's output is not JSON: {e}")))
    }
}

/// A value of the output as text (`?` when absent).
fn text(value: &Value, pointer: &str) -> String {
    match value.pointer(pointer) {
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
        None => "?".to_owned(),
    }
}

fn indent(text: &str) -> String {
    text.lines().fold(String::new(), |mut out, line| {
        let _ = writeln!(out, "   {line}");
        out
    })
}

/// A line of the story on stdout (a closed stdout does not stop the demo).
fn say(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{}", text.trim_end_matches('\n'));
    let _ = stdout.flush();
}

/// A throwaway RSA-2048 key, PKCS#8 PEM, generated locally (the fake's sandbox key).
fn generate_key() -> Result<String, CliError> {
    oci_backup_fake::generate_key()
        .map_err(|e| CliError::Local(format!("cannot generate the demo's RSA key: {e}")))
}

/// A private temporary directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Self, CliError> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("oci-backup-demo-{}-{nanos}", std::process::id()));
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt as _;
            builder.mode(0o700);
        }
        builder
            .create(&path)
            .map_err(|e| CliError::Local(format!("cannot create `{}`: {e}", path.display())))?;
        Ok(Self(path))
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// Writes a file only the owner can read.
    fn write(&self, name: &str, content: &str) -> Result<PathBuf, CliError> {
        let path = self.0.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        options
            .open(&path)
            .and_then(|mut file| file.write_all(content.as_bytes()))
            .map_err(|e| CliError::Local(format!("cannot write `{}`: {e}", path.display())))?;
        Ok(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Best effort: a temporary directory left behind is harmless.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_shown_as_they_would_be_typed() {
        assert_eq!(
            shell_words(&[
                "create",
                "--name",
                "a b",
                "--url",
                "http://127.0.0.1:1",
                "it's"
            ]),
            "create --name 'a b' --url http://127.0.0.1:1 'it'\\''s'"
        );
    }

    #[test]
    fn the_generated_key_loads() {
        let pem = generate_key().unwrap();
        let key = PrivateKey::from_pem(&pem, None, "test").unwrap();
        assert_eq!(key.bits(), 2048);
    }
}
