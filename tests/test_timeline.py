import datetime as dt

from conftest import sheet_head
from copydesk.facts import load


def test_wrong_weekday_for_event(lint):
    assert lint("Trump spoke with Putin by phone on Wednesday.", select=["D"]) == [("D101", 1, 36)]


def test_wrong_date_for_talks(lint):
    assert lint("The talks in Istanbul took place on 14 May.", select=["D"]) == [("D101", 1, 37)]


def test_relative_days_against_as_of(lint):
    draft = """\
    The talks in Istanbul were held last week.

    Trump spoke with Putin earlier this week.

    The prisoners were freed yesterday.
    """
    assert lint(draft, select=["D"]) == [("D101", 5, 26)]
    later = dt.date(2025, 5, 24)
    assert lint("The prisoners were freed yesterday.", select=["D"], as_of=later) == []


def test_invasion_year(lint):
    assert lint("Russia invaded Ukraine in 2021.", select=["D"]) == [("D101", 1, 27)]


def test_weekday_date_mismatch(lint):
    assert lint("It happened on Thursday, May 23, 2025.", select=["D"]) == [("D102", 1, 16)]
    assert lint("It happened on Friday 23 May 2025.", select=["D"]) == []


def test_first_talks_since(lint):
    draft = """\
    These were the first direct talks since 2019.

    They were the first face-to-face negotiations since March 2022, the first in over three years.

    It was the first direct meeting in five years.
    """
    assert lint(draft, select=["D"]) == [("D103", 1, 41), ("D103", 5, 36)]


def test_war_age(lint):
    draft = """\
    The war, now in its third year, goes on.

    After more than three years of war, the conflict is in its fourth year.

    The fighting began nearly two years ago.
    """
    assert lint(draft, select=["D"]) == [("D104", 1, 21), ("D104", 5, 20)]


def test_dates_not_about_events_are_silent(lint):
    draft = """\
    Trump, who served from 2017 to 2021, posted on Monday.

    Europe has not seen such a war since 1945.

    More prisoners will be released on Saturday and Sunday.
    """
    assert lint(draft, select=["D"]) == []


def test_date_placed_relative_to_the_event_is_silent(lint):
    assert lint("Zelensky met families on Saturday, two days after the swap.", select=["D"]) == []


def test_ordinal_year_phrasings(lint):
    assert lint("It is the third year of the war.", select=["D"]) == [("D104", 1, 11)]
    assert lint("The conflict is entering its third year.", select=["D"]) == [("D104", 1, 30)]


def test_years_after_the_invasion(lint):
    assert lint("More than four years after the invasion, the war goes on.", select=["D"]) == [("D104", 1, 1)]
    assert lint("More than three years after the invasion, the war goes on.", select=["D"]) == []


def test_the_date_of_a_statement_is_not_the_event_date(lint):
    assert lint("Russia's defence ministry said on Saturday that the exchange took place.", select=["D"]) == []
    assert lint("The exchange took place on Saturday.", select=["D"]) == [("D101", 1, 28)]


def test_dates_are_matched_to_the_event_of_their_clause(lint):
    draft = "Negotiators in Istanbul agreed on a swap; on Thursday 390 prisoners from each side went home."
    assert lint(draft, select=["D"]) == [("D101", 1, 46)]


def test_call_needs_both_leaders(lint):
    draft = "Trump and Putin spoke on Wednesday.\n\nPutin spoke at a forum on Wednesday.\n"
    assert lint(draft, select=["D"]) == [("D101", 1, 26)]


def test_a_dateline_that_disagrees_with_the_front_matter_date(lint):
    draft = "---\ndate: 2025-05-23\n---\nKYIV, May 24 (Reuters) - Russia and Ukraine freed 390 prisoners each on Friday.\n"
    assert lint(draft, select=["D105"]) == [("D105", 4, 7)]
    assert lint(draft.replace("May 24", "May 23"), select=["D105"]) == []
    assert lint(draft.replace("---\ndate: 2025-05-23\n---\n", ""), select=["D"]) == []  # a report filed a day later


def test_in_coverage_of_later_stages_a_weekday_is_the_first_stages_only_when_its_clause_says_so(lint):
    later = ("---\ndate: 2025-05-25\n---\n\nRussia and Ukraine completed the exchange on Sunday, freeing 303 more "
             "prisoners each.\n\n{}\n")
    # "first" of something else than the swap does not tie the day to its first stage
    assert lint(later.format("Several of the soldiers freed on Sunday had been captured in the first weeks of the "
                             "invasion.")) == []
    # the swap's start is its first stage: Friday, not Saturday
    assert lint(later.format("The swap began on Saturday.")) == [("D101", 7, 19)]
    assert lint(later.format("The swap began on Friday.")) == []


LASTING_EVENT = sheet_head("heatwave", "The heatwave", "2031-07-20") + """
[[events]]
id = "heatwave"
name = "the heatwave"
date = 2031-07-13
end = 2031-07-20
cues = [["heatwave", "heat wave"]]
sources = ["a"]
[[events]]
id = "mourning"
name = "the declaration of national mourning"
date = 2031-07-15
cues = [["mourning"]]
sources = ["a"]
[[events]]
id = "arrest"
name = "the arrest of the plant's director"
date = 2031-07-15
cues = [["arrested", "custody"]]
sources = ["a"]
[[measures]]
id = "admitted"
what = "people admitted to hospital"
nouns = ["people", "patient"]
cues = [["admitted", "hospitalised"]]
[[quantities]]
id = "admitted-total"
what = "people admitted to hospital since the heatwave began"
measure = "admitted"
event = "heatwave"
value = 2400
changes = true
sources = ["a"]
[[quantities.values]]
value = 900
as_of = 2031-07-16
sources = ["a"]
"""
HEATWAVE = load(text=LASTING_EVENT)
ON_17_JULY = "---\ndate: 2031-07-17\n---\n\n{}\n"  # a draft dated mid-heatwave


def test_a_day_inside_an_event_lasting_days_is_one_of_its_days_but_not_its_start(lint):
    assert lint(ON_17_JULY.format("Trains were cancelled on Wednesday as the heatwave tightened its grip."),
                facts=HEATWAVE) == []
    assert lint(ON_17_JULY.format("The heatwave was at its worst on 16 July."), facts=HEATWAVE) == []
    # its start is its first day; a day outside its span is no day of it
    assert lint(ON_17_JULY.format("The heatwave began on Wednesday."), facts=HEATWAVE) == [("D101", 5, 23)]
    assert lint(ON_17_JULY.format("The heatwave was at its worst on 26 July."), facts=HEATWAVE) == [("D101", 5, 34)]


def test_a_figure_done_on_one_day_of_an_event_lasting_days_is_that_days_not_the_running_total(lint):
    assert lint(ON_17_JULY.format("Some 310 people were admitted to hospital on Wednesday as the heatwave went on."),
                facts=HEATWAVE) == []
    assert lint(ON_17_JULY.format("In all, 1,200 people have been admitted to hospital since the heatwave began."),
                facts=HEATWAVE) == [("N101", 5, 9)]


def test_a_purpose_yet_to_come_and_a_state_that_goes_on_are_not_the_events_day(lint):
    assert lint(ON_17_JULY.format("The president declared three days of mourning, to begin on Wednesday."),
                facts=HEATWAVE) == []
    assert lint(ON_17_JULY.format("The director remained in custody on Wednesday."), facts=HEATWAVE) == []
    assert lint(ON_17_JULY.format("The president declared three days of mourning on Wednesday."),
                facts=HEATWAVE) == [("D101", 5, 50)]


def test_a_figure_told_over_years_is_not_an_event_of_days(lint):
    assert lint(ON_17_JULY.format("In 30 years the hospital has admitted 5,000 people during heatwaves."),
                facts=HEATWAVE) == []
    assert lint(ON_17_JULY.format("This week the hospital has admitted 5,000 people during the heatwave."),
                facts=HEATWAVE) == [("N101", 5, 37)]


def test_a_byline_with_a_full_date_dates_the_draft(lint):
    byline = "# Hospitals fill\n\nBy Ann Lee, The Ledger | CASTRO, July {}, 2031\n\n{}\n"
    sentence = "In all, 900 people have been admitted to hospital since the heatwave began."
    assert lint(byline.format(17, sentence), facts=HEATWAVE) == []
    assert lint(byline.format(20, sentence), facts=HEATWAVE) == [("N103", 5, 9)]
