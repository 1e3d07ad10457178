"""The sentence of a source article that states a fact: what the review page shows, folded, under a source.

A sheet names its sources' files relative to itself; where a file is at hand (a newsroom keeps its sources
beside its sheet) the first sentence stating the fact is found by what the fact says in words: a figure's
value as written in digits, a quotation's opening words, a claim's value, a name, an event's day.
"""
from __future__ import annotations

from pathlib import Path

import regex

from . import markdown
from . import text as lang
from .files import MAX_DRAFT_BYTES, UnreadableInput, read_regular
from .model import MONTH_NAMES, WEEKDAY_NAMES, Claim, Event, Fact, FactDescription, Named, Quantity, Quote

QUOTE_OPENING_WORDS = 6


class SourceTexts:
    """Source files read once per run, by the sheet they belong to."""

    def __init__(self) -> None:
        self.texts: dict[Path, str | None] = {}

    def text(self, sheet_path: str, file: str) -> str | None:
        if sheet_path.startswith("<"):  # the embedded sheet, or one given as text: no files beside it
            return None
        path = (Path(sheet_path).parent / file).resolve()
        if path not in self.texts:
            try:
                text = read_regular(path, MAX_DRAFT_BYTES, what="source article").data.decode("utf-8", "replace")
                self.texts[path] = " " * markdown.front_matter_end(text) + text[markdown.front_matter_end(text):]
            except (OSError, UnreadableInput):
                self.texts[path] = None
        return self.texts[path]

    def passage(self, fact: FactDescription, file: str) -> str | None:
        """The sentence of one of the fact's sources that states it, if that file is beside its sheet."""
        text = self.text(fact.sheet_path, file)
        return statement(fact.fact, text) if text else None


def statement(fact: Fact, text: str) -> str | None:
    """The first sentence of the text that says what the fact says, as one line; None if none does."""
    pattern = _pattern(fact)
    if pattern is None:
        return None
    for start, end in lang.split_sentences(text, 0, len(text)):
        if pattern.search(text, start, end):
            return " ".join(text[start:end].split())
    return None


def _pattern(fact: Fact) -> regex.Pattern | None:
    phrases: list[str]
    if isinstance(fact, Quantity):
        value = fact.value
        digits = {f"{value:g}", f"{value:,.0f}" if value == int(value) else f"{value:,}"}
        return regex.compile(rf"(?<![\d.,]){'|'.join(regex.escape(d) for d in sorted(digits, key=len, reverse=True))}"
                             rf"(?![\d]|[.,]\d)")
    if isinstance(fact, Quote):
        opening = " ".join(regex.findall(r"[\p{L}\p{N}'’]+", fact.text)[:QUOTE_OPENING_WORDS])
        return regex.compile(r"\W+".join(regex.escape(w) for w in opening.split()), regex.I) if opening else None
    if isinstance(fact, Claim):
        phrases = [fact.value, *fact.accepted]
    elif isinstance(fact, Named):
        phrases = [fact.name, *fact.aliases]
    elif isinstance(fact, Event):
        day = fact.date.first_day
        if not fact.date.day:
            return None
        month = MONTH_NAMES[day.month - 1]
        phrases = [f"{month} {day.day}", f"{day.day} {month}", WEEKDAY_NAMES[day.weekday()]]
    else:
        return None
    phrases = [p for p in phrases if p]
    return regex.compile(rf"\b(?:{'|'.join(regex.escape(p) for p in phrases)})\b") if phrases else None
