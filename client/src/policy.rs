//! The call policy: the one place that decides whether a request may be sent again.
//!
//! Every part of the crate that re-sends or gives advice asks here: the retry layer
//! ([`crate::retry`]), error classification ([`crate::Error`]), the waiters (which poll
//! on through transient errors), the bearer hooks' re-send after a refreshed token, and
//! the command's `raw-request`. The rules:
//!
//! - An operation is **idempotent** when its spec says so ([`Operation::idempotent`]: an
//!   idempotent method, or a retry token that makes a create safe to repeat).
//! - A request that **never left** (no connection could be made: the name does not
//!   resolve, the connection is refused) is not retried: the same endpoint will most
//!   likely refuse again, so the error comes back at once with its cause.
//! - A request that **may have arrived** without a complete answer (reset, timeout) is
//!   re-sent only when idempotent; otherwise its outcome is unknown.
//! - An **answer** is retried for 429, 500, 502, 503, 504 and `409 IncorrectState` when
//!   the operation is idempotent; 429 and `409 IncorrectState` are refusals (nothing was
//!   done), so they are retried for any operation.
//! - A **401** that a fresh credential can fix may be sent once more with it, for any
//!   operation: the service did not act on an unauthenticated request.

use crate::runtime::Operation;

/// What happened to one attempt of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt<'a> {
    /// No connection could be made: nothing reached the server.
    NotSent,
    /// The request may have reached the server, but no complete answer came back.
    NoAnswer {
        /// Whether the request timeout ran out (rather than the connection failing).
        timed_out: bool,
    },
    /// The server answered.
    Answered {
        /// The HTTP status.
        status: u16,
        /// The service's error code, for error statuses.
        code: Option<&'a str>,
    },
}

impl<'a> Attempt<'a> {
    /// What a transport error says about the attempt.
    pub fn failed(error: &reqwest::Error) -> Attempt<'static> {
        if error.is_connect() {
            Attempt::NotSent
        } else {
            Attempt::NoAnswer {
                timed_out: error.is_timeout(),
            }
        }
    }
}

/// What to do after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Keep this outcome: it is final (a success, or an error that sending again would
    /// not change).
    Keep,
    /// Send the request again (after a backoff): it cannot be done twice, or was refused.
    Retry,
    /// Do not send again: the request may have taken effect, and repeating it could do
    /// it twice. The caller learns the outcome is unknown.
    Unknown,
}

/// Whether sending `operation` twice has the effect of sending it once.
pub fn is_idempotent(operation: &Operation) -> bool {
    operation.idempotent
}

/// What to do after `attempt` of `operation`.
pub fn verdict(operation: &Operation, attempt: Attempt<'_>) -> Verdict {
    match attempt {
        Attempt::NotSent => Verdict::Keep,
        Attempt::NoAnswer { .. } if is_idempotent(operation) => Verdict::Retry,
        Attempt::NoAnswer { .. } => Verdict::Unknown,
        Attempt::Answered { status, code } if is_refusal(status, code) => Verdict::Retry,
        Attempt::Answered { status, code }
            if is_idempotent(operation) && is_retryable_status(status, code) =>
        {
            Verdict::Retry
        }
        Attempt::Answered { .. } => Verdict::Keep,
    }
}

/// Whether trying the same call again later may succeed: 429, 500, 502, 503, 504 and
/// `409 IncorrectState`. Waiters keep polling through these.
pub fn is_retryable_status(status: u16, code: Option<&str>) -> bool {
    matches!(status, 429 | 500 | 502 | 503 | 504) || is_refusal(status, code)
}

/// An answer that says the request was refused before anything was done.
fn is_refusal(status: u16, code: Option<&str>) -> bool {
    status == 429 || (status == 409 && code == Some("IncorrectState"))
}

/// Whether a request rejected with 401 may be sent once more with a fresh credential.
/// The service does not act on an unauthenticated request, so any operation may.
pub fn may_resend_after_unauthorized(operation: &Operation) -> bool {
    let _ = operation;
    true
}

/// What to check before sending `operation` again after an unknown outcome.
pub fn check_before_resending(operation: &Operation) -> &'static str {
    #[cfg(feature = "analytics")]
    {
        use crate::analytics::operations::{CREATE_SNAPSHOT, RESTORE_SNAPSHOT};
        if *operation == CREATE_SNAPSHOT {
            return "the snapshot may be being made: it appears in the snapshot list (listSnapshots) only when its work request ends, which can take many minutes, and the API cannot list work requests; look for it there (or for its BAR file in the bucket) before sending the create again: a create of a name that is listed is refused unless a duplicate is allowed";
        }
        if *operation == RESTORE_SNAPSHOT {
            return "check whether a restore is running (its work request) before restoring again";
        }
    }
    let _ = operation;
    "check the resource's current state before sending it again"
}

/// The operation of either API that a request with `method` to `path` is, if any (for
/// requests built by hand, such as the command's `raw-request`).
pub fn operation_for(method: &str, path: &str) -> Option<&'static Operation> {
    let tables: [&[&'static Operation]; 2] = [
        #[cfg(feature = "block-storage")]
        crate::block_storage::OPERATIONS,
        #[cfg(not(feature = "block-storage"))]
        &[],
        #[cfg(feature = "analytics")]
        crate::analytics::OPERATIONS,
        #[cfg(not(feature = "analytics"))]
        &[],
    ];
    tables
        .into_iter()
        .flatten()
        .copied()
        .find(|operation| operation.matches(method, path))
}

/// What a request built by hand is when it matches no operation of the specs: its
/// method alone says whether it is idempotent.
pub fn unlisted_operation(method: &str) -> &'static Operation {
    const fn unlisted(method: &'static str, idempotent: bool) -> Operation {
        Operation {
            id: "rawRequest",
            method,
            path: "",
            idempotent,
            retry_token: None,
            header_parameters: &[],
            statuses: &[],
        }
    }
    static UNLISTED: [Operation; 7] = [
        unlisted("GET", true),
        unlisted("HEAD", true),
        unlisted("PUT", true),
        unlisted("DELETE", true),
        unlisted("OPTIONS", true),
        unlisted("POST", false),
        unlisted("PATCH", false),
    ];
    UNLISTED
        .iter()
        .find(|op| op.method.eq_ignore_ascii_case(method))
        .unwrap_or(&UNLISTED[5])
}

#[cfg(all(test, feature = "block-storage", feature = "analytics"))]
mod tests {
    use super::*;
    use crate::analytics::operations::CREATE_SNAPSHOT;
    use crate::block_storage::operations::{
        CHANGE_BOOT_VOLUME_BACKUP_COMPARTMENT, CREATE_BOOT_VOLUME_BACKUP, GET_BOOT_VOLUME_BACKUP,
    };

    fn answered(status: u16, code: Option<&str>) -> Attempt<'_> {
        Attempt::Answered { status, code }
    }

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
        assert!(is_idempotent(&CREATE_BOOT_VOLUME_BACKUP), "retry token");
        assert!(is_idempotent(&GET_BOOT_VOLUME_BACKUP));
        assert!(!is_idempotent(&CREATE_SNAPSHOT));
        assert!(!is_idempotent(&CHANGE_BOOT_VOLUME_BACKUP_COMPARTMENT));
    }

    #[test]
    fn verdicts() {
        let get = &GET_BOOT_VOLUME_BACKUP;
        let create = &CREATE_SNAPSHOT;
        let lost = Attempt::NoAnswer { timed_out: true };
        assert_eq!(verdict(get, Attempt::NotSent), Verdict::Keep, "fail fast");
        assert_eq!(verdict(get, lost), Verdict::Retry);
        assert_eq!(verdict(create, lost), Verdict::Unknown);
        assert_eq!(verdict(get, answered(503, None)), Verdict::Retry);
        assert_eq!(verdict(create, answered(503, None)), Verdict::Keep);
        assert_eq!(verdict(create, answered(429, None)), Verdict::Retry);
        assert_eq!(
            verdict(create, answered(409, Some("IncorrectState"))),
            Verdict::Retry
        );
        assert_eq!(verdict(get, answered(404, None)), Verdict::Keep);
        assert_eq!(verdict(get, answered(200, None)), Verdict::Keep);
    }

    #[test]
    fn hand_built_requests_find_their_operation_or_fall_back_on_the_method() {
        let found = operation_for(
            "GET",
            "/20160918/bootVolumeBackups/ocid1.bootvolumebackup.oc1..x",
        );
        assert_eq!(found, Some(&GET_BOOT_VOLUME_BACKUP));
        assert_eq!(operation_for("GET", "/elsewhere"), None);
        assert!(is_idempotent(unlisted_operation("get")));
        assert!(!is_idempotent(unlisted_operation("POST")));
        assert!(!is_idempotent(unlisted_operation("BREW")));
    }
}
