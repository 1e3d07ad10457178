"""`copydesk facts diff`: the facts that differ between two sheets, one line each."""
from __future__ import annotations

import dataclasses
from typing import Any

from .facts import FactSheet
from .model import Date


def differences(old: FactSheet, new: FactSheet) -> list[str]:
    """Facts added, removed or changed (field by field) from the old sheet to the new, in the new sheet's
    order; the story's date first."""
    lines = []
    if old.story.as_of != new.story.as_of:
        lines.append(f"~ story.as_of: {old.story.as_of} -> {new.story.as_of}")
    for fact_id, fact in new.facts.items():
        before = old.facts.get(fact_id)
        if before is None:
            lines.append(f"+ {fact.table}.{fact_id}: {new.describe(fact_id).summary}")
        elif type(before) is not type(fact):
            lines.append(f"~ {fact.table}.{fact_id}: now a {fact.table.rstrip('s')}, was a "
                         f"{before.table.rstrip('s')}")
        else:
            lines += [f"~ {fact.table}.{fact_id}.{name}: {_show(was)} -> {_show(now)}"
                      for name, was, now in _changed_fields(before, fact)]
    lines += [f"- {fact.table}.{fact_id}: {old.describe(fact_id).summary}"
              for fact_id, fact in old.facts.items() if fact_id not in new.facts]
    return lines


def _changed_fields(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    return [(item.name, getattr(before, item.name), getattr(after, item.name))
            for item in dataclasses.fields(after) if _plain(getattr(before, item.name)) != _plain(getattr(after, item.name))]


def _plain(value: Any) -> Any:
    """A field's value compared by content (the model's classes compare by identity)."""
    if isinstance(value, Date):
        return str(value)
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple((item.name, _plain(getattr(value, item.name))) for item in dataclasses.fields(value))
    return value


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
        return "; ".join(", ".join(f"{k}={_show(v)}" for k, v in _plain(item) if v not in (None, ())) for item in value)
    return str(value) if value not in (None, ()) else "(none)"
