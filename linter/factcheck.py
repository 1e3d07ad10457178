"""`copydesk facts check`: a fact sheet that loads can still contradict itself."""
from __future__ import annotations

from linter.facts import FactSheet

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
    holders = [(p, r) for p in sheet.people for r in sheet.roles(p)]
    for index, (person, role) in enumerate(holders):
        for other, other_role in holders[index + 1:]:
            if other is person or role.office != other_role.office or role.country != other_role.country:
                continue
            if _overlap(role, other_role):
                problems.append(f"people.{person.id}: {role.office} of {role.country or 'an unnamed country'} "
                                f"overlaps with {other.id}'s term")
    names = {}
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


def _overlap(first, second) -> bool:
    def bounds(role):
        start = role.start.first_day.toordinal() if role.start else float("-inf")
        end = role.end.first_day.toordinal() if role.end else float("inf")
        return start, end

    (a_start, a_end), (b_start, b_end) = bounds(first), bounds(second)
    return a_start < b_end and b_start < a_end
