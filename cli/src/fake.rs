//! `oci-backup fake-server`: the embedded fake of both APIs (crate `oci-backup-fake`) on
//! 127.0.0.1, until Ctrl-C (or SIGTERM). Its base URL is the first line on stdout, so a
//! script can start it in the background and read where it listens.

use std::io::Write as _;
use std::time::Duration;

use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};

use crate::args::FakeServerArgs;
use crate::exit::CliError;

/// The fake server's configuration from the command's flags.
pub(crate) fn config(args: &FakeServerArgs) -> Result<FakeConfig, CliError> {
    let mut config = FakeConfig::default()
        .with_port(args.port)
        .with_backup_duration(Duration::from_secs_f64(args.backup_seconds))
        .with_work_request_duration(Duration::from_secs_f64(args.work_request_seconds))
        .with_delete_duration(Duration::from_secs_f64(args.delete_seconds))
        .with_volume_duration(
            Duration::from_secs_f64(args.volume_seconds),
            Duration::from_secs_f64(args.hydration_seconds),
        )
        .with_response_validation(args.validate_responses);
    for path in &args.public_key {
        let key = PublicKey::from_file(path)
            .map_err(|e| CliError::input("--public-key", e.to_string()))?;
        config = config.with_public_key(key);
    }
    for token in &args.bearer_token {
        config = config.with_bearer_token(token.clone());
    }
    for fault in &args.fault {
        config = config.with_fault(fault.clone());
    }
    for boot_volume in &args.faulty_boot_volume {
        config = config.with_faulty_boot_volume(boot_volume.clone());
    }
    for backup in &args.faulty_backup {
        config = config.with_faulty_backup(backup.clone());
    }
    if !args.regions.is_empty() {
        config = config.with_regions(args.regions.iter().cloned());
    }
    for bar in &args.bar {
        config = config.with_bar(bar.clone());
    }
    if let Some(limit) = args.rate_limit {
        config = config.with_rate_limit(limit);
    }
    Ok(config)
}

/// Serves until interrupted.
pub(crate) async fn run(args: &FakeServerArgs) -> Result<(), CliError> {
    let config = config(args)?;
    if args.public_key.is_empty() {
        crate::input::warn(
            "no --public-key: every Core Services request will be refused (401); give the \
             public key of your API key",
        );
    }
    // Listen for the signals before the URL is printed: whoever reads it may stop the
    // server at once, and a signal that comes before its handler kills the process.
    let interrupted = interrupted()?;
    let server = FakeServer::start(config).await.map_err(|e| match e {
        oci_backup_fake::FakeError::Bind { .. } => CliError::input("--port", e.to_string()),
        other => CliError::Local(format!("cannot start the fake server: {other}")),
    })?;
    {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{}", server.base_url())
            .and_then(|()| stdout.flush())
            .map_err(|e| CliError::Local(format!("cannot write the output: {e}")))?;
    }
    {
        let mut stderr = std::io::stderr().lock();
        let _ = writeln!(
            stderr,
            "fake server: Core Services (--endpoint) and Analytics (--url) at {}; Ctrl-C stops it",
            server.base_url()
        );
        if server.regions().len() > 1 {
            for (region, url) in server.regions() {
                let _ = writeln!(stderr, "fake server: region {region} at {url}");
            }
        }
    }
    interrupted.await?;
    let violations = server.state().spec_violations();
    server.shutdown().await;
    if args.validate_responses {
        let mut stderr = std::io::stderr().lock();
        for v in &violations {
            let _ = writeln!(
                stderr,
                "fake server: spec violation: {} (opc-request-id {}): {}",
                v.operation_id, v.request_id, v.message
            );
        }
        let _ = writeln!(
            stderr,
            "fake server: {} responses violated the specs",
            violations.len()
        );
    }
    Ok(())
}

/// A future that ends at Ctrl-C, or on Unix at SIGTERM too; the handlers are in place
/// when this returns.
fn interrupted() -> Result<impl std::future::Future<Output = Result<(), CliError>>, CliError> {
    let error = |e: std::io::Error| CliError::Local(format!("cannot wait for a signal: {e}"));
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut interrupt = signal(SignalKind::interrupt()).map_err(error)?;
        let mut terminate = signal(SignalKind::terminate()).map_err(error)?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => Ok(()),
                _ = terminate.recv() => Ok(()),
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async move { tokio::signal::ctrl_c().await.map_err(error) })
    }
}
