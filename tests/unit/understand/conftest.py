"""Fixtures for understanding tests: the test event's context and the .eml files under
tests/fixtures/mail/, read as the pipeline reads them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import config
from pipeline.invitation import context_for
from pipeline.understand.mime import Mail, parse_mail
from pipeline.understand.reading import Context

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="session")
def context() -> Context:
    """The test event (tests/fixtures/event.toml) with its own invitation.eml."""
    return context_for(config.load(FIXTURES / "event.toml"))


@pytest.fixture(scope="session")
def eml_bytes() -> Callable[[str], bytes]:
    """eml_bytes("quotes/x.eml"): the raw bytes of tests/fixtures/mail/quotes/x.eml."""
    return lambda name: (FIXTURES / "mail" / name).read_bytes()


@pytest.fixture(scope="session")
def eml(eml_bytes: Callable[[str], bytes]) -> Callable[[str], Mail]:
    """eml("quotes/x.eml"): tests/fixtures/mail/quotes/x.eml parsed by parse_mail."""
    return lambda name: parse_mail(eml_bytes(name))
