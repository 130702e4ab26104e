"""`tilmeld purge`: delete raw mail and personal data, after the event."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@click.option("--before", metavar="DATE",
              help="Only what is older than DATE (ISO date or date and time, in the event's "
                   "time zone); without it, everything.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (for scripts).")
@pass_app
def purge(app, before: str | None, yes: bool) -> None:
    """Delete received mail, participants, their history and our mail to them.

    Meant for after the event: without --before everything personal goes (the
    participants too: export them first if you need the list). With --before only what
    was received, changed, sent or imported before that date. Mail not yet handled is
    kept. Digests already sent and the mailbox position stay, so no mail is read or
    answered again. Example:

        tilmeld export --csv > deltagere.csv && tilmeld purge
    """
    from ..purge import purge as run
    from ..purge import survey
    from ..runlock import by_hand
    from ..store import db

    settings = app.settings
    cutoff = app.now(before) if before else None
    engine = db.engine_for(settings.database_url)
    where = engine.url.render_as_string(hide_password=True)
    with by_hand(engine):
        db.upgrade(engine)
        with db.sessions(engine).begin() as session:
            counts = survey(session, cutoff)
        if not counts.total:
            click.echo("Nothing to purge.")
            return
        click.echo(_describe(counts, cutoff, settings, where))
        if not yes:
            click.confirm("This cannot be undone. Delete it?", abort=True, err=True)
        done = run(engine, cutoff)
    click.echo(f"Purged: {_summary(done)}.")


def _describe(counts, cutoff, settings, where: str) -> str:  # noqa: ANN001 - purge.Counts etc.
    import datetime as dt

    scope = f"what is older than {cutoff.isoformat(timespec='minutes')}" if cutoff else "everything"
    lines = [f"In {where}, this deletes {scope}:", f"  {_summary(counts)}"]
    if cutoff is None and dt.datetime.now(settings.event.timezone) < settings.event.ends:
        lines.append("  Note: the event has not ended yet.")
    return "\n".join(lines)


def _summary(counts) -> str:  # noqa: ANN001 - purge.Counts
    return (f"{counts.messages} received message(s), {counts.participants} participant(s) "
            f"with their history, {counts.history} other history entr(ies), "
            f"{counts.outbox} mail(s) of ours, {counts.invitees} invitee(s)")
