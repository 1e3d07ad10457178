"""The parser layer: loaded only when a value needs binding, parses remembered, silence without it."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk import syntax
from copydesk.analysis.frames import frame_at

ROOT = Path(__file__).resolve().parent.parent


def loads_spacy(draft: str) -> bool:
    code = ("import sys; from copydesk.cli import main; main(['check', '--quiet', sys.argv[1]]); "
            "print('spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, draft], capture_output=True, text=True, cwd=ROOT)
    return result.stdout.strip().splitlines()[-1] == "True"


def dated_after_the_sheet(draft: Path) -> bool:
    """Front matter dating the draft after the embedded sheet's day (23 May 2025)."""
    found = re.search(r"(?m)^date:\s*(\d{4}-\d\d-\d\d)", draft.read_text(encoding="utf-8"))
    return found is not None and found.group(1) > "2025-05-23"


@pytest.mark.slow  # runs copydesk in a process of its own, to see what it loaded
def test_a_clean_draft_of_the_sheets_day_never_loads_the_parser_and_a_draft_with_a_wrong_figure_does():
    # a draft dated after the sheet tells later stages of the story, which only the parse tells from the
    # first ("the swap began on Friday", "the soldiers freed on Sunday"): it may load it
    clean = [d for d in sorted((ROOT / "tests" / "drafts").glob("clean_*")) if not dated_after_the_sheet(d)]
    assert len(clean) >= 7
    for draft in clean:
        assert not loads_spacy(str(draft.relative_to(ROOT))), draft.name
    assert loads_spacy("examples/sample_draft.md")


def test_a_sentence_is_parsed_once():
    text = "Both sides freed 390 prisoners on Friday, officials said."
    assert syntax.parse(text) is syntax.parse(text)


def test_without_a_pipeline_there_is_no_frame_and_no_traceback(monkeypatch, tmp_path):
    monkeypatch.setattr(syntax, "pipeline_path", lambda: tmp_path / "missing")
    syntax.pipeline.cache_clear()
    monkeypatch.setattr(syntax, "_parses", type(syntax._parses)())
    try:
        assert frame_at("A sentence nobody parsed before, with 17 words.", 37) is None
    finally:
        syntax.pipeline.cache_clear()


def test_according_to_names_the_speaker_whatever_its_lemma():
    text = "According to the ministry, the list was finalised on Wednesday."
    assert frame_at(text, text.index("Wednesday")).speaker == "ministry"


def test_a_blanked_dateline_is_read_as_no_word_and_offsets_hold():
    blank = " " * 24  # "MORVAN, Oct 15 (Wire) — " as the analyses blank it
    text = blank + "The death toll from this week's floods in the Valdor valley rose to 27 on Friday, officials said."
    doc = syntax.parse(text)
    toll = next(t for t in doc if t.text == "toll")
    assert (toll.dep_, toll.head.text) == ("nsubj", "rose")
    assert syntax.token_at(doc, text.index("27")).text == "27" and doc[0].text == blank


def test_a_line_break_inside_a_wrapped_sentence_is_read_as_a_space_keeping_offsets():
    text = "Buses rolled into the region on\nSaturday, as the two sides freed 390 people each."
    doc = syntax.parse(text)
    assert all(token.text.strip() for token in doc)  # no token of the break itself
    saturday = syntax.token_at(doc, text.index("Saturday"))
    assert saturday.text == "Saturday" and saturday.head.text == "rolled"
