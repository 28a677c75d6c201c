//! The OCI "Request Signatures" algorithm (version 1, draft-cavage-http-signatures-08),
//! as a pure function of the request's parts, its body, the key, the key id and the date.
//!
//! - GET, DELETE, HEAD (and any other method without a body): `date (request-target) host`.
//! - POST, PUT, PATCH: also `content-length content-type x-content-sha256`, even for an
//!   empty body (`x-content-sha256` of nothing, `content-length: 0`).
//! - The signing string is `name: value` lines joined by `\n`, no trailing newline; the
//!   signature is RSASSA-PKCS1-v1_5 over SHA-256, base64 with padding.
//! - Values are signed exactly as given: the `date` is never re-parsed, the path and query
//!   are the bytes that go on the wire, the host carries a non-default port.
//!
//! The caller must send every header [`Signed::headers`] lists, with those values;
//! [`crate::auth::oci::OciSigner`] does.

use std::time::SystemTime;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::key::{KeyError, RsaSign};

/// What a signature covers.
#[derive(Debug, Clone, Copy)]
pub struct SigningInput<'a> {
    /// The HTTP method, any case.
    pub method: &'a str,
    /// The path and query exactly as sent (`/20160918/x?a=b%20c`).
    pub path_and_query: &'a str,
    /// The `host` header value: the URL's host, with its port when not the default.
    pub host: &'a str,
    /// The `date` header value, signed verbatim (RFC 7231 IMF-fixdate when made by
    /// [`http_date`]).
    pub date: &'a str,
    /// The `content-type` for methods with a body; `application/json` when `None`.
    pub content_type: Option<&'a str>,
    /// The body bytes as sent (empty when there is none).
    pub body: &'a [u8],
}

/// A signature and the headers it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// Every signed header (lower-case name, value), in signing order, that the request
    /// must carry with exactly these values; the pseudo-header `(request-target)` is not
    /// among them.
    pub headers: Vec<(&'static str, String)>,
    /// The signed header names, space-separated, as in the `headers` parameter.
    pub signed_headers: String,
    /// The signing string.
    pub signing_string: String,
    /// The `Authorization` header value.
    pub authorization: String,
}

impl Signed {
    /// Every header the request carries for its signature, `authorization` last: what a
    /// verifier receives.
    pub fn wire_headers(&self) -> Vec<(&str, &str)> {
        let mut headers: Vec<(&str, &str)> =
            self.headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        headers.push(("authorization", &self.authorization));
        headers
    }
}

/// Whether `method` signs the body headers.
pub fn signs_body(method: &str) -> bool {
    ["POST", "PUT", "PATCH"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(method))
}

/// The SHA-256 of `body`, base64 (the `x-content-sha256` value).
pub fn content_sha256(body: &[u8]) -> String {
    STANDARD.encode(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, body))
}

/// Signs a request.
pub fn sign(input: &SigningInput<'_>, key_id: &str, key: &dyn RsaSign) -> Result<Signed, KeyError> {
    sign_inner(input, key_id, key, true)
}

/// Signs a request without `host` among the signed headers: what the OCI SDKs send to
/// the auth service's federation endpoint (`POST /v1/x509`, `date (request-target)
/// content-length content-type x-content-sha256`).
pub fn sign_without_host(
    input: &SigningInput<'_>,
    key_id: &str,
    key: &dyn RsaSign,
) -> Result<Signed, KeyError> {
    sign_inner(input, key_id, key, false)
}

fn sign_inner(
    input: &SigningInput<'_>,
    key_id: &str,
    key: &dyn RsaSign,
    host: bool,
) -> Result<Signed, KeyError> {
    let method = input.method.to_ascii_lowercase();
    let target = format!("{method} {}", input.path_and_query);
    let mut headers: Vec<(&'static str, String)> = vec![("date", input.date.to_owned())];
    let mut lines = vec![
        format!("date: {}", input.date),
        format!("(request-target): {target}"),
    ];
    let mut names = vec!["date", "(request-target)"];
    if host {
        headers.push(("host", input.host.to_owned()));
        lines.push(format!("host: {}", input.host));
        names.push("host");
    }
    if signs_body(&method) {
        let body_headers = [
            ("content-length", input.body.len().to_string()),
            (
                "content-type",
                input.content_type.unwrap_or("application/json").to_owned(),
            ),
            ("x-content-sha256", content_sha256(input.body)),
        ];
        for (name, value) in body_headers {
            lines.push(format!("{name}: {value}"));
            names.push(name);
            headers.push((name, value));
        }
    }
    let signing_string = lines.join("\n");
    let signature = STANDARD.encode(key.sign_pkcs1_sha256(signing_string.as_bytes())?);
    let signed_headers = names.join(" ");
    let authorization = format!(
        "Signature version=\"1\",headers=\"{signed_headers}\",keyId=\"{key_id}\",\
         algorithm=\"rsa-sha256\",signature=\"{signature}\""
    );
    Ok(Signed {
        headers,
        signed_headers,
        signing_string,
        authorization,
    })
}

/// A received request, as a verifier sees it.
#[derive(Debug, Clone, Copy)]
pub struct ReceivedRequest<'a> {
    /// The HTTP method.
    pub method: &'a str,
    /// The path and query as received.
    pub path_and_query: &'a str,
    /// The received headers (name, value); names compared case-insensitively.
    pub headers: &'a [(&'a str, &'a str)],
    /// The received body.
    pub body: &'a [u8],
}

impl ReceivedRequest<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}

/// Why a signature was not accepted; each says what was wrong, as OCI's 401
/// `NotAuthenticated` messages should.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// No `Authorization` header, or not the `Signature` scheme.
    #[error("missing `Authorization: Signature ...` header")]
    MissingAuthorization,
    /// A parameter of the `Authorization` header is missing or malformed.
    #[error("malformed Authorization header: {0}")]
    Malformed(String),
    /// `version` other than 1 or `algorithm` other than `rsa-sha256`.
    #[error("unsupported signature {parameter} `{value}`")]
    Unsupported {
        /// `version` or `algorithm`.
        parameter: &'static str,
        /// The value received.
        value: String,
    },
    /// A header the method requires is not among the signed headers.
    #[error("header `{0}` must be signed for this method")]
    UnsignedRequiredHeader(&'static str),
    /// A signed header is not present on the request.
    #[error("signed header `{0}` is missing from the request")]
    MissingSignedHeader(String),
    /// `x-content-sha256` does not match the body received.
    #[error("x-content-sha256 does not match the body")]
    BodyHash,
    /// `content-length` does not match the body received.
    #[error("content-length does not match the body")]
    BodyLength,
    /// The key id is not known to the verifier.
    #[error("unknown keyId `{0}`")]
    UnknownKey(String),
    /// The signature does not verify with the key.
    #[error("the signature does not verify with the key for this keyId")]
    BadSignature,
}

/// The parameters of a `Signature` authorization header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureParameters {
    /// `keyId`.
    pub key_id: String,
    /// `headers`, split.
    pub headers: Vec<String>,
    /// `signature`, base64.
    pub signature: String,
}

/// Parses `Signature version="1",headers="...",keyId="...",algorithm="rsa-sha256",signature="..."`
/// (parameters in any order).
pub fn parse_authorization(value: &str) -> Result<SignatureParameters, VerifyError> {
    let rest = value
        .strip_prefix("Signature ")
        .ok_or(VerifyError::MissingAuthorization)?;
    let mut parameters: Vec<(&str, &str)> = Vec::new();
    for part in rest.split(',') {
        let (name, quoted) = part
            .trim()
            .split_once('=')
            .ok_or_else(|| VerifyError::Malformed(format!("`{part}` is not name=\"value\"")))?;
        let value = quoted
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .ok_or_else(|| VerifyError::Malformed(format!("`{name}` is not quoted")))?;
        parameters.push((name, value));
    }
    let get = |name: &str| parameters.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    if let Some(version) = get("version").filter(|v| *v != "1") {
        return Err(VerifyError::Unsupported {
            parameter: "version",
            value: version.to_owned(),
        });
    }
    let algorithm =
        get("algorithm").ok_or_else(|| VerifyError::Malformed("no algorithm".into()))?;
    if algorithm != "rsa-sha256" {
        return Err(VerifyError::Unsupported {
            parameter: "algorithm",
            value: algorithm.to_owned(),
        });
    }
    let required =
        |name: &str| get(name).ok_or_else(|| VerifyError::Malformed(format!("no {name}")));
    Ok(SignatureParameters {
        key_id: required("keyId")?.to_owned(),
        headers: required("headers")?
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        signature: required("signature")?.to_owned(),
    })
}

/// Verifies a received request's signature, as the OCI service does (clock skew is the
/// caller's policy). `public_key_for` maps a `keyId` to the DER public key
/// (SubjectPublicKeyInfo or PKCS#1); keys of 1024 bits and more are accepted.
pub fn verify<'k>(
    request: &ReceivedRequest<'_>,
    public_key_for: impl FnOnce(&str) -> Option<&'k [u8]>,
) -> Result<SignatureParameters, VerifyError> {
    verify_inner(request, public_key_for, true)
}

/// [`verify`] without requiring `host` to be signed, as the auth service's federation
/// endpoint accepts (see [`sign_without_host`]).
pub fn verify_without_host<'k>(
    request: &ReceivedRequest<'_>,
    public_key_for: impl FnOnce(&str) -> Option<&'k [u8]>,
) -> Result<SignatureParameters, VerifyError> {
    verify_inner(request, public_key_for, false)
}

fn verify_inner<'k>(
    request: &ReceivedRequest<'_>,
    public_key_for: impl FnOnce(&str) -> Option<&'k [u8]>,
    host: bool,
) -> Result<SignatureParameters, VerifyError> {
    let authorization = request
        .header("authorization")
        .ok_or(VerifyError::MissingAuthorization)?;
    let parameters = parse_authorization(authorization)?;
    let mut required = vec!["(request-target)"];
    if host {
        required.push("host");
    }
    if signs_body(request.method) {
        required.extend(["content-length", "content-type", "x-content-sha256"]);
    }
    for name in required {
        if !parameters.headers.iter().any(|h| h == name) {
            return Err(VerifyError::UnsignedRequiredHeader(name));
        }
    }
    if !parameters
        .headers
        .iter()
        .any(|h| h == "date" || h == "x-date")
    {
        return Err(VerifyError::UnsignedRequiredHeader("date"));
    }
    let mut lines = Vec::new();
    for name in &parameters.headers {
        let value = if name == "(request-target)" {
            format!(
                "{} {}",
                request.method.to_ascii_lowercase(),
                request.path_and_query
            )
        } else {
            request
                .header(name)
                .ok_or_else(|| VerifyError::MissingSignedHeader(name.clone()))?
                .to_owned()
        };
        lines.push(format!("{name}: {value}"));
    }
    if signs_body(request.method) {
        if request.header("x-content-sha256") != Some(content_sha256(request.body).as_str()) {
            return Err(VerifyError::BodyHash);
        }
        if request.header("content-length") != Some(request.body.len().to_string().as_str()) {
            return Err(VerifyError::BodyLength);
        }
    }
    let key = public_key_for(&parameters.key_id)
        .ok_or_else(|| VerifyError::UnknownKey(parameters.key_id.clone()))?;
    let signature = STANDARD
        .decode(&parameters.signature)
        .map_err(|_| VerifyError::Malformed("signature is not base64".into()))?;
    let algorithm = &aws_lc_rs::signature::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY;
    aws_lc_rs::signature::UnparsedPublicKey::new(algorithm, key)
        .verify(lines.join("\n").as_bytes(), &signature)
        .map_err(|_| VerifyError::BadSignature)?;
    Ok(parameters)
}

/// The `keyId` of an API-key user: `tenancy/user/fingerprint`.
pub fn api_key_id(tenancy: &str, user: &str, fingerprint: &str) -> String {
    format!("{tenancy}/{user}/{fingerprint}")
}

/// The `keyId` for a security token (session token, principals): `ST$<token>`.
pub fn security_token_key_id(token: &str) -> String {
    format!("ST${token}")
}

/// `time` as an RFC 7231 IMF-fixdate (`Thu, 05 Jan 2014 21:31:40 GMT`).
pub fn http_date(time: SystemTime) -> String {
    let time: chrono::DateTime<chrono::Utc> = time.into();
    time.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn dates_are_imf_fixdate_in_gmt() {
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_388_957_500);
        assert_eq!(http_date(time), "Sun, 05 Jan 2014 21:31:40 GMT");
        assert_eq!(
            http_date(SystemTime::UNIX_EPOCH),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
    }

    #[test]
    fn body_headers_are_signed_for_post_put_patch_only() {
        for (method, expected) in [
            ("POST", true),
            ("put", true),
            ("Patch", true),
            ("GET", false),
            ("DELETE", false),
            ("HEAD", false),
        ] {
            assert_eq!(signs_body(method), expected, "{method}");
        }
        assert_eq!(
            content_sha256(b""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }
}
