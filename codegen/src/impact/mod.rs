//! What a spec change means for users: every change between two versions of a spec and
//! of its generated crate, classified for the wire contract (`wire`: what a deployed
//! client or server may send and receive, after oasdiff's catalogue of OpenAPI breaking
//! changes) and for the Rust API of the generated crate (`rust_api`: what still
//! compiles, after cargo-semver-checks' lints), with the version bumps they imply.
//!
//! [`compare`] makes a [`Report`]; [`Report::human`] and [`Report::json`] print it.

mod rust_api;
mod wire;

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::error::Result;

/// How a change affects the people who depend on a contract. Ordered: the verdict of a
/// set of changes is the greatest of theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// Nothing a user can observe changes.
    NoChange,
    /// Compatible: everything that worked still works (a minor version).
    Additive,
    /// Something that worked stops working (a major version).
    Breaking,
}

impl Verdict {
    /// `breaking`, `additive` or `no change`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::NoChange => "no change",
            Verdict::Additive => "additive",
            Verdict::Breaking => "breaking",
        }
    }
}

/// What happened to the thing a [`Change`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// It is new.
    Added,
    /// It is gone.
    Removed,
    /// It is still there, different.
    Changed,
}

impl Kind {
    /// `added`, `removed` or `changed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        }
    }
}

/// One change, classified for one contract.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Change {
    /// What the change is about: `operation`, `parameter`, `header`, `property`,
    /// `enum value`, `variant`, `constraint`, `type`, `status` (wire); `struct`, `field`,
    /// `enum`, `variant`, `method`, `function`, `impl`, ... (Rust).
    pub subject: &'static str,
    /// Where: `createBootVolumeBackup request body CreateBootVolumeBackupDetails.displayName`
    /// (wire) or `types::BootVolumeBackup::display_name` (Rust).
    pub at: String,
    /// Added, removed or changed.
    pub kind: Kind,
    /// The classification.
    pub verdict: Verdict,
    /// Why, in words (`old clients do not send it`, `struct literals stop compiling`).
    pub why: String,
}

/// The version bump a set of changes implies, in Cargo's semver (where, before 1.0.0,
/// the minor number is the breaking one: 0.1.0 -> 0.2.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Something changed that no user can observe (documentation).
    Patch,
    /// Compatible additions.
    Minor,
    /// Breaking changes.
    Major,
}

impl Bump {
    /// `none`, `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// `version` (`MAJOR.MINOR.PATCH`) after this bump, in Cargo's rules; `None` when
    /// `version` is not three numbers.
    pub fn apply(self, version: &str) -> Option<String> {
        let [major, minor, patch] = parse_version(version)?;
        let next = match (self, major) {
            (Bump::None, _) => [major, minor, patch],
            (Bump::Major, 0) => [0, minor + 1, 0],
            (Bump::Major, _) => [major + 1, 0, 0],
            (Bump::Minor | Bump::Patch, 0) => [0, minor, patch + 1],
            (Bump::Minor, _) => [major, minor + 1, 0],
            (Bump::Patch, _) => [major, minor, patch + 1],
        };
        Some(format!("{}.{}.{}", next[0], next[1], next[2]))
    }

    /// The bump that takes `from` to `to`, in Cargo's rules (`None` when either is not
    /// three numbers or `to` is not greater).
    pub fn between(from: &str, to: &str) -> Option<Bump> {
        let (a, b) = (parse_version(from)?, parse_version(to)?);
        if b <= a {
            return (a == b).then_some(Bump::None);
        }
        Some(if a[0] != b[0] || (a[0] == 0 && a[1] != b[1]) {
            Bump::Major
        } else if a[0] == 0 || a[1] == b[1] {
            // Before 1.0 every compatible bump moves the patch number.
            if a[0] == 0 { Bump::Minor } else { Bump::Patch }
        } else {
            Bump::Minor
        })
    }
}

fn parse_version(version: &str) -> Option<[u64; 3]> {
    let mut parts = version.trim().split('.').map(|p| p.parse::<u64>().ok());
    let out = [parts.next()??, parts.next()??, parts.next()??];
    parts.next().is_none().then_some(out)
}

/// One side of a comparison: a spec's text and the crate source generated from it.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The spec (YAML or JSON).
    pub spec_text: &'a str,
    /// The generated `src/lib.rs`.
    pub lib_rs: &'a str,
}

/// What changed between two versions of one spec and its generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// The spec's path (`specs/oac-snapshots.yaml`).
    pub spec_path: String,
    /// The generated crate.
    pub crate_name: String,
    /// Wire changes, sorted.
    pub wire: Vec<Change>,
    /// Rust API changes of the generated crate, sorted.
    pub rust: Vec<Change>,
    /// Whether the generated source differs at all (a documentation-only change is a
    /// patch).
    pub source_changed: bool,
}

/// Compares `old` with `new` (`old` is `None` for a new spec: everything is added).
pub fn compare(
    spec_path: &str,
    crate_name: &str,
    old: Option<Side<'_>>,
    new: Side<'_>,
) -> Result<Report> {
    if let Some(old) = old.filter(|old| old.spec_text == new.spec_text && old.lib_rs == new.lib_rs)
    {
        // Nothing to compare: the same spec generated the same code.
        let _ = old;
        return Ok(Report {
            spec_path: spec_path.to_owned(),
            crate_name: crate_name.to_owned(),
            wire: Vec::new(),
            rust: Vec::new(),
            source_changed: false,
        });
    }
    let normalise = |text: &str| -> Result<Value> {
        let spec = crate::parse(spec_path, text)?;
        Ok(crate::normalise(spec)
            .map_err(|e| e.in_spec(spec_path))?
            .spec)
    };
    let new_spec = normalise(new.spec_text)?;
    let (old_spec, old_lib) = match old {
        Some(old) => (normalise(old.spec_text)?, old.lib_rs),
        None => (json!({}), ""),
    };
    let mut wire = wire::diff(&old_spec, &new_spec);
    let mut rust = rust_api::diff(old_lib, new.lib_rs).map_err(|message| crate::Error::Syntax {
        spec: spec_path.to_owned(),
        message,
    })?;
    wire.sort();
    wire.dedup();
    rust.sort();
    rust.dedup();
    Ok(Report {
        spec_path: spec_path.to_owned(),
        crate_name: crate_name.to_owned(),
        wire,
        rust,
        source_changed: old.is_none_or(|old| old.lib_rs != new.lib_rs),
    })
}

impl Report {
    /// The wire contract's verdict: the greatest of its changes'.
    pub fn wire_verdict(&self) -> Verdict {
        verdict(&self.wire)
    }

    /// The Rust API's verdict: the greatest of its changes'.
    pub fn rust_verdict(&self) -> Verdict {
        verdict(&self.rust)
    }

    /// The bump the generated crate needs: breaking on either contract is major (a
    /// request the old crate sent may now be refused, or code stops compiling);
    /// additions are minor; a changed source with neither is a patch.
    pub fn crate_bump(&self) -> Bump {
        match self.wire_verdict().max(self.rust_verdict()) {
            Verdict::Breaking => Bump::Major,
            Verdict::Additive => Bump::Minor,
            Verdict::NoChange if self.source_changed => Bump::Patch,
            Verdict::NoChange => Bump::None,
        }
    }

    /// The bump `oci-backup` needs for this crate: it re-exports the generated crate,
    /// so the generated crate's API is its API.
    pub fn client_bump(&self) -> Bump {
        self.crate_bump()
    }

    /// The report for people.
    pub fn human(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} -> crate {}: wire {}, Rust API {}; bump {} (oci-backup: {})",
            self.spec_path,
            self.crate_name,
            self.wire_verdict().as_str(),
            self.rust_verdict().as_str(),
            self.crate_bump().as_str(),
            self.client_bump().as_str(),
        );
        for (title, changes) in [("wire", &self.wire), ("Rust API", &self.rust)] {
            if changes.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {title}:");
            for change in changes {
                let _ = writeln!(
                    out,
                    "    {:<9} {} {} {}: {}",
                    change.verdict.as_str(),
                    change.subject,
                    change.at,
                    change.kind.as_str(),
                    change.why
                );
            }
        }
        out
    }

    /// The report as JSON, for CI.
    pub fn json(&self) -> Value {
        let changes = |changes: &[Change]| -> Value {
            changes
                .iter()
                .map(|c| {
                    json!({
                        "subject": c.subject,
                        "at": c.at,
                        "kind": c.kind.as_str(),
                        "verdict": c.verdict.as_str(),
                        "why": c.why,
                    })
                })
                .collect()
        };
        json!({
            "spec": self.spec_path,
            "crate": self.crate_name,
            "wire": self.wire_verdict().as_str(),
            "rust": self.rust_verdict().as_str(),
            "bump": self.crate_bump().as_str(),
            "oci_backup_bump": self.client_bump().as_str(),
            "wire_changes": changes(&self.wire),
            "rust_changes": changes(&self.rust),
        })
    }

    /// A CHANGELOG entry for `version` of the generated crate (`## version`, then the
    /// changes, breaking first).
    pub fn changelog_entry(&self, version: &str) -> String {
        let mut out = format!("## {version}\n\n");
        let _ = writeln!(
            out,
            "From `{}`. Wire contract: {}; Rust API: {}.\n",
            self.spec_path,
            self.wire_verdict().as_str(),
            self.rust_verdict().as_str()
        );
        let mut any = false;
        for verdict in [Verdict::Breaking, Verdict::Additive, Verdict::NoChange] {
            for (contract, changes) in [("wire", &self.wire), ("Rust", &self.rust)] {
                for change in changes.iter().filter(|c| c.verdict == verdict) {
                    any = true;
                    let _ = writeln!(
                        out,
                        "- {} ({contract}): {} `{}` {}: {}",
                        verdict.as_str(),
                        change.subject,
                        change.at,
                        change.kind.as_str(),
                        change.why
                    );
                }
            }
        }
        if !any {
            out.push_str(
                "- No change to the wire contract or the public Rust API (documentation or generated code inside it).\n",
            );
        }
        out
    }
}

fn verdict(changes: &[Change]) -> Verdict {
    changes
        .iter()
        .map(|c| c.verdict)
        .max()
        .unwrap_or(Verdict::NoChange)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bumps_follow_cargo_semver_before_and_after_1_0() {
        assert_eq!(Bump::Major.apply("0.1.0").as_deref(), Some("0.2.0"));
        assert_eq!(Bump::Minor.apply("0.1.0").as_deref(), Some("0.1.1"));
        assert_eq!(Bump::Patch.apply("0.1.3").as_deref(), Some("0.1.4"));
        assert_eq!(Bump::Major.apply("1.4.2").as_deref(), Some("2.0.0"));
        assert_eq!(Bump::Minor.apply("1.4.2").as_deref(), Some("1.5.0"));
        assert_eq!(Bump::None.apply("1.4.2").as_deref(), Some("1.4.2"));
        assert_eq!(Bump::Major.apply("1.x"), None);
        assert_eq!(Bump::between("0.1.0", "0.2.0"), Some(Bump::Major));
        assert_eq!(Bump::between("0.1.0", "0.1.1"), Some(Bump::Minor));
        assert_eq!(Bump::between("1.1.0", "1.2.0"), Some(Bump::Minor));
        assert_eq!(Bump::between("1.1.0", "1.1.1"), Some(Bump::Patch));
        assert_eq!(Bump::between("1.1.0", "2.0.0"), Some(Bump::Major));
        assert_eq!(Bump::between("1.1.0", "1.1.0"), Some(Bump::None));
        assert_eq!(Bump::between("1.1.0", "1.0.0"), None);
    }
}
