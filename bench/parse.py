"""How fast replies are understood, against bare MIME parsing of the same bytes.

    python bench/parse.py [FOLDER] [--rounds N] [--config PATH] [--max-ratio R]

Prints messages per second of `understand()` (MIME, machine mail, quotes, meaning,
decision) and of bare `mailparser.parse_from_bytes` over every .eml in FOLDER (default:
the development corpus, ../shared/corpus), and their ratio. Each message is read by the
two in turns, round after round, and each message's fastest time counts on each side:
other work on the machine only ever makes a reading slower, and on a shared 2-core
machine hardly a round of all messages goes by untouched. (Taking the best whole round
made the ratio wander by 0.3 between runs; this way it still moves by about 0.1, as the
neighbours' load slows the two sides unequally: run it more than once.) With
--max-ratio the exit status is 1 above that ratio.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import mailparser

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline import config  # noqa: E402
from pipeline.invitation import context_for  # noqa: E402
from pipeline.understand import understand  # noqa: E402

DEFAULT_FOLDER = REPO.parent / "shared" / "corpus"
DEFAULT_CONFIG = REPO / "config" / "event.example.toml"


def messages(folder: Path) -> list[bytes]:
    """The labelled messages when the folder has labels.json, else every .eml in it."""
    labels = folder / "labels.json"
    if labels.is_file():
        names = sorted(json.loads(labels.read_text("utf-8")))
        return [(folder / name).read_bytes() for name in names]
    return [path.read_bytes() for path in sorted(folder.glob("*.eml"))]


def fastest_times(sides: list[Callable[[bytes], object]], data: list[bytes],
                  rounds: int) -> tuple[list[list[float]], list[list[float]]]:
    """Per side, each message's fastest time, and each round's total time."""
    clock = time.perf_counter
    fastest = [[float("inf")] * len(data) for _ in sides]
    totals: list[list[float]] = [[] for _ in sides]
    for _ in range(rounds):
        spent = [0.0] * len(sides)
        for k, raw in enumerate(data):
            for side, work in enumerate(sides):
                start = clock()
                work(raw)
                took = clock() - start
                spent[side] += took
                if took < fastest[side][k]:
                    fastest[side][k] = took
        for side, total in enumerate(spent):
            totals[side].append(total)
    return fastest, totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--max-ratio", type=float, default=None)
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: no such folder (give the folder of .eml files to read)")
    data = messages(args.folder)
    if not data:
        parser.error(f"{args.folder}: no .eml files")
    logging.disable(logging.CRITICAL)  # mail-parser warns about every part it skips
    context = context_for(config.load(args.config))

    def understood(raw: bytes) -> object:
        return understand(raw, context)

    for raw in data:  # warm up: lexicons, name forms, regexes
        understood(raw)
    fastest, totals = fastest_times([mailparser.parse_from_bytes, understood], data, args.rounds)
    n = len(data)
    best_bare, best_ours = n / sum(fastest[0]), n / sum(fastest[1])
    ratio = best_bare / best_ours
    print(f"{n} messages x {args.rounds} rounds from {args.folder}")
    print(f"mailparser.parse_from_bytes  {best_bare:8.0f} msg/s   (median round {n / statistics.median(totals[0]):.0f})")
    print(f"understand()                 {best_ours:8.0f} msg/s   (median round {n / statistics.median(totals[1]):.0f})")
    print(f"ratio                        {ratio:8.2f}   (understanding costs {ratio:.2f}x bare MIME parsing)")
    if args.max_ratio is None:
        return 0
    missed = ratio > args.max_ratio
    print(f"understand() vs mail-parser: {ratio:.2f}x   target <= {args.max_ratio:g}x   "
          f"{'MISSED' if missed else 'ok'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
