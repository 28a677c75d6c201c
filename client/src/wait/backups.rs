//! Waiting for one boot volume backup to reach target lifecycle states.

use std::time::Duration;

use super::{NotFound, Standing, Waiter, Watched, not_found_error};
use crate::block_storage::{
    self,
    types::{BootVolumeBackup, BootVolumeBackupLifecycleState},
};
use crate::error::{CallExt as _, Error, Resource};

/// The target of waits for a backup to be created.
pub(crate) const AVAILABLE: [BootVolumeBackupLifecycleState; 1] =
    [BootVolumeBackupLifecycleState::Available];

impl Waiter {
    /// Waits until the backup is `AVAILABLE`. `FAULTY`, `TERMINATING` and `TERMINATED` end
    /// the wait with [`WaitError::FailureState`](crate::WaitError::FailureState); `seen` (for example the answer to the
    /// create) is judged before the first poll.
    pub async fn boot_volume_backup(
        &self,
        client: &block_storage::Api,
        id: &str,
        seen: Option<BootVolumeBackup>,
        max_wait: Duration,
    ) -> Result<BootVolumeBackup, Error> {
        self.boot_volume_backup_in(client, id, &AVAILABLE, seen, max_wait)
            .await?
            .ok_or_else(|| not_found_error(&format!("boot volume backup {id}")))
    }

    /// Waits until the backup is in one of `targets`. The wait ends with
    /// [`WaitError::FailureState`](crate::WaitError::FailureState) as soon as no target can be reached from the backup's
    /// state any more (see [`reachable_backup_states`]). `Ok(None)`: `targets` include
    /// `TERMINATED` and the backup is gone (404).
    pub async fn boot_volume_backup_in(
        &self,
        client: &block_storage::Api,
        id: &str,
        targets: &[BootVolumeBackupLifecycleState],
        seen: Option<BootVolumeBackup>,
        max_wait: Duration,
    ) -> Result<Option<BootVolumeBackup>, Error> {
        let what = format!("boot volume backup {id}");
        let fetch = || async {
            client
                .get_boot_volume_backup()
                .boot_volume_backup_id(id)
                .call()
                .await
                .map(|r| r.into_inner())
        };
        let not_found = NotFound {
            grace: Duration::ZERO,
            is_success: targets.contains(&BootVolumeBackupLifecycleState::Terminated),
        };
        let watched = Watched {
            what: &what,
            kind: |_: &BootVolumeBackup| backup_kind(targets),
            standing: |backup: &BootVolumeBackup| backup_standing(backup, targets),
            resource: |b| Resource::BootVolumeBackup(Box::new(b)),
        };
        self.poll(watched, seen, fetch, not_found, max_wait).await
    }
}

/// The lifecycle states a boot volume backup can still reach from `state` (itself
/// included): `REQUEST_RECEIVED` -> `CREATING` -> `AVAILABLE`, a create can end `FAULTY`,
/// and any backup can be deleted (`TERMINATING` -> `TERMINATED`). `None` for a state this
/// version does not know (it may lead anywhere).
pub fn reachable_backup_states(
    state: &BootVolumeBackupLifecycleState,
) -> Option<&'static [&'static str]> {
    use BootVolumeBackupLifecycleState as State;
    Some(match state {
        State::RequestReceived => &[
            "REQUEST_RECEIVED",
            "CREATING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        State::Creating => &[
            "CREATING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        State::Available => &["AVAILABLE", "TERMINATING", "TERMINATED"],
        State::Faulty => &["FAULTY", "TERMINATING", "TERMINATED"],
        State::Terminating => &["TERMINATING", "TERMINATED"],
        State::Terminated => &["TERMINATED"],
        // `UnknownValue`, or a state the generated crate gained after this code was written.
        _ => return None,
    })
}

/// A backup succeeds in one of `targets` and fails once none of them is reachable.
pub(crate) fn backup_standing(
    backup: &BootVolumeBackup,
    targets: &[BootVolumeBackupLifecycleState],
) -> Standing {
    let state = backup.lifecycle_state.to_string();
    if targets.contains(&backup.lifecycle_state) {
        return Standing::Succeeded {
            state,
            percent: backup.backup_progress.map(|p| p as f64),
        };
    }
    let unreachable = reachable_backup_states(&backup.lifecycle_state)
        .is_some_and(|reachable| !targets.iter().any(|t| reachable.contains(&t.as_str())));
    if unreachable {
        Standing::Failed {
            state,
            errors: Vec::new(),
            member: None,
        }
    } else {
        Standing::Pending {
            state,
            percent: backup.backup_progress.map(|p| p as f64),
        }
    }
}

/// The kind of a wait for a backup to reach `targets`.
pub(crate) fn backup_kind(targets: &[BootVolumeBackupLifecycleState]) -> String {
    let targets: Vec<String> = targets.iter().map(ToString::to_string).collect();
    format!("boot volume backup until {}", targets.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_state_has_its_successors() {
        for state in BootVolumeBackupLifecycleState::KNOWN {
            let states =
                reachable_backup_states(&BootVolumeBackupLifecycleState::from(*state)).unwrap();
            assert!(states.contains(state), "{state}");
            assert!(
                states
                    .iter()
                    .all(|next| BootVolumeBackupLifecycleState::KNOWN.contains(next))
            );
        }
        assert_eq!(reachable_backup_states(&"MIGRATING".into()), None);
    }

    #[test]
    fn a_wait_fails_once_no_target_is_reachable() {
        use BootVolumeBackupLifecycleState as State;
        let backup = |state: &str| -> BootVolumeBackup {
            serde_json::from_value(
                serde_json::json!({"compartmentId": "c", "displayName": "d", "id": "i",
                "lifecycleState": state, "timeCreated": "2024-01-01T00:00:00Z"}),
            )
            .unwrap()
        };
        let standing =
            |state: &str, targets: &[State]| match backup_standing(&backup(state), targets) {
                Standing::Succeeded { .. } => "succeeded",
                Standing::Failed { .. } => "failed",
                Standing::Pending { .. } => "pending",
            };
        assert_eq!(standing("CREATING", &AVAILABLE), "pending");
        assert_eq!(standing("FAULTY", &AVAILABLE), "failed");
        assert_eq!(standing("TERMINATING", &AVAILABLE), "failed");
        assert_eq!(standing("AVAILABLE", &[State::Terminated]), "pending");
        assert_eq!(standing("TERMINATING", &[State::Terminated]), "pending");
        assert_eq!(
            standing("FAULTY", &[State::Faulty, State::Available]),
            "succeeded"
        );
        assert_eq!(standing("AVAILABLE", &[State::Faulty]), "failed");
        assert_eq!(
            standing("RESTORING", &AVAILABLE),
            "pending",
            "an unknown state may lead anywhere"
        );
    }
}
