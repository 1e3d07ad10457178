"""What a fact sheet's cue lists mean in a text, written once: the model holds the lists as plain data.

A text speaks of something when one phrase of every cue group occurs in it and none of its 'unless'
phrases does (the phrase machinery answers that for every group of every fact in one pass over the
text); an event without cues is never recognised, a measure without cues may be anywhere.
"""
from __future__ import annotations

from . import text as lang
from .model import Claim, CueGroups, Event, Measure, Strings
from .phrases import PhraseMatch, cue_test


def cues_match(groups: CueGroups, unless: Strings, text: str) -> bool:
    """One phrase of every cue group in the text and none of the 'unless' phrases. Callers decide what no
    cue groups at all means."""
    return cue_test(groups, unless).passes(text)


def about(fact: Event | Measure | Claim, text: str) -> bool:
    """The text speaks of this event, measure or claim's subject."""
    if isinstance(fact, Event) and not fact.cues:
        return False
    return cues_match(fact.cues, fact.unless, text)


def true_value_in(claim: Claim, text: str) -> PhraseMatch | None:
    """Where the text states the claim's true value (its value or an accepted wording), if it does."""
    return lang.any_of(claim.accepted or (claim.value,)).search(text)
