//! The HTTP side: connections served with hyper directly (so a fault can drop a real
//! connection), and the pipeline every request goes through.
//!
//! 1. The body is read in full; the request is routed against the specs.
//! 2. Faults are decided: latency is waited out; 429, 5xx and "close before processing"
//!    end the request here, touching nothing. So does the rate limit, when set (429 with
//!    `Retry-After`; a request a fault answers takes no token).
//! 3. Unknown paths are answered 404, known paths with another method 405.
//! 4. Authentication: an OCI signature for Core, a bearer token for Analytics (401).
//! 5. Validation against the spec (400).
//! 6. The operation runs under the state lock; the response is validated against the
//!    spec when asked, and everything is logged.
//! 7. "Close after processing" drops the connection instead of answering.
//!
//! A request hyper cannot parse never reaches the pipeline; [`Unparsable`] gives hyper's
//! own answer to it (400, 414, 431) the fake's JSON error body.

use std::net::SocketAddr;
use std::sync::Arc;

use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::{JoinHandle, JoinSet};

use crate::api::{self, Reply};
use crate::auth::{BearerCheck, CoreAuth};
use crate::config::{FakeConfig, FakeError};
use crate::faults::{self, FaultKind};
use crate::identity::Identity;
use crate::spec::{Api, IncomingRequest, Specs, split_path};
use crate::state::{FakeState, LoggedRequest, LoggedResponse, SpecViolation};
use crate::throttle;
use crate::unparsable::Unparsable;

/// The largest request body read (1 MiB); larger ones are refused with 413.
const MAX_BODY: usize = 1 << 20;

/// Returned to hyper to make it close the connection without an answer.
#[derive(Debug, thiserror::Error)]
#[error("connection closed by an injected fault")]
struct Dropped;

/// What every request needs.
#[derive(Debug)]
struct App {
    specs: Arc<Specs>,
    state: FakeState,
    core_auth: CoreAuth,
    bearer: BearerCheck,
    identity: Identity,
    validate_responses: bool,
    connection_timeout: std::time::Duration,
}

/// A running fake server. Dropping it stops it (as [`FakeServer::shutdown`] does, without
/// waiting).
#[derive(Debug)]
pub struct FakeServer {
    base_url: String,
    local_addr: SocketAddr,
    /// Each region and its base URL, the first region first.
    regions: Vec<(String, String)>,
    state: FakeState,
    specs: Arc<Specs>,
    identity: Identity,
    stops: Vec<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl FakeServer {
    /// Starts a server on 127.0.0.1 serving both APIs: the first region of
    /// [`FakeConfig::regions`] on port [`FakeConfig::port`] (0 for any free one), every
    /// other region on a free port of its own. Needs a Tokio runtime.
    pub async fn start(config: FakeConfig) -> Result<Self, FakeError> {
        let specs = Arc::new(Specs::embedded()?);
        let state = FakeState::new(&config);
        let identity = Identity::new(config.clock.clone(), config.token_lifetime)?;
        let mut listeners = Vec::new();
        for (index, region) in state.regions().into_iter().enumerate() {
            let port = if index == 0 { config.port } else { 0 };
            let bind = |source| FakeError::Bind { port, source };
            let listener = TcpListener::bind(("127.0.0.1", port)).await.map_err(bind)?;
            let addr = listener.local_addr().map_err(bind)?;
            listeners.push((region, listener, addr));
        }
        let app = Arc::new(App {
            identity: identity.clone(),
            specs: specs.clone(),
            state: state.clone(),
            core_auth: CoreAuth {
                keys: config.public_keys.clone(),
                sessions: config.session_tokens.clone(),
                max_skew: config.max_clock_skew,
            },
            bearer: BearerCheck {
                tokens: config.bearer_tokens.clone(),
            },
            validate_responses: config.validate_responses,
            connection_timeout: config.connection_timeout,
        });
        let local_addr = listeners[0].2;
        let (mut stops, mut tasks, mut regions) = (Vec::new(), Vec::new(), Vec::new());
        for (region, listener, addr) in listeners {
            let (stop, stopped) = oneshot::channel();
            let region: Arc<str> = Arc::from(region.as_str());
            tasks.push(tokio::spawn(accept_loop(
                listener,
                app.clone(),
                region.clone(),
                stopped,
            )));
            stops.push(stop);
            tracing::info!(%addr, %region, "fake server listening");
            regions.push((region.to_string(), format!("http://{addr}")));
        }
        Ok(Self {
            base_url: format!("http://{local_addr}"),
            local_addr,
            regions,
            state,
            specs,
            identity,
            stops,
            tasks,
        })
    }

    /// `http://127.0.0.1:PORT`: the base URL for both clients (the first region's).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The base URL of `region`'s Core Services endpoint, if the server serves it.
    pub fn region_url(&self, region: &str) -> Option<&str> {
        self.regions
            .iter()
            .find(|(name, _)| name == region)
            .map(|(_, url)| url.as_str())
    }

    /// Every region served with its base URL, the first (default) region first.
    pub fn regions(&self) -> &[(String, String)] {
        &self.regions
    }

    /// The address listened on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The state, to inspect and steer.
    pub fn state(&self) -> &FakeState {
        &self.state
    }

    /// The metadata and auth services the server plays ([`Identity`]): their tenancy,
    /// certificate rotation, faults and counters.
    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// The compiled specs the server validates against.
    pub fn specs(&self) -> &Specs {
        &self.specs
    }

    /// Stops accepting, closes every connection and waits for the server task to end.
    pub async fn shutdown(mut self) {
        for stop in self.stops.drain(..) {
            // The loop may have ended already; nothing to report then.
            let _ = stop.send(());
        }
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        for task in self.tasks.drain(..) {
            task.abort();
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    app: Arc<App>,
    region: Arc<str>,
    mut stopped: oneshot::Receiver<()>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve_connection(app.clone(), region.clone(), stream));
                }
                Err(error) => {
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.shutdown().await;
}

async fn serve_connection(app: Arc<App>, region: Arc<str>, stream: TcpStream) {
    // hyper answers requests it cannot parse by itself: give those answers the fake's body.
    let state = app.state.clone();
    let io = Unparsable::new(stream, move || state.lock().0.request_id());
    let timeout = app.connection_timeout;
    let service = service_fn(move |request| {
        let (app, region) = (app.clone(), region.clone());
        async move { app.respond(&region, request).await }
    });
    // Unfinished headers, and idle keep-alive connections, are closed after the timeout
    // (hyper's header timer runs from the moment it waits for a request).
    if let Err(error) = http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(timeout)
        .serve_connection(TokioIo::new(io), service)
        .await
    {
        tracing::debug!(%error, "connection ended");
    }
}

fn header_pairs(headers: &hyper::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}

impl App {
    async fn respond(
        &self,
        region: &str,
        request: Request<Incoming>,
    ) -> Result<Response<Full<Bytes>>, Dropped> {
        let (parts, body) = request.into_parts();
        let method = parts.method.as_str().to_owned();
        let path_and_query = parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |p| p.as_str().to_owned());
        let headers = header_pairs(&parts.headers);
        let collected = tokio::time::timeout(
            self.connection_timeout,
            Limited::new(body, MAX_BODY).collect(),
        );
        let (body, too_large) = match collected.await {
            Ok(Ok(collected)) => (collected.to_bytes().to_vec(), false),
            Ok(Err(error)) if error.is::<http_body_util::LengthLimitError>() => (Vec::new(), true),
            // The client went away mid-body, or never finished it: nothing to answer.
            Ok(Err(_)) | Err(_) => return Err(Dropped),
        };
        let (path, _) = split_path(&path_and_query);
        let path = path.to_owned();
        if let Some(reply) = self.identity.handle(&method, &path, &headers, &body) {
            let request_id = self.state.lock().0.request_id();
            let (response, logged) = self.finish(Api::Core, reply, &request_id, true);
            tracing::debug!(%method, path = %path, status = logged.status, "identity request");
            let entry = LoggedRequest {
                request_id,
                method,
                path_and_query,
                headers,
                body,
                operation_id: None,
                fault: None,
                response: Some(logged),
            };
            self.state.lock().0.log(entry);
            return Ok(response);
        }
        let routed = self.specs.route(&method, &path);
        let operation = routed.as_ref().ok().map(|(op, _)| *op);
        let api = match operation {
            Some(op) => op.api(),
            None if path.starts_with("/api/") => Api::Analytics,
            None => Api::Core,
        };
        let (request_id, decision, throttled) = {
            let (mut inner, now) = self.state.lock();
            let sent = headers
                .iter()
                .find(|(n, _)| n == "opc-request-id")
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty());
            let request_id = sent.unwrap_or_else(|| inner.request_id());
            let decision = faults::decide(
                &mut inner.faults,
                &method,
                &path,
                operation.map(|op| (op.operation_id(), op.path())),
            );
            let throttled = match (&decision.action, inner.throttle.as_mut()) {
                (None | Some(FaultKind::Latency(_)), Some(buckets)) => {
                    buckets.take(&throttle::tenancy(&headers), now).err()
                }
                _ => None,
            };
            (request_id, decision, throttled)
        };
        let mut entry = LoggedRequest {
            request_id: request_id.clone(),
            method: method.clone(),
            path_and_query: path_and_query.clone(),
            headers: headers.clone(),
            body: body.clone(),
            operation_id: operation.map(|op| op.operation_id().to_owned()),
            fault: decision.action.as_ref().map(FaultKind::to_string),
            response: None,
        };
        if !decision.latency.is_zero() {
            tokio::time::sleep(decision.latency).await;
        }
        let reply = match &decision.action {
            _ if throttled.is_some() => {
                Reply::error(429, "TooManyRequests", "Too many requests for the tenant")
                    .header("retry-after", throttled.unwrap_or(1).to_string())
            }
            Some(FaultKind::CloseBeforeProcessing) => {
                self.state.lock().0.log(entry);
                return Err(Dropped);
            }
            Some(FaultKind::TooManyRequests { retry_after }) => Reply::error(
                429,
                "TooManyRequests",
                "Too many requests for the tenant (injected fault)",
            )
            .header(
                "retry-after",
                faults::retry_after_seconds(*retry_after).to_string(),
            ),
            Some(FaultKind::ServerError { status }) if *status == 503 => Reply::error(
                503,
                "ServiceUnavailable",
                "The service is unavailable (injected fault)",
            ),
            Some(FaultKind::ServerError { status }) => Reply::error(
                *status,
                "InternalServerError",
                "Internal server error (injected fault)",
            ),
            Some(FaultKind::Latency(_)) | Some(FaultKind::CloseAfterProcessing) | None => self
                .process(
                    api,
                    region,
                    &method,
                    &path_and_query,
                    &headers,
                    &body,
                    too_large,
                    routed.err(),
                ),
        };
        let delivered = decision.action != Some(FaultKind::CloseAfterProcessing);
        let (response, logged) = self.finish(api, reply, &request_id, delivered);
        if self.validate_responses
            && let Some(op) = operation
        {
            let violations = self.specs.check_response(
                op.operation_id(),
                logged.status,
                &logged.headers,
                &logged.body,
            );
            if !violations.is_empty() {
                let (mut inner, _) = self.state.lock();
                for message in violations {
                    tracing::error!(operation_id = op.operation_id(), %message, "response violates the spec");
                    inner.violations.push(SpecViolation {
                        operation_id: op.operation_id().to_owned(),
                        request_id: request_id.clone(),
                        message,
                    });
                }
            }
        }
        tracing::debug!(%method, path = %path, status = logged.status, delivered, "request");
        entry.response = Some(logged);
        self.state.lock().0.log(entry);
        if delivered {
            Ok(response)
        } else {
            Err(Dropped)
        }
    }

    /// Authentication, validation and the operation.
    #[allow(clippy::too_many_arguments)]
    fn process(
        &self,
        api: Api,
        region: &str,
        method: &str,
        path_and_query: &str,
        headers: &[(String, String)],
        body: &[u8],
        too_large: bool,
        route_error: Option<crate::spec::RequestViolation>,
    ) -> Reply {
        if let Some(violation) = route_error {
            let mut reply = Reply::error(violation.status, violation.code, violation.message());
            if violation.status == 405 {
                reply = reply.header("allow", violation.allowed.join(", "));
            }
            return reply;
        }
        // Before authentication: a Core signature covers the body's hash, which cannot
        // be checked on a body that was not read.
        if too_large {
            return Reply::error(
                413,
                "PayloadTooLarge",
                format!("body: larger than {MAX_BODY} bytes"),
            );
        }
        let auth = match api {
            Api::Core => self
                .core_auth
                .check(
                    method,
                    path_and_query,
                    headers,
                    body,
                    self.state.clock.now(),
                    &self.identity,
                )
                .map(|_| ()),
            Api::Analytics => self.bearer.check(headers),
        };
        if let Err(rejection) = auth {
            let mut reply = Reply::error(401, "NotAuthenticated", rejection.message);
            if let Some(challenge) = rejection.challenge {
                reply = reply.header("www-authenticate", challenge);
            }
            return reply;
        }
        let incoming = IncomingRequest {
            method,
            path_and_query,
            headers,
            body,
        };
        let valid = match self.specs.check_request(&incoming) {
            Ok(valid) => valid,
            Err(violation) => {
                let mut reply = Reply::error(violation.status, violation.code, violation.message());
                if violation.status == 405 {
                    reply = reply.header("allow", violation.allowed.join(", "));
                }
                return reply;
            }
        };
        let (mut inner, now) = self.state.lock();
        api::handle(&mut inner, now, region, &valid)
    }

    /// Puts a reply on the wire form: `opc-request-id` on Core answers, JSON content type.
    fn finish(
        &self,
        api: Api,
        reply: Reply,
        request_id: &str,
        delivered: bool,
    ) -> (Response<Full<Bytes>>, LoggedResponse) {
        let mut headers = reply.headers;
        if api == Api::Core {
            headers.push(("opc-request-id".into(), request_id.to_owned()));
        }
        let body = match (&reply.body, &reply.text) {
            (Some(value), _) => {
                headers.push(("content-type".into(), "application/json".into()));
                serde_json::to_vec(value).unwrap_or_default()
            }
            (None, Some(text)) => {
                headers.push(("content-type".into(), "text/plain".into()));
                text.as_bytes().to_vec()
            }
            (None, None) => Vec::new(),
        };
        let mut builder = Response::builder().status(reply.status);
        for (name, value) in &headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        let response = builder
            .body(Full::new(Bytes::from(body.clone())))
            .unwrap_or_else(|_| {
                let mut fallback = Response::new(Full::new(Bytes::new()));
                *fallback.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
                fallback
            });
        let logged = LoggedResponse {
            status: reply.status,
            headers,
            body,
            delivered,
        };
        (response, logged)
    }
}
