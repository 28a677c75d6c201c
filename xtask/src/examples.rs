//! `cargo xtask examples` and `cargo xtask readme-example`: the client's examples, and
//! the README's library example as a brand-new crate.

use std::path::{Path, PathBuf};

use crate::ci::step;
use crate::{root, target_dir};

/// Where the client's examples live.
pub(crate) const EXAMPLES: &str = "client/examples";

/// The examples cargo finds in `dir`: each `NAME.rs`, and each `NAME/main.rs`, sorted.
pub(crate) fn example_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter_map(|path| {
            let is_example = if path.is_dir() {
                path.join("main.rs").is_file()
            } else {
                path.extension().is_some_and(|ext| ext == "rs")
            };
            let name = if path.is_dir() {
                path.file_name()
            } else {
                path.file_stem()
            };
            name.and_then(|n| n.to_str())
                .filter(|_| is_example)
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    Ok(names)
}

/// Runs every example of the client, each as a user would (`cargo run --example`),
/// against the embedded fake; the first failure fails the step.
pub(crate) fn examples(cargo: &str) -> Result<(), String> {
    let started = std::time::Instant::now();
    let names = example_names(&root().join(EXAMPLES))?;
    if names.is_empty() {
        return Err(format!("examples: none found in {EXAMPLES}"));
    }
    for name in &names {
        step(
            &format!("example {name}"),
            cargo,
            &["run", "-p", "oci-backup", "--example", name, "--locked"],
            &[],
        )?;
    }
    eprintln!(
        "==> examples: {} ran in {:.1} s in all",
        names.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The README section whose example is checked as a fresh crate.
pub(crate) const README_SECTION: &str = "Using the client library";

/// A fenced code block of a Markdown text: its info string and its contents.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Fenced {
    info: String,
    text: String,
}

/// From a README: the `toml` block with `[dependencies]` and the first `rust` block of the
/// section headed [`README_SECTION`], the toml block being the last one before the rust
/// block. The section ends at the next heading of its level or above (headings inside
/// code blocks do not count).
pub(crate) fn readme_blocks(readme: &str) -> Result<(String, String), String> {
    // The heading level of the section once inside it; the blocks seen inside it; the
    // fence and block being read (blocks outside the section are read too, so that a
    // `#` line inside one is not taken for a heading).
    let mut level = None;
    let mut blocks: Vec<Fenced> = Vec::new();
    let mut open: Option<(String, Fenced)> = None;
    for line in readme.lines() {
        let trimmed = line.trim();
        if let Some((fence, block)) = &mut open {
            let closes =
                trimmed.len() >= fence.len() && trimmed.chars().all(|c| fence.starts_with(c));
            if !closes {
                block.text.push_str(line);
                block.text.push('\n');
            } else if let Some((_, block)) = open.take()
                && level.is_some()
            {
                blocks.push(block);
            }
            continue;
        }
        let fence: String = trimmed
            .chars()
            .take_while(|&c| c == '`' || c == '~')
            .collect();
        if fence.len() >= 3 && fence.chars().all(|c| fence.starts_with(c)) {
            let info = trimmed[fence.len()..].trim().to_owned();
            let text = String::new();
            open = Some((fence, Fenced { info, text }));
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if hashes > 0 && line[hashes..].starts_with(' ') {
            match level {
                Some(section) if hashes <= section => break,
                None if line[hashes..].trim() == README_SECTION => level = Some(hashes),
                _ => {}
            }
        }
    }
    if level.is_none() {
        return Err(format!("README.md has no section \"{README_SECTION}\""));
    }
    let language = |block: &Fenced| {
        block
            .info
            .split([',', ' '])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let rust = blocks
        .iter()
        .position(|b| language(b) == "rust")
        .ok_or_else(|| format!("README.md, \"{README_SECTION}\": no ```rust block"))?;
    let toml = blocks[..rust]
        .iter()
        .rev()
        .find(|b| language(b) == "toml" && b.text.lines().any(|l| l.trim() == "[dependencies]"))
        .ok_or_else(|| {
            format!(
                "README.md, \"{README_SECTION}\": no ```toml block with [dependencies] before \
                 the first ```rust block"
            )
        })?;
    Ok((toml.text.clone(), blocks[rust].text.clone()))
}

/// `toml` with the value of every `path = "..."` that is relative made absolute, relative
/// to `base`.
pub(crate) fn absolute_paths(toml: &str, base: &Path) -> String {
    let mut out = String::with_capacity(toml.len());
    let mut rest = toml;
    while let Some(at) = rest.find("path") {
        let before = rest[..at].chars().next_back();
        let after = rest[at + 4..].trim_start();
        let is_key = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
        let value = after
            .strip_prefix('=')
            .map(str::trim_start)
            .and_then(|v| v.strip_prefix('"'))
            .and_then(|v| v.find('"').map(|end| (&v[..end], &v[end + 1..])));
        match value {
            Some((path, tail)) if is_key && !Path::new(path).is_absolute() => {
                let absolute = base.join(path).display().to_string();
                out.push_str(&rest[..at]);
                out.push_str("path = \"");
                out.push_str(&absolute.replace('\\', "\\\\").replace('"', "\\\""));
                out.push('"');
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..at + 4]);
                rest = &rest[at + 4..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `[profile.*]` tables of the workspace manifest, verbatim: the fresh crate builds
/// with the same settings so that it reuses the workspace's compiled dependencies (with
/// another debug level every dependency would be built again, about a minute here).
pub(crate) fn profile_tables(manifest: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            inside = line.starts_with("[profile.");
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The README example as a newcomer would use it: a new crate outside the workspace, with
/// the README's `[dependencies]` (paths made absolute) and its example as `src/main.rs`,
/// built and run with `cargo run`. It shares the workspace's target directory and
/// `Cargo.lock`, so the versions are the tested ones and nothing is downloaded.
pub(crate) fn readme_example(cargo: &str) -> Result<(), String> {
    let started = std::time::Instant::now();
    let root = root();
    let readme = std::fs::read_to_string(root.join("README.md"))
        .map_err(|e| format!("readme-example: cannot read README.md: {e}"))?;
    let (dependencies, main_rs) =
        readme_blocks(&readme).map_err(|e| format!("readme-example: {e}"))?;
    let workspace_manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| format!("readme-example: cannot read Cargo.toml: {e}"))?;
    let target = target_dir(cargo)?;
    let dir = target.join("readme-example");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src"))
        .map_err(|e| format!("readme-example: cannot create {}: {e}", dir.display()))?;
    let manifest = format!(
        "# Written by `cargo xtask readme-example` from README.md (\"{README_SECTION}\").\n\
         [package]\nname = \"readme-example\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n# Not a member of the oci-backup workspace.\n[workspace]\n\n{}\n{}",
        absolute_paths(&dependencies, &root),
        profile_tables(&workspace_manifest)
    );
    let write = |path: PathBuf, contents: &str| {
        std::fs::write(&path, contents)
            .map_err(|e| format!("readme-example: cannot write {}: {e}", path.display()))
    };
    write(dir.join("Cargo.toml"), &manifest)?;
    write(dir.join("src/main.rs"), &main_rs)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("readme-example: cannot copy Cargo.lock: {e}"))?;
    eprintln!(
        "\n==> readme-example: {} (Cargo.toml, src/main.rs from README.md)",
        dir.display()
    );
    let status = std::process::Command::new(cargo)
        .args(["run", "--quiet"])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&dir)
        .status()
        .map_err(|e| format!("readme-example: cannot run {cargo}: {e}"))?;
    if !status.success() {
        return Err(format!(
            "readme-example failed ({status}): the README's example does not build or run as a \
             fresh crate; see {}",
            dir.display()
        ));
    }
    eprintln!(
        "==> readme-example: ok in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A README in the shape of ours: an earlier section with blocks of its own, then the
    /// section with prose, the `toml` block, the example, a second `rust` block, and a
    /// subsection, then the next section.
    const README: &str = r#"# project

## Commands

```toml
[dependencies]
wrong = "1"
```

```rust
fn wrong() {}
```

## Using the client library

Some prose.

```toml
[dependencies]
oci-backup = { path = "client" }   # the library
# a comment line, not a heading
tokio = "1"
```

```rust
# fn hidden() {}
fn main() {
    println!("hello");
}
```

```rust
fn second() {}
```

### A subsection

## The next section

```rust
fn later() {}
```
"#;

    #[test]
    fn the_readme_example_is_the_first_rust_block_of_its_section_with_the_toml_before_it() {
        let (toml, rust) = readme_blocks(README).unwrap();
        assert_eq!(
            toml,
            "[dependencies]\noci-backup = { path = \"client\" }   # the library\n\
             # a comment line, not a heading\ntokio = \"1\"\n"
        );
        assert_eq!(
            rust,
            "# fn hidden() {}\nfn main() {\n    println!(\"hello\");\n}\n"
        );
    }

    #[test]
    fn a_readme_without_the_section_or_its_blocks_fails_naming_what_is_missing() {
        let error =
            readme_blocks("# project\n\n## Other\n\n```rust\nfn main() {}\n```\n").unwrap_err();
        assert_eq!(
            error,
            "README.md has no section \"Using the client library\""
        );

        let no_rust = "## Using the client library\n\n```toml\n[dependencies]\n```\n\n## Next\n\n```rust\nfn main() {}\n```\n";
        let error = readme_blocks(no_rust).unwrap_err();
        assert!(error.ends_with("no ```rust block"), "{error}");

        let toml_after = "## Using the client library\n\n```rust\nfn main() {}\n```\n\n```toml\n[dependencies]\n```\n";
        let error = readme_blocks(toml_after).unwrap_err();
        assert!(
            error.contains("no ```toml block with [dependencies]"),
            "{error}"
        );
    }

    #[test]
    fn relative_dependency_paths_become_absolute_and_nothing_else_changes() {
        let toml = "[dependencies]\n\
                    oci-backup = { path = \"client\" }             # the library\n\
                    fake = { version = \"0.1\", path=\"fake-server\" }\n\
                    pinned = { path = \"/elsewhere/pinned\" }\n\
                    classpath = \"x\"\n\
                    tokio = { version = \"1\", features = [\"macros\"] }\n";
        assert_eq!(
            absolute_paths(toml, Path::new("/repo")),
            "[dependencies]\n\
             oci-backup = { path = \"/repo/client\" }             # the library\n\
             fake = { version = \"0.1\", path = \"/repo/fake-server\" }\n\
             pinned = { path = \"/elsewhere/pinned\" }\n\
             classpath = \"x\"\n\
             tokio = { version = \"1\", features = [\"macros\"] }\n"
        );
    }

    #[test]
    fn the_profile_tables_are_copied_from_the_workspace_manifest() {
        let manifest = "[workspace]\nmembers = []\n\n[profile.dev]\ndebug = 0\n\n\
                        [profile.dev.package.\"*\"]\ndebug = false\n\n[workspace.lints.rust]\nx = 1\n";
        assert_eq!(
            profile_tables(manifest),
            "[profile.dev]\ndebug = 0\n\n[profile.dev.package.\"*\"]\ndebug = false\n\n"
        );
    }

    #[test]
    fn examples_are_the_rust_files_and_the_folders_with_a_main() {
        let dir = std::env::temp_dir().join(format!("xtask-examples-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("big")).unwrap();
        std::fs::create_dir_all(dir.join("assets")).unwrap();
        std::fs::write(dir.join("zeta.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("alpha.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("big/main.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("notes.md"), "").unwrap();
        assert_eq!(example_names(&dir).unwrap(), ["alpha", "big", "zeta"]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(example_names(&root().join(EXAMPLES)).unwrap().len() >= 3);
    }
}
