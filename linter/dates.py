"""Dates in prose: weekdays, calendar dates, months, years and relative days, and whether they fit an event."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import re

from . import text as lang
from .facts import MONTH_NAMES, WEEKDAY_NAMES, Date

WEEKDAYS = WEEKDAY_NAMES
MONTHS = MONTH_NAMES
_MONTH = "|".join(MONTHS) + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
_WEEKDAY = "|".join(WEEKDAYS)
DATE = re.compile(
    rf"""(?<!\w)(?=\w)(?:
        (?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?
        (?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}))
        (?:,?\s+(?P<y1>(?:1[5-9]|20)\d\d))?
      | (?P<m3>{_MONTH})\s+(?P<y2>(?:1[5-9]|20)\d\d)
      | (?:in|of|early|late|mid-?)\s+(?P<m4>{_MONTH})(?![\s.]*\d)
      | (?P<wd2>{_WEEKDAY})
      | (?P<rel>yesterday|(?<!ago\s)today|last\s+night|last\s+week|earlier\s+this\s+week|this\s+week
               |the\s+previous\s+week)
      | (?:in|of|since)\s+(?P<y3>(?:19|20)\d\d)(?!\s*(?:-|–|to|and)\s*(?:19|20)\d\d)
    )(?!\w)""",
    re.X | re.I,
)
SINCE = re.compile(r"(?i)\bsince\s+(?:(?:early|late|mid-?)\s*)?$")
ORDINAL = "|".join(lang.ORDINALS) + r"|\d+(?:st|nd|rd|th)"


@dataclass
class DateMention:
    start: int
    end: int
    weekday: int | None = None
    date: Date | None = None
    relative: str | None = None

    def describe(self, text: str) -> str:
        return text[self.start:self.end]


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.lower().startswith(name[:3]))


YEAR_AFTER = re.compile(r"\s+(last|this|next)\s+year\b", re.I)


def find_dates(text: str, start: int, end: int, year: int, around: dt.date | None = None) -> list[DateMention]:
    """Date mentions in text[start:end]; a day written without a year is in `year`, or, with `around`, the
    occurrence nearest that day (a later one counting double): "November 6" in a February draft is last
    year's."""
    found = []
    for m in DATE.finditer(text, start, end):
        weekday_name = m.group("wd") or m.group("wd2")
        month_name = m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4")
        if (weekday_name and not weekday_name[0].isupper()) or (month_name and not month_name[0].isupper()):
            continue  # "may" the verb, not May
        weekday = WEEKDAYS.index(weekday_name.capitalize()) if weekday_name else None
        if m.group("m1") or m.group("m2"):
            month = month_number(m.group("m1") or m.group("m2"))
            day = int(m.group("d1") or m.group("d2"))
            if not 1 <= day <= 31:
                continue
            written_year = int(m.group("y1")) if m.group("y1") else \
                nearest_year(month, day, around) if around else year
            which = YEAR_AFTER.match(text, m.end(), end) if not m.group("y1") else None
            if which:  # "on March 22 last year"
                written_year = (around.year if around else year) + {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
            found.append(DateMention(m.start(), m.end(), weekday, Date(written_year, month, day)))
        elif m.group("m3"):
            found.append(DateMention(m.start(), m.end(), None, Date(int(m.group("y2")), month_number(m.group("m3")))))
        elif m.group("m4"):
            month = month_number(m.group("m4"))
            found.append(DateMention(m.start("m4"), m.end(), None,
                                     Date(nearest_year(month, 15, around) if around else year, month)))
        elif m.group("y3"):
            found.append(DateMention(m.start("y3"), m.end(), None, Date(int(m.group("y3")))))
        elif weekday is not None:
            found.append(DateMention(m.start(), m.end(), weekday))
        else:
            relative = " ".join(m.group("rel").lower().split())
            found.append(DateMention(m.start(), m.end(), relative="yesterday" if relative == "last night" else relative))
    return _of_that_year(text, start, found)


THAT_YEAR = re.compile(r"\s+(?:of\s+)?that\s+year\b", re.I)


def _of_that_year(text: str, start: int, found: list[DateMention]) -> list[DateMention]:
    """'in September of that year', 'in May that year': the year is the last one written before it."""
    result = []
    for index, mention in enumerate(found):
        written = [m.date.year for m in found[:index] if m.date is not None and m.date.year and
                   re.search(r"\b\d{4}\b", text[m.start:m.end])]
        if mention.date is not None and mention.date.month and written and THAT_YEAR.match(text, mention.end) and \
                not re.search(r"\b\d{4}\b", text[mention.start:mention.end]):
            mention = DateMention(mention.start, mention.end, mention.weekday,
                                  Date(written[-1], mention.date.month, mention.date.day))
        result.append(mention)
    return result


def nearest_year(month: int, day: int, around: dt.date) -> int:
    def distance(year: int) -> int:
        try:
            days = (dt.date(year, month, day) - around).days
        except ValueError:  # 29 February in a common year
            return 10 ** 6
        return 2 * days if days > 0 else -days

    return min((around.year - 1, around.year, around.year + 1), key=distance)


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def agrees(mention: DateMention, event: Date, as_of: dt.date) -> bool:
    """Does a date mention fit the event's date (at the event date's precision)?"""
    if mention.relative:
        if event.day is None:
            return True
        day = event.first_day
        monday, sunday = _week(as_of)
        return {
            "today": day == as_of,
            "yesterday": day == as_of - dt.timedelta(days=1),
            "this week": monday <= day <= sunday,
            "earlier this week": monday <= day < as_of,
            "last week": monday - dt.timedelta(days=7) <= day < monday,
            "the previous week": monday - dt.timedelta(days=7) <= day < monday,
        }[mention.relative]
    if mention.date is None:
        return event.day is None or event.first_day.weekday() == mention.weekday
    said = mention.date
    if said.year != event.year:
        return False
    if said.month is None or event.month is None or said.month != event.month:
        return said.month is None or event.month is None
    return said.day is None or event.day is None or said.day == event.day


def when(text: str, start: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of a sentence starting at start that say when something happened (not "since ...")."""
    return [d for d in mentions if not SINCE.search(text, max(start, d.start - 30), d.start)]


def resolve(mention: DateMention, as_of: dt.date) -> dt.date | None:
    """An absolute day for a weekday ("on Monday": the last one up to the as-of date) or a full date."""
    if mention.date is not None and mention.date.day:
        try:
            return mention.date.first_day
        except ValueError:
            return None
    if mention.weekday is not None and mention.date is None:
        return as_of - dt.timedelta(days=(as_of.weekday() - mention.weekday) % 7)
    if mention.relative == "yesterday":
        return as_of - dt.timedelta(days=1)
    if mention.relative == "today":
        return as_of
    return None
