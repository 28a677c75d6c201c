//! A fleet: 1,000 boot volume backups created concurrently against the fake (in a child
//! process, so this process's peak RSS is the client's), each taking 10 s, with faults
//! injected on 5% of requests (429, 503, connections closed after processing), then
//! waited for with the fleet waiter (paged list calls) instead of one GET per backup.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use oci_backup::auth::key::PrivateKey;
use oci_backup::auth::oci::OciSigner;
use oci_backup::clock::SystemClock;
use oci_backup::connect::Settings;
use oci_backup::retry::RetryPolicy;
use oci_backup::runtime::{BoxFuture, HookError, Hooks, Operation, SharedHooks};
use oci_backup::wait::Waiter;
use oci_backup::{CallExt as _, block_storage};
use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};
use tokio::io::AsyncBufReadExt as _;

use crate::{Row, key_file};

const BACKUPS: usize = 1000;
const BACKUP_SECONDS: u64 = 10;
const COMPARTMENT: &str = "ocid1.compartment.oc1..fleet";
const FAULTS: [&str; 3] = [
    "*;429;p=0.02,seed=11",
    "*;503;p=0.02,seed=12",
    "*;close-after;p=0.01,seed=13",
];

/// The child process: the fake server, its base URL on the first line of stdout. Its
/// arguments are faults, or `rate-limit=RATE/s[,burst=N]`.
pub(crate) fn serve_fake(args: &[String]) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut config = FakeConfig::default()
            .with_backup_duration(Duration::from_secs(BACKUP_SECONDS))
            .with_public_key(PublicKey::from_file(&key_file("rsa2048-public.pem")).unwrap());
        for arg in args {
            config = match arg.strip_prefix("rate-limit=") {
                Some(limit) => config.with_rate_limit(limit.parse().unwrap()),
                None => config.with_fault(arg.parse().unwrap()),
            };
        }
        let server = FakeServer::start(config).await.unwrap();
        println!("{}", server.base_url());
        std::future::pending::<()>().await;
    });
}

/// Counts every attempt sent, and the 429 answers.
#[derive(Debug)]
pub(crate) struct Counting {
    pub(crate) inner: SharedHooks,
    pub(crate) sent: AtomicU64,
    pub(crate) throttled: AtomicU64,
}

impl Hooks for Counting {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        self.inner.prepare(request, operation)
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        self.sent.fetch_add(1, Ordering::Relaxed);
        Box::pin(async move {
            let outcome = self.inner.execute(client, request, operation).await;
            if outcome.as_ref().is_ok_and(|r| r.status().as_u16() == 429) {
                self.throttled.fetch_add(1, Ordering::Relaxed);
            }
            outcome
        })
    }
}

/// Starts the fake in a child process with `args` (see [`serve_fake`]); returns it and
/// its base URL.
pub(crate) async fn spawn_fake(args: &[&str]) -> (tokio::process::Child, String) {
    let exe = std::env::current_exe().unwrap();
    let mut child = tokio::process::Command::new(exe)
        .arg("serve-fake")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let base = lines.next_line().await.unwrap().unwrap();
    (child, base)
}

/// Signing hooks for the bench key, counted.
pub(crate) fn counting_signer() -> Arc<Counting> {
    let key = PrivateKey::from_file(&key_file("rsa2048-pkcs8.pem"), None).unwrap();
    let key_id = format!(
        "ocid1.tenancy.oc1..bench/ocid1.user.oc1..bench/{}",
        key.fingerprint()
    );
    Arc::new(Counting {
        inner: OciSigner::with_key_id(Arc::new(key), key_id, Arc::new(SystemClock)).shared(),
        sent: AtomicU64::new(0),
        throttled: AtomicU64::new(0),
    })
}

pub(crate) async fn run() -> Vec<Row> {
    let (child, base) = spawn_fake(&FAULTS).await;
    let counting = counting_signer();
    let mut policy = RetryPolicy::default();
    policy.initial_backoff = Duration::from_millis(100);
    policy.max_backoff = Duration::from_secs(2);
    // Random faults, not a rate limit: the adaptive limiter (see `throttled`) would read
    // each injected 429 as the service's limit.
    let settings = Settings::default().with_retry(policy).without_rate_limit();
    let client = Arc::new(block_storage::Api::new(
        &base,
        settings.retrying(counting.clone()),
    ));

    let started = Instant::now();
    let mut creates = tokio::task::JoinSet::new();
    for i in 0..BACKUPS {
        let client = client.clone();
        creates.spawn(async move {
            let details: block_storage::types::CreateBootVolumeBackupDetails =
                serde_json::from_value(serde_json::json!({
                    "bootVolumeId": format!("ocid1.bootvolume.oc1..fleet{i}"),
                    "compartmentId": COMPARTMENT,
                    "displayName": format!("fleet-{i}"),
                }))
                .unwrap();
            let created = client
                .create_boot_volume_backup()
                .body(details)
                .call()
                .await;
            (i, created.map(|b| b.id.to_string()))
        });
    }
    let mut ids = vec![String::new(); BACKUPS];
    let mut failed = 0;
    while let Some(joined) = creates.join_next().await {
        match joined.unwrap() {
            (i, Ok(id)) => ids[i] = id,
            (i, Err(error)) => {
                failed += 1;
                eprintln!("fleet-{i}: {error}");
            }
        }
    }
    let created_in = started.elapsed();
    let sent_for_creates = counting.sent.load(Ordering::Relaxed);
    let ids: Vec<String> = ids.into_iter().filter(|id| !id.is_empty()).collect();
    let waited = Waiter::new(&settings)
        .boot_volume_backups(&client, COMPARTMENT, &ids, Duration::from_secs(120))
        .await;
    let wall = started.elapsed();
    let sent = counting.sent.load(Ordering::Relaxed);
    let list_polls = sent - sent_for_creates;

    // Everything exactly once: the fake holds one backup per create.
    let listed = client
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .limit(std::num::NonZeroU64::new(1000).unwrap())
        .send()
        .await;
    let stored = listed.map(|l| l.len()).unwrap_or(0);
    drop(child);

    let allowed = Duration::from_secs(BACKUP_SECONDS + 2);
    vec![
        Row {
            name: format!("fleet: {BACKUPS} backups, each exactly once"),
            value: format!(
                "{stored} stored, {failed} creates failed, wait {}",
                if waited.is_ok() { "ok" } else { "FAILED" }
            ),
            target: format!("{BACKUPS} stored, 0 failed"),
            met: Some(stored == BACKUPS && failed == 0 && waited.is_ok()),
        },
        Row {
            name: "fleet: wall time (creates, then all AVAILABLE)".into(),
            value: format!("{wall:.2?} (creates: {created_in:.2?})"),
            target: format!("<= {allowed:?}"),
            met: Some(wall <= allowed),
        },
        Row {
            name: "fleet: requests per backup".into(),
            value: format!(
                "{:.3} ({sent_for_creates} creates incl. retries + {list_polls} list polls)",
                sent as f64 / BACKUPS as f64
            ),
            target: "-".into(),
            met: None,
        },
        Row {
            name: "fleet: requests saved by list polling".into(),
            value: format!(
                "{} (one GET per backup per poll: {})",
                BACKUPS as u64 * list_polls - list_polls,
                BACKUPS as u64 * list_polls
            ),
            target: "-".into(),
            met: None,
        },
        Row {
            name: "fleet: peak RSS of the client process".into(),
            value: format!("{:.1} MiB", peak_rss_kib() as f64 / 1024.0),
            target: "<= 64 MiB".into(),
            met: Some(peak_rss_kib() <= 64 * 1024),
        },
    ]
}

/// `VmHWM` from `/proc/self/status` (Linux), in KiB; 0 elsewhere.
pub(crate) fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}
