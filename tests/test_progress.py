"""Progress on long runs: shown on a terminal (a pseudo-terminal here), never in a pipe or with --quiet."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds, type-checks or runs real processes

ROOT = Path(__file__).resolve().parent.parent
FILES = 300  # long enough that the bar appears (after its half-second delay) on any machine
BAR = re.compile(rf"\d+/{FILES} \[[\d:]+<[\d:?]+, +[\d.?]+ ?files/s\]")


@pytest.fixture
def drafts(tmp_path):
    sample = (ROOT / "examples" / "sample_draft.md").read_text()
    for number in range(FILES):  # each draft its own, so that no cached answer makes the run too short to show
        (tmp_path / f"draft{number:03}.md").write_text(f"{sample}\nEditor's note {number}: filed at {number % 24}:00.\n")
    return tmp_path


def stderr_on_a_terminal(args: list[str], cwd: Path) -> str:
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "copydesk", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=terminal, close_fds=True)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert process.wait(timeout=300) == 1
    return shown.decode("utf-8", "replace")


def test_a_long_check_shows_progress_on_a_terminal(drafts):
    shown = stderr_on_a_terminal(["check", "--jobs", "1", "."], drafts)
    assert BAR.search(shown), shown[-600:]


def test_no_progress_in_a_pipe_or_when_quiet(drafts):
    piped = subprocess.run([sys.executable, "-m", "copydesk", "check", "--jobs", "1", "."], cwd=drafts,
                           capture_output=True, text=True)
    assert piped.returncode == 1 and not BAR.search(piped.stderr) and "\r" not in piped.stderr
    quiet = stderr_on_a_terminal(["check", "--quiet", "--jobs", "1", "."], drafts)
    assert not BAR.search(quiet) and not re.search("\r(?!\n)", quiet)  # a terminal ends lines with \r\n
