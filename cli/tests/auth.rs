//! `--auth` / `OCI_CLI_AUTH` and `session refresh`, through the built binary against
//! the embedded fake's metadata and auth services: instance principals, resource
//! principals and session tokens, and the errors that name what is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

mod support;

use std::time::Duration;

use oci_backup::auth::key::PrivateKey;
use oci_backup_fake::{FakeConfig, FakeServer};
use support::{Home, TempDir};

const COMPARTMENT: &str = "ocid1.compartment.oc1..aaaaaaaafakecompartment";

/// The fake on its own runtime (the binary runs as a subprocess meanwhile).
struct Fake {
    server: FakeServer,
    _runtime: tokio::runtime::Runtime,
}

impl Fake {
    fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime
            .block_on(FakeServer::start(FakeConfig::default()))
            .unwrap();
        Self {
            server,
            _runtime: runtime,
        }
    }

    fn url(&self) -> &str {
        self.server.base_url()
    }

    fn metadata(&self) -> String {
        format!("{}/opc/v2", self.url())
    }

    /// A session key and a token the fake issued for it.
    fn session(&self, dir: &TempDir) -> (std::path::PathBuf, std::path::PathBuf) {
        let pem = oci_backup_fake::generate_key().unwrap();
        let key = PrivateKey::from_pem(&pem, None, "session key").unwrap();
        let token = self
            .server
            .identity()
            .issue_session(&key.public_key_der(), "ocid1.user.oc1..u");
        (dir.write("session.pem", &pem), dir.write("token", &token))
    }

    fn core_requests(&self) -> usize {
        self.server
            .state()
            .request_log()
            .iter()
            .filter(|e| e.operation_id.is_some())
            .count()
    }
}

fn list(home: &Home, fake: &Fake, auth: &[&str], env: &[(&str, &str)]) -> support::Run {
    let mut args = vec![
        "bv",
        "boot-volume-backup",
        "list",
        "--compartment-id",
        COMPARTMENT,
        "--endpoint",
        fake.url(),
        "--no-retry",
    ];
    args.extend_from_slice(auth);
    home.run(&args, env)
}

#[test]
fn instance_principal_by_flag_and_by_variable() {
    let fake = Fake::start();
    let home = Home::new();
    let metadata = fake.metadata();
    let env = [
        ("OCI_METADATA_BASE_URL", metadata.as_str()),
        ("OCI_BACKUP_AUTH_ENDPOINT", fake.url()),
    ];
    let run = list(&home, &fake, &["--auth", "instance_principal"], &env);
    run.expect(0);
    assert_eq!(run.json()["data"], serde_json::json!([]));
    assert_eq!(fake.server.identity().federations(), 1);
    let with_variable: Vec<_> = env
        .iter()
        .copied()
        .chain([("OCI_CLI_AUTH", "instance_principal")])
        .collect();
    list(&home, &fake, &[], &with_variable).expect(0);
    assert_eq!(fake.server.identity().federations(), 2);
    // raw-request signs the same way.
    let uri = format!(
        "{}/20160918/bootVolumeBackups?compartmentId={COMPARTMENT}",
        fake.url()
    );
    home.run(
        &[
            "raw-request",
            "--http-method",
            "GET",
            "--target-uri",
            &uri,
            "--auth",
            "instance_principal",
        ],
        &env,
    )
    .expect(0);
}

#[test]
fn resource_principal_from_its_variables() {
    let fake = Fake::start();
    let home = Home::new();
    let dir = TempDir::new();
    let (key, token) = fake.session(&dir);
    let (key, token) = (key.display().to_string(), token.display().to_string());
    let env = [
        ("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2"),
        ("OCI_RESOURCE_PRINCIPAL_RPST", token.as_str()),
        ("OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM", key.as_str()),
        ("OCI_RESOURCE_PRINCIPAL_REGION", "us-phoenix-1"),
    ];
    list(&home, &fake, &["--auth", "resource_principal"], &env).expect(0);
    // A missing variable is named; nothing is sent.
    let sent = fake.core_requests();
    let run = list(&home, &fake, &["--auth", "resource_principal"], &env[..2]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM is not set"),
        "{run:?}"
    );
    assert_eq!(fake.core_requests(), sent);
}

#[test]
fn security_token_profiles_refresh_and_expire() {
    let fake = Fake::start();
    let home = Home::new();
    let dir = TempDir::new();
    let (key, token_file) = fake.session(&dir);
    let config = dir.write(
        "config",
        &format!(
            "[DEFAULT]\ntenancy=ocid1.tenancy.oc1..aaaa\nregion=us-ashburn-1\nkey_file={}\nsecurity_token_file={}\n",
            key.display(),
            token_file.display()
        ),
    );
    let config = config.display().to_string();
    let auth = ["--auth", "security_token", "--config-file", config.as_str()];
    list(&home, &fake, &auth, &[]).expect(0);

    let before = std::fs::read_to_string(&token_file).unwrap();
    let run = home.run(
        &["session", "refresh", "--config-file", &config],
        &[("OCI_BACKUP_AUTH_ENDPOINT", fake.url())],
    );
    run.expect(0);
    assert_eq!(
        run.json()["data"]["security-token-file"],
        token_file.display().to_string()
    );
    assert!(
        run.json()["data"]["expires-at"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    let after = std::fs::read_to_string(&token_file).unwrap();
    assert_ne!(before, after);
    assert_eq!(fake.server.identity().refreshes(), 1);
    list(&home, &fake, &auth, &[]).expect(0);

    // An expired token: a clear error, exit 3, nothing sent.
    fake.server.identity().set_token_lifetime(Duration::ZERO);
    let (_, expired) = fake.session(&dir);
    assert_eq!(expired, token_file);
    let sent = fake.core_requests();
    let run = list(&home, &fake, &auth, &[]);
    run.expect(3);
    assert!(run.stderr.contains("session expired at "), "{run:?}");
    assert!(run.stderr.contains("oci-backup session refresh"), "{run:?}");
    assert_eq!(fake.core_requests(), sent);
    let token = std::fs::read_to_string(&token_file).unwrap();
    assert!(!run.stderr.contains(&token));

    // security_token with an API-key profile names what is missing.
    let run = list(&home, &fake, &["--auth", "security_token"], &[]);
    run.expect(2);
    assert!(
        run.stderr.contains("has no `security_token_file`"),
        "{run:?}"
    );
}

#[test]
fn errors_name_the_missing_service_or_the_bad_method() {
    let fake = Fake::start();
    let home = Home::new();
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let metadata = format!("http://{closed}/opc/v2");
    let run = list(
        &home,
        &fake,
        &["--auth", "instance_principal"],
        &[("OCI_METADATA_BASE_URL", &metadata)],
    );
    run.expect(6);
    assert!(
        run.stderr
            .contains("cannot reach the instance metadata service at"),
        "{run:?}"
    );
    fake.server.identity().set_metadata_unavailable(true);
    let metadata = fake.metadata();
    let run = list(
        &home,
        &fake,
        &["--auth", "instance_principal"],
        &[("OCI_METADATA_BASE_URL", &metadata)],
    );
    run.expect(6);
    assert!(run.stderr.contains("answered 503"), "{run:?}");

    let run = list(&home, &fake, &[], &[("OCI_CLI_AUTH", "password")]);
    run.expect(2);
    assert!(run.stderr.contains("`password` (OCI_CLI_AUTH)"), "{run:?}");
    let run = list(&home, &fake, &["--auth", "password"], &[]);
    run.expect(2);
    assert!(run.stderr.contains("instance_principal"), "{run:?}");
}
