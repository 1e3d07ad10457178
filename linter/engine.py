"""Run rules over documents and turn their violations into findings."""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import regex

from . import files
from .config import Config, ConfigError
from .document import DecodeError, Document
from .suggest import did_you_mean
from .facts import FactSheet
from .finding import Finding, Violation, severity_rank
from .markdown import MAX_NESTING
from .rule import Context, OptionError, Rule
from .rules.itself import (EngineRule, FileRule, InternalError, NotFixed, NotRead, SuppressionWithoutCode,
                                   UnreadableFile, UnusedSuppression)

MAX_FILE_BYTES = files.MAX_DRAFT_BYTES
SUPPRESSION = regex.compile(r"^\s*copydesk\s*:\s*(?P<action>disable-next-line|disable|enable)\b(?P<codes>.*)$", regex.S)


def matches(code: str, selectors: Iterable[str]) -> bool:
    return any(code.startswith(s.strip().upper()) for s in selectors if s.strip())


def select_rules(registry: dict[str, type[Rule]], config: Config, select: list[str] | None,
                 ignore: list[str] | None) -> list[Rule]:
    chosen_select = select if select else (config.select or ["ALL"])
    chosen_ignore = (ignore or []) + config.ignore
    where = config.path or "configuration"
    known = list(registry)
    named = [("select", config.select), ("ignore", config.ignore),
             *((f"per-file-ignores.{glob}", codes) for glob, codes in config.per_file_ignores.items())]
    for code in config.severity:
        if code not in known:
            raise ConfigError(f"{where}: severity.{code}: no such rule code{did_you_mean(code, known)} "
                              "(see `copydesk rules`)")
    for key, selectors in named:
        for selector in selectors:
            if selector.upper() != "ALL" and not any(code.startswith(selector.strip().upper()) for code in known):
                raise ConfigError(f"{where}: {key}: unknown rule code or prefix {selector!r}"
                                  f"{did_you_mean(selector, known)} (see `copydesk rules`)")
    options_of: dict[str, dict] = {}
    for code, options in config.rules.items():
        if code not in registry:
            raise ConfigError(f"{where}: rules.{code}: no such rule (see `copydesk rules`)")
        try:
            options_of[code] = registry[code].parse_options(options, f"rules.{code}")
        except OptionError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    active = []
    for code, rule in registry.items():
        # copydesk's own findings (a file not read, a rule that failed) are never left out by a selection
        # of checks, only by ignoring them: an unreadable file must not pass a `--select N` run silently
        selected = "ALL" in [s.upper() for s in chosen_select] or matches(code, chosen_select) or \
            issubclass(rule, EngineRule)
        if selected and not matches(code, chosen_ignore):
            active.append(rule(options_of.get(code)))
    return active


def configured(findings: list[Finding], config: Config, path: str, ignore: Iterable[str] = ()) -> list[Finding]:
    """copydesk's own findings as the configuration wants them, like any rule's: left out where their code is
    ignored (in the configuration, for the file, or in ``ignore``), with the severity the configuration
    gives them. A selection of rules never leaves them out: an unreadable file must not pass silently."""
    ignored = [*config.ignore, *ignore, *(config.ignored_for(path) if config.per_file_ignores else [])]
    kept = []
    for finding in findings:
        if finding.code in ENGINE_CODES:
            if matches(finding.code, ignored):
                continue
            severity = config.severity.get(finding.code, finding.severity)
            if severity != finding.severity:
                finding = replace(finding, severity=severity)
        kept.append(finding)
    return kept


ENGINE_CODES = frozenset(rule.code for rule in (UnreadableFile, NotFixed, NotRead, SuppressionWithoutCode,
                                                 UnusedSuppression, InternalError))


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
    next_content: list[int] | None = None
    for start, end, body in doc.comments:
        match = SUPPRESSION.match(body)
        if not match:
            continue
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        named = match.group("codes").split("--", 1)[0]  # ESLint's way: a reason after " -- "
        codes = [c.upper() for c in regex.split(r"[\s,]+", named.strip()) if c]
        if not codes:
            errors.append(Finding(doc.path, line, column, end_line, end_column, SuppressionWithoutCode.code,
                                  SuppressionWithoutCode.severity,
                                  SuppressionWithoutCode.say("no-code", action=match.group("action"))))
            continue
        action = match.group("action")
        if action == "disable-next-line":
            next_content = next_content or _next_content_lines(doc)
            target = next_content[end_line] if end_line < len(next_content) else end_line + 1
            found.append(Suppression(line, column, end_line, end_column, action, codes, target, target))
        elif action == "disable":
            suppression = Suppression(line, column, end_line, end_column, action, codes, end_line, last_line)
            found.append(suppression)
            open_ranges.append(suppression)
        else:
            for suppression in open_ranges:
                if set(codes) & set(suppression.codes):
                    suppression.last = line
            open_ranges = [s for s in open_ranges if s.last == last_line]
    return found, errors


def _next_content_lines(doc: Document) -> list[int]:
    """For each line number L (1-based index), the first line after L that is not blank."""
    lines = doc.text.splitlines()
    following = [len(lines) + 1] * (len(lines) + 1)
    upcoming = len(lines) + 1
    for number in range(len(lines), 0, -1):
        following[number] = upcoming
        if lines[number - 1].strip():
            upcoming = number
    following[0] = upcoming
    return following


def _apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """The findings no suppression covers; every covering suppression is marked used.

    One sweep down the lines, with suppressions filed under the codes they name, so the work
    is linear in findings plus suppressions however many comments a draft holds.
    """
    pending = sorted(suppressions, key=lambda s: s.first)
    waiting: dict[str, list[Suppression]] = {}  # started, not yet used
    used_until: dict[str, int] = {}  # per code: the last line a used suppression still covers
    kept, index = [], 0
    for finding in sorted(findings, key=lambda f: f.line):
        while index < len(pending) and pending[index].first <= finding.line:
            for code in pending[index].codes:
                waiting.setdefault(code, []).append(pending[index])
            index += 1
        covered = False
        for code in {finding.code[:length] for length in range(1, len(finding.code) + 1)}:
            candidates = [s for s in waiting.get(code, ()) if s.last >= finding.line and not s.used]
            waiting[code] = []  # the rest ended before this line or are used: never needed again here
            for suppression in candidates:
                suppression.used = True
                for named in suppression.codes:
                    used_until[named] = max(used_until.get(named, 0), suppression.last)
            covered = covered or bool(candidates) or used_until.get(code, 0) >= finding.line
        if not covered:
            kept.append(finding)
    return kept


def check_document(doc: Document, facts: FactSheet, rules: list[Rule], *, as_of: dt.date | None = None,
                   config: Config | None = None, ignore: Iterable[str] = ()) -> list[Finding]:
    """The document's findings, suppressions applied and copydesk's own findings configured (``ignore``:
    codes the command line ignores besides the configuration's), sorted."""
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
            findings.append(internal_error(doc.path, f"rule {rule.code} ({rule.name}) failed on this file: "
                                                     f"{type(exc).__name__}: {exc}; please report it with the file"))
    suppressions, errors = _suppressions(doc)
    errors += [not_read(doc, start, end) for start, end in doc.unread]
    kept = _apply_suppressions(list(_unique(findings)), suppressions)
    active = [rule.code for rule in rules]
    for suppression in suppressions:
        if not suppression.used and any(matches(code, suppression.codes) for code in active):
            kept.append(Finding(doc.path, suppression.line, suppression.column, suppression.end_line,
                                suppression.end_column, UnusedSuppression.code, UnusedSuppression.severity,
                                UnusedSuppression.say("unused", codes=", ".join(suppression.codes))))
    return sorted(configured(kept + errors, config, doc.path, ignore), key=lambda f: f.sort_key)


def to_finding(doc: Document, facts: FactSheet, code: str, severity: str, violation: Violation) -> Finding:
    line, column = doc.position(violation.start)
    end_line, end_column = doc.position(max(violation.end, violation.start))
    fix_position = None
    if violation.fix is not None:
        fix_position = (*doc.position(violation.fix.start), *doc.position(violation.fix.end))
    about = facts.describe(violation.fact) if violation.fact in facts.facts else None
    sources = tuple(source.file for source in about.sources) if about is not None else ()
    return Finding(doc.path, line, column, end_line, end_column, code, severity, violation.message,
                   violation.fact, sources, violation.fix, fix_position,
                   (violation.start, max(violation.end, violation.start)), about)


def _unique(findings: list[Finding]) -> Iterator[Finding]:
    seen = set()
    for finding in findings:
        key = (finding.code, finding.line, finding.column, finding.end_line, finding.end_column)
        if key not in seen:
            seen.add(key)
            yield finding


def not_read(doc: Document, start: int, end: int) -> Finding:
    """E003: a span copydesk could not read, so a clean result never hides it."""
    (line, column), (end_line, end_column) = doc.position(start), doc.position(end)
    lines = f"line {line}" if line == end_line else f"lines {line}-{end_line}"
    return Finding(doc.path, line, column, end_line, end_column, NotRead.code, NotRead.severity,
                   NotRead.say("not-read", lines=lines, depth=MAX_NESTING))


def _at_first_line(rule: type[FileRule], path: str, reason: str) -> Finding:
    return Finding(path, 1, 1, 1, 1, rule.code, rule.severity, rule.say("reason", reason=reason))


def internal_error(path: str, message: str) -> Finding:
    return _at_first_line(InternalError, path, message)


def not_fixed(path: str, message: str) -> Finding:
    return _at_first_line(NotFixed, path, message)


def error_finding(path: str, message: str) -> Finding:
    return _at_first_line(UnreadableFile, path, message)


def collect_files(paths: list[str], extensions: tuple[str, ...], exclude: Iterable[str] = (),
                  on_error: Callable[[str, OSError], None] | None = None) -> Iterator[str]:
    """Files to check: folders searched for the extensions, sorted; named files as given.

    ``exclude`` applies to both, as pre-commit always names files. A folder that cannot be
    listed is passed to ``on_error``, never skipped without a word.
    """
    for path in paths:
        if os.path.isdir(path):
            found = []

            def unlistable(error: OSError) -> None:
                if on_error is not None:
                    on_error(error.filename or path, error)

            for root, dirs, names in os.walk(path, onerror=unlistable):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for name in names:
                    if name.lower().endswith(extensions):
                        full = os.path.join(root, name)
                        if not is_excluded(full, exclude):
                            found.append(full)
            yield from sorted(found)
        elif not is_excluded(path, exclude):
            yield path


def is_excluded(path: str, exclude: Iterable[str]) -> bool:
    return any(Path(path).match(pattern) for pattern in exclude)


def within(path: str, roots: Iterable[str]) -> bool:
    """Whether a path, links resolved, lies inside one of the (resolved) roots."""
    real = os.path.realpath(path)
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def read_draft(path: str, roots: Iterable[str] | None = None) -> files.Snapshot | Finding:
    """A draft's bytes, or an E001 finding saying why it was not read.

    With ``roots``, a draft reached through a symbolic link is read only when the link's
    target lies inside one of them: a committed link to a file elsewhere on the machine
    is reported, never read (and so never copied into a report or a fix).
    """
    if roots is not None and os.path.realpath(path) != os.path.abspath(path) and not within(path, roots):
        return error_finding(path, f"not checked: a symbolic link to {os.path.realpath(path)}, outside the "
                                   "checked folders; copydesk does not read files outside them through a link")
    try:
        return files.read_regular(path, MAX_FILE_BYTES, what="draft")
    except files.NotRegularFile:
        return error_finding(path, "not checked: not a regular file")
    except files.TooLarge:
        size = os.stat(path).st_size
        return error_finding(path, f"not checked: {size / 1024 / 1024:.1f} MB is larger than the "
                                   f"{MAX_FILE_BYTES // 1024 // 1024} MB limit for a draft")
    except OSError as exc:
        return error_finding(path, f"cannot read this file: {exc.strerror or exc}")


def parse_draft(path: str, data: bytes, config: Config) -> Document | Finding:
    try:
        return Document.from_bytes(data, path, text_fields=config.text_fields)
    except DecodeError as exc:
        return error_finding(path, f"cannot check this file: {exc}")
    except RecursionError:
        return error_finding(path, "cannot check this file: its Markdown is nested too deeply")


def at_or_above(findings: list[Finding], threshold: str) -> list[Finding]:
    return [f for f in findings if severity_rank(f.severity) >= severity_rank(threshold)]
