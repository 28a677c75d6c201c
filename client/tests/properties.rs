//! Property tests of everything the library parses from a file or a server: config
//! files, PEM keys (plain, encrypted, corrupted), and response bodies. Whatever the input,
//! the result is a value or an error, never a panic; errors stay short whatever the
//! length of what they quote; decoded bodies encode back to what decodes the same.
//!
//! The case count is bounded (256 per property, `PROPTEST_CASES` overrides it) so the
//! suite stays quick in CI.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::Engine as _;
use oci_backup::analytics::types::{NewSnapshot, Snapshot, WorkRequest};
use oci_backup::auth::key::PrivateKey;
use oci_backup::block_storage::types::BootVolumeBackup;
use oci_backup::config::{Environment, LoadOptions, load};
use oci_backup::runtime::SecretString;
use proptest::prelude::*;
use serde_json::{Map, Value};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A fresh file with `content`.
fn file_with(content: &[u8]) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("oci-backup-properties-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(NEXT.fetch_add(1, Ordering::Relaxed).to_string());
    std::fs::write(&path, content).unwrap();
    path
}

/// One line of a config file: sections, the keys the loader reads with odd values,
/// comments, continuation-like and arbitrary lines.
fn config_line() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("user"),
        Just("fingerprint"),
        Just("key_file"),
        Just("tenancy"),
        Just("region"),
        Just("pass_phrase"),
        Just("endpoint"),
        Just("security_token_file"),
        Just("cert_bundle"),
        Just("key_content"),
        "[a-z_]{1,12}".prop_map(|k| Box::leak(k.into_boxed_str()) as &str),
    ];
    let value = prop_oneof![
        "[^\n\r]{0,40}",
        "[^\n\r]{3000,5000}",
        Just("~/x".to_owned()),
        Just("https://[::1".to_owned()),
        Just("us-ashburn-1".to_owned()),
        Just("ocid1.tenancy.oc1..aaaa".to_owned()),
    ];
    prop_oneof![
        "[^\n\r\\]]{0,20}".prop_map(|name| format!("[{name}]")),
        Just("[DEFAULT]".to_owned()),
        (key, "[ \t]{0,2}", "[=:]", value).prop_map(|(k, s, eq, v)| format!("{k}{s}{eq}{v}")),
        "[#;][^\n\r]{0,20}",
        "[^\n\r]{0,60}",
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_config_file_loads_or_is_refused_briefly(
        lines in proptest::collection::vec(config_line(), 0..12),
        profile in prop_oneof![Just(None), Just(Some("DEFAULT".to_owned())), "[^\n\r]{1,30}".prop_map(Some)],
        crlf in any::<bool>(),
    ) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        let path = file_with(text.as_bytes());
        let mut options =
            LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
                .with_config_file(&path);
        if let Some(profile) = &profile {
            options = options.with_profile(profile);
        }
        if let Err(error) = load(&options) {
            let message = error.to_string();
            prop_assert!(!message.is_empty());
            // Values of thousands of characters are quoted cut short.
            prop_assert!(message.chars().count() < 1500, "{} chars: {message}", message.chars().count());
        }
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn arbitrary_bytes_as_a_config_file_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let path = file_with(&bytes);
        let options = LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
            .with_config_file(&path);
        let _ = load(&options);
        std::fs::remove_file(&path).unwrap();
    }
}

/// The test keys: the DER inside each, to corrupt.
fn key_pems() -> Vec<(String, String)> {
    [
        "rsa2048-pkcs1.pem",
        "rsa2048-pkcs8.pem",
        "rsa2048-pkcs8-encrypted.pem",
        "rsa2048-pkcs1-encrypted-aes128.pem",
        "rsa2048-pkcs8-encrypted-3des.pem",
        "ec-p256-pkcs8.pem",
    ]
    .iter()
    .map(|name| {
        let path = oci_backup_test_support::keys::path(name);
        (name.to_string(), std::fs::read_to_string(path).unwrap())
    })
    .collect()
}

/// `pem` with the bytes of its base64 body changed at `edits` (position, xor mask).
fn corrupted(pem: &str, edits: &[(usize, u8)], truncate: Option<usize>) -> String {
    let mut headers = Vec::new();
    let mut body = String::new();
    let mut label = ("", "");
    for line in pem.lines() {
        if line.starts_with("-----BEGIN") {
            label.0 = line;
        } else if line.starts_with("-----END") {
            label.1 = line;
        } else if line.contains(':') {
            headers.push(line);
        } else {
            body.push_str(line.trim());
        }
    }
    let mut der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap_or_default();
    for (position, mask) in edits {
        if !der.is_empty() {
            let i = position % der.len();
            der[i] ^= mask;
        }
    }
    if let Some(length) = truncate {
        der.truncate(length);
    }
    let encoded = base64::engine::general_purpose::STANDARD.encode(der);
    let mut text = format!("{}\n", label.0);
    for header in headers {
        text.push_str(header);
        text.push('\n');
    }
    if !text.ends_with(":\n") && text.lines().count() > 1 {
        text.push('\n');
    }
    for chunk in encoded.as_bytes().chunks(64) {
        text.push_str(std::str::from_utf8(chunk).unwrap());
        text.push('\n');
    }
    text.push_str(label.1);
    text.push('\n');
    text
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn corrupted_keys_are_refused_or_loaded_never_a_panic(
        key in 0usize..6,
        edits in proptest::collection::vec((any::<usize>(), 1u8..=255), 0..6),
        truncate in proptest::option::of(0usize..1300),
        pass_phrase in prop_oneof![Just(None), Just(Some("correct-horse")), Just(Some("wrong"))],
    ) {
        let (name, pem) = &key_pems()[key];
        let text = corrupted(pem, &edits, truncate);
        let pass = pass_phrase.map(|p| SecretString::from_string(p.to_owned()));
        if let Err(error) = PrivateKey::from_pem(&text, pass.as_ref(), name) {
            let message = error.to_string();
            prop_assert!(message.contains(name.as_str()), "{message}");
            prop_assert!(!message.contains("correct-horse"), "the pass phrase leaked: {message}");
        }
    }

    #[test]
    fn arbitrary_text_as_a_key_is_refused(text in "(-----BEGIN [A-Z ]{0,24}-----\n)?[A-Za-z0-9+/=:, \n-]{0,400}(-----END [A-Z ]{0,24}-----\n)?") {
        let error = PrivateKey::from_pem(&text, None, "prop");
        prop_assert!(error.is_err());
    }
}

/// A JSON value shaped like the APIs' bodies: objects whose keys are mostly the specs'
/// property names, with values of every JSON type (enum values and timestamps among them).
fn body() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            Just("AVAILABLE"),
            Just("CREATING"),
            Just("FULL"),
            Just("MANUAL"),
            Just("CREATE"),
            Just("REGISTER"),
            Just("OCI_NATIVE"),
            Just("OSS_AUTH_OCI_USER_ID"),
            Just("SUCCEEDED"),
            Just("2024-05-01T02:00:04Z"),
            Just("2024-05-01T02:00:04.123+02:00"),
            Just("ocid1.bootvolumebackup.oc1..b"),
            Just(""),
        ]
        .prop_map(|s| Value::String(s.to_owned())),
        "[^\u{0}]{0,12}".prop_map(Value::String),
    ];
    let key = prop_oneof![
        Just("id"),
        Just("displayName"),
        Just("lifecycleState"),
        Just("timeCreated"),
        Just("bootVolumeId"),
        Just("compartmentId"),
        Just("type"),
        Just("sizeInGBs"),
        Just("uniqueSizeInGBs"),
        Just("freeformTags"),
        Just("definedTags"),
        Just("systemTags"),
        Just("sourceType"),
        Just("expirationTime"),
        Just("backupProgress"),
        Just("name"),
        Just("storage"),
        Just("bucket"),
        Just("auth"),
        Just("bar"),
        Just("uri"),
        Just("password"),
        Just("status"),
        Just("operationType"),
        Just("percentComplete"),
        Just("resources"),
        Just("timeAccepted"),
        Just("Errors"),
        Just("createdByUser"),
        "[a-zA-Z]{1,8}".prop_map(|k| Box::leak(k.into_boxed_str()) as &str),
    ];
    leaf.prop_recursive(3, 48, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..10).prop_map(|entries| {
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<String, Value>>(),
                )
            }),
        ]
    })
}

/// Decodes `value` as `T`; when it decodes, encoding it and decoding again gives the
/// same encoding (nothing the type kept is lost or changed by a second trip).
fn stable<T: serde::de::DeserializeOwned + serde::Serialize>(
    value: &Value,
) -> Result<(), TestCaseError> {
    if let Ok(decoded) = serde_json::from_value::<T>(value.clone()) {
        let once = serde_json::to_value(&decoded).unwrap();
        let again: T = serde_json::from_value(once.clone())
            .map_err(|e| TestCaseError::fail(format!("{e}: {once}")))?;
        prop_assert_eq!(serde_json::to_value(&again).unwrap(), once);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn response_bodies_decode_or_are_refused_and_decoded_ones_are_stable(value in body()) {
        stable::<BootVolumeBackup>(&value)?;
        stable::<Snapshot>(&value)?;
        stable::<WorkRequest>(&value)?;
        stable::<NewSnapshot>(&value)?;
        let bytes = serde_json::to_vec(&value).unwrap();
        let _ = serde_json::from_slice::<BootVolumeBackup>(&bytes);
    }

    #[test]
    fn arbitrary_bytes_as_a_body_are_refused_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = serde_json::from_slice::<BootVolumeBackup>(&bytes);
        let _ = serde_json::from_slice::<Snapshot>(&bytes);
        let _ = serde_json::from_slice::<WorkRequest>(&bytes);
    }
}

/// One loopback server whose answer each case sets, and a client of it that does not retry.
struct Loopback {
    runtime: tokio::runtime::Runtime,
    answer: std::sync::Arc<std::sync::Mutex<(u16, String)>>,
    storage: oci_backup::block_storage::BlockStorage,
    _server: oci_backup_test_support::Server,
}

fn loopback() -> &'static Loopback {
    static LOOPBACK: std::sync::OnceLock<Loopback> = std::sync::OnceLock::new();
    LOOPBACK.get_or_init(|| {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let answer = std::sync::Arc::new(std::sync::Mutex::new((200, String::new())));
        let shared = answer.clone();
        let server = {
            let _entered = runtime.enter();
            oci_backup_test_support::Server::start(move |_| {
                let (status, body) = shared.lock().unwrap().clone();
                oci_backup_test_support::Answer::json(status, body)
            })
        };
        let config = file_with(
            format!(
                "[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint={}\ntenancy=ocid1.tenancy.oc1..t\nregion=us-ashburn-1\nkey_file={}\n",
                oci_backup_test_support::keys::FINGERPRINT,
                oci_backup_test_support::keys::api_key_path().display()
            )
            .as_bytes(),
        );
        let options = LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
            .with_config_file(config)
            .with_endpoint(format!("{}/20160918/", server.base));
        let settings = oci_backup::connect::Settings::default()
            .with_retry(oci_backup::retry::RetryPolicy::none());
        let storage =
            oci_backup::block_storage::BlockStorage::from_profile(&load(&options).unwrap(), settings)
                .unwrap();
        Loopback {
            runtime,
            answer,
            storage,
            _server: server,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: config().cases.min(64), ..config() })]

    #[test]
    fn any_status_and_body_from_the_server_is_a_value_or_a_typed_error(
        status in prop_oneof![
            Just(200u16), Just(201), Just(204), Just(304), Just(400), Just(401), Just(404),
            Just(409), Just(412), Just(429), Just(500), Just(503), Just(599)
        ],
        body in prop_oneof![
            body().prop_map(|v| v.to_string()),
            "[^\u{0}]{0,64}",
            Just(r#"{"code":"NotAuthorizedOrNotFound","message":"m"}"#.to_owned()),
        ],
    ) {
        use oci_backup::CallExt as _;

        let loopback = loopback();
        *loopback.answer.lock().unwrap() = (status, body);
        let outcome = loopback.runtime.block_on(
            loopback
                .storage
                .api()
                .get_boot_volume_backup()
                .boot_volume_backup_id("ocid1.bootvolumebackup.oc1..b")
                .call(),
        );
        if let Err(error) = outcome {
            prop_assert!(!error.to_string().is_empty());
            if status >= 400 && status != 401 {
                prop_assert_eq!(error.service().map(|s| s.status), Some(status), "{}", error);
            }
        } else {
            prop_assert_eq!(status, 200);
        }
    }
}
