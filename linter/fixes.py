"""Apply fixes to drafts without losing a byte: atomic writes, encoding, BOM and line endings kept."""
from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from linter.document import Document
from linter.finding import Edit, Finding

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
        current = Document.from_text(text, doc.path, is_markdown=doc.markdown, bom=doc.bom, encoding=doc.encoding)
    return text, applied


def encode(doc: Document, text: str) -> bytes:
    if doc.encoding == "utf-16":
        return text.encode("utf-16")  # writes its own BOM, in the machine's byte order
    return ("\ufeff" if doc.bom else "").encode("utf-8") + text.encode("utf-8")


def write_atomic(path: str, data: bytes) -> None:
    """Write next to the file and rename over it, so a crash never leaves half a draft."""
    target = Path(path)
    mode = stat.S_IMODE(target.stat().st_mode)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".copydesk", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
