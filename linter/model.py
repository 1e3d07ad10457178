"""The fact sheet as typed data: one dataclass per kind of fact, its field names the TOML keys.

The loader (:mod:`copydesk.facts`) validates a sheet against these classes and nothing else —
a field's type and whether it has a default are read from the class — so the model and the
validator cannot drift. Rules read named fields (``claim.value``, ``event.date``,
``quantity.scope``). It is plain data: what a list of cues means in a text is :mod:`copydesk.cues`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
Strings = tuple[str, ...]
CueGroups = tuple[Strings, ...]


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
        if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
            return cls(value)  # date = 2023: a year, as TOML writes it unquoted
        if isinstance(value, str):
            parts = value.strip().split("-")
            if 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
                numbers = [int(p) for p in parts]
                try:
                    dt.date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
                except ValueError as exc:  # "2025-13-40"
                    raise ValueError(f"not a date: {value!r} ({exc})") from None
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

    def __format__(self, spec: str) -> str:
        """``f"{date:on}"``: the date with the preposition its precision takes ("on Friday 23 May 2025",
        "in February 2022", "in 2022")."""
        if spec == "on":
            return f"{'on' if self.day else 'in'} {self}"
        return format(str(self), spec)


@dataclass(eq=False)
class Story:
    id: str
    title: str
    as_of: Date
    language: str | None = None
    summary: str | None = None


@dataclass(eq=False)
class Source:
    id: str
    file: str
    outlet: str
    title: str | None = None
    url: str | None = None
    date: Date | None = None


@dataclass(frozen=True, eq=False)
class FactDescription:
    """A fact for people to read, with the sheet it is from: made once by ``FactSheet.describe``; `facts
    show` prints it, and a finding carries its fact's to every report, the hover and the review page."""
    fact: Fact
    sheet_path: str  # the sheet's file ("<default>/…" for the embedded one): its sources' files are beside it
    summary: str  # one line: "prisoners freed: 390"
    details: tuple[tuple[str, str], ...]  # its other fields that are set, and its roles
    sources: tuple[Source, ...]

    @property
    def id(self) -> str:
        return self.fact.id

    @property
    def table(self) -> str:
        return self.fact.table

    @property
    def title(self) -> str:
        """Its name, subject or what it counts."""
        return self.fact.label


@dataclass(eq=False)
class Role:
    """An office a person holds or held, from start to end (open ends: unknown or ongoing)."""
    office: str
    country: str | None = None
    start: Date | None = None
    end: Date | None = None
    sources: Strings = ()
    note: str | None = None

    def holds_on(self, day: dt.date) -> bool:
        started = self.start is None or self.start.first_day <= day
        ended = self.end is not None and self.end.first_day <= day
        return started and not ended


@dataclass(eq=False)
class Fact:
    """What every fact has: an id, the sources that state it, and the table it is listed in."""
    table: ClassVar[str]
    id: str
    sources: Strings
    single_source: bool = field(default=False, kw_only=True)  # stated by one source only, knowingly
    note: str | None = field(default=None, kw_only=True)

    @property
    def label(self) -> str:
        """How a person reads this fact's name: its name, subject or what it counts."""
        for key in ("name", "subject", "what", "text"):
            value = getattr(self, key, None)
            if isinstance(value, str):
                return value
        return self.id


@dataclass(eq=False)
class Named(Fact):
    """A fact with a name: its house form, other correct forms, and spellings house style rejects."""
    name: str
    aliases: Strings = ()
    variants: Strings = ()


@dataclass(eq=False)
class Person(Named):
    table: ClassVar[str] = "people"
    first_name: str | None = None
    surname: str | None = None
    pronoun: str | None = None
    roles: tuple[Role, ...] = ()
    nationality: str | None = None  # a place id: "American pope" names his nationality, not the office's country
    died: Date | None = None  # a dead person's customary title ("Pope Francis") is part of the name


@dataclass(eq=False)
class Place(Named):
    table: ClassVar[str] = "places"
    kind: str | None = None  # "country", "city"...
    adjectives: Strings = ()
    country: str | None = None
    within: str | None = None  # the place it lies in (a region of a country, a city of a region): a place id


@dataclass(eq=False)
class Organisation(Named):
    table: ClassVar[str] = "organisations"
    country: str | None = None


@dataclass(eq=False)
class Event(Fact):
    table: ClassVar[str] = "events"
    name: str
    date: Date
    cues: CueGroups = ()
    since_cues: CueGroups = ()
    age_cues: Strings = ()
    unless: Strings = ()
    place: str | None = None  # where it happened: a figure in a clause naming another place is about elsewhere
    series: str | None = None  # the longer event this is one stage of
    continues: bool = False  # further stages are expected after this event's date (a series)
    end: Date | None = None  # the last day of an event lasting days (a series that has ended)


@dataclass(eq=False)
class Measure:
    """What a quantity counts, and the words that name it; not a fact itself (it has no sources)."""
    table: ClassVar[str] = "measures"
    id: str
    what: str
    nouns: Strings = ()
    categories: dict[str, Strings] = field(default_factory=dict)
    side_nouns: Strings = ()
    unit: str | None = None
    cues: CueGroups = ()
    unless: Strings = ()
    sides: int = 2  # parties each giving a "per side" figure: a per-side value times sides is the total
    note: str | None = None


@dataclass(eq=False)
class Office:
    """What the sheet says of an office: whether one person holds it at a time (a pope, a president of a
    country) or many at once (cardinals, senators, bishops). Offices not listed are held by one at a time."""
    table: ClassVar[str] = "offices"
    name: str
    holders: str = "one"  # "one" or "many"
    aliases: Strings = ()  # other words for it: "pontiff", "Holy Father" for Pope
    note: str | None = None


@dataclass(eq=False)
class DatedValue:
    """A value a quantity had at a time, as reported: a toll of 144 on the first evening."""
    value: float
    as_of: Date
    sources: Strings = ()
    note: str | None = None


@dataclass(eq=False)
class Quantity(Fact):
    table: ClassVar[str] = "quantities"
    measure: str
    value: float
    what: str
    event: str | None = None
    scope: str | None = None
    category: str | None = None  # None: every category of the measure
    tolerance: float = 0.0
    precision: int | None = None  # decimals the sources give: a draft more precise than them is judged rounded
    approximate: bool = False
    total: str | None = None
    parts: Strings = ()
    changes: bool = False  # can change after the sheet's date (a toll, a running count)
    entity: str | None = None  # whose value it is, for a quantity given per party, per region...: a fact id
    figure: str | None = None  # a kind of figure other than the result: "exit poll", "projection", "forecast",
    #                            "poll", "preliminary"; a draft's figure of a kind is judged only against that kind
    # earlier values with their times (`value` is the value as of the sheet's date): a draft is judged against the
    # value current at its own date
    values: tuple[DatedValue, ...] = ()


@dataclass(eq=False)
class Quote(Fact):
    table: ClassVar[str] = "quotes"
    speaker: str
    text: str
    translations: Strings = ()  # other accepted renderings of words said in another language
    medium: str | None = None
    date: Date | None = None


SLOT_PREPOSITIONS = frozenset({"by", "in", "at", "to", "from", "with", "on"})


@dataclass(eq=False)
class Claim(Fact):
    table: ClassVar[str] = "claims"
    subject: str
    value: str
    cues: CueGroups
    wrong: Strings
    accepted: Strings = ()
    unless: Strings = ()
    set: bool = False  # the value is a set ("parties that missed the threshold"): a wrong member is wrong
    #                    even beside a right one
    # the words that put a value in the claim, ending in the preposition before it: "mediated by", "held in"
    # (a cue phrase that ends in a preposition is one too); another country there is another value
    slots: Strings = ()

    def slot_phrases(self) -> tuple[tuple[str, str], ...]:
        """Each slot as (the word before the preposition, the preposition): ("mediated", "by")."""
        phrases = self.slots or tuple(cue for group in self.cues for cue in group)
        return tuple((parts[-2], parts[-1].lower()) for parts in (phrase.split() for phrase in phrases)
                     if len(parts) >= 2 and parts[-1].lower() in SLOT_PREPOSITIONS)


FACT_KINDS: tuple[type[Fact], ...] = (Place, Person, Organisation, Event, Quantity, Quote, Claim)
