//! `oci-backup raw-request`: any request to an OCI API, signed with the profile's key,
//! as `oci raw-request` sends it, and printed as it prints it
//! (`{"data": ..., "headers": {...}, "status": "200 OK"}`).
//!
//! The signer and the retry layer are the library's ([`connect::oci_signer`],
//! [`Settings::retrying`](oci_backup::connect::Settings::retrying)), and so is the
//! decision to re-send ([`policy`]): the request is the spec operation its method and
//! path match, or, matching none, an operation its method alone makes idempotent or not.

use std::collections::BTreeMap;

use oci_backup::runtime::Operation;
use oci_backup::{Error, connect, policy, transport};
use reqwest::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use serde_json::Value;

use crate::args::RawRequest;
use crate::context::Context;
use crate::exit::CliError;
use crate::input::json_param;
use crate::output::Document;

/// The operation a hand-built request is, for the hooks, the policy and errors.
pub(crate) fn operation_of(method: &reqwest::Method, url: &reqwest::Url) -> &'static Operation {
    policy::operation_for(method.as_str(), url.path())
        .unwrap_or_else(|| policy::unlisted_operation(method.as_str()))
}

/// Sends the request and prints the answer; an error status fails after printing.
pub(crate) async fn run(context: &Context, args: &RawRequest) -> Result<(), CliError> {
    let method = reqwest::Method::from_bytes(args.http_method.as_bytes())
        .map_err(|e| CliError::input("--http-method", e.to_string()))?;
    let url = transport::check_endpoint(&args.target_uri)
        .map_err(|e| CliError::input("--target-uri", e.to_string()))?;
    let body: Option<Value> = args
        .request_body
        .as_deref()
        .map(|body| json_param("--request-body", body, "a JSON value"))
        .transpose()?;
    let extra: BTreeMap<String, String> = args
        .request_headers
        .as_deref()
        .map(|headers| json_param("--request-headers", headers, "a JSON object of strings"))
        .transpose()?
        .unwrap_or_default();
    let mut headers = Vec::new();
    for (name, value) in &extra {
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
            CliError::input(
                "--request-headers",
                format!("`{name}` is not a header name"),
            )
        })?;
        let value = HeaderValue::from_str(value).map_err(|_| {
            CliError::input(
                "--request-headers",
                format!("the value of `{name}` is not a valid header value"),
            )
        })?;
        headers.push((name, value));
    }

    let signing = context.signing().await?;
    let hooks = context.settings.retrying(signing.signer.shared());
    let mut options = context.transport();
    if options.cert_bundle.is_none() {
        options.cert_bundle = signing.cert_bundle.clone();
    }
    let http = transport::http_client_for(&url, &options).map_err(connect::ConnectError::from)?;

    let mut builder = http.request(method.clone(), url);
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    if let Some(body) = &body {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| CliError::input("--request-body", e.to_string()))?;
        builder = builder
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(bytes);
    }
    let mut request = builder
        .build()
        .map_err(|e| CliError::input("--target-uri", e.to_string()))?;
    let operation = operation_of(&method, request.url());
    hooks
        .prepare(&mut request, operation)
        .await
        .map_err(|e| Error::from_hook(operation, e))?;
    tracing::debug!(method = %method, url = %args.target_uri, "sending a raw request");
    let response = hooks
        .execute(&http, request, operation)
        .await
        .map_err(|e| Error::from_transport(operation, e))?;

    let status = response.status();
    let headers: BTreeMap<String, String> = response
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| Error::from_transport(operation, e))?;
    let data = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
    };
    let status_text = match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    };
    let document = Document::raw(data)
        .with_value(
            "headers",
            serde_json::to_value(&headers).unwrap_or_default(),
        )
        .with("status", Some(&status_text));
    context.output.print(&document)?;
    if status.is_success() {
        Ok(())
    } else {
        Err(CliError::Status {
            method: method.to_string(),
            uri: args.target_uri.clone(),
            status: status.as_u16(),
        })
    }
}
