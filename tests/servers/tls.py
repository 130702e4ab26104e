"""A throwaway certificate authority (trustme) and a server certificate for 127.0.0.1."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

import trustme


@dataclass(frozen=True)
class Certificates:
    ca_file: Path      # what a client must trust
    cert_file: Path    # the server's chain, PEM
    key_file: Path     # the server's private key, PEM

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_certificates(directory: Path, name: str = "test") -> Certificates:
    """A fresh CA in `directory` and a certificate it signed for 127.0.0.1 and localhost."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    files = Certificates(directory / f"{name}-ca.pem", directory / f"{name}-cert.pem",
                         directory / f"{name}-key.pem")
    ca.cert_pem.write_to_path(str(files.ca_file))
    cert.private_key_pem.write_to_path(str(files.key_file))
    files.cert_file.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    # Dovecot's master reads these as root, but its children may run as another user.
    for path in (files.ca_file, files.cert_file, files.key_file):
        path.chmod(0o644)
    return files
