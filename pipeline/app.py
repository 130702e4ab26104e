"""The object every command receives: options of the group, the settings loaded once."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import click

from . import logs

if TYPE_CHECKING:
    from .config import Settings


class App:
    def __init__(self, config_path: str | None, verbose: bool, quiet: bool) -> None:
        self.config_path = config_path
        self.verbose = verbose
        self.quiet = quiet
        self._settings: Settings | None = None
        logs.setup(verbose=verbose, quiet=quiet)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from . import config

            self._settings = config.load(self.config_path)
            if self._settings.log_file:
                logs.to_file(self._settings.log_file, self._settings.path)
        return self._settings


    def now(self, given: str | None) -> dt.datetime:
        """The run's clock: --now ISO (naive: the event's time zone), else the real time."""
        from .clock import now

        try:
            return now(self.settings.event.timezone, given)
        except ValueError:
            raise click.BadParameter(f"not an ISO date and time: {given!r}",
                                     param_hint="--now") from None


pass_app = click.make_pass_decorator(App)
