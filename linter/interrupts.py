"""Ctrl-C that stops a run at once and never leaves a file half-written.

The first interrupt asks the run to stop (:func:`requested`): no new file is started, files being
written finish their atomic replacement, and the run reports what it did and exits 130. A second
interrupt exits at once, after the cleanups registered with :func:`on_exit` (stopping worker
processes) — except inside :func:`atomic_write`, which always finishes first. Worker processes
ignore SIGINT (the parent decides) and treat SIGTERM as the second interrupt.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C

_requested = threading.Event()
_writing = 0
_exit_after_write: int | None = None
_cleanups: list[Callable[[], None]] = []


def requested() -> bool:
    """Whether the user asked this run to stop."""
    return _requested.is_set()


@contextmanager
def handled(notice: str = "finishing the files under way; press Ctrl-C again to stop now") -> Iterator[None]:
    """Within this block the first SIGINT asks the run to stop instead of raising KeyboardInterrupt; once
    it has, the handler stays for the rest of the process, so that a second SIGINT exits at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def first_then_exit(signum: int, frame: FrameType | None) -> None:
        if not _requested.is_set():
            _requested.set()
            print(f"\ncopydesk: interrupted; {notice}", file=sys.stderr, flush=True)
            return
        _exit_now(EXIT_INTERRUPTED)

    previous = signal.signal(signal.SIGINT, first_then_exit)
    try:
        yield
    finally:
        if not _requested.is_set():  # after an interrupt the run is ending: a second Ctrl-C still exits at once
            signal.signal(signal.SIGINT, previous)


def exiting() -> None:
    """An interrupted run has reported and is exiting: a further Ctrl-C has nothing left to stop, and
    must not kill the interpreter mid-shutdown (which restores the default handler) with a signal status."""
    if _requested.is_set() and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def on_exit(cleanup: Callable[[], None]) -> Iterator[None]:
    """Run ``cleanup`` before an immediate exit (a second Ctrl-C) while this block runs."""
    _cleanups.append(cleanup)
    try:
        yield
    finally:
        _cleanups.remove(cleanup)


@contextmanager
def atomic_write() -> Iterator[None]:
    """A write that must finish: an exit asked for meanwhile waits until it has."""
    global _writing
    _writing += 1
    try:
        yield
    finally:
        _writing -= 1
        if _exit_after_write is not None and not _writing:
            _exit_now(_exit_after_write)


def _exit_now(status: int) -> None:
    global _exit_after_write
    if _writing:
        _exit_after_write = status
        return
    for cleanup in list(_cleanups):
        try:
            cleanup()
        except Exception:  # exiting anyway; a failed cleanup must not keep the process alive
            pass
    sys.stderr.flush()
    os._exit(status)


def become_worker() -> None:
    """In a worker process: Ctrl-C is the parent's to handle; SIGTERM from the parent ends the worker,
    after the write under way."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda signum, frame: _exit_now(128 + signal.SIGTERM))
