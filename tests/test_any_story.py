"""Numbers, dates and claims that mean what they say in any kind of story (here: an election of our own)."""
import json

import pytest
from pathlib import Path

from copydesk.cli import main
from copydesk.facts import load
from conftest import codes, one_figure, one_source_story


ELECTION_TEXT = one_source_story() + """\
[[events]]
id = "vote"
name = "the parliamentary election"
date = 2031-02-23
cues = [["election", "vote", "voted", "ballot"]]
sources = ["wire"]
single_source = true
[[measures]]
id = "share"
what = "share of the vote"
unit = "percent"
cues = [["won", "took", "share", "vote", "polled", "put"]]
[[quantities]]
id = "greens-share"
measure = "share"
what = "the Greens' share of the vote"
value = 16.4
event = "vote"
sources = ["wire"]
single_source = true
[[quantities]]
id = "greens-exit-poll"
measure = "share"
what = "the Greens' share in the exit poll"
value = 17.0
figure = "exit poll"
event = "vote"
sources = ["wire"]
single_source = true
"""
ELECTION = load(text=ELECTION_TEXT)


def test_a_value_rounded_as_written_is_the_value(lint):
    assert lint("The Greens won 16% of the vote.\n", facts=ELECTION) == []
    assert lint("The Greens won 16.4% of the vote.\n", facts=ELECTION) == []
    assert lint("The Greens won 17% of the vote.\n", facts=ELECTION) == [("N101", 1, 16)]
    assert lint("The Greens won 16.5% of the vote.\n", facts=ELECTION) == [("N101", 1, 16)]


def test_decimals_are_compared_exactly():
    sheet = load(text=ELECTION_TEXT.replace("value = 16.4", "value = 28.5\ntolerance = 0.1"))
    assert codes("The Greens won 28.6% of the vote.\n", facts=sheet) == []
    assert codes("The Greens won 28.7% of the vote.\n", facts=sheet) == [("N101", 1, 16)]


def test_an_exit_poll_is_judged_only_against_the_exit_poll(lint):
    assert lint("An exit poll put the Greens at 17% of the vote.\n", facts=ELECTION) == []
    assert lint("An exit poll put the Greens at 19% of the vote.\n", facts=ELECTION) == [("N101", 1, 32)]
    assert lint("A survey last month put the Greens at 12% of the vote.\n", facts=ELECTION) == []


def test_each_value_is_dated_by_its_own_phrase(lint):
    assert lint("The Greens' vote share rose from 12.1% in 2027 to 17% in the election.\n", facts=ELECTION) == \
        [("N101", 1, 51)]
    assert lint("In 2027, the Greens won 12.1% of the vote.\n", facts=ELECTION) == []
    assert lint("The Greens won 19% of the vote, the best result since 1990.\n", facts=ELECTION) == \
        [("N101", 1, 16)]


PARTIES = load(text=one_source_story() + """\
[[organisations]]
id = "greens"
name = "Green Party"
aliases = ["Greens"]
sources = ["wire"]
single_source = true
[[organisations]]
id = "patriots"
name = "Patriot League"
aliases = ["Patriots"]
sources = ["wire"]
single_source = true
[[events]]
id = "vote"
name = "the parliamentary election"
date = 2031-02-23
cues = [["election", "vote", "voted", "ballot"]]
sources = ["wire"]
single_source = true
[[measures]]
id = "share"
what = "share of the vote"
unit = "percent"
cues = [["won", "took", "share", "vote"]]
[[quantities]]
id = "greens-share"
measure = "share"
entity = "greens"
what = "the Greens' share of the vote"
value = 28.5
event = "vote"
sources = ["wire"]
single_source = true
[[quantities]]
id = "patriots-share"
measure = "share"
entity = "patriots"
what = "the Patriot League's share of the vote"
value = 20.8
event = "vote"
sources = ["wire"]
single_source = true
""")


def test_a_value_belongs_to_the_subject_of_its_own_phrase(lint):
    clean = """\
    The Greens won 28.5% of the vote, and will need the Patriots to govern.

    The Greens took 28.5% of the vote, ahead of the Patriots' 20.8%.

    The vote gave 20.8% to the Patriot League.
    """
    assert lint(clean, facts=PARTIES) == []
    wrong = """\
    The Greens won 20.8% of the vote, and will need the Patriots to govern.

    The Greens took 28.5% of the vote, ahead of the Patriots' 22.8%.
    """
    assert lint(wrong, facts=PARTIES) == [("N101", 1, 16), ("N101", 3, 59)]


EVACUATIONS = load(text=one_source_story("alta-fire", "The fire", "2031-07-20") + """\
[[places]]
id = "vilaverde"
name = "Vilaverde"
kind = "town"
sources = ["wire"]
single_source = true
[[measures]]
id = "evacuated"
what = "people evacuated"
nouns = ["people", "resident"]
cues = [["evacuat"]]
[[quantities]]
id = "evacuated-total"
what = "people evacuated in all"
measure = "evacuated"
value = 13500
sources = ["wire"]
single_source = true
[[quantities]]
id = "evacuated-vilaverde"
what = "residents evacuated from Vilaverde"
measure = "evacuated"
entity = "vilaverde"
value = 3200
sources = ["wire"]
single_source = true
""")


def test_a_figure_with_a_thousands_comma_keeps_its_owner_named_after_it(lint):
    assert lint("All 3,200 residents of Vilaverde were evacuated.\n", facts=EVACUATIONS) == []
    assert lint("All 3,400 residents of Vilaverde were evacuated.\n", facts=EVACUATIONS) == [("N101", 1, 5)]
    assert lint("In all, 13,500 people were evacuated.\n", facts=EVACUATIONS) == []


def test_a_figure_whose_owner_is_not_said_is_not_judged(lint):
    assert lint("Turnout rose and one party won 24.5% of the vote.\n", facts=PARTIES) == []


THRESHOLD = load(text=one_source_story() + """\
[[claims]]
id = "missed-threshold"
subject = "parties that missed the 5% threshold"
value = "the Liberals and the Farmers"
set = true
cues = [["threshold", "5%"], ["missed", "failed", "fell short", "below"]]
accepted = ["Liberals", "Farmers"]
wrong = ["Greens", "Patriots", "Socialists"]
sources = ["wire"]
single_source = true
""")


def test_a_wrong_member_of_a_set_is_wrong_beside_a_right_one(lint):
    assert lint("Like the Liberals, the Socialists failed to clear the 5% threshold.\n", facts=THRESHOLD) == \
        [("C101", 1, 24)]
    assert lint("The Liberals and the Farmers missed the threshold.\n", facts=THRESHOLD) == []


@pytest.mark.parametrize("draft, expected", [
    # the members named in another clause than the claim's cues are not given the claim
    ("The Greens cleared the 5% threshold easily, while the Liberals and the Farmers missed it.\n", []),
    ("The Liberals and the Farmers missed the 5% threshold; the Greens, the Patriots and the Socialists all "
     "cleared it.\n", []),
    ("The Socialists, who comfortably cleared the 5% threshold, said the Liberals had missed it.\n", []),
    ("Parties below the 5% threshold, the Liberals and the Farmers, get no seats, unlike the Greens.\n", []),
    ("The Liberals, but not the Socialists, missed the 5% threshold.\n", []),
    ("The Liberals missed the 5% threshold and the Greens did not.\n", []),
    # a wrong member in the claim's own clause
    ("The Patriots fell short of the 5% threshold.\n", [("C101", 1, 5)]),
])
def test_a_set_claim_is_read_clause_by_clause(lint, draft, expected):
    assert lint(draft, facts=THRESHOLD, select=["C"]) == expected


def test_a_claim_is_about_its_own_time(lint):
    assert lint("The Socialists were polling below the 5% threshold a month earlier.\n", facts=THRESHOLD) == []


COALITION = load(text=one_source_story(story="ruritania-coalition", title="Ruritania after the vote",
                                       as_of="2031-02-10") + """\
[[events]]
id = "collapse"
name = "the collapse of the coalition"
date = 2030-11-06
cues = [["coalition"], ["collapsed", "collapse", "fell", "broke up"]]
sources = ["wire"]
single_source = true
""")


def test_a_date_without_a_year_is_the_nearest_occurrence_before_the_draft(lint):
    assert lint("The coalition collapsed on November 6.\n", facts=COALITION) == []
    assert lint("The coalition collapsed on November 7.\n", facts=COALITION) == [("D101", 1, 28)]


ELECTION_DIR = Path(__file__).parent / "drafts" / "election"
ELECTION_SHEET = ELECTION_DIR / "facts.toml"


def test_an_election_story_of_our_own_clean_drafts_stay_silent():
    sheet = load(ELECTION_SHEET)
    for path in sorted(ELECTION_DIR.glob("clean_*")):
        assert codes(path.read_text(encoding="utf-8"), path=path.name, facts=sheet) == [], path.name


def test_an_election_story_of_our_own_errors_in_every_family_are_caught():
    draft = """\
    The Greens won 26.5% of the vote in Sunday's snap election.

    Turnout was 79.5%, the highest since 1990.

    Like the Liberals, the Patriots missed the 5% threshold.

    Chancellor Anna Vogel's coalition collapsed on November 9.

    Felix Brant led the campaign in Strelsow.

    Prime Minister Anna Vogel conceded.
    """
    assert codes(draft, facts=load(ELECTION_SHEET)) == [
        ("N101", 1, 16), ("N101", 3, 13), ("C101", 5, 24), ("D101", 7, 48), ("S101", 9, 1), ("S101", 9, 33),
        ("T102", 11, 1)]


def test_mutate_on_the_election_drafts_catches_every_plant(capsys):
    drafts = [str(p) for p in sorted(ELECTION_DIR.glob("clean_*"))]
    code = main(["mutate", *drafts, "--facts", str(ELECTION_SHEET), "--per-draft", "40", "--seed", "4",
                 "--format", "json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["false_positives"] == 0 and result["missed"] == []
    assert {"N", "S", "C", "D"} <= set(result["by_family"])


def test_a_date_belongs_to_the_action_it_modifies():
    sheet = load(ELECTION_SHEET)
    assert codes("The chancellor spent Monday taking calls after Sunday's vote.\n", facts=sheet) == []
    assert codes("The chancellor conceded on Monday after the vote on Saturday.\n", facts=sheet) == \
        [("D101", 1, 53)]


def test_counts_of_other_things_stay_silent():
    draft = """\
    A third of lawmakers voted for the motion after the Greens won the vote.

    The Greens need a two-thirds majority of the vote to change the constitution.

    The 69-year-old Brandt won his seat for the third time in the vote.
    """
    assert codes(draft, facts=load(ELECTION_SHEET)) == []


def test_a_sum_across_entities_is_checked_against_its_parts_and_a_zero_is_a_value():
    sheet = load(ELECTION_SHEET)
    assert codes("Together the Greens and the Patriots hold 168 seats.\n", facts=sheet) == []
    assert codes("Together the Greens and the Patriots hold 178 seats.\n", facts=sheet) == [("N101", 1, 43)]
    assert codes("The Liberals won no seats.\n", facts=sheet) == []
    assert codes("The Liberals won 3 seats.\n", facts=sheet) == [("N101", 1, 18)]


def test_an_organisations_initials_written_wrong_are_a_typo():
    sheet = load(ELECTION_SHEET)
    assert codes("The PGR won the vote.\n", facts=sheet, select=["S"]) == [("S102", 1, 5)]
    assert codes("The GPR won the vote; NATO and the EU congratulated it.\n", facts=sheet, select=["S"]) == []


def test_a_partial_count_is_not_the_result():
    assert codes("Turnout at noon was 41.2%.\n", facts=load(ELECTION_SHEET)) == []
    assert codes("Turnout was 41.2%.\n", facts=load(ELECTION_SHEET)) == [("N101", 1, 13)]


def test_a_month_contradicts_a_day_dated_event_in_its_own_phrase():
    sheet = load(ELECTION_SHEET)
    assert codes("The coalition collapsed in December.\n", facts=sheet) == [("D101", 1, 28)]
    assert codes("The coalition collapsed in November.\n", facts=sheet) == []
    assert codes("The coalition, formed in March 2027, collapsed on November 6.\n", facts=sheet) == []


def test_the_speaker_named_for_a_quote_is_not_overridden_by_a_pronoun_after_it():
    sheet = load(text=ELECTION_SHEET.read_text(encoding="utf-8") + """
[[quotes]]
id = "vogel-lost"
speaker = "vogel"
text = "We lost this one, and we accept it."
sources = ["wire"]
single_source = true
""")
    draft = 'Vogel, speaking after Brandt, said: "We lost this one, and we accept it," she added.\n'
    assert codes(draft, facts=sheet, select=["Q"]) == []
    assert codes('Brandt said: "We lost this one, and we accept it."\n', facts=sheet, select=["Q"]) == \
        [("Q102", 1, 1)]


def test_the_sheet_says_what_precision_its_sources_use():
    sheet = load(text=ELECTION_TEXT.replace("value = 16.4", "value = 16.4\nprecision = 1"))
    assert codes("The Greens won 16.38% of the vote.\n", facts=sheet) == []
    assert codes("The Greens won 16.52% of the vote.\n", facts=sheet) == [("N101", 1, 16)]


def test_a_date_inside_someones_words_does_not_date_the_event_outside_them():
    sheet = load(ELECTION_SHEET)
    draft = 'After the vote, Brandt said: "On Monday we will start talking to everyone."\n'
    assert codes(draft, facts=sheet, select=["D"]) == []


def test_a_regional_figure_is_not_the_whole():
    sheet = load(ELECTION_SHEET)
    assert codes("Turnout in the northern Nord region was 70.2%.\n", facts=sheet) == []
    assert codes("Turnout was 70.2%.\n", facts=sheet) == [("N101", 1, 13)]


THRESHOLD_FIGURE = load(text=one_source_story() + one_figure("percent", "threshold", 5, "wire"))


def test_a_cue_that_a_figure_modifies_is_that_figures_not_another_in_the_clause(lint):
    assert lint("The Liberals slumped to 4.6% and fell below the 5% threshold.\n", facts=THRESHOLD_FIGURE) == []
    assert lint("The Liberals slumped to 4.6% and fell below the 4% threshold.\n", facts=THRESHOLD_FIGURE) == \
        [("N101", 1, 49)]
