//! The impact report of `cargo xtask generate`: each spec and its freshly generated
//! crate compared with their versions at a git revision (`--base`, `HEAD` by default) by
//! `codegen::impact`, printed for people or as JSON (`--format json`), and the versions
//! that follow: the generated crate's version must be at least the base's version bumped
//! as the report says (written by `generate`, checked by `generate --check`), with a
//! CHANGELOG entry for it, and the workspace's dependency on it at the same version.

use std::fmt::Write as _;
use std::path::Path;

use codegen::impact::{self, Bump, Report, Side};
use serde_json::{Value, json};

/// How `generate` reports, and what it compares with.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// Write nothing; fail when generated files or versions are stale.
    pub(crate) check: bool,
    /// Print the report as JSON on stdout.
    pub(crate) json: bool,
    /// The git revision the working copy is compared with.
    pub(crate) base: String,
}

impl Options {
    /// `generate` (or `generate --check`) against `HEAD`, for people.
    pub(crate) fn new(check: bool) -> Self {
        Options {
            check,
            json: false,
            base: "HEAD".to_owned(),
        }
    }

    /// Reads `[--check] [--format human|json] [--base REV]`.
    pub(crate) fn parse(args: &[&str]) -> Result<Self, String> {
        let mut options = Options::new(false);
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match *arg {
                "--check" => options.check = true,
                "--format" => match args.next().copied() {
                    Some("json") => options.json = true,
                    Some("human") => options.json = false,
                    other => {
                        return Err(format!(
                            "--format: expected `human` or `json`, got {}",
                            other.map_or("nothing".to_owned(), |o| format!("`{o}`"))
                        ));
                    }
                },
                "--base" => {
                    options.base = args
                        .next()
                        .map(|s| (*s).to_owned())
                        .ok_or("--base: expected a git revision")?;
                }
                other => return Err(format!("generate: unknown argument `{other}`")),
            }
        }
        Ok(options)
    }
}

/// A file at a git revision of the repository at `root`, if it is there.
pub(crate) fn at_revision(root: &Path, revision: &str, path: &str) -> Option<String> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["show", &format!("{revision}:{path}")])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).ok())
        .flatten()
}

/// The `version` of a package manifest: its own, or the workspace's (`root_manifest`)
/// when it says `version.workspace = true`.
pub(crate) fn package_version(manifest: &str, root_manifest: Option<&str>) -> Option<String> {
    let quoted = |line: &str| {
        line.strip_prefix("version = \"")
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned)
    };
    if let Some(version) = manifest.lines().find_map(quoted) {
        return Some(version);
    }
    let root = root_manifest?;
    let section = root.split("[workspace.package]").nth(1)?;
    section
        .lines()
        .take_while(|l| !l.starts_with('['))
        .find_map(quoted)
}

/// The workspace's dependency line on a generated crate:
/// `name = { path = "generated/name", version = "..." }`.
fn dependency_prefix(name: &str) -> String {
    format!("{name} = {{ path = \"generated/{name}\", version = \"")
}

/// `root_manifest` with its dependency on `name` at `version` (unchanged when it has
/// none).
pub(crate) fn with_dependency_version(root_manifest: &str, name: &str, version: &str) -> String {
    let prefix = dependency_prefix(name);
    root_manifest
        .split_inclusive('\n')
        .map(|line| match line.strip_prefix(&prefix) {
            Some(rest) => {
                let tail = rest.split_once('"').map_or("", |(_, tail)| tail);
                format!("{prefix}{version}\"{tail}")
            }
            None => line.to_owned(),
        })
        .collect()
}

/// A generated manifest with its version set (codegen writes `version.workspace = true`).
pub(crate) fn with_version(cargo_toml: &str, version: &str) -> Result<String, String> {
    const WORKSPACE: &str = "\nversion.workspace = true\n";
    if !cargo_toml.contains(WORKSPACE) {
        return Err("codegen's Cargo.toml has no `version.workspace = true` line".to_owned());
    }
    Ok(cargo_toml.replacen(WORKSPACE, &format!("\nversion = \"{version}\"\n"), 1))
}

const CHANGELOG_HEAD: &str = "# Changelog\n\n\
    Written by `cargo xtask generate` from the impact report of each spec change: what \
    changed on the wire and in the Rust API, and the version it needs (see the workspace \
    README, \"Changing a spec\").\n\n";

/// `changelog` (or a new one) with `entry` first.
pub(crate) fn with_entry(changelog: Option<&str>, entry: &str) -> String {
    let text = changelog.unwrap_or(CHANGELOG_HEAD);
    match text.find("\n## ") {
        Some(at) => format!("{}{entry}\n{}", &text[..=at], &text[at + 1..]),
        None => format!("{}{entry}", text.trim_end_matches('\n').to_owned() + "\n\n"),
    }
}

/// What one spec's change means, and the version its crate needs.
pub(crate) struct CrateImpact {
    pub(crate) name: String,
    /// `None` for a spec the base does not have.
    pub(crate) report: Option<Report>,
    pub(crate) base_version: Option<String>,
    /// The least version the changes allow.
    pub(crate) required: Option<String>,
    /// The version the generated manifest gets.
    pub(crate) version: String,
    /// The CHANGELOG.md to write (`generate`), or `None` (`--check`, and when it is
    /// unchanged).
    pub(crate) changelog: Option<String>,
    /// How long the report took.
    pub(crate) millis: u128,
}

fn newer(a: &str, b: &str) -> bool {
    Bump::between(a, b).is_some_and(|bump| bump != Bump::None)
}

/// Compares one spec and its generated `lib_rs` with the base, and decides its version.
pub(crate) fn assess(
    root: &Path,
    options: &Options,
    name: &str,
    spec_text: &str,
    lib_rs: &str,
) -> Result<CrateImpact, String> {
    let started = std::time::Instant::now();
    let spec_path = format!("specs/{name}.yaml");
    let crate_dir = format!("generated/{name}");
    let base = |path: &str| at_revision(root, &options.base, path);
    let base_spec = base(&spec_path);
    let base_lib = base(&format!("{crate_dir}/src/lib.rs"));
    let old = match (&base_spec, &base_lib) {
        (Some(spec_text), Some(lib_rs)) => Some(Side { spec_text, lib_rs }),
        _ => None,
    };
    let report = impact::compare(&spec_path, name, old, Side { spec_text, lib_rs })
        .map_err(|e| format!("impact report for {spec_path}: {e}"))?;
    let root_manifest = std::fs::read_to_string(root.join("Cargo.toml")).ok();
    let current = std::fs::read_to_string(root.join(&crate_dir).join("Cargo.toml"))
        .ok()
        .and_then(|m| package_version(&m, root_manifest.as_deref()));
    let base_version = old.and_then(|_| {
        base(&format!("{crate_dir}/Cargo.toml"))
            .and_then(|m| package_version(&m, base("Cargo.toml").as_deref()))
    });
    let required = base_version
        .as_deref()
        .and_then(|v| report.crate_bump().apply(v));
    let start = current
        .clone()
        .or_else(|| base_version.clone())
        .unwrap_or_else(|| "0.1.0".to_owned());
    let version = match &required {
        Some(required) if !options.check && newer(&start, required) => required.clone(),
        _ => start,
    };
    let working_changelog =
        std::fs::read_to_string(root.join(&crate_dir).join("CHANGELOG.md")).ok();
    let changelog = if options.check {
        None
    } else if base_version.is_some() && report.crate_bump() != Bump::None {
        let base_changelog = base(&format!("{crate_dir}/CHANGELOG.md"));
        Some(with_entry(
            base_changelog.as_deref(),
            &report.changelog_entry(&version),
        ))
    } else if working_changelog.is_some() {
        None
    } else {
        let entry = format!("## {version}\n\nFirst version, generated from `{spec_path}`.\n");
        Some(with_entry(None, &entry))
    };
    Ok(CrateImpact {
        name: name.to_owned(),
        report: Some(report).filter(|_| old.is_some()),
        base_version,
        required,
        version,
        changelog,
        millis: started.elapsed().as_millis(),
    })
}

/// What `--check` finds wrong with the versions: a version below what the changes
/// need, a CHANGELOG without its entry, a workspace dependency at another version.
pub(crate) fn version_problems(root: &Path, options: &Options, impacts: &[CrateImpact]) -> String {
    let mut out = String::new();
    let root_manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    for crate_impact in impacts {
        let name = &crate_impact.name;
        let version = &crate_impact.version;
        if let (Some(required), Some(report)) = (&crate_impact.required, &crate_impact.report)
            && newer(version, required)
        {
            let _ = writeln!(
                out,
                "generated/{name} is version {version}, but its changes since {} ({}) need \
                     a {} bump (wire {}, Rust API {}): it needs at least {required}",
                options.base,
                crate_impact.base_version.as_deref().unwrap_or("?"),
                report.crate_bump().as_str(),
                report.wire_verdict().as_str(),
                report.rust_verdict().as_str(),
            );
        }
        let changelog =
            std::fs::read_to_string(root.join(format!("generated/{name}/CHANGELOG.md")))
                .unwrap_or_default();
        if !changelog.contains(&format!("\n## {version}\n")) {
            let _ = writeln!(
                out,
                "generated/{name}/CHANGELOG.md has no entry `## {version}`"
            );
        }
        let prefix = dependency_prefix(name);
        if let Some(line) = root_manifest.lines().find(|l| l.starts_with(&prefix))
            && !line.contains(&format!("version = \"{version}\""))
        {
            let _ = writeln!(
                out,
                "Cargo.toml: the workspace dependency `{line}` is not at {version}"
            );
        }
    }
    out
}

/// The report for people.
pub(crate) fn human(options: &Options, impacts: &[CrateImpact]) -> String {
    let mut out = format!("impact of the spec changes since {}:\n", options.base);
    for crate_impact in impacts {
        match &crate_impact.report {
            None => {
                let _ = writeln!(
                    out,
                    "specs/{}.yaml -> crate {}: new (not in {}); version {}",
                    crate_impact.name, crate_impact.name, options.base, crate_impact.version
                );
            }
            Some(report) if report.crate_bump() == Bump::None => {
                let _ = writeln!(
                    out,
                    "{} -> crate {}: no change; version {}",
                    report.spec_path, report.crate_name, crate_impact.version
                );
            }
            Some(report) => {
                out.push_str(&report.human());
                let _ = writeln!(
                    out,
                    "  version: {} -> {} (needs at least {})",
                    crate_impact.base_version.as_deref().unwrap_or("?"),
                    crate_impact.version,
                    crate_impact.required.as_deref().unwrap_or("?"),
                );
            }
        }
    }
    let _ = writeln!(
        out,
        "oci-backup (re-exports the generated crates): {}",
        match client_bump(impacts) {
            Bump::None => "no version bump".to_owned(),
            bump => format!("{} version bump", bump.as_str()),
        }
    );
    out
}

fn client_bump(impacts: &[CrateImpact]) -> Bump {
    impacts
        .iter()
        .filter_map(|i| i.report.as_ref().map(Report::client_bump))
        .max()
        .unwrap_or(Bump::None)
}

/// The report as JSON, for CI.
pub(crate) fn json(options: &Options, impacts: &[CrateImpact]) -> Value {
    let crates: Vec<Value> = impacts
        .iter()
        .map(|i| {
            let mut value = i
                .report
                .as_ref()
                .map_or_else(|| json!({"crate": i.name, "new": true}), Report::json);
            value["version"] = json!({
                "base": i.base_version,
                "required": i.required,
                "current": i.version,
            });
            value
        })
        .collect();
    json!({
        "base": options.base,
        "crates": crates,
        "oci_backup_bump": client_bump(impacts).as_str(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_the_package_or_the_workspace() {
        assert_eq!(
            package_version("[package]\nversion = \"0.3.1\"\n", None).as_deref(),
            Some("0.3.1")
        );
        let root =
            "[workspace]\n[workspace.package]\nedition = \"2024\"\nversion = \"0.1.0\"\n[x]\n";
        assert_eq!(
            package_version("[package]\nversion.workspace = true\n", Some(root)).as_deref(),
            Some("0.1.0")
        );
        assert_eq!(package_version("[package]\n", None), None);
    }

    #[test]
    fn the_workspace_dependency_and_the_manifest_take_the_version() {
        let root = "a = 1\nx = { path = \"generated/x\", version = \"0.1.0\" }\ny = 2\n";
        assert_eq!(
            with_dependency_version(root, "x", "0.2.0"),
            "a = 1\nx = { path = \"generated/x\", version = \"0.2.0\" }\ny = 2\n"
        );
        assert_eq!(with_dependency_version(root, "z", "0.2.0"), root);
        assert_eq!(
            with_version("[package]\nversion.workspace = true\n", "0.2.0").unwrap(),
            "[package]\nversion = \"0.2.0\"\n"
        );
        assert!(with_version("[package]\n", "0.2.0").is_err());
    }

    #[test]
    fn a_changelog_entry_goes_first() {
        let first = with_entry(None, "## 0.1.0\n\nFirst.\n");
        assert!(first.starts_with("# Changelog\n"), "{first}");
        assert!(first.ends_with("\n\n## 0.1.0\n\nFirst.\n"), "{first}");
        let second = with_entry(Some(&first), "## 0.2.0\n\nSecond.\n");
        let (a, b) = (
            second.find("## 0.2.0").unwrap(),
            second.find("## 0.1.0").unwrap(),
        );
        assert!(a < b, "{second}");
        assert!(second.contains("Second.\n\n## 0.1.0"), "{second}");
    }

    #[test]
    fn options_are_parsed_and_bad_ones_named() {
        let o = Options::parse(&["--check", "--format", "json", "--base", "main"]).unwrap();
        assert!(o.check && o.json && o.base == "main");
        assert!(
            Options::parse(&["--format", "xml"])
                .unwrap_err()
                .contains("--format")
        );
        assert!(Options::parse(&["--base"]).unwrap_err().contains("--base"));
        assert!(Options::parse(&["-x"]).unwrap_err().contains("`-x`"));
    }
}
