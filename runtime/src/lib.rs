//! Runtime support for the crates that `codegen` writes into `generated/`.
//!
//! Generated code depends on this crate for two things it cannot express alone:
//!
//! - [`Secret`]: the redacting, zeroising, validated string type that replaces every
//!   spec field marked `format: password` or `x-secret: true`;
//! - [`Operation`]: what the spec says about each operation (method, path, header
//!   parameters), which generated crates list in `OPERATIONS` for policies such as retries;
//! - [`Hooks`]: the seam through which the hand-written client injects authentication
//!   (OCI request signing, bearer tokens) and transport policy into every generated
//!   `Client`, so one implementation serves all APIs.
#![deny(missing_docs)]

mod hooks;
mod operation;
mod secret;

pub use hooks::{BoxFuture, HookError, Hooks, SharedHooks, Unauthenticated};
pub use operation::Operation;
pub use secret::{MASK, Rule, RuleError, Rules, Secret, SecretString, Unconstrained};
