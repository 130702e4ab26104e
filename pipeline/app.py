"""The object every command receives: options of the group, the settings loaded once."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from .config import Settings


class App:
    def __init__(self, config_path: str | None, verbose: int) -> None:
        self.config_path = config_path
        self.verbose = verbose
        self._settings: Settings | None = None
        logging.basicConfig(
            stream=sys.stderr,
            level=logging.DEBUG if verbose > 1 else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from . import config

            self._settings = config.load(self.config_path)
        return self._settings


pass_app = click.make_pass_decorator(App)
