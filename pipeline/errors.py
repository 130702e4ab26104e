"""Errors a user can act on, each with the sysexits code cron and systemd see."""

from __future__ import annotations

# sysexits.h: the codes fetchmail, getmail and sendmail use, so operators know them.
EX_OK = 0
EX_DATAERR = 65
EX_SOFTWARE = 70
EX_TEMPFAIL = 75
EX_CONFIG = 78


class TilmeldError(Exception):
    """Base of every error tilmeld reports to the user as one line."""

    exit_code = EX_SOFTWARE


class ConfigError(TilmeldError):
    """The configuration is wrong: names the file and the key so it can be fixed."""

    exit_code = EX_CONFIG

    def __init__(self, file: object, key: str, problem: str) -> None:
        self.file = str(file)
        self.key = key
        self.problem = problem
        super().__init__(f"{self.file}: {key}: {problem}")


class TemporaryFailure(TilmeldError):
    """A server or the database could not be reached; the next run will try again."""

    exit_code = EX_TEMPFAIL

    def __init__(self, what: str, host: str | None, port: int | None, problem: str) -> None:
        self.what = what
        self.host = host
        self.port = port
        self.problem = problem
        where = f" {host}:{port}" if host else ""
        super().__init__(f"{what}{where}: {problem}")
