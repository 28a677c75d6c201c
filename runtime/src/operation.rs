//! [`Operation`]: the facts about one API operation that policies need, straight from the
//! spec. Each generated crate has one constant per operation in its `operations` module,
//! and lists them all in `OPERATIONS`.

/// One operation of a spec.
///
/// Generated code passes a `&'static Operation` to the [`crate::Hooks`] of every call,
/// so policies (retries, idempotency, error advice) decide on values, never on names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Operation {
    /// The spec's `operationId`.
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template (`/20160918/bootVolumeBackups/{bootVolumeBackupId}`).
    pub path: &'static str,
    /// Whether sending it twice has the effect of sending it once: its method is
    /// idempotent (GET, HEAD, PUT, DELETE, OPTIONS) or it takes a retry token.
    pub idempotent: bool,
    /// The header that carries its retry token (`opc-retry-token`), if it takes one.
    pub retry_token: Option<&'static str>,
    /// The names of its header parameters, lower case.
    pub header_parameters: &'static [&'static str],
    /// The response codes the spec documents, as written (`200`, `404`, `default`).
    pub statuses: &'static [&'static str],
}

impl Operation {
    /// Whether the operation declares the header parameter `name` (case-insensitive).
    pub fn has_header(&self, name: &str) -> bool {
        self.header_parameters
            .iter()
            .any(|h| h.eq_ignore_ascii_case(name))
    }

    /// Whether the spec documents `status` for this operation, exactly (`404`), by range
    /// (`4XX`) or through `default`.
    pub fn documents(&self, status: u16) -> bool {
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        self.statuses
            .iter()
            .any(|s| *s == exact || s.eq_ignore_ascii_case(&range) || *s == "default")
    }

    /// Whether a request with `method` to `path` (no query) is this operation: the
    /// method matches and every `{parameter}` of the template matches one non-empty
    /// segment.
    pub fn matches(&self, method: &str, path: &str) -> bool {
        if !self.method.eq_ignore_ascii_case(method) {
            return false;
        }
        let mut template = self.path.split('/');
        let mut actual = path.split('/');
        loop {
            match (template.next(), actual.next()) {
                (None, None) => return true,
                (Some(t), Some(a)) if t.starts_with('{') && t.ends_with('}') => {
                    if a.is_empty() {
                        return false;
                    }
                }
                (Some(t), Some(a)) if t == a => {}
                _ => return false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GET: Operation = Operation {
        id: "getThing",
        method: "GET",
        path: "/v1/things/{thingId}",
        idempotent: true,
        retry_token: None,
        header_parameters: &["if-match"],
        statuses: &["200", "404", "default"],
    };

    #[test]
    fn a_path_matches_its_template_segment_by_segment() {
        assert!(GET.matches("get", "/v1/things/abc"));
        assert!(!GET.matches("DELETE", "/v1/things/abc"));
        assert!(!GET.matches("GET", "/v1/things/"));
        assert!(!GET.matches("GET", "/v1/things/abc/more"));
        assert!(!GET.matches("GET", "/v1/things"));
    }

    #[test]
    fn documented_statuses_include_ranges_and_default() {
        assert!(GET.documents(404));
        assert!(GET.documents(503), "through `default`");
        let exact = Operation {
            statuses: &["200", "4XX"],
            ..GET
        };
        assert!(exact.documents(409) && !exact.documents(500));
        assert!(GET.has_header("If-Match"));
    }
}
