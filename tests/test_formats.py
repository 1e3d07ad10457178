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
    assert [f["code"] for f in json.loads(Path("report.json").read_text())["findings"]] == ["T101", "N101"]


def markdown_tables(summary: str) -> dict[str, list[list[str]]]:
    """Each file's table as markdown-it renders it: the heading before it, and its rows' cell texts (the
    table of counts per file, before the first heading, under "")."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(summary)
    tables: dict[str, list[list[str]]] = {"": []}
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
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert main(["check", "--format", "markdown", "a_b.md", "c.md"]) == 1
    tables = markdown_tables(capsys.readouterr().out)
    per_file = {path: sum(f["path"] == path for f in findings) for path in ("a_b.md", "c.md")}
    expected: dict[str, list[list[str]]] = {"": [[path, str(count), "0", "0"] for path, count in per_file.items()]}
    for f in findings:
        fact = f"{f['fact']} ({', '.join(f['sources'])})" if f["fact"] else ""
        fix = f["fix"] and ("delete" if not f["fix"]["replacement"] else f"\u201c{f['fix']['replacement']}\u201d") \
            + (" (safe: --fix)" if f["fix"]["applicability"] == "safe" else " (unsafe: review first)")
        expected.setdefault(f["path"], []).append([f"{f['line']}:{f['column']}", f["severity"], f["code"],
                                                   f["message"], fix or "", fact])
    assert tables == expected


def test_markdown_cells_show_any_text_as_written():
    from copydesk.formatters import Finding, Report, markdown

    message = "a | b *c* _d_ `e` <b>f</b> [g](h) &amp; ~~i~~ $j$ \\ k\nl"
    report = Report([Finding("x|y.md", 1, 1, 1, 2, "T101", "error", message, "f*1", ("s_1.txt",))], 1)
    assert markdown_tables(markdown(report)) == {"": [["x|y.md", "1", "0", "0"]], "x|y.md": [
        ["1:1", "error", "T101", message.replace("\n", " "), "", "f*1 (s_1.txt)"]]}


def test_markdown_summary_is_capped(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("many.md").write_text("".join(f"Kiev said so, line {n}.\n\n" for n in range(60)))
    assert main(["check", "--format", "markdown", "--ignore", "A", "many.md"]) == 1
    out = capsys.readouterr().out
    assert sum(len(rows) for heading, rows in markdown_tables(out).items() if heading) == 50
    assert "…and 10 more findings in this file" in out


def test_the_markdown_cap_keeps_every_file_and_links_each_line_at_the_head_commit(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("many.md").write_text("".join(f"Kiev said so, line {n}.\n\n" for n in range(60)))
    Path("few.md").write_text("Former President Donald Trump spoke.\n")
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.example")
    monkeypatch.setenv("GITHUB_REPOSITORY", "desk/drafts")
    monkeypatch.setenv("GITHUB_SHA", "abc123")
    monkeypatch.setenv("GITHUB_RUN_ID", "77")
    assert main(["check", "--format", "markdown", "--ignore", "A", "many.md", "few.md"]) == 1
    out = capsys.readouterr().out
    tables = markdown_tables(out)
    assert tables[""] == [["few.md", "1", "0", "0"], ["many.md", "60", "0", "0"]]  # counts first, every file
    assert len(tables["few.md"]) == 1 and len(tables["many.md"]) == 49
    assert "[1:1](https://github.example/desk/drafts/blob/abc123/few.md#L1)" in out
    assert "every finding is on [the review page](https://github.example/desk/drafts/actions/runs/77)" in out
    assert tables["few.md"][0][1:3] == ["error", "T101"] and tables["few.md"][0][4] == "delete (safe: --fix)"
    assert "Fact sheet: \u201cRussia and Ukraine free 390 prisoners each" in out


def test_one_run_writes_every_report_the_job_needs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("Former President Donald Trump spoke in Kiev.\n")
    assert main(["check", "--format", "github", "--output", "json=out.json", "--output", "html=review.html",
                 "--output", "markdown=summary.md", "a.md"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=a.md,line=1,col=1")  # the annotations still reach the log
    assert [f["code"] for f in json.loads(Path("out.json").read_text())["findings"]] == ["T101", "S101"]
    assert "Kiev" in Path("review.html").read_text() and "| a.md | 2 | 0 | 0 |" in Path("summary.md").read_text()
    assert main(["check", "--output", "report.txt", "--output", "json=out2.json", "a.md"]) == 1
    assert capsys.readouterr().out.startswith("Found 2 findings")  # a plain --output takes the --format report
    assert "T101 [error]" in Path("report.txt").read_text()
    for twice in (["--output", "json=x.json", "--output", "sarif=x.json"], ["--output", "html="]):
        assert main(["check", *twice, "a.md"]) == 2
        assert "--output" in capsys.readouterr().err


def test_text_shows_the_line_with_a_caret_under_the_finding(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    Path("a.md").write_text("Intro.\n\nThe president spoke in Kiev.\n")
    assert main(["check", "a.md"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("a.md:3:24: S101 [error] house style is \u201cKyiv\u201d")
    assert out[1:3] == ["  3 | The president spoke in Kiev.",
                        "    |                        ^^^^"]
    assert "\x1b[" not in "\n".join(out)  # not a terminal: no colour
    assert main(["check", "--format", "concise", "a.md"]) == 1
    assert "  3 | " not in capsys.readouterr().out


def test_a_long_line_is_cut_around_its_finding():
    from copydesk.formatters import excerpt

    line = "word " * 100 + "Kiev " + "word " * 100
    shown, start, width = excerpt(line, 501, 505)
    assert shown.startswith("\u2026") and shown.endswith("\u2026") and len(shown) <= 102
    assert shown[start:start + width] == "Kiev"


@pytest.mark.parametrize("environment, coloured", [({"FORCE_COLOR": "1"}, True), ({"NO_COLOR": "1"}, False),
                                                   ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False)])
def test_colour_follows_no_color_and_force_color(environment, coloured, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    Path("a.md").write_text("The president spoke in Kiev.\n")
    assert main(["check", "a.md"]) == 1
    out = capsys.readouterr().out
    assert ("\x1b[31merror\x1b[0m" in out and "\x1b[31m^^^^\x1b[0m" in out) == coloured
    assert ("\x1b[" in out) == coloured
    main(["check", "--output", "report.txt", "a.md"])
    assert "\x1b[" not in Path("report.txt").read_text()  # a file never gets colour


def test_statistics_on_the_terminal_and_another_report_in_a_file_from_one_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("Former President Donald Trump spoke in Kiev.\n")
    assert main(["check", "--statistics", "--output", "json=out.json", "a.md"]) == 1
    assert capsys.readouterr().out.splitlines()[:2] == ["    1  S101  variant-spelling [*]",
                                                        "    1  T101  former-incumbent [*]"]
    assert [f["code"] for f in json.loads(Path("out.json").read_text())["findings"]] == ["T101", "S101"]
