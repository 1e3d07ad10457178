"""C — claims: a sentence about a claim's subject that gives it a value the fact sheet says is wrong."""
from __future__ import annotations

from collections.abc import Iterator

from copydesk import text as lang
from copydesk.analysis import occasions
from copydesk.analysis.gate import claim_binds
from copydesk.finding import Violation
from copydesk.rule import Context, Family, Rule

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

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        claims = ctx.facts.claims
        for sentence in analysis.sentences:
            text = analysis.sentence_text(sentence)
            for claim in claims:
                if not claim.about(text) or (claim.true_value_in(text) and not claim.set) or \
                        occasions.another_time(text):
                    continue
                for wrong in lang.any_of(tuple(claim.wrong)).finditer(text):
                    described = occasions.person_described(analysis, sentence.start + wrong.start())
                    if described is not None and not any(lang.any_of(group).occurs_in(described.text)
                                                         for group in claim.cues):
                        continue  # a phrase about someone the claim is not about
                    if not claim_binds(analysis, sentence, sentence.start + wrong.start(), claim):
                        continue
                    yield Violation(sentence.start + wrong.start(), sentence.start + wrong.end(),
                                    f"{claim.subject}: the fact sheet has {claim.value}, "
                                    f"not \u201c{wrong.group()}\u201d", fact=claim.id)


RULES = [WrongClaim]
