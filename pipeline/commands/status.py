"""`tilmeld status`: the digest's numbers as tables in the terminal."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@click.option("--now", metavar="ISO", help="As if it were this time (naive: the event's time zone).")
@pass_app
def status(app, now: str | None) -> None:
    """Summarise the sign-up: who is coming to which workshop, dinner, who needs you,
    who we are waiting for, and days left. The same numbers as the digest. Example:

        tilmeld status
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .. import digest
    from ..store import db

    settings = app.settings
    moment = app.now(now)
    with db.transaction(settings.database_url) as session:
        report = digest.gather(session, settings, moment, digest.last_sent(session),
                               digest.kind_now(moment, settings))

    console = Console(highlight=False)
    left = (f"{report.days_left} day(s) to the deadline" if report.days_left > 0
            else "the deadline is today" if report.days_left == 0 else "the deadline has passed")
    console.print(Text(f"{settings.event.title}: {left}", style="bold"))

    workshops = Table(title="Coming")
    for heading in ("workshop", "coming", "registrations", "places left"):
        workshops.add_column(heading, justify="left" if heading == "workshop" else "right")
    for w in report.workshops:
        name = f"{w.id}. {w.name}" if w.id else "no workshop"
        places = f"{w.left} of {w.capacity}" if w.capacity else "–"
        workshops.add_row(Text(name), str(w.coming), str(w.registrations), places)
    workshops.add_row(Text("total", style="bold"), str(report.coming),
                      str(len(report.registered)), "")
    console.print(workshops)
    console.print(f"Dinner: {report.dinner}   " + "   ".join(f"{s}: {n}" for s, n in report.statuses))

    def people(title: str, rows: list, heading: str, attribute: str) -> None:
        if not rows:
            return
        table = Table(title=f"{title} ({len(rows)})")
        for name in ("who", heading):
            table.add_column(name, overflow="fold")
        for p in rows:  # Text: names and words are data, never rich markup
            table.add_row(Text(f"{p.name} <{p.email}>" if p.name else p.email),
                          Text(getattr(p, attribute)))
        console.print(table)

    people("Needs you: in review", report.review, "why", "why")
    people("Needs you: forwarded since the last digest", report.forwarded, "why", "why")
    people("Registered after the deadline", report.late, "status", "status")
    if report.failed:
        failed = Table(title=f"Could not be sent or read ({len(report.failed)})")
        for heading in ("what", "to/from", "when", "error"):
            failed.add_column(heading, overflow="fold")
        for f in report.failed:
            failed.add_row(f.what, Text(f.who), f.when, Text(f.error))
        console.print(failed)
    people("Waiting for an answer", report.waiting, "since", "since")
    people("Invited, not answered", report.silent, "invited", "since")
