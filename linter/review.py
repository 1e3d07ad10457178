"""The review page (`copydesk check --format html`): for editors who sign off on copy.

One self-contained HTML file for any set of drafts: each draft rendered readably (Markdown
as Markdown, plain text as paragraphs) with every finding's words marked by severity, and
beside the draft a card per finding with the message, the rule (linked to its documentation
further down the page), the fact with the sources that state it, and the fix as a
before/after. A summary comes first: files, findings by severity and by family, a bar
chart by rule, and the drafts with their counts.

Everything that comes from a draft or a fact sheet is escaped. The page fetches nothing and
runs nothing but its own script: its Content-Security-Policy allows only the page's own
style and script (by their hashes) and no other source at all, so a link or an image in a
draft cannot make the browser send a request, and a ``<script>`` in a draft is shown as text.
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from . import markdown
from .document import MARKDOWN_SUFFIXES, line_starts
from .finding import SEVERITIES, Finding
from .formatters import Report, RuleInfo, SourceView, checked_against, summary

SUGGESTION_CONTEXT = 60  # characters of the line shown on each side of an unsafe fix

STYLE = """
:root { --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8; --ink: #1d1d1f; --muted: #5f6368;
        --line: #d9d9de; --paper: #ffffff; --wash: #f6f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--wash); }
header, main > section, footer { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1, h2, h3, .card, nav, .totals, .keys, table, .filters, .sheet, .rules summary { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { margin: .5rem 0 0; font-size: 1.6rem; }
.lede { margin: .25rem 0 .25rem; color: var(--muted); }
.sheet { margin: 0 0 .25rem; font-size: .9rem; color: var(--muted); overflow-wrap: anywhere; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; margin: .75rem 0 0; padding: 0; list-style: none; }
.totals li { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; }
.totals strong { font-size: 1.25rem; margin-right: .3rem; }
.overview { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr)); gap: 1rem; margin-top: 1rem; }
.overview > div, .overview > nav { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; min-width: 0; }
.overview h2 { font-size: 1rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
td, th { text-align: left; padding: .15rem .5rem .15rem 0; vertical-align: top; overflow-wrap: anywhere; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
.chart td.bar { width: 45%; vertical-align: middle; }
.chart svg { display: block; width: 100%; height: .8rem; }
.bar-error { fill: var(--error); } .bar-warning { fill: var(--warning); } .bar-info { fill: var(--info); }
nav ol { margin: 0; padding-left: 1.2rem; font-size: .9rem; overflow-wrap: anywhere; }
.filters { margin: 1rem 0 0; padding: .5rem 1rem; border: 1px solid var(--line); border-radius: 6px; background: var(--paper); font-size: .9rem; min-width: 0; }
.filters legend { font-weight: 600; padding: 0 .3rem; }
.filters div { margin: .2rem 0; }
.filters label { display: inline-block; max-width: 100%; margin-right: .9rem; }
.keys { font-size: .85rem; color: var(--muted); }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; background: var(--paper); }
.draft-section { border-top: 1px solid var(--line); }
.draft-section h2 { font-size: 1.15rem; word-break: break-all; }
.draft-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; align-items: start; }
.draft { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1.5rem;
         overflow-wrap: anywhere; min-width: 0; }
.draft pre { white-space: pre-wrap; background: var(--wash); padding: .5rem; border-radius: 4px; font-size: .85rem; }
.draft table { display: block; overflow-x: auto; }
.draft blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--line); color: #333; }
.draft .image { font-style: italic; color: var(--muted); }
mark { background: transparent; color: inherit; padding: 0 1px; border-bottom: 3px solid; cursor: pointer; }
mark.sev-error { background: #fbe4e2; border-bottom-color: var(--error); border-bottom-style: solid; }
mark.sev-warning { background: #fdf0d5; border-bottom-color: var(--warning); border-bottom-style: dashed; }
mark.sev-info { background: #e3edf9; border-bottom-color: var(--info); border-bottom-style: dotted; }
mark[data-first]::after { content: attr(data-finding); font: 700 .65em system-ui, sans-serif; vertical-align: super; margin-left: 1px; color: var(--muted); }
mark.filtered { background: none; border-bottom-color: transparent; cursor: default; }
mark.filtered::after { content: none; }
mark.current { outline: 2px solid var(--ink); outline-offset: 1px; }
mark:focus-visible { outline: 3px solid #000; }
.cards { list-style: none; margin: 0; padding: 0; min-width: 0; }
.card { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px;
        padding: .5rem .75rem; margin-bottom: .6rem; font-size: .9rem; overflow-wrap: anywhere; }
.card.filtered { display: none; }
.card.sev-error { border-left-color: var(--error); } .card.sev-warning { border-left-color: var(--warning); }
.card.sev-info { border-left-color: var(--info); }
.card.current { box-shadow: 0 0 0 2px var(--ink); }
.card p { margin: .2rem 0; }
.card .where { color: var(--muted); font-size: .8rem; }
.card .number { display: inline-block; min-width: 1.4rem; padding: 0 .3rem; margin-right: .3rem; border-radius: 3px; background: var(--ink); color: #fff; text-align: center; font-weight: 700; }
.severity { text-transform: uppercase; font-size: .7rem; font-weight: 700; letter-spacing: .04em; }
.sev-error .severity { color: var(--error); } .sev-warning .severity { color: var(--warning); }
.sev-info .severity { color: var(--info); }
.card ul { margin: .2rem 0; padding-left: 1.1rem; }
.card .file { color: var(--muted); font-size: .8rem; }
.card details { margin: .1rem 0; }
.card summary { cursor: pointer; color: var(--muted); font-size: .8rem; }
.card blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--line); font-family: Georgia, serif; }
.card .actions { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .35rem; }
.card button { font: inherit; font-size: .8rem; padding: .15rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--wash); cursor: pointer; }
.card input { font: inherit; font-size: .8rem; width: 100%; padding: .15rem .3rem; }
.card .comment { display: block; font-size: .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.suggestion { background: var(--wash); padding: .2rem .4rem; border-radius: 4px; font-family: Georgia, serif; }
del { background: #fbe4e2; } ins { background: #dff3e4; text-decoration: none; }
.inline-card { margin: .3rem 0 .8rem; }
.inline-card .card { margin: 0; }
.rules details { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem; margin-bottom: .5rem; }
.rules summary { cursor: pointer; font-weight: 600; }
.rules pre, .rules code { white-space: pre-wrap; overflow-wrap: anywhere; }
.rules h1 { font-size: 1.05rem; }
#status { position: fixed; bottom: 0; left: 0; right: 0; margin: 0; padding: .3rem 1rem; background: var(--ink); color: #fff;
          font: .85rem system-ui, sans-serif; }
#status:empty { display: none; }
@media (max-width: 52rem) {
  header, main > section { padding: .75rem; }
  .draft { padding: .25rem .75rem; }
  .draft-layout { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .keys, #status, nav, .filters, .rules, .actions, .suppress, .inline-card { display: none; }
  .draft-layout { display: block; }
  .cards { margin-top: .5rem; }
  .card.filtered { display: block; }
  .card, .draft, .overview > div { break-inside: avoid; border-color: #999; }
  mark { background: none !important; }
  mark.filtered::after { content: attr(data-finding); }
  a { color: inherit; text-decoration: none; }
}
"""

SCRIPT = """
(function () {
  "use strict";
  var firsts = Array.prototype.slice.call(document.querySelectorAll("mark[data-first]"));
  var current = -1;
  var status = document.getElementById("status");
  var narrow = window.matchMedia("(max-width: 52rem)");
  function each(selector, action) { Array.prototype.forEach.call(document.querySelectorAll(selector), action); }
  function shown(index) { return !firsts[index].classList.contains("filtered"); }
  function placeUnder(mark, card) {
    each(".inline-card", function (e) { e.remove(); });
    if (!narrow.matches) { return null; }
    var block = mark.closest("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th") || mark.parentElement;
    var holder = document.createElement("ol");
    holder.className = "cards inline-card";
    var copy = card.cloneNode(true);
    copy.removeAttribute("id");
    holder.appendChild(copy);
    block.parentNode.insertBefore(holder, block.nextSibling);
    return holder;
  }
  function select(index, focus) {
    if (index < 0 || index >= firsts.length) { return; }
    each(".current", function (e) { e.classList.remove("current"); });
    current = index;
    var id = firsts[index].getAttribute("data-finding");
    each('mark[data-finding="' + id + '"]', function (e) { e.classList.add("current"); });
    var card = document.getElementById("finding-" + id);
    card.classList.add("current");
    var under = placeUnder(firsts[index], card);
    firsts[index].scrollIntoView({block: "center"});
    (under || card).scrollIntoView({block: "nearest"});
    if (focus) { firsts[index].focus({preventScroll: true}); }
    status.textContent = "Finding " + id + " of " + firsts.length + ": " + card.getAttribute("data-summary");
  }
  function step(from, direction) {
    for (var i = from + direction; i >= 0 && i < firsts.length; i += direction) { if (shown(i)) { return i; } }
    return from;
  }
  function indexOf(mark) {
    var id = mark.getAttribute("data-finding");
    for (var i = 0; i < firsts.length; i++) { if (firsts[i].getAttribute("data-finding") === id) { return i; } }
    return -1;
  }
  function filter() {
    var off = {};
    each(".filters input:not(:checked)", function (box) { off[box.name + ":" + box.value] = true; });
    var count = 0;
    each(".card[data-code]", function (card) {
      var hidden = off["severity:" + card.getAttribute("data-severity")] || off["family:" + card.getAttribute("data-family")] ||
        off["rule:" + card.getAttribute("data-code")];
      card.classList.toggle("filtered", !!hidden);
      each('mark[data-finding="' + card.getAttribute("data-number") + '"]', function (m) { m.classList.toggle("filtered", !!hidden); });
      if (!hidden) { count++; }
    });
    status.textContent = "Showing " + count + " of " + firsts.length + " findings";
  }
  function copy(value, button) {
    function done() { var label = button.textContent; button.textContent = "Copied"; setTimeout(function () { button.textContent = label; }, 1200); }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(done, function () { status.textContent = value; });
    } else {
      var area = document.createElement("textarea");
      area.value = value; document.body.appendChild(area); area.select();
      try { document.execCommand("copy"); done(); } catch (e) { status.textContent = value; }
      area.remove();
    }
  }
  function suppression(card) {
    var reason = (card.querySelector("input.reason") || {value: ""}).value.replace(/--+/g, "-").trim();
    return "<!-- copydesk: disable-next-line " + card.getAttribute("data-code") + (reason ? " -- " + reason : "") + " -->";
  }
  function openRule() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy], button.copy-suppression");
    if (button) {
      var card = button.closest(".card");
      copy(button.hasAttribute("data-copy") ? button.getAttribute("data-copy") : suppression(card), button);
      return;
    }
    var mark = event.target.closest("mark[data-finding]");
    if (mark && !mark.classList.contains("filtered")) { select(indexOf(mark), false); }
  });
  document.addEventListener("input", function (event) {
    if (event.target.matches("input.reason")) {
      var card = event.target.closest(".card");
      card.querySelector(".comment").textContent = suppression(card);
    }
  });
  document.addEventListener("change", function (event) { if (event.target.closest(".filters")) { filter(); } });
  window.addEventListener("hashchange", openRule);
  openRule();
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.matches("input, textarea")) { return; }
    var mark = event.target.closest ? event.target.closest("mark[data-finding]") : null;
    if (event.key === "j" || event.key === "n") { select(step(current, 1), true); }
    else if (event.key === "k" || event.key === "p") { select(step(current, -1), true); }
    else if ((event.key === "Enter" || event.key === " ") && mark) { select(indexOf(mark), true); }
    else { return; }
    event.preventDefault();
  });
})();
"""


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


POLICY = (f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
          "img-src 'none'; base-uri 'none'; form-action 'none'")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    finding: int  # the finding's number on the page
    severity: str
    title: str  # shown on hover: the code and the message


def esc(value: str) -> str:
    return html.escape(value, quote=True)


def _offset(starts: list[int], line: int, column: int) -> int:
    return starts[min(line, len(starts)) - 1] + column - 1


class _Renderer:
    """Writes characters with the marks that cover them; each finding's first piece can take the focus."""

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = marks
        self.placed: set[int] = set()

    def chars(self, chars: str, offsets: list[int] | range) -> str:
        if not chars:
            return ""
        low, high = offsets[0], offsets[-1] + 1
        near = [m for m in self.marks if m.start < high and m.end > low]
        if not near:
            return esc(chars)
        out: list[str] = []
        run_start = 0
        active = self._active(near, offsets[0])
        for index in range(1, len(chars)):
            now = self._active(near, offsets[index])
            if now != active:
                out.append(self._wrap(chars[run_start:index], active))
                run_start, active = index, now
        out.append(self._wrap(chars[run_start:], active))
        return "".join(out)

    @staticmethod
    def _active(marks: list[Mark], offset: int) -> tuple[Mark, ...]:
        return tuple(m for m in marks if m.start <= offset < m.end)

    def _wrap(self, chars: str, marks: tuple[Mark, ...]) -> str:
        if not marks:
            return esc(chars)
        opened = ""
        for mark in marks:
            first = mark.finding not in self.placed
            self.placed.add(mark.finding)
            focus = f' id="mark-{mark.finding}" data-first="1" tabindex="0"' if first else ""
            opened += f'<mark class="sev-{mark.severity}" data-finding="{mark.finding}" title="{esc(mark.title)}"{focus}>'
        return opened + esc(chars) + "</mark>" * len(marks)


@lru_cache(maxsize=1)
def _draft_parser() -> Any:
    """The linter's own Markdown reading, with render rules that keep marks and never load or run anything."""
    parser = markdown.new_parser()

    def text(renderer: Any, tokens: list[Any], index: int, options: Any, env: dict) -> str:
        token = tokens[index]
        offsets = token.meta.get("offsets")
        return env["renderer"].chars(token.content, offsets) if offsets else esc(token.content)

    def code_inline(renderer: Any, tokens: list[Any], index: int, options: Any, env: dict) -> str:
        return f"<code>{text(renderer, tokens, index, options, env)}</code>"

    def image(renderer: Any, tokens: list[Any], index: int, options: Any, env: dict) -> str:
        token = tokens[index]
        alt = "".join(child.content for child in token.children or [])
        return f'<span class="image">[image: {esc(alt)} &lt;{esc(token.attrGet("src") or "")}&gt;]</span>'

    def raw_html(renderer: Any, tokens: list[Any], index: int, options: Any, env: dict) -> str:
        """HTML in a draft is shown as the text it is (a comment may hold a suppression with a finding)."""
        token = tokens[index]
        if token.type == "html_block":
            start, end = token.meta.get("span", (0, 0))
            shown = env["renderer"].chars(env["text"][start:end], range(start, end)) if end > start \
                else esc(token.content)
            return f'<pre class="html">{shown}</pre>\n'
        return f"<code>{text(renderer, tokens, index, options, env)}</code>"

    parser.add_render_rule("text", text)
    parser.add_render_rule("code_inline", code_inline)
    parser.add_render_rule("image", image)
    parser.add_render_rule("html_block", raw_html)
    parser.add_render_rule("html_inline", raw_html)
    return parser


@lru_cache(maxsize=1)
def _docs_parser() -> Any:
    """Rule documentation: Markdown without raw HTML."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def _locate_children(token: Any, offsets: list[int]) -> None:
    """Give each text and code child of an inline token the file offsets of its characters, where its
    content is the source as written (an entity or escape in it leaves that child unmarked)."""
    content = token.content[:len(offsets)]
    cursor = 0
    for child in token.children or []:
        if child.type not in ("text", "code_inline", "html_inline") or not child.content:
            continue
        found = content.find(child.content, cursor)
        if found < 0:
            continue
        child.meta = {**(child.meta or {}), "offsets": offsets[found:found + len(child.content)]}
        cursor = found + len(child.content)


def render_markdown(text: str, marks: list[Mark]) -> str:
    renderer = _Renderer(marks)
    body_start = markdown.front_matter_end(text)
    parser = _draft_parser()
    tokens, lines = markdown.parse(text, body_start, parser)
    line_cursor: dict[int, int] = {}
    for token in tokens:
        if token.type == "inline" and token.map:
            _locate_children(token, markdown.inline_offsets(token, text, lines, line_cursor))
        elif token.type == "html_block" and token.map:
            token.meta = {"span": (lines[token.map[0]][0], lines[min(token.map[1], len(lines)) - 1][1])}
    front = f'<pre class="front-matter">{renderer.chars(text[:body_start], range(body_start))}</pre>\n' \
        if body_start else ""
    return front + parser.renderer.render(tokens, parser.options, {"renderer": renderer, "text": text})


def render_plain(text: str, marks: list[Mark]) -> str:
    renderer = _Renderer(marks)
    out = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)|\s*\Z)", text, re.S):
        paragraph = renderer.chars(match.group(), range(match.start(), match.end()))
        out.append("<p>" + markdown.LINE_BREAK.sub("<br>\n", paragraph) + "</p>")
    return "\n".join(out)


def _rule_link(code: str, rules: dict[str, RuleInfo]) -> str:
    name = f" {esc(rules[code].name)}" if code in rules else ""
    return f'<a class="code" href="#rule-{esc(code)}">{esc(code)}{name}</a>'


def _source_item(source: SourceView) -> str:
    label = esc(source.outlet) + (f" \u2014 {esc(source.title)}" if source.title else "")
    if source.url and source.url.startswith(("https://", "http://")):
        # a link the reader follows: the page itself requests nothing (its policy forbids it)
        label = f'<a href="{esc(source.url)}" rel="noopener noreferrer" target="_blank">{label}</a>'
    elif not source.title:
        label += f' <span class="file">{esc(source.file)}</span>'
    passage = f'<details class="passage"><summary>What it says</summary><blockquote>{esc(source.passage)}' \
              f'</blockquote></details>' if source.passage else ""
    return f"<li>{label}{passage}</li>"


def _fix(finding: Finding, text: str) -> str:
    """The fix as a before/after; an unsafe one as a suggestion in its context, with a button to copy it."""
    fix = finding.fix
    assert fix is not None
    before = text[fix.start:fix.end]
    after = f"<ins>{esc(fix.replacement)}</ins>" if fix.replacement else ""
    change = f"<del>{esc(before)}</del>{after}"
    if fix.safe:
        out = f'<p class="fix">Safe fix (<code>--fix</code>): {change}</p>'
    else:
        line_start = max(text.rfind("\n", 0, fix.start) + 1, fix.start - SUGGESTION_CONTEXT)
        line_end = text.find("\n", fix.end)
        line_end = min(len(text) if line_end < 0 else line_end, fix.end + SUGGESTION_CONTEXT)
        out = (f'<p class="fix">Suggestion (review it: <code>--unsafe-fixes</code> applies it):</p>'
               f'<p class="suggestion">{esc(text[line_start:fix.start])}{change}{esc(text[fix.end:line_end])}</p>')
    label = "Copy the fix" if fix.replacement else "Copy the fix (an empty text)"
    return out + f'<div class="actions"><button type="button" data-copy="{esc(fix.replacement)}">{label}</button></div>'


def _suppression(finding: Finding, markdown_draft: bool) -> str:
    if not markdown_draft:
        return ('<details class="suppress"><summary>Suppress</summary><p>A plain-text draft has no comments: '
                'silence this rule for the file with <code>per-file-ignores</code> in copydesk.toml.</p></details>')
    comment = f"<!-- copydesk: disable-next-line {finding.code} -->"
    return ('<details class="suppress"><summary>Suppress</summary>'
            '<label>Why (it stays in the draft): <input type="text" class="reason"></label>'
            f'<code class="comment">{esc(comment)}</code><div class="actions">'
            '<button type="button" class="copy-suppression">Copy the comment</button></div>'
            '<p class="where">Put it on the line before the finding.</p></details>')


def _card(number: int, finding: Finding, report: Report, text: str | None, markdown_draft: bool) -> str:
    fact = report.facts.get((finding.path, finding.fact)) if finding.fact else None
    parts = [f'<li class="card sev-{finding.severity}" id="finding-{number}" data-number="{number}" '
             f'data-code="{esc(finding.code)}" data-family="{esc(_family(finding.code))}" '
             f'data-severity="{finding.severity}" data-summary="{esc(finding.code + " " + finding.message)}">',
             f'<p class="where"><span class="number">{number}</span><span class="severity">{esc(finding.severity)}'
             f'</span> <a href="#mark-{number}">line {finding.line}, column {finding.column}</a> · '
             f'{_rule_link(finding.code, report.rules)}</p>',
             f'<p class="message">{esc(finding.message)}</p>']
    if finding.fact:
        summary_text = f": {esc(fact.summary)}" if fact else ""
        parts.append(f'<p class="fact">Fact <code>{esc(finding.fact)}</code>{summary_text}</p>')
        sources = fact.sources if fact else [SourceView("", source) for source in finding.sources]
        if sources:
            parts.append('<ul class="sources">' + "".join(_source_item(source) for source in sources) + "</ul>")
    if finding.fix is not None and text is not None:
        parts.append(_fix(finding, text))
    parts += [_suppression(finding, markdown_draft), "</li>"]
    return "".join(parts)


def _family(code: str) -> str:
    return code.rstrip("0123456789")


def _chart(findings: list[Finding], rules: dict[str, RuleInfo]) -> str:
    """Findings by rule: a table whose text is the page's own size, each with a bar drawn to scale."""
    counts = Counter(f.code for f in findings)
    if not counts:
        return "<p>No findings.</p>"
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    most = rows[0][1]
    out = []
    for code, count in rows:
        severity = rules[code].severity if code in rules else "error"
        name = f"{code} {rules[code].name}" if code in rules else code
        width = max(1, round(100 * count / most))
        out.append(f'<tr><td>{esc(name)}</td><td class="bar"><svg viewBox="0 0 100 10" preserveAspectRatio="none" '
                   f'aria-hidden="true"><rect class="bar-{esc(severity)}" width="{width}" height="10"/></svg></td>'
                   f'<td class="count">{count}</td></tr>')
    return f'<table class="chart" aria-label="Findings by rule">{"".join(out)}</table>'


def _filters(findings: list[Finding], family_names: dict[str, str], rules: dict[str, RuleInfo]) -> str:
    """Checkboxes that show or hide findings by severity, family and rule (the page's script applies them)."""
    if not findings:
        return ""

    def boxes(name: str, counts: Counter, label: Callable[[str], str]) -> str:
        return "".join(f'<label><input type="checkbox" name="{name}" value="{esc(key)}" checked> {esc(label(key))} '
                       f'({count})</label>' for key, count in sorted(counts.items()))

    severities = Counter(f.severity for f in findings)
    families = Counter(_family(f.code) for f in findings)
    codes = Counter(f.code for f in findings)
    return ('<fieldset class="filters"><legend>Show findings</legend>'
            f'<div>By severity: {boxes("severity", severities, str)}</div>'
            f'<div>By family: {boxes("family", families, lambda k: family_names.get(k, k))}</div>'
            f'<div>By rule: {boxes("rule", codes, lambda k: f"{k} {rules[k].name}" if k in rules else k)}</div>'
            '</fieldset>')


def _counts_table(counts: Counter, labels: dict[str, str]) -> str:
    rows = "".join(f'<tr><td>{esc(labels.get(key, key))}</td><td class="count">{count}</td></tr>'
                   for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return f"<table>{rows}</table>" if rows else "<p>No findings.</p>"


def page(report: Report) -> str:
    findings = report.findings
    by_path: dict[str, list[tuple[int, Finding]]] = {path: [] for path in sorted(report.documents)}
    for number, finding in enumerate(findings, 1):
        by_path.setdefault(finding.path, []).append((number, finding))
    by_path = dict(sorted(by_path.items(), key=lambda item: not item[1]))  # drafts with findings first
    severities = Counter(f.severity for f in findings)
    families = Counter(_family(f.code) for f in findings)
    family_names = {_family(code): f"{_family(code)}: {info.family}" for code, info in report.rules.items()
                    if info.family}

    totals = [f"<li><strong>{report.files_checked}</strong>file{'s' if report.files_checked != 1 else ''} checked</li>",
              f"<li><strong>{len(findings)}</strong>finding{'s' if len(findings) != 1 else ''}</li>"]
    totals += [f'<li class="sev-{s}"><strong>{severities[s]}</strong><span class="severity">{s}</span></li>'
               for s in reversed(SEVERITIES) if severities[s]]
    drafts_nav = "".join(
        f'<li><a href="#file-{index}">{esc(path)}</a> — {len(items)} finding{"s" if len(items) != 1 else ""}</li>'
        for index, (path, items) in enumerate(by_path.items(), 1))
    sections = []
    for index, (path, items) in enumerate(by_path.items(), 1):
        text = report.documents.get(path)
        markdown_draft = path.lower().endswith(MARKDOWN_SUFFIXES)
        body = '<p class="missing">The text of this file is not in the report.</p>'
        if text is not None:
            starts = line_starts(text)
            marks = [Mark(*(f.span or (_offset(starts, f.line, f.column), _offset(starts, f.end_line, f.end_column))),
                          number, f.severity, f"{f.code}: {f.message}") for number, f in items]
            render = render_markdown if markdown_draft else render_plain
            body = render(text, marks)
        cards = "".join(_card(number, finding, report, text, markdown_draft) for number, finding in items) or \
            '<li class="card">No findings.</li>'
        sections.append(f'<section class="draft-section" id="file-{index}" aria-labelledby="file-{index}-title">'
                        f'<h2 id="file-{index}-title">{esc(path)}</h2>'
                        f'<div class="draft-layout"><article class="draft">{body}</article>'
                        f'<ol class="cards" aria-label="Findings in {esc(path)}">{cards}</ol></div></section>')
    used = sorted({f.code for f in findings if f.code in report.rules})
    docs = "".join(f'<details id="rule-{esc(code)}"><summary>{esc(code)} {esc(report.rules[code].name)}</summary>'
                   f'{_docs_parser().render(report.rules[code].documentation)}</details>' for code in used)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>copydesk review — {esc(summary(report))}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>copydesk review</h1>
<p class="lede">{esc(summary(report))}</p>
{"".join(f'<p class="sheet">{esc(line)}</p>' for line in checked_against(report))}{
    f'<p class="sheet">Run at <time datetime="{esc(report.run_at)}">{esc(report.run_at)}</time>.</p>'
    if report.run_at else ""}
<ul class="totals">{"".join(totals)}</ul>
<div class="overview">
<div><h2>Findings by rule</h2>{_chart(findings, report.rules)}</div>
<div><h2>By family</h2>{_counts_table(families, family_names)}</div>
<nav aria-label="Drafts"><h2>Drafts</h2><ol>{drafts_nav}</ol></nav>
</div>
{_filters(findings, family_names, report.rules)}
<p class="keys">Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> previous;
<kbd>Tab</kbd> moves between marked words, <kbd>Enter</kbd> shows one.</p>
</header>
<main>
{"".join(sections)}
<section class="rules" id="rules"><h2>Rules</h2><p>Each rule's documentation: what it checks, why, an example and
the fix. Opened from a finding's rule link.</p>{docs}</section>
</main>
<p id="status" role="status" aria-live="polite"></p>
<script>{SCRIPT}</script>
</body>
</html>
"""
