//! `oci-backup analytics ...`: Oracle Analytics Cloud snapshots and work requests.
//!
//! The instance is `--url`; bearer tokens come from `--token-file`, `OAC_TOKEN`, or an
//! identity domain's OAuth 2.0 endpoint. `snapshot create` takes the bucket credentials
//! from the OCI config profile (region, tenancy, user, and the key file, which it
//! wraps) unless `--resource-principal` is given. Everything is checked before the
//! first request: the URL, the token source, the BAR password's rules, the profile.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use oci_backup::analytics::Analytics as AnalyticsClient;
use oci_backup::analytics::ResponseHeaders as _;
use oci_backup::analytics::types::{
    Auth, Bar, NewSnapshot, PasswordBar, RestoreSnapshotDetails, SnapshotToRestore,
    SnapshotToRestorePassword, Storage,
};
use oci_backup::auth::bearer::{EnvToken, FileToken, TokenProvider};
use oci_backup::auth::oauth::{Grant, OAuthTokens, analytics_scope};
use oci_backup::config::{Environment, KeySource};
use oci_backup::connect::ConnectError;
use oci_backup::runtime::SecretString;
use oci_backup::{CallExt as _, Error, snapshot, transport};

use crate::args::{
    Analytics, AnalyticsCommand, AnalyticsConnection, SnapshotCommand, SnapshotCreate,
    SnapshotDelete, SnapshotGet, SnapshotRegister, SnapshotRestore, SnapshotStorage,
    WorkRequestCommand, WorkRequestGet, WorkRequestWait,
};
use crate::bv::built;
use crate::context::Context;
use crate::exit::CliError;
use crate::input::{bar_password, confirm_delete, secret_env, secret_file, warn};
use crate::output::Document;
use crate::waiting;

/// The columns of a table of snapshots.
const COLUMNS: &[&str] = &["name", "id", "createdByUser", "timeCreated"];

/// The variable holding a bearer token.
const TOKEN_VAR: &str = "OAC_TOKEN";
/// The variable holding the OAuth client secret.
const CLIENT_SECRET_VAR: &str = "OAC_CLIENT_SECRET";
/// The variable holding the OAuth refresh token.
const REFRESH_TOKEN_VAR: &str = "OAC_REFRESH_TOKEN";

/// Runs an Analytics command.
pub(crate) async fn run(context: &Context, args: Analytics) -> Result<(), CliError> {
    let connection = &args.connection;
    match args.command {
        AnalyticsCommand::Snapshot(command) => match command {
            SnapshotCommand::Create(args) => create(context, connection, &args).await,
            SnapshotCommand::Register(args) => register(context, connection, &args).await,
            SnapshotCommand::List => list(context, connection).await,
            SnapshotCommand::Get(args) => get(context, connection, &args).await,
            SnapshotCommand::Delete(args) => delete(context, connection, &args).await,
            SnapshotCommand::Restore(args) => restore(context, connection, &args).await,
        },
        AnalyticsCommand::WorkRequest(WorkRequestCommand::Get(args)) => {
            work_request(context, connection, &args).await
        }
    }
}

/// The instance URL, checked.
fn instance_url(connection: &AnalyticsConnection) -> Result<String, CliError> {
    let url = connection.url.as_deref().map(str::trim).unwrap_or_default();
    if url.is_empty() {
        return Err(CliError::input(
            "--url",
            "required: the Analytics instance, https://<instance host> (or set OAC_URL)",
        ));
    }
    transport::check_endpoint(url).map_err(|e| CliError::input("--url", e.to_string()))?;
    Ok(url.trim_end_matches('/').to_owned())
}

/// Where bearer tokens come from: `--token-file`, the OAuth options, or `OAC_TOKEN`.
fn token_provider(
    context: &Context,
    connection: &AnalyticsConnection,
    url: &str,
) -> Result<Arc<dyn TokenProvider>, CliError> {
    if let Some(path) = &connection.token_file {
        // Read once now so that a wrong path fails before any request.
        secret_file("--token-file", path)?;
        return Ok(Arc::new(FileToken::new(path)));
    }
    if let Some(idcs_url) = &connection.idcs_url {
        return oauth(context, connection, idcs_url, url);
    }
    for (given, flag) in [
        (connection.client_id.is_some(), "--client-id"),
        (
            connection.client_secret_file.is_some(),
            "--client-secret-file",
        ),
        (
            connection.refresh_token_file.is_some(),
            "--refresh-token-file",
        ),
    ] {
        if given {
            return Err(CliError::input(
                "--idcs-url",
                format!("required with {flag}: the identity domain to get tokens from"),
            ));
        }
    }
    if secret_env(TOKEN_VAR)?.is_some() {
        return Ok(Arc::new(EnvToken::from_process(TOKEN_VAR)));
    }
    Err(CliError::input(
        "--token-file",
        format!(
            "a bearer token is required: give --token-file, set {TOKEN_VAR}, or get tokens \
             with --idcs-url, --client-id and a refresh token"
        ),
    ))
}

fn oauth(
    context: &Context,
    connection: &AnalyticsConnection,
    idcs_url: &str,
    url: &str,
) -> Result<Arc<dyn TokenProvider>, CliError> {
    let client_id = connection
        .client_id
        .as_deref()
        .ok_or_else(|| CliError::input("--client-id", "required with --idcs-url"))?;
    let client_secret = match &connection.client_secret_file {
        Some(path) => secret_file("--client-secret-file", path)?,
        None => secret_env(CLIENT_SECRET_VAR)?.ok_or_else(|| {
            CliError::input(
                "--client-secret-file",
                format!("required with --idcs-url (or set {CLIENT_SECRET_VAR})"),
            )
        })?,
    };
    let refresh_token = match &connection.refresh_token_file {
        Some(path) => secret_file("--refresh-token-file", path)?,
        None => secret_env(REFRESH_TOKEN_VAR)?.ok_or_else(|| {
            CliError::input(
                "--refresh-token-file",
                format!("required with --idcs-url (or set {REFRESH_TOKEN_VAR})"),
            )
        })?,
    };
    let idcs = transport::check_endpoint(idcs_url).map_err(ConnectError::from)?;
    let http =
        transport::http_client_for(&idcs, &context.transport()).map_err(ConnectError::from)?;
    let tokens = OAuthTokens::new(
        http,
        idcs_url,
        client_id,
        client_secret,
        analytics_scope(url, true),
        Grant::refresh_token(refresh_token),
    )
    .map_err(|e| CliError::input("--idcs-url", e.to_string()))?;
    let tokens = match &connection.refresh_token_file {
        Some(path) => {
            let path = path.clone();
            tokens.on_refresh_token(Arc::new(move |rotated: &SecretString| {
                if let Err(error) = store_token(&path, rotated) {
                    warn(&format!(
                        "the identity domain rotated the refresh token, but it could not be \
                         written to `{}`: {error}",
                        path.display()
                    ));
                }
            }))
        }
        None => tokens,
    };
    Ok(Arc::new(tokens))
}

/// Replaces the refresh token file's content (owner-only on Unix), through a temporary
/// file renamed over it, so that a crash never leaves half a token.
fn store_token(path: &Path, token: &SecretString) -> std::io::Result<()> {
    let mut temporary = PathBuf::from(path);
    temporary.set_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(&temporary)?;
    file.write_all(token.expose_secret().as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    std::fs::rename(&temporary, path)
}

/// The Analytics client: URL and token source checked, nothing sent yet.
fn client(
    context: &Context,
    connection: &AnalyticsConnection,
) -> Result<AnalyticsClient, CliError> {
    let url = instance_url(connection)?;
    let provider = token_provider(context, connection, &url)?;
    let client = AnalyticsClient::with_transport(
        &url,
        provider,
        &context.transport(),
        context.settings.clone(),
    )?;
    tracing::debug!(url, "Analytics client ready");
    Ok(client)
}

/// How the instance reaches the bucket: as its resource principal, or with the
/// profile's API key, wrapped.
fn storage_auth(context: &Context, storage: &SnapshotStorage) -> Result<Auth, CliError> {
    if storage.resource_principal {
        return Ok(Auth::OciResourcePrincipal {});
    }
    let config = context.load_config()?;
    let profile = &config.profile;
    let region = config.region.as_deref().ok_or_else(|| {
        CliError::input(
            "--region",
            format!(
                "profile [{profile}] names no region, which the bucket credentials need \
                 (or use --resource-principal)"
            ),
        )
    })?;
    let region = canonical_region(region)?;
    let user = config.user.as_deref().ok_or_else(|| {
        CliError::input(
            "--profile",
            format!(
                "profile [{profile}] has no `user`: the bucket credentials need an API-key \
                 user (or use --resource-principal)"
            ),
        )
    })?;
    let key_file = match &config.key {
        KeySource::File(path) => path,
        KeySource::Content(_) => {
            return Err(CliError::input(
                "OCI_CLI_KEY_CONTENT",
                "the bucket credentials need the API key as a file (key_file or \
                 OCI_CLI_KEY_FILE) to wrap",
            ));
        }
    };
    snapshot::user_id_auth(&region, &config.tenancy, user, key_file)
        .map_err(|e| CliError::input("--profile", format!("profile [{profile}]: {e}")))
}

/// A region identifier as the Analytics service expects it (`us-ashburn-1`, not `iad`):
/// the region part of the Core Services endpoint the library derives from it.
fn canonical_region(region: &str) -> Result<String, CliError> {
    let endpoint =
        oci_backup::config::service_endpoint("iaas", region, &Environment::from_process())
            .map_err(|e| CliError::input("--region", e.to_string()))?;
    endpoint
        .split("://")
        .nth(1)
        .and_then(|host| host.split('.').nth(1))
        .map(str::to_owned)
        .ok_or_else(|| {
            CliError::input(
                "--region",
                format!("cannot read a region from `{endpoint}`"),
            )
        })
}

fn storage(storage: &SnapshotStorage, auth: Auth) -> Storage {
    Storage::OciNative {
        auth,
        bucket: Some(storage.bucket.clone()),
        bucket_oci_namespace: storage.bucket_namespace.clone(),
        bucket_oci_region: storage.bucket_region.clone(),
    }
}

async fn create(
    context: &Context,
    connection: &AnalyticsConnection,
    args: &SnapshotCreate,
) -> Result<(), CliError> {
    let (password, source) = bar_password(&args.password)?;
    let password = snapshot::bar_password(password.expose_secret())
        .map_err(|e| CliError::input(source, format!("the BAR password breaks a rule: {e}")))?;
    let auth = storage_auth(context, &args.storage)?;
    let request = NewSnapshot::Create {
        bar: Some(built(
            "PasswordBar",
            PasswordBar::builder()
                .password(password)
                .uri(args.storage.bar_uri.clone()),
        )?),
        name: args.storage.name.clone(),
        storage: storage(&args.storage, auth),
    };
    let client = client(context, connection)?;
    send_new_snapshot(
        context,
        &client,
        request,
        args.storage.allow_duplicate_name,
        &args.wait,
    )
    .await
}

async fn register(
    context: &Context,
    connection: &AnalyticsConnection,
    args: &SnapshotRegister,
) -> Result<(), CliError> {
    let auth = storage_auth(context, &args.storage)?;
    let request = NewSnapshot::Register {
        bar: Some(built(
            "Bar",
            Bar::builder().uri(args.storage.bar_uri.clone()),
        )?),
        name: args.storage.name.clone(),
        storage: storage(&args.storage, auth),
    };
    let client = client(context, connection)?;
    send_new_snapshot(
        context,
        &client,
        request,
        args.storage.allow_duplicate_name,
        &args.wait,
    )
    .await
}

/// Sends a create or register; with `--wait`, waits for its work request and prints the
/// snapshot, else prints the work request's id.
async fn send_new_snapshot(
    context: &Context,
    client: &AnalyticsClient,
    request: NewSnapshot,
    allow_duplicate_name: bool,
    wait: &WorkRequestWait,
) -> Result<(), CliError> {
    let mut create = client.create_snapshot(request);
    if allow_duplicate_name {
        create = create.allow_duplicate_name();
    }
    if wait.wait {
        let outcome = waiting::with_progress(&wait.timing, |options, max_wait| {
            create.wait_options(options).max_wait(max_wait).send()
        })
        .await;
        return print_waited(context, outcome.map(|s| Document::data(&s))).map_err(name_flag);
    }
    let accepted = create.start().await.map_err(|e| name_flag(e.into()))?;
    let header = accepted.oa_work_request_id().map(str::to_owned);
    let document =
        Document::data(&accepted.into_inner())?.with("opc-work-request-id", header.as_deref());
    context.output.print(&document)
}

/// A name refused by the library as the `--name` flag's error.
fn name_flag(error: CliError) -> CliError {
    match error {
        CliError::Api(Error::InvalidInput { field, rule }) if field == "name" => {
            CliError::input("--name", rule)
        }
        other => other,
    }
}

/// Prints a waited-for result, or, when the wait failed, the resource it last saw
/// before returning the error.
fn print_waited(
    context: &Context,
    outcome: Result<Result<Document, CliError>, oci_backup::Error>,
) -> Result<(), CliError> {
    match outcome {
        Ok(document) => context.output.print(&document?),
        Err(error) => {
            if let Some(document) = waiting::last_seen(&error)? {
                context.output.print(&document)?;
            }
            Err(error.into())
        }
    }
}

async fn list(context: &Context, connection: &AnalyticsConnection) -> Result<(), CliError> {
    let client = client(context, connection)?;
    let collection = client.api().list_snapshots().call().await?.into_inner();
    context
        .output
        .print(&Document::data(&collection.items)?.columns(COLUMNS))
}

async fn get(
    context: &Context,
    connection: &AnalyticsConnection,
    args: &SnapshotGet,
) -> Result<(), CliError> {
    let client = client(context, connection)?;
    let snapshot = client
        .api()
        .get_snapshot()
        .snapshot_id(args.snapshot_id.as_str())
        .call()
        .await?
        .into_inner();
    context.output.print(&Document::data(&snapshot)?)
}

async fn delete(
    context: &Context,
    connection: &AnalyticsConnection,
    args: &SnapshotDelete,
) -> Result<(), CliError> {
    let client = client(context, connection)?;
    if !args.force {
        confirm_delete()?;
    }
    client
        .api()
        .delete_snapshot()
        .snapshot_id(args.snapshot_id.as_str())
        .delete_storage(args.delete_storage)
        .call()
        .await?;
    Ok(())
}

async fn restore(
    context: &Context,
    connection: &AnalyticsConnection,
    args: &SnapshotRestore,
) -> Result<(), CliError> {
    let (password, source) = bar_password(&args.password)?;
    let password = SnapshotToRestorePassword::new(password.expose_secret())
        .map_err(|e| CliError::input(source, e.to_string()))?;
    let details: RestoreSnapshotDetails = built(
        "RestoreSnapshotDetails",
        RestoreSnapshotDetails::builder().snapshot(
            SnapshotToRestore::builder()
                .id(args.snapshot_id.clone())
                .password(password),
        ),
    )?;
    let client = client(context, connection)?;
    if args.wait.wait {
        let outcome = waiting::with_progress(&args.wait.timing, |options, max_wait| {
            client
                .restore_snapshot(details)
                .wait_options(options)
                .max_wait(max_wait)
                .send()
        })
        .await;
        return print_waited(context, outcome.map(|w| Document::data(&w)));
    }
    let accepted = client.api().restore_snapshot().body(details).call().await?;
    let document = Document::empty().with("opc-work-request-id", accepted.oa_work_request_id());
    context.output.print(&document)
}

async fn work_request(
    context: &Context,
    connection: &AnalyticsConnection,
    args: &WorkRequestGet,
) -> Result<(), CliError> {
    let client = client(context, connection)?;
    let work_request = client
        .api()
        .get_work_request()
        .id(args.work_request_id.as_str())
        .call()
        .await?
        .into_inner();
    context.output.print(&Document::data(&work_request)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_canonical() {
        assert_eq!(canonical_region("iad").unwrap(), "us-ashburn-1");
        assert_eq!(canonical_region("us-phoenix-1").unwrap(), "us-phoenix-1");
        let error = canonical_region("nowhere").unwrap_err().to_string();
        assert!(error.starts_with("--region: "), "{error}");
    }
}
