//! HTTPS with a private CA, as a Private Cloud Appliance has: the CA bundle is trusted in
//! addition to the system's roots, and without it the server is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::PathBuf;
use std::sync::Arc;

use oci_backup::transport::{TransportOptions, http_client};
use oci_backup_test_support::server;
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

fn tls(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tls")
        .join(name)
}

/// An HTTPS server on 127.0.0.1 with a certificate from the test CA; answers every request
/// with a small JSON body.
async fn https_server() -> String {
    let certificates = CertificateDer::pem_file_iter(tls("server.pem"))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let key = PrivateKeyDer::from_pem_file(tls("server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certificates, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::from_std(server::listener()).unwrap();
    let base = format!("https://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut stream) = acceptor.accept(stream).await else {
                    return;
                };
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 1024];
                while !buffer.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
                let body = r#"{"items":[]}"#;
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    base
}

#[tokio::test]
async fn the_ca_bundle_is_trusted_and_without_it_the_server_is_refused() {
    let base = https_server().await;
    let trusting =
        http_client(&TransportOptions::default().with_cert_bundle(tls("ca.pem"))).unwrap();
    let response = trusting
        .get(format!("{base}/api/20210901/snapshots"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.text().await.unwrap(), r#"{"items":[]}"#);

    let default = http_client(&TransportOptions::default()).unwrap();
    let error = default
        .get(format!("{base}/api/20210901/snapshots"))
        .send()
        .await
        .unwrap_err();
    let chain = std::iter::successors(Some(&error as &dyn std::error::Error), |e| e.source())
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join(": ");
    assert!(chain.to_lowercase().contains("certificate"), "{chain}");
}

#[tokio::test]
async fn the_generated_client_reaches_an_appliance_through_its_ca() {
    use oci_backup::auth::bearer::StaticToken;
    use oci_backup::connect::Settings;
    use oci_backup::runtime::SecretString;

    let base = https_server().await;
    let token = Arc::new(StaticToken::new(SecretString::from_string("t".into())));
    let options = TransportOptions::default().with_cert_bundle(tls("ca.pem"));
    let client = oci_backup::analytics::Analytics::with_transport(
        &base,
        token,
        &options,
        Settings::default(),
    )
    .unwrap();
    let snapshots = client.api().list_snapshots().send().await.unwrap();
    assert!(snapshots.items.is_empty());
}

#[tokio::test]
async fn a_client_for_plain_loopback_http_trusts_no_tls_server() {
    let base = https_server().await;
    let endpoint = reqwest::Url::parse("http://127.0.0.1:9").unwrap();
    let options = TransportOptions::default().with_cert_bundle(tls("ca.pem"));
    let client = oci_backup::transport::http_client_for(&endpoint, &options).unwrap();
    let error = client
        .get(format!("{base}/api/20210901/snapshots"))
        .send()
        .await
        .unwrap_err();
    assert!(error.is_connect() || error.is_request(), "{error:?}");
}
