//! An explicit `null` on an optional `nullable` property is kept.
//!
//! typify types such a property `Option<T>`, which reads `null` and absence alike and
//! writes neither: the `null` is lost. [`find`] lists the properties of component
//! schemas that are optional and nullable; [`keep`] retypes their fields, in the struct
//! and its builder, as `Option<oci_backup_runtime::Nullable<T>>` (absent, `null`, value),
//! read with `oci_backup_runtime::nullable::present`.

use quote::ToTokens;
use serde_json::Value;
use syn::visit_mut::VisitMut;

use crate::walk;

/// `(component schema name, property name)` of every optional, nullable property of an
/// object component schema, in the document's order.
pub(crate) fn find(spec: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let components = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    for (name, schema) in components.into_iter().flatten() {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (property, definition) in properties {
            if definition.get("nullable") == Some(&Value::Bool(true))
                && !required.contains(&property.as_str())
            {
                found.push((name.clone(), property.clone()));
            }
        }
    }
    found
}

/// Retypes the fields [`find`] listed; `items` is the `types` module's content. Returns
/// a message naming the first field it could not find.
pub(crate) fn keep(items: &mut [syn::Item], nullables: &[(String, String)]) -> Result<(), String> {
    for (component, property) in nullables {
        let ident = walk::rust_name(component);
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

fn is_named(ty: &syn::Type, ident: &str) -> bool {
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
fn first_argument(ty: &syn::Type) -> Option<&syn::Type> {
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
