"""Every `tilmeld` subcommand, one module each; the list below is their order in --help."""

from __future__ import annotations

import click


def COMMANDS() -> list[click.Command]:  # noqa: N802 - read as a constant list
    from . import (
        check, demo, digest, export, init, invitees, parse, purge, reparse, show, status, tick,
    )
    from . import list as list_command
    from . import set as set_command

    return [init.init, tick.tick, parse.parse, list_command.list_, status.status, show.show,
            set_command.set_, export.export, digest.digest, invitees.invitees, check.check,
            reparse.reparse, purge.purge, demo.demo]
