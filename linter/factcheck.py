"""`copydesk facts check`: a fact sheet that loads can still contradict itself."""
from __future__ import annotations

from .facts import FactSheet
from .model import SLOT_PREPOSITIONS, Named, Quantity
from .names import possessive_of


def lint(sheet: FactSheet) -> list[str]:
    """Problems in a valid fact sheet, one line each, naming the fact and saying how to fix it."""
    problems = []
    facts = sheet.facts
    for q in sheet.quantities:
        parts = [p for p in (facts[part] for part in q.parts) if isinstance(p, Quantity)]
        if parts and abs(sum(p.value for p in parts) - q.value) > q.tolerance:
            problems.append(f"quantities.{q.id}: its parts ({', '.join(p.id for p in parts)}) add up to "
                            f"{sum(p.value for p in parts):g}, not {q.value:g}; correct the value or a part against "
                            "the sources, or give `tolerance` if the sources round")
        total = facts.get(q.total or "")
        sides = sheet.measures[q.measure].sides
        if isinstance(total, Quantity) and q.scope == "per side" and total.value != sides * q.value:
            problems.append(f"quantities.{q.id}: {q.value:g} per side makes {sides * q.value:g} in total, "
                            f"but {total.id} says {total.value:g}; correct one of the two, or remove `total` if "
                            "they are not the same count")
    problems += _overlapping_terms(sheet)
    names: dict[str, str] = {}
    named = [fact for fact in sheet.facts.values() if isinstance(fact, Named)]
    for fact in named:
        for form in [fact.name, *fact.aliases]:
            names.setdefault(form, fact.id)
    for fact in named:
        for variant in fact.variants:
            owner = possessive_of(variant, [fact.name, *fact.aliases, *fact.name.split()[-1:]])
            if owner is not None:
                problems.append(f"{fact.table}.{fact.id}: variant {variant!r} is the possessive of {owner!r}, "
                                "not a misspelling; remove it from `variants` (copydesk ignores it)")
            if variant in names:
                problems.append(f"{fact.table}.{fact.id}: variant {variant!r} is the name of {names[variant]}; "
                                f"remove it from `variants` (every use of {names[variant]}'s name would be "
                                "reported as a misspelling)")
    for claim in sheet.claims:
        if not claim.wrong:
            problems.append(f"claims.{claim.id}: no wrong values, so nothing can contradict it; list in "
                            "`wrong` the values a draft must not give (say, the other candidates for the role)")
        for slot in claim.slots:
            words = slot.split()
            if len(words) < 2 or words[-1].lower() not in SLOT_PREPOSITIONS:
                problems.append(f"claims.{claim.id}: slot {slot!r} should be a word and the preposition before "
                                f"the value ({', '.join(sorted(SLOT_PREPOSITIONS))}); write it like "
                                "\"mediated by\"")
    for any_fact in sheet.facts.values():
        single = len(any_fact.sources) == 1
        if single != any_fact.single_source:
            problems.append(f"{any_fact.table}.{any_fact.id}: {len(any_fact.sources)} source(s) but single_source is "
                            f"{'missing' if single else 'set'}; " + (
                                "add `single_source = true` once you have checked that one source is enough"
                                if single else "remove `single_source`"))
    return problems


def _overlapping_terms(sheet: FactSheet) -> list[str]:
    """Two holders of one office of one country at once: each term checked against the furthest-reaching
    earlier term, so the work grows with the number of roles, not its square."""
    by_office: dict[tuple[str, str | None], list[tuple[float, float, str]]] = {}
    for person in sheet.people:
        for role in person.roles:
            start = role.start.first_day.toordinal() if role.start else float("-inf")
            end = role.end.first_day.toordinal() if role.end else float("inf")
            if not sheet.held_by_many(role.office):
                by_office.setdefault((role.office, role.country), []).append((start, end, person.id))
    problems = []
    for (office, country), terms in by_office.items():
        terms.sort(key=lambda term: term[0])
        furthest: tuple[float, float, str] | None = None
        for term in terms:
            if furthest is not None and term[0] < furthest[1] and term[2] != furthest[2]:
                problems.append(f"people.{term[2]}: {office} of {country or 'an unnamed country'} "
                                f"overlaps with {furthest[2]}'s term; give each role its `start` and `end`, or "
                                "declare the office held by many at once (`[[offices]]` with `holders = \"many\"`)")
            if furthest is None or term[1] > furthest[1]:
                furthest = term
    return problems
