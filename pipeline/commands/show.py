"""`tilmeld show`: one person's messages, readings and decisions over time."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@click.argument("email")
@pass_app
def show(app, email: str) -> None:
    """Show EMAIL's registration and its history: each message with what tilmeld read
    in it, each decision and correction, and the mail sent to them. Example:

        tilmeld show anna@example.org
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .. import coordinator, timeline
    from ..store import db

    settings = app.settings
    with db.transaction(settings.database_url) as session:
        row, entries = timeline.of(session, email)
    if row is None and not entries:
        raise click.ClickException(f"nothing is known about {email}")
    console = Console(highlight=False)
    if row is not None:
        facts = Table.grid(padding=(0, 2))
        for label, value in (
            ("email", row.email), ("name", row.name), ("status", row.status),
            ("workshop", coordinator.workshop_label(settings, row.workshop) or "?"),
            ("dinner", {True: "yes", False: "no", None: "?"}[row.dinner]),
            ("party", str(row.party)), ("language", row.lang), ("late", "yes" if row.late else "no"),
            ("note", row.note or ""), ("review reason", row.review_reason or ""),
        ):
            if value:
                facts.add_row(Text(label, style="bold"), Text(value))  # Text: no markup in data
        console.print(facts)
    table = Table(title="History", show_lines=False, expand=False)
    for heading in ("when", "what", "details"):
        table.add_column(heading, overflow="fold")
    for entry in entries:
        details = entry.summary + (f"\n“{entry.words}”" if entry.words else "")
        table.add_row(coordinator.moment(entry.at, settings), entry.what, Text(details))
    console.print(table)
