"""`copydesk facts update`: what newer sources change in a fact sheet, proposed as an edit of the sheet.

Each source is read like a draft dated to its own day (front matter, dateline, else ``--as-of``), with the
sheet's analyses and the claim frames of the gate. What it can propose, each with the sources and the
sentences that say it:

- a new value of a figure that changes (a toll): the old value moves to the quantity's ``values`` with
  its date, the new one becomes ``value``;
- a new stage of a series the sheet says continues: a figure of the series' measure, told per side on a
  later day or as "more", becomes an event of that series with its own quantities;
- the day a series ended ("finished exchanging ... on Sunday");
- another event: a figure of a known measure in another place (an attack on another city).

Values the sources disagree on are listed side by side, the majority first; nothing is resolved silently.
The sheet itself is never rewritten: the command prints a diff, or writes the updated sheet to a new file.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex
import tomlkit
from tomlkit.items import AoT, Table

from . import dates
from . import text as lang
from .analysis import Analysis, Count, Sentence, analyse, occasions
from .analysis.counts import agrees_in_time, candidates, judgeable, reported_change
from .analysis.gate import count_binds, ends_series, other_place
from .analysis.frames import Frame
from .analysis.reading import dates_in, frame_for
from .document import Document
from .facts import FactSheet, long_date, source_id
from .session import Options, Session
from .model import Event, Place, Quantity


class UndatedSource(Exception):
    """A source with no date of its own, and no --as-of to date it."""


@dataclass
class Said:
    """One thing sources say, by value: which sources, and a sentence of each."""
    by_value: dict[float, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, value: float, source: str, sentence: str) -> None:
        self.by_value[value].setdefault(source, sentence)

    def ranked(self) -> list[float]:
        return sorted(self.by_value, key=lambda v: (-len(self.by_value[v]), v))

    @property
    def value(self) -> float:
        return self.ranked()[0]

    def sources(self, value: float) -> list[str]:
        return sorted(self.by_value[value])


@dataclass
class Proposals:
    """Everything the sources propose, keyed by what it changes."""
    values: dict[tuple[str, dt.date], Said] = field(default_factory=dict)  # (quantity id, day)
    stages: dict[tuple[str, dt.date, str, str | None], Said] = field(default_factory=dict)
    # (series id, day, measure, category): figures per side
    ends: dict[str, dict[dt.date, dict[str, str]]] = field(default_factory=dict)  # series id -> day -> sources
    events: dict[tuple[str, dt.date, str, str | None, bool], Said] = field(default_factory=dict)
    # (place as written, day, measure, category, whether the figure changes like the sheet's of its kind)
    days: dict[str, dt.date] = field(default_factory=dict)  # source id -> its day

    def said(self, table: dict, key: tuple) -> Said:
        return table.setdefault(key, Said())


def source_day(doc: Document, sheet: FactSheet, as_of: dt.date | None) -> dt.date:
    """The day a source speaks from: its front matter or dateline, else --as-of; never the machine's clock."""
    own = occasions.own_date(analyse(doc, sheet, as_of or sheet.as_of))
    if own is not None:
        return own
    if as_of is None:
        raise UndatedSource(f"{doc.path}: no date of its own (front matter `date:` or a dated dateline); give "
                            "--as-of DATE for sources of one day")
    return as_of


def propose(sheet: FactSheet, sources: dict[str, Document], as_of: dt.date | None) -> Proposals:
    proposals = Proposals()
    for sid, doc in sources.items():
        day = source_day(doc, sheet, as_of)
        proposals.days[sid] = day
        analysis = analyse(doc, sheet, day)
        for count in analysis.counts:
            _read_count(analysis, count, sid, day, proposals)
        _read_ends(analysis, sid, day, proposals)
    return proposals


def _sentence(analysis: Analysis, sentence: Sentence) -> str:
    """A sentence as a comment quotes it: on one line, at most 200 characters."""
    return regex.sub(r"\s+", " ", analysis.sentence_text(sentence)).strip()[:200]


def _read_count(analysis: Analysis, count: Count, sid: str, day: dt.date, proposals: Proposals) -> None:
    sheet = analysis.sheet
    possible = judgeable(analysis, count)
    if any(agrees_in_time(analysis, count, q) for q in possible):
        return  # the sheet has it
    frame = frame_for(analysis, count.sentence, count.number.value_start)
    if frame is None or frame.negated or frame.modal or frame.partitive:
        return
    value = float(count.number.value)
    told = _day_told(analysis, count, frame, day)
    changed = [q for q in possible if q.changes and count_binds(analysis, count, q) and
               reported_change(analysis, count, q)]
    if not changed and told is not None:  # "the toll reached 2,719 on Monday": the figure's own day
        changed = [q for q in candidates(analysis, count) if q.changes and _after_event(analysis, q, told) and
                   not agrees_in_time(analysis, count, q) and count_binds(analysis, count, q, dated_figure=True)]
    if changed:
        proposals.said(proposals.values, (changed[0].id, told or day)).add(value, sid, _sentence(analysis, count.sentence))
        return
    for quantity in candidates(analysis, count):  # another place's figure is of another occasion: not judgeable
        event = sheet.event(quantity.event)
        if event is None:
            continue
        place = other_place(analysis, count.sentence, frame, event)
        if place is not None and quantity.category == count.category and _named(place):
            occasion = (place, told or day, quantity.measure, count.category, quantity.changes)
            proposals.said(proposals.events, occasion).add(value, sid, _sentence(analysis, count.sentence))
            return
    series = _series_of(analysis, count)
    if series is None or count.scope != "per side" or count.number.approx is not None:
        return  # a stage's figure is told per side, exactly
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    if occasions.is_running_total(clause) or any(
            m.date is not None and m.date.year != series.date.year for m in analysis.dates(count.sentence, day.year)):
        return  # "5,757 have come home since March 2022": a total of the war, not a stage
    told = told or _one_day_of(analysis, count, day)  # "finished the swap on Sunday, when each freed 250"
    if told is None and not frame.increment:
        return  # a figure of no day and no "more": the first stage's, or a running total
    stage_day = told or day
    if stage_day <= series.date.first_day:
        return
    key = (series.id, stage_day, count.measure, count.category)
    proposals.said(proposals.stages, key).add(value, sid, _sentence(analysis, count.sentence))


def _after_event(analysis: Analysis, quantity: Quantity, day: dt.date) -> bool:
    event = analysis.sheet.event(quantity.event)
    return event is not None and day > event.date.first_day


def _named(place: str) -> bool:
    """A place by its name ("Kyiv", "Zaporizhzhia Oblast"), not a description ("the capital", "regions")."""
    words = place.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


def _day_told(analysis: Analysis, count: Count, frame: Frame, day: dt.date) -> dt.date | None:
    """The day the figure's own predicate is dated to, resolved against the source's day."""
    own = dates_in(analysis, count.sentence, frame.time_spans, day.year)
    return dates.resolve(own[0], day) if own else None


def _one_day_of(analysis: Analysis, count: Count, day: dt.date) -> dt.date | None:
    """The day of the figure's sentence when the sentence names one day only."""
    days = {dates.resolve(m, day) for m in analysis.dates(count.sentence, day.year)} - {None}
    return days.pop() if len(days) == 1 else None


def _series_of(analysis: Analysis, count: Count) -> Event | None:
    """The continuing series whose stages count what this figure counts."""
    for quantity in analysis.sheet.quantities:
        event = analysis.sheet.event(quantity.event)
        if quantity.measure != count.measure or event is None:
            continue
        series = occasions.continuing_series(analysis, event)
        if series is not None:
            return series
    return None


def _read_ends(analysis: Analysis, sid: str, day: dt.date, proposals: Proposals) -> None:
    for event in analysis.sheet.events:
        if not event.continues:
            continue
        for sentence, mention in ends_series(analysis, event):
            ended = dates.resolve(mention, day)
            if ended is not None and ended > event.date.first_day:
                proposals.ends.setdefault(event.id, {}).setdefault(ended, {}).setdefault(
                    sid, _sentence(analysis, sentence))


# --- the updated sheet --------------------------------------------------------------------------------


def updated_sheet(text: str, sheet: FactSheet, proposals: Proposals, files: dict[str, str]) -> str:
    """The sheet's TOML with the proposals applied, every change marked with a comment naming its sources."""
    doc = tomlkit.parse(text)
    days = proposals.days
    newest = max([sheet.as_of, *days.values()])
    for sid, path in files.items():
        entry = tomlkit.table()
        entry.add("id", sid)
        entry.add("file", path)
        entry.add("outlet", "TODO")
        entry.add("date", days[sid])
        entry.add(tomlkit.nl())
        _tables(doc, "sources").append(entry)
    since: dict[str, dt.date] = {}  # the day of each figure's value as the updates go
    for (quantity_id, day), said in sorted(proposals.values.items(), key=lambda item: item[0][1]):
        _new_value(_find(doc, "quantities", quantity_id), since.get(quantity_id, sheet.as_of), day, said)
        since[quantity_id] = day
    for series_id, ended in proposals.ends.items():
        day = max(ended, key=lambda d: (len(ended[d]), d))
        table = _find(doc, "events", series_id)
        table["end"] = day
        table["end"].comment(_provenance(ended[day], f"ended {long_date(day)}"))
    _stages(doc, sheet, proposals)
    _other_events(doc, sheet, proposals)
    if newest > sheet.as_of:
        doc["story"]["as_of"] = newest
    return tomlkit.dumps(doc)


def _tables(doc: tomlkit.TOMLDocument, name: str) -> AoT:
    if name not in doc:
        doc[name] = tomlkit.aot()
    return doc[name]


def _find(doc: tomlkit.TOMLDocument, name: str, fact_id: str) -> Table:
    return next(table for table in doc[name] if table.get("id") == fact_id)


def _provenance(sources: dict[str, str], what: str) -> str:
    """The change, the sources that give it, and the sentence of the first that has one."""
    quoted = next(((sid, sources[sid]) for sid in sorted(sources) if sources[sid]), None)
    said = f" (\u201c{quoted[1][:140]}\u201d)" if quoted else ""
    return f"facts update: {what}, says {', '.join(sorted(sources))}{said}"


def _others(said: Said, value: float) -> str:
    """The values other sources give, side by side: "; 155 says c"."""
    return "".join(f"; {lang.number_text(other)} says {', '.join(said.sources(other))}"
                   for other in said.ranked() if other != value)


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _set_sources(table: Table, sources: list[str]) -> None:
    """A fact's sources, and `single_source` exactly when there is one."""
    table["sources"] = sources
    table.pop("single_source", None)
    if len(sources) == 1:
        table["single_source"] = True


def _dated_value(value: object, as_of: dt.date, sources: list[str]) -> Table:
    """An entry of a quantity's `values`: what it was, since when, says whom."""
    entry = tomlkit.table()
    entry.add("value", value)
    entry.add("as_of", as_of)
    entry.add("sources", sources)
    return entry


def _add_event(doc: tomlkit.TOMLDocument, fields: dict[str, object], why: str, sources: list[str]) -> None:
    """A new event, its name commented with why it is proposed and who says so."""
    event = tomlkit.table()
    for key, value in fields.items():
        event.add(key, value)
    event["name"].comment(_provenance({s: "" for s in sources}, why))
    _set_sources(event, sources)
    event.add(tomlkit.nl())
    _tables(doc, "events").append(event)


def _new_value(table: Table, since: dt.date, day: dt.date, said: Said) -> None:
    """Each value the sources give the figure that day, the highest last (a toll rises through a day): the
    value it had since ``since``, and the lower ones, go to its dated `values` with their notes."""
    if "values" not in table:
        table["values"] = tomlkit.aot()
    for value in sorted(said.by_value):
        earlier = _dated_value(table["value"], since, list(table["sources"]))
        if "note" in table:
            earlier.add("note", table.pop("note"))
        table["values"].append(earlier)
        table["value"] = _number(value)
        table["value"].comment(_provenance(said.by_value[value], f"{lang.number_text(value)} as of {long_date(day)}"))
        table["sources"] = said.sources(value)
        since = day
    _set_sources(table, list(table["sources"]))


def _stages(doc: tomlkit.TOMLDocument, sheet: FactSheet, proposals: Proposals) -> None:
    by_stage: dict[tuple[str, dt.date], list[tuple[str, str | None, Said]]] = defaultdict(list)
    for (series_id, day, measure, category), said in sorted(proposals.stages.items(), key=lambda item: item[0][1]):
        by_stage[(series_id, day)].append((measure, category, said))
    for (series_id, day), figures in by_stage.items():
        series = sheet.event(series_id)
        assert series is not None
        stage_id = f"{series_id}-{day.isoformat()}"
        sources = sorted({s for _, _, said in figures for s in said.sources(said.value)})
        fields: dict[str, object] = {"id": stage_id, "name": f"stage of {series.name} on {long_date(day)}",
                                     "date": day, "series": series_id}
        if series.cues:
            fields["cues"] = [list(group) for group in series.cues]
        _add_event(doc, fields, "a later stage", sources)
        for measure, category, said in figures:
            _add_quantity(doc, sheet, f"{stage_id}-{category or 'all'}", stage_id, day, measure, category,
                          "per side", said)


def _other_events(doc: tomlkit.TOMLDocument, sheet: FactSheet, proposals: Proposals) -> None:
    for (place, day, measure, category, changes), said in sorted(proposals.events.items(), key=lambda item: item[0][1]):
        slug = regex.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-")
        event_id = f"{slug}-{day.isoformat()}"
        sources = sorted({s for value in said.by_value for s in said.sources(value)})
        if not any(table.get("id") == event_id for table in doc.get("events", [])):
            fields: dict[str, object] = {"id": event_id, "name": f"TODO: the event in {place} on {long_date(day)}",
                                         "date": day}
            known = _place_id(sheet, place)
            if known is not None:
                fields["place"] = known
            fields["cues"] = [[place]]
            _add_event(doc, fields, "another place than the sheet's events", sources)
        _add_quantity(doc, sheet, f"{event_id}-{measure}-{category or 'all'}", event_id, day, measure, category,
                      None, said, changes=changes)


def _place_id(sheet: FactSheet, name: str) -> str | None:
    return next((fact.id for fact in sheet.facts.values() if isinstance(fact, Place) and
                 name in (fact.name, *fact.aliases, *fact.variants)), None)


def _add_quantity(doc: tomlkit.TOMLDocument, sheet: FactSheet, quantity_id: str, event_id: str, day: dt.date,
                  measure: str, category: str | None, scope: str | None, said: Said, changes: bool = False) -> None:
    """A new figure: the majority value; for a figure that changes, the highest, the others as its values."""
    value = max(said.by_value) if changes else said.value
    what = sheet.measures[measure].what + (f" ({category})" if category else "") + \
        (f", {scope}" if scope else "") + f", {long_date(day)}"
    table = tomlkit.table()
    table.add("id", quantity_id)
    table.add("what", what)
    table.add("measure", measure)
    table.add("event", event_id)
    table.add("value", _number(value))
    table["value"].comment(_provenance(said.by_value[value], lang.number_text(value)) + _others(said, value))
    if scope:
        table.add("scope", scope)
    if category:
        table.add("category", category)
    if changes:
        table.add("changes", True)
    _set_sources(table, said.sources(value))
    if changes and len(said.by_value) > 1:
        table["values"] = tomlkit.aot()
        for other in sorted(v for v in said.by_value if v != value):
            table["values"].append(_dated_value(_number(other), day, said.sources(other)))
    table.add(tomlkit.nl())
    _tables(doc, "quantities").append(table)


def source_documents(paths: list[Path], taken: set[str]) -> dict[str, Document]:
    """The sources by a new id each (not one the sheet uses), read as drafts are (Session.read)."""
    session = Session(Options(roots=tuple(str(path.parent) for path in paths)))
    return {source_id(path, taken): session.read(str(path)) for path in paths}
