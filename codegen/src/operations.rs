//! Operations as values: what each operation of the spec is (id, method, path,
//! idempotency, retry-token header, documented statuses), read from the spec as written,
//! and emitted as one `oci_backup_runtime::Operation` constant per operation, the
//! `OPERATIONS` list, the hooks impl that passes them, and a `Call` impl per builder.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::walk;

/// Header parameters that make a non-idempotent method safe to re-send.
const RETRY_TOKEN_HEADERS: [&str; 2] = ["opc-retry-token", "idempotency-key"];

/// One operation, as the spec writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationFacts {
    /// `operationId`.
    pub id: String,
    /// The method, upper case.
    pub method: String,
    /// The path template.
    pub path: String,
    /// Header parameter names, lower case, path-level ones first.
    pub headers: Vec<String>,
    /// Response keys as written (`200`, `4XX`, `default`).
    pub statuses: Vec<String>,
}

impl OperationFacts {
    fn retry_token(&self) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| RETRY_TOKEN_HEADERS.contains(&h.as_str()))
            .map(String::as_str)
    }

    fn idempotent(&self) -> bool {
        matches!(
            self.method.as_str(),
            "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE"
        ) || self.retry_token().is_some()
    }

    fn constant(&self) -> syn::Ident {
        format_ident!("{}", self.id.to_shouty_snake_case())
    }
}

/// The operations of a spec with an `operationId`, in the document's order.
pub(crate) fn collect(spec: &Value) -> Vec<OperationFacts> {
    walk::operations(spec)
        .into_iter()
        .filter_map(|op| {
            let id = op.operation.get("operationId").and_then(Value::as_str)?;
            let mut headers = Vec::new();
            for holder in [op.item, op.operation] {
                let parameters = holder
                    .get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten();
                for parameter in parameters.map(|p| walk::resolve(spec, p)) {
                    let is_header = parameter.get("in").and_then(Value::as_str) == Some("header");
                    if let (true, Some(name)) =
                        (is_header, parameter.get("name").and_then(Value::as_str))
                    {
                        headers.push(name.to_ascii_lowercase());
                    }
                }
            }
            let statuses = op
                .operation
                .get("responses")
                .and_then(Value::as_object)
                .map(|r| r.keys().cloned().collect())
                .unwrap_or_default();
            Some(OperationFacts {
                id: id.to_owned(),
                method: op.method.to_ascii_uppercase(),
                path: op.path.to_owned(),
                headers,
                statuses,
            })
        })
        .collect()
}

/// The `operations` module and the `OPERATIONS` list.
pub(crate) fn constants(operations: &[OperationFacts]) -> TokenStream {
    let constants = operations.iter().map(|op| {
        let name = op.constant();
        let (id, method, path) = (&op.id, &op.method, &op.path);
        let idempotent = op.idempotent();
        let retry_token = match op.retry_token() {
            Some(header) => quote! { ::std::option::Option::Some(#header) },
            None => quote! { ::std::option::Option::None },
        };
        let headers = &op.headers;
        let statuses = &op.statuses;
        let doc = format!("`{id}`: `{method} {path}`.");
        quote! {
            #[doc = #doc]
            pub const #name: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
                id: #id,
                method: #method,
                path: #path,
                idempotent: #idempotent,
                retry_token: #retry_token,
                header_parameters: &[#(#headers),*],
                statuses: &[#(#statuses),*],
            };
        }
    });
    let names = operations.iter().map(OperationFacts::constant);
    quote! {
        /// One constant per operation of the spec: its `operationId`, method, path template,
        /// idempotency, retry-token header, header parameters and documented statuses.
        /// Every call passes its constant to the client's hooks.
        pub mod operations {
            #(#constants)*
        }

        /// Every operation of the spec, in the document's order.
        pub const OPERATIONS: &[&::oci_backup_runtime::Operation] = &[#(&operations::#names),*];
    }
}

/// The `ClientHooks` impl that hands each call's operation to the hooks object.
pub(crate) fn hooks(operations: &[OperationFacts]) -> TokenStream {
    let method_names: Vec<String> = operations.iter().map(|op| op.id.to_snake_case()).collect();
    let names: Vec<syn::Ident> = operations.iter().map(OperationFacts::constant).collect();
    quote! {
        /// The operation for progenitor's method name (the snake case of its `operationId`).
        fn operation_for(method: &str) -> &'static ::oci_backup_runtime::Operation {
            match method {
                #(#method_names => &operations::#names,)*
                _ => &UNKNOWN_OPERATION,
            }
        }

        /// What the hooks receive should progenitor name a method this crate does not list
        /// (it cannot: every method comes from an operation above).
        const UNKNOWN_OPERATION: ::oci_backup_runtime::Operation = ::oci_backup_runtime::Operation {
            id: "unknown",
            method: "",
            path: "",
            idempotent: false,
            retry_token: ::std::option::Option::None,
            header_parameters: &[],
            statuses: &[],
        };

        /// Every request goes through the client's `oci_backup_runtime::Hooks`: `prepare`
        /// (authentication) once the request is built, then `execute` (sending, retries).
        /// Both receive the call's operation.
        impl progenitor_client::ClientHooks<::oci_backup_runtime::SharedHooks> for Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> ::std::result::Result<(), progenitor_client::Error<E>> {
                self.inner
                    .prepare(request, operation_for(info.operation_id))
                    .await
                    .map_err(|e| progenitor_client::Error::Custom(e.to_custom()))
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                self.inner
                    .execute(&self.client, request, operation_for(info.operation_id))
                    .await
            }
        }
    }
}

/// One `oci_backup_runtime::Call` impl per builder, with the builder's own success and
/// error types, read from its `send` method in progenitor's output.
pub(crate) fn calls(
    spec_path: &str,
    operations: &[OperationFacts],
    file: &syn::File,
) -> Result<TokenStream> {
    let builder = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref(),
            _ => None,
        })
        .map(|(_, items)| items.as_slice())
        .unwrap_or_default();
    let mut impls = Vec::new();
    for op in operations {
        let name = format_ident!("{}", op.id.to_upper_camel_case());
        let (value, error) = send_types(builder, &name).ok_or_else(|| Error::Progenitor {
            spec: spec_path.to_owned(),
            message: format!(
                "operation `{}`: progenitor's builder `{name}` has no `send` returning \
                 `Result<ResponseValue<T>, Error<E>>`",
                op.id
            ),
        })?;
        let constant = op.constant();
        impls.push(quote! {
            impl<'a> ::oci_backup_runtime::Call for builder::#name<'a> {
                type Value = #value;
                type Error = #error;
                const OPERATION: &'static ::oci_backup_runtime::Operation = &operations::#constant;
                fn send_call(
                    self,
                ) -> impl ::std::future::Future<
                    Output = ::std::result::Result<
                        progenitor_client::ResponseValue<Self::Value>,
                        progenitor_client::Error<Self::Error>,
                    >,
                > + Send {
                    builder::#name::send(self)
                }
            }
        });
    }
    Ok(quote! { #(#impls)* })
}

/// `(T, E)` of `pub async fn send(self) -> Result<ResponseValue<T>, Error<E>>` in the
/// `impl` of builder `name`.
fn send_types(items: &[syn::Item], name: &syn::Ident) -> Option<(syn::Type, syn::Type)> {
    let send = items.iter().find_map(|item| match item {
        syn::Item::Impl(block) if is_path_named(&block.self_ty, name) => {
            block.items.iter().find_map(|item| match item {
                syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
                _ => None,
            })
        }
        _ => None,
    })?;
    let syn::ReturnType::Type(_, output) = &send.sig.output else {
        return None;
    };
    let [ok, err] = generic_args(output, "Result")?[..] else {
        return None;
    };
    let [value] = generic_args(ok, "ResponseValue")?[..] else {
        return None;
    };
    let [error] = generic_args(err, "Error")?[..] else {
        return None;
    };
    Some((value.clone(), error.clone()))
}

fn is_path_named(ty: &syn::Type, name: &syn::Ident) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == *name))
}

/// The type arguments of `ty` when its last path segment is `name`.
fn generic_args<'t>(ty: &'t syn::Type, name: &str) -> Option<Vec<&'t syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    Some(
        args.args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
    )
}
