//! Waiting for a 60 s backup on the fake (linear progress after its `REQUEST_RECEIVED`
//! tenth), on a manual clock: how long after `AVAILABLE` the waiter returns and how many
//! polls it made, beside the official SDK's 1, 2, 4, 8, 16, 30, 30 ... s schedule
//! (computed, not run). Target: at most max(0.5 s, 5% of 60 s) late, with at most half
//! the SDK's polls. Measured twice, as a nightly cron job runs: the first night in a
//! cold process with nothing known, the second night in another cold process whose
//! waiter starts from what the first one learned (`Waiter::learned`, given back with
//! `Waiter::remember`, which is what the command's state file carries between runs).
//!
//! Then the first-ever wait alone (a cold process, nothing known) for backups of 10 s to
//! 10 min, each on its own fake, beside the SDK's schedule: the target is fewer polls in
//! all, and never noticing the end later than the SDK does.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oci_backup::auth::key::PrivateKey;
use oci_backup::auth::oci::OciSigner;
use oci_backup::block_storage;
use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::BootVolumeBackupLifecycleState;
use oci_backup::clock::{Clock as _, ManualClock, ManualSleep};
use oci_backup::connect::Settings;
use oci_backup::random::SeededRandom;
use oci_backup::wait::Waiter;
use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};

use crate::{Row, key_file};

const DURATION: Duration = Duration::from_secs(60);

pub(crate) async fn run() -> Vec<Row> {
    let fake = Fake::start(&Arc::new(bench_key()), DURATION).await;
    let mut waiter = Waiter::new(&fake.settings);
    let (sdk_late, sdk_polls) = sdk_schedule(DURATION);
    let allowed = Duration::from_millis(500).max(DURATION / 20);
    let mut rows = Vec::new();
    for (when, nickname) in [
        ("first night, cold process, nothing known", "first"),
        ("second night, cold process, state file", "next"),
    ] {
        if nickname == "next" {
            // A new process: a new waiter, taught what the last night's learned.
            let kept = waiter.learned();
            waiter = Waiter::new(&fake.settings);
            waiter.remember(&kept);
        }
        let storage = BlockStorage::from_api(
            fake.client.clone(),
            Settings::with_clock(fake.clock.clone()),
        )
        .with_waiter(waiter.clone());
        let (late, polls) = fake
            .wait(storage, nickname, DURATION, Duration::from_secs(1200))
            .await;
        rows.push(Row {
            name: format!("waiting (60 s backup, {when}): returned after AVAILABLE"),
            value: format!("{late:.2?} (SDK: {sdk_late:.0?})"),
            target: format!("<= {allowed:.0?}"),
            met: Some(late <= allowed),
        });
        rows.push(Row {
            name: format!("waiting (60 s backup, {when}): polls"),
            value: format!("{polls} (SDK: {sdk_polls})"),
            target: format!("<= {}", sdk_polls / 2),
            met: Some(polls <= sdk_polls / 2),
        });
    }
    rows.extend(first_waits().await);
    rows
}

/// The backup durations of the first-ever waits.
const FIRST_WAITS: [u64; 6] = [10, 30, 60, 120, 300, 600];

/// A first-ever wait (new waiter, nothing expected) for a backup of each of
/// [`FIRST_WAITS`], each on its own fake: lateness and polls beside the SDK's.
async fn first_waits() -> Vec<Row> {
    let key = Arc::new(bench_key());
    let mut rows = Vec::new();
    let (mut ours_total, mut sdk_total, mut never_later) = (0, 0, true);
    for seconds in FIRST_WAITS {
        let duration = Duration::from_secs(seconds);
        let fake = Fake::start(&key, duration).await;
        let storage = BlockStorage::from_api(fake.client.clone(), fake.settings.clone())
            .with_waiter(Waiter::new(&fake.settings));
        let (late, polls) = fake
            .wait(storage, "first", duration, Duration::from_secs(3600))
            .await;
        fake.server.shutdown().await;
        let (sdk_late, sdk_polls) = sdk_schedule(duration);
        ours_total += polls;
        sdk_total += sdk_polls;
        never_later &= late <= sdk_late;
        rows.push(Row {
            name: format!("waiting, first-ever wait, {seconds} s backup: late / polls"),
            value: format!(
                "{:.2} s / {polls} (SDK: {:.0} s / {sdk_polls})",
                late.as_secs_f64(),
                sdk_late.as_secs_f64()
            ),
            target: "late <= SDK's".into(),
            met: Some(late <= sdk_late),
        });
    }
    rows.push(Row {
        name: format!("waiting, first-ever waits of {FIRST_WAITS:?} s: polls in all"),
        value: format!("{ours_total} (SDK: {sdk_total})"),
        target: "< SDK's, never later".into(),
        met: Some(ours_total < sdk_total && never_later),
    });
    rows
}

fn bench_key() -> PrivateKey {
    PrivateKey::from_file(&key_file("rsa2048-pkcs8.pem"), None).unwrap()
}

/// A fake on a manual clock whose backups take a given time, and a client that signs
/// for it with the bench key.
struct Fake {
    clock: Arc<ManualClock>,
    server: FakeServer,
    /// The manual clock, a manual sleep and seeded jitter.
    settings: Settings,
    client: block_storage::Api,
}

impl Fake {
    async fn start(key: &Arc<PrivateKey>, backup_duration: Duration) -> Self {
        let clock = Arc::new(ManualClock::new(SystemTime::now()));
        let config = FakeConfig::default()
            .with_clock(clock.clone())
            .with_backup_duration(backup_duration)
            .with_public_key(PublicKey::from_private_key(key));
        let server = FakeServer::start(config).await.unwrap();
        let key_id = format!(
            "ocid1.tenancy.oc1..bench/ocid1.user.oc1..bench/{}",
            key.fingerprint()
        );
        let sleep = Arc::new(ManualSleep::new(clock.clone()));
        let settings = Settings::with_clock(clock.clone())
            .with_sleep_and_random(sleep, Arc::new(SeededRandom::new(1)));
        let signer = OciSigner::with_key_id(key.clone(), key_id, clock.clone());
        let client = block_storage::Api::new(server.base_url(), settings.retrying(signer.shared()));
        Self {
            clock,
            server,
            settings,
            client,
        }
    }

    /// Creates a backup through `storage` and waits until it is AVAILABLE: how long
    /// after the backup's `duration` the wait returned, and how many times it polled.
    async fn wait(
        &self,
        storage: BlockStorage,
        nickname: &str,
        duration: Duration,
        max_wait: Duration,
    ) -> (Duration, usize) {
        self.server.state().clear_request_log();
        let created_at = self.clock.now();
        storage
            .create_backup(details(nickname))
            .wait_for(&[BootVolumeBackupLifecycleState::Available])
            .max_wait(max_wait)
            .send()
            .await
            .unwrap();
        let late = self
            .clock
            .now()
            .duration_since(created_at + duration)
            .unwrap_or_default();
        let polls = self
            .server
            .state()
            .request_log()
            .iter()
            .filter(|e| e.operation_id.as_deref() == Some("getBootVolumeBackup"))
            .count();
        (late, polls)
    }
}

fn details(name: &str) -> block_storage::types::CreateBootVolumeBackupDetails {
    serde_json::from_value(
        serde_json::json!({"bootVolumeId": "ocid1.bootvolume.oc1..bench",
        "compartmentId": "ocid1.compartment.oc1..bench", "displayName": name}),
    )
    .unwrap()
}

/// When the SDK's waiter notices a resource that becomes ready after `duration`, and
/// with how many polls: it sleeps 1 s, doubling to 30 s, polling after each sleep.
fn sdk_schedule(duration: Duration) -> (Duration, usize) {
    let (mut at, mut sleep, mut polls) = (Duration::ZERO, Duration::from_secs(1), 0);
    while at < duration {
        at += sleep;
        polls += 1;
        sleep = (sleep * 2).min(Duration::from_secs(30));
    }
    (at - duration, polls)
}
