//! [`Error`]: the one error type of this crate's calls, retries and waiters.
//!
//! It carries what a user needs to act: the HTTP status, the service's `code` and
//! `message`, the `opc-request-id` to quote to Oracle (shown by `Display` when there is
//! one), and the raw body when it was not the documented `Error` shape. It never carries
//! a secret.
//!
//! Calls convert with [`CallExt::call`] (or [`Error::from_api`]), which know the call's
//! [`Operation`], so a create that may have taken effect ([`Error::OutcomeUnknown`]) is
//! told from one that certainly did not, as [`crate::policy`] decides. Decoding does not
//! depend on retries: the authentication hooks normalise undocumented error bodies
//! before the generated client reads them, with or without the retry layer.

use std::fmt;
use std::time::Duration;

use progenitor_client::{Error as ApiError, ResponseValue};

#[cfg(feature = "analytics")]
use crate::analytics;
#[cfg(feature = "block-storage")]
use crate::block_storage;
use crate::connect::ConnectError;
use crate::policy::{self, Attempt, Verdict};
use crate::runtime::{Call, HookError, HookErrorKind, Operation};

/// The code of an error body that was not the documented `{code, message}` shape; its raw
/// text is in [`ServiceError::raw_body`] (the official Go SDK uses the same code).
pub(crate) const BAD_ERROR_RESPONSE: &str = "BadErrorResponse";

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
            Error::Wait(WaitError::NotFound { opc_request_id, .. }) => opc_request_id.as_deref(),
            _ => None,
        }
    }

    /// Whether the request never reached a server: no connection could be made (the
    /// name does not resolve, the connection was refused).
    pub fn never_connected(&self) -> bool {
        matches!(self, Error::Transport { source: Some(source), .. }
            if Attempt::failed(source) == Attempt::NotSent)
    }

    /// Whether the request may have reached the service and taken effect although no
    /// answer came back: [`Error::OutcomeUnknown`], a timeout, or a connection lost after
    /// it was made. A create in this state may have created its resource.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Error::OutcomeUnknown { .. } | Error::Timeout { .. } => true,
            Error::Transport { .. } => !self.never_connected(),
            _ => false,
        }
    }

    /// Whether trying the same call again later may succeed: transport failures,
    /// timeouts, and the statuses [`policy::is_retryable_status`] names. Waiters keep
    /// polling through these.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Service(error) => {
                policy::is_retryable_status(error.status, error.code.as_deref())
            }
            _ => false,
        }
    }
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
    /// `BadErrorResponse` when the body was not the documented shape.
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

#[cfg(feature = "block-storage")]
impl ServiceErrorBody for block_storage::types::Error {
    fn code(&self) -> &str {
        &self.code
    }
    fn message(&self) -> &str {
        &self.message
    }
}

#[cfg(feature = "analytics")]
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
    #[cfg(feature = "block-storage")]
    BootVolumeBackup(Box<block_storage::types::BootVolumeBackup>),
    /// A boot volume (restored or cloned).
    #[cfg(feature = "block-storage")]
    BootVolume(Box<block_storage::types::BootVolume>),
    /// A fleet of boot volume backups, in the order they were waited for.
    #[cfg(feature = "block-storage")]
    BootVolumeBackups(Vec<block_storage::types::BootVolumeBackup>),
    /// An Analytics work request.
    #[cfg(feature = "analytics")]
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
    #[error(
        "{what}: still {} after {:.1} s and {polls} poll(s){}; wait longer (a larger max_wait, or wait for it again)",
        .last_state.as_deref().unwrap_or("unknown"),
        .elapsed.as_secs_f64(),
        describe_last_error(.last_error)
    )]
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
        /// The last transient error while polling, if the last poll got no answer.
        last_error: Option<String>,
    },
    /// A compound operation created its resource, then waiting for it failed with an
    /// error that is not one of the above (the service refused a poll, the connection was
    /// lost for good): the resource exists; wait for it again by its id.
    #[error("{what} was created, but waiting for it failed: {source}; wait for it again by its id")]
    Interrupted {
        /// The resource (`boot volume backup <id>`).
        what: String,
        /// The resource as created.
        resource: Resource,
        /// Why the wait stopped.
        #[source]
        source: std::sync::Arc<Error>,
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

fn describe_last_error(error: &Option<String>) -> String {
    error
        .as_ref()
        .map(|e| format!(" (the last poll failed: {e})"))
        .unwrap_or_default()
}

fn details(errors: &[String]) -> String {
    if errors.is_empty() {
        String::new()
    } else {
        format!(": {}", errors.join("; "))
    }
}

impl Error {
    /// Converts an error of a generated client's call to `operation`.
    pub fn from_api<E: ServiceErrorBody>(operation: &Operation, error: ApiError<E>) -> Self {
        let name = operation.id.to_owned();
        match error {
            ApiError::InvalidRequest(rule) => Error::InvalidInput {
                field: format!("{} request", operation.id),
                rule,
            },
            ApiError::ResponseBodyError(source) => {
                // An answer over the cap is not a lost connection: nothing to retry.
                match crate::answer::body_too_large(&source).map(ToString::to_string) {
                    Some(message) => Error::InvalidResponse {
                        operation: name,
                        message,
                    },
                    None => Error::from_transport(operation, source),
                }
            }
            ApiError::CommunicationError(source) | ApiError::InvalidUpgrade(source) => {
                Error::from_transport(operation, source)
            }
            ApiError::ErrorResponse(response) => {
                let status = response.status().as_u16();
                let opc_request_id = header(response.headers(), "opc-request-id");
                let body = response.into_inner();
                let (code, message) = (body.code().to_owned(), body.message().to_owned());
                if status == 401 {
                    return Error::Authentication {
                        operation: name,
                        message: format!("{code}: {message}"),
                        opc_request_id,
                    };
                }
                let raw_body = (code == BAD_ERROR_RESPONSE).then(|| message.clone());
                Error::Service(Box::new(ServiceError {
                    operation: name,
                    status,
                    code: Some(code),
                    message,
                    opc_request_id,
                    raw_body,
                }))
            }
            ApiError::InvalidResponsePayload(bytes, error) => Error::InvalidResponse {
                operation: name,
                message: format!(
                    "{error} (body: {})",
                    excerpt(&String::from_utf8_lossy(&bytes), 200)
                ),
            },
            ApiError::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                Error::Service(Box::new(ServiceError {
                    operation: name,
                    status,
                    code: None,
                    message: format!("undocumented status {status}"),
                    opc_request_id: header(response.headers(), "opc-request-id"),
                    raw_body: None,
                }))
            }
            ApiError::Custom(text) => Error::from_hook(operation, HookError::from_custom(&text)),
        }
    }

    /// Converts a failure of the hooks' `prepare` (nothing was sent), keeping its kind.
    pub fn from_hook(operation: &Operation, error: HookError) -> Self {
        let name = operation.id.to_owned();
        match error.kind() {
            HookErrorKind::InvalidInput => Error::InvalidInput {
                field: format!("{} request", operation.id),
                rule: error.message().to_owned(),
            },
            HookErrorKind::Transport => Error::Transport {
                operation: name,
                message: error.message().to_owned(),
                source: None,
            },
            _ => Error::Authentication {
                operation: name,
                message: error.message().to_owned(),
                opc_request_id: None,
            },
        }
    }

    /// Converts a request of `operation` that got no (complete) answer, as
    /// [`crate::policy`] classifies it: never sent, unknown outcome, or timed out.
    pub fn from_transport(operation: &Operation, source: reqwest::Error) -> Self {
        let name = operation.id.to_owned();
        let attempt = Attempt::failed(&source);
        let chain = causes(&source);
        if policy::verdict(operation, attempt) == Verdict::Unknown {
            let cause = if source.is_timeout() {
                "no answer before the timeout".to_owned()
            } else {
                format!("the connection failed after the request was sent: {chain}")
            };
            return Error::OutcomeUnknown {
                check: policy::check_before_resending(operation).to_owned(),
                operation: name,
                cause,
            };
        }
        if source.is_timeout() {
            return Error::Timeout {
                operation: name,
                message: format!("no answer before the request timeout ({chain})"),
            };
        }
        let message = match attempt {
            Attempt::NotSent => format!("cannot connect: {chain}"),
            _ => format!("transport error: {chain}"),
        };
        Error::Transport {
            operation: name,
            message,
            source: Some(source),
        }
    }
}

/// An error's message followed by its causes, each once: `error sending request for url
/// (...): client error (Connect): dns error: failed to lookup address information`.
pub(crate) fn causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let next = cause.to_string();
        if !text.contains(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        source = cause.source();
    }
    text
}

fn header(headers: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// At most `max` characters of `text`, with `…` when it was cut, for quoting in errors.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let mut excerpt: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        excerpt.push('…');
    }
    excerpt
}

/// Sends a generated client's request builder and converts its error: every call of
/// either API, without naming its operation (the builder knows it).
///
/// ```
/// # async fn example(storage: &oci_backup::block_storage::BlockStorage) -> Result<(), oci_backup::Error> {
/// use oci_backup::CallExt as _;
///
/// let backup = storage
///     .api()
///     .get_boot_volume_backup()
///     .boot_volume_backup_id("ocid1.bootvolumebackup.oc1..example")
///     .call()
///     .await?
///     .into_inner();
/// # let _ = backup;
/// # Ok(())
/// # }
/// ```
pub trait CallExt: Call {
    /// Sends the request; a failure becomes an [`Error`] for the builder's operation.
    fn call(
        self,
    ) -> impl std::future::Future<Output = Result<ResponseValue<Self::Value>, Error>> + Send;
}

impl<C> CallExt for C
where
    C: Call,
    C::Error: ServiceErrorBody,
{
    async fn call(self) -> Result<ResponseValue<Self::Value>, Error> {
        self.send_call()
            .await
            .map_err(|error| Error::from_api(Self::OPERATION, error))
    }
}

#[cfg(all(test, feature = "block-storage", feature = "analytics"))]
mod tests {
    use super::*;

    #[test]
    fn hook_errors_keep_their_kind() {
        use crate::block_storage::operations::GET_BOOT_VOLUME_BACKUP as GET;
        let custom = |e: HookError| ApiError::<block_storage::types::Error>::Custom(e.to_custom());
        assert!(matches!(
            Error::from_api(&GET, custom(HookError::invalid_input("bad header"))),
            Error::InvalidInput { rule, .. } if rule == "bad header"
        ));
        assert!(matches!(
            Error::from_api(&GET, custom(HookError::transport("token endpoint down"))),
            Error::Transport { message, .. } if message == "token endpoint down"
        ));
        assert!(matches!(
            Error::from_api(&GET, custom(HookError::authentication("no key"))),
            Error::Authentication { message, .. } if message == "no key"
        ));
    }

    #[test]
    fn display_shows_the_request_id_and_status() {
        let error = Error::Service(Box::new(ServiceError {
            operation: crate::block_storage::operations::GET_BOOT_VOLUME_BACKUP
                .id
                .into(),
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
