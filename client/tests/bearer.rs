//! Bearer tokens for Analytics against a real local token endpoint and API route on
//! 127.0.0.1: OAuth grants, caching, expiry, 401 retries, rotation, errors and
//! redaction.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

use std::collections::HashMap;
use std::ffi::OsString;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use oci_backup::analytics;
use oci_backup::auth::bearer::{
    AccessToken, BearerAuth, EnvToken, FileToken, Grant, OAuthTokens, RefreshTokenCallback,
    StaticToken, TokenCache, TokenError, TokenProvider, analytics_scope,
};
use oci_backup::clock::{ManualClock, SystemClock};
use oci_backup::runtime::{BoxFuture, SecretString, SharedHooks};
use oci_backup::transport::{TransportOptions, http_client};
use oci_backup_test_support::logs::capture_logs;
use oci_backup_test_support::server::closed_address;
use oci_backup_test_support::token::{
    AUDIENCE, CLIENT_ID, CLIENT_SECRET, EXPIRED, INITIAL_REFRESH_TOKEN, PASSWORD, TokenMode,
    TokenServer, USERNAME,
};
use tokio::sync::Semaphore;

const INSTANCE: &str = "https://oac-test.analytics.ocp.oraclecloud.com/";
const SCOPE: &str = "https://oac-test.analytics.ocp.oraclecloud.comurn:opc:resource:consumer::all";

fn secret(value: &str) -> SecretString {
    SecretString::from_string(value.to_owned())
}

fn http() -> reqwest::Client {
    http_client(&TransportOptions::default()).unwrap()
}

fn oauth(server: &TokenServer, grant: Grant, offline_access: bool) -> OAuthTokens {
    OAuthTokens::new(
        http(),
        &server.base,
        CLIENT_ID,
        secret(CLIENT_SECRET),
        analytics_scope(INSTANCE, offline_access),
        grant,
    )
    .unwrap()
}

fn refresh_grant() -> Grant {
    Grant::refresh_token(secret(INITIAL_REFRESH_TOKEN))
}

fn manual_clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
    ))
}

/// The hooks, and a generated Analytics client using them, against `server`.
fn client_with(server: &TokenServer, auth: BearerAuth) -> (Arc<BearerAuth>, analytics::Api) {
    let auth = Arc::new(auth);
    let hooks: SharedHooks = auth.clone();
    (auth, analytics::Api::new(&server.base, hooks))
}

/// A client whose tokens come from the server's refresh-token grant, on the system clock.
fn refreshing_client(server: &TokenServer) -> analytics::Api {
    let provider = Arc::new(oauth(server, refresh_grant(), false));
    client_with(server, BearerAuth::new(provider, Arc::new(SystemClock))).1
}

type ListResult = Result<
    analytics::ResponseValue<analytics::types::SnapshotCollection>,
    analytics::ApiError<analytics::types::Error>,
>;

async fn list(client: &analytics::Api) -> ListResult {
    client.list_snapshots().send().await
}

/// A callback that keeps every refresh token it is given.
fn collecting_callback() -> (RefreshTokenCallback, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let callback: RefreshTokenCallback = Arc::new(move |token: &SecretString| {
        sink.lock().unwrap().push(token.expose_secret().to_owned());
    });
    (callback, seen)
}

#[tokio::test]
async fn the_refresh_token_grant_authorises_an_analytics_request() {
    capture_logs();
    let server = TokenServer::start();
    let provider = oauth(&server, refresh_grant(), false);
    assert_eq!(
        provider.endpoint().as_str(),
        format!("{}/oauth2/v1/token", server.base)
    );
    let (_, client) = client_with(
        &server,
        BearerAuth::new(Arc::new(provider), Arc::new(SystemClock)),
    );

    let snapshots = list(&client).await.unwrap();
    assert!(snapshots.into_inner().items.is_empty());

    assert_eq!(server.token_count(), 1);
    let request = server.token_request(0);
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"));
    assert_eq!(
        request.authorization.as_deref(),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(
        request.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(request.field("grant_type"), Some("refresh_token"));
    assert_eq!(request.field("refresh_token"), Some(INITIAL_REFRESH_TOKEN));
    assert_eq!(request.field("scope"), Some(SCOPE));
    assert_eq!(request.form.len(), 3, "{:?}", request.form.keys());
    assert!(
        request
            .raw_body
            .contains("scope=https%3A%2F%2Foac-test.analytics.ocp.oraclecloud.comurn%3Aopc%3Aresource%3Aconsumer%3A%3Aall"),
        "{}",
        request.raw_body
    );
    let api = server.state().api_requests.clone();
    assert_eq!(api, [Some("Bearer access-secret-1".to_owned())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_requests_on_a_cold_cache_fetch_one_token() {
    capture_logs();
    let gate = Arc::new(Semaphore::new(0));
    let server = TokenServer::start_gated(gate.clone());
    let client = refreshing_client(&server);
    let client = Arc::new(client);
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let client = client.clone();
        tasks.spawn(async move { list(&client).await.map(|_| ()) });
    }
    // Hold the token endpoint's answer until the first request reached it, and let
    // the other tasks pile up behind the cache's lock.
    while server.token_count() == 0 {
        tokio::task::yield_now().await;
    }
    for _ in 0..200 {
        tokio::task::yield_now().await;
    }
    gate.add_permits(100);
    while let Some(outcome) = tasks.join_next().await {
        outcome.unwrap().unwrap();
    }
    assert_eq!(server.token_count(), 1);
    let api = server.state().api_requests.clone();
    assert_eq!(api.len(), 20);
    assert!(
        api.iter()
            .all(|a| a.as_deref() == Some("Bearer access-secret-1"))
    );
}

#[tokio::test]
async fn a_token_is_used_until_its_expiry_less_the_margin_then_replaced() {
    capture_logs();
    let server = TokenServer::start();
    let clock = manual_clock();
    let provider = oauth(&server, refresh_grant(), false).with_clock(clock.clone());
    let (auth, client) = client_with(&server, BearerAuth::new(Arc::new(provider), clock.clone()));
    assert_eq!(auth.cache().margin(), Duration::from_secs(60));

    list(&client).await.unwrap();
    assert_eq!(server.token_count(), 1);
    clock.advance(Duration::from_secs(3600 - 60 - 1));
    list(&client).await.unwrap();
    list(&client).await.unwrap();
    assert_eq!(server.token_count(), 1, "the token is still fresh");
    clock.advance(Duration::from_secs(1));
    list(&client).await.unwrap();
    assert_eq!(server.token_count(), 2, "expires_at - margin reached");
    let api = server.state().api_requests.clone();
    assert_eq!(
        api.last().unwrap().as_deref(),
        Some("Bearer access-secret-2")
    );

    // A custom margin moves the refresh point.
    let cache = TokenCache::new(
        Arc::new(oauth(&server, refresh_grant(), false).with_clock(clock.clone())),
        clock.clone(),
    )
    .with_margin(Duration::from_secs(600));
    let first = cache.token().await.unwrap();
    clock.advance(Duration::from_secs(2999));
    assert_eq!(cache.token().await.unwrap(), first);
    clock.advance(Duration::from_secs(1));
    assert_ne!(cache.token().await.unwrap(), first);
}

#[tokio::test]
async fn an_expired_token_401_refreshes_once_and_retries_once() {
    capture_logs();
    let server = TokenServer::start();
    let client = refreshing_client(&server);
    list(&client).await.unwrap();
    server.revoke_all(); // The server now says access-secret-1 expired.

    list(&client).await.unwrap();
    assert_eq!(server.token_count(), 2);
    let api = server.state().api_requests.clone();
    let tokens: Vec<_> = api.iter().map(|a| a.as_deref().unwrap()).collect();
    assert_eq!(
        tokens,
        [
            "Bearer access-secret-1",
            "Bearer access-secret-1",
            "Bearer access-secret-2"
        ]
    );
    // And the refreshed token stays in use.
    list(&client).await.unwrap();
    assert_eq!((server.token_count(), server.api_count()), (2, 4));
}

#[tokio::test]
async fn a_401_that_a_new_token_cannot_fix_is_returned_without_a_retry() {
    capture_logs();
    for challenge in [
        AUDIENCE,
        r#"Bearer error="invalid_session""#,
        "Bearer",
        r#"Bearer error="insufficient_scope""#,
    ] {
        let server = TokenServer::start();
        server.reject_everything(challenge);
        let client = refreshing_client(&server);
        let error = list(&client).await.unwrap_err();
        assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
        assert_eq!(
            (server.token_count(), server.api_count()),
            (1, 1),
            "{challenge}"
        );
    }
}

#[tokio::test]
async fn a_retry_that_gets_401_again_returns_that_401() {
    capture_logs();
    let server = TokenServer::start();
    server.reject_everything(EXPIRED);
    let client = refreshing_client(&server);
    let error = list(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    let analytics::ApiError::ErrorResponse(response) = error else {
        panic!("not an error response");
    };
    assert_eq!(
        response.headers()["www-authenticate"].to_str().unwrap(),
        EXPIRED
    );
    assert_eq!((server.token_count(), server.api_count()), (2, 2));
}

#[tokio::test]
async fn a_static_token_is_not_refreshed_on_401() {
    capture_logs();
    let server = TokenServer::start();
    server.reject_everything(EXPIRED);
    let (auth, client) = client_with(
        &server,
        BearerAuth::new(
            Arc::new(StaticToken::new(secret("static-secret-token"))),
            Arc::new(SystemClock),
        ),
    );
    let error = list(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::UNAUTHORIZED));
    let api = server.state().api_requests.clone();
    assert_eq!(api, [Some("Bearer static-secret-token".to_owned())]);
    let rejected = secret("static-secret-token");
    let error = auth
        .cache()
        .refresh_after_rejection(&rejected)
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        TokenError::CannotRefresh { provider: "static" }
    ));
    assert_eq!(
        error.to_string(),
        "the static bearer token was rejected and cannot be refreshed: supply a new one"
    );
}

#[tokio::test]
async fn rotated_refresh_tokens_are_used_next_and_handed_to_the_callback() {
    capture_logs();
    let server = TokenServer::start();
    server.state().rotate = true;
    let clock = manual_clock();
    let (callback, stored) = collecting_callback();
    let provider = oauth(&server, refresh_grant(), false)
        .with_clock(clock.clone())
        .on_refresh_token(callback);
    let cache = TokenCache::new(Arc::new(provider), clock.clone());

    for round in 1..=3 {
        let token = cache.token().await.unwrap();
        assert_eq!(token.expose_secret(), format!("access-secret-{round}"));
        clock.advance(Duration::from_secs(3600));
    }
    let sent: Vec<_> = server
        .state()
        .token_requests
        .iter()
        .map(|r| r.field("refresh_token").unwrap().to_owned())
        .collect();
    assert_eq!(
        sent,
        [
            INITIAL_REFRESH_TOKEN,
            "refresh-secret-1",
            "refresh-secret-2"
        ]
    );
    assert_eq!(
        *stored.lock().unwrap(),
        ["refresh-secret-1", "refresh-secret-2", "refresh-secret-3"]
    );
}

#[tokio::test]
async fn a_password_grant_with_offline_access_then_uses_the_refresh_token_grant() {
    capture_logs();
    let server = TokenServer::start();
    let clock = manual_clock();
    let (callback, stored) = collecting_callback();
    let provider = oauth(&server, Grant::password(USERNAME, secret(PASSWORD)), true)
        .with_clock(clock.clone())
        .on_refresh_token(callback);
    let cache = TokenCache::new(Arc::new(provider), clock.clone());

    cache.token().await.unwrap();
    clock.advance(Duration::from_secs(3600));
    cache.token().await.unwrap();

    let first = server.token_request(0);
    assert_eq!(first.field("grant_type"), Some("password"));
    assert_eq!(first.field("username"), Some(USERNAME));
    assert_eq!(first.field("password"), Some(PASSWORD));
    assert_eq!(
        first.field("scope"),
        Some(format!("{SCOPE} offline_access").as_str())
    );
    assert!(
        first.raw_body.contains("%3Aall+offline_access"),
        "{}",
        first.raw_body
    );
    let second = server.token_request(1);
    assert_eq!(second.field("grant_type"), Some("refresh_token"));
    assert_eq!(second.field("refresh_token"), Some("refresh-secret-1"));
    assert_eq!(second.field("password"), None);
    assert_eq!(second.field("scope"), first.field("scope"));
    assert_eq!(*stored.lock().unwrap(), ["refresh-secret-1"]);
}

#[tokio::test]
async fn a_password_grant_without_offline_access_is_repeated() {
    capture_logs();
    let server = TokenServer::start();
    let clock = manual_clock();
    let provider = oauth(&server, Grant::password(USERNAME, secret(PASSWORD)), false)
        .with_clock(clock.clone());
    let cache = TokenCache::new(Arc::new(provider), clock.clone());
    cache.token().await.unwrap();
    clock.advance(Duration::from_secs(3600));
    cache.token().await.unwrap();
    let grants: Vec<_> = server
        .state()
        .token_requests
        .iter()
        .map(|r| r.field("grant_type").unwrap().to_owned())
        .collect();
    assert_eq!(grants, ["password", "password"]);
}

fn assert_no_secret(text: &str, extra: &[&str]) {
    for secret in [CLIENT_SECRET, PASSWORD, INITIAL_REFRESH_TOKEN]
        .iter()
        .chain(extra)
    {
        assert!(!text.contains(secret), "`{secret}` leaked into: {text}");
    }
}

#[tokio::test]
async fn a_failing_token_endpoint_gives_a_clear_error_without_secrets() {
    capture_logs();
    let server = TokenServer::start();
    let endpoint = format!("{}/oauth2/v1/token", server.base);

    server.state().token_mode = TokenMode::Fail {
        status: 400,
        content_type: "application/json",
        body: r#"{"error":"invalid_grant","error_description":"Invalid grant type."}"#.into(),
    };
    for grant in [refresh_grant(), Grant::password(USERNAME, secret(PASSWORD))] {
        let cache = TokenCache::new(Arc::new(oauth(&server, grant, true)), Arc::new(SystemClock));
        let error = cache.token().await.unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "token endpoint `{endpoint}` answered HTTP 400: invalid_grant: Invalid grant type."
            )
        );
        let TokenError::Endpoint {
            status,
            error: code,
            error_description,
            body_excerpt,
            ..
        } = &error
        else {
            panic!("{error:?}");
        };
        assert_eq!(
            (
                *status,
                code.as_deref(),
                error_description.as_deref(),
                body_excerpt
            ),
            (
                400,
                Some("invalid_grant"),
                Some("Invalid grant type."),
                &None
            )
        );
        assert_no_secret(&error.to_string(), &[]);
        assert_no_secret(&format!("{error:?}"), &[]);
    }

    // Through the generated client: the hook error stops the request.
    let client = refreshing_client(&server);
    let error = list(&client).await.unwrap_err().to_string();
    assert!(error.contains("HTTP 400: invalid_grant"), "{error}");
    assert_no_secret(&error, &[]);
    assert_eq!(server.api_count(), 0);

    // A non-JSON 500 that even echoes what was sent.
    server.state().token_mode = TokenMode::Fail {
        status: 500,
        content_type: "text/html",
        body: format!(
            "<html><body>Internal Server Error\n while checking {CLIENT_SECRET} / {PASSWORD}</body></html>"
        ),
    };
    let cache = TokenCache::new(
        Arc::new(oauth(
            &server,
            Grant::password(USERNAME, secret(PASSWORD)),
            true,
        )),
        Arc::new(SystemClock),
    );
    let error = cache.token().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "token endpoint `{endpoint}` answered HTTP 500: `<html><body>Internal Server Error \
             while checking ******** / ********</body></html>`"
        )
    );
    assert_no_secret(&format!("{error} {error:?}"), &[]);

    // A 2xx that is not a token response is never quoted.
    server.state().token_mode = TokenMode::Fail {
        status: 200,
        content_type: "application/json",
        body: r#"{"access_token":"access-secret-odd","token_type":"mac"}"#.into(),
    };
    let error = cache.token().await.unwrap_err();
    assert!(matches!(
        error,
        TokenError::InvalidResponse { status: 200, .. }
    ));
    assert_eq!(
        error.to_string(),
        format!(
            "token endpoint `{endpoint}` answered HTTP 200 with an unusable token response: \
             `token_type` is not `Bearer`"
        )
    );
    assert_no_secret(&format!("{error} {error:?}"), &["access-secret-odd"]);
}

#[tokio::test]
async fn an_unreachable_token_endpoint_is_a_transport_error_naming_it() {
    capture_logs();
    let base = format!("http://{}", closed_address());
    let provider = OAuthTokens::new(
        http(),
        &base,
        CLIENT_ID,
        secret(CLIENT_SECRET),
        SCOPE,
        refresh_grant(),
    )
    .unwrap();
    let error = provider.fetch().await.unwrap_err();
    assert!(matches!(error, TokenError::Transport { .. }), "{error:?}");
    let text = error.to_string();
    assert!(
        text.starts_with(&format!(
            "token request to `{base}/oauth2/v1/token` failed: "
        )),
        "{text}"
    );
    assert_no_secret(&format!("{text} {error:?}"), &[]);
}

#[tokio::test]
async fn a_plain_http_identity_domain_is_refused_unless_loopback() {
    capture_logs();
    let build = |url: &str| {
        OAuthTokens::new(
            http(),
            url,
            CLIENT_ID,
            secret(CLIENT_SECRET),
            SCOPE,
            refresh_grant(),
        )
    };
    let error = build("http://idcs-123.identity.oraclecloud.com").unwrap_err();
    assert!(matches!(error, TokenError::IdentityDomain(_)));
    assert!(
        error.to_string().starts_with(
            "identity domain URL refused: refusing to send credentials over plain http"
        ),
        "{error}"
    );
    assert!(build("ftp://idcs.example.com").is_err());
    assert!(build("not a url").is_err());
    let https = build("https://idcs-123.identity.oraclecloud.com/").unwrap();
    assert_eq!(
        https.endpoint().as_str(),
        "https://idcs-123.identity.oraclecloud.com/oauth2/v1/token"
    );
    assert!(build("http://localhost:8080").is_ok());
}

#[tokio::test]
async fn static_tokens_are_given_as_is_and_cannot_refresh() {
    capture_logs();
    let provider = StaticToken::new(secret("  static-secret-token\n"));
    assert!(!provider.can_refresh());
    assert_eq!(provider.kind(), "static");
    let token = provider.fetch().await.unwrap();
    assert_eq!(
        (token.token().expose_secret(), token.expires_at()),
        ("static-secret-token", None)
    );
    assert!(!format!("{provider:?} {token:?}").contains("static-secret"));

    let cache = TokenCache::new(
        Arc::new(StaticToken::new(secret(""))),
        Arc::new(SystemClock),
    );
    let error = cache.token().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "the static bearer token is unusable: it is empty"
    );
}

#[tokio::test]
async fn env_tokens_are_read_at_each_fetch_and_name_the_variable() {
    capture_logs();
    let env = Arc::new(Mutex::new(HashMap::<String, String>::new()));
    let lookup_env = env.clone();
    let provider = EnvToken::with_lookup("OAC_TOKEN", move |name: &str| {
        lookup_env.lock().unwrap().get(name).map(OsString::from)
    });
    assert!(provider.can_refresh());
    assert_eq!(
        (provider.kind(), provider.name()),
        ("environment", "OAC_TOKEN")
    );

    let error = provider.fetch().await.unwrap_err();
    assert!(matches!(&error, TokenError::EnvVarMissing { name } if name == "OAC_TOKEN"));
    assert_eq!(
        error.to_string(),
        "environment variable `OAC_TOKEN` (the bearer token) is not set"
    );
    env.lock().unwrap().insert("OAC_TOKEN".into(), " \n".into());
    assert_eq!(
        provider.fetch().await.unwrap_err().to_string(),
        "environment variable `OAC_TOKEN` (the bearer token) is empty"
    );
    env.lock()
        .unwrap()
        .insert("OAC_TOKEN".into(), "env-secret-1\n".into());
    assert_eq!(
        provider.fetch().await.unwrap().token().expose_secret(),
        "env-secret-1"
    );
    env.lock()
        .unwrap()
        .insert("OAC_TOKEN".into(), "env-secret-2".into());
    assert_eq!(
        provider.fetch().await.unwrap().token().expose_secret(),
        "env-secret-2"
    );
    assert!(!format!("{provider:?}").contains("env-secret"));

    let name = format!("OCI_BACKUP_TEST_UNSET_{}", std::process::id());
    let error = EnvToken::from_process(name.clone())
        .fetch()
        .await
        .unwrap_err();
    assert!(matches!(error, TokenError::EnvVarMissing { name: n } if n == name));
}

#[tokio::test]
async fn file_tokens_are_read_at_each_fetch_and_name_the_path() {
    capture_logs();
    let dir = std::env::temp_dir().join(format!("oci-backup-bearer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("token");
    let provider = FileToken::new(&path);
    assert_eq!((provider.kind(), provider.path()), ("file", path.as_path()));

    let error = provider.fetch().await.unwrap_err();
    assert!(matches!(&error, TokenError::FileUnreadable { path: p, .. } if *p == path));
    assert!(
        error
            .to_string()
            .starts_with(&format!("token file `{}`: ", path.display())),
        "{error}"
    );
    std::fs::write(&path, "\n\t \n").unwrap();
    assert_eq!(
        provider.fetch().await.unwrap_err().to_string(),
        format!("token file `{}` is empty", path.display())
    );
    std::fs::write(&path, "file-secret-1\n").unwrap();
    assert_eq!(
        provider.fetch().await.unwrap().token().expose_secret(),
        "file-secret-1"
    );
    std::fs::write(&path, "file-secret-2").unwrap();
    assert_eq!(
        provider.fetch().await.unwrap().token().expose_secret(),
        "file-secret-2"
    );

    // Behind the hooks, a rejected file token is re-read (another process may have
    // replaced it).
    let cache = TokenCache::new(Arc::new(FileToken::new(&path)), Arc::new(SystemClock));
    let first = cache.token().await.unwrap();
    std::fs::write(&path, "file-secret-3").unwrap();
    assert_eq!(cache.token().await.unwrap(), first, "cached until rejected");
    let second = cache.refresh_after_rejection(&first).await.unwrap();
    assert_eq!(second.expose_secret(), "file-secret-3");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_rejected_token_already_replaced_by_another_task_is_not_fetched_again() {
    capture_logs();
    let server = TokenServer::start();
    let cache = TokenCache::new(
        Arc::new(oauth(&server, refresh_grant(), false)),
        Arc::new(SystemClock),
    );
    let first = cache.token().await.unwrap();
    let second = cache.refresh_after_rejection(&first).await.unwrap();
    assert_ne!(first, second);
    // Another task that saw `first` rejected too gets `second`, without a fetch.
    assert_eq!(cache.refresh_after_rejection(&first).await.unwrap(), second);
    assert_eq!(server.token_count(), 2);
}

#[tokio::test]
async fn a_failed_refresh_within_the_margin_keeps_the_unexpired_token() {
    capture_logs();
    let server = TokenServer::start();
    let clock = manual_clock();
    let cache = TokenCache::new(
        Arc::new(oauth(&server, refresh_grant(), false).with_clock(clock.clone())),
        clock.clone(),
    );
    let first = cache.token().await.unwrap();
    server.state().token_mode = TokenMode::Fail {
        status: 503,
        content_type: "text/plain",
        body: "down for maintenance".into(),
    };
    clock.advance(Duration::from_secs(3550));
    assert_eq!(cache.token().await.unwrap(), first);
    assert_eq!(server.token_count(), 2, "a refresh was attempted");
    clock.advance(Duration::from_secs(50));
    let error = cache.token().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "token endpoint `{}/oauth2/v1/token` answered HTTP 503: `down for maintenance`",
            server.base
        )
    );
}

/// Fails every fetch, once `gate` lets it.
#[derive(Debug)]
struct GatedFailure {
    gate: Arc<Semaphore>,
    fetches: AtomicUsize,
}

impl TokenProvider for GatedFailure {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move {
            self.fetches.fetch_add(1, Ordering::SeqCst);
            self.gate.acquire().await.unwrap().forget();
            Err(TokenError::EnvVarMissing {
                name: "GATED".into(),
            })
        })
    }
}

#[tokio::test]
async fn callers_waiting_on_a_failing_fetch_share_its_failure() {
    capture_logs();
    let gate = Arc::new(Semaphore::new(0));
    let provider = Arc::new(GatedFailure {
        gate: gate.clone(),
        fetches: AtomicUsize::new(0),
    });
    let cache = Arc::new(TokenCache::new(provider.clone(), Arc::new(SystemClock)));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..5 {
        let cache = cache.clone();
        tasks.spawn(async move { cache.token().await });
    }
    // On this single-threaded runtime, yielding lets every task start and queue up.
    while provider.fetches.load(Ordering::SeqCst) == 0 {
        tokio::task::yield_now().await;
    }
    for _ in 0..20 {
        tokio::task::yield_now().await;
    }
    gate.add_permits(100);
    while let Some(outcome) = tasks.join_next().await {
        assert!(matches!(
            outcome.unwrap(),
            Err(TokenError::EnvVarMissing { .. })
        ));
    }
    assert_eq!(provider.fetches.load(Ordering::SeqCst), 1);
    // A later caller tries again.
    cache.token().await.unwrap_err();
    assert_eq!(provider.fetches.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn secrets_never_reach_logs_debug_or_errors() {
    let logs = capture_logs();

    let server = TokenServer::start();
    server.state().rotate = true;
    let clock = manual_clock();
    let (callback, _stored) = collecting_callback();
    let provider = Arc::new(
        oauth(&server, Grant::password(USERNAME, secret(PASSWORD)), true)
            .with_clock(clock.clone())
            .on_refresh_token(callback),
    );
    let (auth, client) = client_with(&server, BearerAuth::new(provider.clone(), clock.clone()));

    list(&client).await.unwrap(); // password grant
    clock.advance(Duration::from_secs(3600));
    list(&client).await.unwrap(); // refresh-token grant (rotated)
    server.revoke_all();
    list(&client).await.unwrap(); // 401, refresh, retry
    server.reject_everything(EXPIRED);
    list(&client).await.unwrap_err(); // 401, refresh, 401 again
    server.state().token_mode = TokenMode::Fail {
        status: 400,
        content_type: "application/json",
        body: r#"{"error":"invalid_grant","error_description":"Invalid refresh token."}"#.into(),
    };
    clock.advance(Duration::from_secs(7200));
    let hook_error = list(&client).await.unwrap_err().to_string();
    let cache_error = auth.cache().token().await.unwrap_err();

    let (issued, refresh_tokens) = {
        let state = server.state();
        (state.issued.clone(), state.refresh_tokens.clone())
    };
    assert_eq!(issued.len(), 4);
    assert_eq!(refresh_tokens.len(), 4);
    let mut secrets: Vec<&str> = issued.iter().map(String::as_str).collect();
    secrets.extend(refresh_tokens.iter().map(String::as_str));

    let logs = logs.text();
    assert!(
        logs.contains("retrying once with a new token"),
        "the capture works: {logs}"
    );
    assert!(logs.contains("issued a new refresh token"), "{logs}");
    assert!(logs.contains("still 401 after a token refresh"), "{logs}");
    assert_no_secret(&logs, &secrets);
    // Every test's secrets contain `-secret-` (or are the password): none logged so far.
    assert!(!logs.contains("-secret-"), "{logs}");
    assert_no_secret(&hook_error, &secrets);
    assert_no_secret(&format!("{cache_error} {cache_error:?}"), &secrets);
    assert!(hook_error.contains("invalid_grant"), "{hook_error}");
    let debug = format!("{provider:?} {auth:?} {:?}", auth.cache());
    assert!(
        debug.contains("OAuthTokens") && debug.contains("BearerAuth"),
        "{debug}"
    );
    assert_no_secret(&debug, &secrets);
    let hooks: SharedHooks = auth.clone();
    assert_no_secret(&format!("{hooks:?}"), &secrets);
}
