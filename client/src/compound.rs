//! What the typed clients ([`crate::block_storage::BlockStorage`],
//! [`crate::analytics::Analytics`]) share: their parts (the generated API, the settings,
//! the waiter) with the accessors over them, and how a compound operation's builder waits.

use std::time::Duration;

use crate::connect::Settings;
use crate::wait::{WaitOptions, Waiter};

/// How long a compound operation waits unless told otherwise: 20 minutes, as the OCI
/// CLI's `--max-wait-seconds`.
pub const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(1200);

/// A typed client's parts: the generated API, the settings its calls read, and the waiter
/// of its compound operations (clones share what it learned).
#[derive(Debug, Clone)]
pub(crate) struct Parts<A> {
    pub(crate) api: A,
    pub(crate) settings: Settings,
    pub(crate) waiter: Waiter,
}

impl<A> Parts<A> {
    pub(crate) fn new(api: A, settings: Settings) -> Self {
        let waiter = Waiter::new(&settings);
        Self {
            api,
            settings,
            waiter,
        }
    }

    /// How a builder of this client waits, until told otherwise.
    pub(crate) fn wait(&self) -> Wait<'_, A> {
        Wait {
            api: &self.api,
            base: &self.waiter,
            own: None,
            max_wait: DEFAULT_MAX_WAIT,
        }
    }
}

/// How a compound operation waits: the client's waiter (or one with other options, which
/// still shares what the client's learned) and the longest wait.
#[derive(Debug, Clone)]
pub(crate) struct Wait<'c, A> {
    pub(crate) api: &'c A,
    base: &'c Waiter,
    own: Option<Waiter>,
    pub(crate) max_wait: Duration,
}

impl<A> Wait<'_, A> {
    pub(crate) fn waiter(&self) -> &Waiter {
        self.own.as_ref().unwrap_or(self.base)
    }

    pub(crate) fn with_options(mut self, options: WaitOptions) -> Self {
        self.own = Some(self.base.clone().with_options(options));
        self
    }
}

/// The methods every typed client has over its `parts: Parts<Api>` field.
macro_rules! client_methods {
    () => {
        /// This client with other wait options for its compound operations.
        pub fn with_wait_options(mut self, options: WaitOptions) -> Self {
            self.parts.waiter = self.parts.waiter.with_options(options);
            self
        }

        /// This client with another waiter (one shared with other clients, so they learn
        /// together).
        pub fn with_waiter(mut self, waiter: Waiter) -> Self {
            self.parts.waiter = waiter;
            self
        }

        /// The generated client: every operation of the spec, authenticated and retried.
        /// Send a builder with [`crate::CallExt::call`] to get this crate's
        /// [`Error`](crate::Error).
        pub fn api(&self) -> &Api {
            &self.parts.api
        }

        /// The settings every call reads.
        pub fn settings(&self) -> &Settings {
            &self.parts.settings
        }

        /// The waiter of the compound operations (shared by clones of this client).
        pub fn waiter(&self) -> &Waiter {
            &self.parts.waiter
        }
    };
}

/// The wait settings every compound-operation builder has, over its `wait: Wait` field.
macro_rules! wait_setters {
    () => {
        /// The longest wait ([`DEFAULT_MAX_WAIT`] unless set); retries inside a poll end
        /// by it too.
        pub fn max_wait(mut self, max_wait: Duration) -> Self {
            self.wait.max_wait = max_wait;
            self
        }

        /// Waits with these options (progress callback, intervals, expected duration).
        pub fn wait_options(mut self, options: WaitOptions) -> Self {
            self.wait = self.wait.with_options(options);
            self
        }
    };
}

pub(crate) use {client_methods, wait_setters};
