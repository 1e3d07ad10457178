"""Comparing quotations: normalised words and how closely one wording follows another."""
from __future__ import annotations

import difflib
from functools import lru_cache

import regex

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[?!]+")
GAP = regex.compile(r"\.\.\.|…|\[[^\]]*\]")
SENTENCE = regex.compile(r"[^.!?]+(?:[.!?]+|$)")
ENDING = regex.compile(r"(?:s|es|ed|ing)$")
MIN_WORDS = 4
SIMILARITY = 0.6
FRAGMENT_SIMILARITY = 0.75


def words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Normalised words (and ?/! runs) of a text with their offsets."""
    return [(m.group().lower().replace("’", "'"), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)]


def similarity(draft: list[str], known: list[str], *, wordings: bool = False) -> float:
    """How closely a draft sentence follows a known one: word order, or shared content words.

    A draft shorter than the known sentence is scored as a fragment (the share of its
    words that line up), with a higher bar so that a few common words do not match: the
    words that line up carry meaning and stand together in the known sentence. Two
    sources' ``wordings`` of one statement (translations, cuts) are held to the words alone.
    """
    matcher = difflib.SequenceMatcher(None, draft, known, autojunk=False)
    if len(draft) < len(known):
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        aligned = sum(b.size for b in blocks) / len(draft)
        # the known words the fragment lines up with must stand together, not scattered over the sentence ("an
        # American pope" is not "such AN honor ... the first AMERICAN POPE")
        spread = blocks[-1].b + blocks[-1].size - blocks[0].b if blocks else 0
        content = [w for w in draft if len(w) > 3]
        content_aligned = sum(1 for b in blocks for w in draft[b.a:b.a + b.size] if len(w) > 3)
        # the words that line up must carry the meaning, not only "a" and "not" ("a government, not a campaign")
        ordered = aligned if aligned >= FRAGMENT_SIMILARITY and (wordings or content_aligned >= 2 and
                                                                 2 * content_aligned >= len(content) and
                                                                 spread <= len(draft) + 2) else 0.0
    else:
        ordered = matcher.ratio()
    content_draft = {_stem(w) for w in draft if len(w) > 3}
    content_known = {_stem(w) for w in known if len(w) > 3}
    shared = content_draft & content_known
    # (a phrase of a few words is matched by its order alone: "in honor of the first American pope" shares four
    # words with a post that says "such an honor ... the first American Pope")
    overlap = len(shared) / max(1, min(len(content_draft), len(content_known))) \
        if len(shared) >= 4 and (wordings or len(draft) >= len(known) or len(content_draft) >= 6) else 0.0
    return max(ordered, 0.9 * overlap)


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    return ENDING.sub("", word)
