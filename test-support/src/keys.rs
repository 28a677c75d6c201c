//! The throwaway test keys, in `keys/` of this crate (see its README): one RSA-2048 API
//! key in every format OCI users have, a second key nobody is told about, and keys OCI
//! refuses. They are public: never register them anywhere.

use std::path::PathBuf;

use oci_backup::auth::key::PrivateKey;

/// The API key's fingerprint (also in `keys/rsa2048.fingerprint`).
pub const FINGERPRINT: &str = "51:e8:2b:9f:0b:38:28:4d:a9:f7:0f:39:13:35:ef:57";

/// The folder of test keys.
pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("keys")
}

/// A key file of the folder, by name (`rsa2048-pkcs1.pem`).
pub fn path(name: &str) -> PathBuf {
    dir().join(name)
}

/// The API key's file (PKCS#8, unencrypted).
pub fn api_key_path() -> PathBuf {
    path("rsa2048-pkcs8.pem")
}

/// The API key's public half (PEM SubjectPublicKeyInfo), what the fake's `--public-key`
/// takes.
pub fn public_key_path() -> PathBuf {
    path("rsa2048-public.pem")
}

/// The API key.
pub fn api_key() -> PrivateKey {
    PrivateKey::from_file(&api_key_path(), None).unwrap()
}

/// The API key's public half (DER), for verifying signatures.
pub fn public_key_der() -> Vec<u8> {
    api_key().public_key_der()
}

/// A second RSA-2048 key, which no test server is told about.
pub fn other_key() -> PrivateKey {
    PrivateKey::from_file(&path("other-rsa2048-pkcs8.pem"), None).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_is_the_key_s_and_the_file_s() {
        assert_eq!(api_key().fingerprint(), FINGERPRINT);
        let file = std::fs::read_to_string(path("rsa2048.fingerprint")).unwrap();
        assert_eq!(file.trim(), FINGERPRINT);
    }
}
