"""How names are written: capitalised words, other forms of one name, how far a typo may stray."""
from __future__ import annotations

import regex

# A capitalised word; each part of a hyphenated compound ("U.S.-Russia", "Kiev-based") on its own.
# (not the elided half of a name: "Castel SANT'Angelo"; a possessive "'s" is no elision)
CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}+(?![\p{L}\p{N}]|['’](?!s\b)\p{L})")
# Endings that make another form of the same name: plurals, demonyms, Slavic feminine surnames (Ivanov/Ivanova).
INFLECTIONS = ("s", "'s", "’s", "n", "an", "ian", "ns", "ans", "ians", "es", "i", "y", "a")


def max_typo_distance(name: str) -> int:
    """Edit distance allowed for a typo of a name of this length (short names get none)."""
    if len(name) < 5:
        return 0
    return 1 if len(name) < 8 else 2


# Masculine and feminine forms of Slavic adjectival surnames: Zelensky / Zelenska, Kovalsky / Kovalska.
GENDERED = regex.compile(r"(?:skyy|skyi|skiy|sky|ski|ska|tskyi|tsky|tska|zky|zka)$")


def is_inflection(word: str, base: str) -> bool:
    """Another form of the same name: a plural, possessive or demonym ending, two such endings of one stem of
    five letters or more ("Emiratis", "Emirates"), or the other gender."""
    if word.startswith(base) and word[len(base):] in INFLECTIONS or \
            base.startswith(word) and base[len(word):] in INFLECTIONS:
        return True
    stems = {_stem(word), _stem(base)}
    if len(stems) == 1 and len(stems.pop()) >= 5:
        return True
    return GENDERED.search(word) is not None and GENDERED.sub("", word) == GENDERED.sub("", base)


def _stem(word: str) -> str:
    """The word without its longest plural or demonym ending of two letters or more ("Emirat" of "Emiratis" and
    of "Emirates"); a one-letter ending stays, as it may be the spelling itself ("Andrii", "Andriy")."""
    ending = max((e for e in (*INFLECTIONS, "is") if len(e) > 1 and word.endswith(e) and len(word) > len(e)),
                 key=len, default="")
    return word[:len(word) - len(ending)]


def possessive_of(form: str, names: list[str] | tuple[str, ...]) -> str | None:
    """The name a form is the possessive of ("Luskovo's" of Luskovo): the name itself, never a misspelling."""
    return next((name for name in names if form in (f"{name}'s", f"{name}’s", f"{name}'", f"{name}’")), None)
