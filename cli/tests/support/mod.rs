//! Test support: the built `oci-backup` binary run as a subprocess with a clean
//! environment, a temporary home with an OCI config and API key, and HTTP servers on
//! 127.0.0.1 that record every request (and verify OCI signatures when given a key).

#![allow(dead_code)] // Each test binary uses part of it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use oci_backup::auth::key::PrivateKey;
use oci_backup::auth::signer::{self, ReceivedRequest};
use serde_json::Value;

/// The API key's fingerprint.
pub(crate) const FINGERPRINT: &str = "51:e8:2b:9f:0b:38:28:4d:a9:f7:0f:39:13:35:ef:57";
/// The tenancy of the test profile.
pub(crate) const TENANCY: &str = "ocid1.tenancy.oc1..aaaatest";
/// The user of the test profile.
pub(crate) const USER: &str = "ocid1.user.oc1..aaaatest";

/// The test API key.
pub(crate) fn key_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/api-key.pem")
}

/// The test key's public half (DER), for verifying signatures.
pub(crate) fn public_key() -> Vec<u8> {
    PrivateKey::from_file(&key_path(), None)
        .expect("test key")
        .public_key_der()
}

/// A directory removed when dropped.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new() -> Self {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "oci-backup-cli-test-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `content` to `name` in the directory; returns the path.
    pub(crate) fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A home directory with `~/.oci/config` (profile DEFAULT, the test key, region
/// us-ashburn-1) and nothing else.
pub(crate) struct Home {
    pub(crate) dir: TempDir,
}

impl Home {
    pub(crate) fn new() -> Self {
        let dir = TempDir::new();
        std::fs::create_dir_all(dir.path().join(".oci")).unwrap();
        let config = format!(
            "[DEFAULT]\nuser={USER}\nfingerprint={FINGERPRINT}\nkey_file={}\n\
             tenancy={TENANCY}\nregion=us-ashburn-1\n",
            key_path().display()
        );
        std::fs::write(dir.path().join(".oci/config"), config).unwrap();
        Self { dir }
    }

    /// Runs `oci-backup args` with only PATH, HOME, COLUMNS and `env` set.
    pub(crate) fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_in(self.dir.path(), args, env)
    }

    /// Runs `oci-backup bv boot-volume-backup <args> --endpoint <server>`.
    pub(crate) fn bv(&self, server: &Server, args: &[&str]) -> Run {
        let full: Vec<&str> = ["bv", "boot-volume-backup"]
            .into_iter()
            .chain(args.iter().copied())
            .chain(["--endpoint", server.base.as_str()])
            .collect();
        self.run(&full, &[])
    }
}

/// Runs the built binary with a clean environment.
pub(crate) fn run_in(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_oci-backup"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("COLUMNS", "100")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run oci-backup");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// stdout as JSON.
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }

    /// Asserts the exit code, showing the run when it differs.
    #[track_caller]
    pub(crate) fn expect(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "unexpected exit code: {self:#?}");
        self
    }
}

/// A request as the server received it.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) query: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
    /// The signature check, when the server verifies signatures.
    pub(crate) verified: Option<Result<(), String>>,
}

impl Received {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// An answer.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Answer {
    pub(crate) fn json(status: u16, body: impl Into<String>) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into(),
        }
    }

    pub(crate) fn empty(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: String::new(),
        }
    }

    /// An OCI error body.
    pub(crate) fn error(status: u16, code: &str, message: &str) -> Self {
        Self::json(
            status,
            serde_json::json!({"code": code, "message": message}).to_string(),
        )
        .header("opc-request-id", "req-1")
    }

    pub(crate) fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Received) -> Answer + Send + Sync;

/// A server on 127.0.0.1 that answers with `handler` and records every request.
pub(crate) struct Server {
    pub(crate) base: String,
    log: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    /// A server that verifies OCI signatures with `public_key` (answering 401 when one
    /// does not verify), or checks nothing when it is `None`.
    pub(crate) fn start(
        public_key: Option<Vec<u8>>,
        handler: impl Fn(&Received) -> Answer + Send + Sync + 'static,
    ) -> Self {
        let log = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let (sender, receiver) = std::sync::mpsc::channel();
        let seen = log.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                sender
                    .send(format!("http://{}", listener.local_addr().unwrap()))
                    .unwrap();
                let app = move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                    let seen = seen.clone();
                    let handler = handler.clone();
                    let public_key = public_key.clone();
                    async move { answer(method, uri, headers, body, &seen, &*handler, public_key) }
                };
                let router = axum::Router::new().fallback(app);
                axum::serve(listener, router).await.unwrap();
            });
        });
        let base = receiver.recv().unwrap();
        Self { base, log }
    }

    /// Every request received so far.
    pub(crate) fn requests(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }
}

fn answer(
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
    log: &Mutex<Vec<Received>>,
    handler: &Handler,
    public_key: Option<Vec<u8>>,
) -> Response {
    let pairs: Vec<(String, String)> = headers
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_owned(),
                v.to_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let path_and_query = uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let verified = public_key.map(|key| {
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let received = ReceivedRequest {
            method: method.as_str(),
            path_and_query: &path_and_query,
            headers: &refs,
            body: &body,
        };
        signer::verify(&received, |_| Some(key.as_slice()))
            .map(|parameters| {
                assert_eq!(parameters.key_id, format!("{TENANCY}/{USER}/{FINGERPRINT}"));
            })
            .map_err(|e| e.to_string())
    });
    let request = Received {
        method: method.to_string(),
        path: uri.path().to_owned(),
        query: uri.query().unwrap_or_default().to_owned(),
        headers: pairs,
        body: body.to_vec(),
        verified: verified.clone(),
    };
    log.lock().unwrap().push(request.clone());
    let answer = match verified {
        Some(Err(reason)) => Answer::error(401, "NotAuthenticated", &reason),
        _ => handler(&request),
    };
    let mut response = (StatusCode::from_u16(answer.status).unwrap(), answer.body).into_response();
    for (name, value) in answer.headers {
        response.headers_mut().insert(
            axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.parse().unwrap(),
        );
    }
    response
}

/// A boot volume backup as the API returns it.
pub(crate) fn backup(id: &str, state: &str, progress: Option<u8>) -> Value {
    let mut backup = serde_json::json!({
        "bootVolumeId": "ocid1.bootvolume.oc1..bv",
        "compartmentId": "ocid1.compartment.oc1..c",
        "displayName": "nightly",
        "id": id,
        "lifecycleState": state,
        "timeCreated": "2024-05-01T02:00:04Z",
        "type": "FULL",
    });
    if let Some(progress) = progress {
        backup["backupProgress"] = progress.into();
    }
    backup
}
