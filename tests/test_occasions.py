"""Later coverage: a figure or date is judged only on its own occasion (one test per cause of a false alarm)."""
import datetime as dt

from copydesk.analysis import analyse
from copydesk.analysis.occasions import own_date
from copydesk.document import Document
from conftest import DEFAULT_FACTS, findings


def test_a_later_stage_is_not_the_first(lint):
    draft = """\
    The exchange went into its second day on Saturday, when another 298 soldiers came home.

    On Sunday a third stage freed 312 more soldiers from each side.
    """
    assert lint(draft, select=["N", "D"]) == []


def test_the_first_stage_is_still_judged_in_later_coverage(lint):
    draft = """\
    On Sunday a third stage freed 312 more soldiers from each side.

    The first stage, on Friday, freed 380 prisoners from each side.

    The first stage of the swap took place on Thursday.
    """
    assert lint(draft, select=["N", "D"]) == [("N101", 3, 35), ("D101", 5, 43)]


def test_a_figure_of_another_stage_is_not_measured_against_the_whole(lint):
    assert lint("Another 305 prisoners came home from each side on Saturday.\n", select=["N"]) == []


def test_a_plan_is_not_a_date_of_what_happened(lint):
    draft = """\
    Ukraine freed 390 prisoners on Friday.

    "Saturday and Monday: we expect the exchange to continue," an official said.
    """
    assert lint(draft, select=["D"]) == []
    assert lint("The swap is set to continue on Sunday.\n", select=["D"]) == []


def test_a_figure_in_another_place_is_not_the_strikes(lint):
    draft = """\
    A missile strike on Odesa killed one person on Friday.

    In the same wave of attacks, eleven people were injured in Kharkiv and four in the Sumy region.
    """
    assert lint(draft, select=["N"]) == []
    assert lint("Five people were injured in the missile strike on Odesa.\n", select=["N"]) == [("N101", 1, 1)]


def test_an_attack_in_a_draft_that_never_names_the_strikes_place_is_another(lint):
    draft = "The next night Russia launched 69 missiles, the heaviest attack of the war, killing at least 12 people.\n"
    assert lint(draft, select=["N"]) == []
    named = draft + "\nOn Friday a missile hit Odesa.\n"
    assert lint(named, select=["N"]) == [("N102", 1, 94)]


def test_other_things_are_not_counted(lint):
    draft = "The strike on Odesa came as drones hit the capital and six other regions.\n"
    assert lint(draft, select=["N"]) == []


def test_the_date_of_a_statement_or_an_earlier_occasion_is_not_the_events(lint):
    draft = """\
    On May 18, Trump said he would call Putin on May 19.

    On Thursday, Zelensky wrote that the prisoner exchange had been agreed in Istanbul.

    Until now the largest exchange had taken place on 19 April, when each side freed 246 soldiers.
    """
    assert lint(draft, select=["D", "N"]) == []
    assert lint("Trump spoke with Putin by phone on May 18.\n", select=["D"]) == [("D101", 1, 36)]


def test_a_phrase_about_a_person_does_not_fill_a_claim(lint):
    assert lint("Trump, then in Riyadh, said the direct talks of last week had gone well.\n", select=["C"]) == []
    assert lint("The direct talks of last week were held in Riyadh.\n", select=["C"]) == [("C101", 1, 44)]


def test_a_running_total_is_another_quantity(lint):
    assert lint("Over these three days, 1,010 prisoners from each side were freed.\n", select=["N"]) == []
    assert lint("So far, 697 people have been brought home.\n", select=["N"]) == []


def test_a_relative_day_dates_the_clause_it_is_in(lint):
    draft = "Ukraine today, 25 May, completed the final stage of the exchange agreed in Istanbul.\n"
    assert lint(draft, select=["D"]) == []


def test_house_spellings_in_capitals_keep_their_case():
    found = findings("KIEV, Ukraine - The exchange went ahead on Friday.\n", select=["S101"])
    assert [(f.code, f.line, f.column, f.fix.replacement if f.fix else None) for f in found] == \
        [("S101", 1, 1, "KYIV")]


def test_a_changed_figure_of_a_changing_fact_is_a_warning_not_an_error():
    found = findings("The death toll from the missile strike on Odesa has risen to three.\n", select=["N"])
    assert [(f.code, f.severity, f.line, f.column) for f in found] == [("N102", "warning", 1, 62)]
    assert "update the fact sheet" in found[0].message


def test_the_draft_gives_its_own_date():
    def dated(text: str, path: str = "draft.md"):
        doc = Document.from_text(text, path)  # an analysis lives as long as its document
        return own_date(analyse(doc, DEFAULT_FACTS))

    assert dated("---\ntitle: Swap\ndate: 2025-05-25\n---\n\nText.\n") == dt.date(2025, 5, 25)
    assert dated("KYIV, May 24 - Text of the report.\n", "draft.txt") == dt.date(2025, 5, 24)
    assert dated("Ukraine today, 26 May, closed the exchange.\n") == dt.date(2025, 5, 26)
    assert dated("No date given here.\n") is None
