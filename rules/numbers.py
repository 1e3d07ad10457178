"""N — numbers and counts: a count of something the fact sheet knows, stated with another value."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from .. import cues
from .. import text as lang
from ..analysis import Analysis, Count, occasions
from ..analysis.counts import (agrees, agrees_in_time, current, distance, event_relevance, judgeable,
                                      reported_change, timeline, values_known)
from ..analysis.gate import as_framed, count_binds
from ..analysis.reading import dates_in, frame_for
from ..dates import resolve
from ..facts import long_date
from ..finding import Edit, Violation
from ..model import Quantity
from ..rule import Context, Family, Plant, Rule

FAMILY = Family("N", "numbers and counts")


def _misstated(analysis: Analysis, count: Count) -> list[Quantity]:
    """The facts a count is judged against when it agrees with none of them (none when it agrees with one),
    each with its value current at the draft's date."""
    judged = judgeable(analysis, count)
    if any(agrees_in_time(analysis, count, q) or reported_change(analysis, count, q) for q in judged):
        return []  # a value it had, or a figure told as changing (N102's): no other fact's ("the toll climbs to 47"
        #            is the ferry's, not the 1987 wreck's)
    if judged and _another_events_figure(analysis, count, judged):
        return []  # "Once, fatally, in 2019, at Okresh. Fifty-seven people died.": the Okresh crash's 57
    if judged and _another_measures_figure(analysis, count):
        return []  # "a dozen men are still being hunted": the twelve still at large, not the 43 who escaped
    if any(q.changes for q in judged) and _told_at_an_hour(analysis, count):
        judged = [q for q in judged if not (q.changes and _within_the_day(analysis, count, q))]
    return [now for q in judged if (known := current(analysis, q)) is not None for now in [known[1]]]


# a time of day: a live blog's stamp opening the paragraph ("**12:40**"), or one in the figure's sentence ("by 6 a.m.")
HOUR_STAMP = regex.compile(r"^\W{0,4}\d{1,2}[:.]\d{2}\b")
HOUR = regex.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b")


def _told_at_an_hour(analysis: Analysis, count: Count) -> bool:
    """The figure is told at an hour of a day the sheet has seen: a figure that changes within the day ("Korvel is up
    30.2% on the day" at 12:40, "97.3% counted by 6 a.m.") may be that hour's, where it lies within the day's
    values (`_within_the_day`); the sheet dates values by day."""
    day = occasions.own_date(analysis)
    if day is None or day > analysis.sheet.as_of:
        return False
    block = analysis.doc.blocks[count.sentence.block]
    return HOUR_STAMP.match(analysis.prose, block.start, block.end) is not None or \
        HOUR.search(analysis.sentence_text(count.sentence)) is not None


def _within_the_day(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """The count lies between the value before the draft's day and the first value given on or after it: a figure
    the quantity may have passed through that day."""
    day = occasions.own_date(analysis)
    if day is None:
        return False
    values = timeline(analysis, quantity)
    before = [value.value for then, value in values if then < day]
    after = [value.value for then, value in values if then >= day]
    if not after:
        return False
    low, high = sorted((float(before[-1]) if before else 0.0, float(after[0])))
    return low <= count.number.value <= high


def _another_events_figure(analysis: Analysis, count: Count, judged: list[Quantity]) -> bool:
    """The count is the exact value of a quantity of another event than those judged, an event the sentence or
    the two before it speak of by every cue group, in a sentence that does not itself speak of a judged one."""
    context = analysis.context(count.sentence, before=2)
    events = {q.event for q in judged}
    own = analysis.sentence_text(count.sentence)
    if any((event := analysis.sheet.event(e)) is not None and cues.cues_match(event.cues, (), own) for e in events):
        return False
    return any(q.event is not None and q.event not in events and agrees(count, q) and
               (event := analysis.sheet.event(q.event)) is not None and cues.cues_match(event.cues, (), context)
               for q in analysis.sheet.quantities)


def _another_measures_figure(analysis: Analysis, count: Count) -> bool:
    """The count's own phrase has no cue of its measure, and the count is the value, at the draft's date, of a
    quantity of another measure that counts the same things (its nouns hold the count's noun): that quantity's
    figure, told in words the sheet did not give it ("still being hunted", of those still at large)."""
    noun = count.head.lower()
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    phrase = occasions.segment_of(analysis, clause, count.number.value_start)  # its comma-delimited phrase
    if not noun or cues.cues_match(analysis.sheet.measures[count.measure].cues, (), phrase.text):
        return False
    return any(q.measure != count.measure and agrees_in_time(analysis, count, q) and
               any(lang.any_of((n,)).fullmatch(noun) or n.lower() == noun for n in analysis.sheet.measures[q.measure].nouns)
               for q in analysis.sheet.quantities)


def _reported_later(analysis: Analysis, count: Count, quantity: Quantity) -> dt.date | None:
    """The day a value the count agrees with was first reported, when that is after the draft's own date."""
    day = occasions.own_date(analysis)
    if day is None or not quantity.values:
        return None
    return min((then for then, value in timeline(analysis, quantity) if then > day and agrees(count, value)),
               default=None)


def _as_of(analysis: Analysis, quantity: Quantity) -> str:
    """" as of 29 March 2031" for a quantity whose value changes over time, else nothing."""
    if not quantity.values:
        return ""
    known = current(analysis, quantity)
    return f" as of {long_date(known[0])}" if known is not None else ""


class WrongCount(Rule):
    """States a count, share or duration that the fact sheet gives with another value.

    ## What it does
    Finds numbers in digits or words ("390", "three hundred and ninety", "a
    thousand", "a quarter of", "60-day") attached to something the fact sheet counts
    (prisoners, civilians, soldiers, people killed, days of a ceasefire, share of
    territory), works out whether the draft means one side or both sides and which
    category, and compares it with the fact sheet. A value that matches any fact of
    that kind passes ("780 people" in total, "390 each"); approximations ("about",
    "more than", "nearly") are honoured.

    ## Why is this bad?
    Numbers are the facts readers quote back. A count off by ten, or the military
    and civilian figures swapped, is a correction waiting to happen.

    ## Example
    ```markdown
    Russia and Ukraine exchanged 380 prisoners each on Friday.
    ```

    ## Use instead
    ```markdown
    Russia and Ukraine exchanged 390 prisoners each on Friday, 780 in total.
    ```

    ## Fix
    Safe when the draft writes the number in digits, without "about" or "more than",
    and only one fact of that kind fits the sentence; otherwise unsafe.
    """

    code = "N101"
    name = "wrong-count"
    severity = "error"
    fix_availability = "sometimes"
    messages = {"count": "{what}: the fact sheet has {value}{as_of}, not \u201c{written}\u201d",
                "anaphora": " (earlier in the draft: {head})",
                "reported": "; {written} was reported only on {day}"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        for found in ctx.analysis.counts:
            possible = _misstated(ctx.analysis, found)
            if not possible:
                continue
            count = as_framed(ctx.analysis, found)  # the parse is read only for a figure that disagrees
            if count is not found:
                possible = _misstated(ctx.analysis, count)
            possible = [q for q in possible if count_binds(ctx.analysis, count, q)]
            if not possible:
                continue
            # a figure that names no category ("310 prisoners") misstates the whole, not its nearest part
            best = max(possible, key=lambda q: (event_relevance(ctx.analysis, count, q),
                                                count.category is not None or q.category is None,
                                                -distance(count, q)))
            relevant = [q for q in possible if event_relevance(ctx.analysis, count, q) == event_relevance(ctx.analysis, count, best)]
            number = count.number
            true = lang.number_text(best.value)
            written = ctx.doc.prose[number.value_start:number.value_end]
            unit = "%" if count.number.unit == "percent" else ""
            message = self.say("count", what=best.what, value=f"{true}{unit}",
                               as_of=_as_of(ctx.analysis, best), written=number.text.strip())
            if count.anaphoric:
                message += self.say("anaphora", head=count.head)
            reported_later = _reported_later(ctx.analysis, count, best)
            if reported_later is not None:
                message += self.say("reported", written=number.text.strip(), day=long_date(reported_later))
            fix = None
            if not number.in_words and number.unit is None:
                safe = len(relevant) == 1 and number.approx is None and not best.changes
                fix = Edit(number.value_start, number.value_end, lang.format_like(written, best.value), safe=safe)
            yield Violation(number.value_start, number.value_end, message, fact=best.id, fix=fix)


class LaterFigure(Rule):
    """Gives a figure that can change (a toll, a running count) a value other than the fact sheet's, as a change.

    ## What it does
    Reports a count of a quantity the fact sheet marks `changes = true` when the draft
    says the figure changed ("the death toll has risen to three", "now") or is dated
    after the sheet, and the value differs from the sheet's: a warning, not an error.

    ## Why is this bad?
    A later figure may well be right: tolls rise as the wounded die. But the fact sheet
    is what the desk checks against; when the draft knows more than the sheet, the
    sheet needs updating (with its source) before the next draft is judged by it.

    ## Example
    ```markdown
    The death toll from the missile strike on Odesa has risen to three.
    ```

    ## Use instead
    ```markdown
    One person was killed in the missile strike on Odesa.
    ```
    """

    code = "N102"
    name = "later-figure"
    severity = "warning"
    messages = {"later": "{what}: the fact sheet has {value} as of {day}, not \u201c{written}\u201d; if this is a "
                         "later figure, update the fact sheet"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        for count in ctx.analysis.counts:
            changed = [q for q in judgeable(ctx.analysis, count) if reported_change(ctx.analysis, count, q)]
            if not changed or any(agrees_in_time(ctx.analysis, count, q) for q in changed):
                continue  # a value the quantity had is right, or stale (N103)
            # a figure given as changed is dated to when it was given: "the toll rose to 27 on Friday"
            changed = [q for q in changed if count_binds(ctx.analysis, count, q, dated_figure=True)]
            if not changed:
                continue
            best = min(changed, key=lambda q: distance(count, q))
            number = count.number
            yield Violation(number.value_start, number.value_end, self.say(
                "later", what=best.what, value=lang.number_text(best.value), day=long_date(ctx.facts.as_of),
                written=number.text.strip()), fact=best.id)


class StaleFigure(Rule):
    """Gives an earlier value of a figure that has changed since, in a draft dated after the change.

    ## What it does
    A quantity can list the values it had over time (`[[quantities.values]]`, each
    with its `as_of`): a toll of 144 on the first evening, 1,644 the next day. A
    draft that gives itself a date (front matter, dateline) and states a value that
    had already been replaced by then is reported, naming the newer figure and its
    date. A draft with no date of its own is not judged on this: any known value
    may be right for its day.

    ## Why is this bad?
    Repeating yesterday's toll as today's understates the story; readers compare
    figures across reports and the wire has moved on.

    ## Fact sheet
    The examples are checked against this sheet:
    ```toml
    schema = 1
    [story]
    id = "merano-earthquake"
    title = "Earthquake in Merano"
    as_of = 2031-03-30
    [[sources]]
    id = "wire"
    file = "wire.txt"
    outlet = "Wire"
    [[measures]]
    id = "deaths"
    what = "people killed"
    nouns = ["people"]
    cues = [["earthquake", "quake"], ["killed", "dead", "died"]]
    [[quantities]]
    id = "toll"
    measure = "deaths"
    what = "people killed by the earthquake"
    value = 1644
    changes = true
    sources = ["wire"]
    single_source = true
    [[quantities.values]]
    value = 144
    as_of = 2031-03-28
    ```

    ## Example
    ```markdown
    ---
    date: 2031-03-30
    ---
    The earthquake killed 144 people, the agency said.
    ```

    ## Use instead
    ```markdown
    ---
    date: 2031-03-30
    ---
    The earthquake killed 1,644 people, the agency said.
    ```

    ## Fix
    None: the newer figure may need its own attribution.
    """

    code = "N103"
    name = "stale-figure"
    severity = "warning"
    messages = {"stale": "{what}: \u201c{written}\u201d was the figure as of {then}; the fact sheet has {value} as "
                         "of {now}"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        for count in analysis.counts:
            for quantity in judgeable(analysis, count):
                known = values_known(analysis, quantity)
                if not quantity.values or not known or occasions.own_date(analysis) is None or \
                        agrees(count, known[-1][1]) or not any(agrees(count, value) for _, value in known[:-1]):
                    continue
                if not count_binds(analysis, count, quantity):
                    continue
                then = next(day for day, value in known if agrees(count, value))
                now_day, now = known[-1]
                if _dated_before(analysis, count, now_day) or _reported_then(analysis, count):
                    continue  # "the toll stood at 144 on Friday night", "authorities reported 144 deaths": the
                    #           figure of then, told as of then
                number = count.number
                yield Violation(number.value_start, number.value_end, self.say(
                    "stale", what=quantity.what, written=number.text.strip(), then=long_date(then),
                    value=lang.number_text(now.value), now=long_date(now_day)), fact=quantity.id)
                break


def _dated_before(analysis: Analysis, count: Count, day: dt.date) -> bool:
    """The count's own predicate is dated to a day before this one (by the parse), or its own phrase or the
    sentence's opening is ("On Tuesday the coast guard, working from the manifest, said there were 412")."""
    frame = frame_for(analysis, count.sentence, count.number.value_start)
    if frame is None:
        return False
    stamped = occasions.stamp_day(analysis, count.number.start)
    if stamped is not None and stamped < day:
        return True  # "| Wed 15 March, evening | 140 oiled seabirds brought in |": a figure of the stamp's day
    draft_day = occasions.draft_date(analysis)
    mentions = analysis.dates(count.sentence, analysis.as_of.year)
    own = occasions.dates_of(analysis, count.sentence, count.number.value_start, mentions)
    if any((when := resolve(m, draft_day)) is not None and when < day
           for m in [*dates_in(analysis, count.sentence, frame.time_spans), *own]):
        return True
    # a sentence whose every day is an earlier one is told of then, whatever the parse hung its date on ("By
    # Wednesday evening it was 23 dead and 40 missing")
    days = [resolve(m, draft_day) for m in mentions]
    return bool(days) and all(when is not None and when < day for when in days)


def _reported_then(analysis: Analysis, count: Count) -> bool:
    """Told as of a past time: reported in the simple past ("authorities reported 144"), or in the past
    perfect or up to a bound ("by last night, had killed 144")."""
    frame = frame_for(analysis, count.sentence, count.number.value_start)
    return frame is not None and (frame.reported_then or frame.earlier or frame.bound)


def plants(ctx: Context) -> Iterator[Plant]:
    """The errors `copydesk mutate` plants for this family: edits of the draft the family's rules must catch."""
    for count in ctx.analysis.counts:
        possible = judgeable(ctx.analysis, count)
        number = count.number
        if not possible or number.approx or not any(agrees(count, q) for q in possible):
            continue
        taken = {q.value for q in ctx.facts.quantities if q.measure == count.measure}
        value = number.value
        for changed in (value + 10, value - 10, value * 2, value + 1):
            if changed > 0 and changed not in taken and all(abs(changed - t) > t * 0.12 + 1 for t in taken):
                written = ctx.doc.prose[number.value_start:number.value_end]
                replacement = lang.format_like(written, changed) if not number.in_words else lang.number_text(changed)
                yield Plant(FAMILY.letter, number.value_start, number.value_end, replacement,
                            f"{written} changed to {replacement}")
                break


RULES = [WrongCount, LaterFigure, StaleFigure]
