#!/usr/bin/env python3
"""Schemathesis run of the Analytics spec (specs/oac-snapshots.yaml) against a running server, with a bearer token.

  python st_oac.py --spec specs/oac-snapshots.yaml --base-url http://127.0.0.1:PORT --token TOKEN
The server must accept the token (oci-backup fake-server --bearer-token TOKEN) and finish work requests quickly
(--work-request-seconds 1), so that the pass on existing snapshots finds some.
Exit: 0 no failures, 1 failures.
"""
import sys
import time
import uuid
from urllib.parse import quote

import requests

from st_lib import Runner, parse_args


def main() -> int:
    import argparse

    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--token", required=True, help="a bearer token the server accepts")
    token_args, rest = pre.parse_known_args()
    sys.argv = [sys.argv[0], *rest]
    args = parse_args(__doc__)
    auth = {"Authorization": f"Bearer {token_args.token}"}
    session = requests.Session()
    session.headers.update(auth)
    api = f"{args.base_url}/api/20210901"

    def create_snapshot() -> tuple[str, str]:
        name = f"st-{uuid.uuid4().hex[:12]}"
        body = {"type": "CREATE", "name": name,
                "storage": {"type": "OCI_NATIVE", "bucket": "st", "auth": {"type": "OCI_RESOURCE_PRINCIPAL"}},
                "bar": {"uri": f"file:///{name}.bar", "password": "Examp1ePassword"}}
        r = session.post(f"{api}/snapshots", json=body)
        r.raise_for_status()
        return name, r.json()["workRequestId"]

    def existing(operation) -> dict:
        # Path ids that name something that exists. A snapshot exists once its work request succeeded.
        names = {p.name for p in operation.iter_parameters() if p.location.value == "path"}
        name, work_request = create_snapshot()
        if "id" in names:  # getWorkRequest
            return {"id": work_request}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status = session.get(f"{api}/workRequests/{quote(work_request, safe='')}").json()["status"]
            if status in ("SUCCEEDED", "FAILED", "CANCELED"):
                break
            time.sleep(0.2)
        items = session.get(f"{api}/snapshots").json()["items"]
        return {"snapshotId": next(item["id"] for item in items if item["name"] == name)}

    # Explicit headers win over the Authorization header Schemathesis may generate for the bearer scheme.
    return Runner(args, lambda case: {"headers": dict(auth)}, existing).run()


if __name__ == "__main__":
    sys.exit(main())
