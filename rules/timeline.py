"""D — dates and timeline: weekdays and dates of known events, "since" dates, the age of a war."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import regex

from .. import text as lang
from ..analysis import Analysis, Sentence, occasions
from ..analysis.events import events_in
from ..analysis.gate import date_binds
from ..analysis.reading import frame_for
from ..dates import ORDINAL, SINCE, WEEKDAYS, DateMention, agrees, find_dates, when
from ..facts import Date, long_date
from ..model import Event
from ..finding import Edit, Violation
from ..rule import Context, Family, Plant, Rule
from ..vocabulary import alternation
from ..cues import cues_match

FAMILY = Family("D", "dates and timeline")


# "two days after the swap": the date belongs to something else, placed relative to the event.
# "the ministry said on Saturday that...": the date of a statement, not of the event it reports.
# a dateline ends in the report's dash, after the agency's name if any: "KYIV, May 24 (Reuters) –"
DATELINE_END = regex.compile(r"(?:,?\s*\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]")
POSSESSIVE = regex.compile(r"['’]s?\s+$")  # "after THURSDAY'S quake": the date is the event's own
STATEMENT_DATE = re.compile(r"(?i)\b(?:told\s+\w+|" + alternation("predicate", "speech_forms") +
                            r")\s+(?:on\s+|late\s+|early\s+)?$")
RELATIVE_TO_EVENT = regex.compile(r"(?i)\b(?:after|before|since|following|ahead\s+of|prior\s+to|until)"
                                  r"(?:\s+(?:the|a|this|that|last|its|their|his|her|our))?\s*$")
OTHER_SUBJECT = regex.compile(r"\b(?:and|but|while|as|when|after|before)\b|\p{Lu}\p{Ll}+")
# "since the emergency cut OF March 2020": a date in a since-phrase, the time since another occasion
SINCE_NOUN = regex.compile(r"(?i)\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}(?:of|in)\s+$")
# a superlative other than "first" before "since": "the HIGHEST turnout in a runoff since 2013" says when it
# was last higher, not when the last runoff was
RECORD_SINCE = regex.compile(r"(?i)\b(?:most|least|best|worst|\p{L}+iest|\p{L}+[b-df-hj-np-tv-z]est)\b"
                             r"(?![^.;]*\bfirst\b)[^.;]*$")
# "from April 2020 to May 2021", "from his election on 13 March 2013 until his death": a span, not an event's day
SPAN = regex.compile(r"(?i)\bfrom\b[^.;:!?]{0,60}?\b(?:to|until|till|through)\b")


def _same_comma_phrase(prose: str, first: int, second: int) -> bool:
    """No comma, semicolon or colon between the two offsets of a sentence."""
    low, high = sorted((first, second))
    return regex.search(r"[,;:]", prose[low:high]) is None


def event_date_findings(ctx: Context) -> Iterator[tuple[DateMention, Event]]:
    """Date mentions in sentences about a known event that fit none of the events the sentence speaks of,
    and that no plan, statement or earlier occasion in their own clause explains."""
    analysis = ctx.analysis
    prose = ctx.doc.prose
    for sentence in analysis.sentences:
        spoken_of = events_in(analysis, sentence)
        if not spoken_of:
            continue
        mentions = when(prose, sentence.start, analysis.dates(sentence, ctx.as_of.year))
        for mention in mentions:
            clause = occasions.clause_of(analysis, sentence, mention.start)
            events = events_in(analysis, sentence, (clause.start, clause.end)) or spoken_of
            event, cues = min(events, key=lambda item: min(abs(p - mention.start) for p in item[1]))
            cue = min(cues, key=lambda p: abs(p - mention.start))
            if (mention.start < cue and RELATIVE_TO_EVENT.search(prose, max(sentence.start, cue - 30), cue)) or \
                    STATEMENT_DATE.search(prose, max(sentence.start, mention.start - 30), mention.start) or \
                    RELATIVE_TO_EVENT.search(prose, max(sentence.start, mention.start - 30), mention.start) and \
                    not POSSESSIVE.match(prose, mention.end, cue) or \
                    occasions.is_statement_date(analysis, sentence, mention) or \
                    occasions.in_dateline(analysis, sentence, mention) or \
                    occasions.quoted_apart(analysis, mention.start, cue) or \
                    occasions.planned(analysis, sentence, cue) or \
                    occasions.is_earlier_occasion(clause) or \
                    _in_span(prose, clause, mention, cue) or \
                    SINCE_NOUN.search(prose, max(sentence.start, mention.start - 60), mention.start) and any(
                        other is not event and occasions.fits(analysis, mention, other, clause)
                        for other in ctx.facts.events):
                continue  # (and "the largest cut since the emergency cut of March 2020": another event's date)
            if mention.date is not None and mention.date.day is None and event.date.day is not None and \
                    (mention.date.month is None or mention.date.month == event.date.month or
                     mention.date.year != event.date.year or not _same_phrase(analysis, clause, mention, cue)):
                continue  # "in May" cannot contradict a day of May; "collapsed in December" can
            if occasions.fits(analysis, mention, event, clause):
                continue
            # "spent Monday taking calls after Sunday's vote": the event has its own date beside it, or between
            # its word and this date ("the floods that swept the valley on Tuesday rose to 23 on Thursday")
            if any(other is not mention and (_beside(other, cues) or cue < other.start < mention.start)
                   and occasions.fits(analysis, other, event, clause) for other in mentions):
                continue
            if any(other is not mention and occasions.fits(analysis, other, event, clause) and
                   _same_comma_phrase(prose, other.start, cue) and
                   not _same_comma_phrase(prose, mention.start, cue) for other in mentions):
                continue  # "solemn vows in 1981, ordained a priest in 1982": the event's day is in its own phrase
            if _another_verb_has_the_events_day(analysis, sentence, mention, event, mentions):
                continue  # "made him a cardinal on 30 September 2023, and in February 2025 raised him to ..."
            # a date that is another event's of the sentence, to the day, is that event's
            if not any(occasions.fits(analysis, mention, other, clause) for other, _ in spoken_of
                       if other is not event and other.date.day is not None) and \
                    date_binds(analysis, sentence, mention, event) and \
                    not (_named_by_a_noun(analysis, sentence, mention) and
                         any(other is not mention and not occasions.in_dateline(analysis, sentence, other) and
                             occasions.fits(analysis, other, event, clause) and
                             _dates_the_events_verb(analysis, sentence, other, event) for other in mentions)):
                yield mention, event  # (not a day a clause with no verb names, when the parse gives the event its
                #                      own day elsewhere: "Friday is a day of mourning, declared on Wednesday")


def _another_verb_has_the_events_day(analysis: Analysis, sentence: Sentence, mention: DateMention, event: Event,
                                     mentions: list[DateMention]) -> bool:
    """Another date of the sentence is the event's own and dates another verb than this date does: this one
    dates what else the sentence tells."""
    own = frame_for(analysis, sentence, mention.start)
    if own is None or not own.verbal:
        return False
    for other in mentions:
        if other is mention or other.date is None or other.date.day is None or \
                not occasions.fits(analysis, other, event):
            continue  # (a day written out: a weekday or a month may fit many days)
        frame = frame_for(analysis, sentence, other.start)
        if frame is not None and frame.verbal and frame.predicate_offset != own.predicate_offset:
            return True
    return False


def _dates_the_events_verb(analysis: Analysis, sentence: Sentence, mention: DateMention, event: Event) -> bool:
    """The parse hangs the date on a word of the event's cues ("declared by the president on Wednesday")."""
    frame = frame_for(analysis, sentence, mention.start)
    return frame is not None and frame.verbal and \
        lang.any_of(tuple(cue for group in event.cues for cue in group)).occurs_in(" ".join(frame.predicate_words))


def _named_by_a_noun(analysis: Analysis, sentence: Sentence, mention: DateMention) -> bool:
    """The date heads or is the subject of a clause with no verb of its own ("Friday is a day of mourning")."""
    frame = frame_for(analysis, sentence, mention.start)
    return frame is not None and not frame.verbal


def _same_phrase(analysis: Analysis, clause: occasions.Clause, mention: DateMention, cue: int) -> bool:
    """The event's word and a month stand in one comma-delimited phrase, with no other figure or
    capitalised subject between them ("the coalition collapsed in December")."""
    segment = occasions.segment_of(analysis, clause, mention.start)
    if not segment.start <= cue < segment.end or cue > mention.start:
        return False
    between = analysis.prose[cue:mention.start]
    return not analysis.numbers_between(cue, mention.start) and not OTHER_SUBJECT.search(between)


def _beside(mention: DateMention, cues: list[int]) -> bool:
    """A date right before an event's word ("Sunday's vote") or just after it ("the vote on Sunday")."""
    return any(0 <= cue - mention.end <= 4 or 0 <= mention.start - cue <= 20 for cue in cues)


def _in_span(prose: str, clause: occasions.Clause, mention: DateMention, cue: int) -> bool:
    """The date is inside a span "from ... to ..." or just after it ("from 2017 to 2021 and returned to office
    in JANUARY"); not the day an event's word owns ("from Castelmonte, where teams worked through the night
    after THURSDAY's quake")."""
    return not POSSESSIVE.match(prose, mention.end, cue) and \
        any(span.start() <= mention.start <= span.end() + 40 for span in SPAN.finditer(prose, clause.start, clause.end))


class WrongEventDate(Rule):
    """Gives a known event a weekday or date that contradicts the fact sheet.

    ## What it does
    In sentences about an event of the fact sheet (its cue phrases all match),
    checks every weekday, date, month, year and relative day ("yesterday", "last
    week", "earlier this week", judged against the story's as-of date) against the
    event's date, at the precision the fact sheet gives.

    ## Why is this bad?
    A wrong day sends readers (and other reporters) to the wrong timeline, and a
    weekday that does not fit the date undermines the whole story.

    ## Example
    ```markdown
    Delegations met in Istanbul on May 15 for direct talks.
    ```

    ## Use instead
    ```markdown
    Delegations met in Istanbul on May 16 for direct talks.
    ```

    ## Fix
    None: the right wording depends on the sentence.
    """

    code = "D101"
    name = "wrong-event-date"
    severity = "error"
    messages = {"date": "{subject} {was} {date:on}, not \u201c{written}\u201d"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        for mention, event in event_date_findings(ctx):
            written = mention.describe(ctx.doc.prose)
            yield Violation(mention.start, mention.end, self.say("date", subject=event.name, date=event.date,
                                                                 written=written), fact=event.id)


class WeekdayDateMismatch(Rule):
    """Writes a weekday that does not fall on the date beside it.

    ## What it does
    Checks "Friday, May 23", "Thursday 23 May 2025" and the like with the calendar
    (the year is the story's year when the draft gives none). Needs no fact sheet.

    ## Why is this bad?
    One of the two is wrong, and readers cannot tell which.

    ## Example
    ```markdown
    The exchange took place on Thursday, May 23, 2025.
    ```

    ## Use instead
    ```markdown
    The exchange took place on Friday, May 23, 2025.
    ```

    ## Fix
    Unsafe: corrects the weekday to the date's.
    """

    code = "D102"
    name = "weekday-date-mismatch"
    severity = "error"
    fix_availability = "always"
    messages = {"weekday": "{day} was a {weekday}, not a {written}"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        for block in ctx.doc.blocks:
            for mention in find_dates(ctx.doc.prose, block.start, block.end, ctx.as_of.year):
                if mention.weekday is None or mention.date is None or mention.date.day is None:
                    continue
                try:
                    actual = mention.date.first_day.weekday()
                except ValueError:
                    continue
                if actual != mention.weekday:
                    written = WEEKDAYS[mention.weekday]
                    weekday_at = ctx.doc.prose.find(written, mention.start, mention.end)
                    yield Violation(mention.start, mention.end,
                                    self.say("weekday", day=long_date(mention.date.first_day),
                                             weekday=WEEKDAYS[actual], written=written),
                                    fix=Edit(weekday_at, weekday_at + len(written), WEEKDAYS[actual], safe=False))


def _years_between(start: Date, end: dt.date) -> float:
    return (end - start.first_day).days / 365.25


def duration_agrees(approx: str | None, amount: float, elapsed: float) -> bool:
    if approx == "more":
        return elapsed > amount
    if approx == "least":
        return elapsed >= amount
    if approx in ("less", "most"):
        return elapsed < amount if approx == "less" else elapsed <= amount
    if approx == "nearly":
        return amount - 1 < elapsed < amount
    if approx == "about":
        return abs(elapsed - amount) <= 0.5
    return int(elapsed) == amount


class WrongSinceDate(Rule):
    """Dates the previous occurrence wrongly in "the first X since Y" or "the first X in N years".

    ## What it does
    For events the fact sheet marks with ``since_cues`` (such as the previous direct
    talks), checks "since 2019", "since March 2022" and "the first in over three
    years" in sentences that match those cues against the event's date.

    ## Why is this bad?
    "The first since" framing tells readers how rare an event is; the wrong year
    rewrites history.

    ## Example
    ```markdown
    They were the first direct talks between the two countries since 2019.
    ```

    ## Use instead
    ```markdown
    They were the first direct talks between the two countries since March 2022, the first in over three years.
    ```

    ## Fix
    None.
    """

    code = "D103"
    name = "wrong-since-date"
    severity = "error"
    messages = {"date": "{subject} {was} {date:on}, not \u201c{written}\u201d",
                "elapsed": "{subject} {was} {date:on}, {elapsed} before {today}; \u201c{written}\u201d does not fit"}

    DURATION = regex.compile(r"(?i)\b(?:in|for)\s+(?P<number>.{1,40}?\b(?:years?|months?))\b")

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        # a "first since" date is an earlier occasion's: not the story's own event, dated within its last weeks
        events = [e for e in ctx.facts.events if e.since_cues and
                  (ctx.as_of - e.date.first_day).days > SINCE_GAP_DAYS]
        for sentence in analysis.sentences:
            text = analysis.sentence_text(sentence)
            for event in events:
                if not cues_match(event.since_cues, (), text) or \
                        event.unless and lang.any_of(event.unless).occurs_in(text):
                    continue  # (the sheet's words for another occasion: "the first armed RESCUE since 2019")
                for mention in analysis.dates(sentence, ctx.as_of.year):
                    if mention.date is None or not SINCE.search(ctx.doc.prose, max(sentence.start, mention.start - 30),
                                                                mention.start):
                        continue
                    if RECORD_SINCE.search(ctx.doc.prose, max(sentence.start, mention.start - 80), mention.start):
                        continue  # "the highest turnout in a runoff since 2013": a record, not the last time
                    if not cues_match(event.since_cues, (), _semicolon_clause(ctx.doc.prose, sentence, mention.start)):
                        continue  # "the first time since 2014 that the court was asked; that year it halted a
                        #           national walkout": the event's words are told of in another clause
                    if not agrees(mention, event.date, ctx.as_of) and not any(
                            other is not event and cues_match(other.since_cues, (), text) and
                            agrees(mention, other.date, ctx.as_of) for other in events):  # "the first armed rescue
                        #                                   since 2019": the previous rescue's year, not the hijacking's
                        yield Violation(mention.start, mention.end, self.say(
                            "date", subject=event.name, date=event.date, written=mention.describe(ctx.doc.prose)),
                            fact=event.id)
                for found in self.DURATION.finditer(text):
                    if _set_apart_from_since(text, event, found.start()):
                        continue  # "since Norrland's bid in June 2017, a fight that dragged on for five months"
                    numbers = lang.find_numbers(text, found.start("number"), found.end("number"))
                    if len(numbers) != 1 or numbers[0].unit not in ("year", "month"):
                        continue
                    number = numbers[0]
                    elapsed = _years_between(event.date, ctx.as_of) * (12 if number.unit == "month" else 1)
                    if not duration_agrees(number.approx, number.value, elapsed):
                        yield Violation(sentence.start + number.start, sentence.start + number.end, self.say(
                            "elapsed", subject=event.name, date=event.date, elapsed=f"{elapsed:.1f} {number.unit}s",
                            today=long_date(ctx.as_of), written=number.text), fact=event.id)


def _set_apart_from_since(text: str, event: Event, position: int) -> bool:
    """A comma, semicolon or colon stands between the event's last since-cue before position and position: the
    time there is another phrase's (its own clause's span), not the time since the event."""
    starts = [start for group in event.since_cues for start in lang.phrase_starts(group, text) if start < position]
    return not starts or regex.search(r"[,;:]", text[max(starts):position]) is not None


def _semicolon_clause(prose: str, sentence: Sentence, offset: int) -> str:
    """The text of the semicolon-delimited clause of the sentence that holds offset."""
    before = prose.rfind(";", sentence.start, offset)
    after = prose.find(";", offset, sentence.end)
    return prose[before + 1 if before >= 0 else sentence.start:after if after >= 0 else sentence.end]


SINCE_GAP_DAYS = 31
IN_ITS_YEAR = re.compile(rf"\b(?:in|into|entering|enters|entered)\s+its\s+(?P<ord>{ORDINAL})\s+year\b", re.I)
YEAR_OF = re.compile(rf"\b(?P<ord>{ORDINAL})\s+year\s+of\s+(?:the\s+)?(?P<cue>[^\W\d_]+)", re.I)
YEARS_OF = re.compile(r"\b(?P<amount>[\w\s-]{1,30}?\s*-?\s*years?)(?:-old)?\s+(?:of|into|in|after|since)\s+"
                      r"(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?(?P<cue>[^\W\d_]+)", re.I)
YEARS_AGO = re.compile(r"\b(?:began|started|erupted|broke\s+out)\s+(?P<amount>[\w\s-]{1,30}?years?)\s+ago", re.I)
N_YEAR = re.compile(r"\b(?P<amount>[\w-]{1,20}-year)(?:-old)?\s+(?P<cue>[^\W\d_]+)", re.I)


class WrongWarAge(Rule):
    """States the age of an ongoing war (or its ordinal year) wrongly for the story date.

    ## What it does
    For events with ``age_cues`` (such as the full-scale invasion), checks "now in
    its third year", "more than three years of war", "the war began two years ago"
    and "the three-year war" against the time from the event to the story's as-of
    date. In May 2025 a war that began in February 2022 is in its fourth year.

    ## Why is this bad?
    The ordinal year is a common slip: three full years means the fourth year has
    begun.

    ## Example
    ```markdown
    The war, now in its third year, has killed tens of thousands of civilians.
    ```

    ## Use instead
    ```markdown
    The war, now in its fourth year after more than three years of fighting, goes on.
    ```

    ## Fix
    Unsafe, for ordinal years: writes the right ordinal.
    """

    code = "D104"
    name = "wrong-war-age"
    severity = "error"
    fix_availability = "sometimes"
    messages = {"ordinal": "{subject} began {date:on}: on {today} it is in its {right} year, not its {said}",
                "elapsed": "{subject} began {date:on}, {elapsed} before {today}; \u201c{written}\u201d does not fit"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        for event in ctx.facts.events:
            if not event.age_cues:
                continue
            cues = lang.any_of(tuple(event.age_cues))
            elapsed = _years_between(event.date, ctx.as_of)
            for sentence in analysis.sentences:
                text = analysis.sentence_text(sentence)
                if cues.search(text):
                    yield from self._ordinals(ctx, event, cues, elapsed, text, sentence.start)
                    yield from self._durations(ctx, event, cues, elapsed, text, sentence.start)

    @staticmethod
    def _ordinals(ctx: Context, event: Event, cues, elapsed: float, text: str, offset: int) -> Iterator[Violation]:
        found = [m for m in IN_ITS_YEAR.finditer(text) if cues.search(text, max(0, m.start() - 50), m.start())]
        found += [m for m in YEAR_OF.finditer(text) if cues.fullmatch(m.group("cue"))]
        for match in found:
            said = match.group("ord").lower()
            value = lang.ORDINALS.get(said) or int("".join(c for c in said if c.isdigit()))
            if value == int(elapsed) + 1:
                continue
            right = next((w for w, n in lang.ORDINALS.items() if n == int(elapsed) + 1), None)
            start = offset + match.start("ord")
            fix = Edit(start, start + len(said), right, safe=False) if right else None
            yield Violation(start, offset + match.end(), WrongWarAge.say(
                "ordinal", subject=event.name, date=event.date, today=long_date(ctx.as_of),
                right=right or int(elapsed) + 1, said=said), fact=event.id, fix=fix)

    @staticmethod
    def _durations(ctx: Context, event: Event, cues, elapsed: float, text: str, offset: int) -> Iterator[Violation]:
        found = [m for m in (*YEARS_OF.finditer(text), *N_YEAR.finditer(text)) if cues.fullmatch(m.group("cue"))]
        found += [m for m in YEARS_AGO.finditer(text) if cues.search(text, max(0, m.start() - 40), m.start())]
        for match in found:
            phrase = match.group("amount")
            numbers = [n for n in lang.find_numbers(phrase, 0, len(phrase)) if n.unit == "year"]
            numbers = numbers or [n for n in lang.find_numbers(phrase.replace("-year", " years"), 0,
                                                                len(phrase) + 1) if n.unit == "year"]
            if len(numbers) != 1 or duration_agrees(numbers[0].approx, numbers[0].value, elapsed):
                continue
            yield Violation(offset + match.start("amount"), offset + match.end("amount"), WrongWarAge.say(
                "elapsed", subject=event.name, date=event.date, elapsed=f"{elapsed:.1f} years",
                today=long_date(ctx.as_of), written=phrase.strip()), fact=event.id)


class DatelineDate(Rule):
    """Dates the dateline differently from the draft's own date.

    ## What it does
    Reads the date of the dateline that opens a draft ("KYIV, May 24 (Reuters) –") and compares it
    with the `date:` of the draft's front matter. Needs no fact sheet.

    ## Why is this bad?
    The dateline tells readers when the report was filed, and every "today" and "on Friday" in it is
    read from that day. A dateline a day off moves the whole story.

    ## Example
    ```markdown
    ---
    date: 2025-05-23
    ---
    KYIV, May 24 (Reuters) – Russia and Ukraine freed 390 prisoners each on Friday.
    ```

    ## Use instead
    ```markdown
    ---
    date: 2025-05-23
    ---
    KYIV, May 23 (Reuters) – Russia and Ukraine freed 390 prisoners each on Friday.
    ```
    """

    code = "D105"
    name = "dateline-date"
    severity = "error"
    messages = {"dateline": "the dateline says \u201c{written}\u201d but the draft is dated {day} in its front matter"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        front = occasions.front_matter_date(ctx.analysis)
        dated_line = occasions.dateline(ctx.analysis)
        if front is None or dated_line is None or dated_line.date is None or \
                not DATELINE_END.match(ctx.doc.prose, dated_line.end):
            return  # "Update, Monday 24 February, 14:20:" in a live blog is no dateline
        if dated_line.date.first_day != front:
            yield Violation(dated_line.start, dated_line.end, self.say(
                "dateline", written=dated_line.describe(ctx.doc.prose), day=long_date(front)))


def plants(ctx: Context) -> Iterator[Plant]:
    """The errors `copydesk mutate` plants for this family: edits of the draft the family's rules must catch."""
    dated_line = occasions.dateline(ctx.analysis)
    # a dateline is the report's date, not the event's: a shifted one is an error only against the draft's own date
    dateline_start = dated_line.start if dated_line is not None else None
    plantable_dateline = occasions.front_matter_date(ctx.analysis) is not None
    for sentence in ctx.analysis.sentences:
        events = events_in(ctx.analysis, sentence)
        if not events:
            continue
        for mention in ctx.analysis.dates(sentence, ctx.as_of.year):
            if mention.start == dateline_start:
                if not plantable_dateline:
                    continue  # D105 compares a dateline with the draft's own date only
            elif not all(agrees(mention, event.date, ctx.as_of) for event, _ in events) or \
                    not any(date_binds(ctx.analysis, sentence, mention, event) for event, _ in events):
                continue  # a date that is not the event's ("wrote on Friday that the swap ..."): no error to plant
            if mention.weekday is not None and mention.date is None:
                written = WEEKDAYS[mention.weekday]
                start = ctx.doc.prose.find(written, mention.start, mention.end)
                shifted = WEEKDAYS[(mention.weekday + 1) % 7]
                yield Plant(FAMILY.letter, start, start + len(written), shifted, f"{written} shifted to {shifted}")
            elif mention.date is not None and mention.date.day:
                day = regex.search(rf"\b{mention.date.day}\b", ctx.doc.prose[mention.start:mention.end])
                if day:
                    start = mention.start + day.start()
                    shifted = str(mention.date.day % 28 + 1)
                    yield Plant(FAMILY.letter, start, start + len(day.group()), shifted, f"day {day.group()} shifted to {shifted}")


RULES = [WrongEventDate, WeekdayDateMismatch, WrongSinceDate, WrongWarAge, DatelineDate]
