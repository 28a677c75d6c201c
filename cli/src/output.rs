//! What a command prints on stdout: a [`Document`] rendered as the OCI CLI renders its
//! answers (pretty JSON, `{"data": ...}` plus `etag` or `opc-next-page` where the OCI
//! CLI shows them, keys sorted) or as a table for people.
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

/// A command's result: the resource (or list, or nothing) and the response headers the
/// OCI CLI shows beside it.
#[derive(Debug, Default)]
pub(crate) struct Document {
    data: Option<Value>,
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

    /// The JSON form: `{"data": ..., <extra>...}`, secrets masked, keys sorted.
    pub(crate) fn to_json(&self) -> Value {
        let mut object = Map::new();
        if let Some(data) = &self.data {
            object.insert("data".into(), data.clone());
        }
        for (key, value) in &self.extra {
            object.insert((*key).into(), value.clone());
        }
        canonical(Value::Object(object))
    }
}

/// Where and how documents are printed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Output {
    format: OutputFormat,
}

impl Output {
    /// The format asked for, else JSON when stdout is not a terminal and a table when
    /// it is.
    pub(crate) fn new(format: Option<OutputFormat>) -> Self {
        let format = format.unwrap_or_else(|| {
            if std::io::stdout().is_terminal() {
                OutputFormat::Table
            } else {
                OutputFormat::Json
            }
        });
        Self { format }
    }

    /// Prints `document` on stdout (nothing when it is empty).
    pub(crate) fn print(self, document: &Document) -> Result<(), CliError> {
        if document.is_empty() {
            return Ok(());
        }
        let text = match self.format {
            OutputFormat::Json => serde_json::to_string_pretty(&document.to_json())
                .map_err(|e| CliError::Local(format!("cannot render the answer: {e}")))?,
            OutputFormat::Table => table_text(document),
        };
        if text.is_empty() {
            return Ok(());
        }
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{text}")
            .and_then(|()| stdout.flush())
            .map_err(|e| CliError::Local(format!("cannot write the output: {e}")))
    }
}

/// `value` with secrets masked and object keys sorted (as the OCI CLI's JSON output is).
fn canonical(value: Value) -> Value {
    match value {
        Value::Object(object) => {
            let mut entries: Vec<(String, Value)> = object.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let mut sorted = Map::new();
            for (key, value) in entries {
                let value = if SECRET_KEYS.contains(&key.as_str()) && !value.is_null() {
                    Value::String(oci_backup::runtime::MASK.to_owned())
                } else {
                    canonical(value)
                };
                sorted.insert(key, value);
            }
            Value::Object(sorted)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        other => other,
    }
}

/// The table form: a list as rows and columns, a single resource as property and
/// value rows; the extra keys follow as `key: value` lines.
fn table_text(document: &Document) -> String {
    let json = document.to_json();
    let mut text = String::new();
    match json.get("data") {
        Some(Value::Array(items)) => {
            let columns = list_columns(items, document.columns);
            let header: Vec<String> = columns.iter().map(|c| kebab(c)).collect();
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|item| columns.iter().map(|c| cell(item.get(c))).collect())
                .collect();
            text.push_str(&render(&header, &rows));
        }
        Some(Value::Object(object)) => {
            let rows: Vec<Vec<String>> = object
                .iter()
                .map(|(key, value)| vec![kebab(key), cell(Some(value))])
                .collect();
            text.push_str(&render(&["property".into(), "value".into()], &rows));
        }
        Some(other) => text.push_str(&cell(Some(other))),
        None => {}
    }
    for (key, value) in &document.extra {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("{key}: {}", cell(Some(value))));
    }
    text
}

/// The columns of a list: the preferred ones present in some item, else every scalar
/// key of the items. An empty list shows every preferred column (its header only).
fn list_columns(items: &[Value], preferred: &[&str]) -> Vec<String> {
    if items.is_empty() {
        return preferred.iter().map(|key| (*key).to_owned()).collect();
    }
    let present = |key: &str| items.iter().any(|item| item.get(key).is_some());
    let mut columns: Vec<String> = preferred
        .iter()
        .filter(|key| present(key))
        .map(|key| (*key).to_owned())
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
            r#"{"data":{"bar":{"password":"********","uri":"file:///x.bar"},"name":"n","storage":{"auth":{"ociPrivateKeyWrapped":"********","type":"OSS_AUTH_OCI_USER_ID"}}},"etag":"e1"}"#
        );
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
