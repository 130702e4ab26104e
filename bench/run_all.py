"""`make bench`: the four benchmarks of issue 6, each figure beside its target.

    python bench/run_all.py

Runs, each in its own process: bench/parse.py (understanding vs bare mail-parser),
bench/first_import.py, bench/idle_tick.py and bench/startup.py; prints the machine at
the top, each script's own report, then one line per target. The exit status is 1
when a target is missed (or a benchmark could not run).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import harness

BENCH = Path(__file__).resolve().parent
CORPUS = harness.REPO.parent / "shared" / "corpus"
# Without the development corpus (../shared), the repository's own test replies.
FALLBACK = harness.REPO / "tests" / "fixtures" / "mail" / "meaning"
PARSE_TARGET = 1.5


def run(script: str, *args: str) -> tuple[int, str, float]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                            text=True)
    return result.returncode, result.stdout + result.stderr, time.perf_counter() - start


def main() -> int:
    print(f"machine: {harness.machine()}")
    print()
    corpus = CORPUS if CORPUS.is_dir() else FALLBACK
    runs = [
        ("understanding", "parse.py", (str(corpus), "--max-ratio", str(PARSE_TARGET))),
        ("first import", "first_import.py", ()),
        ("idle tick", "idle_tick.py", ()),
        ("start-up", "startup.py", ()),
    ]
    summary: list[str] = []
    failed = False
    for name, script, args in runs:
        code, output, seconds = run(script, *args)
        print(f"== {name}: bench/{script} ({seconds:.0f} s)")
        print(output.rstrip())
        print()
        failed |= code != 0
        targets = [line.strip() for line in output.splitlines() if "target <=" in line]
        if code != 0 and not targets:
            targets = [f"did not run (exit {code})"]
        summary += [f"{name:14s} {line}" for line in targets]
    print("== summary")
    for line in summary:
        print(f"  {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
