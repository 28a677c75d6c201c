//! `cargo xtask generate [--check] [--format json] [--base REV]`: the generated crates
//! and the fake's copies of the specs, written or compared, with the impact report of
//! the spec changes and the versions that follow (see `impact`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::impact::{self, CrateImpact, Options};
#[cfg(test)]
use crate::root;

/// One file the generator owns: where it goes, what it is made from (a spec, or the file
/// it copies) and what it must contain.
pub(crate) struct Planned {
    path: PathBuf,
    spec: String,
    contents: String,
}

/// Where the fake server keeps its copies of the specs (inside its package).
pub(crate) const FAKE_SPECS: &str = "fake-server/specs";

/// What the specs produce: the files of every spec that generates, and, for each one
/// that does not, its name and why (the others are still generated).
pub(crate) struct Plan {
    files: Vec<Planned>,
    failed: Vec<(String, String)>,
    /// What each spec's change means, and its crate's version.
    impacts: Vec<CrateImpact>,
}

pub(crate) fn plan(root: &Path, options: &Options) -> Result<Plan, String> {
    let license = std::fs::read_to_string(root.join("LICENSE"))
        .map_err(|e| format!("cannot read LICENSE: {e}"))?;
    let specs_dir = root.join("specs");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&specs_dir)
        .map_err(|e| format!("cannot read {}: {e}", specs_dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    specs.sort();
    let mut planned = Vec::new();
    let mut failed = Vec::new();
    let mut impacts = Vec::new();
    for spec in specs {
        let name = spec
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: spec file name is not UTF-8", spec.display()))?
            .to_owned();
        let spec_path = format!("specs/{name}.yaml");
        let text =
            std::fs::read_to_string(&spec).map_err(|e| format!("cannot read {spec_path}: {e}"))?;
        let started = std::time::Instant::now();
        let output = match codegen::generate(&codegen::Input {
            spec_path: &spec_path,
            spec_text: &text,
            crate_name: &name,
        }) {
            Ok(output) => output,
            Err(error) => {
                failed.push((name, error.to_string()));
                continue;
            }
        };
        eprintln!(
            "generated {spec_path} in {} ms",
            started.elapsed().as_millis()
        );
        for omitted in &output.omitted {
            eprintln!(
                "note: {spec_path}: the client has no `{}` ({}): {}",
                omitted.id, omitted.endpoint, omitted.why
            );
        }
        let crate_impact = match impact::assess(root, options, &name, &text, &output.lib_rs) {
            Ok(crate_impact) => crate_impact,
            Err(error) => {
                failed.push((name, error));
                continue;
            }
        };
        eprintln!(
            "impact report for {spec_path} in {} ms",
            crate_impact.millis
        );
        let dir = root.join("generated").join(&name);
        planned.push(Planned {
            path: dir.join("Cargo.toml"),
            spec: spec_path.clone(),
            contents: impact::with_version(&output.cargo_toml, &crate_impact.version)?,
        });
        if let Some(changelog) = &crate_impact.changelog {
            planned.push(Planned {
                path: dir.join("CHANGELOG.md"),
                spec: spec_path.clone(),
                contents: changelog.clone(),
            });
        }
        impacts.push(crate_impact);
        planned.push(Planned {
            path: dir.join("README.md"),
            spec: spec_path.clone(),
            contents: output.readme,
        });
        planned.push(Planned {
            path: dir.join("LICENSE"),
            spec: "LICENSE".into(),
            contents: license.clone(),
        });
        planned.push(Planned {
            path: dir.join("src").join("lib.rs"),
            spec: spec_path.clone(),
            contents: output.lib_rs,
        });
        planned.push(Planned {
            path: root.join(FAKE_SPECS).join(format!("{name}.yaml")),
            spec: spec_path,
            contents: text,
        });
    }
    Ok(Plan {
        files: planned,
        failed,
        impacts,
    })
}

/// Generated crates, and the fake's copies of specs, whose spec is gone (a spec that
/// failed to generate keeps what it had).
pub(crate) fn orphans(root: &Path, plan: &Plan) -> Vec<PathBuf> {
    let planned = &plan.files;
    let failed = |path: &Path| {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        plan.failed.iter().any(|(name, _)| name == stem)
    };
    let entries = |dir: &str| -> Vec<PathBuf> {
        std::fs::read_dir(root.join(dir))
            .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    };
    let crates = entries("generated").into_iter().filter(|dir| {
        dir.is_dir() && !failed(dir) && !planned.iter().any(|p| p.path.starts_with(dir))
    });
    let copies = entries(FAKE_SPECS).into_iter().filter(|file| {
        file.extension().is_some_and(|ext| ext == "yaml")
            && !failed(file)
            && !planned.iter().any(|p| p.path == *file)
    });
    let mut out: Vec<PathBuf> = crates.chain(copies).collect();
    out.sort();
    out
}

/// Writes (or, with `check`, compares) `generated/` under `root` from `root/specs`, and
/// prints the impact report (human or JSON) on stdout.
///
/// A spec that fails is named with why, the others are still written (or compared), and
/// the task fails at the end.
pub(crate) fn generate(root: &Path, options: &Options) -> Result<(), String> {
    let check = options.check;
    let plan = plan(root, options)?;
    if options.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&impact::json(options, &plan.impacts))
                .map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", impact::human(options, &plan.impacts));
    }
    eprintln!(
        "impact report: {} ms in all",
        plan.impacts.iter().map(|i| i.millis).sum::<u128>()
    );
    let orphans = orphans(root, &plan);
    let failures: String = plan
        .failed
        .iter()
        .map(|(name, why)| format!("generation failed for specs/{name}.yaml: {why}\n"))
        .collect();
    let planned = &plan.files;
    if check {
        let mut report = String::new();
        for file in planned {
            let current = std::fs::read_to_string(&file.path).unwrap_or_default();
            if current != file.contents {
                let relative = file
                    .path
                    .strip_prefix(root)
                    .unwrap_or(&file.path)
                    .display()
                    .to_string();
                let _ = writeln!(
                    report,
                    "{relative} is out of date relative to {}:",
                    file.spec
                );
                let diff = similar::TextDiff::from_lines(&current, &file.contents);
                let _ = write!(
                    report,
                    "{}",
                    diff.unified_diff()
                        .context_radius(3)
                        .header(&format!("a/{relative}"), &format!("b/{relative}"))
                );
            }
        }
        for dir in &orphans {
            let _ = writeln!(report, "{} has no spec in specs/: remove it", dir.display());
        }
        report.push_str(&impact::version_problems(root, options, &plan.impacts));
        if report.is_empty() && failures.is_empty() {
            eprintln!("generated code is up to date ({} files)", planned.len());
            return Ok(());
        }
        if report.is_empty() {
            return Err(failures);
        }
        report.insert_str(0, &failures);
        report.push_str(
            "\ngenerated code is out of date: run `cargo xtask generate` and commit the result\n",
        );
        return Err(report);
    }
    for file in planned {
        if let Some(parent) = file.path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        if std::fs::read_to_string(&file.path).ok().as_deref() != Some(file.contents.as_str()) {
            std::fs::write(&file.path, &file.contents)
                .map_err(|e| format!("cannot write {}: {e}", file.path.display()))?;
            eprintln!(
                "wrote {}",
                file.path.strip_prefix(root).unwrap_or(&file.path).display()
            );
        }
    }
    let manifest_path = root.join("Cargo.toml");
    if let Ok(manifest) = std::fs::read_to_string(&manifest_path) {
        let updated = plan.impacts.iter().fold(manifest.clone(), |text, i| {
            impact::with_dependency_version(&text, &i.name, &i.version)
        });
        if updated != manifest {
            std::fs::write(&manifest_path, updated)
                .map_err(|e| format!("cannot write Cargo.toml: {e}"))?;
            eprintln!("wrote Cargo.toml (the generated crates' versions)");
        }
    }
    for path in orphans {
        if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        }
        .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        eprintln!("removed {} (its spec is gone)", path.display());
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch project holding a copy of one real spec.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("specs")).unwrap();
        let spec = root().join("specs/oac-snapshots.yaml");
        std::fs::copy(spec, dir.join("specs/oac-snapshots.yaml")).unwrap();
        std::fs::copy(root().join("LICENSE"), dir.join("LICENSE")).unwrap();
        dir
    }

    #[test]
    fn check_passes_after_generate_and_fails_with_a_diff_when_stale() {
        let dir = scratch("stale");
        assert!(
            generate(&dir, &Options::new(true)).is_err(),
            "nothing generated yet"
        );
        generate(&dir, &Options::new(false)).unwrap();
        generate(&dir, &Options::new(true)).unwrap();

        let lib = dir.join("generated/oac-snapshots/src/lib.rs");
        let edited =
            std::fs::read_to_string(&lib)
                .unwrap()
                .replacen("pub struct Bar", "pub struct Baz", 1);
        std::fs::write(&lib, edited).unwrap();
        let report = generate(&dir, &Options::new(true)).unwrap_err();
        assert!(
            report.contains("generated/oac-snapshots/src/lib.rs is out of date relative to specs/oac-snapshots.yaml"),
            "{report}"
        );
        assert!(
            report.contains("-    pub struct Baz") && report.contains("+    pub struct Bar"),
            "{report}"
        );
        assert!(
            report.ends_with("run `cargo xtask generate` and commit the result\n"),
            "{report}"
        );

        std::fs::create_dir_all(dir.join("generated/gone/src")).unwrap();
        let report = generate(&dir, &Options::new(true)).unwrap_err();
        assert!(report.contains("gone has no spec in specs/"), "{report}");
        generate(&dir, &Options::new(false)).unwrap();
        assert!(!dir.join("generated/gone").exists());
        generate(&dir, &Options::new(true)).unwrap();

        // The fake's copy of a spec: drift fails the check, generate refreshes it, and a
        // copy whose spec is gone is removed.
        let copy = dir.join("fake-server/specs/oac-snapshots.yaml");
        assert_eq!(
            std::fs::read_to_string(&copy).unwrap(),
            std::fs::read_to_string(dir.join("specs/oac-snapshots.yaml")).unwrap()
        );
        std::fs::write(&copy, "openapi: 3.0.3\n").unwrap();
        std::fs::write(dir.join("fake-server/specs/gone.yaml"), "").unwrap();
        let report = generate(&dir, &Options::new(true)).unwrap_err();
        assert!(
            report.contains(
                "fake-server/specs/oac-snapshots.yaml is out of date relative to specs/oac-snapshots.yaml"
            ),
            "{report}"
        );
        assert!(
            report.contains("gone.yaml has no spec in specs/"),
            "{report}"
        );
        generate(&dir, &Options::new(false)).unwrap();
        assert!(!dir.join("fake-server/specs/gone.yaml").exists());
        generate(&dir, &Options::new(true)).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn git(dir: &Path, args: &[&str]) {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=xtask", "-c", "user.email=xtask@localhost"])
            .args(["-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(dir)
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    fn edit(path: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{from} not in {}", path.display());
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    /// The versions follow the impact report: a breaking spec change bumps the crate
    /// (and the workspace's dependency on it) and gets a CHANGELOG entry, and a commit
    /// that lands it with a compatible bump fails `--check` against its base.
    #[test]
    fn a_breaking_change_cannot_land_with_a_compatible_bump() {
        let dir = scratch("versions");
        let root_manifest = "[workspace.package]\nversion = \"0.1.0\"\n\n\
            [workspace.dependencies]\n\
            oac-snapshots = { path = \"generated/oac-snapshots\", version = \"0.1.0\" }\n";
        std::fs::write(dir.join("Cargo.toml"), root_manifest).unwrap();
        git(&dir, &["init", "-q"]);
        generate(&dir, &Options::new(false)).unwrap();
        let manifest = dir.join("generated/oac-snapshots/Cargo.toml");
        let changelog = dir.join("generated/oac-snapshots/CHANGELOG.md");
        assert!(
            std::fs::read_to_string(&manifest)
                .unwrap()
                .contains("\nversion = \"0.1.0\"\n")
        );
        assert!(
            std::fs::read_to_string(&changelog)
                .unwrap()
                .contains("\n## 0.1.0\n")
        );
        git(&dir, &["add", "-A"]);
        git(&dir, &["commit", "-qm", "first"]);
        generate(&dir, &Options::new(true)).unwrap();

        // A response field changes type: breaking on the wire and in Rust.
        let spec = dir.join("specs/oac-snapshots.yaml");
        edit(
            &spec,
            "        createdByUser:\n          type: string\n",
            "        createdByUser:\n          type: integer\n",
        );
        generate(&dir, &Options::new(false)).unwrap();
        assert!(
            std::fs::read_to_string(&manifest)
                .unwrap()
                .contains("\nversion = \"0.2.0\"\n")
        );
        assert!(
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .unwrap()
                .contains("generated/oac-snapshots\", version = \"0.2.0\" }")
        );
        let log = std::fs::read_to_string(&changelog).unwrap();
        assert!(
            log.contains("## 0.2.0\n")
                && log.contains(
                    "- breaking (Rust): field `types::Snapshot::created_by_user` changed"
                )
                && log.contains("## 0.1.0\n"),
            "{log}"
        );
        generate(&dir, &Options::new(true)).unwrap();
        // Generating again changes nothing.
        generate(&dir, &Options::new(false)).unwrap();
        assert_eq!(std::fs::read_to_string(&changelog).unwrap(), log);

        // Landed as 0.1.1 (a compatible bump): the check against the base refuses it.
        edit(&manifest, "version = \"0.2.0\"", "version = \"0.1.1\"");
        edit(
            &dir.join("Cargo.toml"),
            "version = \"0.2.0\" }",
            "version = \"0.1.1\" }",
        );
        edit(&changelog, "## 0.2.0\n", "## 0.1.1\n");
        git(&dir, &["add", "-A"]);
        git(&dir, &["commit", "-qm", "a breaking change as a patch"]);
        generate(&dir, &Options::new(true)).unwrap();
        let base = Options {
            base: "HEAD~1".to_owned(),
            ..Options::new(true)
        };
        let error = generate(&dir, &base).unwrap_err();
        assert!(
            error.contains(
                "generated/oac-snapshots is version 0.1.1, but its changes since HEAD~1 \
                 (0.1.0) need a major bump (wire breaking, Rust API breaking): it needs at \
                 least 0.2.0"
            ),
            "{error}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_spec_that_cannot_be_generated_fails_naming_it_and_the_others_are_still_written() {
        let dir = scratch("broken");
        std::fs::write(dir.join("specs/broken.yaml"), "openapi: [").unwrap();
        // What an earlier, good version of the broken spec generated is kept.
        std::fs::create_dir_all(dir.join("generated/broken/src")).unwrap();
        let error = generate(&dir, &Options::new(false)).unwrap_err();
        assert!(
            error.starts_with(
                "generation failed for specs/broken.yaml: specs/broken.yaml: not valid YAML"
            ),
            "{error}"
        );
        assert!(dir.join("generated/oac-snapshots/src/lib.rs").exists());
        assert!(dir.join("generated/broken/src").exists(), "not an orphan");
        let error = generate(&dir, &Options::new(true)).unwrap_err();
        assert!(error.contains("specs/broken.yaml"), "{error}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
