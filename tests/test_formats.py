import json
from pathlib import Path

import pytest

from copydesk.cli import main

DRAFT = "Former President Donald Trump said 380 prisoners, each side, went home in the swap.\n"


@pytest.fixture
def draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(DRAFT)
    return "a.md"


def test_github_annotations(draft, capsys):
    assert main(["check", "--format", "github", draft]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("::error file=a.md,line=1,col=1,endLine=1,endColumn=17,title=T101::Donald Trump is")
    assert "fact trump; sources%3A" not in lines[0] and "(fact trump; sources: " in lines[0]
    assert all(line.startswith("::") for line in lines)


def _extras(model) -> list[str]:
    """Keys the SARIF model does not know, anywhere in the log."""
    from pydantic import BaseModel

    found = []
    if isinstance(model, BaseModel):
        found += [f"{type(model).__name__}.{key}" for key in (model.model_extra or {})]
        for value in model.__dict__.values():
            found += _extras(value)
    elif isinstance(model, (list, tuple)):
        for item in model:
            found += _extras(item)
    elif isinstance(model, dict):
        for item in model.values():
            found += _extras(item)
    return found


def test_sarif_validates_against_the_sarif_model(draft, capsys):
    from sarif_pydantic import Sarif

    assert main(["check", "--format", "sarif", draft]) == 1
    data = json.loads(capsys.readouterr().out)
    log = Sarif.model_validate(data)
    # columnKind is part of SARIF 2.1.0 (run.columnKind) but missing from the model.
    assert _extras(log) == ["Run.column_kind"] or _extras(log) == ["Run.columnKind"]
    run = log.runs[0]
    rules = {rule.id: rule for rule in run.tool.driver.rules}
    assert {"T101", "N101", "S101", "E001"} <= set(rules)
    assert data["runs"][0]["tool"]["driver"]["rules"][first_index(data, "T101")]["defaultConfiguration"] == \
        {"level": "error"}
    assert "What it does" in rules["T101"].help.markdown
    first = run.results[0]
    assert first.rule_id == "T101" and run.tool.driver.rules[first.rule_index].id == "T101"
    region = first.locations[0].physical_location.region
    assert (region.start_line, region.start_column, region.end_column) == (1, 1, 17)
    assert first.fixes[0].artifact_changes[0].replacements[0].inserted_content.text == ""


def first_index(data, code):
    return [r["id"] for r in data["runs"][0]["tool"]["driver"]["rules"]].index(code)


def test_statistics(draft, capsys):
    assert main(["check", "--statistics", draft]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "    1  N101  wrong-count",
        "    1  T101  former-incumbent [*]",
        "Found 2 findings (2 errors) in 1 file; 1 fixable with --fix.",
    ]


def test_output_file_keeps_summary_on_terminal(draft, capsys, tmp_path):
    assert main(["check", "--format", "json", "--output", "report.json", draft]) == 1
    assert capsys.readouterr().out.startswith("Found 2 findings")
    assert [f["code"] for f in json.loads(Path("report.json").read_text())] == ["T101", "N101"]


def markdown_tables(summary: str) -> dict[str, list[list[str]]]:
    """Each file's table as markdown-it renders it: the heading before it, and its rows' cell texts."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(summary)
    tables: dict[str, list[list[str]]] = {}
    heading, row, in_body = "", [], False
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h4":
            heading = "".join(child.content for child in tokens[index + 1].children)
            tables[heading] = []
        elif token.type == "tbody_open":
            in_body = True
        elif token.type == "tr_open" and in_body:
            row = []
        elif token.type == "inline" and in_body:
            row.append("".join(child.content for child in token.children if child.type in ("text", "code_inline")))
        elif token.type == "tr_close" and in_body:
            tables[heading].append(row)
        elif token.type == "tbody_close":
            in_body = False
    return tables


def test_markdown_summary_renders_as_the_json_findings(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("a_b.md").write_text(DRAFT + "The talks | in Istanbul were *mediated* by <b>Qatar</b> & `friends`.\n")
    Path("c.md").write_text("Kiev welcomed them.\n")
    assert main(["check", "--format", "json", "a_b.md", "c.md"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert main(["check", "--format", "markdown", "a_b.md", "c.md"]) == 1
    tables = markdown_tables(capsys.readouterr().out)
    expected: dict[str, list[list[str]]] = {}
    for f in findings:
        fact = f"{f['fact']} ({', '.join(f['sources'])})" if f["fact"] else ""
        expected.setdefault(f["path"], []).append([f"{f['line']}:{f['column']}", f["code"], f["message"], fact])
    assert tables == expected


def test_markdown_cells_show_any_text_as_written():
    from copydesk.formatters import Finding, Report, markdown

    message = "a | b *c* _d_ `e` <b>f</b> [g](h) &amp; ~~i~~ $j$ \\ k\nl"
    report = Report([Finding("x|y.md", 1, 1, 1, 2, "T101", "error", message, "f*1", ("s_1.txt",))], 1)
    assert markdown_tables(markdown(report)) == {"x|y.md": [["1:1", "T101", message.replace("\n", " "),
                                                             "f*1 (s_1.txt)"]]}


def test_markdown_summary_is_capped(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("many.md").write_text("".join(f"Kiev said so, line {n}.\n\n" for n in range(60)))
    assert main(["check", "--format", "markdown", "many.md"]) == 1
    out = capsys.readouterr().out
    assert sum(len(rows) for rows in markdown_tables(out).values()) == 50
    assert "…and 10 more findings" in out
