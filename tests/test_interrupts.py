"""Ctrl-C during `check --fix` on a folder: exit 130 at once, say which files changed, lose nothing.

Each test runs the real command in its own process group, as a terminal does, and sends SIGINT the
way a terminal (the whole group) or `timeout -s INT` (the parent alone) would.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]

BAD = ("Former President Donald Trump spoke in Kiev on Friday.\n\n"
       "The talks in Istanbul were the first since 2022, and reporters in Kiev waited.\n") * 6
FIXED = BAD.replace("Former President", "President").replace("Kiev", "Kyiv")
DRAFTS = 400


def drafts(folder: Path) -> list[Path]:
    paths = []
    for number in range(DRAFTS):
        path = folder / f"draft{number:03}.md"
        path.write_text(BAD)
        paths.append(path)
    return paths


def start(folder: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "copydesk", "check", "--fix", "--quiet", *extra, str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            start_new_session=True, cwd=folder)


def wait_for_first_fix(paths: list[Path], process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if any(path.read_text() == FIXED for path in paths[:40]):
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    raise AssertionError("no file was fixed in two minutes")


def stopped_within(process: subprocess.Popen, seconds: float) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=seconds)
    return process.returncode, out.decode(), err.decode()


def group_is_gone(group: int) -> bool:
    for _ in range(50):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def assert_nothing_lost(folder: Path, paths: list[Path], err: str) -> None:
    contents = {path: path.read_text() for path in paths}
    assert set(contents.values()) <= {BAD, FIXED}  # never half-written
    changed = {line.strip() for line in err.splitlines() if line.startswith("  ")}
    assert changed == {path.name for path, text in contents.items() if text == FIXED} or \
        changed == {str(path) for path, text in contents.items() if text == FIXED}
    assert 0 < len(changed) < DRAFTS
    assert not [leftover for leftover in folder.iterdir() if "copydesk" in leftover.name]  # no temporary files


def interrupt(folder: Path, paths: list[Path], jobs: str, *, whole_group: bool = True,
              twice: bool = False) -> tuple[int, str]:
    """Run `check --fix` on the folder, interrupt it once a file is fixed, and return its exit status and
    stderr, asserting that it ended within 2 s (1 s after a second interrupt) and left no worker behind."""
    process = start(folder, "--jobs", jobs)
    wait_for_first_fix(paths, process)
    send = (lambda: os.killpg(process.pid, signal.SIGINT)) if whole_group else \
        (lambda: process.send_signal(signal.SIGINT))  # a terminal signals the group; `timeout -s INT` the parent
    send()
    if twice:
        time.sleep(0.05)
        send()
    sent = time.monotonic()
    code, _, err = stopped_within(process, 2)
    assert time.monotonic() - sent < (1.0 if twice else 2.0)
    assert group_is_gone(process.pid), "a worker outlived the run"
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_first_ctrl_c_stops_at_once_and_lists_the_changed_files(tmp_path, jobs):
    paths = drafts(tmp_path)
    code, err = interrupt(tmp_path, paths, jobs)
    assert code == 130, err
    assert "interrupted after" in err and f"of {DRAFTS} files" in err
    assert_nothing_lost(tmp_path, paths, err)


def test_an_interrupt_sent_to_the_parent_alone_stops_the_workers_too(tmp_path):
    paths = drafts(tmp_path)
    code, err = interrupt(tmp_path, paths, "2", whole_group=False)
    assert code == 130
    assert_nothing_lost(tmp_path, paths, err)


def test_second_ctrl_c_exits_immediately(tmp_path):
    paths = drafts(tmp_path)
    code, _ = interrupt(tmp_path, paths, "2", twice=True)
    assert code == 130
    assert set(path.read_text() for path in paths) <= {BAD, FIXED}
    assert not [leftover for leftover in tmp_path.iterdir() if "copydesk" in leftover.name]


def test_ctrl_c_during_mutate_exits_130_without_a_traceback(tmp_path):
    draft = tmp_path / "clean.md"
    draft.write_text(FIXED)
    process = subprocess.Popen([sys.executable, "-m", "copydesk", "mutate", "--quiet", "--per-draft", "40",
                                *[str(draft)] * 200], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    time.sleep(2.5)
    assert process.poll() is None
    os.killpg(process.pid, signal.SIGINT)
    code, _, err = stopped_within(process, 2)
    assert code == 130 and "Traceback" not in err and "interrupted" in err
