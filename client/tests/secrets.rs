//! No secret (pass phrase, private key, session token, BAR password, wrapped key) reaches
//! a log line, a `Debug` or `Display` text, or an error, across the OCI-side flows.
//! (Bearer-token flows have the same check in `bearer.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use oci_backup::analytics::types::{NewSnapshot, PasswordBar, Storage};
use oci_backup::block_storage::BlockStorage;
use oci_backup::config::{Environment, LoadOptions, load};
use oci_backup::connect::Settings;
use oci_backup::snapshot::{bar_password, user_id_auth};
use oci_backup_test_support::keys::{self, FINGERPRINT};
use oci_backup_test_support::{Server, Verify, clock, core_api, logs};

const PASS_PHRASE: &str = "correct-horse";
const SESSION_TOKEN: &str = "eyJsession.secret-token.value";
const BAR_PASSWORD: &str = "Secret-BAR-pw-42";
const TENANCY: &str =
    "ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq";
const USER: &str = "ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq";

/// Lines of the private key's base64, any of which in a text would be a leak.
fn key_material() -> Vec<String> {
    let mut material = Vec::new();
    for name in ["rsa2048-pkcs8.pem", "rsa2048-pkcs1-encrypted-aes128.pem"] {
        let text = std::fs::read_to_string(keys::path(name)).unwrap();
        material.extend(
            text.lines()
                .filter(|l| !l.contains("-----") && !l.contains(':') && l.len() > 40)
                .map(str::to_owned),
        );
    }
    material
}

#[tokio::test]
async fn oci_flows_leak_no_secret() {
    let logs = logs::capture_logs();
    let mut texts: Vec<String> = Vec::new();
    let clock = clock::manual();

    // A profile with an encrypted key and its pass phrase; the key content also from env.
    let dir = std::env::temp_dir().join(format!("oci-backup-secrets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("token"), SESSION_TOKEN).unwrap();
    let config_text = format!(
        "[DEFAULT]\nuser={USER}\nfingerprint={FINGERPRINT}\ntenancy={TENANCY}\nregion=us-ashburn-1\nkey_file={}\npass_phrase={PASS_PHRASE}\n\n\
         [TOKEN]\nsecurity_token_file={}\n\n[WRONG]\npass_phrase=wrong-{PASS_PHRASE}\n",
        keys::path("rsa2048-pkcs1-encrypted-aes128.pem").display(),
        dir.join("token").display()
    );
    std::fs::write(dir.join("config"), config_text).unwrap();
    let key_content = std::fs::read_to_string(keys::api_key_path()).unwrap();
    let environment = |content: bool| {
        let vars: Vec<(&str, &str)> = if content {
            vec![("OCI_CLI_KEY_CONTENT", key_content.as_str())]
        } else {
            vec![]
        };
        Environment::new(vars, None)
    };

    let server = Server::verifying(
        Verify::with_key(Vec::new()).date_from(clock.clone()),
        core_api::answer,
    );
    let base = server.base.clone();
    for (profile, content) in [("DEFAULT", false), ("TOKEN", false), ("DEFAULT", true)] {
        let options = LoadOptions::new(environment(content))
            .with_config_file(dir.join("config"))
            .with_profile(profile)
            .with_endpoint(&base);
        texts.push(format!("{options:?}"));
        let config = load(&options).unwrap();
        texts.push(format!("{config:?}"));
        let storage =
            BlockStorage::from_profile(&config, Settings::with_clock(clock.clone())).unwrap();
        texts.push(format!("{storage:?}"));
        // The fake answers 401 (it knows no key): the error is text to check too.
        match storage
            .api()
            .get_boot_volume_backup()
            .boot_volume_backup_id("b")
            .send()
            .await
        {
            Ok(value) => texts.push(format!("{value:?}")),
            Err(error) => texts.push(format!("{error} {error:?}")),
        }
    }
    let wrong = load(
        &LoadOptions::new(environment(false))
            .with_config_file(dir.join("config"))
            .with_profile("WRONG"),
    )
    .unwrap();
    let error =
        BlockStorage::from_profile(&wrong, Settings::with_clock(clock.clone())).unwrap_err();
    texts.push(format!("{error} {error:?} {wrong:?}"));

    // Snapshot credentials and a BAR password.
    let auth = user_id_auth("us-phoenix-1", TENANCY, USER, &keys::api_key_path()).unwrap();
    let wrapped = serde_json::to_value(&auth).unwrap()["ociPrivateKeyWrapped"]
        .as_str()
        .unwrap()
        .to_owned();
    let request = NewSnapshot::Create {
        bar: Some(
            PasswordBar::builder()
                .password(bar_password(BAR_PASSWORD).unwrap())
                .uri("file:///x.bar")
                .try_into()
                .unwrap(),
        ),
        name: "nightly".into(),
        storage: Storage::OciNative {
            auth,
            bucket: Some("b".into()),
            bucket_oci_namespace: None,
            bucket_oci_region: None,
        },
    };
    texts.push(format!("{request:?} {request:#?}"));
    texts.push(
        bar_password(&format!("{BAR_PASSWORD}\u{1F600}").repeat(4))
            .unwrap_err()
            .to_string(),
    );

    let logs = logs.text();
    assert!(
        logs.contains("signed request"),
        "the signer logs at TRACE, so the capture works:\n{logs}"
    );
    let mut secrets = vec![
        PASS_PHRASE.to_owned(),
        SESSION_TOKEN.to_owned(),
        BAR_PASSWORD.to_owned(),
        wrapped[..60].to_owned(),
    ];
    secrets.extend(key_material());
    for secret in &secrets {
        assert!(
            !logs.contains(secret.as_str()),
            "a log line shows `{secret}`"
        );
        for text in &texts {
            assert!(
                !text.contains(secret.as_str()),
                "`{secret}` appears in: {text}"
            );
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}
