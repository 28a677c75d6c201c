#!/usr/bin/env python3
"""The official `oci` SDK's instance-principal signer (oci.auth.signers.InstancePrincipalsSecurityTokenSigner) run
against the fake server's metadata and auth services, as on a compute instance: OCI_METADATA_BASE_URL points at
{base}/opc/v2, the federation endpoint at {base}/v1/x509. It federates, lists boot volume backups signed with the
session key, refreshes the session and lists again. Run by fake-server/tests/sdk_principals.rs, which compares the
SDK's federation request with the project's.

  python sdk_instance_principal.py http://127.0.0.1:PORT COMPARTMENT_OCID
Prints one JSON object (region, tenancy, statuses); exit 0 when every request got 200.
"""
import json
import os
import sys

import oci
import requests


def main() -> int:
    base, compartment = sys.argv[1], sys.argv[2]
    os.environ["OCI_METADATA_BASE_URL"] = base + "/opc/v2"
    signer = oci.auth.signers.InstancePrincipalsSecurityTokenSigner(federation_endpoint=base + "/v1/x509")
    url = base + "/20160918/bootVolumeBackups"
    statuses = [requests.get(url, params={"compartmentId": compartment}, auth=signer, timeout=30).status_code]
    signer.refresh_security_token()
    statuses.append(requests.get(url, params={"compartmentId": compartment}, auth=signer, timeout=30).status_code)
    print(json.dumps({"region": signer.region, "tenancy": signer.tenancy_id, "statuses": statuses}))
    return 0 if all(status == 200 for status in statuses) else 1


if __name__ == "__main__":
    sys.exit(main())
