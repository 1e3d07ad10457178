"""The parser layer: loaded only when a value needs binding, parses remembered, silence without it."""
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


@pytest.mark.slow  # runs copydesk in a process of its own, to see what it loaded
def test_a_clean_draft_never_loads_the_parser_and_a_draft_with_a_wrong_figure_does():
    for clean in sorted((ROOT / "tests" / "drafts").glob("clean_*")):
        assert not loads_spacy(str(clean.relative_to(ROOT))), clean.name
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
