"""Offices attached to mentions of people ("former President Trump", "Putin, the Russian president")."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from . import Analysis, Mention
from .occasions import draft_date
from ..facts import long_date
from ..model import Person, Role
from ..text import is_ordinary_word
from ..scopes import Kind

TITLE_PATTERNS: Kind = Kind("the patterns of the sheet's titles")
TITLES: Kind = Kind("the titles a draft gives people")

GENERIC_HEADS = ("leader", "president")  # heads of a country, or of any body a word before them names
# offices of a state: alone, they name no one's office at an organisation ("President Marr" is no court's head)
STATE_OFFICES = frozenset({"president", "vice president", "prime minister", "premier", "chancellor", "king", "queen",
                           "governor", "mayor", "senator", "speaker"})
SYNONYMS = {"premier": "prime minister", "defense minister": "defence minister", "head of state": "president"}
PORTFOLIO_AFTER = regex.compile(r"^minister (?:of|for) (?:the )?(\p{L}+)$")
TITLE_REACH = 120  # how far from a name a title is looked for (keeps long sentences linear)
NAME_FOLLOWS = regex.compile(r"[\s,]+\p{Lu}")  # "the former president, Petro Poroshenko": not anaphoric
# a title set off from the name by a comma is its apposition only as a noun phrase of its own: "THE prime
# minister, Ilona Varga", "Ruritania's prime minister, …"; not "if she became prime minister, Varga laughed"
NOUN_PHRASE_OPENING = regex.compile(r"(?i)(?:\b(?:the|a|an|its|his|her|their|our)|['’]s?)\s+$")
FULL_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)")


# the word before a title, when it is no article: "AGRARIAN UNION leader Jozef Hradec", "OPPOSITION leader",
# "THEIR leader, Jozef Hradec" (of a body: a person's leader is no office)
MODIFIER_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?!(?i:the|a|an|and|or|said|says)\s)[\p{L}'’-]+\s+$")
# "the FORMER Brask & Tollen audit partner": a time qualifier before the name of the body the office is in
FORMER_BEFORE_BODY = regex.compile(r"\b((?i:former|ex|outgoing|late)(?:\s+|\s*-\s*))(?:(?:\p{Lu}[\p{L}'’.-]*|&)\s+){1,4}$")
APPOSITION = regex.compile(r"(\p{Lu}[\p{L}'’-]+)\s*,\s*$")


def _apposition_to_another(prose: str, start: int, antecedent: Mention) -> bool:
    """'Biden, the former president': the title describes the name just before it, not the last known person."""
    before = APPOSITION.search(prose, max(0, start - 40), start)
    return before is not None and before.group(1) not in antecedent.text.split()


def _unknown_name_between(prose: str, start: int, end: int) -> bool:
    """A full name the fact sheet does not know ("Petro Poroshenko") between a person and "the former
    president" is the likelier antecedent."""
    return any(not (is_ordinary_word(m.group(1)) and is_ordinary_word(m.group(2)))
               for m in FULL_NAME.finditer(prose, start, end))


# A time qualifier before an office: "former", "ex-", "the late", "outgoing", "then-" (hyphenated only:
# "and then President Trump called" is an adverb).
FORMER = r"(?P<former>\b(?:(?i:former|ex|late|outgoing)(?:\s+|\s*-\s*)|(?i:then)\s*-\s*))"


def office_key(text: str) -> str:
    key = " ".join(text.lower().replace("-", " ").split())
    key = PORTFOLIO_AFTER.sub(r"\1 minister", key)  # "Minister of Transport" is the transport minister
    return SYNONYMS.get(key, key)


@dataclass
class Title:
    """An office attached to a mention of a person."""
    start: int
    end: int
    office: str
    country: str | None
    former: tuple[int, int] | None  # the span of its time qualifier ("former", "ex-", "late", "then-"...)
    office_span: tuple[int, int]
    qualified_start: int  # where the office and its country qualifier begin
    person: Person
    mention: Mention | None


    def qualifier(self, prose: str) -> str | None:
        """The time qualifier as a word: "former", "ex", "late", "outgoing", "then"."""
        return prose[slice(*self.former)].strip(" -\t\n").lower() if self.former else None


@dataclass
class TitlePatterns:
    """The title patterns of one fact sheet: its countries and offices (compiled once per sheet)."""
    before_name: re.Pattern
    after_name: re.Pattern
    anaphoric: re.Pattern

    @classmethod
    def compile(cls, analysis: Analysis, offices: tuple[str, ...]) -> TitlePatterns:
        countries = analysis.lexicon.countries
        sheet = analysis.sheet
        country = "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True)) or r"(?!)"
        known_offices = {r.office for p in sheet.people for r in p.roles} | set(offices)
        office = "|".join(r"[\s-]+".join(re.escape(w) for w in o.split())
                          for o in sorted(known_offices, key=len, reverse=True))
        qualified = rf"(?:(?P<country>{country})(?:['’]s)?\s+)?(?P<deputy>(?i:deputy|vice)[\s-]+)?(?P<office>(?i:{office}))" \
                    rf"(?:\s+of\s+(?:the\s+)?(?P<country2>{country}))?(?![^\W\d_])"
        return cls(re.compile(rf"{FORMER}?(?<![^\W\d_]){qualified}[\s,]+$"),
                   # not "Addressing Valcescu, Judge Ilse Marn said": a title before another name is that name's
                   re.compile(rf",\s+(?:(?i:the|a|an|now\s+the)\s+)?{FORMER}?{qualified}(?!['’]s\b)(?![ \t]+[A-Z][a-z])"),
                   re.compile(rf"(?i:\bthe)\s+{FORMER}{qualified}"))


class Titles:
    """Titles found in a document, shared by the T rules (computed once per analysis and offices)."""

    def __init__(self, analysis: Analysis, offices: tuple[str, ...]) -> None:
        self.analysis = analysis
        patterns = analysis.lexicon.derived(TITLE_PATTERNS, lambda: TitlePatterns.compile(analysis, offices), offices)
        self.before_name, self.after_name, self.anaphoric = \
            patterns.before_name, patterns.after_name, patterns.anaphoric
        self.titles = list(self._find(analysis))

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
            if match and "," in prose[match.end("office"):mention.start] and not match.group("country") and \
                    not NOUN_PHRASE_OPENING.search(prose, max(0, match.start() - 12), match.start()):
                match = None  # "if she became prime minister, Varga laughed": the end of another clause
            if match and office_key(match.group("office")) in GENERIC_HEADS and not match.group("country") and \
                    not match.group("former") and MODIFIER_BEFORE.search(prose, start, match.start()):
                match = None  # the leader or president of a party or another body ("ITS president"), not the country's
            if match:
                claimed.add(match.start("office"))
                former = None if match.group("former") else FORMER_BEFORE_BODY.search(prose, start, match.start())
                yield self._title(match, person, mention, match.start(), mention.end,
                                  former.span(1) if former else None)
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
                if antecedent is not None and person is not None and not _unknown_name_between(prose, antecedent.end, match.start()) and \
                        not _apposition_to_another(prose, match.start(), antecedent):
                    yield self._title(match, person, None, match.start(), match.end())

    def _title(self, match: regex.Match, person: Person, mention: Mention | None, start: int, end: int,
               former: tuple[int, int] | None = None) -> Title:
        countries = self.analysis.lexicon.countries
        country_text = match.group("country") or match.group("country2")
        former = match.span("former") if match.group("former") else former
        office_start = match.start("deputy") if match.group("deputy") else match.start("office")
        qualified_start = match.start("country") if match.group("country") else office_start
        office = office_key(f"{match.group('deputy') or ''}{match.group('office')}")  # a deputy's is another office
        return Title(start, end, office, countries.get(country_text or ""),
                     former, (office_start, match.end("office")), qualified_start, person, mention)

    def roles_matching(self, title: Title) -> list[Role]:
        """The person's roles the title names: the office, or its head without the place or the organisation
        it is of ("Governor" of "Governor of Dravnik", "chief executive" of "Dunmore chief executive" and of
        "Chief Executive of Dunmore Industries"; "President" is no short form of "President of the
        Constitutional Court", which the sheet does not list)."""
        return [r for r in title.person.roles if (title.office == "leader" or office_key(r.office) == title.office
                                                  or self._held_at(office_key(r.office), title.office))
                and _in_country(r, title)]

    def _held_at(self, office: str, head: str) -> bool:
        """The office is the head's at a place, or (for a head that is no office of state: "President" alone
        is a head of state's) at an organisation of the sheet."""
        if office.startswith(f"{head} of "):
            where = office[len(head) + 4:]
        elif office.endswith(f" {head}"):
            where = office[:-len(head) - 1]
        else:
            return False
        where = where.removeprefix("the ")
        sheet = self.analysis.sheet
        return any(where in (name.lower() for name in (p.name, *p.aliases)) for p in sheet.places) or \
            head not in STATE_OFFICES and any(where in (name.lower() for name in (o.name, *o.aliases)) or
                                              where == o.name.lower().split()[0] for o in sheet.organisations)

    def holds(self, role: Role, title: Title) -> bool:
        """The role is the title's office, in its country where both say one, held on the run's date."""
        return office_key(role.office) == title.office and role.holds_on(draft_date(self.analysis)) and \
            _in_country(role, title)

    def current_roles(self, person: Person) -> list[Role]:
        return [r for r in person.roles if r.holds_on(draft_date(self.analysis))]

    def describe(self, role: Role, *, since: bool = True) -> str:
        where = f" of {country_name(self.analysis.sheet.place_name(role.country))}" if role.country else ""
        start = f" (since {long_date(role.start.first_day)})" if role.start and since else ""
        return f"{role.office}{where}{start}"


def _in_country(role: Role, title: Title) -> bool:
    """The role is in the title's country, where both say one."""
    return title.country is None or role.country is None or role.country == title.country


def country_name(name: str) -> str:
    """'United States' reads 'the United States' after 'of'."""
    plural_or_union = name.split()[0] in ("United", "Czech", "Central") or name.endswith(("s", "Republic"))
    return f"the {name}" if plural_or_union and " " in name else name


def titles(analysis: Analysis, offices: tuple[str, ...]) -> Titles:
    return analysis.derived(TITLES, lambda: Titles(analysis, offices), offices)
