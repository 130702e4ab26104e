"""`tilmeld list`: the participants as recorded."""

from __future__ import annotations

import click

from ..app import pass_app


@click.command(name="list")
@click.option("--json", "fmt", flag_value="json", help="One JSON object per line.")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
@pass_app
def list_(app, fmt: str | None) -> None:
    """Print every participant: status, workshop, dinner, party, language, late.

    Example:

        tilmeld list --json | jq 'select(.status == "registered")'
    """
    from ..roster import COLUMNS, rows
    from ..store import db

    engine = db.engine_for(app.settings.database_url)
    try:
        db.upgrade(engine)
        with db.sessions(engine).begin() as session:
            people = rows(session)
    finally:
        engine.dispose()
    if fmt == "json":
        import json

        for person in people:
            click.echo(json.dumps(person, ensure_ascii=False))
    elif fmt == "csv":
        import csv
        import sys

        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(people)
    else:
        for person in people:
            dinner = {True: "dinner", False: "no dinner", None: "dinner?"}[person["dinner"]]
            workshop = f"ws {person['workshop']}" if person["workshop"] else "ws ?"
            late = " late" if person["late"] else ""
            click.echo(f"{person['status']:<11} {workshop:<5} {dinner:<9} x{person['party']} "
                       f"{person['lang']} {person['email']}{late}")
        click.echo(f"{len(people)} participant(s)")
