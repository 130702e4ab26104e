"""`tilmeld tick`: one run of the whole pipeline, as cron starts it."""

from __future__ import annotations

import logging

import click

from ..app import pass_app


@click.command()
@click.option("--now", metavar="ISO",
              help="Run as if it were this time (naive times are in the event's time zone).")
@pass_app
def tick(app, now: str | None) -> None:
    """Read new replies, record them, answer them, send the coordinator's digest.

    Meant for cron, every few minutes. One run at a time: a second run started while
    one is working exits at once (status 0). Exit status 75 means a server or the
    database could not be reached (the next run tries again), 78 a configuration
    error. Example:

        tilmeld --config config/event.toml --quiet tick
    """
    from ..progress import bar
    from ..tick import tick as run

    settings = app.settings
    with bar("Reading new mail", quiet=app.quiet) as progress:
        summary = run(settings, app.now(now), progress)
    if summary.busy:
        logging.getLogger("pipeline.tick").info("another run is working; this one did nothing")
