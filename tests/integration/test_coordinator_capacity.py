"""A workshop with a capacity, through `tilmeld tick`: the one who finds it full is asked to
choose another, and the digest shows the places left."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from installation import SIGNUP, Site, answer, story_mail

pytestmark = pytest.mark.integration

JONAS = "jonas.friis@gmail.com"
ANNE = "anne.lund@example.dk"


def signup(sender: str, name: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = SIGNUP
    msg["Subject"] = "Tilmelding"
    msg["Date"] = "Thu, 5 Sep 2024 10:00:00 +0200"
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    msg.set_content(body)
    return msg.as_bytes()


def test_a_full_workshop_asks_for_another_and_the_digest_shows_places_left(site: Site) -> None:
    config = site.config.read_text(encoding="utf-8")
    site.config.write_text(config.replace("id = 2\n", "id = 2\ncapacity = 1\n", 1), encoding="utf-8")

    site.deliver(story_mail("complete_gmail_da.eml"))  # Jonas takes the one place in Byhaver
    site.tick("2024-09-04T12:00")
    assert site.people()[JONAS]["status"] == "registered"

    site.deliver(signup(ANNE, "Anne Lund", "Hej\n\nJeg vil gerne være med i workshop 2 om "
                                           "byhaver, og jeg spiser med.\n\nAnne"))
    site.tick("2024-09-05T12:00")
    (full,) = site.sent_to(ANNE)
    text = full.get_body(preferencelist=("plain",)).get_content()
    assert "Workshop 2. Byhaver er desværre fuld" in text
    assert "1. Regnvand" in text and "3. Naboskab" in text
    anne = site.people()[ANNE]
    assert (anne["status"], anne["workshop"], anne["dinner"]) == ("pending", None, True)

    site.deliver(answer(full, ANNE, "Anne Lund", "Så tager jeg nr. 3"))
    site.tick("2024-09-05T14:00")
    anne = site.people()[ANNE]
    assert (anne["status"], anne["workshop"], anne["dinner"]) == ("registered", 3, True)

    site.tick("2024-09-06T07:05")
    digests = site.to_coordinator("digest")
    assert len(digests) == 3  # one a day: the 4th, the 5th, and this one
    digest = digests[-1]
    text = digest.get_body(preferencelist=("plain",)).get_content()
    assert "2. Byhaver: 1 kommer (1 tilmelding), 0 af 1 pladser tilbage" in text
    assert "3. Naboskab: 1 kommer (1 tilmelding)\n" in text.replace("\r\n", "\n")
