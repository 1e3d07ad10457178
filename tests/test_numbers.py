def test_per_side_count_wrong(lint):
    assert lint("On Friday the two countries swapped 380 prisoners each.", select=["N"]) == [("N101", 1, 37)]


def test_military_and_civilian_swapped(lint):
    draft = "The Kremlin said each group freed in the swap had 120 military personnel and 270 civilians."
    assert lint(draft, select=["N"]) == [("N101", 1, 51), ("N101", 1, 78)]


def test_deal_per_side_wrong_without_noun(lint):
    draft = "Negotiators agreed a deal to free prisoners: 1,500 from each side."
    assert lint(draft, select=["N"]) == [("N101", 1, 46)]


def test_totals_and_splits_pass(lint):
    draft = """\
    In the exchange, 780 people were freed in all: 390 Ukrainians and 390 Russians.

    Across both sides the swap freed 540 soldiers and 240 civilians; the deal covers 2,000 prisoners in total.

    Each side handed over 270 service members and 120 civilians, and each will free 1,000 under the deal.
    """
    assert lint(draft, select=["N"]) == []


def test_number_words(lint):
    draft = """\
    Three hundred and eighty Ukrainian captives were released on Friday.

    Under the agreement, a thousand captives from each side will be freed.

    Three hundred and ninety Russians came home.
    """
    assert lint(draft, select=["N"]) == [("N101", 1, 1)]


def test_approximations(lint):
    draft = """\
    The exchange freed nearly 400 prisoners on each side, more than 700 in total.

    The swap freed about 600 prisoners from each side.
    """
    assert lint(draft, select=["N"]) == [("N101", 3, 22)]


def test_casualties_by_verb(lint):
    draft = "A missile strike on Odesa killed three people and wounded eight."
    # in a draft of the sheet's date, a toll above the sheet's is wrong; in a draft with no date of its own
    # it may be a later figure (a warning)
    assert lint(f"---\ndate: 2025-05-23\n---\n{draft}", select=["N"]) == [("N101", 4, 34)]
    assert lint(draft, select=["N"]) == [("N102", 1, 34)]


def test_casualties_subset_is_not_a_count(lint):
    draft = "The attack on Odesa killed one person; eight were wounded, including four in critical condition."
    assert lint(draft, select=["N"]) == []


def test_ceasefire_length_and_territory_share(lint):
    draft = """\
    Kyiv backs a 45-day ceasefire.

    Russia occupies about a third of Ukraine's territory.

    Russia holds around 20% of Ukraine, and Ukraine backs a 30-day truce.
    """
    assert lint(draft, select=["N"]) == [("N101", 1, 14), ("N101", 3, 23)]


def test_numbers_the_sheet_cannot_judge_are_silent(lint):
    draft = """\
    Russia is believed to hold about 8,000 Ukrainian prisoners.

    The front line runs for more than 600 miles, and 24 hours later the shelling resumed.

    The 1,000-for-1,000 deal was agreed on May 16, 2025.
    """
    assert lint(draft, select=["N"]) == []


def test_anaphoric_figure(lint):
    draft = "The swap brought 390 Ukrainians home. Officials later put the number at 391."
    assert lint(draft, select=["N"]) == [("N101", 1, 73)]


def test_a_figure_without_a_unit_does_not_restate_a_length(lint):
    draft = "Kyiv backs a 30-day ceasefire, as the toll rose to 45 on Friday."
    assert lint(draft, select=["N"]) == []


def test_safe_fix_for_digits():
    from conftest import findings

    (finding,) = findings("The two sides released 1,200 captives each under the deal.", select=["N"])
    assert finding.fix is not None and finding.fix.replacement == "1,000"
    assert finding.fact == "deal-per-side"


def test_other_phrasings(lint):
    draft = """\
    Moscow and Kyiv each freed 400 prisoners on Friday.

    A total of 800 prisoners were exchanged in the first phase.

    The strike on Odesa killed two and injured eight.

    Kyiv backs a ceasefire of 60 days. The talks in Istanbul lasted three hours.
    """
    assert lint(draft, select=["N"]) == [("N101", 1, 28), ("N101", 3, 12), ("N102", 5, 28), ("N101", 7, 27),
                                         ("N101", 7, 65)]


def test_counts_dated_to_another_occasion_are_silent(lint):
    draft = "The first exchange of 2025 took place in January, when 25 prisoners were swapped."
    assert lint(draft, select=["N"]) == []


def test_message_quotes_the_draft_and_cites_the_fact():
    from conftest import findings

    (finding,) = findings("Russia occupies about a third of Ukraine's territory.", select=["N"])
    assert finding.message == ("share of Ukraine's territory Russia occupies (about a fifth): the fact sheet has "
                               "20%, not \u201cabout a third\u201d")
    assert finding.fact == "occupied-share" and finding.sources == ("003_9a6d31ce7ee6c5a0.txt",
                                                                    "004_8a7f46e2b5e21dcd.txt")


def test_remaining_prisoners_are_not_the_freed_count(lint):
    draft = "The remaining 610 prisoners on each side are due to be freed over the weekend."
    assert lint(draft, select=["N"]) == []


def test_parts_and_individuals_are_not_the_groups_count(lint):
    draft = """\
    One of the freed prisoners said he had lost weight.

    One freed soldier said the guards beat them daily.

    Ten of the returning soldiers were wounded, and at least 12 of the freed prisoners needed care.
    """
    assert lint(draft, select=["N"]) == []


def test_a_part_close_to_the_whole_is_still_judged(lint):
    draft = "On Friday, three hundred and eighty of the freed Ukrainians were soldiers."
    assert lint(draft, select=["N"]) == [("N101", 1, 12)]


def test_a_number_is_read_only_where_a_word_starts():
    from copydesk.text import find_numbers

    text = "a handsome 20 soldiers, and often five more"
    found = [(n.text, n.value, n.approx) for n in find_numbers(text, 0, len(text))]
    # "some" inside "handsome" is not "about"; "ten" inside "often" does not swallow "five"
    assert found == [("20", 20.0, None), ("five", 5.0, None)]


def test_a_scale_word_with_a_vague_multiplier_is_no_number():
    from copydesk.text import find_numbers

    text = "killed several thousand people, some hundred more, a few dozen, a thousand, three thousand"
    assert [n.value for n in find_numbers(text, 0, len(text))] == [1000.0, 3000.0]


def test_a_decimal_said_in_words_is_one_number():
    from copydesk.text import find_numbers

    text = "taking four point two million euros, not a point of order"
    assert [(n.text, n.value) for n in find_numbers(text, 0, len(text))] == [("four point two million", 4200000.0)]


def test_a_figure_naming_no_category_is_judged_against_the_whole():
    from conftest import findings

    found = findings("On Friday each side freed 310 prisoners.", select=["N101"])
    assert [(f.code, f.line, f.column, f.fact) for f in found] == [("N101", 1, 27, "phase1-per-side")]
    assert "the fact sheet has 390, not “310”" in found[0].message
    soldiers = findings("On Friday each side freed 310 soldiers.", select=["N101"])
    assert [(f.column, f.fact) for f in soldiers] == [(27, "phase1-military-per-side")]


def test_over_a_duration_is_during_it_unless_something_lasts_over_it():
    from conftest import codes, one_figure, sheet_head
    from copydesk.facts import load

    sheet = load(text=sheet_head() + one_figure("day", "exchange", 3))
    assert codes("The exchange was spread over three days.", facts=sheet, select=["N"]) == []
    assert codes("The exchange lasted over three days.", facts=sheet, select=["N"]) == [("N101", 1, 26)]
