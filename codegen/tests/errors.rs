//! Constructs that cannot be represented faithfully fail generation with a message that
//! names the spec file and the JSON pointer of the construct as written, says why, and
//! says what to write instead; bad input never panics.

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
        "#/components/schemas/Base/properties/type: the union gives `A` the tag `CLONE`, which \
         this `type` does not allow (it allows [\"A\"]); add `CLONE` to the enum, or map the tag \
         the enum allows to `A`"
    );
}

#[test]
fn a_discriminated_one_of_needs_references() {
    let body = json!({"oneOf": [{"type": "object"}], "discriminator": {"propertyName": "type"}});
    let error = error_of(spec(json!({}), body, json!({"type": "string"})));
    assert_eq!(
        error,
        "#/paths/~1x/post/requestBody/content/application~1json/schema/oneOf/0: a discriminated `oneOf` member must be a `$ref` to a \
         component schema (the tag of an inline member is its schema name, and it has none); \
         move this member into `components/schemas` and `$ref` it"
    );
}

#[test]
fn a_mapping_outside_one_of_fails() {
    let schemas = json!({"A": {"type": "object"}, "B": {"type": "object"}});
    let body = json!({"oneOf": [r("A")], "discriminator": {"propertyName": "type", "mapping": {"B": "B"}}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert_eq!(
        error,
        "#/paths/~1x/post/requestBody/content/application~1json/schema/discriminator/mapping/B: the mapping sends `B` to `B`, which is \
         not in `oneOf`; add `$ref: '#/components/schemas/B'` to `oneOf`, or drop the entry"
    );
}

#[test]
fn a_discriminator_nobody_extends_is_the_object_it_describes() {
    // Nothing to choose from: the schema stays an object and its tag an ordinary property
    // (a real spec, Vonage's reports API, writes one).
    let lonely = json!({
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"type": "string"}, "size": {"type": "integer"}},
        "discriminator": {"propertyName": "type"},
    });
    for (schemas, body) in [
        (json!({"Lonely": lonely.clone()}), r("Lonely")),
        (
            json!({}),
            json!({"type": "object", "properties": {"inner": lonely}}),
        ),
    ] {
        let normalised =
            codegen::normalise(spec(schemas, body, json!({"type": "string"}))).unwrap();
        assert!(normalised.unions.is_empty(), "{:?}", normalised.unions);
    }
}

#[test]
fn an_inline_discriminator_with_a_mapping_but_no_one_of_fails() {
    let schemas = json!({"A": {"type": "object"}});
    let body = json!({"type": "object", "discriminator": {"propertyName": "type", "mapping": {"a": "#/components/schemas/A"}}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert!(
        error.starts_with(
            "#/paths/~1x/post/requestBody/content/application~1json/schema/discriminator: a \
             discriminator needs `oneOf` beside it"
        ),
        "{error}"
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
        "#/components/schemas/B/allOf/1: the property `p` is defined here differently from \
         another `allOf` member, so no one Rust field can hold both; define `p` once (a member \
         may only narrow a string enum to a subset of its values)"
    );
}

#[test]
fn an_all_of_that_is_not_objects_fails() {
    let schemas = json!({"B": {"allOf": [{"type": "string"}, {"maxLength": 3}]}});
    let error = error_of(spec(schemas, r("B"), json!({"type": "string"})));
    assert!(
        error.starts_with(
            "#/components/schemas/B/allOf/0/type: `allOf` is merged into one object, and this \
             member has type `string`; use `allOf` for object schemas only"
        ),
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
        "#/paths/~1x/post/responses/200/content/application~1json/schema/properties/s/enum/1: \
         enum values `a-b` and `a_b` both become the Rust variant `AB`; keep one spelling of \
         the value"
    );
    let error = error_of(spec(
        json!({}),
        json!({"type": "string"}),
        response(json!(["1GB", "-"])),
    ));
    assert!(
        error.contains("enum/1: enum value `-` does not make a usable Rust variant name"),
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
        "#/paths/~1x/post/requestBody/content/application~1json/schema/properties/pin: a secret (`format: password` or `x-secret: true`) \
         must be a string; write `type: string`, or drop the secret marker"
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
        "#/paths/~1x/post/requestBody/content/application~1json/schema/properties/pin: this secret becomes a schema of its own, named \
         `DoItBodyPin` after its place, and a schema of that name exists already; rename the \
         schema `DoItBodyPin`, or make this secret a component schema and `$ref` it"
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
        "#: an OpenAPI document must be a mapping; start from `openapi: 3.0.3`, `info` and \
         `paths` at the top level"
    );
    assert_eq!(
        error_of(json!({"components": {"schemas": []}})),
        "#/components/schemas: this must be a mapping; write it as `name: value` entries"
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
        "specs/pets.yaml#/components/schemas/Base/properties/type: the union gives `A` the tag \
         `CLONE`, which this `type` does not allow (it allows [\"A\"]); add `CLONE` to the \
         enum, or map the tag the enum allows to `A`"
    );
}

#[test]
fn a_refusal_in_a_place_normalisation_moved_names_the_place_as_written() {
    // `default` beside 200 becomes 4XX and 5XX before enums are read.
    let mut document = spec(
        json!({}),
        json!({"type": "string"}),
        json!({"type": "string"}),
    );
    document["paths"]["/x"]["post"]["responses"]["default"] = json!({"description": "error",
        "content": {"application/json": {"schema": {"type": "object",
            "properties": {"code": {"type": "string", "enum": ["a-b", "a_b"]}}}}}});
    let error = codegen::normalise(document).unwrap_err();
    assert_eq!(
        error.pointer(),
        Some(
            "/paths/~1x/post/responses/default/content/application~1json/schema/properties/code/enum/1"
        )
    );
}

#[test]
fn an_all_of_member_that_is_a_union_is_named_as_written() {
    let schemas = json!({
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Cat": {"allOf": [r("Pet"), {"oneOf": [{"type": "object"}, {"type": "object"}]}]},
    });
    let error = error_of(spec(schemas, r("Cat"), json!({"type": "string"})));
    assert!(
        error.starts_with("#/components/schemas/Cat/allOf/1/oneOf: `allOf` is merged into one object, and `oneOf` cannot be merged"),
        "{error}"
    );
}

#[test]
fn an_integer_discriminator_is_refused_naming_its_type() {
    let schemas = json!({
        "V1": {"type": "object", "required": ["version"], "properties": {"version": {"type": "integer"}}},
    });
    let body = json!({"oneOf": [r("V1")], "discriminator": {"propertyName": "version", "mapping": {"1": "V1"}}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert_eq!(
        error,
        "#/components/schemas/V1/properties/version/type: the discriminator `version` has type \
         `integer`, but discriminator values are strings (the mapping's keys), so `version: 1` \
         and `version: \"1\"` could not both be read faithfully; write `type: string` for \
         `version` and send its values as strings"
    );
}

#[test]
fn a_nullable_union_member_is_refused_saying_where_nullable_belongs() {
    let schemas = json!({
        "A": {"type": "object", "nullable": true, "properties": {"type": {"type": "string"}}},
    });
    let body = json!({"oneOf": [r("A")], "discriminator": {"propertyName": "type"}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert!(
        error.starts_with(
            "#/components/schemas/A/nullable: a union member cannot be null: a null has no \
             `type` to choose the member by; drop `nullable` here and write `nullable: true` on \
             the property that holds the union"
        ),
        "{error}"
    );
}

#[test]
fn nullable_beside_a_union_and_one_of_beside_any_of_are_refused() {
    let schemas = json!({"A": {"type": "object", "properties": {"type": {"type": "string"}}}});
    let body =
        json!({"nullable": true, "oneOf": [r("A")], "discriminator": {"propertyName": "type"}});
    let error = error_of(spec(schemas.clone(), body, json!({"type": "string"})));
    assert!(
        error.starts_with(
            "#/paths/~1x/post/requestBody/content/application~1json/schema/nullable: `nullable` \
             beside a discriminated union cannot be given to each member"
        ),
        "{error}"
    );
    let body =
        json!({"anyOf": [r("A")], "oneOf": [r("A")], "discriminator": {"propertyName": "type"}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert!(
        error.contains("schema/anyOf: a discriminator beside both `oneOf` and `anyOf`"),
        "{error}"
    );
}

#[test]
fn a_nullable_union_held_by_an_array_item_is_refused_at_the_union() {
    let schemas = json!({
        "A": {"type": "object", "properties": {"type": {"type": "string"}}},
        "U": {"oneOf": [r("A")], "discriminator": {"propertyName": "type"}, "nullable": true},
    });
    let body = json!({"type": "array", "items": r("U")});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert!(
        error.starts_with(
            "#/components/schemas/U/nullable: this union admits `null`, and \
             `/paths/~1x/post/requestBody/content/application~1json/schema/items` holds it \
             where no property can be null instead"
        ),
        "{error}"
    );
}

fn operation(operation: Value) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"post": operation}},
        "components": {"schemas": {
            "A": {"type": "object", "properties": {"a": {"type": "string"}}},
            "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
        }},
    })
}

#[test]
fn what_progenitor_would_panic_on_is_refused_naming_the_request_body() {
    // (Responses with different bodies are represented: `golden/limits.yaml`.)
    let error = error_of(operation(json!({
        "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}},
                                    "application/xml": {"schema": r("A")}}},
        "responses": {"204": {"description": "ok"}}})));
    assert_eq!(
        error,
        "#/paths/~1x/post/requestBody/content: the request body comes in 2 media types \
         (text/plain, application/xml); the generated client sends one body per operation; keep \
         the one media type the client should send"
    );
}

#[test]
fn colliding_tag_names_are_refused_before_typify_panics() {
    let schemas = json!({
        "A": {"type": "object", "properties": {"type": {"type": "string"}}},
        "B": {"type": "object", "properties": {"type": {"type": "string"}}},
    });
    let body = json!({"oneOf": [r("A"), r("B")], "discriminator": {"propertyName": "type",
        "mapping": {"oci-native": "A", "oci_native": "B"}}});
    let error = error_of(spec(schemas, body, json!({"type": "string"})));
    assert_eq!(
        error,
        "#/paths/~1x/post/requestBody/content/application~1json/schema/discriminator/mapping/\
         oci_native: the tags `oci-native` and `oci_native` both become the Rust variant \
         `OciNative`; keep one spelling of the tag"
    );
}

#[test]
fn a_reference_to_a_member_that_others_extend_is_refused() {
    let schemas = json!({
        "Pet": {"type": "object", "required": ["petType"], "discriminator": {"propertyName": "petType"},
                "properties": {"petType": {"type": "string"}}},
        "Cat": {"allOf": [r("Pet"), {"type": "object", "properties": {"name": {"type": "string"}}}]},
        "Lion": {"allOf": [r("Cat"), {"type": "object", "properties": {"pride": {"type": "integer"}}}]},
        "Home": {"type": "object", "properties": {"cat": r("Cat"), "pet": r("Pet")}},
    });
    let error = error_of(spec(schemas, r("Home"), r("Pet")));
    assert_eq!(
        error,
        "#/components/schemas/Home/properties/cat: `Cat` is extended by `Lion`, a member of the \
         union `Pet`: read through this reference, a `Lion` would lose what only a `Lion` has; \
         reference `Pet` here (any of its members, tagged)"
    );
}
