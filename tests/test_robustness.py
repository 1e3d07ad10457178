"""Odd and hostile input: never a traceback, a clear per-file error, the other files still checked."""
import codecs
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DEFAULT_FACTS, REGISTRY
from copydesk import engine, fixes
from copydesk.cli import main
from copydesk.document import Document
from copydesk.finding import Violation
from copydesk.rule import Rule

BAD = "Former President Donald Trump spoke in Kiev.\n"


def check_json(capsys, *paths):
    code = main(["check", "--format", "json", *map(str, paths)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out)["findings"]


@pytest.mark.parametrize("name, content, codes", [
    ("empty.md", b"", set()),
    ("nul.md", b"Kiev\x00Kiev", {"E001"}),
    ("binary.txt", bytes(range(256)) * 4, {"E001"}),
    ("latin1.md", "Odessa caf\xe9".encode("latin-1"), {"E001"}),
    ("utf16.md", codecs.BOM_UTF16_LE + BAD.encode("utf-16-le"), {"T101", "S101"}),
    ("crlf.md", BAD.replace("\n", "\r\n").encode(), {"T101", "S101"}),
    ("cr.txt", BAD.replace("\n", "\r").encode() * 3, {"T101", "S101"}),
    ("quotes.md", b'"Unbalanced \xe2\x80\x9c quotes " everywhere \xe2\x80\x9d " in Kiev', {"S101"}),
    ("nested.md", b"Kiev\n\n" + b">" * 3000 + b" deep\n" + b"".join(b"  " * i + b"- item\n" for i in range(500)),
     {"S101", "E003", "A101"}),  # past the Markdown reader's nesting limit: said, not passed silently
    ("emphasis.md", b"*" * 5000 + b"Kiev" + b"_" * 5000 + b"[" * 3000, {"S101"}),
])
def test_odd_files(tmp_path, capsys, name, content, codes):
    path = tmp_path / name
    path.write_bytes(content)
    code, data = check_json(capsys, path)
    assert {d["code"] for d in data} == codes
    assert code == (1 if codes else 0)


def test_long_line_and_large_file(tmp_path, capsys):
    line = tmp_path / "line.md"
    line.write_text("Kyiv welcomed the news and the talks went on, " * 4000 + "Kiev.\n")
    large = tmp_path / "large.txt"
    large.write_bytes(b"Kyiv. " * (engine.MAX_FILE_BYTES // 6 + 10))
    code, data = check_json(capsys, line, large)
    assert [(d["path"].rsplit("/", 1)[1], d["code"]) for d in data] == [("large.txt", "E001"), ("line.md", "A101"),
                                                                          ("line.md", "S101")]
    assert "larger than the 1 MB limit" in data[0]["message"]


def test_unreadable_and_broken_symlink(tmp_path, capsys):
    (tmp_path / "good.md").write_text(BAD)
    (tmp_path / "broken.md").symlink_to(tmp_path / "missing.md")
    code, data = check_json(capsys, tmp_path)
    assert code == 1
    assert [(d["path"].rsplit("/", 1)[1], d["code"]) for d in data] == [
        ("broken.md", "E001"), ("good.md", "T101"), ("good.md", "S101")]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path, capsys):
    path = tmp_path / "secret.md"
    path.write_text(BAD)
    path.chmod(0)
    code, data = check_json(capsys, path)
    assert [d["code"] for d in data] == ["E001"]


def test_directory_of_thousands_of_files_in_parallel(tmp_path, capsys):
    for index in range(1500):
        (tmp_path / f"d{index:04}.md").write_text(BAD if index % 500 == 0 else "Kyiv.\n")
    serial = main(["check", "--format", "json", "--jobs", "1", str(tmp_path)]), capsys.readouterr().out
    parallel = main(["check", "--format", "json", "--jobs", "2", str(tmp_path)]), capsys.readouterr().out
    assert serial[0] == parallel[0] and json.loads(serial[1])["findings"] == json.loads(parallel[1])["findings"]
    assert len(json.loads(serial[1])["findings"]) == 6


class Crashes(Rule):
    """Always fails."""

    code = "X999"
    name = "crashes"

    def check(self, ctx):
        yield Violation(0, 1, "before the crash")
        raise ValueError("boom")


def test_a_failing_rule_is_reported_and_the_others_still_run():
    doc = Document.from_text(BAD, "a.md")
    rules = [Crashes(), REGISTRY["T101"]()]
    found = engine.check_document(doc, DEFAULT_FACTS, rules)
    assert [f.code for f in found] == ["E900", "T101", "X999"]
    assert "rule X999 (crashes) failed on this file: ValueError: boom" in found[0].message


FACT_WORDS = ["Former", "President", "Donald", "Trump", "Kiev", "Zelenski", "390", "380", "prisoners", "each",
              "Istanbul", "talks", "Friday", "Tuesday", "Putin", "said", "\"", "\u201c", "\u201d", "former",
              "Odessa", "killed", "two", "war", "third", "year", "since", "2019", "mediated", "UAE"]
MARKUP = ["\n", "\n\n", "# ", "> ", "- ", "```\n", "`", "*", "_", "[", "](", ")", "<!--", "-->", "---\n", "\r\n",
          "\r", ".", ",", " ", "\t", "    ", "|", "\ufeff", "é", "\u2028"]
drafts = st.lists(st.sampled_from(FACT_WORDS + MARKUP) | st.text(max_size=5), max_size=80).map(" ".join)
RULES = [rule() for rule in REGISTRY.values()]


def run(text: str, path: str):
    return engine.check_document(Document.from_text(text, path), DEFAULT_FACTS, RULES)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=drafts, markdown=st.booleans())
def test_any_text_checks_cleanly_with_positions_inside_the_file(text, markdown):
    path = "draft.md" if markdown else "draft.txt"
    found = run(text, path)
    assert found == run(text, path)
    assert found == sorted(found, key=lambda f: f.sort_key)
    doc = Document.from_text(text, path)
    lines = doc.line_starts
    for f in found:
        if f.code.startswith("E"):
            continue
        assert 1 <= f.line <= len(lines) and (f.line, f.column) <= (f.end_line, f.end_column)
        start = doc.offset(f.line, f.column)
        assert 0 <= start <= len(text) and doc.line_of(start) == f.line


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=drafts, markdown=st.booleans())
def test_fix_is_idempotent_and_touches_only_its_spans(text, markdown):
    doc = Document.from_text(text, "draft.md" if markdown else "draft.txt")
    check = lambda d: engine.check_document(d, DEFAULT_FACTS, RULES)  # noqa: E731
    edits = fixes.choose_edits(check(doc), unsafe=False)
    once = fixes.apply_edits(text, edits)
    cursor = 0
    for edit in edits:  # every byte between the edits is unchanged
        assert text[cursor:edit.start] in once
        cursor = edit.end
    fixed, _ = fixes.fix_text(doc, check, unsafe=False)
    again, applied = fixes.fix_text(Document.from_text(fixed, doc.path, is_markdown=doc.is_markdown), check,
                                    unsafe=False)
    assert applied == 0 and again == fixed


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_read(tmp_path, capsys):
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    code, data = check_json(capsys, pipe)
    assert [(d["code"], d["message"]) for d in data] == [("E001", "not checked: not a regular file")]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=drafts.map(lambda t: t + " <script>x()</script> <b onclick=y()>"), markdown=st.booleans())
def test_review_page_renders_any_draft_and_shows_it_only_as_text(text, markdown):
    from html.parser import HTMLParser

    from copydesk import review
    from copydesk.formatters import Report

    path = "draft.md" if markdown else "draft.txt"
    found = run(text, path)
    page = review.page(Report(found, 1, documents={path: text}))
    tags: list[tuple[str, list]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append((tag, attrs))

    Tags().feed(page)
    assert [tag for tag, _ in tags].count("script") == 1  # the page's own
    assert not [attrs for _, attrs in tags if any(name.startswith("on") for name, _ in attrs)]
    firsts = [dict(attrs)["data-finding"] for tag, attrs in tags if tag == "mark" and "data-first" in dict(attrs)]
    assert len(firsts) == len(set(firsts)) and set(firsts) <= {str(n) for n in range(1, len(found) + 1)}
