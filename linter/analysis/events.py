"""Which of the fact sheet's events a sentence (or one clause of it) is about."""
from __future__ import annotations

from copydesk import text as lang
from copydesk.analysis import Analysis, Sentence
from copydesk.model import Event


def events_in(analysis: Analysis, sentence: Sentence, clause: tuple[int, int] | None = None) -> list[tuple[Event, list[int]]]:
    """Events whose cues all match the sentence (or one clause of it), with the positions of their cues."""
    start, end = clause or (sentence.start, sentence.end)
    text = analysis.doc.prose[start:end]
    found = []
    for event in analysis.sheet.events:
        if not event.about(text):
            continue
        positions = [start + m.start() for group in event.cues for m in lang.any_of(group).finditer(text)]
        found.append((event, positions))
    return found
