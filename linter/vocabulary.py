"""The English words copydesk's analyses read, from ``copydesk/data/english.toml``: one list per concept.

Grammar (the parse, or a pattern's position) decides where a word attaches; these lists only say what a
word means once it is there. Lemmas serve the claim frames; inflected forms serve the patterns that read
text without a parse.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, dict[str, frozenset[str]]]:
    raw = tomllib.loads((resources.files("copydesk.data") / "english.toml").read_text(encoding="utf-8"))
    return {section: {name: frozenset(words) for name, words in lists.items()} for section, lists in raw.items()}


def words(section: str, name: str) -> frozenset[str]:
    """One list of the vocabulary file, e.g. ``words("predicate", "speech")``."""
    return _vocabulary()[section][name]


def alternation(section: str, name: str) -> str:
    """A list as a regular-expression alternation (longest first), for patterns that read text."""
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words(section, name)), key=len, reverse=True))


@lru_cache(maxsize=None)
def folded(section: str, name: str) -> frozenset[str]:
    """A list lowercased, for names matched whatever their case ("the countries")."""
    return frozenset(word.lower() for word in words(section, name))


def section(name: str) -> dict[str, frozenset[str]]:
    """A whole section of the vocabulary file, by key (``section("country_aliases")``)."""
    return _vocabulary()[name]


def names_someone(noun: str) -> bool:
    """A lowercase noun the vocabulary says is someone: kin ("wife"), a role beside another person ("adviser") or
    one told by what they do ("driver", "staff")."""
    return any(noun in words("relation", kind) for kind in ("kin", "nouns", "people"))
