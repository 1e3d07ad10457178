"""Find cue phrases and names by words, not by regular expressions.

A fact sheet supplies hundreds of phrases (cues, nouns, names, claim values).
Compiling them into regular expressions costs more than checking a whole draft, so
a :class:`PhraseIndex` looks phrases up word by word in a dictionary instead. The
semantics are those documented for fact sheets: whole words, any spacing or hyphen
between the words of a phrase, ordinary English endings on its last word (unless
the index is exact), and case-sensitive matching for a phrase with a capital letter.

Whether phrases occur at all — the question every fact's cues ask of every sentence — is
answered by a catalog of all phrases asked about, which reads each text once for all of
them; a :class:`CueTest` is then set arithmetic on that answer.
"""
from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

TOKEN = re.compile(r"[^\W_]+")
ENDINGS = ("s", "es", "ed", "d", "ing", "ion", "ions", "ation", "ations", "or", "ors", "er", "ers", "e", "ies",
           "ied", "y", "ian", "ians")
JOINER = re.compile(r"[\s\-]{1,3}|[.,'’]|[.,]\s?")  # what may stand between two words of one phrase


@dataclass(frozen=True)
class PhraseMatch:
    """The parts of a regular-expression match that callers use."""
    begin: int
    finish: int
    text: str
    phrase: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


class Tokens:
    """A text's words and the dictionary keys each word can stand for, worked out when first asked
    (names are looked up exactly, cues with their endings)."""

    def __init__(self, text: str) -> None:
        self.spans = tuple(m.span() for m in TOKEN.finditer(text))
        self.words = TOKEN.findall(text)

    @cached_property
    def keys(self) -> tuple[tuple[str, ...], ...]:
        """Per word: the word, its lower case and both with ordinary endings removed."""
        return tuple(map(_keys, self.words))

    @cached_property
    def exact_keys(self) -> tuple[tuple[str, ...], ...]:
        """Per word: the word and its lower case."""
        return tuple(map(_exact_keys, self.words))

    @cached_property
    def key_set(self) -> frozenset[str]:
        return frozenset().union(*self.keys)

    @cached_property
    def exact_key_set(self) -> frozenset[str]:
        return frozenset().union(*self.exact_keys)


WORDS_KEPT = 4096  # a draft's distinct words fit; an editor session's stream of new words does not grow memory


@lru_cache(maxsize=WORDS_KEPT)
def _keys(token: str) -> tuple[str, ...]:
    found = []
    for form in dict.fromkeys((token, token.lower())):
        found.append(form)
        found.extend(form[:-len(e)] for e in ENDINGS if len(form) > len(e) and form.endswith(e))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=WORDS_KEPT)
def _exact_keys(token: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((token, token.lower())))


@lru_cache(maxsize=512)
def tokens(text: str) -> Tokens:
    return Tokens(text)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(phrase))


Entry = tuple[tuple[str, ...], str, bool]  # a phrase's words, the phrase, whether it is case-sensitive


def _entries(phrases: Iterable[str]) -> dict[str, list[Entry]]:
    """Phrases by the dictionary key of their first word."""
    first: dict[str, list[Entry]] = {}
    for phrase in phrases:
        words = _words(phrase)
        if not words:
            continue
        sensitive = any(c.isupper() for c in phrase)
        key = words[0] if sensitive else words[0].lower()
        first.setdefault(key, []).append((words, phrase, sensitive))
    for entries in first.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return first


def _matchable(phrases: Iterable[str]) -> frozenset[str]:
    """The phrases that have words (a phrase of punctuation alone never matches)."""
    return frozenset(phrase for phrase in phrases if _words(phrase))


# texts whose phrases a catalog remembers: enough for every sentence and context of a long draft, few enough
# that a language server's memory does not swing by megabytes as they are dropped
FOUND_KEPT = 4096


class _Catalog:
    """Every phrase asked about so far (inflected or exact), read from a text in one pass: which of them
    occur in it. A cue test ("does this sentence hold a phrase of group 2?") is then a set question,
    however many facts and groups ask it of the same text."""

    def __init__(self, inflect: bool) -> None:
        self.inflect = inflect
        self.first: dict[str, list[Entry]] = {}
        self.known: set[str] = set()
        self.version = 0
        self.found: dict[str, tuple[int, frozenset[str]]] = {}

    def add(self, phrases: Iterable[str]) -> None:
        new = [p for p in phrases if p not in self.known]
        if not new:
            return
        self.known.update(new)
        for key, entries in _entries(new).items():
            merged = self.first.setdefault(key, [])
            merged.extend(entries)
            merged.sort(key=lambda entry: -len(entry[0]))
        self.version += 1

    def present(self, text: str) -> frozenset[str]:
        cached = self.found.get(text)
        if cached is not None and cached[0] == self.version:
            return cached[1]
        found = tokens(text)
        keys = found.keys if self.inflect else found.exact_keys
        present: set[str] = set()
        first = self.first
        for index in (i for i, token_keys in enumerate(keys) if not first.keys().isdisjoint(token_keys)):
            for key in keys[index]:
                for words, phrase, sensitive in first.get(key, ()):
                    if phrase not in present and _phrase_at(text, found, index, words, sensitive, self.inflect,
                                                            len(text)):
                        present.add(phrase)
        if len(self.found) >= FOUND_KEPT:
            self.found.clear()
        result = frozenset(present)
        self.found[text] = (self.version, result)
        return result


_CATALOGS = {True: _Catalog(True), False: _Catalog(False)}
CATALOG_PHRASES_KEPT = 50_000  # past this, a catalog is made again from the phrases still asked about
_ASKING: weakref.WeakSet[Any] = weakref.WeakSet()  # cue tests and phrase indexes alive, each with its phrases


def _catalog_for(asker: Any) -> _Catalog:
    """The catalog holding the phrases of this cue test or phrase index (``asker.asked``, inflected or
    not as ``asker.inflect``). A catalog past CATALOG_PHRASES_KEPT is made again from the askers still
    alive: a long editor session that loads sheet after sheet keeps a sheet's phrases only while
    something still asks about them."""
    catalog = _CATALOGS[asker.inflect]
    if len(catalog.known) > CATALOG_PHRASES_KEPT:
        catalog = _CATALOGS[asker.inflect] = _Catalog(asker.inflect)
        for alive in list(_ASKING):
            if alive.inflect == asker.inflect:
                catalog.add(alive.asked)
    if asker.catalog is not catalog:
        catalog.add(asker.asked)
        asker.catalog = catalog
        _ASKING.add(asker)
    return catalog


def _word_matches(token: str, word: str, sensitive: bool, last: bool, inflect: bool) -> bool:
    candidate = token if sensitive else token.lower()
    target = word if sensitive else word.lower()
    if candidate == target:
        return True
    return inflect and last and candidate.startswith(target) and candidate[len(target):] in ENDINGS


def _word_fits(text: str, found: Tokens, index: int, offset: int, word: str, sensitive: bool, last: bool,
               inflect: bool) -> bool:
    word_start, word_end = found.spans[index + offset]
    if offset and not JOINER.fullmatch(text, found.spans[index + offset - 1][1], word_start):
        return False
    return _word_matches(text[word_start:word_end], word, sensitive, last, inflect)


def _phrase_at(text: str, found: Tokens, index: int, words: tuple[str, ...], sensitive: bool, inflect: bool,
               limit: int) -> bool:
    """Whether a phrase's words stand at the text's token ``index``, ending by ``limit``."""
    spans = found.spans
    if index + len(words) > len(spans) or spans[index + len(words) - 1][1] > limit:
        return False
    return all(_word_fits(text, found, index, offset, word, sensitive, offset == len(words) - 1, inflect)
               for offset, word in enumerate(words))


class CueTest:
    """One phrase of every group and none of the 'unless' phrases: asked of the catalog's answer for a text."""

    def __init__(self, groups: tuple[tuple[str, ...], ...], unless: tuple[str, ...]) -> None:
        self.groups = [_matchable(group) for group in groups]
        self.unless = _matchable(unless)
        self.asked = self.unless.union(*self.groups)
        self.inflect = True
        self.catalog: _Catalog | None = None

    def passes(self, text: str) -> bool:
        present = _catalog_for(self).present(text)
        return all(not group.isdisjoint(present) for group in self.groups) and self.unless.isdisjoint(present)


@lru_cache(maxsize=4096)
def cue_test(groups: tuple[tuple[str, ...], ...], unless: tuple[str, ...] = ()) -> CueTest:
    return CueTest(groups, unless)


class PhraseIndex:
    def __init__(self, phrases: Iterable[str], *, inflect: bool = True) -> None:
        self.inflect = inflect
        self.phrases = tuple(dict.fromkeys(phrases))
        self._first = _entries(self.phrases)
        self.asked = _matchable(self.phrases)
        self.catalog: _Catalog | None = None

    def occurs_in(self, text: str) -> bool:
        """Whether any phrase occurs anywhere in the text (the same answer as ``search(text) is not None``)."""
        return not self.asked.isdisjoint(_catalog_for(self).present(text))

    def _match_at(self, text: str, found: Tokens, index: int, limit: int) -> PhraseMatch | None:
        spans = found.spans
        start = spans[index][0]
        for key in (found.keys if self.inflect else found.exact_keys)[index]:
            for words, phrase, sensitive in self._first.get(key, ()):
                if _phrase_at(text, found, index, words, sensitive, self.inflect, limit):
                    finish = spans[index + len(words) - 1][1]
                    return PhraseMatch(start, finish, text[start:finish], phrase)
        return None

    def _absent(self, found: Tokens) -> bool:
        """No first word of any phrase occurs in the text: the common case, answered by one set test."""
        return self._first.keys().isdisjoint(found.key_set if self.inflect else found.exact_key_set)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[PhraseMatch]:
        limit = len(text) if endpos is None else endpos
        found = tokens(text)
        if self._absent(found):
            return
        spans = found.spans
        index = bisect.bisect_left(spans, (pos, -1))
        while index < len(spans) and spans[index][1] <= limit:
            match = self._match_at(text, found, index, limit)
            if match is None:
                index += 1
                continue
            yield match
            while index < len(spans) and spans[index][0] < match.finish:
                index += 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        found = tokens(text)
        index = bisect.bisect_left(found.spans, (pos, -1))
        if self._absent(found) or index >= len(found.spans) or found.spans[index][0] != pos:
            return None
        return self._match_at(text, found, index, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str) -> PhraseMatch | None:
        found = self.match(text, 0)
        return found if found is not None and found.finish == len(text.rstrip()) else None
