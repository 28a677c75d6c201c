//! The specs' Markdown descriptions made safe for rustdoc. progenitor and typify copy
//! descriptions into doc comments, and rustdoc compiles every code block that has no
//! language (or says `rust`) as a doctest: the `Content-type: application/json` block of
//! a real spec's overview would fail the generated crate's `cargo test`. Such blocks
//! are marked `text`; indented blocks become fenced `text` blocks. Nothing else changes.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};
use serde_json::Value;

/// Rewrites every string `description` in the document.
pub(crate) fn mark_code_as_text(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "description"
                    && let Value::String(text) = child
                {
                    if let Some(marked) = marked(text) {
                        *text = marked;
                    }
                    continue;
                }
                mark_code_as_text(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mark_code_as_text),
        _ => {}
    }
}

/// Whether rustdoc would compile a fenced block with this info string.
fn compiled(info: &str) -> bool {
    let tokens: Vec<&str> = info
        .split([',', ' ', '\t'])
        .filter(|t| !t.is_empty())
        .collect();
    tokens.is_empty() || tokens.contains(&"rust")
}

/// `text` with its doctest-able blocks marked `text`, or `None` when it has none.
fn marked(text: &str) -> Option<String> {
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (event, range) in Parser::new(text).into_offset_iter() {
        let Event::Start(Tag::CodeBlock(kind)) = event else {
            continue;
        };
        match kind {
            CodeBlockKind::Fenced(info) if compiled(&info) => {
                let block = &text[range.clone()];
                let first = block.find('\n').unwrap_or(block.len());
                let line = &block[..first];
                let indent = line.len() - line.trim_start().len();
                let fence: String = line
                    .trim_start()
                    .chars()
                    .take_while(|c| *c == '`' || *c == '~')
                    .collect();
                let at = range.start;
                edits.push((at..at + first, format!("{}{fence}text", &line[..indent])));
            }
            CodeBlockKind::Indented => {
                // The block's range starts after the first line's indent.
                let start = text[..range.start].rfind('\n').map_or(0, |n| n + 1);
                let mut fenced = String::from("```text\n");
                for line in text[start..range.end].lines() {
                    let cut = line.len() - line.trim_start_matches(' ').len();
                    fenced.push_str(&line[cut.min(4)..]);
                    fenced.push('\n');
                }
                fenced.push_str("```\n");
                edits.push((start..range.end, fenced));
            }
            CodeBlockKind::Fenced(_) => {}
        }
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = text.to_owned();
    for (range, replacement) in edits.into_iter().rev() {
        out.replace_range(range, &replacement);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_rustdoc_would_compile_are_marked_text() {
        let text = "Send:\n```\nContent-type: application/json\n```\nor\n\n    curl -X GET /dags\n\nthen ```json``` stays:\n```json\n{}\n```\n";
        assert_eq!(
            marked(text).unwrap(),
            "Send:\n```text\nContent-type: application/json\n```\nor\n\n```text\ncurl -X GET /dags\n```\n\nthen ```json``` stays:\n```json\n{}\n```\n"
        );
        assert_eq!(marked("no code, `inline` only"), None);
        assert_eq!(
            marked("~~~ rust\nfn x() {}\n~~~"),
            Some("~~~text\nfn x() {}\n~~~".into())
        );
    }
}
