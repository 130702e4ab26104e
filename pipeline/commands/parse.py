"""`tilmeld parse`: read raw .eml files the way tick would, without acting on them."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..app import pass_app


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_app
def parse(app, as_json: bool, files: tuple[Path, ...]) -> None:
    """Show what tilmeld understands of raw .eml FILES, one result per file.

    Nothing is stored or sent. A file that cannot be read gets the action
    "review" and an "error". Example:

        tilmeld parse --json reply.eml
    """
    from ..invitation import context_for
    from ..understand.batch import read_files

    results = read_files(files, context_for(app.settings))
    if as_json:
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    else:
        from ..understand.batch import table

        click.echo(table(results))
