"""What the IMAP and SMTP edges share: verified TLS and one-line reasons for network failures."""

from __future__ import annotations

import socket
import ssl
from typing import Self

from .config import Server
from .errors import ConfigError, TemporaryFailure


class Session:
    """A connection opened on entering a `with` block and closed on leaving it."""

    def open(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def tls_context(server: Server) -> ssl.SSLContext:
    """Verified TLS with the host name checked: the system's CAs, or only `ca_file` when set."""
    cafile = str(server.ca_file) if server.ca_file else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(
            server.config_file, f"{server.section}.ca_file",
            f"cannot load {cafile}: {getattr(exc, 'strerror', None) or exc}",
        ) from None


def unreachable(server: Server, exc: OSError, timeout: float) -> TemporaryFailure:
    """The exception to raise when talking to `server` failed below the protocol."""
    return TemporaryFailure(server.section.upper(), server.host, server.port,
                            _reason(server, exc, timeout))


def _reason(server: Server, exc: OSError, timeout: float) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        hint = f" (is {server.section}.ca_file right?)" if server.ca_file else \
            f" (a private CA needs {server.section}.ca_file)"
        return f"TLS certificate refused: {exc.verify_message}{hint}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed: {exc.reason or exc}"
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve host name: {exc.strerror}"
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return exc.strerror or str(exc) or type(exc).__name__
