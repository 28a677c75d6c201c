//! Runtime support for the crates that `codegen` writes into `generated/`.
//!
//! Generated code depends on this crate for two things it cannot express alone:
//!
//! - [`Secret`]: the redacting, zeroising, validated string type that replaces every
//!   spec field marked `format: password` or `x-secret: true`;
//! - [`Hooks`]: the seam through which the hand-written client injects authentication
//!   (OCI request signing, bearer tokens) and transport policy into every generated
//!   `Client`, so one implementation serves all APIs.
#![deny(missing_docs)]

mod hooks;
mod secret;

pub use hooks::{BoxFuture, HookError, Hooks, SharedHooks, Unauthenticated};
pub use secret::{MASK, Rule, RuleError, Rules, Secret, SecretString, Unconstrained};
