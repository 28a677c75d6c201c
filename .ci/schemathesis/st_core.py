#!/usr/bin/env python3
"""Schemathesis run of the Core spec (specs/core-boot-volume-backups.yaml) against a running server, every request
signed as OCI does it: by the official `oci` SDK's requests auth object (oci.signer.Signer), with a throwaway RSA
key whose public half the server trusts (oci-backup fake-server --public-key KEY_PUBLIC.pem).

  python st_core.py --spec specs/core-boot-volume-backups.yaml --base-url http://127.0.0.1:PORT --key KEY.pem
Exit: 0 no failures, 1 failures.
"""
import hashlib
import sys
import time

import oci
import requests
from cryptography.hazmat.primitives import serialization

from st_lib import Runner, parse_args

# Methods oci's Signer can sign; the coverage cases also try methods the API lacks (TRACE...), sent unsigned.
SIGNED_METHODS = {"GET", "HEAD", "DELETE", "POST", "PUT", "PATCH"}


def fingerprint(key_file: str) -> str:
    """The OCI API key fingerprint: MD5 of the DER public key, as colon-separated hex."""
    with open(key_file, "rb") as f:
        key = serialization.load_pem_private_key(f.read(), password=None)
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashlib.md5(der).hexdigest()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def main() -> int:
    import argparse

    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--key", required=True, help="the private key (PEM) whose public half the server trusts")
    key_args, rest = pre.parse_known_args()
    sys.argv = [sys.argv[0], *rest]
    args = parse_args(__doc__)
    signer = oci.signer.Signer(
        tenancy="ocid1.tenancy.oc1..aaaaaaaatestschemathesis",
        user="ocid1.user.oc1..aaaaaaaatestschemathesis",
        fingerprint=fingerprint(key_args.key),
        private_key_file_location=key_args.key,
    )
    session = requests.Session()
    base = f"{args.base_url}/20160918/bootVolumeBackups"

    def create_backup() -> str:
        r = session.post(base, auth=signer,
                         json={"bootVolumeId": "ocid1.bootvolume.oc1.iad.schemathesis", "displayName": "st"})
        r.raise_for_status()
        return r.json()["id"]

    # One AVAILABLE backup (the fake runs with --backup-seconds 1) to copy and to restore volumes from.
    available = create_backup()
    time.sleep(1.5)

    def create_volume() -> str:
        r = session.post(f"{args.base_url}/20160918/bootVolumes", auth=signer,
                         json={"availabilityDomain": "Uocm:PHX-AD-1",
                               "compartmentId": "ocid1.compartment.oc1..aaaaaaaaschemathesis",
                               "sourceDetails": {"type": "bootVolumeBackup", "id": available}})
        r.raise_for_status()
        return r.json()["id"]

    def existing_backup(operation) -> dict:
        # A fresh resource for each operation, so that get/update/delete/changeCompartment/copy also meet one that
        # exists (random ids only ever reach the 404 branch): a volume restored from the available backup for the
        # boot volume operations, that backup itself for copy (only an AVAILABLE backup can be copied), a new
        # backup otherwise.
        if "{bootVolumeId}" in operation.path:
            return {"bootVolumeId": create_volume()}
        if operation.path.endswith("/actions/copy"):
            return {"bootVolumeBackupId": available}
        return {"bootVolumeBackupId": create_backup()}

    # `page` is the opaque opc-next-page token of an earlier answer (or "0", the documented first page): the
    # spec types it as a string of 1-512 characters, which no schema can narrow to "a token this server
    # issued", and a foreign token is rightly refused with 400. So positive cases send one the server gave out.
    compartment = "ocid1.compartment.oc1..aaaaaaaaschemathesis"
    for _ in range(2):
        r = session.post(base, auth=signer, json={"bootVolumeId": "ocid1.bootvolume.oc1.iad.schemathesis",
                                                  "compartmentId": compartment, "displayName": "st"})
        r.raise_for_status()
    r = session.get(base, auth=signer, params={"compartmentId": compartment, "limit": 1})
    r.raise_for_status()
    tokens = ["0", r.headers["opc-next-page"]]

    def issued_page_token(case) -> None:
        if case.query and "page" in case.query:
            case.query["page"] = tokens[len(str(case.query["page"])) % len(tokens)]

    # Rules the spec can state only in prose, which the fake enforces (400 naming the field): `destinationRegion`
    # names a region (this fake serves us-ashburn-1 alone), a restore's `availabilityDomain` is "omissible for
    # cloning a volume" only, `changeBlockSizeInBytes` is a power of 2, and an update's `sizeInGBs` "has to be
    # larger than the current size" (the existing pass updates one volume again and again: the largest size
    # always is). Positive cases follow them.
    def documented_prose_rules(case) -> None:
        body = case.body
        if not isinstance(body, dict):
            return
        if case.method.upper() == "PUT" and case.operation.path.endswith("{bootVolumeId}") and "sizeInGBs" in body:
            body["sizeInGBs"] = 32768
        if "destinationRegion" in body:
            body["destinationRegion"] = "us-ashburn-1"
        source = body.get("sourceDetails")
        if isinstance(source, dict):
            if source.get("type") != "bootVolume":
                body.setdefault("availabilityDomain", "Uocm:PHX-AD-1")
            size = source.get("changeBlockSizeInBytes")
            if isinstance(size, int) and not (size > 0 and size & (size - 1) == 0):
                source["changeBlockSizeInBytes"] = 4096

    def call_kwargs(case) -> dict:
        # `auth` goes through case.call(...) to requests: the Signer runs on the final PreparedRequest, after
        # Schemathesis has serialized the body, so the signature covers the exact bytes sent.
        return {"auth": signer} if case.method.upper() in SIGNED_METHODS else {}

    return Runner(
        args,
        call_kwargs,
        existing_backup,
        positive_fixups=[issued_page_token, documented_prose_rules],
        # 412: update and delete carry an optional `if-match`; a schema-valid but random etag is rightly refused
        # (NoEtagMatch, documented in the spec).
        accept_positive=["412"],
    ).run()


if __name__ == "__main__":
    sys.exit(main())
