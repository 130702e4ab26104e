"""`tilmeld invitees`: the list of people invited, for "not answered" and the reminder."""

from __future__ import annotations

from pathlib import Path

import click

from ..app import pass_app


@click.group()
def invitees() -> None:
    """The invitee list: who the invitation went to."""


@invitees.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--now", metavar="ISO", hidden=True, help="Run as if it were this time.")
@pass_app
def import_(app, file: Path, now: str | None) -> None:
    """Add the people in FILE (CSV: name and email per line, `;` or `,`, a header line
    or none). Known addresses get their name updated; lines without a usable address
    are listed and left out. Example:

        tilmeld invitees import inviterede.csv
    """
    from .. import invitees as store
    from ..store import db

    found = store.read_csv(file.read_bytes())
    for problem in found.problems:
        click.echo(f"{file}: {problem}", err=True)
    with db.transaction(app.settings.database_url) as session:
        added, updated = store.store(session, found.rows, app.now(now))
    click.echo(f"{added} invitee(s) added, {updated} updated, {len(found.problems)} line(s) left out.")


@invitees.command(name="list")
@pass_app
def list_(app) -> None:
    """Print every invitee and whether they have answered. Example:

        tilmeld invitees list
    """
    from sqlalchemy import select

    from .. import invitees as store
    from ..store import db
    from ..store.models import Invitee

    with db.transaction(app.settings.database_url) as session:
        everyone = list(session.scalars(select(Invitee).order_by(Invitee.email)))
        silent = {i.email for i in store.silent(session)}
    for i in everyone:
        state = "not answered" if i.email in silent else "answered"
        reminded = " (reminded)" if i.reminded_at else ""
        click.echo(f"{state:<13} {i.email} {i.name}{reminded}")
    click.echo(f"{len(everyone)} invitee(s), {len(silent)} not answered")
