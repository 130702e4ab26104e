"""`tilmeld init`: create the database schema, or bring it up to date."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@pass_app
def init(app) -> None:
    """Create the database, or upgrade its schema to this version of tilmeld.

    The database is [database] url in the config (SQLite beside the config file by
    default). Safe to run again: an up-to-date database is left as it is. `tilmeld
    tick` upgrades by itself when needed; run this once after installing. Example:

        tilmeld --config config/event.toml init
    """
    from ..store import db

    engine = db.engine_for(app.settings.database_url)
    try:
        before = db.current_revision(engine)
        db.upgrade(engine)
        after = db.current_revision(engine)
    finally:
        engine.dispose()
    where = engine.url.render_as_string(hide_password=True)
    if before == after:
        click.echo(f"Database {where} is up to date (schema {after}).")
    elif before is None:
        click.echo(f"Created database {where} (schema {after}).")
    else:
        click.echo(f"Upgraded database {where} from schema {before} to {after}.")
