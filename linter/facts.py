"""The fact sheet: schema, loading and validation.

A fact sheet is a TOML file (``schema = 1``) describing one story. See
``docs/fact-sheet.md`` for the format; :data:`SCHEMA` below is the single
definition the loader validates against.
"""
from __future__ import annotations

import datetime as dt
import math
import sys
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

SCHEMA_VERSION = 1
MAX_FACT_SHEET_BYTES = 2_000_000
MAX_NESTING = 8
DEFAULT_NAME = "default_facts.toml"


class FactSheetError(Exception):
    """A fact sheet that cannot be used; the message is one line for the user."""


# Field types: str, int, float (int accepted), bool, "date" (TOML date or YYYY[-MM[-DD]] string),
# [str] list of strings, [[str]] list of lists of strings, {str: [str]} table of string lists,
# and a nested dict spec for an array of tables.
STRS = [str]
Spec = dict[str, tuple[Any, bool]]

ROLE: Spec = {"office": (str, True), "country": (str, False), "start": ("date", False),
              "end": ("date", False), "sources": (STRS, False), "note": (str, False)}
SCHEMA: dict[str, Spec] = {
    "story": {"id": (str, True), "title": (str, True), "as_of": ("date", True), "language": (str, False),
              "summary": (str, False)},
    "sources": {"id": (str, True), "file": (str, True), "outlet": (str, True), "title": (str, False),
                "url": (str, False), "date": ("date", False)},
    "places": {"id": (str, True), "name": (str, True), "kind": (str, False), "aliases": (STRS, False),
               "adjectives": (STRS, False), "variants": (STRS, False), "country": (str, False),
               "sources": (STRS, True), "single_source": (bool, False), "note": (str, False)},
    "people": {"id": (str, True), "name": (str, True), "first_name": (str, False), "surname": (str, False),
               "aliases": (STRS, False), "variants": (STRS, False), "pronoun": (str, False),
               "roles": ([ROLE], False), "sources": (STRS, True), "single_source": (bool, False),
               "note": (str, False)},
    "organisations": {"id": (str, True), "name": (str, True), "aliases": (STRS, False),
                      "variants": (STRS, False), "country": (str, False), "sources": (STRS, True),
                      "single_source": (bool, False), "note": (str, False)},
    "events": {"id": (str, True), "name": (str, True), "date": ("date", True), "cues": ([STRS], False),
               "since_cues": ([STRS], False), "age_cues": (STRS, False), "unless": (STRS, False),
               "sources": (STRS, True),
               "single_source": (bool, False), "note": (str, False)},
    "measures": {"id": (str, True), "what": (str, True), "nouns": (STRS, False),
                 "categories": ({str: STRS}, False), "side_nouns": (STRS, False), "unit": (str, False),
                 "cues": ([STRS], False), "unless": (STRS, False), "note": (str, False)},
    "quantities": {"id": (str, True), "measure": (str, True), "value": (float, True), "event": (str, False),
                   "scope": (str, False), "category": (str, False), "tolerance": (float, False),
                   "approximate": (bool, False), "total": (str, False), "parts": (STRS, False),
                   "what": (str, True), "sources": (STRS, True), "single_source": (bool, False),
                   "note": (str, False)},
    "quotes": {"id": (str, True), "speaker": (str, True), "text": (str, True), "medium": (str, False),
               "date": ("date", False), "sources": (STRS, True), "single_source": (bool, False),
               "note": (str, False)},
    "claims": {"id": (str, True), "subject": (str, True), "value": (str, True), "cues": ([STRS], True),
               "accepted": (STRS, False), "wrong": (STRS, True), "unless": (STRS, False),
               "sources": (STRS, True), "single_source": (bool, False), "note": (str, False)},
}
TOP_LEVEL = {"schema", "story", *SCHEMA}
SCOPES = ("per side", "in total")


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def long_date(day: dt.date) -> str:
    """'23 May 2025', in English whatever the locale."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Date:
    """A date with a precision: year, month or day."""
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: Any) -> Date:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, str):
            parts = value.strip().split("-")
            if 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
                numbers = [int(p) for p in parts]
                dt.date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
                return cls(*numbers)
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.day:
            return f"{WEEKDAY_NAMES[self.first_day.weekday()]} {long_date(self.first_day)}"
        if self.month:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return str(self.year)


@dataclass
class Fact:
    """Common shape of every fact: an id, its kind, its sources, and its fields."""
    kind: str
    id: str
    sources: list[str]
    data: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


@dataclass
class Role:
    office: str
    country: str | None
    start: Date | None
    end: Date | None

    def holds_on(self, day: dt.date) -> bool:
        started = self.start is None or self.start.first_day <= day
        ended = self.end is not None and self.end.first_day <= day
        return started and not ended


@dataclass
class FactSheet:
    path: str
    story: dict[str, Any]
    sources: dict[str, dict[str, Any]]
    facts: dict[str, Fact]
    measures: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What higher layers compile from this sheet once (its Lexicon): kept with the sheet, made by them.
    compiled: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self.facts.values() if f.kind == kind]

    @property
    def as_of(self) -> dt.date:
        return self.story["as_of"].first_day

    def source_files(self, fact_id: str | None) -> list[str]:
        fact = self.facts.get(fact_id) if fact_id else None
        if fact is None:
            return []
        return [self.sources[s]["file"] for s in fact.sources]

    def roles(self, person: Fact) -> list[Role]:
        return [Role(r["office"], r.get("country"), r.get("start"), r.get("end")) for r in person.get("roles", [])]

    @cached_property
    def people(self) -> list[Fact]:
        return self.of_kind("people")

    @cached_property
    def places(self) -> list[Fact]:
        return self.of_kind("places")

    def place_name(self, place_id: str | None) -> str:
        fact = self.facts.get(place_id or "")
        return fact["name"] if fact else (place_id or "")


def load(path: str | Path | None = None, *, text: str | None = None) -> FactSheet:
    """Load and validate a fact sheet; ``None`` loads the embedded default."""
    if text is None:
        if path is None:
            text = resources.files("copydesk.data").joinpath(DEFAULT_NAME).read_text(encoding="utf-8")
            path = f"<default>/{DEFAULT_NAME}"
        else:
            text = _read(Path(path))
    name = str(path or "<string>")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FACT_SHEET_BYTES:
        raise FactSheetError(f"{name}: fact sheet is larger than {MAX_FACT_SHEET_BYTES:,} bytes")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FactSheetError(f"{name}: TOML syntax error: {exc}") from None
    except RecursionError:
        raise FactSheetError(f"{name}: fact sheet is nested too deeply") from None
    return _build(raw, name)


def _read(path: Path) -> str:
    from copydesk import files

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
            raise fail(key, f"unknown key (expected one of: {', '.join(sorted(TOP_LEVEL))})")
    if "schema" not in raw:
        raise fail("schema", "missing (add `schema = 1` at the top)")
    if type(raw["schema"]) is not int or raw["schema"] != SCHEMA_VERSION:
        raise fail("schema", f"unsupported version {raw['schema']!r} (this copydesk reads {SCHEMA_VERSION})")
    if not isinstance(raw.get("story"), dict):
        raise fail("story", "missing table [story]")
    story = _check_table(raw["story"], SCHEMA["story"], "story", fail)

    tables: dict[str, list[dict[str, Any]]] = {}
    for kind in SCHEMA:
        if kind == "story":
            continue
        value = raw.get(kind, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise fail(kind, f"must be an array of tables ([[{kind}]])")
        tables[kind] = [_check_table(v, SCHEMA[kind], f"{kind}[{i}]", fail) for i, v in enumerate(value)]

    sources = {}
    for index, source in enumerate(tables.pop("sources")):
        if source["id"] in sources:
            raise fail(f"sources[{index}].id", f"duplicate source id {source['id']!r}")
        sources[source["id"]] = source
    measures = {}
    for index, measure in enumerate(tables.pop("measures")):
        if measure["id"] in measures:
            raise fail(f"measures[{index}].id", f"duplicate measure id {measure['id']!r}")
        measures[measure["id"]] = measure

    facts: dict[str, Fact] = {}
    for kind, entries in tables.items():
        for index, entry in enumerate(entries):
            where = f"{kind}[{index}]"
            if entry["id"] in facts or entry["id"] in measures:
                raise fail(f"{where}.id", f"duplicate fact id {entry['id']!r}")
            if not entry["sources"]:
                raise fail(f"{where}.sources", "a fact needs at least one source")
            for source_id in entry["sources"] + [s for r in entry.get("roles", []) for s in r.get("sources", [])]:
                if source_id not in sources:
                    raise fail(f"{where}.sources", f"unknown source {source_id!r}")
            facts[entry["id"]] = Fact(kind, entry["id"], entry["sources"], entry)

    sheet = FactSheet(name, story, sources, facts, measures)
    _check_references(sheet, fail)
    return sheet


def _check_table(table: Any, spec: Spec, where: str, fail) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise fail(where, "must be a table")
    for key in table:
        if key not in spec:
            raise fail(f"{where}.{key}", f"unknown key (expected one of: {', '.join(spec)})")
    out = {}
    for key, (kind, required) in spec.items():
        if key not in table:
            if required:
                raise fail(f"{where}.{key}", "missing required field")
            continue
        out[key] = _check_value(table[key], kind, f"{where}.{key}", fail)
    return out


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
        return value
    if kind in (str, bool):
        if not isinstance(value, kind):
            raise fail(where, f"expected {'a string' if kind is str else 'true or false'}, got {_type(value)}")
        if kind is str and not value.strip():
            raise fail(where, "is empty")
        return value
    if isinstance(kind, list):
        if not isinstance(value, list):
            raise fail(where, f"expected an array, got {_type(value)}")
        item = kind[0]
        if isinstance(item, dict):
            return [_check_table(v, item, f"{where}[{i}]", fail) for i, v in enumerate(value)]
        return [_check_value(v, item, f"{where}[{i}]", fail) for i, v in enumerate(value)]
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            raise fail(where, f"expected a table, got {_type(value)}")
        (item,) = kind.values()
        return {k: _check_value(v, item, f"{where}.{k}", fail) for k, v in value.items()}
    raise AssertionError(kind)


def _type(value: Any) -> str:
    return {dict: "a table", list: "an array", str: "a string", bool: "a boolean", int: "an integer",
            float: "a number"}.get(type(value), type(value).__name__)


def _check_references(sheet: FactSheet, fail) -> None:
    def expect(where: str, ref: str | None, kinds: tuple[str, ...]) -> None:
        if ref is None:
            return
        fact = sheet.facts.get(ref)
        if fact is None or fact.kind not in kinds:
            raise fail(where, f"unknown {' or '.join(k.rstrip('s') for k in kinds)} id {ref!r}")

    for fact in sheet.facts.values():
        where = f"{fact.kind}.{fact.id}"
        if fact.kind in ("people", "organisations", "places"):
            for index, role in enumerate(fact.get("roles", [])):
                expect(f"{where}.roles[{index}].country", role.get("country"), ("places",))
            if fact.kind != "people":
                expect(f"{where}.country", fact.get("country"), ("places",))
        elif fact.kind == "quotes":
            expect(f"{where}.speaker", fact["speaker"], ("people", "organisations"))
        elif fact.kind == "quantities":
            if fact["measure"] not in sheet.measures:
                raise fail(f"{where}.measure", f"unknown measure id {fact['measure']!r}")
            expect(f"{where}.event", fact.get("event"), ("events",))
            expect(f"{where}.total", fact.get("total"), ("quantities",))
            for part in fact.get("parts", []):
                expect(f"{where}.parts", part, ("quantities",))
            scope = fact.get("scope")
            if scope is not None and scope not in SCOPES:
                raise fail(f"{where}.scope", f"expected one of {SCOPES}, got {scope!r}")
            category = fact.get("category", "all")
            if category != "all" and category not in sheet.measures[fact["measure"]].get("categories", {}):
                raise fail(f"{where}.category", f"measure {fact['measure']!r} has no category {category!r}")
