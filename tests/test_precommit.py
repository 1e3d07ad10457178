"""The real pre-commit, installing this checkout as a hook repository, on a newsroom repository."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]
GIT_ENV = {"GIT_AUTHOR_NAME": "Reporter", "GIT_AUTHOR_EMAIL": "reporter@example.org",
           "GIT_COMMITTER_NAME": "Reporter", "GIT_COMMITTER_EMAIL": "reporter@example.org"}


def run(args, cwd, env):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env):
    """This checkout's files as they are now, committed in a repository pre-commit can clone at a rev."""
    repo = tmp_path_factory.mktemp("copydesk-hooks")
    listed = run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], CHECKOUT, env)
    names = [n for n in listed.stdout.split("\0") if n] if listed.returncode == 0 else []
    if not names:
        pytest.skip("the project is not a git checkout")
    for name in names:
        source = CHECKOUT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    for args in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "hooks"]):
        assert run(args, repo, env).returncode == 0
    return repo, run(["git", "rev-parse", "HEAD"], repo, env).stdout.strip()


@pytest.fixture
def newsroom(tmp_path, hook_repo, env):
    repo_path, rev = hook_repo
    assert run(["git", "init", "-q"], tmp_path, env).returncode == 0
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo_path}\n    rev: {rev}\n    hooks:\n      - id: copydesk\n      - id: copydesk-fix\n"
        "        stages: [manual]\n")
    return tmp_path


def pre_commit(newsroom, env, *args):
    return run([sys.executable, "-m", "pre_commit", *args], newsroom, env)


def test_hook_blocks_a_draft_calling_trump_former(newsroom, env):
    (newsroom / "draft.md").write_text("Former President Donald Trump welcomed the swap.\n")
    run(["git", "add", "-A"], newsroom, env)
    result = pre_commit(newsroom, env, "run", "copydesk", "--all-files")
    print(result.stdout)
    assert result.returncode == 1
    assert "copydesk (fact-check drafts)" in result.stdout and "Failed" in result.stdout
    assert "draft.md:1:1: T101 [error] Donald Trump is the sitting President" in result.stdout


def test_hook_passes_a_clean_draft(newsroom, env):
    (newsroom / "draft.md").write_text("President Donald Trump welcomed the swap.\n")
    run(["git", "add", "-A"], newsroom, env)
    result = pre_commit(newsroom, env, "run", "copydesk", "--all-files")
    assert result.returncode == 0, result.stdout
    assert "Passed" in result.stdout


def test_fix_hook_fixes_and_fails_so_the_fix_is_reviewed(newsroom, env):
    draft = newsroom / "draft.md"
    draft.write_text("Officials in Kiev welcomed the swap.\n")
    run(["git", "add", "-A"], newsroom, env)
    first = pre_commit(newsroom, env, "run", "copydesk-fix", "--all-files", "--hook-stage", "manual")
    assert first.returncode == 1 and "files were modified by this hook" in first.stdout
    assert draft.read_text() == "Officials in Kyiv welcomed the swap.\n"
    run(["git", "add", "-A"], newsroom, env)
    second = pre_commit(newsroom, env, "run", "copydesk-fix", "--all-files", "--hook-stage", "manual")
    assert second.returncode == 0, second.stdout


def test_exclude_in_copydesk_toml_holds_for_the_hook(newsroom, env):
    """pre-commit names every staged file; a configured exclude must still keep the archive out."""
    (newsroom / "copydesk.toml").write_text('exclude = ["archive/*"]\n')
    (newsroom / "archive").mkdir()
    archived = newsroom / "archive" / "2019.md"
    archived.write_text("Officials in Kiev spoke to former President Donald Trump.\n")
    (newsroom / "draft.md").write_text("Officials in Kyiv welcomed the swap.\n")
    run(["git", "add", "-A"], newsroom, env)
    checked = pre_commit(newsroom, env, "run", "copydesk", "--all-files")
    assert checked.returncode == 0, checked.stdout
    fixed = pre_commit(newsroom, env, "run", "copydesk-fix", "--all-files", "--hook-stage", "manual")
    assert fixed.returncode == 0, fixed.stdout
    assert archived.read_text() == "Officials in Kiev spoke to former President Donald Trump.\n"
