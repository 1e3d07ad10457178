"""Quotations of a draft compared with the fact sheet's known quotations."""
from __future__ import annotations

from dataclasses import dataclass

import regex
from functools import lru_cache

from . import SPEECH_WORDS as SPEECH_WORDS_PATTERN, Analysis, Quote, occasions
from ..model import Quote as KnownQuote
from ..quoting import GAP, MIN_WORDS, SENTENCE, SIMILARITY, similarity, words
from ..scopes import Kind


# 'the claim "Zelensky said the swap could lead to something big"': words that report someone's words, as a
# fact-check quotes a claim, are not those words
REPORTED_SPEECH = regex.compile(r"\b\p{Lu}\p{Ll}+\s+(?:" + SPEECH_WORDS_PATTERN + r")\b")
LINES_AND_GAPS = regex.compile(rf"{GAP.pattern}|\n")
QUOTE_MATCHES: Kind[list] = Kind("each quotation and the known quotes it may be")

@dataclass
class Match:
    """A stretch of a draft quotation compared with a known one."""
    known: KnownQuote
    start: int
    end: int
    exact: bool
    similarity: float
    draft_words: list[str]
    known_words: list[str]
    whole_sentence: str | None  # the known sentence this stretch should read as, when it is a whole sentence


def _contains(haystack: list[str], needle: list[str]) -> bool:
    joined = " " + " ".join(haystack) + " "
    return (" " + " ".join(needle) + " ") in joined


NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "nothing", "none"})


def _elided(haystack: list[str], needle: list[str]) -> bool:
    """The needle's words stand in the haystack in order, a single word left out here and there but never a
    negation ("Not a hiding place", of "will not be a hiding place"): a fragment shortened, as headings do."""
    words_of = [w.lower() for w in haystack]
    wanted = [w.lower() for w in needle if w.isalnum()]
    for first in (i for i, w in enumerate(words_of) if wanted and w == wanted[0]):
        at, skipped = first, False
        for word in wanted[1:]:
            if at + 1 < len(words_of) and words_of[at + 1] == word:
                at += 1
            elif at + 2 < len(words_of) and words_of[at + 2] == word and words_of[at + 1] not in NEGATIONS:
                at, skipped = at + 2, True
            else:
                break
        else:
            return skipped
    return False


@lru_cache(maxsize=1024)
def _known_sentences(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in SENTENCE.findall(text) if s.strip())


@lru_cache(maxsize=1024)
def _known_words(text: str) -> tuple[str, ...]:
    return tuple(t[0] for t in words(text))


@lru_cache(maxsize=16384)
def _similarity(draft: tuple[str, ...], known: tuple[str, ...]) -> float:
    """Remembered: an editor's re-check after an edit compares the same quotations again."""
    return similarity(list(draft), list(known))


def compare(quote: Quote, known_quotes: list[KnownQuote], headline: bool = False) -> list[Match]:
    """Match each sentence of a draft quote against the known quotations; a ``headline`` may leave words out."""
    matches = []
    for piece in (LINES_AND_GAPS if quote.block else GAP).split(quote.text):  # (a quoted block's lines are units: an
        #                                                                    embedded post's header line)
        offset = quote.start + quote.text.find(piece)
        for sentence in SENTENCE.finditer(piece):
            tokens = words(sentence.group(), offset + sentence.start())
            if not tokens:
                continue
            draft = [t[0] for t in tokens]
            start, end = tokens[0][1], tokens[-1][2]
            best: Match | None = None
            renderings = [(fact, text) for fact in known_quotes for text in (fact.text, *fact.translations)]
            for fact, text in renderings:
                known_all = list(_known_words(text))
                if _contains(known_all, draft) or headline and _elided(known_all, draft):
                    best = Match(fact, start, end, True, 1.0, draft, known_all, None)
                    break
                if len([w for w in draft if w.isalnum()]) < MIN_WORDS:
                    continue
                for known_sentence in _known_sentences(text):
                    known = _known_words(known_sentence)
                    if len([w for w in known if w.isalnum()]) < MIN_WORDS:
                        continue  # "Habemus Papam" is quoted whole or not at all: a sign reading "Habemus Papam –
                        #           Habemus Dolton" is words of its own
                    score = _similarity(tuple(draft), known)
                    if score >= SIMILARITY and (best is None or score > best.similarity):
                        whole = known_sentence if len(draft) >= len(known) - 1 else None
                        best = Match(fact, start, end, False, score, draft, list(known), whole)
            if best is not None:
                matches.append(best)
    return matches


def quote_matches(analysis: Analysis) -> list[tuple[Quote, list[Match]]]:
    """Each quotation of the draft with the known quotations it matches (computed once per analysis)."""
    def compute() -> list[tuple[Quote, list[Match]]]:
        day = occasions.own_date(analysis)  # words said after the draft's own day are not what it quotes
        known = [q for q in analysis.sheet.quotes if day is None or q.date is None or q.date.first_day <= day]
        return [(q, compare(q, known, analysis.doc.line_opens_with(q.start, "#"))) for q in analysis.quotes
                if not REPORTED_SPEECH.search(q.text)] if known else []

    return analysis.derived(QUOTE_MATCHES, compute)
