"""Start-up: `tilmeld --help`, the cost every command pays before doing anything.

    python bench/startup.py [--runs 20] [--max-seconds 0.3]

Each run is a new process started the way a shell starts the installed command (the
venv's `tilmeld` script), timed from before it starts to after it ends. Best and median
are shown; the median counts against the target. For comparison, the bare interpreter
(`python -c pass`) and `python -c "import click"`, started the same way.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import harness

SCRIPT = Path(sys.executable).parent / "tilmeld"


def timed(command: list[str], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=0.3)
    args = parser.parse_args()
    if not SCRIPT.exists():
        parser.error(f"{SCRIPT}: no such command; run `make venv` first")

    timed([str(SCRIPT), "--help"], 2)  # warm the file cache
    rows = [
        ("python -c pass", timed([sys.executable, "-c", "pass"], args.runs)),
        ("python -c 'import click'", timed([sys.executable, "-c", "import click"], args.runs)),
        ("tilmeld --help", timed([str(SCRIPT), "--help"], args.runs)),
    ]
    print(f"start-up, {args.runs} runs each")
    for label, seconds in rows:
        print(f"  {label:26s} best {min(seconds):6.3f} s   median {statistics.median(seconds):6.3f} s")
    median = statistics.median(rows[-1][1])
    print(f"  tilmeld --help median {median:.3f} s   target <= {args.max_seconds:g} s   "
          f"{harness.verdict(median, args.max_seconds)}")
    return 0 if median <= args.max_seconds else 1


if __name__ == "__main__":
    sys.exit(main())
