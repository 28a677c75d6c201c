//! Waiting for one boot volume (a restore or a clone) to reach target lifecycle states,
//! and optionally to be hydrated.

use std::time::Duration;

use super::{NotFound, Standing, Waiter, Watched};
use crate::block_storage::{
    self,
    types::{BootVolume, BootVolumeLifecycleState},
};
use crate::error::{CallExt as _, Error, Resource};

impl Waiter {
    /// Waits until the boot volume is in one of `targets` and, with `hydrated`, reports
    /// `isHydrated: true` too (a restored volume can be `AVAILABLE` while its data is
    /// still being pulled from the backup). The wait ends with
    /// [`WaitError::FailureState`](crate::WaitError::FailureState) as soon as no target
    /// can be reached from the volume's state any more (see [`reachable_volume_states`]):
    /// a restore that turns `FAULTY` ends it at once, with the volume. `Ok(None)`:
    /// `targets` include `TERMINATED` and the volume is gone (404).
    pub async fn boot_volume_in(
        &self,
        client: &block_storage::Api,
        id: &str,
        targets: &[BootVolumeLifecycleState],
        hydrated: bool,
        seen: Option<BootVolume>,
        max_wait: Duration,
    ) -> Result<Option<BootVolume>, Error> {
        let what = format!("boot volume {id}");
        let fetch = || async {
            client
                .get_boot_volume()
                .boot_volume_id(id)
                .call()
                .await
                .map(|r| r.into_inner())
        };
        let not_found = NotFound {
            grace: Duration::ZERO,
            is_success: targets.contains(&BootVolumeLifecycleState::Terminated),
        };
        let watched = Watched {
            what: &what,
            kind: |_: &BootVolume| volume_kind(targets, hydrated),
            standing: |volume: &BootVolume| volume_standing(volume, targets, hydrated),
            resource: |v| Resource::BootVolume(Box::new(v)),
        };
        self.poll(watched, seen, fetch, not_found, max_wait).await
    }
}

/// The lifecycle states a boot volume can still reach from `state` (itself included):
/// `PROVISIONING` or `RESTORING` -> `AVAILABLE`, either can end `FAULTY`, and any volume
/// can be deleted (`TERMINATING` -> `TERMINATED`). `None` for a state this version does
/// not know (it may lead anywhere).
pub fn reachable_volume_states(
    state: &BootVolumeLifecycleState,
) -> Option<&'static [&'static str]> {
    use BootVolumeLifecycleState as State;
    Some(match state {
        State::Provisioning => &[
            "PROVISIONING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        State::Restoring => &[
            "RESTORING",
            "AVAILABLE",
            "FAULTY",
            "TERMINATING",
            "TERMINATED",
        ],
        State::Available => &["AVAILABLE", "TERMINATING", "TERMINATED"],
        State::Faulty => &["FAULTY", "TERMINATING", "TERMINATED"],
        State::Terminating => &["TERMINATING", "TERMINATED"],
        State::Terminated => &["TERMINATED"],
        // A state this version does not know, or one added to the generated enum later.
        _ => return None,
    })
}

/// A volume succeeds in one of `targets` (and hydrated, when asked) and fails once none
/// of them is reachable.
pub(crate) fn volume_standing(
    volume: &BootVolume,
    targets: &[BootVolumeLifecycleState],
    hydrated: bool,
) -> Standing {
    let state = volume.lifecycle_state.to_string();
    if targets.contains(&volume.lifecycle_state) {
        if !hydrated || volume.is_hydrated == Some(true) {
            return Standing::Succeeded {
                state,
                percent: None,
            };
        }
        return Standing::Pending {
            state: format!("{state} (hydrating)"),
            percent: None,
        };
    }
    let unreachable = reachable_volume_states(&volume.lifecycle_state)
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
            percent: None,
        }
    }
}

/// The kind of a wait for a volume to reach `targets`.
fn volume_kind(targets: &[BootVolumeLifecycleState], hydrated: bool) -> String {
    let targets: Vec<String> = targets.iter().map(ToString::to_string).collect();
    let hydrated = if hydrated { " and hydrated" } else { "" };
    format!("boot volume until {}{hydrated}", targets.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn volume(state: &str, hydrated: bool) -> BootVolume {
        serde_json::from_value(serde_json::json!({
            "availabilityDomain": "AD-1", "compartmentId": "c", "id": "i",
            "lifecycleState": state, "sizeInMBs": 51200, "isHydrated": hydrated,
            "timeCreated": "2024-01-01T00:00:00Z"}))
        .unwrap()
    }

    fn standing(
        state: &str,
        hydrated: bool,
        targets: &[BootVolumeLifecycleState],
        want_hydrated: bool,
    ) -> &'static str {
        match volume_standing(&volume(state, hydrated), targets, want_hydrated) {
            Standing::Succeeded { .. } => "succeeded",
            Standing::Failed { .. } => "failed",
            Standing::Pending { .. } => "pending",
        }
    }

    #[test]
    fn every_documented_state_has_its_successors() {
        for state in BootVolumeLifecycleState::KNOWN {
            let states = reachable_volume_states(&BootVolumeLifecycleState::from(*state)).unwrap();
            assert!(states.contains(state), "{state}");
            assert!(
                states
                    .iter()
                    .all(|next| BootVolumeLifecycleState::KNOWN.contains(next))
            );
        }
        assert_eq!(reachable_volume_states(&"MIGRATING".into()), None);
    }

    #[test]
    fn a_volume_wait_succeeds_fails_or_waits_for_hydration() {
        use BootVolumeLifecycleState as State;
        let available = [State::Available];
        assert_eq!(standing("RESTORING", false, &available, false), "pending");
        assert_eq!(
            standing("PROVISIONING", false, &available, false),
            "pending"
        );
        assert_eq!(standing("AVAILABLE", false, &available, false), "succeeded");
        assert_eq!(standing("AVAILABLE", false, &available, true), "pending");
        assert_eq!(standing("AVAILABLE", true, &available, true), "succeeded");
        assert_eq!(standing("FAULTY", false, &available, false), "failed");
        assert_eq!(standing("TERMINATING", false, &available, true), "failed");
        assert_eq!(standing("MIGRATING", false, &available, false), "pending");
        assert_eq!(
            standing("AVAILABLE", true, &[State::Terminated], false),
            "pending"
        );
    }
}
