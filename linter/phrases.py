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


@lru_cache(maxsize=32)
def tokens(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in TOKEN.finditer(text))


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

    def _keys(self, token: str) -> Iterator[str]:
        for form in dict.fromkeys((token, token.lower())):
            yield form
            if self.inflect:
                for ending in ENDINGS:
                    if form.endswith(ending) and len(form) > len(ending):
                        yield form[:-len(ending)]

    def _match_at(self, text: str, spans: tuple[tuple[int, int], ...], index: int, limit: int) -> PhraseMatch | None:
        start, end = spans[index]
        token = text[start:end]
        for key in dict.fromkeys(self._keys(token)):
            for words, phrase, sensitive in self._first.get(key, ()):
                if index + len(words) > len(spans) or spans[index + len(words) - 1][1] > limit:
                    continue
                ok = True
                for offset, word in enumerate(words):
                    word_start, word_end = spans[index + offset]
                    if offset and not JOINER.fullmatch(text, spans[index + offset - 1][1], word_start):
                        ok = False
                        break
                    last = offset == len(words) - 1
                    if not self._word_matches(text[word_start:word_end], word, sensitive, last):
                        ok = False
                        break
                if ok:
                    finish = spans[index + len(words) - 1][1]
                    return PhraseMatch(start, finish, text[start:finish], phrase)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[PhraseMatch]:
        limit = len(text) if endpos is None else endpos
        spans = tokens(text)
        index = bisect.bisect_left(spans, (pos, -1))
        while index < len(spans) and spans[index][1] <= limit:
            match = self._match_at(text, spans, index, limit)
            if match is None:
                index += 1
                continue
            yield match
            while index < len(spans) and spans[index][0] < match.finish:
                index += 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        spans = tokens(text)
        index = bisect.bisect_left(spans, (pos, -1))
        if index >= len(spans) or spans[index][0] != pos:
            return None
        return self._match_at(text, spans, index, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str) -> PhraseMatch | None:
        found = self.match(text, 0)
        return found if found is not None and found.finish == len(text.rstrip()) else None
