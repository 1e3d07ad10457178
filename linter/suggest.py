"""What a one-line error adds to help the reader: the nearest known word, and where a TOML error is."""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """'; did you mean T101?' for the closest known word (ignoring case), or '' when none is close."""
    by_case = {k.casefold(): k for k in known}
    close = difflib.get_close_matches(word.casefold(), list(by_case), n=1, cutoff=0.6)
    return f"; did you mean {by_case[close[0]]}?" if close else ""


def toml_error(path: str, error: Exception) -> str:
    """'story.toml:3:5: TOML syntax error: Invalid value', as compilers and editors show a position
    (tomllib puts the position at the end of its message)."""
    message = str(error)
    position = TOML_POSITION.search(message)
    if position is None:
        return f"{path}: TOML syntax error: {message}"
    return f"{path}:{position[1]}:{position[2]}: TOML syntax error: {message[:position.start()]}"
