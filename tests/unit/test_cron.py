"""cron/: the crontab entry and the systemd service and timer are well-formed, agree with
each other, run `tilmeld --quiet tick` every five minutes, and hold no secret."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CRON = Path(__file__).resolve().parents[2] / "cron"
FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")
RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
SECRET = re.compile(r"pass(word)?|secret|token", re.IGNORECASE)


def crontab() -> tuple[dict[str, str], list[tuple[list[str], list[str]]]]:
    """The variables set and the (schedule, command) entries of cron/tilmeld.crontab."""
    variables, entries = {}, []
    for line in (CRON / "tilmeld.crontab").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", line):
            name, _, value = line.partition("=")
            variables[name] = value
            continue
        fields = line.split(None, 5)
        assert len(fields) == 6, f"not a crontab entry: {line!r}"
        entries.append((fields[:5], shlex.split(fields[5])))
    return variables, entries


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in systemd
    parser.read_string((CRON / name).read_text())
    return parser


def test_the_crontab_runs_tilmeld_quietly_every_five_minutes() -> None:
    variables, entries = crontab()
    assert len(entries) == 1
    schedule, command = entries[0]
    for field, (low, high) in zip(schedule, RANGES, strict=True):
        assert FIELD.match(field), field
        assert all(low <= int(n) <= high for n in re.findall(r"\d+", field.split("/")[0]))
    assert schedule == ["*/5", "*", "*", "*", "*"]
    assert Path(command[0]).is_absolute() and command[0].endswith("/.venv/bin/tilmeld")
    assert command[1:] == ["--quiet", "tick"]
    assert Path(variables["TILMELD_CONFIG"]).is_absolute()
    assert not any(SECRET.search(name) or SECRET.search(value) for name, value in variables.items())


def test_the_command_is_one_tilmeld_understands() -> None:
    _, [(_, command)] = crontab()
    result = subprocess.run([sys.executable, "-m", "pipeline", *command[1:], "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_service_and_timer_agree_with_the_crontab_and_hold_no_secret() -> None:
    variables, [(_, command)] = crontab()
    service, timer = unit("tilmeld.service"), unit("tilmeld.timer")
    run = service["Service"]
    assert run["Type"] == "oneshot"
    assert shlex.split(run["ExecStart"]) == command
    assert run["Environment"] == f"TILMELD_CONFIG={variables['TILMELD_CONFIG']}"
    assert run["EnvironmentFile"].startswith("-/etc/")  # secrets, outside the checkout
    assert command[0].startswith(run["WorkingDirectory"] + "/")
    assert not SECRET.search(run["Environment"])
    assert run["User"] and run["User"] != "root"
    assert timer["Timer"]["OnCalendar"] == "*:0/5"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is missing")
def test_systemd_analyze_verifies_the_units(tmp_path: Path) -> None:
    """Verified where they will live: /srv/tilmeld moved under tmp_path, with a tilmeld there."""
    root = Path(unit("tilmeld.service")["Service"]["WorkingDirectory"])
    program = tmp_path / root.relative_to("/") / ".venv" / "bin" / "tilmeld"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    for name in ("tilmeld.service", "tilmeld.timer"):
        text = (CRON / name).read_text().replace(str(root), str(tmp_path / root.relative_to("/")))
        (tmp_path / name).write_text(text)
    result = subprocess.run(["systemd-analyze", "verify", "--man=no",
                             str(tmp_path / "tilmeld.service"), str(tmp_path / "tilmeld.timer")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr
