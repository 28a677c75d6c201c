//! Cross-validator conformance: every request body of the corpus in `specs/conformance/`
//! (one JSON file per spec: name, operation, body, the expected verdict and why) is judged
//! by three validators, and each must give the expected verdict.
//!
//! 1. **fake validator**: the fake's own request validation ([`Specs::check_request`]),
//!    which reads `discriminator` as OpenAPI 3.0 tools do: the tag picks the variant.
//! 2. **JSON Schema (OAS 3.1 semantics)**: the same schemas turned into JSON Schema
//!    2020-12 with `discriminator` dropped as the annotation it is in OpenAPI 3.1
//!    ([`Discriminators::Annotation`]), validated by the `jsonschema` crate: a `oneOf`
//!    passes only when exactly one variant matches, whatever the tag says.
//! 3. **Prism 5.14.2**: Stoplight Prism's mock server (`prism mock`, installed by
//!    `npm ci` in `.ci/`) on the spec; each body is POSTed (or PUT) with an
//!    `Authorization` header. Accepted: a 2xx without an `sl-violations` header; rejected:
//!    400 or 422 with one. Without the binary the test prints a notice and passes, unless
//!    `OCI_BACKUP_REQUIRE_PRISM=1` (set by `cargo xtask ci`, after its `npm ci`).
//!
//! A spec that relies on discriminator support, or on a reading of `allOf` patterns that
//! only one tool has, fails here naming the validator and the case.
//!
//! The specs are the fake's copies (`fake-server/specs/`, equal to `specs/` by
//! `cargo xtask generate --check`). `OCI_BACKUP_CONFORMANCE_OAC_SPEC` and
//! `OCI_BACKUP_CONFORMANCE_CORE_SPEC` point the three validators at other files (a patched
//! copy under review, say); `OCI_BACKUP_PRISM` at another `prism` binary.
//!
//! Run alone: `cargo test -p oci-backup-fake --test conformance -- --nocapture` (prints
//! every verdict of every validator).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use oci_backup_fake::spec::{Discriminators, IncomingRequest, Specs};
use serde::Deserialize;
use serde_json::Value;

/// The Prism release the corpus's verdicts are checked against (`.ci/package.json`).
const PRISM_VERSION: &str = "5.14.2";

#[derive(Debug, Deserialize)]
struct Corpus {
    /// The spec the corpus is about (`specs/<name>.yaml`).
    spec: String,
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    operation: String,
    expect: Verdict,
    why: String,
    body: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Verdict {
    Accept,
    Reject,
}

impl Verdict {
    fn word(self) -> &'static str {
        match self {
            Verdict::Accept => "accept",
            Verdict::Reject => "reject",
        }
    }
}

/// One spec: where its YAML is, its text, and its corpus.
struct Subject {
    /// `oac-snapshots`, `core-boot-volume-backups`.
    name: &'static str,
    yaml_path: PathBuf,
    yaml: String,
    corpus: Corpus,
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn subject(name: &'static str, override_var: &str) -> Subject {
    let yaml_path = std::env::var_os(override_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("specs/{name}.yaml"))
        });
    let yaml = std::fs::read_to_string(&yaml_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", yaml_path.display()));
    let corpus_path = workspace().join(format!("specs/conformance/{name}.json"));
    let text = std::fs::read_to_string(&corpus_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", corpus_path.display()));
    let corpus: Corpus =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", corpus_path.display()));
    Subject {
        name,
        yaml_path,
        yaml,
        corpus,
    }
}

/// Analytics, then Core.
fn subjects() -> [Subject; 2] {
    let subjects = [
        subject("oac-snapshots", "OCI_BACKUP_CONFORMANCE_OAC_SPEC"),
        subject(
            "core-boot-volume-backups",
            "OCI_BACKUP_CONFORMANCE_CORE_SPEC",
        ),
    ];
    for s in &subjects {
        eprintln!("{}: spec {}", s.name, s.yaml_path.display());
    }
    subjects
}

fn specs(subjects: &[Subject; 2], discriminators: Discriminators) -> Specs {
    Specs::from_yaml_with(&subjects[1].yaml, &subjects[0].yaml, discriminators)
        .unwrap_or_else(|e| panic!("the specs do not load: {e}"))
}

/// The method and a concrete path of an operation (path parameters filled in).
fn target(specs: &Specs, operation_id: &str) -> (String, String) {
    let operation = specs
        .operation(operation_id)
        .unwrap_or_else(|| panic!("no operation `{operation_id}` in the specs"));
    assert!(operation.has_body(), "`{operation_id}` takes no body");
    let path = operation
        .path()
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                "ocid1.bootvolumebackup.oc1..conformance"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    (operation.method().to_owned(), path)
}

/// A validator's answer for one body: its verdict, or why it gave none, and what it said.
struct Judgement {
    verdict: Result<Verdict, String>,
    detail: String,
}

/// Checks every verdict of `validator` against the corpus: prints them all, then fails
/// naming each case that disagrees.
fn check(
    validator: &str,
    subjects: &[Subject],
    judge: &mut dyn FnMut(&Subject, &Case) -> Judgement,
) {
    let started = Instant::now();
    let mut total = 0;
    let mut wrong = Vec::new();
    for subject in subjects {
        for case in &subject.corpus.cases {
            total += 1;
            let judgement = judge(subject, case);
            let got = match &judgement.verdict {
                Ok(verdict) => verdict.word().to_owned(),
                Err(why) => format!("no verdict ({why})"),
            };
            let agrees = judgement.verdict == Ok(case.expect);
            println!(
                "verdict\t{validator}\t{}/{}\t{}\t{got}\t{}\t{}",
                subject.name,
                case.name,
                case.expect.word(),
                if agrees { "ok" } else { "WRONG" },
                judgement.detail
            );
            if !agrees {
                wrong.push(format!(
                    "  {}/{}: expected {}, got {got} [{}] ({})",
                    subject.name,
                    case.name,
                    case.expect.word(),
                    judgement.detail,
                    case.why
                ));
            }
        }
    }
    eprintln!(
        "{validator}: {} of {total} cases as expected, in {:.2} s",
        total - wrong.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        wrong.is_empty(),
        "{validator}: {} of {total} cases disagree with the expected verdict:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Judges a body with the fake's request validation, as the fake would receive it.
fn judge_with(specs: &Specs, case: &Case) -> Judgement {
    let (method, path) = target(specs, &case.operation);
    let body = serde_json::to_vec(&case.body).unwrap();
    let headers = [("content-type".to_owned(), "application/json".to_owned())];
    let request = IncomingRequest {
        method: &method,
        path_and_query: &path,
        headers: &headers,
        body: &body,
    };
    match specs.check_request(&request) {
        Ok(_) => Judgement {
            verdict: Ok(Verdict::Accept),
            detail: String::new(),
        },
        Err(violation) if violation.status == 400 => Judgement {
            verdict: Ok(Verdict::Reject),
            detail: violation.message(),
        },
        Err(other) => Judgement {
            verdict: Err(format!("routing: {other}")),
            detail: other.to_string(),
        },
    }
}

#[test]
fn the_corpus_is_well_formed_and_its_seeds_are_oracles_examples() {
    let subjects = subjects();
    let specs = specs(&subjects, Discriminators::Dispatch);
    for subject in &subjects {
        assert_eq!(subject.corpus.spec, format!("specs/{}.yaml", subject.name));
        let mut names = BTreeSet::new();
        for case in &subject.corpus.cases {
            assert!(
                names.insert(case.name.as_str()),
                "{}: case `{}` twice",
                subject.name,
                case.name
            );
            assert!(!case.why.trim().is_empty(), "{}: no why", case.name);
            target(&specs, &case.operation);
        }
        for verdict in [Verdict::Accept, Verdict::Reject] {
            assert!(
                subject.corpus.cases.iter().any(|c| c.expect == verdict),
                "{}: no case to {}",
                subject.name,
                verdict.word()
            );
        }
    }
    // The seeds are Oracle's two createSnapshot examples, as the fixtures hold them.
    let analytics = &subjects[0].corpus.cases;
    for (name, fixture) in [
        ("seed-create", "oac-seed-create.json"),
        ("seed-register", "oac-seed-register.json"),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(fixture);
        let seed: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let case = analytics.iter().find(|c| c.name == name).unwrap();
        assert_eq!(case.body, seed, "{name} is not {fixture}");
        assert_eq!(case.expect, Verdict::Accept);
    }
}

#[test]
fn the_fake_validator_gives_every_expected_verdict() {
    let subjects = subjects();
    let specs = specs(&subjects, Discriminators::Dispatch);
    check("fake validator", &subjects, &mut |_, case| {
        judge_with(&specs, case)
    });
}

#[test]
fn plain_json_schema_gives_every_expected_verdict() {
    let subjects = subjects();
    let specs = specs(&subjects, Discriminators::Annotation);
    check(
        "JSON Schema (OAS 3.1 semantics)",
        &subjects,
        &mut |_, case| judge_with(&specs, case),
    );
}

#[test]
fn prism_gives_every_expected_verdict() {
    let required = std::env::var("OCI_BACKUP_REQUIRE_PRISM").is_ok_and(|v| v == "1");
    let binary = std::env::var_os("OCI_BACKUP_PRISM")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join(".ci/node_modules/.bin/prism"));
    if !binary.exists() {
        assert!(
            !required,
            "Prism {PRISM_VERSION}: {} is missing and OCI_BACKUP_REQUIRE_PRISM=1: run \
             `npm ci` in .ci/",
            binary.display()
        );
        eprintln!(
            "NOTICE: Prism {PRISM_VERSION} judge skipped: {} not found (run `npm ci` in .ci/, \
             or set OCI_BACKUP_PRISM; OCI_BACKUP_REQUIRE_PRISM=1 makes this a failure)",
            binary.display()
        );
        return;
    }
    let version = Command::new(&binary)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "Prism {PRISM_VERSION}: cannot run {}: {e}",
                binary.display()
            )
        });
    let version = String::from_utf8_lossy(&version.stdout).trim().to_owned();
    assert_eq!(
        version,
        PRISM_VERSION,
        "{} is Prism {version}, the corpus is checked against {PRISM_VERSION}",
        binary.display()
    );
    let subjects = subjects();
    let specs = specs(&subjects, Discriminators::Dispatch);
    let started = Instant::now();
    let mocks: Vec<Prism> = subjects
        .iter()
        .map(|s| Prism::start(&binary, &s.yaml_path))
        .collect();
    eprintln!(
        "Prism {PRISM_VERSION}: {} mocks listening after {:.1} s",
        mocks.len(),
        started.elapsed().as_secs_f64()
    );
    let validator = format!("Prism {PRISM_VERSION}");
    check(&validator, &subjects, &mut |subject, case| {
        let index = subjects
            .iter()
            .position(|s| s.name == subject.name)
            .unwrap();
        let (method, path) = target(&specs, &case.operation);
        mocks[index].judge(&method, &path, &case.body)
    });
}

/// A running `prism mock`, stopped when dropped.
struct Prism {
    child: Child,
    port: u16,
}

impl Prism {
    /// Starts `prism mock` on a free port of 127.0.0.1 for `spec` and waits until it
    /// listens (at most two minutes: Node starts slowly on a busy machine).
    fn start(binary: &Path, spec: &Path) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let mut child = Command::new(binary)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(spec)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("Prism {PRISM_VERSION}: cannot start: {e}"));
        let (lines, received) = mpsc::channel::<String>();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let lines = lines.clone();
            // Reads to the end so that Prism never blocks on a full pipe.
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = lines.send(line);
                }
            });
        }
        drop(lines);
        let prism = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut output = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match received.recv_timeout(left) {
                Ok(line) if line.contains("Prism is listening") => return prism,
                Ok(line) => output.push(line),
                Err(mpsc::RecvTimeoutError::Timeout) => panic!(
                    "Prism {PRISM_VERSION}: not listening after 120 s on {}:\n{}",
                    spec.display(),
                    output.join("\n")
                ),
                Err(mpsc::RecvTimeoutError::Disconnected) => panic!(
                    "Prism {PRISM_VERSION}: exited before listening on {}:\n{}",
                    spec.display(),
                    output.join("\n")
                ),
            }
        }
    }

    /// Sends `body` and reads Prism's verdict from the status and `sl-violations`.
    fn judge(&self, method: &str, path: &str, body: &Value) -> Judgement {
        let body = serde_json::to_string(body).unwrap();
        let (status, violations) = match self.send(method, path, &body) {
            Ok(answer) => answer,
            Err(e) => {
                return Judgement {
                    verdict: Err(format!("no answer: {e}")),
                    detail: String::new(),
                };
            }
        };
        let detail = violations
            .as_deref()
            .map(violation_messages)
            .unwrap_or_default();
        let verdict = match (status, &violations) {
            (200..=299, None) => Ok(Verdict::Accept),
            (400 | 422, Some(_)) => Ok(Verdict::Reject),
            (status, violations) => Err(format!(
                "HTTP {status}, {} sl-violations",
                if violations.is_some() {
                    "with"
                } else {
                    "without"
                }
            )),
        };
        Judgement { verdict, detail }
    }

    /// One HTTP/1.1 request on a fresh connection: the status and the `sl-violations`
    /// header, if any.
    fn send(&self, method: &str, path: &str, body: &str) -> std::io::Result<(u16, Option<String>)> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nAuthorization: Bearer conformance\r\n\
             Content-Type: application/json\r\nAccept: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        )?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        let answer = String::from_utf8_lossy(&answer);
        let head = answer.split("\r\n\r\n").next().unwrap_or_default();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("not HTTP: {head:?}")))?;
        let violations = lines.find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("sl-violations")
                .then(|| value.trim().to_owned())
        });
        Ok((status, violations))
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The messages of an `sl-violations` header (a JSON array of `{location, message}`),
/// joined; the raw header if it is not that.
fn violation_messages(header: &str) -> String {
    let Ok(Value::Array(violations)) = serde_json::from_str::<Value>(header) else {
        return header.to_owned();
    };
    violations
        .iter()
        .map(|v| {
            let location = v
                .get("location")
                .and_then(Value::as_array)
                .map(|parts| {
                    parts
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(".")
                })
                .unwrap_or_default();
            let message = v.get("message").and_then(Value::as_str).unwrap_or("?");
            format!("{location}: {message}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}
