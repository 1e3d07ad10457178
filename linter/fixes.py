"""Apply fixes to drafts without losing a byte: encoding, BOM and line endings kept."""
from __future__ import annotations

import difflib
from collections.abc import Callable

from . import document
from .document import Document
from .finding import Edit, Finding

MAX_PASSES = 4  # a fix can reveal another (rare); stop once nothing changes


def choose_edits(findings: list[Finding], *, unsafe: bool) -> list[Edit]:
    """Edits to apply, without overlaps: sorted by position, the first of two overlapping edits wins."""
    chosen: list[Edit] = []
    candidates = sorted({f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)},
                        key=lambda e: (e.start, e.end, e.replacement))
    end = -1
    for edit in candidates:
        if edit.start < end:
            continue
        chosen.append(edit)
        end = max(end, edit.end)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts, cursor = [], 0
    for edit in edits:
        parts.append(text[cursor:edit.start])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def fix_text(doc: Document, check: Callable[[Document], list[Finding]], *, unsafe: bool) -> tuple[str, int]:
    """The fixed text of a document and how many edits were applied, re-checking until stable."""
    text, applied = doc.text, 0
    current = doc
    for _ in range(MAX_PASSES):
        edits = choose_edits(check(current), unsafe=unsafe)
        if not edits:
            break
        text = apply_edits(text, edits)
        applied += len(edits)
        current = doc.with_text(text)
    return text, applied


def encode(doc: Document, text: str) -> bytes:
    return document.encode(text, doc.encoding, doc.bom)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
