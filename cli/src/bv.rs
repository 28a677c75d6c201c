//! `oci-backup bv boot-volume-backup ...`: the Core Services boot volume backup
//! operations (and the cross-region copy), as `oci bv boot-volume-backup` runs them.
//!
//! Every flag is turned into the generated request types before the client is built,
//! so a value the spec forbids fails naming its flag, and nothing is sent.

use std::collections::HashMap;

use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::ResponseHeaders as _;
use oci_backup::block_storage::operations::LIST_BOOT_VOLUME_BACKUPS;
use oci_backup::block_storage::types::{
    BootVolumeBackup, ChangeBootVolumeBackupCompartmentDetails,
    ChangeBootVolumeBackupCompartmentDetailsCompartmentId, CopyBootVolumeBackupDetails,
    CopyBootVolumeBackupDetailsDestinationRegion, CopyBootVolumeBackupDetailsDisplayName,
    CopyBootVolumeBackupDetailsKmsKeyId, CopyBootVolumeBackupOpcRetryToken,
    CreateBootVolumeBackupDetails, CreateBootVolumeBackupDetailsBootVolumeId,
    CreateBootVolumeBackupDetailsCompartmentId, CreateBootVolumeBackupDetailsDisplayName,
    CreateBootVolumeBackupDetailsKmsKeyId, CreateBootVolumeBackupDetailsType,
    CreateBootVolumeBackupOpcRetryToken, ListBootVolumeBackupsCompartmentId,
    ListBootVolumeBackupsDisplayName, ListBootVolumeBackupsPage, ListBootVolumeBackupsSortBy,
    ListBootVolumeBackupsSortOrder, ListBootVolumeBackupsSourceBootVolumeBackupId,
    UpdateBootVolumeBackupDetails, UpdateBootVolumeBackupDetailsDisplayName,
    UpdateBootVolumeBackupDetailsKmsKeyId,
};
use oci_backup::paging::{Page, follow_pages};
use oci_backup::runtime::Operation;
use oci_backup::{CallExt as _, Error};

use crate::args::{
    BackupChangeCompartment, BackupCommand, BackupCopy, BackupCreate, BackupDelete, BackupGet,
    BackupList, BackupUpdate, StateWait,
};
use crate::context::Context;
use crate::exit::CliError;
use crate::input::{confirm_delete, confirm_tag_replacement, json_param};
use crate::output::{Document, shell_words};
use crate::waiting;

/// The columns of a table of backups.
const COLUMNS: &[&str] = &[
    "displayName",
    "id",
    "lifecycleState",
    "backupProgress",
    "type",
    "sizeInGBs",
    "timeCreated",
];

pub(crate) const FREEFORM: &str = "a JSON object of strings, such as {\"Department\": \"Finance\"}";
pub(crate) const DEFINED: &str =
    "a JSON object of namespaces of strings, such as {\"Operations\": {\"CostCenter\": \"42\"}}";

pub(crate) type Defined = HashMap<String, HashMap<String, String>>;

/// Free-form and defined tags as given on the command line (`None`: not given).
pub(crate) type Tags = (Option<HashMap<String, String>>, Option<Defined>);

/// Runs a boot volume backup command.
pub(crate) async fn run(context: &Context, command: BackupCommand) -> Result<(), CliError> {
    match command {
        BackupCommand::Create(args) => create(context, &args).await,
        BackupCommand::Get(args) => get(context, &args).await,
        BackupCommand::List(args) => list(context, &args).await,
        BackupCommand::Update(args) => update(context, &args).await,
        BackupCommand::Delete(args) => delete(context, &args).await,
        BackupCommand::ChangeCompartment(args) => change_compartment(context, &args).await,
        BackupCommand::Copy(args) => copy(context, &args).await,
    }
}

/// A flag's value as a generated type, which checks the spec's constraints.
pub(crate) fn typed<'a, T>(flag: &str, value: &'a str) -> Result<T, CliError>
where
    T: TryFrom<&'a str>,
    T::Error: std::fmt::Display,
{
    T::try_from(value).map_err(|e| CliError::input(flag, e.to_string()))
}

pub(crate) fn optional<'a, T>(flag: &str, value: Option<&'a str>) -> Result<Option<T>, CliError>
where
    T: TryFrom<&'a str>,
    T::Error: std::fmt::Display,
{
    value.map(|value| typed(flag, value)).transpose()
}

/// A generated type from its builder (`Type::builder().field(..)`: generated structs are
/// `#[non_exhaustive]`, so that a field the spec adds is not a breaking change). The
/// builder fails only when a field the spec requires was not set, which a spec change
/// can cause: nothing is sent, and the error names the type and the field.
pub(crate) fn built<T, B>(what: &str, builder: B) -> Result<T, CliError>
where
    B: TryInto<T>,
    B::Error: std::fmt::Display,
{
    builder.try_into().map_err(|e| {
        CliError::Api(Error::InvalidInput {
            field: what.to_owned(),
            rule: e.to_string(),
        })
    })
}

/// The tags of `--freeform-tags` and `--defined-tags`: `None` when the option is not
/// given (nothing is sent), so an explicit `{}` is sent as `{}` (it clears the tags).
pub(crate) fn tags(freeform: Option<&str>, defined: Option<&str>) -> Result<Tags, CliError> {
    let freeform = freeform
        .map(|v| json_param("--freeform-tags", v, FREEFORM))
        .transpose()?;
    let defined = defined
        .map(|v| json_param("--defined-tags", v, DEFINED))
        .transpose()?;
    Ok((freeform, defined))
}

async fn create(context: &Context, args: &BackupCreate) -> Result<(), CliError> {
    let (freeform_tags, defined_tags) =
        tags(args.freeform_tags.as_deref(), args.defined_tags.as_deref())?;
    let fleet = args.boot_volume_ids.is_some() || args.all_boot_volumes;
    let boot_volume_id = match (fleet, &args.boot_volume_id) {
        // Each volume's id replaces this one (the first volume of the list is checked
        // with the rest).
        (true, _) => "ocid1.bootvolume.oc1..fleet",
        (false, Some(id)) => id.as_str(),
        (false, None) => {
            return Err(CliError::input(
                "--boot-volume-id",
                "give it, or --boot-volume-ids, or --all-boot-volumes",
            ));
        }
    };
    let details: CreateBootVolumeBackupDetails = built(
        "CreateBootVolumeBackupDetails",
        CreateBootVolumeBackupDetails::builder()
            .boot_volume_id(typed::<CreateBootVolumeBackupDetailsBootVolumeId>(
                "--boot-volume-id",
                boot_volume_id,
            )?)
            .compartment_id(optional::<CreateBootVolumeBackupDetailsCompartmentId>(
                "--compartment-id",
                args.compartment_id.as_deref(),
            )?)
            .defined_tags(defined_tags)
            .display_name(optional::<CreateBootVolumeBackupDetailsDisplayName>(
                "--display-name",
                args.display_name.as_deref(),
            )?)
            .freeform_tags(freeform_tags)
            .kms_key_id(optional::<CreateBootVolumeBackupDetailsKmsKeyId>(
                "--kms-key-id",
                args.kms_key_id.as_deref(),
            )?)
            .type_(optional::<CreateBootVolumeBackupDetailsType>(
                "--type",
                args.backup_type.as_deref(),
            )?),
    )?;
    if fleet {
        if args.idempotency_key.as_deref() == Some("") {
            return Err(CliError::input("--idempotency-key", "must not be empty"));
        }
        let source = match (&args.boot_volume_ids, &args.compartment_id) {
            (Some(file), _) => crate::fleet::Source::File(file),
            (None, Some(compartment)) => crate::fleet::Source::Compartment(compartment),
            (None, None) => {
                return Err(CliError::input(
                    "--compartment-id",
                    "--all-boot-volumes backs up the boot volumes of this compartment: give it",
                ));
            }
        };
        return crate::fleet::create(context, args, source, details).await;
    }
    let derived = match args.idempotency_key.as_deref() {
        Some("") => return Err(CliError::input("--idempotency-key", "must not be empty")),
        Some(key) => Some(oci_backup::retry::derive_retry_token(key, boot_volume_id)),
        None => None,
    };
    let retry_token: Option<CreateBootVolumeBackupOpcRetryToken> = match &derived {
        Some(token) => optional("--idempotency-key", Some(token.as_str()))?,
        None => optional("--retry-token", args.retry_token.as_deref())?,
    };
    let storage = context.block_storage().await?;
    let mut create = storage.create_backup(details);
    if let Some(token) = retry_token {
        create = create.retry_token(token.to_string());
    }
    let token = create.token().to_owned();
    let rerun = rerun_with_token(&token);
    if !args.wait.wait_for_state.is_empty() {
        let outcome = waiting::create_backup(create, &args.wait).await;
        return print_waited(context, outcome.map(Some)).map_err(rerun);
    }
    let response = storage
        .api()
        .create_boot_volume_backup()
        .body(create.into_details())
        .opc_retry_token(token.as_str())
        .call()
        .await
        .map_err(|e| rerun(e.into()))?;
    let etag = response.etag().map(str::to_owned);
    context
        .output
        .print(&Document::data(&response.into_inner())?.with("etag", etag.as_deref()))
}

/// A page token the service gave, as the request type `P`: an answer that is not one is
/// an invalid response of `operation`.
pub(crate) fn page_token<P>(page: Option<String>, operation: &Operation) -> Result<Option<P>, Error>
where
    P: for<'a> TryFrom<&'a str>,
{
    page.map(|page| {
        P::try_from(page.as_str()).map_err(|_| Error::InvalidResponse {
            operation: operation.id.into(),
            message: "the opc-next-page header is not a valid page token".into(),
        })
    })
    .transpose()
}

/// For a create whose outcome is unknown, the error with the command that re-runs it
/// safely: this command line with `--retry-token` set to the token the create sent.
fn rerun_with_token(token: &str) -> impl Fn(CliError) -> CliError {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // With --idempotency-key the same command derives the same token again.
    let keyed = args
        .iter()
        .any(|a| a == "--idempotency-key" || a.starts_with("--idempotency-key="));
    let mut words: Vec<String> = Vec::new();
    let mut rest = args.into_iter();
    while let Some(arg) = rest.next() {
        if arg == "--retry-token" && !keyed {
            rest.next();
        } else if keyed || !arg.starts_with("--retry-token=") {
            words.push(arg);
        }
    }
    if !keyed {
        words.extend(["--retry-token".to_owned(), token.to_owned()]);
    }
    let command = shell_words(&words);
    let token = token.to_owned();
    move |error| match error {
        CliError::Api(error) if error.outcome_unknown() => CliError::Rerun {
            error: Box::new(error),
            token: token.clone(),
            command: command.clone(),
        },
        other => other,
    }
}

async fn get(context: &Context, args: &BackupGet) -> Result<(), CliError> {
    let storage = context.block_storage().await?;
    let client = storage.api();
    let response = client
        .get_boot_volume_backup()
        .boot_volume_backup_id(args.boot_volume_backup_id.as_str())
        .call()
        .await?;
    let etag = response.etag().map(str::to_owned);
    context
        .output
        .print(&Document::data(&response.into_inner())?.with("etag", etag.as_deref()))
}

/// The list filters, checked.
struct Filters {
    compartment_id: ListBootVolumeBackupsCompartmentId,
    display_name: Option<ListBootVolumeBackupsDisplayName>,
    source: Option<ListBootVolumeBackupsSourceBootVolumeBackupId>,
    sort_by: Option<ListBootVolumeBackupsSortBy>,
    sort_order: Option<ListBootVolumeBackupsSortOrder>,
    page: Option<ListBootVolumeBackupsPage>,
}

async fn list(context: &Context, args: &BackupList) -> Result<(), CliError> {
    let filters = Filters {
        compartment_id: typed("--compartment-id", &args.compartment_id)?,
        display_name: optional("--display-name", args.display_name.as_deref())?,
        source: optional(
            "--source-boot-volume-backup-id",
            args.source_boot_volume_backup_id.as_deref(),
        )?,
        sort_by: optional("--sort-by", args.sort_by.as_deref())?,
        sort_order: optional("--sort-order", args.sort_order.as_deref())?,
        page: optional("--page", args.page.as_deref())?,
    };
    let limit = args.limit.or(args.page_size);
    let storage = context.block_storage().await?;
    let client = storage.api();
    let filters = &filters;
    let listed = follow_pages(
        &LIST_BOOT_VOLUME_BACKUPS,
        filters.page.as_ref().map(|p| p.to_string()),
        args.all,
        |page| async move {
            let page: Option<ListBootVolumeBackupsPage> =
                page_token(page, &LIST_BOOT_VOLUME_BACKUPS)?;
            let mut request = client
                .list_boot_volume_backups()
                .compartment_id(filters.compartment_id.clone());
            if let Some(value) = &args.boot_volume_id {
                request = request.boot_volume_id(value.as_str());
            }
            if let Some(value) = &filters.display_name {
                request = request.display_name(value.clone());
            }
            if let Some(value) = &args.lifecycle_state {
                request = request.lifecycle_state(value.as_str());
            }
            if let Some(value) = &filters.source {
                request = request.source_boot_volume_backup_id(value.clone());
            }
            if let Some(value) = filters.sort_by {
                request = request.sort_by(value);
            }
            if let Some(value) = filters.sort_order {
                request = request.sort_order(value);
            }
            if let Some(value) = limit.and_then(std::num::NonZeroU64::new) {
                request = request.limit(value);
            }
            if let Some(value) = page {
                request = request.page(value);
            }
            Ok(Page::from_response(request.call().await?))
        },
    )
    .await?;
    let (items, next_page): (Vec<BootVolumeBackup>, _) = (listed.items, listed.next);
    let document = Document::data(&items)?
        .columns(COLUMNS)
        .with("opc-next-page", next_page.as_deref());
    context.output.print(&document)
}

async fn update(context: &Context, args: &BackupUpdate) -> Result<(), CliError> {
    let (freeform_tags, defined_tags) =
        tags(args.freeform_tags.as_deref(), args.defined_tags.as_deref())?;
    let details: UpdateBootVolumeBackupDetails = built(
        "UpdateBootVolumeBackupDetails",
        UpdateBootVolumeBackupDetails::builder()
            .defined_tags(defined_tags)
            .display_name(optional::<UpdateBootVolumeBackupDetailsDisplayName>(
                "--display-name",
                args.display_name.as_deref(),
            )?)
            .freeform_tags(freeform_tags)
            .kms_key_id(optional::<UpdateBootVolumeBackupDetailsKmsKeyId>(
                "--kms-key-id",
                args.kms_key_id.as_deref(),
            )?),
    )?;
    let replaces_tags = args.freeform_tags.is_some() || args.defined_tags.is_some();
    if !replaces_tags && details.display_name.is_none() && details.kms_key_id.is_none() {
        return Err(CliError::input(
            "--display-name",
            "nothing to update: give --display-name, --kms-key-id, --freeform-tags or \
             --defined-tags",
        ));
    }
    if replaces_tags && !args.force {
        confirm_tag_replacement()?;
    }
    let storage = context.block_storage().await?;
    let client = storage.api();
    let mut request = client
        .update_boot_volume_backup()
        .boot_volume_backup_id(args.boot_volume_backup_id.as_str())
        .body(details);
    if let Some(etag) = &args.if_match {
        request = request.if_match(etag.as_str());
    }
    let response = request.call().await?;
    let etag = response.etag().map(str::to_owned);
    let updated = response.into_inner();
    if args.wait.wait_for_state.is_empty() {
        return context
            .output
            .print(&Document::data(&updated)?.with("etag", etag.as_deref()));
    }
    let id = args.boot_volume_backup_id.clone();
    wait_and_print(context, &storage, &id, Some(updated), &args.wait).await
}

async fn delete(context: &Context, args: &BackupDelete) -> Result<(), CliError> {
    if !args.force {
        confirm_delete()?;
    }
    let storage = context.block_storage().await?;
    let client = storage.api();
    let mut request = client
        .delete_boot_volume_backup()
        .boot_volume_backup_id(args.boot_volume_backup_id.as_str());
    if let Some(etag) = &args.if_match {
        request = request.if_match(etag.as_str());
    }
    request.call().await?;
    if args.wait.wait_for_state.is_empty() {
        return Ok(());
    }
    wait_and_print(
        context,
        &storage,
        &args.boot_volume_backup_id,
        None,
        &args.wait,
    )
    .await
}

async fn change_compartment(
    context: &Context,
    args: &BackupChangeCompartment,
) -> Result<(), CliError> {
    let details: ChangeBootVolumeBackupCompartmentDetails = built(
        "ChangeBootVolumeBackupCompartmentDetails",
        ChangeBootVolumeBackupCompartmentDetails::builder().compartment_id(typed::<
            ChangeBootVolumeBackupCompartmentDetailsCompartmentId,
        >(
            "--compartment-id",
            &args.compartment_id,
        )?),
    )?;
    let storage = context.block_storage().await?;
    let client = storage.api();
    client
        .change_boot_volume_backup_compartment()
        .boot_volume_backup_id(args.boot_volume_backup_id.as_str())
        .body(details)
        .call()
        .await?;
    Ok(())
}

async fn copy(context: &Context, args: &BackupCopy) -> Result<(), CliError> {
    // The region is checked (and a short code expanded) before anything is sent.
    let region =
        oci_backup::config::canonical_region(&args.destination_region).map_err(|reason| {
            CliError::input(
                "--destination-region",
                format!("`{}`: {reason}", args.destination_region),
            )
        })?;
    let details: CopyBootVolumeBackupDetails = built(
        "CopyBootVolumeBackupDetails",
        CopyBootVolumeBackupDetails::builder()
            .destination_region(typed::<CopyBootVolumeBackupDetailsDestinationRegion>(
                "--destination-region",
                &region,
            )?)
            .display_name(optional::<CopyBootVolumeBackupDetailsDisplayName>(
                "--display-name",
                args.display_name.as_deref(),
            )?)
            .kms_key_id(optional::<CopyBootVolumeBackupDetailsKmsKeyId>(
                "--kms-key-id",
                args.kms_key_id.as_deref(),
            )?),
    )?;
    let retry_token: Option<CopyBootVolumeBackupOpcRetryToken> =
        optional("--retry-token", args.retry_token.as_deref())?;
    let storage = context.block_storage().await?;
    if !args.wait.wait_for_state.is_empty() {
        // The destination's client, checked before the copy is requested.
        let destination = storage
            .for_region(&region, args.destination_endpoint.as_deref())
            .map_err(|e| CliError::input("--destination-endpoint", e.to_string()))?;
        let outcome = waiting::copy_backup(
            &storage,
            destination,
            &args.boot_volume_backup_id,
            details,
            retry_token,
            &args.wait,
        )
        .await;
        return print_waited(context, outcome.map(Some));
    }
    let mut request = storage
        .api()
        .copy_boot_volume_backup()
        .boot_volume_backup_id(args.boot_volume_backup_id.as_str())
        .body(details);
    if let Some(token) = retry_token {
        request = request.opc_retry_token(token);
    }
    let response = request.call().await?;
    let etag = response.etag().map(str::to_owned);
    context
        .output
        .print(&Document::data(&response.into_inner())?.with("etag", etag.as_deref()))
}

/// Waits for `--wait-for-state` and prints the backup as last seen, also when the wait
/// fails (then the error follows on stderr).
async fn wait_and_print(
    context: &Context,
    storage: &BlockStorage,
    id: &str,
    seen: Option<BootVolumeBackup>,
    wait: &StateWait,
) -> Result<(), CliError> {
    let outcome = waiting::backup(storage, id, seen, &wait.wait_for_state, &wait.timing).await;
    print_waited(context, outcome)
}

/// Prints what a wait returned, or the resource it last saw before its error.
pub(crate) fn print_waited<T: serde::Serialize>(
    context: &Context,
    outcome: Result<Option<T>, Error>,
) -> Result<(), CliError> {
    match outcome {
        Ok(Some(resource)) => context.output.print(&Document::data(&resource)?),
        Ok(None) => Ok(()),
        Err(error) => {
            if let Some(document) = waiting::last_seen(&error)? {
                context.output.print(&document)?;
            }
            Err(error.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use oci_backup::analytics::types::PasswordBar;

    use super::*;

    #[test]
    fn a_builder_missing_a_required_field_is_invalid_input_naming_type_and_field() {
        let error =
            built::<PasswordBar, _>("PasswordBar", PasswordBar::builder().uri("file:///x.bar"))
                .unwrap_err();
        match &error {
            CliError::Api(Error::InvalidInput { field, rule }) => {
                assert_eq!(field, "PasswordBar");
                assert!(rule.contains("password"), "{rule}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(error.exit(), crate::exit::Exit::InvalidInput);
        let bar: PasswordBar = built(
            "PasswordBar",
            PasswordBar::builder()
                .uri("file:///x.bar")
                .password("Examp1ePassword"),
        )
        .unwrap();
        assert_eq!(bar.uri, "file:///x.bar");
    }
}
