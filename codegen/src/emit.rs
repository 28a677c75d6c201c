//! From a normalised spec to the generated crate's two files: progenitor writes the
//! client and typify the types; this module adds what they cannot (secret rules, open
//! enums, the hooks glue, typed response headers), formats with prettyplease, and
//! writes the crate's `Cargo.toml` and `README.md`.

use heck::ToSnakeCase;
use proc_macro2::{Literal, TokenStream};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::enums::ExtensibleEnum;
use crate::error::{Error, Result};
use crate::secrets::SecretField;
use crate::{Input, Normalised};
use crate::{empties, nulls, open, operations, variants, walk};

/// The generated crate's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// `Cargo.toml`.
    pub cargo_toml: String,
    /// `README.md` (the package's `readme`).
    pub readme: String,
    /// `src/lib.rs`.
    pub lib_rs: String,
    /// The operations left out (their request body cannot be sent), also listed in the
    /// crate's documentation.
    pub omitted: Vec<crate::Omitted>,
}

pub(crate) fn emit(input: &Input<'_>, normalised: &Normalised) -> Result<Output> {
    let spec_error = |message: String| Error::OpenApi {
        spec: input.spec_path.to_owned(),
        message,
    };
    let mut spec = normalised.spec.clone();
    let padded = variants::pad(&mut spec, &normalised.unions)?;
    let api: openapiv3::OpenAPI =
        serde_json::from_value(spec).map_err(|e| spec_error(e.to_string()))?;

    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote! { ::oci_backup_runtime::SharedHooks })
        .with_hooks(HooksMode::Expected)
        .with_derive("PartialEq");
    for secret in &normalised.secrets {
        let path = format!("crate::types::{}", secret.name);
        settings.with_replacement(
            &secret.name,
            path,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    for open in &normalised.enums {
        let path = format!("crate::types::{}", open.name);
        settings.with_replacement(
            &open.name,
            path,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    let mut generator = Generator::new(&settings);
    // What normalisation does not catch yet must still not print a panic to the user:
    // the panic becomes an error naming the spec (the default hook is put back after).
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let generated = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generator.generate_tokens(&api)
    }));
    std::panic::set_hook(hook);
    let tokens = generated
        .map_err(|panic| Error::Progenitor {
            spec: input.spec_path.to_owned(),
            message: panic_message(&panic),
        })?
        .map_err(|e| Error::Progenitor {
            spec: input.spec_path.to_owned(),
            message: e.to_string(),
        })?;

    let mut file: syn::File = syn::parse2(tokens).map_err(|e| Error::Syntax {
        spec: input.spec_path.to_owned(),
        message: e.to_string(),
    })?;
    let mut extra_types: Vec<syn::Item> = Vec::new();
    for secret in &normalised.secrets {
        extra_types.extend(items(secret_tokens(secret), input)?);
    }
    for open in &normalised.enums {
        extra_types.extend(items(enum_tokens(open), input)?);
    }
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| Error::Syntax {
            spec: input.spec_path.to_owned(),
            message: "progenitor output has no `types` module".into(),
        })?;
    let removed = variants::unpad(&mut types.1);
    nulls::keep(&mut types.1, &normalised.nullables).map_err(|message| Error::Syntax {
        spec: input.spec_path.to_owned(),
        message,
    })?;
    empties::keep(&mut types.1);
    let opened =
        open::open_unions(&mut types.1, &normalised.unions).map_err(|message| Error::Syntax {
            spec: input.spec_path.to_owned(),
            message,
        })?;
    for tokens in opened {
        extra_types.extend(items(tokens, input)?);
    }
    if removed != padded {
        return Err(Error::Syntax {
            spec: input.spec_path.to_owned(),
            message: format!(
                "{padded} union variants were padded to become struct variants, but typify \
                 emitted {removed} of them as such"
            ),
        });
    }
    // After the `use` items and the `error` module progenitor puts first.
    let at = types
        .1
        .iter()
        .position(|item| !matches!(item, syn::Item::Use(_) | syn::Item::Mod(_)))
        .unwrap_or(types.1.len());
    types.1.splice(at..at, extra_types);
    crate::evolve::non_exhaustive(&mut types.1);
    if let Some((_, builder)) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_mut(),
        _ => None,
    }) {
        open::check_requests(builder);
    }
    let calls = operations::calls(input.spec_path, &normalised.operations, &file)?;
    file.items
        .extend(items(operations::hooks(&normalised.operations), input)?);
    file.items
        .extend(items(headers_tokens(&normalised.spec), input)?);
    file.items
        .extend(items(operations::constants(&normalised.operations), input)?);
    file.items.extend(items(calls, input)?);

    let body = prettyplease::unparse(&file);
    let lib_rs = format!(
        "{}{}\n// Formatted by prettyplease, not rustfmt: `cargo fmt` leaves this file alone.\n\
         #![cfg_attr(rustfmt, rustfmt::skip)]\n#![allow(clippy::all, missing_docs, unused_imports)]\n\
         // Descriptions are the spec's Markdown and HTML, not rustdoc's.\n\
         #![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]\n\n{body}",
        header_comment("//", input),
        crate_doc(&normalised.spec, &normalised.omitted, input),
    );
    let cargo_toml = cargo_toml(input, &normalised.spec, &lib_rs, generator.uses_futures());
    let readme = crate::manifest::readme(input, &normalised.spec);
    Ok(Output {
        cargo_toml,
        readme,
        lib_rs,
        omitted: normalised.omitted.clone(),
    })
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "panicked".into())
}

fn items(tokens: TokenStream, input: &Input<'_>) -> Result<Vec<syn::Item>> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Syntax {
        spec: input.spec_path.to_owned(),
        message: e.to_string(),
    })?;
    Ok(file.items)
}

fn header_comment(marker: &str, input: &Input<'_>) -> String {
    format!(
        "{marker} Generated from {} by `cargo xtask generate`: do not edit by hand.\n\
         {marker} Change the spec (or codegen/) and run `cargo xtask generate` again.\n",
        input.spec_path
    )
}

fn info<'a>(spec: &'a Value, key: &str) -> &'a str {
    spec.pointer(&format!("/info/{key}"))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

fn crate_doc(spec: &Value, omitted: &[crate::Omitted], input: &Input<'_>) -> String {
    let mut doc = format!(
        "{} (version {}): a typed client generated from `{}`.\n\n",
        info(spec, "title"),
        info(spec, "version"),
        input.spec_path
    );
    let description = info(spec, "description").trim();
    if !description.is_empty() {
        doc.push_str(description);
        doc.push_str("\n\n");
    }
    doc.push_str(
        "Build a [`Client`] with [`Client::new`] and an `oci_backup_runtime::SharedHooks` \
         (authentication); the hand-written `oci-backup` crate does this for you. \
         Response headers are read through [`ResponseHeaders`]. The structs and enums of \
         [`types`] are `#[non_exhaustive]`, so that the spec can grow: build a struct with \
         its builder (`Type::builder().field(value)`, then `try_into()`, or pass the \
         builder to a request's `body`), and give a `match` a wildcard arm.",
    );
    if !omitted.is_empty() {
        doc.push_str("\n\nOperations of the spec this client does not have:\n");
        for o in omitted {
            doc.push_str(&format!("\n- `{}` (`{}`): {}.", o.id, o.endpoint, o.why));
        }
    }
    let lines: String = doc
        .lines()
        .map(|l| format!("//!{}{l}\n", if l.is_empty() { "" } else { " " }))
        .collect();
    lines
}

fn doc_attr(text: &str) -> TokenStream {
    let text = format!(" {}", text.replace('\n', "\n "));
    quote! { #[doc = #text] }
}

fn secret_tokens(secret: &SecretField) -> TokenStream {
    let name = format_ident!("{}", secret.name);
    let rules_name = format_ident!("{}Rules", secret.name);
    let field = &secret.field;
    let mut rules = Vec::new();
    if let Some(min) = secret.min_length {
        let min = Literal::usize_unsuffixed(min as usize);
        rules.push(quote! { ::oci_backup_runtime::Rule::MinLength(#min) });
    }
    if let Some(max) = secret.max_length {
        let max = Literal::usize_unsuffixed(max as usize);
        rules.push(quote! { ::oci_backup_runtime::Rule::MaxLength(#max) });
    }
    for (regex, description) in &secret.patterns {
        let description = match description {
            Some(d) => quote! { Some(#d) },
            None => quote! { None },
        };
        rules.push(quote! { ::oci_backup_runtime::Rule::Pattern { regex: #regex, description: #description } });
    }
    let type_doc = doc_attr(&format!(
        "{}\n\nA secret: `Debug` and `Display` print a mask, the value is zeroised on drop, and \
         [`{}`]'s rules are checked whenever one is made.",
        secret.description.as_deref().unwrap_or("A secret value."),
        rules_name
    ));
    let rules_doc = doc_attr(&format!(
        "The rules of the secret field `{field}`, from the spec."
    ));
    quote! {
        #rules_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum #rules_name {}

        impl ::oci_backup_runtime::Rules for #rules_name {
            const FIELD: &'static str = #field;
            const RULES: &'static [::oci_backup_runtime::Rule] = &[#(#rules),*];
        }

        #type_doc
        pub type #name = ::oci_backup_runtime::Secret<#rules_name>;
    }
}

fn enum_tokens(open: &ExtensibleEnum) -> TokenStream {
    let name = format_ident!("{}", open.name);
    let variants: Vec<_> = open
        .values
        .iter()
        .map(|v| format_ident!("{}", crate::enums::variant_name(v)))
        .collect();
    let values = &open.values;
    let variant_docs: Vec<_> = open
        .values
        .iter()
        .map(|v| doc_attr(&format!("`{v}`")))
        .collect();
    let type_doc = doc_attr(&format!(
        "{}\n\nOpen to values added after this client was generated: those arrive as \
         [`{}::UnknownValue`] instead of failing the whole response. A request refuses an \
         `UnknownValue` before sending (the API documents what it accepts).",
        open.description
            .as_deref()
            .unwrap_or("A value from a documented set."),
        open.name
    ));
    quote! {
        #type_doc
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#variant_docs #variants,)*
            /// A value this version of the client does not know, kept as received.
            UnknownValue(::std::string::String),
        }

        impl #name {
            /// Every documented value, in the spec's order.
            pub const KNOWN: &'static [&'static str] = &[#(#values),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::UnknownValue(value) => value.as_str(),
                }
            }

            /// Whether this is a documented value.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::UnknownValue(_))
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::UnknownValue(other.to_owned()),
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    // Marked, so that requests refuse it before sending.
                    Self::UnknownValue(value) => ::oci_backup_runtime::serialize_unknown(value, serializer),
                    known => serializer.serialize_str(known.as_str()),
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    }
}

/// Response headers the spec declares, first description wins, in first-seen order.
fn response_headers(spec: &Value) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for op in walk::operations(spec) {
        let responses = op
            .operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten();
        for (_, response) in responses {
            let headers = walk::resolve(spec, response)
                .get("headers")
                .and_then(Value::as_object);
            for (name, header) in headers.into_iter().flatten() {
                let lower = name.to_ascii_lowercase();
                if found.iter().any(|(n, _)| *n == lower) {
                    continue;
                }
                let description = walk::resolve(spec, header)
                    .get("description")
                    .and_then(Value::as_str);
                found.push((lower, description.unwrap_or_default().trim().to_owned()));
            }
        }
    }
    found
}

fn headers_tokens(spec: &Value) -> TokenStream {
    let headers = response_headers(spec);
    let methods: Vec<_> = headers
        .iter()
        .map(|(n, _)| format_ident!("{}", n.to_snake_case()))
        .collect();
    let names: Vec<_> = headers.iter().map(|(n, _)| n.as_str()).collect();
    let docs: Vec<_> = headers
        .iter()
        .map(|(n, d)| {
            doc_attr(&format!(
                "The `{n}` response header, if present and valid UTF-8.\n\n{d}"
            ))
        })
        .collect();
    quote! {
        /// Typed access to the response headers this API documents.
        ///
        /// Implemented for successful responses ([`ResponseValue`]), for documented error
        /// responses (the `ResponseValue` inside [`Error::ErrorResponse`]), and for any
        /// `reqwest::header::HeaderMap`.
        pub trait ResponseHeaders {
            #(
                #docs
                fn #methods(&self) -> ::std::option::Option<&str>;
            )*
        }

        impl<T> ResponseHeaders for ResponseValue<T> {
            #(
                fn #methods(&self) -> ::std::option::Option<&str> {
                    self.headers().#methods()
                }
            )*
        }

        impl ResponseHeaders for reqwest::header::HeaderMap {
            #(
                fn #methods(&self) -> ::std::option::Option<&str> {
                    self.get(#names).and_then(|value| value.to_str().ok())
                }
            )*
        }
    }
}

fn cargo_toml(input: &Input<'_>, spec: &Value, lib_rs: &str, uses_futures: bool) -> String {
    let mut dependencies = vec![
        "oci-backup-runtime",
        "progenitor-client",
        "reqwest",
        "serde",
        "serde_json",
    ];
    for (marker, dependency) in [
        ("::chrono::", "chrono"),
        ("::regress::", "regress"),
        ("::uuid::", "uuid"),
    ] {
        if lib_rs.contains(marker) {
            dependencies.push(dependency);
        }
    }
    if uses_futures {
        dependencies.push("futures");
    }
    dependencies.sort_unstable();
    let dependencies: String = dependencies
        .iter()
        .map(|d| format!("{d}.workspace = true\n"))
        .collect();
    let description = format!(
        "Typed Rust client for {} ({}), generated from {}.",
        info(spec, "title"),
        info(spec, "version"),
        input.spec_path
    )
    .replace('"', "'");
    format!(
        "{}\n[package]\nname = \"{}\"\ndescription = \"{description}\"\nversion.workspace = true\n\
         edition.workspace = true\nrust-version.workspace = true\nlicense.workspace = true\n\
         repository.workspace = true\nreadme = \"README.md\"\nkeywords.workspace = true\n\
         categories.workspace = true\n\n[dependencies]\n{dependencies}",
        header_comment("#", input),
        input.crate_name
    )
}
