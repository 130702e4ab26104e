"""`tilmeld reparse`: read every stored message again with the current rules."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command()
@click.option("--dry-run", is_flag=True, help="Only show what would change.")
@click.option("--yes", is_flag=True, help="Store the changes without asking (for scripts).")
@click.option("--now", metavar="ISO", hidden=True, help="Run as if it were this time.")
@pass_app
def reparse(app, dry_run: bool, yes: bool, now: str | None) -> None:
    """Read every stored message again with the current rules and show what changes.

    Messages are replayed in the order they came, with your corrections where you
    made them: first the messages read differently are listed, then the people whose
    registration comes out differently. Nothing changes before you say yes; then the
    new readings and registrations are stored, in one go, each kept in the person's
    history. Nobody is mailed: the people now registered differently from what we
    told them are listed, for `tilmeld set EMAIL --status ... --notify`. Example:

        tilmeld reparse --dry-run
    """
    from .. import reparse as replay
    from ..invitation import context_for
    from ..progress import bar
    from ..runlock import by_hand
    from ..store import db

    settings = app.settings
    context = context_for(settings)
    engine = db.engine_for(settings.database_url)
    with by_hand(engine):
        db.upgrade(engine)
        sessions = db.sessions(engine)
        with sessions.begin() as session, bar("Reading again", quiet=app.quiet) as update:
            plan = replay.survey(session, settings, context, update)
        click.echo(_describe(plan))
        if dry_run or not (plan.messages or plan.people):
            return
        if not yes:
            click.confirm("Store these readings and registrations (nobody is mailed)?",
                          abort=True, err=True)
        with sessions.begin() as session, bar("Storing", quiet=app.quiet) as update:
            if replay.fingerprint(session) != plan.fingerprint:
                raise click.ClickException("the records changed meanwhile: run reparse again")
            plan = replay.survey(session, settings, context, update)
            told = replay.apply(session, settings, plan, app.now(now))
    click.echo(f"Stored: {len(plan.messages)} reading(s), {len(told)} registration(s). "
               "Nobody was mailed.")
    if told:
        click.echo("Registered differently from what we last told them; to tell them:")
        for moved in told:
            assert moved.after is not None
            click.echo(f"  tilmeld set {moved.email} --status {moved.after.status} --notify")


def _describe(plan) -> str:  # noqa: ANN001 - reparse.Plan
    lines = [f"Read {plan.read} message(s) again: {len(plan.messages)} read differently, "
             f"{len(plan.people)} registration(s) change."]
    if plan.messages:
        lines.append("Messages (action, workshop, dinner, party):")
        for m in plan.messages:
            lines.append(f"  #{m.message_id} {m.received_at:%Y-%m-%d} {m.sender}: "
                         f"{_values(m.before)} -> {_values(m.after)}")
    if plan.people:
        lines.append("People (status, workshop, dinner, party):")
        for p in plan.people:
            after = _values(p.shown(p.after)) if p.after else "no sign-up any more (left as is)"
            lines.append(f"  {p.email}: {_values(p.shown(p.before))} -> {after}")
    if plan.kept:
        lines.append(f"Left as they are ({len(plan.kept)}): raw mail no longer kept for "
                     + ", ".join(plan.kept))
    return "\n".join(lines)


def _values(values) -> str:  # noqa: ANN001 - a tuple of shown values
    shown = {True: "yes", False: "no", None: "-"}
    return " ".join(shown.get(v, str(v)) if isinstance(v, bool | None) else str(v) for v in values)
