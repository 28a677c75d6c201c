//! `cargo xtask package`: every crate meant for crates.io packages and builds from its
//! package alone.

use crate::ci::step;
use crate::root;

/// The workspace's dev profile (`[profile.dev]` in Cargo.toml), for the builds that verify
/// packages: a package's manifest carries no profile, and without these its dependencies
/// would be built again with full debug info instead of reusing the test build's
/// (about a minute here, mostly aws-lc-sys). Keep in step with Cargo.toml.
pub(crate) const PACKAGE_PROFILE: [&str; 4] = [
    "--config",
    "profile.dev.debug=\"line-tables-only\"",
    "--config",
    "profile.dev.package.\"*\".debug=false",
];

/// Packaging: every crate meant for crates.io (no `publish = false`) has the metadata
/// crates.io shows and a package holding its README.md and LICENSE, and builds from its
/// package alone. `cargo publish --dry-run --workspace` packages them all and verifies
/// each against the others just packaged, so crates not yet on crates.io are no obstacle
/// (it needs the crates.io index for everything else).
pub(crate) fn packaging(cargo: &str) -> Result<(), String> {
    eprintln!("\n==> packaging: metadata and files of every publishable crate");
    let started = std::time::Instant::now();
    let metadata = crate::metadata(cargo).map_err(|e| format!("packaging: {e}"))?;
    let (names, mut problems) = publishable(&metadata);
    for name in &names {
        let output = std::process::Command::new(cargo)
            .args(["package", "--list", "--locked", "-p", name])
            .current_dir(root())
            .output()
            .map_err(|e| format!("packaging: cannot run {cargo} package: {e}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            problems.push(format!(
                "{name}: cargo package --list failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
            continue;
        }
        for required in ["LICENSE", "README.md"] {
            if !stdout.lines().any(|line| line == required) {
                problems.push(format!("{name}: the package has no {required}"));
            }
        }
    }
    if names.is_empty() {
        problems.push("no crate is publishable: is `cargo metadata` output as expected?".into());
    }
    if !problems.is_empty() {
        return Err(format!("packaging failed:\n  {}", problems.join("\n  ")));
    }
    eprintln!(
        "==> packaging: {} crates: {}",
        names.len(),
        names.join(", ")
    );
    forget_unpacked_packages(&names);
    forget_built_packages(&names, &crate::target_directory(&metadata)?);
    // `--allow-dirty`: CI checks out a clean tree; locally, check the files as they are.
    let mut args = vec![
        "publish",
        "--dry-run",
        "--workspace",
        "--locked",
        "--allow-dirty",
    ];
    args.extend(PACKAGE_PROFILE);
    step("packaging", cargo, &args, &[])?;
    eprintln!(
        "==> packaging: ok in {:.1} s in all",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Removes what an earlier `cargo publish --dry-run` unpacked of our own packages.
///
/// The dry run verifies each crate against the others through a temporary local
/// registry, which cargo unpacks under `$CARGO_HOME/registry/src/<registry>/NAME-VERSION`.
/// Registry sources are taken to be immutable, so a later run with the same versions
/// would build the earlier, stale sources. Only local registries are touched (their
/// folders are not named after an index host like `index.crates.io-...`).
pub(crate) fn forget_unpacked_packages(names: &[String]) {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")));
    let Some(sources) = home.map(|h| h.join("registry/src")) else {
        return;
    };
    let Ok(registries) = std::fs::read_dir(&sources) else {
        return;
    };
    for registry in registries.flatten() {
        if !registry.file_name().to_string_lossy().starts_with('-') {
            continue;
        }
        let Ok(packages) = std::fs::read_dir(registry.path()) else {
            continue;
        };
        for package in packages.flatten() {
            let file_name = package.file_name();
            let file_name = file_name.to_string_lossy();
            let ours = named_after(&file_name, names, |version| {
                version.starts_with(|c: char| c.is_ascii_digit())
            });
            if ours {
                let _ = std::fs::remove_dir_all(package.path());
            }
        }
    }
}

/// Removes the build fingerprints of our packages from the target directory, so the dry
/// run rebuilds them from the packages it just made.
///
/// The dry run builds each crate against the others as registry packages of the same
/// name and version as earlier runs; cargo takes such a unit as unchanged and would link
/// the earlier build. Without a fingerprint, a unit is built again (the next `cargo test`
/// rebuilds our own crates too; the dependencies stay built).
pub(crate) fn forget_built_packages(names: &[String], target: &std::path::Path) {
    for profile in ["debug", "release"] {
        let Ok(entries) = std::fs::read_dir(target.join(profile).join(".fingerprint")) else {
            continue;
        };
        for entry in entries.flatten() {
            let file_name = entry.file_name();
            let file_name = file_name.to_string_lossy();
            let ours = named_after(&file_name, names, |hash| {
                hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit())
            });
            if ours {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Whether `file_name` is `NAME-REST` for one of `names`, with a `REST` that `rest` accepts
/// (a version for unpacked sources, a hash for build fingerprints).
fn named_after(file_name: &str, names: &[String], rest: impl Fn(&str) -> bool) -> bool {
    names.iter().any(|name| {
        file_name
            .strip_prefix(name.as_str())
            .and_then(|after| after.strip_prefix('-'))
            .is_some_and(&rest)
    })
}

/// From `cargo metadata --no-deps`: the crates meant for crates.io, and what each lacks of
/// the metadata crates.io shows (description, license, repository, readme, 1 to 5
/// keywords, categories).
pub(crate) fn publishable(metadata: &serde_json::Value) -> (Vec<String>, Vec<String>) {
    let mut names = Vec::new();
    let mut problems = Vec::new();
    let packages = metadata
        .get("packages")
        .and_then(serde_json::Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for package in packages {
        let field = |key: &str| package.get(key).unwrap_or(&serde_json::Value::Null);
        // `publish = false` is `[]`; absent is `null` (any registry).
        if field("publish").as_array().is_some_and(Vec::is_empty) {
            continue;
        }
        let name = field("name").as_str().unwrap_or("?").to_owned();
        for key in ["description", "license", "repository", "readme"] {
            if field(key).as_str().is_none_or(str::is_empty) {
                problems.push(format!("{name}: no `{key}` in Cargo.toml"));
            }
        }
        let count = |key: &str| field(key).as_array().map_or(0, Vec::len);
        if !(1..=5).contains(&count("keywords")) {
            problems.push(format!("{name}: `keywords` must name 1 to 5 keywords"));
        }
        if count("categories") == 0 {
            problems.push(format!("{name}: no `categories` in Cargo.toml"));
        }
        names.push(name);
    }
    (names, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishable_crates_are_those_without_publish_false_and_need_their_metadata() {
        let metadata = serde_json::json!({"packages": [
            {"name": "tool", "publish": []},
            {"name": "good", "publish": null, "description": "d", "license": "Apache-2.0",
             "repository": "https://example.com/r", "readme": "README.md",
             "keywords": ["a"], "categories": ["api-bindings"]},
            {"name": "bare", "publish": null, "description": "", "keywords": ["a", "b", "c", "d", "e", "f"],
             "categories": []}
        ]});
        let (names, problems) = publishable(&metadata);
        assert_eq!(names, ["good", "bare"]);
        assert_eq!(
            problems,
            [
                "bare: no `description` in Cargo.toml",
                "bare: no `license` in Cargo.toml",
                "bare: no `repository` in Cargo.toml",
                "bare: no `readme` in Cargo.toml",
                "bare: `keywords` must name 1 to 5 keywords",
                "bare: no `categories` in Cargo.toml",
            ]
        );
    }
}
