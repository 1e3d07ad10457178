"""`copydesk index` and `copydesk affected`: which drafts of an archive state a fact that has changed.

The index is an SQLite file recording, for each draft, the digest of its content and of the sheet it was
read with, and every statement of a sheet fact in it (:mod:`copydesk.analysis.citations`). Building it
again reads only drafts whose content or sheet changed, so the corrections desk's question — which
published pieces carry the old toll? — is answered from the index without re-checking the archive.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .analysis import analyse
from .analysis.citations import citations
from .document import Document
from . import text as lang
from .facts import FactSheet, load, long_date
from .files import MAX_DRAFT_BYTES, read_regular
from .finding import Finding
from .model import Claim, Event, Fact, Named, Quantity
from .session import Options, Session

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (path TEXT PRIMARY KEY, digest TEXT NOT NULL, sheet TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statements (path TEXT NOT NULL, fact TEXT NOT NULL, line INTEGER NOT NULL,
                                       col INTEGER NOT NULL, stated TEXT NOT NULL, value REAL);
CREATE INDEX IF NOT EXISTS statements_by_fact ON statements (fact);
CREATE INDEX IF NOT EXISTS statements_by_path ON statements (path);
"""
BATCH = 64  # drafts per task sent to a worker


class UnusableIndex(Exception):
    """An index file that cannot be used (not an index, or written by another sheet)."""


@dataclass(frozen=True)
class Statement:
    """A draft stating a fact: where, the words, and for a figure its value."""
    path: str
    line: int
    column: int
    fact_id: str
    stated: str
    value: float | None = None


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def statements(doc: Document, sheet: FactSheet) -> list[Statement]:
    """What the draft states of the sheet's facts."""
    found = []
    for cited in citations(analyse(doc, sheet, sheet.as_of)):
        line, column = doc.position(cited.start)
        found.append(Statement(doc.path, line, column, cited.fact_id, doc.text[cited.start:cited.end], cited.value))
    return found


def changed(old: FactSheet, new: FactSheet) -> dict[str, str]:
    """The facts whose stated content changed from the old sheet to the new, with what the new one says:
    a figure's value, a name's house form, a claim's value, an event's date; or that it was removed."""
    found = {}
    for fact_id, before in old.facts.items():
        after = new.facts.get(fact_id)
        if after is None or type(after) is not type(before):
            found[fact_id] = "the new sheet no longer has this fact"
            continue
        now = _stated_content(after)
        if _stated_content(before) != now:
            found[fact_id] = f"the new sheet has {now}" + _kept_as_earlier(before, after, new)
    return found


def _kept_as_earlier(before: Fact, after: Fact, new: FactSheet) -> str:
    """" (1,644 was the figure as of 29 March 2031)" when the new sheet keeps the old value with its date."""
    if isinstance(before, Quantity) and isinstance(after, Quantity):
        kept = [dated for dated in after.values if dated.value == before.value]
        if kept:
            return f" as of {long_date(new.as_of)} ({lang.number_text(before.value)} was the figure as of " \
                   f"{long_date(kept[-1].as_of.first_day)})"
    return ""


def _stated_content(fact: Fact) -> str:
    if isinstance(fact, Quantity):
        return lang.number_text(fact.value)
    if isinstance(fact, Named):
        return fact.name
    if isinstance(fact, Claim):
        return fact.value
    if isinstance(fact, Event):
        return str(fact.date)
    return ""


def affected(old: FactSheet, new: FactSheet, found: Iterable[Statement]) -> list[tuple[Statement, str]]:
    """The statements that state a changed fact as the old sheet had it (a figure: its old value)."""
    changes = changed(old, new)
    result = []
    for statement in found:
        change = changes.get(statement.fact_id)
        if change is None:
            continue
        before = old.facts[statement.fact_id]
        if isinstance(before, Quantity) and statement.value is not None and \
                abs(statement.value - before.value) > max(before.tolerance, 1e-9) and not before.approximate:
            continue  # the draft states another value of it (an earlier stage, a rounding)
        result.append((statement, change))
    return result


# --- the index ----------------------------------------------------------------------------------------


def _read(task: tuple[str, list[str]]) -> list[tuple[str, str, list[Statement]]]:
    """A worker's batch: each draft read from disk (its digest taken from the bytes read) with its
    statements, read with the sheet (loaded once per process)."""
    sheet_path, paths = task
    sheet = _sheet(sheet_path)
    session = Session(Options(facts=sheet_path or None, roots=tuple(str(Path(p).parent) for p in paths)))
    out: list[tuple[str, str, list[Statement]]] = []
    for path in paths:
        read = session.load(path)
        if isinstance(read, Finding):  # not a regular text file, too large, gone: it states nothing
            out.append((path, digest(_bytes_or_empty(path)), []))
            continue
        snapshot, doc = read
        out.append((path, digest(snapshot.data), statements(doc, sheet)))
    return out


def _bytes_or_empty(path: str) -> bytes:
    """What a draft that is not read holds, for its digest: its bytes if it is a regular file, else none."""
    try:
        return read_regular(path, MAX_DRAFT_BYTES, what="draft").data
    except OSError:
        return b""


_SHEETS: dict[str, FactSheet] = {}


def _sheet(path: str) -> FactSheet:
    if path not in _SHEETS:
        _SHEETS.clear()
        _SHEETS[path] = load(path or None)
    return _SHEETS[path]


class Index:
    def __init__(self, path: str | Path) -> None:
        try:
            self.db = sqlite3.connect(str(path))
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise UnusableIndex(f"{path}: not a copydesk index ({exc})") from None

    def close(self) -> None:
        self.db.close()

    def update(self, paths: list[Path], sheet_path: str | None, sheet: FactSheet, jobs: int = 1) -> tuple[int, int]:
        """Read the drafts whose content or sheet changed since the index last saw them; forget drafts no
        longer among ``paths``. Returns (read, unchanged)."""
        sheet_digest = sheet.digest
        known = dict(self.db.execute("SELECT path, digest || ' ' || sheet FROM drafts"))
        stale = [str(path) for path in paths
                 if known.get(str(path)) != f"{digest(_bytes_or_empty(str(path)))} {sheet_digest}"]
        gone = set(known) - {str(path) for path in paths}
        with self.db:
            self.db.executemany("DELETE FROM statements WHERE path = ?", [(p,) for p in gone])
            self.db.executemany("DELETE FROM drafts WHERE path = ?", [(p,) for p in gone])
        batches = [(sheet_path or "", stale[i:i + BATCH]) for i in range(0, len(stale), BATCH)]
        for results in self._run(batches, jobs):
            with self.db:
                for path, content, found in results:
                    self.db.execute("DELETE FROM statements WHERE path = ?", (path,))
                    self.db.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?)",
                                        [(s.path, s.fact_id, s.line, s.column, s.stated, s.value) for s in found])
                    self.db.execute("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?)", (path, content, sheet_digest))
        return len(stale), len(paths) - len(stale)

    @staticmethod
    def _run(batches: list[tuple[str, list[str]]], jobs: int) -> Iterator[list]:
        if jobs <= 1 or len(batches) <= 1:
            yield from map(_read, batches)
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_read, batches)

    def statements_of(self, fact_ids: Iterable[str]) -> list[Statement]:
        ids = sorted(set(fact_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT path, line, col, fact, stated, value FROM statements WHERE fact IN ({marks}) "
                               "ORDER BY path, line, col", ids)
        return [Statement(*row) for row in rows]

    def sheets(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT DISTINCT sheet FROM drafts")}
