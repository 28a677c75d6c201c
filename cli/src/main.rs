//! `oci-backup`: Oracle Cloud boot volume backups and Analytics snapshots from the shell,
//! with the OCI CLI's names and habits.
//!
//! Everything goes through the `oci-backup` library (configuration, signing, tokens,
//! retries, waiters); this crate adds only what a command needs: the command tree
//! ([`args`]), output ([`output`]), progress ([`progress`]), input handling
//! ([`input`]), and exit codes ([`exit`]). Nothing runs before the arguments are parsed,
//! and the async runtime is a single-threaded one, so start-up stays fast.

mod analytics;
mod args;
mod bv;
mod context;
mod demo;
mod exit;
mod fake;
mod fleet;
mod input;
mod learned;
mod output;
mod progress;
mod raw;
mod volumes;
mod waiting;

use std::process::ExitCode;

use clap::Parser as _;

use crate::args::{BvCommand, Cli, Command, SessionCommand};
use crate::context::Context;
use crate::exit::{CliError, Exit};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.global.debug {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(tracing::Level::DEBUG)
            .init();
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Local(format!("cannot start the async runtime: {e}")));
    let outcome = runtime.and_then(|runtime| runtime.block_on(run(cli)));
    match outcome {
        Ok(()) => ExitCode::from(Exit::Success.code()),
        Err(error) => {
            error.report();
            ExitCode::from(error.exit().code())
        }
    }
}

async fn run(cli: Cli) -> Result<(), CliError> {
    let context = Context::new(cli.global);
    let outcome = match cli.command {
        Command::Bv(bv) => match bv.command {
            BvCommand::BootVolumeBackup(command) => bv::run(&context, command).await,
            BvCommand::BootVolume(command) => volumes::run(&context, command).await,
        },
        Command::Analytics(analytics) => analytics::run(&context, analytics).await,
        Command::RawRequest(request) => raw::run(&context, &request).await,
        Command::Session(SessionCommand::Refresh) => context.refresh_session().await,
        Command::FakeServer(args) => fake::run(&args).await,
        Command::Demo(args) => demo::run(&context, &args).await,
    };
    context.keep_learned();
    outcome
}
