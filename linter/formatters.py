"""Formatters turn findings into text; they decide nothing."""
from __future__ import annotations

import json
from collections import Counter

from linter.finding import Finding


def text(findings: list[Finding], *, files_checked: int) -> str:
    lines = []
    for finding in findings:
        lines.append(f"{finding.path}:{finding.line}:{finding.column}: {finding.code} [{finding.severity}] "
                     f"{finding.message}")
        if finding.fact:
            sources = ", ".join(finding.sources) if finding.sources else "no source listed"
            lines.append(f"    fact {finding.fact}; sources: {sources}")
    lines.append(summary(findings, files_checked=files_checked))
    return "\n".join(lines) + "\n"


def summary(findings: list[Finding], *, files_checked: int) -> str:
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


def json_report(findings: list[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"


FORMATTERS = {"text": text, "json": lambda findings, files_checked: json_report(findings)}
