//! Finding every schema in an OpenAPI document held as JSON, with a name for its place.
//!
//! Normalisation works on the document as `serde_json::Value` (before openapiv3 parses
//! it), so it can rewrite any construct. These helpers list schema locations as JSON
//! pointers together with a context name (`BootVolumeBackup`, `ListSnapshotsResponse`,
//! ...) from which names for hoisted schemas are made.

use heck::ToUpperCamelCase;
use serde_json::Value;

/// The `$ref` prefix of component schemas.
pub(crate) const SCHEMAS: &str = "#/components/schemas/";

/// HTTP methods an OpenAPI path item may hold.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A schema's place: its JSON pointer, the name of what holds it, and whether it is the
/// root of a component schema.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    pub(crate) pointer: String,
    pub(crate) context: String,
    pub(crate) component_root: bool,
    /// `Some(property)` when the schema is the value of an object property.
    pub(crate) property: Option<String>,
}

/// Escapes one JSON pointer segment.
pub(crate) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The component name a `$ref` points at, if it points at a component schema.
pub(crate) fn ref_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix(SCHEMAS)
}

/// The name a `$ref` gives under `prefix` (`#/components/requestBodies/`).
pub(crate) fn ref_name_of<'a>(node: &'a Value, prefix: &str) -> Option<&'a str> {
    node.get("$ref")?.as_str()?.strip_prefix(prefix)
}

/// `{"$ref": "#/components/schemas/<name>"}`.
pub(crate) fn schema_ref(name: &str) -> Value {
    serde_json::json!({ "$ref": format!("{SCHEMAS}{name}") })
}

/// The Rust type name typify gives a component schema name.
pub(crate) fn rust_name(name: &str) -> String {
    name.to_upper_camel_case()
}

/// What a local reference (`{"$ref": "#/..."}`) points at; any other node is itself.
pub(crate) fn resolve<'a>(spec: &'a Value, node: &'a Value) -> &'a Value {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|pointer| spec.pointer(pointer))
        .unwrap_or(node)
}

/// One operation of the document.
pub(crate) struct Operation<'a> {
    /// The path template.
    pub(crate) path: &'a str,
    /// The HTTP method, lower case.
    pub(crate) method: &'static str,
    /// The JSON pointer of the operation object.
    pub(crate) pointer: String,
    /// The path item holding it (for path-level parameters).
    pub(crate) item: &'a Value,
    /// The operation object.
    pub(crate) operation: &'a Value,
}

/// Every operation of the document, in its order.
pub(crate) fn operations(spec: &Value) -> Vec<Operation<'_>> {
    let mut out = Vec::new();
    for (path, item) in spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                let pointer = format!("/paths/{}/{method}", escape(path));
                out.push(Operation {
                    path,
                    method,
                    pointer,
                    item,
                    operation,
                });
            }
        }
    }
    out
}

/// Every schema location of the document, parents before children.
pub(crate) fn sites(spec: &Value) -> Vec<Site> {
    let mut out = Vec::new();
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            let pointer = format!("/components/schemas/{}", escape(name));
            schema_sites(schema, pointer, name.clone(), true, None, &mut out);
        }
    }
    for (kind, suffix) in [
        ("parameters", ""),
        ("requestBodies", "Body"),
        ("responses", "Response"),
    ] {
        let Some(items) = spec
            .pointer(&format!("/components/{kind}"))
            .and_then(Value::as_object)
        else {
            continue;
        };
        for (name, item) in items {
            let pointer = format!("/components/{kind}/{}", escape(name));
            holder_sites(
                item,
                pointer,
                format!("{}{suffix}", rust_name(name)),
                &mut out,
            );
        }
    }
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let item_pointer = format!("/paths/{}", escape(path));
            if let Some(parameters) = item.get("parameters").and_then(Value::as_array) {
                for (i, parameter) in parameters.iter().enumerate() {
                    let context = parameter_context("", parameter);
                    holder_sites(
                        parameter,
                        format!("{item_pointer}/parameters/{i}"),
                        context,
                        &mut out,
                    );
                }
            }
        }
    }
    for Operation {
        pointer,
        operation,
        method,
        path,
        ..
    } in operations(spec)
    {
        let op_name = operation
            .get("operationId")
            .and_then(Value::as_str)
            .map(rust_name)
            .unwrap_or_else(|| rust_name(&format!("{method} {path}")));
        if let Some(parameters) = operation.get("parameters").and_then(Value::as_array) {
            for (i, parameter) in parameters.iter().enumerate() {
                let context = parameter_context(&op_name, parameter);
                holder_sites(
                    parameter,
                    format!("{pointer}/parameters/{i}"),
                    context,
                    &mut out,
                );
            }
        }
        if let Some(body) = operation.get("requestBody") {
            let context = format!("{op_name}Body");
            holder_sites(body, format!("{pointer}/requestBody"), context, &mut out);
        }
        if let Some(responses) = operation.get("responses").and_then(Value::as_object) {
            for (code, response) in responses {
                let response_pointer = format!("{pointer}/responses/{}", escape(code));
                holder_sites(
                    response,
                    response_pointer,
                    format!("{op_name}Response"),
                    &mut out,
                );
            }
        }
    }
    out
}

fn parameter_context(op_name: &str, parameter: &Value) -> String {
    let name = parameter
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("parameter");
    format!("{op_name}{}", rust_name(name))
}

/// Schemas held by a parameter, request body, response or header (`schema`, `content`,
/// `headers`).
fn holder_sites(holder: &Value, pointer: String, context: String, out: &mut Vec<Site>) {
    if let Some(schema) = holder.get("schema") {
        schema_sites(
            schema,
            format!("{pointer}/schema"),
            context.clone(),
            false,
            None,
            out,
        );
    }
    if let Some(content) = holder.get("content").and_then(Value::as_object) {
        for (media, media_type) in content {
            if let Some(schema) = media_type.get("schema") {
                let pointer = format!("{pointer}/content/{}/schema", escape(media));
                schema_sites(schema, pointer, context.clone(), false, None, out);
            }
        }
    }
    if let Some(headers) = holder.get("headers").and_then(Value::as_object) {
        for (name, header) in headers {
            let pointer = format!("{pointer}/headers/{}", escape(name));
            holder_sites(
                header,
                pointer,
                format!("{context}{}", rust_name(name)),
                out,
            );
        }
    }
}

fn schema_sites(
    schema: &Value,
    pointer: String,
    context: String,
    component_root: bool,
    property: Option<String>,
    out: &mut Vec<Site>,
) {
    out.push(Site {
        pointer: pointer.clone(),
        context: context.clone(),
        component_root,
        property,
    });
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, child) in properties {
            let child_pointer = format!("{pointer}/properties/{}", escape(name));
            let child_context = format!("{context}{}", rust_name(name));
            schema_sites(
                child,
                child_pointer,
                child_context,
                false,
                Some(name.clone()),
                out,
            );
        }
    }
    if let Some(items) = schema.get("items") {
        schema_sites(
            items,
            format!("{pointer}/items"),
            format!("{context}Item"),
            false,
            None,
            out,
        );
    }
    if let Some(extra) = schema.get("additionalProperties").filter(|v| v.is_object()) {
        let extra_pointer = format!("{pointer}/additionalProperties");
        schema_sites(
            extra,
            extra_pointer,
            format!("{context}Value"),
            false,
            None,
            out,
        );
    }
    for keyword in ["allOf", "oneOf", "anyOf"] {
        if let Some(members) = schema.get(keyword).and_then(Value::as_array) {
            for (i, member) in members.iter().enumerate() {
                let member_pointer = format!("{pointer}/{keyword}/{i}");
                schema_sites(member, member_pointer, context.clone(), false, None, out);
            }
        }
    }
    if let Some(not) = schema.get("not") {
        schema_sites(not, format!("{pointer}/not"), context, false, None, out);
    }
}

/// Every component schema name referenced (transitively) from the document's paths and
/// its non-schema components.
pub(crate) fn reachable_schemas(spec: &Value) -> std::collections::BTreeSet<String> {
    let mut roots = Vec::new();
    for key in ["paths", "components"] {
        if let Some(section) = spec.get(key) {
            let section = if key == "components" {
                // Schemas only count when something else reaches them.
                let mut copy = section.clone();
                if let Some(map) = copy.as_object_mut() {
                    map.remove("schemas");
                }
                copy
            } else {
                section.clone()
            };
            collect_refs(&section, &mut roots);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    while let Some(name) = roots.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = spec.pointer(&format!("/components/schemas/{}", escape(&name))) {
            collect_refs(schema, &mut roots);
        }
    }
    seen
}

/// Pushes every component schema name `$ref`erenced anywhere inside `value`.
pub(crate) fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix(SCHEMAS))
            {
                out.push(name.to_owned());
            }
            for child in map.values() {
                collect_refs(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|child| collect_refs(child, out)),
        _ => {}
    }
}

/// The JSON pointer of a component schema.
pub(crate) fn component_pointer(name: &str) -> String {
    format!("/components/schemas/{}", escape(name))
}

/// Looks up a component schema.
pub(crate) fn component<'a>(spec: &'a Value, name: &str) -> Option<&'a Value> {
    spec.pointer(&format!("/components/schemas/{}", escape(name)))
}

/// `base`, or when a component schema (or `taken`) has that name, `base2`, `base3`, ...:
/// the name of a schema hoisted out of its place (named after the place, as typify would
/// name it), unique whatever else the spec holds. Deterministic: the same spec gives the
/// same names.
pub(crate) fn free_name(spec: &Value, base: &str, taken: impl Fn(&str) -> bool) -> String {
    let is_free = |name: &str| component(spec, name).is_none() && !taken(name);
    if is_free(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|name| is_free(name))
        .unwrap_or_else(|| base.to_owned())
}

/// The component schemas map, created if absent.
pub(crate) fn components_mut(spec: &mut Value) -> &mut serde_json::Map<String, Value> {
    let root = spec
        .as_object_mut()
        .expect("an OpenAPI document is an object");
    let components = root
        .entry("components")
        .or_insert_with(|| Value::Object(Default::default()));
    if !components.is_object() {
        *components = Value::Object(Default::default());
    }
    let schemas = components
        .as_object_mut()
        .expect("just made an object")
        .entry("schemas")
        .or_insert_with(|| Value::Object(Default::default()));
    if !schemas.is_object() {
        *schemas = Value::Object(Default::default());
    }
    schemas.as_object_mut().expect("just made an object")
}
