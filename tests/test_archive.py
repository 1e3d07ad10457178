"""`copydesk index` and `copydesk affected` (issue 23): which drafts state a fact that changed between two
sheets, read now or answered from an SQLite index that is kept up to date incrementally."""
import os
import shutil
from pathlib import Path

import pytest

from conftest import DEFAULT_FACTS
from copydesk.archive import Index, UnusableIndex, affected, statements
from copydesk.cli import main
from copydesk.document import Document
from copydesk.facts import load

QUAKE = Path(__file__).parent / "stories" / "castelmonte-quake"
DAY2, DAY4 = load(QUAKE / "facts-day2.toml"), load(QUAKE / "facts.toml")


def test_a_draft_states_figures_names_claims_and_dates():
    draft = ("Russia and Ukraine each freed 390 prisoners on Friday, 23 May.\n\n"
             "The talks in Istanbul were mediated by Turkey, Zelensky said.\n")
    found = {(s.fact_id, s.line, s.stated) for s in statements(Document.from_text(draft, "d.md"), DEFAULT_FACTS)}
    assert {("phase1-per-side", 1, "390"), ("prisoner-exchange", 1, "Friday, 23 May"), ("istanbul-mediator", 3, "Turkey"),
            ("zelensky", 3, "Zelensky")} <= found


def test_affected_lists_the_statements_of_the_old_value_only(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("---\ndate: 2031-03-29\n---\nThe earthquake in Castelmonte killed 1,644 people.\n\n"
                     "The earthquake in Castelmonte killed 144 people on its first evening.\n")
    found = statements(Document.from_text(draft.read_text(), str(draft)), DAY2)
    assert [(s.line, s.stated, change) for s, change in affected(DAY2, DAY4, found)] == [
        (4, "1,644", "the new sheet has 2,719 as of 31 March 2031 (1,644 was the figure as of 29 March 2031)")]


def test_the_index_answers_as_reading_the_drafts_does_and_reads_only_what_changed(tmp_path, capsys):
    drafts = tmp_path / "drafts"
    shutil.copytree(QUAKE / "drafts", drafts)
    db, day2, day4 = str(tmp_path / "index.sqlite"), str(QUAKE / "facts-day2.toml"), str(QUAKE / "facts.toml")
    assert main(["affected", day2, day4, str(drafts)]) == 1
    read_now = capsys.readouterr().out
    assert main(["index", str(drafts), "--facts", day2, "--db", db]) == 0
    count = len(list(drafts.glob("*.md")))
    assert f"{count} drafts, {count} read, 0 unchanged" in capsys.readouterr().out
    assert main(["affected", day2, day4, "--db", db]) == 1
    assert capsys.readouterr().out == read_now and "day3_stale.md:8:23: killed: states \u201c1,644\u201d" in read_now
    # incremental: nothing changed, then one draft edited and one removed
    assert main(["index", str(drafts), "--facts", day2, "--db", db]) == 0
    assert f"{count} drafts, 0 read, {count} unchanged" in capsys.readouterr().out
    (drafts / "day3_stale.md").write_text((drafts / "day3_stale.md").read_text().replace("1,644", "2,056"))
    (drafts / "undated_timeline.md").unlink()
    assert main(["index", str(drafts), "--facts", day2, "--db", db]) == 0
    assert f"{count - 1} drafts, 1 read, {count - 2} unchanged" in capsys.readouterr().out
    assert main(["affected", day2, day4, "--db", db]) == 0
    # an index built with another sheet answers nothing
    assert main(["affected", day4, day2, "--db", db]) == 2
    assert "built with another sheet" in capsys.readouterr().err


def test_a_file_that_is_not_an_index_is_refused(tmp_path, capsys):
    bogus = tmp_path / "index.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UnusableIndex):
        Index(bogus)
    assert main(["affected", str(QUAKE / "facts-day2.toml"), str(QUAKE / "facts.toml"), "--db", str(bogus)]) == 2
    assert "not a copydesk index" in capsys.readouterr().err
    assert bogus.read_bytes() == b"not a database at all" * 100


@pytest.mark.slow  # runs copydesk in a process of its own, so that a hang fails the test
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_affected_and_index_read_drafts_as_check_does_and_never_hang_on_a_pipe(tmp_path):
    import subprocess
    import sys

    from copydesk.facts import _default_sheet_text

    old = tmp_path / "old.toml"
    old.write_text(_default_sheet_text())
    new = tmp_path / "new.toml"
    new.write_text(_default_sheet_text().replace("value = 390", "value = 391", 1))
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    os.mkfifo(drafts / "pipe.md")
    (drafts / "ok.md").write_text("Russia and Ukraine each freed 390 prisoners on Friday.\n")

    def copydesk(*args):
        return subprocess.run([sys.executable, "-m", "copydesk", *map(str, args)], capture_output=True, text=True,
                              timeout=60, stdin=subprocess.DEVNULL, cwd=tmp_path)

    affected = copydesk("affected", old, new, drafts / "pipe.md")
    assert affected.returncode == 2 and "not a regular file" in affected.stderr
    indexed = copydesk("index", drafts, "--facts", old, "--db", tmp_path / "archive.sqlite")
    assert indexed.returncode == 0, indexed.stderr
    found = copydesk("affected", old, new, "--db", tmp_path / "archive.sqlite")
    assert "ok.md:1:" in found.stdout and "pipe.md" not in found.stdout
