//! Service endpoints: short region codes, the region-to-realm table, realm domains, and
//! explicit endpoint overrides.
//!
//! The tables are data, transcribed from `src/oci/regions_definitions.py` of the OCI
//! Python SDK (`REGIONS_SHORT_NAMES`, `REGION_REALMS`, `REALMS`), a release recent enough
//! to have realms oc42, oc51 and oc52; Oracle's documentation page "Regions and
//! Availability Domains" lists the public regions. A new region is one line in
//! `REGION_REALMS` (and optionally one in `SHORT_CODES`); a new realm is one line in
//! `REALMS`.

use super::{ConfigError, Environment};

/// The Core Services API version path that an endpoint may end with; the generated
/// client's paths already contain it.
const CORE_API_VERSION_SEGMENT: &str = "20160918";

/// The domain of realm `oc1`, used for a region that is not in `REGION_REALMS` when
/// `OCI_DEFAULT_REALM` does not name another realm.
const FALLBACK_DOMAIN: &str = "oraclecloud.com";

/// Realm key → second-level domain (the OCI Python SDK's `REALMS`).
const REALMS: &[(&str, &str)] = &[
    ("oc1", "oraclecloud.com"),
    ("oc2", "oraclegovcloud.com"),
    ("oc3", "oraclegovcloud.com"),
    ("oc4", "oraclegovcloud.uk"),
    ("oc8", "oraclecloud8.com"),
    ("oc9", "oraclecloud9.com"),
    ("oc10", "oraclecloud10.com"),
    ("oc14", "oraclecloud14.com"),
    ("oc15", "oraclecloud15.com"),
    ("oc19", "oraclecloud.eu"),
    ("oc20", "oraclecloud20.com"),
    ("oc21", "oraclecloud21.com"),
    ("oc23", "oraclecloud23.com"),
    ("oc24", "oraclecloud24.com"),
    ("oc26", "oraclecloud26.com"),
    ("oc29", "oraclecloud29.com"),
    ("oc35", "oraclecloud35.com"),
    ("oc42", "oraclecloud42.com"),
    ("oc51", "oraclecloud51.com"),
    ("oc52", "oraclecloud52.com"),
];

/// Region identifier → realm key (the OCI Python SDK's `REGION_REALMS`).
const REGION_REALMS: &[(&str, &str)] = &[
    // oc1: the commercial regions.
    ("af-johannesburg-1", "oc1"),
    ("ap-chuncheon-1", "oc1"),
    ("ap-hyderabad-1", "oc1"),
    ("ap-melbourne-1", "oc1"),
    ("ap-mumbai-1", "oc1"),
    ("ap-osaka-1", "oc1"),
    ("ap-seoul-1", "oc1"),
    ("ap-singapore-1", "oc1"),
    ("ap-singapore-2", "oc1"),
    ("ap-sydney-1", "oc1"),
    ("ap-tokyo-1", "oc1"),
    ("ca-montreal-1", "oc1"),
    ("ca-toronto-1", "oc1"),
    ("eu-amsterdam-1", "oc1"),
    ("eu-frankfurt-1", "oc1"),
    ("eu-madrid-1", "oc1"),
    ("eu-marseille-1", "oc1"),
    ("eu-milan-1", "oc1"),
    ("eu-paris-1", "oc1"),
    ("eu-stockholm-1", "oc1"),
    ("eu-zurich-1", "oc1"),
    ("il-jerusalem-1", "oc1"),
    ("me-abudhabi-1", "oc1"),
    ("me-dubai-1", "oc1"),
    ("me-jeddah-1", "oc1"),
    ("me-riyadh-1", "oc1"),
    ("mx-monterrey-1", "oc1"),
    ("mx-queretaro-1", "oc1"),
    ("sa-bogota-1", "oc1"),
    ("sa-santiago-1", "oc1"),
    ("sa-saopaulo-1", "oc1"),
    ("sa-valparaiso-1", "oc1"),
    ("sa-vinhedo-1", "oc1"),
    ("uk-cardiff-1", "oc1"),
    ("uk-london-1", "oc1"),
    ("us-ashburn-1", "oc1"),
    ("us-chicago-1", "oc1"),
    ("us-phoenix-1", "oc1"),
    ("us-saltlake-2", "oc1"),
    ("us-sanjose-1", "oc1"),
    // oc2
    ("us-langley-1", "oc2"),
    ("us-luke-1", "oc2"),
    // oc3
    ("us-gov-ashburn-1", "oc3"),
    ("us-gov-chicago-1", "oc3"),
    ("us-gov-phoenix-1", "oc3"),
    // oc4
    ("uk-gov-london-1", "oc4"),
    ("uk-gov-cardiff-1", "oc4"),
    // oc8
    ("ap-chiyoda-1", "oc8"),
    ("ap-ibaraki-1", "oc8"),
    // oc9
    ("me-dcc-muscat-1", "oc9"),
    ("me-ibri-1", "oc9"),
    // oc10
    ("ap-dcc-canberra-1", "oc10"),
    // oc14
    ("eu-dcc-milan-1", "oc14"),
    ("eu-dcc-milan-2", "oc14"),
    ("eu-dcc-dublin-1", "oc14"),
    ("eu-dcc-dublin-2", "oc14"),
    ("eu-dcc-rating-1", "oc14"),
    ("eu-dcc-rating-2", "oc14"),
    // oc15
    ("ap-dcc-gazipur-1", "oc15"),
    // oc19
    ("eu-frankfurt-2", "oc19"),
    ("eu-madrid-2", "oc19"),
    // oc20
    ("eu-jovanovac-1", "oc20"),
    // oc21
    ("me-dcc-doha-1", "oc21"),
    ("me-alrayyan-1", "oc21"),
    // oc23
    ("us-somerset-1", "oc23"),
    ("us-thames-1", "oc23"),
    // oc24
    ("eu-dcc-zurich-1", "oc24"),
    ("eu-crissier-1", "oc24"),
    // oc26
    ("me-abudhabi-3", "oc26"),
    ("me-alain-1", "oc26"),
    // oc29
    ("me-abudhabi-2", "oc29"),
    ("me-abudhabi-4", "oc29"),
    // oc35
    ("ap-seoul-2", "oc35"),
    ("ap-suwon-1", "oc35"),
    ("ap-chuncheon-2", "oc35"),
    // oc42
    ("us-ashburn-2", "oc42"),
    ("us-newark-1", "oc42"),
    // oc51
    ("eu-budapest-1", "oc51"),
    // oc52
    ("sa-riodejaneiro-1", "oc52"),
];

/// Short region code → region identifier.
///
/// Exactly the `REGIONS_SHORT_NAMES` table of the OCI Python SDK
/// (`src/oci/regions_definitions.py`, 2025); Oracle's "Regions and Availability Domains" page names `iad`, `phx` and `fra`
/// as examples. Regions that the reference lists but the SDK gives no code (for example
/// `us-ashburn-2`, `eu-budapest-1`) have none here, and no code is guessed.
const SHORT_CODES: &[(&str, &str)] = &[
    ("yny", "ap-chuncheon-1"),
    ("hyd", "ap-hyderabad-1"),
    ("mel", "ap-melbourne-1"),
    ("bom", "ap-mumbai-1"),
    ("kix", "ap-osaka-1"),
    ("icn", "ap-seoul-1"),
    ("syd", "ap-sydney-1"),
    ("nrt", "ap-tokyo-1"),
    ("yul", "ca-montreal-1"),
    ("yyz", "ca-toronto-1"),
    ("ams", "eu-amsterdam-1"),
    ("fra", "eu-frankfurt-1"),
    ("zrh", "eu-zurich-1"),
    ("jed", "me-jeddah-1"),
    ("dxb", "me-dubai-1"),
    ("gru", "sa-saopaulo-1"),
    ("cwl", "uk-cardiff-1"),
    ("lhr", "uk-london-1"),
    ("iad", "us-ashburn-1"),
    ("phx", "us-phoenix-1"),
    ("sjc", "us-sanjose-1"),
    ("vcp", "sa-vinhedo-1"),
    ("scl", "sa-santiago-1"),
    ("mtz", "il-jerusalem-1"),
    ("mrs", "eu-marseille-1"),
    ("sin", "ap-singapore-1"),
    ("auh", "me-abudhabi-1"),
    ("lin", "eu-milan-1"),
    ("arn", "eu-stockholm-1"),
    ("jnb", "af-johannesburg-1"),
    ("cdg", "eu-paris-1"),
    ("qro", "mx-queretaro-1"),
    ("mad", "eu-madrid-1"),
    ("ord", "us-chicago-1"),
    ("mty", "mx-monterrey-1"),
    ("aga", "us-saltlake-2"),
    ("bog", "sa-bogota-1"),
    ("vap", "sa-valparaiso-1"),
    ("xsp", "ap-singapore-2"),
    ("ruh", "me-riyadh-1"),
    ("lfi", "us-langley-1"),
    ("luf", "us-luke-1"),
    ("ric", "us-gov-ashburn-1"),
    ("pia", "us-gov-chicago-1"),
    ("tus", "us-gov-phoenix-1"),
    ("ltn", "uk-gov-london-1"),
    ("brs", "uk-gov-cardiff-1"),
    ("nja", "ap-chiyoda-1"),
    ("ukb", "ap-ibaraki-1"),
    ("mct", "me-dcc-muscat-1"),
    ("wga", "ap-dcc-canberra-1"),
    ("bgy", "eu-dcc-milan-1"),
    ("mxp", "eu-dcc-milan-2"),
    ("snn", "eu-dcc-dublin-2"),
    ("dtm", "eu-dcc-rating-2"),
    ("dus", "eu-dcc-rating-1"),
    ("ork", "eu-dcc-dublin-1"),
    ("dac", "ap-dcc-gazipur-1"),
    ("vll", "eu-madrid-2"),
    ("str", "eu-frankfurt-2"),
    ("beg", "eu-jovanovac-1"),
    ("doh", "me-dcc-doha-1"),
    ("ebb", "us-somerset-1"),
    ("ebl", "us-thames-1"),
    ("avz", "eu-dcc-zurich-1"),
    ("avf", "eu-crissier-1"),
    ("ahu", "me-abudhabi-3"),
    ("rba", "me-alain-1"),
    ("rkt", "me-abudhabi-2"),
    ("shj", "me-abudhabi-4"),
    ("dtz", "ap-seoul-2"),
    ("dln", "ap-suwon-1"),
    ("bno", "ap-chuncheon-2"),
];

/// The base URL of `service` (the first host label, `iaas` for Core Services, `auth` for
/// federation) in `region`: `https://{service}.{region}.{realm domain}`, with no path.
///
/// - `region` is trimmed and lowercased, then a short code is expanded: every code of
///   the OCI Python SDK's `REGIONS_SHORT_NAMES` (`src/oci/regions_definitions.py`), for
///   example `iad` → `us-ashburn-1`, `phx` → `us-phoenix-1`, `fra` → `eu-frankfurt-1`,
///   `lhr` → `uk-london-1`, `nrt` → `ap-tokyo-1`, `str` → `eu-frankfurt-2`, `ric` →
///   `us-gov-ashburn-1`, `ltn` → `uk-gov-london-1` (Oracle's regions page names the first three).
/// - The region must then look like a region identifier (`^[a-z]+(-[a-z]+)+-\d+$`, e.g.
///   `us-ashburn-1`, `me-dcc-muscat-1`), or this fails with
///   [`ConfigError::InvalidRegion`].
/// - Its realm comes from the realm table above. For a region not in the table the
///   realm is the one `OCI_DEFAULT_REALM` names: a realm key of the table (`oc2`), or,
///   as the official SDKs read that variable, a second-level domain
///   (`oraclecloud.example`). Anything else, or no variable, means `oc1`.
///
/// `~/.oci/regions-config.json`, `OCI_REGION_METADATA` and instance metadata (the other
/// sources the SDKs consult for unknown regions) are not read.
pub fn service_endpoint(
    service: &str,
    region: &str,
    environment: &Environment,
) -> Result<String, ConfigError> {
    endpoint_for(service, region, environment.var("OCI_DEFAULT_REALM"))
}

/// The region identifier a region name or short code stands for, in any case (`IAD`,
/// `iad` and `us-ashburn-1` are all `us-ashburn-1`), as the instance metadata service
/// and the `OCI_RESOURCE_PRINCIPAL_REGION` variable may give either.
pub fn region_name(region: &str) -> Result<String, ConfigError> {
    canonical_region(region.trim()).map_err(|reason| ConfigError::InvalidRegion {
        region: region.to_owned(),
        reason,
    })
}

/// [`service_endpoint`] with the value of `OCI_DEFAULT_REALM` passed in.
pub(super) fn endpoint_for(
    service: &str,
    region: &str,
    default_realm: Option<&str>,
) -> Result<String, ConfigError> {
    if !is_service_name(service) {
        return Err(ConfigError::InvalidService {
            service: service.to_owned(),
        });
    }
    let region = canonical_region(region).map_err(|reason| ConfigError::InvalidRegion {
        region: region.to_owned(),
        reason,
    })?;
    let domain = match realm_of(&region) {
        Some(realm) => realm_domain(realm).unwrap_or(FALLBACK_DOMAIN),
        None => default_domain(default_realm),
    };
    Ok(format!("https://{service}.{region}.{domain}"))
}

/// The region identifier `region` stands for (trimmed, lowercased, a short code such as
/// `phx` expanded to `us-phoenix-1`), or why it is not a plausible one.
pub fn canonical_region(region: &str) -> Result<String, String> {
    let lowered = region.trim().to_ascii_lowercase();
    let full = lookup(SHORT_CODES, &lowered).map_or(lowered, str::to_owned);
    if is_plausible_region(&full) {
        Ok(full)
    } else {
        let mut reason = "expected a region identifier such as `us-ashburn-1` or a short \
                          code such as `iad`"
            .to_owned();
        if full.contains(['#', ';']) || full.contains(char::is_whitespace) {
            reason
                .push_str(" (config files have no inline comments: put a comment on its own line)");
        }
        Err(reason)
    }
}

/// An explicit endpoint as a base URL: `scheme://host[:port][/path]` with no trailing
/// `/` and no trailing `/20160918` segment. Fails with the reason if it is not an
/// absolute `https` or `http` URL with a host, or has credentials, a query or a fragment.
pub(super) fn normalize_endpoint(endpoint: &str) -> Result<String, String> {
    let url = url::Url::parse(endpoint.trim()).map_err(|error| error.to_string())?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(format!(
            "the scheme must be https (or http to a loopback address), not `{}`",
            url.scheme()
        ));
    }
    let Some(host) = url.host_str() else {
        return Err("it has no host".to_owned());
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err("it must not contain a user name or password".to_owned());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("it must not have a query or a fragment".to_owned());
    }
    let path = url.path().trim_end_matches('/');
    let path = path
        .strip_suffix(CORE_API_VERSION_SEGMENT)
        .and_then(|rest| rest.strip_suffix('/'))
        .unwrap_or(path)
        .trim_end_matches('/');
    Ok(match url.port() {
        Some(port) => format!("{}://{host}:{port}{path}", url.scheme()),
        None => format!("{}://{host}{path}", url.scheme()),
    })
}

/// `^[a-z]+(-[a-z]+)+-\d+$` (ASCII digits).
fn is_plausible_region(region: &str) -> bool {
    let parts: Vec<&str> = region.split('-').collect();
    let Some((number, words)) = parts.split_last() else {
        return false;
    };
    words.len() >= 2
        && words
            .iter()
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()))
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// Dot-separated DNS labels of lowercase letters, digits and inner hyphens.
fn is_service_name(service: &str) -> bool {
    service.split('.').all(is_dns_label)
}

fn is_dns_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(candidate, _)| *candidate == key)
        .map(|(_, value)| *value)
}

fn realm_of(region: &str) -> Option<&'static str> {
    lookup(REGION_REALMS, region)
}

fn realm_domain(realm: &str) -> Option<&'static str> {
    lookup(REALMS, realm)
}

/// The domain for a region outside the table, from `OCI_DEFAULT_REALM`.
fn default_domain(default_realm: Option<&str>) -> &str {
    let Some(value) = default_realm.map(str::trim).filter(|v| !v.is_empty()) else {
        return FALLBACK_DOMAIN;
    };
    if let Some(domain) = realm_domain(&value.to_ascii_lowercase()) {
        return domain;
    }
    if value.contains('.') && is_service_name(value) {
        return value;
    }
    FALLBACK_DOMAIN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_consistent() {
        assert_eq!(realm_domain("oc1"), Some(FALLBACK_DOMAIN));
        for (region, realm) in REGION_REALMS {
            assert!(is_plausible_region(region), "{region}");
            assert!(
                realm_domain(realm).is_some(),
                "{region}: unknown realm {realm}"
            );
            let count = REGION_REALMS.iter().filter(|(r, _)| r == region).count();
            assert_eq!(count, 1, "{region} is listed {count} times");
        }
        for (code, region) in SHORT_CODES {
            assert_eq!(code.len(), 3, "{code}");
            assert!(realm_of(region).is_some(), "{code} → {region} has no realm");
            let count = SHORT_CODES.iter().filter(|(c, _)| c == code).count();
            assert_eq!(count, 1, "{code} is listed {count} times");
        }
        for (realm, domain) in REALMS {
            assert!(is_service_name(domain), "{realm}: {domain}");
            assert!(
                REGION_REALMS.iter().any(|(_, r)| r == realm),
                "{realm} has no region"
            );
        }
    }

    #[test]
    fn every_realm_of_the_reference_table() {
        // One example region per realm, from the table above.
        let cases = [
            ("us-phoenix-1", "oraclecloud.com"),
            ("us-luke-1", "oraclegovcloud.com"),
            ("us-gov-phoenix-1", "oraclegovcloud.com"),
            ("uk-gov-cardiff-1", "oraclegovcloud.uk"),
            ("ap-chiyoda-1", "oraclecloud8.com"),
            ("me-ibri-1", "oraclecloud9.com"),
            ("ap-dcc-canberra-1", "oraclecloud10.com"),
            ("eu-dcc-rating-2", "oraclecloud14.com"),
            ("ap-dcc-gazipur-1", "oraclecloud15.com"),
            ("eu-madrid-2", "oraclecloud.eu"),
            ("eu-jovanovac-1", "oraclecloud20.com"),
            ("me-alrayyan-1", "oraclecloud21.com"),
            ("us-thames-1", "oraclecloud23.com"),
            ("eu-crissier-1", "oraclecloud24.com"),
            ("me-alain-1", "oraclecloud26.com"),
            ("me-abudhabi-4", "oraclecloud29.com"),
            ("ap-chuncheon-2", "oraclecloud35.com"),
            ("us-newark-1", "oraclecloud42.com"),
            ("eu-budapest-1", "oraclecloud51.com"),
            ("sa-riodejaneiro-1", "oraclecloud52.com"),
        ];
        for (region, domain) in cases {
            assert_eq!(
                endpoint_for("iaas", region, None).ok(),
                Some(format!("https://iaas.{region}.{domain}"))
            );
        }
    }

    #[test]
    fn plausible_regions() {
        for ok in ["us-ashburn-1", "me-dcc-muscat-1", "a-b-0"] {
            assert!(is_plausible_region(ok), "{ok}");
        }
        for bad in [
            "",
            "us",
            "us-1",
            "ashburn-1",
            "us-ashburn",
            "us-ashburn-",
            "us--ashburn-1",
            "-us-ashburn-1",
            "US-ASHBURN-1",
            "us-ashburn-1a",
            "us-ash9urn-1",
            "us-ashburn-1.oraclecloud.com",
            "us-ashburn-١",
        ] {
            assert!(!is_plausible_region(bad), "{bad}");
        }
    }

    #[test]
    fn canonical_region_lowercases_expands_and_hints() {
        assert_eq!(canonical_region(" IAD ").as_deref(), Ok("us-ashburn-1"));
        assert_eq!(
            canonical_region("US-Phoenix-1").as_deref(),
            Ok("us-phoenix-1")
        );
        let reason = canonical_region("eu-frankfurt-1   # comment").err();
        assert!(reason.is_some_and(|r| r.contains("inline comments")));
        let reason = canonical_region("xyz").err();
        assert!(reason.is_some_and(|r| !r.contains("inline comments")));
    }

    #[test]
    fn default_realm_values() {
        assert_eq!(default_domain(None), "oraclecloud.com");
        assert_eq!(default_domain(Some("")), "oraclecloud.com");
        assert_eq!(default_domain(Some("oc4")), "oraclegovcloud.uk");
        assert_eq!(default_domain(Some(" OC19 ")), "oraclecloud.eu");
        assert_eq!(default_domain(Some("oc999")), "oraclecloud.com");
        assert_eq!(default_domain(Some("cloud.example")), "cloud.example");
        assert_eq!(default_domain(Some("bad domain.x")), "oraclecloud.com");
    }

    #[test]
    fn service_names() {
        assert!(is_service_name("iaas"));
        assert!(is_service_name("identity.oci"));
        for bad in [
            "", "IAAS", "ia as", "-iaas", "iaas-", "iaas..x", "iaas/x", "a:b",
        ] {
            assert!(!is_service_name(bad), "{bad}");
            assert!(matches!(
                endpoint_for(bad, "us-ashburn-1", None),
                Err(ConfigError::InvalidService { .. })
            ));
        }
    }

    #[test]
    fn endpoint_normalisation() {
        let cases = [
            ("https://iaas.example.com", "https://iaas.example.com"),
            ("https://iaas.example.com/", "https://iaas.example.com"),
            (
                "https://iaas.example.com/20160918",
                "https://iaas.example.com",
            ),
            (
                "https://iaas.example.com/20160918/",
                "https://iaas.example.com",
            ),
            (
                "https://iaas.example.com//20160918//",
                "https://iaas.example.com",
            ),
            (
                "https://IAAS.Example.com:443/20160918",
                "https://iaas.example.com",
            ),
            (
                "https://pca.example.com:8443/x/20160918/",
                "https://pca.example.com:8443/x",
            ),
            ("https://h/x20160918", "https://h/x20160918"),
            ("https://h/20160918/x", "https://h/20160918/x"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
            ("http://[::1]:9000/20160918", "http://[::1]:9000"),
            ("  https://h  ", "https://h"),
        ];
        for (given, expected) in cases {
            assert_eq!(
                normalize_endpoint(given).as_deref(),
                Ok(expected),
                "{given}"
            );
        }
        for bad in [
            "iaas.example.com",
            "ftp://h",
            "https://",
            "https://user:pw@h",
            "https://h?x=1",
            "https://h#f",
            "",
        ] {
            assert!(normalize_endpoint(bad).is_err(), "{bad}");
        }
    }
}
