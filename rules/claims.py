"""C — claims: a sentence about a claim's subject that gives it a value the fact sheet says is wrong."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from .. import text as lang
from ..analysis import Sentence, occasions
from ..analysis.gate import claim_binds, other_values
from ..finding import Violation
from ..model import Claim
from ..rule import Context, Family, Plant, Rule
from .. import cues

FAMILY = Family("C", "claims")


class WrongClaim(Rule):
    """Gives a known subject (who mediated, where talks were held...) a wrong value.

    ## What it does
    Each claim in the fact sheet has a subject, its true value, cue phrases that
    show a sentence is about the subject (every group must match), values that are
    wrong for it, and words that show the sentence is about something else
    ("previous", "earlier"). A sentence that matches the cues, names a wrong value
    and does not also give the true value is reported — unless the parse shows the
    value denied or set apart ("unlike the Greens") or, for a claim about a set of
    parties, named in a clause that does not carry the claim's cues ("the Greens
    cleared the threshold, while the Liberals missed it").

    ## Why is this bad?
    Who brokered a deal or where prisoners were taken are the facts that shape how
    readers understand a story; getting them wrong credits or blames the wrong party.

    ## Example
    ```markdown
    The talks in Istanbul were mediated by the United Arab Emirates.
    ```

    ## Use instead
    ```markdown
    The talks in Istanbul were mediated by Turkey. Earlier swaps had been mediated by the United Arab Emirates.
    ```

    ## Fix
    None: the sentence usually needs rewording.
    """

    code = "C101"
    name = "wrong-claim"
    severity = "error"
    messages = {"value": "{subject}: the fact sheet has {value}, not \u201c{written}\u201d"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        for sentence, text, claim in _claims_spoken_of(ctx):
            for wrong in lang.any_of(tuple(claim.wrong)).finditer(text):
                if analysis.quoted(sentence.start + wrong.start()):
                    continue  # 'the claim that "the freed Russians were flown to Moscow"': someone's words
                described = occasions.person_described(analysis, sentence.start + wrong.start())
                if described is not None and not any(lang.any_of(group).occurs_in(described.text)
                                                     for group in claim.cues):
                    continue  # a phrase about someone the claim is not about
                if not claim_binds(analysis, sentence, sentence.start + wrong.start(), claim,
                                   sentence.start + wrong.end()):
                    continue
                yield Violation(sentence.start + wrong.start(), sentence.start + wrong.end(), self.say(
                    "value", subject=claim.subject, value=claim.value, written=wrong.group()), fact=claim.id)


class OtherClaimValue(Rule):
    """Puts another country where the fact sheet has one ("mediated by Oman" when Turkey mediated).

    ## What it does
    A claim whose value is a country has slots: the words that put a value in it,
    ending in a preposition ("mediated by", "taken to") — the claim's `slots`, or
    its cue phrases that end in a preposition. A sentence about the claim that does
    not give the true value, and whose parse puts a country in a slot, is reported
    even when the sheet does not list that country as wrong. Only countries the
    sheet does not know are judged (a place of the story has some other part in
    it), and never one that the parse shows denied, planned or set apart.

    ## Why is this bad?
    A sheet's list of wrong values cannot name every country; crediting the wrong
    one with brokering a deal, or sending prisoners to the wrong country, is the
    same error whichever country it is.

    ## Example
    ```markdown
    The talks in Istanbul were mediated by Oman.
    ```

    ## Use instead
    ```markdown
    The talks in Istanbul were mediated by Turkey.
    ```

    ## Fix
    None: the sentence usually needs rewording.
    """

    code = "C102"
    name = "other-claim-value"
    severity = "error"
    messages = WrongClaim.messages  # the same sentence: what the sheet has, and what the draft wrote

    def check(self, ctx: Context) -> Iterator[Violation]:
        for sentence, _, claim in _claims_spoken_of(ctx):
            for named in other_values(ctx.analysis, sentence, claim):
                yield Violation(sentence.start + named.start, sentence.start + named.end,
                                self.say("value", subject=claim.subject, value=claim.value, written=named.text),
                                fact=claim.id)


def _claims_spoken_of(ctx: Context) -> Iterator[tuple[Sentence, str, Claim]]:
    """Each sentence about a claim of the sheet, at the story's time, that does not give the claim's true
    value (for a set, a right member beside a wrong one does not clear it)."""
    for sentence in ctx.analysis.sentences:
        text = ctx.analysis.sentence_text(sentence)
        for claim in ctx.facts.claims:
            if cues.about(claim, text) and not (cues.true_value_in(claim, text) and not claim.set) and \
                    not occasions.another_time(text):
                yield sentence, text, claim


def plants(ctx: Context) -> Iterator[Plant]:
    """The errors `copydesk mutate` plants for this family: edits of the draft the family's rules must catch."""
    analysis = ctx.analysis
    for sentence in analysis.sentences:
        text = analysis.sentence_text(sentence)
        for claim in ctx.facts.claims:
            accepted = cues.true_value_in(claim, text) if cues.about(claim, text) else None
            if accepted is None:
                continue
            wrong = regex.sub(r"^(?:to|in|at|by)\s+", "", claim.wrong[0])
            planted = text[:accepted.start()] + wrong + text[accepted.end():]
            if lang.any_of(tuple(claim.wrong)).search(planted):
                yield Plant(FAMILY.letter, sentence.start + accepted.start(), sentence.start + accepted.end(), wrong,
                            f"{claim.subject}: {accepted.group()} replaced by {wrong}")


RULES = [WrongClaim, OtherClaimValue]
