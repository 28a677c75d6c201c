//! What a command prints on stdout: a [`Document`] rendered as the OCI CLI renders its
//! answers (pretty JSON, `{"data": ...}` plus `etag` or `opc-next-page` where the OCI
//! CLI shows them, keys in kebab-case and sorted) or as a table for people, optionally
//! narrowed by a JMESPath `--query` first.
//!
//! The OCI CLI prints the API's camelCase names in kebab-case (`lifecycleState` ->
//! `"lifecycle-state"`), so scripts written for it (`jq '.data["lifecycle-state"]'`,
//! `--query 'data."boot-volume-id"'`) work unchanged; the keys of maps whose keys the
//! user chose (tags, metadata) are printed as they are.
//!
//! Whatever the format, a value under a key that holds a secret (`password`,
//! `ociPrivateKeyWrapped`) is printed as `********`.

use std::io::{IsTerminal as _, Write as _};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::args::OutputFormat;
use crate::exit::CliError;

/// Keys whose values are never printed.
const SECRET_KEYS: &[&str] = &["password", "ociPrivateKeyWrapped"];

/// Properties whose values are maps with keys the user chose (`additionalProperties` in
/// the specs: tags and metadata): their keys are printed as they are, not in kebab-case.
/// A test checks this list against every map-valued property of both specs.
const USER_KEYED_MAPS: &[&str] = &["definedTags", "freeformTags", "metadata", "systemTags"];

/// A command's result: the resource (or list, or nothing) and the response headers the
/// OCI CLI shows beside it.
#[derive(Debug, Default)]
pub(crate) struct Document {
    data: Option<Value>,
    keys: Keys,
    extra: Vec<(&'static str, Value)>,
    columns: &'static [&'static str],
}

impl Document {
    /// A document whose `data` is `value`.
    pub(crate) fn data(value: &impl Serialize) -> Result<Self, CliError> {
        let value = serde_json::to_value(value)
            .map_err(|e| CliError::Local(format!("cannot render the answer: {e}")))?;
        Ok(Self {
            data: Some(value),
            ..Self::default()
        })
    }

    /// A document whose `data` is a body as the server sent it (`raw-request`): its keys
    /// are printed as they are.
    pub(crate) fn raw(value: Value) -> Self {
        Self {
            data: Some(value),
            keys: Keys::AsTheyAre,
            ..Self::default()
        }
    }

    /// A document with no `data` (only headers).
    pub(crate) fn empty() -> Self {
        Self::default()
    }

    /// Adds a top-level key beside `data` (`etag`, `opc-next-page`, ...) when `value`
    /// is present.
    pub(crate) fn with(mut self, key: &'static str, value: Option<&str>) -> Self {
        if let Some(value) = value {
            self.extra.push((key, Value::String(value.to_owned())));
        }
        self
    }

    /// Adds a top-level key beside `data` with any JSON value.
    pub(crate) fn with_value(mut self, key: &'static str, value: Value) -> Self {
        self.extra.push((key, value));
        self
    }

    /// The columns a table of a list shows, in order (API names).
    pub(crate) fn columns(mut self, columns: &'static [&'static str]) -> Self {
        self.columns = columns;
        self
    }

    /// Whether there is anything to print.
    fn is_empty(&self) -> bool {
        self.data.is_none() && self.extra.is_empty()
    }

    /// The JSON form: `{"data": ..., <extra>...}`, secrets masked, keys in kebab-case
    /// (but those of user-keyed maps) and sorted.
    pub(crate) fn to_json(&self) -> Value {
        let mut object = Map::new();
        if let Some(data) = &self.data {
            object.insert("data".into(), canonical(data.clone(), self.keys));
        }
        for (key, value) in &self.extra {
            object.insert((*key).into(), canonical(value.clone(), Keys::AsTheyAre));
        }
        canonical(Value::Object(object), Keys::AsTheyAre)
    }
}

/// A JMESPath expression checked when the flag is parsed (`--query`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Query(String);

impl Query {
    /// `text` if it is a JMESPath expression, else why not (clap names the flag).
    pub(crate) fn parse(text: &str) -> Result<Self, String> {
        jmespath::compile(text)
            .map(|_| Self(text.to_owned()))
            .map_err(|e| format!("not a JMESPath expression: {e}"))
    }

    /// The result of the query on `json` (`null` when nothing matches).
    fn apply(&self, json: &Value) -> Result<Value, CliError> {
        let failed = |e: &dyn std::fmt::Display| {
            CliError::input("--query", format!("the query cannot be applied: {e}"))
        };
        let expression = jmespath::compile(&self.0).map_err(|e| failed(&e))?;
        let data = jmespath::Variable::from_serializable(json).map_err(|e| failed(&e))?;
        let result = expression.search(data).map_err(|e| failed(&e))?;
        serde_json::to_value(&*result).map_err(|e| failed(&e))
    }
}

/// Where and how documents are printed.
#[derive(Debug, Clone)]
pub(crate) struct Output {
    format: OutputFormat,
    query: Option<Query>,
    raw_output: bool,
}

impl Output {
    /// The format asked for, else JSON when stdout is not a terminal and a table when
    /// it is; `query` narrows what is printed, and with `raw_output` a result that is
    /// one string is printed without quotes.
    pub(crate) fn new(
        format: Option<OutputFormat>,
        query: Option<Query>,
        raw_output: bool,
    ) -> Self {
        let format = format.unwrap_or_else(|| {
            if std::io::stdout().is_terminal() {
                OutputFormat::Table
            } else {
                OutputFormat::Json
            }
        });
        Self {
            format,
            query,
            raw_output,
        }
    }

    /// Prints `document` on stdout (nothing when it is empty, or when the query selects
    /// nothing).
    pub(crate) fn print(&self, document: &Document) -> Result<(), CliError> {
        if document.is_empty() {
            return Ok(());
        }
        let text = self.text(document)?;
        if text.is_empty() {
            return Ok(());
        }
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{text}")
            .and_then(|()| stdout.flush())
            .map_err(|e| CliError::Local(format!("cannot write the output: {e}")))
    }

    /// What [`print`](Self::print) writes, without its final newline.
    fn text(&self, document: &Document) -> Result<String, CliError> {
        let pretty = |value: &Value| {
            serde_json::to_string_pretty(value)
                .map_err(|e| CliError::Local(format!("cannot render the answer: {e}")))
        };
        let Some(query) = &self.query else {
            return match self.format {
                OutputFormat::Json => pretty(&document.to_json()),
                OutputFormat::Table => Ok(table_text(document)),
            };
        };
        let result = query.apply(&document.to_json())?;
        Ok(match (&result, self.format) {
            (Value::Null, _) => String::new(),
            (Value::String(text), _) if self.raw_output => text.clone(),
            (_, OutputFormat::Json) => pretty(&result)?,
            (_, OutputFormat::Table) => value_table(&result, &[]),
        })
    }
}

/// Arguments as a shell would need them typed.
pub(crate) fn shell_words(args: &[impl AsRef<str>]) -> String {
    args.iter()
        .map(|arg| {
            let arg = arg.as_ref();
            let plain = !arg.is_empty()
                && arg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./:=,@".contains(c));
            if plain {
                arg.to_owned()
            } else {
                format!("'{}'", arg.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How the keys of an object are printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Keys {
    /// API names in kebab-case, as the OCI CLI prints them.
    #[default]
    Kebab,
    /// As they are: the keys of a map the user chose (tags), at every depth.
    AsTheyAre,
}

/// `value` with secrets masked and object keys renamed by `keys` and sorted (as the OCI
/// CLI's JSON output is).
fn canonical(value: Value, keys: Keys) -> Value {
    match value {
        Value::Object(object) => {
            let mut entries: Vec<(String, Value)> = object
                .into_iter()
                .map(|(key, value)| {
                    let value = if SECRET_KEYS.contains(&key.as_str()) && !value.is_null() {
                        Value::String(oci_backup::runtime::MASK.to_owned())
                    } else if keys == Keys::Kebab && USER_KEYED_MAPS.contains(&key.as_str()) {
                        canonical(value, Keys::AsTheyAre)
                    } else {
                        canonical(value, keys)
                    };
                    let key = match keys {
                        Keys::Kebab => kebab(&key),
                        Keys::AsTheyAre => key,
                    };
                    (key, value)
                })
                .collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().collect())
        }
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| canonical(item, keys))
                .collect(),
        ),
        other => other,
    }
}

/// The table form: a list as rows and columns, a single resource as property and
/// value rows; the extra keys follow as `key: value` lines.
fn table_text(document: &Document) -> String {
    let json = document.to_json();
    let preferred: Vec<String> = document.columns.iter().map(|c| kebab(c)).collect();
    let mut text = json
        .get("data")
        .map(|data| value_table(data, &preferred))
        .unwrap_or_default();
    for (key, value) in &document.extra {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("{key}: {}", cell(Some(value))));
    }
    text
}

/// `value` as a table: a list of objects as rows and columns (`preferred` first), an
/// object as property and value rows, anything else as one cell per line.
fn value_table(value: &Value, preferred: &[String]) -> String {
    match value {
        Value::Array(items) if items.iter().all(Value::is_object) => {
            let columns = list_columns(items, preferred);
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|item| columns.iter().map(|c| cell(item.get(c))).collect())
                .collect();
            render(&columns, &rows)
        }
        Value::Array(items) => items
            .iter()
            .map(|item| cell(Some(item)))
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Object(object) => {
            let rows: Vec<Vec<String>> = object
                .iter()
                .map(|(key, value)| vec![key.clone(), cell(Some(value))])
                .collect();
            render(&["property".into(), "value".into()], &rows)
        }
        other => cell(Some(other)),
    }
}

/// The columns of a list: the preferred ones present in some item, else every scalar
/// key of the items. An empty list shows every preferred column (its header only).
fn list_columns(items: &[Value], preferred: &[String]) -> Vec<String> {
    if items.is_empty() {
        return preferred.to_vec();
    }
    let present = |key: &str| items.iter().any(|item| item.get(key).is_some());
    let mut columns: Vec<String> = preferred
        .iter()
        .filter(|key| present(key))
        .cloned()
        .collect();
    if columns.is_empty() {
        for item in items {
            if let Value::Object(object) = item {
                for (key, value) in object {
                    let scalar = !matches!(value, Value::Object(_) | Value::Array(_));
                    if scalar && !columns.contains(key) {
                        columns.push(key.clone());
                    }
                }
            }
        }
    }
    columns
}

/// A value as one table cell: strings bare, nested values as compact JSON.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// `lifecycleState` -> `lifecycle-state`, as the OCI CLI names columns.
fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if previous_lower {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            previous_lower = false;
        } else {
            out.push(c);
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// An ASCII table with a header row; with no rows, the header between two rules (and
/// with no columns either, nothing).
fn render(header: &[String], rows: &[Vec<String>]) -> String {
    if header.is_empty() {
        return String::new();
    }
    let width = |text: &str| text.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, value) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width(value));
            }
        }
    }
    let rule: String = widths
        .iter()
        .map(|w| format!("+{}", "-".repeat(w + 2)))
        .collect::<String>()
        + "+";
    let line = |values: &[String]| {
        values
            .iter()
            .zip(&widths)
            .map(|(value, w)| format!("| {value}{} ", " ".repeat(w - width(value))))
            .collect::<String>()
            + "|"
    };
    let mut lines = vec![rule.clone(), line(header), rule.clone()];
    if !rows.is_empty() {
        lines.extend(rows.iter().map(|row| line(row)));
        lines.push(rule);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn json_wraps_data_sorts_keys_and_masks_secrets() {
        let document = Document::data(&json!({
            "name": "n",
            "bar": {"uri": "file:///x.bar", "password": "Secret123"},
            "storage": {"auth": {"type": "OSS_AUTH_OCI_USER_ID", "ociPrivateKeyWrapped": "TFMw"}}
        }))
        .unwrap()
        .with("etag", Some("e1"))
        .with("opc-next-page", None);
        let text = serde_json::to_string(&document.to_json()).unwrap();
        assert_eq!(
            text,
            r#"{"data":{"bar":{"password":"********","uri":"file:///x.bar"},"name":"n","storage":{"auth":{"oci-private-key-wrapped":"********","type":"OSS_AUTH_OCI_USER_ID"}}},"etag":"e1"}"#
        );
    }

    #[test]
    fn keys_are_kebab_case_as_the_oci_cli_prints_them_but_tag_keys_are_kept() {
        let document = Document::data(&json!([{
            "bootVolumeId": "bv",
            "sizeInGBs": 50,
            "freeformTags": {"costCenter": "42", "Team_Name": "x"},
            "definedTags": {"Operations": {"CostCenter": "42"}},
            "systemTags": {"orcl-cloud": {"free-tier-retained": "true"}},
            "sourceDetails": {"bootVolumeBackupId": "b", "type": "bootVolumeBackup"}
        }]))
        .unwrap()
        .with("opc-next-page", Some("p2"));
        assert_eq!(
            document.to_json(),
            json!({
                "data": [{
                    "boot-volume-id": "bv",
                    "defined-tags": {"Operations": {"CostCenter": "42"}},
                    "freeform-tags": {"Team_Name": "x", "costCenter": "42"},
                    "size-in-gbs": 50,
                    "source-details": {"boot-volume-backup-id": "b", "type": "bootVolumeBackup"},
                    "system-tags": {"orcl-cloud": {"free-tier-retained": "true"}}
                }],
                "opc-next-page": "p2"
            })
        );
        // Sorted by the printed names, as the OCI CLI sorts them.
        let json = document.to_json();
        let keys: Vec<&String> = json["data"][0].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "boot-volume-id",
                "defined-tags",
                "freeform-tags",
                "size-in-gbs",
                "source-details",
                "system-tags"
            ]
        );
    }

    #[test]
    fn raw_bodies_keep_their_keys() {
        let document = Document::raw(json!({"lifecycleState": "AVAILABLE"}))
            .with_value("headers", json!({"opc-request-id": "r"}));
        assert_eq!(
            document.to_json(),
            json!({"data": {"lifecycleState": "AVAILABLE"}, "headers": {"opc-request-id": "r"}})
        );
    }

    /// Every property of both specs whose value is a map with keys the user chose.
    fn user_keyed_maps_of(spec: &str, found: &mut std::collections::BTreeSet<String>) {
        fn walk(value: &Value, found: &mut std::collections::BTreeSet<String>) {
            match value {
                Value::Object(object) => {
                    if let Some(Value::Object(properties)) = object.get("properties") {
                        for (name, schema) in properties {
                            let map = schema
                                .get("additionalProperties")
                                .is_some_and(|a| a != &Value::Bool(false));
                            if map {
                                found.insert(name.clone());
                            }
                        }
                    }
                    object.values().for_each(|v| walk(v, found));
                }
                Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
                _ => {}
            }
        }
        walk(&serde_norway::from_str(spec).unwrap(), found);
    }

    #[test]
    fn the_user_keyed_maps_are_those_of_the_specs() {
        let mut found = std::collections::BTreeSet::new();
        user_keyed_maps_of(oci_backup_fake::spec::CORE_SPEC_YAML, &mut found);
        user_keyed_maps_of(oci_backup_fake::spec::ANALYTICS_SPEC_YAML, &mut found);
        assert_eq!(
            found.iter().map(String::as_str).collect::<Vec<_>>(),
            USER_KEYED_MAPS
        );
    }

    #[test]
    fn a_query_narrows_the_printed_document() {
        let document = Document::data(&json!([
            {"id": "a", "lifecycleState": "AVAILABLE"},
            {"id": "b", "lifecycleState": "CREATING"}
        ]))
        .unwrap()
        .with("opc-next-page", Some("p2"));
        let output = |query: &str, format, raw| {
            Output::new(Some(format), Some(Query::parse(query).unwrap()), raw)
                .text(&document)
                .unwrap()
        };
        let available = r#"data[?"lifecycle-state"=='AVAILABLE'].id"#;
        assert_eq!(
            output(available, OutputFormat::Json, false),
            "[\n  \"a\"\n]"
        );
        assert_eq!(output("data[0].id", OutputFormat::Json, false), "\"a\"");
        assert_eq!(output("data[0].id", OutputFormat::Json, true), "a");
        assert_eq!(output(r#""opc-next-page""#, OutputFormat::Json, true), "p2");
        // Raw output leaves what is not one string as JSON.
        assert_eq!(output("length(data)", OutputFormat::Json, true), "2");
        assert_eq!(output("missing", OutputFormat::Json, false), "");
        assert_eq!(
            output("data[*].{id: id}", OutputFormat::Table, false),
            "+----+\n| id |\n+----+\n| a  |\n| b  |\n+----+"
        );
        assert_eq!(output("data[*].id", OutputFormat::Table, false), "a\nb");
    }

    #[test]
    fn a_query_that_is_not_jmespath_is_refused() {
        let error = Query::parse("data[").unwrap_err();
        assert!(error.starts_with("not a JMESPath expression: "), "{error}");
    }

    #[test]
    fn tables_of_lists_and_resources() {
        let list = Document::data(&json!([
            {"id": "a", "lifecycleState": "AVAILABLE", "freeformTags": {"k": "v"}},
            {"id": "bb", "lifecycleState": "CREATING"}
        ]))
        .unwrap()
        .columns(&["id", "lifecycleState", "missing"])
        .with("opc-next-page", Some("p2"));
        assert_eq!(
            table_text(&list),
            "+----+-----------------+\n\
             | id | lifecycle-state |\n\
             +----+-----------------+\n\
             | a  | AVAILABLE       |\n\
             | bb | CREATING        |\n\
             +----+-----------------+\n\
             opc-next-page: p2"
        );
        let one = Document::data(&json!({"sizeInGBs": 50, "tags": {"a": "b"}})).unwrap();
        assert_eq!(
            table_text(&one),
            "+-------------+-----------+\n\
             | property    | value     |\n\
             +-------------+-----------+\n\
             | size-in-gbs | 50        |\n\
             | tags        | {\"a\":\"b\"} |\n\
             +-------------+-----------+"
        );
    }

    #[test]
    fn an_empty_list_is_a_table_of_headers_only() {
        let empty = Document::data(&json!([]))
            .unwrap()
            .columns(&["id", "lifecycleState"]);
        assert_eq!(
            table_text(&empty),
            "+----+-----------------+\n\
             | id | lifecycle-state |\n\
             +----+-----------------+"
        );
        let paged = Document::data(&json!([]))
            .unwrap()
            .columns(&["id"])
            .with("opc-next-page", Some("p2"));
        assert_eq!(
            table_text(&paged),
            "+----+\n\
             | id |\n\
             +----+\n\
             opc-next-page: p2"
        );
        // No columns known: nothing to draw (rather than a table of bare rules).
        assert_eq!(table_text(&Document::data(&json!([])).unwrap()), "");
    }

    #[test]
    fn kebab_case_follows_the_oci_cli() {
        assert_eq!(kebab("lifecycleState"), "lifecycle-state");
        assert_eq!(kebab("sizeInGBs"), "size-in-gbs");
        assert_eq!(kebab("id"), "id");
        assert_eq!(kebab("Errors"), "errors");
    }
}
