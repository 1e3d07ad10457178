"""I — consistency inside the draft: one name spelled two ways, one quantity given two values."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from ..analysis import ANAPHORA, Analysis, Sentence, occasions
from ..analysis.counts import figure_named, judgeable
from ..analysis.gate import same_claim
from ..analysis.reading import frame_for
from ..finding import Edit, Violation
from ..rule import Context, Family, Rule
from ..names import CAPITALISED, is_inflection, max_typo_distance
from ..text import is_ordinary_word

FAMILY = Family("I", "consistency within a draft")


HEAD = regex.compile(r"[\s-]+(?:(?:more|other|further|additional|[\p{Lu}][\p{Ll}]+)\s+)?(?P<head>\p{Ll}{3,}|\p{Lu}\p{Ll}+s)\b")
# a difference after the counted noun: "55 seats SHORT of", "six seats FEWER", "35 seats MORE than"
DIFFERENCE = regex.compile(r"\s+(?:short|fewer|less|more|ahead|behind|higher|lower|up|down)\b")
NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")
NAME_BEFORE = regex.compile(r"\b\p{Lu}\p{Ll}+[ \t]+$")
CLOSE_VALUES = 0.05  # two values within 5% of each other read as one quantity misstated


class InconsistentSpelling(Rule):
    """Spells the same name two ways in one draft.

    ## What it does
    Groups the capitalised words of the draft that the fact sheet does not know
    (it has its own spelling rules) and that are not ordinary words, and reports a
    form within one letter (two for long names) of another form: the rarer form,
    or the later one on a tie, pointing at the first use of the other. Two forms the
    draft names side by side ("Ivo Brandt and Ivo Brandl") are two people.

    ## Why is this bad?
    Readers cannot tell which spelling is right, and the wrong one gets copied into
    captions, headlines and search.

    ## Example
    ```markdown
    Dmytro Lubinets said the lists were checked. Lubinets thanked the families. Lubinetz said more would come.
    ```

    ## Use instead
    ```markdown
    Dmytro Lubinets said the lists were checked. Officer Kravets and Olena Kravchenko agreed.
    ```

    ## Fix
    Unsafe: replaces the rarer form with the more common one.
    """

    code = "I101"
    name = "inconsistent-spelling"
    severity = "warning"
    fix_availability = "always"
    messages = {"spelling": "\u201c{written}\u201d is spelled \u201c{other}\u201d elsewhere in this draft (first on line "
                            "{line}); use one spelling"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        lexicon = ctx.analysis.lexicon
        known = lexicon.known_tokens | lexicon.variant_tokens
        occurrences: dict[str, list[int]] = {}
        for block in ctx.doc.blocks:
            for match in CAPITALISED.finditer(ctx.doc.prose, block.start, block.end):
                word = match.group()
                if len(word) >= 5 and word not in known:
                    occurrences.setdefault(word, []).append(match.start())
        # a near form of a name the sheet knows is the spelling rules' ("Ruriatnia" of Ruritania) or the name's
        # own derivative ("Ruritanian"): never one of a pair here
        names = [token for token in known if len(token) >= 5]
        occurrences = {word: starts for word, starts in occurrences.items()
                       if not process.extractOne(word, names, scorer=OSA.distance,
                                                 score_cutoff=max_typo_distance(word) or 0)
                       or not max_typo_distance(word)}
        counts = Counter({w: len(p) for w, p in occurrences.items()})
        words = sorted(occurrences, key=lambda w: occurrences[w][0])
        reported: set[str] = set()
        most = max(map(max_typo_distance, words), default=0)
        for index, first in enumerate(words):
            # every later word within the largest allowed distance, found by rapidfuzz in one pass per word
            near = sorted(position for _, _, position in process.extract(
                first, words[index + 1:], scorer=OSA.distance, score_cutoff=most, limit=None))
            for second in (words[index + 1 + position] for position in near):
                allowed = max_typo_distance(min(first, second, key=len))
                if not allowed or abs(len(first) - len(second)) > allowed or is_inflection(first, second):
                    continue
                if OSA.distance(first, second, score_cutoff=allowed) > allowed:
                    continue
                if is_ordinary_word(first) and is_ordinary_word(second):
                    continue
                if _gendered(first, second):
                    continue  # "Santo Toribio" and "Santa Rosa", "Mario" and "Maria": two words, each its own
                if _coordinated(ctx.doc.prose, first, second):
                    continue  # "the builders Ivo Brandt and Ivo Brandl": two people, named side by side
                places = _places_in_names(ctx.doc.prose, occurrences[first]), \
                    _places_in_names(ctx.doc.prose, occurrences[second])
                if all(places) and places[0].isdisjoint(places[1]):
                    continue  # "Marta Sedlak" and "Filip Barta": a given name and a surname, two people
                one, other = _companions(ctx.doc.prose, occurrences[first]), \
                    _companions(ctx.doc.prose, occurrences[second])
                if one and other and one.isdisjoint(other):
                    continue  # "Serra Escura" and "Rio Escuro": each always in a name of its own
                rare, common = (second, first) if counts[second] <= counts[first] else (first, second)
                if rare in reported:
                    continue
                reported.add(rare)
                line = ctx.doc.line_of(occurrences[common][0])
                for start in occurrences[rare]:
                    if ctx.analysis.quoted(start):
                        continue  # the speaker's spelling, kept in the quotation ("a Great Honor", in a British draft)
                    yield Violation(start, start + len(rare), self.say("spelling", written=rare, other=common,
                                                                      line=line),
                                    fix=Edit(start, start + len(rare), common, safe=False))


DECIMAL = regex.compile(r"\d[.·]\d")


class InconsistentQuantity(Rule):
    """Gives the same quantity two close but different values in one draft.

    ## What it does
    Compares numbers attached to the same noun ("390 Ukrainians" and "391
    Ukrainians", "the number at 391") and reports the later one when the two values
    are within 5% of each other, the mark of one figure misstated. Counts the fact
    sheet can judge are left to the numbers rule (N101); a value written with
    decimals ("41.10 crowns", a price) is a measure that moves, not a count.

    ## Why is this bad?
    Two values for one figure tell readers that at least one is wrong.

    ## Example
    ```markdown
    Rescuers found 52 survivors in the rubble. By evening, 53 survivors had been taken to hospital.
    ```

    ## Use instead
    ```markdown
    Rescuers found 52 survivors in the rubble. By evening, all 52 survivors had been taken to hospital.
    ```

    ## Fix
    None: the draft must say which figure is right.
    """

    code = "I102"
    name = "inconsistent-quantity"
    severity = "warning"
    messages = {"values": "\u201c{written}\u201d contradicts {first} on line {line} of this draft"}

    def check(self, ctx: Context) -> Iterator[Violation]:
        analysis = ctx.analysis
        prose = ctx.doc.prose
        judged = {c.number.start for c in analysis.counts if judgeable(analysis, c)}
        first_by_head: dict[str, tuple[float, int, Sentence, tuple]] = {}  # and its kind
        previous: tuple[str, str, int] | None = None  # noun, as written, sentence index
        for number, sentence in analysis.numbers:
            if number.unit or number.approx or number.start in judged or \
                    DECIMAL.search(prose, number.value_start, number.value_end):
                continue  # (a value with decimals, "41.10 crowns", is a measure, not a count of things)
            head = HEAD.match(prose, number.value_end)
            if head is not None:
                noun, written = head.group("head").lower().rstrip("s"), head.group("head")
            elif previous and sentence.index - previous[2] <= 2 and \
                    ANAPHORA.search(prose, max(sentence.start, number.start - 40), number.start):
                noun, written = previous[0], previous[1]  # "officials put the number at 391"
            else:
                continue
            previous = (noun, written, sentence.index)
            if head is not None and DIFFERENCE.match(prose, head.end()):
                continue  # "55 seats short of the 151", "six seats fewer": a difference, not the count
            clause = occasions.clause_of(analysis, sentence, number.value_start).text
            # and the other years its clause names: "In March 2016 ... by 131 votes" is another year's vote
            # and a live blog's entries: each its own day's
            kind = figure_named(clause), frozenset(occasions.WRITTEN_YEAR.findall(clause)) - \
                {str(analysis.sheet.as_of.year)}, occasions.stamp_day(analysis, number.start)
            if noun not in first_by_head:
                first_by_head[noun] = (number.value, number.value_start, sentence, kind)
                continue
            value, offset, first_sentence, first_kind = first_by_head[noun]
            if value != number.value and abs(value - number.value) <= CLOSE_VALUES * max(value, number.value) and \
                    kind == first_kind and \
                    same_claim(analysis, (first_sentence, offset), (sentence, number.value_start)) and \
                    (head is None or _counts_a_noun(analysis, sentence, number.value_start)):
                yield Violation(number.value_start, number.value_end, self.say(
                    "values", written=number.text.strip(), first=f"{value:g} {written}",
                    line=ctx.doc.line_of(offset)))


def _gendered(first: str, second: str) -> bool:
    """The two differ only in a final vowel of gender or number, as Romance names do."""
    return len(first) == len(second) and first[:-1] == second[:-1] and {first[-1], second[-1]} <= set("aoei")


def _coordinated(prose: str, first: str, second: str) -> bool:
    """The two names stand in one coordination somewhere in the draft ("Brandt and Brandl", "Brandl, Brandt
    and Vogel"): named side by side, they name two."""
    name = r"(?:\p{Lu}[\p{L}'’-]*\s+){0,2}"
    return any(regex.search(rf"\b{regex.escape(a)}\s*(?:,|\band\b|\bor\b|&)\s*{name}{regex.escape(b)}\b", prose)
               for a, b in ((first, second), (second, first)))


def _places_in_names(prose: str, starts: list[int]) -> set[str]:
    """Where a word stands in the full names it is written in: "given" (another name follows it), "surname"
    (it follows another name); a word written alone has no place."""
    places = set()
    for start in starts:
        word = CAPITALISED.match(prose, start)
        end = word.end() if word else start
        if NAME_AFTER.match(prose, end):
            places.add("given")
        elif NAME_BEFORE.search(prose, max(0, start - 30), start):
            places.add("surname")
    return places


def _companions(prose: str, starts: list[int]) -> set[str] | None:
    """The capitalised word before each occurrence ("SERRA Escura"); None if one occurrence stands alone."""
    found = set()
    for start in starts:
        before = NAME_BEFORE.search(prose, max(0, start - 30), start)
        if before is None:
            return None
        found.add(before.group().strip())
    return found


def _counts_a_noun(analysis: Analysis, sentence: Sentence, offset: int) -> bool:
    """Whether the parse gives the number at offset a noun it counts ("391 had been freed" has none: "had"
    is no noun); without a parser, the word after the number is taken for one."""
    frame = frame_for(analysis, sentence, offset)
    return frame is None or bool(frame.counts)


RULES = [InconsistentSpelling, InconsistentQuantity]
