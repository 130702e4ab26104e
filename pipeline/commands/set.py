"""`tilmeld set`: the coordinator corrects one registration."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command(name="set")
@click.argument("email")
@click.option("--workshop", type=int, metavar="N", help="Workshop number, as in the config.")
@click.option("--dinner", type=click.Choice(["yes", "no"]), help="Staying for dinner.")
@click.option("--party", type=click.IntRange(min=1), metavar="N", help="How many people.")
@click.option("--status", type=click.Choice(
    ["pending", "registered", "declined", "cancelled", "review"]), help="The new status.")
@click.option("--notify/--no-notify", default=False, show_default=True,
              help="Mail the person the updated confirmation (or decline/cancel notice).")
@click.option("--now", metavar="ISO", hidden=True, help="Run as if it were this time.")
@pass_app
def set_(app, email: str, workshop: int | None, dinner: str | None, party: int | None,
         status: str | None, notify: bool, now: str | None) -> None:
    """Correct the registration of EMAIL; the change is kept in the history.

    Values not given stay as they are. A correction takes the person out of review
    unless --status review is given. With --notify they get the updated confirmation
    at the next `tilmeld tick`. A person not yet known is added when --status is
    given. Example:

        tilmeld set anna@example.org --workshop 2 --dinner yes --status registered --notify
    """
    from ..corrections import Correction, CorrectionError, correct
    from ..store import db

    settings = app.settings
    change = Correction(workshop=workshop, dinner=None if dinner is None else dinner == "yes",
                        party=party, status=status)
    try:
        with db.transaction(settings.database_url) as session:
            done = correct(session, settings, email, change, notify=notify, now=app.now(now))
    except CorrectionError as exc:
        raise click.UsageError(str(exc)) from None
    shown = "; ".join(f"{k} {a!r} → {b!r}" for k, (a, b) in done.changed.items()) or "no change"
    click.echo(f"{'Added' if done.created else 'Corrected'} {done.email}: {shown}.")
    if done.notified:
        click.echo(f"Queued a {done.notified} notice to {done.email}; it goes out at the next tick.")
    for warning in done.warnings:
        click.echo(f"Warning: {warning}", err=True)
