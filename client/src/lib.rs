//! Oracle Cloud boot volume backups (Core Services 20160918) and Oracle Analytics Cloud
//! snapshots (REST API 20210901): the generated typed clients, re-exported.
#![deny(missing_docs)]

pub use core_boot_volume_backups as core;
pub use oac_snapshots as analytics;
pub use oci_backup_runtime as runtime;
