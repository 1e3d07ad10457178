"""Build the prose mask and text blocks of a draft.

Markdown structure comes from markdown-it-py: it decides what is a paragraph,
a heading, a table cell, a fenced or indented code block or an HTML block.
markdown-it does not give columns for inline tokens, so each inline token's
source lines are found in the file and its constructs (code spans, inline HTML,
link targets, emphasis markers) are located in order and masked.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

DEFAULT_TEXT_FIELDS = ("title", "subtitle", "dek", "description", "summary", "caption")

URL = re.compile(r"""(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>"'”’)\]]+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b""", re.I)
COMMENT = re.compile(r"<!--(.*?)-->", re.S)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
NOT_NEWLINE = re.compile(r"[^\r\n]")
BLOCK_SCALAR_LINE = re.compile(r"\n([ \t]+)(\S[^\n]*)")


MAX_NESTING = 100  # block quotes and lists read this deep (CommonMark's preset stops at 20; 500 overflows the stack)


@dataclass
class Layout:
    prose: str
    blocks: list[tuple[int, int, bool]]  # start, end, inside a block quote
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    unread: list[tuple[int, int]] = field(default_factory=list)  # text nested too deep to be read (start, end)


class _Mask:
    """A mutable prose mask over a text: start all blank, reveal prose spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = [c if c in "\r\n" else " " for c in text]
        self.blocks: list[tuple[int, int, bool]] = []

    def reveal(self, start: int, end: int) -> None:
        self.chars[start:end] = self.text[start:end]

    def hide(self, start: int, end: int) -> None:
        for i in range(start, min(end, len(self.chars))):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "

    def result(self, comments: list[tuple[int, int, str]], unread: list[tuple[int, int]] | None = None) -> Layout:
        prose = "".join(self.chars)
        for match in URL.finditer(prose):
            self.hide(match.start(), match.end())
        return Layout("".join(self.chars), sorted(self.blocks), comments, unread or [])


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end-without-newline) of every line."""
    spans, start = [], 0
    for match in LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def layout_plain(text: str) -> Layout:
    mask = _Mask(text)
    mask.reveal(0, len(text))
    lines = _line_spans(text)
    block_start = None
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            if block_start is not None:
                mask.blocks.append((block_start, lines[index - 1][1], False))
                block_start = None
            continue
        if block_start is None:
            block_start = start
        nxt = text[lines[index + 1][0]:lines[index + 1][1]] if index + 1 < len(lines) else ""
        if nxt.strip() and _ends_unit(line, nxt):
            mask.blocks.append((block_start, end, False))
            block_start = None
    if block_start is not None:
        mask.blocks.append((block_start, lines[-1][1], False))
    comments = [(m.start(), m.end(), m.group(1)) for m in COMMENT.finditer(text)]
    for start, end, _ in comments:
        mask.hide(start, end)
    return mask.result(comments)


OPENING_MARKS = "\"'“‘«„("


def _ends_unit(line: str, next_line: str) -> bool:
    """In plain text, does this line end a unit (sentence or headline) on its own?"""
    stripped = line.rstrip()
    opens_capitalised = next_line.lstrip().lstrip(OPENING_MARKS)[:1].isupper()  # "“We rebuild,” she said."
    if stripped.endswith((".", "!", "?", ":", '"', "”", "’", "'", ")")) and opens_capitalised:
        return True
    words = stripped.split()
    if not opens_capitalised or len(words) > 14:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised * 2 > len(words)


FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)(?:\r?\n)(\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FIELD = re.compile(r"""^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$""", re.M)


def _front_matter(text: str, mask: _Mask, fields: tuple[str, ...]) -> int:
    """Reveal the text fields of a YAML/TOML front matter; return where the body starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        return 0
    body_start, body_end = match.start(2), match.end(2)
    body = text[body_start:body_end]
    wanted = {f.lower() for f in fields}
    for field_match in FIELD.finditer(body):
        key, value = field_match.group(1), field_match.group(2)
        if key.lower() not in wanted:
            continue
        v_start = body_start + field_match.start(2)
        if value in ("|", ">", "|-", ">-", "|+", ">+"):
            _reveal_block_scalar(text, field_match.end() + body_start, body_end, mask)
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            v_start, value = v_start + 1, value[1:-1]
        if value:
            mask.reveal(v_start, v_start + len(value))
            mask.blocks.append((v_start, v_start + len(value), False))
    return match.end()


def _reveal_block_scalar(text: str, start: int, limit: int, mask: _Mask) -> None:
    first = None
    last = start
    for line in BLOCK_SCALAR_LINE.finditer(text, start, limit):
        if line.start() != last:
            break
        mask.reveal(line.start(2), line.end(2))
        first = line.start(2) if first is None else first
        last = line.end()
    if first is not None:
        mask.blocks.append((first, last, False))


def new_parser() -> Any:
    """The Markdown reading every part of copydesk shares: CommonMark with tables."""
    from markdown_it import MarkdownIt  # imported on the first Markdown file only

    parser = MarkdownIt("commonmark").enable("table")
    parser.options["maxNesting"] = MAX_NESTING
    return parser


@lru_cache(maxsize=1)
def _parser() -> Any:
    return new_parser()


def front_matter_end(text: str) -> int:
    """Where the body starts after a YAML/TOML front matter (0 without one)."""
    match = FRONT_MATTER.match(text)
    return match.end() if match else 0


def parse(text: str, body_start: int, parser: Any = None) -> tuple[list[Any], list[tuple[int, int]]]:
    """markdown-it's tokens for the body (the front matter blanked, keeping line numbers) and the
    text's line spans, which map the tokens back to the file."""
    source = NOT_NEWLINE.sub(" ", text[:body_start]) + text[body_start:]
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    return (parser or _parser()).parse(source), _line_spans(text)


def layout_markdown(text: str, text_fields: tuple[str, ...] = DEFAULT_TEXT_FIELDS) -> Layout:
    mask = _Mask(text)
    body_start = _front_matter(text, mask, text_fields)
    tokens, lines = parse(text, body_start)
    code_ranges: list[tuple[int, int]] = []
    line_cursor: dict[int, int] = {}
    quote_depth = 0
    for token in tokens:
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("fence", "code_block") and token.map:
            code_ranges.append((lines[token.map[0]][0], lines[min(token.map[1], len(lines)) - 1][1]))
        elif token.type == "inline" and token.map:
            _reveal_inline(token, text, lines, mask, line_cursor, quote_depth > 0)
    comments = [(m.start(), m.end(), m.group(1)) for m in COMMENT.finditer(text)
                if m.start() >= body_start and not any(s <= m.start() < e for s, e in code_ranges)]
    for start, end, _ in comments:
        mask.hide(start, end)
    return mask.result(comments, _unread(tokens, lines))


def _unread(tokens: list[Any], lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where markdown-it stopped reading: a block quote or list item opened at the nesting limit is closed
    at once, its lines left unparsed."""
    unread = []
    for token, following in zip(tokens, tokens[1:]):
        if token.nesting == 1 and token.level + 1 >= MAX_NESTING and following.nesting == -1 and token.map:
            first, last = token.map[0], min(token.map[1], len(lines)) - 1
            if last >= first:
                unread.append((lines[first][0], lines[last][1]))
    return unread


def _reveal_inline(token, text: str, lines: list[tuple[int, int]], mask: _Mask,
                   line_cursor: dict[int, int], quoted: bool) -> None:
    """Reveal an inline token's source in the mask, then hide its non-prose parts."""
    offsets = inline_offsets(token, text, lines, line_cursor)
    content = token.content[:len(offsets)]
    for start, end in _runs(offsets):
        mask.reveal(start, end)
    if offsets:
        mask.blocks.append((offsets[0], offsets[-1] + 1, quoted))
    for start, end in _markup_spans(token.children or [], content):
        if start < end <= len(offsets):
            mask.hide(offsets[start], offsets[end - 1] + 1)


def inline_offsets(token: Any, text: str, lines: list[tuple[int, int]], line_cursor: dict[int, int]) -> list[int]:
    """The file offset of every character of an inline token's content (markdown-it gives only its lines).
    ``line_cursor`` carries, per line, how far earlier tokens on it reached (table cells share a line)."""
    offsets: list[int] = []
    for number, content_line in enumerate(token.content.split("\n")):
        line_index = token.map[0] + number
        if line_index >= len(lines):
            break
        line_start, line_end = lines[line_index]
        from_col = line_cursor.get(line_index, 0)
        col = text.find(content_line, line_start + from_col, line_end) if content_line else -1
        if col < 0:
            col = line_end - len(content_line) if content_line else line_end
        line_cursor[line_index] = col - line_start + len(content_line)
        if offsets:
            offsets.append(offsets[-1] + 1)  # the newline between content lines
        offsets.extend(range(col, col + len(content_line)))
    return offsets


def _runs(offsets: list[int]) -> Iterator[tuple[int, int]]:
    """Consecutive offsets as (start, end) spans."""
    if not offsets:
        return
    start = prev = offsets[0]
    for off in offsets[1:]:
        if off == prev + 1:
            prev = off
        else:
            yield start, prev + 1
            start = prev = off
    yield start, prev + 1


def _markup_spans(children, content: str):
    """Spans of the inline content that are not prose, located in token order."""
    cursor = 0
    in_link = False
    for child in children:
        kind = child.type
        if kind == "text":
            found = content.find(child.content, cursor) if child.content else -1
            if found >= 0:
                cursor = found + len(child.content)
        elif kind == "code_inline":
            opening = content.find(child.markup, cursor)
            if opening < 0:
                continue
            closing = content.find(child.markup, opening + len(child.markup) + len(child.content.strip()))
            end = closing + len(child.markup) if closing >= 0 else opening + len(child.markup)
            yield opening, end
            cursor = end
        elif kind == "html_inline":
            found = content.find(child.content, cursor)
            if found >= 0:
                yield found, found + len(child.content)
                cursor = found + len(child.content)
        elif kind == "link_open":
            if child.markup in ("autolink", "linkify"):
                opening = content.find("<", cursor) if child.markup == "autolink" else cursor
                closing = content.find(">", opening) if child.markup == "autolink" else -1
                if opening >= 0 and closing >= 0:
                    yield opening, closing + 1
                    cursor = closing + 1
                in_link = False
            else:
                opening = content.find("[", cursor)
                if opening >= 0:
                    yield opening, opening + 1
                    cursor = opening + 1
                in_link = True
        elif kind == "link_close":
            if in_link is True:
                tail = _link_tail(content, cursor)
                if tail is not None:
                    yield tail
                    cursor = tail[1]
            in_link = False
        elif kind == "image":
            opening = content.find("![", cursor)
            if opening >= 0:
                tail = _link_tail(content, content.find("]", opening))
                end = tail[1] if tail else opening + 2
                yield opening, end
                cursor = end
        elif kind in ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"):
            found = content.find(child.markup, cursor)
            if found >= 0:
                yield found, found + len(child.markup)
                cursor = found + len(child.markup)
        elif kind == "hardbreak":
            found = content.find("\\\n", cursor)
            if found >= 0:
                yield found, found + 1


def _link_tail(content: str, cursor: int) -> tuple[int, int] | None:
    """The span of `](target)`, `][ref]` or `]` that closes a link."""
    bracket = content.find("]", cursor)
    if bracket < 0:
        return None
    after = bracket + 1
    if content[after:after + 1] == "(":
        depth, index = 0, after
        while index < len(content):
            if content[index] == "(":
                depth += 1
            elif content[index] == ")":
                depth -= 1
                if depth == 0:
                    return bracket, index + 1
            index += 1
        return bracket, len(content)
    if content[after:after + 1] == "[":
        closing = content.find("]", after)
        return bracket, (closing + 1 if closing >= 0 else after)
    return bracket, after
