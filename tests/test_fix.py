import json
import codecs
import os
import stat

import pytest

from copydesk.cli import main
from copydesk.finding import Edit, Finding
from copydesk.fixes import apply_edits, choose_edits

DRAFT = "Former President Donald Trump spoke in Kiev.\nPrime Minister Vladimir Putin said nothing.\n"
SAFE = "President Donald Trump spoke in Kyiv.\nPrime Minister Vladimir Putin said nothing.\n"
UNSAFE = "President Donald Trump spoke in Kyiv.\nPrime Minister Vladimir Putin said nothing.\n".replace(
    "Prime Minister Vladimir", "President Vladimir")


def run_fix(path, *extra):
    return main(["check", "--fix", *extra, str(path)])


def test_safe_fixes_only_by_default(tmp_path, capsys):
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT)
    assert run_fix(draft) == 1  # the wrong office remains, unfixed
    assert draft.read_text() == SAFE
    out = capsys.readouterr()
    assert "T102" in out.out and "Fixed 2 findings in 1 file." in out.err


def test_unsafe_fixes(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT)
    assert run_fix(draft, "--unsafe-fixes") == 0
    assert draft.read_text() == UNSAFE


def test_diff_changes_nothing(tmp_path, capsys):
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT)
    before = os.stat(draft)
    assert main(["check", "--diff", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "-Former President Donald Trump spoke in Kiev." in out
    assert "+President Donald Trump spoke in Kyiv." in out
    assert draft.read_text() == DRAFT and os.stat(draft).st_mtime_ns == before.st_mtime_ns


def test_fix_is_idempotent_and_untouched_files_are_not_written(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT)
    run_fix(draft)
    once = draft.read_bytes()
    stamp = os.stat(draft).st_mtime_ns
    run_fix(draft)
    assert draft.read_bytes() == once and os.stat(draft).st_mtime_ns == stamp


@pytest.mark.parametrize("encode", [
    lambda t: t.replace("\n", "\r\n").encode(),
    lambda t: codecs.BOM_UTF8 + t.encode(),
    lambda t: t.rstrip("\n").encode(),
    lambda t: t.replace("\n", "\r").encode(),
    lambda t: t.encode("utf-16"),
], ids=["crlf", "bom", "no-final-newline", "lone-cr", "utf-16"])
def test_bytes_outside_the_fixes_are_kept(tmp_path, encode):
    draft = tmp_path / "a.md"
    draft.write_bytes(encode(DRAFT))
    run_fix(draft)
    assert draft.read_bytes() == encode(SAFE)


def test_write_is_atomic_and_keeps_mode(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT)
    os.chmod(draft, 0o640)
    run_fix(draft)
    assert stat.S_IMODE(os.stat(draft).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_misquote_restored(tmp_path):
    draft = tmp_path / "q.md"
    draft.write_text('Trump wrote: "This could lead to something huge!" and left.\n')
    run_fix(draft)
    assert draft.read_text() == 'Trump wrote: "This could lead to something big???" and left.\n'


def finding_with(edit: Edit) -> Finding:
    return Finding("a.md", 1, 1, 1, 1, "T101", "error", "m", fix=edit)


def test_overlapping_edits_resolve_by_position():
    first, overlapping, later = Edit(0, 5, "A"), Edit(3, 8, "B"), Edit(8, 9, "C")
    for order in ([first, overlapping, later], [later, overlapping, first]):
        chosen = choose_edits([finding_with(e) for e in order], unsafe=False)
        assert chosen == [first, later]
    assert apply_edits("0123456789", [first, later]) == "A567C9"
    assert choose_edits([finding_with(Edit(0, 1, "x", safe=False))], unsafe=False) == []


def test_fix_across_a_hard_line_break_keeps_the_line_break(tmp_path):
    draft = tmp_path / "wrapped.md"
    draft.write_text("The post was written by former\nPresident Donald Trump, who liked it.\n")
    run_fix(draft)
    assert draft.read_text() == "The post was written by\nPresident Donald Trump, who liked it.\n"


def test_fix_rechecks_with_the_configured_text_fields(tmp_path, capsys):
    """The re-check after --fix must read the draft as the first check did: a configured
    front-matter field that still holds an error is reported and fails the hook."""
    (tmp_path / "copydesk.toml").write_text('text-fields = ["standfirst"]\n')
    draft = tmp_path / "a.md"
    draft.write_text("---\nstandfirst: Prime Minister Vladimir Putin spoke\n---\n\nOfficials in Kiev spoke.\n")
    assert main(["check", "--fix", "--format", "json", str(draft)]) == 1
    assert "Officials in Kyiv spoke." in draft.read_text()
    assert [(f["code"], f["line"]) for f in json.loads(capsys.readouterr().out)["findings"]] == [("T102", 2)]
