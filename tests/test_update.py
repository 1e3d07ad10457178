"""`copydesk facts update` and `copydesk facts diff`: a sheet kept up with a developing story (issue 23).

Two stories of our own: an earthquake whose toll rose for four days (the sheet as of day 2, updated with
the sources of days 3 and 4, must hold the figures of the sheet written by hand as of day 4), and a
prisoner swap in stages (later stages, the series' end, a new toll, another event)."""
import datetime as dt
from pathlib import Path

import pytest

from conftest import codes
from copydesk.cli import main
from copydesk.document import Document
from copydesk.facts import load
from copydesk.sheetdiff import differences
from copydesk.update import UndatedSource, propose, source_documents, updated_sheet

STORIES = Path(__file__).parent / "stories"
QUAKE = STORIES / "castelmonte-quake"
SWAP = STORIES / "korva-swap"


def update(sheet_path: Path, sources: list[Path], as_of: dt.date | None = None) -> str:
    sheet = load(sheet_path)
    documents = source_documents(sources, set(sheet.sources) | set(sheet.facts))
    proposals = propose(sheet, documents, as_of)
    return updated_sheet(sheet_path.read_text(encoding="utf-8"), sheet, proposals,
                         {sid: Path(doc.path).name for sid, doc in documents.items()})


def test_the_day_two_sheet_updated_with_days_three_and_four_has_the_figures_of_day_four():
    updated = load(text=update(QUAKE / "facts-day2.toml", [QUAKE / "sources" / "day3.md", QUAKE / "sources" / "day4.md"]))
    written = load(QUAKE / "facts.toml")
    assert [line for line in differences(written, updated) if "quantities" in line] == []
    assert updated.story.as_of == written.story.as_of
    for draft in sorted((QUAKE / "drafts").glob("*.md")):
        text = draft.read_text(encoding="utf-8")
        assert codes(text, facts=updated) == codes(text, facts=written), draft.name


def test_the_update_keeps_the_sheets_comments_and_marks_each_change_with_its_sources():
    text = update(QUAKE / "facts-day2.toml", [QUAKE / "sources" / "day3.md", QUAKE / "sources" / "day4.md"])
    assert text.startswith("# The same story as facts.toml")
    assert 'value = 2719 # facts update: 2,719 as of 31 March 2031, says day4' in text


def test_a_swap_in_stages():
    updated = load(text=update(SWAP / "facts.toml", sorted((SWAP / "sources").glob("*.md"))))
    assert differences(load(SWAP / "facts.toml"), updated) == [
        "~ story.as_of: Friday 6 June 2031 -> Sunday 8 June 2031",
        "~ events.swap.end: (none) -> Sunday 8 June 2031",
        "+ events.swap-2031-06-07: stage of the 500-for-500 prisoner swap on 7 June 2031",
        "+ events.swap-2031-06-08: stage of the 500-for-500 prisoner swap on 8 June 2031",
        "+ events.marhaven-2031-06-07: TODO: the event in Marhaven on 7 June 2031",
        "~ quantities.portsel-wounded.sources: ('wire',) -> ('saturday',)",
        "~ quantities.portsel-wounded.value: 6 -> 9",
        "~ quantities.portsel-wounded.values: (none) -> value=6, as_of=Friday 6 June 2031, sources=('wire',)",
        "+ quantities.swap-2031-06-07-all: prisoners freed, per side, 7 June 2031: 150",
        "+ quantities.swap-2031-06-08-all: prisoners freed, per side, 8 June 2031: 250",
        "+ quantities.marhaven-2031-06-07-casualties-wounded: people killed and wounded (wounded), 7 June 2031: 12",
    ]
    # with the updated sheet, a later draft's figures of those days are right, and a wrong one is still wrong
    later = "---\ndate: 2031-06-09\n---\nOn Saturday each side freed 150 more prisoners in the swap.\n"
    assert codes(later, facts=updated) == []
    assert codes(later.replace("150", "160"), facts=updated) == [("N101", 4, 29)]


def test_sources_that_disagree_are_shown_side_by_side(tmp_path):
    for name, figure in (("a", "150"), ("b", "150"), ("c", "155")):
        (tmp_path / f"{name}.md").write_text(
            f"KORVA, June 7 (Wire) - Korva and Lemland each freed {figure} more prisoners on Saturday in the swap.\n")
    text = update(SWAP / "facts.toml", sorted(tmp_path.glob("*.md")))
    assert "value = 150 # facts update: 150, says a, b (\u201cKORVA, June 7 (Wire) - Korva and Lemland each freed 150 more " \
        "prisoners on Saturday in the swap.\u201d); 155 says c" in text


def test_a_source_with_no_date_needs_as_of(tmp_path):
    source = tmp_path / "undated.md"
    source.write_text("Each side freed 150 more prisoners in the swap.\n")
    sheet = load(SWAP / "facts.toml")
    with pytest.raises(UndatedSource, match="no date of its own"):
        propose(sheet, {"undated": Document.from_text(source.read_text(), str(source))}, None)
    assert "value = 150" in update(SWAP / "facts.toml", [source], as_of=dt.date(2031, 6, 7))


def test_the_command_prints_a_diff_and_never_writes_over_the_sheet(tmp_path, capsys):
    sheet = tmp_path / "facts.toml"
    sheet.write_bytes((SWAP / "facts.toml").read_bytes())
    sources = [str(p) for p in sorted((SWAP / "sources").glob("*.md"))]
    assert main(["facts", "update", str(sheet), *sources]) == 0
    printed = capsys.readouterr().out
    # every change names its sources and quotes the sentence it came from
    assert "+value = 9 # facts update: 9 as of 7 June 2031, says saturday (\u201cThe toll from Friday's drone strike " \
        "on Portsel rose to nine wounded, doctors said.\u201d)\n" in printed
    assert "+[[quantities.values]]\n value = 6\n+as_of = 2031-06-06\n" in printed
    assert sheet.read_bytes() == (SWAP / "facts.toml").read_bytes()
    assert main(["facts", "update", str(sheet), *sources, "-o", str(sheet)]) == 2
    assert "that is the fact sheet" in capsys.readouterr().err
    assert sheet.read_bytes() == (SWAP / "facts.toml").read_bytes()
    assert main(["facts", "update", str(sheet), *sources, "-o", str(tmp_path / "new.toml")]) == 0
    assert main(["facts", "diff", str(sheet), str(tmp_path / "new.toml")]) == 1
    assert "~ quantities.portsel-wounded.value: 6 -> 9" in capsys.readouterr().out
    assert main(["facts", "diff", str(sheet), str(sheet)]) == 0


def test_a_bad_as_of_is_a_usage_error_not_a_traceback(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["facts", "update", str(SWAP / "facts.toml"), str(SWAP / "sources"), "--as-of", "2031-13-40"])
    assert refused.value.code == 2 and "Traceback" not in capsys.readouterr().err
