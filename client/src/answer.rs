//! Sending one attempt and reading its answer the same way whatever hooks are stacked.
//!
//! [`send`] is what the authentication hooks' `execute` does at the bottom of every
//! stack: it sends once and, for an error status, reads the body. A body that is not
//! the documented `{code, message}` shape (an HTML 401 from a proxy, a servlet's 500) is
//! replaced by `{"code": "BadErrorResponse", "message": <the raw body>}`, so the
//! generated clients decode it into the service error and the raw text reaches
//! [`crate::ServiceError::raw_body`], with or without the retry layer. The code is also
//! left in the response's extensions ([`ErrorCode`]) for the layers above.
//!
//! Every body is read through a cap ([`MAX_RESPONSE_BODY_BYTES`]): a server that sends
//! an endless or huge body makes the call fail with an error saying so, instead of
//! growing the process until it is killed.

use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};

use crate::error::BAD_ERROR_RESPONSE;

/// The largest error body kept when it is not the documented shape.
const RAW_BODY_LIMIT: usize = 4096;

/// The most bytes of one response body read: 64 MiB, far above a page of a thousand
/// backups (about 2 MiB).
pub(crate) const MAX_RESPONSE_BODY_BYTES: usize = 64 * 1024 * 1024;

/// The service's error code of an error answer, in the response's extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ErrorCode(pub(crate) String);

/// Sends `request` once with `client` and normalises an error answer.
pub(crate) async fn send(
    client: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let response = client.execute(request).await?;
    normalise(capped(response, MAX_RESPONSE_BODY_BYTES)).await
}

/// A response body went over [`MAX_RESPONSE_BODY_BYTES`]: the source of the body error
/// the generated client reports, found again by [`crate::Error::from_api`].
#[derive(Debug, thiserror::Error)]
#[error("the response body is larger than {} MiB, the most this client reads", .limit / (1024 * 1024))]
pub(crate) struct BodyTooLarge {
    limit: usize,
}

/// `response` whose body fails with [`BodyTooLarge`] once more than `limit` bytes
/// arrived (reqwest reports it as a body error of the call).
fn capped(response: reqwest::Response, limit: usize) -> reqwest::Response {
    use http_body_util::BodyExt as _;

    let response: http::Response<reqwest::Body> = response.into();
    let (parts, body) = response.into_parts();
    let body = http_body_util::Limited::new(body, limit).map_err(move |error| {
        if error.is::<http_body_util::LengthLimitError>() {
            Box::new(BodyTooLarge { limit })
        } else {
            error
        }
    });
    reqwest::Response::from(http::Response::from_parts(parts, reqwest::Body::wrap(body)))
}

/// The [`BodyTooLarge`] in `error`'s chain of sources, if any.
pub(crate) fn body_too_large<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a BodyTooLarge> {
    let mut source = Some(error);
    while let Some(error) = source {
        if let Some(found) = error.downcast_ref::<BodyTooLarge>() {
            return Some(found);
        }
        source = error.source();
    }
    None
}

/// The error code [`send`] found, if the response is an error answer.
pub(crate) fn error_code(response: &reqwest::Response) -> Option<&str> {
    response
        .extensions()
        .get::<ErrorCode>()
        .map(|code| code.0.as_str())
}

async fn normalise(response: reqwest::Response) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    if status.as_u16() < 400 {
        return Ok(response);
    }
    let version = response.version();
    let mut headers = response.headers().clone();
    let bytes = response.bytes().await?;
    let code = documented_code(&bytes);
    let body = match &code {
        Some(_) => bytes.to_vec(),
        None => {
            let raw = String::from_utf8_lossy(&bytes);
            let raw: String = raw.chars().take(RAW_BODY_LIMIT).collect();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            serde_json::json!({"code": BAD_ERROR_RESPONSE, "message": raw})
                .to_string()
                .into_bytes()
        }
    };
    headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    rebuilt.extensions_mut().insert(ErrorCode(
        code.unwrap_or_else(|| BAD_ERROR_RESPONSE.to_owned()),
    ));
    Ok(reqwest::Response::from(rebuilt))
}

/// The `code` of a documented `{code, message}` error body.
fn documented_code(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let code = value.get("code")?.as_str()?;
    value.get("message")?.as_str()?;
    Some(code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_documented_shape_has_a_code() {
        assert_eq!(
            documented_code(br#"{"code":"NotFound","message":"m"}"#).as_deref(),
            Some("NotFound")
        );
        assert_eq!(
            documented_code(br#"{"servlet":"X","message":"Server Error"}"#),
            None
        );
        assert_eq!(documented_code(b"<html>"), None);
    }

    #[tokio::test]
    async fn an_undocumented_error_body_becomes_the_documented_shape() {
        let mut raw = http::Response::new("<html>401</html>");
        *raw.status_mut() = reqwest::StatusCode::UNAUTHORIZED;
        let response = normalise(reqwest::Response::from(raw)).await.unwrap();
        assert_eq!(error_code(&response), Some(BAD_ERROR_RESPONSE));
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(
            body,
            serde_json::json!({"code": "BadErrorResponse", "message": "<html>401</html>"})
        );
    }
}
