"""The precision gate: a value is judged against a fact only when its claim frame binds it to that fact.

The older analyses find candidates (a number near words the sheet counts, a date in a sentence about
an event). The gate then reads the sentence's parse (:mod:`copydesk.analysis.frames`) and lets a
finding through only when nothing in the frame ties the value to something else: a part of a group,
an increment, a union of categories, another noun, another occasion, another place, a plan or a
denial. When the parser cannot read the value at all, the gate is unsure and says no: a hook that
cries wolf is switched off, while a missed error is still caught by the editor.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import regex

from .. import dates
from ..dates import agrees, month_number
from .. import text as lang
from . import Analysis, Count, Sentence, occasions
from .frames import (DAYS_IN, Frame, NamedSlot, RELATIVE_PRONOUNS, acted_on, acts_on_another_thing, counted_where,
                     cues_only_in_other_clauses, cues_only_in_others_relative_clauses, cues_only_in_time_clauses,
                     dates_the_noun, described_name, group_only_in_modifying_clauses, in_a_claim_called_false,
                     in_a_participle_of_its_own, in_a_subordinate_clause_of_its_own, infinitive_of_a_noun,
                     margin_over_another, named_slots, names_any, names_in_common_noun_subject, names_set_beside,
                     only_awaited, only_modifiers, owns_another_figure, participle_of_an_act,
                     relative_clause_antecedent, relative_clause_owner, subject_compound_names, subject_counted,
                     subject_of_a_class, subject_of_sentence, subject_span, tied_to_predicate, told_of_another_thing)
from .reading import dates_in, frame_for, parser_text
from ..model import Claim, Date, Event, Measure, Person, Place, Quantity
from ..vocabulary import folded, names_someone, words
from .. import cues
from ..scopes import Kind

NAMED_SLOTS: Kind[tuple] = Kind("the names of a sentence and the words they hang on")
ENDING_DATES: Kind = Kind("the dates a draft gives a series' end")

REGNAL_NUMBER = regex.compile(r"\s+[IVXLC]+\b")
DOER = regex.compile(r"\b(?:who|which|that)\s+(?!\p{Lu})")  # "the cardinal WHO announced": the value does the act
MEASURED_AS_SHARE = regex.compile(r"(?i)(?P<thing>.+?)\s+as\s+an?\s+(?:share|percentage|proportion|fraction)\s+of\b")
OPENING_TIME = regex.compile(rf"\W*(?:(?:In|Since|During|By|Until|Last|Early|Late|Earlier)\s+)?(?:(?:early|late|mid-?)\s*)?"
                            rf"(?:(?P<month>{'|'.join(dates.MONTHS)})(?:\s+(?P<year>(?:19|20)\d\d))?|(?P<year>(?:19|20)\d\d))"
                            rf"\s*,")  # "In March,", "In 2019,"
OF_A_WHOLE_BEFORE = regex.compile(r"(?i)\b(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?$")  # "Of the 135"
COUNTED_PLURAL = regex.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+"
                                r"(?:[\p{Ll}-]+\s+)?(?P<noun>\p{Ll}+s)\b")  # "three budgets", "two earlier votes"
# where a sentence's phrases part: a comma, or "and" before another figure ("610 were brought in AND 190 found dead")
PHRASE_BREAK = regex.compile(rf"[,;:]\s|(?<!\b(?:hundred|thousand|million|billion)\s)\band\s+"
                            rf"(?=\d|(?:{'|'.join(lang.SMALL)})\b)")  # (not "a hundred AND fifty": one figure)
SHARE_OF_AFTER = regex.compile(r"\s+of\s+(?P<thing>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})")  # "a quarter of next year's deficit"
AGENT_NOUN = regex.compile(r"(?i)(?:the\s+)?(?P<stem>\p{L}{3,}?)(?:er|or|ar)\b")  # "WINNER of", "MEDIATOR"
NAME_INSIDE = regex.compile(r"(?<=[\p{L},;]\s)\p{Lu}\p{Ll}+\b")  # a capitalised word that opens no sentence
INNER_NAME = regex.compile(r"(?<=[\p{Ll},;]\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\b")  # "the Duchy of GRAND FENWICK"
REQUIREMENT_FORMS = {form for verb in words("predicate", "requirements")
                     for form in (verb, f"{verb}s", f"{verb}d" if verb.endswith("e") else f"{verb}ed")}
ALL_OF_A_COUNT = regex.compile(r"\s+(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
                               regex.I)
LONG_SPANS = {"months", "years", "decades", "centuries"}  # a predicate told over these is no event of days
# the day something is set for: "declared a day of mourning FOR Friday", "the next release is DUE ON Thursday",
# "SCHEDULED FOR Monday"
SET_FOR = regex.compile(r"(?i)\b(?:for|(?:due|scheduled|planned|expected|set)\s+(?:on|for))\s+(?:the\s+|next\s+|this\s+)?$")
ELAPSED = regex.compile(r"(?i)[\p{L}\d.,-]+(?:\s+[\p{L}-]+)?\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+"
                        r"(?:after|before|since|later|earlier|ago|on)\b")
COUNTERFACTUAL = regex.compile(r"(?i)(?P<condition>(?:had|were|should)\s[^,;]{3,80}),[^;]*\b(?:would|could|might)\b")
WHOLE_BEFORE = regex.compile(r"(?i)\bof\s+(?:(?:the|its|their|his|her|[\p{L}-]+['’]s?)\s+){1,2}$")  # "four OF THE seven"
COORDINATED_NOUN = regex.compile(r"\s+(?:and|or)\s+(\p{L}+)")
# the draft's day ("overnight INTO TODAY")
TODAY = regex.compile(r"(?i)(?:into\s+)?(?:earlier\s+|later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))")
CLAUSE_BREAK = regex.compile(r";|:(?!\d)")
YEAR_CUE = regex.compile(r"1[5-9]\d\d|20\d\d")  # an event's cue group of years names it by its year
# "down from 3.9% forecast for this year", however the parse hangs it: an earlier value, not the one now
STARTING_BEFORE = regex.compile(r"(?i)\b(?:up|down|higher|lower|rising|falling|rose|fell)\s+from\s+"
                                r"(?:about\s+|around\s+|some\s+)?$")
# "11 km SOUTH-WEST OF the summit": a distance with a bearing places something
POSITION_AFTER = regex.compile(r"(?i)\s*(?:-\s*)?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m)?\s+"
                               r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:wards?)?\s+of\b")
# "the 4.5% HE CONSIDERS consistent with the target": a figure someone holds a view of, in its relative clause
OPINION_AFTER = regex.compile(r"(?:\s*(?:%|percent|per\s+cent))?\s+(?:that\s+)?(?:he|she|they|it|we|I|\p{Lu}\p{Ll}+)\s+"
                              r"(?:considers|considered|sees|saw|regards|regarded|deems|deemed|thinks|thought|calls|"
                              r"called|wants|wanted|favours|favors|favoured|favored|prefers|preferred)\b")
# "two external members, Mirela Kastanek and Bogdan Tiras": a count of the people it names
NAMES_LISTED_AFTER = regex.compile(r"(?:\s+[\p{L}-]+){1,3},\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}"
                                   r"(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})*,?\s+and\s+\p{Lu}")
# "133 (of 252 cardinals)", "133 of 252": the figure after "of" is the whole a part is counted in
WHOLE_AFTER_A_PART = regex.compile(r"\d[\d,.]*\s*\(?of\s+$")
INDEFINITE_BEFORE = regex.compile(r"(?i)\b(?:an?|another)\s+(?:[\p{L}\d-]+\s+){0,2}$")
DEMONSTRATIVE_BEFORE = regex.compile(r"(?i)\b(?:that|this|those|these)\s+$")
# "a four-day RESCUE": a length in a compound is the length of the noun it stands before
UNIT_COMPOUND = regex.compile(r"-(?:minute|hour|day|week|month|year)\s+(?P<nouns>\p{Ll}+(?:\s+\p{Ll}+){0,2})")
# "a DEFICIT of 3.4%", "a DEFICIT forecast at 3.9%": the figure is the value of the noun before it
NOUN_OF_BEFORE = regex.compile(r"\b(?P<noun>\p{Ll}{3,})\s+(?:of|(?:\p{Ll}+\s+)?at)\s+(?:(?:about|around|roughly|nearly|"
                               r"almost|some|just|over|under|more\s+than|less\s+than)\s+)?$")  # "a deficit forecast AT"
# "both of those CONCLAVES", "these elections": an event's kind in the plural, several occasions, not this one
SEVERAL_BEFORE = r"(?i)\b(?:those|these|both(?:\s+of\s+(?:the|those|these))?|all\s+of\s+(?:the|those|these))\s+"
# "the first ballot OF THE AFTERNOON": an ordinal counted within a part of the day, not the whole occasion
DAY_PART = "|".join(words("time", "day_parts"))
WITHIN_A_DAY_PART = regex.compile(rf"(?i)\s+of\s+(?:the|that|this)\s+(?:{DAY_PART})\b")
# "the two ballots OF THURSDAY MORNING", "THE MORNING'S two rounds": a count within a part of a day
WITHIN_A_DAY_PART_AFTER = regex.compile(rf"(?i)^[\p{{L}}\s-]{{0,30}}?\bof\s+(?:the\s+|that\s+|this\s+)?"
                                        rf"(?:\p{{L}}+\s+)?(?:{DAY_PART})\b")
WITHIN_A_DAY_PART_BEFORE = regex.compile(rf"(?i)\b(?:{DAY_PART})['’]s\s+$")
# "one ballot FEWER THAN the five": a difference between two counts, not a count
DIFFERENCE_AFTER = regex.compile(r"^\s+(?:[\p{L}-]+\s+){0,2}?(?:fewer|more|less|short\s+of|higher|lower)\s+than\b|"
                                 r"^\s+(?:[\p{L}-]+\s+){0,2}?short\s+of\b")
# "the 175-FOR-175 EXCHANGE OF 19 March": a figure modifying the noun a date dates
FIGURE_OF_DATED_NOUN = regex.compile(r"^(?:-for-[\d,]+)?[\s-]+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:of|on)\s+"
                                     r"(?:the\s+)?$")
# "a dozen observers FROM THE ALDSBERG MONITORING MISSION": members drawn from a body the sheet counts
DRAWN_FROM = regex.compile(r"^\s+(?:[\p{L}-]+\s+){0,2}?from\s+(?:the\s+)?"
                           r"(?P<body>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)")
WORD = regex.compile(r"[\p{L}\d]*")  # a cue word, to its end
OFFICE_WORDS = frozenset(word.lower() for office in lang.OFFICES for word in office.split())  # "governor"
AGENT_ENDINGS = ("er", "ers", "or", "ors", "r", "rs")  # "hijack": HIJACKERS; "rescue": RESCUERS
# "agreed TO in March": a preposition left without its noun, whose noun stands before the verb
STRANDED_AFTER = regex.compile(r"\s+(?:to|on|upon|for|with)\s+(?:in|on|at|last|this|that|earlier|back)\b")
# a sentence opened by a time clause of another year: "WHEN NORRLAND WENT AFTER OSTWICK IN 2017, ..."
WHEN_OF_ANOTHER_YEAR = regex.compile(rf"(?i)(?:when|after|before|as|while)\b[^,;:.]{{0,80}}?"
                                     rf"\b(?P<year>{YEAR_CUE.pattern})\b[^,;:.]{{0,40}},")
AUTHORITY_SAYS = regex.compile(r"\W*(?P<place>\p{Lu}\p{L}+)['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:says|said|reports|reported)\b")
PARTICIPLE_OF_A_YEAR = regex.compile(rf",\s+\p{{Ll}}+ed\s+in\s+(?P<year>{YEAR_CUE.pattern})\s*,")  # ", agreed in 2019,"
SHARE_COUNTED_BEFORE = regex.compile(r"(?i)\bwith\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+"
                                     r"(?:over|under)\s+|more\s+than\s+)?$")
SHARE_COUNTED_AFTER = regex.compile(r"(?i)\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the\s+)?(?:ballots|votes|precincts|"
                                    r"polling\s+stations|districts)\s+(?P<done>counted|reporting|in)\b")
INTRADAY_EXTREME = regex.compile(r"(?i)[^,;.]{0,12}?\bat\s+(?:its|their|the\s+day['’]s|the\s+session['’]s)\s+"
                                 r"(?:low|high|lowest|highest|worst|best|peak)\b")
REMAINDER_BEFORE = regex.compile(r"(?i)\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+$")  # "the REMAINING three"
PLACE_OPENING = regex.compile(r"^(?:\p{Ll}+\s+)+")  # "on the Ukrainian capital": Ukrainian capital


def count_binds(analysis: Analysis, count: Count, quantity: Quantity, *, dated_figure: bool = False) -> bool:
    """Whether the count's frame binds it to the quantity on every axis the parse reads. With
    ``dated_figure``, a day attached to the predicate is the figure's time ("the toll reached 2,719 on
    Monday"), not another occasion."""
    frame = frame_for(analysis, count.sentence, count.number.value_start)
    event = analysis.sheet.event(quantity.event)
    if frame is None or event is not None and _paragraph_of_another_story(analysis, count, event) or \
            _owner_unnamed(analysis, count.sentence, quantity.what) or _row_of_another(analysis, count, quantity):
        return False
    if WHOLE_AFTER_A_PART.search(analysis.prose, max(0, count.number.start - 20), count.number.value_start):
        return False  # "133 (of 252 cardinals)": the whole of a part just given
    text, at = parser_text(analysis, count.sentence), count.number.value_start - count.sentence.start
    where = counted_where(text, at)
    if where is not None and where not in quantity.what.lower().split():
        return False  # "two people INSIDE [the minibus] are alive", of everyone found alive: that place's group
    if in_a_claim_called_false(text, at):
        return False  # "the claim that 500 were freed is false": a claim denied
    if _figure_quoted_alone(analysis, count):
        return False  # 'a video puts the figure at "500 million dollars"': someone's figure, held at a distance
    if _ratio_of_two_others(analysis, count):
        return False  # "divides Ostranek's 26,320 votes by the 67,240 members eligible, giving 39%": its own sum
    if _given_before(analysis, count):
        return False  # "The turnout, and THAT 47%, say she has a chance": the 47% given before, judged there
    if _several_of_its_kind(analysis, count, quantity, event):
        return False  # "Both of those conclaves had 115 electors": earlier occasions of its kind
    after = analysis.prose[count.number.value_end:count.sentence.end]
    if WITHIN_A_DAY_PART_AFTER.match(after) or \
            WITHIN_A_DAY_PART_BEFORE.search(analysis.prose, max(count.sentence.start, count.number.start - 20),
                                            count.number.start):
        return False  # "the two ballots of Thursday morning": counted within a morning, not the whole
    if DIFFERENCE_AFTER.match(after):
        return False  # "one ballot fewer than the five it took in 2013": a difference
    drawn = DRAWN_FROM.match(after)
    if drawn is not None and drawn.group("body").lower() in quantity.what.lower():
        return False  # "a dozen observers from the Monitoring Mission", of the mission's 40: some of its members
    if _rest_of_a_part(analysis, count):
        return False  # "twenty of the party's 23 deputies voted yes, while the remaining three abstained"
    if _names_no_one_known(analysis, count.sentence, relative_clause_owner(text, at)):
        return False  # "the now-defunct Liberal Party, which held 17 seats": a figure of a name the sheet lacks
    if _length_of_another_thing(analysis, count, quantity, event):
        return False  # "ending a four-day rescue", of the days of mourning: the rescue's length
    if _length_of_its_subject(analysis, count, frame, quantity, event):
        return False  # "the boarding took an estimated ten minutes", of the raid's 38: the boarding's length
    measure = analysis.sheet.measures.get(quantity.measure)
    if measure is not None and _object_of_another_nouns_clause(analysis, count, measure, quantity, event):
        return False  # "the company, which employs about 82,000 people": the company's workforce
    if measure is not None and _value_of_another_noun(analysis, count, measure, quantity, event):
        return False  # "a budget deficit of 3.4% of GDP", of a growth forecast: the deficit's
    if measure is not None and not count.anaphoric and _cues_only_in_another_clause(analysis, count, measure):
        return False  # "the 11,400 investors who lost 412 million: 8,940 of them had registered claims"
    if _whole_of_its_value(analysis, count, quantity):
        return False  # "Of the 135 entitled to vote, two stayed away, leaving 133": the whole, of the 133
    if measure is not None and _share_of_another_whole(analysis, count, measure, quantity):
        return False  # "3,900 staff make up roughly a third of Kolvik's working population", of job cuts as a share
        #               of the workforce: a share of another whole
    if measure is not None and _share_of_what_it_measures(analysis, count, measure):
        return False  # "roughly a quarter of next year's deficit", of the deficit as a share of GDP: a part of it
    if measure is not None and not count.anaphoric and count.category is None and \
            _cues_of_a_later_figure(analysis, count, measure):
        return False  # "38 people were hurt, 21 of them in hospital and three in a critical condition": the cue's
    if measure is not None and not count.anaphoric and _another_subjects_object(analysis, count, frame, measure):
        return False  # "... 74,000 workers are out. KarRail employs about 82,000 people"
    if measure is not None and not count.anaphoric and measure.cues:
        measure_cues = _cue_starts(measure, text)
        if count.category is None and cues_only_in_other_clauses(text, at, frame.predicate_offset, measure_cues):
            return False  # "rescuers recovered five more bodies, and four people on the list turned out to be safe"
        if cues_only_in_time_clauses(text, measure_cues):
            return False  # "had wasted two days by not intervening before the strike began": not the strike's days
        if cues_only_in_others_relative_clauses(text, measure_cues, at):
            return False  # "treating 90 patients, says a review which found a third of the deaths came early"
    if frame.partitive and count.number.unit is None and quantity.entity is None and not (
            measure is not None and count.category is not None and
            _category_of(measure, frame.predicate) == count.category):
        # a part of a group, unless the clause says what the part is ("380 of them were soldiers") or the
        # figure is a party's own ("the Greens won 96 of the 300 seats"); a share ("a third of the territory")
        # is a part by nature
        return False
    if frame.subject_name is not None and (_names_no_one_known(analysis, count.sentence, frame.subject_name) or
                                           _someone_elses(analysis, count, frame, quantity)):
        return False  # "Weber received six years", "Irena Holub, jailed in 2018, received four years": the figure
        #               of someone the sheet does not know; "Leo XIII, who led the Church for 25 years", of
        #               Francis's years: another person's
    if frame.subject and subject_of_a_class(text, frame.predicate_offset):
        return False  # "the median crewed programme ran about 50 percent over its budget": the class's figure
    if frame.subject and _another_of_its_kind(analysis, count, frame, quantity):
        return False  # "Tarnland's Vossberg index is up 0.8%", of the MSX 40 index: another index
    if _pronoun_of_someone_unknown(analysis, count.sentence, frame):
        return False  # "Gioacchino Pecci ... was expected to be a caretaker. He reigned for 25 years"
    if ELAPSED.match(analysis.prose, count.number.value_start):
        return False  # "three days after the tower collapsed": a time from something, not a length
    if frame.bound and frame.counts in words("time", "relative"):
        return False  # "collapsed AFTER 11 days", "WITHIN ten days": a time up to something, not a length
    if frame.subject_earlier:
        return False  # "the last emergency lasted 45 days": an earlier one's figure
    if quantity.entity is not None and frame.subject_group:
        return False  # "the Social Democrats and the Agrarians have 84 seats": a figure of several, not one's
    if _owner_named_only_for_another_figure(analysis, count, quantity):
        return False  # "she won 31 votes to Kostrin's 27": Kostrin's is the 27
    if _after_another_person(analysis, count, quantity):
        return False  # "Kostanj received three years, and Heidmark, who audited the firm, two": Heidmark's
    if frame.back is not None and not _back_to_event(analysis, frame.back, event):
        return False  # "the last election four years ago, when it won 14.9%": a figure of that time
    if frame.increment and (frame.predicate in words("scope", "gains") or not _later_stage_of_series(analysis, event)) \
            or frame.negated:
        return False  # "307 more" adds to an earlier figure: a later stage's own, not the first's; "gained 13" a change
    if frame.predicate in words("scope", "remaining") and not frame.transitive and not quantity.changes:
        return False  # "two candidates are left in the race", of the five nominated: what is left of them
    if margin_over_another(text, at):
        return False  # "he trailed Ostranek by four votes": the gap between the two
    if frame.distributive and quantity.scope == "in total":
        return False  # "each released a total of 390": per side
    if _requirement(quantity) and not (frame.required or frame.modal or
                                       frame.predicate in words("predicate", "requirements")):
        return False  # "together they hold 129 seats, eight more than the 121 needed": a holding, no condition
    if frame.required or frame.modal:
        if frame.required and _requirement(quantity):
            pass  # "a candidate needs 89 votes", of the votes needed for a majority
        elif frame.required or not (event is not None and event.continues) and not _proposal_of(frame, quantity):
            return False  # a plan speaks of a whole programme ("agreed to swap 1,000 each"), not of what a stage
            #               did; "the 151 seats required for a majority" are no party's
    if measure is not None and frame.counts and count.number.unit is None and \
            not _counts_this(measure, frame, quantity.category):
        return False
    if measure is not None and not frame.counts and _coordinated_in_words(analysis, count, measure):
        return False  # "390 soldiers and civilians apiece", unparsed: the words name two kinds, unsure which
    if measure is not None and frame.level_of and not names_any(frame.level_of, _measure_words(measure, quantity)) \
            and not names_any(frame.level_of, words("count", "stand_ins")):  # "put the NUMBER at 391": the count's
        return False  # "a pledge to cut the corporate tax rate to 17%": the level of another thing
    if _part_of_a_whole_told_beside(analysis, count, quantity):
        return False  # "four of its seven carriages left the track. Two carriages rolled down a bank": a part
    if frame.among and count.number.unit is None:
        return False  # "stepped between the two men": the group where something happens, not a figure told
    if POSITION_AFTER.match(analysis.prose, count.number.value_end):
        return False  # "Brenica lies 11 km south-west of the summit": where a place is, not a size
    if OPINION_AFTER.match(analysis.prose, count.number.value_end):
        return False  # "well above the 4.5% he considers consistent with the target": a view, not a figure told
    if count.number.unit is None and NAMES_LISTED_AFTER.match(analysis.prose, count.number.value_end):
        return False  # "two external members, Mirela Kastanek and Bogdan Tiras,": the named few, not the whole
    if frame.subgroup and count.number.unit is None:
        return False  # "the 117 cardinals aged 80 or over": a group set apart by another figure
    if frame.hypothetical or _in_inverted_condition(analysis, count):
        return False  # "if about 33 ballots fail", "had all 135 voted, ... would": no figure of what happened
    counted = SHARE_COUNTED_AFTER.match(analysis.prose, count.number.value_end, count.sentence.end)
    if counted is not None and counted.group("done") not in quantity.what.lower() and \
            SHARE_COUNTED_BEFORE.search(analysis.prose, max(count.sentence.start, count.number.start - 30),
                                        count.number.start):
        return False  # "with about two-fifths of the ballots counted": how much is counted, no party's share
    if INTRADAY_EXTREME.match(analysis.prose, count.number.value_end, min(count.sentence.end, count.number.end + 40)):
        return False  # "down 4.6% at its low of the morning": a level in the session, not the day's change
    opening = WHEN_OF_ANOTHER_YEAR.match(analysis.prose, count.sentence.start, count.number.start)
    if opening is not None and int(opening.group("year")) != analysis.sheet.as_of.year:
        return False  # "When Norrland went after Ostwick in 2017, ... the final price was 11% above the first"
    if event is not None and _told_by_another_places_authority(analysis, count, event):
        return False  # "Kyiv's military administration says 15 were injured", of the strike on Odesa
    dated = PARTICIPLE_OF_A_YEAR.search(analysis.prose, count.sentence.start, count.number.start)
    if dated is not None and int(dated.group("year")) != analysis.sheet.as_of.year:
        return False  # "the last tariff package, agreed in 2019, cut duties by 10% over three years", however parsed
    if frame.part_of_occasion and not dated_figure:
        return False  # "one ballot on the first afternoon": the figure of a part, not of the whole occasion
    if frame.whole or frame.starting or STARTING_BEFORE.search(analysis.prose, max(0, count.number.start - 30),
                                                               count.number.value_start):
        return False  # "101 of the 300 seats": the whole, not the part; "up from 66.4%": an earlier value
    if frame.listed or quantity.figure == "proposal" and not frame.proposed:
        return False  # one of a list of figures ("six and four years"): whose is which is not said; a decided
        #               figure is not judged against what a party asked for
    if event is None:  # a figure of no event is the story's own: dated to another year or day, it is another's
        as_of = analysis.sheet.as_of
        story_day = Date(as_of.year, as_of.month, as_of.day)
        return not any(not m.relative and (m.date is None or m.date.year != as_of.year or m.date.day is not None)
                       and not agrees(m, story_day, occasions.draft_date(analysis))
                       for m in dates_in(analysis, count.sentence, frame.time_spans)) and \
            not any(t.isdigit() and len(t) == 4 and int(t) != as_of.year for t in (*frame.time, *frame.occasion_years)) \
            and \
            not _year_before_in_phrase(analysis, count)  # "the 2013 conclave", "the conclaves of 2005 and 2013
    #                                                         each had 115 electors"
    if dated_figure and any(t.isdigit() and len(t) == 4 and int(t) < event.date.year
                            for t in (*frame.time, *frame.occasion_years)):
        return False  # "the deadliest since Tirnau in February 1970, when 39 people died": no later value, an old toll
    if dated_figure and participle_of_an_act(text, frame.predicate_offset) and \
            _other_occasion(analysis, count.sentence, frame, event):
        return False  # "Russia launched its largest attack overnight into today, killing 12": another act's toll
    dated_figure = dated_figure or quantity.changes and frame.predicate in words("count", "changes")  # "the
    # number killed ROSE to 1,644 on Saturday": a changing figure's level, dated to when it was given
    return (dated_figure or not _other_occasion(analysis, count.sentence, frame, event)) and \
        not _other_place(analysis, count.sentence, frame, event) and not _later_stage(analysis, count, event)


def _figure_quoted_alone(analysis: Analysis, count: Count) -> bool:
    """The figure stands in quotation marks that hold little more than it (four words at most, no sentence):
    a figure someone else gave, quoted to set it apart, not the draft's own."""
    start = count.number.value_start
    return any(not quote.block and quote.start <= start < quote.end and len(quote.text.split()) <= 4
               for quote in analysis.quotes)


def _ratio_of_two_others(analysis: Analysis, count: Count) -> bool:
    """A percentage the sentence works out from two of its own figures (within rounding): the share of the base it
    names, which may be another than the sheet's."""
    if count.number.unit != "percent":
        return False
    others = [n.value for n in analysis.numbers_between(count.sentence.start, count.sentence.end)
              if n.value_start != count.number.value_start and n.unit is None and n.value > 0]
    return any(abs(100 * part / whole - count.number.value) < 0.6
               for part in others for whole in others if part < whole)


def _only_as_its_doers(event: Event, text: str) -> bool:
    """Every cue of the event the sentence holds is written as the noun of those who did it ("the HIJACKERS named
    their price", of the cue "hijack"): the sentence tells what they did, not the event."""
    written = [(cue, WORD.match(text, start).group()) for group in event.cues for cue in group
               for start in lang.phrase_starts((cue,), text)]
    return bool(written) and all(word.lower()[len(cue):] in AGENT_ENDINGS for cue, word in written)


def _given_before(analysis: Analysis, count: Count) -> bool:
    """A demonstrative points the figure back to the same value given earlier in the draft ("that 47%")."""
    number = count.number
    return DEMONSTRATIVE_BEFORE.search(analysis.prose, max(0, number.start - 8), number.start) is not None and any(
        earlier.value == number.value and earlier.unit == number.unit
        for earlier in analysis.numbers_between(0, number.start))


def _paragraph_of_another_story(analysis: Analysis, count: Count, event: Event) -> bool:
    """The figure's paragraph names nothing the sheet knows, no word of the figure's event, and a place or body
    of several words the sheet does not know ("Voters in the Duchy of Grand Fenwick approved the tunnel ...
    Turnout was 48.2%", in a briefing of several stories)."""
    block = analysis.doc.blocks[count.sentence.block]
    text = analysis.prose[block.start:block.end]
    if analysis.mentions_between(block.start, block.end) or \
            any(lang.any_of(tuple(group)).occurs_in(text) for group in event.cues):  # (a paragraph is not worth
        return False  # remembering as cue positions are: it changes at each keystroke)
    return any(any(analysis.lexicon.unknown_name(word) for word in name.group().split())
               for name in INNER_NAME.finditer(text))


def _cues_only_in_another_clause(analysis: Analysis, count: Count, measure: Measure) -> bool:
    """The sentence joins clauses with a semicolon or a colon after the figure, and the measure's cues are all
    in another clause than the figure's: nothing in its own says what it counts."""
    text = analysis.sentence_text(count.sentence)
    offset = count.number.value_start - count.sentence.start
    # (a colon before the figure opens what it elaborates: "agreed to free prisoners: 1,500 from each side")
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text) if m.group() == ";" or m.start() > offset]
    if not breaks or not measure.cues:
        return False
    start = max((b + 1 for b in breaks if b < offset), default=0)
    end = min((b for b in breaks if b >= offset), default=len(text))
    return not cues.cues_match(measure.cues, (), text[start:end])


def _cues_of_a_later_figure(analysis: Analysis, count: Count, measure: Measure) -> bool:
    """Every cue of one of the measure's groups in the sentence is in a later comma-delimited phrase that holds
    another figure ("38 people were hurt, 21 of them taken to hospital and THREE in a CRITICAL condition", "an 8%
    duty ..., a 35% CUT means"): the cue says what that figure counts, and the figure's own reading lacks it."""
    text = analysis.sentence_text(count.sentence)
    offset = count.number.value_end - count.sentence.start
    bounds = [0, *(m.end() for m in PHRASE_BREAK.finditer(text)), len(text) + 1]

    def phrase(at: int) -> int:
        return max(i for i, bound in enumerate(bounds) if bound <= at)

    figures = {phrase(number.value_start - count.sentence.start)
               for number in analysis.numbers_between(count.number.value_end, count.sentence.end)}
    own = phrase(offset - 1)
    for group in measure.cues:
        starts = list(lang.phrase_starts(tuple(group), text))
        if starts and min(starts) >= offset and all(phrase(start) != own and phrase(start) in figures
                                                    for start in starts):
            return True
    return False


def _year_before_in_phrase(analysis: Analysis, count: Count) -> bool:
    """Another year than the story's stands before the figure in its comma-delimited phrase, however the
    parser hung it."""
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    segment = occasions.segment_of(analysis, clause, count.number.value_start)
    before = analysis.prose[segment.start:count.number.value_start]
    return any(int(year) != analysis.sheet.as_of.year for year in regex.findall(r"\b(?:1[5-9]|20)\d\d\b", before))


def _in_inverted_condition(analysis: Analysis, count: Count) -> bool:
    """The figure is in a condition opening the sentence with its auxiliary first ("Had all 135 eligible
    cardinals voted, the bar would have been 90"), which parsers read as a clause of "have"."""
    opening = COUNTERFACTUAL.match(analysis.prose, count.sentence.start, count.sentence.end)
    return opening is not None and count.number.value_start < opening.end("condition")


def _row_of_another(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """The figure is in a table row whose first cell names someone or something else than the quantity's
    own ("| Velmoran Patriots | 22 | 20 against |": that group's votes, not the chamber's); a row of a date or
    a total is the quantity's at that time."""
    label = analysis.row_label(count.sentence.block)
    if label is None:
        return False
    text = analysis.prose[label.start:label.end]
    named = analysis.mentions_between(label.start, label.end)
    if quantity.entity is not None:
        return not any(m.fact_id == quantity.entity or analysis.sheet.lies_in(m.fact_id, quantity.entity)
                       for m in named)
    event = analysis.sheet.event(quantity.event)
    year = event.date.year if event is not None else analysis.sheet.as_of.year
    if any(int(written) != year for written in occasions.WRITTEN_YEAR.findall(text)):
        return True  # "| Nov 2027 | Corel Dawn | Hijacked; held 71 days |": another year's row
    if any(ch.isdigit() for ch in text) or lang.any_of(words("scope", "total")).occurs_in(text):
        return False
    return bool(named) or any(analysis.lexicon.unknown_name(word) for word in regex.findall(r"\p{Lu}\p{Ll}+", text))


def _back_to_event(analysis: Analysis, span: tuple[float, str], event: Event | None) -> bool:
    """A span back from the draft's date lands on the event's day (a figure of no event: the story's), to
    within half the span's unit ("266 cardinals had elected him a day earlier", in the next day's draft)."""
    amount, unit = span
    landed = occasions.draft_date(analysis) - dt.timedelta(days=amount * DAYS_IN[unit])
    day = event.date.first_day if event is not None else analysis.sheet.as_of
    return abs((landed - day).days) <= DAYS_IN[unit] / 2


def _requirement(quantity: Quantity) -> bool:
    """The quantity is itself a condition: "votes needed for the two-thirds majority"."""
    return bool(set(regex.findall(r"\p{L}+", quantity.what.lower())) & REQUIREMENT_FORMS)


def _proposal_of(frame: Frame, quantity: Quantity) -> bool:
    """The figure is asked or offered ("prosecutors sought 20 years") by the party whose proposal the
    quantity is (`figure = "proposal"`, its `what` naming the party: "the term sought by prosecutors")."""
    what = quantity.what.lower().split()
    subject = frame.subject.lower()
    return frame.proposed and not frame.planned and quantity.figure == "proposal" and bool(subject) and \
        (subject in {w.rstrip("s") for w in what} | set(what) or
         any(len(os.path.commonprefix([subject, w])) >= 7 for w in what))  # the prosecution: prosecutors


def as_framed(analysis: Analysis, count: Count) -> Count:
    """The count with the category its frame reads where the parse widens it to the whole: "380 soldiers
    and civilians" is judged against everyone freed, not against the soldiers."""
    frame = frame_for(analysis, count.sentence, count.number.value_start)
    measure = analysis.sheet.measures.get(count.measure)
    if frame is None or count.category is None or measure is None or len(measure.categories) < 2:
        return count
    kinds = {_category_of(measure, word) for word in frame.categories}
    if None not in kinds and kinds - {"all"} == set(measure.categories):
        return replace(count, category=None)
    return count


def date_binds(analysis: Analysis, sentence: Sentence, mention: dates.DateMention, event: Event) -> bool:
    """Whether a date is the event's own: it dates a predicate that is neither the end or continuation
    of a longer event, nor planned or denied, nor told in the past perfect (before the story's time), nor a
    bound ("by Monday"), nor a report of it ("results showed on Monday"), nor an occasion with a figure the
    event does not have."""
    frame = frame_for(analysis, sentence, mention.start)
    if frame is None:
        return False
    if frame.negated or frame.modal:
        return False
    years = {int(cue) for group in event.cues if all(YEAR_CUE.fullmatch(c) for c in group) for cue in group}
    if years and mention.date is not None and mention.date.year and mention.date.year not in years:
        return False  # "the nine-day walkout of 2008", of an event the sheet knows by its year (2019): another
    text = parser_text(analysis, sentence)
    offset = mention.start - sentence.start
    cue_starts = _cue_starts(event, text)
    if cue_starts and all(STRANDED_AFTER.match(text, WORD.match(text, start).end()) for start in cue_starts):
        return False  # "the ceasefire Ukraine agreed to in March": the act of a relative clause on another noun
    if dates_the_noun(text, offset, cue_starts):  # "the Istanbul talks of May 17 lasted two hours": the talks' day,
        return not _when_of_another_figure(analysis, mention, event) and \
            not _noun_of_another_figure(analysis, sentence, mention, event)  # unless "..., when 246 went home" or
        #     "the 175-for-175 exchange of 19 March" is not theirs
    if frame.earlier or frame.bound or _continues(frame):
        return False
    when = WHEN_AFTER.match(text, mention.end - sentence.start)  # "..., when 150 were returned": that time's words
    own_cues = [start for start in cue_starts if when is None or not when.start() <= start < when.end()]
    if mention.date is not None and mention.date.day is None and own_cues and all(
            INDEFINITE_BEFORE.search(text, max(0, start - 40), start) for start in own_cues):
        return False  # "match it to an exchange in February 2025": one of its kind in a month, not the story's
    if in_a_subordinate_clause_of_its_own(text, offset, cue_starts):
        return False  # "he had chosen the name ... while the Church today faces another": that clause's time
    if infinitive_of_a_noun(text, frame.predicate_offset):
        return False  # "took the decision to launch the raid late on Tuesday": the act decided, not done then
    if frame.subject in words("scope", "earlier_one") or frame.subject_earlier:
        return False  # "the last of the injured crew to leave flew home on Wednesday": one of several occasions
    if _only_as_its_doers(event, text):
        return False  # "yesterday the hijackers named their price", of the hijacking: the doers' later act
    if any(group_only_in_modifying_clauses(text, lang.phrase_starts(group, text), offset) for group in event.cues):
        return False  # "The inquiry, led by judge Celeste Amundsen, published its terms on Monday", of Amundsen's
        #               appointment: the judge describes the inquiry, the date is of another of its acts
    if any(start <= offset < end and not any(start <= cue < end for cue in cue_starts)
           for start, end in frame.sequel_spans):
        return False  # "the big exchange came only after the armistice of 27 July 1953": the armistice's day
    if mention.relative == "today" and frame.predicate == "be":
        return False  # "younger than his namesake is today": a state now, not the event's day
    if frame.span_bound and event.end is not None:
        return False  # "evacuated since the storm approached on Sunday": one moment of a lasting event, as a bound
    if only_awaited(text, cue_starts):
        return False  # "leaders began arriving on Wednesday for a two-day summit": the arrivals' day
    if SET_FOR.search(analysis.prose, max(sentence.start, mention.start - 20), mention.start):
        return False  # "declared a day of mourning FOR Friday": the day it is set for
    if CLAUSE_BREAK.search(text, min(offset, frame.predicate_offset), max(offset, frame.predicate_offset)):
        return False  # "The biggest exchange came at Easter; on May 6, ...", "Swaps have gone on: 205 for 205 on 6
        #               May": a parse across independent clauses, or into a list of its own
    if names_any(frame.predicate_words, words("predicate", "speech") | words("predicate", "reports")) and \
            not cues.about(event, frame.reach):
        return False  # "won Sunday's election ..., official results showed on Monday": the report's date
    if only_modifiers(text, cue_starts, [list(lang.phrase_starts(group, text)) for group in event.cues]):
        return False  # "the cyclone season runs until the end of April": the season's date
    if frame.subject in ("he", "she") and not frame.transitive and not _people_of(analysis, event):
        return False  # "he returned to the White House on 20 January": a person's coming, not the swap's
    if _several_of_the_events_kind(text, frame, event):
        return False  # "the last three budgets all passed in December": several of its kind, not the one
    if _of_another_person(analysis, event, sentence, frame):
        return False  # "Benedict XVI was also chosen on the fourth ballot, on April 19, 2005", of Prevost's election
    if tied_to_predicate(text, frame.predicate_offset, offset, cue_starts, _event_words(event)) is False:
        return False  # "the quake's survivors held a vigil on Tuesday": the event is not what the date dates
    return not _figure_of_another_occasion(analysis, sentence, frame, event) and \
        not _figure_of_a_stage_that_day(analysis, sentence, mention, event)


WHEN_AFTER = regex.compile(r",\s+when\b[^,;.]{0,60}")


def _when_of_another_figure(analysis: Analysis, mention: dates.DateMention, event: Event) -> bool:
    """The date is followed by a "when" clause that counts a figure the event never had ("the Easter exchange
    of 19 April, when 246 prisoners went home on each side"): that occasion is another."""
    when = WHEN_AFTER.match(analysis.prose, mention.end)
    if when is None:
        return False
    values = _values_of(analysis, event)
    return bool(values) and any(number.value not in values and number.unit is None
                                for number in analysis.numbers_between(when.start(), when.end()))


def _noun_of_another_figure(analysis: Analysis, sentence: Sentence, mention: dates.DateMention, event: Event) -> bool:
    """The noun the date dates is modified by a figure the event never had ("the 175-for-175 exchange of 19
    March"): that occasion is another."""
    values = _values_of(analysis, event)
    return bool(values) and any(
        number.value not in values and number.unit is None and
        FIGURE_OF_DATED_NOUN.match(analysis.prose[number.value_end:mention.start]) is not None
        for number in analysis.numbers_between(max(sentence.start, mention.start - 60), mention.start))


def _figure_of_a_stage_that_day(analysis: Analysis, sentence: Sentence, mention: dates.DateMention,
                                event: Event) -> bool:
    """The date's clause counts a figure of another stage of the event's series, and the date is that
    stage's ("freed 24 hostages on Thursday, completing the second of three stages"): that stage's day."""
    stages = {stage.id: stage for stage in analysis.sheet.events if stage.id != event.id and
              _in_series(analysis, stage.id, event) and agrees(mention, stage.date, occasions.draft_date(analysis))}
    values = {float(q.value) for q in analysis.sheet.quantities if q.event in stages}
    if not values:
        return False
    clause = occasions.clause_of(analysis, sentence, mention.start)  # (the parse may hang the day on a place)
    return any(float(number.value) in values and (other := frame_for(analysis, sentence, number.value_start))
               is not None and bool(other.counts) for number in analysis.numbers_between(clause.start, clause.end))


def _length_of_another_thing(analysis: Analysis, count: Count, quantity: Quantity, event: Event | None) -> bool:
    """A length written as a compound ("a four-day rescue") whose noun (or the two words before it) names
    neither what the quantity counts nor its event."""
    compound = UNIT_COMPOUND.match(analysis.prose, count.number.value_end)
    if compound is None:
        return False
    about = {word[:5] for word in regex.findall(r"\p{L}{3,}", quantity.what.lower())} | \
        {cue.lower()[:5] for group in (event.cues if event else ()) for cue in group}
    return not any(word[:5] in about for word in compound.group("nouns").split())


def _someone(noun: str) -> bool:
    """A common noun that says who someone is ("governor", "staff", "wife"), not a thing that lasts."""
    return names_someone(noun) or noun in OFFICE_WORDS


def _length_of_its_subject(analysis: Analysis, count: Count, frame: Frame, quantity: Quantity,
                           event: Event | None) -> bool:
    """A length that a common noun, the subject, takes or lasts ("the boarding took ten minutes"), where the noun
    names neither what the quantity counts, nor its measure, nor its event: the subject's own length."""
    if count.number.unit not in (*DAYS_IN, "minute") or frame.predicate not in words("scope", "lasting") or \
            not regex.fullmatch(r"\p{Ll}{4,}", frame.subject or "") or frame.subject in RELATIVE_PRONOUNS or \
            _someone(frame.subject):
        return False
    measure = analysis.sheet.measures.get(quantity.measure)
    about = [*regex.findall(r"\p{L}{3,}", quantity.what.lower()),
             *(cue.lower() for fact in (event, measure) if fact is not None for group in fact.cues for cue in group),
             *(noun.lower() for noun in (measure.nouns if measure is not None else ()))]
    return not any(word.startswith(frame.subject) or frame.subject.startswith(word[:5]) for word in about)


def _another_subjects_object(analysis: Analysis, count: Count, frame: Frame, measure: Measure) -> bool:
    """The figure is the object of what a named subject does ("KarRail employs 82,000 people"), in a sentence
    with none of the measure's cues: the paragraph's measure is not what that verb counts. A common noun's
    ("each group included 120 military personnel") may be the story's own group."""
    return frame.verbal and frame.transitive and frame.subject_name is not None and \
        frame.predicate not in words("count", "changes") and \
        not cues.cues_match(measure.cues, (), analysis.sentence_text(count.sentence))


def _object_of_another_nouns_clause(analysis: Analysis, count: Count, measure: Measure, quantity: Quantity,
                                    event: Event | None) -> bool:
    """The figure is the object of a relative clause on a noun that names nothing the quantity counts (its
    measure's words, its event's cues, its description): an attribute of that noun."""
    antecedent = relative_clause_antecedent(parser_text(analysis, count.sentence),
                                            count.number.value_start - count.sentence.start)
    return antecedent is not None and antecedent[:5] not in _what_it_counts(measure, quantity, event)


def _what_it_counts(measure: Measure, quantity: Quantity, event: Event | None) -> set[str]:
    """The first five letters of every word that names what a quantity counts, or its event."""
    return {word[:5] for word in _measure_words(measure, quantity)} | \
        {word.lower()[:5] for group in (*measure.categories.values(), *(event.cues if event else ()))
         for phrase in group for word in regex.findall(r"\p{L}{3,}", phrase)}


def _told_by_another_places_authority(analysis: Analysis, count: Count, event: Event) -> bool:
    """The sentence opens with a body of a place of the sheet that is not the event's and does not lie in it,
    saying the figure ("Kyiv's military administration says ..."): a local authority tells its own place's."""
    opening = AUTHORITY_SAYS.match(analysis.prose, count.sentence.start, count.number.start)
    if opening is None or event.place is None:
        return False
    places = [m.fact_id for m in analysis.mentions_between(opening.start("place"), opening.end("place"))
              if isinstance(analysis.sheet.facts.get(m.fact_id), Place)]
    return bool(places) and not any(analysis.sheet.lies_in(place, event.place) or
                                    analysis.sheet.lies_in(event.place, place) for place in places)


def _whole_of_its_value(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """The figure is a whole ("of the N") and the sentence gives the quantity's value and the rest that makes
    it up ("Of the 135 cardinals entitled to vote, two stayed away, leaving 133"): the whole, of the part."""
    if not OF_A_WHOLE_BEFORE.search(analysis.prose, max(count.sentence.start, count.number.start - 20),
                                    count.number.start):
        return False
    others = [number.value for number in analysis.numbers_between(count.sentence.start, count.sentence.end)
              if number.value_start != count.number.value_start]
    value = float(quantity.value)
    return value in others and count.number.value - value in others and count.number.value > value


def _share_of_another_whole(analysis: Analysis, count: Count, measure: Measure, quantity: Quantity) -> bool:
    """A share whose "of" names its whole with no word of the quantity's description, of the measure's cues or of
    its nouns: the share of something else."""
    after = SHARE_OF_AFTER.match(analysis.prose, count.number.value_end, count.sentence.end)
    if count.number.unit != "percent" or after is None or \
            after.group("thing").split()[0].lower() in ("its", "their", "his", "her", "our"):
        return False  # ("a fifth of ITS value": the whole told before)
    known = " ".join((quantity.what, *(c for group in measure.cues for c in group), *measure.nouns)).lower()
    stems = {word[:5] for word in regex.findall(r"\p{L}{4,}", known)}
    whole = {word[:5] for word in regex.findall(r"\p{L}{4,}", after.group("thing").lower())}
    return bool(whole) and not whole & stems


def _share_of_what_it_measures(analysis: Analysis, count: Count, measure: Measure) -> bool:
    """A share written before "of" and the measured thing itself ("roughly a quarter of next year's DEFICIT",
    of the "budget deficit as a share of GDP"): a part of that thing, not its level ("41.8% of the votes" is
    the level of a "share of the vote")."""
    measured = MEASURED_AS_SHARE.match(measure.what)
    after = SHARE_OF_AFTER.match(analysis.prose, count.number.value_end, count.sentence.end)
    if measured is None or after is None:
        return False
    return bool({word[:5] for word in regex.findall(r"\p{L}{4,}", measured.group("thing").lower())} &
                {word[:5] for word in regex.findall(r"\p{L}{4,}", after.group("thing").lower())})


def _value_of_another_noun(analysis: Analysis, count: Count, measure: Measure, quantity: Quantity,
                           event: Event | None) -> bool:
    """The figure is "of" a noun right before it ("a deficit of 3.4%") that names nothing the quantity counts
    (its measure's words, categories, event or description) and is no stand-in for a count ("a total of")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # "out of 12 hours", "one of 380": no noun

    before = NOUN_OF_BEFORE.search(analysis.prose, max(0, count.number.start - 40), count.number.value_start)
    if before is None or before.group("noun") in words("count", "stand_ins") | STOP_WORDS:
        return False
    return before.group("noun")[:5] not in _what_it_counts(measure, quantity, event)


def _rest_of_a_part(analysis: Analysis, count: Count) -> bool:
    """The figure is what remains of a group after a part of it the sentence counted before ("20 of its 23
    deputies ... the remaining three"), not a whole the sheet counts."""
    if not REMAINDER_BEFORE.search(analysis.prose, max(count.sentence.start, count.number.start - 30),
                                   count.number.value_start):
        return False
    return any(frame is not None and frame.partitive
               for number in analysis.numbers_between(count.sentence.start, count.number.start)
               for frame in (frame_for(analysis, count.sentence, number.value_start),))


def _several_of_its_kind(analysis: Analysis, count: Count, quantity: Quantity, event: Event | None) -> bool:
    """Before the figure in its clause, the event's kind (a cue of it, or a word of what the quantity counts) in
    the plural after a demonstrative ("those conclaves", "both of these elections"): several occasions, none of
    them the story's own."""
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    before = analysis.prose[clause.start:count.number.start]
    kinds = [cue for group in (event.cues if event else ()) for cue in group if cue.isalpha() and cue.islower()] + \
        [word for word in regex.findall(r"\p{Ll}{4,}", quantity.what) if not word.endswith("s")]
    return bool(kinds) and regex.search(SEVERAL_BEFORE + rf"(?:\p{{L}}+\s+)?(?:{'|'.join(map(regex.escape, kinds))})e?s\b",
                                        before) is not None


def _owners(analysis: Analysis, description: str) -> list[Person]:
    """The sheet's people a fact's description names ("Prevost's age on his election")."""
    return [p for p in analysis.sheet.people if p.name.split()[-1] in description]


def _owner_unnamed(analysis: Analysis, sentence: Sentence, description: str) -> bool:
    """A fact of a person, in a sentence that names someone else and not that person (by name, surname or
    alias), nor does the sentence before it in its paragraph: "Leo XIII, 67, became pope" or "John Paul II
    allowed a simple majority after 30 ballots" say nothing of Prevost's age or ballots; "the conclave needed
    five ballots" may."""
    owners = _owners(analysis, description)
    if not owners:
        return False
    first = analysis.sentence_before(sentence) or sentence
    text = analysis.prose[first.start:sentence.end]
    forms = {form for p in owners for form in (p.name, p.name.split()[-1], *p.aliases)}
    if any(not REGNAL_NUMBER.match(text, m.end()) for m in lang.exact_phrase(tuple(forms)).finditer(text)):
        return False  # (not "Leo" in "Leo XIII": another pope's name)
    return any(isinstance(analysis.sheet.facts.get(m.fact_id), Person)
               for m in analysis.mentions_between(first.start, sentence.end)) or \
        any(analysis.lexicon.unknown_name(word.group()) for word in NAME_INSIDE.finditer(text))


def _after_another_person(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """The quantity is a person's and the last person the sentence names before the figure is someone else."""
    owners = _owners(analysis, quantity.what)
    named = analysis.people_between(count.sentence.start, count.number.value_start)
    return bool(owners) and bool(named) and named[-1].fact_id not in {p.id for p in owners}


def _owner_named_only_for_another_figure(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """Every mention of the quantity's owner in the sentence owns another figure of it ("to KOSTRIN's 27")."""
    if quantity.entity is None:
        return False
    sentence = count.sentence
    owners = [m for m in analysis.mentions_between(sentence.start, sentence.end) if m.fact_id == quantity.entity]
    text = parser_text(analysis, sentence)
    return bool(owners) and all(owns_another_figure(text, m.start - sentence.start, count.number.value_start -
                                                    sentence.start) for m in owners)


def _someone_elses(analysis: Analysis, count: Count, frame: Frame, quantity: Quantity) -> bool:
    """The quantity is a person's (its description names one of the sheet's people) and the subject of the
    figure's clause, a name, is not that person."""
    owners = _owners(analysis, quantity.what)
    if not owners or frame.subject_name is None:
        return False
    subject = analysis.sentence_text(count.sentence)[slice(*frame.subject_name)]
    return not any(form in subject for p in owners for form in (p.name, p.name.split()[-1], *p.aliases))


def _another_of_its_kind(analysis: Analysis, count: Count, frame: Frame, quantity: Quantity) -> bool:
    """The figure's subject is the noun the quantity's description names ("index"), made another one of its kind
    by a name compounded into it that the description does not have ("the VOSSBERG index", of "the MSX 40
    index")."""
    described = {word.lower() for word in regex.findall(r"[\p{L}\d]+", quantity.what.replace("'s", ""))}
    if frame.subject not in described:
        return False
    names = subject_compound_names(parser_text(analysis, count.sentence), frame.predicate_offset)
    return any(name.lower() not in described for name in names)


def _names_no_one_known(analysis: Analysis, sentence: Sentence, span: tuple[int, int] | None) -> bool:
    """A span of the sentence (a name the parse found) holds no mention of the sheet's facts."""
    return span is not None and not analysis.mentions_between(sentence.start + span[0], sentence.start + span[1])


def _claim_of_a_person(analysis: Analysis, claim: Claim) -> bool:
    """The claim's subject names one of the sheet's people ("the papal name PREVOST chose")."""
    return any(regex.search(rf"\b{regex.escape(p.name.split()[-1])}\b", claim.subject) for p in analysis.sheet.people)


def _pronoun_of_someone_unknown(analysis: Analysis, sentence: Sentence, frame: Frame) -> bool:
    """The clause's subject is "he" or "she" and the sentence before has a name the sheet lacks for subject: the
    figure is that person's ("Gioacchino Pecci ... was a caretaker. He reigned for 25 years")."""
    if frame.subject not in ("he", "she") or sentence.index == 0:
        return False
    before = analysis.sentences[sentence.index - 1]
    if before.block != sentence.block:
        return False
    return _names_no_one_known(analysis, before, subject_of_sentence(parser_text(analysis, before)))


def _people_of(analysis: Analysis, event: Event) -> list[Person]:
    """The sheet's people an event's name names by surname ("the election of Robert Prevost")."""
    return [p for p in analysis.sheet.people if any(word in event.name for word in p.name.split()[-1:])]


def _several_of_the_events_kind(text: str, frame: Frame, event: Event) -> bool:
    """The predicate's subject counts several things of the event's own kind ("the last THREE BUDGETS", of the
    passing of the 2028 budget); not "the two sides", who are the event's."""
    span = subject_span(text, frame.predicate_offset)
    counted = COUNTED_PLURAL.search(text, *span) if span else None
    return counted is not None and counted.group("noun").lower().rstrip("s") in {
        word.rstrip("s") for word in _event_words(event)}


def _of_another_person(analysis: Analysis, event: Event, sentence: Sentence, frame: Frame) -> bool:
    """The event is a person's (its name names one of the sheet's people) and the date's clause, whose subject
    is a name, names none of them: it tells of someone else's. Of an event of no one, a clause whose subject is
    a person of the sheet and whose verb takes no object tells of what that person did."""
    named = _people_of(analysis, event)
    if frame.subject_name is None:  # "FRANCIS was chosen on March 13", a word of English: a person of the sheet
        span = subject_span(parser_text(analysis, sentence), frame.predicate_offset)
        people = analysis.people_between(*(sentence.start + at for at in span)) if span else []
        return bool(named and people) and not any(p.fact_id in {n.id for n in named} for p in people)
    if not named:  # "Trump returned to the White House on January 20": a person of the sheet going somewhere,
        #            not the event (of no one), whose cue "returned" is
        return not frame.transitive and bool(analysis.people_between(*(sentence.start + at for at in frame.subject_name)))
    subject = parser_text(analysis, sentence)[slice(*frame.subject_name)]
    forms = {form for p in named for form in (p.name, p.name.split()[-1], *p.aliases)}
    return not any(_names_person(form, subject) or _names_person(form, frame.reach) for form in forms)


def _names_person(form: str, text: str) -> bool:
    """The form stands in the text as the person's, not as another's with a regnal number ("Leo" in "Leo
    XIII" is not Leo XIV)."""
    return any(not REGNAL_NUMBER.match(text, found.end()) or REGNAL_NUMBER.match(form, len(form.split()[0]))
               for found in regex.finditer(rf"\b{regex.escape(form)}\b", text))


def _event_words(event: Event) -> frozenset[str]:
    """The words that say what an event is: its name's and its cues', as written and without a plural "s"."""
    written = [w.lower() for w in regex.findall(r"\p{L}{4,}", " ".join((event.name, *(c for g in event.cues for c in g))))]
    return frozenset(written) | {w[:-1] for w in written if w.endswith("s")}


def claim_binds(analysis: Analysis, sentence: Sentence, offset: int, claim: Claim, end: int | None = None) -> bool:
    """Whether a value named in a sentence is given to the claim: not denied or set apart ("unlike the
    Greens"); and for a set-valued claim, whose members sentences contrast clause by clause, the clause of
    the predicate it belongs to (with the clauses that share its subject) carries the claim's cues ("the
    Greens cleared the threshold, while the Liberals missed it" says nothing of the Greens missing it)."""
    frame = frame_for(analysis, sentence, offset)
    if frame is None or frame.negated or frame.excluded or frame.stray or frame.planned:
        return False  # "asked whether he will be Francis II in all but name": no claim made
    text = parser_text(analysis, sentence)
    cue_starts = _cue_starts(claim, text)
    value_at = offset - sentence.start
    if in_a_claim_called_false(text, value_at):
        return False  # "the claim that the warning was at level 5 is wrong": a claim denied
    if any(starts and all(";" in text[min(start, value_at):max(start, value_at)] for start in starts)
           for starts in (lang.phrase_starts(group, text) for group in claim.cues)):
        return False  # "Sarnek pulled out and endorsed her; Ines Vallgren was eliminated": another clause's name
    if end is not None and cue_starts and all(offset <= sentence.start + start < end for start in cue_starts) and \
            not _names_the_subject(claim, frame.reach, analysis.prose[offset:end]):
        return False  # "the first ballot produced black smoke": a ballot, but not the one the claim is about
    if cue_starts and all(occasions.quoted_apart(analysis, offset, sentence.start + start) for start in cue_starts):
        return False  # 'he took the name, he said, "because Pope Leo XIII addressed …"': the quotation's own matter
    if any(ALL_OF_A_COUNT.match(text, end) for group in claim.cues for cue in group if cue.lower().endswith(" all")
           for end in (start + len(cue) for start in lang.phrase_starts((cue,), text))):
        return False  # "acquitted of all three money-laundering counts": all of a counted set, not of everything
    if any(all(_told_of_a_place(analysis, sentence, sentence.start + start) for start in lang.phrase_starts(group, text))
           for group in claim.cues):
        return False  # "even in Kallund, where Holt won the first round,": the claim told of a place, not the whole
    if cues_only_in_time_clauses(text, cue_starts):
        return False  # "spent ten years in Trujillo ... long before he became a bishop": no see of his
    if told_of_another_thing(text, value_at, cue_starts):
        return False  # "chose the name in honour of Leo XIII": the name is not Leo XIII
    if _names_no_one_known(analysis, sentence, relative_clause_owner(text, value_at)):
        return False  # "Friedrich Merz, who was sworn in after failing in the first round": his own doing
    if not claim.set and subject_counted(text, frame.predicate_offset):
        return False  # "Two inbound flights, one from Velsk and one from Hollin": several, not the flight
    if _subject_of_its_own(analysis, sentence, frame):
        return False  # "Nato foreign ministers met in Antalya": a body the sheet does not know, not the story's
    if cue_starts and all(acts_on_another_thing(text, start, _subject_words(claim)) for start in cue_starts):
        return False  # "Farrell, who as camerlengo announced Francis's death", of who announced the election
    if cue_starts and all(_names_no_one_known(analysis, sentence, span) for span in names_set_beside(text, cue_starts)):
        return False  # "his successor, John Paul II,": the cue tells of someone the sheet does not know
    if in_a_subordinate_clause_of_its_own(text, value_at, cue_starts):
        return False  # "he had chosen it because Leo XIII addressed the social question": the reason's subject
    if cue_starts and in_a_participle_of_its_own(text, value_at, cue_starts):
        return False  # "The first three, arrested in Ferentz, were handed over", of where they were handed over
    if _of_a_doer(claim) and cue_starts and acted_on(text, value_at, cue_starts):
        return False  # "the papers announced Parolin as the successor", of the cardinal who announced
    if _names_no_one_known(analysis, sentence, described_name(text, value_at)):
        return False  # "Benedict XVI, the 265th pope,": a value of someone the sheet does not know
    if end is not None and WITHIN_A_DAY_PART.match(analysis.prose, end):
        return False  # "elected on the first ballot of the afternoon": counted within that afternoon
    if cue_starts and all(CLAUSE_BREAK.search(text, min(value_at, start), max(value_at, start)) for start in cue_starts):
        return False  # "Vennland was the host, not the mediator: Vennish officials stress ...": another clause
    if any(int(year) != analysis.sheet.as_of.year for year in frame.occasion_years) or frame.subject_earlier:
        return False  # "the 2019 truce, which Vennland brokered": another year's occasion; "the last pope of that
        #               name, Leo XIII, reigned": an earlier one's
    if _names_no_one_known(analysis, sentence, frame.subject_name) and _claim_of_a_person(analysis, claim):
        return False  # "Pecci ... known as Leo XIII", of the name Prevost chose: the doing of someone else
    if _opened_at_another_time(analysis, sentence, claim):
        return False  # "In March, delegations meeting in Jeddah agreed ...", of the venue of the talks of 16 May
    if frame.subject_name is not None and frame.subject_name[0] <= value_at < frame.subject_name[1] and \
            _told_of_another_month(analysis, text, frame):
        return False  # "John Paul I was chosen in August 1978": the value's own doing, at another time
    return not claim.set or cues.about(claim, frame.subject_clause)


def _of_a_doer(claim: Claim) -> bool:
    """The claim names who does its act: "the cardinal WHO announced", or the agent noun of one of its cue
    verbs ("WINNER of the final" with "won", "MEDIATOR" with "mediated")."""
    if DOER.search(claim.subject):
        return True
    head = AGENT_NOUN.match(claim.subject)
    if head is None:
        return False
    stem = head.group("stem").lower()
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem  # "winn-er": win
    return len(stem) >= 3 and any(cue.lower().startswith(stem) for group in claim.cues for cue in group
                                  if " " not in cue)


def _subject_of_its_own(analysis: Analysis, sentence: Sentence, frame: Frame) -> bool:
    """The predicate's subject is a common noun of a body the sheet does not know ("Nato foreign ministers") and
    names nothing it knows; not people the sheet lacks ("Umerov and Medinsky met"), who may be the story's."""
    found = names_in_common_noun_subject(parser_text(analysis, sentence), frame.predicate_offset)
    if found is None:
        return False
    span, names = found
    return _names_no_one_known(analysis, sentence, span) and any(analysis.lexicon.unknown_name(name) for name in names)


def _subject_words(claim: Claim) -> frozenset[str]:
    """The words of what a claim is about ("the cardinal who announced the election": cardinal, election...)."""
    return frozenset(word.lower() for word in regex.findall(r"\p{L}{3,}", claim.subject))


def _opened_at_another_time(analysis: Analysis, sentence: Sentence, claim: Claim) -> bool:
    """The claim is about an occasion its subject dates ("the venue of the talks of 16 May 2025") and the
    sentence opens with another month or year ("In March, ..."): it tells of another occasion."""
    dated = [m.date for m in dates.find_dates(claim.subject, 0, len(claim.subject), analysis.sheet.as_of.year)
             if m.date is not None and m.date.month is not None]
    opening = OPENING_TIME.match(analysis.prose, sentence.start, sentence.end)
    if len(dated) != 1 or opening is None:
        return False
    month, year = opening.group("month"), opening.group("year")
    return bool(month) and dates.month_number(month) != dated[0].month or \
        bool(year) and int(year) != dated[0].year


def _told_of_another_month(analysis: Analysis, text: str, frame: Frame) -> bool:
    """The predicate's time names another year or month than the story's ("in August 1978", "that October")."""
    as_of = analysis.sheet.as_of
    spans = " ".join(text[start:end] for start, end in frame.time_spans)
    return any(int(year) != as_of.year for year in regex.findall(r"\b(?:1[5-9]\d\d|2[01]\d\d)\b", spans)) or \
        any(t.lower().rstrip(".") in words("time", "months") and month_number(t) != as_of.month for t in frame.time)


def _names_the_subject(claim: Claim, clause: str, value: str) -> bool:
    """The clause carries a content word of the claim's subject other than the value's own ("Prevost was
    ELECTED on the third ballot", of the ballot on which Prevost was elected), compared by their first five
    letters ("election" for "elected")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded: the clause was parsed

    def stems(text: str) -> set[str]:
        return {word.lower()[:5] for word in regex.findall(r"\p{L}{3,}", text) if word.lower() not in STOP_WORDS}

    return bool((stems(claim.subject) - stems(value)) & stems(clause))


def _told_of_a_place(analysis: Analysis, sentence: Sentence, offset: int) -> bool:
    """The comma-delimited phrase at offset tells of a place: a "where" clause on it, or a region named."""
    segment = occasions.segment_of(analysis, occasions.clause_of(analysis, sentence, offset), offset)
    return occasions.told_of_a_place_before(analysis, segment, None) or occasions.names_a_region(analysis, segment, None)


def _measure_words(measure: Measure, quantity: Quantity) -> frozenset[str]:
    """The words that name what a quantity measures: its measure's nouns and cues, and its description's."""
    phrases = (*measure.nouns, *(cue for group in measure.cues for cue in group), quantity.what)
    return frozenset(word.lower() for phrase in phrases for word in regex.findall(r"\p{L}{3,}", phrase))


def _cue_starts(fact: Event | Claim | Measure, text: str) -> list[int]:
    """Where the fact's cue words stand in a sentence's text."""
    return [start for group in fact.cues for start in lang.phrase_starts(group, text)]


def other_values(analysis: Analysis, sentence: Sentence, claim: Claim) -> list[NamedSlot]:
    """Countries the sentence puts in the claim's slot ("mediated BY Qatar") when the claim's value is a
    country: another value, whether or not the sheet lists it as wrong. Only names the sheet does not know:
    a place of the story that the editor left off `wrong` has some other part in it ("freed from captivity
    in Russia"). Silent when the slot is denied, planned, set apart or hung on the wrong word."""
    slots = claim.slot_phrases()
    if not slots or claim.set or not _is_country(analysis, claim.value):
        return []
    if not lang.any_of(tuple(word for word, _ in slots)).occurs_in(analysis.sentence_text(sentence)):
        return []  # no slot's word: nothing to parse
    wrong = lang.any_of(tuple(claim.wrong)) if claim.wrong else None
    found = []
    for named in analysis.derived(NAMED_SLOTS, lambda: named_slots(parser_text(analysis, sentence)), sentence.index):
        if not any(named.marker == marker and lang.any_of((word,)).occurs_in(named.governor) for word, marker in slots):
            continue
        frame = named.frame
        if frame.negated or frame.modal or frame.excluded or frame.stray or not cues.about(claim, frame.clause):
            continue
        start = sentence.start + named.start
        if analysis.mentions_between(start, sentence.start + named.end) or \
                (wrong is not None and wrong.occurs_in(named.text)) or \
                named.text.lower() not in folded("place", "countries"):
            continue
        found.append(named)
    return found


def _is_country(analysis: Analysis, name: str) -> bool:
    places = [analysis.sheet.facts.get(form.fact_id) for form in analysis.lexicon.forms.get(name, [])]
    return any(isinstance(place, Place) and place.kind == "country" for place in places) or \
        name.lower() in folded("place", "countries")


def same_claim(analysis: Analysis, first: tuple[Sentence, int], second: tuple[Sentence, int]) -> bool:
    """Whether two numbers state the same claim (I102): the same noun counted, by the same predicate, as a
    whole and as done — not a part, an increment, a plan or another count of a different action."""
    frames = [frame_for(analysis, sentence, offset) for sentence, offset in (first, second)]
    if any(frame is None for frame in frames):
        return False
    a, b = frames
    assert a is not None and b is not None
    if any(f.partitive or f.increment or f.modal or f.negated or f.total for f in (a, b)):
        return False
    if a.counts and b.counts and a.counts != b.counts:
        return False  # the parse reads two different nouns
    if set(a.occasion_years) != set(b.occasion_years):
        return False  # "In March 2016 the government lost by 131 votes to 102": another year's vote
    # in one sentence, two predicates are two actions ("attacked with 250 drones ... downed 245 drones")
    return first[0].index != second[0].index or a.predicate_offset == b.predicate_offset


def _noun_matches(word: str, phrases: tuple[str, ...]) -> bool:
    """A counted word against a sheet's noun phrases ("member" in "service member", "prisoner" in
    "prisoners of war"), forgiving a plural the lemmatizer left."""
    forms = {word, word.rstrip("s")}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("men"):
        forms.add(word[:-3] + "man")  # "servicemen"
    for phrase in phrases:
        parts = phrase.lower().replace("-", " ").split()
        if not parts:
            continue
        head = parts[parts.index("of") - 1] if "of" in parts[1:] else parts[-1]  # "prisoners of war", "service member"
        if head in forms or head.rstrip("s") in forms or (head.endswith("men") and head[:-3] + "man" in forms):
            return True
    return False


def _category_of(measure: Measure, word: str) -> str | None:
    """The measure's category a noun names, "all" for one of its general nouns or its unit, None for
    another noun."""
    for category, nouns in measure.categories.items():
        if _noun_matches(word, nouns):
            return category
    units = (measure.unit,) if measure.unit else ()
    if _noun_matches(word, (*measure.nouns, *measure.side_nouns, *units)):
        return "all"
    return None


def _part_of_a_whole_told_beside(analysis: Analysis, count: Count, quantity: Quantity) -> bool:
    """A smaller figure than the quantity's, in a paragraph that gives the quantity's own value elsewhere: the
    paragraph tells the whole, and this figure is a part of it."""
    if count.number.value >= quantity.value:
        return False
    block = analysis.doc.blocks[count.sentence.block]
    wholes = {number.value_start for number in analysis.numbers_between(block.start, block.end)
              if number.value_start != count.number.value_start and number.value == quantity.value and
              number.unit == count.number.unit}
    if not wholes or quantity.category is None:
        return bool(wholes)
    # (not "120 soldiers and 270 civilians", a swap of kinds: a figure of another kind is no whole, unless it is the
    # whole of a part, "four OF THE seven")
    other_kinds = {other.number.value_start for other in analysis.counts
                   if other.number.value_start in wholes and other.category is not None and
                   other.category != quantity.category and
                   not WHOLE_BEFORE.search(analysis.prose, max(block.start, other.number.start - 20), other.number.start)}
    return bool(wholes - other_kinds)


def _coordinated_in_words(analysis: Analysis, count: Count, measure: Measure) -> bool:
    """The count's head noun is followed by "and" or "or" and another noun of the measure's categories."""
    if count.category is None or not count.head:
        return False
    at = analysis.prose.find(count.head, count.number.value_end, count.sentence.end)
    after = COORDINATED_NOUN.match(analysis.prose, at + len(count.head)) if at >= 0 else None
    return after is not None and _category_of(measure, after.group(1)) not in (None, count.category)


def _counts_this(measure: Measure, frame: Frame, category: str | None) -> bool:
    """The noun the parse says the number counts is one the measure counts, of the quantity's category
    (None: the whole). The head noun decides ("390 Ukrainians, soldiers among them" counts Ukrainians);
    nouns coordinated with it widen it ("390 soldiers and civilians" is the whole, not the soldiers); a
    general noun takes its category from the verb ("killed two people"; "300 people were trapped" is no
    category); another noun ("270 defenders" after a paragraph on civilians) is another count."""
    head = _category_of(measure, frame.counts)
    kinds = {_category_of(measure, word) for word in frame.categories or (frame.counts,)}
    if head is None or None in kinds:
        return False
    if frame.uncoordinated and _category_of(measure, frame.uncoordinated) is not None:
        return False  # the words coordinate a noun of the measure that the tree does not: unsure
    named = kinds - {"all"}
    if category is None:  # the whole: a general noun, or every category the measure has
        return head == "all" or named == set(measure.categories)
    if head == "all" and not named:
        return category in {_category_of(measure, word) for word in frame.predicate_words}
    return head == category and named == {category}


def _other_occasion(analysis: Analysis, sentence: Sentence, frame: Frame, event: Event) -> bool:
    """The predicate is dated to another day than the event's, or comes after the event ("following the
    release of 390 on Friday")."""
    if any(not m.relative and not occasions.fits(analysis, m, event, lasting=False)
           for m in dates_in(analysis, sentence, frame.time_spans)):
        return True
    own_day = occasions.own_date(analysis)
    if own_day is not None and event.date.day is not None and own_day != event.date.first_day and any(
            TODAY.fullmatch(parser_text(analysis, sentence)[start:end]) for start, end in frame.time_spans):
        return True  # "handing over 303 prisoners this afternoon", in a draft of two days later
    if any(t.isdigit() and len(t) == 4 and int(t) != event.date.year for t in (*frame.time, *frame.occasion_years)):
        return True  # "on 2027, when they took 19.4%": a year the date reader takes for no date; "the engineers
        #              seized in 2019 were held for 214 days": the subject's occasion
    if event.date.day is not None and any(t.lower() in LONG_SPANS and not t.lower().startswith(frame.counts or "-")
                                          for t in frame.time):
        return True  # "in 23 years I have pulled out a dozen people": a career's count, not a day's (unless the
        #              years are what is counted: "sentenced to 15 years")
    if any(t.lower() in ("decade", "century") for t in frame.time):
        return True  # "212 deaths in the decade after Dorna": a decade's count, not one event's
    if event.date.month is not None and any(t.lower().rstrip(".") in words("time", "months") and
                                            month_number(t) != event.date.month for t in frame.time):
        return True  # "the ballot held last November", of a ballot in March
    return any(occasions.fits(analysis, m, event) for m in dates_in(analysis, sentence, frame.sequel_spans))


def _other_place(analysis: Analysis, sentence: Sentence, frame: Frame, event: Event) -> bool:
    return other_place(analysis, sentence, frame, event) is not None


def other_place(analysis: Analysis, sentence: Sentence, frame: Frame, event: Event) -> str | None:
    """The place, as written, where the predicate happens when that is not the event's ("injured in an
    attack on the capital")."""
    if event.place is None:
        return None
    text = analysis.sentence_text(sentence)
    for (start, end), name in zip(frame.place_spans, frame.place):
        mentions = analysis.mentions_between(sentence.start + start, sentence.start + end)
        if not any(analysis.sheet.lies_in(meaning.fact_id, event.place) for mention in mentions
                   for meaning in mention.meanings):
            known = [mention.primary.house for mention in mentions if mention.primary.kind != "adjective"
                     and isinstance(analysis.sheet.facts.get(mention.fact_id), Place)]
            return known[0] if len(known) == 1 else PLACE_OPENING.sub("", text[start:end])
    return None


def _later_stage_of_series(analysis: Analysis, event: Event | None) -> bool:
    series = analysis.sheet.event(event.series) if event is not None else None
    return event is not None and series is not None and event.date.first_day > series.date.first_day


def _later_stage(analysis: Analysis, count: Count, event: Event) -> bool:
    """In a draft that tells of the series ending or going on on a later weekday ("finished exchanging
    prisoners on Sunday") and gives itself no date, a figure with nothing tying it to the first stage is a
    later stage's."""
    series = occasions.continuing_series(analysis, event)
    if series is None or series is event or not _ends_on_another_weekday(analysis, series):
        return False
    clause = occasions.clause_of(analysis, count.sentence, count.number.value_start)
    segment = occasions.segment_of(analysis, clause, count.number.value_start)
    return not occasions.first_stage_evidence(analysis, clause, segment, count.sentence, event)


def _ends_on_another_weekday(analysis: Analysis, series: Event) -> bool:
    """A sentence about the series dates its end or continuation to a weekday other than its first day's: a
    series ends after it begins, so that is a later day."""
    if series.date.day is None:
        return False
    first = series.date.first_day.weekday()
    return any(mention.date is None and mention.weekday is not None and mention.weekday != first
               for _, mention in _ending_dates(analysis, series, words("predicate", "end_or_continuation")))


def ends_series(analysis: Analysis, series: Event) -> list[tuple[Sentence, dates.DateMention]]:
    """The dates the draft gives the end of a series ("finished exchanging prisoners on Sunday")."""
    return _ending_dates(analysis, series, words("predicate", "end"))


def _ending_dates(analysis: Analysis, series: Event, verbs: frozenset[str]) -> list[tuple[Sentence, dates.DateMention]]:
    """Dates in sentences about the series whose predicate is one of these verbs, told as done."""
    def compute() -> list[tuple[Sentence, dates.DateMention]]:
        found = []
        for sentence in analysis.sentences:
            if not cues.about(series, analysis.sentence_text(sentence)):
                continue
            for mention in analysis.dates(sentence, series.date.year):
                if mention.date is None and mention.weekday is None:
                    continue
                frame = frame_for(analysis, sentence, mention.start)
                if frame is not None and not frame.negated and not frame.modal and \
                        names_any(frame.predicate_words, verbs):
                    found.append((sentence, mention))
        return found

    return analysis.derived(ENDING_DATES, compute, series.id, verbs)


def _continues(frame: Frame) -> bool:
    """The date is the end or a later day of something longer ("finished exchanging ... on Sunday")."""
    return names_any(frame.predicate_words, words("predicate", "end_or_continuation"))


def _figure_of_another_occasion(analysis: Analysis, sentence: Sentence, frame: Frame, event: Event) -> bool:
    """The date's predicate also counts something with a value the event never had ("last freed 205
    prisoners each on May 6"): that is another occasion of the same kind."""
    values = _values_of(analysis, event)
    if not values:
        return False
    for number in analysis.numbers_between(sentence.start, sentence.end):
        other = frame_for(analysis, sentence, number.value_start)
        if other is None or other.predicate_offset != frame.predicate_offset or \
                not other.counts and number.unit is not None:
            continue  # (a bare figure counts too: "an exchange on April 19 returned 246 to each side")
        if float(number.value) not in values:
            return True
    return False


def _values_of(analysis: Analysis, event: Event) -> set[float]:
    """Every value the sheet gives a figure of the event or of its series (a toll's earlier values are its own)."""
    return {float(value) for q in analysis.sheet.quantities
            if q.event is not None and (q.event == event.id or _in_series(analysis, q.event, event))
            for value in (q.value, *(dated.value for dated in q.values))}


def _in_series(analysis: Analysis, event_id: str, event: Event) -> bool:
    other = analysis.sheet.event(event_id)
    return other is not None and (other.series == event.id or event.series == other.id or
                                  (other.series is not None and other.series == event.series))
