"""Small pure parts of unattended operation: size batches, check's exit code, the log file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline import logs
from pipeline.check import Verdict, worst
from pipeline.errors import ConfigError
from pipeline.mailbox import _groups


def test_size_batches_keep_uid_order_and_read_a_large_message_alone_as_headers() -> None:
    sized = [(1, 400), (2, 400), (3, 5000), (4, 300), (5, 900), (6, 100)]
    groups = [(uids, whole) for uids, whole in _groups(sized, 1000) if uids]
    assert groups == [([(1, 400), (2, 400)], True), ([(3, 5000)], False),
                      ([(4, 300)], True), ([(5, 900), (6, 100)], True)]
    flat = [uid for uids, _ in groups for uid, _ in uids]
    assert flat == [1, 2, 3, 4, 5, 6]  # the cursor may move past a batch: no UID left behind


def test_without_a_limit_everything_comes_whole_in_one_group() -> None:
    sized = [(1, 10**9), (2, 5)]
    assert [g for g in _groups(sized, None) if g[0]] == [(sized, True)]


@pytest.mark.parametrize(("codes", "expected"), [
    ([0, 0, 0], 0), ([0, 75, 0], 75), ([75, 78], 78), ([78, 0], 78), ([0, 70], 70)])
def test_check_exits_with_the_most_urgent_code(codes: list[int], expected: int) -> None:
    assert worst([Verdict(str(n), code == 0, "", code) for n, code in enumerate(codes)]) == expected


def test_the_log_file_gets_the_lines_and_an_unwritable_one_names_the_key(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logs.to_file(tmp_path / "tilmeld.log", tmp_path / "event.toml")
        logs.to_file(tmp_path / "tilmeld.log", tmp_path / "event.toml")  # once only
        assert len(root.handlers) == len(before) + 1
        logging.getLogger("pipeline.test").warning("one line")
        assert (tmp_path / "tilmeld.log").read_text().count("WARNING pipeline.test: one line") == 1
        with pytest.raises(ConfigError, match=r"event.toml: logging.file: cannot write"):
            logs.to_file(tmp_path / "no-such-dir" / "x.log", tmp_path / "event.toml")
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)
            handler.close()
