#!/usr/bin/env python3
"""Writes a throwaway 2048-bit RSA key pair for one Schemathesis run: PRIVATE.pem (PKCS#1) and PUBLIC.pem (SPKI, as
`openssl rsa -pubout` writes it, what `oci-backup fake-server --public-key` reads).

  python keygen.py PRIVATE.pem PUBLIC.pem
"""
import os
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def main() -> int:
    private_path, public_path = sys.argv[1:3]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                  serialization.NoEncryption()))
    with open(public_path, "wb") as f:
        f.write(key.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.SubjectPublicKeyInfo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
