//! `cargo xtask bench [--build-cost | NAME...]`: the benchmarks, one table (`NAME`s:
//! `signing`, `overhead`, `waiting`, `fleet`, `throttled`, or `all`; none: all but the
//! eight-minute `throttled`).

use crate::{cargo, root};

/// One row of the benchmark table.
pub(crate) struct BenchRow {
    name: String,
    value: String,
    target: String,
    verdict: String,
}

pub(crate) fn bench(build_cost: bool, names: &[&str]) -> Result<(), String> {
    let cargo = cargo();
    let mut rows = Vec::new();
    eprintln!("==> running the benchmarks (release build; about two minutes)");
    let output = std::process::Command::new(&cargo)
        .args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "oci-backup-bench",
            "--",
        ])
        .args(names)
        .current_dir(root())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the benchmarks: {e}"))?;
    if !output.status.success() {
        return Err(format!("the benchmarks failed ({})", output.status));
    }
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if let ["row", name, value, target, verdict] = fields.as_slice() {
            rows.push(BenchRow {
                name: (*name).to_owned(),
                value: (*value).to_owned(),
                target: (*target).to_owned(),
                verdict: (*verdict).to_owned(),
            });
        }
    }
    let root = root();
    // The project's specs, and the largest vendored public one (522 KB, 100 operations,
    // 273 schemas: codegen/real-specs/SOURCES.md).
    for (spec, spec_path, runs) in [
        ("oac-snapshots", "specs/oac-snapshots.yaml", 20),
        (
            "core-boot-volume-backups",
            "specs/core-boot-volume-backups.yaml",
            20,
        ),
        (
            "velopayments",
            "codegen/real-specs/specs/velopayments.json",
            5,
        ),
    ] {
        let text = std::fs::read_to_string(root.join(spec_path))
            .map_err(|e| format!("{spec_path}: {e}"))?;
        let input = codegen::Input {
            spec_path,
            spec_text: &text,
            crate_name: spec,
        };
        let started = std::time::Instant::now();
        for _ in 0..runs {
            codegen::generate(&input).map_err(|e| e.to_string())?;
        }
        rows.push(BenchRow {
            name: format!("generation: {spec_path}"),
            value: format!(
                "{:.1} ms",
                started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
            ),
            target: "-".into(),
            verdict: "-".into(),
        });
    }
    if build_cost {
        rows.extend(cold_build(&cargo)?);
    }
    let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(10);
    println!(
        "\n{:<width$}  {:<40}  {:<14}  verdict",
        "benchmark", "value", "target"
    );
    for row in rows {
        println!(
            "{:<width$}  {:<40}  {:<14}  {}",
            row.name, row.value, row.target, row.verdict
        );
    }
    Ok(())
}

/// A cold `cargo build --release -p oci-backup` in a scratch target directory: its wall
/// time, how many crates it compiled, and (from `--timings`) where the time went.
pub(crate) fn cold_build(cargo: &str) -> Result<Vec<BenchRow>, String> {
    let target = std::env::temp_dir().join(format!("oci-backup-cold-build-{}", std::process::id()));
    eprintln!(
        "==> cold release build of oci-backup in {} (minutes)",
        target.display()
    );
    let started = std::time::Instant::now();
    let output = std::process::Command::new(cargo)
        .args([
            "build",
            "--release",
            "-p",
            "oci-backup",
            "--locked",
            "--timings",
        ])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run cargo build: {e}"))?;
    let elapsed = started.elapsed();
    let timings = std::fs::read_to_string(target.join("cargo-timings/cargo-timing.html"))
        .ok()
        .and_then(|html| slowest_units(&html));
    let _ = std::fs::remove_dir_all(&target);
    if !output.status.success() {
        return Err(format!(
            "the cold build failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let compiled = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count();
    let mut rows = vec![BenchRow {
        name: "build: cold cargo build --release -p oci-backup".into(),
        value: format!("{:.0} s, {compiled} crates", elapsed.as_secs_f64()),
        target: "-".into(),
        verdict: "-".into(),
    }];
    if let Some((total, slowest)) = timings {
        rows.push(BenchRow {
            name: format!("build: slowest of {total:.0} s of compile time"),
            value: slowest
                .iter()
                .map(|(name, seconds)| format!("{name} {seconds:.0} s"))
                .collect::<Vec<_>>()
                .join(", "),
            target: "-".into(),
            verdict: "-".into(),
        });
    }
    Ok(rows)
}

/// From a `cargo --timings` report: the total compile time of all units and the five
/// crates that took longest (build scripts included), in seconds. `None` if the report
/// no longer has the `UNIT_DATA` array this reads.
pub(crate) fn slowest_units(html: &str) -> Option<(f64, Vec<(String, f64)>)> {
    let start = html.find("const UNIT_DATA = ")? + "const UNIT_DATA = ".len();
    let units = serde_json::Deserializer::from_str(&html[start..])
        .into_iter::<serde_json::Value>()
        .next()?
        .ok()?;
    let mut by_crate: Vec<(String, f64)> = Vec::new();
    for unit in units.as_array()? {
        let name = unit.get("name")?.as_str()?;
        let seconds = unit.get("duration")?.as_f64()?;
        match by_crate.iter_mut().find(|(n, _)| n == name) {
            Some((_, total)) => *total += seconds,
            None => by_crate.push((name.to_owned(), seconds)),
        }
    }
    let total = by_crate.iter().map(|(_, s)| s).sum();
    by_crate.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    by_crate.truncate(5);
    Some((total, by_crate))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slowest_units_are_summed_by_crate_from_a_timings_report() {
        let html = r#"<script>
const UNIT_DATA = [{"name":"b","duration":2.5},{"name":"a","duration":1.0},
{"name":"b","duration":0.5},{"name":"c","duration":4.0}];
const CONCURRENCY_DATA = [];</script>"#;
        let (total, slowest) = slowest_units(html).unwrap();
        assert_eq!(total, 8.0);
        assert_eq!(
            slowest,
            [
                ("c".to_owned(), 4.0),
                ("b".to_owned(), 3.0),
                ("a".to_owned(), 1.0)
            ]
        );
        assert_eq!(slowest_units("<html>no report</html>"), None);
    }
}
