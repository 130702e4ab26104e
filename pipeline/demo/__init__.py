"""`tilmeld demo`: a fortnight of sign-up mail, played through the real pipeline in seconds.

In-process IMAP and SMTP servers on 127.0.0.1 (pipeline.demo_servers), SQLite in a
temporary folder, the event in event.toml beside this file, and the replies in replies/.
Each tick is `pipeline.tick.tick`, exactly what cron runs; only the clock is simulated.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path

from sqlalchemy import select

from .. import config
from ..demo_servers import DemoServers, demo_servers
from ..store import db
from ..store.models import Message, Outbox
from ..tick import tick

HERE = resources.files(__package__)
FIRST_DAY = dt.date(2017, 5, 24)
LAST_DAY = dt.date(2017, 6, 10)  # the day after the deadline: the final list
DIGEST_TICK = dt.time(7, 5)  # the coordinator's digest goes at the first tick after 07:00
AFTER_ARRIVAL = dt.timedelta(minutes=5)  # cron's interval

# (the file in replies/, when it arrives, local time)
ARRIVALS = (
    ("01_outlook_ws2_spiser_med.eml", "2017-05-24T08:12"),
    ("02_exchange_autosvar.eml", "2017-05-24T09:30"),
    ("03_gmail_helst_3_ellers_2.eml", "2017-05-24T14:02"),
    ("04_iphone_deltager.eml", "2017-05-25T10:45"),
    ("05_english_partnerships_parking.eml", "2017-05-26T15:20"),
    ("06_postfix_bounce.eml", "2017-05-29T11:00"),
    ("07_apple_to_personer_ws1.eml", "2017-05-30T09:05"),
    ("08_paa_vegne_af_direktoeren.eml", "2017-05-31T13:30"),
    ("09_forhindret.eml", "2017-06-01T16:00"),
    ("10_pia_paamindelse.eml", "2017-06-02T08:00"),
    ("11_sen_tilmelding.eml", "2017-06-10T06:40"),
)


@dataclass(frozen=True)
class Answer:
    """A person answering one of our mails, some hours after it reached them."""

    address: str
    name: str
    to_kind: str  # which of our mails they answer: ask, confirm, ...
    hours_later: float
    body: str


ANSWERS = (
    Answer("rasmus.vinther@icloud.com", "Rasmus Vinther", "ask", 20,
           "Nr. 1 og ja tak til maden.\n\nSendt fra min iPhone"),
    Answer("hannah.fischer@socialimpact.eu", "Hannah Fischer", "ask", 18,
           "Yes please, I'll stay for dinner.\n\nHannah"),
    Answer("mh@albertslund.dk", "Mette Holm", "confirm", 216,
           "Hej Pia\n\nJeg vil hellere være med i Partnerskaber i stedet, hvis det kan lade sig "
           "gøre.\n\nMette"),
    Answer("jakob.lund.frivillig@gmail.com", "Jakob Lund", "confirm", 306,
           "Hej Pia\n\nJeg må desværre melde afbud alligevel, der er kommet et tilsyn i vejen.\n\n"
           "Jakob"),
)


def play(echo: Callable[[str], None]) -> None:
    """Play the fortnight, telling `echo` what arrived, what was understood and answered."""
    # The demo tells its own story; the pipeline's log lines would only repeat it.
    logging.getLogger("pipeline").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="tilmeld-demo-") as tmp:
        work = Path(tmp)
        with demo_servers(work) as servers:
            settings = _settings(work, servers)
            _Fortnight(settings, servers, echo).run()


def _settings(work: Path, servers: DemoServers) -> config.Settings:
    event = HERE.joinpath("event.toml").read_text(encoding="utf-8")
    (work / "invitation.txt").write_text(HERE.joinpath("invitation.txt").read_text("utf-8"),
                                         encoding="utf-8")
    path = work / "demo.toml"
    path.write_text(event + "\n" + servers.config_toml()
                    + f'\n[database]\nurl = "sqlite:///{work / "demo.sqlite3"}"\n',
                    encoding="utf-8")
    return config.load(path)


class _Fortnight:
    def __init__(self, settings: config.Settings, servers: DemoServers,
                 echo: Callable[[str], None]) -> None:
        self.settings = settings
        self.servers = servers
        self.echo = echo
        self.zone = settings.event.timezone
        self.waiting = [(self._at(when), HERE.joinpath("replies", name).read_bytes())
                        for name, when in ARRIVALS]
        self.answers = list(ANSWERS)
        self.engine = db.engine_for(settings.database_url)

    def _at(self, iso: str) -> dt.datetime:
        return dt.datetime.fromisoformat(iso).replace(tzinfo=self.zone)

    def run(self) -> None:
        event = self.settings.event
        self.echo(f"tilmeld demo: {event.title}, {event.starts:%d.%m.%Y}; "
                  f"sign-up until {event.deadline:%d.%m.%Y}")
        # The ticks that do something: each morning's, and one just after each arrival.
        # The others a real cron runs would find nothing new.
        day = FIRST_DAY
        while day <= LAST_DAY:
            now = dt.datetime.combine(day, DIGEST_TICK, self.zone)
            while (arrival := self._next_arrival()) and arrival + AFTER_ARRIVAL < now:
                self._tick(arrival + AFTER_ARRIVAL)
            self._tick(now)
            day += dt.timedelta(days=1)
        while (arrival := self._next_arrival()) and arrival.date() <= LAST_DAY:
            self._tick(arrival + AFTER_ARRIVAL)
        self._final_list()
        self.engine.dispose()

    def _next_arrival(self) -> dt.datetime | None:
        return min((when for when, _ in self.waiting), default=None)

    def _tick(self, now: dt.datetime) -> None:
        self._deliver_until(now)
        tick(self.settings, now)
        self._report(now)

    def _deliver_until(self, now: dt.datetime) -> None:
        due = [(when, raw) for when, raw in self.waiting if when <= now]
        self.waiting = [(when, raw) for when, raw in self.waiting if when > now]
        for when, raw in due:
            self.servers.deliver(raw, when)

    def _report(self, now: dt.datetime) -> None:
        with db.sessions(self.engine).begin() as session:
            read = session.scalars(select(Message).where(Message.handled_at == now)
                                   .order_by(Message.id)).all()
            sent = session.scalars(select(Outbox).where(Outbox.sent_at == now)
                                   .order_by(Outbox.id)).all()
            if not read and not sent:
                return
            self.echo(f"\n{now:%a %d %b %H:%M}  tick")
            for message in read:
                self._echo_reading(message)
            for mail in sent:
                self.echo(f"  -> {mail.kind:<8} to {mail.recipient}")
                self._schedule_answer(mail, now)

    def _echo_reading(self, message: Message) -> None:
        reading = message.reading or {}
        env = reading.get("envelope", {})
        who = env.get("sender") or "?"
        self.echo(f"  <- {who}: {_snippet(reading.get('text') or env.get('subject') or '')}")
        parts = [reading.get("action", "?")]
        if reading.get("workshop"):
            parts.append(f"workshop {reading['workshop']}")
        if reading.get("dinner") is not None:
            parts.append("dinner" if reading["dinner"] else "no dinner")
        if reading.get("party", 1) > 1:
            parts.append(f"party of {reading['party']}")
        if reading.get("machine"):
            parts.append(reading["machine"])
        self.echo(f"     understood: {', '.join(parts)} [{reading.get('lang')}]"
                  f" -> {message.outcome}")

    def _schedule_answer(self, mail: Outbox, now: dt.datetime) -> None:
        for answer in self.answers:
            if answer.address == mail.recipient and answer.to_kind == mail.kind:
                self.answers.remove(answer)
                when = now + dt.timedelta(hours=answer.hours_later)
                self.waiting.append((when, _answer(mail.raw, answer, when)))
                return

    def _final_list(self) -> None:
        with db.sessions(self.engine).begin() as session:
            digests = session.scalars(select(Outbox).where(Outbox.kind == "digest")
                                      .order_by(Outbox.id.desc())).all()
        if digests:
            mail = email.message_from_bytes(digests[0].raw, policy=email.policy.default)
            body = mail.get_body(preferencelist=("plain",))
            self.echo(f"\n=== The coordinator's last digest: {mail['Subject']} ===\n")
            self.echo(body.get_content() if body else "")


def _answer(ours: bytes, answer: Answer, when: dt.datetime) -> bytes:
    """The person's reply as their mail client writes it: threaded, our text quoted below."""
    original = email.message_from_bytes(ours, policy=email.policy.default)
    reply = EmailMessage(policy=email.policy.SMTP)
    reply["From"] = f"{answer.name} <{answer.address}>"
    reply["To"] = str(original["From"])
    reply["Subject"] = "Re: " + str(original["Subject"]).removeprefix("Re: ")
    reply["Date"] = format_datetime(when)
    reply["Message-ID"] = make_msgid(domain=answer.address.split("@")[1])
    reply["In-Reply-To"] = str(original["Message-ID"])
    reply["References"] = f"{original.get('References', '')} {original['Message-ID']}".strip()
    body = original.get_body(preferencelist=("plain",))
    quoted = "\n".join("> " + line for line in (body.get_content() if body else "").splitlines())
    reply.set_content(f"{answer.body}\n\n{format_datetime(when)} skrev {original['From']}:\n"
                      f"{quoted}\n")
    return reply.as_bytes()


def _snippet(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
