"""A real PostgreSQL (Debian's package) in a temporary folder, on 127.0.0.1 and a free port.

The server refuses to run as root, so under root it runs as the `postgres` OS user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import ServerUnavailable, free_port, wait_for_port

INSTALL_HINT = "install it with `apt-get install postgresql` (or run tests/ensure-servers as root)"
DATABASE = "tilmeld"


def _bin_dir() -> Path:
    """$TILMELD_PG_BIN, else the newest /usr/lib/postgresql/*/bin, else initdb on PATH."""
    if os.environ.get("TILMELD_PG_BIN"):
        return Path(os.environ["TILMELD_PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ServerUnavailable(f"PostgreSQL is not installed (no initdb found): {INSTALL_HINT}")


class Postgres:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.log = root / "postgres.log"
        self.port = 0
        self.bin = _bin_dir()
        self.user = self._account()

    def _account(self) -> pwd.struct_passwd:
        if os.geteuid() != 0:
            return pwd.getpwuid(os.geteuid())
        try:
            return pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable(f"the postgres OS user is missing: {INSTALL_HINT}") from None

    def _run(self, *args: str) -> None:
        as_other = os.geteuid() == 0
        result = subprocess.run(
            [str(self.bin / args[0]), *args[1:]], cwd=self.root, capture_output=True, text=True,
            timeout=120, env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8"},
            user=self.user.pw_uid if as_other else None,
            group=self.user.pw_gid if as_other else None,
            extra_groups=[] if as_other else None,
        )
        if result.returncode != 0:
            raise ServerUnavailable(f"PostgreSQL: {args[0]} failed: {result.stderr.strip()[-500:]}")

    def start(self) -> None:
        shutil.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        self.port = free_port()
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} "
                   f"-c unix_socket_directories={self.root} -c fsync=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        wait_for_port(self.port, what="PostgreSQL")
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", DATABASE)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{DATABASE}"


@contextmanager
def running() -> Iterator[Postgres]:
    root = Path(tempfile.mkdtemp(prefix="tilmeld-postgres-"))
    try:
        server = Postgres(root)
        try:
            server.start()
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
