//! Runs a fake server until killed, for trying clients and tools against it by hand:
//!
//! ```sh
//! cargo run -p oci-backup-fake --example serve -- \
//!     --port 8080 --public-key test-support/keys/rsa2048-public.pem \
//!     --bearer-token secret --backup-seconds 30 --fault 'createBootVolumeBackup;503;p=0.2'
//! ```
//!
//! It prints the base URL as its first line. (The `oci-backup fake-server` command will
//! take the same options.)

use std::path::Path;
use std::time::Duration;

use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut config = FakeConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        config = match flag.as_str() {
            "--port" => config.with_port(value()?.parse()?),
            "--public-key" => config.with_public_key(PublicKey::from_file(Path::new(&value()?))?),
            "--bearer-token" => config.with_bearer_token(value()?),
            "--backup-seconds" => {
                config.with_backup_duration(Duration::from_secs(value()?.parse()?))
            }
            "--work-request-seconds" => {
                config.with_work_request_duration(Duration::from_secs(value()?.parse()?))
            }
            "--fault" => config.with_fault(value()?.parse()?),
            "--bar" => config.with_bar(value()?),
            other => return Err(format!("unknown option {other}").into()),
        };
    }
    let server = FakeServer::start(config).await?;
    println!("{}", server.base_url());
    std::future::pending::<()>().await;
    Ok(())
}
