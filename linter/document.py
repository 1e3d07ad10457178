"""The one representation of a draft that every rule shares.

A :class:`Document` keeps the decoded text of a file and a *prose mask*: a string
of exactly the same length in which everything that is not checkable prose
(code, front matter keys, HTML comments, link targets, URLs, Markdown markup)
is replaced by spaces, newlines kept. Because the mask and the text have the
same offsets, a rule that finds something in the mask reports the offset in the
file, and the engine turns it into a line and a column.
"""
from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass, field
from functools import cached_property

from . import markdown

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


class DecodeError(ValueError):
    """The file's bytes are not text copydesk can read."""


def line_starts(text: str) -> list[int]:
    """The offset where each line starts (a line ends at CR LF, CR or LF, as findings count lines)."""
    return [0, *(match.end() for match in markdown.LINE_BREAK.finditer(text))]


@dataclass(frozen=True)
class Block:
    """A unit of prose: paragraph, heading, list item, table cell or front-matter field."""
    start: int
    end: int
    quoted: bool = False


@dataclass(eq=False)  # a document is itself: analyses are kept per document, by identity
class Document:
    path: str
    text: str
    prose: str
    blocks: list[Block]
    is_markdown: bool
    bom: bool = False
    encoding: str = "utf-8"
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    unread: list[tuple[int, int]] = field(default_factory=list)  # text the Markdown reader could not reach
    text_fields: tuple[str, ...] = markdown.DEFAULT_TEXT_FIELDS

    @classmethod
    def from_text(cls, text: str, path: str = "<string>", *, is_markdown: bool | None = None,
                  text_fields: tuple[str, ...] = markdown.DEFAULT_TEXT_FIELDS,
                  bom: bool = False, encoding: str = "utf-8") -> Document:
        if is_markdown is None:
            is_markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
        if is_markdown:
            layout = markdown.layout_markdown(text, text_fields)
        else:
            layout = markdown.layout_plain(text)
        return cls(path=path, text=text, prose=layout.prose, blocks=[Block(*b) for b in layout.blocks],
                   is_markdown=is_markdown, bom=bom, encoding=encoding, comments=layout.comments,
                   unread=layout.unread,
                   text_fields=tuple(text_fields))

    def with_text(self, text: str) -> Document:
        """The same file (path, kind, encoding, checked front-matter fields) holding other text."""
        return Document.from_text(text, self.path, is_markdown=self.is_markdown, text_fields=self.text_fields,
                                  bom=self.bom, encoding=self.encoding)

    @classmethod
    def from_bytes(cls, data: bytes, path: str, **kwargs) -> Document:
        text, bom, encoding = decode(data)
        return cls.from_text(text, path, bom=bom, encoding=encoding, **kwargs)

    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1

    def line_of(self, offset: int) -> int:
        return self.position(offset)[0]

    def line_opens_with(self, offset: int, mark: str) -> bool:
        """The line holding the offset opens with a Markdown mark: "#" a heading, "|" a table row, "**" bold."""
        return self.text.startswith(mark, self.line_starts[self.line_of(offset) - 1])


BOMS = (  # longest first: a UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BOM_OF = {name: mark for mark, name in BOMS}


def decode(data: bytes) -> tuple[str, bool, str]:
    """Text, whether it had a byte-order mark, and its exact codec (byte order included).

    UTF-8 with or without a BOM, UTF-16 and UTF-32 with a BOM in either byte order; anything
    else raises DecodeError. Only the BOM itself is removed: a U+FEFF after it is text.
    """
    encoding, body, bom = "utf-8", data, False
    for mark, name in BOMS:
        if data.startswith(mark):
            encoding, body, bom = name, data[len(mark):], True
            break
    if encoding == "utf-8" and b"\x00" in body:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding.upper()} text at byte {exc.start + len(data) - len(body)}") from None
    return text, bom, encoding


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes :func:`decode` read: same codec, same byte order, same BOM."""
    return (BOM_OF[encoding] if bom else b"") + text.encode(encoding)
