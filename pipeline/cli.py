"""The `tilmeld` command: a click group whose subcommands live in pipeline/commands/.

Commands stay thin: they parse options and call the package. Heavy modules are
imported inside the command functions, so `tilmeld --help` starts fast.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .app import App
from .commands import COMMANDS
from .errors import EX_SOFTWARE, TilmeldError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", metavar="PATH", envvar="TILMELD_CONFIG",
              help="The event's TOML file [default: $TILMELD_CONFIG, then config/event.toml].")
@click.option("-v", "--verbose", is_flag=True,
              help="Debug logging, and a traceback on internal errors.")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors on stderr (for cron).")
@click.version_option(__version__, prog_name="tilmeld")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: bool, quiet: bool) -> None:
    """Run an event's sign-up by email: read replies, record them, answer, report."""
    ctx.obj = App(config_path, verbose, quiet)


for command in COMMANDS():
    cli.add_command(command)


def main() -> None:
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except TilmeldError as exc:
        click.echo(f"tilmeld: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last resort: one line; the traceback only with -v
        if {"-v", "--verbose"} & set(sys.argv[1:]):
            raise
        click.echo(f"tilmeld: internal error: {type(exc).__name__}: {exc} (run with -v for details)",
                   err=True)
        sys.exit(EX_SOFTWARE)
    sys.exit(code if isinstance(code, int) else 0)
