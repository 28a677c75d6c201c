//! Signed requests per second per core for a typical POST, beside OpenSSL's RSA-2048
//! sign/s on the same machine, in the same run. Target: at least 0.9 of OpenSSL.
//!
//! Run: `cargo bench -p oci-backup --bench signing` (`-- --seconds N` to change the
//! measuring time per round, default 2 s). The two sides alternate over five rounds and the
//! median of each is reported, so load that drifts during the run hits both alike. Run it
//! on an otherwise idle machine. A benchmark reports; it does not fail.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A bench binary may stop on setup errors.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use oci_backup::auth::key::{PrivateKey, RsaSign as _};
use oci_backup::auth::signer::{self, SigningInput};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seconds: u64 = args
        .iter()
        .position(|a| a == "--seconds")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys");
    let key = PrivateKey::from_file(&fixtures.join("rsa2048-pkcs8.pem"), None).unwrap();
    let body = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/signing-vectors/post_body.json"),
    )
    .unwrap();
    let date = signer::http_date(SystemTime::now());
    let input = SigningInput {
        method: "POST",
        path_and_query: "/20160918/bootVolumeBackups",
        host: "iaas.us-ashburn-1.oraclecloud.com",
        date: &date,
        content_type: Some("application/json"),
        body: &body,
    };
    let key_id = "ocid1.tenancy.oc1..aaaa/ocid1.user.oc1..aaaa/73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7";

    for _ in 0..50 {
        std::hint::black_box(signer::sign(&input, key_id, &key).unwrap());
    }
    let measure_ours = || {
        let started = Instant::now();
        let mut count = 0u64;
        while started.elapsed() < Duration::from_secs(seconds) {
            std::hint::black_box(signer::sign(std::hint::black_box(&input), key_id, &key).unwrap());
            count += 1;
        }
        count as f64 / started.elapsed().as_secs_f64()
    };
    let message = signer::sign(&input, key_id, &key).unwrap().signing_string;
    let measure_rsa_only = || {
        let started = Instant::now();
        let mut count = 0u64;
        while started.elapsed() < Duration::from_secs(seconds) {
            std::hint::black_box(
                key.sign_pkcs1_sha256(std::hint::black_box(message.as_bytes()))
                    .unwrap(),
            );
            count += 1;
        }
        count as f64 / started.elapsed().as_secs_f64()
    };
    let mut ours = Vec::new();
    let mut rsa_only = Vec::new();
    let mut openssl = Vec::new();
    for _ in 0..5 {
        ours.push(measure_ours());
        rsa_only.push(measure_rsa_only());
        openssl.extend(openssl_speed(seconds));
    }

    println!(
        "signing: a typical POST ({} byte body), RSA-2048, one thread, median of 5 alternating rounds",
        body.len()
    );
    println!("{:<44} {:>12}", "", "sign/s");
    let ours = median(&mut ours);
    println!(
        "{:<44} {:>12.0}",
        "oci-backup signer (aws-lc-rs), whole request", ours
    );
    let rsa_only = median(&mut rsa_only);
    println!("{:<44} {:>12.0}", "aws-lc-rs RSA-2048 sign only", rsa_only);
    if openssl.is_empty() {
        println!("openssl speed rsa2048: not available on this machine");
    } else {
        let openssl = median(&mut openssl);
        println!(
            "{:<44} {:>12.0}",
            "openssl speed rsa2048 (sign only)", openssl
        );
        println!(
            "ratio: {:.2} of OpenSSL (target: at least 0.90)",
            ours / openssl
        );
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// `openssl speed -seconds N rsa2048`'s sign/s (the fourth field of its `rsa 2048 bits` line).
fn openssl_speed(seconds: u64) -> Option<f64> {
    let output = std::process::Command::new("openssl")
        .args(["speed", "-seconds", &seconds.to_string(), "rsa2048"])
        .output()
        .ok()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().find(|l| l.starts_with("rsa 2048 bits"))?;
    line.split_whitespace().nth(5)?.parse().ok()
}
