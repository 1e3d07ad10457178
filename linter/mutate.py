"""`copydesk mutate`: plant errors the fact sheet can judge into clean drafts and measure the catch rate.

Each plant is one edit to a copy of a draft — a count changed, "former" before an
incumbent's title, a house spelling swapped for a variant or a one-letter typo, two
words of a known quote swapped, a claim's value replaced by a wrong one, a weekday
shifted — found from the draft's own analysis, so plants follow the fact sheet rather
than a list of sentences. Which families can plant is asked of the registry: a family
module that declares ``plants(ctx)`` can. Every copy is checked as `check` checks it.
"""
from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .document import Document
from .finding import Finding
from .rule import Context, Plant, Rule

Planter = Callable[[Context], Iterator[Plant]]


def planters(registry: dict[str, type[Rule]]) -> dict[str, Planter]:
    """Each family that can plant errors, by its letters, in the registry's order."""
    found: dict[str, Planter] = {}
    for rule in registry.values():
        family = rule.family()
        generate = getattr(sys.modules.get(rule.__module__), "plants", None)
        if family is not None and callable(generate) and family.letter not in found:
            found[family.letter] = generate
    return found


def plants(ctx: Context, families: dict[str, Planter]) -> dict[str, list[Plant]]:
    """Every plant the fact sheet can judge in this draft, by family, in document order."""
    found = {family: list(generate(ctx)) for family, generate in families.items()}
    return {family: sorted(set(items), key=lambda p: (p.start, p.end, p.replacement)) for family, items in found.items()}


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
        for family in available:
            if pools.get(family) and len(chosen) < per_draft:
                chosen.append(pools[family].pop())
    return chosen


def run(doc: Document, check: Callable[[Document], list[Finding]], ctx_for: Callable[[Document], Context],
        families: dict[str, Planter], per_draft: int, rng: random.Random) -> list[Outcome]:
    outcomes = []
    for plant in choose(plants(ctx_for(doc), families), per_draft, rng):
        mutated = doc.with_text(plant.apply(doc.text))
        line = mutated.line_of(plant.start)
        findings = check(mutated)
        on_plant = [f for f in findings if f.line <= line <= f.end_line]
        caught = any(f.code.startswith(plant.family) for f in on_plant)
        outcomes.append(Outcome(doc.path, plant, line, caught, [f for f in findings if f not in on_plant]))
    return outcomes


def summary(outcomes: list[Outcome], families: dict[str, Planter]) -> dict:
    planted = Counter(o.plant.family for o in outcomes)
    caught = Counter(o.plant.family for o in outcomes if o.caught)
    return {
        "planted": len(outcomes),
        "caught": sum(caught.values()),
        "false_positives": sum(len(o.false_positives) for o in outcomes),
        "by_family": {family: {"planted": planted[family], "caught": caught[family]}
                      for family in families if planted[family]},
        "missed": [{"path": o.path, "line": o.line, "family": o.plant.family, "plant": o.plant.description}
                   for o in outcomes if not o.caught],
        "false_positive_findings": [{"path": f.path, "line": f.line, "code": f.code, "message": f.message}
                                    for o in outcomes for f in o.false_positives],
    }
