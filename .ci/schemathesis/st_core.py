#!/usr/bin/env python3
"""Schemathesis run of the Core spec (specs/core-boot-volume-backups.yaml) against a running server, every request
signed as OCI does it: by the official `oci` SDK's requests auth object (oci.signer.Signer), with a throwaway RSA
key whose public half the server trusts (oci-backup fake-server --public-key KEY_PUBLIC.pem).

  python st_core.py --spec specs/core-boot-volume-backups.yaml --base-url http://127.0.0.1:PORT --key KEY.pem
Exit: 0 no failures, 1 failures.
"""
import hashlib
import sys

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

    def existing_backup(operation) -> dict:
        # A fresh backup for each operation, so that get/update/delete/changeCompartment also meet a backup that
        # exists (random ids only ever reach the 404 branch).
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

    def call_kwargs(case) -> dict:
        # `auth` goes through case.call(...) to requests: the Signer runs on the final PreparedRequest, after
        # Schemathesis has serialized the body, so the signature covers the exact bytes sent.
        return {"auth": signer} if case.method.upper() in SIGNED_METHODS else {}

    return Runner(
        args,
        call_kwargs,
        existing_backup,
        positive_fixups=[issued_page_token],
        # 412: update and delete carry an optional `if-match`; a schema-valid but random etag is rightly refused
        # (NoEtagMatch, documented in the spec).
        accept_positive=["412"],
    ).run()


if __name__ == "__main__":
    sys.exit(main())
