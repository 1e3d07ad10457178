"""Q — quotations: known statements misquoted, or put in the wrong mouth or medium."""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from linter.analysis import Quote
from linter.facts import Fact, long_date
from linter.finding import Edit, Violation
from linter.quoting import GAP, MIN_WORDS, SENTENCE, SIMILARITY, similarity, words
from linter.rule import Context, Rule

PLATFORMS = ("Truth Social", "X", "Twitter", "Telegram", "Facebook", "Instagram", "TikTok", "YouTube", "Threads")


@dataclass
class Match:
    """A stretch of a draft quotation compared with a known one."""
    known: Fact
    start: int
    end: int
    exact: bool
    similarity: float
    draft_words: list[str]
    known_words: list[str]
    whole_sentence: str | None  # the known sentence this stretch should read as, when it is a whole sentence


def _contains(haystack: list[str], needle: list[str]) -> bool:
    joined = " " + " ".join(haystack) + " "
    return (" " + " ".join(needle) + " ") in joined


def _known_sentences(fact: Fact) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(fact["text"]) if s.strip()]


def compare(quote: Quote, known_quotes: list[Fact]) -> list[Match]:
    """Match each sentence of a draft quote against the known quotations."""
    matches = []
    for piece in GAP.split(quote.text):
        offset = quote.start + quote.text.find(piece)
        for sentence in SENTENCE.finditer(piece):
            tokens = words(sentence.group(), offset + sentence.start())
            if not tokens:
                continue
            draft = [t[0] for t in tokens]
            start, end = tokens[0][1], tokens[-1][2]
            best: Match | None = None
            for fact in known_quotes:
                known_all = [t[0] for t in words(fact["text"])]
                if _contains(known_all, draft):
                    best = Match(fact, start, end, True, 1.0, draft, known_all, None)
                    break
                if len([w for w in draft if w.isalnum()]) < MIN_WORDS:
                    continue
                for known_sentence in _known_sentences(fact):
                    known = [t[0] for t in words(known_sentence)]
                    score = similarity(draft, known)
                    if score >= SIMILARITY and (best is None or score > best.similarity):
                        whole = known_sentence if len(draft) >= len(known) - 1 else None
                        best = Match(fact, start, end, False, score, draft, known, whole)
            if best is not None:
                matches.append(best)
    return matches


def differences(draft: list[str], known: list[str]) -> str:
    parts = []
    matcher = difflib.SequenceMatcher(None, draft, known, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        said, true = _join(draft[i1:i2]), _join(known[j1:j2])
        if tag == "replace":
            parts.append(f"\u201c{said}\u201d for \u201c{true}\u201d")
        elif tag == "delete" and said:
            parts.append(f"\u201c{said}\u201d added")
        elif tag == "insert" and i1 not in (0, len(draft)):
            parts.append(f"\u201c{true}\u201d missing")
    return "; ".join(parts[:4])


def _join(tokens: list[str]) -> str:
    return regex.sub(r"\s+([?!])", r"\1", " ".join(tokens))


def attribution(ctx: Context, fact: Fact) -> str:
    speaker = ctx.facts.facts[fact["speaker"]]["name"]
    where = [fact.get("medium"), f"{long_date(fact['date'].first_day)}" if fact.get("date") else None]
    details = ", ".join(w for w in where if w)
    return f"{speaker}" + (f" ({details})" if details else "")


def quote_matches(ctx: Context) -> list[tuple[Quote, list[Match]]]:
    key = ("quote-matches", id(ctx.facts))
    cache = ctx.doc.analysis_cache
    if key not in cache:
        known = ctx.facts.of_kind("quotes")
        cache[key] = [(q, compare(q, known)) for q in ctx.analysis.quotes] if known else []
    return cache[key]


class Misquote(Rule):
    """Quotes a known statement with words that differ from what was said.

    ## What it does
    Compares every quotation in the draft (straight or curly quotes, block quotes,
    quotes split by an attribution) with the fact sheet's quotations, sentence by
    sentence. A quote that is an exact part of a known statement passes, whatever
    its quotation marks, final comma or period, ellipsis or bracketed insertion. One
    that closely resembles a known statement without matching it is reported with
    the exact wording and the words that differ.

    ## Why is this bad?
    Words inside quotation marks promise the reader they are verbatim. A
    back-translated or remembered quote is a misquote, however close.

    ## Example
    ```markdown
    Trump wrote: "This could lead to something huge!"
    ```

    ## Use instead
    ```markdown
    Trump wrote: "This could lead to something big???" He said it "could lead to something big."
    ```

    ## Fix
    Safe when the draft quotes a whole sentence: restores the exact wording.
    """

    code = "Q101"
    name = "misquote"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for _quote, matches in quote_matches(ctx):
            for match in matches:
                if match.exact:
                    continue
                message = f"misquote of {attribution(ctx, match.known)}: the exact words are " \
                          f"\u201c{match.known['text']}\u201d"
                diff = differences(match.draft_words, match.known_words)
                if diff:
                    message += f"; the draft has {diff}"
                fix = Edit(match.start, match.end, match.whole_sentence.rstrip(".")) if match.whole_sentence else None
                yield Violation(match.start, match.end, message, fact=match.known.id, fix=fix)


class MisattributedQuote(Rule):
    """Puts a known statement in the wrong mouth, or on the wrong platform.

    ## What it does
    For each quotation that matches a statement in the fact sheet, checks the
    speaker the draft names (by name, or by a title with a country such as "the
    Russian president") and the platform it names ("on Truth Social", "on X")
    against the fact sheet.

    ## Why is this bad?
    Who said it is half of any quote. Crediting one leader's words to another
    misrepresents both of them.

    ## Example
    ```markdown
    Vladimir Putin said: "Congratulations to both sides on this negotiation."
    ```

    ## Use instead
    ```markdown
    Donald Trump wrote on Truth Social: "Congratulations to both sides on this negotiation."
    ```

    ## Fix
    None: the right attribution needs an editor.
    """

    code = "Q102"
    name = "misattributed-quote"
    severity = "error"
    defaults = {"platforms": list(PLATFORMS)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        platforms = sorted({*self.options["platforms"], *(q.get("medium") for q in ctx.facts.of_kind("quotes")
                                                          if q.get("medium"))}, key=len, reverse=True)
        platform = regex.compile(r"\b(?:on|via|to|in\s+a)\s+(?:(?:his|her|their|the)\s+)?(?:social\s+media\s+"
                                 r"(?:platform|account|network)\s+)?(?:[\p{L}]+\s+)?(?P<name>" +
                                 "|".join(regex.escape(p) for p in platforms) + r")(?![\p{L}])")
        for quote, matches in quote_matches(ctx):
            if not matches:
                continue
            known = matches[0].known
            speaker_ok = quote.speaker is None or quote.speaker == known["speaker"] or \
                quote.speaker_strength not in ("named", "title")
            if not speaker_ok:
                said_by = ctx.facts.facts[quote.speaker]["name"]
                start, end = quote.speaker_span or (quote.start, quote.end)
                yield Violation(start, end, f"{attribution(ctx, known)} said this, not {said_by}: "
                                f"\u201c{known['text']}\u201d", fact=known.id)
                continue
            medium = known.get("medium")
            if not medium:
                continue
            sentence = ctx.analysis.sentence_text(quote.sentence)
            for found in platform.finditer(sentence):
                if found.group("name") != medium:
                    offset = quote.sentence.start + found.start("name")
                    yield Violation(offset, offset + len(found.group("name")),
                                    f"{attribution(ctx, known)} said this on {medium}, not {found.group('name')}",
                                    fact=known.id)


RULES = [Misquote, MisattributedQuote]
