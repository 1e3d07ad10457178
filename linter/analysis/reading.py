"""A document's sentences as the parser reads them, and the frame of a value at an offset: made once per
document and shared by the gate and the occasion analyses."""
from __future__ import annotations

import regex

from . import Analysis, Sentence
from .frames import Frame, frame_at
from ..dates import DateMention
from ..scopes import Kind


FRAME: Kind[Frame | None] = Kind("the claim frame of a value")
PARSER_TEXT: Kind[str] = Kind("a sentence as the parser reads it")

# "KYIV, May 24 (Reuters) — ", "Kyiv, Ukraine (AP) — ": a place in capitals, or a place and an agency in brackets
DATELINE = regex.compile(r"\s*(?:\p{Lu}{2,}[\p{Lu} .'’-]*,[^.!?—–\n]{0,60}?|\p{Lu}[\p{L} .'’-]{1,40},[^.!?—–\n]{0,40}?"
                         r"\([^()\n]{1,40}\))\s*(?:—|–|-{1,2})\s+")


def frame_for(analysis: Analysis, sentence: Sentence, offset: int) -> Frame | None:
    """The frame of the value at a prose offset, made once per document. Of a sentence of clauses joined by
    semicolons, only the value's own clause is parsed: each is a sentence of its own, and the treebanks'
    parsers hang the second on a word of the first."""
    return analysis.derived(FRAME, lambda: frame_at(own_clause(parser_text(analysis, sentence), offset - sentence.start),
                                                    offset - sentence.start), offset)


def own_clause(text: str, offset: int) -> str:
    """The text with every clause but the one at offset blanked (clauses split at semicolons), offsets kept."""
    if ";" not in text:
        return text
    start = text.rfind(";", 0, offset) + 1
    end = text.find(";", offset)
    end = len(text) if end < 0 else end
    return " " * start + text[start:end] + " " * (len(text) - end)


def parser_text(analysis: Analysis, sentence: Sentence) -> str:
    """The sentence as the parser reads it: numbers written in words ("three hundred and eighty") given
    in digits, padded to the same length so that offsets hold (the treebanks have few of them), and a
    dateline blanked."""
    def make() -> str:
        text = analysis.sentence_text(sentence)
        opening = DATELINE.match(text)
        if opening:  # "STRELSAU, Feb 24 (Wire) — ": the report's place and date, no part of the sentence's grammar
            text = " " * opening.end() + text[opening.end():]
        for number in analysis.numbers_between(sentence.start, sentence.end):
            start, end = number.value_start - sentence.start, number.value_end - sentence.start
            if number.in_words and " " in text[start:end].strip():
                digits = f"{number.value:g}"
                if len(digits) <= end - start:
                    text = text[:start] + digits.ljust(end - start) + text[end:]
        return text

    return analysis.derived(PARSER_TEXT, make, sentence.index)


def dates_in(analysis: Analysis, sentence: Sentence, spans: tuple[tuple[int, int], ...],
             year: int | None = None) -> list[DateMention]:
    """The sentence's date mentions that stand in these spans of it (a frame's time dependents, say); a
    year-less date is read in ``year``, else in the run's."""
    found = analysis.dates(sentence, analysis.as_of.year if year is None else year)
    return [m for m in found if any(sentence.start + start <= m.start < sentence.start + end for start, end in spans)]
