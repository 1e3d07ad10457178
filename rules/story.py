"""A — the draft and its sheet: a draft that does not look like the story its fact sheet is about."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..cues import about
from ..finding import Violation
from ..rule import Context, Family, Rule

FAMILY = Family("A", "the draft and its fact sheet")

WORD = regex.compile(r"\p{L}[\p{L}'’-]*")


class OtherStory(Rule):
    """Does not look like the story of the fact sheet it is checked against.

    ## What it does
    Counts the fact sheet's people, places and organisations the draft names, the
    figures it states of what the sheet counts (or of three digits or more that the
    sheet gives a quantity) and the sentences that speak of the sheet's events. A
    draft of at least `min-words` words that names no more than `max-names` of them,
    states none of those figures and tells none of those events is reported once, at
    its first word, with the sheet's story title.

    ## Why is this bad?
    Every other rule checks what a draft says against the sheet's facts. A draft
    about another story shares none of them, so it passes every check: "All checks
    passed" would say nothing true. This happens when no sheet is configured and
    the embedded sample sheet is used, or when a draft is filed in the wrong folder.

    ## Example
    ```markdown
    The cardinals met in the Sistine Chapel for a second day and elected a new
    pope on the fourth ballot. White smoke rose above the chapel in the early
    evening, bells rang across the square, and the crowd cheered as the new
    pontiff stepped onto the balcony to greet them in Italian and Spanish.
    ```

    ## Use instead
    Check the draft against its own story's sheet (`--facts FILE`, or
    `facts = "FILE"` in copydesk.toml). A draft of the sheet's story names its
    people and places, or states its figures:
    ```markdown
    Each side freed 390 people on Friday in the first stage of the exchange. The
    president said in a statement that the talks had made it possible, and both
    sides said that more would come home over the weekend as the swap went on.
    Families waited at the border for news of their relatives all day and night.
    ```

    ## Fix
    None: the draft needs its own story's sheet.
    """

    code = "A101"
    name = "other-story"
    severity = "warning"
    defaults = {"min-words": 40, "max-names": 2}
    messages = {"other": "this draft names {named} of the fact sheet's people, places and organisations and states "
                         "none of its figures: it does not look like \u201c{title}\u201d; check it against its own "
                         "story's sheet (--facts FILE, or facts = \"FILE\" in copydesk.toml)"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        words = list(WORD.finditer(ctx.doc.prose))
        if len(words) < self.options["min-words"] or analysis.counts:
            return
        named = {mention.fact_id for mention in analysis.mentions}
        if len(named) > self.options["max-names"] or _states_a_figure(ctx) or _tells_an_event(ctx):
            return
        first = words[0]
        what = "none" if not named else f"only {len(named)}"
        yield Violation(first.start(), first.end(), self.say("other", named=what, title=ctx.facts.story.title))


def _states_a_figure(ctx: Context) -> bool:
    """A number of the draft that the sheet gives a quantity, at any of its times: one of three digits or
    more and no year ("2,719", not "8" nor "2025"), so that it says something of this story."""
    values = {value for quantity in ctx.facts.quantities
              for value in (quantity.value, *(dated.value for dated in quantity.values))}
    return any(number.value in values and number.value >= 100 and not 1900 <= number.value <= 2100
               for number, _ in ctx.analysis.numbers)


def _tells_an_event(ctx: Context) -> bool:
    """A sentence that speaks of one of the sheet's events (its cues)."""
    analysis = ctx.analysis
    return any(about(event, analysis.sentence_text(sentence)) for event in ctx.facts.events
               for sentence in analysis.sentences)


RULES = [OtherStory]
