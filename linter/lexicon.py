"""Patterns compiled once per fact sheet: every name form, office and measure vocabulary."""
from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

import regex

from . import text as lang
from .facts import FactSheet
from .model import MONTH_NAMES, WEEKDAY_NAMES, Person, Place
from .names import possessive_of
from .phrases import PhraseIndex
from .scopes import Kind, Store
from .wordlist import NAME_FREQUENCY, frequency

T = TypeVar("T")

NUMBER_UNITS = frozenset(lang.UNITS.values())  # units a number carries itself ("60-day", "16%")
CALENDAR_NAMES = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))


@dataclass(frozen=True)
class NameForm:
    """One way a fact's name can be written, and what writing it that way means."""
    fact_id: str
    kind: str  # canonical, alias, surname, first, adjective, variant; "swapped" is made by Lexicon.swapped
    house: str  # the house form to suggest for this text
    first_of: str | None = None  # for "swapped": whose first name was used


def surname(person: Person) -> str:
    return person.surname or person.name.split()[-1]


def first_name(person: Person) -> str | None:
    if person.first_name:
        return person.first_name
    parts = person.name.split()
    return parts[0] if len(parts) > 1 else None


def closest(variant: str, forms: list[str]) -> str:
    """The correct form a variant spelling varies: "Leone XIV" varies "Leo XIV", "Zelenskyy" the surname."""
    from rapidfuzz.distance import Levenshtein

    return min(forms, key=lambda form: Levenshtein.normalized_distance(variant.lower(), form.lower()))


class Lexicon:
    def __init__(self, sheet: FactSheet) -> None:
        self._sheet = weakref.ref(sheet)  # kept by the sheet's own entry (analysis.lexicon_for): no cycle
        self.forms: dict[str, list[NameForm]] = {}
        self._derived = Store()
        people = sheet.people
        for person in people:
            last, first = surname(person), first_name(person)
            self._add(person.name, NameForm(person.id, "canonical", person.name))
            self._add(last, NameForm(person.id, "surname", last))
            for alias in person.aliases:
                self._add(alias, NameForm(person.id, "alias", alias))
            if first:
                self._add(first, NameForm(person.id, "first", first))
            for variant in person.variants:
                if possessive_of(variant, [last, person.name, *person.aliases]):
                    continue  # "Vance's" is Vance's, whatever the sheet says (`facts check` reports it)
                house = closest(variant, [last, person.name, *person.aliases])
                self._add(variant, NameForm(person.id, "variant", house))
                if first and house == last:
                    self._add(f"{first} {variant}", NameForm(person.id, "variant", f"{first} {last}"))
        for fact in sheet.places + sheet.organisations:
            self._add(fact.name, NameForm(fact.id, "canonical", fact.name))
            for alias in fact.aliases:
                self._add(alias, NameForm(fact.id, "alias", alias))
            for adjective in fact.adjectives if isinstance(fact, Place) else ():
                self._add(adjective, NameForm(fact.id, "adjective", adjective))
            for variant in fact.variants:
                if not possessive_of(variant, [fact.name, *fact.aliases]):
                    self._add(variant, NameForm(fact.id, "variant", fact.name))
        # Datelines and headlines in capitals: "KIEV, Ukraine" is the variant Kiev, fixed as "KYIV".
        for form, meanings in list(self.forms.items()):
            capitals = form.upper()
            if capitals != form and sum(c.isalpha() for c in form) >= 3:
                for meaning in list(meanings):
                    self._add(capitals, replace(meaning, house=meaning.house.upper()))

    def _add(self, form: str, meaning: NameForm) -> None:
        existing = self.forms.setdefault(form, [])
        if meaning.kind in ("variant", "swapped") and any(m.kind not in ("variant", "swapped") for m in existing):
            return  # a form that is somebody's correct name is never a variant
        if meaning.kind not in ("variant", "swapped"):
            existing[:] = [m for m in existing if m.kind not in ("variant", "swapped")]
        if meaning not in existing:
            existing.append(meaning)

    @property
    def sheet(self) -> FactSheet:
        sheet = self._sheet()
        assert sheet is not None, "a lexicon outlived its sheet"
        return sheet

    def derived(self, kind: Kind[T], make: Callable[[], T], *parts: Hashable) -> T:
        """What is compiled from this sheet for one purpose (the title patterns), made once per sheet."""
        return self._derived.get(kind, make, parts)

    def swapped(self, first: list[NameForm], last: list[NameForm]) -> NameForm | None:
        """What "First Last" means when First is only some other person's first name and Last names a person.

        Found from two adjacent mentions rather than listed in advance: a list of every first name
        before every other surname grows with the square of the people in the sheet.
        """
        if not first or any(m.kind != "first" for m in first) or last[0].kind not in ("surname", "variant"):
            return None
        person = self.person(last[0].fact_id)
        if person is None:
            return None
        own_first = first_name(person)
        for form in first:
            other = self.person(form.fact_id)
            if other is not None and other.id != person.id and form.house != own_first:
                return NameForm(person.id, "swapped", person.name, other.id)
        return None

    @cached_property
    def names(self) -> PhraseIndex:
        return lang.exact_phrase(tuple(self.forms))

    @cached_property
    def known_tokens(self) -> frozenset[str]:
        """Every word of every correct name form, for the typo and consistency rules."""
        words = set()
        for form, meanings in self.forms.items():
            if any(m.kind not in ("variant", "swapped") for m in meanings):
                words.update(regex.findall(r"[\p{L}]+", form))
        return frozenset(words)

    def unknown_name(self, word: str) -> bool:
        """A capitalised word that is no word of the sheet's names nor a common English word: someone or
        something the sheet does not know."""
        return word not in self.known_tokens and frequency(word) < NAME_FREQUENCY

    def unknown_proper_name(self, word: str) -> bool:
        """An unknown name that is no weekday's or month's ("Thursday" is no one, and nowhere)."""
        return self.unknown_name(word) and word not in CALENDAR_NAMES

    @cached_property
    def variant_tokens(self) -> frozenset[str]:
        return frozenset(f for f, ms in self.forms.items() if all(m.kind == "variant" for m in ms))

    def person(self, fact_id: str) -> Person | None:
        return self.sheet.person(fact_id)

    @cached_property
    def countries(self) -> dict[str, str]:
        """Country words (names, aliases, adjectives) to place ids."""
        words = {}
        for place in self.sheet.places:
            if place.kind == "country":
                for form in [place.name, *place.aliases, *place.adjectives]:
                    words[form] = place.id
        return words

    @cached_property
    def measure_nouns(self) -> dict[str, list[tuple[str, str]]]:
        """Noun phrase -> [(measure id, category or 'all')]."""
        nouns: dict[str, list[tuple[str, str]]] = {}
        for measure in self.sheet.measures.values():
            # a unit that is not one numbers carry ("euro", "ballot") is counted like a noun: "4.2 million euros"
            extra = (measure.unit,) if measure.unit and measure.unit not in NUMBER_UNITS else ()
            for noun in (*measure.nouns, *extra):
                nouns.setdefault(noun, []).append((measure.id, "all"))
            for category, words in measure.categories.items():
                for word in words:
                    nouns.setdefault(word, []).append((measure.id, category))
        return nouns

    @cached_property
    def measure_noun_pattern(self) -> PhraseIndex:
        return lang.any_of(tuple(self.measure_nouns))

    def measure_noun_at(self, text: str, position: int):
        match = self.measure_noun_pattern.match(text, position)
        return (match, self.measure_nouns[match.phrase]) if match else None

    def side_noun(self, measure_id: str, word: str) -> bool:
        sides = self.sheet.measures[measure_id].side_nouns
        return bool(sides) and bool(lang.any_of(tuple(sides)).fullmatch(word))
