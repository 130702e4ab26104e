"""Real servers on 127.0.0.1 for the integration tests: Dovecot, an aiosmtpd sink, PostgreSQL.

Each helper raises ServerUnavailable, naming what is missing, when it cannot start;
tests/conftest.py turns that into a skip, or a failure when TILMELD_REQUIRE_SERVERS=1.
"""

from __future__ import annotations

import socket
import time


class ServerUnavailable(Exception):
    """A test server could not be started; the message says what is missing and how to get it."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0, what: str = "server") -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise ServerUnavailable(f"{what} did not listen on 127.0.0.1:{port} "
                                        f"within {timeout:g} s") from None
            time.sleep(0.05)
