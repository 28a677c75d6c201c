//! The loopback test server: HTTP/1.1 on 127.0.0.1 (a port of its own), on a thread and
//! runtime of its own so synchronous and asynchronous tests start it alike. It reads each
//! request whole, records it (with the result of the OCI signature check when it verifies
//! signatures), and asks a handler what to do: answer, close the connection without
//! answering (the request took effect, the client got no answer), or never answer.
//!
//! Handlers are plain functions of the request; they run on a blocking thread, so one may
//! wait (for a gate a test opens, say) without stopping the server. The server stops,
//! closing every connection, when [`Server`] is dropped.
//!
//! Every test server of the workspace binds through [`listener`]; [`closed_address`] is
//! an address nothing listens on.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use http_body_util::{BodyExt as _, Either, Full};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderName, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use oci_backup::auth::signer::{self, ReceivedRequest};
use oci_backup::clock::Clock;
use serde_json::Value;
use tokio::sync::oneshot;

/// A request as the server read it.
#[derive(Debug, Clone)]
pub struct Received {
    /// The method, `GET`.
    pub method: String,
    /// The path and query as sent, `/20160918/bootVolumeBackups?limit=5`.
    pub path_and_query: String,
    /// The path, `/20160918/bootVolumeBackups`.
    pub path: String,
    /// The query without its `?`; empty when there is none.
    pub query: String,
    /// The headers in the order sent, names in lowercase.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// The OCI signature check, when the server verifies signatures: `Ok(())`, or why
    /// the request did not verify.
    pub verified: Option<Result<(), String>>,
}

impl Received {
    /// A header's value (the first, when sent more than once); `name` in lowercase.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body as JSON; panics when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("the body is not JSON ({e}): {:?}", self.text()))
    }
}

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// Headers to send, in order; a later one replaces an earlier one of the same name.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: String,
}

impl Answer {
    /// A JSON answer (`content-type: application/json`).
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self::empty(status)
            .header("content-type", "application/json")
            .with_body(body)
    }

    /// An answer without headers or body.
    pub fn empty(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: String::new(),
        }
    }

    /// An OCI error: a JSON `{"code", "message"}` body and `opc-request-id: req-1`.
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        Self::json(
            status,
            serde_json::json!({"code": code, "message": message}).to_string(),
        )
        .header("opc-request-id", "req-1")
    }

    /// The answer with one more header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The answer with this body.
    pub fn with_body(mut self, body: impl Into<String>) -> Self {
        self.body = body.into();
        self
    }

    /// Whether it has a header of this name (lowercase).
    pub fn has_header(&self, name: &str) -> bool {
        self.headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    }
}

/// What the server does with one request, once read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Send this answer.
    Answer(Answer),
    /// Close the connection without answering.
    Drop,
    /// Never answer; the connection stays open (until the server stops).
    Hang,
    /// Answer 200 with a chunked body that never ends (spaces, 64 KiB at a time).
    Endless,
}

impl Reply {
    /// A JSON answer (`content-type: application/json`).
    pub fn json(status: u16, body: &str) -> Self {
        Self::Answer(Answer::json(status, body))
    }
}

impl From<Answer> for Reply {
    fn from(answer: Answer) -> Self {
        Self::Answer(answer)
    }
}

/// How the server checks OCI signatures.
#[derive(Clone)]
pub struct Verify {
    public_key: Vec<u8>,
    key_id: Option<String>,
    clock: Option<Arc<dyn Clock>>,
}

impl std::fmt::Debug for Verify {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verify")
            .field("key_id", &self.key_id)
            .field("checks_date", &self.clock.is_some())
            .finish_non_exhaustive()
    }
}

impl Verify {
    /// Signatures must verify with this public key (DER SubjectPublicKeyInfo), whatever
    /// the `keyId`. An empty key verifies nothing.
    pub fn with_key(public_key_der: Vec<u8>) -> Self {
        Self {
            public_key: public_key_der,
            key_id: None,
            clock: None,
        }
    }

    /// And the `keyId` must be this one.
    pub fn key_id(mut self, key_id: impl Into<String>) -> Self {
        self.key_id = Some(key_id.into());
        self
    }

    /// And the `date` header must be `clock`'s time when the request arrives.
    pub fn date_from(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = Some(clock);
        self
    }

    fn check(&self, request: &Received) -> Result<(), String> {
        let headers: Vec<(&str, &str)> = request
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let received = ReceivedRequest {
            method: &request.method,
            path_and_query: &request.path_and_query,
            headers: &headers,
            body: &request.body,
        };
        let parameters = signer::verify(&received, |_| Some(self.public_key.as_slice()))
            .map_err(|e| e.to_string())?;
        if let Some(expected) = &self.key_id
            && parameters.key_id != *expected
        {
            return Err(format!("keyId `{}` is not `{expected}`", parameters.key_id));
        }
        if let Some(clock) = &self.clock
            && request.header("date") != Some(signer::http_date(clock.now()).as_str())
        {
            return Err("date is not the clock's".to_owned());
        }
        Ok(())
    }
}

type Handler = dyn Fn(&Received) -> Reply + Send + Sync;

/// A running server; it stops when dropped.
#[derive(Debug)]
pub struct Server {
    /// Its base URL, `http://127.0.0.1:<port>`.
    pub base: String,
    address: SocketAddr,
    log: Arc<Mutex<Vec<Received>>>,
    _stop: oneshot::Sender<()>,
}

impl Server {
    /// Starts a server that checks nothing and answers with `handler`.
    pub fn start<R: Into<Reply>>(handler: impl Fn(&Received) -> R + Send + Sync + 'static) -> Self {
        Self::serve(None, Arc::new(move |request| handler(request).into()))
    }

    /// Starts a server that verifies the OCI signature of every request as `verify`
    /// says: a request that does not verify gets a 401 `NotAuthenticated` (the handler
    /// is not asked), one that does gets what `handler` answers.
    pub fn verifying<R: Into<Reply>>(
        verify: Verify,
        handler: impl Fn(&Received) -> R + Send + Sync + 'static,
    ) -> Self {
        Self::serve(
            Some(verify),
            Arc::new(move |request| handler(request).into()),
        )
    }

    fn serve(verify: Option<Verify>, handler: Arc<Handler>) -> Self {
        let listener = listener();
        let address = listener.local_addr().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (stop, stopped) = oneshot::channel();
        let app = Arc::new(App {
            verify,
            handler,
            log: log.clone(),
        });
        std::thread::Builder::new()
            .name(format!("test-server-{}", address.port()))
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(accept_loop(listener, app, stopped));
                // Hung connections and waiting handlers are abandoned, not awaited.
                runtime.shutdown_background();
            })
            .unwrap();
        Self {
            base: format!("http://{address}"),
            address,
            log,
            _stop: stop,
        }
    }

    /// Its address.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Every request read so far, in order.
    pub fn requests(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }

    /// How many requests were read so far.
    pub fn request_count(&self) -> usize {
        self.log.lock().unwrap().len()
    }
}

/// A listener on 127.0.0.1 on a port of its own, non-blocking (ready for
/// `tokio::net::TcpListener::from_std`). The one place the tests bind a port.
pub fn listener() -> std::net::TcpListener {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.set_nonblocking(true).unwrap();
    listener
}

/// An address on 127.0.0.1 that nothing listens on (a port bound, then released): a
/// connection to it is refused.
pub fn closed_address() -> SocketAddr {
    listener().local_addr().unwrap()
}

struct App {
    verify: Option<Verify>,
    handler: Arc<Handler>,
    log: Arc<Mutex<Vec<Received>>>,
}

/// The handler asked the server to close the connection without answering.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose")
    }
}

impl std::error::Error for Dropped {}

async fn accept_loop(
    listener: std::net::TcpListener,
    app: Arc<App>,
    mut stopped: oneshot::Receiver<()>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).unwrap();
    loop {
        tokio::select! {
            // The `Server` was dropped (the sender with it).
            _ = &mut stopped => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let app = app.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let app = app.clone();
                        async move { app.respond(request).await }
                    });
                    // A dropped connection or a client that went away ends here.
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
}

impl App {
    async fn respond(
        self: Arc<Self>,
        request: Request<Incoming>,
    ) -> Result<Response<Body>, Dropped> {
        let (parts, body) = request.into_parts();
        // The client went away mid-body: nothing to answer.
        let body = body.collect().await.map_err(|_| Dropped)?.to_bytes();
        let mut received = Received {
            method: parts.method.as_str().to_owned(),
            path_and_query: parts
                .uri
                .path_and_query()
                .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned()),
            path: parts.uri.path().to_owned(),
            query: parts.uri.query().unwrap_or_default().to_owned(),
            headers: parts
                .headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_owned(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: body.to_vec(),
            verified: None,
        };
        received.verified = self.verify.as_ref().map(|v| v.check(&received));
        self.log.lock().unwrap().push(received.clone());
        let reply = if let Some(Err(_)) = received.verified {
            // A fixed message: the reason (in `verified`) may quote what was signed.
            Reply::Answer(Answer::error(401, "NotAuthenticated", "bad signature"))
        } else {
            let handler = self.handler.clone();
            tokio::task::spawn_blocking(move || handler(&received))
                .await
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic.into_panic()))
        };
        match reply {
            Reply::Answer(answer) => Ok(response(answer)),
            Reply::Drop => Err(Dropped),
            Reply::Hang => std::future::pending().await,
            Reply::Endless => Ok(Response::new(Either::Right(Endless))),
        }
    }
}

/// A response body: a whole answer, or [`Reply::Endless`]'s.
type Body = Either<Full<Bytes>, Endless>;

/// A body that never ends.
struct Endless;

impl hyper::body::Body for Endless {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, Self::Error>>> {
        static SPACES: [u8; 64 * 1024] = [b' '; 64 * 1024];
        std::task::Poll::Ready(Some(Ok(hyper::body::Frame::data(Bytes::from_static(
            &SPACES,
        )))))
    }
}

fn response(answer: Answer) -> Response<Body> {
    let mut response = Response::new(Either::Left(Full::new(Bytes::from(answer.body))));
    *response.status_mut() = StatusCode::from_u16(answer.status).unwrap();
    for (name, value) in answer.headers {
        response.headers_mut().insert(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(&value).unwrap(),
        );
    }
    response
}
