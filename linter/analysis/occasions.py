"""Which occasion a clause speaks of, from the evidence in the clause itself.

A number or a date is judged against a fact only when its own clause ties it to the fact's
occasion. This module reads the signals that tie it elsewhere — all of them general English,
none about one story:

- a plan or expectation ("we expect the exchange to continue on Saturday", "will", "is due to");
- the date of a statement rather than of what it reports ("On Thursday, the president wrote...");
- another stage of a longer event ("another 307", "the second day", "the final phase", "continued");
- a running total ("so far", "in these two days", "since the war began");
- an earlier occasion ("until now", "previously").

Another place than the event's own, and the past perfect that sets a date before the story's time ("the
biggest exchange had taken place in April"), are read from the parse (:mod:`copydesk.analysis.gate`).

It also finds the draft's own date (front matter, a dated dateline, "today, 25 May") and whether
the draft narrates later stages of an event the sheet says continues after its first stage.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .. import text as lang
from . import Analysis, Mention, Sentence
from ..dates import MONTHS, WEEKDAYS, DateMention, agrees, find_dates, resolve
from ..model import Event, Place
from ..vocabulary import alternation, words
from .reading import frame_for
from .. import cues
from ..scopes import Kind

DRAFT_DATE: Kind[dt.date] = Kind("the day the draft is about")
OWN_DATE: Kind = Kind("the date the draft gives itself")
STAMPS: Kind[list[tuple[int, int, dt.date]]] = Kind("the spans a date stamp dates: a live blog's entries")
LATER_STAGES: Kind = Kind("the sentences telling of a series' later stages")

PLAN = regex.compile(
    r"(?i)\b(?:expect(?:s|ed|ing)?|will|would|shall|(?:plan|intend|hope|aim)(?:s|ed|ing)?\s+to|"
    r"(?:is|are|was|were)\s+(?:due|set|scheduled|slated|going|likely)\s+to|to\s+(?:continue|resume))\b")
PLAN_AFTER = regex.compile(
    r"(?i)[\p{L}-]*\W+(?:[\p{L}-]+\s+){0,2}?(?:(?:is|are|was|were|will\s+be)\s+(?:expected|set|due|scheduled|"
    r"slated|planned|likely)\s+to|(?:will|would|shall)\s+(?:continue|resume|take\s+place|begin|start|happen|"
    r"go\s+ahead|be\s+held)|to\s+(?:continue|resume))\b")
SPEECH_VERB = r"(?:" + alternation("predicate", "speech_forms") + r")"
# "On Thursday, the president wrote that...": a date opening a clause whose verb is a statement.
STATEMENT_AFTER_DATE = regex.compile(rf"(?i)\s*,?\s*[^,.;:!?“\"]{{1,80}}?\b{SPEECH_VERB}\b")
OPENING_ON = regex.compile(r"(?i)(?:^|[.;:!?]\s+|\n)\s*on\s+$|^\s*on\s+$")
OTHER_STAGE = regex.compile(
    r"(?i)\b(?:another|(?:second|third|fourth|fifth|sixth|final|last|next|later|subsequent|latest|remaining)\s+"
    r"(?:day|stage|phase|part|round|batch|group|wave|leg|tranche|swap|exchange)s?|the\s+rest\b|"
    r"continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing))\b")
RUNNING_TOTAL = regex.compile(
    r"(?i)\b(?:so\s+far|cumulative(?:ly)?|(?:these|the\s+(?:past|last|first))\s+(?:two|three|four|five|six|several|"
    r"few|\d+)\s+days|since\s+(?:the\s+(?:war|start|beginning|invasion|outbreak)|(?:\p{L}+\s+)?(?:19|20)\d\d)|"
    r"(?:in|over)\s+(?:a|one|the\s+(?:past|last))\s+(?:month|year)|"  # "lost a fifth of its value in a year"
    r"ha(?:ve|s)\s+now\s+(?:spent|been))\b")  # "they have now spent 47 days in captivity": the length so far
# a count up to now of something that goes on ("three in all since the conclave opened"): a final figure's
# earlier level, though the very figure of a toll that changes
DAY_OR_MONTH = "|".join((*WEEKDAYS, *MONTHS))  # a weekday's or a month's name
SINCE_IT_BEGAN = regex.compile(r"(?i)\bsince\s+(?:the\s+)?[\p{L}-]+\s+(?:opened|began|started|broke\s+out)\b|"
                               # "down 3% since Friday": the change over days, to now
                               rf"\bsince\s+(?:last\s+)?(?:{DAY_OR_MONTH})\b")
ANOTHER_TIME = regex.compile(
    r"(?i)\b(?:(?:a|an|one|two|three|several|some|\d+)\s+(?:day|week|month|year)s?\s+(?:earlier|before)|"
    r"(?:was|were)\s+polling|in\s+(?:the\s+)?(?:polls|surveys))\b")
EARLIER = regex.compile(r"(?i)\b(?:until\s+now|previous(?:ly)?|before\s+(?:today|now|then|that|this(?:\s+one)?))\b")
REGION_KINDS = ("region", "state", "province", "oblast", "county", "district")
REGION_PHRASE = regex.compile(r"\bin\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:region|state|province|oblast|county|district)\b")
# "turnout HERE was 76.8%", "LOCALLY, 40 died": a figure of the writer's place; not "Here is what we know"
LOCAL = regex.compile(r"(?i)\b(?:locally|here)\b|\bthere\b(?!\s+(?:is|are|was|were|'s|’s|have|has|had|will|would|could|"
                      r"might|may|must|seems?|seemed|appears?|appeared|remains?|remained)\b)")
# a part of the country a figure is told of: "IN THE CAPITAL itself the Greens won 38.9%"
LOCAL_PHRASE = regex.compile(r"(?i)\bin\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:capital|city|town|village|constituency|ward|"
                             r"municipality|countryside|north|south|east|west)\b")
PRESENTING = regex.compile(r"(?i)^\W*here\s*(?:is|are|'s|’s)\b")
WHERE_OPENING = regex.compile(r"\W*where\b", regex.I)
PLACE_BEFORE_COMMA = regex.compile(r"\b(?:" + alternation("place", "nouns") + r")s?\W*$", regex.I)
TODAY_DATE = regex.compile(r"(?i)\btoday\s*,\s*")
PHRASE_COMMA = regex.compile(r"(?<!\d),|,(?!\d)")  # not the comma of "3,200"
PHRASE_COMMA_BEFORE = regex.compile(PHRASE_COMMA.pattern, regex.REVERSE)
BYLINE_LENGTH = 200  # characters: a line longer than this is a paragraph of the story
WRITTEN_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
# "KYIV, " or "ORLEN, Velmora, ": a place in capitals, and its country after it
DATELINE_DATE = regex.compile(r"[\p{Lu}][\p{Lu} .'’-]{1,40},\s*\p{Lu}[\p{L} .'’-]{1,30},\s*"
                              r"|[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40},\s*")
FIRST = regex.compile(r"(?i)\bfirst\b")
PUBLISHED_AT = regex.compile(r"(?im)\A(?:.*\n){0,2}?\s*(?:url|source|link)\s*:\s*\S*?/(?P<year>(?:19|20)\d\d)[/-]?"
                             r"(?P<month>[01]\d)[/-]?(?P<day>[0-3]\d)(?:[/_.-]|$)")
STAGE_NOUN = r"(?:stage|phase|part|round|leg|batch|wave|tranche)"
DAY_NAMES_STAGE_AFTER = regex.compile(rf"(?i)(?:['’]s)?\s+{STAGE_NOUN}\b")  # "Saturday's stage"
DAY_NAMES_STAGE_BEFORE = regex.compile(rf"(?i)\b{STAGE_NOUN}\s+(?:on|of)\s+$")  # "a stage on Saturday"


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


def clause_of(analysis: Analysis, sentence: Sentence, position: int) -> Clause:
    start, end = lang.clause_bounds(analysis.prose, sentence.start, sentence.end, position)
    return Clause(start, end, analysis.prose[start:end])


def segment_of(analysis: Analysis, clause: Clause, position: int) -> Clause:
    """The comma-delimited part of a clause that holds position ("390 on Friday" in "303, following ... Friday")."""
    left = PHRASE_COMMA_BEFORE.search(analysis.prose, clause.start, position)
    right = PHRASE_COMMA.search(analysis.prose, position, clause.end)
    start = left.end() if left else clause.start
    end = right.start() if right else clause.end
    return Clause(start, end, analysis.prose[start:end])


def planned(analysis: Analysis, sentence: Sentence, cue: int, reach: int = 40) -> bool:
    """The event is spoken of as a plan: a plan word before it ("we expect the exchange to continue") or
    a plan of it after it ("the swap is set to continue", "will resume"); not "the election, and will need"."""
    before = PLAN.search(analysis.prose, max(sentence.start, cue - reach), cue)
    return before is not None or PLAN_AFTER.match(analysis.prose, cue, min(sentence.end, cue + reach)) is not None


def own_phrases(analysis: Analysis, sentence: Sentence, position: int) -> tuple[Clause, Clause]:
    """The sentence's opening phrase when it counts nothing ("In these two days, ..."; empty otherwise),
    and the comma-delimited phrase holding position: together, what a figure's own words are."""
    prose = analysis.prose
    comma = PHRASE_COMMA.search(prose, sentence.start, sentence.end)
    first_comma = comma.start() if comma else -1
    opening_end = first_comma if first_comma >= 0 and \
        not analysis.counts_start_between(sentence.start, first_comma) else sentence.start
    whole = Clause(sentence.start, sentence.end, prose[sentence.start:sentence.end])
    return Clause(sentence.start, opening_end, prose[sentence.start:opening_end]), segment_of(analysis, whole, position)


def dates_of(analysis: Analysis, sentence: Sentence, position: int, mentions: list[DateMention]) -> list[DateMention]:
    """The dates that date the figure at position: those of its own comma-delimited phrase (the nearest figure
    before a date owns it: "up from 24.1% in 2021 to 28.5%"), and those of an opening phrase that dates the
    whole sentence ("In 2024, ..."; "On Friday, ...")."""
    opening, segment = own_phrases(analysis, sentence, position)
    opening_end = opening.end
    opening_of_clause = clause_opening(analysis, sentence, position)
    numbers = [n.value_start for n in analysis.numbers_between(segment.start, segment.end)]
    own = []
    for mention in mentions:
        if mention.start < opening_end or opening_of_clause.start <= mention.start < opening_of_clause.end:
            own.append(mention)
        elif segment.start <= mention.start < segment.end:
            before = [n for n in numbers if n < mention.start]
            owner = before[-1] if before else min((n for n in numbers if n > mention.start), default=position)
            if owner == position:
                own.append(mention)
    return own


def clause_opening(analysis: Analysis, sentence: Sentence, position: int) -> Clause:
    """After a semicolon, the opening phrase of the clause holding position, when it counts nothing: it dates
    that clause as a sentence's opening dates the sentence ("...; on May 6, the two sides traded 205 each")."""
    prose = analysis.prose
    semicolon = prose.rfind(";", sentence.start, position)
    comma = PHRASE_COMMA.search(prose, semicolon + 1, position) if semicolon >= 0 else None
    if comma is None or analysis.counts_start_between(semicolon + 1, comma.start()):
        return Clause(position, position, "")
    return Clause(semicolon + 1, comma.start(), prose[semicolon + 1:comma.start()])


def is_plan(clause: Clause) -> bool:
    return PLAN.search(clause.text) is not None


def is_statement_date(analysis: Analysis, sentence: Sentence, mention: DateMention) -> bool:
    """'On May 17, Trump said...': the date opens the clause and its verb is a statement."""
    before = analysis.prose[max(sentence.start, mention.start - 40):mention.start]
    opens = OPENING_ON.search(before) is not None or analysis.prose[sentence.start:mention.start].strip() == ""
    return opens and STATEMENT_AFTER_DATE.match(analysis.prose, mention.end, sentence.end) is not None


def names_other_stage(clause: Clause) -> bool:
    return OTHER_STAGE.search(clause.text) is not None


def another_time(text: str) -> bool:
    """'a month earlier', 'last year', 'in the polls': the sentence speaks of another time than the story's."""
    return ANOTHER_TIME.search(text) is not None


def is_running_total(clause: Clause, *, final: bool = False) -> bool:
    """A total so far; for a ``final`` figure (one that does not change), also a count since its event began."""
    return RUNNING_TOTAL.search(clause.text) is not None or final and SINCE_IT_BEGAN.search(clause.text) is not None


def is_earlier_occasion(clause: Clause) -> bool:
    return EARLIER.search(clause.text) is not None


def names_a_region(analysis: Analysis, clause: Clause, entity: str | None, own: str | None = None) -> bool:
    """The clause gives a regional figure: "in the Nord region", "in Bavaria" (a place of the sheet whose kind
    is a region, state or province), unless the quantity is that place's own or the place is where the
    quantity's event happened ("the floods in the Valdor valley")."""
    named = REGION_PHRASE.search(clause.text)
    home = analysis.sheet.facts.get(own or "")
    if named and not (isinstance(home, Place) and home.name in named.group()):
        return True
    return any(isinstance(place := analysis.sheet.facts.get(m.fact_id), Place) and place.kind in REGION_KINDS
               and place.id not in (entity, own) for m in analysis.mentions_between(clause.start, clause.end))


def told_of_here(analysis: Analysis, clause: Clause, own: str | None) -> bool:
    """The clause gives a local figure: of the place it is written from ("turnout here was 76.8%", "the Patriots'
    19.6% there"), or of a part of a story that has no place of its own ("in the capital, the Greens won
    38.9%", of a national election)."""
    if LOCAL.search(clause.text) and not PRESENTING.match(clause.text):
        return True
    return own is None and LOCAL_PHRASE.search(clause.text) is not None


def told_of_a_place_before(analysis: Analysis, segment: Clause, own: str | None) -> bool:
    """The figure's phrase is a "where" clause on a place that is not the event's own ("in Strelsau, where they
    polled 38.9%"; but "in Castelmonte, where 144 died", of a quake there)."""
    if not WHERE_OPENING.match(segment.text):
        return False
    antecedent = analysis.prose[max(0, segment.start - 40):segment.start]
    before = [m for m in analysis.mentions_between(max(0, segment.start - 40), segment.start)
              if isinstance(analysis.sheet.facts.get(m.fact_id), Place)]
    if before and PLACE_BEFORE_COMMA.search(antecedent) is None:
        return own is None or not analysis.sheet.lies_in(before[-1].fact_id, own)
    return PLACE_BEFORE_COMMA.search(antecedent) is not None  # "in the district, where …"; not "the vote, where …"


def person_described(analysis: Analysis, position: int) -> Mention | None:
    """'Trump, then in Abu Dhabi, told reporters...': a phrase set off by a comma right after a person's name
    describes that person (where they were, who they are); the person, if so."""
    left = analysis.prose.rfind(",", 0, position)
    if left < 0 or analysis.prose.find(",", position) < 0 or "\n" in analysis.prose[left:position]:
        return None
    before = len(analysis.prose[:left].rstrip())
    return next((m for m in analysis.people_between(max(0, left - 60), left + 1) if m.end == before), None)


def first_stage_evidence(analysis: Analysis, clause: Clause, segment: Clause, sentence: Sentence,
                         event: Event) -> bool:
    """The words around a figure tie it to this stage: "first" in its clause, or the stage's date or
    weekday in its own comma-delimited part."""
    if any(_first_of_series(clause.text, match.end(), event) for match in FIRST.finditer(clause.text)):
        return True
    return any(segment.start <= m.start < segment.end and agrees(m, event.date, day_at(analysis, m.start))
               and (m.date is not None or m.weekday is not None)
               for m in analysis.dates(sentence, event.date.year))


def draft_date(analysis: Analysis) -> dt.date:
    """The day the draft speaks from: its own date if it gives one, else the run's date."""
    return analysis.derived(DRAFT_DATE, lambda: own_date(analysis) or analysis.as_of)


def day_at(analysis: Analysis, offset: int) -> dt.date:
    """The day the text at an offset speaks from: the day of the date stamp over it (a live blog's entry
    "**Saturday 24 May, 19:40**", a timeline row "| Tue 14 March, evening | …"), else the draft's."""
    return stamp_day(analysis, offset) or draft_date(analysis)


def stamp_day(analysis: Analysis, offset: int) -> dt.date | None:
    """The day of the date stamp whose entry holds the offset, if any."""
    return next((day for start, end, day in analysis.derived(STAMPS, lambda: _stamps(analysis))
                 if start <= offset < end), None)


# what a date stamp may hold besides its date: an hour, a part of the day, a time zone, "Updated"
STAMP_REST = regex.compile(r"(?i)(?:\b(?:updated?|posted|at|about|around|before|after|early|late|local\s+time|night|"
                           r"noon|midday|midnight|dawn|"
                           + alternation("time", "day_parts") + r")\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?"
                           r"|\b\p{Lu}{2,4}\b|[\W_])*")


def _stamps(analysis: Analysis) -> list[tuple[int, int, dt.date]]:
    """A block that is nothing but one date with a day (and an hour, a part of the day) dates what follows it
    up to the next stamp or heading; a table cell's stamp, its row."""
    doc, prose = analysis.doc, analysis.prose
    year, around = analysis.as_of.year, draft_date(analysis)
    spans: list[tuple[int, int, dt.date]] = []
    opened: tuple[int, dt.date] | None = None
    for block in doc.blocks:
        line = doc.line_of(block.start)
        line_end = doc.line_starts[line] if line < len(doc.line_starts) else len(doc.text)
        row, heading = doc.line_opens_with(block.start, "|"), doc.line_opens_with(block.start, "#")
        written = prose[block.start:block.end]
        mentions = find_dates(prose, block.start, block.end, year, around) if len(written.strip()) <= 60 else []
        day = resolve(mentions[0], around) if len(mentions) == 1 and (
            mentions[0].date is not None and mentions[0].date.day or mentions[0].weekday is not None) else None
        if day is not None and not STAMP_REST.fullmatch(prose[block.start:mentions[0].start] + " "
                                                        + prose[mentions[0].end:block.end]):
            day = None
        if opened is not None and (day is not None and not row or heading):
            spans.append((opened[0], block.start, opened[1]))
            opened = None
        if day is not None and row:
            spans.append((block.start, line_end, day))
        elif day is not None:
            opened = (block.start, day)
    if opened is not None:
        spans.append((opened[0], len(prose), opened[1]))
    return spans


def quoted_apart(analysis: Analysis, first: int, second: int) -> bool:
    """One position inside quotation marks and the other outside: someone's words about another matter."""
    def quote_at(position: int) -> int | None:
        return next((q.start for q in analysis.quotes if not q.block and q.start <= position < q.end), None)

    return quote_at(first) != quote_at(second)


def in_dateline(analysis: Analysis, sentence: Sentence, mention: DateMention) -> bool:
    """'STRELSAU, Feb 24 - ...': the date of the report, not of anything it reports."""
    head = DATELINE_DATE.match(analysis.prose, sentence.start, sentence.end)
    return head is not None and mention.start == head.end()


def front_matter_date(analysis: Analysis) -> dt.date | None:
    """The `date:` of the draft's front matter."""
    front = regex.match(r"\A---\s*\n(?P<body>.*?)\n---\s*\n", analysis.doc.text, regex.S)
    if front:
        field = regex.search(r"(?m)^date\s*:\s*[\"']?(\d{4})-(\d{2})-(\d{2})", front.group("body"))
        if field:
            try:
                return dt.date(*map(int, field.groups()))
            except ValueError:
                pass
    return None


def dateline(analysis: Analysis) -> DateMention | None:
    """The date of a dateline that opens the body ("KYIV, May 24 (Reuters) –"), after a headline at most."""
    prose = analysis.prose
    for sentence in analysis.sentences[:3]:
        head = DATELINE_DATE.match(prose, sentence.start, sentence.end)
        if head:
            dated = [m for m in find_dates(prose, head.end(), min(sentence.end, head.end() + 25), analysis.as_of.year)
                     if m.start == head.end() and m.date is not None and m.date.day is not None]
            if dated:
                return dated[0]
    return None


def byline_date(analysis: Analysis) -> dt.date | None:
    """A full date, its year written, in a short line among the first of the body: a byline or a programme's
    slot ("By Carla Denholm, The Ledger | TELMORA, Oct. 20, 2032 —", "Evening Report, Friday 22 October 2032,
    18:00")."""
    prose = analysis.prose
    for block in analysis.doc.blocks[:3]:
        if len(prose[block.start:block.end].strip()) > BYLINE_LENGTH:
            continue
        for mention in find_dates(prose, block.start, block.end, analysis.as_of.year):
            if mention.date is not None and mention.date.day is not None and \
                    WRITTEN_YEAR.search(prose, mention.start, mention.end):
                return mention.date.first_day
    return None


def url_date(analysis: Analysis) -> dt.date | None:
    """The publication date in the address a clipped article records at its top ("URL: https://example.org/
    2025/05/24/story/"), where the address has one."""
    head = analysis.doc.text[:2000]
    match = PUBLISHED_AT.search(head)
    if match is None:
        return None
    try:
        return dt.date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None


def own_date(analysis: Analysis) -> dt.date | None:
    """A date the draft gives itself: front matter `date:`, a dated dateline, the date in the address it was
    published at, or "today, 25 May". Asked for every figure: read once per document."""
    return analysis.derived(OWN_DATE, lambda: _own_date(analysis))


def _own_date(analysis: Analysis) -> dt.date | None:
    front = front_matter_date(analysis)
    if front is not None:
        return front
    year = analysis.as_of.year
    prose = analysis.prose
    dated_line = dateline(analysis)
    if dated_line is not None and dated_line.date is not None:
        return dated_line.date.first_day
    published = url_date(analysis)
    if published is not None:
        return published
    in_byline = byline_date(analysis)
    if in_byline is not None:
        return in_byline
    for sentence in analysis.sentences:
        for match in TODAY_DATE.finditer(prose, sentence.start, sentence.end):
            dated = [m for m in find_dates(prose, match.end(), min(sentence.end, match.end() + 25), year)
                     if m.start == match.end() and m.date is not None and m.date.day is not None]
            if dated and dated[0].date is not None:
                return dated[0].date.first_day
    return None


def continuing_series(analysis: Analysis, event: Event) -> Event | None:
    """The longer event this one is a stage of, when the sheet says it goes on after its first stage."""
    series = analysis.sheet.event(event.series) if event.series else (event if event.continues else None)
    return series if series is not None and series.continues else None


def fits(analysis: Analysis, mention: DateMention, event: Event, clause: Clause | None = None, *,
         lasting: bool = True) -> bool:
    """The date can be this event's: its own day, one of the days it lasted (unless ``lasting`` is false: a
    figure done on one of them is that day's, not the whole event's), or a later stage of a series the sheet
    says goes on."""
    if agrees(mention, event.date, day_at(analysis, mention.start)):
        return True
    if lasting and event.end is not None and event.date.day is not None and \
            _within(mention, event, day_at(analysis, mention.start)):
        return clause is None or not _told_as_its_start(analysis, clause, mention.start)
    series = continuing_series(analysis, event)
    if series is None:
        return False
    if later_day(mention, series):
        return True
    if mention.date is None and mention.weekday is not None and names_a_stage(analysis, mention):
        return True  # a stage named by its day is one of the stages the sheet expects
    day = resolve(mention, day_at(analysis, mention.start))
    if day is not None and day > analysis.sheet.as_of and \
            not (clause is not None and names_first_stage(analysis, clause, series, mention.start)):
        return True  # a day after the sheet's: a stage it cannot know of yet
    # A weekday or "today" in coverage of later stages cannot be placed in a week, unless its clause
    # ties it to the first stage ("first", or a figure of that stage).
    return mention.date is None and narrates_later_stages(analysis, series) and \
        not (clause is not None and names_first_stage(analysis, clause, series, mention.start))


def _within(mention: DateMention, event: Event, as_of: dt.date) -> bool:
    """A day of an event lasting days ("cancelled on Wednesday as the heatwave went on")."""
    day = resolve(mention, as_of)
    return day is not None and event.end is not None and event.date.first_day <= day <= event.end.first_day


def names_a_stage(analysis: Analysis, mention: DateMention) -> bool:
    prose = analysis.prose
    return DAY_NAMES_STAGE_AFTER.match(prose, mention.end) is not None or \
        DAY_NAMES_STAGE_BEFORE.search(prose, max(0, mention.start - 20), mention.start) is not None


def names_first_stage(analysis: Analysis, clause: Clause, series: Event, position: int) -> bool:
    """The clause ties a date to the first stage: it says "first" of the series, its predicate is the
    series' start ("began on Friday"), or the figure just before the date is one of that stage's ("390 names
    late on Friday"; not "307 on Saturday and 390 on Friday")."""
    if any(_first_of_series(clause.text, match.end(), series) for match in FIRST.finditer(clause.text)):
        return True
    segment = segment_of(analysis, clause, position)
    stages = {e.id for e in analysis.sheet.events if e.series == series.id}
    values = {q.value for q in analysis.sheet.quantities if q.event in stages}
    before = analysis.numbers_between(segment.start, position)
    if before and before[-1].value in values and not before[-1].approx:
        return True
    return _told_as_its_start(analysis, clause, position)


def _told_as_its_start(analysis: Analysis, clause: Clause, position: int) -> bool:
    """The date's predicate is the series' start ("a three-day swap that BEGAN on Friday"), by the parse,
    asked only of a clause with such a verb (a clean draft is seldom parsed)."""
    if not lang.any_of(tuple((*words("predicate", "beginning_forms"), *words("predicate", "beginnings")))) \
            .occurs_in(clause.text):
        return False
    sentence = analysis.sentence_at(position)
    frame = frame_for(analysis, sentence, position) if sentence is not None else None
    return frame is not None and frame.predicate in words("predicate", "beginnings")


def _first_of_series(text: str, end: int, series: Event) -> bool:
    """A "first" that names a series' first stage: a stage's noun, a day or one of the series' words
    within the next three ("the first stage of the swap", "the first day", "the first exchange"), not the
    first of something else ("the first weeks of the invasion")."""
    following = text[end:].split()[:3]
    series_words = lang.any_of(tuple(cue for group in series.cues for cue in group))
    return any(regex.fullmatch(rf"(?i){STAGE_NOUN}s?|days?", word.strip(",.;:")) or series_words.occurs_in(word)
               for word in following)


def later_day(mention: DateMention, event: Event) -> bool:
    """A calendar date after the event's day (a weekday alone cannot say which week it means)."""
    if mention.date is None or mention.date.day is None or event.date.day is None:
        return False
    return mention.date.first_day > event.date.first_day


def narrates_later_stages(analysis: Analysis, series: Event) -> bool:
    """Whether the draft tells of stages after the first (not as a plan): later coverage of the series."""
    def compute() -> bool:
        own = own_date(analysis)
        for sentence in analysis.sentences:
            text = analysis.sentence_text(sentence)
            if not cues.about(series, text) or PLAN.search(text):
                continue
            if OTHER_STAGE.search(text):
                return True
            mentions = analysis.dates(sentence, series.date.year)
            if any(later_day(m, series) for m in mentions):
                return True
            if own is not None and any(not m.relative and m.date is None and (day := resolve(m, own)) is not None
                                       and day > series.date.first_day for m in mentions):
                return True  # "on Saturday", in a draft dated the Sunday after a swap that began on Friday
        return False

    return analysis.derived(LATER_STAGES, compute, series.id)
