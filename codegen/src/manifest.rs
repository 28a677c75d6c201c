//! The generated crate's `README.md`: what the crate is, where it comes from, and where
//! to read more (by URL, since a published package has no workspace around it).

use serde_json::Value;

use crate::Input;

/// The project's repository, as in the workspace's `[workspace.package]` (a test checks
/// that they agree).
pub(crate) const REPOSITORY: &str = "https://github.com/oci-backup/oci-backup";

/// `README.md` for the crate generated from `input` (whose parsed spec is `spec`).
/// Links are URLs: a package holds no path outside it.
pub(crate) fn readme(input: &Input<'_>, spec: &Value) -> String {
    let info = |key: &str| {
        spec.pointer(&format!("/info/{key}"))
            .and_then(Value::as_str)
            .unwrap_or_default()
    };
    let (title, version) = (info("title"), info("version"));
    format!(
        "<!-- Generated from {spec} by `cargo xtask generate`: do not edit by hand. -->\n\
         \n\
         # {name}\n\
         \n\
         A typed Rust client for {title} ({version}), generated from `{spec}` in the\n\
         [oci-backup repository]({REPOSITORY}) by progenitor and the project's codegen.\n\
         It is generated code: change the spec (or the generator) and regenerate, never the\n\
         crate.\n\
         \n\
         Most programs want the [`oci-backup`](https://crates.io/crates/oci-backup) crate\n\
         instead: it re-exports this client and adds authentication, retries and waiters.\n\
         \n\
         See the [workspace README]({REPOSITORY}#readme) for how the specs become crates.\n\
         \n\
         Licensed under the Apache License, Version 2.0 (`LICENSE`).\n",
        spec = input.spec_path,
        name = input.crate_name,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_is_the_workspace_s() {
        let manifest = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"),
        )
        .unwrap();
        assert!(
            manifest.contains(&format!("repository = \"{REPOSITORY}\"")),
            "codegen's REPOSITORY differs from [workspace.package] repository"
        );
    }

    #[test]
    fn the_readme_names_the_crate_and_spec_and_links_by_url() {
        let input = Input {
            spec_path: "specs/x.yaml",
            spec_text: "",
            crate_name: "x",
        };
        let spec = serde_json::json!({"info": {"title": "X API", "version": "1.0"}});
        let text = readme(&input, &spec);
        assert!(text.contains("# x\n"), "{text}");
        assert!(
            text.contains("X API (1.0), generated from `specs/x.yaml`"),
            "{text}"
        );
        assert!(!text.contains("](../") && !text.contains("](./"), "{text}");
    }
}
