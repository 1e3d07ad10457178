"""Frame accuracy on the construction bank: python -m tests.grammar.score (from the repository root).

Each annotated value's frame is built from the shipped parser and compared, field by field, with the
hand-annotated gold frame (tests/grammar/README.md). Words are compared by stem, so a lemmatizer's
"freed" for "free" is not counted against the attachment; time and place match when each head word
the frame gives lies in the gold expression at the same position.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from copydesk.analysis.frames import describe, frame_at

BANK = Path(__file__).with_name("bank.toml")
FIELDS = ("counts", "categories", "partitive", "increment", "total", "predicate", "subject", "time", "place",
          "negated", "modal", "speaker")


def stem(word: str) -> str:
    word = word.lower().strip()
    for ending, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                                ("e", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + replacement
    return word


def offset_of(text: str, value: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(value, start + 1)
    return start


def field_matches(name: str, gold, found, value: str) -> bool:
    if isinstance(gold, bool):
        return gold == found
    if name in ("time", "place"):
        found = [word for word in found if word.lower() not in value.lower().split()]  # a date is its own time
        return len(gold) == len(found) and all(word.lower() in expression.lower().replace("-", " ").split()
                                                 for word, expression in zip(found, gold))
    if isinstance(gold, list):
        return [stem(w) for w in gold] == [stem(w) for w in found]
    return stem(gold) == stem(found)


def evaluate() -> tuple[dict[str, list[bool]], dict[str, dict[str, list[bool]]], list[str]]:
    """Per field: a list of right/wrong per value; per kind, the same; and the values with a wrong field."""
    bank = tomllib.loads(BANK.read_text(encoding="utf-8"))
    by_field: dict[str, list[bool]] = defaultdict(list)
    by_kind: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    wrong: list[str] = []
    for sentence in bank["sentence"]:
        for gold in sentence["value"]:
            offset = offset_of(sentence["text"], gold["value"], gold.get("occurrence", 1))
            frame = frame_at(sentence["text"], offset)
            found = describe(frame) if frame is not None else {}
            misses = []
            for name in FIELDS:
                right = frame is not None and field_matches(name, gold[name], found[name], gold["value"])
                by_field[name].append(right)
                by_kind[sentence["kind"]][name].append(right)
                if not right:
                    misses.append(f"{name}: {gold[name]!r} != {found.get(name)!r}")
            by_kind[sentence["kind"]]["all"].append(not misses)
            by_field["all"].append(not misses)
            if misses:
                wrong.append(f"[{sentence['kind']}] {gold['value']!r} in {sentence['text']!r}: " + "; ".join(misses))
    return by_field, by_kind, wrong


def rate(results: list[bool]) -> float:
    return sum(results) / len(results) if results else 0.0


def main() -> int:
    by_field, by_kind, wrong = evaluate()
    if "--wrong" in sys.argv:
        print("\n".join(wrong))
    print(f"{'kind':<22}{'values':>7}" + "".join(f"{name[:9]:>10}" for name in (*FIELDS, "all")))
    for kind, fields in sorted(by_kind.items()):
        print(f"{kind:<22}{len(fields['all']):>7}" + "".join(f"{rate(fields[name]):>10.2f}" for name in (*FIELDS, "all")))
    print(f"{'every kind':<22}{len(by_field['all']):>7}" +
          "".join(f"{rate(by_field[name]):>10.2f}" for name in (*FIELDS, "all")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
