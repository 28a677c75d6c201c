//! Oracle Analytics Cloud snapshots (REST API 20210901): the typed client
//! [`Analytics`], its compound operations (create or register, restore, and wait for the
//! work request), and the generated API ([`Api`], [`types`], [`operations`]).

use std::sync::Arc;
use std::time::Duration;

use crate::auth::bearer::TokenProvider;
use crate::compound::{Parts, Wait, client_methods, wait_setters};
use crate::connect::{self, ConnectError, Settings};
use crate::error::{CallExt as _, Error};
use crate::transport::TransportOptions;
use crate::wait::{WaitOptions, Waiter};

#[doc(inline)]
pub use oac_snapshots::{
    Client as Api, Error as ApiError, OPERATIONS, ResponseHeaders, ResponseValue, builder,
    operations, types,
};

use types::{NewSnapshot, RestoreSnapshotDetails, Snapshot, WorkRequest, WorkRequestAccepted};

pub use crate::compound::DEFAULT_MAX_WAIT;

/// The Analytics client of one instance: the generated [`Api`] with bearer tokens and
/// retries, the [`Settings`] its calls read, and a [`Waiter`] for work requests.
#[derive(Debug, Clone)]
pub struct Analytics {
    parts: Parts<Api>,
}

impl Analytics {
    /// The client for an instance (`https://<instance host>`), authorised with tokens
    /// from `tokens` and retried as `settings` say (its creates and restores are never
    /// re-sent once they may have arrived).
    pub fn new(
        instance_url: &str,
        tokens: Arc<dyn TokenProvider>,
        settings: Settings,
    ) -> Result<Self, ConnectError> {
        Self::with_transport(instance_url, tokens, &TransportOptions::default(), settings)
    }

    /// As [`Analytics::new`], with transport options (a CA bundle, timeouts).
    pub fn with_transport(
        instance_url: &str,
        tokens: Arc<dyn TokenProvider>,
        transport: &TransportOptions,
        settings: Settings,
    ) -> Result<Self, ConnectError> {
        let api = connect::analytics_client(instance_url, tokens, transport, &settings)?;
        Ok(Self::from_api(api, settings))
    }

    /// A client over a generated [`Api`] built by hand (other hooks, another
    /// transport).
    pub fn from_api(api: Api, settings: Settings) -> Self {
        Self {
            parts: Parts::new(api, settings),
        }
    }

    client_methods!();

    /// Creates (`CREATE`) or registers (`REGISTER`) a snapshot, then waits for its work
    /// request and returns the snapshot. A name that a snapshot already has is refused
    /// before anything is sent, unless [`CreateSnapshot::allow_duplicate_name`].
    pub fn create_snapshot(&self, request: NewSnapshot) -> CreateSnapshot<'_> {
        CreateSnapshot {
            request,
            allow_duplicate_name: false,
            wait: self.parts.wait(),
        }
    }

    /// Restores a snapshot and waits for the work request.
    pub fn restore_snapshot(&self, details: RestoreSnapshotDetails) -> RestoreSnapshot<'_> {
        RestoreSnapshot {
            details,
            wait: self.parts.wait(),
        }
    }

    /// Waits until the work request `id` has `SUCCEEDED`.
    pub fn wait_for_work_request(&self, id: impl Into<String>) -> WaitForWorkRequest<'_> {
        WaitForWorkRequest {
            id: id.into(),
            wait: self.parts.wait(),
        }
    }
}

/// The work request `id` of a compound operation, waited for.
async fn work_request(wait: &Wait<'_, Api>, id: &str) -> Result<WorkRequest, Error> {
    wait.waiter()
        .work_request(wait.api, id, wait.max_wait)
        .await
}

/// A snapshot to create or register: [`Analytics::create_snapshot`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct CreateSnapshot<'c> {
    request: NewSnapshot,
    allow_duplicate_name: bool,
    wait: Wait<'c, Api>,
}

impl CreateSnapshot<'_> {
    wait_setters!();

    /// Creates the snapshot even if one of the same name exists (the API allows it: a
    /// second snapshot is made). Without this, such a create is refused before sending,
    /// because it is usually a re-run of one that already happened.
    pub fn allow_duplicate_name(mut self) -> Self {
        self.allow_duplicate_name = true;
        self
    }

    fn name(&self) -> Result<&str, Error> {
        match &self.request {
            NewSnapshot::Create { name, .. } | NewSnapshot::Register { name, .. } => Ok(name),
            // A kind the generated crate gained after this code was written.
            _ => Err(Error::InvalidInput {
                field: "type".to_owned(),
                rule: "a snapshot kind this version of oci-backup does not create".to_owned(),
            }),
        }
    }

    /// The ids of the snapshots that already have this name; an error if there are any
    /// and a duplicate is not allowed.
    async fn existing(&self) -> Result<Vec<String>, Error> {
        let name = self.name()?;
        let existing: Vec<String> = self
            .wait
            .api
            .list_snapshots()
            .call()
            .await?
            .into_inner()
            .items
            .into_iter()
            .filter(|snapshot| snapshot.name == name)
            .map(|snapshot| snapshot.id)
            .collect();
        if existing.is_empty() || self.allow_duplicate_name {
            return Ok(existing);
        }
        Err(Error::InvalidInput {
            field: "name".into(),
            rule: format!(
                "a snapshot named `{}` already exists (id {}); names need not be unique, so \
                 this would make a second one: choose another name, or allow a duplicate",
                crate::error::excerpt(name, 100),
                existing.join(", ")
            ),
        })
    }

    /// Checks the name as [`send`](Self::send) does, sends the create and returns its
    /// answer (the work request's id) without waiting.
    pub async fn start(self) -> Result<ResponseValue<WorkRequestAccepted>, Error> {
        self.existing().await?;
        self.wait
            .api
            .create_snapshot()
            .body(self.request)
            .call()
            .await
    }

    /// Sends the create (never re-sent once it may have arrived: the API takes no retry
    /// token), waits for its work request, and returns the new snapshot: the one of this
    /// name that was not listed before the create (names need not be unique, and the
    /// work request does not name what it made).
    pub async fn send(self) -> Result<Snapshot, Error> {
        use self::ResponseHeaders as _;
        let api = self.wait.api;
        let before = self.existing().await?;
        let name = self.name()?.to_owned();
        let accepted = api.create_snapshot().body(self.request).call().await?;
        let id = accepted
            .oa_work_request_id()
            .map(str::to_owned)
            .unwrap_or_else(|| accepted.work_request_id.clone());
        work_request(&self.wait, &id).await?;
        let listed = api.list_snapshots().call().await?.into_inner();
        listed
            .items
            .into_iter()
            .find(|snapshot| snapshot.name == name && !before.contains(&snapshot.id))
            .ok_or_else(|| Error::InvalidResponse {
                operation: operations::LIST_SNAPSHOTS.id.into(),
                message: format!(
                    "work request {id} succeeded, but no new snapshot named `{name}` is listed"
                ),
            })
    }
}

/// A restore: [`Analytics::restore_snapshot`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct RestoreSnapshot<'c> {
    details: RestoreSnapshotDetails,
    wait: Wait<'c, Api>,
}

impl RestoreSnapshot<'_> {
    wait_setters!();

    /// Sends the restore and waits for its work request to succeed.
    pub async fn send(self) -> Result<WorkRequest, Error> {
        use self::ResponseHeaders as _;
        let accepted = self
            .wait
            .api
            .restore_snapshot()
            .body(self.details)
            .call()
            .await?;
        let id = accepted
            .oa_work_request_id()
            .map(str::to_owned)
            .ok_or_else(|| Error::InvalidResponse {
                operation: operations::RESTORE_SNAPSHOT.id.into(),
                message: "the 202 answer has no oa-work-request-id header".into(),
            })?;
        work_request(&self.wait, &id).await
    }
}

/// A wait for a work request: [`Analytics::wait_for_work_request`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct WaitForWorkRequest<'c> {
    id: String,
    wait: Wait<'c, Api>,
}

impl WaitForWorkRequest<'_> {
    wait_setters!();

    /// Polls until `SUCCEEDED`, a failure state (`FAILED`, `CANCELED`, with the work
    /// request's errors), or the maximum wait.
    pub async fn send(self) -> Result<WorkRequest, Error> {
        work_request(&self.wait, &self.id).await
    }
}
