"""Find the rules: the built-in modules listed in ``rules/`` and entry-point plugins."""
from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable
from types import ModuleType

from .rule import CODE, Rule

ENTRY_POINT_GROUP = "copydesk.rules"


class RegistryError(Exception):
    pass


def _rules_of(obj: object, origin: str) -> list[type[Rule]]:
    if isinstance(obj, ModuleType):
        found = getattr(obj, "RULES", None)
        if found is None:
            raise RegistryError(f"{origin}: module has no RULES list")
        return list(found)
    if isinstance(obj, type) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return list(obj)
    raise RegistryError(f"{origin}: expected a Rule class, a list of them or a module with RULES")


def load_rules(*, plugins: bool = True) -> dict[str, type[Rule]]:
    from . import rules as builtin

    found: list[tuple[type[Rule], str]] = []
    for module_name in builtin.BUILTIN_MODULES:
        module = importlib.import_module(module_name)
        found += [(rule, module_name) for rule in _rules_of(module, module_name)]
    if plugins and _plugins_may_be_installed():
        from importlib import metadata

        for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
            try:
                loaded = entry.load()
            except Exception as exc:  # a broken plugin must not take copydesk down with it
                raise RegistryError(f"plugin {entry.name!r} failed to load: {exc}") from None
            found += [(rule, f"plugin {entry.name}") for rule in _rules_of(loaded, f"plugin {entry.name!r}")]
    return register(found)


def _plugins_may_be_installed() -> bool:
    """Whether any installed distribution names our entry-point group: read from the ``entry_points.txt``
    files directly, which costs a fraction of importing ``importlib.metadata`` (it imports the email
    package) on every run when, as usual, no plugin is installed. Anything unusual on the path (a zip
    archive, an unreadable folder) answers yes, and importlib.metadata decides."""
    marker = f"[{ENTRY_POINT_GROUP}]"
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return True
            continue
        try:
            names = [e.name for e in os.scandir(folder) if e.name.endswith((".dist-info", ".egg-info"))]
        except OSError:
            return True
        for name in names:
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8", errors="replace") as file:
                    if marker in file.read():
                        return True
            except FileNotFoundError:
                continue
            except OSError:
                return True
    return False


def register(found: Iterable[tuple[type[Rule], str]]) -> dict[str, type[Rule]]:
    registry: dict[str, type[Rule]] = {}
    origins: dict[str, str] = {}
    for rule, origin in found:
        if not (isinstance(rule, type) and issubclass(rule, Rule)):
            raise RegistryError(f"{origin}: {rule!r} is not a copydesk Rule")
        code = getattr(rule, "code", None)
        if not isinstance(code, str) or not CODE.match(code):
            raise RegistryError(f"{origin}: invalid rule code {code!r} (expected letters and three digits, e.g. T101)")
        if code in registry:
            raise RegistryError(f"{origin}: duplicate rule code {code} (already defined by {origins[code]})")
        if not getattr(rule, "name", None):
            raise RegistryError(f"{origin}: rule {code} has no name")
        registry[code] = rule
        origins[code] = origin
    return dict(sorted(registry.items()))
