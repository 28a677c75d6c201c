//! [`Call`]: a generated request builder that knows which operation it sends.
//!
//! codegen implements it for every builder of a generated crate, so hand-written code
//! can send any call and convert its error without naming the operation.

use std::future::Future;

use progenitor_client::{Error, ResponseValue};

use crate::Operation;

/// A request builder of a generated client, ready to send.
pub trait Call: Sized + Send {
    /// The value of a successful answer.
    type Value;
    /// The body of a documented error answer.
    type Error;
    /// The operation this builder sends.
    const OPERATION: &'static Operation;

    /// Sends the request, as the builder's own `send` does.
    fn send_call(
        self,
    ) -> impl Future<Output = Result<ResponseValue<Self::Value>, Error<Self::Error>>> + Send;
}
