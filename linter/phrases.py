"""Find cue phrases and names by words, not by regular expressions.

A fact sheet supplies hundreds of phrases (cues, nouns, names, claim values).
Compiling them into regular expressions costs more than checking a whole draft, so
a :class:`PhraseIndex` looks phrases up word by word in a dictionary instead. The
semantics are those documented for fact sheets: whole words, any spacing or hyphen
between the words of a phrase, ordinary English endings on its last word (unless
the index is exact), and case-sensitive matching for a phrase with a capital letter.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

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


@dataclass(frozen=True)
class Tokens:
    """A text's words, the dictionary keys each word can stand for, and all keys of the text."""
    spans: tuple[tuple[int, int], ...]
    keys: tuple[tuple[str, ...], ...]  # with ordinary endings removed
    exact_keys: tuple[tuple[str, ...], ...]  # the word and its lower case
    key_set: frozenset[str]
    exact_key_set: frozenset[str]


@lru_cache(maxsize=65536)
def _keys(token: str) -> tuple[str, ...]:
    found = []
    for form in dict.fromkeys((token, token.lower())):
        found.append(form)
        found.extend(form[:-len(e)] for e in ENDINGS if len(form) > len(e) and form.endswith(e))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=65536)
def _exact_keys(token: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((token, token.lower())))


@lru_cache(maxsize=512)
def tokens(text: str) -> Tokens:
    spans = tuple((m.start(), m.end()) for m in TOKEN.finditer(text))
    words = [text[a:b] for a, b in spans]
    keys = tuple(map(_keys, words))
    exact = tuple(map(_exact_keys, words))
    return Tokens(spans, keys, exact, frozenset(k for ks in keys for k in ks), frozenset(k for ks in exact for k in ks))


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(phrase))


class PhraseIndex:
    def __init__(self, phrases: Iterable[str], *, inflect: bool = True) -> None:
        self.inflect = inflect
        self.phrases = tuple(dict.fromkeys(phrases))
        self._first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for phrase in self.phrases:
            words = _words(phrase)
            if not words:
                continue
            sensitive = any(c.isupper() for c in phrase)
            key = words[0] if sensitive else words[0].lower()
            self._first.setdefault(key, []).append((words, phrase, sensitive))
        for entries in self._first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def _word_matches(self, token: str, word: str, sensitive: bool, last: bool) -> bool:
        candidate = token if sensitive else token.lower()
        target = word if sensitive else word.lower()
        if candidate == target:
            return True
        return self.inflect and last and candidate.startswith(target) and candidate[len(target):] in ENDINGS

    def _match_at(self, text: str, found: Tokens, index: int, limit: int) -> PhraseMatch | None:
        spans = found.spans
        start = spans[index][0]
        for key in (found.keys if self.inflect else found.exact_keys)[index]:
            for words, phrase, sensitive in self._first.get(key, ()):
                if index + len(words) > len(spans) or spans[index + len(words) - 1][1] > limit:
                    continue
                if all(self._word_fits(text, found, index, offset, word, sensitive, offset == len(words) - 1)
                       for offset, word in enumerate(words)):
                    finish = spans[index + len(words) - 1][1]
                    return PhraseMatch(start, finish, text[start:finish], phrase)
        return None

    def _word_fits(self, text: str, found: Tokens, index: int, offset: int, word: str, sensitive: bool,
                   last: bool) -> bool:
        word_start, word_end = found.spans[index + offset]
        if offset and not JOINER.fullmatch(text, found.spans[index + offset - 1][1], word_start):
            return False
        return self._word_matches(text[word_start:word_end], word, sensitive, last)

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
