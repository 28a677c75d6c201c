//! The wire contract: two normalised specs compared operation by operation, schema by
//! schema, and each difference classified by whom it breaks, after oasdiff's checks
//! (`checker/check-*.go`): what a request may carry is judged for old clients (a new
//! required field, a removed enum value, a tighter limit break them), what a response may
//! carry for old readers (a removed field, a new enum value or union variant, a looser
//! limit break strict readers). Component schemas are reported once per direction, by
//! name, however many operations use them.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{Change, Kind, Verdict};
use crate::walk;

/// Which side of the exchange a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Direction {
    /// Sent by clients: judged for old clients against the new server.
    Request,
    /// Sent by the server: judged for old readers of the new server's answers.
    Response,
}

impl Direction {
    fn word(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
        }
    }

    /// A change that widens what the sender may send: harmless in a request (old clients
    /// send a subset), breaking in a response (old readers meet the unknown).
    fn widened(self) -> Verdict {
        match self {
            Direction::Request => Verdict::Additive,
            Direction::Response => Verdict::Breaking,
        }
    }

    /// A change that narrows what the sender may send.
    fn narrowed(self) -> Verdict {
        match self {
            Direction::Request => Verdict::Breaking,
            Direction::Response => Verdict::Additive,
        }
    }

    fn widened_why(self) -> &'static str {
        match self {
            Direction::Request => "the server accepts more; old clients are unaffected",
            Direction::Response => "old strict readers may meet a value they do not know",
        }
    }

    fn narrowed_why(self) -> &'static str {
        match self {
            Direction::Request => "old clients may send what the server now refuses",
            Direction::Response => "the server sends less than readers accept",
        }
    }
}

struct Differ<'a> {
    old: &'a Value,
    new: &'a Value,
    out: Vec<Change>,
    /// Component schemas already compared, by direction.
    seen: BTreeSet<(String, Direction)>,
}

/// Every wire change from `old` to `new` (both normalised specs).
pub(super) fn diff(old: &Value, new: &Value) -> Vec<Change> {
    let mut differ = Differ {
        old,
        new,
        out: Vec::new(),
        seen: BTreeSet::new(),
    };
    differ.operations();
    differ.out
}

/// `GET /a/{}/b`: an operation's key, path parameter names left out (renaming one does
/// not change the URL a client requests).
fn operation_key(method: &str, path: &str) -> String {
    let mut key = format!("{} ", method.to_uppercase());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                key.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => key.push(c),
        }
    }
    key
}

fn operations(spec: &Value) -> BTreeMap<String, walk::Operation<'_>> {
    walk::operations(spec)
        .into_iter()
        .map(|op| (operation_key(op.method, op.path), op))
        .collect()
}

fn operation_name(op: &walk::Operation<'_>) -> String {
    op.operation
        .get("operationId")
        .and_then(Value::as_str)
        .map_or_else(
            || format!("{} {}", op.method.to_uppercase(), op.path),
            str::to_owned,
        )
}

fn change(
    subject: &'static str,
    at: impl Into<String>,
    kind: Kind,
    verdict: Verdict,
    why: impl Into<String>,
) -> Change {
    Change {
        subject,
        at: at.into(),
        kind,
        verdict,
        why: why.into(),
    }
}

/// The parameters of an operation (path-level ones overridden by the operation's), by
/// (location, name), resolved.
fn parameters<'a>(
    spec: &'a Value,
    op: &walk::Operation<'a>,
) -> BTreeMap<(String, String), &'a Value> {
    let mut out = BTreeMap::new();
    for holder in [op.item, op.operation] {
        for parameter in holder
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let parameter = walk::resolve(spec, parameter);
            let field = |k: &str| {
                parameter
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            let name = if field("in") == "header" {
                field("name").to_lowercase()
            } else {
                field("name")
            };
            out.insert((field("in"), name), parameter);
        }
    }
    out
}

fn is_required(node: &Value) -> bool {
    node.get("required").and_then(Value::as_bool) == Some(true)
}

/// The path parameter names of a template, in order.
fn path_names(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn json_schema(node: &Value) -> Option<&Value> {
    let content = node.get("content")?.as_object()?;
    content
        .iter()
        .find(|(media, _)| media.contains("json"))
        .or_else(|| content.iter().next())
        .and_then(|(_, media)| media.get("schema"))
}

impl<'a> Differ<'a> {
    fn operations(&mut self) {
        let (old, new) = (operations(self.old), operations(self.new));
        for (key, op) in &old {
            if !new.contains_key(key) {
                self.out.push(change(
                    "operation",
                    format!("{} ({key})", operation_name(op)),
                    Kind::Removed,
                    Verdict::Breaking,
                    "old clients call an operation the server no longer has",
                ));
            }
        }
        for (key, op) in &new {
            match old.get(key) {
                None => self.out.push(change(
                    "operation",
                    format!("{} ({key})", operation_name(op)),
                    Kind::Added,
                    Verdict::Additive,
                    "a new operation; nothing that worked changes",
                )),
                Some(before) => self.operation(before, op),
            }
        }
    }

    fn operation(&mut self, old: &walk::Operation<'a>, new: &walk::Operation<'a>) {
        let name = operation_name(new);
        let old_name = operation_name(old);
        if old_name != name {
            self.out.push(change(
                "operation",
                format!("{old_name} -> {name}"),
                Kind::Changed,
                Verdict::NoChange,
                "operationId renamed; the request on the wire is the same",
            ));
        }
        // Path parameters are positional on the wire.
        for (before, after) in path_names(old.path).into_iter().zip(path_names(new.path)) {
            if before != after {
                self.out.push(change(
                    "parameter",
                    format!("{name} path {{{before}}} -> {{{after}}}"),
                    Kind::Changed,
                    Verdict::NoChange,
                    "path parameter renamed; the URL on the wire is the same",
                ));
            }
        }
        let rename: BTreeMap<String, String> = path_names(new.path)
            .into_iter()
            .zip(path_names(old.path))
            .map(|(n, o)| (n.to_owned(), o.to_owned()))
            .collect();
        let old_params = parameters(self.old, old);
        let mut new_params = BTreeMap::new();
        for ((place, pname), p) in parameters(self.new, new) {
            let pname = match (place.as_str(), rename.get(&pname)) {
                ("path", Some(before)) => before.clone(),
                _ => pname,
            };
            new_params.insert((place, pname), p);
        }
        for ((place, pname), p) in &old_params {
            if !new_params.contains_key(&(place.clone(), pname.clone())) {
                let _ = p;
                self.out.push(change(
                    if place == "header" {
                        "header"
                    } else {
                        "parameter"
                    },
                    format!("{name} {place} {pname}"),
                    Kind::Removed,
                    Verdict::Breaking,
                    "old clients send a parameter the server no longer reads",
                ));
            }
        }
        for ((place, pname), p) in &new_params {
            let at = format!("{name} {place} {pname}");
            let subject = if place == "header" {
                "header"
            } else {
                "parameter"
            };
            match old_params.get(&(place.clone(), pname.clone())) {
                None if is_required(p) => self.out.push(change(
                    subject,
                    at,
                    Kind::Added,
                    Verdict::Breaking,
                    "required: old clients do not send it",
                )),
                None => self.out.push(change(
                    subject,
                    at,
                    Kind::Added,
                    Verdict::Additive,
                    "optional",
                )),
                Some(before) => {
                    self.required(&at, is_required(before), is_required(p), Direction::Request);
                    if let (Some(a), Some(b)) = (before.get("schema"), p.get("schema")) {
                        self.schema(&at, a, b, Direction::Request);
                    }
                }
            }
        }
        // Request body.
        let body = |op: &walk::Operation<'a>, spec: &'a Value| {
            op.operation
                .get("requestBody")
                .map(|b| walk::resolve(spec, b))
        };
        match (body(old, self.old), body(new, self.new)) {
            (None, Some(b)) => self.out.push(change(
                "request body",
                name.clone(),
                Kind::Added,
                if is_required(b) {
                    Verdict::Breaking
                } else {
                    Verdict::Additive
                },
                if is_required(b) {
                    "required: old clients do not send it"
                } else {
                    "optional"
                },
            )),
            (Some(_), None) => self.out.push(change(
                "request body",
                name.clone(),
                Kind::Removed,
                Verdict::Breaking,
                "old clients send a body the server no longer reads",
            )),
            (Some(a), Some(b)) => {
                let at = format!("{name} request body");
                self.required(&at, is_required(a), is_required(b), Direction::Request);
                if let (Some(a), Some(b)) = (json_schema(a), json_schema(b)) {
                    self.schema(&at, a, b, Direction::Request);
                }
            }
            (None, None) => {}
        }
        self.responses(&name, old, new);
    }

    fn responses(&mut self, name: &str, old: &walk::Operation<'a>, new: &walk::Operation<'a>) {
        let statuses = |op: &walk::Operation<'a>| -> BTreeMap<String, &'a Value> {
            op.operation
                .get("responses")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v)).collect())
                .unwrap_or_default()
        };
        let (before, after) = (statuses(old), statuses(new));
        let success = |status: &str| status.starts_with('2');
        for status in before.keys().filter(|s| !after.contains_key(*s)) {
            self.out.push(change(
                "status",
                format!("{name} {status}"),
                Kind::Removed,
                if success(status) {
                    Verdict::Breaking
                } else {
                    Verdict::Additive
                },
                if success(status) {
                    "old clients wait for a success the server no longer sends"
                } else {
                    "the server no longer answers with it"
                },
            ));
        }
        for (status, response) in &after {
            let Some(previous) = before.get(status) else {
                self.out.push(change(
                    "status",
                    format!("{name} {status}"),
                    Kind::Added,
                    if success(status) {
                        Verdict::Breaking
                    } else {
                        Verdict::Additive
                    },
                    if success(status) {
                        "old clients meet a success answer they do not expect"
                    } else {
                        "an error answer old clients read as an undocumented error"
                    },
                ));
                continue;
            };
            let (a, b) = (
                walk::resolve(self.old, previous),
                walk::resolve(self.new, response),
            );
            let at = format!("{name} {status} response");
            self.headers(&at, a, b);
            match (json_schema(a), json_schema(b)) {
                (Some(x), Some(y)) => self.schema(&format!("{at} body"), x, y, Direction::Response),
                (Some(_), None) => self.out.push(change(
                    "response body",
                    at,
                    Kind::Removed,
                    Verdict::Breaking,
                    "old readers expect a body",
                )),
                (None, Some(_)) => self.out.push(change(
                    "response body",
                    at,
                    Kind::Added,
                    Verdict::Additive,
                    "old readers ignore it",
                )),
                (None, None) => {}
            }
        }
    }

    fn headers(&mut self, at: &str, old: &'a Value, new: &'a Value) {
        let headers = |r: &'a Value| -> BTreeMap<String, &'a Value> {
            r.get("headers")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.to_lowercase(), v)).collect())
                .unwrap_or_default()
        };
        let (before, after) = (headers(old), headers(new));
        for name in before.keys().filter(|h| !after.contains_key(*h)) {
            self.out.push(change(
                "header",
                format!("{at} header {name}"),
                Kind::Removed,
                Verdict::Breaking,
                "old readers expect it",
            ));
        }
        for (name, header) in &after {
            match before.get(name) {
                None => self.out.push(change(
                    "header",
                    format!("{at} header {name}"),
                    Kind::Added,
                    Verdict::Additive,
                    "old readers ignore it",
                )),
                Some(previous) => {
                    let (a, b) = (
                        walk::resolve(self.old, previous),
                        walk::resolve(self.new, header),
                    );
                    if let (Some(x), Some(y)) = (a.get("schema"), b.get("schema")) {
                        self.schema(&format!("{at} header {name}"), x, y, Direction::Response);
                    }
                }
            }
        }
    }

    fn required(&mut self, at: &str, before: bool, after: bool, direction: Direction) {
        if before == after {
            return;
        }
        // Required in a request narrows what clients may send; in a response it widens
        // what readers may rely on.
        let narrows = match direction {
            Direction::Request => after,
            Direction::Response => before,
        };
        let (verdict, why) = match (direction, narrows) {
            (Direction::Request, true) => (Verdict::Breaking, "old clients may leave it out"),
            (Direction::Request, false) => (Verdict::Additive, "old clients still send it"),
            (Direction::Response, true) => (Verdict::Breaking, "old readers rely on it"),
            (Direction::Response, false) => (Verdict::Additive, "now always sent"),
        };
        self.out.push(change(
            "required",
            at,
            Kind::Changed,
            verdict,
            format!(
                "{} -> {}: {why}",
                if before { "required" } else { "optional" },
                if after { "required" } else { "optional" }
            ),
        ));
    }

    /// Compares two schemas at `at`, following references (a component schema is
    /// compared once per direction and reported by name).
    fn schema(&mut self, at: &str, old: &'a Value, new: &'a Value, direction: Direction) {
        let mut at = at.to_owned();
        if let (Some(a), Some(b)) = (walk::ref_name(old), walk::ref_name(new))
            && a == b
        {
            if !self.seen.insert((b.to_owned(), direction)) {
                return;
            }
            at = format!("{} {b}", direction.word());
        }
        let (old, new) = (walk::resolve(self.old, old), walk::resolve(self.new, new));
        let kind = |s: &Value| -> String {
            let mut t = s
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or(if s.get("oneOf").is_some() {
                    "union"
                } else if s.get("properties").is_some() {
                    "object"
                } else {
                    "any"
                })
                .to_owned();
            if let Some(format) = s.get("format").and_then(Value::as_str) {
                t = format!("{t} ({format})");
            }
            t
        };
        let (a, b) = (kind(old), kind(new));
        if a != b {
            self.out.push(change(
                "type",
                at,
                Kind::Changed,
                Verdict::Breaking,
                format!(
                    "{a} -> {b}: old {} do not fit",
                    match direction {
                        Direction::Request => "requests",
                        Direction::Response => "readers",
                    }
                ),
            ));
            return;
        }
        self.enum_values(&at, old, new, direction);
        self.limits(&at, old, new, direction);
        if let (Some(x), Some(y)) = (old.get("items"), new.get("items")) {
            self.schema(&format!("{at}[]"), x, y, direction);
        }
        if let (Some(x), Some(y)) = (
            old.get("additionalProperties").filter(|v| v.is_object()),
            new.get("additionalProperties").filter(|v| v.is_object()),
        ) {
            self.schema(&format!("{at}{{}}"), x, y, direction);
        }
        self.properties(&at, old, new, direction);
        self.variants(&at, old, new, direction);
    }

    fn enum_values(&mut self, at: &str, old: &Value, new: &Value, direction: Direction) {
        let values = |s: &Value| -> Option<Vec<String>> {
            s.get("enum")?.as_array().map(|v| {
                v.iter()
                    .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned))
                    .collect()
            })
        };
        match (values(old), values(new)) {
            (Some(a), Some(b)) => {
                for v in a.iter().filter(|v| !b.contains(v)) {
                    self.out.push(change(
                        "enum value",
                        format!("{at} {v}"),
                        Kind::Removed,
                        direction.narrowed(),
                        direction.narrowed_why(),
                    ));
                }
                for v in b.iter().filter(|v| !a.contains(v)) {
                    self.out.push(change(
                        "enum value",
                        format!("{at} {v}"),
                        Kind::Added,
                        direction.widened(),
                        match direction {
                            Direction::Request => direction.widened_why(),
                            Direction::Response => {
                                "harmless only to tolerant readers (this project's open \
                                 response enums); strict readers fail"
                            }
                        },
                    ));
                }
            }
            (None, Some(_)) => self.out.push(change(
                "enum value",
                at,
                Kind::Added,
                direction.narrowed(),
                format!("now restricted to a list: {}", direction.narrowed_why()),
            )),
            (Some(_), None) => self.out.push(change(
                "enum value",
                at,
                Kind::Removed,
                direction.widened(),
                format!(
                    "no longer restricted to a list: {}",
                    direction.widened_why()
                ),
            )),
            (None, None) => {}
        }
    }

    fn limits(&mut self, at: &str, old: &Value, new: &Value, direction: Direction) {
        // (keyword, true when a greater value is looser)
        const LIMITS: [(&str, bool); 8] = [
            ("maxLength", true),
            ("maximum", true),
            ("maxItems", true),
            ("maxProperties", true),
            ("minLength", false),
            ("minimum", false),
            ("minItems", false),
            ("minProperties", false),
        ];
        for (keyword, greater_is_looser) in LIMITS {
            let (a, b) = (
                old.get(keyword).and_then(Value::as_f64),
                new.get(keyword).and_then(Value::as_f64),
            );
            let looser = match (a, b) {
                (Some(x), Some(y)) if x == y => continue,
                (Some(x), Some(y)) => (y > x) == greater_is_looser,
                (None, Some(_)) => false,
                (Some(_), None) => true,
                (None, None) => continue,
            };
            let show = |v: Option<f64>| v.map_or_else(|| "none".to_owned(), |v| v.to_string());
            let (verdict, why) = if looser {
                (direction.widened(), direction.widened_why())
            } else {
                (direction.narrowed(), direction.narrowed_why())
            };
            self.out.push(change(
                "constraint",
                format!("{at} {keyword}"),
                Kind::Changed,
                verdict,
                format!(
                    "{} {} -> {}: {why}",
                    if looser { "loosened" } else { "tightened" },
                    show(a),
                    show(b)
                ),
            ));
        }
        let pattern = |s: &Value| s.get("pattern").and_then(Value::as_str).map(str::to_owned);
        let (a, b) = (pattern(old), pattern(new));
        if a != b {
            // A pattern removed loosens; added or changed may narrow.
            let (verdict, why) = if b.is_none() {
                (direction.widened(), direction.widened_why())
            } else {
                (direction.narrowed(), direction.narrowed_why())
            };
            self.out.push(change(
                "constraint",
                format!("{at} pattern"),
                Kind::Changed,
                verdict,
                format!(
                    "{} -> {}: {why}",
                    a.as_deref().unwrap_or("none"),
                    b.as_deref().unwrap_or("none")
                ),
            ));
        }
    }

    fn properties(&mut self, at: &str, old: &'a Value, new: &'a Value, direction: Direction) {
        let props = |s: &'a Value| -> BTreeMap<&'a str, &'a Value> {
            s.get("properties")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect())
                .unwrap_or_default()
        };
        let required = |s: &Value, name: &str| {
            s.get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|v| v.as_str() == Some(name)))
        };
        let (before, after) = (props(old), props(new));
        for name in before.keys().filter(|n| !after.contains_key(*n)) {
            self.out.push(change(
                "property",
                format!("{at}.{name}"),
                Kind::Removed,
                Verdict::Breaking,
                match direction {
                    Direction::Request => "old clients send a field the server no longer reads",
                    Direction::Response => "old readers expect it",
                },
            ));
        }
        for (name, schema) in &after {
            let place = format!("{at}.{name}");
            match before.get(name) {
                None => {
                    let req = required(new, name);
                    let (verdict, why) = match (direction, req) {
                        (Direction::Request, true) => {
                            (Verdict::Breaking, "required: old clients do not send it")
                        }
                        (Direction::Request, false) => (Verdict::Additive, "optional"),
                        (Direction::Response, _) => (Verdict::Additive, "old readers ignore it"),
                    };
                    self.out
                        .push(change("property", place, Kind::Added, verdict, why));
                }
                Some(previous) => {
                    self.required(&place, required(old, name), required(new, name), direction);
                    self.schema(&place, previous, schema, direction);
                }
            }
        }
    }

    fn variants(&mut self, at: &str, old: &'a Value, new: &'a Value, direction: Direction) {
        let (Some(a), Some(b)) = (variants(old), variants(new)) else {
            return;
        };
        for tag in a.keys().filter(|t| !b.contains_key(*t)) {
            self.out.push(change(
                "variant",
                format!("{at} {tag}"),
                Kind::Removed,
                direction.narrowed(),
                direction.narrowed_why(),
            ));
        }
        for (tag, schema) in &b {
            match a.get(tag) {
                None => self.out.push(change(
                    "variant",
                    format!("{at} {tag}"),
                    Kind::Added,
                    direction.widened(),
                    direction.widened_why(),
                )),
                Some(previous) => {
                    self.schema(&format!("{at} {tag}"), previous, schema, direction);
                }
            }
        }
    }
}

/// The branches of a normalised discriminated union by tag value (the one property every
/// branch restricts to a single value), or by position when there is no tag.
fn variants(schema: &Value) -> Option<BTreeMap<String, &Value>> {
    let branches = schema.get("oneOf")?.as_array()?;
    let single = |branch: &Value, property: &str| -> Option<String> {
        let values = branch.pointer(&format!("/properties/{}/enum", walk::escape(property)))?;
        match values.as_array()?.as_slice() {
            [one] => one.as_str().map(str::to_owned),
            _ => None,
        }
    };
    let tag = branches.first().and_then(|first| {
        first
            .get("properties")?
            .as_object()?
            .keys()
            .find(|p| branches.iter().all(|b| single(b, p).is_some()))
            .cloned()
    });
    Some(
        branches
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let key = tag
                    .as_deref()
                    .and_then(|t| single(b, t))
                    .unwrap_or_else(|| format!("#{i}"));
                (key, b)
            })
            .collect(),
    )
}
