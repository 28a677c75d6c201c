//! Discriminated unions, rewritten into the one shape typify turns into an internally
//! tagged enum: a `oneOf` of inline objects whose discriminator property is a
//! single-value string enum. typify then emits `#[serde(tag = "<property>")]` with one
//! struct variant per tag value, and an unknown tag fails naming the allowed values.
//!
//! Two spellings of a union are recognised:
//!
//! 1. `oneOf` (or `anyOf`: the tag picks exactly one member either way) of `$ref`s plus
//!    `discriminator`, anywhere. Every mapping key naming a member is a variant of its own
//!    (aliases round-trip as written); a member no key names is tagged by its schema
//!    name. Object properties written beside `oneOf` go into every variant.
//! 2. a component schema with a `discriminator` and no `oneOf`, whose members are the
//!    schemas its `mapping` names and every schema that extends it through `allOf` at any
//!    depth (`Lion` extends `Cat` extends `Pet`), tagged by schema name when the mapping
//!    does not name them.
//!
//! A tag property that is not a string, and a member that is `nullable`, are refused.
//!
//! Each member is flattened (its `allOf` chain merged) into its variant. A union written
//! inline is hoisted into a component: it takes the name of the base schema all its
//! members extend when nothing else uses that base (the base is folded into every
//! variant), and otherwise the name of its place (`<Parent><Property>`).

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::error::{Error, Result, Written};
use crate::flatten::{flatten, merge};
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
    /// `(tag, member schema name)`, in declaration order. A member has as many entries
    /// as tags (mapping aliases).
    members: Vec<(String, String)>,
    /// Object properties written beside `oneOf`, which every variant gets.
    beside: Option<Map<String, Value>>,
    /// Inline, and the same union as a base-style one (Oracle's specs spell a property
    /// both ways: `$ref` to the base, or `oneOf` its subtypes): only the reference to
    /// that union is written.
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

/// A discriminated union of the normalised spec: a component schema that is a `oneOf`
/// of flat objects whose tag property is a single-value enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnionFacts {
    /// The component schema name.
    pub name: String,
    /// The discriminator property.
    pub property: String,
    /// The tag values, in declaration order.
    pub tags: Vec<String>,
    /// Responses use it, so it takes tags added to the API later: the generated enum
    /// gets an `UnknownValue` variant that keeps such an object as received.
    pub open: bool,
}

/// What [`rewrite`] did: the unions it wrote and the member schemas it folded into them.
#[derive(Debug, Default)]
pub(crate) struct Rewritten {
    /// The unions, sorted by name (`open` is decided later, once the document is final).
    pub(crate) unions: Vec<UnionFacts>,
    /// The member schemas folded into variants.
    pub(crate) members: Vec<String>,
}

/// Rewrites every discriminated union in the document.
pub(crate) fn rewrite(spec: &mut Value, written: &mut Written) -> Result<Rewritten> {
    lift_nullable(spec)?;
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
    let mut moves = Vec::new();
    let unions: Vec<Union> = unions.into_iter().filter(|u| !u.alias).collect();
    for union in &unions {
        let mut variants = Vec::new();
        // Refusals below name the schemas as written; later passes see the new places.
        let at = walk::component_pointer(&union.name);
        if union.inline {
            moves.push((at.clone(), union.pointer.clone()));
        }
        for (tag, member) in &union.members {
            moves.push((
                format!("{at}/oneOf/{}", variants.len()),
                walk::component_pointer(member),
            ));
            variants.push(variant(&defs, union, tag, member)?);
            // A member stays usable on its own (something may still reference it), but
            // flat: its allOf base may be about to become the union itself.
            if let Some(schema) = defs.get(member) {
                built.push((
                    member.clone(),
                    Value::Object(flatten(schema, &defs, &walk::component_pointer(member))?),
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
    for (now, was) in moves {
        written.record(now, was);
    }
    let mut facts: Vec<UnionFacts> = unions
        .iter()
        .map(|u| UnionFacts {
            name: u.name.clone(),
            property: u.property.clone(),
            tags: u.members.iter().map(|(tag, _)| tag.clone()).collect(),
            open: false,
        })
        .collect();
    facts.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    Ok(Rewritten {
        unions: facts,
        members: unions
            .into_iter()
            .flat_map(|u| u.members.into_iter().map(|(_, m)| m))
            .collect(),
    })
}

/// `nullable` (and `readOnly`/`writeOnly`) written on a discriminated union component, or
/// `nullable` on one of its members (a union that admits `null`), moves to the
/// properties that hold the union, as OpenAPI 3.0's nullable reference (`allOf: [{$ref:
/// Union}]` with `nullable: true`): a `null` has no tag to choose a member by, so it is
/// the property, not the union, that may be null. Refused, naming the place, where the
/// union is held by something other than a property (an array item, a map value, a body).
fn lift_nullable(spec: &mut Value) -> Result<()> {
    let defs = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for (name, schema) in &defs {
        let listed = ["oneOf", "anyOf"]
            .into_iter()
            .find_map(|k| schema.get(k).and_then(Value::as_array));
        let (Some(members), Some(_)) = (listed, schema.get("discriminator")) else {
            continue;
        };
        let is_true = |s: &Value, key: &str| s.get(key) == Some(&Value::Bool(true));
        let nullable_members: Vec<&str> = members
            .iter()
            .filter_map(walk::ref_name)
            .filter(|m| defs.get(*m).is_some_and(|d| is_true(d, "nullable")))
            .collect();
        let nullable = is_true(schema, "nullable") || !nullable_members.is_empty();
        let access: Vec<&str> = ["readOnly", "writeOnly"]
            .into_iter()
            .filter(|k| is_true(schema, k))
            .collect();
        if !nullable && access.is_empty() {
            continue;
        }
        let sites = holders(spec, name);
        let at = walk::component_pointer(name);
        for site in &sites {
            if site.property.is_none() && nullable {
                return Err(Error::unsupported(
                    format!("{at}/nullable"),
                    format!(
                        "this union admits `null`, and `{}` holds it where no property \
                         can be null instead (a null has no tag to choose a member by)",
                        site.pointer
                    ),
                    "write `nullable: true` on the properties that hold the union (as \
                     `allOf: [{$ref: Union}]` with `nullable: true`), not on the union or its \
                     members",
                ));
            }
        }
        for site in sites {
            let Some(node) = spec.pointer_mut(&site.pointer) else {
                continue;
            };
            let mut lifted = Map::new();
            lifted.insert("allOf".into(), Value::Array(vec![walk::schema_ref(name)]));
            if let Some(map) = node.as_object() {
                for (key, value) in map.iter().filter(|(k, _)| *k != "$ref") {
                    lifted.insert(key.clone(), value.clone());
                }
            }
            if nullable {
                lifted.insert("nullable".into(), Value::Bool(true));
            }
            for key in &access {
                lifted.insert((*key).into(), Value::Bool(true));
            }
            *node = Value::Object(lifted);
        }
        let components = walk::components_mut(spec);
        if let Some(map) = components.get_mut(name).and_then(Value::as_object_mut) {
            map.shift_remove("nullable");
            map.shift_remove("readOnly");
            map.shift_remove("writeOnly");
        }
        // A member that admits null only as part of this union (nothing else holds it).
        for member in nullable_members {
            let only_in_unions = holders(spec, member)
                .iter()
                .all(|s| s.pointer.contains("/oneOf/") || s.pointer.contains("/anyOf/"));
            if only_in_unions
                && let Some(map) = walk::components_mut(spec)
                    .get_mut(member)
                    .and_then(Value::as_object_mut)
            {
                map.shift_remove("nullable");
            }
        }
    }
    Ok(())
}

/// The schema places that hold the component `name` (`{$ref: name}`, with or without
/// siblings).
fn holders(spec: &Value, name: &str) -> Vec<walk::Site> {
    walk::sites(spec)
        .into_iter()
        .filter(|site| spec.pointer(&site.pointer).and_then(walk::ref_name) == Some(name))
        .collect()
}

fn variant(defs: &Map<String, Value>, union: &Union, tag: &str, member: &str) -> Result<Value> {
    let member_at = walk::component_pointer(member);
    let Some(schema) = defs.get(member) else {
        return Err(Error::unsupported(
            format!("{}/discriminator", union.pointer),
            format!("the union member `{member}` is not defined"),
            format!("define `{member}` under `components/schemas`, or fix the name"),
        ));
    };
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        return Err(Error::unsupported(
            format!("{member_at}/nullable"),
            format!(
                "a union member cannot be null: a null has no `{}` to choose the member by",
                union.property
            ),
            "drop `nullable` here and write `nullable: true` on the property that holds the \
             union (with `allOf: [{$ref: Union}]` when it is a reference)",
        ));
    }
    // A base-style union (form 2) lists itself as the allOf base of its members: flatten
    // against the base's own object, not the union it becomes.
    let mut flat = flatten(schema, defs, &member_at)?;
    if let Some(beside) = &union.beside {
        let beside = flatten(&Value::Object(beside.clone()), defs, &union.pointer)?;
        merge(&mut flat, &beside, defs, &union.pointer)?;
    }
    check_tag(defs, schema, &flat, &union.property, tag, member)?;
    let properties = flat
        .entry("properties")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or_else(|| {
            Error::unsupported(
                format!("{member_at}/properties"),
                "`properties` must be a mapping",
                "write `properties: {name: schema, ...}`",
            )
        })?;
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
        .ok_or_else(|| {
            Error::unsupported(
                format!("{member_at}/required"),
                "`required` must be a list of property names",
                "write `required: [name, ...]`",
            )
        })?;
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
    written: &Value,
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
    let where_written = || {
        property_pointer(defs, written, &walk::component_pointer(member), property)
            .unwrap_or_else(|| walk::component_pointer(member))
    };
    if let Some(kind) = schema
        .get("type")
        .and_then(Value::as_str)
        .filter(|t| *t != "string")
    {
        return Err(Error::unsupported(
            format!("{}/type", where_written()),
            format!(
                "the discriminator `{property}` has type `{kind}`, but discriminator values are \
                 strings (the mapping's keys), so `{property}: 1` and `{property}: \"1\"` \
                 could not both be read faithfully"
            ),
            format!("write `type: string` for `{property}` and send its values as strings"),
        ));
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.iter().any(|v| v.as_str() == Some(tag))
    {
        let allowed: Vec<_> = values.iter().filter_map(Value::as_str).collect();
        return Err(Error::unsupported(
            where_written(),
            format!(
                "the union gives `{member}` the tag `{tag}`, which this `{property}` does not \
                 allow (it allows {allowed:?})"
            ),
            format!("add `{tag}` to the enum, or map the tag the enum allows to `{member}`"),
        ));
    }
    Ok(())
}

/// Where `property` is written in `schema` (at `at`), following `allOf` and `$ref`s,
/// last definition first (the one a merge keeps).
fn property_pointer(
    defs: &Map<String, Value>,
    schema: &Value,
    at: &str,
    property: &str,
) -> Option<String> {
    property_pointer_inner(defs, schema, at, property, 0)
}

fn property_pointer_inner(
    defs: &Map<String, Value>,
    schema: &Value,
    at: &str,
    property: &str,
    depth: usize,
) -> Option<String> {
    if depth > 32 {
        return None;
    }
    if let Some(name) = walk::ref_name(schema) {
        let target = defs.get(name)?;
        return property_pointer_inner(
            defs,
            target,
            &walk::component_pointer(name),
            property,
            depth + 1,
        );
    }
    if schema
        .get("properties")
        .and_then(|p| p.get(property))
        .is_some()
    {
        return Some(format!("{at}/properties/{}", walk::escape(property)));
    }
    let members = schema.get("allOf")?.as_array()?;
    members.iter().enumerate().rev().find_map(|(i, member)| {
        property_pointer_inner(
            defs,
            member,
            &format!("{at}/allOf/{i}"),
            property,
            depth + 1,
        )
    })
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
        let at = site.pointer.clone();
        let property = discriminator
            .get("propertyName")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                Error::unsupported(
                    format!("{at}/discriminator"),
                    "a discriminator needs `propertyName`",
                    "name the tag property: `discriminator: {propertyName: type}`",
                )
            })?
            .to_owned();
        let mapping = mapping(discriminator, &at)?;
        let description = node
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        if node.get("oneOf").is_some() && node.get("anyOf").is_some() {
            return Err(Error::unsupported(
                format!("{at}/anyOf"),
                "a discriminator beside both `oneOf` and `anyOf` does not say which lists the \
                 members",
                "list the members in `oneOf` only",
            ));
        }
        let listed = ["oneOf", "anyOf"]
            .into_iter()
            .find_map(|keyword| Some((keyword, node.get(keyword)?)));
        if let Some((keyword, one_of)) = listed {
            // Form 1: oneOf (or anyOf: with a discriminator, the tag picks exactly one
            // member either way) of $refs.
            let beside = beside(node, &at)?;
            let mut members = Vec::new();
            for (i, member) in one_of.as_array().into_iter().flatten().enumerate() {
                let Some(name) = walk::ref_name(member) else {
                    return Err(Error::unsupported(
                        format!("{at}/{keyword}/{i}"),
                        "a discriminated `oneOf` member must be a `$ref` to a component schema \
                         (the tag of an inline member is its schema name, and it has none)",
                        "move this member into `components/schemas` and `$ref` it",
                    ));
                };
                // Every mapping key that names the member is a tag of its own (aliases
                // must round-trip as written); with none, the schema name is the tag.
                let tags: Vec<&String> = mapping
                    .iter()
                    .filter(|(_, target)| target == name)
                    .map(|(tag, _)| tag)
                    .collect();
                if tags.is_empty() {
                    members.push((name.to_owned(), name.to_owned()));
                }
                for tag in tags {
                    members.push((tag.clone(), name.to_owned()));
                }
            }
            if let Some((tag, target)) = mapping
                .iter()
                .find(|(_, t)| !members.iter().any(|(_, m)| m == t))
            {
                return Err(Error::unsupported(
                    format!("{at}/discriminator/mapping/{}", walk::escape(tag)),
                    format!("the mapping sends `{tag}` to `{target}`, which is not in `{keyword}`"),
                    format!(
                        "add `$ref: '#/components/schemas/{target}'` to `{keyword}`, or drop the \
                         entry"
                    ),
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
                        format!(
                            "this union becomes a schema of its own, named `{name}` after its \
                             place, and a schema of that name exists already"
                        ),
                        format!(
                            "rename the schema `{name}`, or make this union a component schema and `$ref` it"
                        ),
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
                beside,
                alias: false,
            });
        } else if site.component_root {
            // Form 2: a base schema; the schemas that extend it through allOf, at any
            // depth, are its members. The mapping's keys are their tags, and a member the
            // mapping does not name is tagged with its schema name (implied).
            let base = site.context.clone();
            let mut members = mapping.clone();
            for descendant in descendants(&defs, &base) {
                if !mapping.iter().any(|(_, target)| *target == descendant) {
                    members.push((descendant.clone(), descendant));
                }
            }
            check_no_partial_reference(spec, &defs, &base, &members)?;
            if members.is_empty() {
                // Nothing extends it and the mapping names nothing: the discriminator
                // chooses among no members, and the schema is the object it describes (the
                // tag an ordinary property).
                continue;
            }
            for (_, member) in &members {
                if member == &base {
                    return Err(Error::unsupported(
                        format!("{at}/discriminator"),
                        "the mapping names the base schema itself, which is every member, not one",
                        "map each tag to a schema that extends the base",
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
                beside: None,
                alias: false,
            });
        } else if mapping.is_empty() {
            // An inline schema nothing can extend, with no mapping: no members, so it is
            // the object it describes.
            continue;
        } else {
            return Err(Error::unsupported(
                format!("{at}/discriminator"),
                "a discriminator needs `oneOf` beside it, or must sit on a component schema \
                 that others extend",
                "list the members in `oneOf`, or move the schema into `components/schemas`",
            ));
        }
    }
    for union in &unions {
        check_variant_names(union, &mapping_tags(spec, &union.pointer))?;
    }
    // An inline union that is a base-style union spelled out takes its name.
    for i in 0..unions.len() {
        if !unions[i].inline || unions[i].beside.is_some() {
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
        let second = unions.iter().filter(|u| u.name == pair[0]).nth(1);
        return Err(Error::unsupported(
            second.map_or_else(|| walk::component_pointer(pair[0]), |u| u.pointer.clone()),
            format!("two discriminated unions would both be named `{}`", pair[0]),
            "make one of them a component schema of its own and `$ref` it",
        ));
    }
    Ok(unions)
}

fn mapping(discriminator: &Value, at: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let Some(mapping) = discriminator.get("mapping") else {
        return Ok(out);
    };
    let at = format!("{at}/discriminator/mapping");
    let Some(mapping) = mapping.as_object() else {
        return Err(Error::unsupported(
            at,
            "a discriminator mapping must be a mapping of tag values to schemas",
            "write `mapping: {tag: '#/components/schemas/Name'}`",
        ));
    };
    for (tag, target) in mapping {
        let entry = format!("{at}/{}", walk::escape(tag));
        let Some(target) = target.as_str() else {
            return Err(Error::unsupported(
                entry,
                format!("the mapping of `{tag}` must be a schema name or reference"),
                format!("write `{tag}: '#/components/schemas/Name'`"),
            ));
        };
        let name = target.strip_prefix(SCHEMAS).unwrap_or(target);
        if name.contains('/') || name.contains('#') {
            return Err(Error::unsupported(
                entry,
                format!("`{target}` is not a component schema of this document"),
                format!("write `{tag}: '#/components/schemas/Name'`"),
            ));
        }
        out.push((tag.clone(), name.to_owned()));
    }
    Ok(out)
}

/// Component schemas that extend `base` through `allOf`, directly or through others
/// (`Lion` extends `Cat` extends `Pet`), in the document's order.
fn descendants(defs: &Map<String, Value>, base: &str) -> Vec<String> {
    let extends = |name: &str| {
        let mut seen = vec![name.to_owned()];
        let mut current = defs.get(name).and_then(base_of);
        while let Some(parent) = current {
            if parent == base {
                return true;
            }
            if seen.iter().any(|s| s == parent) {
                return false;
            }
            seen.push(parent.to_owned());
            current = defs.get(parent).and_then(base_of);
        }
        false
    };
    defs.keys().filter(|name| extends(name)).cloned().collect()
}

/// The object properties written beside a discriminated `oneOf` (common `id`, `time`),
/// which every member has too; `None` when there are none.
fn beside(node: &Value, at: &str) -> Result<Option<Map<String, Value>>> {
    const DOCS: [&str; 7] = [
        "oneOf",
        "anyOf",
        "discriminator",
        "description",
        "title",
        "example",
        "deprecated",
    ];
    const OBJECT: [&str; 4] = ["type", "properties", "required", "additionalProperties"];
    let mut own = Map::new();
    for (key, value) in node.as_object().into_iter().flatten() {
        if DOCS.contains(&key.as_str()) || key.starts_with("x-") {
            continue;
        }
        if !OBJECT.contains(&key.as_str()) || (key == "type" && value != "object") {
            return Err(Error::unsupported(
                format!("{at}/{}", walk::escape(key)),
                format!(
                    "`{key}` beside a discriminated union cannot be given to each member, and \
                     the union itself is only its members"
                ),
                if key == "nullable" {
                    "write `nullable: true` on the property that holds the union (as \
                     `allOf: [{$ref: Union}]` with `nullable: true` when it is a reference)"
                } else {
                    "write it in each member schema instead"
                },
            ));
        }
        own.insert(key.clone(), value.clone());
    }
    Ok((!own.is_empty()).then_some(own))
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
        let mut distinct: Vec<&str> = members.iter().map(|(_, m)| m.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let only_members_use_it = ref_counts.get(*base).copied().unwrap_or(0) == distinct.len();
        let plain = defs
            .get(*base)
            .is_some_and(|b| b.get("discriminator").is_none());
        if shared && only_members_use_it && plain {
            return (*base).to_owned();
        }
    }
    walk::rust_name(context)
}

/// The tags a union's discriminator mapping lists.
fn mapping_tags(spec: &Value, pointer: &str) -> Vec<String> {
    spec.pointer(&format!("{pointer}/discriminator/mapping"))
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Each tag must make a Rust variant name of its own (typify names variants after tags,
/// and panics when two collide), other than `UnknownValue`, which open unions use.
fn check_variant_names(union: &Union, mapped: &[String]) -> Result<()> {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for (tag, member) in &union.members {
        let at = if mapped.contains(tag) {
            format!(
                "{}/discriminator/mapping/{}",
                union.pointer,
                walk::escape(tag)
            )
        } else {
            walk::component_pointer(member)
        };
        let variant = walk::rust_name(tag);
        if variant.is_empty() || variant == "UnknownValue" {
            return Err(Error::unsupported(
                at,
                format!("the tag `{tag}` does not make a usable Rust variant name (`{variant}`)"),
                "give the tag at least one letter or digit (and not the name `UnknownValue`)",
            ));
        }
        if let Some((_, other)) = seen.iter().find(|(v, _)| *v == variant) {
            return Err(Error::unsupported(
                at,
                format!("the tags `{other}` and `{tag}` both become the Rust variant `{variant}`"),
                "keep one spelling of the tag",
            ));
        }
        seen.push((variant, tag));
    }
    Ok(())
}

/// A member that other members extend (`Cat`, extended by `Lion`) is one struct of its
/// own; a `$ref` to it outside the hierarchy would read a `Lion` as a `Cat` and drop what
/// only a `Lion` has. Such a reference is refused.
fn check_no_partial_reference(
    spec: &Value,
    defs: &Map<String, Value>,
    base: &str,
    members: &[(String, String)],
) -> Result<()> {
    for (_, member) in members {
        let extended_by = descendants(defs, member);
        let Some(child) = extended_by.first() else {
            continue;
        };
        for site in walk::sites(spec) {
            let in_hierarchy = ["/allOf/", "/oneOf/", "/anyOf/"].iter().any(|k| {
                site.pointer
                    .rsplit_once(k)
                    .is_some_and(|(_, i)| !i.contains('/'))
            });
            let Some(node) = spec.pointer(&site.pointer) else {
                continue;
            };
            if in_hierarchy || walk::ref_name(node) != Some(member.as_str()) {
                continue;
            }
            return Err(Error::unsupported(
                site.pointer,
                format!(
                    "`{member}` is extended by `{child}`, a member of the union `{base}`: read \
                     through this reference, a `{child}` would lose what only a `{child}` has"
                ),
                format!("reference `{base}` here (any of its members, tagged)"),
            ));
        }
    }
    Ok(())
}
