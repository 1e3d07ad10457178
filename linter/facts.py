"""The fact sheet: loading and validation against the typed model.

A fact sheet is a TOML file (``schema = 1``) describing one story. See
``docs/fact-sheet.md`` for the format and :mod:`copydesk.model` for the classes
it is read into: each table's allowed keys, their types and which are required
come from those classes, so the validator and the model cannot drift.
"""
from __future__ import annotations

import dataclasses
import hashlib
import functools
import datetime as dt
import math
import sys
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .model import (FACT_KINDS, MONTH_NAMES, WEEKDAY_NAMES, Claim, Date, Event, Fact, FactDescription, Measure,
                    Office, Organisation, Person, Place, Quantity, Quote, Role, Source, Story, long_date)
from .suggest import did_you_mean, toml_error

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

__all__ = ["FactSheet", "FactSheetError", "load", "tomllib", "Date", "long_date", "MONTH_NAMES", "WEEKDAY_NAMES",
           "Fact", "Person", "Place", "Organisation", "Event", "Measure", "Quantity", "Quote", "Claim", "Role",
           "Source", "Story"]

SCHEMA_VERSION = 1
MAX_FACT_SHEET_BYTES = 2_000_000
MAX_NESTING = 8
DEFAULT_NAME = "default_facts.toml"
SCOPES = ("per side", "in total")
FIGURES = ("exit poll", "projection", "forecast", "poll", "preliminary", "target", "proposal")
TABLES: dict[str, type] = {"sources": Source, "measures": Measure, "offices": Office,
                           **{kind.table: kind for kind in FACT_KINDS}}
HOLDERS = ("one", "many")
TOP_LEVEL = {"schema", "story", *TABLES}


class FactSheetError(Exception):
    """A fact sheet that cannot be used; the message is one line for the user."""


@dataclass(eq=False)  # a sheet is itself: what is compiled from it is kept per sheet, by identity
class FactSheet:
    path: str
    story: Story
    sources: dict[str, Source]
    facts: dict[str, Fact]
    measures: dict[str, Measure] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)  # by lower-case name
    digest: str = ""  # of the sheet's text: what an archive index was built with
    by_kind: dict[type, tuple[int, list[Any]]] = field(default_factory=dict, repr=False, compare=False)

    def _of(self, kind: type[FactT]) -> list[FactT]:
        cached = self.by_kind.get(kind)
        if cached is None or cached[0] != len(self.facts):  # rules ask these lists per sentence: keep them
            cached = self.by_kind[kind] = (len(self.facts), [f for f in self.facts.values() if isinstance(f, kind)])
        return cached[1]

    @property
    def as_of(self) -> dt.date:
        return self.story.as_of.first_day

    def place_name(self, place_id: str | None) -> str:
        fact = self.facts.get(place_id or "")
        return fact.label if fact else (place_id or "")

    def describe(self, fact_id: str) -> FactDescription:
        """A fact for people to read, the one way a fact is described: `facts show` prints it, and the engine
        gives each finding its fact's for the reports, the hover and the review page."""
        fact = self.facts[fact_id]
        details = []
        for item in sorted(dataclasses.fields(fact), key=lambda item: item.name == "note"):  # the note last
            value = getattr(fact, item.name)
            if item.name in ("id", "sources") or value in (None, (), {}, False):
                continue
            if item.name == "roles":
                details += [(role.office + (f" of {self.place_name(role.country)}" if role.country else ""),
                             f"{role.start or '…'} – {role.end or 'now'}") for role in value]
            elif item.name == "values":
                details += [(f"as of {dated.as_of}", f"{dated.value:g}") for dated in value]
            elif isinstance(value, tuple):
                details.append((item.name, "; ".join(" / ".join(v) if isinstance(v, tuple) else str(v)
                                                     for v in value)))
            else:
                details.append((item.name, f"{value:g}" if isinstance(value, float) else str(value)))
        summary = fact.label
        if isinstance(fact, Quantity):
            summary = f"{fact.what}: {fact.value:g}"
        elif isinstance(fact, Claim):
            summary = f"{fact.subject}: {fact.value}"
        return FactDescription(fact, self.path, summary, tuple(details), tuple(self.sources[s] for s in fact.sources))

    def office_named(self, written: str) -> str | None:
        """The office a word names: an office of a role, or an alias listed under [[offices]]."""
        key = " ".join(written.lower().split())
        for office in self.offices.values():
            if key == office.name.lower() or key in (alias.lower() for alias in office.aliases):
                return office.name
        roles = {r.office.lower(): r.office for p in self.people for r in p.roles}
        return roles.get(key)

    def held_by_many(self, office: str) -> bool:
        listed = self.offices.get(office.lower())
        return listed is not None and listed.holders == "many"

    def event(self, fact_id: str | None) -> Event | None:
        fact = self.facts.get(fact_id or "")
        return fact if isinstance(fact, Event) else None

    def person(self, fact_id: str | None) -> Person | None:
        fact = self.facts.get(fact_id or "")
        return fact if isinstance(fact, Person) else None

    @property
    def people(self) -> list[Person]:
        return self._of(Person)

    @property
    def places(self) -> list[Place]:
        return self._of(Place)

    def lies_in(self, place_id: str, area_id: str) -> bool:
        """The place is the area or lies in it, by the places' `within` and `country` (a city in a region
        in a country)."""
        seen: set[str] = set()
        while place_id and place_id not in seen:
            if place_id == area_id:
                return True
            seen.add(place_id)
            place = self.facts.get(place_id)
            place_id = (place.within or place.country or "") if isinstance(place, Place) else ""
        return False

    @property
    def organisations(self) -> list[Organisation]:
        return self._of(Organisation)

    @property
    def events(self) -> list[Event]:
        return self._of(Event)

    @property
    def quantities(self) -> list[Quantity]:
        return self._of(Quantity)

    @property
    def quotes(self) -> list[Quote]:
        return self._of(Quote)

    @property
    def claims(self) -> list[Claim]:
        return self._of(Claim)


FactT = typing.TypeVar("FactT", bound=Fact)


def load(path: str | Path | None = None, *, text: str | None = None) -> FactSheet:
    """Load and validate a fact sheet; ``None`` loads the embedded default."""
    if text is None:
        if path is None:
            text = _default_sheet_text()
            path = f"<default>/{DEFAULT_NAME}"
        else:
            text = _read(Path(path))
    name = str(path or "<string>")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FACT_SHEET_BYTES:
        raise FactSheetError(f"{name}: fact sheet is larger than {MAX_FACT_SHEET_BYTES:,} bytes")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FactSheetError(toml_error(name, exc)) from None
    except RecursionError:
        raise FactSheetError(f"{name}: fact sheet is nested too deeply") from None
    sheet = _build(raw, name)
    sheet.digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return sheet


def _default_sheet_text() -> str:
    packaged = Path(__file__).parent / "data" / DEFAULT_NAME
    if packaged.is_file():  # an ordinary install: no need to import importlib.resources (and zipfile)
        return packaged.read_text(encoding="utf-8")
    from importlib import resources  # a zipped install

    return resources.files("copydesk.data").joinpath(DEFAULT_NAME).read_text(encoding="utf-8")


def _read(path: Path) -> str:
    from . import files

    try:
        return files.read_input(path, MAX_FACT_SHEET_BYTES, what="fact sheet")
    except files.UnreadableInput as exc:
        raise FactSheetError(str(exc)) from None


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_NESTING:
        return level
    if isinstance(value, dict):
        return max([_depth(v, level + 1) for v in value.values()] or [level])
    if isinstance(value, list):
        return max([_depth(v, level + 1) for v in value] or [level])
    return level


def _build(raw: dict[str, Any], name: str) -> FactSheet:
    def fail(key: str, message: str) -> FactSheetError:
        return FactSheetError(f"{name}: {key}: {message}")

    if _depth(raw) > MAX_NESTING:
        raise FactSheetError(f"{name}: fact sheet is nested more than {MAX_NESTING} levels deep")
    for key in raw:
        if key not in TOP_LEVEL:
            raise fail(key, f"unknown key{did_you_mean(key, TOP_LEVEL)} (expected one of: "
                            f"{', '.join(sorted(TOP_LEVEL))})")
    if "schema" not in raw:
        raise fail("schema", "missing (add `schema = 1` at the top)")
    if type(raw["schema"]) is not int or raw["schema"] != SCHEMA_VERSION:
        raise fail("schema", f"unsupported version {raw['schema']!r} (this copydesk reads {SCHEMA_VERSION})")
    if not isinstance(raw.get("story"), dict):
        raise fail("story", "missing table [story]")
    story = _read_table(raw["story"], Story, "story", fail)

    tables: dict[str, list[Any]] = {}
    for table, kind in TABLES.items():
        value = raw.get(table, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise fail(table, f"must be an array of tables ([[{table}]])")
        tables[table] = [_read_table(v, kind, f"{table}[{i}]", fail) for i, v in enumerate(value)]

    sources: dict[str, Source] = {}
    for index, source in enumerate(tables.pop("sources")):
        if source.id in sources:
            raise fail(f"sources[{index}].id", f"duplicate source id {source.id!r}")
        sources[source.id] = source
    measures: dict[str, Measure] = {}
    for index, measure in enumerate(tables.pop("measures")):
        if measure.id in measures:
            raise fail(f"measures[{index}].id", f"duplicate measure id {measure.id!r}")
        if measure.sides < 1:
            raise fail(f"measures[{index}].sides", f"expected at least 1, got {measure.sides}")
        measures[measure.id] = measure

    offices: dict[str, Office] = {}
    for index, office in enumerate(tables.pop("offices")):
        if office.holders not in HOLDERS:
            raise fail(f"offices[{index}].holders", f"expected one of {HOLDERS}, got {office.holders!r}")
        if office.name.lower() in offices:
            raise fail(f"offices[{index}].name", f"duplicate office {office.name!r}")
        offices[office.name.lower()] = office

    facts: dict[str, Fact] = {}
    for table, entries in tables.items():
        for index, fact in enumerate(entries):
            where = f"{table}[{index}]"
            if fact.id in facts or fact.id in measures:
                raise fail(f"{where}.id", f"duplicate fact id {fact.id!r}")
            if not fact.sources:
                raise fail(f"{where}.sources", "a fact needs at least one source")
            nested = fact.roles if isinstance(fact, Person) else fact.values if isinstance(fact, Quantity) else ()
            for cited in [*fact.sources, *(s for part in nested for s in part.sources)]:
                if cited not in sources:
                    raise fail(f"{where}.sources", f"unknown source {cited!r}")
            facts[fact.id] = fact

    sheet = FactSheet(name, story, sources, facts, measures, offices)
    _check_references(sheet, fail)
    return sheet


@functools.cache
@typing.no_type_check
def field_spec(kind: type) -> dict[str, tuple[Any, bool]]:
    """A model class's TOML keys: the type each takes and whether it is required (has no default)."""
    hints = typing.get_type_hints(kind)
    spec = {}
    for item in dataclasses.fields(kind):
        required = item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        spec[item.name] = (_value_type(hints[item.name]), required)
    return spec


@typing.no_type_check
def _value_type(hint: Any) -> Any:
    """str, bool, float, "date", a model class (a nested table), ("list", item) or ("table", item)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _value_type(inner)
    if origin is tuple:
        return ("list", _value_type(typing.get_args(hint)[0]))
    if origin is dict:
        return ("table", _value_type(typing.get_args(hint)[1]))
    if hint is Date:
        return "date"
    return hint


def _read_table(table: Any, kind: type, where: str, fail) -> Any:
    """A TOML table checked against a model class and made into one."""
    if not isinstance(table, dict):
        raise fail(where, "must be a table")
    spec = field_spec(kind)
    for key in table:
        if key not in spec:
            raise fail(f"{where}.{key}", f"unknown key{did_you_mean(key, spec)} (expected one of: {', '.join(spec)})")
    values = {}
    for key, (value_type, required) in spec.items():
        if key not in table:
            if required:
                raise fail(f"{where}.{key}", "missing required field")
            continue
        values[key] = _check_value(table[key], value_type, f"{where}.{key}", fail)
    return kind(**values)


def _check_value(value: Any, kind: Any, where: str, fail) -> Any:
    if kind == "date":
        try:
            return Date.parse(value)
        except ValueError as exc:
            raise fail(where, str(exc)) from None
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise fail(where, f"expected a number, got {type(value).__name__}")
        if not math.isfinite(value):
            raise fail(where, f"expected a finite number, got {value}")
        return float(value)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise fail(where, f"expected a whole number, got {value!r}")
        return value
    if kind in (str, bool):
        if not isinstance(value, kind):
            raise fail(where, f"expected {'a string' if kind is str else 'true or false'}, got {_type(value)}")
        if kind is str and not value.strip():
            raise fail(where, "is empty")
        return value
    if isinstance(kind, tuple) and kind[0] == "list":
        if not isinstance(value, list):
            raise fail(where, f"expected an array, got {_type(value)}")
        return tuple(_check_value(v, kind[1], f"{where}[{i}]", fail) for i, v in enumerate(value))
    if isinstance(kind, tuple) and kind[0] == "table":
        if not isinstance(value, dict):
            raise fail(where, f"expected a table, got {_type(value)}")
        return {k: _check_value(v, kind[1], f"{where}.{k}", fail) for k, v in value.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _read_table(value, kind, where, fail)
    raise AssertionError(kind)


def _type(value: Any) -> str:
    return {dict: "a table", list: "an array", str: "a string", bool: "a boolean", int: "an integer",
            float: "a number"}.get(type(value), type(value).__name__)


def _check_references(sheet: FactSheet, fail) -> None:
    def expect(where: str, ref: str | None, kinds: tuple[type[Fact], ...]) -> None:
        if ref is None:
            return
        if not isinstance(sheet.facts.get(ref), kinds):
            raise fail(where, f"unknown {' or '.join(k.table.rstrip('s') for k in kinds)} id {ref!r}")

    for fact in sheet.facts.values():
        where = f"{fact.table}.{fact.id}"
        if isinstance(fact, Person):
            for index, role in enumerate(fact.roles):
                expect(f"{where}.roles[{index}].country", role.country, (Place,))
            expect(f"{where}.nationality", fact.nationality, (Place,))
        elif isinstance(fact, (Place, Organisation)):
            expect(f"{where}.country", fact.country, (Place,))
            if isinstance(fact, Place):
                expect(f"{where}.within", fact.within, (Place,))
        elif isinstance(fact, Quote):
            expect(f"{where}.speaker", fact.speaker, (Person, Organisation))
        elif isinstance(fact, Event):
            expect(f"{where}.place", fact.place, (Place,))
            expect(f"{where}.series", fact.series, (Event,))
            if fact.end is not None and fact.end.first_day < fact.date.first_day:
                raise fail(f"{where}.end", f"{fact.end} is before the event's date ({fact.date})")
        elif isinstance(fact, Quantity):
            if fact.measure not in sheet.measures:
                raise fail(f"{where}.measure", f"unknown measure id {fact.measure!r}")
            expect(f"{where}.event", fact.event, (Event,))
            expect(f"{where}.total", fact.total, (Quantity,))
            expect(f"{where}.entity", fact.entity, (Person, Place, Organisation))
            for part in fact.parts:
                expect(f"{where}.parts", part, (Quantity,))
            if fact.figure is not None and fact.figure not in FIGURES:
                raise fail(f"{where}.figure", f"expected one of {FIGURES}, got {fact.figure!r}")
            for index, dated in enumerate(fact.values):
                if dated.as_of.first_day > sheet.as_of:
                    raise fail(f"{where}.values[{index}].as_of", f"{dated.as_of} is after the sheet's as_of "
                                                                 f"({sheet.story.as_of}): `value` is the newest value")
            if fact.scope is not None and fact.scope not in SCOPES:
                raise fail(f"{where}.scope", f"expected one of {SCOPES}, got {fact.scope!r}")
            category = fact.category
            if category is not None and category != "all" and category not in sheet.measures[fact.measure].categories:
                raise fail(f"{where}.category", f"measure {fact.measure!r} has no category {category!r}")


def source_id(path: Path, taken: set[str]) -> str:
    """A new source id from a file's name ("07_mint.txt": "s07-mint"), not one of ``taken`` (which it joins)."""
    base = regex.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "source"
    base = f"s{base}" if base[0].isdigit() else base
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate
