//! The one error type of code generation: what could not be generated, and where.

/// Why a spec could not be turned into Rust.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The spec is not valid YAML or JSON.
    #[error("{spec}: not valid YAML: {message}")]
    Parse {
        /// The spec's path, as given.
        spec: String,
        /// The parser's message.
        message: String,
    },
    /// The spec uses a construct that cannot be represented faithfully in Rust, or breaks
    /// a rule of OpenAPI that generation depends on. `at` names the schema or operation.
    #[error("{}{at}: {message}", spec.as_ref().map(|s| format!("{s}: ")).unwrap_or_default())]
    Unsupported {
        /// The spec's path, when known (set by [`crate::generate`]).
        spec: Option<String>,
        /// Where in the spec (a schema name, `Schema.property`, or an operation).
        at: String,
        /// What is wrong and, where possible, how to fix it.
        message: String,
    },
    /// The normalised spec does not fit openapiv3's model of OpenAPI 3.0.
    #[error("{spec}: not an OpenAPI 3.0 document: {message}")]
    OpenApi {
        /// The spec's path, as given.
        spec: String,
        /// The deserialiser's message.
        message: String,
    },
    /// progenitor rejected the normalised spec.
    #[error("{spec}: progenitor failed: {message}")]
    Progenitor {
        /// The spec's path, as given.
        spec: String,
        /// progenitor's message.
        message: String,
    },
    /// The generated tokens did not parse as a Rust file (a bug in this crate).
    #[error("{spec}: generated code does not parse: {message}")]
    Syntax {
        /// The spec's path, as given.
        spec: String,
        /// syn's message.
        message: String,
    },
}

impl Error {
    pub(crate) fn unsupported(at: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Unsupported {
            spec: None,
            at: at.into(),
            message: message.into(),
        }
    }

    /// This error, naming the spec it is about (if it does not already).
    pub(crate) fn in_spec(self, path: &str) -> Self {
        match self {
            Error::Unsupported {
                spec: None,
                at,
                message,
            } => Error::Unsupported {
                spec: Some(path.to_owned()),
                at,
                message,
            },
            other => other,
        }
    }
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
