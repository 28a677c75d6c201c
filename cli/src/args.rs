//! The command tree and its flags (clap derive), named after the OCI CLI's wherever it
//! has a name for the same thing (`bv boot-volume-backup create --boot-volume-id`,
//! `--wait-for-state`, `--max-wait-seconds`, `--all`, `--force`, `raw-request`).
//!
//! Values that the specs constrain (lifecycle states, backup types, sort orders) are
//! checked here, before anything runs, against the generated types.
//!
//! The doc comments of the flags and commands are their `--help` text, written for a
//! terminal (URLs, `<placeholders>`, `[OPTIONS]`), not for rustdoc.
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser as _};
use clap::{Args, Parser, Subcommand, ValueEnum};
use oci_backup::block_storage::types::{BootVolumeBackupLifecycleState, BootVolumeLifecycleState};

use crate::exit::EXIT_CODES_HELP;
use crate::output::Query;

/// The `type` values of `CreateBootVolumeBackupDetails` (checked against the generated
/// type in the tests).
pub(crate) const BACKUP_TYPES: &[&str] = &["FULL", "INCREMENTAL"];
/// The `sortBy` values of `listBootVolumeBackups`.
pub(crate) const SORT_BY: &[&str] = &["TIMECREATED", "NAME"];
/// The `sortOrder` values of `listBootVolumeBackups`.
pub(crate) const SORT_ORDER: &[&str] = &["ASC", "DESC"];

/// One of `values`, in any case; upper-cased.
fn one_of(values: &'static [&'static str]) -> impl clap::builder::TypedValueParser<Value = String> {
    PossibleValuesParser::new(values.iter().copied()).map(|value| value.to_ascii_uppercase())
}

/// A lifecycle state of a boot volume backup, from the spec's enum.
fn lifecycle_state() -> impl clap::builder::TypedValueParser<Value = String> {
    one_of(BootVolumeBackupLifecycleState::KNOWN)
}

/// A lifecycle state of a boot volume, from the spec's enum.
fn volume_state() -> impl clap::builder::TypedValueParser<Value = String> {
    one_of(BootVolumeLifecycleState::KNOWN)
}

/// Oracle Cloud boot volume backups and Analytics snapshots from the shell.
///
/// Familiar to OCI CLI users: the same command names, flags, configuration file
/// (~/.oci/config), profiles and OCI_CLI_* environment variables, and the same JSON
/// output ({"data": ...}).
#[derive(Debug, Parser)]
#[command(
    name = "oci-backup",
    version,
    max_term_width = 100,
    after_long_help = EXIT_CODES_HELP,
    propagate_version = true
)]
pub(crate) struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
    /// The command.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global Options")]
pub(crate) struct GlobalArgs {
    /// The OCI config file [default: OCI_CLI_CONFIG_FILE, else ~/.oci/config]
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) config_file: Option<PathBuf>,
    /// The profile of the config file [default: OCI_CLI_PROFILE, else DEFAULT]
    #[arg(long, global = true, value_name = "NAME")]
    pub(crate) profile: Option<String>,
    /// The region, such as us-ashburn-1 or iad [default: OCI_CLI_REGION, else the
    /// profile's]
    #[arg(long, global = true, value_name = "REGION")]
    pub(crate) region: Option<String>,
    /// The Core Services endpoint (a Private Cloud Appliance has its own), such as
    /// https://iaas.example.com [default: OCI_CLI_ENDPOINT, else from the region]
    #[arg(long, global = true, value_name = "URL")]
    pub(crate) endpoint: Option<String>,
    /// A PEM bundle of CA certificates to trust besides the system's [default:
    /// OCI_CLI_CERT_BUNDLE, else the profile's cert_bundle]
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) cert_bundle: Option<PathBuf>,
    /// How requests are signed: api_key (the profile's key), instance_principal (on an OCI
    /// compute instance), resource_principal (OCI Functions and other resources: the
    /// OCI_RESOURCE_PRINCIPAL_* variables) or security_token (the profile's
    /// security_token_file, from `oci session authenticate`) [default: OCI_CLI_AUTH, else
    /// api_key]
    #[arg(long, global = true, value_name = "METHOD",
          value_parser = PossibleValuesParser::new(oci_backup::connect::AuthMethod::NAMES))]
    pub(crate) auth: Option<String>,
    /// The output format [default: json when stdout is not a terminal, else table]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub(crate) output: Option<OutputFormat>,
    /// A JMESPath query (https://jmespath.org) applied to the JSON output before it is
    /// printed, as the OCI CLI's --query: keys as printed, such as
    /// 'data[?"lifecycle-state"==`AVAILABLE`].id'
    #[arg(long, global = true, value_name = "JMESPATH", value_parser = Query::parse)]
    pub(crate) query: Option<Query>,
    /// Print a --query result that is one string without quotes, as the OCI CLI's
    /// --raw-output
    #[arg(long, global = true)]
    pub(crate) raw_output: bool,
    /// Log every request (without secrets) and the decisions taken on stderr
    #[arg(long, global = true)]
    pub(crate) debug: bool,
    /// Send each request once: no retries of throttled, failed or unanswered requests
    #[arg(long, global = true, conflicts_with = "max_retries")]
    pub(crate) no_retry: bool,
    /// The most retries of a request (throttling, server errors, lost connections)
    /// [default: 7]
    #[arg(long, allow_negative_numbers = true, global = true, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=20))]
    pub(crate) max_retries: Option<u32>,
    /// Neither read nor keep how long earlier waits took (kept in
    /// ~/.cache/oci-backup/learned-waits.json so the next run polls less)
    #[arg(long, global = true)]
    pub(crate) no_learned_waits: bool,
}

/// How results are printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// Pretty JSON: {"data": ...} as the OCI CLI prints it
    Json,
    /// A table for people
    Table,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Block Volume service: boot volume backups and boot volumes
    Bv(Bv),
    /// Oracle Analytics Cloud: snapshots (BAR files) and work requests
    ///
    /// Every request goes to --url (the instance, https://<instance host>) with a bearer
    /// token from --token-file, the OAC_TOKEN environment variable, or an identity
    /// domain's OAuth 2.0 token endpoint (--idcs-url, --client-id, a client secret from
    /// --client-secret-file or OAC_CLIENT_SECRET, and a refresh token from
    /// --refresh-token-file or OAC_REFRESH_TOKEN; a rotated refresh token is written back
    /// to --refresh-token-file).
    Analytics(Analytics),
    /// Send any signed OCI request, as `oci raw-request` does
    ///
    /// The request is signed with the API key of the OCI config profile and printed as
    /// {"data": <body>, "headers": {...}, "status": "200 OK"}; an error status also sets
    /// the exit code.
    RawRequest(RawRequest),
    /// Session tokens (`oci session authenticate` profiles)
    #[command(subcommand)]
    Session(SessionCommand),
    /// Run the embedded fake of both APIs on 127.0.0.1 until interrupted
    ///
    /// Prints http://127.0.0.1:PORT as its first line on stdout: point --endpoint (Core
    /// Services) and --url (Analytics) at it. Core requests must be signed with one of the
    /// --public-key keys; Analytics requests need one of the --bearer-token tokens (any
    /// token when none is given). Backups and work requests progress on the real clock.
    FakeServer(FakeServerArgs),
    /// Tell the whole story offline, against the embedded fake server
    ///
    /// Starts the fake server, writes a throwaway API key and OCI config into a temporary
    /// directory, then runs the real commands against it: create a boot volume backup and
    /// wait for it, copy it to a second region and wait for the copy there, restore a boot
    /// volume there from the copy, create an Analytics snapshot and wait for its work
    /// request, list it, and restore it. Everything is removed at the end.
    Demo(DemoArgs),
}

/// Session token commands.
#[derive(Debug, Subcommand)]
pub(crate) enum SessionCommand {
    /// Refresh the profile's session token before it expires, as `oci session refresh`
    ///
    /// Sends the token in the profile's security_token_file to the auth service of its
    /// region (or OCI_BACKUP_AUTH_ENDPOINT), signed with the session key (key_file), and
    /// writes the new token back to the file atomically. An expired session cannot be
    /// refreshed: start a new one with `oci session authenticate`.
    Refresh,
}

/// Block Volume service commands.
#[derive(Debug, Args)]
pub(crate) struct Bv {
    /// The resource.
    #[command(subcommand)]
    pub(crate) command: BvCommand,
}

/// Block Volume resources.
#[derive(Debug, Subcommand)]
pub(crate) enum BvCommand {
    /// Boot volume backups: point-in-time copies of boot volumes
    #[command(subcommand)]
    BootVolumeBackup(BackupCommand),
    /// Boot volumes: restore one from a backup, clone one, and manage them
    #[command(subcommand)]
    BootVolume(VolumeCommand),
}

/// Boot volume backup commands.
#[derive(Debug, Subcommand)]
pub(crate) enum BackupCommand {
    /// Create a boot volume backup of a boot volume
    ///
    /// The backup is REQUEST_RECEIVED at first, CREATING while the data is imaged and
    /// AVAILABLE once it is uploaded. With --wait-for-state AVAILABLE the command returns
    /// when it is, showing its progress.
    Create(BackupCreate),
    /// Get a boot volume backup
    Get(BackupGet),
    /// List the boot volume backups of a compartment
    List(BackupList),
    /// Update the display name, tags or Vault key of a boot volume backup
    Update(BackupUpdate),
    /// Delete a boot volume backup
    Delete(BackupDelete),
    /// Move a boot volume backup into another compartment
    ChangeCompartment(BackupChangeCompartment),
    /// Copy a boot volume backup to another region
    ///
    /// The request goes to this profile's region; the copy (a new backup, whose OCID
    /// belongs to the destination region) is REQUEST_RECEIVED, then CREATING, then
    /// AVAILABLE there. With --wait-for-state the command waits for it in the
    /// destination region, with the same credentials, at --destination-endpoint or the
    /// endpoint derived from --destination-region.
    Copy(BackupCopy),
}

/// Boot volume commands.
#[derive(Debug, Subcommand)]
pub(crate) enum VolumeCommand {
    /// Create a boot volume: restore one from a backup, or clone one
    ///
    /// Give its source with --boot-volume-backup-id (a restore: RESTORING, then
    /// AVAILABLE; the data is still being pulled from the backup, isHydrated false, for
    /// a while after), --source-boot-volume-id (a clone: PROVISIONING, then AVAILABLE),
    /// --source-volume-replica-id, or --source-details (any source type as JSON). The compartment defaults to the
    /// backup's (or the source volume's), as the OCI CLI does.
    Create(VolumeCreate),
    /// Get a boot volume
    Get(VolumeGet),
    /// List the boot volumes of a compartment
    List(VolumeList),
    /// Update the display name, tags, size or performance of a boot volume
    Update(VolumeUpdate),
    /// Delete a boot volume (its data is lost)
    Delete(VolumeDelete),
}

/// `--wait-for-state` for a boot volume, and how long and how often to poll.
#[derive(Debug, Clone, Args)]
pub(crate) struct VolumeWait {
    /// Wait until the boot volume reaches this state; give it more than once to wait for
    /// any of several. A state it can no longer reach (FAULTY) ends the wait (exit code 4)
    #[arg(long, value_name = "STATE", value_parser = volume_state(), ignore_case = true)]
    pub(crate) wait_for_state: Vec<String>,
    #[command(flatten)]
    pub(crate) timing: WaitTiming,
}

/// `bv boot-volume-backup copy`.
#[derive(Debug, Args)]
pub(crate) struct BackupCopy {
    /// The OCID of the boot volume backup to copy
    #[arg(long, value_name = "OCID", value_parser = backup_ocid)]
    pub(crate) boot_volume_backup_id: String,
    /// The region to copy it to, such as us-phoenix-1 or phx
    #[arg(long, value_name = "REGION")]
    pub(crate) destination_region: String,
    /// The Core Services endpoint of the destination region, to wait for the copy there
    /// (a Private Cloud Appliance, a test server) [default: from --destination-region]
    #[arg(long, value_name = "URL")]
    pub(crate) destination_endpoint: Option<String>,
    /// A user-friendly name for the copy [default: the backup's]
    #[arg(long, value_name = "TEXT")]
    pub(crate) display_name: Option<String>,
    /// The OCID of the Vault key, in the destination region, that encrypts the copy
    #[arg(long, value_name = "OCID", value_parser = key_ocid)]
    pub(crate) kms_key_id: Option<String>,
    /// The opc-retry-token: sending the same copy again with it never makes a second
    /// copy [default: one generated for this call]
    #[arg(long, value_name = "TOKEN")]
    pub(crate) retry_token: Option<String>,
    #[command(flatten)]
    pub(crate) wait: StateWait,
}

/// `bv boot-volume create`.
#[derive(Debug, Args)]
pub(crate) struct VolumeCreate {
    /// Restore from this boot volume backup
    #[arg(long, value_name = "OCID", value_parser = backup_ocid, conflicts_with_all = ["source_boot_volume_id", "source_details"])]
    pub(crate) boot_volume_backup_id: Option<String>,
    /// Clone this boot volume
    #[arg(long, value_name = "OCID", value_parser = boot_volume_ocid, conflicts_with = "source_details")]
    pub(crate) source_boot_volume_id: Option<String>,
    /// Restore from this boot volume replica
    #[arg(long, value_name = "OCID", value_parser = replica_ocid, conflicts_with_all = ["boot_volume_backup_id", "source_boot_volume_id", "source_details"])]
    pub(crate) source_volume_replica_id: Option<String>,
    /// The source as JSON, such as '{"type": "bootVolumeBackup", "id": "ocid1..."}'
    /// (types: bootVolumeBackup, bootVolume, bootVolumeReplica, bootVolumeBackupDelta),
    /// or file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) source_details: Option<String>,
    /// The availability domain of the new volume, such as Uocm:PHX-AD-1 (required
    /// unless cloning: a clone is made in its source's)
    #[arg(long, value_name = "NAME")]
    pub(crate) availability_domain: Option<String>,
    /// The OCID of the compartment for the volume [default: the source's]
    #[arg(long, value_name = "OCID", value_parser = compartment_ocid)]
    pub(crate) compartment_id: Option<String>,
    /// A user-friendly name (avoid confidential information)
    #[arg(long, value_name = "TEXT")]
    pub(crate) display_name: Option<String>,
    /// The size in GB (at least the source's)
    #[arg(long, value_name = "GB", value_parser = clap::value_parser!(i64).range(50..=32768))]
    pub(crate) size_in_gbs: Option<i64>,
    /// Volume performance units per GB: 10 balanced, 20 higher, 30 to 120 ultra high
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=120))]
    pub(crate) vpus_per_gb: Option<i64>,
    /// The OCID of the Vault key that encrypts the volume
    #[arg(long, value_name = "OCID", value_parser = key_ocid)]
    pub(crate) kms_key_id: Option<String>,
    /// Free-form tags as JSON, such as '{"Department": "Finance"}', or file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) freeform_tags: Option<String>,
    /// Defined tags as JSON, such as '{"Operations": {"CostCenter": "42"}}', or
    /// file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) defined_tags: Option<String>,
    /// The opc-retry-token: sending the same create again with it never makes a second
    /// volume [default: one generated for this call]
    #[arg(long, value_name = "TOKEN")]
    pub(crate) retry_token: Option<String>,
    #[command(flatten)]
    pub(crate) wait: VolumeWait,
}

/// `bv boot-volume get`.
#[derive(Debug, Args)]
pub(crate) struct VolumeGet {
    /// The OCID of the boot volume
    #[arg(long, value_name = "OCID", value_parser = boot_volume_ocid)]
    pub(crate) boot_volume_id: String,
}

/// `bv boot-volume list`.
#[derive(Debug, Args)]
pub(crate) struct VolumeList {
    /// The OCID of the compartment
    #[arg(long, value_name = "OCID", value_parser = compartment_ocid)]
    pub(crate) compartment_id: String,
    /// Only the boot volumes in this availability domain
    #[arg(long, value_name = "NAME")]
    pub(crate) availability_domain: Option<String>,
    /// Only the boot volumes of this volume group
    #[arg(long, value_name = "OCID")]
    pub(crate) volume_group_id: Option<String>,
    /// The most boot volumes to return in this page (1 to 1000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub(crate) limit: Option<u64>,
    /// The page to get: the opc-next-page of the previous call
    #[arg(long, value_name = "TOKEN")]
    pub(crate) page: Option<String>,
    /// Fetch every page
    #[arg(long, conflicts_with_all = ["limit", "page"])]
    pub(crate) all: bool,
    /// With --all, how many boot volumes to ask for per call (1 to 1000)
    #[arg(long, value_name = "N", requires = "all", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub(crate) page_size: Option<u64>,
}

/// `bv boot-volume update`.
#[derive(Debug, Args)]
pub(crate) struct VolumeUpdate {
    /// The OCID of the boot volume
    #[arg(long, value_name = "OCID", value_parser = boot_volume_ocid)]
    pub(crate) boot_volume_id: String,
    /// A new user-friendly name
    #[arg(long, value_name = "TEXT")]
    pub(crate) display_name: Option<String>,
    /// A new size in GB (larger than the current one)
    #[arg(long, value_name = "GB", value_parser = clap::value_parser!(i64).range(50..=32768))]
    pub(crate) size_in_gbs: Option<i64>,
    /// New volume performance units per GB
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=120))]
    pub(crate) vpus_per_gb: Option<i64>,
    /// Free-form tags as JSON, or file://PATH; they replace the current ones
    #[arg(long, value_name = "JSON")]
    pub(crate) freeform_tags: Option<String>,
    /// Defined tags as JSON, or file://PATH; they replace the current ones
    #[arg(long, value_name = "JSON")]
    pub(crate) defined_tags: Option<String>,
    /// Update only if the boot volume's etag is still this one
    #[arg(long, value_name = "ETAG")]
    pub(crate) if_match: Option<String>,
    /// Replace tags without asking
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) wait: VolumeWait,
}

/// `bv boot-volume delete`.
#[derive(Debug, Args)]
pub(crate) struct VolumeDelete {
    /// The OCID of the boot volume
    #[arg(long, value_name = "OCID", value_parser = boot_volume_ocid)]
    pub(crate) boot_volume_id: String,
    /// Delete only if the boot volume's etag is still this one
    #[arg(long, value_name = "ETAG")]
    pub(crate) if_match: Option<String>,
    /// Delete without asking (required when stdin is not a terminal)
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) wait: VolumeWait,
}

/// `--wait-for-state` and how long and how often to poll.
#[derive(Debug, Clone, Args)]
pub(crate) struct StateWait {
    /// Wait until the backup reaches this state; give it more than once to wait for any
    /// of several. A state it can no longer reach ends the wait (exit code 4)
    #[arg(long, value_name = "STATE", value_parser = lifecycle_state(), ignore_case = true)]
    pub(crate) wait_for_state: Vec<String>,
    #[command(flatten)]
    pub(crate) timing: WaitTiming,
}

/// How long and how often to poll.
#[derive(Debug, Clone, Args)]
pub(crate) struct WaitTiming {
    /// The longest time to wait, in seconds (then exit code 5, printing the last state
    /// seen)
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 1200, value_parser = whole_seconds)]
    pub(crate) max_wait_seconds: u64,
    /// The longest time between two polls, in seconds; polls come sooner when the
    /// reported progress predicts the end
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 30.0, value_parser = positive_seconds)]
    pub(crate) wait_interval_seconds: f64,
}

/// A whole number of seconds, 0 or more.
fn whole_seconds(value: &str) -> Result<u64, String> {
    value
        .parse::<u64>()
        .map_err(|_| "expected a whole number of seconds, 0 or more".to_owned())
}

fn positive_seconds(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && seconds > 0.0 && seconds <= 86_400.0 => Ok(seconds),
        _ => Err("expected a number of seconds greater than 0 (at most 86400)".to_owned()),
    }
}

/// `bv boot-volume-backup create`.
#[derive(Debug, Args)]
pub(crate) struct BackupCreate {
    /// The OCID of the boot volume to back up
    #[arg(long, value_name = "OCID", value_parser = boot_volume_ocid, required_unless_present_any = ["boot_volume_ids", "all_boot_volumes"], conflicts_with_all = ["boot_volume_ids", "all_boot_volumes"])]
    pub(crate) boot_volume_id: Option<String>,
    /// Back up many boot volumes at once: their OCIDs one per line in FILE, or '-' for
    /// stdin (blank lines and # comments skipped); prints one row per volume (created,
    /// already existed, failed with the reason) and exits 0 only if every one is backed up
    #[arg(long, value_name = "FILE", group = "fleet")]
    pub(crate) boot_volume_ids: Option<String>,
    /// Back up every boot volume of --compartment-id, as --boot-volume-ids does for a
    /// list: the volumes are listed (every page), those not AVAILABLE are skipped (a
    /// `skipped` row says why; they do not fail the job)
    #[arg(
        long,
        group = "fleet",
        conflicts_with = "boot_volume_ids",
        requires = "compartment_id"
    )]
    pub(crate) all_boot_volumes: bool,
    /// With --all-boot-volumes, how many boot volumes to ask for per list call (1 to 1000)
    #[arg(long, value_name = "N", requires = "all_boot_volumes", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub(crate) page_size: Option<u64>,
    /// With --boot-volume-ids or --all-boot-volumes: how many creates are in flight at
    /// once
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=256), requires = "fleet")]
    pub(crate) concurrency: u32,
    /// With --boot-volume-ids or --all-boot-volumes: tag every backup this job makes with
    /// the free-form tag oci-backup-job=NAME, which retention uses to find the job's own
    /// backups
    #[arg(long, value_name = "NAME", requires = "fleet")]
    pub(crate) job_tag: Option<String>,
    /// Retention: after the backups, delete the job's backups (those carrying its
    /// --job-tag, in --compartment-id, never one made by this run) older than DAYS; a
    /// dry run listing them unless --apply-retention
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=36_500), requires_all = ["job_tag", "compartment_id"])]
    pub(crate) delete_older_than_days: Option<u32>,
    /// Really delete what --delete-older-than-days lists
    #[arg(long, requires = "delete_older_than_days")]
    pub(crate) apply_retention: bool,
    /// A user-friendly name (avoid confidential information)
    #[arg(long, value_name = "TEXT")]
    pub(crate) display_name: Option<String>,
    /// The type of backup (public OCI defaults to INCREMENTAL)
    #[arg(long = "type", value_name = "TYPE", value_parser = one_of(BACKUP_TYPES), ignore_case = true)]
    pub(crate) backup_type: Option<String>,
    /// The OCID of the Vault key that encrypts the backup
    #[arg(long, value_name = "OCID", value_parser = key_ocid)]
    pub(crate) kms_key_id: Option<String>,
    /// The OCID of the compartment for the backup (Private Cloud Appliance); with
    /// --all-boot-volumes, also the compartment whose boot volumes are backed up
    #[arg(long, value_name = "OCID", value_parser = compartment_ocid)]
    pub(crate) compartment_id: Option<String>,
    /// Free-form tags as JSON, such as '{"Department": "Finance"}', or file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) freeform_tags: Option<String>,
    /// Defined tags as JSON, such as '{"Operations": {"CostCenter": "42"}}', or
    /// file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) defined_tags: Option<String>,
    /// The opc-retry-token: sending the same create again with it never makes a second
    /// backup [default: one generated for this call]
    #[arg(long, value_name = "TOKEN")]
    pub(crate) retry_token: Option<String>,
    /// Derive the opc-retry-token from this run key and the boot volume (such as
    /// nightly-2026-11-30): a job killed after its create went out and run again with the
    /// same key within 24 hours gets the same backup, not a second one
    #[arg(long, value_name = "RUN_KEY", conflicts_with = "retry_token")]
    pub(crate) idempotency_key: Option<String>,
    #[command(flatten)]
    pub(crate) wait: StateWait,
}

/// `bv boot-volume-backup get`.
#[derive(Debug, Args)]
pub(crate) struct BackupGet {
    /// The OCID of the boot volume backup
    #[arg(long, value_name = "OCID", value_parser = backup_ocid)]
    pub(crate) boot_volume_backup_id: String,
}

/// `bv boot-volume-backup list`.
#[derive(Debug, Args)]
pub(crate) struct BackupList {
    /// The OCID of the compartment
    #[arg(long, value_name = "OCID", value_parser = compartment_ocid)]
    pub(crate) compartment_id: String,
    /// Only the backups of this boot volume
    #[arg(long, value_name = "OCID", value_parser = boot_volume_ocid)]
    pub(crate) boot_volume_id: Option<String>,
    /// Only the backups with exactly this display name
    #[arg(long, value_name = "TEXT")]
    pub(crate) display_name: Option<String>,
    /// Only the backups in this lifecycle state
    #[arg(long, value_name = "STATE", value_parser = lifecycle_state(), ignore_case = true)]
    pub(crate) lifecycle_state: Option<String>,
    /// Only the backups copied from this backup
    #[arg(long, value_name = "OCID", value_parser = backup_ocid)]
    pub(crate) source_boot_volume_backup_id: Option<String>,
    /// The field to sort by
    #[arg(long, value_name = "FIELD", value_parser = one_of(SORT_BY), ignore_case = true)]
    pub(crate) sort_by: Option<String>,
    /// The sort order
    #[arg(long, value_name = "ORDER", value_parser = one_of(SORT_ORDER), ignore_case = true)]
    pub(crate) sort_order: Option<String>,
    /// The most backups to return in this page (1 to 1000)
    #[arg(long, allow_negative_numbers = true, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub(crate) limit: Option<u64>,
    /// The page to get: the opc-next-page of the previous call
    #[arg(long, value_name = "TOKEN")]
    pub(crate) page: Option<String>,
    /// Fetch every page
    #[arg(long, conflicts_with_all = ["limit", "page"])]
    pub(crate) all: bool,
    /// With --all, how many backups to ask for per call (1 to 1000)
    #[arg(long, allow_negative_numbers = true, value_name = "N", requires = "all", value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub(crate) page_size: Option<u64>,
}

/// `bv boot-volume-backup update`.
#[derive(Debug, Args)]
pub(crate) struct BackupUpdate {
    /// The OCID of the boot volume backup
    #[arg(long, value_name = "OCID", value_parser = backup_ocid)]
    pub(crate) boot_volume_backup_id: String,
    /// A new user-friendly name
    #[arg(long, value_name = "TEXT")]
    pub(crate) display_name: Option<String>,
    /// The OCID of a new Vault key
    #[arg(long, value_name = "OCID", value_parser = key_ocid)]
    pub(crate) kms_key_id: Option<String>,
    /// Free-form tags as JSON, or file://PATH; they replace the current ones
    #[arg(long, value_name = "JSON")]
    pub(crate) freeform_tags: Option<String>,
    /// Defined tags as JSON, or file://PATH; they replace the current ones
    #[arg(long, value_name = "JSON")]
    pub(crate) defined_tags: Option<String>,
    /// Update only if the backup's etag is still this one
    #[arg(long, value_name = "ETAG")]
    pub(crate) if_match: Option<String>,
    /// Replace tags without asking
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) wait: StateWait,
}

/// `bv boot-volume-backup delete`.
#[derive(Debug, Args)]
pub(crate) struct BackupDelete {
    /// The OCID of the boot volume backup
    #[arg(long, value_name = "OCID", value_parser = backup_ocid)]
    pub(crate) boot_volume_backup_id: String,
    /// Delete only if the backup's etag is still this one
    #[arg(long, value_name = "ETAG")]
    pub(crate) if_match: Option<String>,
    /// Delete without asking (required when stdin is not a terminal)
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) wait: StateWait,
}

/// `bv boot-volume-backup change-compartment`.
#[derive(Debug, Args)]
pub(crate) struct BackupChangeCompartment {
    /// The OCID of the boot volume backup
    #[arg(long, value_name = "OCID", value_parser = backup_ocid)]
    pub(crate) boot_volume_backup_id: String,
    /// The OCID of the compartment to move it to
    #[arg(long, value_name = "OCID", value_parser = compartment_ocid)]
    pub(crate) compartment_id: String,
}

/// Oracle Analytics Cloud commands.
#[derive(Debug, Args)]
pub(crate) struct Analytics {
    #[command(flatten)]
    pub(crate) connection: AnalyticsConnection,
    /// The resource.
    #[command(subcommand)]
    pub(crate) command: AnalyticsCommand,
}

/// Where the Analytics instance is and how to get tokens for it.
#[derive(Debug, Args)]
#[command(next_help_heading = "Analytics Options")]
pub(crate) struct AnalyticsConnection {
    /// The Analytics instance: https://<instance host>
    #[arg(
        long,
        global = true,
        value_name = "URL",
        env = "OAC_URL",
        hide_env_values = true
    )]
    pub(crate) url: Option<String>,
    /// A file holding the bearer token (read at each request) [default: OAC_TOKEN]
    #[arg(long, global = true, value_name = "FILE", conflicts_with = "idcs_url")]
    pub(crate) token_file: Option<PathBuf>,
    /// The identity domain URL, https://idcs-<id>.identity.oraclecloud.com, to get
    /// tokens from with OAuth 2.0
    #[arg(long, global = true, value_name = "URL")]
    pub(crate) idcs_url: Option<String>,
    /// The confidential application's client id (with --idcs-url)
    #[arg(long, global = true, value_name = "ID")]
    pub(crate) client_id: Option<String>,
    /// A file holding the client secret (with --idcs-url) [default: OAC_CLIENT_SECRET]
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) client_secret_file: Option<PathBuf>,
    /// A file holding the refresh token (with --idcs-url); rotated tokens are written
    /// back [default: OAC_REFRESH_TOKEN]
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) refresh_token_file: Option<PathBuf>,
}

/// Analytics resources.
#[derive(Debug, Subcommand)]
pub(crate) enum AnalyticsCommand {
    /// Snapshots: BAR files of the instance's content and settings in Object Storage
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
    /// Work requests: the progress of creates, registrations and restores
    #[command(subcommand)]
    WorkRequest(WorkRequestCommand),
}

/// Snapshot commands.
#[derive(Debug, Subcommand)]
pub(crate) enum SnapshotCommand {
    /// Create a snapshot BAR file in a bucket and register it with the instance
    ///
    /// The instance reaches the bucket with the API key of the OCI config profile
    /// (--config-file, --profile: its region, tenancy, user and key_file, wrapped here),
    /// or as its resource principal with --resource-principal.
    Create(SnapshotCreate),
    /// Register an existing snapshot BAR file with the instance
    Register(SnapshotRegister),
    /// List the snapshots registered with the instance
    List,
    /// Get a snapshot
    Get(SnapshotGet),
    /// Deregister a snapshot, and optionally delete its BAR file
    Delete(SnapshotDelete),
    /// Restore the instance from a snapshot
    Restore(SnapshotRestore),
}

/// Where a snapshot's BAR file is and how the instance reaches it.
#[derive(Debug, Args)]
pub(crate) struct SnapshotStorage {
    /// The snapshot's name (it is found by this name once created)
    #[arg(long, value_name = "NAME")]
    pub(crate) name: String,
    /// Make the snapshot even if one of this name exists (names need not be unique; a
    /// name that exists is refused otherwise, since it is usually a re-run)
    #[arg(long)]
    pub(crate) allow_duplicate_name: bool,
    /// The Object Storage bucket
    #[arg(long, value_name = "BUCKET")]
    pub(crate) bucket: String,
    /// The BAR file in the bucket, such as file:///snapshots/nightly.bar
    #[arg(long, value_name = "URI")]
    pub(crate) bar_uri: String,
    /// The bucket's namespace, when it is in another tenancy
    #[arg(long, value_name = "NAMESPACE")]
    pub(crate) bucket_namespace: Option<String>,
    /// The bucket's region, when it is in another region
    #[arg(long, value_name = "REGION")]
    pub(crate) bucket_region: Option<String>,
    /// Let the instance reach the bucket as its resource principal (no credentials are
    /// sent) instead of with the profile's API key
    #[arg(long)]
    pub(crate) resource_principal: bool,
}

/// Where the BAR password comes from.
#[derive(Debug, Args)]
pub(crate) struct BarPassword {
    /// A file holding the BAR password [default: OCI_BACKUP_BAR_PASSWORD]
    #[arg(long, value_name = "FILE", conflicts_with = "password")]
    pub(crate) password_file: Option<PathBuf>,
    /// The BAR password itself (visible to other users of this machine: prefer
    /// --password-file)
    #[arg(long, value_name = "PASSWORD")]
    pub(crate) password: Option<String>,
}

/// `--wait` and how long and how often to poll.
#[derive(Debug, Args)]
pub(crate) struct WorkRequestWait {
    /// Wait until the work request succeeds, showing its progress
    #[arg(long)]
    pub(crate) wait: bool,
    #[command(flatten)]
    pub(crate) timing: WaitTiming,
}

/// `analytics snapshot create`.
#[derive(Debug, Args)]
pub(crate) struct SnapshotCreate {
    #[command(flatten)]
    pub(crate) storage: SnapshotStorage,
    #[command(flatten)]
    pub(crate) password: BarPassword,
    #[command(flatten)]
    pub(crate) wait: WorkRequestWait,
}

/// `analytics snapshot register`.
#[derive(Debug, Args)]
pub(crate) struct SnapshotRegister {
    #[command(flatten)]
    pub(crate) storage: SnapshotStorage,
    #[command(flatten)]
    pub(crate) wait: WorkRequestWait,
}

/// `analytics snapshot get`.
#[derive(Debug, Args)]
pub(crate) struct SnapshotGet {
    /// The snapshot's id (from `analytics snapshot list`)
    #[arg(long, value_name = "ID")]
    pub(crate) snapshot_id: String,
}

/// `analytics snapshot delete`.
#[derive(Debug, Args)]
pub(crate) struct SnapshotDelete {
    /// The snapshot's id (from `analytics snapshot list`)
    #[arg(long, value_name = "ID")]
    pub(crate) snapshot_id: String,
    /// Delete the BAR file from the bucket too
    #[arg(long)]
    pub(crate) delete_storage: bool,
    /// Delete without asking (required when stdin is not a terminal)
    #[arg(long)]
    pub(crate) force: bool,
}

/// `analytics snapshot restore`.
#[derive(Debug, Args)]
pub(crate) struct SnapshotRestore {
    /// The snapshot's id (from `analytics snapshot list`)
    #[arg(long, value_name = "ID")]
    pub(crate) snapshot_id: String,
    #[command(flatten)]
    pub(crate) password: BarPassword,
    #[command(flatten)]
    pub(crate) wait: WorkRequestWait,
}

/// Work request commands.
#[derive(Debug, Subcommand)]
pub(crate) enum WorkRequestCommand {
    /// Get a work request
    Get(WorkRequestGet),
}

/// `analytics work-request get`.
#[derive(Debug, Args)]
pub(crate) struct WorkRequestGet {
    /// The work request's id (the oa-work-request-id of a create or restore)
    #[arg(long, value_name = "ID")]
    pub(crate) work_request_id: String,
}

/// `raw-request`.
#[derive(Debug, Args)]
pub(crate) struct RawRequest {
    /// The HTTP method
    #[arg(long, value_name = "METHOD", value_parser = one_of(HTTP_METHODS), ignore_case = true)]
    pub(crate) http_method: String,
    /// The full URL, such as https://iaas.us-ashburn-1.oraclecloud.com/20160918/bootVolumeBackups?compartmentId=...
    #[arg(long, value_name = "URL")]
    pub(crate) target_uri: String,
    /// The JSON body, or file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) request_body: Option<String>,
    /// Extra headers as a JSON object of strings, or file://PATH
    #[arg(long, value_name = "JSON")]
    pub(crate) request_headers: Option<String>,
}

/// `fake-server`.
#[derive(Debug, Args)]
pub(crate) struct FakeServerArgs {
    /// The port on 127.0.0.1 (0: any free port)
    #[arg(
        long,
        allow_negative_numbers = true,
        value_name = "N",
        default_value_t = 0
    )]
    pub(crate) port: u16,
    /// A public key (PEM, as `openssl rsa -pubout` writes) Core requests may be signed
    /// with; give it once per key
    #[arg(long, value_name = "FILE")]
    pub(crate) public_key: Vec<PathBuf>,
    /// A bearer token the Analytics API accepts; give it once per token [default: any]
    #[arg(long, value_name = "TOKEN")]
    pub(crate) bearer_token: Vec<String>,
    /// How long a backup takes to become AVAILABLE
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 20.0, value_parser = seconds)]
    pub(crate) backup_seconds: f64,
    /// How long an Analytics work request takes to finish
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 20.0, value_parser = seconds)]
    pub(crate) work_request_seconds: f64,
    /// How long a deleted backup stays TERMINATING
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 5.0, value_parser = seconds)]
    pub(crate) delete_seconds: f64,
    /// How long a restored or cloned boot volume takes to become AVAILABLE
    #[arg(long, value_name = "SECONDS", default_value_t = 20.0, value_parser = seconds)]
    pub(crate) volume_seconds: f64,
    /// How much longer a restored boot volume takes to be hydrated
    #[arg(long, value_name = "SECONDS", default_value_t = 20.0, value_parser = seconds)]
    pub(crate) hydration_seconds: f64,
    /// A region to serve, such as us-phoenix-1, each on a port of its own (the first on
    /// --port); give it once per region [default: us-ashburn-1]. The URL of each is
    /// printed on stderr
    #[arg(long = "serve-region", value_name = "REGION", value_parser = region)]
    pub(crate) regions: Vec<String>,
    /// Inject a fault: ROUTE;KIND[;WHEN], such as 'createBootVolumeBackup;503;p=0.2,seed=1'
    /// (ROUTE: * | operationId | 'METHOD /path'; KIND: 429[=SECONDS] | 500..599 |
    /// latency=MS | close-before | close-after; WHEN: always | p=P[,seed=N] |
    /// schedule=0110 | nth=1,3); give it once per fault
    #[arg(long, value_name = "SPEC", value_parser = fault)]
    pub(crate) fault: Vec<oci_backup_fake::Fault>,
    /// Backups of this boot volume end FAULTY; give it once per boot volume
    #[arg(long, value_name = "OCID")]
    pub(crate) faulty_boot_volume: Vec<String>,
    /// Copies of this backup, and boot volumes restored from it, end FAULTY; give it
    /// once per backup
    #[arg(long, value_name = "OCID")]
    pub(crate) faulty_backup: Vec<String>,
    /// A BAR file already in the bucket, which `snapshot register` can register; give it
    /// once per file
    #[arg(long, value_name = "URI")]
    pub(crate) bar: Vec<String>,
    /// Check every answer against the specs; when the server stops, the violations and
    /// their count are printed on stderr
    #[arg(long)]
    pub(crate) validate_responses: bool,
    /// Limit each tenancy to RATE requests a second, answering 429 TooManyRequests with
    /// Retry-After beyond it: RATE/s[,burst=N], such as 50/s or 50/s,burst=100 [default:
    /// no limit; burst: one second's worth]
    #[arg(long, value_name = "RATE/s", value_parser = rate_limit)]
    pub(crate) rate_limit: Option<oci_backup_fake::RateLimit>,
}

fn rate_limit(value: &str) -> Result<oci_backup_fake::RateLimit, String> {
    value
        .parse()
        .map_err(|e: oci_backup_fake::RateLimitParseError| e.rule)
}

/// `demo`.
#[derive(Debug, Args)]
pub(crate) struct DemoArgs {
    /// How long the fake server takes to make a backup AVAILABLE
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 3.0, value_parser = seconds)]
    pub(crate) backup_seconds: f64,
    /// How long the fake server's Analytics work requests take
    #[arg(long, allow_negative_numbers = true, value_name = "SECONDS", default_value_t = 2.0, value_parser = seconds)]
    pub(crate) work_request_seconds: f64,
}

fn region(value: &str) -> Result<String, String> {
    oci_backup::config::canonical_region(value)
}

fn seconds(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && (0.0..=86_400.0).contains(&seconds) => Ok(seconds),
        _ => Err("expected a number of seconds from 0 to 86400".to_owned()),
    }
}

fn fault(value: &str) -> Result<oci_backup_fake::Fault, String> {
    value
        .parse()
        .map_err(|e: oci_backup_fake::FaultParseError| e.to_string())
}

/// The methods `raw-request` sends.
pub(crate) const HTTP_METHODS: &[&str] = &["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

/// An OCID of the kinds given, checked for shape before anything is sent.
fn ocid_of(value: &str, kinds: &[&str]) -> Result<String, String> {
    oci_backup::config::check_ocid(value, kinds).map(|()| value.to_owned())
}

fn boot_volume_ocid(value: &str) -> Result<String, String> {
    ocid_of(value, &["bootvolume"])
}

fn backup_ocid(value: &str) -> Result<String, String> {
    ocid_of(value, &["bootvolumebackup"])
}

fn replica_ocid(value: &str) -> Result<String, String> {
    ocid_of(value, &["bootvolumereplica"])
}

fn compartment_ocid(value: &str) -> Result<String, String> {
    ocid_of(value, &["compartment", "tenancy"])
}

fn key_ocid(value: &str) -> Result<String, String> {
    ocid_of(value, &["key"])
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;
    use oci_backup::block_storage::types::{
        CreateBootVolumeBackupDetailsType, ListBootVolumeBackupsSortBy,
        ListBootVolumeBackupsSortOrder,
    };

    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_choices_are_the_specs() {
        for value in BACKUP_TYPES {
            assert!(value.parse::<CreateBootVolumeBackupDetailsType>().is_ok());
        }
        for value in SORT_BY {
            assert!(value.parse::<ListBootVolumeBackupsSortBy>().is_ok());
        }
        for value in SORT_ORDER {
            assert!(value.parse::<ListBootVolumeBackupsSortOrder>().is_ok());
        }
    }
}
