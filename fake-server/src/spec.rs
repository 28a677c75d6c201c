//! The two API contracts, parsed once, and everything the fake checks against them at run
//! time: routing (404, 405), requests (path, query and header parameters, the JSON body,
//! discriminators included) and responses (status, headers, body).
//!
//! The specs are the project's own `specs/*.yaml`, embedded in this crate
//! ([`CORE_SPEC_YAML`], [`ANALYTICS_SPEC_YAML`]), so a downstream crate validates against
//! exactly the contract the client was generated from. The crate embeds its copies in
//! `fake-server/specs/` (a package holds only its own files); `cargo xtask generate`
//! writes them from `specs/`, and `cargo xtask generate --check` fails when they differ. Validation never looks at the
//! generated Rust types: a drift between a spec, the generated code and the hand-written
//! code shows up as a violation.
//!
//! ```
//! use oci_backup_fake::spec::{IncomingRequest, Specs};
//!
//! let specs = Specs::embedded()?;
//! let request = IncomingRequest {
//!     method: "GET",
//!     path_and_query: "/20160918/bootVolumeBackups?compartmentId=ocid1.compartment.oc1..x&limit=5000",
//!     headers: &[],
//!     body: b"",
//! };
//! let violation = specs.check_request(&request).unwrap_err();
//! assert_eq!(violation.status, 400);
//! assert_eq!(violation.message(), "limit: must be at most 1000 (maximum)");
//! # Ok::<(), oci_backup_fake::spec::SpecError>(())
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value, json};

pub use crate::schema::Discriminators;
use crate::schema::{self, CompiledSchema, SchemaError};

/// `specs/core-boot-volume-backups.yaml`, as this crate was built with it.
pub const CORE_SPEC_YAML: &str = include_str!("../specs/core-boot-volume-backups.yaml");
/// `specs/oac-snapshots.yaml`, as this crate was built with it.
pub const ANALYTICS_SPEC_YAML: &str = include_str!("../specs/oac-snapshots.yaml");

/// Which API an operation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    /// OCI Core Services 20160918 (boot volume backups): OCI request signatures.
    Core,
    /// Oracle Analytics Cloud REST API 20210901 (snapshots): bearer tokens.
    Analytics,
}

/// Why a spec could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SpecError {
    /// The YAML does not parse.
    #[error("{spec}: not valid YAML: {reason}")]
    Yaml {
        /// Which spec.
        spec: &'static str,
        /// The parser's message.
        reason: String,
    },
    /// A construct the fake cannot use.
    #[error("{spec}: {problem}")]
    Unsupported {
        /// Which spec.
        spec: &'static str,
        /// What, and where.
        problem: String,
    },
    /// A schema does not compile.
    #[error("{spec}: {source}")]
    Schema {
        /// Which spec.
        spec: &'static str,
        /// The schema error.
        source: SchemaError,
    },
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterLocation {
    /// A path segment.
    Path,
    /// A query parameter.
    Query,
    /// A request header.
    Header,
}

/// One declared parameter.
#[derive(Debug)]
pub struct Parameter {
    name: String,
    location: ParameterLocation,
    required: bool,
    /// The JSON type of the schema (`string`, `integer`, `number`, `boolean`).
    kind: String,
    default: Option<Value>,
    schema: CompiledSchema,
}

impl Parameter {
    /// The parameter's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where it goes.
    pub fn location(&self) -> ParameterLocation {
        self.location
    }

    /// Whether it must be sent.
    pub fn required(&self) -> bool {
        self.required
    }
}

/// A declared response (one status code, a range like `4XX`, or `default`).
#[derive(Debug)]
struct ResponseSpec {
    headers: Vec<(String, bool, CompiledSchema)>,
    content: Option<CompiledSchema>,
}

/// One operation of a spec.
#[derive(Debug)]
pub struct Operation {
    operation_id: String,
    api: Api,
    method: String,
    path: String,
    segments: Vec<Segment>,
    parameters: Vec<Parameter>,
    body: Option<(bool, CompiledSchema)>,
    responses: BTreeMap<String, ResponseSpec>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Parameter(String),
}

impl Operation {
    /// The spec's `operationId`.
    pub fn operation_id(&self) -> &str {
        &self.operation_id
    }

    /// The API it belongs to.
    pub fn api(&self) -> Api {
        self.api
    }

    /// The HTTP method, upper case.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path template, e.g. `/20160918/bootVolumeBackups/{bootVolumeBackupId}`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The declared parameters (path-level ones included).
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }

    /// Whether the operation takes a request body.
    pub fn has_body(&self) -> bool {
        self.body.is_some()
    }

    /// The declared response statuses (`200`, `4XX`, `default`, ...).
    pub fn response_statuses(&self) -> impl Iterator<Item = &str> {
        self.responses.keys().map(String::as_str)
    }

    fn matches(&self, segments: &[&str]) -> Option<Vec<(String, String)>> {
        if segments.len() != self.segments.len() {
            return None;
        }
        let mut captured = Vec::new();
        for (expected, actual) in self.segments.iter().zip(segments) {
            match expected {
                Segment::Literal(literal) if literal == actual => {}
                Segment::Literal(_) => return None,
                Segment::Parameter(_) if actual.is_empty() => return None,
                Segment::Parameter(name) => {
                    let value = percent_decode_str(actual).decode_utf8_lossy().into_owned();
                    captured.push((name.clone(), value));
                }
            }
        }
        Some(captured)
    }

    fn literal_count(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }
}

/// Path parameters captured by routing: (name, percent-decoded value).
pub type PathParameters = Vec<(String, String)>;

/// A request as received: what validation looks at.
#[derive(Debug, Clone, Copy)]
pub struct IncomingRequest<'a> {
    /// The HTTP method.
    pub method: &'a str,
    /// The path and query as received (percent-encoded).
    pub path_and_query: &'a str,
    /// The headers (name, value); names compared case-insensitively.
    pub headers: &'a [(String, String)],
    /// The body bytes.
    pub body: &'a [u8],
}

impl IncomingRequest<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a request was refused before reaching the fake's logic, as an OCI-style error:
/// `status`, `code` and a message `"<field>: <rule>"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestViolation {
    /// 400, 404 (no such path) or 405 (no such method on the path).
    pub status: u16,
    /// `InvalidParameter`, `MissingParameter`, `CannotParseRequest`, `NotFound` or
    /// `MethodNotAllowed`.
    pub code: &'static str,
    /// The field (a parameter name, a dotted body path such as `bar.password`, or `body`).
    pub field: String,
    /// The rule broken, ending with the JSON Schema keyword in parentheses.
    pub rule: String,
    /// For 405: the methods the path allows.
    pub allowed: Vec<String>,
}

impl RequestViolation {
    fn bad(code: &'static str, field: impl Into<String>, rule: impl Into<String>) -> Self {
        Self {
            status: 400,
            code,
            field: field.into(),
            rule: rule.into(),
            allowed: Vec::new(),
        }
    }

    /// The error message: `"<field>: <rule>"`.
    pub fn message(&self) -> String {
        format!("{}: {}", self.field, self.rule)
    }
}

impl fmt::Display for RequestViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.status, self.code, self.message())
    }
}

/// A request that satisfies its operation's contract, with its values decoded.
#[derive(Debug, Clone)]
pub struct ValidRequest<'s> {
    /// The operation.
    pub operation: &'s Operation,
    /// Path parameters, percent-decoded.
    pub path: BTreeMap<String, String>,
    /// Query parameters, typed as their schemas say, with schema defaults filled in.
    pub query: BTreeMap<String, Value>,
    /// Declared header parameters that were sent (lower-case names).
    pub headers: BTreeMap<String, String>,
    /// The JSON body, for operations that take one.
    pub body: Option<Value>,
}

/// Both specs, compiled.
pub struct Specs {
    operations: Vec<Operation>,
}

impl fmt::Debug for Specs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Specs")
            .field(
                "operations",
                &self
                    .operations
                    .iter()
                    .map(|o| o.operation_id.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Specs {
    /// The specs embedded in this crate.
    pub fn embedded() -> Result<Self, SpecError> {
        Self::from_yaml(CORE_SPEC_YAML, ANALYTICS_SPEC_YAML)
    }

    /// Specs from YAML text (Core, then Analytics).
    pub fn from_yaml(core: &str, analytics: &str) -> Result<Self, SpecError> {
        Self::from_yaml_with(core, analytics, Discriminators::Dispatch)
    }

    /// Specs from YAML text (Core, then Analytics), reading every `discriminator` as
    /// `discriminators` says. The fake itself uses [`Discriminators::Dispatch`];
    /// [`Discriminators::Annotation`] validates as OpenAPI 3.1 and plain JSON Schema
    /// tools do, for checking that a spec does not depend on discriminator support
    /// (`tests/conformance.rs`).
    pub fn from_yaml_with(
        core: &str,
        analytics: &str,
        discriminators: Discriminators,
    ) -> Result<Self, SpecError> {
        let mut operations = load(
            "core-boot-volume-backups.yaml",
            Api::Core,
            core,
            discriminators,
        )?;
        operations.extend(load(
            "oac-snapshots.yaml",
            Api::Analytics,
            analytics,
            discriminators,
        )?);
        Ok(Self { operations })
    }

    /// Every operation of both specs.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, operation_id: &str) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.operation_id == operation_id)
    }

    /// The operation a method and path (no query) go to, with the path parameters; 404
    /// or 405 otherwise.
    pub fn route(
        &self,
        method: &str,
        path: &str,
    ) -> Result<(&Operation, PathParameters), RequestViolation> {
        let segments: Vec<&str> = path.split('/').collect();
        let mut candidates: Vec<(&Operation, Vec<(String, String)>)> = self
            .operations
            .iter()
            .filter_map(|o| o.matches(&segments).map(|captured| (o, captured)))
            .collect();
        candidates.sort_by_key(|(o, _)| std::cmp::Reverse(o.literal_count()));
        if let Some(best) = candidates.first().map(|(o, _)| o.literal_count()) {
            candidates.retain(|(o, _)| o.literal_count() == best);
        }
        let mut allowed: Vec<String> = candidates.iter().map(|(o, _)| o.method.clone()).collect();
        allowed.sort();
        match candidates
            .into_iter()
            .find(|(o, _)| o.method.eq_ignore_ascii_case(method))
        {
            Some(found) => Ok(found),
            None if allowed.is_empty() => Err(RequestViolation {
                status: 404,
                code: "NotFound",
                field: path.to_owned(),
                rule: "no such path in the API".into(),
                allowed,
            }),
            None => Err(RequestViolation {
                status: 405,
                code: "MethodNotAllowed",
                field: path.to_owned(),
                rule: format!(
                    "method {method} is not allowed; allowed: {}",
                    allowed.join(", ")
                ),
                allowed,
            }),
        }
    }

    /// Routes and validates a request.
    pub fn check_request<'s>(
        &'s self,
        request: &IncomingRequest<'_>,
    ) -> Result<ValidRequest<'s>, RequestViolation> {
        let (path, query) = split_path(request.path_and_query);
        let (operation, captured) = self.route(request.method, path)?;
        validate_request(operation, captured, query, request)
    }

    /// Validates a response of `operation_id` against the spec: the status is declared,
    /// declared headers that are present (or required) match their schemas, and the body
    /// is JSON matching the declared schema (or empty when none is declared). Returns
    /// every violation, as readable sentences.
    pub fn check_response(
        &self,
        operation_id: &str,
        status: u16,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Vec<String> {
        let Some(operation) = self.operation(operation_id) else {
            return vec![format!("no operation `{operation_id}` in the specs")];
        };
        let range = format!("{}XX", status / 100);
        let Some(response) = operation
            .responses
            .get(&status.to_string())
            .or_else(|| operation.responses.get(&range))
            .or_else(|| operation.responses.get("default"))
        else {
            return vec![format!(
                "{operation_id}: status {status} is not declared (declared: {})",
                operation.response_statuses().collect::<Vec<_>>().join(", ")
            )];
        };
        let mut violations = Vec::new();
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        for (name, required, schema) in &response.headers {
            match header(name) {
                None if *required => violations.push(format!(
                    "{operation_id} {status}: required header `{name}` is missing"
                )),
                None => {}
                Some(value) => {
                    for v in schema.violations(&json!(value)) {
                        violations.push(format!(
                            "{operation_id} {status}: header `{name}`: {}",
                            v.rule
                        ));
                    }
                }
            }
        }
        match &response.content {
            None if !body.is_empty() => violations.push(format!(
                "{operation_id} {status}: the spec declares no body, but {} bytes were sent",
                body.len()
            )),
            None => {}
            Some(schema) => {
                let json_type = header("content-type")
                    .is_some_and(|t| t.trim().starts_with("application/json"));
                if !json_type {
                    violations.push(format!(
                        "{operation_id} {status}: content-type must be application/json, got {:?}",
                        header("content-type")
                    ));
                }
                match serde_json::from_slice::<Value>(body) {
                    Err(e) => violations.push(format!(
                        "{operation_id} {status}: the body is not JSON: {e}"
                    )),
                    Ok(value) => {
                        for v in schema.violations(&value) {
                            let field = if v.path.is_empty() { "body" } else { &v.path };
                            violations
                                .push(format!("{operation_id} {status}: {field}: {}", v.rule));
                        }
                    }
                }
            }
        }
        violations
    }
}

/// `/a/b?x=1` -> (`/a/b`, `x=1`).
pub(crate) fn split_path(path_and_query: &str) -> (&str, &str) {
    path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""))
}

fn validate_request<'s>(
    operation: &'s Operation,
    captured: Vec<(String, String)>,
    query: &str,
    request: &IncomingRequest<'_>,
) -> Result<ValidRequest<'s>, RequestViolation> {
    let mut valid = ValidRequest {
        operation,
        path: BTreeMap::new(),
        query: BTreeMap::new(),
        headers: BTreeMap::new(),
        body: None,
    };
    let query_pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    for parameter in &operation.parameters {
        let raw: Option<String> = match parameter.location {
            ParameterLocation::Path => captured
                .iter()
                .find(|(n, _)| *n == parameter.name)
                .map(|(_, v)| v.clone()),
            ParameterLocation::Query => {
                let mut values = query_pairs.iter().filter(|(n, _)| *n == parameter.name);
                let first = values.next().map(|(_, v)| v.clone());
                if values.next().is_some() {
                    return Err(RequestViolation::bad(
                        "InvalidParameter",
                        &parameter.name,
                        "must be given at most once (type)",
                    ));
                }
                first
            }
            ParameterLocation::Header => request.header(&parameter.name).map(str::to_owned),
        };
        let Some(raw) = raw else {
            if parameter.required {
                return Err(RequestViolation::bad(
                    "MissingParameter",
                    &parameter.name,
                    "is required (required)",
                ));
            }
            if let (ParameterLocation::Query, Some(default)) =
                (parameter.location, &parameter.default)
            {
                valid.query.insert(parameter.name.clone(), default.clone());
            }
            continue;
        };
        let value = coerce(&raw, &parameter.kind).ok_or_else(|| {
            RequestViolation::bad(
                "InvalidParameter",
                &parameter.name,
                format!("must be of type {} (type)", parameter.kind),
            )
        })?;
        if let Some(first) = parameter.schema.violations(&value).into_iter().next() {
            return Err(RequestViolation::bad(
                first.code,
                &parameter.name,
                first.rule,
            ));
        }
        match parameter.location {
            ParameterLocation::Path => {
                valid.path.insert(parameter.name.clone(), raw);
            }
            ParameterLocation::Query => {
                valid.query.insert(parameter.name.clone(), value);
            }
            ParameterLocation::Header => {
                valid
                    .headers
                    .insert(parameter.name.to_ascii_lowercase(), raw);
            }
        }
    }
    match &operation.body {
        None if !request.body.is_empty() => {
            return Err(RequestViolation::bad(
                "InvalidParameter",
                "body",
                "this operation takes no request body (requestBody)",
            ));
        }
        None => {}
        Some((required, schema)) => {
            if request.body.is_empty() {
                if *required {
                    return Err(RequestViolation::bad(
                        "MissingParameter",
                        "body",
                        "a JSON request body is required (requestBody)",
                    ));
                }
            } else {
                let json_type = request.header("content-type").is_some_and(|t| {
                    t.trim()
                        .to_ascii_lowercase()
                        .starts_with("application/json")
                });
                if !json_type {
                    return Err(RequestViolation::bad(
                        "InvalidParameter",
                        "content-type",
                        "must be application/json (content)",
                    ));
                }
                let body: Value = serde_json::from_slice(request.body).map_err(|e| {
                    RequestViolation::bad(
                        "CannotParseRequest",
                        "body",
                        format!("not valid JSON: {e} (requestBody)"),
                    )
                })?;
                let violations = schema.violations(&body);
                if let Some(first) = violations.first() {
                    let field = if first.path.is_empty() {
                        "body".to_owned()
                    } else {
                        first.path.clone()
                    };
                    let mut rule = first.rule.clone();
                    if violations.len() > 1 {
                        rule.push_str(&format!(" (and {} more)", violations.len() - 1));
                    }
                    return Err(RequestViolation::bad(first.code, field, rule));
                }
                valid.body = Some(body);
            }
        }
    }
    Ok(valid)
}

/// A parameter's text as the JSON value its schema type says, or `None`.
fn coerce(raw: &str, kind: &str) -> Option<Value> {
    match kind {
        "integer" => raw.parse::<i64>().ok().map(Value::from),
        "number" => raw
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        "boolean" => match raw {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => Some(Value::String(raw.to_owned())),
    }
}

/// Follows local `$ref`s (`#/a/b`) to the object they name.
fn resolve<'d>(document: &'d Value, value: &'d Value) -> Result<&'d Value, String> {
    let mut current = value;
    for _ in 0..16 {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else {
            return Ok(current);
        };
        let pointer = reference
            .strip_prefix('#')
            .ok_or_else(|| format!("only local references are supported: `{reference}`"))?;
        current = document
            .pointer(pointer)
            .ok_or_else(|| format!("`{reference}` does not resolve"))?;
    }
    Err("reference chain too long".into())
}

fn load(
    spec: &'static str,
    api: Api,
    yaml: &str,
    discriminators: Discriminators,
) -> Result<Vec<Operation>, SpecError> {
    let document: Value = serde_norway::from_str(yaml).map_err(|e| SpecError::Yaml {
        spec,
        reason: e.to_string(),
    })?;
    let unsupported = |problem: String| SpecError::Unsupported { spec, problem };
    let schema_error = |source: SchemaError| SpecError::Schema { spec, source };

    let mut patterns = HashMap::new();
    schema::named_patterns(&document, &mut patterns);
    let patterns = Arc::new(patterns);
    let mut schemas = Map::new();
    if let Some(Value::Object(declared)) = document.pointer("/components/schemas") {
        for (name, schema) in declared {
            let location = format!("#/components/schemas/{name}");
            schemas.insert(
                name.clone(),
                schema::rewrite(schema, &location, discriminators).map_err(schema_error)?,
            );
        }
    }
    let components = json!({ "schemas": schemas });
    let compile = |schema: &Value, location: &str| -> Result<CompiledSchema, SpecError> {
        let rewritten = schema::rewrite(schema, location, discriminators).map_err(schema_error)?;
        CompiledSchema::compile(&rewritten, &components, patterns.clone(), location)
            .map_err(schema_error)
    };

    let mut operations = Vec::new();
    let Some(Value::Object(paths)) = document.get("paths") else {
        return Err(unsupported("no `paths`".into()));
    };
    for (path, item) in paths {
        let item = resolve(&document, item).map_err(&unsupported)?;
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for method in ["get", "put", "post", "delete", "patch", "head", "options"] {
            let Some(op) = item.get(method) else { continue };
            let here = format!("{path} {method}");
            let operation_id = op
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| unsupported(format!("{here}: no operationId")))?
                .to_owned();
            let mut parameters: Vec<Parameter> = Vec::new();
            let own: Vec<Value> = op
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for raw in shared.iter().chain(own.iter()) {
                let parameter = resolve(&document, raw).map_err(&unsupported)?;
                let name = parameter
                    .get("name")
                    .and_then(Value::as_str)
                    .ok_or_else(|| unsupported(format!("{here}: a parameter has no name")))?;
                let location = match parameter.get("in").and_then(Value::as_str) {
                    Some("path") => ParameterLocation::Path,
                    Some("query") => ParameterLocation::Query,
                    Some("header") => ParameterLocation::Header,
                    other => {
                        return Err(unsupported(format!(
                            "{here}: parameter `{name}` in {other:?} is not supported"
                        )));
                    }
                };
                let schema_value = parameter.get("schema").cloned().unwrap_or(json!({}));
                let schema_value = resolve(&document, &schema_value)
                    .map_err(&unsupported)?
                    .clone();
                let kind = schema_value
                    .get("type")
                    .and_then(Value::as_str)
                    .unwrap_or("string")
                    .to_owned();
                let compiled = compile(&schema_value, &format!("{here} parameter {name}"))?;
                let parameter = Parameter {
                    name: name.to_owned(),
                    location,
                    required: parameter.get("required") == Some(&Value::Bool(true))
                        || location == ParameterLocation::Path,
                    kind,
                    default: schema_value.get("default").cloned(),
                    schema: compiled,
                };
                // An operation's parameter overrides a path-level one of the same name.
                parameters.retain(|p| !(p.name == parameter.name && p.location == location));
                parameters.push(parameter);
            }
            let body = match op.get("requestBody") {
                None => None,
                Some(raw) => {
                    let request_body = resolve(&document, raw).map_err(&unsupported)?;
                    let schema = request_body
                        .pointer("/content/application~1json/schema")
                        .ok_or_else(|| {
                            unsupported(format!("{here}: request body is not application/json"))
                        })?;
                    Some((
                        request_body.get("required") == Some(&Value::Bool(true)),
                        compile(schema, &format!("{here} requestBody"))?,
                    ))
                }
            };
            let mut responses = BTreeMap::new();
            if let Some(Value::Object(declared)) = op.get("responses") {
                for (status, raw) in declared {
                    let response = resolve(&document, raw).map_err(&unsupported)?;
                    let mut headers = Vec::new();
                    if let Some(Value::Object(declared_headers)) = response.get("headers") {
                        for (name, raw_header) in declared_headers {
                            let header = resolve(&document, raw_header).map_err(&unsupported)?;
                            let schema = header.get("schema").cloned().unwrap_or(json!({}));
                            headers.push((
                                name.to_ascii_lowercase(),
                                header.get("required") == Some(&Value::Bool(true)),
                                compile(&schema, &format!("{here} {status} header {name}"))?,
                            ));
                        }
                    }
                    let content = match response.get("content") {
                        None => None,
                        Some(content) => Some(compile(
                            content
                                .pointer("/application~1json/schema")
                                .ok_or_else(|| {
                                    unsupported(format!("{here} {status}: content is not JSON"))
                                })?,
                            &format!("{here} {status} body"),
                        )?),
                    };
                    let key = if status.eq_ignore_ascii_case("default") {
                        "default".to_owned()
                    } else {
                        status.to_ascii_uppercase()
                    };
                    responses.insert(key, ResponseSpec { headers, content });
                }
            }
            let segments = path
                .split('/')
                .map(
                    |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(name) => Segment::Parameter(name.to_owned()),
                        None => Segment::Literal(segment.to_owned()),
                    },
                )
                .collect();
            operations.push(Operation {
                operation_id,
                api,
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                segments,
                parameters,
                body,
                responses,
            });
        }
    }
    Ok(operations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_specs_load_with_every_operation() {
        let specs = Specs::embedded().unwrap();
        let mut ids: Vec<&str> = specs
            .operations()
            .iter()
            .map(Operation::operation_id)
            .collect();
        ids.sort_unstable();
        assert_eq!(
            ids,
            [
                "changeBootVolumeBackupCompartment",
                "copyBootVolumeBackup",
                "createBootVolume",
                "createBootVolumeBackup",
                "createSnapshot",
                "deleteBootVolume",
                "deleteBootVolumeBackup",
                "deleteSnapshot",
                "getBootVolume",
                "getBootVolumeBackup",
                "getSnapshot",
                "getWorkRequest",
                "listBootVolumeBackups",
                "listBootVolumes",
                "listSnapshots",
                "restoreSnapshot",
                "updateBootVolume",
                "updateBootVolumeBackup",
            ]
        );
    }

    #[test]
    fn routing_gives_operations_404_and_405() {
        let specs = Specs::embedded().unwrap();
        let (op, params) = specs
            .route("GET", "/api/20210901/workRequests/lfc-c2%3A152-cd%3A607")
            .unwrap();
        assert_eq!(op.operation_id(), "getWorkRequest");
        assert_eq!(params, [("id".to_owned(), "lfc-c2:152-cd:607".to_owned())]);
        assert_eq!(
            specs.route("GET", "/20160918/volumes").unwrap_err().status,
            404
        );
        let not_allowed = specs
            .route("PATCH", "/20160918/bootVolumeBackups/x")
            .unwrap_err();
        assert_eq!(not_allowed.status, 405);
        assert_eq!(not_allowed.allowed, ["DELETE", "GET", "PUT"]);
    }
}
