//! Exit codes ([`Exit`]) and the command's one error type ([`CliError`]), which knows
//! its exit code and how to tell the user what went wrong.
//!
//! Every failure maps to exactly one documented code (the table is [`EXIT_CODES_HELP`],
//! shown by `oci-backup --help`), so a cron job or a CI step can react to the kind of
//! failure without parsing messages.

use std::io::Write as _;

use oci_backup::auth::session::PrincipalError;
use oci_backup::config::ConfigError;
use oci_backup::connect::ConnectError;
use oci_backup::{Error, WaitError};

/// The process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// The command did what it was asked.
    Success = 0,
    /// The service answered with an error, or with something the API does not
    /// describe; also any other failure that is none of the kinds below.
    ServiceError = 1,
    /// A flag, value or the configuration is unusable; nothing was sent.
    InvalidInput = 2,
    /// The credentials were refused (HTTP 401) or could not be used.
    Authentication = 3,
    /// The resource reached a state it cannot leave towards the one waited for.
    FailureState = 4,
    /// `--max-wait-seconds` passed before the resource reached the state waited for.
    MaxWaitExceeded = 5,
    /// The service could not be reached, or a request that may have taken effect got
    /// no answer.
    NoAnswer = 6,
    /// Interrupted (Ctrl-C), as shells report a SIGINT.
    Interrupted = 130,
}

impl Exit {
    /// Every exit code.
    pub(crate) const ALL: [Exit; 8] = [
        Exit::Success,
        Exit::ServiceError,
        Exit::InvalidInput,
        Exit::Authentication,
        Exit::FailureState,
        Exit::MaxWaitExceeded,
        Exit::NoAnswer,
        Exit::Interrupted,
    ];

    /// The numeric code.
    pub(crate) fn code(self) -> u8 {
        self as u8
    }

    /// The exit for a code this program returned (unknown codes: a service error).
    pub(crate) fn from_code(code: u8) -> Self {
        Self::ALL
            .into_iter()
            .find(|exit| exit.code() == code)
            .unwrap_or(Exit::ServiceError)
    }
}

/// The exit-code table of `oci-backup --help`.
pub(crate) const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  service error: the service answered with an error (such as 404 NotAuthorizedOrNotFound
     or 409 Conflict), or with an answer the API does not describe
  2  invalid input: a bad flag or value, or a missing or invalid configuration; nothing
     was sent
  3  authentication failed: the credentials were refused (HTTP 401), or the key, pass
     phrase or token could not be used
  4  failure state: the resource reached a state it cannot leave towards the one waited
     for (FAULTY, TERMINATING, TERMINATED; FAILED, CANCELED); it is printed on stdout
  5  max wait exceeded: --max-wait-seconds passed first; the last state seen is printed on
     stdout
  6  no answer: the service could not be reached, or a request that may have taken effect
     got no answer (check before sending it again)
130  interrupted (Ctrl-C)

Environment:
  OCI_CLI_CONFIG_FILE, OCI_CLI_PROFILE, OCI_CLI_REGION, OCI_CLI_ENDPOINT,
  OCI_CLI_CERT_BUNDLE, OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT,
  OCI_CLI_KEY_FILE, OCI_CLI_KEY_CONTENT, OCI_CLI_PASSPHRASE, OCI_CLI_SECURITY_TOKEN_FILE
                            as for the OCI CLI (an explicit flag wins)
  OAC_URL, OAC_TOKEN, OAC_CLIENT_SECRET, OAC_REFRESH_TOKEN
                            Analytics instance URL and credentials (see `analytics --help`)
  OCI_BACKUP_BAR_PASSWORD   the snapshot (BAR file) password";

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    /// A flag's value is unusable; nothing was sent.
    #[error("{flag}: {reason}")]
    Input {
        /// The flag (`--freeform-tags`) or variable (`OAC_TOKEN`).
        flag: String,
        /// What is wrong with it (never a secret value).
        reason: String,
    },
    /// The OCI configuration could not be loaded; nothing was sent.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A call, a wait or a client build failed.
    #[error(transparent)]
    Api(#[from] Error),
    /// A create may have taken effect without an answer: the command that re-runs it
    /// safely, with the retry token it sent.
    #[error(
        "{error}\nThe backup may exist: its create was sent with opc-retry-token {token}. \
         Re-run it with that token; within 24 hours this never makes a second backup:\n  {command}"
    )]
    Rerun {
        /// Why the outcome is unknown.
        error: Box<Error>,
        /// The retry token the create sent.
        token: String,
        /// The command line that re-runs it with that token.
        command: String,
    },
    /// A raw request was answered with an error status (the answer was printed).
    #[error("{method} {uri}: HTTP {status}")]
    Status {
        /// The method.
        method: String,
        /// The target URI.
        uri: String,
        /// The status code.
        status: u16,
    },
    /// A local failure: writing the output, starting a server.
    #[error("{0}")]
    Local(String),
    /// Interrupted by Ctrl-C.
    #[error("interrupted")]
    Interrupted,
    /// A step of the demo failed (its own error was shown already).
    #[error("the demo stopped: its `{command}` command failed with exit code {code}")]
    Demo {
        /// The command's first word.
        command: String,
        /// Its exit code.
        code: u8,
    },
}

impl From<ConnectError> for CliError {
    fn from(error: ConnectError) -> Self {
        CliError::Api(Error::Connect(error))
    }
}

impl CliError {
    /// An invalid-input error naming `flag`.
    pub(crate) fn input(flag: impl Into<String>, reason: impl Into<String>) -> Self {
        CliError::Input {
            flag: flag.into(),
            reason: reason.into(),
        }
    }

    /// The exit code for this error.
    pub(crate) fn exit(&self) -> Exit {
        match self {
            CliError::Input { .. } | CliError::Config(_) => Exit::InvalidInput,
            CliError::Api(error) => api_exit(error),
            CliError::Rerun { error, .. } => api_exit(error),
            CliError::Status { status: 401, .. } => Exit::Authentication,
            CliError::Status { .. } | CliError::Local(_) => Exit::ServiceError,
            CliError::Demo { code, .. } => Exit::from_code(*code),
            CliError::Interrupted => Exit::Interrupted,
        }
    }

    /// Writes the error to stderr: a service error as the OCI CLI shows one (a JSON
    /// object after `ServiceError:`), anything else as `Error: <message>`.
    pub(crate) fn report(&self) {
        let mut stderr = std::io::stderr().lock();
        let text = match self {
            CliError::Api(Error::Service(service)) => {
                let mut object = serde_json::Map::new();
                object.insert("code".into(), service.code.clone().into());
                object.insert("message".into(), service.message.clone().into());
                object.insert(
                    "opc-request-id".into(),
                    service.opc_request_id.clone().into(),
                );
                object.insert("operation_name".into(), service.operation.clone().into());
                object.insert("status".into(), service.status.into());
                let json = serde_json::to_string_pretty(&serde_json::Value::Object(object))
                    .unwrap_or_default();
                format!("ServiceError:\n{json}")
            }
            CliError::Api(Error::Wait(WaitError::ExceededMaxWait { .. })) => format!(
                "Error: failed to wait until the resource entered the specified state: {self}; \
                 the last known state is on stdout"
            ),
            other => format!("Error: {other}"),
        };
        // Nothing more can be done if stderr is gone.
        let _ = writeln!(stderr, "{text}");
    }
}

fn api_exit(error: &Error) -> Exit {
    match error {
        Error::Authentication { .. } => Exit::Authentication,
        Error::Transport { .. } | Error::OutcomeUnknown { .. } | Error::Timeout { .. } => {
            Exit::NoAnswer
        }
        Error::InvalidInput { .. } => Exit::InvalidInput,
        Error::Wait(WaitError::FailureState { .. }) => Exit::FailureState,
        Error::Wait(WaitError::ExceededMaxWait { .. }) => Exit::MaxWaitExceeded,
        Error::Wait(WaitError::Interrupted { source, .. }) => api_exit(source),
        Error::Connect(ConnectError::Key(_)) => Exit::Authentication,
        Error::Connect(ConnectError::Principal(principal)) => match principal {
            PrincipalError::MetadataUnreachable { .. }
            | PrincipalError::MetadataStatus { .. }
            | PrincipalError::AuthUnreachable { .. } => Exit::NoAnswer,
            PrincipalError::AuthRefused { .. }
            | PrincipalError::Expired { .. }
            | PrincipalError::TenancyChanged { .. } => Exit::Authentication,
            _ => Exit::InvalidInput,
        },
        Error::Connect(_) => Exit::InvalidInput,
        _ => Exit::ServiceError,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_documented_once() {
        for exit in Exit::ALL {
            let line = format!("\n{:>3}  ", exit.code());
            assert_eq!(EXIT_CODES_HELP.matches(&line).count(), 1, "{exit:?}");
        }
    }

    #[test]
    fn errors_map_to_their_codes() {
        assert_eq!(CliError::input("--x", "bad").exit(), Exit::InvalidInput);
        let auth = Error::Authentication {
            operation: oci_backup::block_storage::operations::GET_BOOT_VOLUME_BACKUP
                .id
                .into(),
            message: "NotAuthenticated".into(),
            opc_request_id: None,
        };
        assert_eq!(CliError::from(auth).exit(), Exit::Authentication);
        let unknown = Error::OutcomeUnknown {
            operation: oci_backup::analytics::operations::CREATE_SNAPSHOT.id.into(),
            cause: "reset".into(),
            check: "check".into(),
        };
        assert_eq!(CliError::from(unknown).exit(), Exit::NoAnswer);
        let status = CliError::Status {
            method: "GET".into(),
            uri: "u".into(),
            status: 401,
        };
        assert_eq!(status.exit(), Exit::Authentication);
    }
}
