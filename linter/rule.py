"""What a rule is: a class with a code, a name, a severity, options, a docstring and ``check``.

A rule's docstring follows ruff's rule documentation: a summary line, then the
sections ``## What it does``, ``## Why is this bad?``, ``## Example`` and
``## Use instead`` (each example a draft in a fenced block). ``copydesk rule CODE``
prints it, and the meta-test runs its examples.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

import regex

from linter.analysis import Analysis, analyse
from linter.document import Document
from linter.facts import FactSheet
from linter.finding import Violation

CODE = regex.compile(r"^[A-Z]{1,3}[0-9]{3}$")
FAMILIES = {
    "T": "titles and roles", "N": "numbers and counts", "S": "spellings of names and places",
    "Q": "quotations", "C": "claims", "D": "dates and timeline", "I": "consistency within a draft",
    "E": "copydesk itself (unreadable files, suppression comments)",
}
REQUIRED_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead")


@dataclass
class Context:
    """Everything a rule may read: the document, the fact sheet and the shared analyses."""
    doc: Document
    facts: FactSheet
    as_of: dt.date
    options: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def analysis(self) -> Analysis:
        return analyse(self.doc, self.facts)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[str] = "error"
    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = {**self.defaults, **(options or {})}

    def check(self, ctx: Context) -> Iterable[Violation]:
        raise NotImplementedError

    @classmethod
    def docstring(cls) -> str:
        import inspect  # only documentation needs it; keep it off the check path

        return inspect.getdoc(cls) or ""

    @classmethod
    def summary(cls) -> str:
        return cls.docstring().splitlines()[0] if cls.docstring() else ""

    @classmethod
    def sections(cls) -> dict[str, str]:
        """The docstring's sections by heading (``## Heading``)."""
        doc = cls.docstring()
        parts = regex.split(r"(?m)^## (.+)$", doc)
        return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}

    @classmethod
    def examples(cls, section: str) -> list[str]:
        """The fenced drafts of a docstring section."""
        return [m.group(1) for m in regex.finditer(r"```[\w-]*\n(.*?)```", cls.sections().get(section, ""), regex.S)]

    @classmethod
    def documentation(cls) -> str:
        header = f"# {cls.name} ({cls.code})\n\nFamily: {FAMILIES.get(cls.code[0], cls.code[0])}. " \
                 f"Default severity: {cls.severity}."
        if cls.defaults:
            header += "\n\nOptions (defaults): " + ", ".join(f"{k} = {v!r}" for k, v in cls.defaults.items())
        return f"{header}\n\n{cls.docstring()}\n"
