//! Discriminated unions, rewritten into the one shape typify turns into an internally
//! tagged enum: a `oneOf` of inline objects whose discriminator property is a
//! single-value string enum. typify then emits `#[serde(tag = "<property>")]` with one
//! struct variant per tag value, and an unknown tag fails naming the allowed values.
//!
//! Two spellings of a union are recognised:
//!
//! 1. `oneOf` of `$ref`s plus `discriminator` (with or without `mapping`), anywhere;
//! 2. a component schema with a `discriminator` and no `oneOf`, whose children are the
//!    component schemas that include it through `allOf` (or those its `mapping` names).
//!
//! Each member is flattened (its `allOf` chain merged) into its variant. A union written
//! inline is hoisted into a component: it takes the name of the base schema all its
//! members extend when nothing else uses that base (the base is folded into every
//! variant), and otherwise the name of its place (`<Parent><Property>`). An inline union
//! whose members are exactly those of a base-style union (same tags, same schemas, same
//! property) is that union: it becomes a reference to it (Oracle's specs spell a
//! property both ways: `$ref` to the base, or `oneOf` its subtypes).

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::error::{Error, Result};
use crate::flatten::flatten;
use crate::walk::{self, SCHEMAS};

/// Marks a variant's tag property so later passes leave it alone; removed at the end.
pub(crate) const TAG_MARKER: &str = "x-codegen-tag";

struct Union {
    /// Where the union is written (a JSON pointer).
    pointer: String,
    /// The component name it will have.
    name: String,
    /// Written inside another schema or an operation, not as a component of its own.
    inline: bool,
    property: String,
    description: Option<String>,
    /// `(tag, member schema name)`, in declaration order.
    members: Vec<(String, String)>,
    /// Inline, and the same union as a base-style one: only the reference is written.
    alias: bool,
}

impl Union {
    /// The same union: the same property and the same `(tag, member)` pairs.
    fn same_as(&self, other: &Union) -> bool {
        let sorted = |u: &Union| {
            let mut members = u.members.clone();
            members.sort();
            members
        };
        self.property == other.property && sorted(self) == sorted(other)
    }
}

/// What [`rewrite`] did: the unions it wrote and the member schemas it folded into them.
#[derive(Debug, Default)]
pub(crate) struct Rewritten {
    /// The component names of the unions (each a `oneOf` of flat tagged objects).
    pub(crate) unions: Vec<String>,
    /// The member schemas folded into variants.
    pub(crate) members: Vec<String>,
}

/// Rewrites every discriminated union in the document.
pub(crate) fn rewrite(spec: &mut Value) -> Result<Rewritten> {
    let unions = find(spec)?;
    if unions.is_empty() {
        return Ok(Rewritten::default());
    }
    // Inline unions become references to their (future) components.
    for union in &unions {
        if union.inline
            && let Some(node) = spec.pointer_mut(&union.pointer)
        {
            let mut replacement = walk::schema_ref(&union.name);
            if let (Some(description), Some(map)) =
                (&union.description, replacement.as_object_mut())
            {
                map.insert("description".into(), Value::from(description.clone()));
            }
            *node = replacement;
        }
    }
    // Variants are computed from the schemas as written, before any union replaces a base.
    let defs = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut built = Vec::new();
    for union in unions.iter().filter(|u| !u.alias) {
        let mut variants = Vec::new();
        for (tag, member) in &union.members {
            variants.push(variant(&defs, union, tag, member)?);
            // A member stays usable on its own (something may still reference it), but
            // flat: its allOf base may be about to become the union itself.
            if let Some(schema) = defs.get(member) {
                built.push((
                    member.clone(),
                    Value::Object(flatten(schema, &defs, member)?),
                ));
            }
        }
        let mut schema = Map::new();
        if let Some(description) = &union.description {
            schema.insert("description".into(), Value::from(description.clone()));
        }
        schema.insert("oneOf".into(), Value::Array(variants));
        built.push((union.name.clone(), Value::Object(schema)));
    }
    let components = walk::components_mut(spec);
    for (name, schema) in built {
        components.insert(name, schema);
    }
    let mut names: Vec<String> = unions
        .iter()
        .filter(|u| !u.alias)
        .map(|u| u.name.clone())
        .collect();
    names.sort_unstable();
    Ok(Rewritten {
        unions: names,
        members: unions
            .into_iter()
            .flat_map(|u| u.members.into_iter().map(|(_, m)| m))
            .collect(),
    })
}

fn variant(defs: &Map<String, Value>, union: &Union, tag: &str, member: &str) -> Result<Value> {
    let Some(schema) = defs.get(member) else {
        return Err(Error::unsupported(
            &union.name,
            format!("union member `{member}` is not defined"),
        ));
    };
    // A base-style union (form 2) lists itself as the allOf base of its members: flatten
    // against the base's own object, not the union it becomes.
    let mut flat = flatten(schema, defs, member)?;
    check_tag(defs, &flat, &union.property, tag, member)?;
    let properties = flat
        .entry("properties")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| Error::unsupported(member, "`properties` must be an object"))?;
    properties.shift_remove(&union.property);
    let mut ordered = Map::new();
    ordered.insert(
        union.property.clone(),
        json!({"type": "string", "enum": [tag], TAG_MARKER: true}),
    );
    ordered.extend(std::mem::take(properties));
    *properties = ordered;
    let required = flat
        .entry("required")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or_else(|| Error::unsupported(member, "`required` must be an array"))?;
    required.retain(|r| r.as_str() != Some(union.property.as_str()));
    required.insert(0, Value::from(union.property.clone()));
    let description = flat
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let deprecated = flat.get("deprecated").and_then(Value::as_bool) == Some(true);
    let mut doc = String::new();
    if deprecated && !description.to_ascii_lowercase().starts_with("deprecated") {
        doc.push_str("Deprecated. ");
    }
    doc.push_str(description);
    if !doc.is_empty() {
        doc.push_str("\n\n");
    }
    doc.push_str(&format!(
        "Schema `{member}` in the spec, `{}` = `{tag}`.",
        union.property
    ));
    flat.insert("description".into(), Value::from(doc));
    flat.shift_remove("deprecated");
    flat.shift_remove("example");
    flat.shift_remove("title");
    Ok(Value::Object(flat))
}

/// The tag must be one of the values the member's own discriminator property allows.
fn check_tag(
    defs: &Map<String, Value>,
    flat: &Map<String, Value>,
    property: &str,
    tag: &str,
    member: &str,
) -> Result<()> {
    let Some(schema) = flat.get("properties").and_then(|p| p.get(property)) else {
        return Ok(());
    };
    let schema = match walk::ref_name(schema) {
        Some(name) => defs.get(name).unwrap_or(schema),
        None => schema,
    };
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.iter().any(|v| v.as_str() == Some(tag))
    {
        let allowed: Vec<_> = values.iter().filter_map(Value::as_str).collect();
        return Err(Error::unsupported(
            format!("{member}.{property}"),
            format!("discriminator value `{tag}` is not one of the allowed values {allowed:?}"),
        ));
    }
    Ok(())
}

fn find(spec: &Value) -> Result<Vec<Union>> {
    let defs = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut ref_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut all_refs = Vec::new();
    walk::collect_refs(spec, &mut all_refs);
    for name in all_refs {
        *ref_counts.entry(name).or_default() += 1;
    }
    let mut unions = Vec::new();
    for site in walk::sites(spec) {
        let Some(node) = spec.pointer(&site.pointer) else {
            continue;
        };
        let Some(discriminator) = node.get("discriminator") else {
            continue;
        };
        let at = site
            .property
            .as_ref()
            .map_or(site.context.clone(), |p| format!("{}.{p}", site.context));
        let property = discriminator
            .get("propertyName")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::unsupported(&at, "discriminator without propertyName"))?
            .to_owned();
        let mapping = mapping(discriminator, &at)?;
        let description = node
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        if let Some(one_of) = node.get("oneOf") {
            // Form 1: oneOf of $refs.
            let mut members = Vec::new();
            for member in one_of.as_array().into_iter().flatten() {
                let Some(name) = walk::ref_name(member) else {
                    return Err(Error::unsupported(
                        &at,
                        "a discriminated oneOf may only list `$ref`s to component schemas",
                    ));
                };
                let tag = mapping
                    .iter()
                    .find(|(_, target)| target == name)
                    .map_or_else(|| name.to_owned(), |(tag, _)| tag.clone());
                members.push((tag, name.to_owned()));
            }
            if let Some((tag, target)) = mapping
                .iter()
                .find(|(_, t)| !members.iter().any(|(_, m)| m == t))
            {
                return Err(Error::unsupported(
                    &at,
                    format!("mapping `{tag}` names `{target}`, which is not in oneOf"),
                ));
            }
            let name = if site.component_root {
                site.context.clone()
            } else {
                let name = hoisted_name(&defs, &ref_counts, &members, &site.context);
                let is_base = members
                    .iter()
                    .all(|(_, m)| defs.get(m).and_then(base_of) == Some(name.as_str()));
                if defs.contains_key(&name) && !is_base {
                    return Err(Error::unsupported(
                        &at,
                        format!("this union would become schema `{name}`, which already exists"),
                    ));
                }
                name
            };
            let description = description.or_else(|| {
                defs.get(&name)
                    .and_then(|b| b.get("description"))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            });
            unions.push(Union {
                pointer: site.pointer.clone(),
                name,
                inline: !site.component_root,
                property,
                description,
                members,
                alias: false,
            });
        } else if site.component_root {
            // Form 2: a base schema; its children include it with allOf.
            let base = site.context.clone();
            let members = if mapping.is_empty() {
                children(&defs, &base)
                    .into_iter()
                    .map(|child| (child.clone(), child))
                    .collect()
            } else {
                mapping.clone()
            };
            if members.is_empty() {
                return Err(Error::unsupported(
                    &at,
                    "discriminator on a schema that no other schema extends with allOf",
                ));
            }
            for (_, member) in &members {
                if member == &base {
                    return Err(Error::unsupported(
                        &at,
                        "a discriminator mapping may not name the base schema itself",
                    ));
                }
            }
            unions.push(Union {
                pointer: site.pointer.clone(),
                name: base,
                inline: false,
                property,
                description,
                members,
                alias: false,
            });
        } else {
            return Err(Error::unsupported(
                &at,
                "a discriminator needs oneOf, or must sit on a component schema that others extend",
            ));
        }
    }
    // An inline union that is a base-style union spelled out takes its name.
    for i in 0..unions.len() {
        if !unions[i].inline {
            continue;
        }
        let base = unions
            .iter()
            .find(|b| !b.inline && b.same_as(&unions[i]))
            .map(|b| b.name.clone());
        if let Some(base) = base {
            unions[i].name = base;
            unions[i].alias = true;
        }
    }
    let mut names: Vec<&str> = unions
        .iter()
        .filter(|u| !u.alias)
        .map(|u| u.name.as_str())
        .collect();
    names.sort_unstable();
    if let Some(pair) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(Error::unsupported(
            pair[0],
            "two discriminated unions would take this name",
        ));
    }
    Ok(unions)
}

fn mapping(discriminator: &Value, at: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let Some(mapping) = discriminator.get("mapping") else {
        return Ok(out);
    };
    let Some(mapping) = mapping.as_object() else {
        return Err(Error::unsupported(
            at,
            "discriminator mapping must be an object",
        ));
    };
    for (tag, target) in mapping {
        let Some(target) = target.as_str() else {
            return Err(Error::unsupported(
                at,
                format!("mapping `{tag}` must be a string"),
            ));
        };
        let name = target.strip_prefix(SCHEMAS).unwrap_or(target);
        if name.contains('/') {
            return Err(Error::unsupported(
                at,
                format!("mapping `{tag}` must name a component schema, not `{target}`"),
            ));
        }
        out.push((tag.clone(), name.to_owned()));
    }
    Ok(out)
}

/// Component schemas whose `allOf` includes `base`.
fn children(defs: &Map<String, Value>, base: &str) -> Vec<String> {
    defs.iter()
        .filter(|(_, schema)| base_of(schema) == Some(base))
        .map(|(name, _)| name.clone())
        .collect()
}

/// The one `$ref` among a schema's `allOf` members, if there is exactly one.
fn base_of(schema: &Value) -> Option<&str> {
    let members = schema.get("allOf")?.as_array()?;
    let mut refs = members.iter().filter_map(walk::ref_name);
    let first = refs.next()?;
    refs.next().is_none().then_some(first)
}

/// The name of an inline union: its members' common base if nothing else uses it,
/// otherwise the name of the union's place.
fn hoisted_name(
    defs: &Map<String, Value>,
    ref_counts: &BTreeMap<String, usize>,
    members: &[(String, String)],
    context: &str,
) -> String {
    let bases: Vec<Option<&str>> = members
        .iter()
        .map(|(_, member)| defs.get(member).and_then(base_of))
        .collect();
    if let Some(Some(base)) = bases.first() {
        let shared = bases.iter().all(|b| b == &Some(*base));
        let only_members_use_it = ref_counts.get(*base).copied().unwrap_or(0) == members.len();
        let plain = defs
            .get(*base)
            .is_some_and(|b| b.get("discriminator").is_none());
        if shared && only_members_use_it && plain {
            return (*base).to_owned();
        }
    }
    walk::rust_name(context)
}
