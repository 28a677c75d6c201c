//! A minimal Core boot volume backup API (20160918), for tests about what goes on the
//! wire rather than what the service does (the fake, `oci-backup-fake`, is the service).

use crate::server::{Answer, Received};

/// The backup every answer describes: `ocid1.bootvolumebackup.oc1..b`, named `b`,
/// AVAILABLE.
pub const BACKUP: &str = r#"{"compartmentId":"ocid1.compartment.oc1..c","displayName":"b","id":"ocid1.bootvolumebackup.oc1..b","lifecycleState":"AVAILABLE","timeCreated":"2024-05-01T02:00:04Z"}"#;

/// Answers as the boot volume backup API would: an empty list for the list, 204 for a
/// delete and a compartment change, [`BACKUP`] for everything else.
pub fn answer(request: &Received) -> Answer {
    match (request.method.as_str(), request.path.as_str()) {
        ("GET", "/20160918/bootVolumeBackups") => Answer::json(200, "[]"),
        ("DELETE", _) => Answer::empty(204),
        ("POST", path) if path.ends_with("/actions/changeCompartment") => Answer::empty(204),
        _ => Answer::json(200, BACKUP),
    }
}
