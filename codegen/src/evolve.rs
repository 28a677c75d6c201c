//! Generated types shaped to evolve: every enum of the `types` module (response and
//! request string enums, discriminated unions; not the variantless markers of secret
//! rules) and every struct with named fields is `#[non_exhaustive]`, so the usual
//! additive spec edits are minor changes for Rust users too, as `impact` reports them:
//!
//! - a value or variant added to the spec: a `match` outside the crate has a wildcard arm;
//! - an optional property added to an object: nobody outside the crate builds the struct
//!   with a literal (which would miss the new field), only with its builder
//!   (`Type::builder().field(..)`, then `try_into()`), where an optional field defaults.
//!
//! Tuple structs (constrained strings, built with `try_from`/`parse`) already have a
//! private field, and the builders of the `types::builder` module private fields only:
//! both are left alone. Union variants stay constructible (`Storage::OciNative { .. }`):
//! they have no builders, and a request union must be built somehow.

/// Marks every enum with variants, and every struct with named fields, among `items`
/// (not in nested modules) `#[non_exhaustive]` (once); returns how many items it marked.
pub(crate) fn non_exhaustive(items: &mut [syn::Item]) -> usize {
    let mut marked = 0;
    for item in items {
        let attrs = match item {
            // Variantless enums are type-level markers (secret rules): nothing to match.
            syn::Item::Enum(e) if !e.variants.is_empty() => &mut e.attrs,
            syn::Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => &mut s.attrs,
            _ => continue,
        };
        if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            attrs.push(syn::parse_quote!(#[non_exhaustive]));
            marked += 1;
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_and_named_structs_are_marked_once() {
        let mut file: syn::File = syn::parse_str(
            "pub enum A { X } #[non_exhaustive] pub enum B { Y } pub struct C; pub enum D {} \
             pub struct E { pub x: u8 } pub struct F(String); \
             pub mod builder { pub struct E { x: Result<u8, String> } }",
        )
        .unwrap();
        assert_eq!(non_exhaustive(&mut file.items), 2);
        let text = prettyplease::unparse(&file);
        assert_eq!(text.matches("#[non_exhaustive]").count(), 3, "{text}");
        assert!(text.contains("#[non_exhaustive]\npub enum A"), "{text}");
        assert!(text.contains("#[non_exhaustive]\npub struct E {"), "{text}");
        assert!(!text.contains("#[non_exhaustive]\npub struct F"), "{text}");
        assert!(
            !text.contains("#[non_exhaustive]\n    pub struct E"),
            "{text}"
        );
        assert_eq!(non_exhaustive(&mut file.items), 0);
    }
}
