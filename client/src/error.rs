//! [`Error`]: the one error type of this crate's calls, retries and waiters.
//!
//! It carries what a user needs to act: the HTTP status, the service's `code` and
//! `message`, the `opc-request-id` to quote to Oracle (shown by `Display` when there is
//! one), and the raw body when it was not the documented `Error` shape. It never carries
//! a secret.
//!
//! Calls made with the generated clients convert with [`ApiResultExt::for_operation`],
//! which needs the operation's id to tell, for example, a create that may have taken
//! effect ([`Error::OutcomeUnknown`]) from one that certainly did not.

use std::fmt;
use std::time::Duration;

use progenitor_client::Error as ApiError;

use crate::connect::ConnectError;
use crate::runtime::Operation;
use crate::{analytics, core};

/// The code of an error body that was not the documented `{code, message}` shape; its raw
/// text is in [`ServiceError::raw_body`] (the official Go SDK uses the same code).
pub const BAD_ERROR_RESPONSE: &str = "BadErrorResponse";

/// Why a call, a retry sequence or a wait failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status.
    #[error("{0}")]
    Service(Box<ServiceError>),
    /// The service refused the credentials (401), or they could not be produced (a token
    /// endpoint failed, a request could not be signed).
    #[error("{operation}: authentication failed: {message}{}", request_id(.opc_request_id))]
    Authentication {
        /// The operation.
        operation: String,
        /// What went wrong, from the service or the credential provider.
        message: String,
        /// The service's request id, when it answered.
        opc_request_id: Option<String>,
    },
    /// The request was not sent, or no complete answer came back; retried as the policy
    /// allows. Safe to try again: the operation is idempotent or never reached the server.
    #[error("{operation}: {message}")]
    Transport {
        /// The operation.
        operation: String,
        /// What failed.
        message: String,
        /// The underlying error.
        #[source]
        source: Option<reqwest::Error>,
    },
    /// A request that is not idempotent may have reached the server, but no answer came
    /// back: it was not re-sent, so as not to do it twice.
    #[error(
        "{operation}: outcome unknown ({cause}): the request may have taken effect and was not re-sent; {check}"
    )]
    OutcomeUnknown {
        /// The operation.
        operation: String,
        /// What happened on the wire.
        cause: String,
        /// What to check before trying again.
        check: String,
    },
    /// No answer came before the request timeout (after the retries the policy allows,
    /// for an idempotent operation).
    #[error("{operation}: timed out: {message}")]
    Timeout {
        /// The operation.
        operation: String,
        /// What timed out.
        message: String,
    },
    /// The input breaks a rule of the spec; nothing was sent.
    #[error("invalid input: {field}: {rule}")]
    InvalidInput {
        /// The field, parameter or flag.
        field: String,
        /// The rule it breaks.
        rule: String,
    },
    /// The response did not match the spec.
    #[error("{operation}: unexpected response: {message}")]
    InvalidResponse {
        /// The operation.
        operation: String,
        /// What did not match.
        message: String,
    },
    /// A waiter ended without reaching its goal.
    #[error(transparent)]
    Wait(#[from] WaitError),
    /// A client could not be built.
    #[error(transparent)]
    Connect(#[from] ConnectError),
}

fn request_id(id: &Option<String>) -> String {
    id.as_ref()
        .map(|id| format!(" (opc-request-id: {id})"))
        .unwrap_or_default()
}

impl Error {
    /// The service's error, if the service answered with one.
    pub fn service(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(error) => Some(error),
            _ => None,
        }
    }

    /// The `opc-request-id` of the answer, if there was one.
    pub fn opc_request_id(&self) -> Option<&str> {
        match self {
            Error::Service(error) => error.opc_request_id.as_deref(),
            Error::Authentication { opc_request_id, .. } => opc_request_id.as_deref(),
            _ => None,
        }
    }

    /// Whether trying the same call again later may succeed: transport failures,
    /// timeouts, throttling, server errors and `409 IncorrectState`. Waiters keep
    /// polling through these.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Service(error) => is_retryable_status(error.status, error.code.as_deref()),
            _ => false,
        }
    }
}

/// Whether a status (with the service's code, for 409) is worth retrying: 429, 500, 502,
/// 503, 504 and `409 IncorrectState`.
pub fn is_retryable_status(status: u16, code: Option<&str>) -> bool {
    matches!(status, 429 | 500 | 502 | 503 | 504)
        || (status == 409 && code == Some("IncorrectState"))
}

/// An error answer from the service.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServiceError {
    /// The operation.
    pub operation: String,
    /// The HTTP status.
    pub status: u16,
    /// The service's error code (`NotAuthorizedOrNotFound`, `IncorrectState`, ...), or
    /// [`BAD_ERROR_RESPONSE`] when the body was not the documented shape.
    pub code: Option<String>,
    /// The service's message.
    pub message: String,
    /// The `opc-request-id` to quote to Oracle.
    pub opc_request_id: Option<String>,
    /// The body as received, when it was not the documented `Error` shape.
    pub raw_body: Option<String>,
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.operation, self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        write!(f, ": {}{}", self.message, request_id(&self.opc_request_id))
    }
}

/// The `{code, message}` body both APIs document for errors.
pub trait ServiceErrorBody {
    /// `code`.
    fn code(&self) -> &str;
    /// `message`.
    fn message(&self) -> &str;
}

impl ServiceErrorBody for core::types::Error {
    fn code(&self) -> &str {
        &self.code
    }
    fn message(&self) -> &str {
        &self.message
    }
}

impl ServiceErrorBody for analytics::types::Error {
    fn code(&self) -> &str {
        &self.code
    }
    fn message(&self) -> &str {
        &self.message
    }
}

/// The last resource a waiter saw.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Resource {
    /// A boot volume backup.
    BootVolumeBackup(Box<core::types::BootVolumeBackup>),
    /// An Analytics work request.
    WorkRequest(Box<analytics::types::WorkRequest>),
}

/// Why a waiter stopped without success.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum WaitError {
    /// The resource reached a state it cannot leave towards success (FAULTY, TERMINATED;
    /// FAILED, CANCELED).
    #[error("{what} reached {state}{}", details(.errors))]
    FailureState {
        /// The resource (`boot volume backup <id>`, `work request <id>`).
        what: String,
        /// The state reached.
        state: String,
        /// The work request's errors (`code: message`), if any.
        errors: Vec<String>,
        /// The resource as last seen.
        resource: Resource,
    },
    /// The wait took longer than allowed.
    #[error("{what}: still {} after {elapsed:?} and {polls} polls", .last_state.as_deref().unwrap_or("unknown"))]
    ExceededMaxWait {
        /// The resource.
        what: String,
        /// How long the wait lasted.
        elapsed: Duration,
        /// How many times it was fetched.
        polls: u32,
        /// The last state seen.
        last_state: Option<String>,
        /// The resource as last seen.
        resource: Option<Resource>,
    },
    /// The resource does not exist (404).
    #[error("{what} was not found{}", request_id(.opc_request_id))]
    NotFound {
        /// The resource.
        what: String,
        /// The service's request id.
        opc_request_id: Option<String>,
    },
}

fn details(errors: &[String]) -> String {
    if errors.is_empty() {
        String::new()
    } else {
        format!(": {}", errors.join("; "))
    }
}

/// What to check before re-sending a request whose outcome is unknown.
fn outcome_check(operation: &str) -> &'static str {
    match operation {
        "createSnapshot" => {
            "check the snapshot list (listSnapshots) for a snapshot of this name, and its work request, before sending it again"
        }
        "restoreSnapshot" => {
            "check whether a restore is running (its work request) before restoring again"
        }
        _ => "check the resource's current state before sending it again",
    }
}

/// Whether re-sending `operation` cannot do it twice: a method that is idempotent by
/// definition, or an operation that takes an `opc-retry-token`.
pub fn is_idempotent(operation: Option<&Operation>) -> bool {
    match operation {
        Some(operation) => {
            matches!(
                operation.method,
                "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS"
            ) || operation.has_header("opc-retry-token")
        }
        None => false,
    }
}

/// The operation table entry for an id, from either API.
pub fn find_operation(id: &str) -> Option<&'static Operation> {
    Operation::find(core::OPERATIONS, id).or_else(|| Operation::find(analytics::OPERATIONS, id))
}

/// Whether a transport error certainly happened before the request left (nothing reached
/// the server): a refused or failed connection.
pub fn never_sent(error: &reqwest::Error) -> bool {
    error.is_connect()
}

impl Error {
    /// Converts an error of a generated client's call to `operation_id`.
    pub fn from_api<E: ServiceErrorBody>(operation_id: &str, error: ApiError<E>) -> Self {
        let operation = operation_id.to_owned();
        match error {
            ApiError::InvalidRequest(rule) => Error::InvalidInput {
                field: format!("{operation_id} request"),
                rule,
            },
            ApiError::CommunicationError(source)
            | ApiError::ResponseBodyError(source)
            | ApiError::InvalidUpgrade(source) => transport(operation, source),
            ApiError::ErrorResponse(response) => {
                let status = response.status().as_u16();
                let opc_request_id = header(response.headers(), "opc-request-id");
                let body = response.into_inner();
                let (code, message) = (body.code().to_owned(), body.message().to_owned());
                if status == 401 {
                    return Error::Authentication {
                        operation,
                        message: format!("{code}: {message}"),
                        opc_request_id,
                    };
                }
                let raw_body = (code == BAD_ERROR_RESPONSE).then(|| message.clone());
                Error::Service(Box::new(ServiceError {
                    operation,
                    status,
                    code: Some(code),
                    message,
                    opc_request_id,
                    raw_body,
                }))
            }
            ApiError::InvalidResponsePayload(bytes, error) => Error::InvalidResponse {
                operation,
                message: format!("{error} (body: {})", excerpt(&bytes)),
            },
            ApiError::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                Error::Service(Box::new(ServiceError {
                    operation,
                    status,
                    code: None,
                    message: format!("undocumented status {status}"),
                    opc_request_id: header(response.headers(), "opc-request-id"),
                    raw_body: None,
                }))
            }
            ApiError::Custom(message) => Error::Authentication {
                operation,
                message,
                opc_request_id: None,
            },
        }
    }
}

fn transport(operation: String, source: reqwest::Error) -> Error {
    let idempotent = is_idempotent(find_operation(&operation));
    if !idempotent && !never_sent(&source) {
        let cause = if source.is_timeout() {
            "no answer before the timeout".to_owned()
        } else {
            format!("the connection failed after the request was sent: {source}")
        };
        return Error::OutcomeUnknown {
            check: outcome_check(&operation).to_owned(),
            operation,
            cause,
        };
    }
    if source.is_timeout() {
        return Error::Timeout {
            operation,
            message: format!("no answer before the request timeout ({source})"),
        };
    }
    let message = if source.is_connect() {
        format!("cannot connect: {source}")
    } else {
        format!("transport error: {source}")
    };
    Error::Transport {
        operation,
        message,
        source: Some(source),
    }
}

fn header(headers: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut excerpt: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        excerpt.push('…');
    }
    excerpt
}

/// Converts results of the generated clients' calls.
pub trait ApiResultExt<T> {
    /// This result with the error converted for `operation_id` (the spec's `operationId`).
    fn for_operation(self, operation_id: &str) -> Result<T, Error>;
}

impl<T, E: ServiceErrorBody> ApiResultExt<T> for Result<T, ApiError<E>> {
    fn for_operation(self, operation_id: &str) -> Result<T, Error> {
        self.map_err(|error| Error::from_api(operation_id, error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retryable_statuses_follow_the_oci_error_table() {
        for status in [429, 500, 502, 503, 504] {
            assert!(is_retryable_status(status, None), "{status}");
        }
        for status in [400, 401, 403, 404, 412, 501] {
            assert!(!is_retryable_status(status, None), "{status}");
        }
        assert!(is_retryable_status(409, Some("IncorrectState")));
        assert!(!is_retryable_status(409, Some("InvalidatedRetryToken")));
    }

    #[test]
    fn idempotency_comes_from_the_spec() {
        assert!(
            is_idempotent(find_operation("createBootVolumeBackup")),
            "it takes an opc-retry-token"
        );
        assert!(is_idempotent(find_operation("getBootVolumeBackup")));
        assert!(is_idempotent(find_operation("updateBootVolumeBackup")));
        assert!(!is_idempotent(find_operation("createSnapshot")));
        assert!(!is_idempotent(find_operation("restoreSnapshot")));
        assert!(!is_idempotent(find_operation(
            "changeBootVolumeBackupCompartment"
        )));
        assert!(!is_idempotent(find_operation("noSuchOperation")));
    }

    #[test]
    fn display_shows_the_request_id_and_status() {
        let error = Error::Service(Box::new(ServiceError {
            operation: "getBootVolumeBackup".into(),
            status: 404,
            code: Some("NotAuthorizedOrNotFound".into()),
            message: "not found".into(),
            opc_request_id: Some("ABC123".into()),
            raw_body: None,
        }));
        assert_eq!(
            error.to_string(),
            "getBootVolumeBackup: HTTP 404 NotAuthorizedOrNotFound: not found (opc-request-id: ABC123)"
        );
        assert_eq!(error.opc_request_id(), Some("ABC123"));
        assert!(!error.is_transient());
    }
}
