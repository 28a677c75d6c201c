//! Instance principals: a program on an OCI compute instance signs as the instance,
//! with no key file.
//!
//! 1. The instance metadata service v2 ([`METADATA_BASE_URL`], or
//!    `OCI_METADATA_BASE_URL` as the SDKs read it), every request with
//!    `Authorization: Bearer Oracle`: the region (`/instance/region`, a short code such
//!    as `iad` or a name), the leaf certificate and its key (`/identity/cert.pem`,
//!    `/identity/key.pem`) and the intermediate certificate (`/identity/intermediate.pem`).
//! 2. The tenancy is the leaf certificate's subject attribute that starts with
//!    `opc-tenant:` (or `opc-identity:`), as the Python SDK reads it; a changed tenancy
//!    on refresh is an error.
//! 3. A new RSA-2048 session key, in memory only.
//! 4. Federation: `POST {auth endpoint}/v1/x509` with the certificates and the session
//!    public key (PEM without armour lines or newlines), signed with the leaf key as
//!    `keyId="{tenancy}/fed-x509/{SHA-1 of the certificate, upper-case hex joined by :}"`
//!    over `date (request-target) content-length content-type x-content-sha256`,
//!    exactly as the Python SDK's `X509FederationClient` does. The answer's `token` is
//!    the session token.
//!
//! Every fetch re-reads the certificates (they rotate) and makes a new session key; the
//! [`SessionCache`](super::session::SessionCache) decides when to fetch (before expiry,
//! after a 401, one at a time).

use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use reqwest::Url;
use serde::Deserialize;

use super::key::{PrivateKey, pem_contents};
use super::session::{PrincipalError, Session, SessionProvider};
use super::signer::{self, SigningInput};
use crate::clock::Clock;
use crate::config::{self, Environment};
use crate::runtime::{BoxFuture, SecretString};
use crate::transport::{self, TransportOptions};

/// The instance metadata service v2 on IPv4.
pub const METADATA_BASE_URL: &str = "http://169.254.169.254/opc/v2";

/// The variable that names another metadata service base (as the OCI SDKs read it).
pub const METADATA_BASE_URL_VAR: &str = "OCI_METADATA_BASE_URL";

/// The variable that names another auth service (federation, session refresh) base URL:
/// this project's, for tests and private endpoints (the Python SDK takes a
/// `federation_endpoint` argument instead).
pub const AUTH_ENDPOINT_VAR: &str = "OCI_BACKUP_AUTH_ENDPOINT";

/// Where the instance principal's services are.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct InstancePrincipalOptions {
    /// The metadata service base (`.../opc/v2`); default `OCI_METADATA_BASE_URL`, else
    /// [`METADATA_BASE_URL`].
    pub metadata_base_url: Option<String>,
    /// The auth service base URL (`https://auth.{region}.{domain}` by default, from the
    /// region); the federation request goes to its `/v1/x509`.
    pub auth_endpoint: Option<String>,
    /// The region, instead of asking the metadata service.
    pub region: Option<String>,
    /// The transport for the auth service.
    pub transport: TransportOptions,
    /// The environment (`OCI_METADATA_BASE_URL`, `OCI_BACKUP_AUTH_ENDPOINT`,
    /// `OCI_DEFAULT_REALM`).
    pub environment: Environment,
}

impl InstancePrincipalOptions {
    /// The defaults, reading `environment`.
    pub fn new(environment: Environment) -> Self {
        Self {
            environment,
            ..Self::default()
        }
    }

    /// Sets [`InstancePrincipalOptions::region`].
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Sets [`InstancePrincipalOptions::auth_endpoint`].
    pub fn with_auth_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.auth_endpoint = Some(endpoint.into());
        self
    }

    /// Sets [`InstancePrincipalOptions::metadata_base_url`].
    pub fn with_metadata_base_url(mut self, url: impl Into<String>) -> Self {
        self.metadata_base_url = Some(url.into());
        self
    }
}

/// The [`SessionProvider`] of instance principals.
#[derive(Debug)]
pub struct InstancePrincipal {
    metadata_base: String,
    imds: reqwest::Client,
    federation_url: String,
    auth: reqwest::Client,
    region: String,
    clock: Arc<dyn Clock>,
    tenancy: Mutex<Option<String>>,
}

impl InstancePrincipal {
    /// Reads the region from the metadata service (unless given) and prepares the
    /// federation client. Fails naming the metadata service when it does not answer.
    pub async fn new(
        options: InstancePrincipalOptions,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, PrincipalError> {
        let env = &options.environment;
        let metadata_base = options
            .metadata_base_url
            .clone()
            .or_else(|| env.var(METADATA_BASE_URL_VAR).map(|v| v.trim().to_owned()))
            .unwrap_or_else(|| METADATA_BASE_URL.to_owned());
        let metadata_base = metadata_base.trim_end_matches('/').to_owned();
        let parsed = Url::parse(&metadata_base).map_err(|e| {
            PrincipalError::Config(format!(
                "the metadata service base `{metadata_base}` ({METADATA_BASE_URL_VAR}) is not a URL: {e}"
            ))
        })?;
        if !is_metadata_host(&parsed) {
            return Err(PrincipalError::Config(format!(
                "the metadata service base `{metadata_base}` ({METADATA_BASE_URL_VAR}) must be \
                 http(s) on a link-local or loopback address"
            )));
        }
        let imds = transport::http_client_for(&parsed, &TransportOptions::default())
            .map_err(|e| PrincipalError::Config(e.to_string()))?;
        let region = match &options.region {
            Some(region) => region.clone(),
            None => metadata(&imds, &metadata_base, "instance/region").await?,
        };
        let region =
            config::region_name(&region).map_err(|e| PrincipalError::Config(e.to_string()))?;
        let endpoint = match options
            .auth_endpoint
            .clone()
            .or_else(|| env.var(AUTH_ENDPOINT_VAR).map(|v| v.trim().to_owned()))
        {
            Some(endpoint) => endpoint.trim_end_matches('/').to_owned(),
            None => config::service_endpoint("auth", &region, env)
                .map_err(|e| PrincipalError::Config(e.to_string()))?,
        };
        let url = transport::check_endpoint(&endpoint)
            .map_err(|e| PrincipalError::Config(e.to_string()))?;
        let auth = transport::http_client_for(&url, &options.transport)
            .map_err(|e| PrincipalError::Config(e.to_string()))?;
        let federation_url = format!("{endpoint}/v1/x509");
        tracing::debug!(%region, federation = %federation_url, "instance principal ready");
        Ok(Self {
            metadata_base,
            imds,
            federation_url,
            auth,
            region,
            clock,
            tenancy: Mutex::new(None),
        })
    }

    /// The federation URL.
    pub fn federation_url(&self) -> &str {
        &self.federation_url
    }

    async fn metadata(&self, path: &str) -> Result<String, PrincipalError> {
        metadata(&self.imds, &self.metadata_base, path).await
    }

    async fn federate(&self) -> Result<Session, PrincipalError> {
        let leaf_pem = SecretString::from_string(self.metadata("identity/cert.pem").await?);
        let key_pem = SecretString::from_string(self.metadata("identity/key.pem").await?);
        let intermediate_pem = self.metadata("identity/intermediate.pem").await?;
        let leaf_der = pem_contents(leaf_pem.expose_secret(), "CERTIFICATE").map_err(|e| {
            PrincipalError::Certificate {
                what: "instance leaf certificate",
                reason: e.to_string(),
            }
        })?;
        pem_contents(&intermediate_pem, "CERTIFICATE").map_err(|e| {
            PrincipalError::Certificate {
                what: "intermediate certificate",
                reason: e.to_string(),
            }
        })?;
        let tenancy = tenancy_of(&leaf_der)?;
        {
            let mut known = self
                .tenancy
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            match known.as_ref() {
                Some(was) if *was != tenancy => {
                    return Err(PrincipalError::TenancyChanged {
                        was: was.clone(),
                        now: tenancy,
                    });
                }
                _ => *known = Some(tenancy.clone()),
            }
        }
        let leaf_key = PrivateKey::from_pem(
            key_pem.expose_secret(),
            None,
            "the instance certificate's key (identity/key.pem)",
        )
        .map_err(|e| PrincipalError::Key(e.to_string()))?;
        let session_key = PrivateKey::generate().map_err(|e| PrincipalError::Key(e.to_string()))?;
        let body = serde_json::json!({
            "certificate": sanitize(leaf_pem.expose_secret()),
            "publicKey": sanitize(&session_key.public_key_pem()),
            "intermediateCertificates": [sanitize(&intermediate_pem)],
        });
        let body = serde_json::to_vec(&body).unwrap_or_default();
        let key_id = format!("{tenancy}/fed-x509/{}", sha1_fingerprint(&leaf_der));
        let token = post_signed(
            &self.auth,
            &self.federation_url,
            body,
            &key_id,
            &leaf_key,
            self.clock.as_ref(),
            false,
        )
        .await?;
        Ok(Session::new(token, Arc::new(session_key)))
    }
}

impl SessionProvider for InstancePrincipal {
    fn kind(&self) -> &'static str {
        "instance principal"
    }

    fn fetch(&self) -> BoxFuture<'_, Result<Session, PrincipalError>> {
        Box::pin(self.federate())
    }

    fn region(&self) -> Option<&str> {
        Some(&self.region)
    }

    fn tenancy(&self) -> Option<String> {
        self.tenancy
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

/// `GET {base}/{path}` with `Authorization: Bearer Oracle`, as the metadata service v2
/// requires; the answer's text.
async fn metadata(
    imds: &reqwest::Client,
    base: &str,
    path: &str,
) -> Result<String, PrincipalError> {
    let url = format!("{base}/{path}");
    let unreachable = |e: reqwest::Error| PrincipalError::MetadataUnreachable {
        url: url.clone(),
        reason: crate::error::causes(&e),
    };
    let response = imds
        .get(&url)
        .header("authorization", "Bearer Oracle")
        .send()
        .await
        .map_err(unreachable)?;
    let status = response.status();
    if !status.is_success() {
        return Err(PrincipalError::MetadataStatus {
            url,
            status: status.as_u16(),
        });
    }
    response.text().await.map_err(unreachable)
}

/// http(s) to a loopback or link-local address (the metadata service's are
/// `169.254.169.254` and `fd00:c1::a9fe:a9fe`), or https anywhere.
fn is_metadata_host(url: &Url) -> bool {
    let local = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback() || ip.is_link_local(),
        Some(url::Host::Ipv6(ip)) => {
            IpAddr::V6(ip).is_loopback()
                || ip == std::net::Ipv6Addr::new(0xfd00, 0xc1, 0, 0, 0, 0, 0xa9fe, 0xa9fe)
        }
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => local,
        _ => false,
    }
}

/// A PEM without its armour lines and newlines, as the auth service takes certificates
/// and keys (the Python SDK's `sanitize_certificate_string`).
pub fn sanitize(pem: &str) -> String {
    pem.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("-----"))
        .collect()
}

/// The SHA-1 of a DER certificate as upper-case hex bytes joined by `:`.
pub fn sha1_fingerprint(der: &[u8]) -> String {
    aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, der)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// The tenancy OCID in a DER certificate's subject: the value of the first attribute
/// that starts with `opc-tenant:` or `opc-identity:`.
pub fn tenancy_of(der: &[u8]) -> Result<String, PrincipalError> {
    use x509_cert::der::Decode as _;
    let bad = |reason: String| PrincipalError::Certificate {
        what: "instance leaf certificate",
        reason,
    };
    let certificate = x509_cert::Certificate::from_der(der)
        .map_err(|e| bad(format!("not a valid X.509 certificate: {e}")))?;
    for rdn in certificate.tbs_certificate.subject.0.iter() {
        for attribute in rdn.0.iter() {
            let value = attribute.value.value();
            let Ok(text) = std::str::from_utf8(value) else {
                continue;
            };
            for prefix in ["opc-tenant:", "opc-identity:"] {
                if let Some(tenancy) = text.strip_prefix(prefix) {
                    return Ok(tenancy.to_owned());
                }
            }
        }
    }
    Err(bad(
        "its subject has no `opc-tenant:` attribute, so the tenancy is unknown".into(),
    ))
}

#[derive(Deserialize)]
struct TokenAnswer {
    token: String,
}

/// POSTs a JSON body signed with `key` as `key_id` (without `host` for federation, as
/// the SDK does) and returns the answer's `token`.
pub(crate) async fn post_signed(
    http: &reqwest::Client,
    url: &str,
    body: Vec<u8>,
    key_id: &str,
    key: &PrivateKey,
    clock: &dyn Clock,
    sign_host: bool,
) -> Result<SecretString, PrincipalError> {
    let parsed = Url::parse(url).map_err(|e| PrincipalError::Config(format!("`{url}`: {e}")))?;
    let host = match (parsed.host_str(), parsed.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        (None, _) => return Err(PrincipalError::Config(format!("`{url}` has no host"))),
    };
    let date = signer::http_date(clock.now());
    let input = SigningInput {
        method: "POST",
        path_and_query: &parsed[url::Position::BeforePath..url::Position::AfterQuery],
        host: &host,
        date: &date,
        content_type: Some("application/json"),
        body: &body,
    };
    let signed = if sign_host {
        signer::sign(&input, key_id, key)
    } else {
        signer::sign_without_host(&input, key_id, key)
    }
    .map_err(|e| PrincipalError::Key(e.to_string()))?;
    let mut request = http.post(url).body(body);
    for (name, value) in &signed.headers {
        if *name != "host" {
            request = request.header(*name, value);
        }
    }
    let mut authorization = reqwest::header::HeaderValue::from_str(&signed.authorization)
        .map_err(|_| PrincipalError::Config("the signature is not a valid header".into()))?;
    authorization.set_sensitive(true);
    let response = request
        .header(reqwest::header::AUTHORIZATION, authorization)
        .send()
        .await
        .map_err(|e| PrincipalError::AuthUnreachable {
            url: url.to_owned(),
            reason: crate::error::causes(&e),
        })?;
    let status = response.status();
    let text = response
        .text()
        .await
        .map_err(|e| PrincipalError::AuthUnreachable {
            url: url.to_owned(),
            reason: crate::error::causes(&e),
        })?;
    if !status.is_success() {
        let message = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .map(|v| {
                format!(
                    "{}: {}",
                    v.get("code").and_then(|c| c.as_str()).unwrap_or("-"),
                    v.get("message").and_then(|c| c.as_str()).unwrap_or("-")
                )
            })
            .unwrap_or_else(|| "an answer that is not the documented JSON".into());
        return Err(PrincipalError::AuthRefused {
            url: url.to_owned(),
            status: status.as_u16(),
            message,
        });
    }
    let answer: TokenAnswer =
        serde_json::from_str(&text).map_err(|_| PrincipalError::AuthRefused {
            url: url.to_owned(),
            status: status.as_u16(),
            message: "the answer has no `token`".into(),
        })?;
    Ok(SecretString::from_string(answer.token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_hosts() {
        let ok = |u: &str| Url::parse(u).map(|u| is_metadata_host(&u)).unwrap_or(false);
        assert!(ok("http://169.254.169.254/opc/v2"));
        assert!(ok("http://[fd00:c1::a9fe:a9fe]/opc/v2"));
        assert!(ok("http://127.0.0.1:8080/opc/v2"));
        assert!(ok("https://metadata.example/opc/v2"));
        assert!(!ok("http://metadata.example/opc/v2"));
        assert!(!ok("http://10.0.0.1/opc/v2"));
        assert!(!ok("ftp://127.0.0.1/"));
    }

    #[test]
    fn sanitizing_drops_armour_and_newlines() {
        assert_eq!(
            sanitize("-----BEGIN CERTIFICATE-----\nAB\r\nCD\n-----END CERTIFICATE-----\n"),
            "ABCD"
        );
    }
}
