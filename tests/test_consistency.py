from conftest import sheet_head


def test_name_spelled_two_ways(lint):
    draft = """\
    Commissioner Dmytro Lubinets checked the lists. Lubinets said it took days.

    Lubinetz said more civilians would come.
    """
    assert lint(draft, select=["I"]) == [("I101", 3, 1)]


def test_similar_but_different_names_are_silent(lint):
    draft = "Ihor Kravets and Olena Kravchenko waited. Sweden and the Swedes sent observers."
    assert lint(draft, select=["I"]) == []


def test_inflections_are_not_inconsistencies(lint):
    draft = "The Lubinets office said Lubinets's team was ready. Russia and Russians, Ukraine and Ukrainians."
    assert lint(draft, select=["I"]) == []


def test_a_country_and_its_people_of_one_stem_are_not_inconsistencies(lint):
    assert lint("The swap was brokered by the Emirates. Officials said the Emiratis kept it quiet.",
                select=["I"]) == []


def test_one_letter_apart_at_the_end_is_still_two_spellings(lint):
    assert lint("Andrii Bondar spoke first. Later Andriy Bondar said more.", select=["I"]) == [("I101", 1, 34)]


def test_quantity_stated_twice(lint):
    draft = "Rescuers pulled 52 survivors from the rubble. By night 53 survivors were in hospital."
    assert lint(draft, select=["I"]) == [("I102", 1, 56)]


def test_different_quantities_are_silent(lint):
    draft = "Rescuers pulled 52 survivors from the rubble. By night 80 survivors were in hospital."
    assert lint(draft, select=["I"]) == []


def test_feminine_surnames_are_forms_of_one_name(lint):
    assert lint("Sergei Ivanov and his wife, Olga Ivanova, waited.", select=["I"]) == []


def test_counts_of_other_things_near_the_story_are_compared_with_each_other(lint):
    draft = """\
    The prisoners were freed on Friday.

    Officials counted 47 detainees on the first bus. The second bus carried 46 detainees.
    """
    assert lint(draft, select=["N", "I"]) == [("I102", 3, 73)]


EMPTY_SHEET = sheet_head(sources=())


def test_without_a_fact_sheet_a_figure_stated_twice_is_reported(lint):
    from copydesk.facts import load

    draft = "Zelensky said 390 Ukrainians had returned home. Later on Friday, officials put the number at 391."
    assert lint(draft, select=["I"], facts=load(text=EMPTY_SHEET)) == [("I102", 1, 94)]


def test_two_names_coordinated_side_by_side_are_two_people_not_one_misspelt(lint):
    draft = "The builders Ivo Brandt and Ivo Brandl were jailed. Brandt got four years and Brandl seven.\n"
    assert lint(draft, select=["I101"]) == []
    assert lint("Ivo Brandt was jailed on Friday. Brandl got four years.\n", select=["I101"]) == [("I101", 1, 34)]


def test_a_near_form_of_a_name_the_sheet_knows_is_left_to_the_spelling_rules(lint):
    from pathlib import Path

    from copydesk.facts import load

    sheet = load(Path(__file__).parent / "stories" / "ruritania-election" / "facts.toml")
    # "Ruriatnia" is S102's (a typo of the sheet's Ruritania); "Ruritanian" is near it, and the name's own
    draft = "Voters in Ruriatnia went to the polls.\n\nNo Ruritanian party has won a majority since 1987.\n"
    assert lint(draft, facts=sheet, select=["I"]) == []
    assert [code for code, _, _ in lint(draft, facts=sheet)] == ["S102"]


def test_a_given_name_and_a_surname_one_letter_apart_are_two_people(lint):
    draft = "Her spokesman, Filip Barta, declined to comment.\n\nOrganiser Marta Sedlak says the group will stay.\n"
    assert lint(draft, select=["I"]) == []
