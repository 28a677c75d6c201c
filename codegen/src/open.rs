//! Unions open to tags added later, and requests that refuse what a client only received.
//!
//! A discriminated union that responses use ([`UnionFacts::open`]) gets one more variant,
//! `UnknownValue(serde_json::Map)`, after typify wrote the enum: an object whose tag the
//! client does not know is kept as received instead of failing the whole response (the
//! OCI SDKs fall back the same way). A known tag with a body that does not match its
//! variant still fails, with serde's message (missing field, wrong type): the enum's
//! `Deserialize` reads the tag first and only then picks the variant.
//!
//! The same type serves requests (restoring from a `BootVolume`'s `sourceDetails` sends
//! it back in `CreateBootVolumeDetails`): [`check_requests`] makes every request builder
//! run `oci_backup_runtime::check_known` on its parameters and body, so an `UnknownValue`
//! (of a union or of an open string enum) is refused with `Error::InvalidRequest` naming
//! its place, before anything is sent.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::punctuated::Punctuated;

use crate::unions::UnionFacts;
use crate::walk;

/// The variant every open union and enum gets for values this client does not know.
const UNKNOWN: &str = "UnknownValue";

/// Opens the unions that responses use: `items` is the `types` module's content.
/// Returns the new items to add (one `Deserialize` impl and one `impl` per union), or the
/// name of a union that typify did not emit as expected.
pub(crate) fn open_unions(
    items: &mut [syn::Item],
    unions: &[UnionFacts],
) -> Result<Vec<TokenStream>, String> {
    let mut added = Vec::new();
    for union in unions.iter().filter(|u| u.open) {
        let ident = format_ident!("{}", walk::rust_name(&union.name));
        let item = items.iter_mut().find_map(|item| match item {
            syn::Item::Enum(e) if e.ident == ident => Some(e),
            _ => None,
        });
        let Some(item) = item else {
            return Err(format!("union `{}` is not an enum `{ident}`", union.name));
        };
        if item.variants.iter().any(|v| v.ident == UNKNOWN) {
            return Err(format!(
                "union `{}` has a variant named `{UNKNOWN}`, which codegen reserves",
                union.name
            ));
        }
        // The variants as typify wrote them, deserialised by a private copy of the enum.
        let mut known = item.clone();
        known.ident = format_ident!("Known");
        known.vis = syn::Visibility::Inherited;
        known.attrs.retain(|a| a.path().is_ident("serde"));
        known
            .attrs
            .insert(0, syn::parse_quote!(#[derive(::serde::Deserialize)]));
        for variant in &mut known.variants {
            variant.attrs.retain(|a| !a.path().is_ident("doc"));
            for field in &mut variant.fields {
                field.attrs.retain(|a| !a.path().is_ident("doc"));
            }
        }
        let mut arms = Vec::new();
        for variant in &known.variants {
            let name = &variant.ident;
            let fields: Vec<_> = variant
                .fields
                .iter()
                .filter_map(|f| f.ident.clone())
                .collect();
            if fields.len() != variant.fields.len() {
                return Err(format!(
                    "variant `{name}` of union `{}` is not a struct variant",
                    union.name
                ));
            }
            arms.push(quote! { Known::#name { #(#fields),* } => Self::#name { #(#fields),* } });
        }
        drop_deserialize(item);
        let doc = format!(
            " An object whose `{}` this client does not know (added to the API after it was \
             generated), kept as received. A request refuses it before sending.",
            union.property
        );
        item.variants.push(syn::parse_quote! {
            #[doc = #doc]
            #[serde(untagged, serialize_with = "::oci_backup_runtime::serialize_unknown")]
            UnknownValue(::serde_json::Map<::std::string::String, ::serde_json::Value>)
        });
        let property = &union.property;
        let not_a_string = format!("`{property}` must be a string");
        let tags = &union.tags;
        added.push(quote! {
            impl #ident {
                /// Every documented tag value, in the spec's order.
                pub const KNOWN: &'static [&'static str] = &[#(#tags),*];

                /// Whether this is a documented variant (not `UnknownValue`).
                pub fn is_known(&self) -> bool {
                    !matches!(self, Self::UnknownValue(_))
                }
            }

            impl<'de> ::serde::Deserialize<'de> for #ident {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    #known
                    let object = <::serde_json::Map<::std::string::String, ::serde_json::Value>
                        as ::serde::Deserialize>::deserialize(deserializer)?;
                    match object.get(#property) {
                        ::std::option::Option::Some(::serde_json::Value::String(tag))
                            if Self::KNOWN.contains(&tag.as_str()) => {}
                        ::std::option::Option::Some(::serde_json::Value::String(_)) => {
                            return ::std::result::Result::Ok(Self::UnknownValue(object));
                        }
                        ::std::option::Option::Some(_) => {
                            return ::std::result::Result::Err(<D::Error as ::serde::de::Error>::custom(#not_a_string));
                        }
                        ::std::option::Option::None => {
                            return ::std::result::Result::Err(
                                <D::Error as ::serde::de::Error>::missing_field(#property),
                            );
                        }
                    }
                    let known = <Known as ::serde::Deserialize>::deserialize(
                        ::serde_json::Value::Object(object),
                    )
                    .map_err(<D::Error as ::serde::de::Error>::custom)?;
                    ::std::result::Result::Ok(match known {
                        #(#arms,)*
                    })
                }
            }
        });
    }
    Ok(added)
}

/// Removes `Deserialize` from an item's `#[derive(...)]`.
fn drop_deserialize(item: &mut syn::ItemEnum) {
    for attr in &mut item.attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) =
            attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        let kept: Vec<_> = paths
            .into_iter()
            .filter(|p| p.segments.last().is_none_or(|s| s.ident != "Deserialize"))
            .collect();
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
}

/// Makes every request builder's `send` check its parameters and body with
/// `oci_backup_runtime::check_known` right after progenitor's own validation (the
/// `let x = x...map_err(Error::InvalidRequest)?;` statements); `items` is the `builder`
/// module's content. Returns how many values it checks.
pub(crate) fn check_requests(items: &mut [syn::Item]) -> usize {
    let mut checks = 0;
    for item in items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        for item in &mut block.items {
            let syn::ImplItem::Fn(send) = item else {
                continue;
            };
            if send.sig.ident != "send" {
                continue;
            }
            let mut statements = Vec::with_capacity(send.block.stmts.len());
            for statement in std::mem::take(&mut send.block.stmts) {
                let checked = validated_binding(&statement);
                statements.push(statement);
                if let Some(name) = checked {
                    let what = if name == "body" {
                        quote! { e.to_string() }
                    } else {
                        let label = name.to_string();
                        quote! { e.within(#label).to_string() }
                    };
                    statements.push(syn::parse_quote! {
                        ::oci_backup_runtime::check_known(&#name)
                            .map_err(|e| Error::InvalidRequest(#what))?;
                    });
                    checks += 1;
                }
            }
            send.block.stmts = statements;
        }
    }
    checks
}

/// `x` when the statement is `let x = x.map_err(Error::InvalidRequest)?;`, or
/// `let x = x.and_then(..).map_err(Error::InvalidRequest)?;`.
fn validated_binding(statement: &syn::Stmt) -> Option<syn::Ident> {
    let syn::Stmt::Local(local) = statement else {
        return None;
    };
    let syn::Pat::Ident(binding) = &local.pat else {
        return None;
    };
    let init = local.init.as_ref()?;
    let syn::Expr::Try(tried) = init.expr.as_ref() else {
        return None;
    };
    let syn::Expr::MethodCall(call) = tried.expr.as_ref() else {
        return None;
    };
    let is_invalid_request = call.method == "map_err"
        && call.args.len() == 1
        && matches!(&call.args[0], syn::Expr::Path(p)
            if p.path.segments.last().is_some_and(|s| s.ident == "InvalidRequest"));
    // The chain starts from the builder's field of the same name (`body.and_then(..)`).
    let mut root = call.receiver.as_ref();
    while let syn::Expr::MethodCall(inner) = root {
        root = inner.receiver.as_ref();
    }
    let same = matches!(root, syn::Expr::Path(p) if p.path.is_ident(&binding.ident));
    (is_invalid_request && same).then(|| binding.ident.clone())
}
