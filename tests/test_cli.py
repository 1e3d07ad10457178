import json
from pathlib import Path
from contextlib import nullcontext
import subprocess
import sys

import pytest

from copydesk.cli import main
from copydesk.registry import load_rules

ROOT = Path(__file__).resolve().parent.parent

BAD = "Former President Donald Trump said 380 prisoners were freed by each side in the swap.\n"


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "good.md").write_text("President Donald Trump welcomed the swap.\n")
    (tmp_path / "notes.rst").write_text(BAD)
    return tmp_path


def test_text_output_and_exit_code(drafts, capsys):
    assert main(["check", str(drafts)]) == 1
    out = capsys.readouterr().out
    assert f"{drafts / 'bad.md'}:1:1: T101 [error]" in out
    assert "fact trump; sources: 000_7e8283ecd1cd570e.txt" in out
    assert "notes.rst" not in out
    summary, sheet = out.strip().splitlines()[-2:]
    assert summary.startswith("Found 2 findings (2 errors) in 2 files")
    assert sheet.startswith("Fact sheet: \u201cRussia and Ukraine free 390 prisoners each") and \
        "(the built-in sample sheet: no sheet configured; as of Friday 23 May 2025; " in sheet


def test_json_output_shape(drafts, capsys):
    assert main(["check", "--format", "json", str(drafts / "bad.md")]) == 1
    data = json.loads(capsys.readouterr().out)["findings"]
    assert [d["code"] for d in data] == ["T101", "N101"]
    assert set(data[0]) == {"path", "line", "column", "end_line", "end_column", "code", "severity", "message",
                            "fact", "sources", "fix"}
    assert data[0]["fix"]["replacement"] == "" and data[0]["fix"]["applicability"] == "safe"


def test_clean_file_exits_zero(drafts, capsys):
    assert main(["check", str(drafts / "good.md")]) == 0
    assert "All checks passed (1 file checked)." in capsys.readouterr().out


def test_select_ignore_and_severity(drafts, capsys):
    assert main(["check", "--select", "N", str(drafts / "bad.md")]) == 1
    assert "T101" not in capsys.readouterr().out
    assert main(["check", "--ignore", "T,N", str(drafts / "bad.md")]) == 0
    capsys.readouterr()
    assert main(["check", "--select", "X9", str(drafts)]) == 2
    assert "unknown rule code" in capsys.readouterr().err


def test_as_of_flag(drafts, capsys):
    assert main(["check", "--select", "T", "--as-of", "2024-01-01", str(drafts / "bad.md")]) == 0


def test_bad_fact_sheet_exits_two_without_traceback(drafts, capsys):
    sheet = drafts / "facts.toml"
    sheet.write_text("schema = 1\n[story]\nid = 'x'\n")
    assert main(["check", "--facts", str(sheet), str(drafts)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("copydesk: error: ") and "story.title: missing required field" in err
    assert "Traceback" not in err


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.md")]) == 2


def test_unreadable_file_is_a_finding_and_others_are_checked(drafts, capsys):
    (drafts / "binary.md").write_bytes(b"\x00\x01\x02")
    assert main(["check", "--format", "json", str(drafts)]) == 1
    data = json.loads(capsys.readouterr().out)["findings"]
    assert {d["code"] for d in data} == {"E001", "T101", "N101"}


def test_rules_and_rule_docs(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    families = {rule.family() for rule in load_rules().values()}
    assert len(families) == 9
    for family in families:
        assert f"\n{family.letter}: {family.checks}\n" in out
    assert "\nE: copydesk itself" in out
    assert main(["rule", "t101"]) == 0
    doc = capsys.readouterr().out
    assert "## What it does" in doc and "former-incumbent" in doc
    assert main(["rule", "Z999"]) == 2


def test_facts_show_and_check(capsys):
    assert main(["facts", "show", "phase1-per-side"]) == 0
    out = capsys.readouterr().out
    assert "390" in out and "004_8a7f46e2b5e21dcd.txt" in out
    assert main(["facts", "show", "nope"]) == 2


def test_version_verbose_names_the_parser_its_data_and_scores(capsys):
    assert main(["--version", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "UD_English-EWT" in out and "CC BY-SA 4.0" in out and "UD_English-GUM" in out and "UAS 0." in out


@pytest.mark.slow  # runs the console script
def test_console_script_version():
    result = subprocess.run([sys.executable, "-m", "copydesk", "--version"], capture_output=True, text=True)
    assert result.stdout.startswith("copydesk ")


def test_config_file_is_used(tmp_path, capsys):
    (tmp_path / "copydesk.toml").write_text('ignore = ["T"]\n')
    (tmp_path / "a.md").write_text(BAD)
    assert main(["check", "--format", "json", str(tmp_path)]) == 1
    assert [d["code"] for d in json.loads(capsys.readouterr().out)["findings"]] == ["N101"]


def test_mutate_with_nothing_to_plant_is_not_a_pass(tmp_path, capsys):
    (tmp_path / "empty.md").write_text("Nothing about the story here.\n")
    assert main(["mutate", str(tmp_path / "empty.md")]) == 1
    captured = capsys.readouterr()
    assert "nothing could be planted" in captured.err and "100.0%" not in captured.out


def test_warnings_alone_pass_unless_fail_on_says_otherwise(tmp_path, capsys):
    (tmp_path / "draft.md").write_text("Former President Donald Trump welcomed the swap.\n")
    config = tmp_path / "copydesk.toml"
    config.write_text('[severity]\nT101 = "warning"\n')
    assert main(["check", str(tmp_path / "draft.md")]) == 0  # ESLint's and Vale's default: errors fail
    assert "T101 [warning]" in capsys.readouterr().out
    assert main(["check", "--fail-on", "warning", str(tmp_path / "draft.md")]) == 1
    config.write_text('fail-on = "warning"\n[severity]\nT101 = "warning"\n')
    assert main(["check", str(tmp_path / "draft.md")]) == 1
    assert main(["check", "--fail-on", "error", str(tmp_path / "draft.md")]) == 0  # the command line wins
    config.write_text('fail-on = "warnings"\n')
    capsys.readouterr()
    assert main(["check", str(tmp_path / "draft.md")]) == 2
    assert 'fail-on: expected "error", "warning" or "info", not \'warnings\'' in capsys.readouterr().err


def test_facts_show_says_which_sheet_a_path_would_use(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["facts", "show"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Drafts in . are checked against \u201cRussia and Ukraine free 390 prisoners each")
    assert "the built-in sample sheet: no sheet configured" in first and 'names one (facts = "FILE")' in first
    desk = tmp_path / "pope"
    desk.mkdir()
    (desk / "copydesk.toml").write_text(f'facts = "{ROOT / "examples" / "pope-leo" / "facts.toml"}"\n')
    assert main(["facts", "show", "--for", "pope"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Drafts in pope are checked against \u201c") and "Leo" in first
    assert first.endswith(f"configured in {desk / 'copydesk.toml'}.")


def test_a_folder_with_no_drafts_is_a_usage_error_not_a_pass(tmp_path, capsys):
    (tmp_path / "notes.rst").write_text(BAD)
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"no drafts to check in {tmp_path}: no file there ends in .markdown, .md, .txt" in err


@pytest.mark.parametrize("argv, hint", [
    (["check", "--formt", "json"], "unrecognized arguments: --formt; did you mean --format?"),
    (["facts", "build", "src", "-o", "x.toml", "--as-off", "2025-05-23"], "did you mean --as-of?"),
    (["check", "--select", "T1O1"], "unknown rule code or prefix 'T1O1'; did you mean T101?"),
    (["rule", "N11"], "unknown rule 'N11'; did you mean N101?"),
])
def test_unknown_codes_and_options_name_the_nearest(argv, hint, capsys):
    with pytest.raises(SystemExit) if "unrecognized" in hint or "--as-of" in hint else nullcontext():
        assert main(argv) == 2
    assert hint in capsys.readouterr().err


def test_configuration_and_sheet_errors_say_where(tmp_path, capsys):
    (tmp_path / "copydesk.toml").write_text('fail_on = "error"\n')
    (tmp_path / "a.md").write_text(BAD)
    assert main(["check", str(tmp_path / "a.md")]) == 2
    assert "unknown key 'fail_on'; did you mean fail-on? (expected one of: as-of," in capsys.readouterr().err
    (tmp_path / "copydesk.toml").write_text('facts = "story.toml"\n')
    (tmp_path / "story.toml").write_text('schema = 1\n[story]\nid = "x"\ntitle = \n')
    assert main(["check", str(tmp_path / "a.md")]) == 2
    assert f"{tmp_path / 'story.toml'}:4:9: TOML syntax error: Invalid value" in capsys.readouterr().err
    (tmp_path / "story.toml").write_text('schema = 1\n[stroy]\n')
    assert main(["check", str(tmp_path / "a.md")]) == 2
    assert "stroy: unknown key; did you mean story?" in capsys.readouterr().err
