"""The HTML digest in a real browser engine (Debian's headless Chromium): the workshop table
is there, and a hostile name or note shows as text and never runs."""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from event_db import at, event, person, sessions
from pipeline import digest

pytestmark = pytest.mark.integration

HOSTILE_NAME = "<script>alert(1)</script>"
# Either part, run, would change the page's title or mark its body.
HOSTILE_NOTE = ("<img src=x onerror=\"document.body.setAttribute('data-owned','1')\">"
                "<script>document.title='owned'</script>")


def dump_dom(browser: str, page: Path, profile: Path) -> str:
    """The DOM after the page's scripts would have run, as Chromium serialises it."""
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=2000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class Page(HTMLParser):
    """Elements, attributes, the title and the text of a serialised DOM."""

    def __init__(self, dom: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.title = ""
        self._in: list[str] = []
        self._table: list[list[str]] | None = None
        self.tables: dict[str, list[list[str]]] = {}
        self._cell: list[str] | None = None
        self.feed(dom)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self._in.append(tag)
        if tag == "table" and attributes.get("id"):
            self._table = self.tables.setdefault(attributes["id"], [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self._table[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in and self._in[-1] == "title":
            self.title += data
        if self._cell is not None:
            self._cell.append(data)


def test_the_browser_runs_scripts_in_this_setup(chromium, tmp_path):
    """The control: the same invocation does run a script, so the test below can fail."""
    browser = chromium
    page = tmp_path / "control.html"
    page.write_text("<html><head><title>x</title></head><body>"
                    "<script>document.title='owned'</script></body></html>", encoding="utf-8")
    assert Page(dump_dom(browser, page, tmp_path / "profile")).title == "owned"


def test_the_html_digest_shows_the_table_and_hostile_text_as_text(chromium, tmp_path):
    browser = chromium
    settings = event(tmp_path, capacity={2: 10})
    made = sessions(settings)
    with made.begin() as s:
        person(s, "x@example.dk", "registered", at(3), name=HOSTILE_NAME, workshop=2, dinner=True,
               party=2, note=HOSTILE_NOTE)
        person(s, "y@example.dk", "review", at(4), name="Åse Ørnsø", workshop=1,
               review_reason="registers someone else", words=HOSTILE_NOTE)
        person(s, "z@example.dk", "registered", at(4), name="Bo", workshop=1, dinner=False)
    with made() as s:
        msg = digest.preview(settings, s, at(10, 8))
    html = msg.get_body(preferencelist=("html",)).get_content()
    page = tmp_path / "digest.html"
    page.write_text(html, encoding="utf-8")

    dom = Page(dump_dom(browser, page, tmp_path / "profile"))
    assert dom.title == settings.event.title  # no script changed it
    assert not any(tag == "script" for tag, _ in dom.tags)
    assert not any(tag == "img" for tag, _ in dom.tags)
    assert not any("data-owned" in attributes for _, attributes in dom.tags)
    text = "".join(dom.text)
    assert HOSTILE_NAME in text and "document.title='owned'" in text  # shown, as text

    rows = dom.tables["workshops"]
    assert rows[0] == ["Workshop", "Kommer", "Tilmeldinger", "Pladser tilbage"]
    assert rows[1:4] == [["1. Regnvand", "1", "1", "–"], ["2. Byhaver", "2", "1", "8 af 10"],
                         ["3. Naboskab", "0", "0", "–"]]
    assert rows[4][:3] == ["I alt", "3", "2"]
