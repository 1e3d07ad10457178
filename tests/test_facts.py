import pytest

from copydesk.facts import FactSheetError, load
from conftest import sheet_head

MINIMAL = sheet_head(title="A story", sources=(("a", "Outlet"),)) + """
[[people]]
id = "p"
name = "Ann Example"
sources = ["a"]
"""


def test_default_sheet_covers_the_story():
    sheet = load()
    facts = sheet.facts
    assert facts["phase1-per-side"].value == 390
    assert {facts[q].value for q in ("phase1-military-per-side", "phase1-civilian-per-side")} == {270, 120}
    assert {facts[q].value for q in ("phase1-total", "phase1-military-total", "phase1-civilian-total")} == \
        {780, 540, 240}
    assert facts["deal-per-side"].value == 1000 and facts["deal-total"].value == 2000
    assert str(facts["istanbul-talks"].date) == "Friday 16 May 2025"
    assert facts["istanbul-mediator"].value == "Turkey"
    assert facts["odesa-killed"].value == 1 and facts["odesa-wounded"].value == 8
    assert facts["ceasefire-days"].value == 30 and facts["occupied-share"].value == 20
    roles = facts["trump"].roles
    assert any(r.office == "President" and r.end is None for r in roles)
    assert all(fact.sources for fact in facts.values())
    single = [f for f in facts.values() if len(f.sources) == 1]
    assert single and all(f.single_source for f in single)


def test_minimal_sheet_loads():
    assert load(text=MINIMAL).facts["p"].name == "Ann Example"


@pytest.mark.parametrize("text, expected", [
    ("schema = 1\n[story\n", "facts.toml:2:7: TOML syntax error: Expected ']' at the end of a table declaration"),
    (MINIMAL.replace('title = "A story"\n', ""), "story.title: missing required field"),
    (MINIMAL.replace('name = "Ann Example"', "name = 3"), "people[0].name: expected a string, got an integer"),
    (MINIMAL + "colour = 'red'\n", "people[0].colour: unknown key"),
    (MINIMAL.replace("as_of = 2025-05-23", 'as_of = "May 23"'), "story.as_of: not a date"),
    (MINIMAL.replace("schema = 1", "schema = 2"), "schema: unsupported version 2"),
    (MINIMAL.replace('sources = ["a"]', 'sources = ["b"]'), "unknown source 'b'"),
    (MINIMAL + '\n[[people]]\nid = "p"\nname = "B"\nsources = ["a"]\n', "duplicate fact id 'p'"),
    (MINIMAL + '\n[[quotes]]\nid = "q"\nspeaker = "nobody"\ntext = "x"\nsources = ["a"]\n',
     "quotes.q.speaker: unknown people or organisation id 'nobody'"),
    (MINIMAL + "\nextra = 1\n", "people[0].extra: unknown key"),
    ("title = 'x'\n", "title: unknown key"),
    (MINIMAL.replace('sources = ["a"]', "sources = []"), "people[0].sources: a fact needs at least one source"),
])
def test_validation_errors_are_one_line_and_name_the_key(text, expected):
    with pytest.raises(FactSheetError) as error:
        load("facts.toml", text=text)
    message = str(error.value)
    assert message.startswith("facts.toml:") and expected in message and "\n" not in message


def test_a_year_may_be_written_as_a_toml_integer():
    sheet = load(text=MINIMAL + '\n[[events]]\nid = "e"\nname = "the last vote"\ndate = 2023\nsources = ["a"]\n')
    assert sheet.facts["e"].date.year == 2023 and sheet.facts["e"].date.month is None
    with pytest.raises(FactSheetError, match="not a date"):
        load(text=MINIMAL + '\n[[events]]\nid = "e"\nname = "x"\ndate = 23\nsources = ["a"]\n')


def test_missing_file(tmp_path):
    with pytest.raises(FactSheetError, match="cannot read fact sheet"):
        load(tmp_path / "nope.toml")


def test_nesting_limit():
    deep = MINIMAL + "note = " + "[" * 20 + "]" * 20 + "\n"
    with pytest.raises(FactSheetError, match="nested"):
        load("deep.toml", text=deep)


def test_a_place_lies_in_the_places_its_within_and_country_name():
    sheet = load(text=sheet_head() + """
[[places]]
id = "land"
name = "Land"
kind = "country"
sources = ["a"]
[[places]]
id = "vale"
name = "Vale"
kind = "region"
country = "land"
sources = ["a"]
[[places]]
id = "town"
name = "Town"
kind = "city"
within = "vale"
sources = ["a"]
""")
    assert sheet.lies_in("town", "vale") and sheet.lies_in("town", "land") and sheet.lies_in("vale", "vale")
    assert not sheet.lies_in("vale", "town")
    with pytest.raises(FactSheetError, match="within"):
        load(text=sheet_head() + '[[places]]\nid = "town"\nname = "Town"\nwithin = "nowhere"\nsources = ["a"]\n')
