"""`tilmeld check`: the configuration, both mail servers, the database, the invitation."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@pass_app
@click.pass_context
def check(ctx: click.Context, app) -> None:
    """Check that a run would find everything it needs, and say so part by part.

    Loads the config, logs in to IMAP and looks at the folder and the processed folder
    (without creating it), connects and logs in to SMTP (sends nothing), opens the
    database (its schema version) and reads the invitation file. Exit status as tick's:
    0 all good, 75 a server or the database cannot be reached now, 78 the configuration
    needs fixing. Run it after installing and after every change to the config:

        tilmeld --config config/event.toml check
    """
    from ..check import Verdict, check as run, worst
    from ..errors import ConfigError

    try:
        settings = app.settings
    except ConfigError as exc:
        click.echo(Verdict("config", False, str(exc), exc.exit_code).line())
        ctx.exit(exc.exit_code)
    verdicts = [Verdict("config", True, str(settings.path)), *run(settings)]
    for verdict in verdicts:
        click.echo(verdict.line())
    ctx.exit(worst(verdicts))
