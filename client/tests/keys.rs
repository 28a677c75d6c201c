//! Loading API keys in every format OCI users have, and each way it can go wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use oci_backup::auth::key::{KeyError, KeyProblem, PrivateKey};
use oci_backup::runtime::SecretString;
use oci_backup_test_support::keys;

fn fingerprint() -> String {
    std::fs::read_to_string(keys::path("rsa2048.fingerprint"))
        .unwrap()
        .trim()
        .to_owned()
}

fn pass(value: &str) -> SecretString {
    SecretString::from_string(value.into())
}

fn problem(name: &str, pass_phrase: Option<&str>) -> KeyProblem {
    let pass_phrase = pass_phrase.map(pass);
    match PrivateKey::from_file(&keys::path(name), pass_phrase.as_ref()).unwrap_err() {
        KeyError::Invalid { problem, origin } => {
            assert!(origin.contains(name), "the error names the file: {origin}");
            problem
        }
        other => panic!("{name}: {other}"),
    }
}

#[test]
fn every_supported_format_loads_with_the_openssl_fingerprint() {
    let plain = [
        "rsa2048-pkcs1.pem",
        "rsa2048-pkcs8.pem",
        "rsa2048-pkcs8-oci-label.pem",
    ];
    let encrypted = [
        "rsa2048-pkcs8-encrypted.pem",
        "rsa2048-pkcs8-encrypted-3des.pem",
        "rsa2048-pkcs1-encrypted-aes128.pem",
        "rsa2048-pkcs1-encrypted-aes256.pem",
        "rsa2048-pkcs1-encrypted-des3.pem",
    ];
    for name in plain {
        let key = PrivateKey::from_file(&keys::path(name), None).unwrap();
        assert_eq!(
            (key.fingerprint(), key.bits()),
            (fingerprint().as_str(), 2048),
            "{name}"
        );
    }
    for name in encrypted {
        let key = PrivateKey::from_file(&keys::path(name), Some(&pass("correct-horse"))).unwrap();
        assert_eq!(key.fingerprint(), fingerprint(), "{name}");
    }
}

#[test]
fn encrypted_keys_need_the_right_pass_phrase() {
    for name in [
        "rsa2048-pkcs8-encrypted.pem",
        "rsa2048-pkcs8-encrypted-3des.pem",
        "rsa2048-pkcs1-encrypted-aes128.pem",
        "rsa2048-pkcs1-encrypted-aes256.pem",
        "rsa2048-pkcs1-encrypted-des3.pem",
    ] {
        assert_eq!(
            problem(name, None),
            KeyProblem::PassPhraseRequired,
            "{name}"
        );
        for wrong in ["wrong", "correct-horsE", ""] {
            assert_eq!(
                problem(name, Some(wrong)),
                KeyProblem::WrongPassPhrase,
                "{name} with {wrong:?}"
            );
        }
    }
}

#[test]
fn keys_oci_cannot_use_are_refused_clearly() {
    assert_eq!(problem("rsa2048-public.pem", None), KeyProblem::PublicKey);
    assert_eq!(
        problem("ec-p256-pkcs8.pem", None),
        KeyProblem::NotRsa {
            kind: "an EC key".into()
        }
    );
    assert!(matches!(
        problem("rsa1024-pkcs8.pem", None),
        KeyProblem::Size { .. }
    ));
    assert_eq!(problem("README.md", None), KeyProblem::NotPem);
    let message = PrivateKey::from_file(&keys::path("rsa1024-pkcs8.pem"), None)
        .unwrap_err()
        .to_string();
    assert!(
        message
            .ends_with("OCI API keys must be RSA keys of 2048 to 8192 bits: this key is too small"),
        "{message}"
    );
}

#[test]
fn truncated_and_unreadable_files_are_named() {
    let text = std::fs::read_to_string(keys::path("rsa2048-pkcs8.pem")).unwrap();
    let truncated: String = text.lines().take(10).collect::<Vec<_>>().join("\n");
    let error = PrivateKey::from_pem(&truncated, None, "OCI_CLI_KEY_CONTENT").unwrap_err();
    assert_eq!(
        error.to_string(),
        "OCI_CLI_KEY_CONTENT: the PEM block `PRIVATE KEY` has no -----END PRIVATE KEY----- line"
    );
    let error = PrivateKey::from_file(&keys::path("missing.pem"), None)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("cannot read the key file `") && error.contains("missing.pem"),
        "{error}"
    );
}

#[test]
fn a_fingerprint_that_belongs_to_another_key_is_an_error() {
    let key = PrivateKey::from_file(&keys::path("rsa2048-pkcs8.pem"), None).unwrap();
    key.check_fingerprint(&fingerprint()).unwrap();
    key.check_fingerprint(&fingerprint().to_uppercase())
        .unwrap();
    let other = "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7";
    let error = key.check_fingerprint(other).unwrap_err().to_string();
    assert_eq!(
        error,
        format!(
            "the key's fingerprint is {}, but the configuration says {other}: the key file and the \
             fingerprint belong to different API keys",
            fingerprint()
        )
    );
}

#[test]
fn key_material_and_pass_phrases_never_show() {
    let key = PrivateKey::from_file(
        &keys::path("rsa2048-pkcs8-encrypted.pem"),
        Some(&pass("correct-horse")),
    )
    .unwrap();
    let debug = format!("{key:?}");
    assert_eq!(
        debug,
        format!(
            "PrivateKey {{ bits: 2048, fingerprint: {:?}, .. }}",
            fingerprint()
        )
    );
    let body: String = std::fs::read_to_string(keys::path("rsa2048-pkcs8.pem"))
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .into();
    for name in [
        "rsa2048-pkcs8-encrypted.pem",
        "rsa2048-pkcs1-encrypted-aes128.pem",
    ] {
        let error =
            PrivateKey::from_file(&keys::path(name), Some(&pass("hunter2-secret"))).unwrap_err();
        for text in [error.to_string(), format!("{error:?}")] {
            assert!(
                !text.contains("hunter2-secret") && !text.contains(&body),
                "{text}"
            );
        }
    }
}
