"""An output never replaces an input, and is written whole (issue 21: nothing lost to a typo)."""
from __future__ import annotations

import json
import os

import pytest

from copydesk import files
from copydesk.cli import main

DRAFT = "Former President Donald Trump spoke in Kiev.\n"
SHEET = """\
[story]
title = "A council vote"
as_of = 2025-03-04

[sources.a]
outlet = "Gazette"
file = "a.txt"

[people.mayor]
name = "Ana Lopes"
sources = ["a"]
"""


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT)
    (tmp_path / "story.toml").write_text(SHEET)
    return tmp_path


def refused(capsys, argv: list[str], protected: os.PathLike, before: str) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("copydesk: error:")
    assert open(protected).read() == before
    return err


@pytest.mark.parametrize("spelling", ["drafts/a.md", "./drafts/a.md", "drafts/../drafts/a.md", "link.md", "hard.md"])
def test_output_over_a_checked_draft_is_refused(desk, capsys, spelling):
    os.symlink("drafts/a.md", desk / "link.md")
    os.link(desk / "drafts" / "a.md", desk / "hard.md")
    err = refused(capsys, ["check", "--format", "html", "--output", spelling, "drafts/a.md"], desk / "drafts" / "a.md",
                  DRAFT)
    assert "a draft being checked" in err


def test_output_over_a_draft_inside_a_checked_folder_is_refused(desk, capsys):
    refused(capsys, ["check", "--format", "sarif", "--output", "drafts/a.md", "drafts"], desk / "drafts" / "a.md",
            DRAFT)


def test_a_new_report_that_would_be_read_as_a_draft_is_refused(desk, capsys):
    assert main(["check", "--format", "markdown", "--output", "drafts/report.md", "drafts"]) == 2
    assert "would be read as a draft" in capsys.readouterr().err
    assert not (desk / "drafts" / "report.md").exists()


def test_output_over_the_fact_sheet_in_use_is_refused(desk, capsys):
    err = refused(capsys, ["check", "--facts", "story.toml", "--format", "json", "--output", "story.toml", "drafts"],
                  desk / "story.toml", SHEET)
    assert "the fact sheet in use" in err


def test_output_over_the_configured_fact_sheet_and_the_configuration_is_refused(desk, capsys):
    config = 'facts = "story.toml"\n'
    (desk / "copydesk.toml").write_text(config)
    refused(capsys, ["check", "--format", "json", "--output", "story.toml", "drafts"], desk / "story.toml", SHEET)
    err = refused(capsys, ["check", "--format", "json", "--output", "copydesk.toml", "drafts"],
                  desk / "copydesk.toml", config)
    assert "the configuration file in use" in err


def test_output_over_the_diff_being_read_is_refused(desk, capsys):
    diff = "--- a/drafts/a.md\n+++ b/drafts/a.md\n@@ -0,0 +1 @@\n+Former President Donald Trump spoke in Kiev.\n"
    (desk / "change.diff").write_text(diff)
    refused(capsys, ["check", "--diff-file", "change.diff", "--output", "change.diff", "drafts"], desk / "change.diff",
            diff)


def test_a_report_beside_the_drafts_is_written_whole(desk, capsys):
    assert main(["check", "--format", "json", "--output", "report.json", "drafts"]) == 1
    assert json.loads((desk / "report.json").read_text())["files_checked"] == 1
    assert "Found 2 findings" in capsys.readouterr().out
    assert sorted(path.name for path in desk.iterdir()) == ["drafts", "report.json", "story.toml"]


def test_a_report_through_a_link_replaces_the_file_it_names_keeping_its_mode(desk, capsys):
    (desk / "reports").mkdir()
    (desk / "reports" / "review.html").write_text("old")
    os.chmod(desk / "reports" / "review.html", 0o640)
    os.symlink("reports/review.html", desk / "latest.html")
    assert main(["check", "--format", "html", "--output", "latest.html", "drafts"]) == 1
    assert os.path.islink(desk / "latest.html")
    assert (desk / "reports" / "review.html").read_text().startswith("<!DOCTYPE html>")
    assert os.stat(desk / "reports" / "review.html").st_mode & 0o777 == 0o640


def test_facts_build_refuses_a_source_as_output(desk, capsys):
    (desk / "src.md").write_text("Mayor Ana Lopes won the vote on Tuesday.\n")
    err = refused(capsys, ["facts", "build", "-o", "./src.md", "src.md"], desk / "src.md",
                  "Mayor Ana Lopes won the vote on Tuesday.\n")
    assert "a source being read" in err


def test_facts_build_refuses_an_existing_sheet_unless_forced(desk, capsys):
    (desk / "src.md").write_text("Mayor Ana Lopes won the vote on Tuesday, 4 March 2025.\n")
    refused(capsys, ["facts", "build", "--as-of", "2025-03-04", "-o", "story.toml", "src.md"], desk / "story.toml",
            SHEET)
    assert main(["facts", "build", "--as-of", "2025-03-04", "--force", "-o", "story.toml", "src.md"]) == 0
    assert (desk / "story.toml").read_text() != SHEET


def test_write_new_leaves_no_temporary_file_when_it_fails(tmp_path, monkeypatch):
    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        files.write_new(tmp_path / "report.json", "[]")
    assert list(tmp_path.iterdir()) == []
