"""`copydesk facts build`: a candidate fact sheet from source articles, for an editor to review.

It reads the sources with the same document model and analyses as the checker and
collects, with the sources that state each one: people and the titles the sources
give them, name and place spellings (grouped across transliterations), counted
quantities, direct quotations with their speakers, and dated events. Where sources
disagree it keeps the majority form and says so, in the TOML and in a report.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex
from rapidfuzz.distance import OSA

from . import engine, syntax
from . import text as lang
from .analysis import (PER_SIDE_AFTER, PER_SIDE_BEFORE, TOTAL_AFTER, TOTAL_BEFORE, Analysis, Mention, Quote,
                               Sentence, analyse, occasions)
from .analysis.frames import (Frame, NamedSlot, coordinated_subject, frame_at, lemma, name_words, named_slots,
                              relation)
from .analysis.reading import parser_text
from .dates import WEEKDAYS, find_dates, resolve
from .document import Document
from .facts import Date, FactSheet, load, long_date, source_id
from .model import Organisation, Person, Place
from .config import Config
from .formatters import one_line
from .phrases import ENDINGS
from .wordlist import frequency
from .quoting import similarity, words
from .registry import load_rules
from .vocabulary import alternation, names_someone, section
from .vocabulary import words as vocabulary
from .session import Options, Session

if TYPE_CHECKING:
    from spacy.tokens import Token

# Titles a source puts before a name, beyond politics: a candidate sheet is for any story.
TITLES = (*lang.OFFICES, "Pope", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Rabbi", "Imam", "Judge",
          "Justice", "General", "Admiral", "Minister", "Ambassador", "Chief Executive", "Chairman", "Chairwoman",
          "Prefect", "Prior General", "Protodeacon", "Cardinal Protodeacon", "Spokesman", "Spokeswoman",
          "Prosecutor", "Commander", "Chief of Staff", "Ombudsman", "Envoy", "Chancellor")
OFFICE = "|".join(sorted(TITLES, key=len, reverse=True)).replace(" ", r"\s+")
NAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# figures with a unit, and the noun they measure: "a 30-DAY ceasefire", "two HOURS of talks", "20% OF the territory"
MEASURED_UNITS = {"day", "hour", "week", "month", "year", "percent", "minute"}
AGE_AFTER = regex.compile(r"[\s-]+(?:old|of\s+age)\b")  # "69 years old", "a six-year-old girl"
AGE_BEFORE = regex.compile(r"\b(?:aged|age(?:\s+of)?)\s+$")
# words after a figure that say nothing of what it measures: "70 minutes AFTER the smoke", "12 years AND..."
FUNCTION_WORDS = frozenset({"after", "before", "and", "but", "or", "ago", "later", "earlier", "since", "until",
                            "the", "for", "with", "from", "into", "that", "when", "while", "then", "than"})
DESCRIBED = regex.compile(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}'’]*\s+)?)?"
                          r"(?P<noun>\p{Ll}{3,}(?:-\p{Ll}+)*)\b")
# verbs too general to tell one day's event from another's
EVENT_VERBS_SKIPPED = frozenset({"be", "have", "do", "say", "tell", "come", "go", "get", "make", "take", "give"})
LIGHT_VERBS = frozenset({"have", "do", "get", "make", "take", "give"})  # their object tells the event
YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
QUALIFIER = r"(?:U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+(?:ian|an|ish|ese|i|ic))"
# a minister's or secretary's portfolio is part of the office ("Transport Minister"); these words are not one
NO_PORTFOLIO = ("then", "that", "acting", "interim", "caretaker", "junior", "senior", "cabinet", "government",
                "former")
PORTFOLIO = rf"(?:(?!(?i:{'|'.join(NO_PORTFOLIO)})\b)\p{{L}}{{4,}}\s+(?i:minister|secretary)\b)"
RANK = r"(?:(?:First|Second)\s+)?(?:Deputy|Vice|Assistant|Associate)\s+"  # "FIRST DEPUTY Governor": of the office
TITLED = regex.compile(
    rf"(?P<former>\b(?i:former|ex)(?:\s+|-))?(?P<qualifier>{QUALIFIER}\s+)?\b"
    rf"(?P<office>(?:{RANK})?(?:{PORTFOLIO}|(?i:{OFFICE})))"
    rf"(?:\s+of\s+the\s+(?P<country>{NAME}(?:\s+{NAME})?),)?\s+(?P<name>{NAME}(?:[ \t]+{NAME}){{0,2}})\b")
# (a name never runs past the end of its line: "…says President Volodymyr Zelensky\n\nUkraine's…")
LOCATIVE = regex.compile(rf"\b(?:in|from|to|at|near|into)\s+(?P<place>{NAME})\b(?!\s+{NAME})")
NAME_TAKEN = regex.compile(r"\b(?:took|takes|taking|chose|chooses|choosing|adopted|adopts)\s+the\s+(?:papal\s+|"
                           r"regnal\s+)?name\s+(?:of\s+)?(?:Pope\s+|King\s+|Queen\s+)?"
                           r"(?P<name>\p{Lu}\p{Ll}+(?:\s+[IVXLC]+\b)?)")
SPEECH_WORD = regex.compile(r"\b(?:" + alternation("predicate", "speech_forms") + r")\b")
TITLE_NAMES = frozenset(word for title in TITLES for word in title.split())  # "Pope", "Cardinal": no first name
QUOTATION_MARK = regex.compile(r"[\"“”«»]")
PRONOUN_SUBJECT = regex.compile(r"\b(?:He|She|he|she)\b")
COMPARATIVES = frozenset({"more", "less", "fewer", "over", "under", "least", "most", "than"})
NAME_LINKS = frozenset({"of", "for", "the", "and", "saint", "st"})  # words an organisation's name can drop
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# how many paragraphs back a pronoun's person is sought in a source read whole (the checker looks two back)
SOURCE_REACH = 5
NAME_THEN_ROLE = regex.compile(r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s+(?:the|a|an|\p{Ll}+\s+of)\s+\p{Ll}"
                                r"|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s+(?:his|her|its|their|the\s+\p{Ll}+['’]s)\s")
ROLE_THEN_NAME = regex.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+['’]s\s+)?\p{Ll}[\p{Ll} ]*,"
                               r"\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,")  # "his lawyer, Benedikt Aaro,"
COMMON_WORD = 5000  # a word the English list counts this often is no name ("launch" 40,546; "Kharkiv" 50)
ENGLISH_WORD = 500  # a word of a title before a name is an English word ("commodore" 626; "Matej" 0)
POSSESSOR = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+)['’]s?\s+")
DEMONYM = regex.compile(r"(?:ian|ish|ese)$")  # "in Italian", "in Spanish": a language or people, not a place


def _language(name: str) -> bool:
    """A language or a people ("in Latin", "in Italian"), which a locative names without naming a place."""
    return bool(DEMONYM.search(name)) or name in vocabulary("language", "names")
REGION = regex.compile(rf"\b(?P<place>{NAME})(?:['’]s)?\s+(?i:region|oblast|province)\b")
CAPITALISED = regex.compile(rf"(?<![\p{{L}}'’-]){NAME}(?![\p{{L}}-])")
# the noun a figure counts, after at most two modifiers ("390 Ukrainian prisoners"), never past a word that
# starts another phrase ("rose to 27 AS waters recede")
COUNTED = regex.compile(r"[\s-]+(?:(?!(?:as|and|or|but|of|in|on|at|to|for|by|with|from|than|the|a|an|when|"
                        r"while|after|before|since)\b)[\p{L}-]+\s+){0,2}?(?P<noun>\p{Ll}{3,}s|personnel|people|POWs|"
                        r"\p{Lu}\p{Ll}{2,}(?:ans|ics|ists|ians))\b")  # "1.4 billion Catholics", "390 Ukrainians"


PART_OF_COUNTED = regex.compile(r"\s+of\s+(?:the|its|their|all)\s+[\d,.]+\s+(?P<noun>\p{Ll}{3,}s)\b")  # "96 of the 300 seats"
NOT_COUNTS = {"countries", "sides", "nations", "delegations", "leaders", "times", "ways", "parties", "phases", "stages",
              "rounds", "others"}


# the prepositions that put a name in a verb's slot: "born in", "mediated by", "moved to"
CLAIM_MARKERS = frozenset({"in", "by", "from", "at", "to", "as", "near", "for"})
TITLE_WORDS = frozenset(title.lower() for title in TITLES if " " not in title)
ORDINAL_WORD = regex.compile(r"(?i)\b(?:" + "|".join(lang.ORDINALS) + r"|\d+(?:st|nd|rd|th))\b")
NOT_RANKED = frozenset({*lang.UNITS, "time", "century", "decade", "half", "quarter"} - {"km", "mile"})
NO_MAJORITY = " (no majority: choose the house form, or give --style)"  # the sources' two leading forms tie
CALENDAR_WORDS = {*WEEKDAYS, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"}


def skeleton(word: str) -> str:
    """Consonants only, doubled letters collapsed: Kiev ~ Kyiv, Zelenski ~ Zelensky, Odessa ~ Odesa."""
    consonants = regex.sub(r"[aeiouyw'’-]", "", word.lower())
    return regex.sub(r"(.)\1+", r"\1", consonants)


@dataclass
class Votes:
    """Which sources state each form of one thing."""
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    count: Counter = field(default_factory=Counter)
    preferred: str | None = None  # the house form a newsroom's style file gives, whatever the majority

    def add(self, form: str, source: str) -> None:
        self.forms[form].add(source)
        self.count[form] += 1

    def ranked(self) -> list[str]:
        return sorted(self.forms, key=lambda f: (f != self.preferred, -len(self.forms[f]), -self.count[f], f))

    def tied(self) -> bool:
        """No form has more sources than every other: the sources do not choose a house form."""
        counts = sorted((len(s) for s in self.forms.values()), reverse=True)
        return self.preferred is None and len(counts) > 1 and counts[0] == counts[1]

    @property
    def sources(self) -> set[str]:
        return set().union(*self.forms.values()) if self.forms else set()


@dataclass
class Candidate:
    sources: dict[str, Path]
    people: dict[str, dict] = field(default_factory=dict)
    spellings: list[Votes] = field(default_factory=list)
    places: dict[str, Votes] = field(default_factory=dict)
    organisations: dict[str, Votes] = field(default_factory=dict)
    organisation_short: dict[str, Votes] = field(default_factory=dict)  # a name -> its one-word forms: "Castellan"
    countries: dict[str, Votes] = field(default_factory=dict)  # names of the vocabulary's countries
    demonyms: dict[str, Votes] = field(default_factory=dict)  # a place's name -> the adjectives the sources make of it
    quantities: dict[tuple, Votes] = field(default_factory=dict)
    measured: dict[tuple, Votes] = field(default_factory=dict)  # (value, unit) -> the nouns it measures
    approximate: set[tuple] = field(default_factory=set)  # keys of quantities and measured a source hedges
    quantity_verbs: dict[tuple, Votes] = field(default_factory=dict)  # a quantity's key -> the verbs it was told with
    # figures that change: (noun, verb, scope) -> each day's value, oldest first
    changing: dict[tuple, list[tuple[dt.date, float, Votes]]] = field(default_factory=dict)
    quotes: list[dict] = field(default_factory=list)
    events: dict[dt.date, Votes] = field(default_factory=dict)
    vague_events: dict[Date, Votes] = field(default_factory=dict)  # told at a year's or a month's precision
    ages: dict[str, Votes] = field(default_factory=dict)  # a person's key -> the ages the sources give
    # (slot word, preposition, subject) -> the names the sources put there: "born in" Prevost -> Chicago
    claims: dict[tuple[str, str, str], Votes] = field(default_factory=dict)
    claim_words: dict[tuple[str, str, str], tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)
    # (verb, noun, "rank" or "first", person) -> the ordinals ("267th") or the kinds ("American") sources give
    ranks: dict[tuple[str, str, str, str], Votes] = field(default_factory=dict)
    rank_names: dict[tuple[str, str, str, str], tuple[str, ...]] = field(default_factory=dict)
    names_taken: dict[str, Votes] = field(default_factory=dict)  # a person's key -> the names they took
    # (verb, object) -> who the sources say did it, and how the act is written ("declared national mourning")
    doers: dict[tuple[str, str], Votes] = field(default_factory=dict)
    acts: dict[tuple[str, str], Counter] = field(default_factory=dict)
    act_words: dict[tuple[str, str], tuple[set[str], set[str]]] = field(default_factory=dict)  # verb's, object's
    place_kinds: dict[str, Votes] = field(default_factory=dict)  # a place's name -> the nouns the parse gives it
    place_within: dict[str, Votes] = field(default_factory=dict)  # a place's name -> the places it lies in
    event_verbs: dict[dt.date | Date, Votes] = field(default_factory=dict)  # the verbs its dates belong to
    event_objects: dict[dt.date | Date, Votes] = field(default_factory=dict)  # and those verbs' objects
    report: list[str] = field(default_factory=list)


class UndatedStory(Exception):
    """No source gives its date with a year, and no --as-of was given."""


def build(paths: list[Path], as_of: dt.date | None,
          progress: Callable[[Iterable[tuple[str, Path]], int], Iterable[tuple[str, Path]]] = lambda items, _: items,
          style: FactSheet | None = None) -> tuple[str, list[str]]:
    """The candidate fact sheet (TOML) and the report of agreements and disagreements. ``progress`` wraps
    the reading of the sources (the command line shows a progress bar on a terminal). The story's date is
    ``as_of``, else the newest date the sources give themselves; never the machine's clock. ``style``, a
    newsroom's sheet of names, decides house spellings over the sources' majority."""
    taken: set[str] = set()
    sources = {source_id(p, taken): p for p in paths}
    session = Session(Options(roots=tuple(str(p.parent) for p in paths)))  # sources are read as drafts are
    docs = {sid: session.read(str(p)) for sid, p in progress(sources.items(), len(sources))}
    plain = load()  # a sheet to read the sources' own words with: one, so each source is analysed once
    days = source_days(docs, plain)
    as_of = as_of or max(days.values(), default=None)
    if as_of is None:
        raise UndatedStory("no source gives its date with a year (front matter `date:`, or a dateline such as "
                           "\u201cKYIV, May 24, 2025\u201d); give the story's date with --as-of DATE")
    days.update(_yearless_datelines(docs, plain, as_of, dated=set(days)))
    candidate = Candidate(sources)
    _people(candidate, docs)
    _speakers(candidate, docs, plain)
    _people_described(candidate, docs, plain)
    _titles_in_apposition(candidate, docs, plain)
    _names_taken(candidate, docs, plain)
    _ages(candidate, docs)
    _deaths(candidate, docs, as_of)
    _spellings(candidate, docs, style)
    _places_by_demonym(candidate, docs)
    _landmarks(candidate, docs)
    _organisations(candidate, docs, plain, style)
    _offices_held_at(candidate, docs)
    _places_by_parse(candidate, docs, plain)
    provisional = load(text=_render(candidate, as_of, with_findings=False), path="<candidate>")
    _quotes(candidate, docs, provisional)
    later = sorted(sid for sid, day in days.items() if day > as_of)
    if later:  # a sheet as of a day knows nothing told after it
        candidate.report.append(f"dated after {long_date(as_of)}, so read for names and quotes but not for "
                                f"figures: {', '.join(later)}")
    _quantities(candidate, {sid: doc for sid, doc in docs.items() if sid not in later}, provisional,
                {sid: days.get(sid, as_of) for sid in docs})
    _events(candidate, docs, provisional, as_of)
    _claims(candidate, docs, provisional)
    _doers(candidate, docs, provisional)
    _ranks(candidate, docs, provisional)
    toml_text = _render(candidate, as_of, with_findings=True)
    unresolved = self_check(toml_text, docs)
    if unresolved:
        header = [f"# TO RESOLVE: checked against its own sources, this sheet reports {len(unresolved)} finding"
                  f"{'s' if len(unresolved) != 1 else ''}. Each is a fact proposed wrongly (correct it) or a source"
                  " that is wrong (keep the fact; the source's error is real):"]
        toml_text = "\n".join([*header, *(f"#   {line}" for line in unresolved), toml_text])
        candidate.report += [f"to resolve: {line}" for line in unresolved]
    return toml_text, candidate.report


def self_check(toml_text: str, docs: dict[str, Document]) -> list[str]:
    """What the candidate sheet reports on the sources it was built from, one line each ("path:line:column:
    code message"): a sheet that flags its own sources holds a wrong fact, or a source holds a wrong one."""
    sheet = load(text=toml_text, path="<candidate>")
    rules = engine.select_rules(load_rules(plugins=False), Config(), None, None)
    found = []
    for doc in docs.values():
        for finding in engine.check_document(doc, sheet, rules):
            found.append(f"{Path(finding.path).name}:{finding.line}:{finding.column}: {finding.code} "
                         f"{one_line(finding.message)}")
    return found


def source_days(docs: dict[str, Document], plain: FactSheet) -> dict[str, dt.date]:
    """The date each source gives itself with its year: front matter `date:`, a dateline that names the
    year ("KYIV, May 24, 2025"), or a byline with a full date ("Lidovian Press Agency — TARSK, April 10,
    2033"). A dateline without a year says nothing of the year."""
    found = {}
    for sid, doc in docs.items():
        analysis = analyse(doc, plain, plain.as_of)
        front = occasions.front_matter_date(analysis)
        line = occasions.dateline(analysis)
        in_byline = occasions.byline_date(analysis)
        if front is not None:
            found[sid] = front
        elif line is not None and line.date is not None and YEAR.search(doc.prose, line.start, line.end):
            found[sid] = line.date.first_day
        elif in_byline is not None:
            found[sid] = in_byline
    return found


def _yearless_datelines(docs: dict[str, Document], plain: FactSheet, as_of: dt.date,
                        dated: set[str]) -> dict[str, dt.date]:
    """The day of a source whose dateline gives no year ("ORLEN, March 12 (Agency) -"): the last such day on or
    before the story's date, as a reader of the day's copy takes it."""
    found = {}
    for sid, doc in docs.items():
        line = None if sid in dated else occasions.dateline(analyse(doc, plain, plain.as_of))  # (read by source_days)
        if line is None or line.date is None or line.date.month is None or line.date.day is None:
            continue
        for year in (as_of.year, as_of.year - 1):
            try:
                day = dt.date(year, line.date.month, line.date.day)
            except ValueError:  # 29 February in a common year
                continue
            if day <= as_of:
                found[sid] = day
                break
    return found


def _people(candidate: Candidate, docs: dict[str, Document]) -> None:
    titles: dict[str, Votes] = defaultdict(Votes)  # "former President" and "President" are the two forms
    wordings: dict[tuple[str, str], Counter] = defaultdict(Counter)  # how each form is written most often
    names: dict[str, Votes] = defaultdict(Votes)
    for sid, doc in docs.items():
        for match in TITLED.finditer(doc.prose):
            name = match.group("name")
            surname = name.split()[-1]
            names[skeleton(surname)].add(name, sid)  # "Pope Francis": one name is a name too
            former = "former " if match.group("former") else ""
            country = f" of the {match.group('country')}" if match.group("country") else ""
            qualifier = (match.group("qualifier") or "").strip()
            office = regex.sub(r"\s+", " ", match.group("office")).title()
            written = f"{former}{qualifier + ' ' if qualifier else ''}{office}{country}".strip()
            titles[skeleton(surname)].add(f"{former}{office}", sid)
            wordings[(skeleton(surname), f"{former}{office}")][written] += 1
    for key, votes in names.items():
        full = max(votes.ranked(), key=lambda form: (len(form.split()) > 1, len(votes.forms[form])))
        if len(full.split()) == 1 and len(votes.sources) < 2:
            continue  # a single word after a title in one source may be anything
        usual = {form: wordings[(key, form)].most_common(1)[0][0] for form in titles.get(key, Votes()).forms}
        candidate.people[key] = {"name": full, "titles": titles.get(key, Votes()), "name_votes": votes,
                                 "written": usual}


def _speakers(candidate: Candidate, docs: dict[str, Document], plain: FactSheet) -> None:
    """People named without a title, by what the parse says they do: the subject of a verb of saying, with a
    name of two or three capitalised words ("Anna Berg said", "Tomas Lind told reporters"), never an
    organisation's ("Civil Protection Department said") nor a place's."""
    heads = vocabulary("organisation", "heads")
    not_roles = heads | vocabulary("place", "nouns") | vocabulary("organisation", "kinds")
    found: dict[str, Votes] = defaultdict(Votes)
    roles: dict[str, Votes] = defaultdict(Votes)  # the role nouns the parse hangs on the name: "coach", "spokesman"
    for sid, analysis, sentence, text in _told_sentences(docs, plain):
        if _headline(text) or not (SPEECH_WORD.search(text) or NAME_THEN_ROLE.search(text)
                                   or ROLE_THEN_NAME.search(text)):
            continue
        try:
            parsed = syntax.parse(text)
        except syntax.ParserUnavailable:
            return
        # the subject of a verb of saying ("Anna Berg said"), a name a role noun is set beside ("Tomas Redlich,
        # the mayor of Tarsk,", "Rut Ellingsen, chair of the association,"), or a role noun a name is set beside
        # ("His lawyer, Benedikt Aaro,"): a person
        said = [subject for verb in parsed if lemma(verb) in vocabulary("predicate", "speech")
                for subject in [next((c for c in verb.children if relation(c) == "nsubj" and c.pos_ == "PROPN"),
                                     None)] if subject is not None] + \
            [t for t in parsed if t.pos_ == "PROPN" and not _quoted(analysis, sentence.start + t.idx) and any(
                relation(c) == "appos" and c.i > t.i and _role_noun(c, not_roles) for c in t.children)] + \
            [c for t in parsed if _role_noun(t, not_roles) for c in t.children
             if relation(c) == "appos" and c.pos_ == "PROPN" and c.i > t.i]
        for subject in said:
            words = sorted((t for t in name_words(subject) if t.pos_ == "PROPN"), key=lambda t: t.i)
            name = " ".join(t.text for t in words)
            if 2 <= len(words) <= 3 and words[-1].i - words[0].i + 1 == len(words) and \
                    regex.fullmatch(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}", name) \
                    and not set(name.split()) & (heads | TITLE_NAMES) and name not in candidate.places \
                    and not any(name in place or place in name for place in candidate.places):
                found[skeleton(name.split()[-1])].add(_without_title(name), sid)
                role = next((c for c in subject.children if c.dep_ in ("nmod:desc", "compound")
                             and c.pos_ == "NOUN" and c.i < words[0].i and lemma(c) not in not_roles), None) or \
                    next((c for c in subject.children if relation(c) == "appos" and c.i > subject.i
                          and _role_noun(c, not_roles)), None) or \
                    (subject.head if relation(subject) == "appos" and subject.head.i < subject.i
                     and _role_noun(subject.head, not_roles) else None)
                if role is not None:  # "Harbour City COACH Ingrid Solheim said": a role, not a name's word
                    roles[skeleton(name.split()[-1])].add(lemma(role).title(), sid)
    prose = "\n".join(doc.prose for doc in docs.values())
    for key, votes in found.items():
        name = votes.ranked()[0]
        *given, surname = name.split()
        # news style names a person again by the surname alone ("Berg added"), an organisation never by its
        # last word ("International"), nor by a role noun ("coach Ingrid Solheim"): either makes it a person
        again = regex.search(rf"(?<!{regex.escape(given[-1])}\s)\b{regex.escape(surname)}\b(?!\s+\p{{Lu}})", prose)
        if key not in candidate.people and (again or key in roles):
            titles = roles.get(key, Votes())
            candidate.people[key] = {"name": name, "titles": titles, "name_votes": votes,
                                     "written": {form: form for form in titles.forms}}


def _role_noun(token: Token, not_roles: frozenset[str] | set[str]) -> bool:
    """A common noun written in lower case that says what someone is: with an article or an owner ("the
    mayor", "his lawyer", "the fund's chief officer") or what it is of ("chair of the association")."""
    return token.pos_ == "NOUN" and token.text.islower() and lemma(token) not in not_roles and any(
        relation(d) == "det" or d.dep_ == "nmod:poss" or (relation(d) == "nmod" and any(
            g.lower_ == "of" for g in d.children if relation(g) == "case")) for d in token.children)


# a person's name: two or three capitalised words, the first no common English word ("The", "New", "Chief")
PERSON_NAME = r"(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})"
ROLE_WORDS = r"\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}"
OWNER = r"(?:the|its|his|her|their|\p{Lu}\p{Ll}+['’]s)"
NOT_AFTER_A_NAME = r"(?<!\p{Lu}[\p{L}.'’-]*\s)"  # the name's first word, not a later word of a longer name
SUFFIX = r"(?:\s+(?:KC|QC|MP|Jr|Sr))?"
# what news style sets beside a name only when it names a person: an age, "who", a role in apposition
DESCRIBED_AFTER = regex.compile(
    rf"{NOT_AFTER_A_NAME}{PERSON_NAME}{SUFFIX},\s+(?:(?P<age>\d{{1,3}}),|(?P<who>who)\b|"
    rf"(?P<someone>an?)\s+{ROLE_WORDS}(?:[,.;]|\s+(?:of|who|from|at|in|with|for)\b)|"
    rf"(?P<article>{OWNER})\s+(?P<role>{ROLE_WORDS}(?:\s+of\s+(?:the\s+)?(?:\p{{Lu}}[\p{{L}}-]*\s*)+)?)[,.;]|"
    rf"(?P<bare>\p{{Ll}}[\p{{Ll}}-]*(?:\s+\p{{Ll}}[\p{{Ll}}-]*){{0,2}}\s+of\s+(?:the\s+)?\p{{Lu}}[\p{{L}}-]*"
    rf"(?:\s+(?:of\s+|and\s+|for\s+)?\p{{Lu}}[\p{{L}}-]*)*)[,.;])")
# the last word of an office ("mines MINISTER", "HEAD of the Coast Guard"), not of a job ("a teacher")
OFFICE_NOUNS = frozenset({title.split()[-1].lower() for title in TITLES} |
                         {"head", "leader", "chief", "director", "chair", "secretary", "officer", "governor"})
# "Petar Soric, who was mines minister until 2024,": an office in the relative clause on the name
HELD_OFFICE = regex.compile(
    rf"{NOT_AFTER_A_NAME}{PERSON_NAME}{SUFFIX},\s+who\s+(?:is|was|has\s+been|had\s+been|became|served\s+as)\s+"
    rf"(?:the\s+)?(?P<role>{ROLE_WORDS}(?:\s+of\s+(?:the\s+)?\p{{Lu}}[\p{{L}}-]*(?:\s+(?:of\s+|and\s+|for\s+)?"
    rf"\p{{Lu}}[\p{{L}}-]*)*)?)(?=[,.;]|\s+(?:from|until|since|between|in|at|for|before|when)\b)")
DESCRIBED_BEFORE = regex.compile(
    rf"\b(?P<article>{OWNER})\s+(?P<role>{ROLE_WORDS}),\s+{PERSON_NAME}{SUFFIX},")
# "Chief Fire Officer Matej Sorn", "Detective Superintendent Fiona Hale": English words before a rare name
TITLE_WORDS_BEFORE = regex.compile(rf"{NOT_AFTER_A_NAME}(?<![\p{{L}}\d])(?P<role>(?:\p{{Lu}}\p{{Ll}}+\s+){{1,3}}){PERSON_NAME}\b")


def _people_described(candidate: Candidate, docs: dict[str, Document], plain: FactSheet) -> None:
    """People named with what only a person is given: an age ("Radek Vosmik, 47,"), "who", a role in
    apposition after or before the name ("Marta Ilves, chair of the Transport Accident Investigation Board,";
    "Vosmik's lawyer, Pavel Drosek,"), or a title of English words before a rare name ("Chief Fire Officer
    Matej Sorn"). A role with "the", a possessive or "of" is an office; "a friend of the victim" is not."""
    heads = vocabulary("organisation", "heads") | vocabulary("place", "nouns") | TITLE_NAMES
    countries = vocabulary("place", "countries")
    found: dict[str, Votes] = defaultdict(Votes)
    offices: dict[str, Votes] = defaultdict(Votes)

    from spacy.lang.en.stop_words import STOP_WORDS

    def person_name(name: str) -> bool:
        words = name.split()
        return not (set(words) & (heads | CALENDAR_WORDS)) and name not in countries and \
            not any(w in countries for w in words) and frequency(words[0].lower()) < COMMON_WORD and \
            not lang.is_common_word(words[-1]) and not _language(words[-1])

    def add(name: str, sid: str, office: str | None) -> None:
        name = _without_title(name)
        found[name].add(name, sid)
        if office:
            offices[name].add(office, sid)

    for sid, doc in docs.items():
        analysis = analyse(doc, plain, plain.as_of)
        prose = doc.prose
        for sentence in analysis.sentences:
            text = prose[sentence.start:sentence.end]
            if _headline(text):
                continue
            for match in DESCRIBED_AFTER.finditer(text):
                name = match.group("name")
                if analysis.quoted(sentence.start + match.start()) or not person_name(name):
                    continue
                role = match.group("bare") or match.group("role")
                add(name, sid, _office_words(role) if role else None)
            for match in HELD_OFFICE.finditer(text):
                name, role = match.group("name"), match.group("role")
                if not analysis.quoted(sentence.start + match.start()) and person_name(name) and \
                        role.split(" of ")[0].split()[-1] in OFFICE_NOUNS:
                    add(name, sid, _office_words(role))
            for match in DESCRIBED_BEFORE.finditer(text):
                name = match.group("name")
                if not analysis.quoted(sentence.start + match.start()) and person_name(name):
                    add(name, sid, _office_words(match.group("role")))
            for match in TITLE_WORDS_BEFORE.finditer(text):
                name, role = match.group("name"), match.group("role").split()
                if analysis.quoted(sentence.start + match.start()) or not person_name(name) or \
                        frequency(name.split()[0].lower()) >= ENGLISH_WORD or \
                        not all(frequency(w.lower()) >= ENGLISH_WORD and w.lower() not in STOP_WORDS for w in role) or \
                        set(role) & (CALENDAR_WORDS | vocabulary("organisation", "heads")):
                    continue  # "Social Democrat Marovic", "By Lene Marsk": no title before a name
                add(name, sid, " ".join(role))
    for name, votes in sorted(found.items(), key=lambda item: -len(item[1].sources)):
        first, surname = name.split()[0], name.split()[-1]
        key = skeleton(surname)
        known = candidate.people.get(key)
        if known is not None and len(known["name"].split()) > 1 and known["name"].split()[0] != first:
            key = skeleton(name)  # "Gwen Renwick", the mother of Tobias Renwick: another person of that surname
            known = candidate.people.get(key)
        if known is not None:
            person = known
        elif any(name in place or place in name for place in candidate.places):
            continue
        else:
            person = candidate.people[key] = {"name": name, "titles": Votes(), "name_votes": votes, "written": {}}
        for office, sources in offices.get(name, Votes()).forms.items():
            if not any(office.lower() == known.lower() for known in person["titles"].forms):
                for source in sources:
                    person["titles"].add(office, source)
                person["written"].setdefault(office, office)


HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sir", "Dame", "Rev", "Fr"})


def _without_title(name: str) -> str:
    """ "Colonel Ilya Banrow" is Ilya Banrow: an honorific ("Dr Anja Petrek"), a common English word, or an
    English word before a rare first name ("Commodore Ines Tallberg") opening a name of three words is a title."""
    words = name.split()
    if len(words) == 3 and (words[0].rstrip(".") in HONORIFICS or frequency(words[0].lower()) >= COMMON_WORD or
                            frequency(words[0].lower()) >= ENGLISH_WORD and frequency(words[1].lower()) < ENGLISH_WORD):
        return " ".join(words[1:])
    return name


def _office_words(role: str) -> str | None:
    """An office as an editor writes it: the role without its owner's article, never a relation to someone
    ("his cousin", "a friend")."""
    words = role.split()
    if not words or words[0] in vocabulary("relation", "kin") or len(words) > 9:
        return None
    return role


def _titles_in_apposition(candidate: Candidate, docs: dict[str, Document], plain: FactSheet) -> None:
    """Titles the parse ties to a person after the name: "Prevost, the prefect of the Dicastery", "Prevost was
    prior general of the order", "Prevost served as a bishop in Chiclayo"."""
    titles = {title.lower(): title for title in TITLES}
    for sid, doc in docs.items():
        last: tuple[dict, int] | None = None  # the person named last, and the paragraph
        for sentence in analyse(doc, plain).sentences:
            text = doc.prose[sentence.start:sentence.end]
            people = sorted((text.find(person["name"].split()[-1]), key) for key, person in candidate.people.items()
                            if person["name"].split()[-1] in text)
            followed = last is not None and sentence.block - last[1] <= 1 and PRONOUN_SUBJECT.search(text) \
                and not QUOTATION_MARK.search(text)  # "he" in a quotation is the speaker's, not the narrator's
            if not people and not followed:
                continue
            parsed = syntax.parse(text)
            named = [(candidate.people[key], [t for t in parsed if t.text == candidate.people[key]["name"].split()[-1]])
                     for _, key in people]
            if followed and last is not None and not people:  # "He was prior general ...": the person before
                named.append((last[0], [t for t in parsed if t.lower_ in ("he", "she") and relation(t) == "nsubj"]))
            for person, tokens in named:
                for token in tokens:
                    for noun in _described_as(token):
                        after = noun.nbor(1).text.lower() if noun.i + 1 < len(parsed) else ""
                        before = noun.nbor(-1).text.lower() if noun.i > 0 else ""
                        title = titles.get(f"{noun.text.lower()} {after}") or \
                            titles.get(f"{before} {noun.text.lower()}") or titles.get(noun.text.lower())
                        if title:
                            person["titles"].add(title, sid)
                            person["written"].setdefault(title, title)
            if people:
                last = (candidate.people[people[0][1]], sentence.block)


def _described_as(name: Token) -> list[Token]:
    """The nouns a sentence says a named person is: in apposition, as a copula's complement, after "as"."""
    while name.dep_ in ("flat", "compound") and name.head != name:
        name = name.head  # "Robert Prevost": the name's head is its first word
    found = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_.startswith("nsubj"):
        head = name.head
        if any(c.dep_ == "cop" for c in head.children):
            found.append(head)  # "Prevost was prior general": the complement heads the clause
        found += [c for c in head.children if c.dep_.startswith("obl") and
                  any(g.dep_ == "case" and g.text.lower() == "as" for g in c.children)]
    return found


def _names_taken(candidate: Candidate, docs: dict[str, Document], plain: FactSheet) -> None:
    """'Prevost ... took the name Leo XIV': a new name (and the office it goes with) is the same person's,
    the person the parse makes the verb's subject ("he": the subject of the sentence before)."""
    for sid, doc in docs.items():
        analysis = analyse(doc, plain, plain.as_of)
        for match in NAME_TAKEN.finditer(doc.prose):
            key = _taker(candidate, analysis, match.start())
            if key is None:
                continue
            person = candidate.people[key]
            taken = " ".join(match.group("name").split())
            candidate.names_taken.setdefault(key, Votes()).add(taken, sid)
            person.setdefault("aliases", set()).add(taken)
            other = skeleton(taken.split()[0])
            if other != key and other in candidate.people and len(candidate.people[other]["name"].split()) == 1:
                merged = candidate.people.pop(other)  # "Pope Leo" was this person under the new name
                person["aliases"].add(merged["name"])
                for form, sources in merged["titles"].forms.items():
                    for source in sources:
                        person["titles"].add(form, source)
                        person["written"].setdefault(form, merged["written"].get(form, form))


def _taker(candidate: Candidate, analysis: Analysis, offset: int) -> str | None:
    """The person who is the subject of the verb at offset, or of the sentence before when the subject is
    a pronoun; without a parse, the person named last before the verb."""
    sentence = analysis.sentence_at(offset)
    if sentence is None:
        return None
    try:
        subject = _subject_words(analysis.sentence_text(sentence), offset - sentence.start)
        if subject and subject[0].lower() in ("he", "she") and sentence.index > 0:
            before = analysis.sentences[sentence.index - 1]
            text = analysis.sentence_text(before)
            root = next((t for t in syntax.parse(text) if t.head == t), None)
            subject = _subject_words(text, root.idx) if root is not None else []
    except syntax.ParserUnavailable:
        before_text = analysis.prose[max(0, offset - 300):offset]
        named = [(before_text.rfind(p["name"].split()[-1]), key) for key, p in candidate.people.items()
                 if p["name"].split()[-1] in before_text]
        return max(named)[1] if named else None
    return next((key for key, p in candidate.people.items() if p["name"].split()[-1] in subject), None)


def _subject_words(text: str, offset: int) -> list[str]:
    """The words of the subject of the verb at offset, climbing coordination ("he is ... and has taken")."""
    subject = coordinated_subject(syntax.token_at(syntax.parse(text), offset))
    if subject is None:
        return []  # the subject's head and the words of its name, not its relative clauses
    return [subject.text] + [t.text for t in subject.children if relation(t) in ("flat", "compound")]


def _deaths(candidate: Candidate, docs: dict[str, Document], as_of: dt.date) -> None:
    """'Pope Francis, who died on April 21': a person's death date, where sources give it beside the name."""
    surnames = {person["name"].split()[-1] for person in candidate.people.values()}
    for person in candidate.people.values():
        surname = person["name"].split()[-1]
        others = surnames - {surname}
        said: Counter = Counter()
        for doc in docs.values():
            for match in regex.finditer(rf"\b{regex.escape(surname)}\b[^.;:!?]{{0,120}}?\b(?:died|death)\b",
                                        doc.prose):
                if any(other in regex.findall(r"\p{L}+", match.group())[1:] for other in others):
                    continue  # "Leo succeeds Pope Francis, who ... until his death": the nearer name died
                after = doc.prose[match.end():match.end() + 30]
                dated = [m for m in find_dates(after, 0, len(after), as_of.year)
                         if m.date is not None and m.date.day is not None]
                if dated and dated[0].date is not None:
                    said[dated[0].date.first_day] += 1
        if said:
            person["died"] = said.most_common(1)[0][0]


def _spellings(candidate: Candidate, docs: dict[str, Document], style: FactSheet | None = None) -> None:
    groups: dict[str, Votes] = defaultdict(Votes)
    places: set[str] = set()
    lowercase = {w for doc in docs.values() for w in regex.findall(r"\b\p{Ll}+\b", doc.prose)}
    for sid, doc in docs.items():
        for match in CAPITALISED.finditer(doc.prose):
            word = match.group()
            if len(word) >= 4 and word.lower() not in lowercase:  # "Could" is a word, not a name
                groups[skeleton(word)].add(word, sid)
        places.update(m.group("place") for m in LOCATIVE.finditer(doc.prose))
        places.update(m.group("place") for m in REGION.finditer(doc.prose))
    for votes in groups.values():
        ranked = votes.ranked()
        house = ranked[0]
        related = [f for f in ranked[1:] if OSA.distance(house.lower(), f.lower()) <= 2
                   and not f.startswith(house) and not house.startswith(f)]
        related = [f for f in related if not lang.is_common_word(f)]  # "Room" is a word, not a way to spell Rome
        if related:
            spelled = Votes()
            for form in [house, *related]:
                spelled.forms[form] = votes.forms[form]
                spelled.count[form] = votes.count[form]
            candidate.spellings.append(spelled)
        if any(f in places for f in ranked) and house not in CALENDAR_WORDS and not _language(house) \
                and not any(house in person["name"].split() for person in candidate.people.values()):
            candidate.places[house] = votes  # a word of a person's name is not a place
    canonical = {alias: name for name, aliases in section("country_aliases").items() for alias in aliases}
    countries = lang.exact_phrase(tuple(sorted(vocabulary("place", "countries") | set(canonical))))
    for sid, doc in docs.items():  # a country's name is a place wherever it stands ("Leo XIV, of the United States")
        for match in countries.finditer(doc.prose):
            written = match.group()
            written = written + "." if written + "." in canonical else written  # the matcher leaves "U.S."'s dot
            candidate.countries.setdefault(canonical.get(written, written), Votes()).add(written, sid)
    for country, votes in candidate.countries.items():
        if not any(country in person["name"].split() for person in candidate.people.values()):
            for written in votes.forms:
                candidate.places.pop(written, None)
            candidate.places[country] = votes
    if style is not None:
        _house_style(candidate, style)
    for spelled in candidate.spellings:
        house, *others = spelled.ranked()
        others = [o for o in others if spelled.forms[o]]  # not the style's forms that no source writes
        if not others:
            continue
        candidate.report.append(
            f"spelling: {house!r} ({_count(spelled.forms[house])}) against "
            + ", ".join(f"{o!r} ({_count(spelled.forms[o])}: {', '.join(sorted(spelled.forms[o]))})" for o in others)
            + f"; kept {house!r}" + (" (the house style)" if spelled.preferred else
                                     NO_MAJORITY if spelled.tied() else ""))
    for person in candidate.people.values():
        titles: Votes = person["titles"]
        for office, forms in _disputed_titles(titles).items():
            written = person["written"]
            candidate.report.append(
                f"title of {person['name']}: " + " against ".join(
                    f"{written[t]!r} ({_count(titles.forms[t])}: {', '.join(sorted(titles.forms[t]))})"
                    for t in forms) + f"; kept {written[forms[0]]!r}")


def _disputed_titles(titles: Votes) -> dict[str, list[str]]:
    """The offices the sources disagree on, each with its forms, most sources first: an office given as held
    by some and as "former" by others. Different offices are no disagreement: a cardinal elected pope is
    both, at different times, and each is a role."""
    forms: dict[str, list[str]] = defaultdict(list)
    for title in titles.ranked():
        forms[regex.sub(r"^former ", "", title)].append(title)
    return {office: listed for office, listed in forms.items() if len(listed) > 1}


def _house_style(candidate: Candidate, style: FactSheet) -> None:
    """A newsroom's style file (a fact sheet of names) decides how a name is spelled whatever the sources'
    majority, and the forms it avoids become variants even where no source writes them."""
    house_of: dict[str, str] = {}  # a word of a form the style avoids -> the style's word
    avoided: dict[str, set[str]] = defaultdict(set)  # a style's word -> the forms it avoids
    for fact in style.facts.values():
        if not isinstance(fact, (Person, Place, Organisation)):
            continue
        for variant in fact.variants:
            for written, house in _aligned(variant, fact.name):
                house_of[written] = house
                avoided[house].add(written)
    house_words = set(avoided)
    grouped = {form for spelled in candidate.spellings for form in spelled.forms}
    for spelled in candidate.spellings:
        chosen = next((f for f in spelled.forms if f in house_words), None) or \
            next((house_of[f] for f in spelled.forms if f in house_of), None)
        if chosen is not None:
            spelled.preferred = chosen
            for form in avoided[chosen] | {chosen}:
                spelled.forms.setdefault(form, set())
    named = {p["name"].split()[-1] for p in candidate.people.values()} | set(candidate.places) | \
        {w for name in candidate.organisations for w in name.split()}
    for word in sorted(named - grouped):
        styled = word if word in house_words else house_of.get(word)
        if styled is not None:
            spelled = Votes(preferred=styled)
            for form in avoided[styled] | {styled, word}:
                spelled.forms.setdefault(form, set())
            candidate.spellings.append(spelled)
    for place in [p for p in candidate.places if p in house_of]:  # every source writes the avoided form
        candidate.places[house_of[place]] = candidate.places.pop(place)
    for person in candidate.people.values():
        *first, surname = person["name"].split()
        person["name"] = " ".join([*first, house_of.get(surname, surname)])


def _aligned(variant: str, name: str) -> list[tuple[str, str]]:
    """The words of an avoided form against the house name's: word by word when they have as many, else
    the variant's last word against the name's ("Zelenskyy" against "Volodymyr Zelensky")."""
    written, house = variant.split(), name.split()
    pairs = list(zip(written, house)) if len(written) == len(house) else [(written[-1], house[-1])]
    return [(w, h) for w, h in pairs if w != h]


def _organisations(candidate: Candidate, docs: dict[str, Document], plain: FactSheet,
                   style: FactSheet | None = None) -> None:
    """Names headed by an organisation's noun ("Russian Defense Ministry", "Order of Saint Augustine"), with
    a capitalised word of their own besides the head; the forms that differ only in spelling are variants."""
    heads = "|".join(sorted(vocabulary("organisation", "heads"), key=len, reverse=True))
    word = r"(?:St\.|\p{Lu}[\p{L}'’-]*)"  # no other full stop: "for Bishops. White smoke" is two sentences
    tail = rf"\s+(?:of|for)\s+(?:the\s+)?{word}(?:\s+(?:and\s+)?{word}){{0,2}}"  # "Institute of X and Y"
    pattern = regex.compile(rf"(?<!\p{{L}})(?:(?:{word})\s+){{1,3}}(?:{heads})\b(?:{tail})?|(?<!\p{{L}})(?:{heads}){tail}")
    found: dict[tuple, Votes] = defaultdict(Votes)
    people = {w for p in candidate.people.values() for w in p["name"].split()}
    named: list[tuple[str, str]] = []
    for sid, doc in docs.items():
        for match in pattern.finditer(doc.prose):
            name = regex.sub(r"\s+", " ", match.group())
            name = regex.sub(r"^(?:The|A|An|This|That|Its|His|Her|Their)\s+", "", name)
            name = regex.sub(r"^\p{L}+-\p{Ll}+\s+", "", name)  # "Augustinian-run", "state-owned": a modifier
            owner = regex.match(r"(?P<name>(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)['’]s\s+", name)
            if owner and set(owner.group("name").split()) <= people:
                name = name[owner.end():]  # "Margit Ellander's People's Union": the party of a person
            name = _without_tail(name, people)
            possessor = POSSESSOR.match(name)
            if possessor and len(name[possessor.end():].split()) > 1:  # "Ruritania's Green Party": the party's
                name = name[possessor.end():]  # country, a place unless a person's name; "People's Union" whole
                if possessor.group("name") not in people and possessor.group("name") not in CALENDAR_WORDS:
                    candidate.places.setdefault(possessor.group("name"), Votes()).add(possessor.group("name"), sid)
            if len(name.split()) < 2 or name.split()[0] in CALENDAR_WORDS:
                continue
            named.append((sid, name))
    for sid, name in [*named, *_organisations_described(candidate, docs), *_shares_owned(candidate, docs, plain)]:
        name = _without_home(name, candidate)
        if name in candidate.places:
            continue  # "Orlen General Hospital": a landmark already
        found[_organisation_key(name, heads)].add(name, sid)
    short: dict[tuple, Votes] = {}
    for key, votes in sorted(found.items(), key=lambda item: len(item[0][1])):
        # "Castellan" of "Castellan Group", "National Bank" of "National Bank of Kalvoria": one organisation
        longer = [k for k, v in found.items() if k != key and all(
            any(set(form.split()) < set(f.split()) for f in v.forms) for form in votes.forms)]
        if len(longer) == 1:
            short.setdefault(longer[0], Votes())
            for form, sources in found.pop(key).forms.items():
                for sid in sources:
                    short[longer[0]].add(form, sid)
    for key, votes in list(found.items()):  # "Social Democratic Alliance (SDA)": the acronym is an alias
        for sid, doc in docs.items():
            for form in list(votes.forms):
                for match in regex.finditer(rf"\b{regex.escape(form)}\s+\((?P<acronym>\p{{Lu}}{{2,6}})\)", doc.prose):
                    short.setdefault(key, Votes()).add(match.group("acronym"), sid)
                    found.pop(_organisation_key(match.group("acronym"), heads), None)
    house = {_organisation_key(form, heads): o.name for o in (style.organisations if style else ())
             for form in (o.name, *o.aliases, *o.variants)}
    for key, votes in found.items():
        votes.preferred = house.get(key)
        if votes.preferred:  # the style's form, whatever the sources write
            votes.forms.setdefault(votes.preferred, set())
        # sources tied: the formal name ("Order of Saint Augustine") before its short form ("Augustine Order")
        name = votes.preferred or min(votes.forms, key=lambda f: (-len(votes.forms[f]), -len(f.split()), f))
        candidate.organisations[name] = votes
        if key in short:
            candidate.organisation_short[name] = short[key]
        if len(votes.forms) > 1:
            candidate.report.append("organisation: " + " against ".join(
                f"{f!r} ({_count(votes.forms[f])}: {', '.join(sorted(votes.forms[f]))})" for f in votes.ranked())
                + f"; kept {name!r}" + (" (the house style)" if votes.preferred else NO_MAJORITY if votes.tied() else ""))


# an organisation's name: capitalised words (digits and "&" allowed: "Nova24", "Brask & Tollen")
ORGANISATION_NAME = r"(?P<name>\p{Lu}[\p{L}\d'’-]*(?:[ ](?:&[ ])?\p{Lu}[\p{L}\d'’-]*){0,4})"
ORGANISATION_KIND = alternation("organisation", "kinds")
# what news style sets beside a name only when it names an organisation: its kind before or after it, or a
# role held at it ("the consultancy Statika Partners", "Oszlanyi Development, a Velmar company", "chief
# economist at Dravska Banka"); the kind ends its phrase ("a company director" is a person)
DESCRIBED_ORGANISATION = regex.compile(
    rf"\b(?:{ORGANISATION_KIND})[ ]{NOT_AFTER_A_NAME}{ORGANISATION_NAME}(?![\p{{L}}\d])|"
    rf"{NOT_AFTER_A_NAME}(?<![\p{{L}}\d])(?:The[ ])?{ORGANISATION_NAME},\s+(?:the|an?|its|\p{{Lu}}\p{{Ll}}+['’]s)\s+"
    rf"(?:(?!of\b)[\p{{L}}'’-]+\s+){{0,3}}(?:{ORGANISATION_KIND})(?=[,.;]|\s+(?:of|that|which|whose|based|owned|"
    rf"registered|listed|in|from|with|run|founded)\b)|"
    rf"\b(?:{alternation('organisation', 'staff')})\s+(?:of|at|with)\s+(?:the\s+)?{NOT_AFTER_A_NAME}"
    rf"{ORGANISATION_NAME}(?![\p{{L}}\d])")


def _organisations_described(candidate: Candidate, docs: dict[str, Document]) -> Iterator[tuple[str, str]]:
    """(source, name) of each name its context makes an organisation's: its kind beside it, or a role held at
    it. Never a person's name, a known place or a country."""
    people = {p["name"] for p in candidate.people.values()} | {p["name"].split()[-1] for p in candidate.people.values()}
    countries = vocabulary("place", "countries")
    for sid, doc in docs.items():
        for match in DESCRIBED_ORGANISATION.finditer(doc.prose):
            name = match.group("name")
            words = name.split()
            if name in people or name in countries or name in candidate.places or words[0] in CALENDAR_WORDS or \
                    _language(words[-1]) or (len(words) == 1 and lang.is_common_word(name.lower())):
                continue
            yield sid, name


SEATS = regex.compile(r"\s+(?:of\s+the\s+[\d,]+\s+)?seats\b")


def _shares_owned(candidate: Candidate, docs: dict[str, Document], plain: FactSheet) -> Iterator[tuple[str, str]]:
    """(source, name) of each name that holds a share or seats and is no person or place: a party or a
    list ("National Renewal won 31 seats", "Green Future on 11.2%")."""
    people = {w for p in candidate.people.values() for w in p["name"].split()}
    place_words = vocabulary("place", "nouns") | {w.lower() for w in vocabulary("place", "landmarks")}
    for sid, doc in docs.items():
        analysis = analyse(doc, plain, plain.as_of)
        for number, sentence in analysis.numbers:
            if number.unit != "percent" and not SEATS.match(doc.prose, number.value_end):
                continue
            try:
                owner = _share_owner(parser_text(analysis, sentence), number.value_start - sentence.start)
            except syntax.ParserUnavailable:
                return
            # a party's name has a word of English ("Green Future"); a person's or a region's may have none
            if owner is None or owner in candidate.places or set(owner.split()) & people or \
                    not regex.fullmatch(r"\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}", owner) or \
                    owner.split()[0] in CALENDAR_WORDS or owner.split()[-1].lower() in place_words or \
                    not any(lang.is_common_word(w.lower()) for w in owner.split()):
                continue
            yield sid, owner


def _offices_held_at(candidate: Candidate, docs: dict[str, Document]) -> None:
    """An office the sources tie to one organisation is that organisation's: "KarRail Chief Executive Oskar
    Lindahl", "Lindahl, KarRail's chief executive", "the chief executive of Velmora National Railways (VNR),
    Annika Sorvald" give Lindahl and Sorvald the office "chief executive of" their company."""
    forms = {name: [name, *candidate.organisation_short.get(name, Votes()).forms] for name in candidate.organisations}
    if not forms:
        return
    every = "|".join(regex.escape(f) for f in sorted({f for fs in forms.values() for f in fs}, key=len, reverse=True))
    organisation = rf"(?P<org>{every})"
    for person in candidate.people.values():
        titles: Votes = person["titles"]
        person_name = "|".join(regex.escape(n) for n in {person["name"], person["name"].split()[-1]})
        for title in list(titles.forms):
            if regex.search(r"\bof\b", title, flags=regex.IGNORECASE):
                continue
            office = r"\s+".join(regex.escape(w) for w in title.split())
            office = rf"(?i:{office})"
            pattern = regex.compile(
                rf"\b{organisation}(?:['’]s)?\s+{office}\s+(?:{person_name})\b|"
                rf"\b(?:{person_name}),\s+(?:the\s+)?{organisation}['’]s\s+{office}\b|"
                rf"\b(?:{person_name}),\s+(?:the\s+)?{office}\s+(?:of|at)\s+(?:the\s+)?{organisation}\b|"
                rf"\b{office}\s+(?:of|at)\s+(?:the\s+)?{organisation}\s*(?:\([^)]*\))?,\s+(?:{person_name})\b|"
                rf"\b(?:{person_name})\s+(?:is|was|became|has\s+been|had\s+been)\s+(?:the\s+)?{office}\s+(?:of|at)"
                rf"\s+(?:the\s+)?{organisation}\b")
            matches = [(doc.prose, match) for doc in docs.values() for match in pattern.finditer(doc.prose)]
            held_at = {next(name for name, fs in forms.items() if match.group("org") in fs) for _, match in matches}
            if len(held_at) != 1:
                continue  # none, or two organisations: the sources do not say which
            article = "the " if any(prose[:match.start("org")].lower().endswith("the ") for prose, match in matches) \
                else ""  # as the sources write it: "Prefect of the Dicastery for Bishops", "chief executive of KarRail"
            qualified = f"{title} of {article}{held_at.pop()}"
            for source in titles.forms.pop(title):
                titles.add(qualified, source)
            person["written"][qualified] = qualified


def _without_tail(name: str, people: set[str]) -> str:
    """The name without what follows it that is no part of it: an owner's possessive ("National Bank of
    Kalvoria's Monetary ..."), a client ("Kvadrat Institute for LTV") or a person ("Union of Premier X")."""
    name = regex.sub(r"['’]s\b.*$", "", name) if regex.search(r"\s(?:of|for)\s.*['’]s\b", name) else name
    own, _, after = regex.sub(r"\s+(of|for)\s+(?:the\s+)?", " \x00", name, count=1).partition(" \x00")
    if after and (after.isupper() or set(after.split()) & (people | TITLE_NAMES | set(lang.OFFICES))):
        return own
    return name


def _without_home(name: str, candidate: Candidate) -> str:
    """ "Castellan Group of Tarnland" is the Castellan Group: a known place after "of" is its home, unless the
    name is nothing without it ("National Bank of Kalvoria")."""
    own, of, place = name.rpartition(" of ")
    if of and (place in candidate.places or place in vocabulary("place", "countries")) and \
            any(not lang.is_common_word(w.lower()) for w in own.split()):
        return own
    return name


def _organisation_key(name: str, heads: str) -> tuple:
    """One organisation however its name is ordered or spelled: its head noun and the skeletons of its other
    words ("Augustine Order", "Order of Saint Augustine"; "Defence Ministry", "Ministry of Defence")."""
    words = regex.findall(r"[\p{L}'’-]+", name)
    head = next((w for w in reversed(words) if regex.fullmatch(heads, w)), words[-1])
    rest = {skeleton(w) for w in words if w != head and w.lower() not in NAME_LINKS}
    return head.lower(), frozenset(rest)


DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "ish")
# what a nation's adjective stands before, and a town's does not: "the MAREVIAN Foreign Minister", "KALVORIAN
# officials"
NATIONAL = regex.compile(r"\s+(?:\p{Lu}\p{Ll}*\s+)*(?:Minister|President|Prime|Government|Parliament|Army|Navy|Police|"
                         r"Ministry|Embassy|Statistical|National|Central|government|authorities|army|police|officials|"
                         r"citizens|nationals|troops|forces|embassy|ministry|parliament|president|prime)\b")


def _places_by_demonym(candidate: Candidate, docs: dict[str, Document]) -> None:
    """A capitalised name the sources also make an adjective of ("Lidovia" and "the Lidovian Greens", "Kestria"
    and "Kestrian aviation") is a place, a country where the adjective stands before a nation's office or body
    ("the Marevian Foreign Minister")."""
    prose = "\n".join(doc.prose for doc in docs.values())
    taken = {w for p in candidate.people.values() for w in p["name"].split()} | \
        {w for name in candidate.organisations for w in name.split()}
    written = set(CAPITALISED.findall(prose))
    lowercase = {w for w in regex.findall(r"\b\p{Ll}+\b", prose)}
    for sid, doc in docs.items():
        for name in sorted(set(CAPITALISED.findall(doc.prose))):
            if len(name) < 4 or name in taken or name.lower() in lowercase or name in CALENDAR_WORDS or \
                    _language(name):
                continue
            stems = {name} | ({name[:-1]} if name[-1] in "aeiouy" else set())
            adjectives = {stem + ending for stem in stems for ending in DEMONYM_ENDINGS} & written
            adjectives -= {name}
            if not adjectives:
                continue
            candidate.demonyms.setdefault(name, Votes())
            for adjective in adjectives:
                candidate.demonyms[name].add(adjective, sid)
            if name not in candidate.countries and any(
                    NATIONAL.match(prose, m.end()) for a in adjectives for m in regex.finditer(rf"\b{a}\b", prose)):
                candidate.countries.setdefault(name, Votes())
            candidate.places.setdefault(name, Votes()).add(name, sid)


def _places_by_parse(candidate: Candidate, docs: dict[str, Document], plain: FactSheet) -> None:
    """Names the parse makes places: a place noun's name ("the port city OF Odesa", "four cities: Kherson,
    Donetsk..."), a name a place noun describes ("Rakivka, A VILLAGE in the north"), and a name coordinated
    with a known place ("sources in Kyiv AND Moscow"). Not a word of a person's or an organisation's name."""
    place_nouns = vocabulary("place", "nouns")
    taken = {w for p in candidate.people.values() for w in p["name"].split()} | \
        {w for name in candidate.organisations for w in name.split()}
    found: dict[str, Votes] = defaultdict(Votes)
    kinds: dict[str, Votes] = defaultdict(Votes)  # the place nouns that describe it: "a village", "the port city"
    within: dict[str, Votes] = defaultdict(Votes)  # the places those nouns put it in
    for sid, _, _, text in _told_sentences(docs, plain):
        if _headline(text):
            continue
        try:
            parsed = syntax.parse(text)
        except syntax.ParserUnavailable:
            return
        known = set(candidate.places) | set(found)
        for token in parsed:
            if token.pos_ != "PROPN" or relation(token) in ("compound", "flat") and token.head.pos_ == "PROPN":
                continue
            words = sorted(name_words(token), key=lambda t: t.i)
            name = " ".join(t.text for t in words)
            if words[-1].i - words[0].i + 1 != len(words) or \
                    not regex.fullmatch(r"\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]+)*", name):
                continue  # not a name in letters, or an acronym ("(CNS)"): no place
            anchor = token
            while relation(anchor) == "conj" and anchor.head != anchor:
                anchor = anchor.head  # "Zaporizhzhia, Kherson, Donetsk": the list's first name
            head = anchor.head
            noun = next((c for c in token.children if relation(c) == "appos" and lemma(c) in place_nouns), None)
            if noun is None and head != anchor and lemma(head) in place_nouns and relation(anchor) in ("nmod", "appos"):
                noun = head
            if noun is None:  # "four key cities—Zaporizhzhia, Kherson…": a list its noun introduces, however parsed
                noun = _introduced_by(anchor, place_nouns)
            beside_known = relation(token) == "conj" and token.head.text in known and token.head.pos_ == "PROPN"
            if (noun is not None or beside_known) and not set(name.split()) & taken and \
                    name not in CALENDAR_WORDS and not _language(name):
                found[name].add(name, sid)
                if noun is not None:
                    kinds[name].add(lemma(noun), sid)
                    for area in _lies_in(noun):
                        within[name].add(area, sid)
    for name, votes in found.items():
        candidate.places.setdefault(name, votes)
    for name, votes in kinds.items():
        candidate.place_kinds.setdefault(name, votes)
    for name, votes in within.items():
        candidate.place_within.setdefault(name, votes)


def _introduced_by(name: Token, nouns: frozenset[str]) -> Token | None:
    """The noun a dash or a colon introduces a name with ("cities: Kherson", "cities—Kherson")."""
    if name.i < 2 or name.nbor(-1).text not in (":", "—", "–"):
        return None
    noun = name.nbor(-2)
    return noun if noun.pos_ == "NOUN" and lemma(noun) in nouns else None


def _lies_in(noun: Token) -> list[str]:
    """The name a place noun puts its place in ("a village IN THE KHARKIV REGION": Kharkiv; "a city in
    Peru")."""
    found = []
    for child in noun.children:
        if relation(child) != "nmod" or not any(relation(c) == "case" and c.lower_ == "in" for c in child.children):
            continue
        named = child if child.pos_ == "PROPN" else next(
            (c for c in child.children if c.pos_ == "PROPN" and relation(c) in ("compound", "amod", "flat")), None)
        if named is not None:
            found.append(" ".join(t.text for t in sorted(name_words(named), key=lambda t: t.i)))
    return found


def _headline(text: str) -> bool:
    """A line in title case ("Russia and Ukraine Launch Largest Swap"): its capitals say nothing of names.
    Told by its common words after the first, which title case capitalises and a sentence does not (names
    are capitalised in both: "Rakivka, a village in the Kharkiv region, was hit on Tuesday")."""
    common = [w for w in regex.findall(r"\p{L}{4,}", text)[1:] if frequency(w) >= COMMON_WORD]
    return len(common) >= 2 and sum(w[0].isupper() for w in common) >= 0.6 * len(common)


def _landmarks(candidate: Candidate, docs: dict[str, Document]) -> None:
    """Named places that are no town or country, by their last word ("Sistine Chapel", "St. Peter's
    Basilica"); the forms that differ only in punctuation ("St Peter's") are one place."""
    heads = "|".join(sorted(vocabulary("place", "landmarks"), key=len, reverse=True))
    word = r"(?:St\.?|\p{Lu}[\p{Ll}'’]+(?:'s|’s)?)"
    pattern = regex.compile(rf"(?<![\p{{L}}.])(?:{word}\s+){{1,3}}(?:{heads})\b")
    found: dict[str, Votes] = defaultdict(Votes)
    for sid, doc in docs.items():
        for match in pattern.finditer(doc.prose):
            name = regex.sub(r"^(?:The|A|In|At|From|On|Near)\s+", "", regex.sub(r"\s+", " ", match.group()))
            first, _, rest = name.partition(" ")
            if first.endswith(("'s", "’s")) and len(rest.split()) >= 2:
                name = rest  # "the Vatican's Sistine Chapel": the Sistine Chapel, with its owner before it
            if len(name.split()) >= 2 and name.split()[0] not in CALENDAR_WORDS:
                found[regex.sub(r"[^\p{L}]", "", name).lower()].add(name, sid)
    for votes in found.values():
        candidate.places.setdefault(votes.ranked()[0], votes)


def _ages(candidate: Candidate, docs: dict[str, Document]) -> None:
    """A person's age as news style gives it, after the name between commas ("Prevost, 69, took the
    name..."), or "aged 69"/"69 years old" right after it."""
    for key, person in candidate.people.items():
        surname = regex.escape(person["name"].split()[-1])
        pattern = regex.compile(rf"\b{surname},\s+(?:aged\s+)?(?P<age>\d{{2,3}})(?:\s+years\s+old)?\s*,")
        for sid, doc in docs.items():
            for match in pattern.finditer(doc.prose):
                if 15 <= int(match.group("age")) <= 110:
                    candidate.ages.setdefault(key, Votes()).add(match.group("age"), sid)


def _count(sources: set[str]) -> str:
    return f"{len(sources)} source{'s' if len(sources) != 1 else ''}"


@dataclass
class _Quotation:
    """What one source puts in quotation marks, with a paragraph of nothing but quotation after it joined on."""
    source: str
    text: str
    speaker: str | None

    @property
    def tokens(self) -> list[str]:
        return [w for w, _, _ in words(self.text) if w.isalnum()]


def _quotes(candidate: Candidate, docs: dict[str, Document], sheet: FactSheet) -> None:
    """Quotations grouped across sources: one statement, the wordings its sources give and its speaker. A
    quotation another source gives in part (or with a slip of one word) supports it and does not compete
    with it; wordings of about the same length compete, and the majority's is kept, the others shown."""
    quotations: list[_Quotation] = []
    for sid, doc in docs.items():
        analysis = analyse(doc, sheet)
        previous: tuple[Quote, _Quotation] | None = None
        for quote in analysis.quotes:
            text = quote.text.strip().rstrip(",").strip()
            before = previous[1] if previous is not None and _continues(analysis, previous[0], quote) else None
            if before is not None and previous is not None and \
                    quote.sentence.block != analysis.sentences[analysis.sentence_index(previous[0].end)].block:
                before.text = f"{before.text}{'' if before.text[-1:] in '.!?…' else '.'} {text}"
                previous = (quote, before)  # a paragraph of nothing but quotation: the quotation before goes on
                continue
            quotation = _Quotation(sid, text, _speaker(analysis, quote, before))
            quotations.append(quotation)
            previous = (quote, quotation)
    quoted_by = defaultdict(set)
    for quotation in quotations:
        quoted_by[tuple(quotation.tokens)].add(quotation.source)
    # a few words are a statement when two sources quote them ("Habemus Papam"), not a phrase one source marks
    kept = [q for q in quotations if len(q.tokens) >= 4 or (len(q.tokens) >= 2 and len(quoted_by[tuple(q.tokens)]) >= 2)]
    clusters: list[dict] = []
    for quotation in sorted(kept, key=lambda q: -len(q.tokens)):
        tokens = quotation.tokens
        cluster = next((c for c in clusters if any(_part_of(tokens, other) for other in c["tokens"])), None)
        if cluster is not None:
            cluster["supporting"].add(quotation.source)
        else:
            cluster = next((c for c in clusters if any(
                len(tokens) >= 0.7 * len(other) and similarity(tokens, other, wordings=True) >= 0.6
                for other in c["tokens"])), None)
            if cluster is None:
                cluster = {"wordings": Votes(), "speakers": Votes(), "tokens": [], "supporting": set()}
                clusters.append(cluster)
            cluster["wordings"].add(quotation.text, quotation.source)
            cluster["tokens"].append(tokens)
        if quotation.speaker:
            cluster["speakers"].add(quotation.speaker, quotation.source)
    for cluster in clusters:
        wordings: Votes = cluster["wordings"]
        distinct = _distinct_wordings(wordings.ranked())
        speaker = cluster["speakers"].ranked()[0] if cluster["speakers"].forms else None
        candidate.quotes.append({"wordings": wordings, "speaker": speaker, "distinct": distinct,
                                 "supporting": cluster["supporting"]})
        if len(distinct) > 1:
            who = sheet.facts[speaker].label if speaker in sheet.facts else "an unidentified speaker"
            candidate.report.append(
                f"quotation of {who}: {len(distinct)} wordings: " + " against ".join(
                    f"\u201c{w}\u201d ({', '.join(sorted(wordings.forms[w]))})" for w in distinct)
                + f"; kept the wording of {_count(wordings.forms[distinct[0]])}")


def _continues(analysis: Analysis, previous: Quote, quote: Quote) -> bool:
    """Sentences that are nothing but a quotation, right after the sentence where the one before ended,
    go on with it ("'…,' Trump posted. 'I look forward to meeting him.'")."""
    return _only_quotation(analysis, quote) and \
        analysis.sentence_index(previous.end) == quote.sentence.index - 1


def _only_quotation(analysis: Analysis, quote: Quote) -> bool:
    """No words outside the quotation in the sentences it runs through."""
    last = analysis.sentences[analysis.sentence_index(quote.end)]
    outside = analysis.prose[quote.sentence.start:quote.start] + analysis.prose[quote.end:max(quote.end, last.end)]
    return not regex.search(r"\p{L}{2,}", outside)


def _part_of(tokens: list[str], whole: list[str]) -> bool:
    """A run of words of a longer quotation, exactly or with one word mistyped ("Peace by with you")."""
    if len(tokens) >= len(whole):
        return False
    for start in range(len(whole) - len(tokens) + 1):
        window = whole[start:start + len(tokens)]
        differing = [(a, b) for a, b in zip(tokens, window) if a != b]
        if not differing or (len(differing) == 1 and len(tokens) >= 3
                             and OSA.distance(*differing[0]) <= max(1, min(map(len, differing[0])) // 3)):
            return True
    return False


def _speaker(analysis: Analysis, quote: Quote, previous: _Quotation | None) -> str | None:
    """Who says the quotation: by the attribution patterns the checker uses, a pronoun's person further
    back than the checker looks (a source is read whole) and before the quotation, else by the parse."""
    if quote.speaker_strength == "pronoun" and _someone_unknown_before(analysis, quote):
        return None  # 'Kovar endorsed Redlich. "…," SHE wrote': a name the sheet does not know yet is nearer
    if quote.speaker_strength == "pronoun" and quote.speaker_span is not None:
        mention = analysis.person_before(quote.speaker_span[0], block_limit=SOURCE_REACH)
        if mention is not None and quote.start <= mention.start < quote.end:  # '"I called Redlich," SHE said':
            mention = analysis.person_before(quote.start, block_limit=SOURCE_REACH)  # not a name inside it
        return mention.fact_id if mention is not None else None
    if quote.speaker and quote.verb is None:
        return quote.speaker
    return _speaker_by_parse(analysis, quote, previous)  # "Addressing Aske, the judge said": the parse's subject


def _quoted(analysis: Analysis, offset: int) -> bool:
    """The offset is inside quotation marks: someone's words, not the source's."""
    return any(q.start <= offset < q.end for q in analysis.quotes)


def _someone_unknown_before(analysis: Analysis, quote: Quote) -> bool:
    """The quotation's paragraph, before it, names someone the sheet does not know: a capitalised word that is
    no word of a known name and no common English word ("On", "The" open sentences often)."""
    block = analysis.doc.blocks[quote.sentence.block]
    return any(analysis.lexicon.unknown_proper_name(word.group())
               for word in CAPITALISED.finditer(analysis.prose, block.start, quote.start))


def _speaker_by_parse(analysis: Analysis, quote: Quote, previous: _Quotation | None) -> str | None:
    """A speaker the attribution patterns miss, read from the parse: from the word the quotation depends on,
    up the tree to the first clause whose subject is a person (through relative clauses: "he called for a
    Church that builds 'bridges…'"), or the possessor of the noun a quotation is ("'…', were his first
    words"); and a sentence that is nothing but a quotation continues the one just before it."""
    if _only_quotation(analysis, quote):
        return previous.speaker if previous is not None else None
    # a quotation of several sentences is attributed in the sentence it ends in ('"… before. We know …,"
    # Anton Reszel, director of the institute, told reporters')
    sentence = quote.sentence
    last = analysis.sentences[analysis.sentence_index(quote.end)]
    if last is not sentence and regex.search(r"\p{L}{2,}", analysis.prose[quote.end:last.end]):
        sentence = last  # attributed after it, not before ('Turning to Heidmark, the judge said: "… . …"')
    opening = max(quote.start, sentence.start)
    inside = range(opening - sentence.start - 1, quote.end - sentence.start + 1)
    token = syntax.token_in(analysis.sentence_text(sentence), opening - sentence.start)
    while token is not None and token.head != token and token.idx in inside:
        token = token.head  # up to the first word outside the quotation
    if token is not None and token.idx in inside:  # the quotation heads the sentence: '"…," were her words',
        # '"…," Anton Reszel told reporters' where the parse hangs the verb of saying on the quotation
        return next((who for c in token.children if c.idx not in inside and relation(c) in ("parataxis", "ccomp")
                     for who in [_owner_speaker(analysis, sentence.start, c) or _saying_subject(analysis, sentence.start, c, inside)]
                     if who), None)
    while token is not None:
        subject = next((c for c in token.children if relation(c) == "nsubj"), None)
        if subject is not None and subject.idx in inside:
            return _owner_speaker(analysis, sentence.start, token)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return _person(analysis, sentence.start, subject)  # a subject that is no one named says nothing
        if token.head == token:
            return None
        token = token.head
    return None


def _saying_subject(analysis: Analysis, offset: int, verb: Token, inside: range) -> str | None:
    """The person who is the subject of a verb of saying outside the quotation."""
    if lemma(verb) not in vocabulary("predicate", "speech"):
        return None
    subject = next((c for c in verb.children if relation(c) == "nsubj" and c.idx not in inside), None)
    return _person(analysis, offset, subject) if subject is not None else None


def _owner_speaker(analysis: Analysis, offset: int, noun: Token) -> str | None:
    """The possessor of the noun a quotation is said to be: "were HER words", "was the mayor's reply"."""
    if not any(relation(c) == "cop" for c in noun.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
    return _person(analysis, offset, owner) if owner is not None else None


def _person(analysis: Analysis, offset: int, phrase: Token) -> str | None:
    """The person a subject or possessor names: by name, by an office one person holds, or a pronoun's
    person; never a guess from a title many hold ("a senior cardinal")."""
    start, end = offset + phrase.left_edge.idx, offset + phrase.right_edge.idx + len(phrase.right_edge.text)
    if phrase.lower_ in ("he", "she", "his", "her") and phrase.left_edge == phrase == phrase.right_edge:
        mention = analysis.person_before(start, block_limit=SOURCE_REACH)
        return mention.fact_id if mention is not None else None
    for appositive in (c for c in phrase.children if relation(c) == "appos"):  # "Renwick's mother, GWEN RENWICK,"
        named = analysis.people_between(offset + appositive.left_edge.idx,
                                        offset + appositive.right_edge.idx + len(appositive.right_edge.text))
        if named:
            return named[0].fact_id
    named = analysis.people_between(start, end)
    if named:
        return named[0].fact_id
    title = analysis.TITLE.search(analysis.prose, start, end)
    return analysis.sole_holder(title.group("office")) if title is not None and not title.group("country") else None


def _distinct_wordings(ranked: list[str]) -> list[str]:
    """Wordings that are not fragments of a wording ranked above them."""
    kept: list[str] = []
    for wording in ranked:
        tokens = " ".join(w for w, _, _ in words(wording) if w.isalnum())
        if not any(tokens in " ".join(w for w, _, _ in words(k) if w.isalnum()) for k in kept):
            kept.append(wording)
    return kept


def _quantities(candidate: Candidate, docs: dict[str, Document], sheet: FactSheet, days: dict[str, dt.date]) -> None:
    """Counted figures by value and what they count. A figure the parse ties to one noun and verb ("killed
    144 people") that the sources give different values on different days is one figure that changes,
    with its earlier values."""
    timeline: dict[tuple[str, str, str | None], dict[dt.date, Votes]] = {}
    for sid, doc in docs.items():
        analysis = analyse(doc, sheet)
        for number, sentence in analysis.numbers:
            if number.approx not in (None, "least", "more", "about", "nearly"):
                continue  # "up to 300", "fewer than 20": a bound, not the figure
            approximate = number.approx in ("about", "nearly")
            if number.unit in MEASURED_UNITS:
                noun = _measured_noun(doc.prose, number, sentence)
                if noun is not None:
                    candidate.measured.setdefault((number.value, number.unit), Votes()).add(noun, sid)
                    if approximate:
                        candidate.approximate.add((number.value, number.unit))
                continue
            if number.unit or number.value < 2:
                continue
            head = COUNTED.match(doc.prose, number.value_end) or PART_OF_COUNTED.match(doc.prose, number.value_end)
            if head is not None and head.group("noun").lower() in NOT_COUNTS:
                continue
            clause_start, clause_end = lang.clause_bounds(doc.prose, sentence.start, sentence.end, number.start)
            # another year in the clause dates the figure to it ("since 1994, when 41 people died"): history
            if any(int(year) != days[sid].year for year in YEAR.findall(doc.prose, clause_start, clause_end)):
                continue
            kind = _toll_kind(parser_text(analysis, sentence), number.value_start - sentence.start)
            if head is None and kind is None:
                continue  # no noun, and not a toll the parse names: "rose to 1,644" of what?
            after = doc.prose[head.end() if head else number.end:clause_end]
            before = doc.prose[clause_start:number.start]
            scope = "per side" if PER_SIDE_AFTER.match(after) or PER_SIDE_BEFORE.search(before) else \
                "in total" if TOTAL_AFTER.match(after) or TOTAL_BEFORE.search(before) else None
            noun = " ".join(filter(None, (head.group("noun").lower() if head else None, kind)))  # "people killed"
            candidate.quantities.setdefault((number.value, scope), Votes()).add(noun, sid)
            if approximate:
                candidate.approximate.add((number.value, scope))
            frame = frame_at(doc.prose[sentence.start:sentence.end], number.value_start - sentence.start)
            if frame is not None and frame.verbal and frame.predicate not in EVENT_VERBS_SKIPPED:
                candidate.quantity_verbs.setdefault((number.value, scope), Votes()).add(_cue_word(frame), sid)
            if frame is not None and (frame.verbal or kind) and not (frame.negated or frame.modal or frame.partitive):
                # a toll is one figure however each day words it ("killing 144", "the death toll rose to 1,644")
                by_day = timeline.setdefault((kind, "", scope) if kind else (noun, frame.predicate, scope), {})
                by_day.setdefault(days[sid], Votes()).add(f"{number.value:g}", sid)
    for (noun, verb, scope), by_day in timeline.items():
        values = [(day, float(by_day[day].ranked()[0]), by_day[day]) for day in sorted(by_day)]
        if len({value for _, value, _ in values}) > 1 and len(values) > 1:
            candidate.changing[(noun, verb, scope)] = values
            for _, value, _ in values:
                candidate.quantities.pop((value, scope), None)
    agreed = [(value, scope, votes) for (value, scope), votes in candidate.quantities.items()
              if len(votes.sources) >= 2]
    if agreed:
        candidate.report.append("numbers stated by more than one source: " + "; ".join(
            f"{lang.number_text(v)} {votes.ranked()[0]}{' ' + s if s else ''} ({_count(votes.sources)})"
            for v, s, votes in sorted(agreed, key=lambda a: (-len(a[2].sources), a[0]))))
    for (noun, verb, _), values in candidate.changing.items():
        candidate.report.append(f"{noun}{f' ({verb})' if verb else ''} changes from day to day: " + ", ".join(
            f"{lang.number_text(value)} on {long_date(day)}" for day, value, _ in values))


def _share_owner(text: str, offset: int) -> str | None:
    """Whose a percentage is, by the parse: the name it hangs on ("the Socialist Party ON 16.2%") or the
    named subject of the verb it completes ("the Patriot League came second WITH 20.8%", "the Greens won
    28.5%"); None for a share of no one named."""
    token = syntax.token_in(text, offset)
    while token is not None and token.head != token and token.head.pos_ in ("NOUN", "SYM") and relation(token) in (
            "nummod", "compound"):
        token = token.head  # "28.5 percent": the unit noun stands where the number would
    if token is None or token.head == token:
        return None
    head = token.head
    owner = head if head.pos_ == "PROPN" else \
        next((c for c in head.children if relation(c) == "nsubj" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    start = owner.i  # the name runs left through its capitalised words and possessives ("Farmers' Alliance")
    while start > 0 and owner.doc[start - 1] in owner.subtree and (
            owner.doc[start - 1].text[:1].isupper() or owner.doc[start - 1].text in ("'", "'s", "’", "’s")):
        start -= 1
    end = owner.i + 1
    while end < len(owner.doc) and owner.doc[end] in owner.subtree and relation(owner.doc[end]) == "flat":
        end += 1
    return regex.sub(r"^(?:The|A|An)\s+", "", owner.doc[start:end].text)


def _toll_kind(text: str, offset: int) -> str | None:
    """What a casualty figure counts, read from the parse: the verb it is the object or subject of
    ("KILLING at least 144", "3,408 were INJURED"), or the count it gives a value to ("the DEATH toll rose to
    1,644", "the number of people KILLED reached 2,719"); None when no casualty word says it."""
    token = syntax.token_in(text, offset)
    if token is None:
        return None
    while token.head != token and token.head.lower_ in COMPARATIVES:
        token = token.head  # "injuring more than 700": "more" stands where the number would
    counted = []
    if relation(token) == "nummod":
        token = token.head  # "144 people": so does the noun
        counted = [token]  # "leaving 30 MISSING": the noun may say it
    governor = token.head if token.head != token else token
    said = counted + ([governor] if relation(token) in ("obj", "nsubj", "obl") else [])
    # "leaving 30 MISSING": the word that says what the object is, beside it
    said += [c for c in governor.children if relation(c) == "xcomp"] + [c for c in token.children if relation(c) == "amod"]
    stand_ins = vocabulary("count", "stand_ins")
    # the count the verb gives a value to: its subject, or the noun the parse hangs the verb on
    stand_in = next((c for c in governor.children if relation(c) == "nsubj" and lemma(c) in stand_ins), None) or \
        (governor.head if relation(governor) in ("xcomp", "acl") and lemma(governor.head) in stand_ins else None)
    if stand_in is not None and lemma(governor) in vocabulary("count", "changes"):
        beside = set(governor.subtree) if stand_in == governor.head else set()  # not the verb's own words
        said = [t for t in stand_in.subtree if t not in beside]
    set_count = next((c for c in governor.children if relation(c) == "obj" and lemma(c) in stand_ins), None)
    if relation(token) == "obl" and set_count is not None and lemma(governor) in vocabulary("count", "settings"):
        stand_in = set_count  # "bringing the toll TO 23", "put the number of injured AT 91"
        said = [t for t in set_count.subtree if t.i < token.i]
    written = {form for t in said for form in (lemma(t), t.lower_)}
    if stand_in is not None and lemma(stand_in) == "toll" and not written - {"toll", "the", "a"}:
        written.add("death")  # the toll alone is of the dead
    if stand_in is None and lemma(governor) in vocabulary("count", "changes") and relation(token) == "obl":
        written |= _stand_in_before(governor)
    return next((kind for kind, forms in sorted(section("toll").items()) if written & set(forms)), None)


def _stand_in_before(verb: Token) -> set[str]:
    """The count a change verb gives a value to when the parse hangs it elsewhere ("the train's driver and the
    death TOLL rose to 21", the toll parsed as a conjunct of the driver): the nearest stand-in noun before the
    verb, with no verb or clause mark between, and its modifiers."""
    for token in reversed(verb.doc[max(0, verb.i - 6):verb.i]):
        if token.pos_ in ("VERB", "AUX", "SCONJ", "PUNCT") or token.lower_ in ("and", "but", "as"):
            return set()
        if lemma(token) in vocabulary("count", "stand_ins"):
            modifiers = {form for t in token.doc[max(0, token.i - 2):token.i] if t.pos_ in ("NOUN", "ADJ")
                         for form in (lemma(t), t.lower_)}
            return modifiers or ({"death"} if lemma(token) == "toll" else set())
    return set()


def _measured_noun(prose: str, number: lang.Number, sentence: Sentence) -> str | None:
    """What a length or share measures: the noun it modifies or is of ("a 30-day ceasefire", "20% of the
    territory"), else the verb it belongs to in the parse ("led the Church for 12 years": led); an age
    ("69 years old", "aged 69") is a person's, not a length."""
    if number.unit == "year" and (AGE_AFTER.match(prose, number.end) or AGE_BEFORE.search(prose, 0, number.start)):
        return None
    if number.unit == "percent":
        owner = _share_owner(prose[sentence.start:sentence.end], number.value_start - sentence.start)
        if owner is not None:
            return f"{owner}' share" if owner.endswith("s") else f"{owner}'s share"
    described = DESCRIBED.match(prose, number.end)
    if described and described.group("noun").lower() not in FUNCTION_WORDS and \
            not described.group("noun").endswith("ly"):  # not "30-day, immediately"
        return described.group("noun").lower()
    frame = frame_at(prose[sentence.start:sentence.end], number.value_start - sentence.start)
    if frame is not None and not frame.verbal and regex.fullmatch(r"\p{Ll}{4,}", frame.subject or "") and \
            frame.subject not in RELATIVE_PRONOUNS:
        return frame.subject  # "turnout was 71.3%": the figure is the clause's predicate
    return _cue_word(frame) if frame is not None and frame.verbal and frame.predicate not in EVENT_VERBS_SKIPPED \
        else None


def _events(candidate: Candidate, docs: dict[str, Document], sheet: FactSheet, as_of: dt.date) -> None:
    """Each day the sources date something to, with the sentences and the verbs the dates belong to (read
    from the parse: "Prevost was ELECTED on Thursday"), which become the event's cues."""
    for sid, doc in docs.items():
        analysis = analyse(doc, sheet)
        for sentence in analysis.sentences:
            text = parser_text(analysis, sentence)  # a dateline blanked: no part of the sentence's grammar
            for mention in find_dates(doc.prose, sentence.start, sentence.end, as_of.year):
                day = resolve(mention, as_of)
                frame = frame_at(text, mention.start - sentence.start)
                at = mention.start - sentence.start
                # the verb tells the date's event only where the date is its own ("ordained in 1982"), not a
                # noun's ("following his ordination in 1982, he joined...": joining is not 1982's)
                told = frame is not None and frame.verbal and not frame.negated and not frame.modal and \
                    frame.predicate not in vocabulary("predicate", "speech") and \
                    (any(start <= at < end for start, end in frame.time_spans) or _right_before_its_verb(
                        text, mention.end - sentence.start, frame)) and \
                    not any(start <= at < end for start, end in frame.sequel_spans)  # "after his ordination in 1979"
                obj = cue = None
                if told and frame is not None:
                    obj = _object_of(text, frame)
                    # a light verb tells nothing itself, its object does ("made his solemn VOWS")
                    cue = (obj if frame.predicate in LIGHT_VERBS else None) \
                        if frame.predicate in EVENT_VERBS_SKIPPED else _cue_word(frame)
                # "won SUNDAY's vote": the day is the vote's; "closing arguments on Sept. 12": so is a day of a noun
                # whose verb it does not date
                cue = _dated_noun(text, at, mention.end - sentence.start, owned_only=told) or cue
                example = regex.sub(r"\s+", " ", doc.prose[sentence.start:sentence.end])[:160]
                when: dt.date | Date
                if day is not None:
                    when = day
                    candidate.events.setdefault(day, Votes()).add(example, sid)
                elif mention.date is not None and not mention.date.day and cue is not None:
                    when = mention.date  # a year or a month ("named bishop in 2015"): an event only where told
                    candidate.vague_events.setdefault(mention.date, Votes()).add(example, sid)
                else:
                    continue
                if cue is not None:
                    candidate.event_verbs.setdefault(when, Votes()).add(cue, sid)
                    if obj is not None and obj != cue:
                        candidate.event_objects.setdefault(when, Votes()).add(obj, sid)


def _right_before_its_verb(text: str, end: int, frame: Frame) -> bool:
    """The date stands right before the predicate it dates, between subject and verb ("Prosecutors on
    Saturday CHARGED the driver"), where the parse may hang it on the subject."""
    written = frame.predicate_words[-1] if frame.predicate_words else frame.predicate
    return regex.match(rf"\s*{regex.escape(written)}\b", text[end:]) is not None


def _told_sentences(docs: dict[str, Document], sheet: FactSheet) -> Iterator[tuple[str, Analysis, Sentence, str]]:
    """Each source's sentences in its own voice (not inside quotation marks), as the parser reads them."""
    for sid, doc in docs.items():
        analysis = analyse(doc, sheet)
        for sentence in analysis.sentences:
            if not sentence.quoted:
                yield sid, analysis, sentence, parser_text(analysis, sentence)


def _claims(candidate: Candidate, docs: dict[str, Document], sheet: FactSheet) -> None:
    """Names the sources put in the same slot of a clause about the same subject: "born IN Chicago",
    "mediated BY Turkey", "bishop OF Chiclayo" (read from the parse). A slot about a person of the sheet, or
    one that more than one source fills, is a claim; sources that fill it with different names are shown
    side by side."""
    for sid, analysis, sentence, text in _told_sentences(docs, sheet):
        for slot in named_slots(text):
            word = slot.governor.lower()
            if not _claim_slot(slot) or slot.text.split()[0] in CALENDAR_WORDS:
                continue
            holder = _slot_holder(text, slot)
            if holder is None:
                continue
            about = _claim_subject(analysis, sentence, holder)
            if about is None or set(slot.text.split()) & {w for name in about[1] for w in name.split()} \
                    or _language(slot.text):
                continue
            key = (_stem(word), slot.marker, about[0])
            candidate.claims.setdefault(key, Votes()).add(slot.text, sid)
            candidate.claim_words.setdefault(key, (word, about[0], about[1]))
    for key, votes in list(candidate.claims.items()):
        if len(votes.sources) < 2 and not candidate.claim_words[key][2]:
            del candidate.claims[key]  # one source's clause about something other than a person: too loose
        elif len(votes.forms) > 1:
            word, subject, _ = candidate.claim_words[key]
            candidate.report.append(
                f"{subject}: {word} {key[1]} ".replace("  ", " ") + " against ".join(
                    f"{form} ({', '.join(sorted(votes.forms[form]))})" for form in votes.ranked())
                + f"; kept {votes.ranked()[0]}")


def _doers(candidate: Candidate, docs: dict[str, Document], sheet: FactSheet) -> None:
    """Who did an act the sources tell of: the person or organisation of the sheet the parse makes the doer of
    a verb whose object is a common noun ("Prime Minister Aurel Mendt DECLARED national MOURNING", "the captain
    was ARRESTED by the National Maritime Police"). An act two sources tell is a claim; sources that name
    different doers are shown side by side."""
    dated: set[tuple[str, str]] = set()  # acts a source dates to a day: the story's events
    for sid, analysis, sentence, text in _told_sentences(docs, sheet):
        try:
            parsed = syntax.parse(text)
        except syntax.ParserUnavailable:
            return
        for verb in parsed:
            verb_lemma = lemma(verb)
            if verb.pos_ != "VERB" or verb_lemma in EVENT_VERBS_SKIPPED or verb.text.endswith("ing") or \
                    any(relation(c) in ("aux", "advmod") and lemma(c) in ("will", "would", "may", "might", "could",
                                                                         "should", "not", "never") for c in verb.children):
                continue  # a plan, a possibility or a denial is no act done
            passive = verb.dep_ != "ROOT" and verb.tag_ == "VBN" or any(c.dep_ == "nsubj:pass" for c in verb.children)
            thing = next((c for c in verb.children if (c.dep_ == "nsubj:pass" if passive else relation(c) == "obj")
                          and c.pos_ == "NOUN"), None)
            doer = next((c for c in verb.children if (c.dep_ == "obl:agent" if passive else c.dep_ == "nsubj")), None)
            if thing is None or doer is None or any(relation(c) == "nummod" for c in thing.children) or \
                    any(relation(c) == "xcomp" for c in verb.children) or \
                    any(c.i > thing.i and c.pos_ in ("VERB", "ADJ") and relation(c) in ("acl", "amod", "xcomp")
                        for c in thing.children) or \
                    lemma(thing) in ("percent", "%"):
                continue  # "won 51 seats": a figure, not an act; "found him guilty": the act is the predicate's
            fact = _doer_fact(analysis, sentence, doer)
            if fact is None:
                continue
            key = (verb_lemma, lemma(thing))
            candidate.doers.setdefault(key, Votes()).add(fact.name, sid)
            candidate.acts.setdefault(key, Counter())[_act_written(verb, thing)] += 1
            if DAY_NAMED.search(text):
                dated.add(key)
            verbs, things = candidate.act_words.setdefault(key, (set(), set()))  # "sent" and "send" for cues
            verbs.update({verb.lower_, _stem(verb_lemma)})
            things.update({thing.lower_, lemma(thing)})
    for key, votes in list(candidate.doers.items()):
        if len(votes.sources) < 2 and key not in dated:
            del candidate.doers[key]  # one source's undated act ("met families"): too loose to propose
        elif len(votes.forms) > 1:
            candidate.report.append(f"who {candidate.acts[key].most_common(1)[0][0]}: " + " against ".join(
                f"{form} ({', '.join(sorted(votes.forms[form]))})" for form in votes.ranked())
                + f"; kept {votes.ranked()[0]}")


DAY_NAMED = regex.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)}|{alternation('time', 'months')})\b")


def _act_written(verb: Token, thing: Token) -> str:
    """The act as a source writes it, the verb and its object's phrase: "declared a national day of mourning",
    "arrested the captain" (of "the captain was arrested")."""
    before = [t for t in thing.children if t.i < thing.i and relation(t) in ("det", "amod", "compound", "nmod")]
    start = min((t.left_edge.i for t in before), default=thing.i)
    end = thing.i
    of = next((t for t in thing.children if relation(t) == "nmod" and t.i == thing.i + 2 and
               thing.doc[thing.i + 1].lower_ == "of"), None)  # "a day OF MOURNING"
    if of is not None:
        end = of.i
    phrase = " ".join(t.text for t in thing.doc[start:end + 1])
    particle = "".join(f" {c.text}" for c in verb.children if c.dep_ == "compound:prt")  # "ruled OUT"
    return f"{verb.text}{particle} {phrase[:1].lower() + phrase[1:] if thing.doc[start].pos_ == 'DET' else phrase}"


def _doer_fact(analysis: Analysis, sentence: Sentence, doer: Token) -> Person | Organisation | None:
    """The person or organisation of the sheet a subject names ("Prime Minister Aurel Mendt", "the National
    Maritime Police", "he": the person the sentence before is about)."""
    if doer.lower_ in ("he", "she"):
        mention = _pronouns_person(analysis, sentence)
    else:
        words = sorted(name_words(doer), key=lambda t: t.i)
        start, end = sentence.start + words[0].idx, sentence.start + words[-1].idx + len(words[-1].text)
        head = sentence.start + doer.idx  # the doer's head, not its possessor ("Ellander's People's Union")
        mention = next((m for m in analysis.mentions_between(start, end) if m.start <= head < m.end), None)
    fact = analysis.sheet.facts.get(mention.fact_id) if mention is not None else None
    return fact if isinstance(fact, (Person, Organisation)) else None


def _ranks(candidate: Candidate, docs: dict[str, Document], sheet: FactSheet) -> None:
    """A person's place in a line, read from an ordinal the parse ties to them: what they are ("elected THE
    267TH POPE", "Sousa, the 267th pope"), or the noun of a verb's slot ("elected on the FOURTH BALLOT", "won a
    THIRD TERM"); and for "first" with a kind, the kind ("the first AMERICAN pope", "the first pope FROM the
    United States"). A time ("the third day") or something the person has ("his first words") is none."""
    for sid, analysis, sentence, text in _told_sentences(docs, sheet):
        if not ORDINAL_WORD.search(text):
            continue
        try:
            parsed = syntax.parse(text)
        except syntax.ParserUnavailable:
            return
        for token in parsed:
            if relation(token) != "amod" or not ORDINAL_WORD.fullmatch(token.text):
                continue
            noun = token.head
            if noun.pos_ != "NOUN" or lemma(noun) in NOT_RANKED or \
                    any(c.dep_ == "nmod:poss" for c in noun.children):
                continue
            found = _ranked_holder(noun)
            if found is None:
                continue
            verb, holder = found
            surname = max(name_words(holder), key=lambda t: t.i)  # "Robert Francis Prevost": Prevost
            about = _claim_subject(analysis, sentence, surname.lower_)
            if about is None or not about[1]:
                continue
            ordinal = token.text.lower()
            kinds = _kinds(noun, token) if ordinal == "first" else []  # "the 267th Catholic pope": no kind
            if ordinal == "first" and not kinds and relation(noun) != "obl":
                continue  # "the first head ... to come from": its kind in words the parse may not tie to it
            key = (verb, lemma(noun), "first" if kinds else "rank", about[0])
            for value in kinds or [ordinal]:
                candidate.ranks.setdefault(key, Votes()).add(value, sid)
            candidate.rank_names[key] = about[1]


def _kinds(noun: Token, ordinal: Token) -> list[str]:
    """The kinds a "first" tells, each as written: its capitalised modifiers, run together ("the first LATIN
    AMERICAN pope"), and the names of a "from" phrase ("the first pope FROM THE UNITED STATES": United States)."""
    modifiers = sorted((c for c in noun.children if relation(c) in ("amod", "compound") and c.text[:1].isupper()
                        and c.i > ordinal.i), key=lambda t: t.i)
    runs: list[list[Token]] = []
    for modifier in modifiers:
        if runs and modifier.i == runs[-1][-1].i + 1:
            runs[-1].append(modifier)
        else:
            runs.append([modifier])
    origins = [sorted(name_words(c), key=lambda t: t.i) for c in noun.children
               if relation(c) == "nmod" and c.pos_ == "PROPN" and any(relation(m) == "case" and m.lower_ == "from"
                                                                       for m in c.children)]
    return [" ".join(t.text for t in run) for run in runs + origins]


def _ranked_holder(noun: Token) -> tuple[str, Token] | None:
    """Whose rank a noun with an ordinal tells, and the verb it is told with ("" for what the holder is):
    the name an apposition describes, the subject of a predicate noun, or the subject of the verb whose
    object or slot it is; a conjunct's are its first conjunct's ("the first American pope and the first
    Augustinian one")."""
    while relation(noun) == "conj" and noun.head != noun:
        noun = noun.head
    rel, head = relation(noun), noun.head

    def subject(of: Token) -> Token | None:
        return next((c for c in of.children if relation(c) == "nsubj"), None)

    if rel == "appos" and head.pos_ == "PROPN":
        return "", head
    if rel == "xcomp" or subject(noun) is not None:
        holder = subject(head if rel == "xcomp" else noun)
        return ("", holder) if holder is not None else None
    if rel in ("obj", "obl") and head.pos_ == "VERB":
        holder = subject(head)
        marker = next((c.lower_ for c in noun.children if relation(c) == "case"), "")
        return (f"{lemma(head)} {marker}".strip(), holder) if holder is not None else None
    return None


def _claim_slot(slot: NamedSlot) -> bool:
    """A name in a verb's prepositional slot ("born IN Chicago"), in a title held somewhere ("bishop OF
    Chiclayo") or in a relation to a person ("successor TO Pope Francis"); not a noun's other modifiers
    ("the balcony of St. Peter's"), nor an object, which is what happened rather than a fact of the story
    ("thanked Francis")."""
    word = slot.governor.lower()
    if not regex.fullmatch(r"\p{Ll}{3,}", slot.governor) or word in EVENT_VERBS_SKIPPED:
        return False
    if slot.marker == "of":
        return word in TITLE_WORDS
    if slot.marker == "to" and slot.governor_pos == "NOUN":
        return word in vocabulary("relation", "nouns")
    return slot.governor_pos == "VERB" and slot.marker in CLAIM_MARKERS


def _slot_holder(text: str, slot: NamedSlot) -> str | None:
    """Whom the slot is about: the clause's subject, but for a title given to an object the object ("Francis
    named HIM bishop of Chiclayo"); None where a verb's slot may be its object's ("Francis brought him to
    Rome": who went to Rome?)."""
    token = syntax.token_in(text, slot.start)
    while token is not None and relation(token) == "conj" and token.head != token:
        token = token.head
    governor = token.head if token is not None and token.head != token else None
    if governor is None:
        return slot.frame.subject
    if slot.governor_pos == "NOUN":
        if relation(governor) == "xcomp":
            given = next((c for c in governor.head.children if relation(c) == "obj"), None)
            return given.lower_ if given is not None else slot.frame.subject
        if relation(governor) == "appos":
            return governor.head.lower_  # "Sousa, the successor to Pope Clement,": Sousa
        return slot.frame.subject
    if any(relation(c) == "obj" and c.pos_ in ("PRON", "PROPN") for c in governor.children):
        return None
    return slot.frame.subject


def _claim_subject(analysis: Analysis, sentence: Sentence, subject: str) -> tuple[str, tuple[str, ...]] | None:
    """Who or what a clause is about, as a label and the names that tie a draft's clause to it: a person
    the subject names (a personal pronoun: the person the sentence before is about), else the subject's
    words; None for a clause with no subject."""
    if subject in ("he", "she", "him", "her"):
        mention = _pronouns_person(analysis, sentence)
    else:
        mention = next((m for m in analysis.mentions_between(sentence.start, sentence.end)
                        if subject and subject in m.text.lower().split()), None)
    person = analysis.sheet.person(mention.fact_id) if mention is not None else next(
        (p for p in analysis.sheet.people if subject in {w.lower() for n in (p.name, *p.aliases) for w in n.split()}),
        None)
    if person is not None:
        return person.label, tuple(dict.fromkeys((person.name.split()[-1], *person.aliases)))
    if mention is not None:
        return None
    if not subject or subject in ("he", "she", "him", "her", "it", "they", "we", "i", "you", "this", "that"):
        return None
    return subject, ()


def _pronouns_person(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The person a "he" or "she" in the sentence is: the subject of the sentence before, else the person
    named nearest before it."""
    return _antecedent(analysis, sentence) or analysis.person_before(sentence.start)


def _antecedent(analysis: Analysis, sentence: Sentence) -> Mention | None:
    """The person a "he" or "she" opening a sentence is: the subject of the sentence before, by its last name
    ("Robert Francis Prevost was announced as the successor to Pope Francis. He is ...": Prevost, though
    a middle name is another person's)."""
    if sentence.index == 0:
        return None
    before = analysis.sentences[sentence.index - 1]
    try:
        parsed = syntax.parse(parser_text(analysis, before))
    except syntax.ParserUnavailable:
        return None
    subjects = [c for root in parsed if root.head == root for c in root.children
                if relation(c) == "nsubj"]  # a headline before the clause is a root too
    if not subjects:
        return None
    subject = subjects[-1]
    last = max(name_words(subject), key=lambda t: t.i)
    offset = before.start + last.idx
    return next((m for m in analysis.mentions_between(before.start, offset + 1)
                 if m.start <= offset < m.end and analysis.sheet.person(m.fact_id) is not None), None)


def _stem(word: str) -> str:
    """A word without its inflection, so that "succeeds" and "succeeded" fill one slot."""
    return regex.sub(r"(?:ed|es|s|ing)$", "", word) if len(word) > 5 else word


def _dated_noun(text: str, start: int, end: int, *, owned_only: bool = False) -> str | None:
    """The event a date names as a noun's own ("SUNDAY's election", "Friday's earthquake", "closing arguments
    ON SEPT. 12", "a first hearing on Oct. 23"): that noun."""
    token = syntax.token_in(text, start)
    while token is not None and token.head != token and start <= token.head.idx < end:
        token = token.head  # "Sept. 12": the date's head word, whose own head is outside it
    if token is None or relation(token) not in (("nmod:poss",) if owned_only else ("nmod:poss", "nmod")) or \
            token.head.pos_ != "NOUN" or \
            lemma(token.head) in vocabulary("count", "stand_ins"):
        return None
    return lemma(token.head)


def _object_of(text: str, frame: Frame) -> str | None:
    """The noun a predicate's object names: what a light verb says happened ("made his solemn VOWS", "took
    OFFICE"), and what tells apart two events of one verb ("joined the ORDER in 1977", "joined the MISSION in
    1985")."""
    verb = syntax.token_in(text, frame.predicate_offset)
    if verb is None:
        return None
    obj = next((c for c in verb.children if relation(c) == "obj" and c.pos_ not in ("PRON", "NUM") and c.is_alpha and
                not _person_noun(c)), None)  # "jailed the MAYOR": who, not what happened
    if obj is None:  # "the TRIAL opened on June 2", "the VOTE was scheduled for Friday": what happened is the subject
        obj = next((c for c in verb.children if relation(c) in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN" and
                    c.text.islower() and not _person_noun(c)), None)
    return obj.text.lower() if obj is not None else None  # the tagger may call it a verb ("vows"); not the relation


PERSON_ENDING = regex.compile(r"(?:ist|ian|man|men|woman|women)s?$")  # "the chairman", "journalists"


def _person_noun(token: Token) -> bool:
    """A noun that says who someone is ("the mayor", "prosecutors", "his wife"), not what happened."""
    return names_someone(lemma(token)) or lemma(token) in OFFICE_NOUNS or PERSON_ENDING.search(token.lower_) is not None


def _cue_word(frame: Frame) -> str:
    """The predicate as a cue that matches it in a draft, and its other forms: an English word from which
    the written form is an ordinary ending away (a cue matches its word with those endings: "elect" for
    elected, "jail" for jailed, "agree" for agreed), the shortest such; else the written form ("born",
    "spent"). The lemmatizer's guess alone may match nothing ("spen" for spent) or too little ("jaile")."""
    lemma_, written = frame.predicate, (frame.predicate_words[1] if len(frame.predicate_words) > 1
                                        else frame.predicate).lower()
    stems = {written, lemma_, os.path.commonprefix([lemma_, written])} | \
        {written[:-len(ending)] for ending in ENDINGS if written.endswith(ending)}
    fitting = [stem for stem in stems if len(stem) >= 4 and frequency(stem) and
               any(written == stem + ending for ending in ("", *ENDINGS))]
    return min(fitting, key=lambda stem: (len(stem), stem)) if fitting else written


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _list(values) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def _fact_sources(sources: set[str]) -> list[str]:
    lines = [f"sources = {_list(sorted(sources))}"]
    if len(sources) == 1:
        lines.append("single_source = true")
    return lines


def _render(candidate: Candidate, as_of: dt.date, *, with_findings: bool) -> str:
    out = ["# Candidate fact sheet written by `copydesk facts build`: review every fact before use.",
           "# Comments marked DISAGREEMENT list the minority forms the sources also use.", "schema = 1", "",
           "[story]", f'id = "candidate-{as_of.isoformat()}"', 'title = "TODO: the story\'s title"',
           f"as_of = {as_of.isoformat()}", ""]
    for sid, path in candidate.sources.items():
        out += ["[[sources]]", f"id = {_q(sid)}", f"file = {_q(path.name)}", 'outlet = "TODO"', ""]
    variants_of = {s.ranked()[0]: s for s in candidate.spellings}
    for key, person in candidate.people.items():
        name = person["name"]
        surname = name.split()[-1]
        spelled = variants_of.get(surname)
        titles: Votes = person["titles"]
        out += ["[[people]]", f"id = {_q(_person_id(key, name))}", f"name = {_q(name)}"]
        if len(name.split()) > 1:
            out += [f"first_name = {_q(name.split()[0])}", f"surname = {_q(surname)}"]
        if person.get("aliases"):
            out.append(f"aliases = {_list(sorted(person['aliases']))}")
        died = person.get("died")
        if died:
            out.append(f"died = {died.isoformat()}")
        if spelled:
            out.append(f"variants = {_list(spelled.ranked()[1:])}")
        out += _fact_sources(person["name_votes"].sources | titles.sources)
        if titles.forms:
            ranked = titles.ranked()
            for listed in _disputed_titles(titles).values():
                out += [f"# DISAGREEMENT: {', '.join(sorted(titles.forms[minority]))} call {name} "
                        f"{person['written'][minority]!r}" for minority in listed[1:]]
            offices: dict[str, set[str]] = {}  # each office the sources give, "former" or not: a role
            for title in ranked:
                offices.setdefault(regex.sub(r"^former ", "", title), set()).update(titles.forms[title])
            for office, sources in offices.items():
                out += ["", "[[people.roles]]", f"office = {_q(office)}", f"sources = {_list(sorted(sources))}"]
        out.append("")
    for name, votes in candidate.organisations.items():
        out += ["[[organisations]]", f"id = {_q(_slug(name))}", f"name = {_q(name)}"]
        others = [form for form in votes.ranked() if form != name]
        short = candidate.organisation_short.get(name, Votes())
        if short.forms:
            out.append(f"aliases = {_list(short.ranked())}")
        if others:
            out.append(f"variants = {_list(others)}")
        out += _fact_sources(votes.sources | short.sources) + [""]
    person_words = {w for p in candidate.people.values() for w in p["name"].split()}
    for house, votes in candidate.places.items():
        if house in person_words:
            continue
        spelled = variants_of.get(house)
        out += ["[[places]]", f"id = {_q(_slug(house))}", f"name = {_q(house)}"]
        if house in candidate.countries:
            out.append('kind = "country"')
            if house in candidate.demonyms:
                out.append(f"adjectives = {_list(candidate.demonyms[house].ranked())}")
            aliases = sorted(form for form in candidate.countries[house].forms if form != house)
            if aliases:
                out.append(f"aliases = {_list(aliases)}")
        elif house in candidate.place_kinds:
            out.append(f"kind = {_q(candidate.place_kinds[house].ranked()[0])}")
        area = next((name for name in candidate.place_within.get(house, Votes()).ranked()
                     if name in candidate.places and name != house and name not in person_words), None)
        if area is not None:
            out.append(f"within = {_q(_slug(area))}")
        if spelled:
            for minority in (form for form in spelled.ranked()[1:] if spelled.forms[form]):
                out.append(f"# DISAGREEMENT: {', '.join(sorted(spelled.forms[minority]))} write {minority!r}")
            out.append(f"variants = {_list(spelled.ranked()[1:])}")
        out += _fact_sources(votes.sources) + [""]
    if not with_findings:
        return "\n".join(out)
    measures = sorted({votes.ranked()[0] for votes in candidate.quantities.values()} |
                      {noun for noun, _, _ in candidate.changing})
    tolls = sorted({kind for noun in measures for kind in [_toll_of(noun)] if kind})
    if tolls:  # what a casualty figure counts is a category of one measure, as an editor writes it
        heads = sorted({noun.rsplit(" ", 1)[0] for noun in measures if _toll_of(noun) and " " in noun}) or ["people"]
        words = sorted({form for kind in tolls for form in section("toll")[kind]})
        # "390 civilians" freed are no casualties: a figure is one only beside a casualty word
        out += ["[[measures]]", 'id = "casualties"', 'what = "casualties"', f"nouns = {_list(heads)}",
                f"cues = [{_list(words)}]", "# TODO: a cue group for what the casualties are of", "[measures.categories]"]
        out += [f"{kind} = {_list(sorted(section('toll')[kind]))}" for kind in tolls] + [""]
    for noun in (noun for noun in measures if not _toll_of(noun)):
        out += ["[[measures]]", f"id = {_q('count-' + _slug(noun))}", f"what = {_q(noun)}", f"nouns = {_list([noun])}"]
        verbs = _measure_verbs(candidate, noun)
        # a noun as general as "people" is compared only where a verb its figures had says what they count
        out += [f"cues = [{_list(verbs)}]", "# TODO: categories and side_nouns"] if verbs else \
            ["# TODO: categories, side_nouns and cues"]
        out.append("")
    for index, ((value, scope), votes) in enumerate(sorted(candidate.quantities.items(),
                                                         key=lambda item: (-len(item[1].sources), item[0][0]))):
        noun = votes.ranked()[0]
        out += ["[[quantities]]", f'id = "quantity-{index + 1}"', f"what = {_q(f'{noun} (TODO: describe)')}",
                *_measure_lines(noun), f"value = {lang.number_text(value).replace(',', '')}"]
        if scope:
            out.append(f"scope = {_q(scope)}")
        if (value, scope) in candidate.approximate:
            out.append("approximate = true")
        out += [f"# agreed by {_count(votes.sources)}"] + _fact_sources(votes.sources) + [""]
    # each length is measured only where a draft names what it measures: "69 years" old is no "12 years" in office
    lengths = {(unit, votes.ranked()[0]): votes.ranked() for (_, unit), votes in candidate.measured.items()}
    for (unit, noun), nouns in sorted(lengths.items()):
        out += ["[[measures]]", f"id = {_q(f'length-{unit}-{_slug(noun)}')}", f"what = {_q(f'{noun}, in {unit}s')}",
                f"unit = {_q(unit)}", f"cues = [{_list(nouns)}]", ""]
    for index, ((value, unit), votes) in enumerate(sorted(candidate.measured.items(),
                                                        key=lambda item: (-len(item[1].sources), item[0]))):
        noun = votes.ranked()[0]
        out += ["[[quantities]]", f'id = "measured-{index + 1}"', f"what = {_q(f'{noun}, in {unit}s (TODO: describe)')}",
                f"measure = {_q(f'length-{unit}-{_slug(noun)}')}", f"value = {value:g}"]
        if (value, unit) in candidate.approximate:
            out.append("approximate = true")
        if len(votes.forms) > 1:
            out.append(f"# the sources say it measures: {', '.join(votes.ranked())}")
        out += _fact_sources(votes.sources) + [""]
    if candidate.ages:
        out += ["[[measures]]", 'id = "age"', 'what = "age in years"', 'unit = "year"',
                'cues = [["aged", "years old", "age"]]', ""]
    for key, votes in sorted(candidate.ages.items()):
        name = candidate.people[key]["name"]
        for other in votes.ranked()[1:]:
            out.append(f"# DISAGREEMENT: {', '.join(sorted(votes.forms[other]))} give {name}'s age as {other}")
        out += ["[[quantities]]", f"id = {_q('age-' + _person_id(key, name))}", f"what = {_q(name + chr(39) + 's age')}",
                'measure = "age"', f"value = {votes.ranked()[0]}"] + _fact_sources(votes.forms[votes.ranked()[0]]) + [""]
    for index, ((noun, verb, scope), values) in enumerate(sorted(candidate.changing.items())):
        _, value, latest = values[-1]
        out += ["[[quantities]]", f'id = "changing-{index + 1}"',
                f"what = {_q(f'{noun}: {verb} (TODO: describe)' if verb else f'{noun} (TODO: describe)')}",
                *_measure_lines(noun), f"value = {value:g}", "changes = true"]
        if scope:
            out.append(f"scope = {_q(scope)}")
        out += _fact_sources(latest.forms[f"{value:g}"])
        for day, earlier, votes in values[:-1]:
            out += ["[[quantities.values]]", f"value = {earlier:g}", f"as_of = {day.isoformat()}",
                    f"sources = {_list(sorted(votes.forms[f'{earlier:g}']))}"]
        out.append("")
    for index, quote in enumerate(candidate.quotes):
        wordings: Votes = quote["wordings"]
        kept = quote["distinct"][0]
        entry = ["[[quotes]]", f'id = "quote-{index + 1}"', f"speaker = {_q(quote['speaker'] or 'TODO')}"]
        entry += [f"# DISAGREEMENT: {', '.join(sorted(wordings.forms[other]))} quote it as {_q(other)}"
                  for other in quote["distinct"][1:]]
        entry += [f"text = {_q(kept)}"] + _fact_sources(wordings.forms[kept] | quote["supporting"])
        if not quote["speaker"]:
            entry = ["# No speaker found for this quotation: name one and remove the comment marks."] + \
                [line if line.startswith("#") else f"# {line}" for line in entry]
        out += entry + [""]
    for day, votes in sorted(candidate.events.items()):
        cues = _event_cues(candidate, day)  # what the sources say happened that day: the verbs its dates belong to
        out += ["[[events]]", f'id = "event-{day.isoformat()}"',
                f"name = {_q(f'TODO: what happened on {WEEKDAYS[day.weekday()]} {long_date(day)}')}",
                f"date = {day.isoformat()}", f"# e.g. {votes.ranked()[0][:120]}"]
        if cues:
            out.append(f"cues = {cues}")
        out += _fact_sources(votes.sources) + [""]
    for date, votes in sorted(candidate.vague_events.items(), key=lambda item: (item[0].year, item[0].month or 0)):
        written = f"{date.year}" + (f"-{date.month:02d}" if date.month else "")
        out += ["[[events]]", f'id = "event-{written}"', f"name = {_q(f'TODO: what happened in {date}')}",
                f"date = {_q(written)}", f"# e.g. {votes.ranked()[0][:120]}", f"cues = {_event_cues(candidate, date)}"]
        out += _fact_sources(votes.sources) + [""]
    for (stem, marker, subject), votes in sorted(candidate.claims.items()):
        word, label, names = candidate.claim_words[(stem, marker, subject)]
        value = votes.ranked()[0]
        out += ["[[claims]]", f"id = {_q(_slug(f'{label} {word} {marker}'))}",
                f"subject = {_q(f'{label}: {word} {marker} …'.replace('  ', ' '))}", f"value = {_q(value)}",
                f"cues = {_cue_groups(stem, names)}"]
        if marker:
            out.append(f"slots = {_list([f'{word} {marker}'])}")
        out += _disagreements(votes)
        out += [f"accepted = {_list([value])}", "wrong = []  # TODO: the values a draft must not give"]
        out += _fact_sources(votes.forms[value]) + [""]
    for (verb, thing), votes in sorted(candidate.doers.items()):
        act, value = candidate.acts[(verb, thing)].most_common(1)[0][0], votes.ranked()[0]
        out += ["[[claims]]", f"id = {_q(_slug(f'who {verb} {thing}'))}", f"subject = {_q(f'who {act}')}",
                f"value = {_q(value)}", f"cues = [{_list(sorted(candidate.act_words[(verb, thing)][0]))}, "
                                        f"{_list(sorted(candidate.act_words[(verb, thing)][1]))}]"]
        out += _disagreements(votes)
        out += [f"accepted = {_list([value])}", "wrong = []  # TODO: the values a draft must not give"]
        out += _fact_sources(votes.forms[value]) + [""]
    for rank_key, votes in sorted(candidate.ranks.items()):
        verb, noun, kind, label = rank_key
        ranked, told = votes.ranked(), f"{verb} " if verb else ""
        if kind == "rank":
            out += ["[[claims]]", f"id = {_q(_slug(f'{label} {verb} {noun} rank'))}",
                    f"subject = {_q(f'{label}: {told}the … {noun}')}", f"value = {_q(f'the {ranked[0]} {noun}')}",
                    f"cues = {_cue_groups(noun, candidate.rank_names[rank_key])}"]
            out += _disagreements(votes)
            out += [f"accepted = {_list([ranked[0]])}",
                    f"wrong = {_list([f'{other} {noun}' for other in _other_ordinals(ranked[0])])}"]
        else:  # "the first American pope, the first Peruvian pope": each a kind he is the first of
            out += ["[[claims]]", f"id = {_q(_slug(f'{label} first {noun}'))}",
                    f"subject = {_q(f'{label}: the first … {noun}')}", f"value = {_q(ranked[0])}",
                    f"cues = [[\"first\"], {_cue_groups(noun, candidate.rank_names[rank_key])[1:]}"]
            out += [f"# also {_q(other)} ({', '.join(sorted(votes.forms[other]))})" for other in ranked[1:]]
            out += [f"accepted = {_list(ranked)}", "wrong = []  # TODO: the values a draft must not give"]
        out += _fact_sources(votes.forms[ranked[0]]) + [""]
    for person_key, votes in sorted(candidate.names_taken.items()):
        if person_key not in candidate.people:
            continue
        name, ranked = candidate.people[person_key]["name"], votes.ranked()
        out += ["[[claims]]", f"id = {_q(_slug(f'{name} name taken'))}", f"subject = {_q(f'{name}: the name taken')}",
                f"value = {_q(ranked[0])}", f"cues = [[\"name\"], {_list([name.split()[-1]])}]"]
        out += _disagreements(votes)
        out += [f"accepted = {_list([ranked[0]])}", f"wrong = {_list(_other_regnal_numbers(ranked[0]))}"]
        out += _fact_sources(votes.forms[ranked[0]]) + [""]
    return "\n".join(out)


def _disagreements(votes: Votes) -> list[str]:
    """A comment line for each value other sources give than the one kept, with those sources."""
    return [f"# DISAGREEMENT: {', '.join(sorted(votes.forms[other]))} say {_q(other)}" for other in votes.ranked()[1:]]


ROMAN = (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def _other_regnal_numbers(name: str) -> list[str]:
    """The same name with the numbers next to its own ("Leo XIII", "Leo XV" beside "Leo XIV"); none for a
    name without one."""
    match = regex.fullmatch(r"(?P<name>.+)\s+(?P<number>[IVXLC]+)", name)
    if match is None:
        return []
    values = dict(ROMAN)
    digits = [values[c] for c in match.group("number")]
    number = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))

    def roman(n: int) -> str:
        written = ""
        for numeral, value in ROMAN:
            while n >= value:
                written, n = written + numeral, n - value
        return written

    return [f"{match.group('name')} {roman(n)}" for n in (number - 1, number + 1) if n > 0]


def _other_ordinals(ordinal: str) -> list[str]:
    """The ordinals next to one, written the same way: a slip a draft may make ("266th", "third")."""
    if ordinal[:1].isdigit():
        number = int(regex.match(r"\d+", ordinal).group())
        return [f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
                for n in range(max(1, number - 2), number + 3) if n != number]
    words = {n: word for word, n in lang.ORDINALS.items()}
    number = lang.ORDINALS[ordinal]
    return [words[n] for n in range(max(1, number - 2), number + 3) if n != number and n in words]


def _toll_of(noun: str) -> str | None:
    """The casualty category a counted noun names ("people killed", "missing"), if it names one."""
    kind = noun.rsplit(" ", 1)[-1]
    return kind if kind in section("toll") else None


def _measure_lines(noun: str) -> list[str]:
    """A quantity's measure (and category, for a casualty figure)."""
    kind = _toll_of(noun)
    return ['measure = "casualties"', f"category = {_q(kind)}"] if kind else [f"measure = {_q('count-' + _slug(noun))}"]


def _measure_verbs(candidate: Candidate, noun: str) -> list[str]:
    """The verbs every figure of a counted noun was told with, as cues; none if one figure had no verb."""
    keys = [key for key, votes in candidate.quantities.items() if votes.ranked()[0] == noun]
    if not keys or any(key not in candidate.quantity_verbs for key in keys):
        return []
    return sorted({verb for key in keys for verb in candidate.quantity_verbs[key].forms})


def _event_cues(candidate: Candidate, date: dt.date | Date) -> str:
    """An event's cue groups: its verbs, and the verbs' objects (or the subjects of verbs without one) as a
    second group, which tells two events of one verb apart ("joined" the order in 1977, "joined" the mission in
    1985) and says what a verb of any event says happened ("the TRIAL opened"); "" for none."""
    verbs = candidate.event_verbs.get(date)
    if not verbs:
        return ""
    cues = verbs.ranked()[:4]
    objects = candidate.event_objects.get(date)
    if objects:
        return f"[{_list(cues)}, {_list(objects.ranked()[:4])}]"
    return f"[{_list(cues)}]"


def _cue_groups(stem: str, names: tuple[str, ...]) -> str:
    groups = [[stem]] + ([list(names)] if names else [])
    return "[" + ", ".join(_list(group) for group in groups) + "]"


def _person_id(key: str, name: str) -> str:
    """A person's id: the surname, or the whole name for a second person of that surname."""
    surname = name.split()[-1]
    return _slug(surname) if key == skeleton(surname) else _slug(name)


def _slug(text: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"
