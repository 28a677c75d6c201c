//! Shared by the fake server's tests: a started server on a manual clock with both real
//! clients pointed at it, raw signed and bearer requests, and the contract check of
//! everything the server received and sent. The test keys and the clocks' start are the
//! workspace's (`oci_backup_test_support`).

#![allow(dead_code, unreachable_pub)] // Each test binary uses part of it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oci_backup::auth::bearer::{BearerAuth, StaticToken};
use oci_backup::auth::key::PrivateKey;
use oci_backup::auth::oci::OciSigner;
use oci_backup::clock::{Clock, ManualClock};
use oci_backup::runtime::SecretString;
use oci_backup::{analytics, block_storage};
use oci_backup_fake::spec::IncomingRequest;
use oci_backup_fake::{FakeConfig, FakeServer, PublicKey};
use oci_backup_test_support::{clock, keys};
use serde_json::Value;

pub const TENANCY: &str = "ocid1.tenancy.oc1..aaaaaaaafaketenancy";
pub const USER: &str = "ocid1.user.oc1..aaaaaaaafakeuser";
pub const COMPARTMENT: &str = "ocid1.compartment.oc1..aaaaaaaafakecompartment";
pub const OTHER_COMPARTMENT: &str = "ocid1.compartment.oc1..aaaaaaaaothercompartment";
pub const BOOT_VOLUME: &str = "ocid1.bootvolume.oc1.iad.aaaaaaaafakebootvolume";
pub const BEARER: &str = "fake-access-token";

/// The schedules every test server uses (unless a test changes them).
pub const BACKUP_SECONDS: u64 = 100;
pub const WORK_REQUEST_SECONDS: u64 = 100;
pub const DELETE_SECONDS: u64 = 10;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The test API key, the one the fake knows.
pub fn key() -> PrivateKey {
    keys::api_key()
}

/// A key the fake does not know.
pub fn other_key() -> PrivateKey {
    keys::other_key()
}

/// 2023-11-14T22:13:20Z, where the clocks start.
pub fn start_time() -> SystemTime {
    clock::start_time()
}

/// A signer for the test key with `clock`.
pub fn signer(key: PrivateKey, clock: Arc<dyn Clock>) -> OciSigner {
    let fingerprint = key.fingerprint().to_owned();
    OciSigner::api_key(key, TENANCY, USER, &fingerprint, clock).unwrap()
}

/// A running fake with both clients.
pub struct Harness {
    pub server: FakeServer,
    pub clock: Arc<ManualClock>,
    pub core: block_storage::Api,
    pub analytics: analytics::Api,
    pub http: reqwest::Client,
    signer: OciSigner,
}

impl Harness {
    pub async fn start() -> Self {
        Self::with(|config| config).await
    }

    /// Starts with the default test configuration changed by `change`.
    pub async fn with(change: impl FnOnce(FakeConfig) -> FakeConfig) -> Self {
        let clock = Arc::new(ManualClock::new(start_time()));
        let config = FakeConfig::default()
            .with_clock(clock.clone())
            .with_public_key(PublicKey::from_file(&keys::public_key_path()).unwrap())
            .with_bearer_token(BEARER)
            .with_backup_duration(Duration::from_secs(BACKUP_SECONDS))
            .with_work_request_duration(Duration::from_secs(WORK_REQUEST_SECONDS))
            .with_delete_duration(Duration::from_secs(DELETE_SECONDS))
            .with_response_validation(true);
        let server = FakeServer::start(change(config)).await.unwrap();
        let core =
            block_storage::Api::new(server.base_url(), signer(key(), clock.clone()).shared());
        let token = StaticToken::new(SecretString::from_string(BEARER.into()));
        let analytics = analytics::Api::new(
            server.base_url(),
            BearerAuth::new(Arc::new(token), clock.clone()).shared(),
        );
        Self {
            signer: signer(key(), clock.clone()),
            server,
            clock,
            core,
            analytics,
            http: reqwest::Client::new(),
        }
    }

    /// A Core client on the port of `region` (which the server must serve).
    pub fn core_in(&self, region: &str) -> block_storage::Api {
        let url = self.server.region_url(region).unwrap();
        block_storage::Api::new(url, signer(key(), self.clock.clone()).shared())
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.server.base_url())
    }

    pub fn advance(&self, seconds: u64) {
        self.clock.advance(Duration::from_secs(seconds));
    }

    /// A request with a JSON body (when given) and headers, not yet signed.
    pub fn request(
        &self,
        method: &str,
        path_and_query: &str,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> reqwest::Request {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut builder = self.http.request(method, self.url(path_and_query));
        if let Some(body) = body {
            builder = builder
                .header("content-type", "application/json")
                .body(body.to_owned());
        }
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.build().unwrap()
    }

    /// Signs a request as the Core client does.
    pub fn sign(&self, request: &mut reqwest::Request) {
        self.signer.sign_request(request).unwrap();
    }

    /// Sends a signed Core request.
    pub async fn signed(
        &self,
        method: &str,
        path_and_query: &str,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = self.request(method, path_and_query, body, headers);
        self.sign(&mut request);
        self.send(request).await
    }

    /// Sends an Analytics request with `Authorization: Bearer <token>` (none for `None`).
    pub async fn bearer(
        &self,
        method: &str,
        path_and_query: &str,
        body: Option<&str>,
        token: Option<&str>,
    ) -> Answer {
        let authorization = token.map(|t| format!("Bearer {t}"));
        let headers: Vec<(&str, &str)> = authorization
            .as_deref()
            .map(|a| ("authorization", a))
            .into_iter()
            .collect();
        let request = self.request(method, path_and_query, body, &headers);
        self.send(request).await
    }

    pub async fn send(&self, request: reqwest::Request) -> Answer {
        let response = self.http.execute(request).await.unwrap();
        Answer::read(response).await
    }

    /// Every request the fake received matches the spec when it was accepted, every
    /// response matches the spec, every Core answer has an `opc-request-id`, and the fake
    /// recorded no violation itself.
    pub fn assert_contract(&self) {
        let specs = self.server.specs();
        let log = self.server.state().request_log();
        assert!(!log.is_empty(), "no request reached the fake");
        for entry in &log {
            let Some(response) = &entry.response else {
                continue;
            };
            if entry.path_and_query.starts_with("/20160918/") {
                assert!(
                    response.header("opc-request-id").is_some(),
                    "{} {}: no opc-request-id",
                    entry.path_and_query,
                    response.status
                );
            }
            let Some(operation) = entry.operation_id.as_deref() else {
                // 404 and 405: no operation, so no response schema.
                assert!(matches!(response.status, 404 | 405), "{entry:?}");
                continue;
            };
            if response.status < 400 {
                let request = IncomingRequest {
                    method: &entry.method,
                    path_and_query: &entry.path_and_query,
                    headers: &entry.headers,
                    body: &entry.body,
                };
                let valid = specs
                    .check_request(&request)
                    .unwrap_or_else(|v| panic!("{operation}: request violates the spec: {v}"));
                assert_eq!(valid.operation.operation_id(), operation);
            }
            let violations = specs.check_response(
                operation,
                response.status,
                &response.headers,
                &response.body,
            );
            assert!(violations.is_empty(), "{operation}: {violations:#?}");
        }
        assert_eq!(self.server.state().spec_violations(), []);
    }
}

/// A raw answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub async fn read(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        };
        Self {
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or_default()
    }

    pub fn message(&self) -> &str {
        self.body["message"].as_str().unwrap_or_default()
    }

    /// Asserts an OCI-style error: status, code, exact message.
    #[track_caller]
    pub fn assert_error(&self, status: u16, code: &str, message: &str) {
        assert_eq!(
            (self.status, self.code(), self.message()),
            (status, code, message),
            "{self:?}"
        );
    }
}

/// The status, code and message of a Core client error response.
#[track_caller]
pub fn core_error<T: std::fmt::Debug>(
    result: Result<T, block_storage::ApiError<block_storage::types::Error>>,
) -> (u16, String, String) {
    match result {
        Err(block_storage::ApiError::ErrorResponse(response)) => {
            let status = response.status().as_u16();
            let error = response.into_inner();
            (status, error.code, error.message)
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

/// The status, code and message of an Analytics client error response.
#[track_caller]
pub fn analytics_error<T: std::fmt::Debug>(
    result: Result<T, analytics::ApiError<analytics::types::Error>>,
) -> (u16, String, String) {
    match result {
        Err(analytics::ApiError::ErrorResponse(response)) => {
            let status = response.status().as_u16();
            let error = response.into_inner();
            (status, error.code, error.message)
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

/// A Core create body.
pub fn create_details(display_name: &str) -> block_storage::types::CreateBootVolumeBackupDetails {
    serde_json::from_value(serde_json::json!({
        "bootVolumeId": BOOT_VOLUME,
        "compartmentId": COMPARTMENT,
        "displayName": display_name,
    }))
    .unwrap()
}

pub fn seed(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

/// The regions of the multi-region tests: the source first.
pub const SOURCE_REGION: &str = "us-ashburn-1";
pub const DESTINATION_REGION: &str = "us-phoenix-1";

/// `CreateBootVolumeDetails` restoring `backup_id`.
pub fn restore_details(backup_id: &str) -> block_storage::types::CreateBootVolumeDetails {
    serde_json::from_value(serde_json::json!({
        "availabilityDomain": "Uocm:PHX-AD-1",
        "compartmentId": COMPARTMENT,
        "sourceDetails": {"type": "bootVolumeBackup", "id": backup_id},
    }))
    .unwrap()
}

/// `CopyBootVolumeBackupDetails` to `region`.
pub fn copy_details(region: &str) -> block_storage::types::CopyBootVolumeBackupDetails {
    serde_json::from_value(serde_json::json!({"destinationRegion": region})).unwrap()
}
