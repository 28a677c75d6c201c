//! Constructs that cannot be represented faithfully fail generation with a message that
//! names the place and the problem; bad input never panics.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use serde_json::{Value, json};

fn spec(schemas: Value, body: Value, response: Value) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"post": {
            "operationId": "doIt",
            "requestBody": {"content": {"application/json": {"schema": body}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}}
        }}},
        "components": {"schemas": schemas},
    })
}

fn error_of(document: Value) -> String {
    codegen::normalise(document).unwrap_err().to_string()
}

fn r(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

#[test]
fn a_tag_outside_the_discriminator_enum_fails() {
    let schemas = json!({
        "Base": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["A"]}}},
        "A": {"allOf": [r("Base"), {"type": "object"}]},
    });
    let body = json!({"oneOf": [r("A")], "discriminator": {"propertyName": "type", "mapping": {"CLONE": "#/components/schemas/A"}}});
    assert_eq!(
        error_of(spec(schemas, body, json!({"type": "string"}))),
        "A.type: discriminator value `CLONE` is not one of the allowed values [\"A\"]"
    );
}

#[test]
fn a_discriminated_one_of_needs_references() {
    let body = json!({"oneOf": [{"type": "object"}], "discriminator": {"propertyName": "type"}});
    let error = error_of(spec(json!({}), body, json!({"type": "string"})));
    assert_eq!(
        error,
        "DoItBody: a discriminated oneOf may only list `$ref`s to component schemas"
    );
}

#[test]
fn a_mapping_outside_one_of_fails() {
    let schemas = json!({"A": {"type": "object"}, "B": {"type": "object"}});
    let body = json!({"oneOf": [r("A")], "discriminator": {"propertyName": "type", "mapping": {"B": "B"}}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert_eq!(
        error,
        "DoItBody: mapping `B` names `B`, which is not in oneOf"
    );
}

#[test]
fn a_discriminator_nobody_extends_fails() {
    let schemas = json!({"Lonely": {"type": "object", "discriminator": {"propertyName": "type"}}});
    let error = error_of(spec(schemas, r("Lonely"), json!({"type": "string"})));
    assert_eq!(
        error,
        "Lonely: discriminator on a schema that no other schema extends with allOf"
    );
}

#[test]
fn conflicting_all_of_members_fail_naming_the_property() {
    let schemas = json!({
        "A": {"type": "object", "properties": {"p": {"type": "string"}}},
        "B": {"allOf": [r("A"), {"type": "object", "properties": {"p": {"type": "integer"}}}]},
    });
    let error = error_of(spec(schemas, r("B"), json!({"type": "string"})));
    assert_eq!(
        error,
        "B.p: property defined differently by two allOf members; cannot merge faithfully"
    );
}

#[test]
fn an_all_of_that_is_not_objects_fails() {
    let schemas = json!({"B": {"allOf": [{"type": "string"}, {"maxLength": 3}]}});
    let error = error_of(spec(schemas, r("B"), json!({"type": "string"})));
    assert!(
        error.starts_with("B: allOf can only merge object schemas"),
        "{error}"
    );
}

#[test]
fn an_enum_shared_by_requests_and_responses_is_no_longer_refused_but_one_open_enum() {
    let schemas = json!({"State": {"type": "string", "enum": ["ON", "OFF"]}});
    let normalised = codegen::normalise(spec(schemas, r("State"), r("State"))).unwrap();
    let names: Vec<_> = normalised.enums.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["State"]);
}

#[test]
fn open_enum_values_must_make_distinct_rust_names() {
    let response = |values: Value| json!({"type": "object", "properties": {"s": {"type": "string", "enum": values}}});
    let error = error_of(spec(
        json!({}),
        json!({"type": "string"}),
        response(json!(["a-b", "a_b"])),
    ));
    assert_eq!(
        error,
        "DoItResponseS.s: enum values `a-b` and `a_b` both become the Rust variant `AB`"
    );
    let error = error_of(spec(
        json!({}),
        json!({"type": "string"}),
        response(json!(["1GB"])),
    ));
    assert!(
        error.contains("`1GB` does not make a usable Rust variant name"),
        "{error}"
    );
}

#[test]
fn a_secret_must_be_a_string() {
    let body =
        json!({"type": "object", "properties": {"pin": {"type": "integer", "format": "password"}}});
    let error = error_of(spec(json!({}), body, json!({"type": "string"})));
    assert_eq!(
        error,
        "DoItBodyPin: a secret field (format: password or x-secret) must have type string"
    );
}

#[test]
fn a_hoisted_name_that_exists_already_fails() {
    let schemas = json!({"DoItBodyPin": {"type": "string"}});
    let body =
        json!({"type": "object", "properties": {"pin": {"type": "string", "x-secret": true}}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert_eq!(
        error,
        "DoItBodyPin: secret field would become schema `DoItBodyPin`, which already exists"
    );
}

#[test]
fn bad_documents_are_errors_not_panics() {
    let error = codegen::parse("specs/x.yaml", "openapi: [unclosed")
        .unwrap_err()
        .to_string();
    assert!(error.starts_with("specs/x.yaml: not valid YAML"), "{error}");
    assert_eq!(
        error_of(json!(["not", "a", "mapping"])),
        "(document): an OpenAPI document must be a mapping"
    );
    assert_eq!(
        error_of(json!({"components": {"schemas": []}})),
        "/components/schemas: must be a mapping"
    );
    let not_openapi = codegen::generate(&codegen::Input {
        spec_path: "specs/x.yaml",
        spec_text: "openapi: 3.0.3\npaths: {}\n",
        crate_name: "x",
    })
    .unwrap_err()
    .to_string();
    assert!(
        not_openapi.starts_with("specs/x.yaml: not an OpenAPI 3.0 document"),
        "{not_openapi}"
    );
}

#[test]
fn generation_errors_name_the_spec_file() {
    let schemas = json!({
        "Base": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["A"]}}},
        "A": {"allOf": [r("Base"), {"type": "object"}]},
    });
    let body = json!({"oneOf": [r("A")], "discriminator": {"propertyName": "type", "mapping": {"CLONE": "#/components/schemas/A"}}});
    let text = serde_json::to_string(&spec(schemas, body, json!({"type": "string"}))).unwrap();
    let error = codegen::generate(&codegen::Input {
        spec_path: "specs/pets.yaml",
        spec_text: &text,
        crate_name: "pets",
    })
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "specs/pets.yaml: A.type: discriminator value `CLONE` is not one of the allowed values [\"A\"]"
    );
}
