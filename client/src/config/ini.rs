//! The INI dialect of `~/.oci/config`: what Python's `configparser` (without
//! interpolation, as the OCI SDK uses it) accepts, minus multi-line values.
//!
//! - `[SECTION]` headers; the name is trimmed and case-sensitive. A `#` or `;` comment
//!   may follow the closing `]`.
//! - `key=value`, `key: value`, `key = value`: the first `=` or `:` separates; the key is
//!   trimmed and lowercased, the value trimmed. Empty values are kept (as empty).
//! - Full-line comments start with `#` or `;` (after optional whitespace). There are no
//!   inline comments: `region=x # y` has the value `x # y`, as in `configparser`.
//! - As with `configparser`'s default `strict=True`, a section or a key (within one
//!   section) that appears twice is an error, and so is a key before any section.
//! - Indented lines are ordinary lines (`configparser` would append them to the previous
//!   value; OCI config values are single-line, so that only ever hides a mistake).
//! - A UTF-8 byte-order mark at the start is ignored.
//!
//! Values are kept as [`SecretString`]s (the file may hold `pass_phrase`), so they are
//! wiped on drop and never printed by `Debug`. Errors never quote a line's content.

use crate::runtime::SecretString;

/// A parsed file: its sections in file order.
pub(super) struct Ini {
    sections: Vec<Section>,
}

/// One `[SECTION]` and its entries in file order.
pub(super) struct Section {
    name: String,
    entries: Vec<Entry>,
}

/// One `key = value` line.
pub(super) struct Entry {
    key: String,
    value: SecretString,
    line: usize,
}

/// Why a file is not valid INI: the 1-based line number and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SyntaxError {
    pub(super) line: usize,
    pub(super) reason: String,
}

impl Ini {
    /// The section called exactly `name`.
    pub(super) fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.name == name)
    }

    /// Every section name, in file order.
    pub(super) fn section_names(&self) -> impl Iterator<Item = &str> {
        self.sections.iter().map(|section| section.name.as_str())
    }
}

impl Section {
    /// The entry for `key`; `key` must already be lowercase.
    pub(super) fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.key == key)
    }

    /// The section's name, as written between the brackets (trimmed).
    pub(super) fn name(&self) -> &str {
        &self.name
    }
}

impl Entry {
    /// The value, trimmed.
    pub(super) fn value(&self) -> &str {
        self.value.expose_secret()
    }

    /// The 1-based line the entry is on.
    pub(super) fn line(&self) -> usize {
        self.line
    }
}

/// Parses the whole text of a file.
pub(super) fn parse(text: &str) -> Result<Ini, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sections: Vec<Section> = Vec::new();
    let mut section_lines: Vec<usize> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let error = |reason: String| SyntaxError { line, reason };
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('[') {
            let Some(close) = rest.find(']') else {
                return Err(error("a section header must end with `]`".to_owned()));
            };
            let after = rest[close + 1..].trim_start();
            if !(after.is_empty() || after.starts_with('#') || after.starts_with(';')) {
                return Err(error(
                    "unexpected text after a section header's `]` (only a comment \
                     starting with `#` or `;` may follow)"
                        .to_owned(),
                ));
            }
            let name = rest[..close].trim();
            if name.is_empty() {
                return Err(error(
                    "a section header needs a name: `[PROFILE]`".to_owned(),
                ));
            }
            if let Some(first) = sections.iter().position(|section| section.name == name) {
                return Err(error(format!(
                    "section [{name}] appears twice (first on line {})",
                    section_lines[first]
                )));
            }
            sections.push(Section {
                name: name.to_owned(),
                entries: Vec::new(),
            });
            section_lines.push(line);
            continue;
        }
        let Some(separator) = trimmed.find(['=', ':']) else {
            return Err(error(
                "expected `[PROFILE]`, `key = value`, `key: value`, or a comment \
                 starting with `#` or `;`"
                    .to_owned(),
            ));
        };
        let key = trimmed[..separator].trim().to_lowercase();
        if key.is_empty() {
            return Err(error(
                "a `key = value` line needs a key before the `=` or `:`".to_owned(),
            ));
        }
        let value = trimmed[separator + 1..].trim();
        let Some(section) = sections.last_mut() else {
            return Err(error(format!(
                "`{key}` appears before any section header: start the file with \
                 `[DEFAULT]` or another `[PROFILE]`"
            )));
        };
        if let Some(first) = section.get(&key) {
            return Err(error(format!(
                "`{key}` appears twice in [{}] (first on line {})",
                section.name, first.line
            )));
        }
        section.entries.push(Entry {
            key,
            value: SecretString::from_string(value.to_owned()),
            line,
        });
    }
    Ok(Ini { sections })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value<'a>(ini: &'a Ini, section: &str, key: &str) -> Option<&'a str> {
        ini.section(section)?.get(key).map(Entry::value)
    }

    fn parse_ok(text: &str) -> Ini {
        match parse(text) {
            Ok(ini) => ini,
            Err(error) => panic!("unexpected error {error:?} for {text:?}"),
        }
    }

    fn parse_err(text: &str) -> SyntaxError {
        match parse(text) {
            Ok(_) => panic!("{text:?} parsed but should not"),
            Err(error) => error,
        }
    }

    #[test]
    fn all_three_separators_and_trimming() {
        let ini = parse_ok("[A]\nuser=u1\nregion: r1  \n  tenancy   =   t1\nempty=\n");
        assert_eq!(value(&ini, "A", "user"), Some("u1"));
        assert_eq!(value(&ini, "A", "region"), Some("r1"));
        assert_eq!(value(&ini, "A", "tenancy"), Some("t1"));
        assert_eq!(value(&ini, "A", "empty"), Some(""));
        assert_eq!(value(&ini, "A", "missing"), None);
    }

    #[test]
    fn the_first_separator_wins() {
        let ini = parse_ok("[A]\nkey_file=C:\\keys\\k.pem\nendpoint: https://x:8443/a=b\n");
        assert_eq!(value(&ini, "A", "key_file"), Some("C:\\keys\\k.pem"));
        assert_eq!(value(&ini, "A", "endpoint"), Some("https://x:8443/a=b"));
    }

    #[test]
    fn keys_are_lowercased_and_sections_are_not() {
        let ini = parse_ok("[Prod]\nUSER=u\nKey_File = k\n");
        assert_eq!(value(&ini, "Prod", "user"), Some("u"));
        assert_eq!(value(&ini, "Prod", "key_file"), Some("k"));
        assert!(ini.section("PROD").is_none());
    }

    #[test]
    fn comments_and_blank_lines_are_skipped_but_inline_comments_are_values() {
        let ini = parse_ok(
            "# top\n; also\n\n[A] # header comment\n  # indented\n\t; tab\nregion=x # not a comment\n",
        );
        assert_eq!(value(&ini, "A", "region"), Some("x # not a comment"));
        assert_eq!(ini.section_names().collect::<Vec<_>>(), ["A"]);
    }

    #[test]
    fn section_names_are_trimmed_and_kept_in_order() {
        let ini = parse_ok("[ DEFAULT ]\na=1\n[B]\n[C]\nc=3\r\n");
        assert_eq!(
            ini.section_names().collect::<Vec<_>>(),
            ["DEFAULT", "B", "C"]
        );
        assert_eq!(value(&ini, "C", "c"), Some("3"));
    }

    #[test]
    fn byte_order_mark_and_crlf() {
        let ini = parse_ok("\u{feff}[A]\r\nuser=u\r\n");
        assert_eq!(value(&ini, "A", "user"), Some("u"));
    }

    #[test]
    fn entries_know_their_line() {
        let ini = parse_ok("[A]\n\n# c\nuser=u\n");
        assert_eq!(
            ini.section("A")
                .and_then(|s| s.get("user"))
                .map(Entry::line),
            Some(4)
        );
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let error = parse_err("[A]\nuser=u\njust some words\n");
        assert_eq!(error.line, 3);
        assert!(
            error.reason.contains("expected `[PROFILE]`"),
            "{}",
            error.reason
        );
        assert!(!error.reason.contains("just some words"));
    }

    #[test]
    fn header_errors() {
        assert_eq!(parse_err("[A\n").line, 1);
        assert!(parse_err("[A\n").reason.contains("must end with `]`"));
        assert!(parse_err("[]\n").reason.contains("needs a name"));
        assert!(parse_err("[  ]\n").reason.contains("needs a name"));
        assert!(
            parse_err("[A] x\n")
                .reason
                .contains("after a section header")
        );
    }

    #[test]
    fn empty_key_is_an_error() {
        let error = parse_err("[A]\n= value\n");
        assert_eq!(error.line, 2);
        assert!(error.reason.contains("needs a key"));
    }

    #[test]
    fn key_before_any_section_is_an_error() {
        let error = parse_err("# c\nuser=u\n[A]\n");
        assert_eq!(error.line, 2);
        assert!(error.reason.contains("`user` appears before any section"));
    }

    #[test]
    fn duplicates_are_errors() {
        let error = parse_err("[A]\nuser=1\n[B]\n[A]\n");
        assert_eq!(
            error,
            SyntaxError {
                line: 4,
                reason: "section [A] appears twice (first on line 1)".to_owned()
            }
        );
        let error = parse_err("[A]\nuser=1\nUSER: 2\n");
        assert_eq!(
            error,
            SyntaxError {
                line: 3,
                reason: "`user` appears twice in [A] (first on line 2)".to_owned()
            }
        );
        // The same key in two sections is fine.
        let ini = parse_ok("[A]\nuser=1\n[B]\nuser=2\n");
        assert_eq!(value(&ini, "B", "user"), Some("2"));
    }

    #[test]
    fn errors_never_quote_the_line() {
        let error = parse_err("[A]\npass_phrase hunter2\n");
        assert!(!error.reason.contains("hunter2"));
        let error = parse_err("[A]\npass_phrase=hunter2\npass_phrase=hunter3\n");
        assert!(!error.reason.contains("hunter"));
    }

    #[test]
    fn empty_text_has_no_sections() {
        let ini = parse_ok("");
        assert_eq!(ini.section_names().count(), 0);
    }
}
