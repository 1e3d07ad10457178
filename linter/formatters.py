"""Formatters turn findings into text; they decide nothing."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from copydesk import __version__
from copydesk.finding import Finding

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
class FactView:
    """What a report shows of a fact: its one-line summary and the sources that state it."""
    id: str
    summary: str
    sources: list[tuple[str, str]]  # (outlet, file)


@dataclass
class Report:
    findings: list[Finding]
    files_checked: int
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # the text checked, per path (the review page)
    facts: dict[tuple[str, str], FactView] = field(default_factory=dict)  # per (path, fact id)


def one_line(value: str) -> str:
    """Text output is one finding per line: line breaks inside a path or message become spaces."""
    return LINE_BREAKS.sub(" ", value)


def text(report: Report) -> str:
    lines = []
    for finding in report.findings:
        lines.append(f"{one_line(finding.path)}:{finding.line}:{finding.column}: {finding.code} "
                     f"[{finding.severity}] {one_line(finding.message)}")
        if finding.fact:
            sources = ", ".join(finding.sources) if finding.sources else "no source listed"
            lines.append(f"    fact {finding.fact}; sources: {sources}")
    lines.append(summary(report))
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


def json_report(report: Report) -> str:
    return json.dumps([f.to_dict() for f in report.findings], indent=2, ensure_ascii=False) + "\n"


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
                  "columnKind": "unicodeCodePoints", "results": results}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


MARKDOWN_ROWS = 50  # a pull-request comment or job summary lists this many findings, then "and N more"
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def _cell(value: str) -> str:
    """Text that Markdown shows as written: the marks that start inline Markdown, HTML, an entity, GitHub's
    strikethrough or maths, or a table column backslash-escaped (CommonMark's rule); line breaks as spaces."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", one_line(value))


def markdown(report: Report) -> str:
    """A compact summary for a pull-request comment or a GitHub Actions job summary."""
    lines = [f"### copydesk: {_cell(summary(report))}", ""]
    shown = 0
    by_path: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    for path, findings in by_path.items():
        if shown >= MARKDOWN_ROWS:
            break
        lines += [f"#### {_cell(path)}", "", "| Line | Code | Message | Fact |", "|---:|---|---|---|"]
        for finding in findings[:MARKDOWN_ROWS - shown]:
            fact = f"{_cell(finding.fact)} ({_cell(', '.join(finding.sources))})" if finding.fact else ""
            lines.append(f"| {finding.line}:{finding.column} | {_cell(finding.code)} | {_cell(finding.message)} "
                         f"| {fact} |")
            shown += 1
        lines.append("")
    if len(report.findings) > shown:
        rest = len(report.findings) - shown
        lines += [f"_…and {rest} more finding{'s' if rest != 1 else ''} "
                  "(run `copydesk check` for all of them)._", ""]
    return "\n".join(lines)


FORMATTERS = {"text": text, "json": json_report, "github": github, "sarif": sarif, "markdown": markdown}
