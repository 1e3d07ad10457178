"""The one type every rule's result becomes, and the edit a fix makes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # `copydesk --version` imports this module and nothing of the model
    from .model import FactDescription

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with replacement. Safe edits are applied by --fix."""
    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True)
class Violation:
    """What a rule yields: offsets into the document, a message, the fact and an optional fix."""
    start: int
    end: int
    message: str
    fact: str | None = None
    fix: Edit | None = None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    severity: str
    message: str
    fact: str | None = None
    sources: tuple[str, ...] = ()
    fix: Edit | None = None
    fix_position: tuple[int, int, int, int] | None = None  # line, column, end line, end column of the edit
    # the span's offsets in the document's text, kept until output: the language server and the review page
    # place the finding by them (line and column are what text reports print); None for a whole-file finding
    span: tuple[int, int] | None = field(default=None, compare=False)
    # the fact itself as its sheet describes it, made once by the engine: the hover, the review page and
    # the reports read it rather than look the fact up again
    about: FactDescription | None = field(default=None, compare=False)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.end_line, self.end_column, self.message)

    def to_dict(self) -> dict[str, Any]:
        fix = None
        if self.fix is not None and self.fix_position is not None:
            line, column, end_line, end_column = self.fix_position
            fix = {"line": line, "column": column, "end_line": end_line, "end_column": end_column,
                   "start": self.fix.start, "end": self.fix.end, "replacement": self.fix.replacement,
                   "applicability": "safe" if self.fix.safe else "unsafe"}
        return {"path": self.path, "line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "code": self.code, "severity": self.severity,
                "message": self.message, "fact": self.fact, "sources": list(self.sources), "fix": fix}
