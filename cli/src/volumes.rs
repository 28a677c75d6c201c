//! `oci-backup bv boot-volume ...`: restore a boot volume from a backup, clone one, and
//! get, list, update and delete them, as `oci bv boot-volume` does.
//!
//! Every flag is turned into the generated request types before anything is sent, so a
//! value the spec forbids (a source `type` it does not know, a missing source) fails
//! naming its flag. The only request before the create is the read of the source, when
//! the compartment is not given (it defaults to the source's, as the OCI CLI does).

use oci_backup::CallExt as _;
use oci_backup::block_storage::BlockStorage;
use oci_backup::block_storage::ResponseHeaders as _;
use oci_backup::block_storage::operations::LIST_BOOT_VOLUMES;
use oci_backup::block_storage::types::{
    BootVolume, BootVolumeSourceDetails, CreateBootVolumeDetails,
    CreateBootVolumeDetailsAvailabilityDomain, CreateBootVolumeDetailsCompartmentId,
    CreateBootVolumeDetailsDisplayName, CreateBootVolumeDetailsKmsKeyId,
    CreateBootVolumeOpcRetryToken, ListBootVolumesAvailabilityDomain, ListBootVolumesCompartmentId,
    ListBootVolumesPage, ListBootVolumesVolumeGroupId, UpdateBootVolumeDetails,
    UpdateBootVolumeDetailsDisplayName,
};
use oci_backup::paging::{Page, follow_pages};

use crate::args::{
    VolumeCommand, VolumeCreate, VolumeDelete, VolumeGet, VolumeList, VolumeUpdate, VolumeWait,
};
use crate::bv::{built, optional, page_token, print_waited, tags, typed};
use crate::context::Context;
use crate::exit::CliError;
use crate::input::{confirm_delete, confirm_tag_replacement, json_param};
use crate::output::Document;
use crate::waiting;

/// The columns of a table of boot volumes.
const COLUMNS: &[&str] = &[
    "displayName",
    "id",
    "lifecycleState",
    "isHydrated",
    "availabilityDomain",
    "sizeInGBs",
    "timeCreated",
];

const SOURCE: &str = "a JSON object with a `type` (bootVolumeBackup, bootVolume, \
                      bootVolumeReplica or bootVolumeBackupDelta) and that type's fields, \
                      such as {\"type\": \"bootVolumeBackup\", \"id\": \"ocid1...\"}";

/// Runs a boot volume command.
pub(crate) async fn run(context: &Context, command: VolumeCommand) -> Result<(), CliError> {
    match command {
        VolumeCommand::Create(args) => create(context, &args).await,
        VolumeCommand::Get(args) => get(context, &args).await,
        VolumeCommand::List(args) => list(context, &args).await,
        VolumeCommand::Update(args) => update(context, &args).await,
        VolumeCommand::Delete(args) => delete(context, &args).await,
    }
}

/// The source the flags name, and the flag that named it.
fn source(args: &VolumeCreate) -> Result<(BootVolumeSourceDetails, &'static str), CliError> {
    let id = |flag: &str, value: &str| typed(flag, value);
    if let Some(backup) = &args.boot_volume_backup_id {
        let flag = "--boot-volume-backup-id";
        return Ok((
            BootVolumeSourceDetails::BootVolumeBackup {
                id: id(flag, backup)?,
            },
            flag,
        ));
    }
    if let Some(volume) = &args.source_boot_volume_id {
        let flag = "--source-boot-volume-id";
        return Ok((
            BootVolumeSourceDetails::BootVolume {
                id: id(flag, volume)?,
            },
            flag,
        ));
    }
    if let Some(replica) = &args.source_volume_replica_id {
        let flag = "--source-volume-replica-id";
        return Ok((
            BootVolumeSourceDetails::BootVolumeReplica {
                id: id(flag, replica)?,
            },
            flag,
        ));
    }
    match &args.source_details {
        Some(json) => {
            let source: BootVolumeSourceDetails = json_param("--source-details", json, SOURCE)?;
            // The type is open to values responses may bring; a request takes only the
            // documented ones.
            if let BootVolumeSourceDetails::UnknownValue(object) = &source {
                let kind = object.get("type").map(ToString::to_string);
                return Err(CliError::input(
                    "--source-details",
                    format!(
                        "unknown source type {}: expected {SOURCE}",
                        kind.as_deref().unwrap_or("(none)")
                    ),
                ));
            }
            Ok((source, "--source-details"))
        }
        None => Err(CliError::input(
            "--boot-volume-backup-id",
            "no source: give --boot-volume-backup-id (restore), --source-boot-volume-id \
             (clone), --source-volume-replica-id or --source-details",
        )),
    }
}

/// The compartment of the source, read from the service, for a create without
/// `--compartment-id` (as the OCI CLI does).
async fn source_compartment(
    storage: &BlockStorage,
    source: &BootVolumeSourceDetails,
    flag: &str,
) -> Result<String, CliError> {
    let compartment = match source {
        BootVolumeSourceDetails::BootVolumeBackup { id } => storage
            .api()
            .get_boot_volume_backup()
            .boot_volume_backup_id(id.as_str())
            .call()
            .await?
            .into_inner()
            .compartment_id
            .to_string(),
        BootVolumeSourceDetails::BootVolume { id } => {
            storage
                .api()
                .get_boot_volume()
                .boot_volume_id(id.as_str())
                .call()
                .await?
                .into_inner()
                .compartment_id
        }
        _ => {
            return Err(CliError::input(
                "--compartment-id",
                format!(
                    "required with this {flag}: only a backup's or a volume's compartment can be read"
                ),
            ));
        }
    };
    Ok(compartment)
}

async fn create(context: &Context, args: &VolumeCreate) -> Result<(), CliError> {
    let (source, flag) = source(args)?;
    if args.availability_domain.is_none()
        && !matches!(source, BootVolumeSourceDetails::BootVolume { .. })
    {
        return Err(CliError::input(
            "--availability-domain",
            format!("required with {flag}: only a clone defaults to its source's"),
        ));
    }
    let (freeform_tags, defined_tags) =
        tags(args.freeform_tags.as_deref(), args.defined_tags.as_deref())?;
    let retry_token: Option<CreateBootVolumeOpcRetryToken> =
        optional("--retry-token", args.retry_token.as_deref())?;
    let availability_domain: Option<CreateBootVolumeDetailsAvailabilityDomain> =
        optional("--availability-domain", args.availability_domain.as_deref())?;
    let display_name: Option<CreateBootVolumeDetailsDisplayName> =
        optional("--display-name", args.display_name.as_deref())?;
    let kms_key_id: Option<CreateBootVolumeDetailsKmsKeyId> =
        optional("--kms-key-id", args.kms_key_id.as_deref())?;
    let storage = context.block_storage().await?;
    let compartment = match &args.compartment_id {
        Some(compartment) => compartment.clone(),
        None => source_compartment(&storage, &source, flag).await?,
    };
    let details: CreateBootVolumeDetails = built(
        "CreateBootVolumeDetails",
        CreateBootVolumeDetails::builder()
            .availability_domain(availability_domain)
            .compartment_id(typed::<CreateBootVolumeDetailsCompartmentId>(
                "--compartment-id",
                &compartment,
            )?)
            .defined_tags(defined_tags)
            .display_name(display_name)
            .freeform_tags(freeform_tags)
            .kms_key_id(kms_key_id)
            .size_in_g_bs(args.size_in_gbs)
            .source_details(source)
            .vpus_per_gb(args.vpus_per_gb),
    )?;
    if !args.wait.wait_for_state.is_empty() {
        let outcome = waiting::create_volume(&storage, details, retry_token, &args.wait).await;
        return print_waited(context, outcome.map(Some));
    }
    let mut create = storage.create_boot_volume(details);
    if let Some(token) = retry_token {
        create = create.retry_token(token.to_string());
    }
    let volume = create.send().await?;
    context.output.print(&Document::data(&volume)?)
}

async fn get(context: &Context, args: &VolumeGet) -> Result<(), CliError> {
    let storage = context.block_storage().await?;
    let response = storage
        .api()
        .get_boot_volume()
        .boot_volume_id(args.boot_volume_id.as_str())
        .call()
        .await?;
    let etag = response.etag().map(str::to_owned);
    context
        .output
        .print(&Document::data(&response.into_inner())?.with("etag", etag.as_deref()))
}

async fn list(context: &Context, args: &VolumeList) -> Result<(), CliError> {
    let filters = VolumeFilters {
        compartment_id: typed("--compartment-id", &args.compartment_id)?,
        availability_domain: optional(
            "--availability-domain",
            args.availability_domain.as_deref(),
        )?,
        volume_group_id: optional("--volume-group-id", args.volume_group_id.as_deref())?,
        limit: args.limit.or(args.page_size),
    };
    let page: Option<ListBootVolumesPage> = optional("--page", args.page.as_deref())?;
    let storage = context.block_storage().await?;
    let listed = list_volumes(&storage, &filters, page.map(|p| p.to_string()), args.all).await?;
    let document = Document::data(&listed.items)?
        .columns(COLUMNS)
        .with("opc-next-page", listed.next.as_deref());
    context.output.print(&document)
}

/// What a list of boot volumes asks for, checked.
pub(crate) struct VolumeFilters {
    /// The compartment.
    pub(crate) compartment_id: ListBootVolumesCompartmentId,
    /// Only this availability domain's.
    pub(crate) availability_domain: Option<ListBootVolumesAvailabilityDomain>,
    /// Only this volume group's.
    pub(crate) volume_group_id: Option<ListBootVolumesVolumeGroupId>,
    /// How many per call.
    pub(crate) limit: Option<u64>,
}

/// The boot volumes `filters` select, from page `first`: that page, or with `all` every
/// page (a page named twice is refused, see [`follow_pages`]).
pub(crate) async fn list_volumes(
    storage: &BlockStorage,
    filters: &VolumeFilters,
    first: Option<String>,
    all: bool,
) -> Result<Page<BootVolume>, oci_backup::Error> {
    let client = storage.api();
    follow_pages(&LIST_BOOT_VOLUMES, first, all, |page| async move {
        let page: Option<ListBootVolumesPage> = page_token(page, &LIST_BOOT_VOLUMES)?;
        let mut request = client
            .list_boot_volumes()
            .compartment_id(filters.compartment_id.clone());
        if let Some(value) = &filters.availability_domain {
            request = request.availability_domain(value.clone());
        }
        if let Some(value) = &filters.volume_group_id {
            request = request.volume_group_id(value.clone());
        }
        if let Some(value) = filters.limit.and_then(std::num::NonZeroU64::new) {
            request = request.limit(value);
        }
        if let Some(value) = page {
            request = request.page(value);
        }
        Ok(Page::from_response(request.call().await?))
    })
    .await
}

async fn update(context: &Context, args: &VolumeUpdate) -> Result<(), CliError> {
    let (freeform_tags, defined_tags) =
        tags(args.freeform_tags.as_deref(), args.defined_tags.as_deref())?;
    let details: UpdateBootVolumeDetails = built(
        "UpdateBootVolumeDetails",
        UpdateBootVolumeDetails::builder()
            .defined_tags(defined_tags)
            .display_name(optional::<UpdateBootVolumeDetailsDisplayName>(
                "--display-name",
                args.display_name.as_deref(),
            )?)
            .freeform_tags(freeform_tags)
            .size_in_g_bs(args.size_in_gbs)
            .vpus_per_gb(args.vpus_per_gb),
    )?;
    let replaces_tags = args.freeform_tags.is_some() || args.defined_tags.is_some();
    if !replaces_tags
        && details.display_name.is_none()
        && details.size_in_g_bs.is_none()
        && details.vpus_per_gb.is_none()
    {
        return Err(CliError::input(
            "--display-name",
            "nothing to update: give --display-name, --size-in-gbs, --vpus-per-gb, \
             --freeform-tags or --defined-tags",
        ));
    }
    if replaces_tags && !args.force {
        confirm_tag_replacement()?;
    }
    let storage = context.block_storage().await?;
    let mut request = storage
        .api()
        .update_boot_volume()
        .boot_volume_id(args.boot_volume_id.as_str())
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
    wait_and_print(
        context,
        &storage,
        &args.boot_volume_id,
        Some(updated),
        &args.wait,
    )
    .await
}

async fn delete(context: &Context, args: &VolumeDelete) -> Result<(), CliError> {
    if !args.force {
        confirm_delete()?;
    }
    let storage = context.block_storage().await?;
    let mut request = storage
        .api()
        .delete_boot_volume()
        .boot_volume_id(args.boot_volume_id.as_str());
    if let Some(etag) = &args.if_match {
        request = request.if_match(etag.as_str());
    }
    request.call().await?;
    if args.wait.wait_for_state.is_empty() {
        return Ok(());
    }
    wait_and_print(context, &storage, &args.boot_volume_id, None, &args.wait).await
}

/// Waits for `--wait-for-state` and prints the volume as last seen, also when the wait
/// fails (then the error follows on stderr).
async fn wait_and_print(
    context: &Context,
    storage: &BlockStorage,
    id: &str,
    seen: Option<BootVolume>,
    wait: &VolumeWait,
) -> Result<(), CliError> {
    let outcome = waiting::volume(storage, id, seen, wait).await;
    print_waited(context, outcome)
}
