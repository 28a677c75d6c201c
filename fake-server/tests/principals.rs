//! Instance principals, resource principals and session tokens end to end against the
//! fake's metadata and auth services: federation, refresh before expiry and after a
//! 401, one refresh however many requests wait, expiry in the middle of a wait,
//! certificate rotation, the errors, and no secret in any log or `Debug`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::sync::Arc;
use std::time::Duration;

use oci_backup::auth::instance::{InstancePrincipal, InstancePrincipalOptions};
use oci_backup::auth::key::PrivateKey;
use oci_backup::auth::oci::OciSigner;
use oci_backup::auth::resource::ResourcePrincipal;
use oci_backup::auth::security_token::{self, RefreshOptions};
use oci_backup::auth::session::{SessionCache, SessionProvider};
use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::types::{
    BootVolumeBackupLifecycleState as State, CreateBootVolumeBackupDetails,
};
use oci_backup::clock::{ManualClock, ManualSleep};
use oci_backup::config::{Environment, KeySource, OciConfig};
use oci_backup::connect::{AuthMethod, Settings, Signing, signer_for};
use oci_backup::random::SeededRandom;
use oci_backup::{CallExt as _, Error};
use oci_backup_fake::identity::FAKE_TENANCY;
use oci_backup_fake::{FakeConfig, FakeServer};
use oci_backup_test_support::{clock, logs};

const COMPARTMENT: &str = "ocid1.compartment.oc1..aaaaaaaafakecompartment";
const LIFETIME: Duration = Duration::from_secs(20 * 60);
/// When a 20-minute token is replaced: 5 minutes before it expires.
const REFRESH_AT: Duration = Duration::from_secs(15 * 60);

struct Rig {
    server: FakeServer,
    clock: Arc<ManualClock>,
}

impl Rig {
    async fn start() -> Self {
        Self::with(|c| c).await
    }

    async fn with(change: impl FnOnce(FakeConfig) -> FakeConfig) -> Self {
        logs::capture_logs();
        let clock = clock::manual();
        let server = FakeServer::start(change(
            FakeConfig::default()
                .with_clock(clock.clone())
                .with_token_lifetime(LIFETIME),
        ))
        .await
        .unwrap();
        Self { server, clock }
    }

    fn settings(&self) -> Settings {
        Settings::with_clock(self.clock.clone()).with_sleep_and_random(
            Arc::new(ManualSleep::new(self.clock.clone())),
            Arc::new(SeededRandom::new(7)),
        )
    }

    fn instance_options(&self) -> InstancePrincipalOptions {
        InstancePrincipalOptions::new(Environment::new(
            [(
                "OCI_METADATA_BASE_URL",
                format!("{}/opc/v2", self.server.base_url()),
            )],
            None,
        ))
        .with_auth_endpoint(self.server.base_url())
    }

    async fn instance(&self) -> Arc<InstancePrincipal> {
        Arc::new(
            InstancePrincipal::new(self.instance_options(), self.clock.clone())
                .await
                .unwrap(),
        )
    }

    fn storage(&self, provider: Arc<dyn SessionProvider>) -> BlockStorage {
        let signer = OciSigner::session(
            SessionCache::new(provider, self.clock.clone()),
            self.clock.clone(),
        );
        BlockStorage::from_signing(
            Signing::new(signer, self.server.base_url()),
            self.settings(),
        )
        .unwrap()
    }

    fn requests_to(&self, path: &str) -> usize {
        self.server
            .state()
            .request_log()
            .iter()
            .filter(|e| e.path_and_query == path)
            .count()
    }
}

async fn list(storage: &BlockStorage) -> Result<usize, Error> {
    Ok(storage
        .api()
        .list_boot_volume_backups()
        .compartment_id(COMPARTMENT)
        .call()
        .await?
        .into_inner()
        .len())
}

fn signer_of(storage: &BlockStorage) -> String {
    format!("{storage:?}")
}

#[tokio::test]
async fn instance_principal_federates_once_and_signs_with_the_session_key() {
    let rig = Rig::start().await;
    let instance = rig.instance().await;
    assert_eq!(instance.region(), Some("us-ashburn-1"));
    assert_eq!(
        instance.federation_url(),
        format!("{}/v1/x509", rig.server.base_url())
    );
    let storage = rig.storage(instance.clone());
    assert_eq!(list(&storage).await.unwrap(), 0);
    assert_eq!(list(&storage).await.unwrap(), 0);
    assert_eq!(rig.server.identity().federations(), 1);
    assert_eq!(instance.tenancy().as_deref(), Some(FAKE_TENANCY));
    // Each metadata path once, with the metadata service's header.
    for path in [
        "instance/region",
        "identity/cert.pem",
        "identity/key.pem",
        "identity/intermediate.pem",
    ] {
        let log = rig.server.state().request_log();
        let asked: Vec<_> = log
            .iter()
            .filter(|e| e.path_and_query == format!("/opc/v2/{path}"))
            .collect();
        assert_eq!(asked.len(), 1, "{path}");
        assert_eq!(asked[0].header("authorization"), Some("Bearer Oracle"));
    }
    // The federation request: the SDK's body fields and signed headers.
    let log = rig.server.state().request_log();
    let federation = log.iter().find(|e| e.path_and_query == "/v1/x509").unwrap();
    let body: serde_json::Value = serde_json::from_slice(&federation.body).unwrap();
    let mut fields: Vec<_> = body.as_object().unwrap().keys().cloned().collect();
    fields.sort();
    assert_eq!(
        fields,
        ["certificate", "intermediateCertificates", "publicKey"]
    );
    let authorization = federation.header("authorization").unwrap();
    assert!(
        authorization.contains(
            r#"headers="date (request-target) content-length content-type x-content-sha256""#
        ),
        "{authorization}"
    );
    assert!(authorization.contains(&format!(r#"keyId="{FAKE_TENANCY}/fed-x509/"#)));
    // Core requests carry the session token.
    let get = log
        .iter()
        .rev()
        .find(|e| e.operation_id.as_deref() == Some("listBootVolumeBackups"))
        .unwrap();
    assert!(
        get.header("authorization")
            .unwrap()
            .contains(r#"keyId="ST$"#)
    );
}

#[tokio::test]
async fn concurrent_requests_share_one_federation_and_one_refresh() {
    let rig = Rig::start().await;
    let storage = rig.storage(rig.instance().await);
    let calls = (0..20).map(|_| list(&storage));
    for outcome in futures::future::join_all(calls).await {
        assert_eq!(outcome.unwrap(), 0);
    }
    assert_eq!(rig.server.identity().federations(), 1);
    // Within 5 minutes of expiry: one refresh for the next 20 requests.
    rig.clock.advance(REFRESH_AT);
    let calls = (0..20).map(|_| list(&storage));
    for outcome in futures::future::join_all(calls).await {
        assert_eq!(outcome.unwrap(), 0);
    }
    assert_eq!(rig.server.identity().federations(), 2);
    assert_eq!(rig.requests_to("/opc/v2/identity/cert.pem"), 2);
}

#[tokio::test]
async fn a_rejected_token_is_refreshed_once_and_the_request_sent_again() {
    let rig = Rig::start().await;
    let storage = rig.storage(rig.instance().await);
    list(&storage).await.unwrap();
    rig.server.identity().expire_sessions();
    let calls = (0..5).map(|_| list(&storage));
    for outcome in futures::future::join_all(calls).await {
        assert_eq!(outcome.unwrap(), 0);
    }
    assert_eq!(rig.server.identity().federations(), 2);
}

#[tokio::test]
async fn a_wait_longer_than_the_token_refreshes_without_failing() {
    let rig = Rig::with(|c| c.with_backup_duration(Duration::from_secs(3 * 3600))).await;
    let storage = rig.storage(rig.instance().await);
    let details = CreateBootVolumeBackupDetails::builder()
        .boot_volume_id("ocid1.bootvolume.oc1.iad.aaaaaaaafakebootvolume");
    let backup = storage
        .create_backup(details.try_into().unwrap())
        .wait_for(&[State::Available])
        .max_wait(Duration::from_secs(6 * 3600))
        .send()
        .await
        .unwrap();
    assert_eq!(backup.lifecycle_state, State::Available);
    // Three hours with 20-minute tokens replaced after 15, a refresh at the first poll
    // past that: at 15 min (polls every 30 s while REQUEST_RECEIVED), then at 43, 86 and
    // 172 min (once the rate is measured the waiter looks far ahead; each token is
    // expired by then and replaced before the request, never refused): 4 refreshes.
    assert_eq!(rig.server.identity().federations(), 5);
    let rejected = rig
        .server
        .state()
        .request_log()
        .iter()
        .filter(|e| e.response.as_ref().is_some_and(|r| r.status == 401))
        .count();
    assert_eq!(rejected, 0);
}

#[tokio::test]
async fn certificates_are_read_again_on_refresh_and_a_new_tenancy_is_refused() {
    let rig = Rig::start().await;
    let instance = rig.instance().await;
    let storage = rig.storage(instance.clone());
    list(&storage).await.unwrap();
    rig.server.identity().rotate(None).unwrap();
    let rotated =
        oci_backup::auth::instance::sanitize(&rig.server.identity().leaf_certificate_pem());
    rig.clock.advance(REFRESH_AT);
    list(&storage).await.unwrap();
    let log = rig.server.state().request_log();
    let last = log
        .iter()
        .rev()
        .find(|e| e.path_and_query == "/v1/x509")
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&last.body).unwrap();
    assert_eq!(body["certificate"], rotated.as_str());

    rig.server
        .identity()
        .rotate(Some("ocid1.tenancy.oc1..someoneelse"))
        .unwrap();
    rig.clock.advance(LIFETIME + Duration::from_secs(1));
    let error = list(&storage).await.unwrap_err().to_string();
    assert!(
        error.contains("tenancy changed from ocid1.tenancy.oc1..fakeinstancetenancy to ocid1.tenancy.oc1..someoneelse"),
        "{error}"
    );
}

#[tokio::test]
async fn errors_name_what_is_missing() {
    let rig = Rig::start().await;
    // No metadata service at all.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let options = InstancePrincipalOptions::new(Environment::new(
        [("OCI_METADATA_BASE_URL", format!("http://{closed}/opc/v2"))],
        None,
    ));
    let error = InstancePrincipal::new(options, rig.clock.clone())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!(
            "cannot reach the instance metadata service at http://{closed}/opc/v2/instance/region"
        )),
        "{error}"
    );
    assert!(error.contains("OCI_METADATA_BASE_URL"), "{error}");

    // The metadata service unavailable after start.
    let storage = rig.storage(rig.instance().await);
    rig.server.identity().set_metadata_unavailable(true);
    let error = list(&storage).await.unwrap_err().to_string();
    assert!(
        error.contains("instance principal: the instance metadata service answered 503 to GET"),
        "{error}"
    );
    rig.server.identity().set_metadata_unavailable(false);

    // Federation refused.
    rig.server.identity().refuse_federations(1);
    let error = list(&storage).await.unwrap_err().to_string();
    assert!(
        error.contains("/v1/x509 answered 401: NotAuthenticated: federation refused"),
        "{error}"
    );
    assert_eq!(list(&storage).await.unwrap(), 0);

    // Resource principals without their variables.
    for (vars, missing) in [
        (vec![], "OCI_RESOURCE_PRINCIPAL_VERSION is not set"),
        (
            vec![("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2")],
            "OCI_RESOURCE_PRINCIPAL_RPST is not set",
        ),
        (
            vec![
                ("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2"),
                ("OCI_RESOURCE_PRINCIPAL_RPST", "x"),
            ],
            "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM is not set",
        ),
        (
            vec![
                ("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2"),
                ("OCI_RESOURCE_PRINCIPAL_RPST", "x"),
                ("OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM", "y"),
            ],
            "OCI_RESOURCE_PRINCIPAL_REGION is not set",
        ),
        (
            vec![("OCI_RESOURCE_PRINCIPAL_VERSION", "1.1")],
            "version `1.1` is not supported",
        ),
    ] {
        let error =
            ResourcePrincipal::from_environment(&Environment::new(vars, None), rig.clock.clone())
                .unwrap_err()
                .to_string();
        assert!(error.contains(missing), "{error}");
    }
    // Unknown --auth.
    let error = AuthMethod::choose(Some("password"), &Environment::default())
        .unwrap_err()
        .to_string();
    assert!(error.contains("`password` (--auth)"), "{error}");
}

#[tokio::test]
async fn the_tenancy_comes_from_the_certificate_subject() {
    use oci_backup::auth::instance::{sha1_fingerprint, tenancy_of};
    let rig = Rig::start().await;
    let leaf = rig.server.identity().leaf_certificate_pem();
    let der = base64_der(&leaf);
    assert_eq!(tenancy_of(&der).unwrap(), FAKE_TENANCY);
    let fingerprint = sha1_fingerprint(&der);
    assert_eq!(fingerprint.len(), 59);
    assert!(
        fingerprint
            .bytes()
            .all(|b| b == b':' || b.is_ascii_digit() || b.is_ascii_uppercase())
    );
    // The intermediate certificate names no tenancy; garbage is no certificate.
    let response = reqwest::Client::new()
        .get(format!(
            "{}/opc/v2/identity/intermediate.pem",
            rig.server.base_url()
        ))
        .header("authorization", "Bearer Oracle")
        .send()
        .await
        .unwrap();
    let intermediate = base64_der(&response.text().await.unwrap());
    let error = tenancy_of(&intermediate).unwrap_err().to_string();
    assert!(error.contains("has no `opc-tenant:` attribute"), "{error}");
    let error = tenancy_of(b"not a certificate").unwrap_err().to_string();
    assert!(error.contains("not a valid X.509 certificate"), "{error}");
    // Without `Bearer Oracle` the metadata service refuses.
    let refused = reqwest::Client::new()
        .get(format!("{}/opc/v2/identity/key.pem", rig.server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
}

fn base64_der(pem: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(oci_backup::auth::instance::sanitize(pem))
        .unwrap()
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "oci-backup-principals-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn resource_principal_files_are_read_again_as_the_token_nears_expiry() {
    let rig = Rig::start().await;
    let dir = temp_dir("rp");
    let pem = oci_backup_fake::generate_key().unwrap();
    let key = PrivateKey::from_pem(&pem, None, "rp key").unwrap();
    let first = rig
        .server
        .identity()
        .issue_session(&key.public_key_der(), "ocid1.fnfunc.oc1..f");
    let token_file = write(&dir, "rpst", &first);
    let key_file = write(&dir, "rp.pem", &pem);
    let env = Environment::new(
        [
            ("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2".to_owned()),
            (
                "OCI_RESOURCE_PRINCIPAL_RPST",
                token_file.display().to_string(),
            ),
            (
                "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM",
                key_file.display().to_string(),
            ),
            ("OCI_RESOURCE_PRINCIPAL_REGION", "phx".to_owned()),
        ],
        None,
    );
    let provider = Arc::new(ResourcePrincipal::from_environment(&env, rig.clock.clone()).unwrap());
    assert_eq!(provider.region(), Some("us-phoenix-1"));
    let cache = SessionCache::new(provider, rig.clock.clone());
    let storage = BlockStorage::from_signing(
        Signing::new(
            OciSigner::session(cache, rig.clock.clone()),
            rig.server.base_url(),
        ),
        rig.settings(),
    )
    .unwrap();
    assert_eq!(list(&storage).await.unwrap(), 0);
    // The platform rotates the token; near its expiry the file is read again.
    rig.clock.advance(Duration::from_secs(60));
    let second = rig
        .server
        .identity()
        .issue_session(&key.public_key_der(), "ocid1.fnfunc.oc1..f");
    write(&dir, "rpst", &second);
    rig.clock.advance(REFRESH_AT - Duration::from_secs(60));
    assert_eq!(list(&storage).await.unwrap(), 0);
    let log = rig.server.state().request_log();
    let last = log.iter().rev().find(|e| e.operation_id.is_some()).unwrap();
    assert!(
        last.header("authorization")
            .unwrap()
            .contains(&format!("ST${second}"))
    );
    // A token that expired and was not replaced: a clear error, nothing sent.
    rig.clock.advance(LIFETIME);
    let sent = rig.server.state().request_log().len();
    let error = list(&storage).await.unwrap_err().to_string();
    assert!(
        error.contains(
            "the resource principal session token (OCI_RESOURCE_PRINCIPAL_RPST) expired at"
        ),
        "{error}"
    );
    assert_eq!(rig.server.state().request_log().len(), sent);
    assert!(!error.contains(&second));
}

#[tokio::test]
async fn session_tokens_expire_with_a_clear_error_and_refresh_into_their_file() {
    let rig = Rig::start().await;
    let dir = temp_dir("st");
    let pem = oci_backup_fake::generate_key().unwrap();
    let key = PrivateKey::from_pem(&pem, None, "session key").unwrap();
    let token = rig
        .server
        .identity()
        .issue_session(&key.public_key_der(), "ocid1.user.oc1..u");
    let token_file = write(&dir, "token", &token);
    let key_file = write(&dir, "session.pem", &pem);
    let config_file = write(
        &dir,
        "config",
        &format!(
            "[DEFAULT]\ntenancy=ocid1.tenancy.oc1..aaaa\nregion=us-ashburn-1\nkey_file={}\nsecurity_token_file={}\n",
            key_file.display(),
            token_file.display()
        ),
    );
    let options = oci_backup::config::LoadOptions::new(Environment::default())
        .with_config_file(&config_file)
        .with_endpoint(rig.server.base_url());
    let signing = signer_for(AuthMethod::SecurityToken, &options, rig.clock.clone())
        .await
        .unwrap();
    let storage = BlockStorage::from_signing(signing, rig.settings()).unwrap();
    assert_eq!(list(&storage).await.unwrap(), 0);

    // Refresh before expiry: the file holds the new token, which the server accepts.
    let profile = oci_backup::config::load(&options).unwrap();
    let mut refresh = RefreshOptions::new(Environment::default());
    refresh.auth_endpoint = Some(rig.server.base_url().to_owned());
    rig.clock.advance(Duration::from_secs(600));
    let refreshed = security_token::refresh(&profile, &refresh, rig.clock.clone())
        .await
        .unwrap();
    assert_eq!(refreshed.path, token_file);
    let fresh = std::fs::read_to_string(&token_file).unwrap();
    assert_ne!(fresh, token);
    assert_eq!(rig.server.identity().refreshes(), 1);
    assert_eq!(
        refreshed.expires_at,
        Some(clock::start_time() + Duration::from_secs(600) + LIFETIME)
    );
    assert_eq!(list(&storage).await.unwrap(), 0);

    // Expired: refused before anything is sent, naming the time and what to do.
    rig.clock.advance(LIFETIME);
    let sent = rig.server.state().request_log().len();
    let error = list(&storage).await.unwrap_err().to_string();
    assert!(
        error.contains("session expired at 2023-11-14T22:43:20Z (security token file"),
        "{error}"
    );
    assert!(error.contains("oci-backup session refresh"), "{error}");
    assert_eq!(rig.server.state().request_log().len(), sent);
    let error = security_token::refresh(&profile, &refresh, rig.clock.clone())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("an expired session cannot be refreshed"),
        "{error}"
    );

    // A profile without a token file, an unreadable token file.
    let api_profile = OciConfig::api_key(
        "ocid1.tenancy.oc1..t",
        "ocid1.user.oc1..u",
        "aa",
        KeySource::File(key_file.clone()),
        "iad",
    );
    let error = security_token::refresh(&api_profile, &refresh, rig.clock.clone())
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("has no `security_token_file`"), "{error}");
    std::fs::remove_file(&token_file).unwrap();
    let error = list(&storage).await.unwrap_err().to_string();
    assert!(
        error.contains("cannot read the security token file"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn no_token_key_or_certificate_in_logs_debug_or_errors() {
    let logs = logs::capture_logs();
    let rig = Rig::start().await;
    let instance = rig.instance().await;
    let cache = SessionCache::new(instance.clone(), rig.clock.clone());
    let session = cache.session().await.unwrap();
    let storage = rig.storage(instance);
    list(&storage).await.unwrap();
    rig.server.identity().expire_sessions();
    list(&storage).await.unwrap();
    let token = session.token().expose_secret().to_owned();
    let certificate =
        oci_backup::auth::instance::sanitize(&rig.server.identity().leaf_certificate_pem());
    let texts = [
        logs.text(),
        format!("{session:?}"),
        format!("{cache:?}"),
        signer_of(&storage),
    ];
    for text in &texts {
        assert!(!text.contains(&token), "token in {text}");
        assert!(!text.contains(&certificate[..40]), "certificate in {text}");
        assert!(!text.contains("PRIVATE KEY"), "key in {text}");
    }
}
