"""Which of the fact sheet's events a sentence (or one clause of it) is about."""
from __future__ import annotations

from copydesk import text as lang
from copydesk.analysis import Analysis, Sentence
from copydesk.facts import Fact


def events_in(analysis: Analysis, sentence: Sentence, clause: tuple[int, int] | None = None) -> list[tuple[Fact, list[int]]]:
    """Events whose cues all match the sentence (or one clause of it), with the positions of their cues."""
    start, end = clause or (sentence.start, sentence.end)
    text = analysis.doc.prose[start:end]
    found = []
    for event in analysis.sheet.of_kind("events"):
        cues = event.get("cues") or []
        if not cues or not lang.all_groups_match(cues, text):
            continue
        if event.get("unless") and lang.any_of(tuple(event["unless"])).search(text):
            continue
        positions = [start + m.start() for group in cues for m in lang.any_of(tuple(group)).finditer(text)]
        found.append((event, positions))
    return found
