"""A101 other-story: a draft that does not look like its sheet's story is said to be so, never passed silently."""
from pathlib import Path

from conftest import codes, findings
from copydesk.cli import main
from copydesk.facts import load

ROOT = Path(__file__).resolve().parent.parent
POPE_SHEET = load(ROOT / "examples" / "pope-leo" / "facts.toml")
QUAKE = ROOT / "tests" / "stories" / "castelmonte-quake"

ELECTION_NIGHT = """\
# Count goes on in the capital

Polling stations closed at eight in the evening and the count went on through the
night in the capital, where turnout was said to be higher than at the last vote.
Party officials gathered at their headquarters to wait for the first results, and
the electoral commission promised a provisional tally before dawn.
"""


def test_a_draft_of_another_story_is_reported_once_at_its_first_word():
    assert codes(ELECTION_NIGHT, select=["A"]) == [("A101", 1, 3)]
    message = findings(ELECTION_NIGHT, select=["A"])[0].message
    assert message.startswith("this draft names none of the fact sheet's people, places and organisations")
    assert "\u201cRussia and Ukraine free 390 prisoners each" in message and "--facts FILE" in message


def test_a_draft_of_the_sheets_story_is_not_reported():
    draft = ELECTION_NIGHT + "\nIn Kyiv, officials said 390 prisoners had been freed by each side on Friday.\n"
    assert codes(draft, select=["A"]) == []  # names a place of the sheet and states one of its figures
    pope_draft = (ROOT / "examples" / "pope-leo" / "sample_draft.md").read_text()
    assert codes(pope_draft, select=["A"])[0][0] == "A101"
    assert codes(pope_draft, select=["A"], facts=POPE_SHEET) == []


def test_a_short_draft_says_too_little_to_judge():
    assert codes("Polling stations closed at eight and the count went on.\n", select=["A"]) == []


def test_its_thresholds_are_options(tmp_path, capsys):
    (tmp_path / "night.md").write_text(ELECTION_NIGHT)
    (tmp_path / "copydesk.toml").write_text("[rules.A101]\nmin-words = 100\n")
    assert main(["check", "--select", "A", str(tmp_path)]) == 0
    assert "All checks passed" in capsys.readouterr().out


def test_the_stories_of_other_kinds_are_flagged_against_the_sample_sheet_and_pass_their_own(capsys):
    for draft in (QUAKE / "drafts" / "day3_feature.md", ROOT / "tests" / "stories" / "novak-trial" / "verdict.md"):
        assert main(["check", "--select", "A", str(draft)]) == 0  # a warning: shown, but no failed commit
        assert "A101 [warning]" in capsys.readouterr().out
    assert main(["check", "--select", "A", "--facts", str(QUAKE / "facts.toml"), str(QUAKE / "drafts")]) == 0
    assert "All checks passed" in capsys.readouterr().out
