//! A local identity domain token endpoint and a bearer-protected Analytics route, on
//! 127.0.0.1, recording what they receive.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// The confidential application the token endpoint knows.
pub const CLIENT_ID: &str = "test-client-id";
/// Its secret.
pub const CLIENT_SECRET: &str = "client-secret-9f3b";
/// The user of the password grant.
pub const USERNAME: &str = "analyst@example.com";
/// Their password.
pub const PASSWORD: &str = "Pa55word-7c1e";
/// The refresh token the tests start from.
pub const INITIAL_REFRESH_TOKEN: &str = "refresh-secret-initial";
/// The `www-authenticate` of an expired token.
pub const EXPIRED: &str =
    r#"Bearer error="invalid_token", error_description="The access token expired""#;
/// The `www-authenticate` of an audience mismatch.
pub const AUDIENCE: &str = r#"Bearer error="invalid_token", error_description="Token Audience""#;

/// A request the token endpoint received.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub authorization: Option<String>,
    pub content_type: Option<String>,
    pub raw_body: String,
    pub form: HashMap<String, String>,
}

impl TokenRequest {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.form.get(name).map(String::as_str)
    }
}

/// How the token endpoint answers.
#[derive(Debug, Clone)]
pub enum TokenMode {
    /// Issues tokens.
    Issue,
    /// Fails with this status, content type and body.
    Fail {
        status: u16,
        content_type: &'static str,
        body: String,
    },
}

/// What the servers know and have seen.
#[derive(Debug)]
pub struct ServerState {
    pub token_mode: TokenMode,
    /// Seconds each access token lives.
    pub expires_in: u64,
    /// Whether each refresh-token grant issues a new refresh token.
    pub rotate: bool,
    pub token_requests: Vec<TokenRequest>,
    /// Access tokens issued, in order.
    pub issued: Vec<String>,
    /// Refresh tokens issued, in order.
    pub refresh_tokens: Vec<String>,
    /// Access tokens the API accepts.
    pub accepted: HashSet<String>,
    /// Whether newly issued access tokens are accepted.
    pub accept_new: bool,
    /// The `www-authenticate` of the API's 401.
    pub challenge: String,
    /// The `authorization` header of each API request.
    pub api_requests: Vec<Option<String>>,
}

impl Default for ServerState {
    fn default() -> Self {
        Self {
            token_mode: TokenMode::Issue,
            expires_in: 3600,
            rotate: false,
            token_requests: Vec::new(),
            issued: Vec::new(),
            refresh_tokens: Vec::new(),
            accepted: HashSet::new(),
            accept_new: true,
            challenge: EXPIRED.to_owned(),
            api_requests: Vec::new(),
        }
    }
}

#[derive(Clone)]
struct Shared {
    state: Arc<Mutex<ServerState>>,
    /// Token requests wait for a permit when gated.
    gate: Option<Arc<Semaphore>>,
}

/// Both servers' address and state.
#[derive(Clone)]
pub struct Server {
    /// `http://127.0.0.1:<port>`: the identity domain URL and the API base URL.
    pub base: String,
    state: Arc<Mutex<ServerState>>,
}

impl Server {
    /// Starts the servers.
    pub async fn start() -> Self {
        Self::start_with(None).await
    }

    /// Starts the servers; each token request waits for a permit of `gate`.
    pub async fn start_gated(gate: Arc<Semaphore>) -> Self {
        Self::start_with(Some(gate)).await
    }

    async fn start_with(gate: Option<Arc<Semaphore>>) -> Self {
        let state = Arc::new(Mutex::new(ServerState::default()));
        let shared = Shared {
            state: state.clone(),
            gate,
        };
        let app = Router::new()
            .route("/oauth2/v1/token", post(token))
            .route("/api/20210901/snapshots", get(snapshots))
            .with_state(shared);
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { base, state }
    }

    /// The state, to read or change.
    pub fn state(&self) -> MutexGuard<'_, ServerState> {
        self.state.lock().unwrap()
    }

    /// How many token requests arrived.
    pub fn token_count(&self) -> usize {
        self.state().token_requests.len()
    }

    /// The `index`th token request.
    pub fn token_request(&self, index: usize) -> TokenRequest {
        self.state().token_requests[index].clone()
    }

    /// How many API requests arrived.
    pub fn api_count(&self) -> usize {
        self.state().api_requests.len()
    }

    /// The API stops accepting every token issued so far.
    pub fn revoke_all(&self) {
        self.state().accepted.clear();
    }

    /// The API accepts no token, answering 401 with `challenge`.
    pub fn reject_everything(&self, challenge: &str) {
        let mut state = self.state();
        state.accepted.clear();
        state.accept_new = false;
        state.challenge = challenge.to_owned();
    }
}

async fn token(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let raw_body = String::from_utf8_lossy(&body).into_owned();
    let form: HashMap<String, String> = url::form_urlencoded::parse(raw_body.as_bytes())
        .into_owned()
        .collect();
    let header = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let request = TokenRequest {
        authorization: header(header::AUTHORIZATION),
        content_type: header(header::CONTENT_TYPE),
        raw_body,
        form,
    };
    shared
        .state
        .lock()
        .unwrap()
        .token_requests
        .push(request.clone());
    if let Some(gate) = &shared.gate {
        gate.acquire().await.unwrap().forget();
    }
    let mut state = shared.state.lock().unwrap();
    if let TokenMode::Fail {
        status,
        content_type,
        body,
    } = &state.token_mode
    {
        return (
            StatusCode::from_u16(*status).unwrap(),
            [(header::CONTENT_TYPE, *content_type)],
            body.clone(),
        )
            .into_response();
    }
    let grant_type = request.field("grant_type").unwrap_or_default();
    let scope = request.field("scope").unwrap_or_default();
    let issue_refresh_token = match grant_type {
        "password" => scope.split(' ').any(|s| s == "offline_access"),
        "refresh_token" => {
            // A rotated refresh token may be used only once, and only the latest.
            let expected = state
                .refresh_tokens
                .last()
                .map_or(INITIAL_REFRESH_TOKEN, String::as_str);
            if request.field("refresh_token") != Some(expected) {
                return oauth_error("invalid_grant", "Invalid refresh token.");
            }
            state.rotate
        }
        _ => return oauth_error("unsupported_grant_type", "Invalid grant type."),
    };
    let access_token = format!("access-secret-{}", state.issued.len() + 1);
    state.issued.push(access_token.clone());
    if state.accept_new {
        state.accepted.insert(access_token.clone());
    }
    let mut answer = serde_json::json!({
        "access_token": access_token,
        "token_type": "Bearer",
        "expires_in": state.expires_in,
    });
    if issue_refresh_token {
        let refresh_token = format!("refresh-secret-{}", state.refresh_tokens.len() + 1);
        state.refresh_tokens.push(refresh_token.clone());
        answer["refresh_token"] = refresh_token.into();
    }
    axum::Json(answer).into_response()
}

fn oauth_error(error: &str, description: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(serde_json::json!({"error": error, "error_description": description})),
    )
        .into_response()
}

async fn snapshots(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut state = shared.state.lock().unwrap();
    state.api_requests.push(authorization.clone());
    let token = authorization
        .as_deref()
        .and_then(|a| a.strip_prefix("Bearer "));
    if token.is_some_and(|t| state.accepted.contains(t)) {
        return axum::Json(serde_json::json!({"items": []})).into_response();
    }
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, state.challenge.clone())],
        axum::Json(serde_json::json!({"code": "Unauthorized", "message": "Authorization failed"})),
    )
        .into_response()
}
