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
    """The frame of the value at a prose offset, made once per document."""
    return analysis.derived(FRAME, lambda: frame_at(parser_text(analysis, sentence), offset - sentence.start),
                            offset)


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
