#!/usr/bin/env python3
"""How much of an editor's fact sheet `copydesk facts build` proposes from the same sources, per kind.

    python bench/build_score.py SOURCES EDITOR.toml [--as-of DATE]

For each kind (people, offices, organisations, places, quantities, events, quotes, spellings, claims) it
counts the editor's facts the candidate proposes correctly, proposes wrongly (the same thing with another
value: a quote given to another speaker, a figure with another value), or misses, and the candidate's
proposals that match nothing of the editor's (spurious). Matching is by what a reader would compare: a
person or place by any of its names, an office by holder, title and the organisation it is held at
("Dunmore chief executive" is "chief executive of Dunmore Industries"), a figure by its value (in thousands,
millions or billions of its unit too) and what it counts, an event by its day and a word of what happened (a stem its cues share with the editor's name or cues), a quote by its words (and
then its speaker), a spelling by the house form (right when the name proposed is the editor's house form,
whatever variants the editor adds), a claim by what it is about (its cue words or subject) and a word of its
value.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import regex

from copydesk.analysis.titles import office_key
from copydesk.facts import FactSheet, load
from copydesk.model import Claim, Event, Organisation, Person, Place, Quantity, Quote
from copydesk.quoting import similarity, words


def tokens(text: str) -> list[str]:
    return [word for word, _, _ in words(text)]


KINDS = ("people", "offices", "organisations", "places", "quantities", "events", "quotes", "spellings", "claims")


def names(fact) -> set[str]:
    return {n.lower() for n in (fact.name, *fact.aliases)}


Outcome = dict[str, list]


def score(editor: FactSheet, candidate: FactSheet) -> dict[str, Outcome]:
    """Per kind: the editor's facts proposed right, wrong (with the proposal), missed, and the spurious proposals."""
    results = {}

    def match(ours: list, theirs: list, same: Callable, right: Callable,
              closeness: Callable = lambda a, b: 0.0) -> Outcome:
        """Pairs the closest first (then in the sheets' order), each fact at most once."""
        pairs = sorted((-closeness(fact, other), i, j) for i, fact in enumerate(ours)
                       for j, other in enumerate(theirs) if same(fact, other))
        paired: dict[int, int] = {}
        for _, i, j in pairs:
            if i not in paired and j not in paired.values():
                paired[i] = j
        outcome: Outcome = {"right": [], "wrong": [], "missed": [], "spurious": [], "paired": []}
        for i, fact in enumerate(ours):
            if i not in paired:
                outcome["missed"].append(fact)
            elif right(fact, theirs[paired[i]]):
                outcome["right"].append(fact)
                outcome["paired"].append((fact, theirs[paired[i]]))
            else:
                outcome["wrong"].append((fact, theirs[paired[i]]))
        outcome["spurious"] = [other for j, other in enumerate(theirs) if j not in paired.values()]
        return outcome

    def of(sheet: FactSheet, kind: type) -> list:
        return [f for f in sheet.facts.values() if isinstance(f, kind)]

    results["people"] = match(of(editor, Person), of(candidate, Person), lambda a, b: bool(names(a) & names(b)),
                              lambda a, b: True)
    results["organisations"] = match(of(editor, Organisation), of(candidate, Organisation),
                                     lambda a, b: bool(names(a) & names(b)), lambda a, b: True)
    results["places"] = match(of(editor, Place), of(candidate, Place), lambda a, b: bool(names(a) & names(b)),
                              lambda a, b: True)

    def organisation(written: str, sheet: FactSheet) -> str | None:
        """The first word of the sheet's organisation a phrase names ("the NCPA", "Dunmore"), else None."""
        written = written.lower().removeprefix("the ").strip()
        for org in of(sheet, Organisation):
            forms = names(org) | {n.lower() for n in org.variants}
            if written in forms or written == org.name.lower().split()[0]:
                return org.name.lower().split()[0]
        return None

    def office(written: str, sheet: FactSheet) -> tuple[str, str | None]:
        """An office as a role and the organisation it is held at, however ordered: "Dunmore chief executive"
        and "chief executive of Dunmore Industries" are one office."""
        words_ = written.split()
        for i, word in enumerate(words_):
            if word.lower() == "of" and 0 < i < len(words_) - 1:
                held_at = organisation(" ".join(words_[i + 1:]), sheet)
                if held_at:
                    return office_key(" ".join(words_[:i])), held_at
        for n in range(min(4, len(words_) - 1), 0, -1):
            held_at = organisation(" ".join(words_[:n]), sheet)
            if held_at:
                return office_key(" ".join(words_[n:])), held_at
        return office_key(written), None

    def offices(sheet: FactSheet) -> list[tuple[set[str], tuple[str, str | None]]]:
        return [(names(p), office(r.office, sheet)) for p in of(sheet, Person) for r in p.roles]

    def same_office(ours: tuple[str, str | None], theirs: tuple[str, str | None]) -> bool:
        """The same role, at the same organisation when the editor names one ("Prefect" of "Prefect of the
        Dicastery for Bishops")."""
        return ours[0] == theirs[0] and ours[1] in (None, theirs[1])

    results["offices"] = match(offices(editor), offices(candidate),
                               lambda a, b: bool(a[0] & b[0]) and same_office(a[1], b[1]), lambda a, b: True,
                               lambda a, b: float(a[1] == b[1]))

    def counted(quantity: Quantity, sheet: FactSheet) -> set[str]:
        measure = sheet.measures.get(quantity.measure)
        words = set(quantity.what.lower().split())
        if measure is not None:
            words |= {w.lower() for w in (*measure.nouns, measure.what, *(measure.unit or "").split())}
        return {w.rstrip("s") for w in words if len(w) > 3}

    def same_value(a: Quantity, b: Quantity) -> bool:
        """The same figure, in the same unit or in thousands, millions or billions of it (an editor's 6.8 of
        a measure written "6.8 billion crowns" is the candidate's 6,800,000,000)."""
        return any(abs(float(a.value) * scale - float(b.value)) < 1e-6 * max(1.0, float(b.value))
                   for scale in (1, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9))

    results["quantities"] = match(
        of(editor, Quantity), of(candidate, Quantity),
        lambda a, b: bool(counted(a, editor) & counted(b, candidate)),
        same_value, lambda a, b: float(same_value(a, b)))
    def same_date(a: Event, b: Event) -> bool:
        """The same day, or at the editor's precision the same month or year."""
        if a.date.day:
            return bool(b.date.day) and a.date.first_day == b.date.first_day
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)

    def event_stems(event: Event) -> set[str]:
        """The stems (five letters) of the words that say what an event is: its name's and its cues'."""
        written = " ".join((event.name, *(cue for group in event.cues for cue in group)))
        return {word.lower()[:5] for word in regex.findall(r"\p{L}{4,}", written)} - {"todo:", "what", "happe"}

    def told_alike(a: Event, b: Event) -> float:
        return float(len(event_stems(a) & event_stems(b)))

    # right: the same day, and the proposal's cues share a word with what the editor says happened (a day's
    # proposal with no cues, or with another act's, is wrong)
    results["events"] = match(of(editor, Event), of(candidate, Event), same_date,
                              lambda a, b: bool(b.cues) and told_alike(a, b) > 0, told_alike)

    def speaker_names(quote: Quote, sheet: FactSheet) -> set[str]:
        speaker = sheet.facts.get(quote.speaker)
        return names(speaker) if speaker is not None and hasattr(speaker, "name") else {quote.speaker.lower()}

    def alike(a: Quote, b: Quote) -> float:
        """How closely two wordings of a statement agree, word by word."""
        return similarity(tokens(a.text), tokens(b.text), wordings=True)

    results["quotes"] = match(of(editor, Quote), of(candidate, Quote),
                              lambda a, b: alike(a, b) >= 0.6,
                              lambda a, b: bool(speaker_names(a, editor) & speaker_names(b, candidate)),
                              lambda a, b: min(alike(a, b), alike(b, a)))

    def spellings(sheet: FactSheet, *, with_variants: bool) -> list[tuple[str, set[str]]]:
        """(house form, every form) of each name; the editor's spelling facts are the names given variants."""
        return [(f.name.lower(), {n.lower() for n in (f.name, *f.aliases, *f.variants)}) for f in sheet.facts.values()
                if isinstance(f, (Person, Place, Organisation)) and (f.variants or not with_variants)]

    def spelled_alike(a: tuple[str, set[str]], b: tuple[str, set[str]]) -> bool:
        """The house forms agree on every word they share ("Robert Prevost" of "Robert Francis Prevost")."""
        ours, theirs = set(a[0].split()), set(b[0].split())
        return ours <= theirs or theirs <= ours

    # a spelling is right when the house form is the name proposed; the editor's variants are mostly misspellings
    # no source writes (18 of 307 in tests/stories), which no build can propose
    results["spellings"] = match(spellings(editor, with_variants=True), spellings(candidate, with_variants=False),
                                 lambda a, b: bool(a[1] & b[1]) or a[0].split()[-1] == b[0].split()[-1],
                                 spelled_alike, lambda a, b: float(a[0] == b[0]))
    disputed = {house for house, _ in spellings(candidate, with_variants=True)}
    results["spellings"]["spurious"] = [s for s in results["spellings"]["spurious"] if s[0] in disputed]

    def about(claim: Claim) -> set[str]:
        return {w.lower() for phrase in (*(c for group in claim.cues for c in group), claim.subject)
                for w in phrase.split() if len(w) > 3}

    def same_subject(a: Claim, b: Claim) -> bool:
        return any(x.startswith(y) or y.startswith(x) for x in about(a) for y in about(b))

    def values(claim: Claim, *, accepted: bool = True) -> set[str]:
        return {w.lower().strip("()") for phrase in (claim.value, *(claim.accepted if accepted else ()))
                for w in phrase.split()
                if len(w) > 3 or w[:1].isdigit() or w[:1].isupper()}  # not "the", "of"; but "Leo XIV", "US"

    def shared(a: Claim, b: Claim) -> set[str]:  # the editor's values and the proposal's own value
        return values(a) & values(b, accepted=False)

    results["claims"] = match(of(editor, Claim), of(candidate, Claim),
                              lambda a, b: same_subject(a, b) and bool(shared(a, b)), lambda a, b: True,
                              lambda a, b: len(shared(a, b)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources")
    parser.add_argument("editor")
    parser.add_argument("--as-of")
    parser.add_argument("--show", action="store_true", help="list what is wrong, missed and spurious per kind, and the "
                        "claims counted right with the proposal each was paired with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "candidate.toml"
        command = [sys.executable, "-m", "copydesk", "facts", "build", args.sources, "-o", str(out), "-q"]
        if args.as_of:
            command += ["--as-of", args.as_of]
        built = subprocess.run(command, capture_output=True, text=True)
        if built.returncode:
            print(built.stderr, file=sys.stderr)
            return 1
        candidate = load(out)
    editor = load(args.editor)
    totals = [0, 0, 0, 0]
    print(f"{'kind':<14}{'editor':>7}{'right':>7}{'wrong':>7}{'missed':>7}{'spurious':>9}")
    outcomes = score(editor, candidate)
    for kind, outcome in outcomes.items():
        right, wrong, missed, spurious = (len(outcome[k]) for k in ("right", "wrong", "missed", "spurious"))
        print(f"{kind:<14}{right + wrong + missed:>7}{right:>7}{wrong:>7}{missed:>7}{spurious:>9}")
        totals = [t + v for t, v in zip(totals, (right, wrong, missed, spurious))]
    right, wrong, missed, spurious = totals
    print(f"{'all':<14}{right + wrong + missed:>7}{right:>7}{wrong:>7}{missed:>7}{spurious:>9}   "
          f"{right / max(1, right + wrong + missed):.0%} of the editor's facts proposed correctly")
    if args.show:
        for kind, outcome in outcomes.items():
            for verdict in ("wrong", "missed", "spurious") + (("paired",) if kind == "claims" else ()):
                for item in outcome[verdict]:  # a claim is paired by loose words: show what was counted right
                    print(f"{kind:<14}{verdict:<9}{describe(item)}")
    return 0


def describe(item) -> str:
    """A short line for a fact, a (name, variants) pair, a (holder's names, (office, organisation)) pair or
    an (editor's, proposed) pair."""
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], set):
        office = " at ".join(filter(None, item[1])) if isinstance(item[1], tuple) else item[1]
        return f"{' / '.join(sorted(item[0]))}: {office}"
    if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[1], (str, set)):
        return f"{describe(item[0])}  <- proposed {describe(item[1])}"
    if isinstance(item, tuple):
        return " ".join(str(part) for part in item)
    fields = [getattr(item, name) for name in ("id", "name", "value", "text", "speaker", "date", "what", "subject")
              if getattr(item, name, None) not in (None, "", ())]
    return " | ".join(str(f)[:90] for f in fields)


if __name__ == "__main__":
    sys.exit(main())
