// Validates a spec's own examples against their schemas with Ajv (an outside judge for
// codegen/real-specs/tests/examples.rs): every `example` of a component schema, and of a
// media type whose schema is a component reference. Prints one JSON object per line:
// {"pointer", "schema", "valid", "errors"}.
// Usage: node .ci/validate-examples.mjs SPEC.json
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));

// OpenAPI 3.0 writes exclusive bounds the draft-4 way (booleans beside minimum/maximum),
// and `nullable: true` without `type` (beside `allOf`/`anyOf`/`oneOf`) for "this, or null"
// (Ajv only takes `nullable` beside `type`).
function draft7(node) {
  if (Array.isArray(node)) return node.map(draft7);
  if (node === null || typeof node !== "object") return node;
  let out = {};
  for (const [key, value] of Object.entries(node)) out[key] = draft7(value);
  if (out.nullable === true && !("type" in out)) {
    delete out.nullable;
    out = { anyOf: [out, { type: "null" }] };
  }
  for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]]) {
    if (typeof out[flag] === "boolean") {
      if (out[flag] && bound in out) { out[flag] = out[bound]; delete out[bound]; } else delete out[flag];
    }
  }
  return out;
}

// Ajv's `discriminator` takes only `oneOf`; where it refuses a schema (a discriminator
// beside `anyOf`), the second instance reads the discriminator as an annotation, leaving
// the members' own constraints (their tag enums) to choose.
const judges = [true, false].map((discriminator) => {
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ components: draft7(spec.components ?? {}) }, "spec");
  return ajv;
});

const escape = (s) => s.replaceAll("~", "~0").replaceAll("/", "~1");
const found = [];
for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  if (schema && typeof schema === "object" && "example" in schema) {
    found.push([`/components/schemas/${escape(name)}/example`, name, schema.example]);
  }
}
function media(node, at) {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return;
  if (node.content && typeof node.content === "object") {
    for (const [type, item] of Object.entries(node.content)) {
      const ref = item?.schema?.$ref;
      if (typeof ref === "string" && ref.startsWith("#/components/schemas/") && "example" in item) {
        found.push([`${at}/content/${escape(type)}/example`, ref.slice(21), item.example]);
      }
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (!(at === "/components" && key === "schemas")) media(child, `${at}/${escape(key)}`);
  }
}
media(spec, "");

for (const [pointer, schema, example] of found) {
  let valid = false;
  let errors = [];
  for (const ajv of judges) {
    try {
      const validate = ajv.getSchema(`spec#/components/schemas/${escape(schema)}`);
      valid = validate(example);
      errors = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
      break;
    } catch (e) {
      errors = [`not checked: ${e.message}`];
    }
  }
  console.log(JSON.stringify({ pointer, schema, valid, errors }));
}
