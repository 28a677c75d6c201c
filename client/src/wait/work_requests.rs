//! Waiting for an Analytics work request to succeed.

use std::time::Duration;

use super::{NotFound, Standing, Waiter, Watched, not_found_error};
use crate::analytics::{
    self,
    types::{WorkRequest, WorkRequestStatus},
};
use crate::error::{CallExt as _, Error, Resource};

impl Waiter {
    /// Waits until the work request is `SUCCEEDED`. `FAILED` and `CANCELED` end the wait
    /// with [`WaitError::FailureState`](crate::WaitError::FailureState) carrying the work request's errors.
    pub async fn work_request(
        &self,
        client: &analytics::Api,
        id: &str,
        max_wait: Duration,
    ) -> Result<WorkRequest, Error> {
        let what = format!("work request {id}");
        let fetch = || async {
            client
                .get_work_request()
                .id(id)
                .call()
                .await
                .map(|r| r.into_inner())
        };
        let not_found = NotFound {
            grace: self.options.not_found_grace,
            is_success: false,
        };
        let watched = Watched {
            what: &what,
            kind: |w: &WorkRequest| format!("work request {}", w.operation_type),
            standing: work_request_standing,
            resource: |w| Resource::WorkRequest(Box::new(w)),
        };
        self.poll(watched, None, fetch, not_found, max_wait)
            .await?
            .ok_or_else(|| not_found_error(&what))
    }
}

fn work_request_standing(work_request: &WorkRequest) -> Standing {
    let state = work_request.status.to_string();
    match &work_request.status {
        WorkRequestStatus::Succeeded => Standing::Succeeded {
            state,
            percent: Some(f64::from(work_request.percent_complete)),
        },
        WorkRequestStatus::Failed | WorkRequestStatus::Canceled => Standing::Failed {
            member: None,
            state,
            errors: work_request
                .errors
                .iter()
                .flatten()
                .map(|e| format!("{}: {}", e.code, e.message))
                .collect(),
        },
        _ => Standing::Pending {
            state,
            percent: Some(f64::from(work_request.percent_complete)),
        },
    }
}
