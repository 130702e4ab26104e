"""Every `tilmeld` subcommand, one module each; the list below is their order in --help."""

from __future__ import annotations

import click


def COMMANDS() -> list[click.Command]:  # noqa: N802 - read as a constant list
    from . import init, parse, tick
    from . import list as list_command

    return [init.init, tick.tick, parse.parse, list_command.list_]
