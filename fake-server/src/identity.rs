//! The instance metadata service and the auth service, as the fake plays them on its
//! own base URL at the real services' paths, so the project's clients and the official
//! SDKs can be pointed at it (`OCI_METADATA_BASE_URL={base}/opc/v2`, the auth endpoint
//! `{base}`):
//!
//! - `GET /opc/v2/instance/region` (`iad`), `/opc/v2/identity/cert.pem`,
//!   `/opc/v2/identity/key.pem`, `/opc/v2/identity/intermediate.pem`, each only with
//!   `Authorization: Bearer Oracle` (401 otherwise, as the metadata service v2 does).
//!   The certificates are generated at start with rcgen: a root, an intermediate, and an
//!   RSA-2048 leaf whose subject carries `OU=opc-tenant:<tenancy>`;
//!   [`Identity::rotate`] issues a new leaf (and key).
//! - `POST /v1/x509` (federation): the body's certificate must be a leaf this fake
//!   issued, the intermediate ours, the `keyId` `{tenancy}/fed-x509/{SHA-1}` of that
//!   certificate, and the signature (over `date (request-target) content-length
//!   content-type x-content-sha256`, host optional) must verify with the leaf's key.
//!   The answer is a JWT for the body's `publicKey`, expiring on the injected clock.
//! - `POST /v1/authentication/refresh` (`{"currentToken": ...}`, signed with
//!   `ST$<token>` and the session key): a new JWT for the same key.
//! - Core requests signed with `ST$<token>` verify with the key that token was issued
//!   for, until it expires ([`Identity::expire_sessions`] ends them all at once).
//!
//! Faults: the metadata service unavailable (503), the next N federations refused
//! (401), every issued token expired.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use oci_backup::auth::instance::{sanitize, sha1_fingerprint};
use oci_backup::auth::key::{PrivateKey, RsaSign as _};
use oci_backup::auth::signer::{self, ReceivedRequest};
use oci_backup::clock::Clock;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DistinguishedName, DnType, IsCa, KeyPair,
};
use serde_json::{Value, json};

use crate::api::Reply;
use crate::config::FakeError;

/// The tenancy in the fake instance's certificate.
pub const FAKE_TENANCY: &str = "ocid1.tenancy.oc1..fakeinstancetenancy";
/// The region code the fake metadata service reports.
pub const FAKE_REGION_CODE: &str = "iad";
/// The fake instance's OCID (the leaf certificate's common name).
pub const FAKE_INSTANCE: &str = "ocid1.instance.oc1.iad.fakeinstance";

/// A token the fake issued.
struct Issued {
    token: String,
    key_der: Vec<u8>,
    expires_at: SystemTime,
}

/// A leaf certificate and its key.
struct Leaf {
    pem: String,
    der: Vec<u8>,
    key_pem: String,
    public_der: Vec<u8>,
}

struct Inner {
    tenancy: String,
    intermediate: CertifiedIssuer<'static, KeyPair>,
    intermediate_pem: String,
    leaves: Vec<Leaf>,
    jwt_key: PrivateKey,
    issued: Vec<Issued>,
    serial: u64,
    token_lifetime: Duration,
    metadata_unavailable: bool,
    refuse_federations: u32,
    federations: u64,
    refreshes: u64,
}

/// The fake's metadata and auth services: a handle to inspect and steer them. Cheap to
/// clone.
#[derive(Clone)]
pub struct Identity {
    inner: Arc<Mutex<Inner>>,
    clock: Arc<dyn Clock>,
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.lock();
        f.debug_struct("Identity")
            .field("tenancy", &inner.tenancy)
            .field("leaves", &inner.leaves.len())
            .field("issued", &inner.issued.len())
            .finish_non_exhaustive()
    }
}

fn cert_error(error: rcgen::Error) -> FakeError {
    FakeError::Key {
        origin: "the fake instance certificates".into(),
        reason: error.to_string(),
    }
}

fn name(pairs: &[(DnType, &str)]) -> DistinguishedName {
    let mut name = DistinguishedName::new();
    for (kind, value) in pairs {
        name.push(kind.clone(), *value);
    }
    name
}

fn new_leaf(
    intermediate: &CertifiedIssuer<'static, KeyPair>,
    tenancy: &str,
) -> Result<Leaf, FakeError> {
    let key_pem = crate::sandbox::generate_key()?;
    let key = KeyPair::from_pem(&key_pem).map_err(cert_error)?;
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(cert_error)?;
    params.distinguished_name = name(&[
        (DnType::CommonName, FAKE_INSTANCE),
        (DnType::OrganizationName, "opc-certtype:instance"),
        (
            DnType::OrganizationalUnitName,
            &format!("opc-tenant:{tenancy}"),
        ),
    ]);
    let certificate = params.signed_by(&key, intermediate).map_err(cert_error)?;
    let public =
        PrivateKey::from_pem(&key_pem, None, "the fake leaf key").map_err(|e| FakeError::Key {
            origin: "the fake leaf key".into(),
            reason: e.to_string(),
        })?;
    Ok(Leaf {
        pem: certificate.pem(),
        der: certificate.der().to_vec(),
        key_pem,
        public_der: public.public_key_der(),
    })
}

impl Identity {
    /// New certificates (root, intermediate, leaf for [`FAKE_TENANCY`]) and an empty
    /// token list; tokens live `token_lifetime`.
    pub(crate) fn new(clock: Arc<dyn Clock>, token_lifetime: Duration) -> Result<Self, FakeError> {
        let mut root = CertificateParams::new(Vec::<String>::new()).map_err(cert_error)?;
        root.distinguished_name = name(&[(DnType::CommonName, "oci-backup-fake root CA")]);
        root.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let root = CertifiedIssuer::self_signed(root, KeyPair::generate().map_err(cert_error)?)
            .map_err(cert_error)?;
        let mut params = CertificateParams::new(Vec::<String>::new()).map_err(cert_error)?;
        params.distinguished_name =
            name(&[(DnType::CommonName, "oci-backup-fake intermediate CA")]);
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        let intermediate =
            CertifiedIssuer::signed_by(params, KeyPair::generate().map_err(cert_error)?, &root)
                .map_err(cert_error)?;
        let leaf = new_leaf(&intermediate, FAKE_TENANCY)?;
        let jwt_key = PrivateKey::generate().map_err(|e| FakeError::Key {
            origin: "the fake auth service's token key".into(),
            reason: e.to_string(),
        })?;
        Ok(Self {
            inner: Arc::new(Mutex::new(Inner {
                tenancy: FAKE_TENANCY.to_owned(),
                intermediate_pem: intermediate.pem(),
                intermediate,
                leaves: vec![leaf],
                jwt_key,
                issued: Vec::new(),
                serial: 0,
                token_lifetime,
                metadata_unavailable: false,
                refuse_federations: 0,
                federations: 0,
                refreshes: 0,
            })),
            clock,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The tenancy the current leaf certificate names.
    pub fn tenancy(&self) -> String {
        self.lock().tenancy.clone()
    }

    /// Issues a new leaf certificate and key (the platform rotates them); the old
    /// ones stay acceptable for federation. With `tenancy`, the new leaf names another
    /// tenancy (which clients must refuse).
    pub fn rotate(&self, tenancy: Option<&str>) -> Result<(), FakeError> {
        let mut inner = self.lock();
        if let Some(tenancy) = tenancy {
            inner.tenancy = tenancy.to_owned();
        }
        let leaf = new_leaf(&inner.intermediate, &inner.tenancy.clone())?;
        inner.leaves.push(leaf);
        Ok(())
    }

    /// The current leaf certificate (PEM), as the metadata service serves it.
    pub fn leaf_certificate_pem(&self) -> String {
        self.lock()
            .leaves
            .last()
            .map(|leaf| leaf.pem.clone())
            .unwrap_or_default()
    }

    /// Makes the metadata service answer 503 (or serve again).
    pub fn set_metadata_unavailable(&self, unavailable: bool) {
        self.lock().metadata_unavailable = unavailable;
    }

    /// Refuses the next `count` federation requests with 401.
    pub fn refuse_federations(&self, count: u32) {
        self.lock().refuse_federations = count;
    }

    /// Ends every issued token now: requests signed with them get 401.
    pub fn expire_sessions(&self) {
        let now = self.clock.now();
        for issued in &mut self.lock().issued {
            issued.expires_at = issued.expires_at.min(now);
        }
    }

    /// How long new tokens live.
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        self.lock().token_lifetime = lifetime;
    }

    /// Federation requests answered with a token so far.
    pub fn federations(&self) -> u64 {
        self.lock().federations
    }

    /// Session refreshes answered so far.
    pub fn refreshes(&self) -> u64 {
        self.lock().refreshes
    }

    /// Issues a session token for `public_key_der` (DER SubjectPublicKeyInfo), as a
    /// browser login (`oci session authenticate`) or the Functions platform (a resource
    /// principal session token) would; it expires after the token lifetime.
    pub fn issue_session(&self, public_key_der: &[u8], principal: &str) -> String {
        let now = self.clock.now();
        self.lock().issue(public_key_der.to_vec(), principal, now)
    }

    /// The DER public key of an unexpired token the fake issued.
    pub(crate) fn session_key(&self, token: &str) -> Option<Result<Vec<u8>, String>> {
        let now = self.clock.now();
        let inner = self.lock();
        let issued = inner.issued.iter().find(|i| i.token == token)?;
        Some(if issued.expires_at <= now {
            Err(format!(
                "the security token expired at {}",
                signer::http_date(issued.expires_at)
            ))
        } else {
            Ok(issued.key_der.clone())
        })
    }

    /// Answers the metadata and auth paths; `None` for any other path.
    pub(crate) fn handle(
        &self,
        method: &str,
        path: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Option<Reply> {
        if let Some(rest) = path.strip_prefix("/opc/v2/") {
            return Some(self.metadata(method, rest, headers));
        }
        let now = self.clock.now();
        match path {
            "/v1/x509" => Some(only_post(method).unwrap_or_else(|| {
                self.federate(path, headers, body, now)
                    .unwrap_or_else(|message| Reply::error(401, "NotAuthenticated", message))
            })),
            "/v1/authentication/refresh" => Some(only_post(method).unwrap_or_else(|| {
                self.refresh(path, headers, body, now)
                    .unwrap_or_else(|message| Reply::error(401, "NotAuthenticated", message))
            })),
            _ => None,
        }
    }

    fn metadata(&self, method: &str, rest: &str, headers: &[(String, String)]) -> Reply {
        let inner = self.lock();
        if inner.metadata_unavailable {
            return Reply::error(
                503,
                "ServiceUnavailable",
                "metadata service unavailable (injected fault)",
            );
        }
        if method != "GET" {
            return Reply::error(405, "MethodNotAllowed", "the metadata service answers GET");
        }
        if header(headers, "authorization") != Some("Bearer Oracle") {
            return Reply::error(
                401,
                "NotAuthenticated",
                "the metadata service v2 needs `Authorization: Bearer Oracle`",
            );
        }
        let Some(leaf) = inner.leaves.last() else {
            return Reply::error(500, "InternalError", "no certificate");
        };
        let text = match rest {
            "instance/region" => FAKE_REGION_CODE.to_owned(),
            "identity/cert.pem" => leaf.pem.clone(),
            "identity/key.pem" => leaf.key_pem.clone(),
            "identity/intermediate.pem" => inner.intermediate_pem.clone(),
            _ => return Reply::error(404, "NotFound", format!("no metadata at /opc/v2/{rest}")),
        };
        Reply::text(200, text)
    }

    fn federate(
        &self,
        path: &str,
        headers: &[(String, String)],
        body: &[u8],
        now: SystemTime,
    ) -> Result<Reply, String> {
        let mut inner = self.lock();
        if inner.refuse_federations > 0 {
            inner.refuse_federations -= 1;
            return Err("federation refused (injected fault)".into());
        }
        let request: Value =
            serde_json::from_slice(body).map_err(|_| "the body is not JSON".to_owned())?;
        let field = |name: &str| {
            request
                .get(name)
                .and_then(Value::as_str)
                .ok_or_else(|| format!("the body has no `{name}` string"))
        };
        let certificate = STANDARD
            .decode(field("certificate")?)
            .map_err(|_| "`certificate` is not base64 DER".to_owned())?;
        let public_key = STANDARD
            .decode(field("publicKey")?)
            .map_err(|_| "`publicKey` is not base64 DER".to_owned())?;
        let intermediates: Vec<&str> = request
            .get("intermediateCertificates")
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if !intermediates.contains(&sanitize(&inner.intermediate_pem).as_str()) {
            return Err(
                "`intermediateCertificates` does not hold the instance's intermediate certificate"
                    .into(),
            );
        }
        let leaf = inner
            .leaves
            .iter()
            .find(|leaf| leaf.der == certificate)
            .ok_or("`certificate` is not a certificate this service issued")?;
        let expected_key_id = format!("{}/fed-x509/{}", inner.tenancy, sha1_fingerprint(&leaf.der));
        let pairs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let received = ReceivedRequest {
            method: "POST",
            path_and_query: path,
            headers: &pairs,
            body,
        };
        let public_der = leaf.public_der.clone();
        signer::verify_without_host(&received, |key_id| {
            (key_id == expected_key_id).then_some(public_der.as_slice())
        })
        .map_err(|e| format!("federation signature rejected: {e}"))?;
        inner.federations += 1;
        let token = inner.issue(public_key, FAKE_INSTANCE, now);
        Ok(Reply::json(200, json!({ "token": token })))
    }

    fn refresh(
        &self,
        path: &str,
        headers: &[(String, String)],
        body: &[u8],
        now: SystemTime,
    ) -> Result<Reply, String> {
        let request: Value =
            serde_json::from_slice(body).map_err(|_| "the body is not JSON".to_owned())?;
        let current = request
            .get("currentToken")
            .and_then(Value::as_str)
            .ok_or("the body has no `currentToken` string")?
            .to_owned();
        let key = match self.session_key(&current) {
            Some(Ok(key)) => key,
            Some(Err(message)) => return Err(message),
            None => return Err("`currentToken` is not a token this service issued".into()),
        };
        let pairs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let received = ReceivedRequest {
            method: "POST",
            path_and_query: path,
            headers: &pairs,
            body,
        };
        let key_id = format!("ST${current}");
        signer::verify(&received, |id| (id == key_id).then_some(key.as_slice())).map_err(|e| {
            format!(
                "refresh signature rejected: {}",
                crate::auth::without_token(e)
            )
        })?;
        let mut inner = self.lock();
        inner.refreshes += 1;
        let token = inner.issue(key, "ocid1.user.oc1..fakesession", now);
        Ok(Reply::json(200, json!({ "token": token })))
    }
}

impl Inner {
    fn issue(&mut self, key_der: Vec<u8>, principal: &str, now: SystemTime) -> String {
        self.serial += 1;
        let seconds = |t: SystemTime| {
            t.duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        };
        let expires_at = now + self.token_lifetime;
        let header =
            URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256","typ":"JWT","kid":"oci-backup-fake"}"#);
        let claims = json!({
            "sub": principal,
            "tenant": self.tenancy,
            "iss": "authService.oracle.com",
            "iat": seconds(now),
            "exp": seconds(expires_at),
            "jti": format!("fake-{}", self.serial),
        });
        let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
        let signing_input = format!("{header}.{payload}");
        let signature = self
            .jwt_key
            .sign_pkcs1_sha256(signing_input.as_bytes())
            .unwrap_or_default();
        let token = format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(signature));
        self.issued.push(Issued {
            token: token.clone(),
            key_der,
            expires_at,
        });
        token
    }
}

fn only_post(method: &str) -> Option<Reply> {
    (method != "POST").then(|| {
        Reply::error(
            405,
            "MethodNotAllowed",
            "the auth service answers POST here",
        )
        .header("allow", "POST")
    })
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
