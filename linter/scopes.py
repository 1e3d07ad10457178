"""Values made once per owner and dropped with it: a fact sheet's (kept by its Lexicon) and a document's
(kept by its Analysis of one sheet on one day).

Each kind of value is declared once, as a module constant beside the function that makes it: the kind
says what the value is and types it; the parts say what it depends on within its owner (a sentence, an
offset, a series). No key is a free-form string, and none is an object's id().
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Kind(Generic[T]):
    """One kind of derived value (compared by identity: two kinds never share a key)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


class Store:
    """The derived values of one owner."""

    def __init__(self) -> None:
        self._values: dict[tuple[Kind[Any], tuple[Hashable, ...]], Any] = {}

    def get(self, kind: Kind[T], make: Callable[[], T], parts: tuple[Hashable, ...]) -> T:
        key = (kind, parts)
        if key not in self._values:
            self._values[key] = make()
        value: T = self._values[key]
        return value
