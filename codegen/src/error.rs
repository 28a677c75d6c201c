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
    /// a rule of OpenAPI that generation depends on.
    #[error("{}#{pointer}: {why}; {fix}", spec.as_deref().unwrap_or_default())]
    Unsupported {
        /// The spec's path, when known (set by [`crate::generate`]).
        spec: Option<String>,
        /// The JSON pointer of the construct as written in the spec
        /// (`/components/schemas/Cat/allOf/1`).
        pointer: String,
        /// What is wrong.
        why: String,
        /// What to write instead.
        fix: String,
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
    /// A refusal of the construct at `pointer` (in the document being normalised; see
    /// [`Written`] for how it is traced back to the spec as written).
    pub(crate) fn unsupported(
        pointer: impl Into<String>,
        why: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Error::Unsupported {
            spec: None,
            pointer: pointer.into(),
            why: why.into(),
            fix: fix.into(),
        }
    }

    /// This error, naming the spec it is about (if it does not already).
    pub(crate) fn in_spec(self, path: &str) -> Self {
        match self {
            Error::Unsupported {
                spec: None,
                pointer,
                why,
                fix,
            } => Error::Unsupported {
                spec: Some(path.to_owned()),
                pointer,
                why,
                fix,
            },
            other => other,
        }
    }

    /// The JSON pointer of a refused construct, as written in the spec.
    pub fn pointer(&self) -> Option<&str> {
        match self {
            Error::Unsupported { pointer, .. } => Some(pointer),
            _ => None,
        }
    }
}

/// Where the places normalisation made were written in the spec: each pass that moves
/// a schema (hoisting it into a component, splitting a response) records the new
/// place's pointer and the written one, so a refusal always names the spec's own place,
/// never a synthesized name.
#[derive(Debug, Default)]
pub(crate) struct Written {
    /// `(pointer now, pointer as written)`.
    moves: Vec<(String, String)>,
}

impl Written {
    /// Records that what is now at `now` was written at `written`.
    pub(crate) fn record(&mut self, now: impl Into<String>, written: impl Into<String>) {
        self.moves.push((now.into(), written.into()));
    }

    /// `pointer` (a place in the normalised document) as written in the spec.
    pub(crate) fn trace(&self, pointer: &str) -> String {
        let mut pointer = pointer.to_owned();
        // Later moves may be made from places earlier moves made: follow them backwards.
        for (now, written) in self.moves.iter().rev() {
            let inside = pointer == *now
                || pointer
                    .strip_prefix(now.as_str())
                    .is_some_and(|rest| rest.starts_with('/'));
            if inside {
                pointer = format!("{written}{}", &pointer[now.len()..]);
            }
        }
        pointer
    }

    /// `error` with its pointer traced back to the spec as written.
    pub(crate) fn locate(&self, error: Error) -> Error {
        match error {
            Error::Unsupported {
                spec,
                pointer,
                why,
                fix,
            } => Error::Unsupported {
                spec,
                pointer: self.trace(&pointer),
                why,
                fix,
            },
            other => other,
        }
    }
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
