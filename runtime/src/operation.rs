//! [`Operation`]: the facts about one API operation that policies need, straight from the
//! spec. Each generated crate lists its operations in `OPERATIONS`.

/// One operation of a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The spec's `operationId` (what [`crate::Hooks`] receive).
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template.
    pub path: &'static str,
    /// The names of its header parameters, lower case (for example `opc-retry-token`).
    pub header_parameters: &'static [&'static str],
}

impl Operation {
    /// Looks an operation up by `operationId`.
    pub fn find(operations: &'static [Operation], id: &str) -> Option<&'static Operation> {
        operations.iter().find(|operation| operation.id == id)
    }

    /// Whether the operation declares the header parameter `name` (case-insensitive).
    pub fn has_header(&self, name: &str) -> bool {
        self.header_parameters
            .iter()
            .any(|h| h.eq_ignore_ascii_case(name))
    }
}
