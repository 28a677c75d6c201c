//! Boot volumes in the fake: restored from a backup (`RESTORING`) or cloned from a volume
//! (`PROVISIONING`), then `AVAILABLE` and, a while later, hydrated; deleted through
//! `TERMINATING` to `TERMINATED`. Like backups, every state is computed from the clock
//! when it is read.

use std::fmt;
use std::time::SystemTime;

use serde_json::{Map, Value, json};

use crate::state::{Inner, mix, ocid, rfc3339, since};

/// A boot volume's lifecycle state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VolumeState {
    /// Being created from another volume (a clone) or a replica.
    Provisioning,
    /// Being restored from a backup.
    Restoring,
    /// Usable (perhaps not yet hydrated).
    Available,
    /// Failed (injected).
    Faulty,
    /// Being deleted.
    Terminating,
    /// Deleted.
    Terminated,
}

impl VolumeState {
    /// The wire value (`RESTORING`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisioning => "PROVISIONING",
            Self::Restoring => "RESTORING",
            Self::Available => "AVAILABLE",
            Self::Faulty => "FAULTY",
            Self::Terminating => "TERMINATING",
            Self::Terminated => "TERMINATED",
        }
    }
}

impl fmt::Display for VolumeState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A boot volume as the fake holds it, at the moment it was read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BootVolume {
    /// Its OCID.
    pub id: String,
    /// The region it lives in.
    pub region: String,
    /// Its compartment.
    pub compartment_id: String,
    /// Its availability domain.
    pub availability_domain: String,
    /// Its display name.
    pub display_name: String,
    /// Its lifecycle state now.
    pub lifecycle_state: VolumeState,
    /// Whether its data has all been pulled from its source.
    pub is_hydrated: bool,
    /// `sourceDetails` as created.
    pub source_details: Value,
    /// Its etag.
    pub etag: String,
}

#[derive(Debug, Clone)]
pub(crate) struct VolumeRecord {
    pub(crate) id: String,
    pub(crate) region: String,
    pub(crate) compartment_id: String,
    pub(crate) availability_domain: String,
    pub(crate) display_name: String,
    pub(crate) source_details: Value,
    pub(crate) size_in_gbs: i64,
    pub(crate) vpus_per_gb: i64,
    pub(crate) kms_key_id: Option<String>,
    pub(crate) freeform_tags: Option<Value>,
    pub(crate) defined_tags: Option<Value>,
    pub(crate) created_at: SystemTime,
    pub(crate) faulty_at: Option<SystemTime>,
    pub(crate) deleted_at: Option<SystemTime>,
    pub(crate) version: u64,
    pub(crate) seq: u64,
}

impl VolumeRecord {
    fn restored(&self) -> bool {
        self.source_details.get("type").and_then(Value::as_str) != Some("bootVolume")
    }
}

/// What a new volume is made of, once the request is checked.
#[derive(Debug)]
pub(crate) struct NewVolume<'a> {
    pub(crate) details: &'a Value,
    pub(crate) availability_domain: String,
    pub(crate) size_in_gbs: i64,
    /// The volume fails (its source is a backup marked faulty).
    pub(crate) faulty: bool,
}

impl Inner {
    pub(crate) fn volume(&self, id: &str) -> Option<&VolumeRecord> {
        self.volume_index
            .get(id)
            .and_then(|seq| self.volumes.get(seq))
    }

    pub(crate) fn volume_mut(&mut self, id: &str) -> Option<&mut VolumeRecord> {
        let seq = *self.volume_index.get(id)?;
        self.volumes.get_mut(&seq)
    }

    /// The state and hydration of a volume at `now`.
    pub(crate) fn volume_phase(
        &self,
        volume: &VolumeRecord,
        now: SystemTime,
    ) -> (VolumeState, bool) {
        let s = &self.settings;
        let hydrated_at = |at: SystemTime| {
            since(at, volume.created_at) >= s.volume_duration + s.hydration_duration
        };
        if let Some(deleted) = volume.deleted_at {
            let state = if since(now, deleted) >= s.delete_duration {
                VolumeState::Terminated
            } else {
                VolumeState::Terminating
            };
            return (state, hydrated_at(deleted));
        }
        if let Some(faulty) = volume.faulty_at
            && faulty <= now
        {
            return (VolumeState::Faulty, false);
        }
        if since(now, volume.created_at) >= s.volume_duration {
            (VolumeState::Available, hydrated_at(now))
        } else if volume.restored() {
            (VolumeState::Restoring, false)
        } else {
            (VolumeState::Provisioning, false)
        }
    }

    pub(crate) fn volume_etag(volume: &VolumeRecord) -> String {
        format!("{:016x}", mix(volume.seq << 24 ^ volume.version))
    }

    pub(crate) fn volume_view(&self, volume: &VolumeRecord, now: SystemTime) -> BootVolume {
        let (lifecycle_state, is_hydrated) = self.volume_phase(volume, now);
        BootVolume {
            id: volume.id.clone(),
            region: volume.region.clone(),
            compartment_id: volume.compartment_id.clone(),
            availability_domain: volume.availability_domain.clone(),
            display_name: volume.display_name.clone(),
            lifecycle_state,
            is_hydrated,
            source_details: volume.source_details.clone(),
            etag: Self::volume_etag(volume),
        }
    }

    /// The wire form of a volume (`BootVolume`).
    pub(crate) fn volume_json(&self, volume: &VolumeRecord, now: SystemTime) -> Value {
        let (state, hydrated) = self.volume_phase(volume, now);
        let mut object = Map::new();
        object.insert(
            "availabilityDomain".into(),
            json!(volume.availability_domain),
        );
        object.insert("compartmentId".into(), json!(volume.compartment_id));
        if let Some(tags) = &volume.defined_tags {
            object.insert("definedTags".into(), tags.clone());
        }
        object.insert("displayName".into(), json!(volume.display_name));
        if let Some(tags) = &volume.freeform_tags {
            object.insert("freeformTags".into(), tags.clone());
        }
        object.insert("id".into(), json!(volume.id));
        object.insert("isAutoTuneEnabled".into(), json!(false));
        object.insert("isHydrated".into(), json!(hydrated));
        if let Some(key) = &volume.kms_key_id {
            object.insert("kmsKeyId".into(), json!(key));
        }
        object.insert("lifecycleState".into(), json!(state.as_str()));
        object.insert("sizeInGBs".into(), json!(volume.size_in_gbs));
        object.insert("sizeInMBs".into(), json!(volume.size_in_gbs * 1024));
        object.insert("sourceDetails".into(), volume.source_details.clone());
        object.insert("timeCreated".into(), json!(rfc3339(volume.created_at)));
        object.insert("vpusPerGB".into(), json!(volume.vpus_per_gb));
        Value::Object(object)
    }

    /// The volumes of `region`, oldest first.
    pub(crate) fn volumes_in(&self, region: &str) -> impl Iterator<Item = &VolumeRecord> {
        self.volumes.values().filter(move |v| v.region == region)
    }

    /// Creates a volume in `region` from a validated and checked `CreateBootVolumeDetails`.
    pub(crate) fn create_volume(
        &mut self,
        region: &str,
        new: NewVolume<'_>,
        now: SystemTime,
    ) -> String {
        let seq = self.seq();
        let details = new.details;
        let text = |name: &str| details.get(name).and_then(Value::as_str).map(str::to_owned);
        let id = ocid("bootvolume", region, seq);
        let display_name = text("displayName").unwrap_or_else(|| {
            let time: chrono::DateTime<chrono::Utc> = now.into();
            format!("bootvolume{}", time.format("%Y%m%d%H%M%S"))
        });
        let mut source_details = details.get("sourceDetails").cloned().unwrap_or(Value::Null);
        if source_details.get("type").and_then(Value::as_str) == Some("bootVolumeBackupDelta")
            && let Some(object) = source_details.as_object_mut()
        {
            object
                .entry("changeBlockSizeInBytes")
                .or_insert(json!(4096));
        }
        let record = VolumeRecord {
            id: id.clone(),
            region: region.to_owned(),
            compartment_id: text("compartmentId").unwrap_or_default(),
            availability_domain: new.availability_domain,
            display_name,
            source_details,
            size_in_gbs: new.size_in_gbs,
            vpus_per_gb: details
                .get("vpusPerGB")
                .and_then(Value::as_i64)
                .unwrap_or(10),
            kms_key_id: text("kmsKeyId"),
            freeform_tags: details.get("freeformTags").cloned(),
            defined_tags: details.get("definedTags").cloned(),
            created_at: now,
            faulty_at: new.faulty.then(|| now + self.settings.volume_duration / 10),
            deleted_at: None,
            version: 0,
            seq,
        };
        self.volumes.insert(seq, record);
        self.volume_index.insert(id.clone(), seq);
        id
    }

    /// Forgets volumes deleted longer ago than the deletion and the retention.
    pub(crate) fn purge_volumes(&mut self, now: SystemTime) {
        let s = self.settings.clone();
        let purge: Vec<u64> = self
            .volumes
            .iter()
            .filter(|(_, v)| {
                v.deleted_at
                    .is_some_and(|d| since(now, d) >= s.delete_duration + s.terminated_retention)
            })
            .map(|(seq, _)| *seq)
            .collect();
        for seq in purge {
            if let Some(volume) = self.volumes.remove(&seq) {
                self.volume_index.remove(&volume.id);
            }
        }
    }
}
