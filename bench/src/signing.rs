//! Signed requests per second per core for a typical POST (316-byte body, RSA-2048, one
//! thread), beside `openssl speed rsa2048` sign/s in the same run. The sides alternate
//! over five rounds and the medians are compared, so drifting load hits both alike.

use std::time::{Duration, Instant, SystemTime};

use oci_backup::auth::key::{PrivateKey, RsaSign as _};
use oci_backup::auth::signer::{self, SigningInput};

use crate::{Row, fixtures, key_file};

const ROUND: Duration = Duration::from_secs(2);

pub(crate) fn run() -> Vec<Row> {
    let key = PrivateKey::from_file(&key_file("rsa2048-pkcs8.pem"), None).unwrap();
    let body = std::fs::read(fixtures().join("../signing-vectors/post_body.json")).unwrap();
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
    let per_second = |mut work: Box<dyn FnMut() + '_>| {
        let started = Instant::now();
        let mut count = 0u64;
        while started.elapsed() < ROUND {
            work();
            count += 1;
        }
        count as f64 / started.elapsed().as_secs_f64()
    };
    let message = signer::sign(&input, key_id, &key).unwrap().signing_string;
    let (mut ours, mut bare, mut openssl) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..5 {
        ours.push(per_second(Box::new(|| {
            std::hint::black_box(signer::sign(std::hint::black_box(&input), key_id, &key).unwrap());
        })));
        bare.push(per_second(Box::new(|| {
            std::hint::black_box(key.sign_pkcs1_sha256(message.as_bytes()).unwrap());
        })));
        openssl.extend(openssl_speed());
    }
    let ours = median(&mut ours);
    let mut rows = vec![Row {
        name: "signing: signed POSTs/s (one core)".into(),
        value: format!("{ours:.0}"),
        target: "-".into(),
        met: None,
    }];
    rows.push(Row {
        name: "signing: aws-lc-rs RSA-2048 alone, sign/s".into(),
        value: format!("{:.0}", median(&mut bare)),
        target: "-".into(),
        met: None,
    });
    if !openssl.is_empty() {
        let openssl = median(&mut openssl);
        rows.push(Row {
            name: "signing: openssl speed rsa2048, sign/s".into(),
            value: format!("{openssl:.0}"),
            target: "-".into(),
            met: None,
        });
        rows.push(Row {
            name: "signing: ratio to OpenSSL".into(),
            value: format!("{:.2}", ours / openssl),
            target: ">= 0.90".into(),
            met: Some(ours / openssl >= 0.9),
        });
    }
    rows
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// `openssl speed`'s RSA-2048 sign/s (the sixth field of its `rsa 2048 bits` line).
fn openssl_speed() -> Option<f64> {
    let seconds = ROUND.as_secs().to_string();
    let output = std::process::Command::new("openssl")
        .args(["speed", "-seconds", &seconds, "rsa2048"])
        .output()
        .ok()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().find(|l| l.starts_with("rsa 2048 bits"))?;
    line.split_whitespace().nth(5)?.parse().ok()
}
