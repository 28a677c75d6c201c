//! RSA private keys for OCI API signing: PEM in, a signing key and its fingerprint out.
//!
//! Accepted: PKCS#1 (`BEGIN RSA PRIVATE KEY`), PKCS#8 (`BEGIN PRIVATE KEY`), encrypted
//! PKCS#8 (`BEGIN ENCRYPTED PRIVATE KEY`, PBES2) and legacy OpenSSL-encrypted PKCS#1
//! (`Proc-Type: 4,ENCRYPTED` with AES-128/192/256-CBC or DES-EDE3-CBC), each with a pass
//! phrase where encrypted. Text around the armour (such as the `OCI_API_KEY` label line
//! Oracle recommends) is ignored. Every intermediate buffer holding key material is
//! zeroised when dropped, and nothing here prints it.
//!
//! # Why aws-lc-rs
//!
//! Measured on this project's 2-core machine (RSA-2048, PKCS#1 v1.5, SHA-256):
//! aws-lc-rs 3962 signatures/s, `openssl speed rsa2048` 4154/s (0.95 of OpenSSL), ring
//! 1767/s (0.43), the pure-Rust `rsa` crate 660/s (0.16). The `rsa` crate is also subject
//! to RUSTSEC-2023-0071 (the Marvin timing side channel, unfixed), while aws-lc-rs uses
//! AWS-LC's constant-time implementation. aws-lc-rs is already rustls's crypto provider in
//! this crate's TLS stack, so signing adds no second crypto library. It refuses RSA keys
//! under 2048 bits, as OCI does: such a key is rejected here with a clear error rather
//! than by a 401 later.

use std::fmt;
use std::path::{Path, PathBuf};

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::signature::{KeyPair as _, RSA_PKCS1_SHA256, RsaKeyPair};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest as _, Md5};
use zeroize::Zeroizing;

use crate::runtime::SecretString;

/// The OID of `rsaEncryption`.
const RSA_ENCRYPTION: pkcs8::ObjectIdentifier =
    pkcs8::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// Why a private key could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The key file could not be read.
    #[error("cannot read the key file `{path}`: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// Something about the key, with where it came from.
    #[error("{origin}: {problem}")]
    Invalid {
        /// The file the key came from, or `key content`.
        origin: String,
        /// What is wrong.
        problem: KeyProblem,
    },
    /// The key does not belong to the configured fingerprint.
    #[error(
        "the key's fingerprint is {actual}, but the configuration says {configured}: \
         the key file and the fingerprint belong to different API keys"
    )]
    FingerprintMismatch {
        /// The fingerprint from the configuration.
        configured: String,
        /// The key's own fingerprint.
        actual: String,
    },
    /// The signing primitive failed (should not happen with a loaded key).
    #[error("RSA signing failed")]
    Sign,
}

/// What is wrong with a key's text or contents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyProblem {
    /// No `-----BEGIN ...-----` line.
    #[error("not a PEM private key: no -----BEGIN line")]
    NotPem,
    /// A BEGIN line without its END line.
    #[error("the PEM block `{label}` has no -----END {label}----- line")]
    MissingEnd {
        /// The block's label.
        label: String,
    },
    /// The block between the armour lines is not valid base64.
    #[error("the PEM block `{label}` is not valid base64")]
    BadBase64 {
        /// The block's label.
        label: String,
    },
    /// A public key where a private key was needed.
    #[error("authentication requires a private key, but a public key was provided")]
    PublicKey,
    /// A private key that is not RSA.
    #[error("OCI API keys must be RSA, and this is {kind}")]
    NotRsa {
        /// What the key is.
        kind: String,
    },
    /// An RSA key that is too small or too large.
    #[error("OCI API keys must be RSA keys of 2048 to 8192 bits: {reason}")]
    Size {
        /// aws-lc-rs's reason.
        reason: String,
    },
    /// The key is encrypted and no pass phrase was given.
    #[error("the key is encrypted: a pass phrase is needed (pass_phrase, OCI_CLI_PASSPHRASE)")]
    PassPhraseRequired,
    /// The pass phrase does not decrypt the key.
    #[error("wrong pass phrase: the key cannot be decrypted with it")]
    WrongPassPhrase,
    /// A legacy encryption header this crate does not support.
    #[error("unsupported key encryption `{cipher}` (supported: AES-128/192/256-CBC, DES-EDE3-CBC)")]
    UnsupportedEncryption {
        /// The `DEK-Info` cipher name.
        cipher: String,
    },
    /// The decoded structure is not a valid key.
    #[error("malformed key: {reason}")]
    Malformed {
        /// What did not parse.
        reason: String,
    },
}

/// Something that signs with RSASSA-PKCS1-v1_5 over SHA-256, as OCI signatures need.
///
/// [`PrivateKey`] is the implementation; the trait lets the signing algorithm be tested
/// against a reference implementation (the documented test key is 1024-bit, which this
/// crate refuses to load for real use).
pub trait RsaSign: fmt::Debug + Send + Sync {
    /// The RSASSA-PKCS1-v1_5 SHA-256 signature of `message`.
    fn sign_pkcs1_sha256(&self, message: &[u8]) -> Result<Vec<u8>, KeyError>;
}

/// An RSA private key loaded for signing.
pub struct PrivateKey {
    pair: RsaKeyPair,
    fingerprint: String,
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("bits", &(self.pair.public_modulus_len() * 8))
            .field("fingerprint", &self.fingerprint)
            .finish_non_exhaustive()
    }
}

impl PrivateKey {
    /// Reads and loads a PEM key file; errors name the file.
    pub fn from_file(path: &Path, pass_phrase: Option<&SecretString>) -> Result<Self, KeyError> {
        let bytes =
            Zeroizing::new(
                crate::files::read_limited(path).map_err(|e| KeyError::Unreadable {
                    path: path.to_owned(),
                    reason: e.to_string(),
                })?,
            );
        let text = String::from_utf8_lossy(&bytes);
        let text = Zeroizing::new(text.into_owned());
        Self::load(&text, pass_phrase).map_err(|problem| KeyError::Invalid {
            origin: format!("key file `{}`", path.display()),
            problem,
        })
    }

    /// Loads a key from PEM text (`origin` names it in errors, e.g. `OCI_CLI_KEY_CONTENT`).
    pub fn from_pem(
        pem: &str,
        pass_phrase: Option<&SecretString>,
        origin: &str,
    ) -> Result<Self, KeyError> {
        Self::load(pem, pass_phrase).map_err(|problem| KeyError::Invalid {
            origin: origin.to_owned(),
            problem,
        })
    }

    fn load(pem: &str, pass_phrase: Option<&SecretString>) -> Result<Self, KeyProblem> {
        let block = Pem::parse(pem)?;
        let pair = match block.label.as_str() {
            "RSA PRIVATE KEY" => {
                let der = match block.encryption()? {
                    None => block.der,
                    Some((cipher, iv)) => {
                        let pass = pass_phrase.ok_or(KeyProblem::PassPhraseRequired)?;
                        decrypt_legacy(&cipher, &iv, pass.expose_secret().as_bytes(), &block.der)?
                    }
                };
                RsaKeyPair::from_der(&der).map_err(rejected)?
            }
            "PRIVATE KEY" => pkcs8_pair(&block.der)?,
            "ENCRYPTED PRIVATE KEY" => {
                let pass = pass_phrase.ok_or(KeyProblem::PassPhraseRequired)?;
                let info = pkcs8::EncryptedPrivateKeyInfo::try_from(block.der.as_slice())
                    .map_err(|e| malformed(format!("encrypted PKCS#8: {e}")))?;
                let document = info
                    .decrypt(pass.expose_secret().as_bytes())
                    .map_err(|_| KeyProblem::WrongPassPhrase)?;
                pkcs8_pair(document.as_bytes())?
            }
            "PUBLIC KEY" | "RSA PUBLIC KEY" => return Err(KeyProblem::PublicKey),
            "EC PRIVATE KEY" => {
                return Err(KeyProblem::NotRsa {
                    kind: "an EC key".into(),
                });
            }
            "OPENSSH PRIVATE KEY" => {
                return Err(KeyProblem::NotRsa {
                    kind: "an OpenSSH key (convert it with `ssh-keygen -p -m PEM`)".into(),
                });
            }
            other => {
                return Err(KeyProblem::NotRsa {
                    kind: format!("a `{other}` PEM block"),
                });
            }
        };
        let spki = pair
            .public_key()
            .as_der()
            .map_err(|_| malformed("cannot encode the public key".into()))?;
        Ok(Self {
            fingerprint: fingerprint_of_spki(spki.as_ref()),
            pair,
        })
    }

    /// The key's fingerprint: MD5 of the DER SubjectPublicKeyInfo, as colon-separated
    /// lowercase hex (what the OCI Console shows).
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Fails unless `configured` is this key's fingerprint (compared case-insensitively).
    pub fn check_fingerprint(&self, configured: &str) -> Result<(), KeyError> {
        if configured.trim().eq_ignore_ascii_case(&self.fingerprint) {
            Ok(())
        } else {
            Err(KeyError::FingerprintMismatch {
                configured: configured.trim().to_owned(),
                actual: self.fingerprint.clone(),
            })
        }
    }

    /// The public key, DER SubjectPublicKeyInfo (what `openssl rsa -pubout -outform DER`
    /// writes), for verifiers.
    pub fn public_key_der(&self) -> Vec<u8> {
        self.pair
            .public_key()
            .as_der()
            .map(|der| der.as_ref().to_vec())
            .unwrap_or_default()
    }

    /// The public key as a `PUBLIC KEY` PEM block (SubjectPublicKeyInfo), as the auth
    /// service takes a session key.
    pub fn public_key_pem(&self) -> String {
        let encoded = STANDARD.encode(self.public_key_der());
        let mut pem = String::from("-----BEGIN PUBLIC KEY-----\n");
        for line in encoded.as_bytes().chunks(64) {
            pem.push_str(&String::from_utf8_lossy(line));
            pem.push('\n');
        }
        pem.push_str("-----END PUBLIC KEY-----\n");
        pem
    }

    /// A new RSA-2048 key, held in memory only (a session key).
    pub fn generate() -> Result<Self, KeyError> {
        let pair =
            RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).map_err(|_| KeyError::Sign)?;
        let spki = pair.public_key().as_der().map_err(|_| KeyError::Sign)?;
        Ok(Self {
            fingerprint: fingerprint_of_spki(spki.as_ref()),
            pair,
        })
    }

    /// The modulus size in bits.
    pub fn bits(&self) -> usize {
        self.pair.public_modulus_len() * 8
    }
}

impl RsaSign for PrivateKey {
    fn sign_pkcs1_sha256(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        let mut signature = vec![0; self.pair.public_modulus_len()];
        let rng = aws_lc_rs::rand::SystemRandom::new();
        self.pair
            .sign(&RSA_PKCS1_SHA256, &rng, message, &mut signature)
            .map_err(|_| KeyError::Sign)?;
        Ok(signature)
    }
}

/// A public key read from PEM (`BEGIN PUBLIC KEY`, SubjectPublicKeyInfo), for verifiers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PublicKey {
    /// The DER SubjectPublicKeyInfo.
    pub der: Vec<u8>,
    /// Its fingerprint, as [`PrivateKey::fingerprint`] computes it.
    pub fingerprint: String,
}

impl PublicKey {
    /// Parses a `PUBLIC KEY` PEM block (text around it is ignored).
    pub fn from_pem(pem: &str) -> Result<Self, KeyError> {
        let invalid = |problem| KeyError::Invalid {
            origin: "public key".into(),
            problem,
        };
        let block = Pem::parse(pem).map_err(invalid)?;
        if block.label != "PUBLIC KEY" {
            return Err(invalid(malformed(format!(
                "expected a `PUBLIC KEY` block, found `{}`",
                block.label
            ))));
        }
        Ok(Self {
            fingerprint: fingerprint_of_spki(&block.der),
            der: block.der.to_vec(),
        })
    }
}

/// The fingerprint of a public key given as PEM (`BEGIN PUBLIC KEY`, SubjectPublicKeyInfo).
pub fn public_key_fingerprint(pem: &str) -> Result<String, KeyError> {
    PublicKey::from_pem(pem).map(|key| key.fingerprint)
}

/// The DER contents of the first PEM block labelled `label` in `text` (a certificate:
/// `CERTIFICATE`).
pub(crate) fn pem_contents(text: &str, label: &str) -> Result<Vec<u8>, KeyProblem> {
    let block = Pem::parse(text)?;
    if block.label != label {
        return Err(malformed(format!(
            "expected a `{label}` PEM block, found `{}`",
            block.label
        )));
    }
    Ok(block.der.to_vec())
}

fn fingerprint_of_spki(der: &[u8]) -> String {
    let digest = Md5::digest(der);
    digest
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

fn pkcs8_pair(der: &[u8]) -> Result<RsaKeyPair, KeyProblem> {
    let info =
        pkcs8::PrivateKeyInfo::try_from(der).map_err(|e| malformed(format!("PKCS#8: {e}")))?;
    let oid = info.algorithm.oid;
    if oid != RSA_ENCRYPTION {
        let kind = match oid.to_string().as_str() {
            "1.2.840.10045.2.1" => "an EC key".to_owned(),
            "1.3.101.112" => "an Ed25519 key".to_owned(),
            other => format!("a key with algorithm {other}"),
        };
        return Err(KeyProblem::NotRsa { kind });
    }
    RsaKeyPair::from_pkcs8(der).map_err(rejected)
}

fn rejected(error: aws_lc_rs::error::KeyRejected) -> KeyProblem {
    match error.description_() {
        reason @ ("TooSmall" | "TooLarge") => KeyProblem::Size {
            reason: if reason == "TooSmall" {
                "this key is too small"
            } else {
                "this key is too large"
            }
            .into(),
        },
        reason => malformed(reason.to_owned()),
    }
}

fn malformed(reason: String) -> KeyProblem {
    KeyProblem::Malformed { reason }
}

/// One PEM block: its label, its headers, and its decoded contents.
struct Pem {
    label: String,
    headers: Vec<(String, String)>,
    der: Zeroizing<Vec<u8>>,
}

impl Pem {
    /// The first PEM block of `text`; text outside it is ignored.
    fn parse(text: &str) -> Result<Self, KeyProblem> {
        let mut lines = text.lines().map(str::trim);
        let label = lines
            .by_ref()
            .find_map(|line| line.strip_prefix("-----BEGIN ")?.strip_suffix("-----"))
            .ok_or(KeyProblem::NotPem)?
            .to_owned();
        let end = format!("-----END {label}-----");
        let mut headers = Vec::new();
        let mut body = Zeroizing::new(String::new());
        let mut closed = false;
        for line in lines {
            if line == end {
                closed = true;
                break;
            }
            match line.split_once(':') {
                Some((name, value)) if body.is_empty() => {
                    headers.push((name.trim().to_owned(), value.trim().to_owned()));
                }
                _ => body.push_str(line),
            }
        }
        if !closed {
            return Err(KeyProblem::MissingEnd { label });
        }
        let der = STANDARD
            .decode(body.as_bytes())
            .map_err(|_| KeyProblem::BadBase64 {
                label: label.clone(),
            })?;
        Ok(Self {
            label,
            headers,
            der: Zeroizing::new(der),
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// `Some((cipher, iv))` when the block is legacy-encrypted.
    fn encryption(&self) -> Result<Option<(String, Vec<u8>)>, KeyProblem> {
        match self.header("Proc-Type") {
            Some(kind) if kind.replace(' ', "").eq_ignore_ascii_case("4,ENCRYPTED") => {}
            _ => return Ok(None),
        }
        let info = self
            .header("DEK-Info")
            .ok_or_else(|| malformed("encrypted PEM without a DEK-Info header".into()))?;
        let (cipher, iv_hex) = info
            .split_once(',')
            .ok_or_else(|| malformed("DEK-Info is not `CIPHER,IV`".into()))?;
        let iv = hex(iv_hex.trim()).ok_or_else(|| malformed("DEK-Info IV is not hex".into()))?;
        Ok(Some((cipher.trim().to_ascii_uppercase(), iv)))
    }
}

fn hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// OpenSSL's `EVP_BytesToKey` with MD5 and one iteration, as legacy PEM encryption uses.
fn bytes_to_key(pass: &[u8], salt: &[u8], length: usize) -> Zeroizing<Vec<u8>> {
    let mut key = Zeroizing::new(Vec::with_capacity(length + 16));
    let mut previous: Option<Zeroizing<[u8; 16]>> = None;
    while key.len() < length {
        let mut md5 = Md5::new();
        if let Some(block) = &previous {
            md5.update(block.as_slice());
        }
        md5.update(pass);
        md5.update(salt);
        let block = Zeroizing::new(<[u8; 16]>::from(md5.finalize()));
        key.extend_from_slice(block.as_slice());
        previous = Some(block);
    }
    key.truncate(length);
    key
}

fn decrypt_legacy(
    cipher: &str,
    iv: &[u8],
    pass: &[u8],
    data: &[u8],
) -> Result<Zeroizing<Vec<u8>>, KeyProblem> {
    use cbc::cipher::{BlockDecryptMut, KeyIvInit, block_padding::Pkcs7};

    let salt = iv
        .get(..8)
        .ok_or_else(|| malformed("DEK-Info IV is too short".into()))?;
    let mut buffer = Zeroizing::new(data.to_vec());
    macro_rules! decrypt {
        ($cipher:ty, $key_len:expr) => {{
            let key = bytes_to_key(pass, salt, $key_len);
            let decryptor = cbc::Decryptor::<$cipher>::new_from_slices(&key, iv)
                .map_err(|_| malformed("DEK-Info IV has the wrong length".into()))?;
            decryptor
                .decrypt_padded_mut::<Pkcs7>(&mut buffer)
                .map_err(|_| KeyProblem::WrongPassPhrase)?
                .len()
        }};
    }
    let plain = match cipher {
        "AES-128-CBC" => decrypt!(aes::Aes128, 16),
        "AES-192-CBC" => decrypt!(aes::Aes192, 24),
        "AES-256-CBC" => decrypt!(aes::Aes256, 32),
        "DES-EDE3-CBC" => decrypt!(des::TdesEde3, 24),
        other => {
            return Err(KeyProblem::UnsupportedEncryption {
                cipher: other.to_owned(),
            });
        }
    };
    buffer.truncate(plain);
    // A wrong pass phrase can still unpad by chance; the DER will not parse then.
    if buffer.first() != Some(&0x30) {
        return Err(KeyProblem::WrongPassPhrase);
    }
    Ok(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_parsing_reports_each_problem() {
        assert_eq!(Pem::parse("hello").err(), Some(KeyProblem::NotPem));
        assert_eq!(
            Pem::parse("-----BEGIN PRIVATE KEY-----\nAAAA\n").err(),
            Some(KeyProblem::MissingEnd {
                label: "PRIVATE KEY".into()
            })
        );
        assert_eq!(
            Pem::parse("-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----").err(),
            Some(KeyProblem::BadBase64 {
                label: "PRIVATE KEY".into()
            })
        );
        let block =
            Pem::parse("junk\n-----BEGIN X-----\nA: b\n\nAAEC\n-----END X-----\nOCI_API_KEY\n")
                .unwrap();
        assert_eq!(
            (
                block.label.as_str(),
                block.header("a"),
                block.der.as_slice()
            ),
            ("X", Some("b"), &[0, 1, 2][..])
        );
    }

    #[test]
    fn bytes_to_key_matches_openssl() {
        // `openssl enc -aes-256-cbc -k secret -S 0102030405060708 -md md5 -P`
        let key = bytes_to_key(b"secret", &[1, 2, 3, 4, 5, 6, 7, 8], 32);
        let hex: String = key.iter().map(|b| format!("{b:02X}")).collect();
        assert_eq!(hex.len(), 64);
        assert_eq!(hex, OPENSSL_KEY);
    }

    const OPENSSL_KEY: &str = "C9E5A1BD216DBE1317E230CEF48F38EE7F0E17AD64022144BCCEC4A1AA2879AB";
}
