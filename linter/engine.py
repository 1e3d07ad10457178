"""Run rules over documents and turn their violations into findings."""
from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from linter.config import Config, ConfigError
from linter.document import DecodeError, Document
from linter.facts import FactSheet
from linter.finding import Finding, Violation, severity_rank
from linter.rule import Context, Rule

# Findings that come from copydesk itself rather than a rule.
ENGINE_CODES = {
    "E001": ("unreadable-file", "error", "The file could not be read or decoded (binary, invalid UTF-8, missing)."),
    "E100": ("suppression-without-code", "error", "A copydesk suppression comment that names no rule code."),
    "E101": ("unused-suppression", "warning", "A copydesk suppression comment that suppressed nothing."),
    "E900": ("internal-error", "error", "A rule failed on this file; the other rules and files were still checked."),
}
MAX_FILE_BYTES = 10 * 1024 * 1024  # a draft is never this long; larger files are reported, not read
SUPPRESSION = regex.compile(r"^\s*copydesk\s*:\s*(?P<action>disable-next-line|disable|enable)\b(?P<codes>.*)$", regex.S)


def matches(code: str, selectors: Iterable[str]) -> bool:
    return any(code.startswith(s.strip().upper()) for s in selectors if s.strip())


def select_rules(registry: dict[str, type[Rule]], config: Config, select: list[str] | None,
                 ignore: list[str] | None) -> list[Rule]:
    chosen_select = select if select else (config.select or ["ALL"])
    chosen_ignore = (ignore or []) + config.ignore
    where = config.path or "configuration"
    for code, options in config.rules.items():
        if code not in registry:
            raise ConfigError(f"{where}: rules.{code}: no such rule (see `copydesk rules`)")
        unknown = sorted(set(options) - set(registry[code].defaults))
        if unknown:
            known = ", ".join(registry[code].defaults) or "none"
            raise ConfigError(f"{where}: rules.{code}.{unknown[0]}: unknown option (options: {known})")
    active = []
    for code, rule in registry.items():
        if ("ALL" in [s.upper() for s in chosen_select] or matches(code, chosen_select)) and \
                not matches(code, chosen_ignore):
            active.append(rule(config.rules.get(code)))
    return active


@dataclass
class Suppression:
    line: int
    column: int
    end_line: int
    end_column: int
    action: str
    codes: list[str]
    first: int  # first line covered
    last: int  # last line covered
    used: bool = False


def _suppressions(doc: Document) -> tuple[list[Suppression], list[Finding]]:
    found: list[Suppression] = []
    errors: list[Finding] = []
    open_ranges: list[Suppression] = []
    last_line = doc.line_of(len(doc.text))
    for start, end, body in doc.comments:
        match = SUPPRESSION.match(body)
        if not match:
            continue
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        codes = [c.upper() for c in regex.split(r"[\s,]+", match.group("codes").strip()) if c]
        if not codes:
            errors.append(Finding(doc.path, line, column, end_line, end_column, "E100", "error",
                                  f"suppression comment `{match.group('action')}` names no rule code; "
                                  "name the codes it silences, e.g. `copydesk: disable-next-line T101`"))
            continue
        action = match.group("action")
        if action == "disable-next-line":
            target = _next_content_line(doc, end_line)
            found.append(Suppression(line, column, end_line, end_column, action, codes, target, target))
        elif action == "disable":
            suppression = Suppression(line, column, end_line, end_column, action, codes, end_line, last_line)
            found.append(suppression)
            open_ranges.append(suppression)
        else:
            for suppression in open_ranges:
                if set(codes) & set(suppression.codes) and suppression.last == last_line:
                    suppression.last = line
    return found, errors


def _next_content_line(doc: Document, after_line: int) -> int:
    lines = doc.text.splitlines()
    for number in range(after_line + 1, len(lines) + 1):
        if lines[number - 1].strip():
            return number
    return after_line + 1


def check_document(doc: Document, facts: FactSheet, rules: list[Rule], *, as_of: dt.date | None = None,
                   config: Config | None = None) -> list[Finding]:
    config = config or Config()
    ctx = Context(doc, facts, as_of or config.as_of or facts.as_of)
    ignored = config.ignored_for(doc.path) if config.per_file_ignores else []
    findings: list[Finding] = []
    for rule in rules:
        if matches(rule.code, ignored):
            continue
        severity = config.severity.get(rule.code, rule.severity)
        try:
            for violation in rule.check(ctx):
                findings.append(to_finding(doc, facts, rule.code, severity, violation))
        except (Exception, RecursionError) as exc:  # one rule's bug must not hide every other finding
            findings.append(Finding(doc.path, 1, 1, 1, 1, "E900", "error",
                                    f"rule {rule.code} ({rule.name}) failed on this file: {type(exc).__name__}: "
                                    f"{exc}; please report it with the file"))
    suppressions, errors = _suppressions(doc)
    kept = []
    for finding in _unique(findings):
        covering = [s for s in suppressions if s.first <= finding.line <= s.last and matches(finding.code, s.codes)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    active = [rule.code for rule in rules]
    for suppression in suppressions:
        if not suppression.used and any(matches(code, suppression.codes) for code in active):
            kept.append(Finding(doc.path, suppression.line, suppression.column, suppression.end_line,
                                suppression.end_column, "E101", "warning",
                                f"suppression of {', '.join(suppression.codes)} silenced nothing; remove it"))
    return sorted(kept + errors, key=lambda f: f.sort_key)


def to_finding(doc: Document, facts: FactSheet, code: str, severity: str, violation: Violation) -> Finding:
    line, column = doc.position(violation.start)
    end_line, end_column = doc.position(max(violation.end, violation.start))
    fix_position = None
    if violation.fix is not None:
        fix_position = (*doc.position(violation.fix.start), *doc.position(violation.fix.end))
    sources = tuple(facts.source_files(violation.fact))
    return Finding(doc.path, line, column, end_line, end_column, code, severity, violation.message,
                   violation.fact, sources, violation.fix, fix_position)


def _unique(findings: list[Finding]) -> Iterator[Finding]:
    seen = set()
    for finding in findings:
        key = (finding.code, finding.line, finding.column, finding.end_line, finding.end_column)
        if key not in seen:
            seen.add(key)
            yield finding


def error_finding(path: str, message: str) -> Finding:
    return Finding(path, 1, 1, 1, 1, "E001", "error", message)


def collect_files(paths: list[str], extensions: tuple[str, ...], exclude: list[str] = ()) -> Iterator[str]:
    """Files to check: named files as given; directories searched for the extensions, sorted."""
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for name in files:
                    if name.lower().endswith(extensions):
                        full = os.path.join(root, name)
                        if not any(Path(full).match(pattern) for pattern in exclude):
                            found.append(full)
            yield from sorted(found)
        else:
            yield path


def load_document(path: str, config: Config) -> Document | Finding:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return error_finding(path, "not checked: not a regular file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            return error_finding(path, f"not checked: {size / 1024 / 1024:.1f} MB is larger than the "
                                       f"{MAX_FILE_BYTES // 1024 // 1024} MB limit for a draft")
        return Document.from_path(path, text_fields=config.text_fields)
    except DecodeError as exc:
        return error_finding(path, f"cannot check this file: {exc}")
    except OSError as exc:
        return error_finding(path, f"cannot read this file: {exc.strerror or exc}")
    except RecursionError:
        return error_finding(path, "cannot check this file: its Markdown is nested too deeply")


def at_or_above(findings: list[Finding], threshold: str) -> list[Finding]:
    return [f for f in findings if severity_rank(f.severity) >= severity_rank(threshold)]
