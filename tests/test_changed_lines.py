import os
import shutil
import subprocess

import pytest

from copydesk.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]
OLD = "Former President Donald Trump spoke.\n\nOfficials in Kyiv waited.\n"
NEW = "Former President Donald Trump spoke.\n\nOfficials in Kiev waited.\n\nThe swap freed 380 prisoners each.\n"


def git(*args, cwd):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def repo(tmp_path, monkeypatch):
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "story.md").write_text(OLD)
    git("add", "-A", cwd=tmp_path)
    git("commit", "-qm", "old draft", cwd=tmp_path)
    (tmp_path / "drafts" / "story.md").write_text(NEW)
    monkeypatch.chdir(tmp_path / "drafts")
    return tmp_path


def codes_in(out):
    return [line.split(": ")[1].split()[0] for line in out.splitlines() if ": " in line and line.startswith("story")]


def test_diff_base_reports_only_changed_lines(repo, capsys):
    assert main(["check", "story.md"]) == 1
    assert codes_in(capsys.readouterr().out) == ["T101", "S101", "N101"]
    assert main(["check", "--diff-base", "HEAD", "story.md"]) == 1
    assert codes_in(capsys.readouterr().out) == ["S101", "N101"]


def test_diff_file_from_stdin(repo, capsys, monkeypatch):
    import io

    diff = git("diff", "HEAD", cwd=repo)
    monkeypatch.chdir(repo)
    monkeypatch.setattr("sys.stdin", io.StringIO(diff))
    assert main(["check", "--diff-file", "-", "drafts/story.md"]) == 1
    assert [line.split()[1] for line in capsys.readouterr().out.splitlines() if line.startswith("drafts/")] == \
        ["S101", "N101"]


def test_no_changed_lines_means_no_findings(repo, capsys):
    git("add", "-A", cwd=repo)
    git("commit", "-qm", "new", cwd=repo)
    assert main(["check", "--diff-base", "HEAD", "story.md"]) == 0


def test_bad_revision_is_a_usage_error(repo, capsys):
    assert main(["check", "--diff-base", "no-such-rev", "story.md"]) == 2
    assert "'no-such-rev' is not a commit in this repository" in capsys.readouterr().err
