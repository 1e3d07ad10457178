import datetime as dt

import pytest

from conftest import one_source_story


def test_former_before_name(lint):
    assert lint("Former President Donald Trump praised the deal.", select=["T"]) == [("T101", 1, 1)]


def test_former_with_country_mid_sentence(lint):
    assert lint("The deal was hailed by former U.S. President Donald Trump.", select=["T"]) == [("T101", 1, 24)]


def test_apposition_after_name(lint):
    assert lint("Donald Trump, the former U.S. president, posted about it.", select=["T"]) == [("T101", 1, 19)]


def test_ex_prefix(lint):
    assert lint("Ex-President Trump posted about the swap.", select=["T"]) == [("T101", 1, 1)]


def test_anaphoric_former_president_resolves_to_last_person(lint):
    draft = "Donald Trump posted about the swap.\n\nThe former president said more would follow.\n"
    assert lint(draft, select=["T"]) == [("T101", 3, 5)]


def test_anaphoric_after_an_unknown_name_is_silent(lint):
    draft = "Donald Trump posted about it.\n\nPetro Poroshenko, the former president, said little.\n"
    assert lint(draft, select=["T"]) == []


def test_title_split_by_hard_line_break(lint):
    assert lint("The note was written by former\nPresident Donald Trump.\n", select=["T"]) == [("T101", 1, 25)]


def test_correct_uses_stay_silent(lint):
    draft = """\
    A former prisoner said the wait was unbearable.

    Petro Poroshenko, the former president of Ukraine, welcomed the news.

    Trump, who also served as president from 2017 to 2021, called it a big step.

    U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone.
    """
    assert lint(draft, select=["T"]) == []


def test_wrong_office(lint):
    assert lint("Prime Minister Vladimir Putin rejected the plan.", select=["T"]) == [("T102", 1, 1)]


def test_wrong_country(lint):
    assert lint("Ukrainian President Vladimir Putin rejected the plan.", select=["T"]) == [("T102", 1, 1)]


def test_as_of_date_changes_who_is_former(lint):
    before_second_term = dt.date(2024, 6, 1)
    assert lint("Former President Donald Trump spoke.", select=["T"], as_of=before_second_term) == []
    assert lint("President Donald Trump spoke.", select=["T"], as_of=before_second_term) == [("T102", 1, 1)]


def test_fix_drops_former_and_keeps_capital():
    from conftest import findings

    (finding,) = findings("Former U.S. President Donald Trump spoke.", select=["T101"])
    assert finding.fix is not None and finding.fix.safe
    text = "Former U.S. President Donald Trump spoke."
    assert text[:finding.fix.start] + finding.fix.replacement + text[finding.fix.end:] == \
        "U.S. President Donald Trump spoke."
    assert finding.fact == "trump" and "002_73e1731ad78e38dc.txt" in finding.sources


def test_apposition_with_indefinite_article(lint):
    assert lint("Trump, a former US president, posted.", select=["T"]) == [("T101", 1, 10)]


def test_country_adjective_and_other_offices(lint):
    draft = "Former American president Donald Trump met Russian Prime Minister Vladimir Putin."
    assert lint(draft, select=["T"]) == [("T101", 1, 1), ("T102", 1, 44)]


def test_former_in_a_sentence_set_before_the_current_term(lint):
    assert lint("In 2023, former President Donald Trump launched his campaign.", select=["T"]) == []
    assert lint("On Friday, former President Donald Trump posted.", select=["T"]) == [("T101", 1, 12)]


def test_the_former_president_after_another_name(lint):
    draft = "Donald Trump posted about the swap.\n\nBiden, the former president, said nothing.\n"
    assert lint(draft, select=["T"]) == []


SUCCESSION = one_source_story("succession", "A new pope", "2031-05-08") + "".join(
    f'[[people]]\nid = "{name.lower()}"\nname = "{name}"\nsources = ["wire"]\nsingle_source = true\n'
    f'roles = [{{office = "Pope", {term}}}]\n' for name, term in (("Clement", "end = 2031-04-20"),
                                                                  ("Urban", "start = 2031-05-07")))


@pytest.mark.parametrize("draft, expected", [
    # a former holder named by his customary title: the sheet does not say he died, the draft does
    ("Pope Clement, who died in April, was mourned.\nPope Clement had led the church for ten years.\n", []),
    ("Urban is the successor to Pope Clement.\n", []),
    # nothing says the holder left by death or was succeeded: "former" is asked for
    ("Pope Clement visited the city.\n", [("T102", 1, 1)]),
    # the office as it was when a past clause tells of him, not an actor of the day: no "former" asked for
    ("Urban served as a bishop under Pope Clement.\n", []),
    ("Urban, a priest who was close to Pope Clement, spoke.\n", []),
    ("Urban, a bishop under Pope Clement, was elected on Thursday.\n", []),
    # a clause dated to a day is the story's time, and a former holder the subject of the day's news
    ("The decree was signed by Pope Clement on Friday.\n", [("T102", 1, 26)]),
    ("Pope Clement said on Friday that he was tired.\n", [("T102", 1, 1)]),
    # "the late" only for someone the sheet knows to be alive (an office held on the day)
    ("The late Pope Clement was remembered.\n", []),
    ("The late Pope Urban was remembered.\n", [("T103", 1, 5)]),
])
def test_a_former_holder_by_his_customary_title(lint, draft, expected):
    from copydesk.facts import load

    assert lint(draft, facts=load(text=SUCCESSION), select=["T"]) == expected
