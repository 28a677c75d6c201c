//! Authentication for both APIs, plugged into the generated clients as
//! [`Hooks`](crate::runtime::Hooks).
//!
//! - [`key`]: RSA private keys from PEM (plain or encrypted) and their fingerprints.
//! - [`signer`]: the OCI "Request Signatures" algorithm as a pure function.
//! - [`oci`]: [`oci::OciSigner`], the hooks that sign every Core request.
//! - [`bearer`]: token providers (static, environment, file, OAuth 2.0) and
//!   [`bearer::BearerAuth`], the hooks that authorise every Analytics request.

pub mod bearer;
pub mod key;
pub mod oauth;
pub mod oci;
pub mod signer;
