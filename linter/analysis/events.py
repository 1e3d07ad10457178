"""Which of the fact sheet's events a sentence (or one clause of it) is about."""
from __future__ import annotations

from .. import text as lang
from . import Analysis, Sentence
from ..model import Event
from .. import cues
from ..scopes import Kind


EVENTS_IN: Kind[list] = Kind("the events a stretch of text speaks of")

def events_in(analysis: Analysis, sentence: Sentence, clause: tuple[int, int] | None = None) -> list[tuple[Event, list[int]]]:
    """Events whose cues all match the sentence (or one clause of it), with the positions of their cues
    (made once per span: several rules ask)."""
    start, end = clause or (sentence.start, sentence.end)

    def find() -> list[tuple[Event, list[int]]]:
        text = analysis.prose[start:end]
        whole = analysis.prose[sentence.start:sentence.end]
        found = []
        for event in analysis.sheet.events:
            if not cues.about(event, text) or clause is not None and not cues.about(event, whole):
                continue  # an 'unless' phrase anywhere in the sentence: "- Nurses: 7.5%, agreed in January"
            positions = [start + offset for group in event.cues for offset in lang.phrase_starts(group, text)]
            found.append((event, positions))
        return found

    return analysis.derived(EVENTS_IN, find, start, end)
