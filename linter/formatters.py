"""Formatters turn findings into text; they decide nothing."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from . import __version__
from .facts import FactSheet
from .finding import Finding

LINE_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


@dataclass
class RuleInfo:
    """What a report says about a rule: plain data, so formatters need no rule objects."""
    code: str
    name: str
    severity: str
    summary: str
    documentation: str
    family: str = ""  # what its family checks ("titles and roles")


@dataclass
class SourceView:
    """A source as a report shows it: outlet and title (linked when the sheet gives its address), its file,
    and the sentence of it that states the fact when the file is at hand."""
    outlet: str
    file: str
    title: str | None = None
    url: str | None = None
    passage: str | None = None


@dataclass
class FactView:
    """What a report shows of a fact: its one-line summary and the sources that state it."""
    id: str
    summary: str
    sources: list[SourceView]


@dataclass
class SheetInfo:
    """A fact sheet a run checked drafts against, as every report names it."""
    title: str
    path: str
    as_of: str
    facts: int
    sources: int
    built_in: bool = False  # the embedded sample sheet: no sheet was configured

    @classmethod
    def of(cls, sheet: FactSheet) -> SheetInfo:
        built_in = sheet.path.startswith("<default>")
        return cls(sheet.story.title, "built-in" if built_in else sheet.path, str(sheet.story.as_of),
                   len(sheet.facts), len(sheet.sources), built_in)

    def describe(self) -> str:
        where = "the built-in sample sheet: no sheet configured" if self.built_in else self.path
        return f"\u201c{self.title}\u201d ({where}; as of {self.as_of}; {self.facts} facts from " \
               f"{self.sources} source{'s' if self.sources != 1 else ''})"

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "path": self.path, "as_of": self.as_of, "facts": self.facts,
                "sources": self.sources, "built_in": self.built_in}


@dataclass
class Links:
    """Where a pull request's drafts can be read on the forge: each file at the head commit, and the run."""
    files: str  # ".../owner/repo/blob/SHA/": a draft's repository path is appended
    run: str | None = None  # the run's page, where its review page is uploaded

    def file(self, path: str) -> str:
        return f"{self.files}{_uri(path)}"

    def line(self, path: str, line: int) -> str:
        return f"{self.file(path)}#L{line}"


@dataclass
class Report:
    findings: list[Finding]
    files_checked: int
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # the text checked, per path (the review page)
    facts: dict[tuple[str, str], FactView] = field(default_factory=dict)  # per (path, fact id)
    sheets: list[SheetInfo] = field(default_factory=list)  # the sheets the drafts were checked against
    run_at: str = ""  # when, ISO 8601 in UTC
    links: Links | None = None
    lines: dict[tuple[str, int], str] = field(default_factory=dict)  # (path, line): the line a finding is on
    color: bool = False  # ANSI colours (a terminal that wants them)


def checked_against(report: Report) -> list[str]:
    """One line per sheet: what the drafts were checked against, and by which copydesk."""
    return [f"Fact sheet: {sheet.describe()}; copydesk {__version__}" for sheet in report.sheets]


def one_line(value: str) -> str:
    """Text output is one finding per line: line breaks inside a path or message become spaces."""
    return LINE_BREAKS.sub(" ", value)


COLORS = {"error": "31", "warning": "33", "info": "36", "path": "1", "gutter": "34"}
EXCERPT_WIDTH = 100  # characters of a long line shown around a finding (paragraphs are often one line)


def _paint(report: Report, what: str, value: str) -> str:
    return f"\x1b[{COLORS[what]}m{value}\x1b[0m" if report.color else value


def excerpt(line: str, column: int, end_column: int | None) -> tuple[str, int, int]:
    """The part of a line shown under a finding, where its caret starts in it and how wide it is: the whole
    line when short, else about EXCERPT_WIDTH characters around the span with "…" where it was cut."""
    line = one_line(line.replace("\t", " "))
    start = column - 1
    width = max(1, (end_column - column) if end_column is not None else len(line) - start)
    if len(line) <= EXCERPT_WIDTH:
        return line, start, width
    left = max(0, start - EXCERPT_WIDTH // 3)
    right = min(len(line), max(start + width, left + EXCERPT_WIDTH))
    shown = ("\u2026" if left else "") + line[left:right] + ("\u2026" if right < len(line) else "")
    return shown, start - left + (1 if left else 0), min(width, right - start)


def _source(report: Report, finding: Finding) -> list[str]:
    """The finding's line with a caret under its words, as ruff and ESLint show it."""
    line = report.lines.get((finding.path, finding.line))
    if line is None:
        return []
    shown, start, width = excerpt(line, finding.column, finding.end_column if finding.end_line == finding.line
                                  else None)
    number = str(finding.line)
    gutter = _paint(report, "gutter", f"{number} |")
    blank = _paint(report, "gutter", f"{' ' * len(number)} |")
    return [f"  {gutter} {shown}", f"  {blank} {' ' * start}{_paint(report, finding.severity, '^' * width)}"]


def text(report: Report, *, source: bool = True) -> str:
    lines = []
    for finding in report.findings:
        lines.append(f"{_paint(report, 'path', one_line(finding.path))}:{finding.line}:{finding.column}: "
                     f"{finding.code} [{_paint(report, finding.severity, finding.severity)}] "
                     f"{one_line(finding.message)}")
        if source:
            lines += _source(report, finding)
        if finding.fact:
            sources = ", ".join(finding.sources) if finding.sources else "no source listed"
            lines.append(f"    fact {finding.fact}; sources: {sources}")
    lines.append(summary(report))
    lines += checked_against(report)
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    findings, files_checked = report.findings, report.files_checked
    noun = "file" if files_checked == 1 else "files"
    if not findings:
        return f"All checks passed ({files_checked} {noun} checked)."
    by_severity = Counter(f.severity for f in findings)
    parts = [f"{by_severity[s]} {s}{'s' if by_severity[s] != 1 else ''}" for s in ("error", "warning", "info")
             if by_severity[s]]
    fixable = sum(1 for f in findings if f.fix is not None and f.fix.safe)
    tail = f"; {fixable} fixable with --fix" if fixable else ""
    return f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({', '.join(parts)}) " \
           f"in {files_checked} {noun}{tail}."


def statistics(report: Report) -> str:
    counts = Counter(f.code for f in report.findings)
    fixable = Counter(f.code for f in report.findings if f.fix is not None and f.fix.safe)
    lines = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        name = report.rules[code].name if code in report.rules else ""
        mark = " [*]" if fixable[code] else ""
        lines.append(f"{count:5d}  {code}  {name}{mark}")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def run_properties(report: Report) -> dict[str, Any]:
    return {"copydesk": __version__, "run_at": report.run_at, "files_checked": report.files_checked,
            "sheets": [sheet.to_dict() for sheet in report.sheets]}


def json_report(report: Report) -> str:
    return json.dumps({**run_properties(report), "findings": [f.to_dict() for f in report.findings]}, indent=2,
                      ensure_ascii=False) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for f in report.findings:
        properties = f"file={_escape_property(f.path)},line={f.line},col={f.column},endLine={f.end_line}," \
                     f"endColumn={f.end_column},title={_escape_property(f.code)}"
        message = f.message + (f" (fact {f.fact}; sources: {', '.join(f.sources)})" if f.fact else "")
        lines.append(f"::{GITHUB_LEVELS[f.severity]} {properties}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _uri(path: str) -> str:
    """A relative URI reference: '#', '%', spaces and non-ASCII percent-encoded (RFC 3986)."""
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return quote(relative.replace(os.sep, "/").encode("utf-8", "surrogateescape"), safe="/")


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def sarif(report: Report) -> str:
    """SARIF 2.1.0: one rule descriptor per rule, results with locations and fixes."""
    codes = sorted(report.rules)
    index = {code: i for i, code in enumerate(codes)}
    descriptors = []
    for code in codes:
        rule = report.rules[code]
        descriptors.append({
            "id": code, "name": rule.name,
            "shortDescription": {"text": rule.summary or rule.name},
            "fullDescription": {"text": rule.documentation.split("## ")[0].strip() or rule.summary or rule.name},
            "help": {"text": rule.documentation, "markdown": rule.documentation},
            "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
        })
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": SARIF_LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)},
                                                "region": _region(f.line, f.column, f.end_line, f.end_column)}}],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.fact:
            result["properties"] = {"fact": f.fact, "sources": list(f.sources)}
        if f.fix is not None and f.fix_position is not None:
            result["fixes"] = [{
                "description": {"text": f"{'Safe' if f.fix.safe else 'Unsafe'} fix: replace with "
                                        f"\u201c{f.fix.replacement}\u201d"},
                "artifactChanges": [{"artifactLocation": {"uri": _uri(f.path)},
                                     "replacements": [{"deletedRegion": _region(*f.fix_position),
                                                       "insertedContent": {"text": f.fix.replacement}}]}],
            }]
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "copydesk", "version": __version__, "rules": descriptors}},
                  "columnKind": "unicodeCodePoints", "results": results, "properties": run_properties(report),
                  **({"invocations": [{"executionSuccessful": True, "startTimeUtc": report.run_at}]}
                     if report.run_at else {})}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


MARKDOWN_ROWS = 50  # a pull-request comment or job summary lists about this many findings, every file represented
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def _cell(value: str) -> str:
    """Text that Markdown shows as written: the marks that start inline Markdown, HTML, an entity, GitHub's
    strikethrough or maths, or a table column backslash-escaped (CommonMark's rule); line breaks as spaces."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", one_line(value))


def _link(text: str, url: str | None) -> str:
    return f"[{text}]({url.replace(')', '%29').replace(' ', '%20')})" if url else text


def rows_per_file(counts: list[int], cap: int) -> list[int]:
    """How many findings of each file to list so that about ``cap`` are listed and every file has at
    least one: the shares are levelled (a file with few findings leaves its share to the others)."""
    shown = [min(1, count) for count in counts]
    while sum(shown) < cap and any(s < c for s, c in zip(shown, counts)):
        for index, count in enumerate(counts):
            if shown[index] < count and sum(shown) < cap:
                shown[index] += 1
    return shown


def _fix_cell(finding: Finding) -> str:
    if finding.fix is None:
        return ""
    kind = "safe: `--fix`" if finding.fix.safe else "unsafe: review first"
    replacement = finding.fix.replacement
    return f"delete ({kind})" if not replacement else f"\u201c{_cell(replacement)}\u201d ({kind})"


def markdown(report: Report) -> str:
    """A summary for a pull-request comment or a GitHub Actions job summary: what was checked against what,
    the findings per file, then the findings, each linked to its line at the head commit when known."""
    lines = [f"### copydesk: {_cell(summary(report))}", ""]
    lines += [_cell(line) + "  " for line in checked_against(report)]
    if report.run_at:
        lines.append(f"Run at {report.run_at}.")
    lines.append("")
    by_path: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    links = report.links
    if by_path:
        lines += ["| File | Errors | Warnings | Info |", "|---|---:|---:|---:|"]
        for path, findings in by_path.items():
            count = Counter(f.severity for f in findings)
            lines.append(f"| {_link(_cell(path), links.file(path) if links else None)} | "
                         f"{count['error']} | {count['warning']} | {count['info']} |")
        lines.append("")
    shares = rows_per_file([len(found) for found in by_path.values()], MARKDOWN_ROWS)
    for (path, findings), share in zip(by_path.items(), shares):
        lines += [f"#### {_cell(path)}", "", "| Line | Severity | Code | Message | Fix | Fact |",
                  "|---:|---|---|---|---|---|"]
        for finding in findings[:share]:
            where = _link(f"{finding.line}:{finding.column}", links.line(path, finding.line) if links else None)
            fact = f"{_cell(finding.fact)} ({_cell(', '.join(finding.sources))})" if finding.fact else ""
            lines.append(f"| {where} | {finding.severity} | {_cell(finding.code)} | {_cell(finding.message)} | "
                         f"{_fix_cell(finding)} | {fact} |")
        rest = len(findings) - share
        if rest:
            review = _link("the review page", links.run) + " (this run's copydesk-review artifact)" \
                if links and links.run else "the review page (`copydesk check --format html`)"
            lines += ["", f"_…and {rest} more finding{'s' if rest != 1 else ''} in this file: every finding is "
                          f"on {review}._"]
        lines.append("")
    return "\n".join(lines)


def concise(report: Report) -> str:
    """One line per finding (and its fact), without the draft's line: for grep and for logs."""
    return text(report, source=False)


FORMATTERS = {"text": text, "concise": concise, "json": json_report, "github": github, "sarif": sarif, "markdown": markdown}
