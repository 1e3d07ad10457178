"""English word frequencies (pyspellchecker's list), looked up without decoding the whole list each run.

Decoding the list takes ~0.4 s per process — more than a whole pre-commit check of a draft. The
first lookup on a machine stores it, keyed by the list file's path, size and time, as an indexed
SQLite table in the user's cache folder (``$XDG_CACHE_HOME/copydesk``, else ``~/.cache/copydesk``);
every later lookup is one query. Where no cache can be written or read, the list is decoded in
memory, as pyspellchecker would. Words are looked up in lower case, with the counts of words that
differ only in case summed, as pyspellchecker's checker reads its list.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

LIST = "resources/en.json.gz"
NAME_FREQUENCY = 1000  # a word the English list counts this often is a common word, not a name ("Turnout": 1,774)


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copydesk"


def _list_file() -> Path | None:
    spec = find_spec("spellchecker")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / LIST
    return path if path.is_file() else None


def _decode() -> dict[str, int]:
    import pkgutil

    raw = pkgutil.get_data("spellchecker", LIST) or b"{}"
    counts: Counter[str] = Counter()
    for word, count in json.loads(gzip.decompress(raw).decode("utf-8")).items():
        counts[word.lower()] += count
    return dict(counts)


def _write(path: Path, counts: dict[str, int]) -> None:
    """Write the table beside its final name, then move it there: a reader never sees half a table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        with sqlite3.connect(partial) as connection:
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, count INTEGER) WITHOUT ROWID")
            connection.executemany("INSERT INTO words VALUES (?, ?)", sorted(counts.items()))
        connection.close()
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("SELECT count FROM words WHERE word = ?", ("the",)).fetchone()
    return connection


@lru_cache(maxsize=1)
def _table() -> Callable[[str], int]:
    source = _list_file()
    if source is not None:
        stat = source.stat()
        key = hashlib.sha256(f"{source}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()[:16]
        path = cache_folder() / f"english-words-{key}.sqlite3"
        for attempt in range(2):
            try:
                if attempt or not path.is_file():
                    _write(path, _decode())
                connection = _open(path)
            except (OSError, sqlite3.Error):
                continue  # unreadable (a damaged file is written again once) or unwritable: decode in memory
            return lambda word: (connection.execute("SELECT count FROM words WHERE word = ?", (word,)).fetchone()
                                 or (0,))[0]
    counts = _decode()
    return lambda word: counts.get(word, 0)


@lru_cache(maxsize=65536)
def frequency(word: str) -> int:
    """How often the word occurs in the list (0: not an English word), whatever its case."""
    return _table()(word.lower())
