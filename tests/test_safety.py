"""What `--fix` and `--diff-base` promise (docs/safety.md): no byte lost, leaked or run as a git option."""
import codecs
import json
import os
import re
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk import fixes
from copydesk.cli import main
from copydesk.document import decode

BAD = "Former President Donald Trump spoke in Kiev.\n"
FIXED = "President Donald Trump spoke in Kyiv.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
def needs_git(test):
    """Runs real git: slow, and skipped where git is missing."""
    return pytest.mark.slow(pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")(test))


def fix_json(capsys, *args):
    code = main(["check", "--fix", "--format", "json", *map(str, args)])
    return code, json.loads(capsys.readouterr().out)["findings"]


def codes_and_messages(data):
    return [(d["path"].rsplit("/", 1)[-1], d["code"], d["message"]) for d in data if d["code"].startswith("E")]


# -- 1. an edit made while --fix runs ------------------------------------------------------------

@pytest.mark.parametrize("linked", [False, True], ids=["renamed-over", "rewritten-in-place"])
def test_edit_saved_during_fix_is_kept(tmp_path, capsys, monkeypatch, linked):
    draft = tmp_path / "draft.md"
    draft.write_text(BAD)
    if linked:
        os.link(draft, tmp_path / "other-name.md")
    saved_by_reporter = BAD + "A paragraph the reporter saved while the hook ran.\n"
    real_fix_text = fixes.fix_text

    def fix_while_reporter_saves(*args, **kwargs):
        result = real_fix_text(*args, **kwargs)
        draft.write_text(saved_by_reporter)  # the editor's autosave lands between read and replace
        return result

    monkeypatch.setattr(fixes, "fix_text", fix_while_reporter_saves)
    code, data = fix_json(capsys, draft)
    assert draft.read_text() == saved_by_reporter
    assert code == 1
    assert ("draft.md", "E002", "not fixed: the file changed while copydesk was fixing it (an editor saved it?); "
            "its new content is kept; run copydesk again") in codes_and_messages(data)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["draft.md"] + (["other-name.md"] if linked else []))


# -- 2. symbolic links -----------------------------------------------------------------------------

def test_fix_never_writes_through_or_over_a_symlink(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "target.md").write_text(BAD)
    (tmp_path / "link.md").symlink_to("target.md")
    code, data = fix_json(capsys, "link.md")
    assert code == 1
    assert (tmp_path / "link.md").is_symlink() and os.readlink(tmp_path / "link.md") == "target.md"
    assert (tmp_path / "target.md").read_text() == BAD
    assert [d["code"] for d in data] == ["E002", "T101", "S101"]  # the link's findings are still reported
    assert data[0]["message"].startswith("not fixed: it is a symbolic link")


def test_link_to_a_secret_outside_the_tree_is_never_read(tmp_path, capsys, monkeypatch):
    secret = tmp_path / "etc" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:Kiev:/root:/bin/sh\n")  # a variant spelling the fix would "correct"
    repo = tmp_path / "newsroom"
    (repo / "drafts").mkdir(parents=True)
    (repo / "drafts" / "leak.txt").symlink_to(secret)
    (repo / "drafts" / "story.md").write_text(BAD)
    monkeypatch.chdir(repo)
    code, data = fix_json(capsys, "drafts/")
    assert code == 1
    assert (repo / "drafts" / "leak.txt").is_symlink()
    assert secret.read_text() == "root:x:0:0:Kiev:/root:/bin/sh\n"
    assert (repo / "drafts" / "story.md").read_text() == FIXED
    assert [(d["path"], d["code"]) for d in data] == [("drafts/leak.txt", "E001")]
    assert "outside the checked folders" in data[0]["message"] and "root:x" not in json.dumps(data)


def test_check_follows_a_link_inside_the_tree(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(BAD)
    (tmp_path / "latest.md").symlink_to("archive/old.md")
    assert main(["check", "--format", "json", "latest.md"]) == 1
    assert [d["code"] for d in json.loads(capsys.readouterr().out)["findings"]] == ["T101", "S101"]


# -- 3. hard links, owner, mode, read-only -----------------------------------------------------------

def test_fix_keeps_hard_links(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(BAD)
    other = tmp_path / "same-file.md"
    os.link(draft, other)
    inode = os.stat(draft).st_ino
    fix_json(capsys, draft)
    assert draft.read_text() == other.read_text() == FIXED
    assert os.stat(draft).st_ino == os.stat(other).st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md", "same-file.md"]  # no backup left behind


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a file to another user")
def test_fix_keeps_a_foreign_owner_group_and_mode(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(BAD)
    os.chown(draft, 4321, 8765)
    os.chmod(draft, 0o640)
    fix_json(capsys, draft)
    info = os.stat(draft)
    assert draft.read_text() == FIXED
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (4321, 8765, 0o640)


def test_read_only_draft_is_left_alone_with_a_message(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(BAD)
    os.chmod(draft, 0o444)
    code, data = fix_json(capsys, draft)
    assert code == 1 and draft.read_text() == BAD and os.stat(draft).st_mode & 0o777 == 0o444
    assert ("draft.md", "E002", "not fixed: the file is read-only") in codes_and_messages(data)


# -- 4. and 5. --diff-base -----------------------------------------------------------------------------

def git(repo, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "r", "GIT_AUTHOR_EMAIL": "r@example.org", "GIT_COMMITTER_NAME": "r",
           "GIT_COMMITTER_EMAIL": "r@example.org"}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)


@needs_git
def test_diff_base_never_passes_its_value_to_git_as_an_option(tmp_path, capsys, monkeypatch):
    git(tmp_path, "init", "-q")
    (tmp_path / "story.md").write_text(BAD)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "one")
    monkeypatch.chdir(tmp_path)
    victim = tmp_path / "victim.txt"
    for value in (f"--output={victim}", "-p", "--"):
        assert main(["check", f"--diff-base={value}", "story.md"]) == 2
        assert "is not a revision" in capsys.readouterr().err
    assert not victim.exists()


@needs_git
@pytest.mark.parametrize("setting", [None, "diff.noprefix=true", "diff.mnemonicPrefix=true", "diff.relative=true"])
def test_diff_base_finds_files_whose_names_git_quotes(tmp_path, capsys, monkeypatch, setting):
    git(tmp_path, "init", "-q")
    if setting:
        key, value = setting.split("=")
        git(tmp_path, "config", key, value)
    names = ['we"ird é.md', "back\\slash.md", "plain.md"]
    (tmp_path / "sub").mkdir()
    for name in names:
        (tmp_path / "sub" / name).write_text("Kyiv welcomed the swap.\n")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "one")
    for name in names:
        (tmp_path / "sub" / name).write_text("Kyiv welcomed the swap.\nKiev was quiet.\n")
    monkeypatch.chdir(tmp_path / "sub")
    assert main(["check", "--format", "json", "--diff-base", "HEAD", *names]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert sorted((d["path"], d["line"], d["code"]) for d in found) == sorted((n, 2, "S101") for n in names)


@needs_git
def test_diff_with_diff_base_fixes_only_changed_lines(tmp_path, capsys, monkeypatch):
    git(tmp_path, "init", "-q")
    (tmp_path / "story.md").write_text("Old copy from Kiev.\n")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "one")
    (tmp_path / "story.md").write_text("Old copy from Kiev.\nNew copy from Kiev.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--diff", "--diff-base", "HEAD", "story.md"]) == 1
    diff = capsys.readouterr().out
    assert "-New copy from Kiev.\n+New copy from Kyiv.\n" in diff and "-Old copy" not in diff


def test_diff_file_that_is_not_a_diff_is_an_error(tmp_path, capsys):
    (tmp_path / "story.md").write_text(BAD)
    notes = tmp_path / "notes.txt"
    notes.write_text("These are my notes, not a diff.\n")
    assert main(["check", "--diff-file", str(notes), str(tmp_path / "story.md")]) == 2
    assert "holds no file changes" in capsys.readouterr().err


# -- 6. exclude applies to named files (pre-commit names every file; see test_precommit) ---------------

def test_exclude_applies_to_files_named_on_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "copydesk.toml").write_text('exclude = ["archive/*"]\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(BAD)
    (tmp_path / "new.md").write_text(BAD)
    code, data = fix_json(capsys, "archive/old.md", "new.md")
    assert (tmp_path / "archive" / "old.md").read_text() == BAD
    assert (tmp_path / "new.md").read_text() == FIXED and code == 0


# -- 7. encodings kept exactly ---------------------------------------------------------------------------

@pytest.mark.parametrize("codec,bom", [("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", codecs.BOM_UTF16_LE),
                                       ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
                                       ("utf-8", codecs.BOM_UTF8)])
def test_fix_keeps_the_encoding_byte_order_and_bom(tmp_path, capsys, codec, bom):
    draft = tmp_path / "draft.txt"
    draft.write_bytes(bom + ("\ufeff" + BAD).encode(codec))  # a U+FEFF after the BOM is text and stays
    fix_json(capsys, draft)
    assert draft.read_bytes() == bom + ("\ufeff" + FIXED).encode(codec)


def test_utf32_is_not_read_as_utf16():
    assert decode(codecs.BOM_UTF32_LE + "Kiev".encode("utf-32-le")) == ("Kiev", True, "utf-32-le")


# -- the property: any draft, any encoding ----------------------------------------------------------------

PIECES = st.sampled_from(["Former President Donald Trump", " in Kiev", " Odessa", " Zelenskyy", " said", ".", "\n",
                          "\r\n", "\n\n", "# ", "- ", "`Kiev`", "[Kiev](http://kiev.example/Kiev)", "<!-- Kiev -->",
                          " 390 prisoners", " é", " \u2028", "\t", " ❤", " **Kiev**"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(PIECES, max_size=25), codec=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]),
       bom=st.booleans(), suffix=st.sampled_from([".md", ".txt"]))
def test_fix_changes_only_its_spans_keeps_encoding_and_is_idempotent(tmp_path_factory, pieces, codec, bom, suffix):
    folder = tmp_path_factory.mktemp("fix")
    text = "".join(pieces)
    marks = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
             "utf-32-le": codecs.BOM_UTF32_LE}
    bom = bom or codec != "utf-8"  # other encodings are recognised by their BOM
    draft = folder / f"draft{suffix}"
    draft.write_bytes((marks[codec] if bom else b"") + text.encode(codec))
    main(["check", "--fix", "--format", "json", str(draft)])
    after = draft.read_bytes()
    fixed_text, had_bom, read_codec = decode(after)
    assert (had_bom, read_codec) == (bom, codec)
    # with the words a fix may touch taken out of both, the texts are identical: line endings and all
    touchable = re.compile(r"Former |Kiev|Kyiv|Odessa|Odesa|Zelenskyy|Zelensky")
    assert touchable.sub("", fixed_text) == touchable.sub("", text)
    main(["check", "--fix", "--format", "json", str(draft)])
    assert draft.read_bytes() == after
