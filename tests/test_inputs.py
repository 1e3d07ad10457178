"""Inputs a user can produce by accident: each a one-line error with exit 2 or a finding, never a hang or traceback."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from copydesk import engine, formatters, jobs, session
from copydesk.cli import main
from copydesk.facts import load
from copydesk.finding import Finding
from copydesk.lexicon import Lexicon
from conftest import sheet_head

BAD = "Former President Donald Trump spoke in Kiev.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def copydesk(*args, cwd=None):
    """The real command in its own process, so a hang fails the test instead of stalling the suite."""
    return subprocess.run([sys.executable, "-m", "copydesk", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def one_line_error(result, expected: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("copydesk: error: ") and expected in result.stderr, result.stderr


@needs_fifo
@pytest.mark.parametrize("command", [
    ["check", "--facts", "{pipe}", "{draft}"],
    ["check", "--config", "{pipe}", "{draft}"],
    ["facts", "check", "{pipe}"],
    ["facts", "build", "{pipe}", "-o", "{out}"],
    ["mutate", "{pipe}"],
    ["check", "--diff-file", "{pipe}", "{draft}"],
], ids=["facts", "config", "facts-check", "facts-build", "mutate", "diff-file"])
@pytest.mark.slow  # runs copydesk in a process of its own
def test_a_named_pipe_is_refused_everywhere(tmp_path, command):
    pipe, draft = tmp_path / "pipe.toml", tmp_path / "draft.md"
    os.mkfifo(pipe)
    draft.write_text(BAD)
    args = [part.format(pipe=pipe, draft=draft, out=tmp_path / "out.toml") for part in command]
    one_line_error(copydesk(*args), "not a regular file")


@needs_fifo
@pytest.mark.slow  # runs copydesk in a process of its own
def test_a_discovered_configuration_that_is_a_pipe_is_refused(tmp_path):
    os.mkfifo(tmp_path / "copydesk.toml")
    (tmp_path / "draft.md").write_text(BAD)
    one_line_error(copydesk("check", "draft.md", cwd=tmp_path), "not a regular file")


SHEET = sheet_head()


@pytest.mark.parametrize("extra,expected", [
    ('[[measures]]\nid = "m"\nwhat = "w"\n[[quantities]]\nid = "q"\nmeasure = "m"\nvalue = nan\nwhat = "w"\n'
     'sources = ["a"]\n', "quantities[0].value: expected a finite number, got nan"),
    ('[[measures]]\nid = "m"\nwhat = "w"\n[[quantities]]\nid = "q"\nmeasure = "m"\nvalue = inf\nwhat = "w"\n'
     'sources = ["a"]\n', "quantities[0].value: expected a finite number, got inf"),
    ('[[people]]\nid = "p"\nname = ""\nsources = ["a"]\n', "people[0].name: is empty"),
], ids=["nan", "inf", "empty-name"])
@pytest.mark.slow  # runs copydesk in a process of its own
def test_fact_sheet_values_that_would_break_rules_are_refused_at_load(tmp_path, extra, expected):
    sheet = tmp_path / "facts.toml"
    sheet.write_text(SHEET + extra)
    one_line_error(copydesk("facts", "check", sheet), expected)


@pytest.mark.slow  # runs copydesk in a process of its own
def test_schema_true_is_not_schema_one(tmp_path):
    sheet = tmp_path / "facts.toml"
    sheet.write_text(SHEET.replace("schema = 1", "schema = true"))
    one_line_error(copydesk("facts", "check", sheet), "schema: unsupported version True")


@pytest.mark.parametrize("config,expected", [
    ('select = ["ZZZ"]\n', "select: unknown rule code or prefix 'ZZZ'"),
    ('ignore = ["T999"]\n', "ignore: unknown rule code or prefix 'T999'"),
    ('[per-file-ignores]\n"wire/*" = ["Q9"]\n', "per-file-ignores.wire/*: unknown rule code or prefix 'Q9'"),
    ('[severity]\nX101 = "info"\n', "severity.X101: no such rule code"),
], ids=["select", "ignore", "per-file-ignores", "severity"])
def test_unknown_codes_in_a_configuration_file_are_errors(tmp_path, capsys, config, expected):
    (tmp_path / "copydesk.toml").write_text(config)
    (tmp_path / "draft.md").write_text(BAD)
    assert main(["check", str(tmp_path / "draft.md")]) == 2
    assert expected in capsys.readouterr().err


@pytest.mark.parametrize("name,content,expected", [
    ("pyproject.toml", b'[tool]\ncopydesk = "x"\n', "tool.copydesk: expected a table"),
    ("pyproject.toml", b"tool = 5\n", "tool: expected a table"),
    ("copydesk.toml", b"\xef\xbb\xbfselect = [\"T\"]\n", None),
    ("copydesk.toml", b"select = [\"T\"\n", "TOML syntax error"),
], ids=["tool-copydesk-string", "tool-number", "bom", "syntax"])
def test_odd_configuration_files(tmp_path, capsys, name, content, expected):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "draft.md").write_text(BAD)
    code = main(["check", "--format", "json", str(tmp_path / "draft.md")])
    captured = capsys.readouterr()
    if expected is None:  # a BOM is not an error: the file applies (only T rules selected)
        assert code == 1 and [d["code"] for d in json.loads(captured.out)["findings"]] == ["T101"]
    else:
        assert code == 2 and expected in captured.err


@pytest.mark.parametrize("where", ["folder", "missing-folder"])
def test_output_to_a_folder_or_a_missing_folder_is_a_usage_error(tmp_path, capsys, where):
    (tmp_path / "draft.md").write_text(BAD)
    target = tmp_path if where == "folder" else tmp_path / "no" / "such" / "report.json"
    assert main(["check", "--output", str(target), str(tmp_path / "draft.md")]) == 2
    assert main(["facts", "build", str(tmp_path / "draft.md"), "-o", str(target), "--as-of", "2025-05-23"]) == 2
    err = capsys.readouterr().err
    assert err.count("copydesk: error: --output: ") == 2


def test_jobs_are_capped_by_files_and_cores(capsys):
    cores = os.cpu_count() or 1
    assert jobs.job_count(1000, 3) == min(3, cores)
    assert jobs.job_count(10 ** 20, 5000) == cores
    assert jobs.job_count(None, 2) == 1
    with pytest.raises(jobs.JobsError, match="--jobs: expected a positive number, got 0"):
        jobs.job_count(0, 10)


def test_a_worker_that_dies_is_reported_as_e900_for_its_files(tmp_path, capsys, monkeypatch):
    for index in range(4):
        (tmp_path / f"draft{index}.md").write_text(BAD)
    (tmp_path / "draft2.md").write_text("This one kills its worker.\n")
    real_check_file = session.Session.check_file

    def dies_on_draft2(self, file):  # workers are forked, so they inherit this
        if file.endswith("draft2.md"):
            os._exit(9)
        return real_check_file(self, file)

    monkeypatch.setattr(session.Session, "check_file", dies_on_draft2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert main(["check", "--jobs", "2", "--format", "json", str(tmp_path)]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    died = [d for d in found if d["code"] == "E900"]
    assert any(d["path"].endswith("draft2.md") for d in died)
    assert all("a worker process died" in d["message"] for d in died)


def test_name_forms_grow_with_the_people_not_their_square():
    def sheet(count: int):
        people = "".join(f'[[people]]\nid = "p{i}"\nname = "First{i} Last{i}"\nvariants = ["Lazt{i}"]\n'
                         f'sources = ["a"]\n' for i in range(count))
        return load(text=SHEET + people)

    assert len(Lexicon(sheet(300)).forms) == 30 * len(Lexicon(sheet(10)).forms) <= 300 * 10


def test_swapped_first_names_are_still_found_without_listing_every_pair(lint):
    assert lint("President Vladimir Zelensky spoke.\n", select=["S103"]) == [("S103", 1, 11)]
    assert lint("President Volodymyr Zelensky spoke.\n", select=["S103"]) == []


def test_many_suppressions_cover_exactly_their_lines(lint):
    draft = "".join(f"<!-- copydesk: disable-next-line S101 -->\nParagraph {i} from Kiev.\n\n" for i in range(300))
    draft += "<!-- copydesk: disable S -->\nKiev.\n\nKiev.\n<!-- copydesk: enable S -->\n\nKiev at the end.\n"
    assert lint(draft, select=["S101"]) == [("S101", 907, 1)]


def test_an_unlistable_folder_is_reported(tmp_path, capsys, monkeypatch):
    (tmp_path / "sealed").mkdir()
    (tmp_path / "good.md").write_text("Kyiv.\n")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for root, dirs, files in real_walk(top, onerror=onerror, **kwargs):
            if root.endswith("sealed"):
                onerror(PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr(engine.os, "walk", walk)
    assert main(["check", "--format", "json", str(tmp_path)]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(d["path"].rsplit("/", 1)[-1], d["code"], d["message"]) for d in found] == [
        ("sealed", "E001", "folder not checked: Permission denied")]


def test_sarif_uris_are_percent_encoded():
    finding = Finding("drafts/issue #3 é.md", 1, 1, 1, 2, "S101", "error", "m")
    log = json.loads(formatters.sarif(formatters.Report([finding], 1)))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "drafts/issue%20%233%20%C3%A9.md"


def test_text_output_keeps_one_finding_per_line():
    finding = Finding("a.md", 1, 1, 1, 2, "S101", "error", "“Kiev\r\nKiev” \u2028 twice")
    lines = formatters.text(formatters.Report([finding], 1)).splitlines()
    assert lines[0] == "a.md:1:1: S101 [error] “Kiev Kiev”   twice"
    assert len(lines) == 2


def test_large_fact_sheet_loads_and_checks(tmp_path, capsys):
    people = "".join(textwrap.dedent(f"""\
        [[people]]
        id = "p{i}"
        name = "Given{i} Family{i}"
        sources = ["a"]
        [[people.roles]]
        office = "Minister"
        start = 2020-01-01
        """) for i in range(1000))
    sheet = tmp_path / "facts.toml"
    sheet.write_text(SHEET + people)
    (tmp_path / "draft.md").write_text("Given3 Family7 met Given5 Family5.\n")
    assert main(["check", "--facts", str(sheet), "--format", "json", str(tmp_path / "draft.md")]) == 1
    assert [d["code"] for d in json.loads(capsys.readouterr().out)["findings"]] == ["S103"]
    assert main(["facts", "check", str(sheet)]) == 1
    assert capsys.readouterr().out.count("overlaps") == 999
