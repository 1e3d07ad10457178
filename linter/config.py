"""Configuration: ``[tool.copydesk]`` in pyproject.toml, or copydesk.toml / .copydesk.toml.

The nearest file upward from the checked path wins. Unknown keys are errors.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .facts import Date, tomllib
from .finding import SEVERITIES
from .markdown import DEFAULT_TEXT_FIELDS
from .suggest import did_you_mean, toml_error

CONFIG_FILES = ("copydesk.toml", ".copydesk.toml", "pyproject.toml")
DEFAULT_EXTENSIONS = (".md", ".markdown", ".txt")
CONFIG_KEYS = ("as-of", "exclude", "extensions", "facts", "fail-on", "ignore", "per-file-ignores", "rules", "select",
               "severity", "text-fields")


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path | None = None
    facts: Path | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    as_of: dt.date | None = None
    text_fields: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    exclude: list[str] = field(default_factory=list)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: str = "error"  # the least severity that fails the run (exit 1): warnings alone pass by default

    def ignored_for(self, path: str) -> list[str]:
        base = self.path.parent if self.path else Path.cwd()
        try:
            relative = Path(path).resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        codes = []
        for pattern, ignored in self.per_file_ignores.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                codes += ignored
        return codes


def _strings(value: Any, key: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key}: expected an array of strings")
    return value


def parse(table: dict[str, Any], path: Path, where: str) -> Config:
    config = Config(path=path)
    for key, value in table.items():
        if key == "facts":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: facts: expected a path string")
            config.facts = (path.parent / value).resolve()
        elif key in ("select", "ignore", "exclude"):
            setattr(config, key, _strings(value, key, where))
        elif key == "extensions":
            config.extensions = tuple(e if e.startswith(".") else f".{e}" for e in _strings(value, key, where))
        elif key == "text-fields":
            config.text_fields = tuple(_strings(value, key, where))
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: per-file-ignores: expected a table of glob = [codes]")
            config.per_file_ignores = {k: _strings(v, f"per-file-ignores.{k}", where) for k, v in value.items()}
        elif key == "severity":
            if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
                raise ConfigError(f"{where}: severity: expected a table of CODE = \"error\"|\"warning\"|\"info\"")
            config.severity = dict(value)
        elif key == "as-of":
            try:
                config.as_of = Date.parse(value).first_day
            except ValueError as exc:
                raise ConfigError(f"{where}: as-of: {exc}") from None
        elif key == "rules":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{where}: rules: expected tables of options per rule code")
            config.rules = value
        elif key == "fail-on":
            if value not in SEVERITIES:
                raise ConfigError(f"{where}: fail-on: expected \"error\", \"warning\" or \"info\", not {value!r}")
            config.fail_on = value
        else:
            raise ConfigError(f"{where}: unknown key {key!r}{did_you_mean(key, CONFIG_KEYS)} (expected one of: "
                              f"{', '.join(CONFIG_KEYS)})")
    return config


MAX_CONFIG_BYTES = 1_000_000


def load_file(path: Path) -> Config | None:
    from . import files

    try:
        raw = tomllib.loads(files.read_input(path, MAX_CONFIG_BYTES, what="configuration file"))
    except files.UnreadableInput as exc:
        raise ConfigError(str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(toml_error(str(path), exc)) from None
    except RecursionError:
        raise ConfigError(f"{path}: configuration is nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = raw.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: tool: expected a table ([tool])")
        table = tool.get("copydesk")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: tool.copydesk: expected a table ([tool.copydesk])")
        return parse(table, path, f"{path} [tool.copydesk]")
    return parse(raw, path, str(path))


def discover(start: Path) -> Config:
    """The configuration that applies to a path: the nearest config file upward."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate in [folder, *folder.parents]:
        for name in CONFIG_FILES:
            path = candidate / name
            if path.exists():  # a pipe or folder under a configuration's name is an error, not skipped
                config = load_file(path)
                if config is not None:
                    return config
    return Config()
