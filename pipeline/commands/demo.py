"""`tilmeld demo`: the whole pipeline on a made-up fortnight, with nothing to set up."""

from __future__ import annotations

import click


@click.command()
def demo() -> None:
    """Play a fortnight of sign-up mail through tilmeld, in a few seconds.

    Starts an IMAP and an SMTP server inside this process on 127.0.0.1, keeps the
    database in a temporary folder, delivers a dozen replies (people, robots and
    bounces) on their days, and runs the same tick cron would run, with a simulated
    clock. Prints what arrived, what tilmeld understood and answered, and the
    coordinator's final list. Needs no config and sends nothing anywhere. Example:

        tilmeld demo
    """
    from ..demo import play

    play(click.echo)
