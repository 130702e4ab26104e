"""A person's registration and the one table that moves it on, message by message.

Pure: no I/O. The caller reads the stored row into a Registration, calls `decide`,
and stores what comes back, with the reply it names, in one transaction.

    outcome = decide(current, reading, late=now_is_after_deadline, max_followups=2,
                     room={1: 4})  # places left where a workshop has a capacity
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from .understand.reading import ASKABLE, Reading

Status = Literal["pending", "registered", "declined", "cancelled", "review"]
STATUSES: tuple[str, ...] = ("pending", "registered", "declined", "cancelled", "review")
# The state of a person we have no row for yet.
NONE = "none"
STATES: tuple[str, ...] = (NONE, *STATUSES)

ReplyKind = Literal["confirm", "ask", "change", "decline", "cancel", "late", "holding", "full"]
REPLY_KINDS: tuple[str, ...] = ("confirm", "ask", "change", "decline", "cancel", "late", "holding",
                                "full")

# What a message means for the person who sent it, after merging it with what they said before:
#   complete    they are coming and every choice is known, something changed (or is new)
#   unchanged   they are coming, every choice is known and nothing changed ("Tak!")
#   incomplete  they are coming, but a choice is missing or unclear
#   empty       a human message with nothing to act on and no question
#   decline     they are not coming (a decline, or a cancellation)
#   question    a question a person must answer, with no registration in it
#   review      a person must look first (someone else, a mixed group, ...)
#   ignore      machine mail
#   full        complete, but the workshop has no room left for them (a capacity in config)
Meaning = Literal["complete", "unchanged", "incomplete", "empty", "decline", "question", "review",
                  "ignore", "full"]
MEANINGS: tuple[str, ...] = ("complete", "unchanged", "incomplete", "empty", "decline", "question",
                             "review", "ignore", "full")

# The values a registration holds; a change to any of them is confirmed.
VALUES: tuple[str, ...] = ("workshop", "dinner", "party", "note")


@dataclass(frozen=True)
class Registration:
    """What we know about one person, keyed by their normalised address."""

    email: str
    status: Status = "pending"
    name: str = ""
    workshop: int | None = None
    dinner: bool | None = None
    party: int = 1
    lang: str = "da"
    late: bool = False  # signed up after the deadline
    note: str | None = None
    question: bool = False  # asked something the coordinator must answer
    followups: int = 0  # follow-up questions sent
    asked: tuple[str, ...] = ()  # what the last follow-up asked about
    review_reason: str | None = None

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(f for f in ASKABLE if getattr(self, f) is None)


@dataclass(frozen=True)
class Outcome:
    registration: Registration | None  # None: still no row (machine mail, or no usable sender)
    reply: ReplyKind | None
    meaning: Meaning
    reason: str  # short, for the history
    ask: tuple[str, ...] = ()  # the fields a follow-up asks about
    forward: bool = False  # show the message to the coordinator now
    changed: tuple[str, ...] = ()  # values that differ from the stored ones


KEEP = "keep"  # a step's target: stay in the current state


@dataclass(frozen=True)
class Step:
    to: str  # a status, or KEEP
    reply: ReplyKind | None
    why: str
    forward: bool = False
    merge: bool = True  # take the message's values into the registration
    late: bool = False  # mark the registration late
    record: bool = True  # False: the registration is left exactly as it was
    # The workshop and party the message asks for: "take" them, "keep" the stored ones, or
    # "drop" the workshop, to ask for another one.
    place: Literal["take", "keep", "drop"] = "take"


def _both(step: Step) -> tuple[Step, Step]:
    return (step, step)


NOTHING = _both(Step(KEEP, None, "machine mail", merge=False, record=False))
TO_REVIEW = _both(Step("review", "holding", "needs a person", forward=True, merge=False))
STICKY = Step("review", None, "in review: for the coordinator", forward=True)
STICKY_UNMERGED = _both(replace(STICKY, merge=False))
# A new registration after the deadline: recorded, told the coordinator will answer, and kept
# in review so that later messages go to her too.
LATE_SIGNUP = Step("review", "late", "registered after the deadline", forward=True, late=True)
# More follow-ups than replies.max_followups would allow: a person takes over.
EXHAUSTED = Step("review", "holding", "no clear answer after the follow-ups", forward=True)

_confirm = Step("registered", "confirm", "registered")
_ask = Step("pending", "ask", "asked for what is missing")
# No room in the workshop chosen: a new registration is asked to choose another one; a
# registered person's change is refused, and their place stands.
_full = Step("pending", "full", "workshop full: asked to choose another", place="drop")
_full_change = Step(KEEP, "full", "workshop full: the registration stands", place="keep")


def _signup(step: Step) -> tuple[Step, Step]:
    return (step, LATE_SIGNUP)


# (state, meaning) -> (step before the deadline, step after it).
TABLE: dict[tuple[str, str], tuple[Step, Step]] = {
    (NONE, "complete"): _signup(_confirm),
    (NONE, "unchanged"): _signup(_confirm),  # not produced: nothing stored to compare with
    (NONE, "incomplete"): _signup(_ask),
    (NONE, "empty"): TO_REVIEW,
    (NONE, "decline"): _both(Step("declined", "decline", "declined")),
    (NONE, "question"): TO_REVIEW,
    (NONE, "review"): TO_REVIEW,
    (NONE, "ignore"): NOTHING,
    (NONE, "full"): _signup(_full),

    # Someone who answered before the deadline may complete their answer after it.
    ("pending", "complete"): _both(_confirm),
    ("pending", "unchanged"): _both(_confirm),
    ("pending", "incomplete"): _both(_ask),
    ("pending", "empty"): _both(Step(KEEP, None, "nothing new")),
    ("pending", "decline"): _both(Step("declined", "decline", "declined")),
    ("pending", "question"): TO_REVIEW,
    ("pending", "review"): TO_REVIEW,
    ("pending", "ignore"): NOTHING,
    ("pending", "full"): _both(_full),

    # Changes are accepted after the deadline too: only new registrations are late.
    ("registered", "complete"): _both(Step(KEEP, "change", "registration changed")),
    ("registered", "unchanged"): _both(Step(KEEP, None, "nothing new")),
    ("registered", "incomplete"): _both(Step(KEEP, "ask", "asked about an unclear change")),
    ("registered", "empty"): _both(Step(KEEP, None, "nothing new")),
    ("registered", "decline"): _both(Step("cancelled", "cancel", "cancelled")),
    ("registered", "question"): _both(Step(KEEP, None, "question for the coordinator",
                                           forward=True, merge=False)),
    ("registered", "review"): TO_REVIEW,
    ("registered", "ignore"): NOTHING,
    ("registered", "full"): _both(_full_change),

    ("declined", "complete"): _signup(_confirm),
    ("declined", "unchanged"): _signup(_confirm),
    ("declined", "incomplete"): _signup(_ask),
    ("declined", "empty"): _both(Step(KEEP, None, "nothing new")),
    ("declined", "decline"): _both(Step(KEEP, None, "declined again")),
    ("declined", "question"): _both(Step(KEEP, None, "question for the coordinator",
                                         forward=True, merge=False)),
    ("declined", "review"): TO_REVIEW,
    ("declined", "ignore"): NOTHING,
    ("declined", "full"): _signup(_full),

    ("cancelled", "complete"): _signup(_confirm),
    ("cancelled", "unchanged"): _signup(_confirm),  # "I can come after all": the old choices
    ("cancelled", "incomplete"): _signup(_ask),
    ("cancelled", "empty"): _both(Step(KEEP, None, "nothing new")),
    ("cancelled", "decline"): _both(Step(KEEP, None, "cancelled again")),
    ("cancelled", "question"): _both(Step(KEEP, None, "question for the coordinator",
                                          forward=True, merge=False)),
    ("cancelled", "review"): TO_REVIEW,
    ("cancelled", "ignore"): NOTHING,
    ("cancelled", "full"): _signup(_full),

    # Review is sticky: only a correction by the coordinator moves a person out of it.
    ("review", "complete"): _both(STICKY),
    ("review", "unchanged"): _both(STICKY),
    ("review", "incomplete"): _both(STICKY),
    ("review", "empty"): _both(STICKY),
    ("review", "decline"): STICKY_UNMERGED,
    ("review", "question"): STICKY_UNMERGED,
    ("review", "review"): STICKY_UNMERGED,
    ("review", "ignore"): NOTHING,
    ("review", "full"): _both(STICKY),
}


def decide(current: Registration | None, reading: Reading, *, late: bool, max_followups: int,
           holding_reply: bool = False, room: Mapping[int, int] | None = None) -> Outcome:
    """What one message does to its sender's registration, and which reply it gets.

    `current` is the stored registration (None: no row yet); `late` is whether the
    deadline has passed; `holding_reply` is config replies.holding_reply; `room` is the
    places left in each workshop that has a capacity, not counting this person's own.
    """
    if reading.action == "ignore":
        return Outcome(current, None, "ignore", "machine mail")
    email = current.email if current else reading.envelope.sender
    if not email:
        return Outcome(None, None, "review", "no usable sender address", forward=True)

    state = current.status if current else NONE
    base = current or Registration(email=email, lang=reading.lang)
    merged = merge(base, reading)
    changed = tuple(f for f in VALUES if getattr(merged, f) != getattr(base, f))
    ask = fields_to_ask(merged, reading)
    meaning = meaning_of(reading, ask=ask, changed=changed, first=current is None)
    if meaning in ("complete", "unchanged") and no_room(base, merged, room or {},
                                                        registered=state == "registered"):
        meaning = "full"

    step = TABLE[(state, meaning)][late]
    if step.reply == "ask" and base.followups >= max_followups:
        step = EXHAUSTED
    reply = None if step.reply == "holding" and not holding_reply else step.reply
    reason = f"{meaning}: {step.why}"
    if not step.record:
        return Outcome(current, None, meaning, reason)

    values = merged if step.merge else replace(base, name=merged.name, lang=merged.lang)
    if step.place != "take":
        kept = base.workshop if step.place == "keep" else None
        values = replace(values, workshop=kept, party=base.party if kept else values.party)
        changed = tuple(f for f in VALUES if getattr(values, f) != getattr(base, f))
        ask = fields_to_ask(values, reading)
    status = state if step.to == KEEP else step.to
    registration = replace(
        values,
        status=status,
        late=values.late or step.late,
        question=base.question or reading.question,
        followups=base.followups + int(reply == "ask"),
        asked=ask if reply in ASKING else (),
        review_reason=(None if status != "review"
                       else base.review_reason if state == "review"
                       else _review_reason(reading, step, meaning)),
    )
    return Outcome(
        registration, reply, meaning, reason,
        ask=ask if reply in ASKING else (),
        forward=step.forward or (reading.question and meaning != "question"),
        changed=changed if step.merge else (),
    )


# Replies that ask a question, whose answer is read against it.
ASKING = ("ask", "full")


def no_room(stored: Registration, wanted: Registration, room: Mapping[int, int], *,
            registered: bool) -> bool:
    """Whether the workshop and party `wanted` need more places than `room` has left.

    A registered person keeps the places they hold: staying in their workshop with no
    more people than before always fits.
    """
    left = room.get(wanted.workshop) if wanted.workshop is not None else None
    if left is None:
        return False
    if registered and stored.workshop == wanted.workshop and wanted.party <= stored.party:
        return False
    return wanted.party > left


def merge(current: Registration, reading: Reading) -> Registration:
    """The registration with what the message says: stated values win, unstated are kept.

    A party of 1 is what the reading says when nobody mentions a number, so only a
    larger party counts as stated. Notes add up, so a later note on arrival time
    does not erase an earlier one on diet.
    """
    note = current.note
    if reading.note and not (note and reading.note in note):
        note = f"{note}\n{reading.note}" if note else reading.note
    return replace(
        current,
        name=reading.envelope.sender_name.strip() or current.name,
        workshop=reading.workshop if reading.workshop is not None else current.workshop,
        dinner=reading.dinner if reading.dinner is not None else current.dinner,
        party=reading.party if reading.party > 1 else current.party,
        lang=reading.lang or current.lang,
        note=note,
    )


def fields_to_ask(merged: Registration, reading: Reading) -> tuple[str, ...]:
    """What a follow-up must ask: choices still missing, and choices the sender left unclear."""
    unclear = {f for f, words in reading.unclear.items() if words}
    return tuple(f for f in ASKABLE
                 if getattr(merged, f) is None
                 or (f in unclear and getattr(reading, f) is None))


def meaning_of(reading: Reading, *, ask: tuple[str, ...], changed: tuple[str, ...],
               first: bool) -> Meaning:
    if reading.action == "ignore":
        return "ignore"
    if reading.action == "decline":
        return "decline"
    if reading.action == "review":
        if reading.question and reading.intent in ("question", "other"):
            return "question"
        if reading.intent == "other" and not _says_anything(reading):
            return "empty"
        return "review"
    if ask:
        return "incomplete"
    if changed or first:
        return "complete"
    return "question" if reading.question else "unchanged"


def _says_anything(reading: Reading) -> bool:
    return (reading.workshop is not None or reading.dinner is not None or reading.party > 1
            or bool(reading.note) or any(reading.unclear.values()))


def _review_reason(reading: Reading, step: Step, meaning: str) -> str:
    """Why a person must look: the understanding's reasons when it asked for review."""
    from_reading = meaning in ("review", "question", "empty")
    reason = ("; ".join(r for r in reading.reasons if r) if from_reading else "") or step.why
    return reason if len(reason) <= 200 else reason[:199] + "…"


__all__ = ["Registration", "Outcome", "Step", "TABLE", "STATES", "STATUSES", "MEANINGS",
           "REPLY_KINDS", "NONE", "KEEP", "decide", "merge", "fields_to_ask", "meaning_of", "no_room"]
