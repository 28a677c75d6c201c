//! Turns this project's hand-written OpenAPI specs into formatted Rust client crates.
//!
//! The pipeline is `parse` (YAML to JSON) -> [`normalise`] -> progenitor/typify ->
//! extra items -> prettyplease. Normalisation closes the gaps between faithful specs and
//! what typify can represent, generically (no schema name is special-cased):
//!
//! - discriminated unions (`oneOf`/`anyOf` + `discriminator`, or a base schema with a
//!   `discriminator` extended through `allOf` at any depth) become internally tagged
//!   enums whose variants are all struct variants, even with 0 or 1 field (see `unions`,
//!   `variants`);
//! - `nullable: true` beside a one-item `allOf: [$ref]` is a nullable reference, and an
//!   optional nullable property keeps an explicit `null` (see `nulls`);
//! - an optional array or map property keeps an explicit empty one (`[]`, `{}`), as
//!   `Option<Vec<T>>` / `Option<HashMap<K, V>>` (see `empties`);
//! - `allOf` is merged into flat structs, and what cannot be merged fails generation;
//! - secret fields (`format: password`, or `x-secret: true`) become
//!   `oci_backup_runtime::Secret` with their constraints;
//! - every generated enum and struct with named fields is `#[non_exhaustive]` (see
//!   `evolve`): structs are built with their builders, so new values, variants and
//!   optional fields are minor changes;
//! - enums and unions that responses use accept values added to the API later, keeping
//!   them as received (`UnknownValue`); requests refuse such a value before sending, so
//!   one type serves an enum or union that both sides use;
//! - a `default` response beside success codes becomes `4XX` and `5XX`;
//! - what progenitor would panic on is refused or normalised first (see `limits`): an
//!   operation without `operationId` is named after its method and path, responses
//!   with different bodies share one type that holds each whole, an operation whose body
//!   cannot be sent is left out and listed, and an optional property's `default` goes to
//!   its docs (absent stays absent);
//! - `nullable`/`readOnly` on a union moves to the properties that hold it (`unions`);
//! - code blocks in descriptions that rustdoc would compile are marked `text` (`docs`);
//! - a required `readOnly` or `writeOnly` property is optional in the one type that
//!   serves requests and responses (see `access`).
//!
//! Output is deterministic: the same spec gives the same bytes.
#![deny(missing_docs)]

mod access;
mod docs;
mod emit;
mod empties;
mod enums;
mod error;
mod evolve;
mod flatten;
pub mod impact;
mod limits;
mod manifest;
mod nulls;
mod open;
mod operations;
mod responses;
mod secrets;
mod unions;
mod variants;
mod walk;

use serde_json::Value;

use error::Written;

pub use emit::Output;
pub use enums::ExtensibleEnum;
pub use error::{Error, Result};
pub use limits::Omitted;
pub use nulls::NullableField;
pub use operations::OperationFacts;
pub use secrets::{SECRET_EXTENSION, SecretField};
pub use unions::UnionFacts;

/// What to generate from.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The spec's path as it should appear in messages and in the generated header
    /// (for example `specs/oac-snapshots.yaml`).
    pub spec_path: &'a str,
    /// The spec's text (YAML or JSON).
    pub spec_text: &'a str,
    /// The generated crate's package name.
    pub crate_name: &'a str,
}

/// A spec after normalisation, with what the emitter must add for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalised {
    /// The rewritten OpenAPI document.
    pub spec: Value,
    /// Secret fields, each hoisted into a component schema of its own.
    pub secrets: Vec<SecretField>,
    /// The string enums that responses use, which accept unknown values.
    pub enums: Vec<ExtensibleEnum>,
    /// The operations, as the spec wrote them (before normalisation).
    pub operations: Vec<OperationFacts>,
    /// The optional `nullable` properties, whose fields keep an explicit `null`
    /// (`Option<Nullable<T>>`).
    pub nullables: Vec<NullableField>,
    /// The discriminated unions, sorted by name. The emitter makes every variant of
    /// these a struct variant, whatever its number of properties, and gives those that
    /// responses use an `UnknownValue` variant.
    pub unions: Vec<UnionFacts>,
    /// The operations the generated client does not have (a request body it cannot
    /// send), listed in its documentation.
    pub omitted: Vec<Omitted>,
}

/// Generates the crate for one spec.
pub fn generate(input: &Input<'_>) -> Result<Output> {
    let spec = parse(input.spec_path, input.spec_text)?;
    let normalised = normalise(spec).map_err(|e| e.in_spec(input.spec_path))?;
    emit::emit(input, &normalised)
}

/// Parses YAML (or JSON) into a JSON value, keeping the document's key order.
pub fn parse(spec_path: &str, text: &str) -> Result<Value> {
    serde_norway::from_str(text).map_err(|e| Error::Parse {
        spec: spec_path.to_owned(),
        message: e.to_string(),
    })
}

/// Rewrites a spec into the shapes progenitor and typify represent faithfully.
pub fn normalise(mut spec: Value) -> Result<Normalised> {
    check_shape(&spec)?;
    limits::name_operations(&mut spec)?;
    let omitted = limits::omit_unsendable(&mut spec);
    limits::any_json_without_schema(&mut spec);
    limits::defaults(&mut spec);
    limits::drop_zero_minimums(&mut spec);
    docs::mark_code_as_text(&mut spec);
    let operations = operations::collect(&spec);
    let mut folded = walk::reachable_schemas(&spec);
    let mut written = Written::default();
    responses::split_default(&mut spec, &mut written);
    limits::check(&mut spec).map_err(|e| written.locate(e))?;
    let secrets = secrets::hoist(&mut spec, &mut written).map_err(|e| written.locate(e))?;
    let rewritten = unions::rewrite(&mut spec, &mut written).map_err(|e| written.locate(e))?;
    folded.extend(rewritten.members);
    flatten::all_of(&mut spec).map_err(|e| written.locate(e))?;
    access::relax(&mut spec);
    nulls::hoist(&mut spec, &mut written).map_err(|e| written.locate(e))?;
    let enums =
        enums::hoist_response_enums(&mut spec, &mut written).map_err(|e| written.locate(e))?;
    prune(&mut spec, &folded);
    strip_markers(&mut spec);
    let responses = enums::response_schemas(&spec);
    let mut unions = rewritten.unions;
    for union in &mut unions {
        union.open = responses.contains(&union.name);
    }
    let nullables = nulls::find(&spec, &unions);
    Ok(Normalised {
        spec,
        secrets,
        enums,
        operations,
        nullables,
        unions,
        omitted,
    })
}

/// The passes index into `components.schemas`; make sure the containers are objects.
fn check_shape(spec: &Value) -> Result<()> {
    if !spec.is_object() {
        return Err(Error::unsupported(
            "",
            "an OpenAPI document must be a mapping",
            "start from `openapi: 3.0.3`, `info` and `paths` at the top level",
        ));
    }
    for pointer in ["/components", "/components/schemas", "/paths"] {
        if spec.pointer(pointer).is_some_and(|v| !v.is_object()) {
            return Err(Error::unsupported(
                pointer,
                "this must be a mapping",
                "write it as `name: value` entries",
            ));
        }
    }
    Ok(())
}

/// Removes the component schemas that normalisation folded into others (union members,
/// and schemas reachable before and not after). Schemas the spec never used stay, as
/// typify would emit them.
fn prune(spec: &mut Value, folded: &std::collections::BTreeSet<String>) {
    let after = walk::reachable_schemas(spec);
    let components = walk::components_mut(spec);
    components.retain(|name, _| !folded.contains(name) || after.contains(name));
}

fn strip_markers(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.shift_remove(unions::TAG_MARKER);
            map.values_mut().for_each(strip_markers);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_markers),
        _ => {}
    }
}
