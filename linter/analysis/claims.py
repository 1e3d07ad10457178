"""Whether a sentence speaks of a claim's subject, and whether it states the claim's true value."""
from __future__ import annotations

from copydesk import text as lang
from copydesk.facts import Fact


def about(claim: Fact, text: str) -> bool:
    """Does the text speak of the claim's subject (every cue group, none of its 'unless' words)?"""
    if not lang.all_groups_match(claim["cues"], text):
        return False
    return not (claim.get("unless") and lang.any_of(tuple(claim["unless"])).search(text))


def accepted_value(claim: Fact, text: str):
    """Where the text states the claim's true value, if it does."""
    return lang.any_of(tuple(claim.get("accepted") or [claim["value"]])).search(text)
