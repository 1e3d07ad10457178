"""Which facts a counted number can be judged against, and whether it agrees with one."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

import regex

from .. import dates
from .. import cues
from .. import text as lang
from . import Analysis, Count, occasions
from .events import events_in
from .frames import in_clause_of
from .reading import dates_in, frame_for, parser_text
from ..model import Event, Named, Quantity
from ..vocabulary import alternation
from ..scopes import Kind

SAME_OCCASION: Kind[bool] = Kind("a count is of the occasion its quantity is")
ON_OCCASION: Kind[bool] = Kind("a count is on its quantity's occasion")
SPOKEN_OF: Kind[bool] = Kind("the draft speaks of an event somewhere")
JUDGEABLE: Kind[list] = Kind("the quantities a count can be judged against")

APPROX_TOLERANCE = Decimal("0.1")  # "about 400" may be 10% off
TARGET = regex.compile(r"(?i)\b(?:targets?|targeted|goals?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed)?)\b")
FIGURE_WORDS = (("exit poll", regex.compile(r"(?i)\bexit[\s-]+polls?\b")),
                ("projection", regex.compile(r"(?i)\bproject(?:ion|ions|ed|s|ing)\b")),
                ("forecast", regex.compile(r"(?i)\bforecast(?:s|ed|ing)?\b")),
                # not "polled 4.8%" (a result) nor "64.2% of polling stations" (where votes are cast)
                ("poll", regex.compile(r"(?i)\b(?:opinion\s+)?polls?\b|\bsurvey(?:s|ed)?\b|\bpolling\b(?!\s+(?:station|"
                                       r"place|booth|day|centre|center|district|hour|unit|official|staff|clerk|agent)s?\b)")),
                ("preliminary", regex.compile(r"(?i)\b(?:preliminary|provisional|partial)\b|"
                                              r"\b(?:at|by|before)\s+(?:noon|midday|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)|"
                                              # "with about two-fifths of the ballots counted"
                                              r"\bwith\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+"
                                              r"(?:over|under)\s+|more\s+than\s+)?\S+\s+(?:per\s*cent\s+)?of\s+"
                                              r"(?:the\s+)?(?:ballots|votes|"
                                              r"precincts|polling\s+stations|districts)\s+(?:counted|reporting|in)\b")),
                ("target", TARGET),
                ("proposal", regex.compile(r"(?i)\b(?:" + alternation("predicate", "proposal_forms") + r")\b")))
TOGETHER = regex.compile(r"(?i)\b(?:together|combined|between\s+them|jointly)\b")
POSSESSIVE_BEFORE = regex.compile(r"['’]s?\s+(?:[\p{L}-]+\s+){0,2}")  # "the Greens' 16%", "Party's own 20.8%"
FOR_AFTER = regex.compile(r"\s*(?:(?!(?:ahead|short|clear|instead|because|out)\s)[\p{L}-]+\s+){0,2}?(?:for|to|of|"
                          r"went\s+to)\s+(?:the\s+)?")  # "28.5% for the Greens"; not "29% AHEAD OF the Patriots"
DECIMALS = regex.compile(r"\d\.(\d+)")
OWNED_BEFORE = regex.compile(r"(?:['’]s?|\b(?:its|their|his|her|our|your|my))\s+(?:[\p{L}-]+\s+){0,2}$", regex.I)
COMMON_OWNER_BEFORE = regex.compile(r"\bthe\s+\p{Ll}[\p{Ll}-]+['’]s?\s+(?:[\p{L}-]+\s+){0,2}$")  # "the ministry's 1.8%"
PRONOUN_OWNER = regex.compile(r"\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}$", regex.I)
NAME_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*(?=[^\p{Lu}]*$)")  # the last name written before
WITH_PARTNER = regex.compile(r"\b(?:with|alongside)\s+(?:(?:the|its|their|his|her)\s+)?\p{Lu}")
# "29% to 27%", "won 54.6%, or 3.9 million votes, to 45.4%": the second figure of a score is the rival's
SCORE_PAIR = regex.compile(r"(?:\d\s*(?:%|percent|per\s+cent)?|,)\s+to\s+$")
RESTATED = regex.compile(r",\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")  # "45.4%, or 3,218,624 votes"
SUBGROUP_SHARE = regex.compile(r"(?i)(?:%|\bper\s*cent)\s+of\s+(?:them|those|these|his|her|their)\b")
UNKNOWN_OWNER = "?"  # a figure owned by a name the sheet does not know
RELATIVE_OPENING = regex.compile(r"\W*(?:which|who|that|whose)\b", regex.I)
CHANGED = regex.compile(r"(?i)\b(?:r[io]s(?:e|es|en|ing)|climb(?:s|ed|ing)?|increas(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|"
                        r"jump(?:s|ed)?|reach(?:es|ed)?|now|updated|latest)\b")


def agrees(count: Count, quantity: Quantity) -> bool:
    """Does the number as written (with its 'about', 'more than'...) agree with the fact?

    Compared in decimal, so 28.6 - 28.5 is 0.1 exactly; a number written with fewer decimals than the
    fact passes when it is the fact correctly rounded ("16%" for 16.4%, "28.5%" for 28.46%).
    """
    written, true = decimal(count.number.value), decimal(quantity.value)
    tolerance = decimal(quantity.tolerance)
    approx = count.number.approx
    slack = APPROX_TOLERANCE * true
    places = written_decimals(count.number.text)
    if approx is None and not count.number.in_words and rounded(true, places) == written:
        return True
    if quantity.precision is not None and places > quantity.precision and approx is None and \
            rounded(written, quantity.precision) == true:
        return True  # "28.46%" where the sources give 28.5%
    if quantity.approximate and approx in ("more", "least", "less", "most") and abs(written - true) <= slack:
        return True  # "less than two hours" for talks of about two hours
    if approx in ("about", "nearly"):
        tolerance = max(tolerance, slack)
        if approx == "nearly":
            return true - tolerance <= written <= true + tolerance + slack
        return abs(written - true) <= tolerance
    if approx == "more":
        return true + tolerance > written or (quantity.approximate and abs(true - written) <= tolerance)
    if approx == "least":
        return true + tolerance >= written
    if approx == "less":
        return true - tolerance < written
    if approx == "most":
        return true - tolerance <= written
    return abs(written - true) <= tolerance


def decimal(value: float) -> Decimal:
    """The value as written in the sheet or the draft, not its nearest binary fraction."""
    return Decimal(repr(value)).normalize()


def written_decimals(text: str) -> int:
    match = DECIMALS.search(text)
    return len(match.group(1)) if match else 0


def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize()


def candidates(analysis: Analysis, count: Count) -> list[Quantity]:
    """Quantities the count could be stating, given its measure, category, scope and kind of figure."""
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    figure = figure_named(clause.text)
    if figure == "target" and not TARGET.search(analysis.prose, clause.start, count.number.start):
        figure = figure_named(clause.text, besides="target")  # "4.5%, well above the target": a result
    keyed = {q.entity for q in analysis.sheet.quantities if q.measure == count.measure and q.entity}
    if keyed and TOGETHER.search(clause.text):
        return together(analysis, count, clause, keyed, figure)
    entity = None
    if keyed:
        holders = {q.entity for q in analysis.sheet.quantities if q.entity}
        entity = entity_of(analysis, count, clause, holders)
        if entity is not None and entity not in keyed:
            return []  # "the Patriot League, which holds 64 seats": a figure of a party the sheet gives none of
    whole = not keyed or entity is None and _names_the_whole(analysis, count, clause)
    if figure is not None and count.number.approx is None and any(
            decimal(count.number.value) == decimal(result.value)
            for result in _of_kind(analysis, count, None, entity, whole)):
        return []  # the result's exact value beside words of another kind: the kind words may be another figure's
    if count.number.unit == "percent" and SUBGROUP_SHARE.search(clause.text):
        return []  # "about 45% of them lean to Varsek, 25% to Redlich": shares of a group, not of the vote
    found = _of_kind(analysis, count, figure, entity, whole)
    if figure == "poll":  # of the many polls of a campaign, the sheet's is the one its pollster is named with
        context = _sentence_before(analysis, count) + analysis.sentence_text(count.sentence)
        found = [q for q in found if _pollster_named(analysis, q, context)]
    if figure is None and found and not any(agrees(count, q) for q in found):
        if figure_named(analysis.prose[count.sentence.start:clause.start]) is not None:
            return []  # "A projection by KRT put the party at 36.5%": the sentence's kind of figure, before
            #            the figure's clause, may be its own (unsure: silent)
        told = figure_named(_sentence_before(analysis, count))
        if told is not None:  # "The exit poll gave Redlich 31.5%. Varsek was on 28.0%": the same poll's figures
            return _of_kind(analysis, count, told, entity, whole)
    if figure is not None and found and not any(agrees(count, q) for q in found) and \
            not _figure_word_governs(analysis, count, clause, figure):  # parsed only for a figure that disagrees
        return _of_kind(analysis, count, None, entity, whole)  # "96 seats, below the 101 a projection gave them"
    return found


def _pollster_named(analysis: Analysis, quantity: Quantity, context: str) -> bool:
    """The organisation a poll figure's description names ("Meridian Research's final poll") is named in the
    context (by its name, an alias or its first word: "Meridian's poll"); true of a poll the sheet names none
    for."""
    pollsters = [o for o in analysis.sheet.organisations
                 if any(form in quantity.what for form in (o.name, *o.aliases))]
    return not pollsters or any(form in context for o in pollsters
                                for form in (o.name, *o.aliases, o.name.split()[0]) if len(form) >= 4)


def _sentence_before(analysis: Analysis, count: Count) -> str:
    """The sentence before the count's, in its paragraph ("" for the first)."""
    before = analysis.sentence_before(count.sentence)
    return analysis.sentence_text(before) if before is not None else ""


def _names_the_whole(analysis: Analysis, count: Count, clause: occasions.Clause) -> bool:
    """Whether an unattributed figure of a measure the sheet gives per party is the whole's ("seats in
    parliament"): its clause says what the whole is, in a word of the whole's description that is no word
    of the measure's. "His party won 64 seats" or "151 seats are needed" may be any party's or none's."""
    if OWNED_BEFORE.search(analysis.prose, max(clause.start, count.number.start - 30), count.number.start):
        return False  # "her party's 96 seats", "its 64 seats": someone's part
    measure = analysis.sheet.measures.get(count.measure)
    own = {w.lower() for w in (*measure.nouns, *(c for group in measure.cues for c in group))} if measure else set()
    written = {w.lower() for w in regex.findall(r"\p{L}{4,}", clause.text)}
    return any(set(regex.findall(r"\p{L}{4,}", q.what.lower())) - own & written for q in analysis.sheet.quantities
               if q.measure == count.measure and q.entity is None)


def _of_kind(analysis: Analysis, count: Count, figure: str | None, entity: str | None,
             whole: bool = True) -> list[Quantity]:
    """The sheet's quantities of the count's measure, category and scope, of this kind of figure and entity
    (the whole of a measure given per party only where ``whole``)."""
    found = []
    for quantity in analysis.sheet.quantities:
        if quantity.figure != figure or (quantity.entity is not None and quantity.entity != entity):
            continue
        if quantity.entity is None and not whole:
            continue
        if quantity.measure != count.measure:
            continue
        if count.category is not None and (quantity.category or "all") != count.category:
            continue
        if count.scope is not None and quantity.scope not in (None, count.scope):
            continue
        found.append(quantity)
    return found


def together(analysis: Analysis, count: Count, clause: occasions.Clause, keyed: set[str],
             figure: str | None) -> list[Quantity]:
    """'Together the Greens and the Patriots hold 168 seats': the sum of the parts the clause names."""
    named = {m.fact_id for m in analysis.mentions_between(clause.start, clause.end) if m.fact_id in keyed}
    parts = [q for q in analysis.sheet.quantities if q.measure == count.measure and q.entity in named
             and q.figure == figure]
    if len(named) < 2 or len({q.entity for q in parts}) != len(parts) or len(parts) != len(named):
        return []
    names = " and ".join(analysis.sheet.facts[q.entity or ""].label for q in parts)
    return [Quantity(parts[0].id, tuple(s for q in parts for s in q.sources), measure=count.measure,
                     value=sum(q.value for q in parts),
                     what=f"{analysis.sheet.measures[count.measure].what} of {names} together",
                     event=parts[0].event)]


def entity_of(analysis: Analysis, count: Count, clause: occasions.Clause, keyed: set[str]) -> str | None:
    """Whose value a figure is: the entity of a possessive before it ("the far-right party's 20.8%"), named
    after it ("28.5% for the Greens"), else the subject of its own phrase or clause ("The Greens won 16%")."""
    prose = analysis.prose
    start = count.number.start
    mentions = [m for m in analysis.mentions_between(clause.start, clause.end)
                if any(meaning.fact_id in keyed for meaning in m.meanings)]

    def key(mention) -> str:
        return next(meaning.fact_id for meaning in mention.meanings if meaning.fact_id in keyed)

    for mention in mentions:
        if mention.end <= start and POSSESSIVE_BEFORE.fullmatch(prose, mention.end, start):
            return key(mention)
    if COMMON_OWNER_BEFORE.search(prose, max(clause.start, start - 60), start):
        # "the government's forecast of 1.8%": the owner is the noun's entity, or one the sheet gives no figure
        return _named_by_its_noun(analysis, count, clause, keyed) or UNKNOWN_OWNER
    pronoun = PRONOUN_OWNER.search(prose, max(clause.start, start - 30), start)
    if pronoun is not None:  # "the Agrarian Party, with ITS 31 seats": the name just before owns it
        owner = NAME_BEFORE.search(prose, max(clause.start, pronoun.start() - 60), pronoun.start())
        if owner is not None and not any(m.start <= owner.start() < m.end for m in mentions):
            return UNKNOWN_OWNER
    _, segment = occasions.own_phrases(analysis, count.sentence, count.number.value_start)
    for mention in mentions:
        if count.number.end <= mention.start < segment.end and \
                FOR_AFTER.fullmatch(prose, count.number.end, mention.start):
            return key(mention)
    before = [m for m in mentions if segment.start <= m.start < start]
    if not before and RELATIVE_OPENING.match(prose, segment.start, start):
        before = [m for m in mentions if m.end <= segment.start][-1:]  # "the Socialist Party, WHICH took 16.2%"
    if SCORE_PAIR.search(prose, max(clause.start, start - 20), start):
        return UNKNOWN_OWNER  # "ahead by two points, 29% to 27%": the second is the rival's
    if RESTATED.search(prose, max(clause.start, start - 20), start):
        restated = [c for c in analysis.counts if clause.start <= c.number.end <= start and c is not count]
        if restated:  # the figure restated in other terms has the same owner
            return entity_of(analysis, restated[-1], clause, keyed)
    before = before or [m for m in mentions if m.start < start][:1]
    if before and WITH_PARTNER.search(prose, before[-1].end, start):
        return UNKNOWN_OWNER  # "the Alliance governs with the Farmers' Party on a majority of 76 seats": theirs
    return key(before[-1]) if before else _named_by_its_noun(analysis, count, clause, keyed)


def _named_by_its_noun(analysis: Analysis, count: Count, clause: occasions.Clause, keyed: set[str]) -> str | None:
    """'The party won 16.2%' after a sentence about the Socialists: "the" and the last word of an entity's
    name, before the figure in its clause, stand for the one such entity named just before (earlier in the
    sentence or in the sentence before); None when none or several are."""
    sentence = count.sentence
    written = analysis.prose[clause.start:count.number.start].lower()
    by_noun: dict[str, set[str]] = {}  # "party": the Green Party, the Socialist Party...
    for key in keyed:
        if isinstance(fact := analysis.sheet.facts.get(key), Named):
            by_noun.setdefault(fact.name.split()[-1].lower(), set()).add(key)
    said = {key for noun, keys in by_noun.items() if regex.search(rf"\bthe\s+{regex.escape(noun)}\b", written)
            for key in keys}
    if not said:
        return None
    earlier = analysis.sentences[sentence.index - 1].start if sentence.index > 0 else sentence.start
    named = {meaning.fact_id for m in analysis.mentions_between(earlier, count.number.start)
             for meaning in m.meanings if meaning.fact_id in keyed}
    found = said & named
    return found.pop() if len(found) == 1 and len(named) == 1 else None


def _figure_word_governs(analysis: Analysis, count: Count, clause: occasions.Clause, figure: str) -> bool:
    """Some word of the figure's kind in the clause has the count in its own clause, by the parse; when the
    parse cannot tell, the kind stands, as the words say."""
    sentence = count.sentence
    text = parser_text(analysis, sentence)
    pattern = dict(FIGURE_WORDS)[figure]
    readings = [in_clause_of(text, match.start(), count.number.value_start - sentence.start)
                for match in pattern.finditer(text, clause.start - sentence.start, clause.end - sentence.start)]
    return not readings or any(reading is not False for reading in readings)


def figure_named(text: str, besides: str | None = None) -> str | None:
    """The kind of figure a clause gives, if not a result: "an exit poll put them at 30%"."""
    for kind, pattern in FIGURE_WORDS:
        if kind != besides and pattern.search(text):
            return kind
    return None


def same_occasion(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """Cached per figure and event: every quantity of one event asks the same question."""
    return analysis.derived(SAME_OCCASION, lambda: _same_occasion(analysis, count, quantity),
                            count.number.value_start, quantity.event or quantity.id)


def _same_occasion(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """False when the sentence dates itself to another occasion ("in January", "in 2024"): a date that fits
    neither the quantity's event nor another event the sentence speaks of."""
    event = analysis.sheet.event(quantity.event)
    sentence = count.sentence
    mentions = occasions.dates_of(analysis, sentence, count.number.value_start,
                                  dates.when(analysis.doc.prose, sentence.start,
                                             analysis.dates(sentence, analysis.as_of.year)))
    if event is None:  # an undated figure among several of its measure ("inflation in September", "in October")
        #                is no dated clause's: the sheet cannot say which of them the clause's date is
        return not any(not m.relative for m in mentions) or not any(
            other is not quantity and other.measure == quantity.measure and other.category == quantity.category
            and other.entity == quantity.entity for other in analysis.sheet.quantities)
    if all(m.relative or occasions.fits(analysis, m, event) for m in mentions):
        return True
    if quantity.changes and (CHANGED.search(analysis.sentence_text(sentence)) or quantity.values) and \
            all(m.relative or occasions.fits(analysis, m, event) or _after(analysis, m, event) for m in mentions):
        return True  # "the toll rose to 27 on Friday", "on Thursday evening 17,250 were still abroad" (of a figure
        #              the sheet keeps day by day): a figure that changes, dated to when it was given
    spoken_of = [other for other, _ in events_in(analysis, sentence)]
    return all(m.relative or any(occasions.fits(analysis, m, other) for other in [event, *spoken_of])
               for m in mentions)


def _after(analysis: Analysis, mention: dates.DateMention, event: Event) -> bool:
    """The date falls after the event's day (a weekday: the one after it, up to the draft's day)."""
    if event.date.day is None:
        return False
    day = dates.resolve(mention, occasions.draft_date(analysis))
    return day is not None and day > event.date.first_day


def _dated_to_its_event(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """A figure that disagrees with the quantity, in a sentence that names the event's day and another, is
    judged when the parse dates its own predicate to the event's day only ("won Sunday's election with 26.5%
    of the vote, official results showed on Monday"). Asked only of a disagreeing figure in such a sentence:
    a clean draft is seldom parsed."""
    event = analysis.sheet.event(quantity.event)
    if event is None or agrees(count, quantity):
        return False
    sentence = count.sentence
    if not any(_a_day(m) and occasions.fits(analysis, m, event) for m in analysis.dates(sentence, analysis.as_of.year)):
        return False  # the sentence names no day of the event: nothing to tell its days apart by
    frame = frame_for(analysis, count.sentence, count.number.value_start)
    if frame is None or not frame.time_spans:
        return False
    own = dates_in(analysis, sentence, frame.time_spans)
    return bool(own) and all(not m.relative and occasions.fits(analysis, m, event) for m in own)


def _a_day(mention: dates.DateMention) -> bool:
    """A weekday or a date to the day ("Sunday", "23 May"), not a month or a year."""
    return not mention.relative and (mention.weekday is not None or
                                     (mention.date is not None and mention.date.day is not None))


def on_occasion(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """Cached per figure and event: every quantity of one event asks the same question."""
    return analysis.derived(ON_OCCASION, lambda: _on_occasion(analysis, count, quantity),
                            count.number.value_start, quantity.event)


def _on_occasion(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """The count's own clause does not tie it to another occasion than the quantity's: not a running total,
    an earlier occasion, another place, or (for one stage of a longer event) another stage."""
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    phrases = (*occasions.own_phrases(analysis, count.sentence, count.number.value_start),
               occasions.clause_opening(analysis, count.sentence, count.number.value_start))  # "...; before that, 246"
    if any(occasions.is_running_total(words, final=not quantity.changes) or occasions.is_earlier_occasion(words)
           for words in phrases):
        return False
    event = analysis.sheet.event(quantity.event)
    if occasions.names_a_region(analysis, clause, quantity.entity, event.place if event is not None else None):
        return False  # "turnout in the Nord region": a regional figure, not the whole's
    if occasions.told_of_here(analysis, clause, event.place if event is not None else None):
        return False  # "turnout here was 76.8%": the writer's place
    segment = occasions.segment_of(analysis, clause, count.number.value_start)
    if occasions.told_of_a_place_before(analysis, segment, event.place if event is not None else None):
        return False  # "helped the Greens most in Strelsau, where they polled 38.9%": that place's figure
    if _in_a_place_the_sheet_lacks(analysis, clause, count):
        return False  # "in Vastria, with its rate at 4.50% and inflation just under 3%": another country's
    if event is None:
        return True
    series = occasions.continuing_series(analysis, event)
    if series is None or series is event:
        return True
    mentions = analysis.dates(count.sentence, event.date.year)
    if occasions.names_other_stage(clause) or \
            any(clause.start <= m.start < clause.end and occasions.later_day(m, series) for m in mentions):
        return False
    segment = occasions.segment_of(analysis, clause, count.number.value_start)
    return not occasions.narrates_later_stages(analysis, series) or \
        occasions.first_stage_evidence(analysis, clause, segment, count.sentence, event)


# "Romania's at 6.71%", "Romania's 10-year yield, at 6.71%": a possessive name right before the figure
OWNER_RIGHT_BEFORE = regex.compile(r"\b(?P<name>\p{Lu}\p{Ll}{3,})['’]s\b[^\d.;:]{0,30}$")
IN_A_NAMED_PLACE = regex.compile(r"\b(?i:in)\s+(?P<name>\p{Lu}\p{Ll}{3,})\b(?![ \t]+\p{Lu})")


def _in_a_place_the_sheet_lacks(analysis: Analysis, clause: occasions.Clause, count: Count) -> bool:
    """In the figure's clause, "in" a single name the sheet does not know (no month, no common word), or that
    name's possessive right before the figure: a place of someone else's figures, in a sheet that names its own
    places ("Telmora shares jump 9% in Morlandia", "and Romania's at 6.71%")."""
    if not analysis.sheet.places:
        return False
    owner = OWNER_RIGHT_BEFORE.search(analysis.prose, max(clause.start, count.number.start - 40), count.number.start)
    if owner is not None and analysis.lexicon.unknown_proper_name(owner.group("name")):
        return True  # "Czech yields ended at 4.12%, and Romania's at 6.71%": the figure of a name the sheet lacks
    return any(analysis.lexicon.unknown_proper_name(match.group("name"))
               for match in IN_A_NAMED_PLACE.finditer(clause.text))


def _spoken_of_in_draft(analysis: Analysis, event_id: str | None) -> bool:
    """Somewhere in the draft every one of the event's cue groups is matched, for an event told by several
    (a place and a kind): a draft that never names the place tells of another event. An event of one group
    is often named otherwise ("Sunday's vote" for "the first round"), and its 'unless' phrases are for one
    sentence, not the draft."""
    event = analysis.sheet.event(event_id)
    return event is None or len(event.cues) < 2 or \
        analysis.derived(SPOKEN_OF, lambda: cues.cues_match(event.cues, (), analysis.prose), event.id)


def reported_change(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """A figure that can change, given as changed ("has risen to", "now"), in a draft dated after the sheet,
    or above the sheet's newest value in a draft that gives itself no date (it may be later than the sheet)."""
    if not quantity.changes:
        return False
    own = occasions.own_date(analysis)
    if own is not None and own < analysis.sheet.as_of:
        return False  # a day the sheet has seen past: its figure then is known, a rise told that day is not news
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    if CHANGED.search(clause.text) is not None:
        return True
    if own is None and analysis.as_of <= analysis.sheet.as_of:
        return count.number.value > float(quantity.value)
    return occasions.draft_date(analysis) > analysis.sheet.as_of


def timeline(analysis: Analysis, quantity: Quantity) -> list[tuple[dt.date, Quantity]]:
    """Every value a quantity had, oldest first, each as the quantity with that value: its dated `values`,
    then its own value as of the sheet's date."""
    dated = sorted(((value.as_of.first_day, replace(quantity, value=value.value)) for value in quantity.values),
                   key=lambda item: item[0])
    return [*dated, (analysis.sheet.as_of, quantity)]


def values_known(analysis: Analysis, quantity: Quantity) -> list[tuple[dt.date, Quantity]]:
    """The values a quantity had up to the draft's own date (its `timeline`). A quantity that can change has no
    known value before its first one, and in a draft that gives itself no date every value is known; any
    other quantity has its one value whatever the date."""
    if not quantity.changes and not quantity.values:
        return [(analysis.sheet.as_of, quantity)]
    day = occasions.own_date(analysis)
    return [item for item in timeline(analysis, quantity) if day is None or item[0] <= day]


def agrees_in_time(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """The count agrees with a value the quantity had by the draft's date (a stale one is N103's to say), or with
    its newest value in a draft dated after its last dated one: the sheet does not say on which day since then
    the newest came (74,000 strikers on the 11th, when the sheet has 68,000 on the 9th and 74,000 by the 12th)."""
    known = values_known(analysis, quantity)
    day = occasions.own_date(analysis)
    if quantity.values and known and day is not None and known[-1][0] < day < analysis.sheet.as_of:
        known = [*known, (analysis.sheet.as_of, quantity)]
    return any(agrees(count, value) for _, value in known)


def current(analysis: Analysis, quantity: Quantity) -> tuple[dt.date, Quantity] | None:
    """The value current at the draft's date, and since when: None when nothing was known yet."""
    known = values_known(analysis, quantity)
    return known[-1] if known else None


def event_relevance(analysis: Analysis, count: Count, quantity: Quantity) -> int:
    event = analysis.sheet.event(quantity.event)
    if event is None:
        return 0
    text = analysis.context(count.sentence, before=1)
    return sum(1 for group in event.cues if lang.any_of(group).occurs_in(text))


# How far off every known value a count may be and still be a misstatement of one of them, rather than
# another quantity: "47 detainees on the first bus" (a sentence that names nothing of the story), "ten of
# the freed soldiers" (a part of the group), "one freed soldier said" (a person, not a count).
FAR = 2.5
VERY_FAR = 10.0


def judgeable(analysis: Analysis, count: Count) -> list[Quantity]:
    """The facts this count can be judged against: none when it is about another occasion or quantity.
    Asked by N101, N102 and I102 for every figure, so answered once per figure."""
    return analysis.derived(JUDGEABLE, lambda: _judgeable(analysis, count), count.number.value_start,
                            count.category)


def _judgeable(analysis: Analysis, count: Count) -> list[Quantity]:
    found = candidates(analysis, count)
    possible = [q for q in found if on_occasion(analysis, count, q) and
                (same_occasion(analysis, count, q) or _dated_to_its_event(analysis, count, q))]
    # a figure of another stage is part of the longer event, not a misstatement of its whole
    dropped_stages = {stage.series for q in found if q not in possible
                      for stage in [analysis.sheet.event(q.event)] if stage is not None and stage.series}
    possible = [q for q in possible if q.event not in dropped_stages]
    # "a missile attack killed 12" in a draft that never names Odesa tells of another attack than the Odesa
    # strike; a figure that agrees with such a fact still agrees
    possible = [q for q in possible if _spoken_of_in_draft(analysis, q.event) or
                any(agrees(count, value) for _, value in timeline(analysis, q))]
    # a figure of an event of an earlier year, beside one of the story's own of its measure, is judged where its
    # year is named ("the 2016 escape freed six"), not otherwise ("a dozen men are still hunted", of the six)
    context, year = analysis.context(count.sentence, before=1), analysis.sheet.as_of.year

    def of_an_earlier_year(quantity: Quantity) -> bool:
        event = analysis.sheet.event(quantity.event)
        return event is not None and event.date.year < year and str(event.date.year) not in context

    if any(not of_an_earlier_year(q) for q in found):
        possible = [q for q in possible if not of_an_earlier_year(q)]
    if count.anaphoric:
        return possible
    in_sentence = analysis.measure_relevance(count.measure, count.sentence) >= 2
    measure = analysis.sheet.measures[count.measure]
    if not in_sentence and measure.unit and lang.any_of((measure.unit,)).fullmatch(count.head or ""):
        return []  # "ordered him to repay 3.1 million euros": a sum says what it is only beside its cue
    limit = FAR if count.partitive or not in_sentence else VERY_FAR
    return [] if all(distance(count, q) > math.log(limit) for q in possible) else possible


def distance(count: Count, quantity: Quantity) -> float:
    """How far the count is from the quantity's nearest value, at any time (a log ratio)."""
    return min(abs(math.log((count.number.value + 1) / (value + 1)))
               for value in (float(quantity.value), *(dated.value for dated in quantity.values)))
