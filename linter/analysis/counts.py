"""Which facts a counted number can be judged against, and whether it agrees with one."""
from __future__ import annotations

import math

from copydesk import dates
from copydesk import text as lang
from copydesk.analysis import Analysis, Count
from copydesk.model import Quantity

APPROX_TOLERANCE = 0.1  # "about 400" may be 10% off


def agrees(count: Count, quantity: Quantity) -> bool:
    """Does the number as written (with its 'about', 'more than'...) agree with the fact?"""
    written, true = count.number.value, float(quantity.value)
    tolerance = float(quantity.tolerance)
    approx = count.number.approx
    if quantity.approximate and approx in ("more", "least", "less", "most") and \
            abs(written - true) <= APPROX_TOLERANCE * true:
        return True  # "less than two hours" for talks of about two hours
    if approx in ("about", "nearly"):
        tolerance = max(tolerance, APPROX_TOLERANCE * true)
        if approx == "nearly":
            return true - tolerance <= written <= true + tolerance + APPROX_TOLERANCE * true
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


def candidates(analysis: Analysis, count: Count) -> list[Quantity]:
    """Quantities the count could be stating, given its measure, category and scope."""
    found = []
    for quantity in analysis.sheet.quantities:
        if quantity.measure != count.measure:
            continue
        if count.category is not None and (quantity.category or "all") != count.category:
            continue
        if count.scope is not None and quantity.scope not in (None, count.scope):
            continue
        found.append(quantity)
    return found


def same_occasion(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """False when the sentence dates itself to another occasion ("in January", "in 2024")."""
    event = analysis.sheet.event(quantity.event)
    if event is None:
        return True
    sentence = count.sentence
    mentions = dates.when(analysis.doc.prose, sentence.start, analysis.dates(sentence, analysis.as_of.year))
    return all(dates.agrees(m, event.date, analysis.as_of) or m.relative for m in mentions)


def event_relevance(analysis: Analysis, count: Count, quantity: Quantity) -> int:
    event = analysis.sheet.event(quantity.event)
    if event is None:
        return 0
    text = analysis.context(count.sentence, before=1)
    return sum(1 for group in event.cues if lang.any_of(group).search(text))


# How far off every known value a count may be and still be a misstatement of one of them, rather than
# another quantity: "47 detainees on the first bus" (a sentence that names nothing of the story), "ten of
# the freed soldiers" (a part of the group), "one freed soldier said" (a person, not a count).
FAR = 2.5
VERY_FAR = 10.0


def judgeable(analysis: Analysis, count: Count) -> list[Quantity]:
    """The facts this count can be judged against: none when it is about another occasion or quantity."""
    possible = [q for q in candidates(analysis, count) if same_occasion(analysis, count, q)]
    if count.anaphoric:
        return possible
    in_sentence = analysis.measure_relevance(count.measure, count.sentence) >= 2
    limit = FAR if count.partitive or not in_sentence else VERY_FAR
    return [] if all(distance(count, q) > math.log(limit) for q in possible) else possible


def distance(count: Count, quantity: Quantity) -> float:
    return abs(math.log((count.number.value + 1) / (float(quantity.value) + 1)))
