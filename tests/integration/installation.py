"""A whole tilmeld installation for stories: a Dovecot mailbox, an SMTP sink, a config
file, a SQLite database, and `tilmeld` run as cron runs it, in its own process.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from servers.dovecot import MailUser, Stored
from servers.smtp_sink import SmtpSink

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
STORIES = FIXTURES / "mail" / "stories"
SIGNUP = "tilmelding@lysholm-bolig.dk"
COORDINATOR = "kha@lysholm-bolig.dk"
PROCESSED = "Behandlet"
# The senders of the story mails in tests/fixtures/mail/stories/.
JONAS = "jonas.friis@gmail.com"  # complete_gmail_da: workshop 2 and dinner
METTE = "mette.skov@hvidovre-skole.dk"  # no_dinner_outlook_da: no dinner answer
SAM = "sam.okafor@icloud.com"  # complete_iphone_en: in English


def story_mail(name: str) -> bytes:
    return (STORIES / name).read_bytes()


@dataclass
class Site:
    root: Path
    user: MailUser
    sink: SmtpSink
    processed_folder: str | None
    # Set: the database is this URL (TILMELD_DATABASE_URL), not the SQLite file of the config.
    database_url: str | None = None
    # More environment for every run of tilmeld (passwords, the crash test hook).
    env: dict[str, str] = field(default_factory=dict)

    @property
    def config(self) -> Path:
        return self.root / "event.toml"

    def write_config(self, extra: str = "", **sections: dict[str, object]) -> None:
        """The test event of tests/fixtures/event.toml, pointed at this site's servers.

        `sections` change keys of [imap] or [smtp], e.g. smtp={"security": "starttls"};
        a value of None leaves the key out.
        """
        event = (FIXTURES / "event.toml").read_text(encoding="utf-8")
        event = event[: event.index("[database]")]
        event = event.replace('invitation_file = "invitation.eml"',
                              f'invitation_file = "{FIXTURES / "invitation.eml"}"')
        imap: dict[str, object] = {
            "host": self.user.server.host, "port": self.user.server.port, "security": "none",
            "username": self.user.name, "password_file": str(self.user.password_file),
            "timeout": 10, "processed_folder": self.processed_folder}
        smtp: dict[str, object] = {"host": self.sink.host, "port": self.sink.port,
                                   "security": "none", "timeout": 10}
        imap.update(sections.pop("imap", {}))
        smtp.update(sections.pop("smtp", {}))
        assert not sections, f"no such section here: {sorted(sections)}"
        self.config.write_text(
            event
            + f"""
[imap]
{_toml(imap)}
[smtp]
{_toml(smtp)}
[database]
url = "sqlite:///{self.root / 'tilmeld.sqlite3'}"
{extra}
""",
            encoding="utf-8",
        )

    @property
    def url(self) -> str:
        """The database this site's runs use."""
        return self.database_url or f"sqlite:///{self.root / 'tilmeld.sqlite3'}"

    def sql(self, query: str, **params: object) -> list[tuple]:
        """Rows of a query on the site's database, to look at what a run left behind."""
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return [tuple(row) for row in conn.execute(text(query), params)]
        finally:
            engine.dispose()

    # -- acting ------------------------------------------------------------------------------

    def deliver(self, raw: bytes) -> int:
        return self.user.deliver(raw)

    def tilmeld(self, *args: str, check: bool = True,
                timeout: float = 60) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(self.command(*args), capture_output=True, text=True,
                                timeout=timeout, env=self.environment())
        if check and result.returncode != 0:
            raise AssertionError(f"tilmeld {' '.join(args)} exited {result.returncode}:\n"
                                 f"{result.stderr}")
        return result

    def tick(self, now: str, *, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.tilmeld("tick", "--now", now, check=check)

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "pipeline", "--config", str(self.config), *args]

    def environment(self, **more: str) -> dict[str, str]:
        env = {**os.environ, **self.env, **more}
        if self.database_url:
            env["TILMELD_DATABASE_URL"] = self.database_url
        return env

    # -- looking ------------------------------------------------------------------------------

    def all_sent(self) -> list[EmailMessage]:
        """Every mail the SMTP sink accepted, parsed, in order."""
        return [email.message_from_bytes(e.raw, policy=email.policy.default)  # type: ignore[misc]
                for e in self.sink.received]

    def sent(self) -> list[EmailMessage]:
        """The mail participants got: everything but the coordinator's digests and forwards."""
        return [m for m in self.all_sent() if COORDINATOR not in str(m["To"])]

    def to_coordinator(self, kind: str | None = None) -> list[EmailMessage]:
        """The coordinator's mail; `kind` "digest" or "forward" picks one sort."""
        mail = [m for m in self.all_sent() if COORDINATOR in str(m["To"])]
        if kind == "digest":
            return [m for m in mail if any(p.get_content_type() == "text/csv" for p in m.walk())]
        if kind == "forward":
            return [m for m in mail if not any(p.get_content_type() == "text/csv"
                                               for p in m.walk())]
        return mail

    def sent_to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.sent() if address in str(m["To"])]

    def people(self) -> dict[str, dict]:
        out = self.tilmeld("list", "--json").stdout
        return {p["email"]: p for p in map(json.loads, out.splitlines())}

    def inbox(self) -> list[Stored]:
        return self.user.read("INBOX")


def answer(to: EmailMessage, sender: str, name: str, body: str, *, quote: bool = True) -> bytes:
    """A person's answer to one of our mails, as a mail client writes it: Re:, threaded,
    our text quoted below theirs."""
    reply = EmailMessage(policy=email.policy.SMTP)
    reply["From"] = f"{name} <{sender}>"
    reply["To"] = str(to["From"])
    reply["Subject"] = "Re: " + str(to["Subject"]).removeprefix("Re: ")
    reply["Date"] = format_datetime(parsedate_to_datetime(str(to["Date"])))
    reply["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    reply["In-Reply-To"] = str(to["Message-ID"])
    reply["References"] = " ".join(filter(None, [str(to.get("References", "")),
                                                 str(to["Message-ID"])]))
    text = body
    if quote:
        ours = to.get_body(preferencelist=("plain",))
        assert ours is not None
        quoted = "\n".join("> " + line for line in ours.get_content().splitlines())
        text += f"\n\nDen {to['Date']} skrev {to['From']}:\n{quoted}\n"
    reply.set_content(text)
    return reply.as_bytes()


def _toml(table: dict[str, object]) -> str:
    """key = value lines; strings as TOML basic strings (JSON's escapes are TOML's)."""
    return "".join(f"{key} = {json.dumps(value)}\n" for key, value in table.items()
                   if value is not None)


def fresh_database(server_url: str) -> str:
    """A new, empty database on the PostgreSQL server of `server_url`; its URL."""
    name = f"site_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)
