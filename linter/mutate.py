"""`copydesk mutate`: plant errors the fact sheet can judge into clean drafts and measure the catch rate.

Each plant is one edit to a copy of a draft — a count changed, "former" before an
incumbent's title, a house spelling swapped for a variant or a one-letter typo, two
words of a known quote swapped, a claim's value replaced by a wrong one, a weekday
shifted — found from the draft's own analysis, so plants follow the fact sheet rather
than a list of sentences. Every copy is checked with every rule.
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from copydesk import text as lang
from copydesk.analysis import occasions
from copydesk.analysis.counts import agrees as count_agrees
from copydesk.analysis.counts import judgeable
from copydesk.analysis.events import events_in
from copydesk.analysis.quotes import quote_matches
from copydesk.analysis.titles import titles
from copydesk.dates import WEEKDAYS, agrees
from copydesk.document import Document
from copydesk.finding import Finding
from copydesk.model import Named
from copydesk.rule import Context

WORD = regex.compile(r"[\p{L}']+")


@dataclass(frozen=True)
class Plant:
    family: str
    start: int
    end: int
    replacement: str
    description: str

    def apply(self, text: str) -> str:
        return text[:self.start] + self.replacement + text[self.end:]


def plants(ctx: Context) -> dict[str, list[Plant]]:
    """Every plant the fact sheet can judge in this draft, by family, in document order."""
    found = {family: list(generate(ctx)) for family, generate in GENERATORS.items()}
    return {family: sorted(set(items), key=lambda p: (p.start, p.end, p.replacement)) for family, items in found.items()}


def _titles(ctx: Context) -> Iterator[Plant]:
    found = titles(ctx.analysis, lang.OFFICES)
    for title in found.titles:
        if title.former is None and title.mention is not None and any(
                r.holds_on(ctx.as_of) for r in found.roles_matching(title)):
            at = title.qualified_start
            yield Plant("T", at, at, "former ", f"'former' before {title.person.name}'s title")


def _counts(ctx: Context) -> Iterator[Plant]:
    for count in ctx.analysis.counts:
        possible = judgeable(ctx.analysis, count)
        number = count.number
        if not possible or number.approx or not any(count_agrees(count, q) for q in possible):
            continue
        taken = {q.value for q in ctx.facts.quantities if q.measure == count.measure}
        value = number.value
        for changed in (value + 10, value - 10, value * 2, value + 1):
            if changed > 0 and changed not in taken and all(abs(changed - t) > t * 0.12 + 1 for t in taken):
                written = ctx.doc.prose[number.value_start:number.value_end]
                replacement = lang.format_like(written, changed) if not number.in_words else lang.number_text(changed)
                yield Plant("N", number.value_start, number.value_end, replacement,
                            f"{written} changed to {replacement}")
                break


def _spellings(ctx: Context) -> Iterator[Plant]:
    known = ctx.analysis.lexicon.known_tokens
    for mention in ctx.analysis.mentions:
        form = mention.primary
        if form.kind not in ("canonical", "surname") or " " in mention.text:
            continue
        fact = ctx.facts.facts[form.fact_id]
        variants = [v for v in fact.variants if " " not in v] if isinstance(fact, Named) else []
        if variants:
            yield Plant("S", mention.start, mention.end, variants[0], f"{mention.text} spelled {variants[0]}")
        word = mention.text
        if len(word) < 5 or word.isupper():  # typos are looked for in capitalised words, not in capitals
            continue
        middle = len(word) // 2
        for typo in (word[:middle] + word[middle + 1] + word[middle] + word[middle + 2:],  # transposition
                     word[:middle] + word[middle + 1:]):  # a letter dropped
            if typo != word and typo not in known and not lang.is_ordinary_word(typo):
                yield Plant("S", mention.start, mention.end, typo, f"{word} mistyped {typo}")


def _quotes(ctx: Context) -> Iterator[Plant]:
    for _quote, matches in quote_matches(ctx.analysis):
        for match in matches:
            if not match.exact:
                continue
            words = [m for m in WORD.finditer(ctx.doc.prose, match.start, match.end) if len(m.group()) > 3]
            if len(words) < 3:
                continue
            first, second = words[len(words) // 2 - 1], words[len(words) // 2]
            if first.group().lower() != second.group().lower():
                between = ctx.doc.prose[first.end():second.start()]
                yield Plant("Q", first.start(), second.end(), second.group() + between + first.group(),
                            f"quote words swapped: {first.group()} / {second.group()}")
            if len(words) >= 5:
                dropped = words[len(words) // 2]
                yield Plant("Q", dropped.start(), dropped.end() + 1, "", f"quote word dropped: {dropped.group()}")


def _claims(ctx: Context) -> Iterator[Plant]:
    analysis = ctx.analysis
    for sentence in analysis.sentences:
        text = analysis.sentence_text(sentence)
        for claim in ctx.facts.claims:
            accepted = claim.true_value_in(text) if claim.about(text) else None
            if accepted is None:
                continue
            wrong = regex.sub(r"^(?:to|in|at|by)\s+", "", claim.wrong[0])
            planted = text[:accepted.start()] + wrong + text[accepted.end():]
            if lang.any_of(tuple(claim.wrong)).search(planted):
                yield Plant("C", sentence.start + accepted.start(), sentence.start + accepted.end(), wrong,
                            f"{claim.subject}: {accepted.group()} replaced by {wrong}")


def _weekdays(ctx: Context) -> Iterator[Plant]:
    dated_line = occasions.dateline(ctx.analysis)
    # a dateline is the report's date, not the event's: a shifted one is an error only against the draft's own date
    unplantable = dated_line.start if dated_line is not None and occasions.front_matter_date(ctx.analysis) is None \
        else None
    for sentence in ctx.analysis.sentences:
        events = events_in(ctx.analysis, sentence)
        if not events:
            continue
        for mention in ctx.analysis.dates(sentence, ctx.as_of.year):
            if mention.start == unplantable or not all(agrees(mention, event.date, ctx.as_of) for event, _ in events):
                continue
            if mention.weekday is not None and mention.date is None:
                written = WEEKDAYS[mention.weekday]
                start = ctx.doc.prose.find(written, mention.start, mention.end)
                shifted = WEEKDAYS[(mention.weekday + 1) % 7]
                yield Plant("D", start, start + len(written), shifted, f"{written} shifted to {shifted}")
            elif mention.date is not None and mention.date.day:
                day = regex.search(rf"\b{mention.date.day}\b", ctx.doc.prose[mention.start:mention.end])
                if day:
                    start = mention.start + day.start()
                    shifted = str(mention.date.day % 28 + 1)
                    yield Plant("D", start, start + len(day.group()), shifted, f"day {day.group()} shifted to {shifted}")


GENERATORS: dict[str, Callable[[Context], Iterator[Plant]]] = {
    "T": _titles, "N": _counts, "S": _spellings, "Q": _quotes, "C": _claims, "D": _weekdays,
}


@dataclass
class Outcome:
    path: str
    plant: Plant
    line: int
    caught: bool
    false_positives: list[Finding]


def choose(available: dict[str, list[Plant]], per_draft: int, rng: random.Random) -> list[Plant]:
    """Up to per_draft plants, taken from the families in turn so every family is represented."""
    pools = {family: rng.sample(items, len(items)) for family, items in available.items() if items}
    chosen: list[Plant] = []
    while len(chosen) < per_draft and any(pools.values()):
        for family in GENERATORS:
            if pools.get(family) and len(chosen) < per_draft:
                chosen.append(pools[family].pop())
    return chosen


def run(doc: Document, check: Callable[[Document], list[Finding]], ctx_for: Callable[[Document], Context],
        per_draft: int, rng: random.Random) -> list[Outcome]:
    outcomes = []
    for plant in choose(plants(ctx_for(doc)), per_draft, rng):
        mutated = doc.with_text(plant.apply(doc.text))
        line = mutated.line_of(plant.start)
        findings = check(mutated)
        on_plant = [f for f in findings if f.line <= line <= f.end_line]
        caught = any(f.code.startswith(plant.family) for f in on_plant)
        outcomes.append(Outcome(doc.path, plant, line, caught, [f for f in findings if f not in on_plant]))
    return outcomes


def summary(outcomes: list[Outcome]) -> dict:
    planted = Counter(o.plant.family for o in outcomes)
    caught = Counter(o.plant.family for o in outcomes if o.caught)
    return {
        "planted": len(outcomes),
        "caught": sum(caught.values()),
        "false_positives": sum(len(o.false_positives) for o in outcomes),
        "by_family": {family: {"planted": planted[family], "caught": caught[family]}
                      for family in GENERATORS if planted[family]},
        "missed": [{"path": o.path, "line": o.line, "family": o.plant.family, "plant": o.plant.description}
                   for o in outcomes if not o.caught],
        "false_positive_findings": [{"path": f.path, "line": f.line, "code": f.code, "message": f.message}
                                    for o in outcomes for f in o.false_positives],
    }
