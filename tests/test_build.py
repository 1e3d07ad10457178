"""`copydesk facts build` on small articles written for the tests, and on the seeds when present."""
import datetime as dt
from pathlib import Path

import pytest

from conftest import sheet_head
from copydesk.build import build, skeleton
from copydesk.cli import main
from copydesk.facts import load

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
AS_OF = dt.date(2031, 3, 14)  # a Friday

ARTICLES = {
    "a.txt": 'Mayor Anna Kovalenko of Lviv opened the bridge on Friday. "This bridge joins our city," '
             "Kovalenko said. The bridge cost 40 million hryvnias and carries 12 lanes.\n",
    "b.txt": 'Former Mayor Anna Kovalenko cut the ribbon in Lvov on Friday. "This bridge joins our city," she said. '
             "The bridge carries 12 lanes.\n",
    "c.md": 'Mayor Anna Kovalenko, in Lviv on Friday, said: "This bridge unites our city." '
            "Its 12 lanes opened to traffic.\n",
}


@pytest.fixture
def sources(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    return [tmp_path / name for name in ARTICLES]


def test_candidate_is_a_valid_fact_sheet_with_majority_forms(sources):
    toml_text, report = build(sources, AS_OF)
    sheet = load(text=toml_text)
    person = sheet.facts["kovalenko"]
    assert person.name == "Anna Kovalenko" and person.roles[0].office == "Mayor"
    assert sorted(person.sources) == ["a", "b", "c"]
    assert sheet.facts["lviv"].variants == ("Lvov",)
    lanes = [q for q in sheet.quantities if q.value == 12]
    assert lanes and sorted(lanes[0].sources) == ["a", "b", "c"]
    quote = next(q for q in sheet.quotes if "joins" in q.text)
    assert quote.speaker == "kovalenko" and sorted(quote.sources) == ["a", "b"]
    assert any(e.date.first_day == AS_OF for e in sheet.events)
    assert any("'Lviv' (2 sources) against 'Lvov'" in line for line in report)
    assert any("title of Anna Kovalenko: 'Mayor' (2 sources" in line and "'former Mayor' (1 source" in line
               for line in report)
    assert any("2 wordings" in line and "unites" in line for line in report)
    assert "# DISAGREEMENT: b write 'Lvov'" in toml_text


def test_cli_writes_the_candidate(sources, tmp_path, capsys):
    out = tmp_path / "candidate.toml"
    assert main(["facts", "build", *map(str, sources), "-o", str(out), "--as-of", AS_OF.isoformat()]) == 0
    assert load(out).facts["kovalenko"]
    assert "wrote" in capsys.readouterr().out


def test_skeleton_groups_transliterations():
    assert skeleton("Kiev") == skeleton("Kyiv")
    assert skeleton("Zelenski") == skeleton("Zelensky") == skeleton("Zelenskyy")
    assert skeleton("Odessa") == skeleton("Odesa")
    assert skeleton("Kharkov") == skeleton("Kharkiv")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not beside this checkout")
def test_build_from_the_seeds_finds_the_default_sheets_key_facts():
    toml_text, report = build(sorted(SEEDS.iterdir()), dt.date(2025, 5, 23))
    candidate = load(text=toml_text)
    default = load()

    def files(fact, sheet):
        return {sheet.sources[s].file for s in fact.sources}

    people = {f.name: f for f in candidate.people}
    for name in ("Donald Trump", "Volodymyr Zelensky", "Vladimir Putin"):
        assert people[name].roles[0].office == "President"
    assert "Zelenski" in people["Volodymyr Zelensky"].variants
    trump_titles = next(line for line in report if line.startswith("title of Donald Trump"))
    assert "'President' (3 sources" in trump_titles and "'former U.S. President' (2 sources" in trump_titles
    assert any("'Kyiv' (4 sources) against 'Kiev'" in line for line in report)
    assert any("something big???" in line and "Could this lead to something big?" in line for line in report)
    quantities = {(q.value, q.scope): q for q in candidate.quantities}
    assert files(quantities[(390, "per side")], candidate) <= files(default.facts["phase1-per-side"], default) | \
        {"002_73e1731ad78e38dc.txt"}
    for value, fact_id in ((270, "phase1-military-per-side"), (120, "phase1-civilian-per-side"),
                           (1000, "deal-per-side")):
        found = [q for (v, _), q in quantities.items() if v == value]
        assert found, value
        assert set().union(*(files(q, candidate) for q in found)) & files(default.facts[fact_id], default)
    agreed = next(line for line in report if line.startswith("numbers stated by more than one source"))
    for number in ("390", "270", "120", "1,000"):
        assert number in agreed


def built(folder, texts: dict[str, str], as_of=dt.date(2031, 4, 10)) -> tuple[str, list[str]]:
    """The candidate sheet and report built from these sources, written into the folder."""
    for name, text in texts.items():
        (folder / name).write_text(text)
    return build(sorted(folder.iterdir()), as_of)


def test_build_reads_a_story_beyond_politics(tmp_path):
    texts = {
        "a.txt": "Cardinal Marco Rossi was chosen in Rome on Thursday and took the name Pius XIII. He succeeds "
                 "Pope Clement, who died on 2 March after a long illness. Rossi spoke in Italian from the balcony.\n",
        "b.txt": "In Rome, Cardinal Marco Rossi became pope. Pope Clement led the Church until his death on "
                 "2 March. Before the vote the cardinals prayed in Latin in the Room of Tears.\n",
        "c.txt": "Cardinal Marco Rossi, 64, addressed the crowd in Rome in Italian and then in Latin.\n",
    }
    toml_text, _ = built(tmp_path, texts)
    sheet = load(text=toml_text)
    people = {p.name: p for p in sheet.people}
    assert people["Marco Rossi"].roles[0].office == "Cardinal" and people["Marco Rossi"].aliases == ("Pius XIII",)
    assert people["Clement"].died is not None and people["Clement"].died.first_day == dt.date(2031, 3, 2)
    places = {p.name: p for p in sheet.places}
    assert "Rome" in places and places["Rome"].variants == ()
    assert "Italian" not in places and "Latin" not in places and "Rossi" not in places  # languages, a name


def test_the_story_is_dated_by_its_sources_never_by_the_machines_clock(tmp_path, capsys):
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "a.md").write_text("KYIV, May 24 (Wire) - Each side freed 307 prisoners.\n")  # no year: no date
    assert main(["facts", "build", str(undated), "-o", str(tmp_path / "a.toml"), "-q"]) == 2
    assert "no source gives its date with a year" in capsys.readouterr().err
    assert not (tmp_path / "a.toml").exists()
    dated = tmp_path / "dated"
    dated.mkdir()
    (dated / "a.md").write_text("---\ndate: 2025-05-24\n---\nEach side freed 307 prisoners.\n")
    (dated / "b.md").write_text("KYIV, May 25, 2025 (Wire) - Each side freed 303 prisoners.\n")
    assert main(["facts", "build", str(dated), "-o", str(tmp_path / "b.toml"), "-q"]) == 0
    assert load(tmp_path / "b.toml").story.as_of.first_day == dt.date(2025, 5, 25)
    bylined = tmp_path / "bylined"
    bylined.mkdir()
    (bylined / "a.md").write_text("# Swap goes on\n\nNorth Wire — KYIV, Sunday 25 May 2025\n\nEach side freed 303 "
                                  "prisoners on the last day of the exchange, officials said.\n")
    assert main(["facts", "build", str(bylined), "-o", str(tmp_path / "c.toml"), "-q"]) == 0
    assert load(tmp_path / "c.toml").story.as_of.first_day == dt.date(2025, 5, 25)


def test_a_figure_the_sources_give_different_values_on_different_days_changes(tmp_path):
    for day, killed, verb in (("2031-03-28", "144", "killed"), ("2031-03-29", "1,644", "killed"),
                              ("2031-03-30", "2,056", "has killed")):
        (tmp_path / f"{day}.md").write_text(f"---\ndate: {day}\n---\nThe earthquake {verb} {killed} people in "
                                            "Castelmonte, the agency said.\n")
    toml_text, report = build(sorted(tmp_path.glob("*.md")), None)
    (toll,) = [q for q in load(text=toml_text).quantities if q.changes]
    assert (toll.value, [(v.value, str(v.as_of)) for v in toll.values]) == (
        2056, [(144, "Friday 28 March 2031"), (1644, "Saturday 29 March 2031")])
    assert any(line.startswith("killed changes from day to day: 144 on 28 March 2031") for line in report)
    assert "as_of = 2031-03-30" in toml_text  # dated by its sources, not by the clock


def test_a_toll_is_one_changing_figure_however_each_day_words_it(tmp_path):
    days = {"2031-06-02": "A flood swept through Orsava, killing at least 12 people and injuring more than 40.",
            "2031-06-03": "The death toll from the Orsava flood rose to 31, officials said. 75 were injured.",
            "2031-06-04": "The number of people killed in the flood reached 48 on Wednesday, and 102 people "
                          "have been injured."}
    for day, text in days.items():
        (tmp_path / f"{day}.md").write_text(f"---\ndate: {day}\n---\n{text}\n")
    toml_text, report = build(sorted(tmp_path.glob("*.md")), None)
    sheet = load(text=toml_text)
    changing = {q.category: (q.value, [v.value for v in q.values]) for q in sheet.quantities if q.changes}
    assert changing == {"killed": (48, [12, 31]), "injured": (102, [40, 75])}
    assert {q.measure for q in sheet.quantities if q.changes} == {"casualties"}  # categories of one measure
    assert set(sheet.measures["casualties"].categories) == {"killed", "injured"}


def test_a_country_is_a_place_by_its_name_and_its_other_names_are_aliases(tmp_path):
    (tmp_path / "a.md").write_text("The envoy of the United States flew in from Peru on Friday.\n")
    (tmp_path / "b.md").write_text("The U.S. envoy arrived on Friday. The US team followed.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    places = {p.name: p for p in load(text=toml_text).facts.values() if p.table == "places"}
    assert places["United States"].kind == "country" and places["United States"].aliases == ("U.S.", "US")
    assert places["Peru"].kind == "country" and "US" not in places and "U.S." not in places


def test_organisations_are_names_headed_by_an_organisations_noun(tmp_path):
    (tmp_path / "a.md").write_text("The Green Party won, ahead of the Patriot League. The Dicastery for Bishops "
                                   "was silent. White smoke rose.\n")
    (tmp_path / "b.md").write_text("Ruritania's Green Party celebrated; the Liberal Union fell below the threshold.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    organisations = {o.name: o for o in load(text=toml_text).facts.values() if o.table == "organisations"}
    assert set(organisations) == {"Green Party", "Patriot League", "Dicastery for Bishops", "Liberal Union"}
    assert sorted(organisations["Green Party"].sources) == ["a", "b"]
    assert "Ruritania" in {p.name for p in load(text=toml_text).places}  # the party's possessor: its country


def test_organisations_are_names_their_context_makes_an_organisations(tmp_path):
    (tmp_path / "a.md").write_text(
        "Marta Fiala, an engineer with the consultancy Statika Partners, was questioned. The tower was rebuilt by "
        "Oszlanyi Development, a Velmar company owned by Radek Oszlanyi. \"It is early,\" said Nadia Ferenc, chief "
        "economist at Dravska Banka. National Renewal won 31 seats and Green Future 11.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    organisations = {o.name for o in load(text=toml_text).facts.values() if o.table == "organisations"}
    assert organisations == {"Statika Partners", "Oszlanyi Development", "Dravska Banka", "National Renewal"}


def test_an_organisations_short_forms_and_initials_are_its_aliases(tmp_path):
    (tmp_path / "a.md").write_text("Castellan Group of Tarnland said it was considering a bid. Castellan, the rail "
                                   "group, declined to say more. The Social Democratic Alliance (SDA) objected.\n")
    (tmp_path / "b.md").write_text("Tarnland's Castellan Group has until April. The SDA said no.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    organisations = {o.name: o for o in load(text=toml_text).facts.values() if o.table == "organisations"}
    assert set(organisations) == {"Castellan Group", "Social Democratic Alliance"}
    assert organisations["Castellan Group"].aliases == ("Castellan",)
    assert organisations["Social Democratic Alliance"].aliases == ("SDA",)


def test_an_office_the_sources_tie_to_an_organisation_is_held_there(tmp_path):
    (tmp_path / "a.md").write_text("KarRail Chief Executive Oskar Lindahl said the demand was unaffordable. The "
                                   "state-owned operator KarRail runs the network.\n")
    (tmp_path / "b.md").write_text("Petar Soric, who was mines minister until 2024, said nothing.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    offices = {p.name: {r.office for r in p.roles} for p in load(text=toml_text).people}
    assert offices["Oskar Lindahl"] == {"Chief Executive of KarRail"}
    assert offices["Petar Soric"] == {"mines minister"}


def test_who_did_a_dated_act_or_one_two_sources_tell_is_a_claim(tmp_path):
    (tmp_path / "a.md").write_text("President Ilse Varnholt declared a national day of mourning for Friday. The "
                                   "National Maritime Police arrested the captain. Ilse Varnholt met families.\n")
    (tmp_path / "b.md").write_text("The captain was arrested by the National Maritime Police. The Social Union won "
                                   "51 seats.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    claims = {c.subject: c for c in load(text=toml_text).claims if c.subject.startswith("who ")}
    assert {subject: c.value for subject, c in claims.items()} == {
        "who declared a national day of mourning": "Ilse Varnholt",  # told with its day
        "who arrested the captain": "National Maritime Police"}  # told by two sources; not "met families", once
    assert claims["who arrested the captain"].cues == (("arrest", "arrested"), ("captain",))


def test_a_source_dated_after_the_sheet_gives_it_no_figure(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2031-03-12\n---\n\nThe storm killed 40 people, officials said.\n")
    (tmp_path / "b.md").write_text("---\ndate: 2031-03-13\n---\n\nThe storm killed 46 people, officials said.\n")
    (tmp_path / "c.md").write_text("---\ndate: 2031-03-20\n---\n\nThe storm killed 52 people, officials said.\n")
    toml_text, report = build(sorted(tmp_path.glob("*.md")), AS_OF)  # 14 March: c is a week later
    values = [q.value for q in load(text=toml_text).quantities]
    assert 52 not in values and 46 in values
    assert any("dated after 14 March 2031" in line and line.endswith(": c") for line in report)


def test_an_honorific_or_a_title_opening_a_name_is_no_first_name(tmp_path):
    (tmp_path / "a.md").write_text("\"We are still treating patients,\" said Dr Anja Petrek, medical director of Korvana "
                                   "University Hospital. Commodore Ines Tallberg, head of the coast guard, said little.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    assert {p.name for p in load(text=toml_text).people} == {"Anja Petrek", "Ines Tallberg"}


def test_titles_after_a_name_are_read_from_the_parse(tmp_path):
    (tmp_path / "a.md").write_text("Cardinal Robert Prevost, the prefect of the Dicastery for Bishops, was elected.\n")
    (tmp_path / "b.md").write_text("Cardinal Robert Prevost was elected. Prevost served as a bishop in Chiclayo.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    (prevost,) = load(text=toml_text).people
    assert {role.office for role in prevost.roles} == {"Cardinal", "Prefect of the Dicastery for Bishops", "Bishop"}


def test_figures_with_a_unit_are_proposed_with_what_they_measure(tmp_path):
    (tmp_path / "a.md").write_text("Kyiv backs a 30-day ceasefire. The delegations held two hours of talks.\n")
    (tmp_path / "b.md").write_text("The 30-day truce would start on Monday.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    sheet = load(text=toml_text)
    measured = {(q.value, sheet.measures[q.measure].unit): q for q in sheet.quantities if q.id.startswith("measured")}
    assert measured[(30, "day")].what.startswith("ceasefire, in days") and sorted(measured[(30, "day")].sources) == \
        ["a", "b"]
    assert "# the sources say it measures: ceasefire, truce" in toml_text


def test_build_proposes_claims_from_the_slots_the_sources_fill(tmp_path):
    texts = {
        "a.txt": "Cardinal Ana Sousa was elected on Tuesday. Sousa was born in Porto and served as archbishop "
                 "of Braga for nine years.\n",
        "b.txt": "Cardinal Ana Sousa, the new pontiff, was born in Porto. The talks were mediated by Norway.\n",
        "c.txt": "Cardinal Ana Sousa is the new pope. Sousa was born in Coimbra, one paper said. The talks were "
                 "mediated by Norway.\n",
    }
    toml_text, report = built(tmp_path, texts)
    claims = {c.slots: c for c in load(text=toml_text).claims}
    born = claims[("born in",)]
    assert born.value == "Porto" and born.sources == ("a", "b")
    assert "# DISAGREEMENT: c say \"Coimbra\"" in toml_text  # never resolved silently
    assert any("born in Porto (a, b) against Coimbra (c)" in line for line in report)
    assert claims[("mediated by",)].value == "Norway"  # two sources, about the talks rather than a person
    assert next(c for c in claims.values() if "archbishop" in c.subject).value == "Braga"


def test_a_new_name_goes_to_the_subject_of_taking_it_not_the_last_name_before(tmp_path):
    texts = {
        "a.txt": "Cardinal Marco Rossi was chosen on Thursday. Rossi, who was close to Pope Clement, took the "
                 "name Pius XIII.\n",
        "b.txt": "Pope Clement died in March. Cardinal Marco Rossi succeeds Pope Clement. He chose the name "
                 "Pius XIII.\n",
    }
    sheet = load(text=built(tmp_path, texts)[0])
    people = {p.name: p for p in sheet.people}
    assert people["Marco Rossi"].aliases == ("Pius XIII",)
    assert people["Clement"].aliases == ()
    assert [(c.subject, c.value, c.wrong) for c in sheet.claims if "name" in c.subject] == [
        ("Marco Rossi: the name taken", "Pius XIII", ("Pius XII", "Pius XIV"))]  # the numbers next to his


def test_build_reads_a_quotations_speaker_from_the_parse_and_carries_it_to_the_next_sentence(tmp_path):
    texts = {
        "a.txt": "Cardinal Marco Rossi spoke from the balcony. He told the crowd that the church was \"a house "
                 "with open doors for everyone.\" \"Fear has no place among us,\" Rossi said. \"We walk on "
                 "together, whatever comes.\"\n",
        "b.txt": "Cardinal Marco Rossi addressed the square on Thursday.\n",
    }
    quotes = {q.text: q.speaker for q in load(text=built(tmp_path, texts)[0]).quotes}
    assert quotes == {"a house with open doors for everyone.": "rossi", "Fear has no place among us": "rossi",
                      "We walk on together, whatever comes.": "rossi"}


def test_a_pronouns_quotation_is_given_no_speaker_when_a_name_the_sheet_lacks_is_nearer(tmp_path):
    texts = {
        "a.txt": "Prime Minister Ilona Varga conceded on Sunday night.\n\nOn Monday Kovar endorsed the winner. "
                 "\"Only one candidate takes the climate seriously,\" she wrote.\n",
        "b.txt": "Prime Minister Ilona Varga spoke briefly on Sunday night.\n",
    }
    toml_text = built(tmp_path, texts)[0]
    assert not load(text=toml_text).quotes  # not Varga's: left for the editor to name
    assert '# speaker = "TODO"\n# text = "Only one candidate takes the climate seriously"' in toml_text


def test_a_name_set_beside_a_role_noun_is_a_person_and_a_pronoun_is_not_a_name_inside_the_quotation(tmp_path):
    texts = {
        "a.txt": "Tomas Redlich, the mayor of Tarsk, won the runoff on Sunday.\n\nPrime Minister Ilona Varga "
                 "conceded. \"I called Tomas Redlich to congratulate him,\" she said.\n",
        "b.txt": "Tomas Redlich, the mayor of Tarsk, thanked his voters.\n\n\"He is, as the old song says, "
                 "the Risen Sun, the dawn of our town,\" one supporter said.\n",
    }
    sheet = load(text=built(tmp_path, texts)[0])
    assert {p.name for p in sheet.people} == {"Tomas Redlich", "Ilona Varga"}  # not a name inside a quotation
    assert [(q.speaker, q.text) for q in sheet.quotes] == [("varga", "I called Tomas Redlich to congratulate him")]


def test_build_checks_its_sheet_against_its_own_sources_and_lists_what_to_resolve(tmp_path):
    texts = {
        "a.txt": 'Cardinal Marco Rossi addressed the square on Thursday. "We walk together in hope and in '
                 'peace," Rossi said.\n',
        "b.txt": 'Cardinal Marco Rossi spoke from the balcony. "We walk together in hope and in peace," Rossi '
                 'told the crowd.\n',
        "c.txt": 'Cardinal Marco Rossi greeted the crowd. "We walk together in faith and in peace," Rossi said.\n',
    }
    toml_text, report = built(tmp_path, texts)
    resolve = [line for line in report if line.startswith("to resolve: ")]
    assert len(resolve) == 1 and resolve[0].startswith("to resolve: c.txt:1:42: Q101 misquote of Marco Rossi")
    assert toml_text.startswith("# TO RESOLVE: checked against its own sources, this sheet reports 1 finding.")
    assert "#   c.txt:1:42: Q101" in toml_text
    load(text=toml_text)  # still a valid sheet


def test_build_proposes_year_events_told_by_a_verb_landmarks_and_ages(tmp_path):
    texts = {
        "a.txt": "Cardinal Marco Rossi, 71, spoke from the balcony of St. Paul's Basilica. Rossi was ordained in "
                 "1979 and joined the order in 1975.\n",
        "b.txt": "Cardinal Marco Rossi, who was ordained in 1979, greeted the crowd in St Paul's Basilica. He "
                 "taught for years in the Vatican's Pauline Chapel.\n",
    }
    sheet = load(text=built(tmp_path, texts)[0])
    events = {str(e.date): e for e in sheet.events}
    assert events["1979"].cues == (("ordain",),) and events["1979"].sources == ("a", "b")
    assert events["1975"].cues == (("join",), ("order",))
    places = {p.name: p for p in sheet.places}
    basilica = [name for name in places if name.replace(".", "") == "St Paul's Basilica"]
    assert len(basilica) == 1 and places[basilica[0]].variants == ()  # one place however it is punctuated
    assert "Pauline Chapel" in places and "Vatican's Pauline Chapel" not in places
    ages = [q for q in sheet.quantities if q.measure == "age"]
    assert [(q.what, q.value, q.sources) for q in ages] == [("Marco Rossi's age", 71, ("a",))]


def test_a_quotation_is_what_a_source_marks_whole_with_its_paragraph_of_continuation(tmp_path):
    texts = {
        "a.txt": 'Mayor Ilse Varga spoke on Tuesday. "The river took our bridge. We will build a stronger one," '
                 'Varga wrote online.\n"Nobody will be left behind. Not one family."\n',
        "b.txt": 'Mayor Ilse Varga visited the dam. "We will build a stronger one," she said.\n',
        "c.txt": 'Mayor Ilse Varga toured the town. "We will bild a stronger one," Varga said.\n',
    }
    toml_text, report = built(tmp_path, texts)
    (quote,) = load(text=toml_text).quotes
    assert quote.text == ("The river took our bridge. We will build a stronger one. Nobody will be left behind. "
                          "Not one family.")
    assert quote.speaker == "varga" and quote.sources == ("a", "b", "c")  # the parts support the whole
    assert not any("wordings" in line for line in report)  # a part is no rival wording
    assert any(line.startswith("to resolve: c.txt:1:") and "Q101" in line for line in report)  # the slip


def test_build_reads_the_speaker_of_a_quotation_up_the_tree(tmp_path):
    texts = {
        "a.txt": 'Mayor Ilse Varga opened the shelter on Tuesday. She called for a town that keeps "doors open '
                 'to every family, whatever the water does." Commander Tomas Bek announced the move with the '
                 'words "Lift Together".\n',
        "b.txt": 'Mayor Ilse Varga thanked the volunteers. "We owe them every dry home in this valley", were her '
                 'words. A spokesman answered with "Lift Together".\n',
    }
    quotes = {q.text: q.speaker for q in load(text=built(tmp_path, texts)[0]).quotes}
    assert quotes == {"doors open to every family, whatever the water does.": "varga",
                      "We owe them every dry home in this valley": "varga",
                      "Lift Together": "bek"}  # a short quotation two sources give is a statement


def test_an_organisation_named_in_another_order_is_one_with_its_short_form_a_variant(tmp_path):
    texts = {
        "a.txt": "She joined the Order of Saint Brendan in 1990.\n",
        "b.txt": "In 1990 she entered the Brendan Order.\n",
        "c.txt": "She studied at the Brendan-run Kells College.\n",
    }
    toml_text, report = built(tmp_path, texts)
    organisations = {o.name: o for o in load(text=toml_text).organisations}
    assert "Kells College" in organisations
    assert organisations["Order of Saint Brendan"].variants == ("Brendan Order",)
    assert organisations["Order of Saint Brendan"].sources == ("a", "b")
    assert any("'Brendan Order'" in line and "no majority: choose the house form" in line for line in report)


def test_an_organisation_whose_two_leading_forms_tie_has_no_majority_as_a_spelling_has_none(tmp_path):
    texts = {"a.txt": "She joined the Order of Saint Brendan in 1990.\n",
             "b.txt": "She joined the Order of Saint Brendan in 1990.\n",
             "c.txt": "In 1990 she entered the Brendan Order.\n",
             "d.txt": "In 1990 she entered the Brendan Order.\n",
             "e.txt": "In 1990 she entered the Order of St Brendan.\n"}
    report = built(tmp_path, texts)[1]
    line = next(line for line in report if line.startswith("organisation:"))
    assert "no majority: choose the house form, or give --style" in line  # 2 against 2 (and 1): no house form


def test_a_style_file_decides_an_organisations_form_over_the_sources(tmp_path):
    style = tmp_path / "style.toml"
    style.write_text(STYLE + '[[organisations]]\nid = "brendans"\nname = "Order of Saint Brendan"\n'
                     'variants = ["Brendan Order"]\nsources = ["guide"]\n')
    folder = tmp_path / "sources"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text("In 1990 she entered the Brendan Order.\n")
    toml_text, report = build(sorted(folder.iterdir()), dt.date(2031, 4, 10), style=load(style))
    organisation = next(o for o in load(text=toml_text).organisations if "Brendan" in o.name)
    assert (organisation.name, organisation.variants) == ("Order of Saint Brendan", ("Brendan Order",))
    assert any(line.startswith("organisation:") and "(the house style)" in line for line in report)


def test_titles_and_events_told_of_a_person_by_pronoun_or_by_a_light_verbs_object(tmp_path):
    texts = {
        "a.txt": "Mayor Ilse Varga took office in 2019. She was chancellor of the college from 2012. "
                 '"He was our best engineer," she said of a colleague.\n',
        "b.txt": "Mayor Ilse Varga made her first budget speech in 2020.\n",
    }
    sheet = load(text=built(tmp_path, texts)[0])
    (varga,) = sheet.people
    assert {role.office for role in varga.roles} == {"Mayor", "Chancellor"}  # not "engineer": a quotation's
    events = {str(e.date): e.cues for e in sheet.events}
    assert events["2019"] == (("office",),) and events["2020"] == (("speech",),)


def test_hedged_figures_and_lengths_in_years_are_proposed_as_approximate(tmp_path):
    texts = {
        "a.txt": "Some 1.2 million people live in the valley. Varga, 58, has led the council for 11 years. "
                 "About 40 minutes after the siren, the water arrived.\n",
        "b.txt": "The valley's estimated 1.2 million residents waited. Varga, aged 58, spoke.\n",
    }
    sheet = load(text=built(tmp_path, texts)[0])
    figures = {(q.value, q.approximate) for q in sheet.quantities if not q.measure == "age"}
    assert {(1_200_000, True), (11, False), (40, True)} <= figures
    assert not any(q.value == 58 and q.measure != "age" for q in sheet.quantities)  # an age is no length
    (led,) = [q for q in sheet.quantities if q.value == 11]
    assert led.what.startswith("led, in years") and sheet.measures[led.measure].cues == (("led",),)


def test_events_of_one_verb_are_told_apart_by_its_object(tmp_path):
    texts = {
        "a.txt": "Mayor Ilse Varga joined the council in 2010. Varga said little.\n",
        "b.txt": "Mayor Ilse Varga joined the Greens in 2004 and joined the council in 2010.\n",
        "c.txt": "Mayor Ilse Varga, who joined the party in 2004, spoke.\n",
    }
    toml_text, report = built(tmp_path, texts)
    events = {str(e.date): e.cues for e in load(text=toml_text).events}
    assert events["2010"] == (("join",), ("council",))
    assert not [line for line in report if line.startswith("to resolve")]  # no source contradicts another


STYLE = sheet_head("house-style", "House spellings", "2031-01-01", (("guide", "The newsroom's style guide"),)) + """
[[people]]
id = "horvat"
name = "Marta Horvath"
variants = ["Horvat", "Marta Horvat"]
sources = ["guide"]
[[places]]
id = "kyiv"
name = "Kyiv"
variants = ["Kiev", "Kyjiw"]
sources = ["guide"]
"""


def test_a_newsroom_style_file_decides_house_spellings_over_the_sources_majority(tmp_path):
    texts = {
        "a.txt": "Minister Marta Horvat arrived in Kiev on Tuesday.\n",
        "b.txt": "Minister Marta Horvat spoke in Kiev on Tuesday.\n",
        "c.txt": "Minister Marta Horvat left Kyiv on Tuesday. Sea spray hit Varna; others say Warna.\n",
    }
    style = tmp_path / "style.toml"
    style.write_text(STYLE)
    folder = tmp_path / "sources"
    folder.mkdir()
    toml_text, report = built(folder, texts)
    assert {p.name for p in load(text=toml_text).places} >= {"Kiev"}  # without the style: the majority's
    toml_text, report = build(sorted(folder.iterdir()), dt.date(2031, 4, 10), style=load(style))
    sheet = load(text=toml_text)
    kyiv = next(p for p in sheet.places if p.name == "Kyiv")
    assert set(kyiv.variants) == {"Kiev", "Kyjiw"}
    (horvath,) = sheet.people
    assert horvath.name == "Marta Horvath" and "Horvat" in horvath.variants
    assert any(line.startswith("spelling: 'Kyiv' (1 source) against 'Kiev' (2 sources") and "(the house style)" in line
               for line in report)


def test_sources_tied_on_a_spelling_are_said_to_choose_none(tmp_path):
    texts = {"a.txt": "Talks were held in Odessa on Friday.\n", "b.txt": "Talks were held in Odesa on Friday.\n"}
    _, report = built(tmp_path, texts)
    assert any("'Odesa'" in line and "'Odessa'" in line and "no majority: choose the house form, or give --style"
               in line for line in report)


def test_shares_are_proposed_by_whose_they_are_and_an_event_by_the_noun_its_day_owns(tmp_path):
    texts = {
        "a.txt": "---\ndate: 2031-09-15\n---\nThe Farmers' Alliance won Sunday's vote with 31.2%, ahead of the "
                 "Harbour Party on 22.5%. Turnout was 64.8%. The Alliance will hold 71 of the 150 seats.\n",
        "b.txt": "---\ndate: 2031-09-15\n---\nThe Farmers' Alliance took 31.2% in Sunday's vote and 71 seats.\n",
    }
    sheet = load(text=built(tmp_path, texts, as_of=None)[0])
    shares = {q.value: q.what for q in sheet.quantities if sheet.measures[q.measure].unit == "percent"}
    assert shares[31.2].startswith("Farmers' Alliance's share") and shares[64.8].startswith("turnout")
    assert any(q.value == 71 and "seats" in q.what for q in sheet.quantities)
    (vote,) = [e for e in sheet.events if str(e.date) == "Sunday 14 September 2031"]
    assert ("vote",) in vote.cues


def test_places_the_parse_names_by_a_place_noun_or_beside_a_known_place(tmp_path):
    texts = {
        "a.txt": "Rescuers reached Dolnia, a village in the hills, and the port city of Ostravo on Friday. Aid "
                 "trucks left from Sarvan and Mirelle.\n",
        "b.txt": "Flood Waters Reach Dolnia And Ostravo As Rescuers Race In\n\nThe army flew food to Dolnia.\n",
    }
    places = {p.name for p in load(text=built(tmp_path, texts)[0]).places}
    assert {"Dolnia", "Ostravo", "Sarvan", "Mirelle"} <= places
    assert not places & {"Flood Waters", "Rescuers Race"}  # a title-case line names nothing


def test_an_events_cue_matches_every_form_of_its_verb(tmp_path):
    texts = {"a.txt": "Judge Ana Rus jailed the mayor in 2019. Judge Ana Rus spent 2020 abroad.\n",
             "b.txt": "Judge Ana Rus released the files in 2021.\n"}
    events = {str(e.date): e.cues for e in load(text=built(tmp_path, texts)[0]).events}
    assert events["2019"] == (("jail",),) and events["2021"] == (("release",), ("files",))  # the mayor: who


def test_a_general_noun_is_measured_only_beside_the_verbs_its_figures_had(tmp_path):
    texts = {"a.txt": "Two helicopters lifted 15 people from rooftops on Tuesday.\n",
             "b.txt": "About 4,800 people remain out of their homes. Eight people are still missing.\n"}
    toml_text, report = built(tmp_path, texts)
    measures = {m.id: m for m in load(text=toml_text).measures.values()}
    assert measures["count-people"].cues == (("lift", "remain"),)
    assert not [line for line in report if line.startswith("to resolve")]  # 8 missing is no wrong "15 people"


def test_people_named_without_a_title_are_read_from_the_verbs_they_say_with(tmp_path):
    texts = {"a.txt": "Anna Berg said the dam would hold. The Civil Protection Department said it was ready. "
                      "Amnesty International said the warnings came late.\n",
             "b.txt": "Residents waited. Tomas Lind told reporters the water was falling. Berg, an engineer, agreed. "
                      "Lind added that help was coming.\n"}
    people = {p.name for p in load(text=built(tmp_path, texts)[0]).people}
    assert people == {"Anna Berg", "Tomas Lind"}  # each named again by the surname; no organisation is


def test_different_offices_of_one_person_are_roles_not_a_disagreement(tmp_path):
    texts = {"a.txt": "Cardinal Ana Sousa arrived on Tuesday.\n", "b.txt": "Archbishop Ana Sousa spoke on Tuesday.\n"}
    toml_text, report = built(tmp_path, texts)
    (sousa,) = load(text=toml_text).people
    assert {role.office for role in sousa.roles} == {"Cardinal", "Archbishop"}
    assert "# DISAGREEMENT:" not in toml_text and not any(line.startswith("title of") for line in report)


def test_a_name_never_runs_past_the_end_of_its_line(tmp_path):
    texts = {"a.txt": "Floods recede, says Mayor Ilse Varga\n\nOrsava counted its losses on Friday.\n",
             "b.txt": "Mayor Ilse Varga visited the dam on Friday.\n"}
    assert [p.name for p in load(text=built(tmp_path, texts)[0]).people] == ["Ilse Varga"]


def test_a_relation_to_a_person_is_a_claim(tmp_path):
    texts = {"a.txt": "Cardinal Ana Sousa is the successor to Pope Clement.\n",
             "b.txt": "Cardinal Ana Sousa, the successor to Pope Clement, spoke on Tuesday. She paid a visit to "
                      "Rome.\n"}
    claims = {c.subject: c.value for c in load(text=built(tmp_path, texts)[0]).claims}
    assert claims == {"Ana Sousa: successor to …": "Pope Clement"}  # a visit to Rome is no relation


def test_an_ordinal_tied_to_a_person_is_a_claim_with_its_neighbours_wrong(tmp_path):
    texts = {"a.txt": "Mayor Marta Ilves was elected on the third ballot on Tuesday. She is the 31st mayor. She is "
                      "also the first Estonian mayor. Her first words were short.\n",
             "b.txt": "Mayor Marta Ilves, the 31st mayor, took the chair on the third day of the session. Ilves was "
                      "elected on the third ballot.\n"}
    claims = {c.subject: (c.value, list(c.accepted), list(c.wrong))
              for c in load(text=built(tmp_path, texts)[0]).claims}
    assert claims == {
        "Marta Ilves: elect on the … ballot": ("the third ballot", ["third"],
                                             ["first ballot", "second ballot", "fourth ballot", "fifth ballot"]),
        "Marta Ilves: the … mayor": ("the 31st mayor", ["31st"],
                                     ["29th mayor", "30th mayor", "32nd mayor", "33rd mayor"]),
        "Marta Ilves: the first … mayor": ("Estonian", ["Estonian"], []),
    }  # the third day is a time, her first words are hers, not a rank


def test_a_pronoun_is_the_subject_of_the_sentence_before_not_a_middle_name_of_another(tmp_path):
    texts = {"a.txt": "Pope Clement died in March. Cardinal Anton Weiss was elected pope on Friday.\n",
             "b.txt": "Anton Clement Weiss was chosen on Friday to succeed Pope Clement. He is the first Austrian "
                      "pope.\n"}
    claims = {c.subject: c.value for c in load(text=built(tmp_path, texts)[0]).claims}
    assert claims.get("Anton Weiss: the first … pope") == "Austrian"


def test_a_place_noun_gives_its_place_a_kind_and_the_place_it_lies_in(tmp_path):
    texts = {"a.txt": "Shelling hit Lotrivka, a village in the Harvel region, on Tuesday. Officials in Harvel said "
                      "two people died.\n",
             "b.txt": "Lotrivka, a village in the Harvel region, was hit on Tuesday. The port city of Sarno was "
                      "quiet.\n"}  # few common words: a sentence, not a headline in title case
    places = {p.name: (p.kind, p.within) for p in load(text=built(tmp_path, texts)[0]).places}
    assert places["Lotrivka"] == ("village", "harvel") and places["Sarno"] == ("city", None)


def test_a_person_named_once_with_a_role_noun_is_a_speaker_with_that_role(tmp_path):
    texts = {"a.txt": '"We waited forty years for this," Harbour City coach Ingrid Solheim said on Saturday.\n',
             "b.txt": 'Coach Ingrid Solheim said: "We waited forty years for this."\n'}
    sheet = load(text=built(tmp_path, texts)[0])
    (solheim,) = sheet.people
    assert (solheim.name, [r.office for r in solheim.roles]) == ("Ingrid Solheim", ["Coach"])
    assert [(q.speaker, q.text) for q in sheet.quotes] == [("solheim", "We waited forty years for this")]


def test_a_list_a_place_noun_introduces_with_a_dash_or_a_colon_names_places(tmp_path):
    texts = {"a.txt": "At the summit, the envoys insisted that the north give up control of three key towns—Varnok, "
                      "Tesla Gora, and Oberin—all lands the south has long claimed.\n",
             "b.txt": "Talks stalled on Friday.\n"}
    places = {p.name for p in load(text=built(tmp_path, texts)[0]).places}
    assert {"Varnok", "Oberin"} <= places


def test_a_ministers_portfolio_is_part_of_the_office(tmp_path):
    texts = {"a.txt": "A court jailed former transport minister Ivan Kolar on Friday.\n",
             "b.txt": "Former Transport Minister Ivan Kolar was jailed on Friday; acting minister Mila Rus spoke.\n"}
    people = {p.name: {r.office for r in p.roles} for p in load(text=built(tmp_path, texts)[0]).people}
    assert people["Ivan Kolar"] == {"Transport Minister"}


def test_people_are_named_with_an_age_who_a_role_in_apposition_or_a_title_of_english_words(tmp_path):
    texts = {"a.txt": "Police detained the driver, Radek Vosmik, 47, on Friday. Marta Ilves, chair of the Transport "
                      "Accident Investigation Board, opened an inquiry. Vosmik's lawyer, Pavel Drosek, spoke to the "
                      "press. Chief Fire Officer Matej Sorn said his crews had gone into the burning building twice.\n",
             "b.txt": "Lenka Sobota, who was freed at noon, thanked the crews. Tobias Renwick taught music. Renwick's "
                      "mother, Gwen Renwick, spoke. Emil Dravko, a night watchman at the plant, survived. Helena "
                      "Marsh KC spoke at the Calderport Crown Court, which sat late. By Ada Lindqvar, in Telmora.\n"}
    sheet = load(text=built(tmp_path, texts)[0])
    offices = {p.name: {role.office for role in p.roles} for p in sheet.people}
    assert {"Radek Vosmik", "Marta Ilves", "Pavel Drosek", "Matej Sorn", "Lenka Sobota", "Gwen Renwick",
            "Emil Dravko"} <= set(offices)  # "Tobias Renwick" and "Gwen Renwick" are two people of one surname
    assert offices["Marta Ilves"] == {"chair of the Transport Accident Investigation Board"}
    assert offices["Pavel Drosek"] == {"lawyer"} and offices["Matej Sorn"] == {"Chief Fire Officer"}
    assert offices["Emil Dravko"] == set() and offices["Gwen Renwick"] == set()  # "a night watchman", "mother"
    assert not {"Crown Court", "Calderport Crown", "Ada Lindqvar"} & set(offices)  # an organisation; a byline
    assert len({p.id for p in sheet.people}) == len(sheet.people)


def test_a_quotations_pronoun_is_the_person_named_not_the_possessor_before(tmp_path):
    texts = {"a.txt": "Teodor Valcescu was convicted on Thursday. Valcescu's lawyer, Oana "
                      "Feltrin, said the defence would appeal. \"We will appeal every line of this judgment,\" she said.\n",
             "b.txt": "Teodor Valcescu, 61, was convicted on Thursday. Addressing Valcescu, Judge Ilse Marn said: "
                      "\"You sold the trust of a whole country.\"\n"}
    sheet = load(text=built(tmp_path, texts)[0])
    speakers = {q.text.rstrip("."): q.speaker for q in sheet.quotes}
    assert speakers["We will appeal every line of this judgment"] == "feltrin"
    assert speakers.get("You sold the trust of a whole country") != "valcescu"  # the judge's words, not his


def test_a_name_inside_an_earlier_quotation_is_no_pronouns_person(tmp_path):
    texts = {"a.txt": "Prime Minister Ilona Varga conceded on Sunday night. \"I called Tomas Redl to congratulate him,\" "
                      "she said.\n\nOn Monday she resigned as party leader. \"I take full responsibility for this "
                      "defeat,\" she said.\n",
             "b.txt": "Mayor Tomas Redl won the runoff, Prime Minister Ilona Varga said on Sunday.\n"}
    sheet = load(text=built(tmp_path, texts)[0])
    speakers = {q.text.rstrip("."): q.speaker for q in sheet.quotes}
    assert speakers["I take full responsibility for this defeat"] == "varga"


def test_a_name_set_beside_a_role_noun_is_a_person(tmp_path):
    (tmp_path / "a.md").write_text("The ferry's owner denied any fault. His lawyer, Benedikt Oravec, said the company "
                                   "would cooperate. Maren Lindgren, chair of the passengers' association, said the "
                                   "families wanted answers.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    assert {p.name for p in load(text=toml_text).people} == {"Benedikt Oravec", "Maren Lindgren"}


def test_a_quotation_of_several_sentences_is_attributed_where_it_ends(tmp_path):
    (tmp_path / "a.md").write_text("Health officials confirmed the outbreak on Friday. \"We have seen this virus "
                                   "before. We know how to stop it,\" Anton Reszel, director of the institute, told "
                                   "reporters in Tarnovets. Turning to the hospitals, Reszel said: \"Every bed is "
                                   "ready. Every nurse is on call.\"\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    speakers = {q.text.split(".")[0]: q.speaker for q in load(text=toml_text).quotes}
    assert speakers == {"We have seen this virus before": "reszel", "Every bed is ready": "reszel"}


def test_a_name_the_sources_make_an_adjective_of_is_a_place(tmp_path):
    (tmp_path / "a.md").write_text("Talks between Norvessa and its neighbour resumed on Monday. The Norvessan Foreign "
                                   "Minister said the border would reopen. Trade with Dalmora fell, Dalmoran "
                                   "shipping firms said.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    places = {p.name: p for p in load(text=toml_text).places}
    assert places["Norvessa"].kind == "country" and places["Norvessa"].adjectives == ("Norvessan",)
    assert "Dalmora" in places and places["Dalmora"].kind != "country"  # an adjective of firms, not of a nation


def test_a_date_between_subject_and_verb_dates_that_verb(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2031-03-14\n---\n\nProsecutors on Thursday charged the driver of the "
                                   "express train with negligent homicide.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    events = [e for e in load(text=toml_text).events if e.date.day == 13]
    assert len(events) == 1 and any(cue.startswith("charg") for group in events[0].cues for cue in group)


def test_a_rank_before_an_office_is_part_of_it(tmp_path):
    (tmp_path / "a.md").write_text("First Deputy Governor Tomas Reinholt voted for a smaller cut. Reinholt said so.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), AS_OF)
    person = next(p for p in load(text=toml_text).people if p.name == "Tomas Reinholt")
    assert [role.office for role in person.roles] == ["First Deputy Governor"]


def test_a_toll_the_parse_hangs_elsewhere_and_a_yearless_dateline_date_its_days(tmp_path):
    days = {"a": "ORLEN, Velmora, March 12 (Agency) - A train derailed outside Orlen on Thursday, killing 14 people.",
            "b": "ORLEN, March 13 (Wire) - Investigators said on Friday that the brakes had failed, as police detained "
                 "the driver and the death toll rose to 21.",
            "c": "ORLEN, March 14 (Agency) - Two more people died in hospital overnight, the ministry said, bringing "
                 "the toll to 23."}
    for name, text in days.items():
        (tmp_path / f"{name}.md").write_text(text + "\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), dt.date(2031, 3, 14))
    changing = {q.category: (q.value, [v.value for v in q.values]) for q in load(text=toml_text).quantities
                if q.changes}
    assert changing == {"killed": (23, [14, 21])}


def test_an_events_cues_say_what_happened_by_the_thing_its_verb_tells_of(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2031-09-18\n---\nThe trial opened on June 2 and heard 61 witnesses. In closing arguments on "
        "Sept. 12, prosecutors asked for ten years.\n")
    toml_text, _ = build(sorted(tmp_path.glob("*.md")), None)
    cues = {str(e.date): e.cues for e in load(text=toml_text).events}
    assert cues["Monday 2 June 2031"] == (("open",), ("trial",))
    assert cues["Friday 12 September 2031"] == (("argument",),)
