//! `oci_backup::config`: `~/.oci/config` profiles, environment overrides, validation,
//! endpoints and realms, against the fixture files in `tests/fixtures/config/`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic.

use std::path::{Path, PathBuf};

use oci_backup::config::{
    ConfigError, Environment, KeySource, LoadOptions, OciConfig, load, service_endpoint,
};

const HOME: &str = "/home/u";
const FINGERPRINT: &str = "73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7";
const PEM: &str = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC-key-material\n-----END PRIVATE KEY-----\n";

/// Everything API-key authentication needs, from the environment alone.
const ENV_ONLY: &[(&str, &str)] = &[
    ("OCI_CLI_USER", "ocid1.user.oc1..aaaaenv"),
    ("OCI_CLI_FINGERPRINT", FINGERPRINT),
    ("OCI_CLI_KEY_FILE", "~/env.pem"),
    ("OCI_CLI_TENANCY", "ocid1.tenancy.oc1..aaaaenv"),
    ("OCI_CLI_REGION", "us-chicago-1"),
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/config")
        .join(name)
}

fn home(path: &str) -> PathBuf {
    Path::new(HOME).join(path)
}

fn env(vars: &[(&str, &str)]) -> Environment {
    Environment::new(vars.iter().copied(), Some(PathBuf::from(HOME)))
}

/// Options reading fixture `file` with these variables.
fn options(file: &str, vars: &[(&str, &str)]) -> LoadOptions {
    LoadOptions::new(env(vars)).with_config_file(fixture(file))
}

fn load_ok(options: LoadOptions) -> OciConfig {
    match load(&options) {
        Ok(config) => config,
        Err(error) => panic!("load failed: {error}"),
    }
}

fn load_err(options: LoadOptions) -> ConfigError {
    match load(&options) {
        Ok(config) => panic!("load succeeded but should not: {config:?}"),
        Err(error) => error,
    }
}

fn key_file(config: &OciConfig) -> &Path {
    match &config.key {
        KeySource::File(path) => path,
        KeySource::Content(_) => panic!("expected a key file, got key content"),
    }
}

fn endpoint(region: &str, vars: &[(&str, &str)]) -> String {
    service_endpoint("iaas", region, &env(vars)).expect("endpoint")
}

// ---------------------------------------------------------------------------------------
// Profiles and the INI format
// ---------------------------------------------------------------------------------------

#[test]
fn default_profile_is_loaded_when_none_is_named() {
    let config = load_ok(options("profiles.ini", &[]));
    assert_eq!(config.config_file, Some(fixture("profiles.ini")));
    assert_eq!(config.profile, "DEFAULT");
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaadefault"));
    assert_eq!(config.fingerprint.as_deref(), Some(FINGERPRINT));
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaadefault");
    assert_eq!(config.region.as_deref(), Some("us-ashburn-1"));
    assert_eq!(key_file(&config), home(".oci/oci_api_key.pem"));
    assert!(config.pass_phrase.is_none());
    assert_eq!(config.security_token_file, None);
    assert_eq!(config.endpoint, None);
    assert_eq!(config.cert_bundle, None);
}

#[test]
fn named_profile_inherits_missing_keys_from_default() {
    let config = load_ok(options("profiles.ini", &[]).with_profile("FRANKFURT"));
    assert_eq!(config.profile, "FRANKFURT");
    assert_eq!(config.region.as_deref(), Some("eu-frankfurt-1"));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaadefault"));
    assert_eq!(config.fingerprint.as_deref(), Some(FINGERPRINT));
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaadefault");
    assert_eq!(key_file(&config), home(".oci/oci_api_key.pem"));
}

#[test]
fn named_profile_overrides_default() {
    let config = load_ok(options("profiles.ini", &[]).with_profile("PROD"));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaaprod"));
    assert_eq!(
        config.fingerprint.as_deref(),
        Some("11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00")
    );
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaaprod");
    assert_eq!(config.region.as_deref(), Some("uk-london-1"));
    // Relative paths stay relative (to the working directory, as the SDK does).
    assert_eq!(key_file(&config), Path::new("keys/prod.pem"));
    assert_eq!(
        config.pass_phrase.as_ref().map(|p| p.expose_secret()),
        Some("prod-pass-phrase-secret")
    );
    assert_eq!(config.cert_bundle, Some(home(".oci/pca-ca.pem")));
    // `security_token_file=` (empty) counts as absent, so this stays API-key auth.
    assert_eq!(config.security_token_file, None);
}

#[test]
fn oci_cli_profile_selects_the_profile_and_the_option_beats_it() {
    let config = load_ok(options("profiles.ini", &[("OCI_CLI_PROFILE", "FRANKFURT")]));
    assert_eq!(config.profile, "FRANKFURT");
    let config =
        load_ok(options("profiles.ini", &[("OCI_CLI_PROFILE", "FRANKFURT")]).with_profile("PROD"));
    assert_eq!(config.profile, "PROD");
    assert_eq!(config.region.as_deref(), Some("uk-london-1"));
}

#[test]
fn key_names_are_case_insensitive_and_colon_separates() {
    let config = load_ok(options("syntax.ini", &[]));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaasyntax"));
    assert_eq!(config.fingerprint.as_deref(), Some(FINGERPRINT));
    assert_eq!(key_file(&config), home("k.pem"));
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaasyntax");
    // Trimmed on both sides.
    assert_eq!(config.region.as_deref(), Some("us-phoenix-1"));

    let config = load_ok(options("syntax.ini", &[]).with_profile("Mixed"));
    assert_eq!(config.region.as_deref(), Some("eu-zurich-1"));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaasyntax"));
}

#[test]
fn profile_names_are_case_sensitive() {
    let error = load_err(options("syntax.ini", &[]).with_profile("MIXED"));
    assert!(
        matches!(error, ConfigError::ProfileNotFound { .. }),
        "{error}"
    );
}

#[test]
fn comments_are_ignored() {
    // syntax.ini has `#`, `;`, indented and tab-indented comment lines, and a comment
    // after a header; none of them becomes a key or breaks parsing.
    let config = load_ok(options("syntax.ini", &[]).with_profile("Mixed"));
    assert_eq!(config.profile, "Mixed");
    // profiles.ini has a comment inside [FRANKFURT]; inheritance still works.
    let config = load_ok(options("profiles.ini", &[]).with_profile("FRANKFURT"));
    assert_eq!(config.region.as_deref(), Some("eu-frankfurt-1"));
}

#[test]
fn unknown_profile_lists_the_existing_ones() {
    let error = load_err(options("profiles.ini", &[]).with_profile("NOPE"));
    assert_eq!(
        error.to_string(),
        format!(
            "config file {} has no profile [NOPE] (named explicitly); its profiles are: \
             [DEFAULT], [FRANKFURT], [PROD], [TOKEN]",
            fixture("profiles.ini").display()
        )
    );
    match error {
        ConfigError::ProfileNotFound {
            path,
            profile,
            available,
            ..
        } => {
            assert_eq!(path, fixture("profiles.ini"));
            assert_eq!(profile, "NOPE");
            assert_eq!(available, ["DEFAULT", "FRANKFURT", "PROD", "TOKEN"]);
        }
        other => panic!("unexpected {other:?}"),
    }

    let error = load_err(options("profiles.ini", &[("OCI_CLI_PROFILE", "STAGING")]));
    assert!(
        error
            .to_string()
            .contains("[STAGING] (named by OCI_CLI_PROFILE)"),
        "{error}"
    );
}

#[test]
fn missing_default_section_is_an_unknown_profile() {
    let error = load_err(options("incomplete.ini", &[]));
    let message = error.to_string();
    assert!(
        message.contains("has no profile [DEFAULT] (the default profile)"),
        "{message}"
    );
    assert!(message.contains("[NO_USER], [NO_FINGERPRINT]"), "{message}");
}

#[test]
fn malformed_line_names_file_and_line_and_hides_the_content() {
    let error = load_err(options("malformed.ini", &[]));
    assert_eq!(
        error.to_string(),
        format!(
            "{}, line 6: expected `[PROFILE]`, `key = value`, `key: value`, or a comment \
             starting with `#` or `;`",
            fixture("malformed.ini").display()
        )
    );
    assert!(matches!(error, ConfigError::Syntax { line: 6, .. }));
    assert!(!format!("{error} {error:?}").contains("hunter2"));
}

// ---------------------------------------------------------------------------------------
// Precedence: explicit option > environment > file
// ---------------------------------------------------------------------------------------

#[test]
fn environment_beats_the_file() {
    let config = load_ok(options(
        "profiles.ini",
        &[
            ("OCI_CLI_USER", "ocid1.user.oc1..aaaaenv"),
            (
                "OCI_CLI_FINGERPRINT",
                "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff",
            ),
            ("OCI_CLI_KEY_FILE", "~/env.pem"),
            ("OCI_CLI_TENANCY", "ocid1.tenancy.oc1..aaaaenv"),
            ("OCI_CLI_REGION", "ap-tokyo-1"),
            ("OCI_CLI_PASSPHRASE", "env-pass-phrase"),
            ("OCI_CLI_ENDPOINT", "https://iaas.example.com/20160918"),
            ("OCI_CLI_CERT_BUNDLE", "~/env-ca.pem"),
            ("OCI_CLI_SECURITY_TOKEN_FILE", "~/env-token"),
        ],
    ));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaaenv"));
    assert_eq!(
        config.fingerprint.as_deref(),
        Some("00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff")
    );
    assert_eq!(key_file(&config), home("env.pem"));
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaaenv");
    assert_eq!(config.region.as_deref(), Some("ap-tokyo-1"));
    assert_eq!(
        config.pass_phrase.as_ref().map(|p| p.expose_secret()),
        Some("env-pass-phrase")
    );
    assert_eq!(
        config.endpoint.as_deref(),
        Some("https://iaas.example.com/20160918")
    );
    assert_eq!(config.cert_bundle, Some(home("env-ca.pem")));
    assert_eq!(config.security_token_file, Some(home("env-token")));
}

#[test]
fn environment_passphrase_beats_the_file_one() {
    let config = load_ok(
        options("profiles.ini", &[("OCI_CLI_PASSPHRASE", "from-env")]).with_profile("PROD"),
    );
    assert_eq!(
        config.pass_phrase.as_ref().map(|p| p.expose_secret()),
        Some("from-env")
    );
}

#[test]
fn key_content_beats_key_files() {
    let config = load_ok(options(
        "profiles.ini",
        &[
            ("OCI_CLI_KEY_CONTENT", PEM),
            ("OCI_CLI_KEY_FILE", "~/env.pem"),
        ],
    ));
    match &config.key {
        KeySource::Content(pem) => assert_eq!(pem.expose_secret(), PEM),
        KeySource::File(path) => panic!("expected key content, got {}", path.display()),
    }
}

#[test]
fn empty_environment_variables_do_not_override() {
    let config = load_ok(options(
        "profiles.ini",
        &[
            ("OCI_CLI_REGION", ""),
            ("OCI_CLI_USER", "   "),
            ("OCI_CLI_KEY_CONTENT", ""),
        ],
    ));
    assert_eq!(config.region.as_deref(), Some("us-ashburn-1"));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaadefault"));
    assert_eq!(key_file(&config), home(".oci/oci_api_key.pem"));
}

#[test]
fn explicit_options_beat_the_environment() {
    let vars = [
        ("OCI_CLI_REGION", "ap-tokyo-1"),
        ("OCI_CLI_ENDPOINT", "https://env.example.com"),
        ("OCI_CLI_CERT_BUNDLE", "/env/ca.pem"),
        ("OCI_CLI_PROFILE", "FRANKFURT"),
        ("OCI_CLI_CONFIG_FILE", "/env/config"),
    ];
    let config = load_ok(
        options("profiles.ini", &vars)
            .with_profile("PROD")
            .with_region("sa-saopaulo-1")
            .with_endpoint("https://option.example.com")
            .with_cert_bundle("~/option-ca.pem"),
    );
    assert_eq!(config.config_file, Some(fixture("profiles.ini")));
    assert_eq!(config.profile, "PROD");
    assert_eq!(config.region.as_deref(), Some("sa-saopaulo-1"));
    assert_eq!(
        config.endpoint.as_deref(),
        Some("https://option.example.com")
    );
    assert_eq!(config.cert_bundle, Some(home("option-ca.pem")));
}

#[test]
fn oci_region_is_only_a_fallback() {
    // The file's region wins over OCI_REGION...
    let config = load_ok(options("profiles.ini", &[("OCI_REGION", "ap-osaka-1")]));
    assert_eq!(config.region.as_deref(), Some("us-ashburn-1"));
    // ...and OCI_REGION fills in when nothing else gives one.
    let config = load_ok(
        options("incomplete.ini", &[("OCI_REGION", "ap-osaka-1")]).with_profile("NO_REGION"),
    );
    assert_eq!(config.region.as_deref(), Some("ap-osaka-1"));
    // OCI_CLI_REGION beats the file.
    let config = load_ok(options(
        "profiles.ini",
        &[
            ("OCI_REGION", "ap-osaka-1"),
            ("OCI_CLI_REGION", "ap-seoul-1"),
        ],
    ));
    assert_eq!(config.region.as_deref(), Some("ap-seoul-1"));
}

#[test]
fn config_file_precedence() {
    let both = [
        ("OCI_CLI_CONFIG_FILE", "~/profiles.ini"),
        ("OCI_CONFIG_FILE", "~/syntax.ini"),
    ];
    let fixtures = fixture("");
    let in_fixtures = |vars: &[(&str, &str)]| {
        LoadOptions::new(Environment::new(
            vars.iter().copied(),
            Some(fixtures.clone()),
        ))
    };

    // OCI_CLI_CONFIG_FILE beats OCI_CONFIG_FILE (and `~` is expanded in both).
    let config = load_ok(in_fixtures(&both));
    assert_eq!(config.config_file, Some(fixtures.join("profiles.ini")));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaadefault"));

    // OCI_CONFIG_FILE alone.
    let config = load_ok(in_fixtures(&both[1..]));
    assert_eq!(config.config_file, Some(fixtures.join("syntax.ini")));
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaasyntax"));

    // The explicit path beats both.
    let config = load_ok(
        in_fixtures(&both)
            .with_config_file(fixture("token.ini"))
            .with_profile("SESSION"),
    );
    assert_eq!(config.config_file, Some(fixture("token.ini")));

    // Neither: <home>/.oci/config.
    let home_dir = fixture("home");
    let config = load_ok(LoadOptions::new(Environment::new(
        [("OCI_CLI_PROFILE", "DEFAULT")],
        Some(home_dir.clone()),
    )));
    assert_eq!(
        config.config_file,
        Some(home_dir.join(".oci").join("config"))
    );
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaahome"));
    assert_eq!(
        key_file(&config),
        home_dir.join(".oci").join("oci_api_key.pem")
    );
}

#[test]
fn tilde_is_expanded_with_the_injected_home() {
    let config = load_ok(
        LoadOptions::new(Environment::new(
            Vec::<(String, String)>::new(),
            Some(PathBuf::from("/somewhere/else")),
        ))
        .with_config_file(fixture("token.ini"))
        .with_profile("SESSION"),
    );
    assert_eq!(
        key_file(&config),
        Path::new("/somewhere/else/.oci/sessions/SESSION/oci_api_key.pem")
    );
    assert_eq!(
        config.security_token_file.as_deref(),
        Some(Path::new("/somewhere/else/.oci/sessions/SESSION/token"))
    );

    // With no home at all, a `~` path is an error naming the key and where it was set.
    let error = load_err(
        LoadOptions::new(Environment::new(Vec::<(String, String)>::new(), None))
            .with_config_file(fixture("profiles.ini")),
    );
    assert_eq!(
        error.to_string(),
        "cannot expand `~` in `key_file` in [DEFAULT] on line 5 `~/.oci/oci_api_key.pem`: \
         no home directory is known (HOME is not set)"
    );
}

// ---------------------------------------------------------------------------------------
// Missing files and environment-only configuration
// ---------------------------------------------------------------------------------------

#[test]
fn missing_explicit_file_names_the_path() {
    let error =
        load_err(LoadOptions::new(env(ENV_ONLY)).with_config_file("/nonexistent/oci/config"));
    assert_eq!(
        error.to_string(),
        "config file /nonexistent/oci/config (given explicitly) does not exist; check the path"
    );
    assert!(matches!(error, ConfigError::FileNotFound { .. }));

    let error = load_err(LoadOptions::new(env(&[(
        "OCI_CLI_CONFIG_FILE",
        "~/missing-config",
    )])));
    assert_eq!(
        error.to_string(),
        "config file /home/u/missing-config (from OCI_CLI_CONFIG_FILE) does not exist; \
         check OCI_CLI_CONFIG_FILE"
    );
}

#[test]
fn missing_default_file_names_the_path_and_what_the_environment_lacks() {
    let error = load_err(LoadOptions::new(env(&ENV_ONLY[1..])));
    let message = error.to_string();
    assert!(
        message.starts_with(
            "config file /home/u/.oci/config (the default location) does not exist; create it"
        ),
        "{message}"
    );
    assert!(
        message.ends_with(
            "which lacks `user` (required for API-key authentication; or set OCI_CLI_USER)"
        ),
        "{message}"
    );
    match error {
        ConfigError::FileNotFound { path, .. } => assert_eq!(path, home(".oci/config")),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn environment_alone_works_without_a_file() {
    let config = load_ok(LoadOptions::new(env(ENV_ONLY)));
    assert_eq!(config.config_file, None);
    assert_eq!(config.profile, "DEFAULT");
    assert_eq!(config.user.as_deref(), Some("ocid1.user.oc1..aaaaenv"));
    assert_eq!(config.fingerprint.as_deref(), Some(FINGERPRINT));
    assert_eq!(key_file(&config), home("env.pem"));
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaaenv");
    assert_eq!(config.region.as_deref(), Some("us-chicago-1"));
    assert_eq!(
        config.core_endpoint().ok().as_deref(),
        Some("https://iaas.us-chicago-1.oraclecloud.com")
    );

    // Also with no home directory at all, and with key content instead of a key file.
    let mut vars: Vec<(&str, &str)> = ENV_ONLY
        .iter()
        .copied()
        .filter(|(name, _)| *name != "OCI_CLI_KEY_FILE")
        .collect();
    vars.push(("OCI_CLI_KEY_CONTENT", PEM));
    let config = load_ok(LoadOptions::new(Environment::new(vars, None)));
    assert_eq!(config.config_file, None);
    assert!(matches!(config.key, KeySource::Content(_)));
}

#[test]
fn environment_alone_with_an_invalid_value_reports_the_value() {
    let mut vars = ENV_ONLY.to_vec();
    vars[1] = ("OCI_CLI_FINGERPRINT", "not-a-fingerprint");
    let error = load_err(LoadOptions::new(env(&vars)));
    assert!(
        error.to_string().starts_with(
            "the environment (no config file), profile [DEFAULT]: `fingerprint` from \
             OCI_CLI_FINGERPRINT is not valid: `not-a-fingerprint`"
        ),
        "{error}"
    );
}

#[test]
fn no_home_and_incomplete_environment_is_an_error() {
    let error = load_err(LoadOptions::new(Environment::new(
        [("OCI_CLI_REGION", "us-ashburn-1")],
        None,
    )));
    assert_eq!(
        error.to_string(),
        "cannot expand `~` in the default config file `~/.oci/config`: no home directory is \
         known (HOME is not set)"
    );
}

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

#[test]
fn each_missing_required_key_names_file_profile_and_key() {
    let cases = [
        ("NO_USER", "user", "OCI_CLI_USER"),
        ("NO_FINGERPRINT", "fingerprint", "OCI_CLI_FINGERPRINT"),
        ("NO_KEY", "key_file", "OCI_CLI_KEY_CONTENT"),
        ("NO_TENANCY", "tenancy", "OCI_CLI_TENANCY"),
        ("NO_REGION", "region", "OCI_CLI_ENDPOINT"),
        ("EMPTY_FINGERPRINT", "fingerprint", "OCI_CLI_FINGERPRINT"),
    ];
    let path = fixture("incomplete.ini");
    for (profile, key, variable) in cases {
        let error = load_err(options("incomplete.ini", &[]).with_profile(profile));
        let message = error.to_string();
        assert!(
            message.starts_with(&format!(
                "{}, profile [{profile}]: missing `{key}` (",
                path.display()
            )),
            "{message}"
        );
        assert!(message.contains(variable), "{message}");
        match error {
            ConfigError::MissingKey {
                file,
                profile: p,
                key: k,
                ..
            } => {
                assert_eq!(file.as_deref(), Some(path.as_path()));
                assert_eq!(p, profile);
                assert_eq!(k, key);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn missing_fingerprint_full_message() {
    let error = load_err(options("incomplete.ini", &[]).with_profile("NO_FINGERPRINT"));
    assert_eq!(
        error.to_string(),
        format!(
            "{}, profile [NO_FINGERPRINT]: missing `fingerprint` (required for API-key \
             authentication; or set OCI_CLI_FINGERPRINT)",
            fixture("incomplete.ini").display()
        )
    );
}

#[test]
fn the_environment_completes_an_incomplete_profile() {
    let config = load_ok(
        options("incomplete.ini", &[("OCI_CLI_FINGERPRINT", FINGERPRINT)])
            .with_profile("NO_FINGERPRINT"),
    );
    assert_eq!(config.fingerprint.as_deref(), Some(FINGERPRINT));
    let config = load_ok(
        options("incomplete.ini", &[])
            .with_profile("NO_REGION")
            .with_endpoint("https://pca.example.com"),
    );
    assert_eq!(config.region, None);
    assert_eq!(config.endpoint.as_deref(), Some("https://pca.example.com"));
}

#[test]
fn fingerprint_must_be_lowercase_hex_pairs() {
    let error = load_err(options("invalid.ini", &[]).with_profile("INHERITS_BAD_FINGERPRINT"));
    assert_eq!(
        error.to_string(),
        format!(
            "{}, profile [INHERITS_BAD_FINGERPRINT]: `fingerprint` inherited from [DEFAULT] on \
             line 4 is not valid: `73:61:A2:21:67:E0:DF:BE:7E:4B:93:1E:15:98:A5:B7`; expected 16 \
             lowercase hexadecimal bytes separated by colons, such as \
             73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7",
            fixture("invalid.ini").display()
        )
    );
    let error = load_err(options("invalid.ini", &[]).with_profile("SHORT_FINGERPRINT"));
    match error {
        ConfigError::InvalidValue(invalid) => {
            assert_eq!(invalid.key, "fingerprint");
            assert_eq!(invalid.value, "73:61:a2:21");
            assert_eq!(invalid.origin, "in [SHORT_FINGERPRINT] on line 13");
            assert_eq!(invalid.profile, "SHORT_FINGERPRINT");
        }
        other => panic!("unexpected {other:?}"),
    }
    // The environment's valid fingerprint replaces the bad one.
    let config = load_ok(options(
        "invalid.ini",
        &[("OCI_CLI_FINGERPRINT", FINGERPRINT)],
    ));
    assert_eq!(config.fingerprint.as_deref(), Some(FINGERPRINT));
}

#[test]
fn user_and_tenancy_must_be_ocids() {
    for (profile, key, value) in [
        ("BAD_USER", "user", "john.doe@example.com"),
        ("BAD_TENANCY", "tenancy", "mytenancy"),
    ] {
        let error = load_err(options("invalid.ini", &[]).with_profile(profile));
        let message = error.to_string();
        assert!(
            message.contains(&format!("profile [{profile}]: `{key}` in [{profile}]")),
            "{message}"
        );
        assert!(
            message.contains(&format!("`{value}`; expected an OCID")),
            "{message}"
        );
    }
    let error = load_err(options(
        "profiles.ini",
        &[("OCI_CLI_TENANCY", "ocid1.tenancy")],
    ));
    assert!(
        error
            .to_string()
            .contains("`tenancy` from OCI_CLI_TENANCY is not valid: `ocid1.tenancy`"),
        "{error}"
    );
}

#[test]
fn region_with_an_inline_comment_is_rejected_with_a_hint() {
    let error = load_err(options("invalid.ini", &[]).with_profile("BAD_REGION"));
    let message = error.to_string();
    assert!(
        message.contains("`region` in [BAD_REGION] on line 25"),
        "{message}"
    );
    assert!(
        message.contains("config files have no inline comments: put a comment on its own line"),
        "{message}"
    );
}

#[test]
fn key_content_in_a_file_is_refused() {
    let error = load_err(options("invalid.ini", &[]).with_profile("KEY_CONTENT"));
    assert_eq!(
        error.to_string(),
        format!(
            "{}, profile [KEY_CONTENT]: `key_content` (line 29) is not allowed in a config \
             file; use `key_file`, or put the PEM in OCI_CLI_KEY_CONTENT",
            fixture("invalid.ini").display()
        )
    );
}

#[test]
fn explicit_endpoint_is_validated() {
    let error = load_err(options(
        "profiles.ini",
        &[("OCI_CLI_ENDPOINT", "iaas.example.com")],
    ));
    assert!(
        error
            .to_string()
            .contains("`endpoint` from OCI_CLI_ENDPOINT is not valid: `iaas.example.com`"),
        "{error}"
    );
}

#[test]
fn security_token_profile_needs_no_user_or_fingerprint() {
    let config = load_ok(options("token.ini", &[]).with_profile("SESSION"));
    assert_eq!(config.user, None);
    assert_eq!(config.fingerprint, None);
    assert_eq!(config.tenancy, "ocid1.tenancy.oc1..aaaatoken");
    assert_eq!(
        config.security_token_file,
        Some(home(".oci/sessions/SESSION/token"))
    );
    assert_eq!(
        key_file(&config),
        home(".oci/sessions/SESSION/oci_api_key.pem")
    );

    // It still needs a key...
    let error = load_err(options("token.ini", &[]).with_profile("SESSION_NO_KEY"));
    assert!(
        matches!(
            error,
            ConfigError::MissingKey {
                key: "key_file",
                ..
            }
        ),
        "{error}"
    );
    // Without the token the same profile is API-key auth and needs a user.
    let error = load_err(
        LoadOptions::new(env(&[]))
            .with_config_file(fixture("token.ini"))
            .with_profile("DEFAULT"),
    );
    assert!(
        matches!(error, ConfigError::MissingKey { key: "user", .. }),
        "{error}"
    );
}

#[test]
fn security_token_still_requires_a_tenancy() {
    let error = load_err(LoadOptions::new(env(&[
        ("OCI_CLI_SECURITY_TOKEN_FILE", "/t/token"),
        ("OCI_CLI_KEY_FILE", "/t/key.pem"),
        ("OCI_CLI_REGION", "us-ashburn-1"),
    ])));
    let message = error.to_string();
    assert!(
        message.ends_with("which lacks `tenancy` (required; or set OCI_CLI_TENANCY)"),
        "{message}"
    );
}

// ---------------------------------------------------------------------------------------
// Endpoints and realms
// ---------------------------------------------------------------------------------------

#[test]
fn endpoints_from_regions() {
    let cases = [
        ("us-ashburn-1", "https://iaas.us-ashburn-1.oraclecloud.com"),
        ("iad", "https://iaas.us-ashburn-1.oraclecloud.com"),
        ("phx", "https://iaas.us-phoenix-1.oraclecloud.com"),
        ("fra", "https://iaas.eu-frankfurt-1.oraclecloud.com"),
        ("LHR", "https://iaas.uk-london-1.oraclecloud.com"),
        (
            "us-gov-ashburn-1",
            "https://iaas.us-gov-ashburn-1.oraclegovcloud.com",
        ),
        (
            "us-langley-1",
            "https://iaas.us-langley-1.oraclegovcloud.com",
        ),
        (
            "uk-gov-london-1",
            "https://iaas.uk-gov-london-1.oraclegovcloud.uk",
        ),
        (
            "eu-frankfurt-2",
            "https://iaas.eu-frankfurt-2.oraclecloud.eu",
        ),
        ("str", "https://iaas.eu-frankfurt-2.oraclecloud.eu"),
        ("ap-chiyoda-1", "https://iaas.ap-chiyoda-1.oraclecloud8.com"),
        ("us-newark-1", "https://iaas.us-newark-1.oraclecloud42.com"),
    ];
    for (region, expected) in cases {
        assert_eq!(endpoint(region, &[]), expected, "{region}");
    }
    assert_eq!(
        service_endpoint("auth", "iad", &env(&[])).ok().as_deref(),
        Some("https://auth.us-ashburn-1.oraclecloud.com")
    );
}

#[test]
fn known_regions_ignore_oci_default_realm() {
    assert_eq!(
        endpoint("us-ashburn-1", &[("OCI_DEFAULT_REALM", "oc4")]),
        "https://iaas.us-ashburn-1.oraclecloud.com"
    );
}

#[test]
fn unknown_region_uses_oci_default_realm_or_oc1() {
    assert_eq!(
        endpoint("xx-newcity-1", &[]),
        "https://iaas.xx-newcity-1.oraclecloud.com"
    );
    assert_eq!(
        endpoint("xx-newcity-1", &[("OCI_DEFAULT_REALM", "oc4")]),
        "https://iaas.xx-newcity-1.oraclegovcloud.uk"
    );
    assert_eq!(
        endpoint("xx-newcity-1", &[("OCI_DEFAULT_REALM", "oc19")]),
        "https://iaas.xx-newcity-1.oraclecloud.eu"
    );
    // The official SDKs read OCI_DEFAULT_REALM as a second-level domain: accepted too.
    assert_eq!(
        endpoint(
            "xx-newcity-1",
            &[("OCI_DEFAULT_REALM", "oraclecloud99.com")]
        ),
        "https://iaas.xx-newcity-1.oraclecloud99.com"
    );
    // Not a realm of the table and not a domain: oc1.
    assert_eq!(
        endpoint("xx-newcity-1", &[("OCI_DEFAULT_REALM", "oc999")]),
        "https://iaas.xx-newcity-1.oraclecloud.com"
    );
}

#[test]
fn implausible_regions_are_errors() {
    for region in [
        "",
        "xyz",
        "ashburn",
        "us_ashburn_1",
        "us-ashburn-1.oraclecloud.com",
        "us-ashburn",
    ] {
        let error = service_endpoint("iaas", region, &env(&[])).expect_err(region);
        assert!(
            matches!(error, ConfigError::InvalidRegion { .. }),
            "{error}"
        );
        assert!(
            error.to_string().contains(&format!("`{region}`")),
            "{error}"
        );
    }
}

#[test]
fn core_endpoint_from_the_profile_region() {
    let config = load_ok(options("home/.oci/config", &[]));
    assert_eq!(config.region.as_deref(), Some("sjc"));
    assert_eq!(
        config.core_endpoint().ok().as_deref(),
        Some("https://iaas.us-sanjose-1.oraclecloud.com")
    );
    // OCI_DEFAULT_REALM is taken at load time for unknown regions.
    let config = load_ok(options(
        "profiles.ini",
        &[
            ("OCI_CLI_REGION", "xx-newcity-1"),
            ("OCI_DEFAULT_REALM", "oc3"),
        ],
    ));
    assert_eq!(
        config.core_endpoint().ok().as_deref(),
        Some("https://iaas.xx-newcity-1.oraclegovcloud.com")
    );
}

#[test]
fn endpoint_override_strips_the_api_version() {
    let cases = [
        (
            "https://iaas.example.com/20160918/",
            "https://iaas.example.com",
        ),
        (
            "https://iaas.example.com/20160918",
            "https://iaas.example.com",
        ),
        ("https://iaas.example.com/", "https://iaas.example.com"),
        (
            "https://pca.example.com:8443/20160918/",
            "https://pca.example.com:8443",
        ),
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
    ];
    for (given, expected) in cases {
        let config = load_ok(options("profiles.ini", &[("OCI_CLI_ENDPOINT", given)]));
        assert_eq!(config.endpoint.as_deref(), Some(given));
        // The endpoint wins over the profile's region.
        assert_eq!(config.region.as_deref(), Some("us-ashburn-1"));
        assert_eq!(
            config.core_endpoint().ok().as_deref(),
            Some(expected),
            "{given}"
        );
    }
    let config = load_ok(
        options(
            "profiles.ini",
            &[("OCI_CLI_ENDPOINT", "https://env.example.com")],
        )
        .with_endpoint("https://option.example.com/20160918/"),
    );
    assert_eq!(
        config.core_endpoint().ok().as_deref(),
        Some("https://option.example.com")
    );
}

// ---------------------------------------------------------------------------------------
// CA bundle
// ---------------------------------------------------------------------------------------

#[test]
fn cert_bundle_precedence() {
    // Profile key.
    let config = load_ok(options("profiles.ini", &[]).with_profile("PROD"));
    assert_eq!(config.cert_bundle, Some(home(".oci/pca-ca.pem")));
    // OCI_CLI_CERT_BUNDLE beats it.
    let config = load_ok(
        options(
            "profiles.ini",
            &[("OCI_CLI_CERT_BUNDLE", "/etc/pca/ca.pem")],
        )
        .with_profile("PROD"),
    );
    assert_eq!(config.cert_bundle, Some(PathBuf::from("/etc/pca/ca.pem")));
    // The explicit option beats both.
    let config = load_ok(
        options(
            "profiles.ini",
            &[("OCI_CLI_CERT_BUNDLE", "/etc/pca/ca.pem")],
        )
        .with_profile("PROD")
        .with_cert_bundle("/opt/ca.pem"),
    );
    assert_eq!(config.cert_bundle, Some(PathBuf::from("/opt/ca.pem")));
    // None anywhere.
    let config = load_ok(options("profiles.ini", &[]));
    assert_eq!(config.cert_bundle, None);
}

// ---------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------

#[test]
fn debug_never_shows_secrets() {
    let config =
        load_ok(options("profiles.ini", &[("OCI_CLI_KEY_CONTENT", PEM)]).with_profile("PROD"));
    // The secrets are really there...
    assert_eq!(
        config.pass_phrase.as_ref().map(|p| p.expose_secret()),
        Some("prod-pass-phrase-secret")
    );
    assert!(matches!(&config.key, KeySource::Content(pem) if pem.expose_secret() == PEM));
    // ...and never printed.
    let debug = format!("{config:?} {config:#?}");
    assert!(!debug.contains("prod-pass-phrase-secret"), "{debug}");
    assert!(!debug.contains("key-material"), "{debug}");
    assert!(!debug.contains("BEGIN PRIVATE KEY"), "{debug}");
    assert!(debug.contains("pass_phrase: Some(********)"), "{debug}");
    assert!(debug.contains("Content(********)"), "{debug}");
    assert!(debug.contains("ocid1.user.oc1..aaaaprod"), "{debug}");

    let env_secret = env(&[
        ("OCI_CLI_PASSPHRASE", "env-secret"),
        ("OCI_CLI_KEY_CONTENT", PEM),
    ]);
    let debug = format!("{:?}", LoadOptions::new(env_secret));
    assert!(debug.contains("OCI_CLI_PASSPHRASE"), "{debug}");
    assert!(!debug.contains("env-secret"), "{debug}");
    assert!(!debug.contains("key-material"), "{debug}");
}

#[test]
fn errors_never_show_secrets() {
    // A profile with a pass phrase and an invalid value: the error names the value, not
    // the pass phrase.
    let error = load_err(
        options(
            "profiles.ini",
            &[
                ("OCI_CLI_PASSPHRASE", "env-secret"),
                ("OCI_CLI_FINGERPRINT", "bad"),
            ],
        )
        .with_profile("PROD"),
    );
    let text = format!("{error} {error:?}");
    assert!(text.contains("`bad`"), "{text}");
    assert!(
        !text.contains("env-secret") && !text.contains("prod-pass-phrase"),
        "{text}"
    );
}

#[test]
fn process_environment_reads_real_variables() {
    let environment = Environment::from_process();
    if let Ok(path) = std::env::var("PATH")
        && !path.is_empty()
    {
        assert_eq!(environment.var("PATH"), Some(path.as_str()));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty())
        && !cfg!(windows)
    {
        assert_eq!(environment.home(), Some(Path::new(&home)));
    }
}
