//! A fleet at the service's limit: 10,000 boot volume backups created (64 at a time) and
//! waited for through the library against the fake in a child process limited to 50
//! requests/s per tenancy (burst 50), each backup taking 10 s, in real time: once with
//! the adaptive rate limiter (the default) and once with backoff alone. The lower bound
//! of the wall time is the requests needed over the rate plus one backup's duration.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use oci_backup::connect::Settings;
use oci_backup::limit::RateLimit;
use oci_backup::retry::RetryPolicy;
use oci_backup::wait::Waiter;
use oci_backup::{CallExt as _, block_storage};

use crate::Row;
use crate::fleet::{counting_signer, peak_rss_kib, spawn_fake};

const BACKUPS: usize = 10_000;
const RATE: f64 = 50.0;
const BACKUP_SECONDS: f64 = 10.0;
const CONCURRENCY: usize = 64;
const COMPARTMENT: &str = "ocid1.compartment.oc1..throttled";
const PAGE: u64 = 1000;

/// What one run measured.
struct Run {
    stored: usize,
    failed: usize,
    waited: bool,
    wall: Duration,
    sent: u64,
    throttled: u64,
    rate: Option<f64>,
}

async fn one_run(adaptive: bool) -> Run {
    let (child, base) = spawn_fake(&["rate-limit=50/s,burst=50"]).await;
    let counting = counting_signer();
    let settings = Settings::default().with_retry(RetryPolicy::default());
    let settings = if adaptive {
        settings.with_rate_limit(RateLimit::default())
    } else {
        settings.without_rate_limit()
    };
    let client = Arc::new(block_storage::Api::new(
        &base,
        settings.retrying(counting.clone()),
    ));
    let started = Instant::now();
    let mut creates = tokio::task::JoinSet::new();
    let mut ids = vec![String::new(); BACKUPS];
    let mut failed = 0;
    let mut reasons = std::collections::BTreeMap::<String, usize>::new();
    let mut collect = |joined: (usize, Result<String, oci_backup::Error>)| match joined {
        (i, Ok(id)) => ids[i] = id,
        (_, Err(error)) => {
            failed += 1;
            *reasons.entry(error.to_string()).or_default() += 1;
        }
    };
    for i in 0..BACKUPS {
        if creates.len() >= CONCURRENCY {
            collect(creates.join_next().await.unwrap().unwrap());
        }
        let client = client.clone();
        creates.spawn(async move {
            let details: block_storage::types::CreateBootVolumeBackupDetails =
                serde_json::from_value(serde_json::json!({
                    "bootVolumeId": format!("ocid1.bootvolume.oc1..throttled{i}"),
                    "compartmentId": COMPARTMENT,
                    "displayName": format!("throttled-{i}"),
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
    while let Some(joined) = creates.join_next().await {
        collect(joined.unwrap());
    }
    for (reason, count) in &reasons {
        eprintln!("  {count} creates failed: {reason}");
    }
    let ids: Vec<String> = ids.into_iter().filter(|id| !id.is_empty()).collect();
    let waited = Waiter::new(&settings)
        .boot_volume_backups(&client, COMPARTMENT, &ids, Duration::from_secs(900))
        .await;
    let wall = started.elapsed();
    if let Err(error) = &waited {
        eprintln!("  wait: {error}");
    }
    let sent = counting.sent.load(Ordering::Relaxed);
    let throttled = counting.throttled.load(Ordering::Relaxed);
    // Exactly once: the fake holds one backup per create, no more.
    let mut stored = 0;
    let mut page: Option<String> = None;
    loop {
        use oci_backup::block_storage::ResponseHeaders as _;
        let mut request = client
            .list_boot_volume_backups()
            .compartment_id(COMPARTMENT)
            .limit(std::num::NonZeroU64::new(PAGE).unwrap());
        if let Some(page) = &page {
            request = request.page(page.as_str());
        }
        let response = request.call().await.unwrap();
        page = response.opc_next_page().map(str::to_owned);
        stored += response.into_inner().len();
        if page.is_none() {
            break;
        }
    }
    drop(child);
    Run {
        stored,
        failed,
        waited: waited.is_ok(),
        wall,
        sent,
        throttled,
        rate: settings.limiter.as_ref().map(|l| l.rate()),
    }
}

pub(crate) async fn run() -> Vec<Row> {
    let mut rows = Vec::new();
    for adaptive in [true, false] {
        let label = if adaptive {
            "adaptive limiter"
        } else {
            "backoff alone"
        };
        eprintln!("throttled fleet ({label}): {BACKUPS} backups at {RATE} req/s, about 4 minutes");
        let run = one_run(adaptive).await;
        // Requests needed: one create per backup and one last poll of every page.
        let needed = BACKUPS as f64 + (BACKUPS as f64 / PAGE as f64).ceil();
        let bound = Duration::from_secs_f64(needed / RATE + BACKUP_SECONDS);
        let ratio = run.wall.as_secs_f64() / bound.as_secs_f64();
        let share = run.throttled as f64 / run.sent.max(1) as f64;
        rows.push(Row {
            name: format!("throttled ({label}): {BACKUPS} backups at 50 req/s, each exactly once"),
            value: format!(
                "{} stored, {} creates failed, wait {}",
                run.stored,
                run.failed,
                if run.waited { "ok" } else { "FAILED" }
            ),
            target: format!("{BACKUPS} stored, 0 failed"),
            met: Some(run.stored == BACKUPS && run.failed == 0 && run.waited),
        });
        rows.push(Row {
            name: format!("throttled ({label}): 429 answers / requests"),
            value: format!("{:.2}% ({} of {})", share * 100.0, run.throttled, run.sent),
            target: "<= 2%".into(),
            met: Some(share <= 0.02),
        });
        rows.push(Row {
            name: format!("throttled ({label}): wall time / lower bound"),
            value: format!(
                "{ratio:.3} ({:.1} s / {:.1} s){}",
                run.wall.as_secs_f64(),
                bound.as_secs_f64(),
                run.rate
                    .map(|r| format!(", limiter ends at {r:.1} req/s"))
                    .unwrap_or_default()
            ),
            target: "<= 1.15".into(),
            met: Some(ratio <= 1.15),
        });
        if adaptive {
            let rss = peak_rss_kib();
            rows.push(Row {
                name: "throttled (adaptive limiter): peak RSS of the client process".into(),
                value: format!("{:.1} MiB", rss as f64 / 1024.0),
                target: "<= 64 MiB".into(),
                met: Some(rss <= 64 * 1024),
            });
        }
    }
    rows
}
