"""`tilmeld export`: the participant list as CSV or XLSX files."""

from __future__ import annotations

from pathlib import Path

import click

from ..app import pass_app


@click.command()
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE", help="CSV for Excel: UTF-8 with BOM, semicolon separated.")
@click.option("--xlsx", "xlsx_file", type=click.Path(dir_okay=False, path_type=Path),
              metavar="FILE", help="An Excel workbook.")
@pass_app
def export(app, csv_file: Path | None, xlsx_file: Path | None) -> None:
    """Write the participant list to FILE(s), for the caterer or name tags. Example:

        tilmeld export --csv deltagere.csv --xlsx deltagere.xlsx
    """
    if not csv_file and not xlsx_file:
        raise click.UsageError("give --csv FILE, --xlsx FILE or both")
    from .. import export as files
    from ..roster import rows
    from ..store import db

    settings = app.settings
    with db.transaction(settings.database_url) as session:
        people = rows(session)
    for path, write in ((csv_file, files.write_csv), (xlsx_file, files.write_xlsx)):
        if path:
            write(settings, people, path)
            click.echo(f"Wrote {len(people)} participant(s) to {path}")
