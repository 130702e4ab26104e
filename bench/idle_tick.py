"""A tick with nothing new, on a large installation: what cron pays every few minutes.

    python bench/idle_tick.py [--small 1000] [--large 10000] [--runs 10] [--max-seconds 1.0]
                              [--max-ratio 1.2]

The installation is built by tilmeld itself: the replies of bench/mail.py are appended
to a local Dovecot and handled by real ticks (stored, understood, recorded, answered,
moved to the processed folder), first `--small` of them, then the rest up to `--large`.
At each size, `tilmeld --quiet tick` runs `--runs` times with no new mail (after one run
not counted), each in its own process, as cron starts it (start-up counted), at 06:05,
before the digest is due.
Best and median are shown; the median counts against the targets: at most
`--max-seconds` at the large size and at most `--max-ratio` times the small size.

For comparison, not against a target: the first tick after 07:00 at the large size,
which composes the coordinator's digest of everyone.
"""

from __future__ import annotations

import argparse
import statistics
import sys

import harness
import mail

IDLE = "2024-09-05T06:05"
DIGEST = "2024-09-05T07:00"


def idle_ticks(site: harness.Site, runs: int) -> list[float]:
    """`runs` idle ticks, after one not counted: the first look at the mailbox after an
    import is Dovecot's too (it updates its caches), and the next run's start is cron's."""
    seconds = []
    for _ in range(runs + 1):
        run = harness.run_tilmeld(site, "--quiet", "tick", "--now", IDLE)
        if run.returncode != 0:
            raise SystemExit(f"tilmeld tick exited {run.returncode}:\n{run.stderr}")
        seconds.append(run.seconds)
    return seconds[1:]


def fill(site: harness.Site, messages: list[bytes]) -> None:
    harness.append(site, messages)
    harness.tick(site)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--max-seconds", type=float, default=1.0)
    parser.add_argument("--max-ratio", type=float, default=1.2)
    args = parser.parse_args()

    messages = mail.replies(args.large)
    with harness.installation() as site:
        fill(site, messages[:args.small])
        small = idle_ticks(site, args.runs)
        fill(site, messages[args.small:])
        stored = site.sql("SELECT count(*) FROM messages WHERE state = 'handled'")[0][0]
        processed = len(site.user.read(harness.PROCESSED))
        large = idle_ticks(site, args.runs)
        digest = harness.run_tilmeld(site, "--quiet", "tick", "--now", DIGEST)

    ratio = statistics.median(large) / statistics.median(small)
    print(f"idle tick, process start included, {args.runs} runs each "
          f"({stored} messages handled and {processed} in the processed folder at the end)")
    for size, seconds in ((args.small, small), (args.large, large)):
        print(f"  {size:6d} messages   best {min(seconds):6.3f} s   median "
              f"{statistics.median(seconds):6.3f} s")
    large_median = statistics.median(large)
    print(f"  at {args.large}: median {large_median:.3f} s   target <= {args.max_seconds:g} s   "
          f"{harness.verdict(large_median, args.max_seconds)}")
    print(f"  {args.large} vs {args.small}: {ratio:.2f}x   target <= {args.max_ratio:g}x   "
          f"{harness.verdict(ratio, args.max_ratio)}")
    print(f"  (no target) the day's first tick after 07:00, digest of everyone: "
          f"{digest.seconds:.2f} s, {digest.max_rss_mb:.0f} MB")
    complete = stored == args.large and processed == args.large and digest.returncode == 0
    if not complete:
        print("  the installation was not built as asked")
    ok = complete and large_median <= args.max_seconds and ratio <= args.max_ratio
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
