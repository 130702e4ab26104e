"""The development corpus, scored by its own scorer as the acceptance check runs it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.shared
def test_corpus_accuracy_and_no_critical_errors(shared_dir):
    tilmeld = Path(sys.executable).with_name("tilmeld")
    command = f"{tilmeld} --config {REPO / 'config' / 'event.example.toml'} parse --json"
    done = subprocess.run(
        [sys.executable, str(shared_dir / "tools" / "score_corpus.py"), str(shared_dir / "corpus"),
         "--cmd", command, "--min-accuracy", "0.98", "--max-critical", "0"],
        capture_output=True, text=True, timeout=600, cwd=REPO,
    )
    found = re.search(r"accuracy ([\d.]+) critical (\d+)", done.stdout)
    assert found, done.stdout + done.stderr
    accuracy, critical = float(found.group(1)), int(found.group(2))
    assert critical == 0, done.stdout
    assert accuracy >= 0.98, done.stdout
    assert done.returncode == 0, done.stdout
