//! Learned wait durations kept across runs, so a cron job's second night waits as well
//! as a long-running program does: the waiter's durations (the library's
//! [`Waiter::learned`]) in a small JSON file in the user's cache directory
//! (`$XDG_CACHE_HOME/oci-backup/learned-waits.json`, else
//! `~/.cache/oci-backup/learned-waits.json`), read when a command builds its client and
//! written (to a temporary file renamed over it, so a crash never leaves half a file)
//! when it ends. A file that cannot be read, is not JSON of this shape, or is of another
//! format version is ignored with a warning and replaced. `--no-learned-waits` neither
//! reads nor writes it.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use oci_backup::wait::Waiter;
use serde::{Deserialize, Serialize};

/// The format this version reads and writes.
const FORMAT: &str = "oci-backup learned waits 1";

/// The largest file read: a few kinds of at most eight durations fit in far less.
const MAX_BYTES: u64 = 64 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    /// Seconds, oldest first, by kind of wait.
    waits: BTreeMap<String, Vec<f64>>,
}

/// The state file's path from the environment (`None` without a home or cache dir).
pub(crate) fn path() -> Option<PathBuf> {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(cache.join("oci-backup").join("learned-waits.json"))
}

/// Teaches `waiter` what the file at `path` holds; a missing file is a first run, a bad
/// one is ignored with a warning.
pub(crate) fn load(path: &Path, waiter: &Waiter) {
    match read(path) {
        Ok(Some(learned)) => waiter.remember(&learned),
        Ok(None) => {}
        Err(reason) => crate::input::warn(&format!(
            "ignoring the learned wait durations in {}: {reason}",
            path.display()
        )),
    }
}

fn read(path: &Path) -> Result<Option<BTreeMap<String, Vec<Duration>>>, String> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
    };
    let mut text = String::new();
    file.take(MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    if text.len() as u64 > MAX_BYTES {
        return Err(format!("larger than {MAX_BYTES} bytes"));
    }
    let file: File = serde_json::from_str(&text).map_err(|e| format!("not its format: {e}"))?;
    if file.format != FORMAT {
        return Err(format!(
            "format `{}`, not `{FORMAT}`",
            file.format.chars().take(64).collect::<String>()
        ));
    }
    file.waits
        .into_iter()
        .map(|(kind, seconds)| {
            let durations = seconds
                .iter()
                .map(|&s| {
                    (s.is_finite() && (0.0..=7.0 * 86_400.0).contains(&s))
                        .then(|| Duration::from_secs_f64(s))
                        .ok_or_else(|| format!("`{kind}`: {s} is not a duration in seconds"))
                })
                .collect::<Result<Vec<_>, String>>()?;
            Ok((kind, durations))
        })
        .collect::<Result<_, String>>()
        .map(Some)
}

/// Writes what `waiter` learned to `path`, atomically; a failure is a warning (the
/// command's work is done).
pub(crate) fn save(path: &Path, waiter: &Waiter) {
    let learned = waiter.learned();
    if learned.is_empty() {
        return;
    }
    let file = File {
        format: FORMAT.to_owned(),
        waits: learned
            .into_iter()
            .map(|(kind, durations)| (kind, durations.iter().map(Duration::as_secs_f64).collect()))
            .collect(),
    };
    if let Err(error) = write(path, &file) {
        crate::input::warn(&format!(
            "cannot keep the learned wait durations in {}: {error}",
            path.display()
        ));
    }
}

fn write(path: &Path, file: &File) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = serde_json::to_string_pretty(file).map_err(std::io::Error::other)?;
    let temporary = path.with_extension(format!("json.{}.tmp", std::process::id()));
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("oci-backup-learned-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn durations_survive_a_round_trip_and_bad_files_are_refused_with_a_reason() {
        let dir = dir("round-trip");
        let path = dir.join("oci-backup/learned-waits.json");
        let waiter = Waiter::new(&oci_backup::Settings::default());
        let learned = BTreeMap::from([(
            "backup".to_owned(),
            vec![Duration::from_secs(60), Duration::from_millis(61_500)],
        )]);
        waiter.remember(&learned);
        save(&path, &waiter);
        assert_eq!(read(&path).unwrap(), Some(learned));
        let leftovers = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left");

        for (text, reason) in [
            ("not json", "not its format"),
            (r#"{"format":"other 9","waits":{}}"#, "format `other 9`"),
            (
                r#"{"format":"oci-backup learned waits 1","waits":{"b":[-1]}}"#,
                "not a duration",
            ),
            (
                r#"{"format":"oci-backup learned waits 1","waits":{},"x":1}"#,
                "not its format",
            ),
        ] {
            std::fs::write(&path, text).unwrap();
            let error = read(&path).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
        }
        assert_eq!(read(&dir.join("missing.json")), Ok(None));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
