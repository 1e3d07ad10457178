"""What a rule is: a class with a code, a name, a severity, options, a docstring and ``check``.

A rule's docstring follows ruff's rule documentation: a summary line, then the
sections ``## What it does``, ``## Why is this bad?``, ``## Example`` and
``## Use instead`` (each example a draft in a fenced block). ``copydesk rule CODE``
prints it, and the meta-test runs its examples.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

import regex

from . import text as lang
from .analysis import Analysis, analyse
from .document import Document
from .facts import FactSheet
from .finding import Violation

CODE = regex.compile(r"^[A-Z]{1,3}[0-9]{3}$")
REQUIRED_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead")


@dataclass(frozen=True)
class Family:
    """A family of rules: the letter its codes start with and what it checks. Each module in rules/
    declares one as ``FAMILY``; lists of families (docs, `copydesk rules`, mutate) come from the registry."""
    letter: str
    checks: str


@dataclass(frozen=True)
class Plant:
    """An error `copydesk mutate` plants in a clean draft: one edit a family's rules must catch. A family
    module that can plant errors declares ``plants(ctx)``, yielding them."""
    family: str
    start: int
    end: int
    replacement: str
    description: str

    def apply(self, text: str) -> str:
        return text[:self.start] + self.replacement + text[self.end:]


class OptionError(ValueError):
    """A rule option of the wrong name or type in a configuration."""


@dataclass(frozen=True)
class OptionType:
    description: str
    accepts: Callable[[Any], bool]


def option_type(default: Any) -> OptionType:
    if isinstance(default, bool):
        return OptionType("true or false", lambda v: isinstance(v, bool))
    if isinstance(default, (int, float)):
        return OptionType("a number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    if isinstance(default, str):
        return OptionType("a string", lambda v: isinstance(v, str))
    if isinstance(default, (list, tuple)):
        return OptionType("an array of strings", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))
    raise TypeError(f"unsupported option default {default!r}")


@dataclass
class Context:
    """Everything a rule may read: the document, the fact sheet and the shared analyses."""
    doc: Document
    facts: FactSheet
    as_of: dt.date

    @cached_property
    def analysis(self) -> Analysis:
        return analyse(self.doc, self.facts, self.as_of)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[str] = "error"
    defaults: ClassVar[dict[str, Any]] = {}
    # The rule's message formats, by key (pylint's msgs), filled by ``say``: {was} and {is} agree with
    # {subject}; a date field written {date:on} takes "on" for a day and "in" for a month or a year.
    messages: ClassVar[dict[str, str]] = {}
    # whether its findings carry a fix (ruff's FIX_AVAILABILITY): "none", "sometimes" or "always"
    fix_availability: ClassVar[str] = "none"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options = {**self.defaults, **(options or {})}

    def check(self, ctx: Context) -> Iterable[Violation]:
        raise NotImplementedError

    @classmethod
    def say(cls, key: str, **fields: Any) -> str:
        """The message ``key`` with these fields, its verbs agreeing with the subject."""
        if "subject" in fields:
            many = lang.plural(str(fields["subject"]))
            fields = {"was": "were" if many else "was", "is": "are" if many else "is", **fields}
        return cls.messages[key].format(**fields)

    @classmethod
    def parse_options(cls, table: dict[str, Any], where: str) -> dict[str, Any]:
        """Options from a configuration table, each typed by its default (yamllint's CONF, ruff's settings):
        a list of strings takes an array of strings, a bool true or false, a number a number, a string a
        string. Raises OptionError with a one-line message naming the key."""
        for key, value in table.items():
            if key not in cls.defaults:
                known = ", ".join(cls.defaults) or "none"
                raise OptionError(f"{where}.{key}: unknown option (options: {known})")
            expected = option_type(cls.defaults[key])
            if not expected.accepts(value):
                raise OptionError(f"{where}.{key}: expected {expected.description}, got {value!r}")
        return dict(table)

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
    def family(cls) -> Family | None:
        """The FAMILY its module declares (plugins may declare none)."""
        import sys

        family = getattr(sys.modules.get(cls.__module__), "FAMILY", None)
        return family if isinstance(family, Family) else None

    @classmethod
    def documentation(cls) -> str:
        family = cls.family()
        header = f"# {cls.name} ({cls.code})\n\nFamily: {family.checks if family else cls.code[0]}. " \
                 f"Default severity: {cls.severity}. Fix: {cls.fix_availability}."
        if cls.defaults:
            header += "\n\nOptions (defaults): " + ", ".join(f"{k} = {v!r}" for k, v in cls.defaults.items())
        messages = "".join(f"\n- `{key}`: {template}" for key, template in cls.messages.items())
        footer = f"\n## Messages\n{messages}\n" if messages else ""
        return f"{header}\n\n{cls.docstring()}\n{footer}"
