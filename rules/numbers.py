"""N — numbers and counts: a count of something the fact sheet knows, stated with another value."""
from __future__ import annotations

import math
from collections.abc import Iterator

from linter import text as lang
from linter.analysis import Count
from linter import dates
from linter.facts import Fact
from linter.finding import Edit, Violation
from linter.rule import Context, Rule

APPROX_TOLERANCE = 0.1  # "about 400" may be 10% off


def agrees(count: Count, quantity: Fact) -> bool:
    """Does the number as written (with its 'about', 'more than'...) agree with the fact?"""
    written, true = count.number.value, float(quantity["value"])
    tolerance = float(quantity.get("tolerance", 0))
    approx = count.number.approx
    if quantity.get("approximate") and approx in ("more", "least", "less", "most") and \
            abs(written - true) <= APPROX_TOLERANCE * true:
        return True  # "less than two hours" for talks of about two hours
    if approx in ("about", "nearly"):
        tolerance = max(tolerance, APPROX_TOLERANCE * true)
        if approx == "nearly":
            return true - tolerance <= written <= true + tolerance + APPROX_TOLERANCE * true
        return abs(written - true) <= tolerance
    if approx == "more":
        return true + tolerance > written or (quantity.get("approximate") and abs(true - written) <= tolerance)
    if approx == "least":
        return true + tolerance >= written
    if approx == "less":
        return true - tolerance < written
    if approx == "most":
        return true - tolerance <= written
    return abs(written - true) <= tolerance


def candidates(ctx: Context, count: Count) -> list[Fact]:
    """Quantities the count could be stating, given its measure, category and scope."""
    found = []
    for quantity in ctx.facts.of_kind("quantities"):
        if quantity["measure"] != count.measure:
            continue
        if count.category is not None and quantity.get("category", "all") != count.category:
            continue
        if count.scope is not None and quantity.get("scope") not in (None, count.scope):
            continue
        found.append(quantity)
    return found


def same_occasion(ctx: Context, count: Count, quantity: Fact) -> bool:
    """False when the sentence dates itself to another occasion ("in January", "in 2024")."""
    event = ctx.facts.facts.get(quantity.get("event") or "")
    if event is None:
        return True
    sentence = count.sentence
    mentions = dates.when(ctx.doc.prose, sentence.start, ctx.analysis.dates(sentence, ctx.as_of.year))
    return all(dates.agrees(m, event["date"], ctx.as_of) or m.relative for m in mentions)


def event_relevance(ctx: Context, count: Count, quantity: Fact) -> int:
    event = ctx.facts.facts.get(quantity.get("event") or "")
    if event is None:
        return 0
    text = ctx.analysis.context(count.sentence, before=1)
    return sum(1 for group in event.get("cues", []) if lang.any_of(tuple(group)).search(text))


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

    def check(self, ctx: Context) -> Iterator[Violation]:
        for count in ctx.analysis.counts:
            possible = judgeable(ctx, count)
            if not possible or any(agrees(count, q) for q in possible):
                continue
            best = max(possible, key=lambda q: (event_relevance(ctx, count, q), -_distance(count, q)))
            relevant = [q for q in possible if event_relevance(ctx, count, q) == event_relevance(ctx, count, best)]
            number = count.number
            true = lang.number_text(best["value"])
            written = ctx.doc.prose[number.value_start:number.value_end]
            unit = "%" if count.number.unit == "percent" else ""
            message = f"{best['what']}: the fact sheet has {true}{unit}, not \u201c{number.text.strip()}\u201d"
            if count.anaphoric:
                message += f" (earlier in the draft: {count.head})"
            fix = None
            if not number.in_words and number.unit is None:
                safe = len(relevant) == 1 and number.approx is None
                fix = Edit(number.value_start, number.value_end, lang.format_like(written, best["value"]), safe=safe)
            yield Violation(number.value_start, number.value_end, message, fact=best.id, fix=fix)


# How far off every known value a count may be and still be a misstatement of one of them, rather than
# another quantity: "47 detainees on the first bus" (a sentence that names nothing of the story), "ten of
# the freed soldiers" (a part of the group), "one freed soldier said" (a person, not a count).
FAR = 2.5
VERY_FAR = 10.0


def judgeable(ctx: Context, count: Count) -> list[Fact]:
    """The facts this count can be judged against: none when it is about another occasion or quantity."""
    possible = [q for q in candidates(ctx, count) if same_occasion(ctx, count, q)]
    if count.anaphoric:
        return possible
    in_sentence = ctx.analysis.measure_relevance(count.measure, count.sentence) >= 2
    limit = FAR if count.partitive or not in_sentence else VERY_FAR
    return [] if all(_distance(count, q) > math.log(limit) for q in possible) else possible


def _distance(count: Count, quantity: Fact) -> float:
    return abs(math.log((count.number.value + 1) / (float(quantity["value"]) + 1)))


RULES = [WrongCount]
