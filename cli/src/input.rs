//! Reading what the user gave: JSON parameters (inline or `file://PATH`, as the OCI CLI
//! takes them), secrets from files and environment variables, and confirmations.
//!
//! Every error names the flag or variable it is about, and never quotes a secret.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;

use oci_backup::runtime::SecretString;
use serde::de::DeserializeOwned;

use crate::args::BarPassword;
use crate::exit::CliError;

/// The environment variable holding the BAR password.
pub(crate) const BAR_PASSWORD_VAR: &str = "OCI_BACKUP_BAR_PASSWORD";

/// Parses a JSON parameter: the text itself, or `file://PATH` for a file's content.
pub(crate) fn json_param<T: DeserializeOwned>(
    flag: &str,
    value: &str,
    expected: &str,
) -> Result<T, CliError> {
    let text = match value.strip_prefix("file://") {
        Some(path) => oci_backup::files::read_limited_to_string(Path::new(path))
            .map_err(|e| CliError::input(flag, format!("cannot read `{path}`: {e}")))?,
        None => value.to_owned(),
    };
    serde_json::from_str(&text)
        .map_err(|e| CliError::input(flag, format!("expected {expected}: {e}")))
}

/// A secret read from a file, without the line break that ends it; empty is an error.
pub(crate) fn secret_file(flag: &str, path: &Path) -> Result<SecretString, CliError> {
    let text = SecretString::from_string(
        oci_backup::files::read_limited_to_string(path)
            .map_err(|e| CliError::input(flag, format!("cannot read `{}`: {e}", path.display())))?,
    );
    let value = text.expose_secret();
    let value = value
        .strip_suffix('\n')
        .map(|v| v.strip_suffix('\r').unwrap_or(v))
        .unwrap_or(value);
    if value.is_empty() {
        return Err(CliError::input(
            flag,
            format!("`{}` is empty", path.display()),
        ));
    }
    Ok(SecretString::from_string(value.to_owned()))
}

/// A secret from an environment variable, if set and not empty.
pub(crate) fn secret_env(name: &str) -> Result<Option<SecretString>, CliError> {
    match std::env::var_os(name) {
        None => Ok(None),
        Some(value) if value.is_empty() => Ok(None),
        Some(value) => value
            .into_string()
            .map(|v| Some(SecretString::from_string(v)))
            .map_err(|_| CliError::input(name, "is not valid Unicode")),
    }
}

/// The BAR password and the flag (or variable) it came from: `--password-file`, then
/// `--password` (with a warning), then `OCI_BACKUP_BAR_PASSWORD`.
pub(crate) fn bar_password(args: &BarPassword) -> Result<(SecretString, &'static str), CliError> {
    if let Some(path) = &args.password_file {
        return Ok((secret_file("--password-file", path)?, "--password-file"));
    }
    if let Some(password) = &args.password {
        warn(
            "--password shows the BAR password to other users of this machine and keeps it \
             in the shell history; use --password-file or OCI_BACKUP_BAR_PASSWORD",
        );
        return Ok((SecretString::from_string(password.clone()), "--password"));
    }
    match secret_env(BAR_PASSWORD_VAR)? {
        Some(password) => Ok((password, BAR_PASSWORD_VAR)),
        None => Err(CliError::input(
            "--password-file",
            format!(
                "the BAR password is required: give --password-file, or set {BAR_PASSWORD_VAR}"
            ),
        )),
    }
}

/// A warning on stderr.
pub(crate) fn warn(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "Warning: {message}");
}

/// Asks before a delete, in the OCI CLI's words.
pub(crate) fn confirm_delete() -> Result<(), CliError> {
    confirm("Are you sure you want to delete this resource?")
}

/// Asks before an update replaces every freeform and defined tag, in the OCI CLI's words.
pub(crate) fn confirm_tag_replacement() -> Result<(), CliError> {
    confirm(
        "WARNING: Updates to freeform-tags and defined-tags will replace any existing values. \
         Are you sure you want to continue?",
    )
}

/// Asks `question` on a terminal; without a terminal, refuses, pointing at `--force`.
fn confirm(question: &str) -> Result<(), CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::input(
            "--force",
            "required to go ahead without a terminal to confirm on",
        ));
    }
    let mut stderr = std::io::stderr().lock();
    let _ = write!(stderr, "{question} [y/N]: ");
    let _ = stderr.flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| CliError::Local(format!("cannot read the answer: {e}")))?;
    if matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES") {
        Ok(())
    } else {
        Err(CliError::input(
            "--force",
            "not confirmed: nothing was done",
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn json_parameters_name_the_flag() {
        let tags: HashMap<String, String> =
            json_param("--freeform-tags", r#"{"a":"b"}"#, "an object").unwrap();
        assert_eq!(tags["a"], "b");
        let error = json_param::<HashMap<String, String>>("--freeform-tags", "{a", "an object")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("--freeform-tags: expected an object: "),
            "{error}"
        );
        let error = json_param::<HashMap<String, String>>(
            "--defined-tags",
            "file:///nonexistent/tags.json",
            "x",
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.starts_with("--defined-tags: cannot read `/nonexistent/tags.json`"),
            "{error}"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Whatever is typed after a JSON flag, the answer is a value or an error that
        /// names the flag; never a panic.
        #[test]
        fn json_flags_take_any_text(
            text in proptest::prop_oneof![
                r#"\{("[^"\\]{0,6}": ?("[^"]{0,6}"|[0-9.eE+-]{1,6}|true|null|\{\}|\[\]),?){0,4}\}"#,
                r#"[\[\]\{\}":,0-9a-z\\ ]{0,24}"#,
                "file://[a-z/]{0,12}",
                ".{0,40}",
            ],
        ) {
            use std::collections::BTreeMap;

            type Defined = HashMap<String, HashMap<String, String>>;
            type Check = fn(&str) -> Result<(), CliError>;
            let checks: [(&str, Check); 4] = [
                ("--freeform-tags", |t| json_param::<HashMap<String, String>>("--freeform-tags", t, "x").map(drop)),
                ("--defined-tags", |t| json_param::<Defined>("--defined-tags", t, "x").map(drop)),
                ("--request-body", |t| json_param::<serde_json::Value>("--request-body", t, "x").map(drop)),
                ("--request-headers", |t| json_param::<BTreeMap<String, String>>("--request-headers", t, "x").map(drop)),
            ];
            for (flag, check) in checks {
                if let Err(error) = check(&text) {
                    let message = error.to_string();
                    proptest::prop_assert!(message.starts_with(&format!("{flag}: ")), "{}", message);
                }
            }
        }
    }
}
