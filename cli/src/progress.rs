//! Progress while waiting, on stderr: an indicatif bar with the state and percent when
//! stderr is a terminal, plain lines otherwise (logs of cron jobs and CI).

use std::io::{IsTerminal as _, Write as _};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use oci_backup::wait::{Progress, ProgressCallback};

/// Shows the progress of one wait.
#[derive(Debug, Clone)]
pub(crate) struct Reporter {
    bar: Option<ProgressBar>,
}

impl Reporter {
    /// A bar on a terminal, plain lines otherwise.
    pub(crate) fn new() -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(100);
            let style = ProgressStyle::with_template(
                "{spinner} {prefix} [{bar:30}] {pos:>3}% {msg} ({elapsed})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Self { bar }
    }

    /// Reports one reading.
    pub(crate) fn report(&self, what: &str, state: &str, percent: Option<f64>, elapsed: Duration) {
        match &self.bar {
            Some(bar) => {
                bar.set_prefix(what.to_owned());
                bar.set_message(state.to_owned());
                if let Some(percent) = percent {
                    bar.set_position(percent.clamp(0.0, 100.0).round() as u64);
                }
            }
            None => {
                let percent = percent
                    .map(|p| format!(" {:.0}%", p.clamp(0.0, 100.0)))
                    .unwrap_or_default();
                let line = format!(
                    "{what}: {state}{percent} after {}s",
                    elapsed.as_secs_f64().round()
                );
                // Progress is best effort: a closed stderr must not end the wait.
                let _ = writeln!(std::io::stderr().lock(), "{line}");
            }
        }
    }

    /// The waiter callback that reports here.
    pub(crate) fn callback(&self) -> ProgressCallback {
        let reporter = self.clone();
        Arc::new(move |progress: &Progress| {
            reporter.report(
                &progress.what,
                &progress.state,
                progress.percent,
                progress.elapsed,
            );
        })
    }

    /// Removes the bar once the wait is over.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
