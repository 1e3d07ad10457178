"""T — titles and roles: people described with an office the fact sheet contradicts."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import regex

from .. import syntax
from ..analysis import occasions
from ..analysis.events import events_in
from ..analysis.frames import relation
from ..analysis.reading import parser_text
from ..dates import find_dates
from ..analysis.titles import Title, Titles, office_key, titles
from ..facts import Person, Role, long_date
from ..finding import Edit, Violation
from ..rule import Context, Family, Plant, Rule
from ..text import OFFICES

FAMILY = Family("T", "titles and roles")


def _day(ctx: Context) -> dt.date:
    """The day a title is judged on: the draft's own ("the chief executive" in a report filed before he quit)."""
    return occasions.draft_date(ctx.analysis)


def _dated_before(ctx: Context, offset: int, role: Role) -> bool:
    """'In 2023, former President Trump...': the sentence is set before the current term began."""
    sentence = ctx.analysis.sentence_at(offset)
    if sentence is None or role.start is None:
        return False
    return any(m.date is not None and m.date.year < role.start.year
               for m in ctx.analysis.dates(sentence, ctx.as_of.year))


def _dated_within_term(ctx: Context, offset: int, role: Role) -> bool:
    """'Pope Francis sent him to Chiclayo in 2014': every year the sentence names falls in the term the title
    names, before it ended: the office as it was then."""
    sentence = ctx.analysis.sentence_at(offset)
    if sentence is None or role.end is None:
        return False
    years = [m.date.year for m in ctx.analysis.dates(sentence, ctx.as_of.year) if m.date is not None and
             (m.date.month is None or m.date.year != ctx.as_of.year)]
    return bool(years) and all((role.start is None or role.start.year <= year) and year < role.end.year
                               for year in years)


def _narrates_change(ctx: Context, offset: int, person: Person, role: Role) -> bool:
    """The sentence tells of the change itself: an event on or before the day the role ended ("Cardinal
    Prevost was elected on Thursday"), or the office that followed it ("Cardinal Prevost becomes pope")."""
    sentence = ctx.analysis.sentence_at(offset)
    if sentence is None or role.end is None:
        return False
    if any(event.date.first_day <= role.end.first_day for event, _ in events_in(ctx.analysis, sentence)):
        return True
    text = ctx.analysis.sentence_text(sentence)
    successors = {r.office for r in person.roles if r.start is not None and r.start.first_day >= role.end.first_day
                  and r.holds_on(_day(ctx))}
    return any(regex.search(rf"(?i)\b{regex.escape(office)}\b", text) for office in successors)


DEATH = regex.compile(r"(?i)\b(?:died|dies|death|dead|late|funeral|burial|buried|passed\s+away)\b")
# "the successor to Pope Francis", "his predecessor, Pope Francis": the title names who held the office before
SUCCESSION = regex.compile(r"(?i)\b(?:predecessors?|successors?|succeed(?:s|ed|ing)?|preceded|replac(?:es|ed|ing))\b")


PAST_DESCRIPTION = regex.compile(r"(?i),?\s+(?:(?:who|that)\s+(?:once|had|formerly|previously|used\s+to)|when|while|"
                                 r"at\s+the\s+time)\b")
TERM_OPENING = regex.compile(r"(?i)\s*\(?\s*(?:from|between|until|till|in|during)\b")


def _given_with_its_term(ctx: Context, offset: int, role: Role) -> bool:
    """The office is followed by when it was held ("Marek Novak, Transport Minister BETWEEN 10 January 2024 AND
    30 June 2029") or by what its holder did then ("the Transport Minister WHO ONCE PROMISED 1,200 km of
    motorway", "prime minister WHEN the budget was cut"): named as of then."""
    if role.end is None:
        return False
    if PAST_DESCRIPTION.match(ctx.doc.prose, offset):
        return True
    if not TERM_OPENING.match(ctx.doc.prose, offset):
        return False
    window = ctx.doc.prose[offset:offset + 60]
    return any(m.date is not None and m.date.first_day <= role.end.first_day
               for m in find_dates(window, 0, len(window), ctx.as_of.year))


def _told_dead(ctx: Context, person: Person) -> bool:
    """The draft itself says the person has died ("Pope Francis, who died on April 21"): a sentence that names
    them also speaks of a death."""
    return any(mention.fact_id == person.id and
               (sentence := ctx.analysis.sentence_at(mention.start)) is not None and
               DEATH.search(ctx.analysis.sentence_text(sentence)) is not None
               for mention in ctx.analysis.mentions)


def _told_as_predecessor(ctx: Context, offset: int) -> bool:
    sentence = ctx.analysis.sentence_at(offset)
    return sentence is not None and SUCCESSION.search(ctx.analysis.sentence_text(sentence)) is not None


def _named_as_of_then(ctx: Context, offset: int) -> bool:
    """The title names the office as it was at the time a past clause tells of, the person being no actor of
    the story's day: the object of a preposition or verb in a clause in the past ("prefect under Pope
    Francis", "a moderate who was close to Pope Francis", "named bishop by Pope Francis")."""
    sentence = ctx.analysis.sentence_at(offset)
    if sentence is None:
        return False
    token = syntax.token_in(parser_text(ctx.analysis, sentence), offset - sentence.start)
    while token is not None and token.head != token and relation(token) in ("compound", "flat", "amod", "nmod"):
        if relation(token) == "nmod" and token.head.pos_ != "PROPN":
            break
        token = token.head  # up to the name's head: "Pope" in "Pope Francis" hangs on "Francis"
    if token is None or relation(token) not in ("obl", "obj", "iobj", "nmod"):
        return False
    clause = token.head
    while clause.head != clause and clause.pos_ not in ("VERB", "AUX") and \
            not any(relation(c) == "cop" for c in clause.children):
        if relation(clause) == "appos":
            return True  # "Prevost, the prefect ... under Pope Francis,": a role described, at its own time
        clause = clause.head  # the clause the phrase is in
    if not any("Tense=Past" in str(t.morph) for t in (clause, *clause.children) if t == clause or
               relation(t) in ("aux", "cop")):
        return False
    # a clause dated to a day is the story's time: "signed by President Biden on Friday" needs "former"
    first, last = min(t.idx for t in clause.subtree), max(t.idx + len(t) for t in clause.subtree)
    return not find_dates(ctx.analysis.sentence_text(sentence), first, last, ctx.as_of.year)


def _drop_former(prose: str, title: Title) -> Edit:
    """Delete "former"/"ex-" (keeping a capital at a sentence start, and the line break of a wrapped line)."""
    assert title.former is not None, "only a title written with 'former' has one to drop"
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
    fix_availability = "always"
    messages = {"sitting": "{name} is the sitting {office} as of {day}, not a former one; drop \u201c{written}\u201d"}
    defaults = {"offices": list(OFFICES)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        found = titles(ctx.analysis, tuple(self.options["offices"]))
        for title in found.titles:
            if title.former is None or title.qualifier(ctx.doc.prose) not in ("former", "ex") or \
                    ctx.analysis.quoted(title.former[0]):
                continue  # (a title inside quotation marks is the speaker's word, not the draft's)
            current = [r for r in found.roles_matching(title) if r.holds_on(_day(ctx))]
            if not current or _dated_before(ctx, title.start, current[0]):
                continue
            role = current[0]
            yield Violation(
                title.former[0], title.office_span[1],
                self.say("sitting", name=title.person.name, office=found.describe(role), day=long_date(_day(ctx)),
                         written=ctx.doc.prose[slice(*title.former)].strip()),
                fact=title.person.id, fix=_drop_former(ctx.doc.prose, title))


class WrongOffice(Rule):
    """Gives a person an office the fact sheet says they do not hold.

    ## What it does
    Finds an office written next to a known person ("Prime Minister Putin",
    "Ukrainian President Vladimir Putin", "Zelensky, the Russian president") and
    checks it against the person's roles on the story's as-of date. An office the
    person left is reported as no longer held — except where the title names the
    office as it was when a past clause tells of the person, who is no actor of the
    story's day ("a bishop under Pope Francis", "who was close to Pope Francis"),
    or where the person has died (the sheet's `died`, or the draft says so). An office
    the sheet does not give the person is reported only where the sheet rules it
    out: another person of the sheet holds it, or it is one of the rule's offices
    and the person holds another of them or an office no one else of the sheet
    holds ("Prime Minister Putin"); beside a rank many share, the sheet may simply
    be silent on it ("Cardinal Pietro Parolin, the Vatican secretary of state").

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
    fix_availability = "sometimes"
    messages = {"left": "{name} left office as {office} {date:on}; \u201c{written}\u201d needs \u201cformer\u201d",
                "office": "{name} is {office}, not \u201c{written}\u201d"}
    defaults = {"offices": list(OFFICES)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        found = titles(ctx.analysis, tuple(self.options["offices"]))
        for title in found.titles:
            if title.former is not None or title.mention is None:
                continue
            roles = title.person.roles
            if not roles or any(r.holds_on(_day(ctx)) for r in found.roles_matching(title)):
                continue
            current = found.current_roles(title.person)
            past = [r for r in found.roles_matching(title) if r.end is not None and r.end.first_day <= _day(ctx)]
            written = ctx.doc.prose[title.start:title.office_span[1]].strip()
            if past and (title.person.died is not None and title.person.died.first_day <= _day(ctx) or
                         past[0].end is not None and past[0].end.first_day == occasions.own_date(ctx.analysis) or
                         _narrates_change(ctx, title.start, title.person, past[0]) or
                         _dated_within_term(ctx, title.start, past[0]) or
                         _given_with_its_term(ctx, title.office_span[1], past[0]) or
                         not current and (_told_dead(ctx, title.person) or _told_as_predecessor(ctx, title.start)
                                          or _named_as_of_then(ctx, title.mention.start))):
                continue  # "Pope Francis", who has died (says the sheet, or the draft); a title on the day it
                #           ended, in that day's report ("he names Cardinal Prevost"); "Cardinal Prevost was
                #           elected pope"; "he was close to Pope Francis"
            if past:
                message = self.say("left", name=title.person.name, office=found.describe(past[0], since=False),
                                   date=past[0].end, written=written)
                fix: Edit | None = Edit(title.start, title.start, "former ", safe=False)
            elif current and _excludes(ctx, found, title, current, tuple(self.options["offices"])):
                message = self.say("office", name=title.person.name, office=found.describe(current[0]),
                                   written=written)
                same_office = office_key(current[0].office) == title.office
                fix = None if same_office else \
                    Edit(title.office_span[0], title.office_span[1], current[0].office, safe=False)
            else:
                continue
            yield Violation(title.start, title.office_span[1], message, fact=title.person.id, fix=fix)


def _excludes(ctx: Context, found: Titles, title: Title, current: list[Role], offices: tuple[str, ...]) -> bool:
    """What the sheet says of the person rules the written office out: another person of the sheet holds it
    ("Zelensky, the Russian president"), or the written office is one of the rule's list and the person holds
    another of them, or an office no one else of the sheet holds ("Prime Minister Putin", "Prime Minister
    Prevost" of the pope). An office the sheet is silent on for someone whose rank many share is not wrong
    ("Cardinal Pietro Parolin, the Vatican secretary of state")."""
    listed = {office_key(office) for office in offices}
    if title.office in listed and any(office_key(r.office) in listed or _sole(ctx, r) for r in current):
        return True
    if any(title.office == office_key(f"{deputy} {r.office}") for r in current for deputy in ("deputy", "vice")):
        return True  # "Deputy Prime Minister Venturi" of the prime minister
    return any(person is not title.person and any(found.holds(role, title) for role in person.roles)
               for person in ctx.facts.people)


def _sole(ctx: Context, role: Role) -> bool:
    """No one else of the sheet holds the role's office now, and the sheet does not say many hold it."""
    office = office_key(role.office)
    return not ctx.facts.held_by_many(role.office) and sum(
        1 for person in ctx.facts.people for r in person.roles
        if office_key(r.office) == office and r.holds_on(_day(ctx))) == 1


class LateForTheLiving(Rule):
    """Calls a person the fact sheet knows to be alive "the late".

    ## What it does
    Reports "the late" before the title of a person who holds an office on the
    story's date and whose `died` date the fact sheet does not give (or gives after
    the story's date). Of a person who holds no office then, the sheet may simply
    not know of a death: nothing is reported.

    ## Why is this bad?
    Killing off a living person in print is among the worst corrections a paper can run.

    ## Example
    ```markdown
    The late President Donald Trump welcomed the swap.
    ```

    ## Use instead
    ```markdown
    President Donald Trump welcomed the swap.
    ```

    ## Fix
    Unsafe: drops "late".
    """

    code = "T103"
    name = "late-for-the-living"
    severity = "error"
    fix_availability = "always"
    messages = {"living": "the fact sheet does not say {name} has died (as of {day}); drop \u201clate\u201d"}
    defaults = {"offices": list(OFFICES)}

    def check(self, ctx: Context) -> Iterator[Violation]:
        found = titles(ctx.analysis, tuple(self.options["offices"]))
        for title in found.titles:
            if title.qualifier(ctx.doc.prose) != "late" or title.former is None:
                continue
            died = title.person.died
            if died is not None and died.first_day <= _day(ctx) or not found.current_roles(title.person):
                continue  # dead, or not known to be alive: only someone holding an office on the day is
            yield Violation(title.former[0], title.office_span[1],
                            self.say("living", name=title.person.name, day=long_date(_day(ctx))), fact=title.person.id,
                            fix=replace(_drop_former(ctx.doc.prose, title), safe=False))


def plants(ctx: Context) -> Iterator[Plant]:
    """The errors `copydesk mutate` plants for this family: edits of the draft the family's rules must catch."""
    found = titles(ctx.analysis, OFFICES)
    for title in found.titles:
        if title.former is None and title.mention is not None and any(
                r.holds_on(_day(ctx)) for r in found.roles_matching(title)):
            at = title.qualified_start
            yield Plant(FAMILY.letter, at, at, "former ", f"'former' before {title.person.name}'s title")


RULES = [FormerIncumbent, WrongOffice, LateForTheLiving]
