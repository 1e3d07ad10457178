import codecs

import pytest

from copydesk import text as lang
from copydesk.document import DecodeError, Document, decode


def prose_at(doc: Document, line: int, column: int, length: int) -> str:
    start = doc.offset(line, column)
    return doc.prose[start:start + length]


def test_mask_keeps_offsets_and_hides_markup():
    text = "# Title\n\nSee `Kiev` and [a link](http://x.org/Kiev) and <!-- Kiev --> **bold** https://k.org/Kiev\n"
    doc = Document.from_text(text, "a.md")
    assert len(doc.prose) == len(text)
    assert "Kiev" not in doc.prose
    assert "Title" in doc.prose and "a link" in doc.prose and "bold" in doc.prose
    assert "#" not in doc.prose and "**" not in doc.prose


def test_code_blocks_and_html_blocks_are_hidden():
    text = "Para one.\n\n```\nKiev in code\n```\n\n    indented Kiev\n\n<div>Kiev</div>\n\nKyiv here.\n"
    doc = Document.from_text(text, "a.md")
    assert "Kiev" not in doc.prose
    assert prose_at(doc, 11, 1, 4) == "Kyiv"


def test_front_matter_text_fields_only():
    text = '---\ntitle: "Swap in Kiev"\nslug: kiev-swap\ndek: Odessa waits\n---\n\nBody.\n'
    doc = Document.from_text(text, "a.md")
    assert prose_at(doc, 2, 17, 4) == "Kiev"
    assert prose_at(doc, 4, 6, 6) == "Odessa"
    assert "kiev-swap" not in doc.prose


def test_block_quote_and_list_prefixes_are_hidden():
    text = "> quoted line\n> second\n\n- item one\n1. numbered\n"
    doc = Document.from_text(text, "a.md")
    assert ">" not in doc.prose and "-" not in doc.prose and "1." not in doc.prose
    assert any(block.quoted for block in doc.blocks)


def test_position_mapping_with_crlf_and_lone_cr():
    text = "one\r\ntwo\rthree\nfour"
    doc = Document.from_text(text, "a.txt")
    assert doc.position(text.index("two")) == (2, 1)
    assert doc.position(text.index("three")) == (3, 1)
    assert doc.position(text.index("four")) == (4, 1)


def test_wrapped_paragraph_is_one_block():
    doc = Document.from_text("First line of a\nwrapped paragraph.\n\nNext.\n", "a.md")
    assert len(doc.blocks) == 2
    assert doc.prose[doc.blocks[0].start:doc.blocks[0].end] == "First line of a\nwrapped paragraph."


def test_plain_text_headlines_are_their_own_blocks():
    doc = Document.from_text("Big Swap Under Way\nThe two sides freed prisoners.\n", "a.txt")
    assert len(doc.blocks) == 2


def test_plain_text_paragraph_opening_with_a_quotation_is_its_own_block():
    doc = Document.from_text('The mayor spoke on Friday.\n"We rebuild," she said.\n\u201cAll of us.\u201d\n', "a.txt")
    assert [doc.prose[b.start:b.end] for b in doc.blocks] == [
        "The mayor spoke on Friday.", '"We rebuild," she said.', "\u201cAll of us.\u201d"]


def test_decode_bom_and_utf16():
    assert decode(codecs.BOM_UTF8 + "Kyiv".encode()) == ("Kyiv", True, "utf-8")
    assert decode(codecs.BOM_UTF16_LE + "Kyiv".encode("utf-16-le")) == ("Kyiv", True, "utf-16-le")
    assert decode(codecs.BOM_UTF16_BE + "Kyiv".encode("utf-16-be")) == ("Kyiv", True, "utf-16-be")
    assert decode(codecs.BOM_UTF32_LE + "Kyiv".encode("utf-32-le")) == ("Kyiv", True, "utf-32-le")
    assert decode(codecs.BOM_UTF32_BE + "Kyiv".encode("utf-32-be")) == ("Kyiv", True, "utf-32-be")
    with pytest.raises(DecodeError):
        decode(b"abc\x00def")
    with pytest.raises(DecodeError):
        decode(b"caf\xe9")


# -- text the Markdown reader cannot reach is never passed silently (issue 21) --------------------------

def test_prose_quoted_25_deep_is_checked(lint):
    assert lint(">" * 25 + " Former President Donald Trump spoke.\n", select=["T"]) == [("T101", 1, 27)]


def test_prose_nested_past_the_readers_limit_is_reported_as_not_checked(lint):
    text = "President Donald Trump spoke.\n\n" + ">" * 120 + " Former President Donald Trump spoke.\n"
    assert lint(text) == [("E003", 3, 1)]


def test_lists_nested_past_the_limit_are_reported_too():
    from copydesk.engine import check_document
    from copydesk.facts import load

    text = "".join("  " * depth + "- item\n" for depth in range(120))
    doc = Document.from_text(text, "deep.md")
    (finding,) = check_document(doc, load(), [])
    # each list level opens a list and an item: the 50th item is at the limit; it and all below it are unread
    assert (finding.code, finding.line, finding.end_line) == ("E003", 50, 120)
    assert finding.message.startswith("lines 50-120 not checked")


@pytest.mark.parametrize("prose, expected", [
    ("Smoke rose after 9 p.m. Two more ballots failed.", ["Smoke rose after 9 p.m.", "Two more ballots failed."]),
    ("At 9 p.m. ET the bells rang.", ["At 9 p.m. ET the bells rang."]),  # a time zone goes on
    ("He came at 10 a.m. on Friday.", ["He came at 10 a.m. on Friday."]),
    ("Mr. Holt won.", ["Mr. Holt won."]),  # a title never ends one
])
def test_a_time_of_day_ends_a_sentence_before_a_capitalised_word(prose, expected):
    assert [prose[start:end] for start, end in lang.split_sentences(prose, 0, len(prose))] == expected
