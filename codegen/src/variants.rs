//! Every union variant is a struct variant, whatever its number of properties.
//!
//! typify picks an enum's shape from its `oneOf` members: when each member has the tag
//! and at most one other property, all required, it emits an adjacently tagged enum
//! (`#[serde(tag = "autotuneType", content = "maxVpusPerGB")]` with `PerformanceBased(i64)`)
//! and the field's name is lost; a member with the tag alone becomes a unit variant.
//! Either shape flips to a struct variant the day the member gains an optional property.
//!
//! So before typify sees the spec, [`pad`] gives every variant of every union one more,
//! optional property ([`PAD`]). Then no variant is tag-only and not all properties are
//! required: typify takes the internally tagged route (`#[serde(tag = ...)]`) with a struct
//! variant per member, its fields named. [`unpad`] removes the placeholder field from the
//! generated enums, leaving `DetachedVolume {}` and `PerformanceBased { max_vpus_per_gb: i64 }`.
//! The wire format is the internally tagged one either way.

use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::unions::UnionFacts;

/// The placeholder property: already a Rust identifier, so typify keeps its name and
/// adds no `rename`.
pub(crate) const PAD: &str = "codegen_struct_variant_pad";

/// Adds the optional placeholder property to every variant of the named unions; returns
/// how many variants it padded.
pub(crate) fn pad(spec: &mut Value, unions: &[UnionFacts]) -> Result<usize> {
    let mut padded = 0;
    for UnionFacts { name, .. } in unions {
        let pointer = crate::walk::component_pointer(name);
        let Some(variants) = spec
            .pointer_mut(&pointer)
            .and_then(|u| u.get_mut("oneOf"))
            .and_then(Value::as_array_mut)
        else {
            return Err(Error::unsupported(
                pointer,
                "codegen lost this union during normalisation (a bug in codegen)",
                "report it with the spec",
            ));
        };
        for variant in variants {
            let properties = variant
                .as_object_mut()
                .and_then(|v| {
                    v.entry("properties")
                        .or_insert_with(|| json!({}))
                        .as_object_mut()
                })
                .ok_or_else(|| {
                    Error::unsupported(
                        &pointer,
                        "a union member must be an object schema",
                        "give each member `type: object` and its properties",
                    )
                })?;
            if properties.contains_key(PAD) {
                return Err(Error::unsupported(
                    &pointer,
                    format!("a member has a property named `{PAD}`, which codegen reserves"),
                    "rename that property",
                ));
            }
            properties.insert(PAD.into(), json!({"type": "boolean"}));
            padded += 1;
        }
    }
    Ok(padded)
}

/// Removes the placeholder field from the generated enums; returns how many it removed.
pub(crate) fn unpad(items: &mut [syn::Item]) -> usize {
    let mut removed = 0;
    for item in items {
        let syn::Item::Enum(item) = item else {
            continue;
        };
        for variant in &mut item.variants {
            let syn::Fields::Named(fields) = &mut variant.fields else {
                continue;
            };
            let before = fields.named.len();
            fields.named = std::mem::take(&mut fields.named)
                .into_iter()
                .filter(|field| field.ident.as_ref().is_none_or(|i| i != PAD))
                .collect();
            removed += before - fields.named.len();
        }
    }
    removed
}
