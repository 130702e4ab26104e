"""`tilmeld digest`: the coordinator's digest, previewed."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@click.option("--print", "print_", is_flag=True, required=True,
              help="Print the digest as it would be sent now (nothing is sent or recorded).")
@click.option("--html", is_flag=True, help="Print the HTML alternative instead of the text.")
@click.option("--now", metavar="ISO", help="As if it were this time (naive: the event's time zone).")
@pass_app
def digest(app, print_: bool, html: bool, now: str | None) -> None:
    """Preview the digest `tick` sends the coordinator each morning. Example:

        tilmeld digest --print --now 2017-06-05T07:00
    """
    from .. import digest as digests
    from ..store import db

    settings = app.settings
    with db.transaction(settings.database_url) as session:
        msg = digests.preview(settings, session, app.now(now))
    body = msg.get_body(preferencelist=("html",) if html else ("plain",))
    assert body is not None
    click.echo(f"Subject: {msg['Subject']}\n")
    click.echo(body.get_content())
