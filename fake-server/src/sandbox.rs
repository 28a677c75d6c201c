//! [`Sandbox`]: a fake server with a throwaway API key and the profile that uses it, so
//! examples and tests reach the fake in two lines, as a program reaches Oracle Cloud.

use std::sync::Arc;
use std::time::Duration;

use aws_lc_rs::encoding::AsDer as _;
use base64::Engine as _;
use oci_backup::auth::bearer::{StaticToken, TokenProvider};
use oci_backup::auth::key::PrivateKey;
use oci_backup::config::{KeySource, OciConfig};
use oci_backup::runtime::SecretString;

use crate::{FakeConfig, FakeError, FakeServer, PublicKey};

/// The Analytics bearer token a sandbox accepts.
const BEARER_TOKEN: &str = "sandbox-token";

/// A running fake server, a freshly generated API key it trusts, and a profile and a
/// token provider that reach it. Backups take 3 s and work requests 2 s.
#[derive(Debug)]
pub struct Sandbox {
    server: FakeServer,
    profile: OciConfig,
}

impl Sandbox {
    /// Starts a sandbox with the default timings.
    pub async fn start() -> Result<Self, FakeError> {
        Self::start_with(
            FakeConfig::default()
                .with_backup_duration(Duration::from_secs(3))
                .with_work_request_duration(Duration::from_secs(2)),
        )
        .await
    }

    /// Starts a sandbox on `config`, adding the generated key and the bearer token.
    pub async fn start_with(config: FakeConfig) -> Result<Self, FakeError> {
        let pem = generate_key()?;
        let key =
            PrivateKey::from_pem(&pem, None, "the sandbox key").map_err(|e| FakeError::Key {
                origin: "the sandbox key".into(),
                reason: e.to_string(),
            })?;
        let server = FakeServer::start(
            config
                .with_public_key(PublicKey::from_private_key(&key))
                .with_bearer_token(BEARER_TOKEN),
        )
        .await?;
        let profile = OciConfig::api_key(
            "ocid1.tenancy.oc1..sandbox",
            "ocid1.user.oc1..sandbox",
            key.fingerprint(),
            KeySource::Content(SecretString::from_string(pem)),
            "us-ashburn-1",
        )
        .with_endpoint(server.base_url());
        Ok(Self { server, profile })
    }

    /// The profile whose key the server trusts, with the server as its endpoint.
    pub fn profile(&self) -> &OciConfig {
        &self.profile
    }

    /// The Analytics instance URL (the same server).
    pub fn analytics_url(&self) -> &str {
        self.server.base_url()
    }

    /// A token provider with the bearer token the server accepts.
    pub fn tokens(&self) -> Arc<dyn TokenProvider> {
        Arc::new(StaticToken::new(SecretString::from_string(
            BEARER_TOKEN.to_owned(),
        )))
    }

    /// The server (its state, its specs).
    pub fn server(&self) -> &FakeServer {
        &self.server
    }

    /// Stops the server.
    pub async fn shutdown(self) {
        self.server.shutdown().await;
    }
}

/// A throwaway RSA-2048 key, PKCS#8 PEM.
pub fn generate_key() -> Result<String, FakeError> {
    let failed = |reason: &str| FakeError::Key {
        origin: "a generated key".into(),
        reason: reason.into(),
    };
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
        .map_err(|_| failed("cannot generate an RSA-2048 key"))?;
    let der = pair.as_der().map_err(|_| failed("cannot encode the key"))?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(der.as_ref());
    let mut pem = String::from("-----BEGIN PRIVATE KEY-----\n");
    for line in encoded.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str("-----END PRIVATE KEY-----\n");
    Ok(pem)
}
