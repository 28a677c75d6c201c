//! Authentication for both APIs, plugged into the generated clients as
//! [`Hooks`](crate::runtime::Hooks).
//!
//! - [`key`]: RSA private keys from PEM (plain or encrypted) and their fingerprints.
//! - [`signer`]: the OCI "Request Signatures" algorithm as a pure function.
//! - [`oci`]: [`oci::OciSigner`], the hooks that sign every Core request.
//! - [`jwt`]: a security token's expiry.
//! - [`session`]: sessions (a security token and its key) from a
//!   [`session::SessionProvider`], cached and refreshed once however many requests wait.
//! - [`instance`]: instance principals (metadata service, federation).
//! - [`resource`]: resource principals v2.2 (`OCI_RESOURCE_PRINCIPAL_*`).
//! - [`security_token`]: session-token profiles (`security_token_file`) and
//!   their refresh (`oci-backup session refresh`).
//! - [`bearer`]: token providers (static, environment, file, OAuth 2.0) and
//!   [`bearer::BearerAuth`], the hooks that authorise every Analytics request.

pub mod bearer;
pub mod instance;
pub mod jwt;
pub mod key;
pub mod oauth;
pub mod oci;
pub mod resource;
pub mod security_token;
pub mod session;
pub mod signer;
