//! An identity domain token endpoint (`POST /oauth2/v1/token`: the password and
//! refresh-token grants, rotation, failures on demand) and a bearer-protected Analytics
//! route (`GET /api/20210901/snapshots`), both on one [test server](crate::server),
//! recording what they receive.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::Semaphore;

use crate::server::{Answer, Received, Server};

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
    /// Its `authorization` header.
    pub authorization: Option<String>,
    /// Its `content-type` header.
    pub content_type: Option<String>,
    /// Its body.
    pub raw_body: String,
    /// Its body, decoded as a form.
    pub form: HashMap<String, String>,
}

impl TokenRequest {
    /// A form field.
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
        /// The status.
        status: u16,
        /// The `content-type`.
        content_type: &'static str,
        /// The body.
        body: String,
    },
}

/// What the endpoints know and have seen.
#[derive(Debug)]
pub struct TokenState {
    /// How the token endpoint answers.
    pub token_mode: TokenMode,
    /// Seconds each access token lives.
    pub expires_in: u64,
    /// Whether each refresh-token grant issues a new refresh token.
    pub rotate: bool,
    /// The token requests received, in order.
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

impl Default for TokenState {
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

/// The token endpoint and the API route, on one server; they stop when it is dropped.
#[derive(Debug, Clone)]
pub struct TokenServer {
    /// `http://127.0.0.1:<port>`: the identity domain URL and the API base URL.
    pub base: String,
    state: Arc<Mutex<TokenState>>,
    _server: Arc<Server>,
}

impl TokenServer {
    /// Starts the endpoints.
    pub fn start() -> Self {
        Self::start_with(None)
    }

    /// Starts the endpoints; each token request, once recorded, waits for a permit of
    /// `gate` before it is answered.
    pub fn start_gated(gate: Arc<Semaphore>) -> Self {
        Self::start_with(Some(gate))
    }

    fn start_with(gate: Option<Arc<Semaphore>>) -> Self {
        let state = Arc::new(Mutex::new(TokenState::default()));
        let shared = state.clone();
        let server = Server::start(move |request: &Received| {
            match (request.method.as_str(), request.path.as_str()) {
                ("POST", "/oauth2/v1/token") => token(&shared, gate.as_deref(), request),
                ("GET", "/api/20210901/snapshots") => snapshots(&shared, request),
                (_, "/oauth2/v1/token" | "/api/20210901/snapshots") => Answer::empty(405),
                _ => Answer::empty(404),
            }
        });
        Self {
            base: server.base.clone(),
            state,
            _server: Arc::new(server),
        }
    }

    /// The state, to read or change.
    pub fn state(&self) -> MutexGuard<'_, TokenState> {
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

fn token(state: &Mutex<TokenState>, gate: Option<&Semaphore>, received: &Received) -> Answer {
    let raw_body = received.text();
    let form: HashMap<String, String> = form_urlencoded::parse(raw_body.as_bytes())
        .into_owned()
        .collect();
    let header = |name| received.header(name).map(str::to_owned);
    let request = TokenRequest {
        authorization: header("authorization"),
        content_type: header("content-type"),
        raw_body,
        form,
    };
    state.lock().unwrap().token_requests.push(request.clone());
    if let Some(gate) = gate {
        // Handlers run on a blocking thread of the server's runtime: waiting is fine.
        tokio::runtime::Handle::current()
            .block_on(gate.acquire())
            .unwrap()
            .forget();
    }
    let mut state = state.lock().unwrap();
    if let TokenMode::Fail {
        status,
        content_type,
        body,
    } = &state.token_mode
    {
        return Answer::empty(*status)
            .header("content-type", content_type)
            .with_body(body.clone());
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
    Answer::json(200, answer.to_string())
}

fn oauth_error(error: &str, description: &str) -> Answer {
    Answer::json(
        400,
        serde_json::json!({"error": error, "error_description": description}).to_string(),
    )
}

fn snapshots(state: &Mutex<TokenState>, request: &Received) -> Answer {
    let authorization = request.header("authorization").map(str::to_owned);
    let mut state = state.lock().unwrap();
    state.api_requests.push(authorization.clone());
    let token = authorization
        .as_deref()
        .and_then(|a| a.strip_prefix("Bearer "));
    if token.is_some_and(|t| state.accepted.contains(t)) {
        return Answer::json(200, r#"{"items":[]}"#);
    }
    Answer::json(
        401,
        r#"{"code":"Unauthorized","message":"Authorization failed"}"#,
    )
    .header("www-authenticate", &state.challenge)
}
