"""`copydesk facts check`: a fact sheet that loads can still contradict itself."""
from __future__ import annotations

from copydesk.facts import FactSheet

SIDES = 2  # a per-side figure and its total: the exchanges this schema describes have two sides


def lint(sheet: FactSheet) -> list[str]:
    """Problems in a valid fact sheet, one line each, naming the fact."""
    problems = []
    facts = sheet.facts
    for q in sheet.of_kind("quantities"):
        parts = [facts[p] for p in q.get("parts", [])]
        if parts and abs(sum(p["value"] for p in parts) - q["value"]) > q.get("tolerance", 0):
            problems.append(f"quantities.{q.id}: its parts ({', '.join(p.id for p in parts)}) add up to "
                            f"{sum(p['value'] for p in parts):g}, not {q['value']:g}")
        total = facts.get(q.get("total") or "")
        if total is not None and q.get("scope") == "per side" and total["value"] != SIDES * q["value"]:
            problems.append(f"quantities.{q.id}: {q['value']:g} per side makes {SIDES * q['value']:g} in total, "
                            f"but {total.id} says {total['value']:g}")
    problems += _overlapping_terms(sheet)
    names: dict[str, str] = {}
    for fact in sheet.facts.values():
        for form in [fact.get("name"), *fact.get("aliases", [])]:
            if form:
                names.setdefault(form, fact.id)
    for fact in sheet.facts.values():
        for variant in fact.get("variants", []):
            if variant in names:
                problems.append(f"{fact.kind}.{fact.id}: variant {variant!r} is the name of {names[variant]}")
    for claim in sheet.of_kind("claims"):
        if not claim["wrong"]:
            problems.append(f"claims.{claim.id}: no wrong values, so nothing can contradict it")
    for fact in sheet.facts.values():
        single = len(fact.sources) == 1
        if single != bool(fact.get("single_source")):
            problems.append(f"{fact.kind}.{fact.id}: {len(fact.sources)} source(s) but single_source is "
                            f"{'missing' if single else 'set'}")
    return problems


def _overlapping_terms(sheet: FactSheet) -> list[str]:
    """Two holders of one office of one country at once: each term checked against the furthest-reaching
    earlier term, so the work grows with the number of roles, not its square."""
    by_office: dict[tuple[str, str | None], list[tuple[float, float, str]]] = {}
    for person in sheet.people:
        for role in sheet.roles(person):
            start = role.start.first_day.toordinal() if role.start else float("-inf")
            end = role.end.first_day.toordinal() if role.end else float("inf")
            by_office.setdefault((role.office, role.country), []).append((start, end, person.id))
    problems = []
    for (office, country), terms in by_office.items():
        terms.sort(key=lambda term: term[0])
        furthest: tuple[float, float, str] | None = None
        for term in terms:
            if furthest is not None and term[0] < furthest[1] and term[2] != furthest[2]:
                problems.append(f"people.{term[2]}: {office} of {country or 'an unnamed country'} "
                                f"overlaps with {furthest[2]}'s term")
            if furthest is None or term[1] > furthest[1]:
                furthest = term
    return problems
