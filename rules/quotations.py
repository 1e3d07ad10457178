"""Q — quotations: known statements misquoted, or put in the wrong mouth or medium."""
from __future__ import annotations

import difflib
from collections.abc import Iterator

import regex

from ..analysis.quotes import quote_matches
from ..facts import long_date
from ..model import Quote as KnownQuote
from ..finding import Edit, Violation
from ..rule import Context, Family, Plant, Rule
from ..vocabulary import words

FAMILY = Family("Q", "quotations")


PLATFORMS = ("Truth Social", "X", "Twitter", "Telegram", "Facebook", "Instagram", "TikTok", "YouTube", "Threads")


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


def attribution(ctx: Context, fact: KnownQuote) -> str:
    speaker = ctx.facts.facts[fact.speaker].label
    where = [fact.medium, f"{long_date(fact.date.first_day)}" if fact.date else None]
    details = ", ".join(w for w in where if w)
    return f"{speaker}" + (f" ({details})" if details else "")


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
    fix_availability = "sometimes"
    messages = {"misquote": "misquote of {speaker}: the exact words are \u201c{text}\u201d",
                "difference": "; the draft has {difference}"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        quoted = quote_matches(ctx.analysis)
        # a paragraph that also quotes the words exactly sets the other wording against them ("has him saying
        # '...stolen the country...'. That is not what he said. His words were: '...'"): no misquote of its own
        exact = {(quote.sentence.block, match.known.id): quote.start for quote, matches in quoted for match in matches
                 if match.exact}
        for quote, matches in quoted:
            for match in matches:
                if match.exact or exact.get((quote.sentence.block, match.known.id), quote.start) != quote.start or \
                        _attributed_inside(match.draft_words, match.known_words):
                    continue
                message = self.say("misquote", speaker=attribution(ctx, match.known), text=match.known.text)
                diff = differences(match.draft_words, match.known_words)
                if diff:
                    message += self.say("difference", difference=diff)
                fix = Edit(match.start, match.end, match.whole_sentence.rstrip(".")) if match.whole_sentence else None
                yield Violation(match.start, match.end, message, fact=match.known.id, fix=fix)


def _attributed_inside(draft: list[str], known: list[str]) -> bool:
    """The draft's words are the known words with an attribution of a few words inside the quotation ('"We are
    bringing our people home, the president said. I wanted to believe him"'): someone reporting them, word for
    word."""
    said = words("predicate", "speech_forms")
    return any(any(word in said for word in draft[at:at + length]) and
               " ".join(known) in " ".join(draft[:at] + draft[at + length:])
               for length in range(2, 5) for at in range(len(draft) - length + 1))


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
    messages = {"speaker": "{speaker} said this, not {said_by}: \u201c{text}\u201d",
                "medium": "{speaker} said this on {medium}, not {written}"}
    defaults = {"platforms": list(PLATFORMS)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        platforms = sorted({*self.options["platforms"], *(q.medium for q in ctx.facts.quotes
                                                          if q.medium)}, key=len, reverse=True)
        platform = regex.compile(r"\b(?:on|via|to|in\s+a)\s+(?:(?:his|her|their|the)\s+)?(?:social\s+media\s+"
                                 r"(?:platform|account|network)\s+)?(?:[\p{L}]+\s+)?(?P<name>" +
                                 "|".join(regex.escape(p) for p in platforms) + r")(?![\p{L}])")
        for quote, matches in quote_matches(ctx.analysis):
            if not matches:
                continue
            known = matches[0].known
            speaker, span = quote.speaker, quote.speaker_span
            if quote.verb is not None:
                subject = ctx.analysis.verb_subject(quote.sentence, quote.verb)
                if subject is not None:
                    speaker, span = subject.fact_id, (subject.start, subject.end)  # "Trump, who had spoken with
                    #                                                                 Putin, wrote that ...": Trump
                elif any(m.fact_id == known.speaker for m in ctx.analysis.people_between(quote.sentence.start,
                                                                                         quote.verb)):
                    speaker = None  # "Judge Horvat, addressing Novak, said", unparsed: it may be the judge's
                elif ctx.analysis.verb_subject_unnamed(quote.sentence, quote.verb):
                    speaker = None  # "Addressing Drevik, the judge said": someone described, not Drevik
            speaker_ok = speaker is None or speaker == known.speaker or quote.speaker_strength not in ("named", "title")
            if not speaker_ok and speaker is not None:
                said_by = ctx.facts.facts[speaker].label
                start, end = span or (quote.start, quote.end)
                yield Violation(start, end, self.say("speaker", speaker=attribution(ctx, known), said_by=said_by,
                                                     text=known.text), fact=known.id)
                continue
            medium = known.medium
            if not medium:
                continue
            sentence = ctx.analysis.sentence_text(quote.sentence)
            for found in platform.finditer(sentence):
                if found.group("name").lower() not in medium.lower():  # ("a statement" of a "family statement")
                    offset = quote.sentence.start + found.start("name")
                    yield Violation(offset, offset + len(found.group("name")),
                                    self.say("medium", speaker=attribution(ctx, known), medium=medium,
                                             written=found.group("name")),
                                    fact=known.id)


def plants(ctx: Context) -> Iterator[Plant]:
    """The errors `copydesk mutate` plants for this family: edits of the draft the family's rules must catch."""
    for _quote, matches in quote_matches(ctx.analysis):
        for match in matches:
            if not match.exact:
                continue
            words = [m for m in PLANT_WORD.finditer(ctx.doc.prose, match.start, match.end) if len(m.group()) > 3]
            if len(words) < 3:
                continue
            first, second = words[len(words) // 2 - 1], words[len(words) // 2]
            if first.group().lower() != second.group().lower():
                between = ctx.doc.prose[first.end():second.start()]
                yield Plant(FAMILY.letter, first.start(), second.end(), second.group() + between + first.group(),
                            f"quote words swapped: {first.group()} / {second.group()}")
            if len(words) >= 5:
                dropped = words[len(words) // 2]
                yield Plant(FAMILY.letter, dropped.start(), dropped.end() + 1, "", f"quote word dropped: {dropped.group()}")


PLANT_WORD = regex.compile(r"[\p{L}']+")  # the words of a quote a plant swaps or drops

RULES = [Misquote, MisattributedQuote]
