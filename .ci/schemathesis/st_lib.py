"""Shared runner: property-based tests of an OpenAPI spec against a running server (Schemathesis 4.x Python API).

Not pytest and not the `schemathesis` command: each operation gets, in this order,
  - fuzzing: a Hypothesis test on `operation.as_strategy(mode)` per mode (positive, negative), `--max-examples`
    cases each, seeded, no shrinking;
  - coverage: Schemathesis' deterministic boundary cases (`schema.iter_coverage_cases`): the values at and just
    beyond every constraint, missing required parameters, control characters in headers, non-ASCII paths...;
  - existing: with the caller's help, one more positive fuzzing pass whose path ids name a resource that exists;
  - examples: the spec's own `example`/`examples`.
Each case is sent with `case.call(...)` (the caller adds the credentials: a requests auth object or headers) and
checked with `case.validate_response(...)`. Failures are collected, not raised, so every operation runs its full
budget. Exit status: 0 no failures, 1 any failure (a failed check, a case the server did not answer).
"""
from __future__ import annotations

import argparse
import collections
import json
import time
from typing import Any, Callable, Iterable

import hypothesis
import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

POSITIVE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    # valid data must not be refused: 2xx/3xx/401/403/404/409/429/5xx are fine (5xx fails the first check), 400 not
    positive_data_acceptance,
]
# Negative cases: invalid data must be refused (4xx); positive_data_acceptance makes no sense there.
NEGATIVE_CHECKS = POSITIVE_CHECKS[:-1] + [negative_data_rejection]


def parse_args(description: str) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--spec", required=True, help="the OpenAPI file")
    p.add_argument("--base-url", required=True, help="server under test, e.g. http://127.0.0.1:PORT")
    p.add_argument("--max-examples", type=int, default=100, help="fuzzed cases per operation and mode")
    p.add_argument("--seed", type=int, default=1, help="Hypothesis seed (same seed, same cases)")
    p.add_argument("--modes", default="positive,negative", help="positive, negative or both (comma-separated)")
    p.add_argument("--no-coverage", action="store_true", help="skip the coverage (boundary) cases")
    p.add_argument("--no-examples", action="store_true", help="skip sending the spec's own examples")
    p.add_argument("--no-existing", action="store_true",
                   help="skip the extra positive pass whose path ids name a resource that exists")
    p.add_argument("--operation", action="append", default=[], help="only this operationId (repeatable)")
    p.add_argument("--timeout", type=float, default=10.0, help="per-request timeout in seconds")
    p.add_argument("--summary", help="also write the counts to this file as JSON")
    p.add_argument("-v", "--verbose", action="store_true", help="print every failing case in full")
    return p.parse_args()


class Runner:
    """Sends the cases of every operation and collects what failed.

    call_kwargs(case): extra keyword arguments for case.call (auth=..., headers=...), for a case that carries
      credentials; cases that negate the security scheme are sent without any.
    existing_path_parameters(operation): path parameters naming a resource that exists, or None.
    positive_fixups: functions (case -> None) applied to every positive case before it is sent, for the few
      schema-valid values a server rightly refuses that a schema cannot describe (each says why).
    accept_positive: extra statuses positive_data_acceptance accepts (each documented by the caller).
    """

    def __init__(
        self,
        args: argparse.Namespace,
        call_kwargs: Callable[[schemathesis.Case], dict[str, Any]],
        existing_path_parameters: Callable[[Any], dict[str, Any] | None] | None = None,
        positive_fixups: Iterable[Callable[[schemathesis.Case], None]] = (),
        accept_positive: Iterable[str] = (),
    ):
        self.args = args
        self.call_kwargs = call_kwargs
        self.existing_path_parameters = existing_path_parameters
        self.positive_fixups = list(positive_fixups)
        self.accept_positive = list(accept_positive)
        self.session = requests.Session()
        # unique failures: (label, failure class, title) -> [count, {cause: report}]
        self.failures: dict[tuple[str, str, str], list[Any]] = {}
        self.statuses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.cases = 0  # generated
        self.sent = 0  # answered by the server
        self.unsendable = 0  # refused by the HTTP client itself (e.g. a NUL byte in a header): never sent
        self.checks = 0  # checks run
        self.failed_checks = 0

    def send(self, case: schemathesis.Case, label: str, negative: bool) -> None:
        self.cases += 1
        checks = NEGATIVE_CHECKS if negative else POSITIVE_CHECKS
        if not negative:
            for fixup in self.positive_fixups:
                fixup(case)
        # A negative case may negate the security scheme (no Authorization header; 401 expected). A requests
        # auth object would sign it anyway, so such cases go without credentials.
        if case.operation.schema.is_security_param_negated(case):
            kwargs: dict[str, Any] = {}
            label += " (no credentials)"
        else:
            kwargs = self.call_kwargs(case)
        try:
            response = case.call(base_url=self.args.base_url, session=self.session, timeout=self.args.timeout, **kwargs)
        except (requests.exceptions.InvalidHeader, requests.exceptions.InvalidURL, UnicodeEncodeError):
            # The client library will not put this on the wire; nothing reached the server.
            self.unsendable += 1
            return
        except requests.RequestException as exc:
            # The server did not answer (closed the connection, timed out): a failure.
            key = (label, type(exc).__name__, str(exc)[:200])
            self.failures.setdefault(key, [0, {"": case.as_curl_command()}])[0] += 1
            self.failed_checks += 1
            return
        self.sent += 1
        self.statuses[label][response.status_code] += 1
        self.checks += len(checks)
        try:
            case.validate_response(response, checks=checks, transport_kwargs={"base_url": self.args.base_url, **kwargs})
        except FailureGroup as group:
            for failure in group.exceptions:
                self.failed_checks += 1
                key = (label, type(failure).__name__, failure.title)
                entry = self.failures.setdefault(key, [0, {}])
                entry[0] += 1
                # keep up to 5 differently caused examples: by status and the start of the body
                cause = f"{response.status_code} {response.text[:60].split(':')[0]}"
                if cause not in entry[1] and len(entry[1]) < 5:
                    entry[1][cause] = str(group)

    def run_operation(self, schema: Any, operation: Any) -> None:
        label = f"{operation.method.upper()} {operation.path} ({operation.definition.raw.get('operationId')})"
        hyp_settings = settings(
            max_examples=self.args.max_examples,
            database=None,  # no example database: a run does not depend on earlier runs
            deadline=None,
            phases=[Phase.explicit, Phase.generate],  # no shrinking: failures are collected, not raised
            suppress_health_check=list(HealthCheck),
            report_multiple_bugs=False,
        )
        modes = [GenerationMode(m.strip()) for m in self.args.modes.split(",") if m.strip()]
        passes: list[tuple[GenerationMode, str | None]] = [(m, None) for m in modes]
        has_path_params = any(p.location.value == "path" for p in operation.iter_parameters())
        if (GenerationMode.POSITIVE in modes and has_path_params and self.existing_path_parameters
                and not self.args.no_existing):
            passes.append((GenerationMode.POSITIVE, "existing"))
        for mode, variant in passes:
            tag = f"{label} [{mode.value}{', ' + variant if variant else ''}]"
            path_parameters = self.existing_path_parameters(operation) if variant == "existing" else None
            strategy = operation.as_strategy(generation_mode=mode, path_parameters=path_parameters)
            negative = mode is GenerationMode.NEGATIVE

            @hypothesis_seed(self.args.seed)
            @hyp_settings
            @given(case=strategy)
            def test(case: schemathesis.Case) -> None:  # called right away, so the loop variables are current
                self.send(case, tag, negative)

            try:
                test()
            except hypothesis.errors.Unsatisfiable as exc:
                self.failures.setdefault((tag, "Unsatisfiable", str(exc)[:200]), [1, {}])
                self.failed_checks += 1
        if not self.args.no_coverage:
            generation_config = schema.config.generation_for(operation=operation)
            for case in schema.iter_coverage_cases(
                operation, generation_modes=modes, generation_config=generation_config
            ):
                negative = case.meta is not None and case.meta.generation.mode.is_negative
                if case.method.upper() != operation.method.upper():
                    # A method the API lacks (TRACE, OPTIONS...): must be refused, it is invalid either way.
                    negative = True
                self.send(case, f"{label} [coverage, {'negative' if negative else 'positive'}]", negative)
        if not self.args.no_examples:
            # The spec's own `example`/`examples`: one case each, drawn with the same seed.
            for i, strategy in enumerate(schema.get_strategies_from_examples(operation)):

                @hypothesis_seed(self.args.seed)
                @settings(hyp_settings, max_examples=1)
                @given(case=strategy)
                def test_example(case: schemathesis.Case) -> None:
                    self.send(case, f"{label} [example {i + 1}]", False)

                test_example()

    def run(self) -> int:
        started = time.monotonic()
        config = None
        if self.accept_positive:
            statuses = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"] + self.accept_positive
            config = schemathesis.Config.from_dict(
                {"checks": {"positive_data_acceptance": {"expected-statuses": statuses}}}
            )
        schema = schemathesis.openapi.from_path(self.args.spec, config=config)
        n_ops = 0
        for result in schema.get_all_operations():
            operation = result.ok()  # raises on an operation Schemathesis cannot load
            if self.args.operation and operation.definition.raw.get("operationId") not in self.args.operation:
                continue
            n_ops += 1
            self.run_operation(schema, operation)
        elapsed = time.monotonic() - started
        print(f"schemathesis {schemathesis.__version__}, hypothesis {hypothesis.__version__}; spec {self.args.spec}")
        print(f"{n_ops} operations, {self.args.max_examples} fuzzed examples per operation and mode, seed "
              f"{self.args.seed}, modes {self.args.modes}, coverage {'off' if self.args.no_coverage else 'on'}, "
              f"examples {'off' if self.args.no_examples else 'on'}")
        print("\nStatus codes per operation and pass:")
        for tag in sorted(self.statuses):
            codes = ", ".join(f"{code}x{n}" for code, n in sorted(self.statuses[tag].items()))
            print(f"  {tag}: {codes}")
        if self.failures:
            print(f"\n{len(self.failures)} distinct failures (operation and pass, kind, title: count):")
            for (tag, kind, title), (count, messages) in sorted(self.failures.items()):
                print(f"  - {tag}: {kind}: {title} (x{count})")
                if self.args.verbose:
                    for message in messages.values():
                        print("    " + message.strip().replace("\n", "\n    "))
        summary = {
            "spec": self.args.spec, "operations": n_ops, "cases": self.cases, "requests": self.sent,
            "unsendable": self.unsendable, "checks": self.checks, "failures": self.failed_checks,
            "distinct_failures": len(self.failures), "seconds": round(elapsed, 1),
        }
        print(f"\n{self.cases} cases, {self.sent} requests answered ({self.unsendable} cases the HTTP client "
              f"refused to send), {self.checks} checks, {self.failed_checks} failures "
              f"({len(self.failures)} distinct), {elapsed:.1f} s")
        if self.args.summary:
            with open(self.args.summary, "w") as f:
                json.dump(summary, f)
        return 1 if self.failures else 0
