//! What the tests of the client (`oci-backup`), the command (`oci-backup-cli`) and the
//! fake (`oci-backup-fake`) share: one loopback test server and what is built on it, the
//! throwaway test keys, a test clock and a log capture.
//!
//! - [`server`]: an HTTP/1.1 server on 127.0.0.1 that records every request, verifies
//!   its OCI signature when asked, and answers with a handler: an answer, a dropped
//!   connection, or no answer at all. Every test server binds here.
//! - [`scripted`]: the same server following a list of replies, the n-th request getting
//!   the n-th (the last one repeats).
//! - [`core_api`]: a minimal Core boot volume backup API, to answer signed requests.
//! - [`token`]: an identity domain token endpoint and a bearer-protected Analytics route.
//! - [`keys`]: the test keys (`keys/` in this crate) and the signing identity.
//! - [`clock`]: the tests' fixed start time.
//! - [`logs`]: every `tracing` event of a test binary, captured to check for secrets.
//!
//! Use it from integration tests (`tests/`) only: it links the `oci-backup` library, which
//! is the same instance an integration test sees, but not the one a crate's unit tests
//! inside `src/` are compiled into.

#![deny(missing_docs)]
// A test helper's failure is a test failure: panicking with the cause is the point.
#![allow(clippy::unwrap_used)]

pub mod clock;
pub mod core_api;
pub mod keys;
pub mod logs;
pub mod scripted;
pub mod server;
pub mod token;

pub use server::{Answer, Received, Reply, Server, Verify};
