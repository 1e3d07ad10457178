"""Which facts of the sheet a draft states, and where: the corrections desk's question ("which pieces carry
the old toll?") asked of one draft. A draft cites a fact when it states it as the sheet has it: a figure
that agrees with a quantity, a name of a person, place or organisation, a claim's true value in a sentence
about the claim, a date that fits an event in a sentence about the event."""
from __future__ import annotations

from dataclasses import dataclass

from .. import dates
from . import Analysis
from .counts import agrees, judgeable
from .events import events_in
from ..model import Named
from .. import cues


@dataclass(frozen=True)
class Citation:
    fact_id: str
    start: int  # the words that state it, as offsets in the draft
    end: int
    value: float | None = None  # a figure's value as the draft states it


def citations(analysis: Analysis) -> list[Citation]:
    """Every statement of a sheet fact in the draft, in the draft's order."""
    found: list[Citation] = []
    for count in analysis.counts:
        agreeing = [q for q in judgeable(analysis, count) if agrees(count, q)]
        found += [Citation(q.id, count.number.value_start, count.number.value_end, float(count.number.value))
                  for q in agreeing]
    for mention in analysis.mentions:
        if isinstance(analysis.sheet.facts.get(mention.fact_id), Named):
            found.append(Citation(mention.fact_id, mention.start, mention.end))
    for sentence in analysis.sentences:
        text = analysis.sentence_text(sentence)
        for claim in analysis.sheet.claims:
            stated = cues.about(claim, text) and cues.true_value_in(claim, text)
            if stated:
                found.append(Citation(claim.id, sentence.start + stated.start(), sentence.start + stated.end()))
        for event, _ in events_in(analysis, sentence):
            for mention in analysis.dates(sentence, event.date.year):
                if mention.date is not None and mention.date.day is not None and \
                        dates.agrees(mention, event.date, analysis.as_of):
                    found.append(Citation(event.id, mention.start, mention.end))
    return sorted(set(found), key=lambda c: (c.start, c.fact_id))
