"""`tilmeld check` against the real servers: a verdict per part, tick's exit codes, and
nothing changed (no folder created, no database file made, no mail sent)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from servers import free_port
from servers.dovecot import Dovecot
from servers.smtp_sink import SmtpSink

from installation import PROCESSED, Site

pytestmark = pytest.mark.integration


def check(site: Site) -> tuple[int, dict[str, tuple[str, str]]]:
    result = subprocess.run(site.command("check"), capture_output=True, text=True, timeout=60,
                            env=site.environment())
    verdicts = {}
    for line in result.stdout.splitlines():
        verdict, item, detail = line.split(maxsplit=2)
        verdicts[item] = (verdict, detail)
    return result.returncode, verdicts


def test_all_good_and_nothing_changed(dovecot: Dovecot, smtp_sinks: Callable[..., SmtpSink],
                                      tmp_path: Path) -> None:
    sink = smtp_sinks(auth=("tilmeld", "smtp-secret"))
    site = Site(tmp_path, dovecot.add_user(), sink, PROCESSED, env={"SMTP_PW": "smtp-secret"})
    site.write_config(smtp={"username": "tilmeld", "password_env": "SMTP_PW"})
    site.deliver(b"Subject: waiting\r\n\r\nfor the first tick\r\n")

    code, verdicts = check(site)
    assert code == 0
    assert list(verdicts) == ["config", "IMAP", "SMTP", "database", "invitation"]
    assert {v for v, _ in verdicts.values()} == {"ok"}
    assert f"logged in as {site.user.name}; INBOX: 1 message(s)" in verdicts["IMAP"][1]
    assert f"{PROCESSED}: missing, the first tick creates it" in verdicts["IMAP"][1]
    assert "logged in as tilmeld" in verdicts["SMTP"][1]
    assert "does not exist yet" in verdicts["database"][1]
    # Looked at, not changed: no folder, no database file, no mail, the message unread.
    assert PROCESSED not in site.user.folders()
    assert not (site.root / "tilmeld.sqlite3").exists()
    assert sink.received == [] and len(site.inbox()) == 1 and not site.inbox()[0].flags

    site.tick("2024-09-05T06:00")
    code, verdicts = check(site)
    assert code == 0
    assert f"{PROCESSED}: exists" in verdicts["IMAP"][1]
    assert verdicts["database"][1].endswith("(current)")


def test_each_part_fails_on_its_own_with_the_right_code(site: Site) -> None:
    site.sink.stop()
    code, verdicts = check(site)
    assert code == 75
    assert verdicts["SMTP"] == ("FAIL", f"SMTP 127.0.0.1:{site.sink.port}: connection refused")
    assert [item for item, (v, _) in verdicts.items() if v == "FAIL"] == ["SMTP"]
    site.sink.start()

    down = free_port()
    site.write_config(imap={"port": down})
    code, verdicts = check(site)
    assert (code, verdicts["IMAP"]) == (75, ("FAIL", f"IMAP 127.0.0.1:{down}: connection refused"))

    wrong = site.root / "wrong"
    wrong.write_text("wrong\n")
    site.write_config(imap={"password_file": str(wrong)})
    code, verdicts = check(site)
    assert code == 78
    assert verdicts["IMAP"][1].startswith(f"{site.config}: imap.username / imap.password_file")

    site.write_config()
    site.database_url = f"postgresql+psycopg://tilmeld@127.0.0.1:{down}/tilmeld"
    code, verdicts = check(site)
    assert code == 75
    assert verdicts["database"][0] == "FAIL"
    assert verdicts["database"][1].startswith(f"database 127.0.0.1:{down}: ")
    site.database_url = None


def test_a_missing_invitation_file_and_a_broken_config_are_configuration_errors(site: Site) -> None:
    text = site.config.read_text()
    site.config.write_text(text.replace("invitation.eml", "no-such-invitation.eml"))
    code, verdicts = check(site)
    assert code == 78
    assert verdicts["invitation"][0] == "FAIL"
    assert verdicts["invitation"][1].startswith(f"{site.config}: event.invitation_file: cannot read")

    site.config.write_text(text.replace("[smtp]", "[smtp]\nprot = 25"))
    code, verdicts = check(site)
    assert code == 78
    assert verdicts == {"config": ("FAIL", f"{site.config}: smtp.prot: unknown key "
                                           "(did you mean smtp.port?)")}


def test_a_configuration_error_outranks_a_server_that_is_down(site: Site) -> None:
    site.sink.stop()
    site.write_config(imap={"folder": "No such folder"})
    code, verdicts = check(site)
    assert code == 78
    assert verdicts["SMTP"][0] == verdicts["IMAP"][0] == "FAIL"
    assert "imap.folder: no folder 'No such folder'" in verdicts["IMAP"][1]
