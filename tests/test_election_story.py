"""An election story of our own: a results article full of figures the sheet does not know (earlier
elections, polls, regional turnout, seats of a coalition, postal votes) passes, and each error planted in
it is found where it is planted."""
from pathlib import Path

import pytest

from conftest import codes
from copydesk.facts import load

STORY = Path(__file__).parent / "stories" / "ruritania-election"
SHEET = load(STORY / "facts.toml")
ARTICLE = (STORY / "results.md").read_text(encoding="utf-8")


NIGHT = (STORY / "night.md").read_text(encoding="utf-8")


def test_the_results_article_and_the_election_night_report_pass():
    # the night's report holds partial counts ("with 62% of ballots counted"), an estimate, an earlier
    # turnout ("up from 66.4%"), the whole of a projection ("101 of the 300 seats") and a requirement
    # ("a party needs 151 seats")
    assert codes(ARTICLE, facts=SHEET) == []
    assert codes(NIGHT, facts=SHEET) == []


@pytest.mark.parametrize("right, wrong, expected", [
    ("the party 101 of the 300 seats", "the party 110 of the 300 seats", ("N101", 6)),
    ("had put the Greens at 27%", "had put the Greens at 25%", ("N101", 10)),
])
def test_an_error_planted_in_the_night_report_is_found_on_its_line(right, wrong, expected):
    assert right in NIGHT
    assert [(code, line) for code, line, _ in codes(NIGHT.replace(right, wrong), facts=SHEET)] == [expected]


@pytest.mark.parametrize("right, wrong, expected", [
    ("with 28.5% of the vote, official", "with 26.5% of the vote, official", ("N101", 6)),
    ("came second with 20.8%", "came second with 22.8%", ("N101", 8)),
    ("Turnout was 71.3%", "Turnout was 73.1%", ("N101", 12)),
    ("had put the Greens at 27%", "had put the Greens at 29%", ("N101", 14)),
    ("won Sunday's parliamentary election", "won Saturday's parliamentary election", ("D101", 6)),
    ("slumped to 4.6% and fell below the 5% threshold", "slumped to 4.6%, and the Socialists fell below the 5% "
                                                         "threshold", ("C101", 8)),
])
def test_an_error_planted_in_the_article_is_found_on_its_line(right, wrong, expected):
    assert right in ARTICLE
    assert [(code, line) for code, line, _ in codes(ARTICLE.replace(right, wrong), facts=SHEET)] == [expected]


def test_a_partys_part_of_a_stated_whole_is_its_own_figure(lint):
    assert lint("The Greens won 98 of the 300 seats.\n", facts=SHEET) == [("N101", 1, 16)]
    assert lint("The Greens won 96 of the 300 seats.\n", facts=SHEET) == []


def test_a_result_told_in_the_future_reads_like_a_plan_and_is_not_judged(lint):
    # "will hold 98 seats" after a vote is a result; "will free 98 prisoners" is a plan: the words alike, the
    # gate stays silent on both
    assert lint("The Greens will hold 98 of the 300 seats.\n", facts=SHEET) == []


def test_a_figure_of_a_time_some_years_back_is_not_the_elections(lint):
    assert lint("The Socialists came third with 16.2%, down from the 2027 vote three years ago, when they won "
                "23.9%.\n", facts=SHEET) == []  # "when" refers back to "three years ago"
    assert lint("Five years ago the Patriot League won 11% of the vote.\n", facts=SHEET) == []
    assert lint("On Sunday the Patriot League won 11% of the vote.\n", facts=SHEET) == [("N101", 1, 34)]
    # a span back after another value dates that value, however the parser hangs it
    assert lint("The Patriot League came second with 22.8%, up from 14.9% four years ago.\n",
                facts=SHEET) == [("N101", 1, 37)]
    assert lint("The Patriot League won 22.8% on Sunday, six points more than four years ago.\n",
                facts=SHEET) == [("N101", 1, 24)]


def test_a_kind_word_in_another_figures_clause_does_not_make_the_result_a_projection(lint):
    assert lint("The Greens won 96 of the 300 seats, short of the 101 that a projection had given them.\n",
                facts=SHEET) == []
    assert lint("The Greens won 96 seats, and a broadcaster's projection had given them 104 seats.\n",
                facts=SHEET) == [("N101", 1, 72)]  # the projection's own figure is still judged


@pytest.mark.parametrize("sentence, expected", [
    # later days' news told beside the election: an act on it, a meeting about it, talks after it
    ("Markets rose on Monday as investors welcomed the election outcome.", []),
    ("Varga met the president on Tuesday to discuss the election result.", []),
    ("Coalition talks began on Wednesday, three days after the election.", []),
    # the election's own day, misstated
    ("The vote, held on Saturday, was the first since the constitution was changed.", [("D101", 5, 19)]),
])
def test_a_day_after_the_vote_is_the_votes_only_when_its_clause_is_about_the_vote(sentence, expected):
    assert codes(f"---\ndate: 2031-02-26\n---\n\n{sentence}\n", facts=SHEET) == expected


def test_a_set_claims_cues_in_a_clause_that_shares_the_subject_bind_its_value(lint):
    tail = " won 4.6% and will have no seats after falling below the 5% threshold.\n"
    assert lint("The Liberals" + tail, facts=SHEET, select=["C"]) == []
    assert lint("The Greens" + tail, facts=SHEET, select=["C"]) == [("C101", 1, 5)]
    # a clause with a subject of its own still says nothing of the first one's
    assert lint("The Greens cleared the threshold, while the Liberals missed it.\n", facts=SHEET, select=["C"]) == []


@pytest.mark.parametrize("sentence", [
    "The Patriot League, which holds 64 seats, ruled out a coalition.",  # a party the sheet gives no seats of
    "His party won 64 seats.",  # whose, unsaid: not the parliament's
    "The Greens took 96 seats, well short of the 151 seats required for an outright majority.",
    "A reminder of the maths: 151 seats are needed for a majority.",
    "That is 55 seats short of the 151 needed to govern alone.",
    "Turnout here was 76.8%, above the national figure of 71.3%.",  # the writer's place
])
def test_a_seat_count_is_the_parliaments_only_where_its_clause_says_so(lint, sentence):
    assert lint(sentence + "\n", facts=SHEET) == []


def test_the_whole_is_judged_where_its_clause_names_it(lint):
    assert lint("Parliament has 310 seats.\n", facts=SHEET) == [("N101", 1, 16)]
    assert lint("Turnout was 76.8%.\n", facts=SHEET) == [("N101", 1, 13)]


def test_an_office_ending_another_clause_is_not_the_title_of_the_name_after_the_comma(lint):
    assert lint("Asked whether she would move if she became prime minister, Varga laughed.\n", facts=SHEET,
                select=["T"]) == []
    assert lint("The prime minister, Ilona Varga, laughed.\n", facts=SHEET, select=["T"]) == [("T102", 1, 5)]


def test_the_day_results_were_published_is_not_the_elections():
    draft = ("---\ndate: 2031-03-03\n---\n\nThe Greens won 96 of the 300 seats, the certified results published by "
             "the electoral commission on Friday confirmed.\n")
    assert codes(draft, facts=SHEET) == []


@pytest.mark.parametrize("sentence", [
    # the relative clause's figure is its antecedent's: the Socialists', not the Greens'
    "The obvious partnership, the Greens with the Socialist Party, which took 16.2% and 53 seats, adds up to 149.",
    # someone's part, not the whole: a possessive before the figure
    "Her party's 96 seats are the most it has held since it first entered parliament in 1995.",
    # a change, and a year the date reader does not take for a date
    "The Greens gained 9.1 points and 35 seats on 2027, when they took 19.4% and 61 seats.",
    # a "where" clause on another place
    "The result helped the Greens most in Strelsau, where they won 38.9%.",
])
def test_figures_of_other_parties_parts_changes_times_and_places(lint, sentence):
    assert lint(sentence + "\n", facts=SHEET) == []


def test_close_seat_counts_of_different_things_are_not_one_figure_misstated(lint):
    draft = ("The Greens won with 28.5% of the vote, giving the party 96 of the 300 seats in parliament, 35 more "
             "than it won in 2027, but leaving it 55 seats short of the 151 needed for a majority.\n\n"
             "The Patriot League slumped to 20.8% and 68 seats, while the Socialist Party came third with 16.2%, "
             "down 1.8 points, and 53 seats, six fewer than in the outgoing chamber.\n")
    assert lint(draft, facts=SHEET, select=["I"]) == []
    assert lint("The Greens have 96 seats in parliament.\n\nAt 10.31pm, a projection handed them 101 seats.\n",
                facts=SHEET, select=["I"]) == []


def test_a_live_blogs_update_line_is_no_dateline():
    draft = ("---\ndate: 2031-02-23\n---\n\n> **Update, Monday 24 February, 14:20:** The commission has published "
             "the final result.\n")
    assert codes(draft, facts=SHEET) == []
    assert codes("---\ndate: 2031-02-23\n---\n\nSTRELSAU, Feb 24 (Wire) - The Greens won.\n", facts=SHEET) == \
        [("D105", 5, 11)]


def test_polled_is_a_result_and_a_figure_of_the_capital_or_there_is_local(lint):
    assert lint("The Liberal Union polled 4.8% and fell short of the 5% threshold.\n", facts=SHEET,
                select=["N"]) == [("N101", 1, 26)]
    assert lint("In the capital itself the Greens won 38.9%, nearly twice the Patriots' 19.6% there.\n",
                facts=SHEET) == []


@pytest.mark.parametrize("sentence", [
    "By midnight, the public broadcaster was projecting 101 seats for the Greens.",  # a projection
    "Instead the Greens are weighing an approach to the Agrarian Party, with its 31 seats.",  # its owner
])
def test_a_projection_and_a_figure_owned_by_a_name_the_sheet_does_not_know(lint, sentence):
    assert lint(sentence + "\n", facts=SHEET) == []


def test_a_briefings_paragraph_about_another_place_and_vote_is_not_the_elections(lint):
    other = ("Voters in the Duchy of Grand Fenwick approved a rail tunnel in Sunday's referendum. Turnout was "
             "48.2%, just clearing the 45% quorum.\n")
    assert lint(other, facts=SHEET) == []
    assert lint("Voters turned out in force on Sunday. Turnout was 48.2%.\n", facts=SHEET) == [("N101", 1, 51)]


@pytest.mark.parametrize("draft, expected", [
    # "polling stations" are where votes are cast: the figure is a result
    ("The Greens won 30% of the vote at polling stations across the country.\n", [("N101", 1, 16)]),
    # a figure whose sentence names no kind, after one that names a poll, is that poll's
    ("An exit poll gave the Patriots 21%. The Greens were on 27%.\n", []),
    ("An exit poll gave the Patriots 21%. The Greens were on 25%.\n", []),  # (the poll's figure, not the result's)
    # a partner's seats, a rival's score, a figure restated in other terms
    ("The Greens govern with the Liberal Union on a majority of 160 seats.\n", []),
    ("The Greens beat the Patriots by 7.7 points, 28.5% to 20.8%.\n", []),
    ("The Greens won 28.5%, or 1.2 million votes, to 20.8%, or 0.9 million votes, for the Patriot League.\n", []),
    # the level another thing is brought to, or from
    ("The Greens won 28.5% and vowed to cut the income tax rate to 16% from 19%.\n", []),
])
def test_figures_of_other_kinds_owners_and_things(lint, draft, expected):
    assert lint(draft, facts=SHEET, select=["N"]) == expected


RUNOFF = load(text="""\
schema = 1
[story]
id = "norland-runoff"
title = "Norland's presidential runoff"
as_of = 2033-04-25
[[sources]]
id = "wire"
file = "wire.txt"
outlet = "Wire"
[[people]]
id = "berg"
name = "Anna Berg"
sources = ["wire"]
[[people]]
id = "holm"
name = "Erik Holm"
sources = ["wire"]
[[organisations]]
id = "meridian"
name = "Meridian Research"
sources = ["wire"]
[[places]]
id = "vesmark"
name = "Vesmark"
kind = "region"
sources = ["wire"]
[[events]]
id = "previous-runoff"
name = "the previous presidential runoff"
date = 2023
since_cues = [["runoff"]]
sources = ["wire"]
[[measures]]
id = "share"
what = "share of the vote"
unit = "percent"
cues = [["poll", "vote", "won", "gave", "had"]]
[[quantities]]
id = "berg-poll"
measure = "share"
entity = "berg"
figure = "poll"
what = "Berg's share in Meridian Research's final poll"
value = 52
sources = ["wire"]
[[claims]]
id = "winner"
subject = "winner of the runoff"
value = "Anna Berg"
cues = [["runoff"], ["won", "came first"]]
accepted = ["Berg"]
wrong = ["Holm"]
sources = ["wire"]
""")


@pytest.mark.parametrize("draft, expected", [
    # the sheet's poll is the one named with its pollster; a share of a group is no share of the vote
    ("A snap survey of viewers found 46% thought Berg had won the debate.\n", []),
    ("Meridian's final poll gave Berg 49%.\n", [("N101", 1, 33)]),
    ("Meridian's poll suggests about 45% of them lean to Holm, 25% to Berg.\n", []),
    # a record since a year is not the last time it happened
    ("Turnout was the highest in a presidential runoff since 2013.\n", []),
    ("It was the first presidential runoff since 2013.\n", [("D103", 1, 44)]),
    # a claim told of a place is not the whole's
    ("Berg carried the cities, and even in Vesmark, where Holm won the runoff, her margin was small.\n", []),
    ("Holm won the runoff.\n", [("C101", 1, 1)]),
])
def test_polls_records_and_places_of_a_runoff(lint, draft, expected):
    assert lint(draft, facts=RUNOFF, select=["N", "D", "C"]) == expected
