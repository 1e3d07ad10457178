"""T — titles and roles: people described with an office the fact sheet contradicts."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import re

import regex

from linter.analysis import Analysis, Mention
from linter.facts import Fact, Role, long_date
from linter.finding import Edit, Violation
from linter.rule import Context, Rule
from linter.text import OFFICES, is_ordinary_word

SYNONYMS = {"premier": "prime minister", "defense minister": "defence minister", "head of state": "president"}
# A full name the fact sheet does not know ("Petro Poroshenko") between a person and "the former
# president" is the likelier antecedent.
TITLE_REACH = 120  # how far from a name a title is looked for (keeps long sentences linear)
NAME_FOLLOWS = regex.compile(r"[\s,]+\p{Lu}")  # "the former president, Petro Poroshenko": not anaphoric
FULL_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)")


APPOSITION = regex.compile(r"(\p{Lu}[\p{L}'’-]+)\s*,\s*$")


def _apposition_to_another(prose: str, start: int, antecedent: Mention) -> bool:
    """'Biden, the former president': the title describes the name just before it, not the last known person."""
    before = APPOSITION.search(prose, max(0, start - 40), start)
    return before is not None and before.group(1) not in antecedent.text.split()


def _unknown_name_between(prose: str, start: int, end: int) -> bool:
    return any(not (is_ordinary_word(m.group(1)) and is_ordinary_word(m.group(2)))
               for m in FULL_NAME.finditer(prose, start, end))
FORMER = r"(?P<former>\b(?i:former|ex)(?:\s+|\s*-\s*))"


def _office_key(text: str) -> str:
    key = regex.sub(r"[\s-]+", " ", text.lower()).strip()
    return SYNONYMS.get(key, key)


@dataclass
class Title:
    """An office attached to a mention of a person."""
    start: int
    end: int
    office: str
    country: str | None
    former: tuple[int, int] | None
    office_span: tuple[int, int]
    qualified_start: int  # where the office and its country qualifier begin
    person: Fact
    mention: Mention | None


@dataclass
class TitlePatterns:
    """The title patterns of one fact sheet: its countries and offices (compiled once per sheet)."""
    before_name: re.Pattern
    after_name: re.Pattern
    anaphoric: re.Pattern

    @classmethod
    def of(cls, ctx: Context, offices: tuple[str, ...]) -> TitlePatterns:
        key = ("title-patterns", offices)
        cache = ctx.facts.__dict__.setdefault("rule_cache", {})
        if key not in cache:
            countries = ctx.analysis.lexicon.countries
            country = "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True)) or r"(?!)"
            known_offices = {r.office for p in ctx.facts.people for r in ctx.facts.roles(p)} | set(offices)
            office = "|".join(r"[\s-]+".join(re.escape(w) for w in o.split())
                              for o in sorted(known_offices, key=len, reverse=True))
            qualified = rf"(?:(?P<country>{country})(?:['’]s)?\s+)?(?P<office>(?i:{office}))" \
                        rf"(?:\s+of\s+(?:the\s+)?(?P<country2>{country}))?(?![^\W\d_])"
            cache[key] = cls(re.compile(rf"{FORMER}?(?<![^\W\d_]){qualified}[\s,]+$"),
                             re.compile(rf",\s+(?:(?i:the|a|an|now\s+the)\s+)?{FORMER}?{qualified}"),
                             re.compile(rf"(?i:\bthe)\s+{FORMER}{qualified}"))
        return cache[key]


class _Titles:
    """Titles found in a document, shared by the T rules (computed once per document)."""

    def __init__(self, ctx: Context, offices: tuple[str, ...]) -> None:
        self.ctx = ctx
        patterns = TitlePatterns.of(ctx, offices)
        self.before_name, self.after_name, self.anaphoric = \
            patterns.before_name, patterns.after_name, patterns.anaphoric
        self.titles = list(self._find(ctx.analysis))

    def _find(self, analysis: Analysis) -> Iterator[Title]:
        prose = analysis.prose
        claimed: set[int] = set()
        for mention in analysis.people_mentions:
            person = analysis.lexicon.person(mention.fact_id)
            if person is None:
                continue
            sentence = analysis.sentence_at(mention.start)
            start = max(sentence.start if sentence else 0, mention.start - TITLE_REACH)
            match = self.before_name.search(prose, start, mention.start)
            if match:
                claimed.add(match.start("office"))
                yield self._title(match, person, mention, match.start(), mention.end)
            end = min(sentence.end if sentence else len(prose), mention.end + TITLE_REACH)
            match = self.after_name.match(prose, mention.end, end)
            if match:
                claimed.add(match.start("office"))
                yield self._title(match, person, mention, mention.start, match.end())
        for block in analysis.doc.blocks:
            for match in self.anaphoric.finditer(prose, block.start, block.end):
                if match.start("office") in claimed or NAME_FOLLOWS.match(prose, match.end()):
                    continue
                antecedent = analysis.person_before(match.start())
                person = analysis.lexicon.person(antecedent.fact_id) if antecedent else None
                if person is not None and not _unknown_name_between(prose, antecedent.end, match.start()) and \
                        not _apposition_to_another(prose, match.start(), antecedent):
                    yield self._title(match, person, None, match.start(), match.end())

    def _title(self, match: regex.Match, person: Fact, mention: Mention | None, start: int, end: int) -> Title:
        countries = self.ctx.analysis.lexicon.countries
        country_text = match.group("country") or match.group("country2")
        former = match.span("former") if match.group("former") else None
        qualified_start = match.start("country") if match.group("country") else match.start("office")
        return Title(start, end, _office_key(match.group("office")), countries.get(country_text or ""),
                     former, match.span("office"), qualified_start, person, mention)

    def roles_matching(self, title: Title) -> list[Role]:
        return [r for r in self.ctx.facts.roles(title.person)
                if (title.office == "leader" or _office_key(r.office) == title.office)
                and (title.country is None or r.country == title.country)]

    def current_roles(self, person: Fact) -> list[Role]:
        return [r for r in self.ctx.facts.roles(person) if r.holds_on(self.ctx.as_of)]

    def describe(self, role: Role, *, since: bool = True) -> str:
        where = f" of {country_name(self.ctx.facts.place_name(role.country))}" if role.country else ""
        start = f" (since {long_date(role.start.first_day)})" if role.start and since else ""
        return f"{role.office}{where}{start}"


def country_name(name: str) -> str:
    """'United States' reads 'the United States' after 'of'."""
    plural_or_union = name.split()[0] in ("United", "Czech", "Central") or name.endswith(("s", "Republic"))
    return f"the {name}" if plural_or_union and " " in name else name


def titles(ctx: Context, offices: tuple[str, ...]) -> _Titles:
    key = ("titles", id(ctx.facts), ctx.as_of, offices)
    cache = ctx.doc.analysis_cache
    if key not in cache:
        cache[key] = _Titles(ctx, offices)
    return cache[key]


def _dated_before(ctx: Context, offset: int, role: Role) -> bool:
    """'In 2023, former President Trump...': the sentence is set before the current term began."""
    sentence = ctx.analysis.sentence_at(offset)
    if sentence is None or role.start is None:
        return False
    return any(m.date is not None and m.date.year < role.start.year
               for m in ctx.analysis.dates(sentence, ctx.as_of.year))


def _drop_former(prose: str, title: Title) -> Edit:
    """Delete "former"/"ex-" (keeping a capital at a sentence start, and the line break of a wrapped line)."""
    start, end = title.former
    word_end = start + len(prose[start:end].rstrip().rstrip("-").rstrip())
    if "\n" in prose[word_end:end] or "\r" in prose[word_end:end]:
        space = len(prose[:start]) - len(prose[:start].rstrip(" \t"))
        return Edit(start - space, word_end, "")
    following = prose[end:end + 1]
    if prose[start:start + 1].isupper() and following.islower():
        return Edit(start, end + 1, following.upper())
    return Edit(start, end, "")


class FormerIncumbent(Rule):
    """Calls a person "former" holder of an office they hold on the story date.

    ## What it does
    Finds "former" or "ex-" attached to an office and a person, in any order
    ("former President Donald Trump", "Trump, the former U.S. president", "the
    former president" when the person last mentioned is the incumbent), and checks
    the person's roles in the fact sheet on the story's as-of date.

    ## Why is this bad?
    Calling a sitting office-holder "former" is a factual error that readers notice
    at once, and it travels: two of the source articles of the first story made it.

    ## Example
    ```markdown
    Former President Donald Trump welcomed the exchange.
    ```

    ## Use instead
    ```markdown
    President Donald Trump welcomed the exchange. A former prisoner thanked the negotiators.
    ```

    ## Fix
    Safe: drops "former"/"ex-" before the title.
    """

    code = "T101"
    name = "former-incumbent"
    severity = "error"
    defaults = {"offices": list(OFFICES)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        found = titles(ctx, tuple(self.options["offices"]))
        for title in found.titles:
            if title.former is None:
                continue
            current = [r for r in found.roles_matching(title) if r.holds_on(ctx.as_of)]
            if not current or _dated_before(ctx, title.start, current[0]):
                continue
            role = current[0]
            yield Violation(
                title.former[0], title.office_span[1],
                f"{title.person['name']} is the sitting {found.describe(role)} as of {long_date(ctx.as_of)}, "
                f"not a former one; drop \u201c{ctx.doc.prose[slice(*title.former)].strip()}\u201d",
                fact=title.person.id, fix=_drop_former(ctx.doc.prose, title))


class WrongOffice(Rule):
    """Gives a person an office the fact sheet says they do not hold.

    ## What it does
    Finds an office written next to a known person ("Prime Minister Putin",
    "Ukrainian President Vladimir Putin", "Zelensky, the Russian president") and
    checks it against the person's roles on the story's as-of date. An office the
    person left is reported as no longer held.

    ## Why is this bad?
    A wrong title misinforms readers about who holds power, and in a story about
    negotiations it changes who is speaking for whom.

    ## Example
    ```markdown
    Prime Minister Vladimir Putin rejected the proposal.
    ```

    ## Use instead
    ```markdown
    Russian President Vladimir Putin rejected the proposal.
    ```

    ## Fix
    Unsafe: replaces the office with the one the fact sheet gives.
    """

    code = "T102"
    name = "wrong-office"
    severity = "error"
    defaults = {"offices": list(OFFICES)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        found = titles(ctx, tuple(self.options["offices"]))
        for title in found.titles:
            if title.former is not None or title.mention is None:
                continue
            roles = ctx.facts.roles(title.person)
            if not roles or any(r.holds_on(ctx.as_of) for r in found.roles_matching(title)):
                continue
            current = found.current_roles(title.person)
            past = [r for r in found.roles_matching(title) if r.end is not None and r.end.first_day <= ctx.as_of]
            written = ctx.doc.prose[title.start:title.office_span[1]].strip()
            if past:
                message = f"{title.person['name']} left office as {found.describe(past[0], since=False)} " \
                          f"on {past[0].end}; \u201c{written}\u201d needs \u201cformer\u201d"
                fix = Edit(title.start, title.start, "former ", safe=False)
            elif current:
                message = f"{title.person['name']} is {found.describe(current[0])}, not \u201c{written}\u201d"
                same_office = _office_key(current[0].office) == title.office
                fix = None if same_office else \
                    Edit(title.office_span[0], title.office_span[1], current[0].office, safe=False)
            else:
                continue
            yield Violation(title.start, title.office_span[1], message, fact=title.person.id, fix=fix)


RULES = [FormerIncumbent, WrongOffice]
