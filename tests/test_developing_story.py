"""A developing story: figures with their times (issue 23). Our own earthquake, its toll rising for four days
(tests/stories/castelmonte-quake): each draft is judged against the value current at its own date."""
from pathlib import Path

import pytest

from conftest import codes, findings
from copydesk.facts import FactSheetError, load

STORY = Path(__file__).parent / "stories" / "castelmonte-quake"
SHEET = load(STORY / "facts.toml")


def dated(day: str | None, body: str) -> str:
    return (f"---\ndate: {day}\n---\n" if day else "") + body


@pytest.mark.parametrize("draft, expected", [
    ("day1_brief.md", []),
    ("day2_typo.md", [("N101", 6, 42)]),  # 1,464 for the 1,644 of its day
    ("day3_stale.md", [("N103", 8, 23)]),  # the day before's figure, a day later
    ("day5_later.md", [("N102", 6, 80)]),  # after the sheet: a later figure, the sheet needs updating
    ("undated_timeline.md", []),  # every value with its own time; "by Monday" is a bound, not the quake's day
    # a feature full of figures the sheet does not know: aftershocks, depth, an earlier quake ("since 1980,
    # when a quake killed nearly 3,000"), a rescuer's age, aid, a part of the first evening's toll
    ("day3_feature.md", []),
])
def test_each_draft_is_judged_at_its_own_date(draft, expected):
    text = (STORY / "drafts" / draft).read_text(encoding="utf-8")
    assert codes(text, facts=SHEET) == expected


def test_the_sources_agree_with_the_sheet_each_on_its_day():
    for source in sorted((STORY / "sources").glob("*.md")):
        assert codes(source.read_text(encoding="utf-8"), facts=SHEET) == [], source.name


@pytest.mark.parametrize("day, figure, expected", [
    # on the first day only the first figure was known: a later one is wrong, and says when it came
    ("2031-03-28", "144", []),
    ("2031-03-28", "1,644", [("N101", "1,644 was reported only on 29 March 2031")]),
    # two days on, the first day's figure is stale, not wrong
    ("2031-03-30", "144", [("N103", "“144” was the figure as of 28 March 2031; the fact sheet has 2,056 as of "
                                    "30 March 2031")]),
    ("2031-03-30", "2,500", [("N101", "the fact sheet has 2,056 as of 30 March 2031")]),
    # before anything was reported, nothing is known to judge by
    ("2031-03-27", "20", []),
    # with no date of its own, a draft may be of any day: a known value is right, a higher one may be later
    (None, "1,644", []),
    (None, "3,000", [("N102", "if this is a later figure, update the fact sheet")]),
    (None, "100", [("N101", "the fact sheet has 2,719 as of 31 March 2031")]),
])
def test_a_figure_is_judged_by_the_value_of_the_drafts_day(day, figure, expected):
    found = findings(dated(day, f"The earthquake in Castelmonte killed {figure} people.\n"), facts=SHEET)
    assert [(f.code, next((part for _, part in expected if part in f.message), f.message)) for f in found] == expected


def test_the_fix_of_a_figure_that_changes_is_never_safe():
    (finding,) = findings(dated("2031-03-29", "The earthquake in Castelmonte killed 1,464 people.\n"), facts=SHEET)
    assert finding.fix is not None and not finding.fix.safe


def test_a_dated_value_after_the_sheets_date_is_refused():
    text = (STORY / "facts.toml").read_text(encoding="utf-8").replace("as_of = 2031-03-30", "as_of = 2031-04-05")
    with pytest.raises(FactSheetError, match=r"values\[2\]\.as_of.*after the sheet's as_of"):
        load(text=text)


def test_facts_show_lists_the_values_with_their_times():
    shown = dict(SHEET.describe("killed").details)
    assert shown["as of Friday 28 March 2031"] == "144" and shown["as of Sunday 30 March 2031"] == "2056"


@pytest.mark.parametrize("address, expected", [
    ("https://news.example.org/2031/03/28/quake-castelmonte/", []),
    ("https://news.example.org/world/20310330_quake.html", [("N103", 2, 38)]),
    ("https://news.example.org/world/quake-castelmonte/", []),  # no date in the address: any day
])
def test_a_clipped_article_is_dated_by_the_address_it_was_published_at(address, expected):
    text = f"URL: {address}\nThe earthquake in Castelmonte killed 144 people.\n"
    assert codes(text, facts=SHEET) == expected


@pytest.mark.parametrize("right, wrong, expected", [
    ("the number of dead rose to 2,056", "the number of dead rose to 2,065", ("N101", 6)),
    ("3,100 people had been injured", "3,010 people had been injured", ("N101", 8)),
])
def test_an_error_planted_in_the_feature_is_found_on_its_line(right, wrong, expected):
    text = (STORY / "drafts" / "day3_feature.md").read_text(encoding="utf-8")
    assert right in text
    assert [(code, line) for code, line, _ in codes(text.replace(right, wrong), facts=SHEET)] == [expected]


FLOODS = Path(__file__).parent / "stories" / "valdor-floods"


def test_a_sheet_without_earlier_values_judges_earlier_coverage_by_nothing_and_later_coverage_by_warnings():
    sheet = load(FLOODS / "facts.toml")
    # the first day's report (dated before the sheet): its toll and missing are that day's, unknown to the sheet
    assert codes((FLOODS / "day1.md").read_text(encoding="utf-8"), facts=sheet) == []
    # three days on: "the death toll ... rose to 27 on Friday" and "eight people are still missing" are later
    # figures, dated to when they were given
    later = findings((FLOODS / "day4.md").read_text(encoding="utf-8"), facts=sheet)
    assert [(f.code, f.severity, f.line) for f in later] == [("N102", "warning", 6), ("N102", "warning", 6)]


@pytest.mark.parametrize("sentence, expected", [
    # a later day's news in a sentence that names the quake: the date is not the quake's
    ("On Tuesday, the quake's survivors held a vigil in the main square.", []),
    ("Aftershocks from the quake shook the city again on Tuesday.", []),
    ("Schools reopened on Tuesday in parts of the city least damaged by the quake.", []),
    ("Rescuers searching the ruins left by the quake found a boy alive on Monday.", []),
    ("Rescuers called off the search on Wednesday, with the quake's death toll at 2,719.", []),
    ("The toll reached 2,719 on Monday, officials said of the earthquake that killed them.", []),
    # the quake's own date, misstated: its subject, its noun, its relative clause
    ("The quake struck on Thursday.", [("D101", 5, 21)]),
    ("Thursday's quake was felt 300 km away.", [("D101", 5, 1)]),
    ("The quake that hit Castelmonte on Thursday was the deadliest in a century.", [("D101", 5, 35)]),
])
def test_a_date_is_the_quakes_only_when_its_clause_is_about_the_quake(sentence, expected):
    assert codes(f"---\ndate: 2031-04-01\n---\n\n{sentence}\n", facts=SHEET) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the toll's own values on later days are the quake's: a wrong day beside them is still found
    ("Thursday's earthquake killed 1,644 people.", [("D101", 5, 1)]),
    ("Rescuers worked through the night after Thursday's earthquake.", [("D101", 5, 41)]),
    ("Live from Castelmonte, where rescuers worked through the night after Friday's earthquake.", []),
])
def test_a_day_given_to_the_quake_beside_a_later_toll_is_the_quakes(sentence, expected):
    assert codes(f"---\ndate: 2031-03-29\n---\n\n{sentence}\n", facts=SHEET) == expected


def test_a_bare_figure_after_two_counts_of_different_things_restates_neither():
    draft = dated("2031-03-29", "A new toll: 1,644 people have been killed and more than 2,900 injured. That is more "
                                "than eleven times the figure of 144 announced on Friday.\n")
    assert codes(draft, facts=SHEET) == []


def test_an_earlier_toll_reported_in_the_past_is_told_as_of_then_not_as_current():
    draft = dated("2031-03-30", "The toll has risen every day since the earthquake: on the first evening authorities "
                                "reported 144 deaths.\n")
    assert codes(draft, facts=SHEET) == []
    assert codes(dated("2031-03-30", "The earthquake has killed 144 people.\n"), facts=SHEET) == [("N103", 4, 27)]


def test_a_deputy_of_the_persons_office_is_another_office():
    draft = dated("2031-03-29", "{} Carlo Venturi visited Castelmonte on Saturday.\n")
    assert codes(draft.format("Deputy Prime Minister"), facts=SHEET, select=["T"]) == [("T102", 4, 1)]
    assert codes(draft.format("Prime Minister"), facts=SHEET, select=["T"]) == []


def test_a_verb_joined_to_a_dated_one_shares_its_time():
    sheet = load(FLOODS / "facts.toml")
    draft = dated("2032-10-14", "In 1994 a smaller flood killed seven people and displaced about 2,000.\n")
    assert codes(draft, facts=sheet) == []
    assert codes(dated("2032-10-14", "The floods killed 23 people and displaced about 2,000.\n"), facts=sheet) == \
        [("N101", 4, 49)]


@pytest.mark.parametrize("sentence", [
    "Friday's earthquake struck at 4:17 a.m. and, by last night, had killed 144 people.",  # told as of then
    "The 1968 earthquake in the valley killed 231 people.",  # a year on the subject
    "It recalls the 2009 earthquake to the north, in which 38 people died.",  # a year on the relative's noun
    "Three days after the earthquake that levelled the old town, the count of the dead stood on Sunday at 2,056.",
])
def test_figures_and_days_of_other_times_beside_the_quake(sentence):
    assert codes(dated("2031-03-30", sentence + "\n"), facts=SHEET) == []


def test_a_date_after_the_floods_own_date_in_the_same_sentence_is_another_acts():
    sheet = load(FLOODS / "facts.toml")
    draft = dated("2032-10-14", "The number killed in the floods that swept the valley on Tuesday rose to 23 on "
                                "Thursday.\n")
    assert codes(draft, facts=sheet) == []
    assert codes(dated("2032-10-14", "The floods that swept the valley on Monday killed 23.\n"), facts=sheet) == \
        [("D101", 4, 37)]
    assert codes(dated("2032-10-14", "The 2009 floods, which killed 14 people, were smaller.\n"), facts=sheet) == []
