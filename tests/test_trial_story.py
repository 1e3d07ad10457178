"""A trial story of our own: the verdict article passes, though it holds what the prosecution sought, other
defendants' sentences, ages, durations and money; each error planted in it is found on its line."""
from pathlib import Path

import pytest

from conftest import codes
from copydesk.facts import load

STORY = Path(__file__).parent / "stories" / "novak-trial"
SHEET = load(STORY / "facts.toml")
ARTICLE = (STORY / "verdict.md").read_text(encoding="utf-8")


def test_the_verdict_article_and_the_appeal_report_pass():
    assert codes(ARTICLE, facts=SHEET) == []
    # three days on: another sum of money ("ordered him to repay 3.1 million euros"), a ban, durations
    assert codes((STORY / "appeal.md").read_text(encoding="utf-8"), facts=SHEET) == []


@pytest.mark.parametrize("right, wrong, expected", [
    ("Novak to 12 years in prison", "Novak to 14 years in prison", ("N101", 6)),
    ("Prosecutors had sought 15 years", "Prosecutors had sought 18 years", ("N101", 8)),
    ("taking 4.2 million euros", "taking 2.4 million euros", ("N101", 6)),
    ("on Friday sentenced", "on Thursday sentenced", ("D101", 6)),
])
def test_an_error_planted_in_the_article_is_found_on_its_line(right, wrong, expected):
    assert right in ARTICLE
    assert [(code, line) for code, line, _ in codes(ARTICLE.replace(right, wrong), facts=SHEET)] == [expected]


@pytest.mark.parametrize("draft, expected", [
    # the sentence handed down is judged against the sentence, not against what was sought
    ("A court sentenced Marek Novak to 15 years in prison on Friday.\n", [("N101", 1, 34)]),
    # what was sought, against what was sought
    ("Prosecutors had sought 15 years for Novak, and he got 12.\n", []),
    # a list of figures for a list of people: whose is which is not said
    ("Two co-defendants received sentences of six and four years.\n", []),
])
def test_a_sentence_and_what_was_sought(lint, draft, expected):
    assert lint(draft, facts=SHEET, select=["N"]) == expected


@pytest.mark.parametrize("right, wrong, expected", [
    ("bribes worth 4.2 million euros", "bribes worth 4.6 million euros", ("N101", 8)),
    # a relative clause's subject is its antecedent: "prosecutors, who had asked for 15 years"
    ("who had asked for 15 years", "who had asked for 16 years", ("N101", 12)),
])
def test_an_error_planted_in_the_appeal_report_is_found_on_its_line(right, wrong, expected):
    text = (STORY / "appeal.md").read_text(encoding="utf-8")
    assert right in text
    assert [(code, line) for code, line, _ in codes(text.replace(right, wrong), facts=SHEET)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # the date of an act on the verdict is that act's
    ("His lawyers appealed the verdict on Monday, saying the judge had ignored key evidence.", []),
    ("Judge Horvat, who sentenced Novak on Friday, retired on Monday.", []),
    # the verdict's own date, misstated, whatever verb delivers it
    ("The court delivered its verdict on Thursday.", [("D101", 5, 36)]),
    ("Novak was sentenced on Thursday.", [("D101", 5, 24)]),
])
def test_a_date_is_the_verdicts_only_when_its_clause_performs_it(sentence, expected):
    assert codes(f"---\ndate: 2031-05-06\n---\n\n{sentence}\n", facts=SHEET) == expected


def test_a_term_the_prosecution_sought_is_the_prosecutors_proposal():
    draft = "---\ndate: 2031-05-03\n---\n\nThe prosecution had sought a {}-year term.\n"
    assert codes(draft.format(15), facts=SHEET) == []
    assert codes(draft.format(25), facts=SHEET) == [("N101", 5, 30)]


@pytest.mark.parametrize("sentence", [
    "Five years later, the same road is evidence in the case that sent Novak to prison.",  # a span in time
    "The term handed down is three years shorter than what prosecutors asked for.",  # a difference
])
def test_a_span_that_places_or_compares_is_no_term(lint, sentence):
    assert lint(sentence + "\n", facts=SHEET, select=["N"]) == []


def test_a_quote_after_two_names_is_not_given_to_the_wrong_one_when_the_parse_cannot_say(lint):
    quote = "The defendant betrayed the trust of every citizen who paid for these roads."
    assert lint(f'Judge Horvat, addressing Novak directly, said: "{quote}"\n', facts=SHEET, select=["Q"]) == []
    assert lint(f'Novak, facing Horvat, said: "{quote}"\n', facts=SHEET, select=["Q"]) == [("Q102", 1, 1)]


@pytest.mark.parametrize("sentence", [
    "Lukas Weber, who testified against Novak, received six years in prison.",  # someone the sheet does not know
    "When Karel Stein, then finance minister, was convicted in 2012 of taking roughly 1.9 million euros, he was "
    "sentenced to eight years and served fewer than five after an appeal court cut the term to six.",
    "The term handed down was three years less than the 15-year term prosecutors had sought.",
    "Parole is possible after two-thirds of a sentence longer than ten years.",
])
def test_terms_of_other_people_times_and_comparisons_are_not_novaks(lint, sentence):
    assert lint(sentence + "\n", facts=SHEET, select=["N"]) == []


def test_a_term_given_with_its_dates_needs_no_former(lint):
    assert lint("Marek Novak, Transport Minister between 10 January 2024 and 30 June 2029, was jailed.\n",
                facts=SHEET, select=["T"]) == []
    assert lint("Marek Novak, Transport Minister, was jailed.\n", facts=SHEET, select=["T"]) == [("T102", 1, 1)]


def test_an_act_on_the_verdict_told_in_the_passive_has_its_own_day():
    draft = ("---\ndate: 2031-05-09\n---\n\nThe judge's sentence was printed on placards outside parliament on "
             "Monday.\n")
    assert codes(draft, facts=SHEET) == []


def test_a_named_colleagues_term_and_a_title_told_with_what_was_done_then(lint):
    assert lint("His deputy Ivana Sorel was given a four-year suspended term.\n", facts=SHEET, select=["N"]) == []
    assert lint("Marek Novak, the Transport Minister who once promised 1,200 km of motorway, was jailed.\n",
                facts=SHEET, select=["T"]) == []
    assert lint("Marek Novak, Transport Minister when the contracts were signed, was jailed.\n",
                facts=SHEET, select=["T"]) == []
    assert lint("A court found him guilty of taking four point two million euros in bribes.\n", facts=SHEET,
                select=["N"]) == []
    assert lint("A court found him guilty of taking four point eight million euros in bribes.\n", facts=SHEET,
                select=["N"]) == [("N101", 1, 36)]


def test_a_title_is_judged_on_the_drafts_own_day():
    draft = "---\ndate: {}\n---\n\nTransport Minister Marek Novak opened the new motorway.\n"
    assert codes(draft.format("2029-05-02"), facts=SHEET, select=["T"]) == []
    assert codes(draft.format("2031-05-02"), facts=SHEET, select=["T"]) == [("T102", 5, 1)]
