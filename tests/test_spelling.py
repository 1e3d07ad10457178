import pytest

from conftest import codes
from conftest import sheet_head


def test_variants_and_possessives(lint):
    draft = """\
    Kiev's mayor met President Zelenskyy.

    The port of Odessa and the Kharkov region were shelled; Lugansk and Zaporozhye too.
    """
    assert lint(draft, select=["S"]) == [("S101", 1, 1), ("S101", 1, 28), ("S101", 3, 13), ("S101", 3, 28),
                                         ("S101", 3, 57), ("S101", 3, 69)]


def test_variant_fix_is_house_form():
    from conftest import findings

    (finding,) = findings("Officials in Chernigov waited.", select=["S101"])
    assert finding.fix.replacement == "Chernihiv" and finding.fix.safe


@pytest.mark.parametrize("typo, column", [("Zelenksy", 11), ("Putn", 11), ("Zelensly", 11)])
def test_typos_of_known_names(lint, typo, column):
    assert lint(f"President {typo} spoke on Friday.", select=["S"]) == [("S102", 1, column)]


def test_first_name_typo(lint):
    assert lint("Volodimir Zelensky spoke.", select=["S"]) == [("S102", 1, 1)]


NEAR_MISSES = ["Prussia", "Puts", "Trumpet", "Russians", "Kyivan", "Odessan", "Donald's", "Putting", "Kursker"]


@pytest.mark.parametrize("word", NEAR_MISSES)
def test_ordinary_words_close_to_names_stay_silent(lint, word):
    assert [c for c in lint(f"{word} was mentioned in the report.", select=["S"]) if c[0] == "S102"] == []


def test_swapped_first_names(lint):
    draft = "President Vladimir Zelensky met officials. Volodymyr Putin did not."
    assert lint(draft, select=["S"]) == [("S103", 1, 11), ("S103", 1, 44)]


def test_names_in_urls_code_and_slugs_are_not_checked(lint):
    draft = """\
    ---
    slug: kiev-odessa-swap
    title: Swap in Kyiv
    ---

    See [the statement](https://example.org/kiev/Odessa) and `Zelenski` in code.

    ```
    Kiev Odessa Zelenski
    ```

    <!-- Kiev -->
    """
    assert lint(draft, select=["S"]) == []


def test_feminine_form_of_a_known_surname_is_not_a_typo(lint):
    assert lint("First Lady Olena Zelenska visited the freed soldiers.", select=["S"]) == []


def test_a_short_name_has_a_typo_allowance_when_the_misspelling_is_no_word():
    from copydesk.facts import load

    sheet = load(text=sheet_head(as_of="2025-05-01") + """\
[[people]]
id = "merz"
name = "Friedrich Merz"
sources = ["a"]
single_source = true
""")
    assert codes("Chancellor Friedrich Mertz met the press.\n", facts=sheet, select=["S102"]) == [("S102", 1, 22)]
    assert codes("Chancellor Merz met the press in March.\n", facts=sheet, select=["S102"]) == []
    assert codes("The Mars mission was delayed.\n", facts=sheet, select=["S102"]) == []


def test_a_word_a_name_begins_with_is_another_word_not_a_typo():
    from copydesk.facts import load

    sheet = load(text=sheet_head() + '[[places]]\nid = "mykolaiv"\nname = "Mykolaiv"\nsources = ["a"]\n'
                 'single_source = true\n')
    assert codes("Mykola Kalashnyk, the regional governor, spoke.", facts=sheet, select=["S"]) == []
    assert codes("The strike hit Mykolaev on Friday.", facts=sheet, select=["S"]) == [("S102", 1, 16)]


def test_a_name_misspelt_in_both_its_words_is_found_in_both(lint):
    # each misspelt word stands beside a word of another form, itself near the fact's name: still the fact's
    assert lint("Volodimir Zelenskky spoke on Friday.\n", select=["S102"]) == [("S102", 1, 1), ("S102", 1, 11)]


def test_a_word_two_letters_from_a_name_one_of_them_its_first_is_another_name():
    from copydesk.facts import load

    sheet = load(text=sheet_head() + '[[places]]\nid = "vallmoor"\nname = "Vallmoor"\nsources = ["a"]\n'
                 'single_source = true\n')
    assert codes("The museum lent *Winter at Haldmoor* to Vallmoor.", facts=sheet, select=["S"]) == []
    assert codes("Police in Valmor said so.", facts=sheet, select=["S"]) == [("S102", 1, 11)]
