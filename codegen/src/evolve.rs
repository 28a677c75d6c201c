//! Generated types shaped to evolve: every enum of the `types` module (response and
//! request string enums, discriminated unions; not the variantless markers of secret
//! rules) is `#[non_exhaustive]`, so a value or
//! variant added to the spec is a minor change for Rust users (a `match` outside the
//! crate has a wildcard arm), as `impact` reports it. Structs stay buildable with
//! literals for now (see the README, "Changing a spec").

/// Marks every enum with variants among `items` `#[non_exhaustive]` (once); returns how
/// many.
pub(crate) fn non_exhaustive_enums(items: &mut [syn::Item]) -> usize {
    let mut marked = 0;
    for item in items {
        // Variantless enums are type-level markers (secret rules): nothing to match.
        if let syn::Item::Enum(e) = item
            && !e.variants.is_empty()
            && !e.attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
        {
            e.attrs.push(syn::parse_quote!(#[non_exhaustive]));
            marked += 1;
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_are_marked_once_and_structs_left_alone() {
        let mut file: syn::File = syn::parse_str(
            "pub enum A { X } #[non_exhaustive] pub enum B { Y } pub struct C; pub enum D {}",
        )
        .unwrap();
        assert_eq!(non_exhaustive_enums(&mut file.items), 1);
        let text = prettyplease::unparse(&file);
        assert_eq!(text.matches("#[non_exhaustive]").count(), 2, "{text}");
        assert!(text.contains("#[non_exhaustive]\npub enum A"), "{text}");
    }
}
