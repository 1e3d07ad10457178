"""Shared helpers: lint a snippet and get (code, line, column) back."""
from __future__ import annotations

import textwrap

import pytest

from copydesk import engine
from copydesk.document import Document
from copydesk.facts import load
from copydesk.registry import load_rules

DEFAULT_FACTS = load()
REGISTRY = load_rules(plugins=False)


def findings(text: str, *, path: str = "draft.md", select: list[str] | None = None, facts=None, as_of=None,
             config=None):
    doc = Document.from_text(textwrap.dedent(text).lstrip("\n"), path)
    rules = [rule() for code, rule in REGISTRY.items() if not select or any(code.startswith(s) for s in select)]
    return engine.check_document(doc, facts or DEFAULT_FACTS, rules, as_of=as_of, config=config)


def codes(text: str, **kwargs) -> list[tuple[str, int, int]]:
    """(code, line, column) of every finding, in order."""
    return [(f.code, f.line, f.column) for f in findings(text, **kwargs)]


def sheet_head(story: str = "s", title: str = "t", as_of: str = "2025-05-23",
               sources: tuple[tuple[str, str], ...] = (("a", "o"),)) -> str:
    """What every test sheet starts with: the schema, its story, and its sources as (id, outlet) with
    files named after them; the tests add the facts they are about."""
    head = f"""\
schema = 1
[story]
id = "{story}"
title = "{title}"
as_of = {as_of}
"""
    return head + "".join(f'[[sources]]\nid = "{sid}"\nfile = "{sid}.txt"\noutlet = "{outlet}"\n' for sid, outlet in sources)


def one_figure(unit: str, cue: str, value: float, source: str = "a") -> str:
    """The facts of a sheet that knows one figure with a unit, named by one cue word; append to a head."""
    return f"""\
[[measures]]
id = "figure"
what = "the figure"
unit = "{unit}"
cues = [["{cue}"]]
[[quantities]]
id = "figure-{value:g}"
what = "the figure"
measure = "figure"
value = {value:g}
sources = ["{source}"]
single_source = true
"""


def one_source_story(story: str = "ruritania-election", title: str = "Ruritania votes",
                     as_of: str = "2031-02-24") -> str:
    """A sheet head whose one source is the wire."""
    return sheet_head(story, title, as_of, (("wire", "Wire"),))


@pytest.fixture
def lint():
    return codes
