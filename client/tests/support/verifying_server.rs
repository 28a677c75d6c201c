//! A Core-like server on 127.0.0.1 that verifies the OCI signature of every request it
//! receives (and that its date is the test clock's), records it, and answers like the
//! boot volume backup API.

#![allow(dead_code)] // Each test binary uses part of it.

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::IntoResponse;
use oci_backup::auth::signer::{self, ReceivedRequest};
use oci_backup::clock::Clock;

/// What the server saw, and whether it verified.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub(crate) method: String,
    pub(crate) path_and_query: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) verified: Result<(), String>,
}

impl Seen {
    /// A received header's value.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Starts the server; returns its base URL and what it has seen.
pub(crate) async fn start(
    public: Vec<u8>,
    clock: Arc<dyn Clock>,
) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let handler = move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
        let log = log.clone();
        let public = public.clone();
        let clock = clock.clone();
        async move {
            let pairs: Vec<(String, String)> = headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_owned(),
                        v.to_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect();
            let refs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let path_and_query = uri
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default();
            let received = ReceivedRequest {
                method: method.as_str(),
                path_and_query: &path_and_query,
                headers: &refs,
                body: &body,
            };
            let mut verified = signer::verify(&received, |_| Some(public.as_slice()))
                .map(|_| ())
                .map_err(|e| e.to_string());
            if verified.is_ok()
                && headers["date"].to_str().unwrap() != signer::http_date(clock.now())
            {
                verified = Err("date is not the clock's".into());
            }
            let ok = verified.is_ok();
            log.lock().unwrap().push(Seen {
                method: method.to_string(),
                path_and_query,
                headers: pairs,
                verified,
            });
            if !ok {
                return (
                    StatusCode::UNAUTHORIZED,
                    r#"{"code":"NotAuthenticated","message":"bad signature"}"#,
                )
                    .into_response();
            }
            let backup = r#"{"compartmentId":"ocid1.compartment.oc1..c","displayName":"b","id":"ocid1.bootvolumebackup.oc1..b","lifecycleState":"AVAILABLE","timeCreated":"2024-05-01T02:00:04Z"}"#;
            match (method.as_str(), uri.path()) {
                ("GET", "/20160918/bootVolumeBackups") => {
                    ([("content-type", "application/json")], "[]").into_response()
                }
                ("DELETE", _) => StatusCode::NO_CONTENT.into_response(),
                ("POST", path) if path.ends_with("/actions/changeCompartment") => {
                    StatusCode::NO_CONTENT.into_response()
                }
                _ => ([("content-type", "application/json")], backup).into_response(),
            }
        }
    };
    let router = axum::Router::new().fallback(handler);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, seen)
}
