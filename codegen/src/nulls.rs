//! An explicit `null` on an optional `nullable` property is kept.
//!
//! typify types such a property `Option<T>`, which reads `null` and absence alike and
//! writes neither: the `null` is lost. [`hoist`] makes every inline object with such a
//! property a component schema (named as typify names it), [`find`] lists the optional
//! nullable properties of component schemas and union variants; [`keep`] retypes their fields, in the struct
//! and its builder, as `Option<oci_backup_runtime::Nullable<T>>` (absent, `null`, value),
//! read with `oci_backup_runtime::nullable::present`.

use quote::ToTokens;
use serde_json::Value;
use syn::visit_mut::VisitMut;

use crate::error::{Result, Written};
use crate::unions::UnionFacts;
use crate::walk;

/// An optional, nullable property whose field keeps an explicit `null`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NullableField {
    /// The component schema (a struct, or the union whose variant holds the field).
    pub schema: String,
    /// The union variant's tag, when the field is in a union variant.
    pub variant: Option<String>,
    /// The property's JSON name.
    pub property: String,
}

/// Hoists every inline object schema that has an optional, nullable property into a
/// component of its own, named after its place as typify would name it
/// (`<Parent><Property>`), so that [`find`] sees it.
pub(crate) fn hoist(spec: &mut Value, written: &mut Written) -> Result<()> {
    for site in walk::sites(spec).into_iter().rev() {
        // Property values, items, map values and the schemas of bodies and parameters;
        // not composition members (union variants are handled by `find`).
        let hoistable = site.property.is_some()
            || ["/items", "/additionalProperties", "/schema"]
                .iter()
                .any(|end| site.pointer.ends_with(end));
        if site.component_root || !hoistable {
            continue;
        }
        let Some(node) = spec.pointer(&site.pointer) else {
            continue;
        };
        let is_object = node.get("properties").is_some() && node.get("$ref").is_none();
        if !is_object || optional_nullable(spec, node).is_empty() {
            continue;
        }
        // A name taken already gets a number (`Target2`).
        let name = walk::free_name(spec, &walk::rust_name(&site.context), |_| false);
        let component = node.clone();
        let mut replacement = walk::schema_ref(&name);
        if let (Some(description), Some(map)) =
            (component.get("description"), replacement.as_object_mut())
        {
            map.insert("description".into(), description.clone());
        }
        if let Some(slot) = spec.pointer_mut(&site.pointer) {
            *slot = replacement;
        }
        walk::components_mut(spec).insert(name.clone(), component);
        written.record(walk::component_pointer(&name), site.pointer.clone());
    }
    Ok(())
}

/// Every optional, nullable property of an object component schema or of a union's
/// variant, in the document's order.
pub(crate) fn find(spec: &Value, unions: &[UnionFacts]) -> Vec<NullableField> {
    let mut found = Vec::new();
    let components = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    for (name, schema) in components.into_iter().flatten() {
        match unions.iter().find(|u| u.name == *name) {
            Some(union) => {
                let variants = schema.get("oneOf").and_then(Value::as_array);
                for (variant, tag) in variants.into_iter().flatten().zip(&union.tags) {
                    for property in optional_nullable(spec, variant) {
                        found.push(NullableField {
                            schema: name.clone(),
                            variant: Some(tag.clone()),
                            property,
                        });
                    }
                }
            }
            None => {
                for property in optional_nullable(spec, schema) {
                    found.push(NullableField {
                        schema: name.clone(),
                        variant: None,
                        property,
                    });
                }
            }
        }
    }
    found
}

/// The optional, nullable properties of an object schema: `nullable: true` on the
/// property, or a `$ref` to a schema that is itself `nullable` (a nullable object is
/// typify's `X(Option<XInner>)`, and a plain `Option<X>` would read its `null` as absent).
fn optional_nullable(spec: &Value, schema: &Value) -> Vec<String> {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(property, definition)| {
            let nullable = |s: &Value| s.get("nullable") == Some(&Value::Bool(true));
            let target = walk::ref_name(definition).and_then(|name| walk::component(spec, name));
            (nullable(definition) || target.is_some_and(nullable))
                && !required.contains(&property.as_str())
        })
        .map(|(property, _)| property.clone())
        .collect()
}

/// Retypes the fields [`find`] listed; `items` is the `types` module's content. Returns
/// a message naming the first field it could not find.
pub(crate) fn keep(
    items: &mut [syn::Item],
    nullables: &[NullableField],
) -> std::result::Result<(), String> {
    for field in nullables {
        let (component, property) = (&field.schema, &field.property);
        let mut ident = walk::rust_name(component);
        // A nullable object schema is typify's `X(Option<XInner>)`: the fields are
        // `XInner`'s.
        let wrapped = items.iter().any(|item| {
            matches!(item, syn::Item::Struct(s)
                if s.ident == ident && matches!(s.fields, syn::Fields::Unnamed(_)))
        });
        if wrapped {
            ident.push_str("Inner");
        }
        if let Some(tag) = &field.variant {
            keep_in_variant(items, &ident, tag, property)?;
            continue;
        }
        let structure = items.iter_mut().find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == ident => Some(s),
            _ => None,
        });
        let Some(structure) = structure else {
            return Err(format!("no struct `{ident}` for schema `{component}`"));
        };
        let Some(field) = structure
            .fields
            .iter_mut()
            .find(|f| is_property(f, property))
        else {
            return Err(format!("no field for `{component}.{property}`"));
        };
        let Some(field_ident) = field.ident.clone() else {
            return Err(format!("`{component}.{property}` is not a named field"));
        };
        let Some(mut retype) = Retype::of(&field.ty) else {
            return Err(format!("`{component}.{property}` is not an Option"));
        };
        retype.visit_field_mut(field);
        field.attrs.push(syn::parse_quote! {
            #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
        });
        // The builder's field and setter name the same type.
        for item in items.iter_mut() {
            let syn::Item::Mod(module) = item else {
                continue;
            };
            if module.ident != "builder" {
                continue;
            }
            // There the type is written `super::T`, inside `Result<Option<T>, String>`.
            let mut builder_retype: Option<Retype> = None;
            for item in module
                .content
                .iter_mut()
                .flat_map(|(_, items)| items.iter_mut())
            {
                match item {
                    syn::Item::Struct(s) if s.ident == ident => {
                        for f in s.fields.iter_mut() {
                            if f.ident.as_ref() == Some(&field_ident)
                                && let Some(option) = first_argument(&f.ty)
                                && let Some(mut retype) = Retype::of(option)
                            {
                                retype.visit_field_mut(f);
                                builder_retype = Some(retype);
                            }
                        }
                    }
                    syn::Item::Impl(block) if is_named(&block.self_ty, &ident) => {
                        for item in &mut block.items {
                            if let syn::ImplItem::Fn(f) = item
                                && f.sig.ident == field_ident
                                && let Some(retype) = &mut builder_retype
                            {
                                retype.visit_impl_item_fn_mut(f);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

/// A union variant's field (enum variants have no builder).
fn keep_in_variant(
    items: &mut [syn::Item],
    ident: &str,
    tag: &str,
    property: &str,
) -> std::result::Result<(), String> {
    let variant_ident = walk::rust_name(tag);
    let variant = items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == ident => Some(e),
            _ => None,
        })
        .and_then(|e| e.variants.iter_mut().find(|v| v.ident == variant_ident));
    let Some(variant) = variant else {
        return Err(format!(
            "no variant `{ident}::{variant_ident}` for tag `{tag}`"
        ));
    };
    let Some(field) = variant.fields.iter_mut().find(|f| is_property(f, property)) else {
        return Err(format!(
            "no field for `{property}` in `{ident}::{variant_ident}`"
        ));
    };
    let Some(mut retype) = Retype::of(&field.ty) else {
        return Err(format!(
            "`{ident}::{variant_ident}.{property}` is not an Option"
        ));
    };
    retype.visit_field_mut(field);
    field.attrs.push(syn::parse_quote! {
        #[serde(default, deserialize_with = "::oci_backup_runtime::nullable::present")]
    });
    Ok(())
}

pub(crate) fn is_named(ty: &syn::Type, ident: &str) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == ident))
}

/// Whether `field` holds the JSON property `property` (its `rename`, or its name).
fn is_property(field: &syn::Field, property: &str) -> bool {
    let renamed = format!("rename = \"{property}\"");
    let by_rename = field
        .attrs
        .iter()
        .any(|a| a.path().is_ident("serde") && a.to_token_stream().to_string().contains(&renamed));
    by_rename || field.ident.as_ref().is_some_and(|i| i == property)
}

/// The first type argument of `ty` (`T` of `Option<T>`, `Result<T, E>`).
pub(crate) fn first_argument(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// Replaces every `Option<T>` equal to `from` with `Option<Nullable<T>>`.
struct Retype {
    from: String,
    inner: Option<syn::Type>,
}

impl Retype {
    /// For the type `option` (`Option<T>`).
    fn of(option: &syn::Type) -> Option<Retype> {
        Some(Retype {
            from: option.to_token_stream().to_string(),
            inner: Some(first_argument(option)?.clone()),
        })
    }
}

impl VisitMut for Retype {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if ty.to_token_stream().to_string() == self.from
            && let Some(inner) = &self.inner
        {
            *ty = syn::parse_quote! {
                ::std::option::Option<::oci_backup_runtime::Nullable<#inner>>
            };
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}
