"""Analyses of a document against a fact sheet, computed once and shared by every rule.

``analyse(doc, sheet)`` returns an :class:`Analysis` whose properties are computed on
first use and cached: sentences, name mentions, counted numbers, quotations. Rules
read these; none of them parses the draft again.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

import regex

from .. import syntax
from .. import text as lang
from ..dates import find_dates
from ..document import Block, Document
from ..facts import FactSheet
from ..model import Date
from ..lexicon import Lexicon, NameForm
from ..phrases import JOINER as NAME_JOINER
from ..phrases import PhraseMatch
from ..vocabulary import alternation
from .. import cues
from ..scopes import Kind, Store
from .frames import name_words, relation

SPEAKER_TITLE: Kind[re.Pattern] = Kind("a speaker named by an office")

T = TypeVar("T")

SPEECH_WORDS = r"\b(?:" + alternation("predicate", "speech_forms") + r"|according\s+to)\b"
STOP_WORDS = frozenset("""and or of to in on at for from by with were was are is had have has been be said says who
which that as than the a an each per but while when after before since into onto over under about""".split())
EARLIER_VERSION_TOLD = rf"(?:earlier|previous|original)\s+(?:{alternation('note', 'pieces')})\s+(?:of\s+this\s+\p{{L}}+\s+)?" \
    rf"(?:{alternation('note', 'told')})\b"  # "an earlier version said": what the piece itself got wrong
CORRECTION_NOTE = regex.compile(
    rf"(?i)\W*(?:[^\n:]{{0,25}}\b\d{{4}}\W*:\W*)?"  # a date stamp before it: "*May 24, 2025:* An earlier ..."
    # a label, perhaps of what it corrects ("Correction to Issue 411:"), or a wire's correction verb
    rf"(?:(?:{alternation('note', 'labels')})(?:\s+(?:to|in|for|on)\s+[^\n:]{{1,40}})?\s*[:.,—–-]|"
    rf"\(?(?:{alternation('note', 'verbs')})\b|"
    rf"(?:the\s+)?claim(?:\s+(?:no\.?\s*)?\d+)?\s*[:—–-]|"  # a fact-check's "Claim 4: Trump said ...": the claim checked
    rf"(?:an?\s+|the\s+)?(?:earlier|previous|original)\s+(?:{alternation('note', 'pieces')})\s+of\s+this\b|"
    rf"(?:an?\s+|the\s+)?{EARLIER_VERSION_TOLD}|"
    rf"this\s+(?:{alternation('note', 'pieces')})\s+(?:has\s+been|was|had\s+been)\s+"
    rf"(?:{alternation('note', 'amended')})\b)")
CORRECTING_SENTENCE = regex.compile(rf"(?i)\b(?:{alternation('note', 'pieces')})\b[^.;:!?]{{0,40}}?\b"
                                    rf"(?:{alternation('note', 'wrongly')})\b|\b{EARLIER_VERSION_TOLD}")
POSSESSIVE = regex.compile(r"['’]s?\b")
CLAIM_QUOTED = regex.compile(r"\W*(?:claim\s*)?\d{1,2}\s*[.:)]\s*[\"“‘'][^\"”’]+[\"”’']\W*", regex.I)  # '5. "…"'
VERDICT = regex.compile(rf"\W*(?:{alternation('note', 'verdicts')})\b", regex.I)
YEAR_CELL = regex.compile(r"\W*(?P<year>1[5-9]\d\d|2[01]\d\d)\W*")  # a table row's first cell: a year
# '> "...." – Helene Maraval, Monday': a quotation signed by its speaker
SIGNED = regex.compile(r"[”\"»]\s*[–—―]\s*|[”\"»]\s+-{1,2}\s+")
FULL_STOP_INSIDE = regex.compile(r"(?<![.\s]\p{Lu}|\.\.)\.\s*$")  # not "U.S." nor an ellipsis
ATTRIBUTION_END = re.compile(r"[“\"]|(?<=[.!?])\s")
CONTENT_CLAUSE = re.compile(r"\b(?:that|whether|how|why|what)\b", re.I)
VERB_THEN_SPEAKER = re.compile(r"[\s,]*(?:" + SPEECH_WORDS + r")\s+", re.I)
SPEAKER_THEN_VERB = re.compile(r"[\s,]*(?P<who>[^,.;:!?]{1,60}?)\s+(?:(?:also|later|then|again|once|quickly|simply|"
                               r"first)\s+)?" + SPEECH_WORDS, re.I)
# the verb in lower case: "the United States, Donald Trump, wrote" has one speech verb, not two
SPEAKER_BEFORE_QUOTE = re.compile(r"(?=(?-i:[a-z]))(?:" + SPEECH_WORDS + r")\b[^.!?“\"]{0,70}$", re.I)
# a name right before its verb of saying: "Drevik said", "Drevik, 59, said", "Drevik quietly said"
SPEAKER_RIGHT_BEFORE = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:[a-z]+ly\s+)?")
COORDINATED = re.compile(r"(?i),?\s+and\s+$")  # "..., and said": a second verb of the same subject
SUBSET = re.compile(r"(?i)\b(?:among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them)\s*$")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
MONTH_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(MONTHS) + r")\.?\s*$")
MONTH_AFTER = re.compile(r"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b")
HEAD_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*|\d(?:[\d,.]*\d)?|\S")
DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[^\W\d_]+")
VERB_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been|people)\s+)?")
LIST_LINK = re.compile(r"(?:\s|[^\W\d_]|['’-])*?(?:,\s*|\s+)(?:and|as\s+well\s+as|plus)?\s*")
CLAUSE_PUNCTUATION = re.compile(r"[.;:]")
# a span that places something in time or compares ("five years LATER", "seven days ON,", "three years LESS"):
# no length the sheet gives
SPAN_RELATION = re.compile(r"\s+(?:later|earlier|ago|afterwards|longer|shorter|sooner|less|fewer|more\s+than)\b|"
                           r"\s+on\s*,", re.I)
FIGURE_NEXT = re.compile(r"\s*\d")  # a cue with another figure right after it ("aged 88") is that figure's
# "eight fewer witnesses than listed", "three other defendants": a difference, or a part set beside someone
COMPARED_OR_OTHER = re.compile(r"\s+(?:(?:fewer|more|less|greater|smaller|larger)\s+(?:[^\W\d_][\w-]*\s+){0,2}than\b|"
                               r"other\b)", re.I)
QUOTED = re.compile(r"[“\"](?P<body>[^“”\"\n]*(?:\n[^“”\"\n]+)*)[”\"]"
                    r"|(?<!\w)‘(?P<single>[^‘’\n]{3,}?)’(?![^\W\d_])"
                    r"|«\s?(?P<guillemets>[^«»]{3,}?)\s?»")
WITH = re.compile(r"(?i)\bwith\s+$")
# the rest of a title's phrase and the comma before a name in apposition: "[The President] of the United States, "
APPOSITIVE_NAME = re.compile(r"[^,.;:!?\n]{0,60},\s*")
# "the death toll from Friday's strike has risen to two", "the number of injured reached 3,100": a total
# named before its value.
# (not across another figure it gives: "the number of people killed AT 2,719 and the number injured at")
NAMED_TOTAL = re.compile(r"(?i)\b(?P<noun>toll|tally|(?<!\ba\s)number(?:\s+of)?)\b(?:(?!\b(?:at|to|reached)\s+\d)[^.;:!?]){0,110}?\b(?:at|to|was|is|reached|of)\s+$")
ANAPHORA = re.compile(r"(?i)\b(?:number|figure|total|tally|count|toll)\s+(?:\w+\s+){0,2}?(?:at|to|was|is|as|of)\s+$")

PER_SIDE_AFTER = re.compile(r"""(?ix)^[\s,]*(?:each|apiece|a\s+side|per\s+side|per\s+country|
    (?:from|on|for|by)\s+(?:each|either)\s+(?:side|country|nation)|each\s+side|from\s+each)\b""")
TOTAL_AFTER = re.compile(r"""(?ix)^[\s,]*(?:in\s+total|in\s+all|altogether|combined|overall|all\s+told|
    between\s+them|across\s+both\s+sides|from\s+both\s+sides\s+combined|in\s+the\s+whole\s+deal)\b""")
PER_SIDE_BEFORE = re.compile(r"(?i)\b(?:each(?!\s+of)|apiece|per\s+side|each\s+side|either\s+side)\b")
TOTAL_BEFORE = re.compile(r"""(?ix)\b(?:in\s+total|in\s+all|a\s+total\s+of|total\s+of|altogether|combined|
    overall|all\s+told|across\s+both\s+sides|between\s+them|both\s+sides\s+combined)\b""")


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    quoted: bool
    index: int = 0  # position in Analysis.sentences


@dataclass
class Mention:
    start: int
    end: int
    text: str
    meanings: list[NameForm]

    @property
    def primary(self) -> NameForm:
        return self.meanings[0]

    @property
    def fact_id(self) -> str:
        return self.primary.fact_id


@dataclass
class Count:
    """A number attached to something the fact sheet counts."""
    number: lang.Number
    measure: str
    category: str | None  # None: not stated
    scope: str | None  # "per side", "in total" or None: not stated
    sentence: Sentence
    head: str = ""
    anaphoric: bool = False
    partitive: bool = False  # "ten of the freed soldiers": a part of a group, not the group
    group: int = -1


@dataclass
class Quote:
    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str
    sentence: Sentence
    speaker: str | None = None
    speaker_strength: str | None = None  # named, title (with a country), guess (title alone), pronoun
    speaker_span: tuple[int, int] | None = None
    block: bool = False  # a Markdown block quote rather than words in quotation marks
    # the verb of saying before the quote, where more than one person is named before it: the speaker read
    # from the words (the last named) is checked against the verb's subject by the parse before it is judged
    verb: int | None = None


# Each made once and dropped with its owner: a document's analyses (one per sheet and day) with the
# document, a sheet's lexicon with the sheet. The owners hold nothing of this layer.
_ANALYSES: weakref.WeakKeyDictionary[Document, dict[tuple[FactSheet, dt.date], Analysis]] = \
    weakref.WeakKeyDictionary()
_LEXICONS: weakref.WeakKeyDictionary[FactSheet, Lexicon] = weakref.WeakKeyDictionary()


def analyse(doc: Document, sheet: FactSheet, as_of: dt.date | None = None) -> Analysis:
    """The shared analysis of a draft against a sheet on a date (default: the sheet's), made once."""
    day = as_of or sheet.as_of
    analyses = _ANALYSES.setdefault(doc, {})
    if (sheet, day) not in analyses:
        analyses[(sheet, day)] = Analysis(doc, sheet, lexicon_for(sheet), day)
    return analyses[(sheet, day)]


def lexicon_for(sheet: FactSheet) -> Lexicon:
    if sheet not in _LEXICONS:
        _LEXICONS[sheet] = Lexicon(sheet)
    return _LEXICONS[sheet]


GENERIC_LEADERS = ("president", "leader", "prime minister", "head of state")


def speaker_title_pattern(sheet: FactSheet) -> re.Pattern:
    offices = {*GENERIC_LEADERS, *(r.office.lower() for p in sheet.people for r in p.roles),
               *(alias.lower() for office in sheet.offices.values() for alias in office.aliases)}
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in o.split()) for o in sorted(offices, key=len, reverse=True))
    return re.compile(rf"(?i)\bthe\s+(?:(?P<country>(?:[^\W\d_]|\.)+)\s+)?(?P<office>{alternatives})\b")


class Analysis:
    def __init__(self, doc: Document, sheet: FactSheet, lexicon: Lexicon, as_of: dt.date) -> None:
        self._doc = weakref.ref(doc)  # kept by the document's own entry (_ANALYSES): no cycle
        self.sheet = sheet
        self.lexicon = lexicon
        self.as_of = as_of  # the day titles such as "the American president" are resolved on
        self.prose = doc.prose
        self._relevance: dict[tuple[str, int], int] = {}
        self._dates: dict[int, list] = {}
        self._derived = Store()

    @property
    def doc(self) -> Document:
        doc = self._doc()
        assert doc is not None, "an analysis outlived its document"
        return doc

    def derived(self, kind: Kind[T], make: Callable[[], T], *parts: Hashable) -> T:
        """An analysis built on this one (titles, quote matches...), made once: the one store per document,
        and per sheet and date, since this Analysis is."""
        return self._derived.get(kind, make, parts)

    def dates(self, sentence: Sentence, year: int) -> list:
        """Date mentions of a sentence (see copydesk.dates), computed once."""
        if sentence.index not in self._dates:
            label = self.row_label(sentence.block)
            row_year = YEAR_CELL.fullmatch(self.prose, label.start, label.end) if label is not None else None
            if row_year is not None:  # "| 1955 | Born September 14 in Chicago |": the row's year
                year = int(row_year.group("year"))
            from . import occasions  # (it reads the analysis: imported when first asked)
            # a day without its year is the occurrence nearest the day the draft speaks from ("arrested on 14
            # March", in a September draft checked against a December sheet, is this March, not next), and one
            # told in the past tense is not a day to come ("he was arrested on 14 March", in a November draft)
            day, own = occasions.draft_date(self), occasions.own_date(self)  # (a draft of no date of its own may
            found = find_dates(self.prose, sentence.start, sentence.end, year,  # be later than the sheet)
                               day if year == self.as_of.year else None)
            self._dates[sentence.index] = [
                replace(m, date=Date(m.date.year - 1, m.date.month, m.date.day))
                if own is not None and m.date is not None and m.date.day is not None and
                (m.date.month, m.date.day) != (2, 29) and m.date.first_day > own and
                not occasions.WRITTEN_YEAR.search(self.prose, m.start, m.end) and
                self._told_in_the_past(sentence, m.start) else m for m in found]
        return self._dates[sentence.index]

    def _told_in_the_past(self, sentence: Sentence, offset: int) -> bool:
        """The verb the word at offset hangs on is in the past tense, or has a past auxiliary ("was arrested")."""
        token = syntax.token_in(self.sentence_text(sentence), offset - sentence.start)
        while token is not None and token.head != token and token.pos_ not in ("VERB", "AUX"):
            token = token.head
        return token is not None and any("Tense=Past" in str(t.morph) and "VerbForm=Fin" in str(t.morph)
                                         for t in (token, *(c for c in token.children if c.dep_.startswith("aux"))))

    # -- sentences ---------------------------------------------------------------------
    @cached_property
    def notes(self) -> frozenset[int]:
        """The blocks that correct the article itself ("Correction: an earlier version said 130 observers"), or
        state the claim a fact-check checks ("Claim 4: Trump said ..."): they give the wrong value on purpose,
        so no rule reads them as the story's facts."""
        doc, blocks = self.doc, self.doc.blocks
        notes = {index for index, block in enumerate(blocks)
                 if CORRECTION_NOTE.match(self.prose, block.start, block.end) or
                 (doc.line_opens_with(block.start, "#") or doc.line_opens_with(block.start, "**")) and
                 CLAIM_QUOTED.fullmatch(self.prose, block.start, block.end)}  # '## 5. "135 cardinals voted"',
        #                                                                      a bold line '**6. "…"**' too
        judged_rows = {doc.line_of(block.start) for block in blocks if doc.line_opens_with(block.start, "|")
                       and VERDICT.match(self.prose, block.start, block.end)}
        notes |= {index for index, block in enumerate(blocks) if doc.line_of(block.start) in judged_rows}
        return frozenset(notes)  # '| 135 cardinals voted | Misleading (133 voted) |': the claim a verdict judges

    @cached_property
    def sentences(self) -> list[Sentence]:
        result: list[Sentence] = []
        for index, block in enumerate(self.doc.blocks):
            if index in self.notes:
                continue
            for start, end in lang.split_sentences(self.prose, block.start, block.end):
                if CORRECTING_SENTENCE.search(self.prose, start, end):
                    continue  # it gives the wrong value on purpose, as a note does
                result.append(Sentence(start, end, index, block.quoted, len(result)))
        return result

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence | None:
        if not self.sentences:
            return None
        sentence = self.sentences[self.sentence_index(offset)]
        return sentence if sentence.start <= offset <= sentence.end else None

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence before this one in its paragraph (None for a paragraph's first)."""
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        return before if before is not None and before.block == sentence.block else None

    def sentence_text(self, sentence: Sentence) -> str:
        return self.prose[sentence.start:sentence.end]

    def row_label(self, block: int) -> Block | None:
        """For a table cell after the first of its row, the row's first cell (cells of a row share a line)."""
        blocks, line = self.doc.blocks, self.doc.line_of(self.doc.blocks[block].start)
        first = block
        while first > 0 and self.doc.line_of(blocks[first - 1].start) == line:
            first -= 1
        return blocks[first] if first != block else None

    def context(self, sentence: Sentence, before: int = 0) -> str:
        """The sentence's text, with up to `before` preceding sentences (paragraphs in news are short)."""
        first = max(0, sentence.index - before)
        return self.prose[self.sentences[first].start:sentence.end]

    # -- names -------------------------------------------------------------------------
    @cached_property
    def mentions(self) -> list[Mention]:
        found: list[Mention] = []
        for index, block in enumerate(self.doc.blocks):
            if index in self.notes:
                continue
            for match in self.lexicon.names.finditer(self.prose, block.start, block.end):
                meanings = self.lexicon.forms[match.phrase]
                previous = found[-1] if found else None
                if previous is not None and previous.end >= block.start and \
                        NAME_JOINER.fullmatch(self.prose, previous.end, match.start()):
                    swapped = self.lexicon.swapped(previous.meanings, meanings)
                    if swapped is not None:
                        found[-1] = Mention(previous.start, match.end(), self.prose[previous.start:match.end()],
                                            [swapped])
                        continue
                found.append(Mention(match.start(), match.end(), match.group(), meanings))
        return found

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Name mentions starting in [start, end), found by bisection (the rules ask per figure)."""
        return self.mentions[bisect.bisect_left(self._mention_starts, start):
                             bisect.bisect_left(self._mention_starts, end)]

    @cached_property
    def _number_starts(self) -> list[int]:
        return [number.value_start for number, _ in self.numbers]

    def numbers_between(self, start: int, end: int) -> list[lang.Number]:
        """Numbers whose value starts in [start, end)."""
        return [number for number, _ in self.numbers[bisect.bisect_left(self._number_starts, start):
                                                      bisect.bisect_left(self._number_starts, end)]]

    @cached_property
    def _count_starts(self) -> list[int]:
        return sorted(count.number.start for count in self.counts)

    def counts_start_between(self, start: int, end: int) -> bool:
        """Whether any counted number starts in [start, end)."""
        index = bisect.bisect_left(self._count_starts, start)
        return index < len(self._count_starts) and self._count_starts[index] < end

    @cached_property
    def people_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if any(self.lexicon.person(f.fact_id) for f in m.meanings)
                and m.primary.kind != "first"]

    @cached_property
    def _people_starts(self) -> list[int]:
        return [m.start for m in self.people_mentions]

    def people_between(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self._people_starts, start)
        last = bisect.bisect_left(self._people_starts, end)
        return [m for m in self.people_mentions[first:last] if m.end <= end]

    def person_before(self, offset: int, *, block_limit: int = 2) -> Mention | None:
        """The subject-most person mentioned in the nearest sentence before offset."""
        before = bisect.bisect_left(self._people_starts, offset)
        if not before or not self.sentences:
            return None
        here = self.sentence_index(offset)
        while before > 1 and self.sentence_index(self._people_starts[before - 1]) != here and \
                any(start <= self._people_starts[before - 1] < end for start, end in self._quotation_spans):
            before -= 1  # a name inside an earlier quotation ('"I called Tomas Redlich," she said') is no subject
        nearest = self.people_mentions[before - 1]
        index = self.sentence_index(nearest.start)
        if self.sentences[here].block - self.sentences[index].block > block_limit:
            return None
        if index == here:
            return nearest
        first = before - 1
        while first > 0 and self.sentence_index(self.people_mentions[first - 1].start) == index:
            first -= 1
        # a possessor is no subject: "Valcescu's lawyer, Oana Feltrin, said ... she said" is Feltrin's; "Valcescu's
        # lawyer said" names no one who says it
        return next((m for m in self.people_mentions[first:before] if not POSSESSIVE.match(self.prose, m.end)), None)

    # -- numbers -----------------------------------------------------------------------
    @cached_property
    def numbers(self) -> list[tuple[lang.Number, Sentence]]:
        result = []
        for sentence in self.sentences:
            for number in lang.find_numbers(self.prose, sentence.start, sentence.end):
                if self._is_date_or_code(number):
                    continue
                result.append((number, sentence))
        return result

    def _is_date_or_code(self, number: lang.Number) -> bool:
        before = self.prose[max(0, number.value_start - 12):number.value_start]
        after = self.prose[number.value_end:number.value_end + 14]
        if number.in_words or number.unit:
            return False
        if MONTH_BEFORE.search(before) or MONTH_AFTER.search(after):
            return True
        if after[:1] in "/:" and after[1:2].isdigit() or before.endswith(("/", ":", "#")):
            return True
        return float(number.value).is_integer() and 1900 <= number.value <= 2100 and "," not in number.text

    @cached_property
    def counts(self) -> list[Count]:
        counts: list[Count] = []
        for number, sentence in self.numbers:
            count = self._attach(number, sentence, counts)
            if count is not None:
                counts.append(count)
        self._share_group_scope(counts)
        return counts

    def measure_relevance(self, measure_id: str, sentence: Sentence) -> int:
        """2: the measure's cues are in the sentence; 1: in the two before it; 0: not about it."""
        key = (measure_id, sentence.index)
        if key not in self._relevance:
            self._relevance[key] = self._measure_relevance(measure_id, sentence)
        return self._relevance[key]

    def _measure_relevance(self, measure_id: str, sentence: Sentence) -> int:
        measure = self.sheet.measures[measure_id]
        text = self.sentence_text(sentence)
        if measure.unless and lang.any_of(measure.unless).occurs_in(text):
            return 0
        if cues.about(measure, text):
            return 2
        return 1 if cues.cues_match(measure.cues, (), self.context(sentence, before=2)) else 0

    def _attach(self, number: lang.Number, sentence: Sentence, earlier: list[Count]) -> Count | None:
        prose = self.prose
        clause_start, clause_end = lang.clause_bounds(prose, sentence.start, sentence.end, number.value_start)
        if SUBSET.search(prose, max(clause_start, number.start - 40), number.start):
            return None
        if number.unit:
            return self._attach_unit(number, sentence, clause_start, clause_end)
        if COMPARED_OR_OTHER.match(prose, number.end):
            return None
        head = self._head(number.end, clause_end)
        if head is None:
            named = NAMED_TOTAL.search(prose, max(clause_start, number.start - 140), number.start)
            # the category stands before "toll" ("death toll") and after "number" ("number of injured", "the
            # number injured at 3,408": that one, not the count before it)
            by_number = named is not None and named.group("noun").lower().startswith("number")
            total = self._named_total(number, sentence, named.start() if by_number else
                                      max(clause_start, named.start() - 25), named.end() if by_number else
                                      named.end("noun")) if named else None
            if total is not None and by_number:
                return total
            restated = ANAPHORA.search(prose, max(clause_start, number.start - 40), number.start) and \
                self._anaphora(number, sentence, earlier)
            if restated:
                return restated
            if named:
                return total
            return self._attach_headless(number, sentence, clause_start, clause_end)
        match, meanings, partitive = head
        own_words = prose[number.end:match.start()]  # "212 REGISTERED residents": a cue in the count's own phrase
        scored = [(self.measure_relevance(m, sentence), cues.cues_match(self.sheet.measures[m].cues, (), own_words),
                   -index, m, c) for index, (m, c) in enumerate(meanings)
                  if self.sheet.measures[m].unit not in lang.UNITS.values()]  # "five other candidates": no share
        #                                                             of the vote, a unit the number would carry
        scored = [item for item in scored if item[0] > 0]
        if not scored:
            return None
        measure = max(scored)[3]
        relevant = [(m, c) for _, _, _, m, c in scored]
        category = next((c for m, c in relevant if m == measure and c != "all"), None)
        if category is None and WITH.search(prose, clause_start, number.start):
            return None  # "buses, each with 40 people aboard": an attribute, not a count of the story
        if category is None:
            category = self._category_near(measure, number, match, clause_start, clause_end, partitive)
        scope = self._scope(number, match, measure, clause_start, clause_end)
        return Count(number, measure, category, scope, sentence, head=match.group(), partitive=partitive)

    def _head(self, position: int, limit: int):
        """The counted noun after a number: up to three modifiers, or 'of the NOUN'."""
        tokens = list(itertools.islice(HEAD_TOKEN.finditer(self.prose, position, limit), 6))
        partitive = False
        for index, token in enumerate(tokens):
            found = self.lexicon.measure_noun_at(self.prose, token.start())
            if found and found[0].end() <= limit and not self._determiner_before_noun(found[0], tokens[index + 1:]):
                return found[0], found[1], partitive
            word = token.group().lower()
            if word == "of" and index == 0 and len(tokens) > 1 and tokens[1].group().lower() in ("the", "those"):
                partitive = True
                continue
            if partitive and (index == 1 or index == 2 and token.group()[0].isdigit()):
                continue  # "of the seats", "of the 300 seats": a part of a stated whole
            if not token.group()[0].isalpha() or word in STOP_WORDS or index >= 4:
                return None
        return None

    @staticmethod
    def _determiner_before_noun(found: PhraseMatch, following: list[regex.Match]) -> bool:
        """'five other regions': 'other' before a noun is a determiner, not the counted noun ('five others')."""
        if found.group().lower() != "other" or not following:
            return False
        word = following[0].group().rstrip(".'’-")
        return word.isalpha() and word.islower() and word not in STOP_WORDS

    def _category_near(self, measure_id: str, number: lang.Number, head: regex.Match, clause_start: int,
                       clause_end: int, partitive: bool) -> str | None:
        categories = self.sheet.measures[measure_id].categories
        if not categories:
            return None
        before = self.prose[max(clause_start, number.start - 30):number.start]
        after_end = min(clause_end, head.end() + (60 if partitive else 25))
        after = self.prose[head.end():after_end]
        digit = DIGIT.search(after)
        if digit:
            after = after[:digit.start()]
        best = None
        for category, words in categories.items():
            pattern = lang.any_of(tuple(words))
            found = pattern.search(after)
            if found:
                distance = found.start()
                best = min(best or (distance, category), (distance, category))
            matches = list(pattern.finditer(before))
            if matches and not DIGIT.search(before, matches[-1].end()):
                distance = len(before) - matches[-1].end()
                best = min(best or (distance, category), (distance, category))
        return best[1] if best else None

    def _scope(self, number: lang.Number, head: regex.Match | None, measure_id: str, clause_start: int,
               clause_end: int) -> str | None:
        prose = self.prose
        after_from = head.end() if head is not None else number.end
        after = prose[after_from:clause_end]
        if PER_SIDE_AFTER.match(after):
            return "per side"
        if TOTAL_AFTER.match(after):
            return "in total"
        if head is not None:
            phrase = prose[number.end:head.end()]
            if any(self.lexicon.side_noun(measure_id, w) for w in LETTERS.findall(phrase)):
                return "per side"
        before = prose[clause_start:number.start]
        markers = [(m.end(), "per side") for m in PER_SIDE_BEFORE.finditer(before)]
        markers += [(m.end(), "in total") for m in TOTAL_BEFORE.finditer(before)]
        if markers:
            return max(markers)[1]
        return None

    def _attach_unit(self, number: lang.Number, sentence: Sentence, clause_start: int, clause_end: int) -> Count | None:
        if SPAN_RELATION.match(self.prose, number.end):
            return None
        window_start = max(clause_start, number.start - 80)
        window = self.prose[window_start:min(clause_end, number.end + 80)]
        best = None
        rivals = [n for n in self.numbers_between(clause_start, clause_end)
                  if n.unit == number.unit and n.start != number.start]
        for measure in self.sheet.measures.values():
            if measure.unit != number.unit or not cues.cues_match(measure.cues, (), window):
                continue
            first_group = lang.any_of(tuple(measure.cues[0] if measure.cues else measure.nouns))
            cue_spans = [(m.start() + window_start, m.end() + window_start) for m in first_group.finditer(window)
                         if not number.start <= m.start() + window_start < number.end]
            cue_starts = [start for start, _ in cue_spans]
            if not measure.cues and not any(-12 <= start - number.start <= len(number.text) + 12 for start in cue_starts):
                continue  # a measure with no cues is named by its nouns beside the figure ("61 years old", "turnout
                #           66%"; not the figure's own "per cent"), not by its unit alone ("seven years in prison")
            distance = min((abs(start - number.start) for start in cue_starts), default=0)
            if cue_starts and all(any(rival.end <= start and not self.prose[rival.end:start].strip(" -") for rival in rivals)
                                  for start in cue_starts):
                continue  # "slumped to 4.6% and fell below the 5% threshold": the cue is the figure's it follows
            if cue_spans and all((after := FIGURE_NEXT.match(self.prose, end)) is not None and after.end() <= number.start
                                 for _, end in cue_spans):
                continue  # "died aged 88 after leading the Church for 12 years": "aged" is the 88's
            # the nearer cue wins; at the same distance, the measure that more of the clause's words name ("has
            # driven for VNR for 19 years": the driver's service, not his age)
            rank = (distance, -len(measure.cues))
            if best is None or rank < best[0]:
                best = (rank, measure.id)
        if best is None:
            return None
        return Count(number, best[1], None, None, sentence)

    def _attach_headless(self, number: lang.Number, sentence: Sentence, clause_start: int,
                         clause_end: int) -> Count | None:
        """A number with no noun: 'wounded eight', 'eight were injured', '1,500 from each side'."""
        after = self.prose[number.end:clause_end]
        before = self.prose[clause_start:number.start]
        for measure_id, measure in self.sheet.measures.items():
            if measure.unit or not self.measure_relevance(measure_id, sentence):
                continue
            for category, words in measure.categories.items():
                pattern = lang.any_of(tuple(words))
                verb_after = VERB_AFTER.match(after)
                found_before = list(pattern.finditer(before))
                last_before = found_before[-1] if found_before else None
                if pattern.match(after, verb_after.end() if verb_after else 0) or \
                        (last_before is not None and not before[last_before.end():].strip()):
                    return Count(number, measure_id, category, None, sentence)
            nouns = measure.nouns
            scope = "per side" if PER_SIDE_AFTER.match(after) else "in total" if TOTAL_AFTER.match(after) else None
            if scope and nouns and lang.any_of(tuple(nouns)).search(self.prose, sentence.start, sentence.end):
                return Count(number, measure_id, None, scope, sentence)
        return None

    def _anaphora(self, number: lang.Number, sentence: Sentence, earlier: list[Count]) -> Count | None:
        """A bare number restating what the counts just before count ("the figure of 144"), when they all
        count one thing: after "1,644 killed and 2,900 injured", it may be either."""
        near = [count for count in earlier if count.number.unit == number.unit  # "a 30-day truce, as the toll
                and 0 <= sentence.index - count.sentence.index <= 2  # rose to 45": 45 restates no length
                and count.sentence.block >= sentence.block - 1]
        if not near or len({(count.measure, count.category) for count in near}) > 1:
            return None
        count = near[-1]
        return Count(number, count.measure, count.category, count.scope, sentence, head=count.head, anaphoric=True)

    def _named_total(self, number: lang.Number, sentence: Sentence, window_start: int, noun_end: int) -> Count | None:
        """'the death toll has risen to two': a total named by a category word of a measure the sentence is about."""
        window = self.prose[window_start:noun_end]
        for measure_id, measure in self.sheet.measures.items():
            if self.measure_relevance(measure_id, sentence) == 0:
                continue
            for category, words in measure.categories.items():
                singular = tuple(w[:-1] for w in words if w.endswith("s") and len(w) > 4)  # "deaths": "death toll"
                if lang.any_of((*words, *singular)).occurs_in(window):
                    return Count(number, measure_id, category, None, sentence, head=window.split()[-1])
        return None

    def _share_group_scope(self, counts: list[Count]) -> None:
        """'270 soldiers and 120 civilians each': a scope stated once covers the whole list."""
        group = 0
        for previous, current in zip(counts, counts[1:]):
            between = self.prose[previous.number.end:current.number.start]
            linked = previous.sentence is current.sentence and previous.measure == current.measure and \
                LIST_LINK.fullmatch(between) and not CLAUSE_PUNCTUATION.search(between)
            if not linked:
                group += 1
                continue
            previous.group = current.group = group
        groups: dict[int, list[Count]] = {}
        for count in counts:
            if count.group >= 0:
                groups.setdefault(count.group, []).append(count)
        for members in groups.values():
            scopes = {c.scope for c in members if c.scope}
            if len(scopes) == 1:
                for member in members:
                    member.scope = next(iter(scopes))

    # -- quotations --------------------------------------------------------------------
    @cached_property
    def quotes(self) -> list[Quote]:
        quotes = self._quote_spans()
        for quote in quotes:
            self._find_speaker(quote)
        return quotes

    @cached_property
    def _quotation_spans(self) -> list[tuple[int, int]]:
        """Where running text is inside quotation marks (found before the quotations' speakers, which need it)."""
        return [(q.start, q.end) for q in self._quote_spans() if not q.block]

    def quoted(self, offset: int) -> bool:
        """The offset stands inside quotation marks in running text: someone's words, not the draft's."""
        return any(q.start <= offset < q.end for q in self.quotes if not q.block)

    def _quote_spans(self) -> list[Quote]:
        found = []
        prose = self.prose
        for index, block in enumerate(self.doc.blocks):
            if block.quoted:
                sentence = self.sentence_at(block.start) or Sentence(block.start, block.end, index, True)
                text = prose[block.start:block.end]
                found.append(Quote(block.start, block.end, text, sentence, block=True))
                continue
            for match in QUOTED.finditer(prose, block.start, block.end):
                group = next(g for g in ("body", "single", "guillemets") if match.group(g) is not None)
                body = match.group(group)
                if not LETTERS.search(body):
                    continue
                start = match.start(group)
                around = self.sentence_at(start)
                if around is None:
                    continue
                found.append(Quote(start, match.end(group), body, around))
        return found

    def _find_speaker(self, quote: Quote) -> None:
        prose = self.prose
        sentence = quote.sentence
        block = self.doc.blocks[sentence.block]
        if quote.block:
            # A block quote: the speaker signs it after a dash, or is named in the paragraph just before it,
            # unless that paragraph is a quotation signed by its own speaker ("Quotes of the week")
            signed = SIGNED.search(prose, block.start, block.end)
            if signed:
                self._speaker_in(quote, signed.end(), block.end, prefer_last=False)
                return
            previous = [s for s in self.sentences if s.end <= block.start]
            last = self.doc.blocks[previous[-1].block] if previous else None
            if previous and last is not None and not (last.quoted and SIGNED.search(prose, last.start, last.end)):
                self._speaker_in(quote, previous[-1].start, previous[-1].end, prefer_last=True)
            return
        after_start = quote.end + 1  # past the closing quotation mark
        # a full stop inside the marks ends the sentence: what follows is not the quotation's attribution
        # ('"... whatever the water does." Bek announced the move'), unlike '"... does," Bek said'
        ended = FULL_STOP_INSIDE.search(quote.text) is not None
        after = "" if ended else prose[after_start:min(block.end, after_start + 90)]
        stop = ATTRIBUTION_END.search(after)
        after = after[:stop.start()] if stop else after
        match = VERB_THEN_SPEAKER.match(after)
        # '"...," wrote two days later THAT Vladimir Putin had ...': who comes after "that" is told of, not speaking
        told_of = CONTENT_CLAUSE.search(after, match.end()) if match else None
        if match and self._speaker_in(quote, after_start + match.end(),
                                      after_start + (told_of.start() if told_of else len(after)), prefer_last=False):
            return
        match = SPEAKER_THEN_VERB.match(after)
        if match and after[match.end():].lstrip().startswith(":"):
            match = None  # '"... big???" Zelensky said: "We are ..."': the verb opens the next quotation
        if match and self._speaker_in(quote, after_start + match.start("who"), after_start + match.end("who"),
                                      prefer_last=True):
            if quote.speaker_strength == "pronoun":
                self._named_before(quote)  # "Vogel, speaking after Brandt, said: '...,' she added": Vogel
            return
        before_start = max(block.start, sentence.start, quote.start - 200)
        opening = quote.start - 1
        before = prose[before_start:opening]
        match = SPEAKER_BEFORE_QUOTE.search(before)
        if match:
            verb = before_start + match.start()
            if COORDINATED.search(prose, before_start, verb):
                # "He thanked Francis, ..., and said": the subject of the first verb says it
                self._subject_in(quote, max(block.start, sentence.start), verb)
            else:
                self._speaker_in(quote, before_start, verb, prefer_last=True)
                named = self.people_between(before_start, verb)
                if len(named) > 1 or named and not SPEAKER_RIGHT_BEFORE.fullmatch(self.prose, named[-1].end, verb):
                    quote.verb = verb  # "Trump, who had spoken with Putin on Monday, wrote that ...", "Addressing
                    #                    Drevik, the judge said": unsure, the parse says who speaks

    @cached_property
    def TITLE(self) -> re.Pattern:
        """'the Russian president', 'the pontiff': a speaker named by an office (the sheet's offices and their
        aliases, and the generic heads of state and government)."""
        return self.lexicon.derived(SPEAKER_TITLE, lambda: speaker_title_pattern(self.sheet))

    PRONOUN = re.compile(r"(?i)\b(?:he|she|they)\b")

    def _speaker_in(self, quote: Quote, start: int, end: int, *, prefer_last: bool) -> bool:
        named = self.people_between(start, end)
        if named:
            mention = named[-1] if prefer_last else named[0]
            quote.speaker, quote.speaker_strength = mention.fact_id, "named"
            quote.speaker_span = (mention.start, mention.end)
            return True
        window = self.prose[start:end]
        title = list(self.TITLE.finditer(window))
        if title:
            match = title[-1] if prefer_last else title[0]
            country = self.lexicon.countries.get(match.group("country") or "")
            quote.speaker_span = (start + match.start(), start + match.end())
            sole = self.sole_holder(match.group("office"))
            # "the Russian president" and "the pontiff" (one holder at a time) name their holder;
            # "the president" is only a guess from context
            quote.speaker_strength = "title" if country or sole else "guess"
            quote.speaker = sole if sole and not country else self._holder(country, start + match.start())
            return True
        pronoun = list(self.PRONOUN.finditer(window))
        if pronoun:
            antecedent = self.person_before(start + pronoun[0].start())
            quote.speaker_span = (start + pronoun[0].start(), start + pronoun[0].end())
            quote.speaker_strength = "pronoun"
            quote.speaker = antecedent.fact_id if antecedent else None
            return True
        return False

    def _named_before(self, quote: Quote) -> None:
        """A speaker named before the quote with a speech verb is the quote's, whatever pronoun follows it."""
        sentence, prose = quote.sentence, self.prose
        before_start = max(self.doc.blocks[sentence.block].start, sentence.start, quote.start - 200)
        match = SPEAKER_BEFORE_QUOTE.search(prose[before_start:quote.start - 1])
        if match is None:
            return
        verb = before_start + match.start()
        named = self.people_between(before_start, verb)
        if named:
            first = named[0]
            quote.speaker, quote.speaker_strength, quote.speaker_span = first.fact_id, "named", (first.start, first.end)

    def _verb_subject_token(self, sentence: Sentence, verb: int):
        token = syntax.token_in(self.sentence_text(sentence), verb - sentence.start)
        # "..., and said", "she came out for Kostrin, WRITING on X": a second verb or a participle without a subject
        # of its own speaks for its head verb's subject
        while token is not None and not any(relation(c) == "nsubj" for c in token.children) and \
                relation(token) in ("conj", "advcl") and token.head != token:
            token = token.head
        return next((c for c in token.children if relation(c) == "nsubj"), None) if token is not None else None

    def verb_subject_unnamed(self, sentence: Sentence, verb: int) -> bool:
        """The parse makes a common noun or a pronoun the subject of the verb at an offset ("the JUDGE said",
        "Speaking to Drevik, SHE said"): a speaker described, not named."""
        subject = self._verb_subject_token(sentence, verb)
        return subject is not None and subject.pos_ in ("NOUN", "PRON")

    def verb_subject(self, sentence: Sentence, verb: int) -> Mention | None:
        """The person the parse makes the subject of the verb at an offset (through coordinated verbs); None
        when the parser cannot say or the subject is no person of the sheet."""
        subject = self._verb_subject_token(sentence, verb)
        if subject is None:
            return None
        last = sentence.start + max(name_words(subject), key=lambda t: t.i).idx
        return next((m for m in self.people_between(sentence.start, sentence.end) if m.start <= last < m.end), None)

    def _subject_in(self, quote: Quote, start: int, end: int) -> None:
        """The speaker is whoever comes first in the clause: a name, a title or a pronoun."""
        named = self.people_between(start, end)
        spans = [(m.start, m.end) for m in named[:1]]
        spans += [(m.start(), m.end()) for m in (self.PRONOUN.search(self.prose, start, end),
                                                  self.TITLE.search(self.prose, start, end)) if m]
        if spans:
            first_start, first_end = min(spans)
            first_named = bool(named) and (first_start, first_end) == (named[0].start, named[0].end)
            appositive = None if first_named else \
                next((m for m in named if APPOSITIVE_NAME.fullmatch(self.prose, first_end, m.start)), None)
            # (a title's apposition, not the object of a named subject: "Kostelec suspended the office's head,
            # Oskar Threnn, and said")
            if appositive is not None and (first_start, first_end) != (appositive.start, appositive.end):
                first_start, first_end = appositive.start, appositive.end  # "The President of X, Donald Trump, wrote"
            self._speaker_in(quote, first_start, first_end, prefer_last=False)

    def sole_holder(self, written: str) -> str | None:
        """The one holder, on the run's date, of an office without a country that one person holds at a time."""
        office = self.sheet.office_named(written)
        if office is None or self.sheet.held_by_many(office):
            return None
        holders = [p.id for p in self.sheet.people
                   if any(r.office.lower() == office.lower() and r.country is None and r.holds_on(self.as_of)
                          for r in p.roles)]
        return holders[0] if len(holders) == 1 else None

    def _holder(self, country: str | None, offset: int) -> str | None:
        """Who 'the president' refers to: the country's head, or the last person mentioned."""
        if country:
            for person in self.sheet.people:
                if any(r.country == country and r.holds_on(self.as_of) for r in person.roles):
                    return person.id
            return None
        mention = self.person_before(offset)
        return mention.fact_id if mention else None
