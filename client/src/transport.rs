//! The HTTP client every API shares.
//!
//! Credentials travel only over HTTPS (rustls; the system's roots plus an optional CA
//! bundle, which a Private Cloud Appliance needs for its own CA). Plain HTTP is accepted
//! only to loopback addresses (`127.0.0.0/8`, `::1`, `localhost`), for tests and the
//! local fake server. There is no switch that disables certificate verification.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::Url;

/// Why an endpoint or the HTTP client was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransportError {
    /// The endpoint is not a valid absolute URL.
    #[error("endpoint `{url}` is not a valid URL: {reason}")]
    InvalidUrl {
        /// The endpoint as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Plain HTTP to a host that is not a loopback address.
    #[error(
        "refusing to send credentials over plain http to `{url}`: use https \
         (plain http is allowed only to loopback addresses, for tests and the fake server)"
    )]
    PlainHttp {
        /// The endpoint as given.
        url: String,
    },
    /// A scheme other than `https` or `http`.
    #[error("endpoint `{url}` must use https")]
    UnsupportedScheme {
        /// The endpoint as given.
        url: String,
    },
    /// The CA bundle could not be read or holds no certificate.
    #[error("CA bundle `{path}`: {reason}")]
    CertBundle {
        /// The bundle's path.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// reqwest could not build the client.
    #[error("cannot build the HTTP client: {0}")]
    Build(#[source] reqwest::Error),
}

/// Checks that credentials may be sent to `url` and returns it parsed.
pub fn check_endpoint(url: &str) -> Result<Url, TransportError> {
    let parsed = Url::parse(url).map_err(|e| TransportError::InvalidUrl {
        url: url.to_owned(),
        reason: e.to_string(),
    })?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if is_loopback(&parsed) => Ok(parsed),
        "http" => Err(TransportError::PlainHttp {
            url: url.to_owned(),
        }),
        _ => Err(TransportError::UnsupportedScheme {
            url: url.to_owned(),
        }),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// How to build the shared HTTP client.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TransportOptions {
    /// A PEM bundle of extra trusted CA certificates (for example a Private Cloud
    /// Appliance's CA), added to the system's roots.
    pub cert_bundle: Option<PathBuf>,
    /// The whole-request timeout.
    pub timeout: Duration,
    /// The connection timeout.
    pub connect_timeout: Duration,
}

impl Default for TransportOptions {
    fn default() -> Self {
        Self {
            cert_bundle: None,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
        }
    }
}

impl TransportOptions {
    /// The defaults, with a CA bundle.
    pub fn with_cert_bundle(mut self, path: impl Into<PathBuf>) -> Self {
        self.cert_bundle = Some(path.into());
        self
    }
}

/// A self-signed root certificate whose private key was destroyed when it was made:
/// nothing can chain to it. A client that trusts only this root can make no TLS
/// connection at all.
const PLACEHOLDER_ROOT: &str = include_str!("transport/placeholder-root.pem");

/// Redirects are never followed: a signed request re-sent elsewhere would carry its
/// signed headers to a host that was not meant to see them, and neither API redirects;
/// a 3xx answer is returned as it is (an undocumented answer, with its status).
fn builder(options: &TransportOptions) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("oci-backup/", env!("CARGO_PKG_VERSION")))
        .timeout(options.timeout)
        .connect_timeout(options.connect_timeout)
}

/// Builds the HTTP client: rustls with the system's roots plus the CA bundle, if any.
pub fn http_client(options: &TransportOptions) -> Result<reqwest::Client, TransportError> {
    let mut builder = builder(options);
    if let Some(path) = &options.cert_bundle {
        builder = builder.tls_certs_merge(read_bundle(path)?);
    }
    builder.build().map_err(TransportError::Build)
}

/// Builds the HTTP client for `endpoint` (already accepted by [`check_endpoint`]): for
/// https, [`http_client`]; for plain http (loopback only) a client that never loads the
/// system's trust store, so it works where there is none and starts faster, and that
/// trusts nothing, so it cannot be used for TLS.
pub fn http_client_for(
    endpoint: &Url,
    options: &TransportOptions,
) -> Result<reqwest::Client, TransportError> {
    if endpoint.scheme() != "http" {
        return http_client(options);
    }
    let placeholder = reqwest::Certificate::from_pem(PLACEHOLDER_ROOT.as_bytes())
        .map_err(TransportError::Build)?;
    builder(options)
        .tls_certs_only([placeholder])
        .build()
        .map_err(TransportError::Build)
}

fn read_bundle(path: &Path) -> Result<Vec<reqwest::Certificate>, TransportError> {
    let error = |reason: String| TransportError::CertBundle {
        path: path.to_owned(),
        reason,
    };
    let pem =
        crate::files::read_limited(path).map_err(|e| error(format!("cannot read it: {e}")))?;
    let certificates = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| error(format!("not a PEM certificate bundle: {e}")))?;
    if certificates.is_empty() {
        return Err(error("holds no certificate".into()));
    }
    Ok(certificates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_and_plain_http_only_to_loopback() {
        for ok in [
            "https://iaas.us-ashburn-1.oraclecloud.com",
            "https://10.0.0.5:8443/",
            "http://127.0.0.1:8080",
            "http://127.3.4.5",
            "http://[::1]:9000/x",
            "http://localhost:1234",
            "http://LOCALHOST",
        ] {
            assert!(check_endpoint(ok).is_ok(), "{ok}");
        }
        for refused in [
            "http://iaas.example.com",
            "http://10.0.0.5",
            "http://[::2]",
            "http://localhost.evil.com",
        ] {
            let error = check_endpoint(refused).unwrap_err().to_string();
            assert!(
                error.starts_with("refusing to send credentials over plain http"),
                "{error}"
            );
        }
        assert!(matches!(
            check_endpoint("ftp://x"),
            Err(TransportError::UnsupportedScheme { .. })
        ));
        assert!(matches!(
            check_endpoint("not a url"),
            Err(TransportError::InvalidUrl { .. })
        ));
    }

    #[test]
    fn a_missing_or_empty_bundle_is_an_error_naming_the_file() {
        let options = TransportOptions::default().with_cert_bundle("/nonexistent/ca.pem");
        let error = http_client(&options).unwrap_err().to_string();
        assert!(
            error.starts_with("CA bundle `/nonexistent/ca.pem`: cannot read it"),
            "{error}"
        );
        let empty =
            std::env::temp_dir().join(format!("oci-backup-empty-{}.pem", std::process::id()));
        std::fs::write(&empty, "no certificates here\n").unwrap();
        let error = http_client(&TransportOptions::default().with_cert_bundle(&empty)).unwrap_err();
        assert!(
            error.to_string().ends_with("holds no certificate"),
            "{error}"
        );
        std::fs::remove_file(empty).unwrap();
    }
}
