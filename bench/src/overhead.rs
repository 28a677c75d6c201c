//! Per-call overhead: a `getBootVolumeBackup` through the client (generated builder,
//! hooks, retry layer, typed decoding) against the fake on loopback, beside a plain
//! reqwest GET carrying the same precomputed signed headers. Signing is excluded from
//! both: the client's hooks insert the same precomputed headers.

use std::sync::Arc;
use std::time::{Duration, Instant};

use oci_backup::auth::key::PrivateKey;
use oci_backup::auth::oci::OciSigner;
use oci_backup::clock::SystemClock;
use oci_backup::connect::Settings;
use oci_backup::runtime::{BoxFuture, HookError, Hooks, Operation};
use oci_backup::{CallExt as _, block_storage};
use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};
use reqwest::header::HeaderMap;

use crate::{Row, key_file};

const CALLS: usize = 2000;

/// Hooks that put precomputed headers on every request.
#[derive(Debug)]
struct Precomputed(HeaderMap);

impl Hooks for Precomputed {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        _: &'static Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        request.headers_mut().extend(self.0.clone());
        Box::pin(std::future::ready(Ok(())))
    }
}

pub(crate) async fn run() -> Vec<Row> {
    let key = PrivateKey::from_file(&key_file("rsa2048-pkcs8.pem"), None).unwrap();
    let server =
        FakeServer::start(FakeConfig::default().with_public_key(PublicKey::from_private_key(&key)))
            .await
            .unwrap();
    let key_id = format!(
        "ocid1.tenancy.oc1..bench/ocid1.user.oc1..bench/{}",
        key.fingerprint()
    );
    let key = Arc::new(key);
    let signer = || OciSigner::with_key_id(key.clone(), key_id.clone(), Arc::new(SystemClock));
    let settings = Settings::default();
    let signed = block_storage::Api::new(server.base_url(), settings.retrying(signer().shared()));
    let details: block_storage::types::CreateBootVolumeBackupDetails =
        serde_json::from_value(serde_json::json!({"bootVolumeId": "ocid1.bootvolume.oc1..bench", "compartmentId": "ocid1.compartment.oc1..bench"})).unwrap();
    let id = signed
        .create_boot_volume_backup()
        .body(details)
        .call()
        .await
        .unwrap()
        .id
        .to_string();

    let url = format!("{}/20160918/bootVolumeBackups/{id}", server.base_url());
    let http = reqwest::Client::new();
    let mut probe = http.get(&url).build().unwrap();
    signer().sign_request(&mut probe).unwrap();
    let headers = probe.headers().clone();
    // The same reqwest client on both sides: only the client's own layers differ.
    let hooks = settings.retrying(Arc::new(Precomputed(headers.clone())));
    let client = block_storage::Api::new_with_client(server.base_url(), http.clone(), hooks);

    let (mut ours, mut plain) = (Vec::with_capacity(CALLS), Vec::with_capacity(CALLS));
    for i in 0..CALLS + 200 {
        let started = Instant::now();
        let backup = client
            .get_boot_volume_backup()
            .boot_volume_backup_id(&id)
            .call()
            .await
            .unwrap();
        let client_time = started.elapsed();
        std::hint::black_box(backup);
        let started = Instant::now();
        let body = http
            .get(&url)
            .headers(headers.clone())
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let plain_time = started.elapsed();
        std::hint::black_box(body);
        if i >= 200 {
            ours.push(client_time);
            plain.push(plain_time);
        }
    }
    let (ours50, ours99) = percentiles(&mut ours);
    let (plain50, plain99) = percentiles(&mut plain);
    let added = ours50.as_secs_f64() / plain50.as_secs_f64() - 1.0;
    vec![
        Row {
            name: "overhead: client get, p50 / p99".into(),
            value: format!("{ours50:.0?} / {ours99:.0?}"),
            target: "-".into(),
            met: None,
        },
        Row {
            name: "overhead: plain reqwest get, p50 / p99".into(),
            value: format!("{plain50:.0?} / {plain99:.0?}"),
            target: "-".into(),
            met: None,
        },
        Row {
            name: "overhead: added by the client at p50".into(),
            value: format!("{:+.1}%", added * 100.0),
            target: "<= 10%".into(),
            met: Some(added <= 0.10),
        },
    ]
}

fn percentiles(values: &mut [Duration]) -> (Duration, Duration) {
    values.sort_unstable();
    (values[values.len() / 2], values[values.len() * 99 / 100])
}
