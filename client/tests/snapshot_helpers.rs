//! Building snapshot credentials and passwords from files and user input.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use base64::Engine as _;
use oci_backup::analytics::types::Auth;
use oci_backup::snapshot::{SnapshotHelperError, WrappedKey, bar_password, user_id_auth};
use oci_backup_test_support::keys;

#[test]
fn the_wrapped_key_is_the_whole_file_in_base64_on_one_line_with_its_fingerprint() {
    let path = keys::path("rsa2048-pkcs1.pem");
    let key = WrappedKey::from_file(&path).unwrap();
    let wrapped = key.wrapped.expose_secret();
    assert!(
        !wrapped.contains('\n') && wrapped.starts_with("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tL")
    );
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(wrapped)
        .unwrap();
    assert_eq!(decoded, std::fs::read(&path).unwrap());
    let expected = std::fs::read_to_string(keys::path("rsa2048.fingerprint")).unwrap();
    assert_eq!(key.fingerprint, expected.trim());
}

#[test]
fn user_id_auth_fills_every_field_and_hides_the_key() {
    let auth = user_id_auth(
        "us-phoenix-1",
        "ocid1.tenancy.oc1..t",
        "ocid1.user.oc1..u",
        &keys::path("rsa2048-pkcs8.pem"),
    )
    .unwrap();
    let json = serde_json::to_value(&auth).unwrap();
    assert_eq!(json["type"], "OSS_AUTH_OCI_USER_ID");
    assert_eq!(json["ociRegion"], "us-phoenix-1");
    assert!(
        json["ociPrivateKeyWrapped"]
            .as_str()
            .unwrap()
            .starts_with("LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t")
    );
    let Auth::OssAuthOciUserId {
        oci_private_key_wrapped,
        ..
    } = &auth
    else {
        panic!("{auth:?}")
    };
    assert!(!format!("{auth:?}").contains(oci_private_key_wrapped.expose_secret()));
}

#[test]
fn keys_the_service_cannot_use_are_refused() {
    let stripped =
        std::env::temp_dir().join(format!("oci-backup-stripped-{}.pem", std::process::id()));
    let text = std::fs::read_to_string(keys::path("rsa2048-pkcs8.pem")).unwrap();
    std::fs::write(
        &stripped,
        text.lines()
            .filter(|l| !l.starts_with("-----"))
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .unwrap();
    let error = WrappedKey::from_file(&stripped).unwrap_err().to_string();
    assert!(
        error.ends_with("the file must include its `-----BEGIN` and `-----END` lines"),
        "{error}"
    );
    std::fs::remove_file(&stripped).unwrap();
    let encrypted = WrappedKey::from_file(&keys::path("rsa2048-pkcs8-encrypted.pem")).unwrap_err();
    assert!(
        matches!(encrypted, SnapshotHelperError::Encrypted { .. }),
        "{encrypted}"
    );
    let public = WrappedKey::from_file(&keys::path("rsa2048-public.pem"))
        .unwrap_err()
        .to_string();
    assert!(
        public.ends_with("authentication requires a private key, but a public key was provided"),
        "{public}"
    );
}

#[test]
fn bar_passwords_follow_the_documented_rules() {
    assert!(bar_password("snapshotPassword123").is_ok());
    for (password, rule) in [
        ("Ab1", "at least 8 characters"),
        (&"Ab1".repeat(17)[..], "at most 50 characters"),
        ("abcdefgH", "at least one numeric character"),
        ("abcdefg1", "at least one uppercase letter"),
        ("ABCDEFG1", "at least one lowercase letter"),
    ] {
        let error = bar_password(password).unwrap_err().to_string();
        assert!(
            error.contains(rule) && !error.contains(password),
            "{password}: {error}"
        );
    }
}
