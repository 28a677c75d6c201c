//! Deadlines that reach through the hooks: a wait sets one around each poll, and the
//! retry layer starts no retry that would end after it.
//!
//! The generated clients give hooks no way to pass context, so the deadline travels with
//! the future: [`within`] sets it while the wrapped future is polled (a thread-local,
//! restored after each poll, as tokio's task-locals do), and [`current`] reads it.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::SystemTime;

thread_local! {
    static DEADLINE: Cell<Option<SystemTime>> = const { Cell::new(None) };
}

/// The deadline of the call being polled, if a caller set one.
pub(crate) fn current() -> Option<SystemTime> {
    DEADLINE.with(Cell::get)
}

/// `future`, with `deadline` in force while it runs (an outer, earlier one stays).
pub(crate) fn within<F: Future>(deadline: SystemTime, future: F) -> Within<F> {
    Within {
        deadline,
        future: Box::pin(future),
    }
}

/// A future with a deadline in force; see [`within`].
pub(crate) struct Within<F> {
    deadline: SystemTime,
    future: Pin<Box<F>>,
}

impl<F: Future> Future for Within<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let outer = current();
        let deadline = outer.map_or(self.deadline, |outer| outer.min(self.deadline));
        DEADLINE.with(|cell| cell.set(Some(deadline)));
        let poll = self.future.as_mut().poll(cx);
        DEADLINE.with(|cell| cell.set(outer));
        poll
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn block_on<F: Future>(future: F) -> F::Output {
        let mut future = Box::pin(future);
        let waker = std::task::Waker::noop();
        let mut cx = Context::from_waker(waker);
        loop {
            if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
                return value;
            }
        }
    }

    #[test]
    fn the_earliest_deadline_is_in_force_inside_and_none_outside() {
        let t = SystemTime::UNIX_EPOCH;
        let late = t + Duration::from_secs(9);
        let early = t + Duration::from_secs(5);
        let seen = block_on(within(early, async move {
            let inner = within(late, async { current() }).await;
            (current(), inner)
        }));
        assert_eq!(seen, (Some(early), Some(early)));
        assert_eq!(current(), None);
    }
}
