"""S — spellings of names and places: house forms, likely typos, first names on the wrong surname."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import regex

from .. import wordlist
from ..analysis.frames import NAME_FREQUENCY
from ..text import is_common_word, is_ordinary_word
from ..finding import Edit, Violation
from ..lexicon import Lexicon, first_name, surname
from ..model import Named, Organisation, Person
from ..vocabulary import words
from ..names import CAPITALISED, is_inflection, max_typo_distance
from ..rule import Context, Family, Plant, Rule
from ..scopes import Kind

NEAREST_NAME: Kind = Kind("the known name nearest a word")
ORGANISATION_INITIALS: Kind[dict] = Kind("organisations' initials")

FAMILY = Family("S", "spellings of names and places")
INITIALS = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}{3,5}(?![\p{L}\p{N}])")  # "CDU", "SPD": an organisation's initials


def short_name_allowance(name: str) -> int:
    """Edits allowed for a typo of a name: a four-letter name gets one ("Mertz" for Merz), keeping its first
    letter, when the misspelling is no English word; longer names as in max_typo_distance."""
    return 1 if len(name) == 4 else max_typo_distance(name)


class VariantSpelling(Rule):
    """Writes a name in a spelling the fact sheet lists as a variant of the house form.

    ## What it does
    Reports names and places written in a variant spelling the fact sheet lists
    (Zelenski, Zelenskiy, Zelenskyy; Kiev; Odessa; Kharkov...), including
    possessives ("Kiev's"), and offers the house form.

    ## Why is this bad?
    House style keeps a publication consistent, and for Ukrainian places the
    transliteration from Russian (Kiev, Kharkov) is a political signal readers notice.

    ## Example
    ```markdown
    Officials in Kiev said President Volodymyr Zelenski would speak later.
    ```

    ## Use instead
    ```markdown
    Officials in Kyiv said President Volodymyr Zelensky would speak later.
    ```

    ## Fix
    Safe: replaces the variant with the house form.
    """

    code = "S101"
    name = "variant-spelling"
    severity = "error"
    fix_availability = "always"
    messages = {"variant": "house style is \u201c{house}\u201d, not \u201c{written}\u201d{of}"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        for mention in ctx.analysis.mentions:
            form = mention.primary
            if form.kind != "variant":
                continue
            fact = ctx.facts.facts[form.fact_id]
            of = "" if fact.label == form.house else f" ({fact.label})"  # "Zelensky (Volodymyr Zelensky)"
            yield Violation(mention.start, mention.end, self.say("variant", house=form.house, written=mention.text,
                                                                 of=of),
                            fact=fact.id, fix=Edit(mention.start, mention.end, form.house))


COMPANION_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+[ \t]+$")
COMPANION_AFTER = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)")


def _in_another_name(prose: str, start: int, end: int, fact: Named) -> bool:
    """The word stands in a name with a rare word that is no part of the fact's names: a name of its own."""
    from rapidfuzz.distance import OSA

    own = {w for form in (fact.name, *fact.aliases) for w in form.split()}
    before = COMPANION_BEFORE.search(prose, max(0, start - 30), start)
    after = COMPANION_AFTER.match(prose, end)
    companions = [m.group().strip() for m in (before,) if m] + [m.group(1) for m in (after,) if m]
    if before is not None and before.group().strip() in words("place", "prefixes") and \
            before.group().strip() not in own:
        return True  # "Port Selen", of Marta Velen: a place's name
    kinds = {w for w in own if wordlist.frequency(w) >= NAME_FREQUENCY} \
        if not isinstance(fact, Person) else set()  # "Prison" of "Vorna Prison"
    if kinds and any(wordlist.frequency(word) >= NAME_FREQUENCY and word not in own for word in companions):
        return True  # "the Pension Dorna", of Vorna Prison: a name of its own, of another kind of place
    # a companion misspelt too is still the fact's ("Volodimir Zelenskky")
    return any(wordlist.frequency(word) < NAME_FREQUENCY and
               not any(OSA.distance(word, name, score_cutoff=max_typo_distance(name)) <= max_typo_distance(name)
                       for name in own) for word in companions)


class NameTypo(Rule):
    """Writes a word that is one or two letters away from a known name.

    ## What it does
    Compares capitalised words that are neither known names nor ordinary English
    words with every name in the fact sheet, allowing one edit for names of five to
    seven letters and two for longer ones (a transposition counts as one), and
    reports the likely typo with "did you mean".

    ## Why is this bad?
    A misspelt name is the most common correction a newsroom runs, and spell
    checkers do not know the names of the story.

    ## Example
    ```markdown
    President Zelenksy thanked the negotiators.
    ```

    ## Use instead
    ```markdown
    President Zelensky thanked the negotiators. Prussia and Russia are different places.
    ```

    ## Fix
    Unsafe: replaces the word with the name it resembles.
    """

    code = "S102"
    name = "name-typo"
    severity = "warning"
    fix_availability = "always"
    messages = {"typo": "\u201c{written}\u201d looks like a misspelling of {name}; did you mean \u201c{house}\u201d?",
                "initial": "\u201c{written}\u201d looks like a misspelling of {name} (\u201c{house}\u201d)"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        lexicon = ctx.analysis.lexicon
        known = lexicon.known_tokens | lexicon.variant_tokens
        nearest = lexicon.derived(NEAREST_NAME, lambda: self._nearest_name(lexicon))
        suspects: list[tuple] = []
        names_of_their_own: set[str] = set()  # "Tomas Brevik, a law professor, ... Brevik said": Brevik is his name
        for block in ctx.doc.blocks:
            for match in CAPITALISED.finditer(ctx.doc.prose, block.start, block.end):
                word = match.group()
                if word in known or len(word) < 4:
                    continue
                best = nearest(word)
                if best is None:
                    continue
                fact = ctx.facts.facts[best[1]]
                if isinstance(fact, Named) and _in_another_name(ctx.doc.prose, match.start(), match.end(), fact):
                    names_of_their_own.add(word)  # "Caixa Serrana", a bank, beside "Alta Serrena", a region
                    continue
                suspects.append((match, best, fact))
        for match, best, fact in suspects:
            word = match.group()
            if word not in names_of_their_own:
                yield Violation(match.start(), match.end(),
                                self.say("typo", written=word, name=fact.label, house=best[0]),
                                fact=fact.id, fix=Edit(match.start(), match.end(), best[0], safe=False))
        yield from self._initials(ctx, known)

    @classmethod
    def _initials(cls, ctx: Context, known: frozenset[str]) -> Iterator[Violation]:
        """An organisation's initials written wrong ("CUD" for CDU): same letters, two swapped, or one changed."""
        from rapidfuzz.distance import OSA

        initials = ctx.analysis.lexicon.derived(ORGANISATION_INITIALS, lambda: {
            form: meanings[0].fact_id for form, meanings in ctx.analysis.lexicon.forms.items()
            if INITIALS.fullmatch(form) and isinstance(ctx.facts.facts.get(meanings[0].fact_id), Organisation)})
        if not initials:
            return
        for block in ctx.doc.blocks:
            for match in INITIALS.finditer(ctx.doc.prose, block.start, block.end):
                word = match.group()
                if word in known or word in initials:
                    continue
                near = [form for form in initials if len(form) == len(word) and OSA.distance(word, form) == 1
                        and (sorted(word) == sorted(form) or len(word) >= 4)]
                if len(near) == 1:
                    fact = ctx.facts.facts[initials[near[0]]]
                    yield Violation(match.start(), match.end(),
                                    cls.say("initial", written=word, name=fact.label, house=near[0]), fact=fact.id,
                                    fix=Edit(match.start(), match.end(), near[0], safe=False))

    @staticmethod
    def _nearest_name(lexicon: Lexicon) -> Callable[[str], tuple[str, str] | None]:
        """For this sheet, the name a word misspells and its fact, remembered per word: the same
        capitalised words recur in every draft of a story."""
        from rapidfuzz.distance import OSA

        targets = [(target, fact_id, short_name_allowance(target))
                   for target, fact_id in NameTypo._targets(lexicon).items() if short_name_allowance(target)]

        @lru_cache(maxsize=16384)
        def nearest(word: str) -> tuple[str, str] | None:
            best = None
            for target, fact_id, allowed in targets:
                if abs(len(target) - len(word)) > allowed or (len(target) < 5 and word[0] != target[0]):
                    continue
                if abs(len(target) - len(word)) >= 2 and (target.startswith(word) or word.startswith(target)):
                    continue  # "Mykola" is a name of its own, not "Mykolaiv" with two letters dropped
                distance = OSA.distance(word, target, score_cutoff=allowed)
                if distance > 1 and word[0] != target[0]:
                    continue  # a slip of the hand seldom changes a name's first letter, and not with another
                if distance <= allowed and (best is None or distance < best[0]) and not is_inflection(word, target):
                    best = (distance, target, fact_id)
            if best is None or is_ordinary_word(word) or (len(best[1]) < 5 and is_common_word(word)):
                return None
            return best[1], best[2]

        return nearest

    @staticmethod
    def _targets(lexicon: Lexicon) -> dict[str, str]:
        targets: dict[str, str] = {}
        for form, meanings in lexicon.forms.items():
            for meaning in meanings:
                if meaning.kind in ("variant", "swapped", "adjective"):
                    continue
                for word in form.split():
                    if word[:1].isupper() and word.isalpha():
                        targets.setdefault(word, meaning.fact_id)
        return targets


class SwappedFirstName(Rule):
    """Puts one known person's first name before another's surname.

    ## What it does
    Reports "Vladimir Zelensky" or "Volodymyr Putin": a first name the fact sheet
    gives to one person, attached to the surname of another.

    ## Why is this bad?
    Readers take the full name as an identification; mixing two leaders' names in a
    story about both of them is an embarrassing and confusing error.

    ## Example
    ```markdown
    President Vladimir Zelensky spoke on Friday.
    ```

    ## Use instead
    ```markdown
    President Volodymyr Zelensky spoke on Friday.
    ```

    ## Fix
    Unsafe: replaces the first name with the one the fact sheet gives this surname.
    """

    code = "S103"
    name = "swapped-first-name"
    severity = "error"
    fix_availability = "always"
    messages = {"swapped": "{written} is {owner}'s first name; {surname} is {name}"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        for mention in ctx.analysis.mentions:
            form = mention.primary
            if form.kind != "swapped" or form.first_of is None:
                continue
            person, other = ctx.facts.person(form.fact_id), ctx.facts.person(form.first_of)
            if person is None or other is None:
                continue
            written_first = mention.text.split()[0]
            correct = first_name(person) or written_first
            yield Violation(
                mention.start, mention.end,
                self.say("swapped", written=written_first, owner=f"{first_name(other)} {surname(other)}",
                         surname=surname(person), name=person.name),
                fact=person.id, fix=Edit(mention.start, mention.start + len(written_first), correct, safe=False))


def plants(ctx: Context) -> Iterator[Plant]:
    """The errors `copydesk mutate` plants for this family: edits of the draft the family's rules must catch."""
    known = ctx.analysis.lexicon.known_tokens
    for mention in ctx.analysis.mentions:
        form = mention.primary
        if form.kind not in ("canonical", "surname") or " " in mention.text:
            continue
        fact = ctx.facts.facts[form.fact_id]
        variants = [v for v in fact.variants if " " not in v] if isinstance(fact, Named) else []
        if variants:
            yield Plant(FAMILY.letter, mention.start, mention.end, variants[0], f"{mention.text} spelled {variants[0]}")
        word = mention.text
        if len(word) < 5 or word.isupper():  # typos are looked for in capitalised words, not in capitals
            continue
        middle = len(word) // 2
        for typo in (word[:middle] + word[middle + 1] + word[middle] + word[middle + 2:],  # transposition
                     word[:middle] + word[middle + 1:]):  # a letter dropped
            if typo != word and typo not in known and not is_ordinary_word(typo):
                yield Plant(FAMILY.letter, mention.start, mention.end, typo, f"{word} mistyped {typo}")


RULES = [VariantSpelling, NameTypo, SwappedFirstName]
