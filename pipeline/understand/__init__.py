"""Understanding one reply: pure functions from raw bytes to a Reading, no I/O.

    reading = understand(raw, context)

The steps, in order: MIME (the human text and the headers), machine mail,
quotes and signatures, meaning (intent, workshop, dinner, party, language,
question, note), decision (confirm, ask, decline, ignore, review).
"""

from __future__ import annotations

from .reading import ACTIONS, ASKABLE, Context, Envelope, Reading

__all__ = ["ACTIONS", "ASKABLE", "Context", "Envelope", "Reading", "understand"]


def understand(raw: bytes, context: Context, asked: frozenset[str] = frozenset(),
               known_texts: tuple[str, ...] = ()) -> Reading:
    """Read one raw message.

    `asked` names the fields our last follow-up asked this sender about (see
    reading.ASKABLE), so a short answer such as "Ja tak" or "nr. 2" is read against
    that question. `known_texts` are the plain texts of our own messages the sender
    may be quoting, removed like the invitation.
    """
    raise NotImplementedError("understanding is being written")
