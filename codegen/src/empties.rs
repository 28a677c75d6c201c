//! An explicit empty array or map on an optional property is kept.
//!
//! typify types an optional array property `Vec<T>` and an optional map property
//! `HashMap<K, V>` (or `serde_json::Map`), with `#[serde(default, skip_serializing_if =
//! "...::is_empty")]`: absence reads as empty, and an empty one is not written, so
//! `{"tags": {}}` comes back as `{}` without `tags`. [`keep`] retypes every such field of
//! the `types` module, in structs and their builders and in union struct variants (which
//! have no builder), as `Option<Vec<T>>` / `Option<HashMap<K, V>>` skipped only when
//! `None`: absent, `[]` and `{}` each come back as sent.
//!
//! The builders' setters take `TryInto<Option<Vec<T>>>`, which a plain `Vec<T>` is (as
//! `Some`), so code that sets such a field with a collection is unchanged. Required
//! fields, fields that are already `Option` (nullable ones: `Option<Nullable<Vec<T>>>`)
//! and flattened maps (their emptiness adds no key) are left alone.

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;

use crate::nulls::{first_argument, is_named};

/// The `skip_serializing_if` that keeps an explicit empty collection.
const IS_NONE: &str = "::std::option::Option::is_none";

/// Retypes, in `items` (the `types` module's content), every optional collection field;
/// returns how many fields it retyped (not counting builders).
pub(crate) fn keep(items: &mut [syn::Item]) -> usize {
    // (struct, field) whose builder follows.
    let mut in_structs: Vec<(syn::Ident, syn::Ident)> = Vec::new();
    let mut retyped = 0;
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(s) => {
                for field in s.fields.iter_mut() {
                    if retype_field(field)
                        && let Some(ident) = &field.ident
                    {
                        in_structs.push((s.ident.clone(), ident.clone()));
                        retyped += 1;
                    }
                }
            }
            syn::Item::Enum(e) => {
                for variant in &mut e.variants {
                    for field in variant.fields.iter_mut() {
                        if retype_field(field) {
                            retyped += 1;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for item in items.iter_mut() {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        if module.ident != "builder" {
            continue;
        }
        let Some((_, builder)) = &mut module.content else {
            continue;
        };
        for (structure, field) in &in_structs {
            retype_builder(builder, structure, field);
        }
    }
    retyped
}

/// Retypes `field` when it is an optional collection: `T` becomes `Option<T>`, skipped
/// when `None`.
fn retype_field(field: &mut syn::Field) -> bool {
    let mut found = false;
    for attr in &mut field.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let Ok(options) =
            attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        let bare_default = options
            .iter()
            .any(|o| matches!(o, syn::Meta::Path(p) if p.is_ident("default")));
        let flatten = options
            .iter()
            .any(|o| matches!(o, syn::Meta::Path(p) if p.is_ident("flatten")));
        let skips_empty = options.iter().any(|o| {
            matches!(o, syn::Meta::NameValue(nv)
                if nv.path.is_ident("skip_serializing_if") && skip_path(nv).is_some_and(|s| s.ends_with("::is_empty")))
        });
        if !bare_default || flatten || !skips_empty {
            continue;
        }
        let options: Vec<syn::Meta> = options
            .into_iter()
            .map(|option| match option {
                syn::Meta::NameValue(nv) if nv.path.is_ident("skip_serializing_if") => {
                    syn::parse_quote!(skip_serializing_if = #IS_NONE)
                }
                other => other,
            })
            .collect();
        *attr = syn::parse_quote!(#[serde(#(#options),*)]);
        found = true;
    }
    if found {
        let ty = &field.ty;
        field.ty = syn::parse_quote!(::std::option::Option<#ty>);
    }
    found
}

/// The string of a `skip_serializing_if = "..."` option.
fn skip_path(option: &syn::MetaNameValue) -> Option<String> {
    match &option.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// In the builder module, the field `field` of the builder `structure`
/// (`Result<T, String>`) becomes `Result<Option<T>, String>`, and its setter takes
/// `TryInto<Option<T>>`. Its default (`Ok(Default::default())`) and the conversions
/// to and from the built type stay as they are.
fn retype_builder(builder: &mut [syn::Item], structure: &syn::Ident, field: &syn::Ident) {
    let mut wrap: Option<Wrap> = None;
    for item in builder.iter_mut() {
        match item {
            syn::Item::Struct(s) if s.ident == *structure => {
                for f in s.fields.iter_mut() {
                    if f.ident.as_ref() == Some(field)
                        && let Some(inner) = first_argument(&f.ty)
                    {
                        let mut w = Wrap {
                            from: inner.to_token_stream().to_string(),
                        };
                        w.visit_field_mut(f);
                        wrap = Some(w);
                    }
                }
            }
            syn::Item::Impl(block) if is_named(&block.self_ty, &structure.to_string()) => {
                for item in &mut block.items {
                    if let syn::ImplItem::Fn(f) = item
                        && f.sig.ident == *field
                        && let Some(w) = &mut wrap
                    {
                        w.visit_generics_mut(&mut f.sig.generics);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Wraps every type equal to `from` in `Option`.
struct Wrap {
    from: String,
}

impl VisitMut for Wrap {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if ty.to_token_stream().to_string() == self.from {
            let inner = ty.clone();
            *ty = syn::parse_quote!(::std::option::Option<#inner>);
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(source: &str) -> (usize, String) {
        let mut file: syn::File = syn::parse_str(source).unwrap();
        let retyped = keep(&mut file.items);
        (retyped, prettyplease::unparse(&file))
    }

    #[test]
    fn optional_collections_become_options_in_structs_builders_and_variants() {
        let (retyped, text) = kept(
            r#"
            pub struct A {
                #[serde(rename = "tags", default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
                pub tags: ::std::collections::HashMap<String, String>,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub items: ::std::vec::Vec<Item>,
                pub required: ::std::vec::Vec<Item>,
                #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                pub already: ::std::option::Option<::std::vec::Vec<Item>>,
                #[serde(flatten, default, skip_serializing_if = "::serde_json::Map::is_empty")]
                pub extra: ::serde_json::Map<String, ::serde_json::Value>,
            }
            pub enum U {
                V {
                    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                    list: ::std::vec::Vec<u8>,
                },
            }
            pub mod builder {
                pub struct A {
                    items: ::std::result::Result<::std::vec::Vec<super::Item>, ::std::string::String>,
                    required: ::std::result::Result<::std::vec::Vec<super::Item>, ::std::string::String>,
                }
                impl A {
                    pub fn items<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::vec::Vec<super::Item>>,
                    { self }
                    pub fn required<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::vec::Vec<super::Item>>,
                    { self }
                }
            }
            "#,
        );
        assert_eq!(retyped, 3, "{text}");
        let compact: String = text.split_whitespace().collect();
        for expected in [
            "pub tags: ::std::option::Option<::std::collections::HashMap<String, String>>",
            "pub items: ::std::option::Option<::std::vec::Vec<Item>>",
            "pub required: ::std::vec::Vec<Item>",
            "pub already: ::std::option::Option<::std::vec::Vec<Item>>",
            "pub extra: ::serde_json::Map<String, ::serde_json::Value>",
            "list: ::std::option::Option<::std::vec::Vec<u8>>",
            "items: ::std::result::Result< ::std::option::Option<::std::vec::Vec<super::Item>>,",
            "T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<super::Item>>",
            "required: ::std::result::Result<::std::vec::Vec<super::Item>, ::std::string::String",
            "T: ::std::convert::TryInto<::std::vec::Vec<super::Item>>,",
        ] {
            let expected: String = expected.split_whitespace().collect();
            assert!(compact.contains(&expected), "{expected} not in {text}");
        }
        assert_eq!(text.matches(IS_NONE).count(), 4, "{text}");
        assert!(!text.contains("Vec::is_empty"), "{text}");
        assert!(compact.contains("rename=\"tags\",default,"), "{text}");
        assert!(text.contains("flatten"), "{text}");
    }
}
