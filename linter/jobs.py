"""How many worker processes a run uses (kept apart so that building the command line imports nothing heavy)."""
from __future__ import annotations

import os

PARALLEL_FROM = 16  # below this many files, starting worker processes costs more than it saves


class JobsError(ValueError):
    pass


def job_count(requested: int | None, files: int) -> int:
    """Worker processes: never more than the files or the cores, whatever was asked."""
    cores = os.cpu_count() or 1
    if requested is None:
        return cores if files >= PARALLEL_FROM else 1
    if requested < 1:
        raise JobsError(f"--jobs: expected a positive number, got {requested}")
    return max(1, min(requested, cores, files))
