//! Runtime support for the crates that `codegen` writes into `generated/`.
//!
//! Generated code depends on this crate for what it cannot express alone:
//!
//! - [`Secret`]: the redacting, zeroising, validated string type that replaces every
//!   spec field marked `format: password` or `x-secret: true`;
//! - [`Operation`]: what the spec says about each operation (method, path, idempotency,
//!   retry-token header, documented statuses); generated crates have one constant per
//!   operation, and [`Call`] ties each request builder to its operation;
//! - [`Hooks`]: the seam through which the hand-written client injects authentication
//!   (OCI request signing, bearer tokens) and transport policy into every generated
//!   `Client`, so one implementation serves all APIs;
//! - [`check_known`]: a value a response carried that the client does not know (the
//!   `UnknownValue` of an enum or union used on both sides) is refused in a request
//!   before anything is sent;
//! - [`Nullable`]: an optional `nullable` property that keeps an explicit `null`.
#![deny(missing_docs)]

mod call;
mod hooks;
mod known;
pub mod nullable;
mod operation;
mod secret;

pub use call::Call;
pub use hooks::{BoxFuture, HookError, HookErrorKind, Hooks, SharedHooks, Unauthenticated};
pub use known::{UnknownValueError, check_known, serialize_unknown};
pub use nullable::Nullable;
pub use operation::Operation;
pub use secret::{MASK, Rule, RuleError, Rules, Secret, SecretString, Unconstrained};
