"""A large mailbox connected for the first time: one tick against the bare parts.

    python bench/first_import.py [--messages 5000] [--max-ratio 1.5] [--max-rss 250]

5,000 replies (bench/mail.py: sign-ups, follow-ups, declines, machine mail, each from a
new sender) are appended to a fresh mailbox on a local Dovecot. Then, in one run:

  bare   imapclient: log in, SELECT (read-only), UID SEARCH, UID FETCH BODY.PEEK[] in
         batches of 200 (tilmeld's default imap.batch_size), and mail-parser's
         parse_from_bytes of every message: the parts tilmeld is built on;
  tilmeld  `tilmeld --quiet tick` as cron starts it, in its own process (start-up
         counted): it stores, understands and records every message, queues and sends
         ~3,750 answers to a local aiosmtpd sink and moves all 5,000 to the processed
         folder. Its peak memory is that process's max RSS (wait4).

The bare read runs three times and the best counts (it changes nothing); the tick
runs once, on the first import it measures. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

import harness
import mail
import mailparser
from imapclient import IMAPClient

BATCH = 200


def bare(site: harness.Site) -> float:
    """Seconds to fetch every message in INBOX and parse it with mail-parser."""
    user = site.user
    start = time.perf_counter()
    with IMAPClient(user.server.host, user.server.port, ssl=False, timeout=30) as imap:
        imap.login(user.name, user.password)
        imap.select_folder("INBOX", readonly=True)
        uids = sorted(imap.search(["UID", "1:*"]))
        for first in range(0, len(uids), BATCH):
            fetched = imap.fetch(uids[first:first + BATCH], ["BODY.PEEK[]", "INTERNALDATE"])
            for data in fetched.values():
                mailparser.parse_from_bytes(data[b"BODY[]"])
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--max-ratio", type=float, default=1.5)
    parser.add_argument("--max-rss", type=float, default=250, help="MB")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # mail-parser warns about parts it skips

    messages = mail.replies(args.messages)
    with harness.installation() as site:
        harness.append(site, messages)
        bare_seconds = min(bare(site) for _ in range(3))
        run = harness.tick(site)
        handled, answers = site.sql(
            "SELECT (SELECT count(*) FROM messages WHERE state = 'handled'),"
            " (SELECT count(*) FROM outbox WHERE status = 'sent')")[0]
        left = len(site.user.read("INBOX"))
        sent = len(site.sink.received)

    ratio = run.seconds / bare_seconds
    print(f"first import of {args.messages} messages "
          f"({handled} handled, {answers} answers sent, {sent} received by the sink, "
          f"{left} left in INBOX)")
    print(f"  bare imapclient fetch + mail-parser  {bare_seconds:7.2f} s")
    print(f"  tilmeld tick (process)               {run.seconds:7.2f} s")
    print(f"  ratio                                {ratio:7.2f}x   target <= {args.max_ratio:g}x   "
          f"{harness.verdict(ratio, args.max_ratio)}")
    print(f"  peak memory of the tick              {run.max_rss_mb:7.0f} MB  target <= "
          f"{args.max_rss:g} MB  {harness.verdict(run.max_rss_mb, args.max_rss)}")
    complete = handled == args.messages and left == 0 and sent == answers
    if not complete:
        print("  the tick did not finish the import")
    ok = complete and ratio <= args.max_ratio and run.max_rss_mb <= args.max_rss
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
