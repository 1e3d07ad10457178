"""Readings of a clause that tie a value to something other than the sheet's fact, found in the sixth batch of
coverage by other hands (a change of government, a cyclone, a truce, a fraud trial): each snippet beside one
the rule must still judge."""
from pathlib import Path

import pytest

from conftest import codes
from copydesk.facts import load

ROOT = Path(__file__).parent.parent
STORIES = ROOT / "tests" / "stories"
GOVERNMENT = load(STORIES / "velmora-government" / "facts.toml")
CYCLONE = load(STORIES / "santora-cyclone" / "facts.toml")
TRUCE = load(STORIES / "marevia-truce" / "facts.toml")
FRAUD = load(STORIES / "halvora-fraud" / "facts.toml")
POPE = load(ROOT / "examples" / "pope-leo" / "facts.toml")


def dated(day: str, sentence: str) -> str:
    return f"---\ndate: {day}\n---\n\n{sentence}\n"


@pytest.mark.parametrize("sentence, expected", [
    ("She met Agrarian Union leader Jozef Hradec on Tuesday.", []),  # a party's leader
    ("She met Deputy Prime Minister Jozef Hradec on Tuesday.", [("T102", 5, 9)]),
])
def test_the_leader_of_a_body_is_no_office_of_the_country(sentence, expected):
    assert codes(dated("2026-10-13", sentence), facts=GOVERNMENT) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Social Democratic Alliance and the Agrarian Union have 84 seats.", []),
    ("The Agrarian Union has 84 seats.", [("N101", 5, 24)]),
])
def test_a_figure_of_several_owners_is_none_of_theirs(sentence, expected):
    assert codes(dated("2026-10-16", sentence), facts=GOVERNMENT) == expected


def test_a_table_rows_figures_are_its_first_cells():
    table = "| Group | Seats | Vote |\n|---|---|---|\n| Velmoran Patriots | 22 | 20 against, 2 abstained |"
    assert codes(dated("2026-10-13", table), facts=GOVERNMENT) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The last to cause deaths, Cyclone Mbali in January 2023, killed four people.", []),  # another storm, named
    ("Parliament must approve any extension; the last emergency, declared after the landslides of 2016, lasted 45 "
     "days.", []),  # an earlier one of its kind, in a clause of its own
    ("The state of emergency was declared for 45 days.", [("N101", 5, 41)]),
])
def test_a_figure_of_another_storm_or_an_earlier_emergency_is_theirs(sentence, expected):
    assert codes(dated("2027-02-17", sentence), facts=CYCLONE) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By Wednesday evening it was 23 dead and 40 missing.", []),  # every day of the sentence is an earlier one
    ("Officials said 40 people were missing.", [("N103", 5, 16)]),
])
def test_a_figure_told_of_an_earlier_day_is_not_stale(sentence, expected):
    assert codes(dated("2027-02-19", sentence), facts=CYCLONE) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A total of 139,000 people had been evacuated since the storm approached the island on Sunday.", []),
    ("The cyclone season runs until the end of April.", []),  # the season's date, not the storm's
    ("The storm hit the island on Sunday.", [("D101", 5, 29)]),
])
def test_a_bound_or_a_modifier_is_not_the_storms_date(sentence, expected):
    assert codes(dated("2027-02-19", sentence), facts=CYCLONE) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A previous truce collapsed after 11 days.", []),  # a time up to something, not a length
    ("The negotiators had pushed for a 90-day ceasefire.", []),  # what one side wanted
    ("The deal was mediated by Oskaria over seven rounds of talks in Velm.", []),  # across them
    ("The deal was mediated by Oskaria over nine rounds of talks in Velm.", [("N101", 5, 39)]),
])
def test_a_bound_a_demand_or_a_span_of_rounds_is_no_misstated_figure(sentence, expected):
    assert codes(dated("2031-03-10", sentence), facts=TRUCE) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The 2019 truce, which Vennland brokered, lasted 11 days.", []),  # another year's truce
    ("The truce, which Vennland brokered, lasts 45 days.", [("C101", 5, 18)]),
])
def test_a_claim_told_of_another_years_occasion_is_not_the_storys(sentence, expected):
    assert codes(dated("2031-03-12", sentence), facts=TRUCE) == expected


@pytest.mark.parametrize("day, sentence, expected", [
    ("2031-03-10", "The deal commits the sides to talks in Velm starting no later than 1 April.", []),
    ("2031-03-11", "The next release is due on Thursday.", []),
    ("2031-03-13", "The rebels freed 24 hostages on Thursday, completing the second of three stages.", []),
    ("2031-03-13", "The rebels freed 24 hostages on Wednesday in the first stage.", [("D101", 5, 33)]),
    ("2031-03-10", "The talks in Velm began on 1 April.", [("D101", 5, 28)]),
])
def test_a_plan_a_bound_or_a_stages_own_day_is_not_a_wrong_date(day, sentence, expected):
    assert codes(dated(day, sentence), facts=TRUCE) == expected


@pytest.mark.parametrize("sentence, expected", [
    ('Tomas Brevik, a law professor, followed the trial. "It was clear," Brevik said.', []),  # his own name
    ("Anselm Brevik was found guilty.", [("S102", 5, 8)]),
])
def test_a_name_the_draft_gives_someone_else_is_no_typo(sentence, expected):
    assert codes(dated("2031-09-15", sentence), facts=FRAUD) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The trial heard from the former Brask & Tollen audit partner Lorens Heidmark.", []),
    ("The trial heard from the Brask & Tollen audit partner Lorens Heidmark.", [("T102", 5, 41)]),
])
def test_former_before_the_name_of_a_body_qualifies_the_office(sentence, expected):
    assert codes(dated("2031-09-15", sentence), facts=FRAUD) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kostanj received a three-year suspended sentence, and Lorens Heidmark, the auditor, a two-year suspended "
     "sentence.", []),  # the figure after another person's name is theirs
    ("Kostanj received a two-year suspended sentence.", [("N101", 5, 20)]),
    ("Drevik was also fined two and a half million marks.", []),
    ("Drevik was also fined half a million marks.", [("N101", 5, 23)]),
])
def test_whose_figure_and_how_much(sentence, expected):
    assert codes(dated("2031-09-18", sentence), facts=FRAUD) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The 11,400 investors who lost money are many: 8,940 of them had registered claims.", []),
    ("Some 11,400 investors had registered claims.", [("N101", 5, 6)]),
])
def test_what_a_figure_counts_is_said_in_its_own_clause(sentence, expected):
    assert codes(dated("2031-09-15", sentence), facts=FRAUD) == expected


JUDGES_WORDS = ('"You built a company on promises you knew you could not keep, and you sold those promises to people '
                'who trusted you with their savings."')


@pytest.mark.parametrize("attribution, expected", [
    ("Addressing Drevik directly, the judge said:", []),  # the judge speaks, not Drevik
    ("Drevik said:", [("Q102", 5, 1)]),
])
def test_a_name_that_is_not_the_subject_of_the_verb_of_saying_is_not_the_speaker(attribution, expected):
    assert codes(dated("2031-09-18", f"{attribution} {JUDGES_WORDS}"), facts=FRAUD) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("He is the first pope to take the name Leo since Leo XIII.", []),
    ("Cardinal Carlos Castillo, the archbishop of Lima, voted in the conclave.", []),  # another's see
    ("The 117 cardinals aged 80 or over could not vote.", []),  # a group set apart by another figure
    ("If about 33 ballots fail, the vote goes to a runoff.", []),
    ("The cardinals who elected Francis in 2013 needed five ballots.", []),
    ("At 69 he is young enough without the prospect of a pontificate of 30 years.", []),
    ("The cardinals needed five ballots.", [("N101", 5, 22)]),
])
def test_a_conclave_of_another_year_a_condition_or_a_group_apart(sentence, expected):
    assert codes(dated("2025-05-09", sentence), facts=POPE) == expected


@pytest.mark.parametrize("day, sentence, expected", [
    ("2025-05-25", "Each side handed over 303 prisoners this afternoon.", []),  # the draft's own day, a later stage
    ("2025-05-23", "Each side handed over 303 prisoners this afternoon.", [("N101", 5, 23)]),
    ("2025-05-23", "No aid has been requested since President Donald Trump returned to the White House on January 20.",
     []),  # a person's coming back, not the prisoners'
    ("2025-05-23", 'A fact-check: "Former President Donald Trump congratulated both sides." He is not.', []),
    ("2025-05-23", "Former President Donald Trump congratulated both sides.", [("T101", 5, 1)]),
    ("2025-05-23", 'The claim that "the freed Russians were flown to Moscow" is false.', []),
    ("2025-05-23", "The freed Russians were flown to Moscow.", [("C101", 5, 31)]),
])
def test_today_a_persons_own_doing_and_words_in_quotation_marks(day, sentence, expected):
    assert codes(dated(day, sentence)) == expected


ELECTION = load(STORIES / "lenmark-election" / "facts.toml")
COLLAPSE = load(STORIES / "lindenau-collapse" / "facts.toml")
MURDER = load(STORIES / "renwick-murder" / "facts.toml")


@pytest.mark.parametrize("facts, day, sentence, expected", [
    # the seventh batch: an election night, a tower collapse, a murder trial
    (ELECTION, "2030-09-22", "A projection by KRT at 9:45 p.m. put the People's Union at 36.5 percent, down from "
     "46.2 percent at the last election in September 2025.", []),  # the sentence's kind of figure
    (COLLAPSE, "2026-10-15", "Three days after the tower collapsed, two people are in custody.", []),
    (COLLAPSE, "2026-10-16", "Built in 1979, the Lindenau Tower had 88 apartments and 212 registered residents.",
     []),  # the count's own words say what it counts
    (COLLAPSE, "2026-10-15", "Kestria recorded 212 building-related deaths in the decade after Dorna.", []),
    (COLLAPSE, "2026-10-15", "On Thursday Mayor Hana Kostelec suspended the office's head, Oskar Threnn, and said "
     'she would keep him suspended "until the inquiry tells us who signed what and when."', []),
    (MURDER, "2026-03-13", "It was Saturday the 22nd of March last year, just before midnight.", []),
    (MURDER, "2026-03-13", "It was Friday the 22nd of March last year, just before midnight.", [("D102", 5, 8)]),
    (MURDER, "2026-03-13", "Mr Renwick, she said, stepped between the two men with his hands raised.", []),
    (MURDER, "2026-03-13", 'His mother, Gwen Renwick, said in a statement that "he was taken from us for nothing".',
     []),  # a statement is the family statement the sheet names
    (POPE, "2025-05-09", "The last man to use the name, Leo XIII, was elected on 20 February 1878 at the age of 67.",
     []),  # another Leo, another year
    (POPE, "2025-05-09", "Prevost was elected on 20 February.", [("D101", 5, 24)]),
    (POPE, "2025-05-09", "Pope Francis sent him back to the north in 2014 to lead the diocese.", []),
    (POPE, "2025-05-09", "That was a record: the conclaves of 2005 and 2013 each had 115 electors.", []),
    (POPE, "2025-05-09", "The conclave had 115 electors.", [("N101", 5, 18)]),
])
def test_another_kind_of_figure_another_time_or_another_person(facts, day, sentence, expected):
    assert codes(dated(day, sentence), facts=facts) == expected


REFERENDUM = load(STORIES / "lusarna-referendum" / "facts.toml")
DERAILMENT = load(STORIES / "brennick-derailment" / "facts.toml")


@pytest.mark.parametrize("facts, day, sentence, expected", [
    # the eighth batch: a referendum counted through the night, a derailment, more of the first two stories
    (REFERENDUM, "2030-10-16", "Turnout was 63.4%, far above the 46% recorded in the 2009 referendum on the electoral "
     "system.", []),  # a year in the figure's own participle clause
    (REFERENDUM, "2030-10-16", "Turnout was 46% in the referendum.", [("N101", 5, 13)]),
    (REFERENDUM, "2030-10-16", "The Green Union, which campaigned against the amendment and took 7% of the vote at the "
     "last parliamentary election, declined to join.", []),  # an earlier election, on the figure's own phrase
    (REFERENDUM, "2030-10-16", "The No side won 41.8% of the valid votes.", [("N101", 5, 17)]),
    (REFERENDUM, "2030-10-16", "Its president, Helena Marr, said a first hearing would be held on Oct. 23.", []),
    (REFERENDUM, "2030-10-16", "President Helena Marr said a first hearing would be held on Oct. 23.", [("T102", 5, 1)]),
    (REFERENDUM, "2030-10-16", '"The opposition lost," said Teodor Brask, the president\'s spokesman.', []),
    (DERAILMENT, "2026-03-12", "The locomotive and four of the train's seven carriages came off the track; two carriages "
     "overturned into a cutting.", []),  # a part of the whole the paragraph gives
    (DERAILMENT, "2026-03-12", "The train had two carriages.", [("N101", 5, 15)]),
    (DERAILMENT, "2026-03-14", "The driver, Radek Vosmik, 47, has driven for Velmora National Railways for 19 years.",
     []),  # his service, not his age
    (POPE, "2025-05-09", "> **OTIENO:** An American pope. Should Africans be disappointed?", []),
    (POPE, "2025-05-09", 'Students had Friday off "in honor of the first American pope," she said.', []),
    (POPE, "2025-05-09", "Had all 135 eligible cardinals voted, the bar would have been 90.", []),
    (POPE, "2025-05-09", "The last pope of that name, Leo XIII, reigned from 1878 to 1903.", []),
    (POPE, "2025-05-09", "Prevost took the name Leo XIII.", [("C101", 5, 23)]),
    (None, "2025-05-24", "Each side freed 307 people on Saturday, just 24 hours after 390 soldiers and civilians "
     "apiece crossed the border.", []),
    (None, "2025-05-24", "On Friday each side freed 380 prisoners.", [("N101", 5, 27)]),
    (None, "2025-05-23", "> **Donald J. Trump** @realDonaldTrump · Truth Social\n> Congratulations to both sides on "
     "this negotiation. This could lead to something big???", []),  # a post's header line is no part of it
])
def test_a_kind_a_year_a_part_or_a_post_header_of_their_own(facts, day, sentence, expected):
    assert codes(dated(day, sentence), facts=facts) == expected


RATES = load(STORIES / "kalvoria-rates" / "facts.toml")
TAKEOVER = load(STORIES / "dunmore-takeover" / "facts.toml")
CRASH = load(STORIES / "port-aldane-crash" / "facts.toml")
ERUPTION = load(STORIES / "orvath-eruption" / "facts.toml")
MINE = load(STORIES / "korvana-mine" / "facts.toml")
STRIKE = load(STORIES / "karvenia-strike" / "facts.toml")


@pytest.mark.parametrize("facts, day, sentence, expected", [
    # the ninth batch: a central bank's rate decision, a mine collapse, a transport strike, more of the first two
    (RATES, "2025-11-07", "Inflation was 3.4% in October, against a 3% target.", []),  # the month's own figure
    (RATES, "2025-11-10", "With inflation at 3.4% in October, the real rate is still close to 3%.", []),
    (RATES, "2025-11-07", "Inflation was 4.1% in September.", []),  # an undated figure among its measure's
    (RATES, "2025-11-07", "The Statistical Office said on Tuesday that inflation fell to 3.9%.", [("N101", 5, 63)]),
    (MINE, "2030-10-17", "Governor Teodor Halmi chaired the crisis staff.", []),  # short for Governor of Dravnik
    (MINE, "2030-10-17", "The governor, Teodor Halmi, declared three days of mourning.", []),
    (MINE, "2030-10-17", "Mines Minister Teodor Halmi chaired the crisis staff.", [("T102", 5, 1)]),
    (MINE, "2030-10-17", "Addressing Ilvesky, Governor Teodor Halmi said the region would pay.", []),  # Halmi's
    (MINE, "2030-10-17", "He met Ilvesky, the governor, on Thursday.", [("T102", 5, 8)]),
    (STRIKE, "2026-03-10", 'Opposition leader Dusan Kral said the ministry had "wasted two days" by not intervening '
     'before the strike began.', []),  # the strike only places the days in time
    (STRIKE, "2026-03-12", "The strike lasted two days.", [("N101", 5, 19)]),
    (STRIKE, "2026-03-09", "Workers began a five-day strike, the first national rail strike since November 2019 and the "
     "biggest stoppage since the nine-day walkout of 2008.", []),  # another walkout than the one of 2019
    (STRIKE, "2026-03-09", "The 2019 strike began in October 2019.", [("D101", 5, 26)]),
    (STRIKE, "2026-03-10", "It was the first time since 2014 that the court was asked to block a walkout of this size; "
     "that year it halted a national dockworkers' walkout.", []),  # the event's words in another clause
    (STRIKE, "2026-03-10", "It was the first national rail walkout since 2014.", [("D103", 5, 46)]),
    (STRIKE, "2026-03-12", "The union says 74,000 workers are out. KarRail employs about 82,000 people in all.",
     []),  # what the company does, in a sentence that says nothing of the strike
    (STRIKE, "2026-03-12", "The union says 82,000 workers are out.", [("N101", 5, 16)]),
    (STRIKE, "2026-03-12", "Some 74,000 workers walked out. The union said its count included some 82,000 workers.",
     [("N101", 5, 72)]),  # a common noun's object may be the story's own figure
    (STRIKE, "2026-03-12", "The union says 74,000 workers are out. The company, which employs about 82,000 people, "
     "has not said how many of them reported.", []),  # the object of the company's relative clause
    (STRIKE, "2026-03-12", "The union says 74,000 workers are out. The walkout, which involves some 82,000 workers, goes "
     "on.", [("N101", 5, 73)]),
    (STRIKE, "2026-03-12", "The union says 74,000 workers are out. Some 82,000 workers took part, it said.",
     [("N101", 5, 45)]),
    (RATES, "2025-11-10", "He pointed to wage growth of 7.2%, well above the 4.5% he considers consistent with the "
     "target.", []),  # a view of a figure
    (RATES, "2025-11-10", "Core inflation stood at 4.5% in the third quarter, well above the target.",
     [("N101", 5, 25)]),
    # the tenth batch: an airliner crash, a takeover battle, a volcanic eruption, more of the first two stories
    (STRIKE, "2026-03-11", "The union says 74,000 workers are out.", []),  # the newest value may be this day's
    (STRIKE, "2026-03-11", "The union says 78,000 workers are out.", [("N101", 5, 16)]),
    (STRIKE, "2026-03-09", "The union says 74,000 workers are out.", [("N101", 5, 16)]),  # not yet on the 9th
    (POPE, "2025-05-09", "In January 2023 Francis called him to Rome, and in September of that year made him a "
     "cardinal.", []),  # that year is 2023
    (POPE, "2025-05-09", "In January 2023 Francis called him to Rome, and in September 2024 made him a cardinal.",
     [("D101", 5, 52)]),
    (POPE, "2025-05-09", "Among the electors was Cardinal Kevin Farrell, 77, who as camerlengo announced Francis's "
     "death on Easter Monday.", []),  # he announced a death, not the election
    (POPE, "2025-05-09", "Cardinal Kevin Farrell announced the election from the balcony.", [("C101", 5, 16)]),
    (POPE, "2025-05-09", "Friedrich Merz, who was sworn in as chancellor on Tuesday after failing in the first round "
     "of voting in the Bundestag, wished Leo strength.", []),  # his own doing, in his relative clause
    (POPE, "2025-05-09", "Prevost was elected on the first ballot.", [("C101", 5, 28)]),
    (None, "2025-05-23", "The prisoner exchange of 19 April, when 246 prisoners went home on each side, was the "
     "largest.", []),  # the occasion its when-clause counts is another
    (None, "2025-05-23", "The prisoner exchange of 19 April, when 390 prisoners went home on each side, was the "
     "largest.", [("D101", 5, 26)]),
    (None, "2025-05-23", "The swap went ahead; before that, 246 prisoners on each side went home.", []),  # earlier
    (None, "2025-05-23", "The swap went ahead on Friday. Before that, 246 prisoners on each side went home.", []),
    (None, "2025-05-23", "The swap went ahead; on Friday, 246 prisoners on each side went home.", [("N101", 5, 33)]),
    (None, "2025-05-23", "- Nato foreign ministers met in Antalya last week ahead of the summit.", []),  # a body's
    (None, "2025-05-23", "Russian and Ukrainian delegations met in Antalya last week.", [("C101", 5, 42)]),
    (None, "2025-05-23", "Umerov and Medinsky met in Antalya last week.", [("C101", 5, 28)]),  # may be the story's
    (None, "2025-05-24", '**Claim 5: "Zelensky said the swap could lead to something big."**', []),  # a claim
    (None, "2025-05-24", 'Trump wrote: "This could lead to something huge???"', [("Q101", 5, 15)]),
    (TAKEOVER, "2026-03-09", "It was the largest hostile bid since Norrland Paper's approach for Ostwick Mills in June "
     "2017, a fight that dragged on for five months.", []),  # the fight's length, not the time since
    (None, "2025-05-23", "They were the first direct talks between Russia and Ukraine in five years.", [("D103", 5, 64)]),
    (TAKEOVER, "2026-03-12", "The biggest shareholder, with fourteen point six per cent, says it will study both offers.",
     []),  # a decimal said aloud
    (TAKEOVER, "2026-03-12", "The biggest shareholder, the National Pension Reserve, with 16 per cent, says it will "
     "study both offers.", [("N101", 5, 61)]),
    (TAKEOVER, "2026-03-10", "Dunmore offered 42.50 crowns a share. Korvel shares closed at 41.10 crowns, below the "
     "offer.", []),  # prices move: decimals are no count
    (TAKEOVER, "2026-03-10", "Rescuers found 52 survivors. By evening, 53 survivors were in hospital.", [("I102", 5, 42)]),
    (CRASH, "2026-10-16", "Two inbound flights, one from Velsk and one from Hollin, are holding over the sea.", []),
    (CRASH, "2026-10-16", "The plane, arriving from Velsk, came down short of the runway.", [("C101", 5, 21)]),
    (CRASH, "2026-10-17", "The type crashed once before, in 2019, at Okresh in Ulmeria, in fog. Fifty-seven people "
     "died.", []),  # the Okresh crash's figure, exactly
    (CRASH, "2026-10-17", "The type crashed once before, in 2019, at Okresh. Fifty-seven people died in Friday's "
     "crash.", [("N101", 5, 51)]),
    (ERUPTION, "2030-10-10", "Last night the figures were six dead and nine missing.", []),  # last night's
    (ERUPTION, "2030-10-10", "The ministry says eight dead and nine missing.", [("N103", 5, 34)]),
    (TAKEOVER, "2026-03-09", "**12:40** Korvel is still trading below the offer, up 30.2% on the day.", []),  # that hour's
    (TAKEOVER, "2026-03-09", "Korvel closed below the offer, up 30.2% on the day.", [("N101", 5, 35)]),
    (REFERENDUM, "2030-10-14", "By 6 a.m., with 97.3% of ballots counted, the count went on.", []),  # between 41.8 and 100
    (REFERENDUM, "2030-10-14", "With 97.3% of ballots counted, the count went on.", [("N101", 5, 6)]),
    (REFERENDUM, "2030-10-13", "By 11 p.m., with 97.3% of ballots counted, the count went on.", [("N101", 5, 18)]),
    (STRIKE, "2026-03-11", "- Nurses: 7.5% over two years, agreed in January.", []),  # 'unless' anywhere in it
    (STRIKE, "2026-03-11", "- The union: 11% over two years, agreed in January.", [("D101", 5, 44)]),
    (POPE, "2025-05-09", "At Leo High School, a Catholic boys' school named for Leo XIII, students changed the sign.",
     []),  # a namesake, not the name
    (POPE, "2025-05-09", "Prevost chose the name Leo XIII.", [("C101", 5, 24)]),
    (POPE, "2025-05-09", "He was elevated to the rank of cardinal bishop in February 2025.", []),  # a bishop's rank
    (POPE, "2025-05-09", "He was made a cardinal in February 2025.", [("D101", 5, 27)]),
    (RATES, "2025-11-06", "It was the third cut since the bank began to unwind a tightening cycle, and the largest "
     "single reduction since the emergency cut of March 2020.", []),  # a since-date
    (RATES, "2025-11-06", "The bank began its easing cycle with a first cut in March 2025.", [("D101", 5, 53)]),
    (MINE, "2030-10-15", "It was a rock burst, a known hazard at depths beyond roughly 600 metres.", []),  # a bound
    (MINE, "2030-10-15", "The collapsed level lies roughly 600 metres down.", [("N101", 5, 34)]),
    (POPE, "2025-05-09", "After three days the cardinals pause, and further pauses follow every seven ballots.", []),
    (POPE, "2025-05-09", "It took seven ballots to elect him.", [("N101", 5, 9)]),
    (POPE, "2025-05-09", "White smoke: we have a pope, elected on the first ballot of the afternoon.", []),
    (POPE, "2025-05-09", "White smoke: we have a pope, elected on the first ballot.", [("C101", 5, 45)]),
    (None, "2025-05-24", 'Trump wrote on Friday: "A major prisoners swap was just completed between Russia and '
     'Ukraine. This could lead to something big???" Zelensky said: "We are bringing our people home."', []),
    (None, "2025-05-24", 'Zelensky wrote on Friday: "A major prisoners swap was just completed between Russia and '
     'Ukraine." Trump said: "We are bringing our people home."', [("Q102", 5, 1), ("Q102", 5, 99)]),
    (None, "2025-05-24", "Send us tips. Yesterday's edition incorrectly gave the length of the Istanbul talks as "
     "four hours; they lasted about two.", []),  # a correction, wherever it stands
    (None, "2025-05-24", "Send us tips. The talks in Istanbul lasted four hours.", [("N101", 5, 44)]),
    (None, "2025-05-23", "Ukrainians were returned in a deal brokered by Turkey, and on May 6 the two sides traded 205 "
     "prisoners each.", []),  # a clause of its own subject dates its own act
    (None, "2025-05-23", "Ukrainians were returned in a deal brokered by Turkey, and on May 6 the two sides agreed the "
     "deal.", [("D101", 5, 63)]),
    (POPE, "2025-05-09", "Francis was elected in 2013 and Benedict in 2005. Both of those conclaves had 115 electors.",
     []),  # several occasions of its kind
    (POPE, "2025-05-09", "The conclave had 115 electors.", [("N101", 5, 18)]),
    (POPE, "2025-05-09", "| Cardinal electors | 133 (of 252 cardinals) |", []),  # the whole of a part
    (POPE, "2025-05-09", "| Cardinal electors | 252 cardinals |", [("N101", 5, 23)]),
    (MINE, "2030-10-17", "The last four were brought up on Thursday, ending a four-day rescue in which 33 of the 38 "
     "trapped miners were saved.", []),  # the rescue's length
    (MINE, "2030-10-17", "The governor declared a four-day mourning period.", [("N101", 5, 25)]),
    (RATES, "2025-11-06", "The 2026 budget assumes a deficit of 3.4% of GDP, down from 3.9% forecast for this year.",
     []),  # the deficit's value, not growth's
    (RATES, "2025-11-06", "The bank cut its growth forecast for this year to 3.9%.", [("N101", 5, 51)]),
    (RATES, "2025-11-06", "The budget assumes a deficit of 3.4% of GDP next year, down from 3.9% forecast for this "
     "year.", []),  # an earlier value, however the parse hangs it
    (RATES, "2025-11-08", "A deficit forecast at 3.9% of GDP this year is too high.", []),  # the deficit's level
    (RATES, "2025-11-07", "In the euro area the real rate is roughly zero; in Vastria, with its rate at 4.50% and "
     "inflation just under 3%, it's about one and a half.", []),  # a place the sheet does not know
    (RATES, "2025-11-07", "In Kalvoria, with inflation just under 3%, the bank cut.", [("N101", 5, 40)]),
    (RATES, "2025-11-07", "The deputy governor and two external members, Mirela Kastanek and Bogdan Tiras, wanted a "
     "smaller cut.", []),  # the named few
    (RATES, "2025-11-07", "The committee has two members.", [("N101", 5, 19)]),
])
def test_a_months_figure_a_short_title_and_more_of_their_own(facts, day, sentence, expected):
    assert codes(dated(day, sentence), facts=facts) == expected


CONFIDENCE = load(STORIES / "vardania-confidence" / "facts.toml")
CYBERATTACK = load(STORIES / "santara-cyberattack" / "facts.toml")
# chief executives, one of them written without the company (as `facts build` proposes when no source names it)
CHIEF_EXECUTIVES = load(text="""schema = 1
[story]
id = "takeover"
title = "A takeover"
as_of = 2026-03-12
[[sources]]
id = "wire"
file = "wire.md"
outlet = "Wire"
[[organisations]]
id = "dunmore"
name = "Dunmore Industries"
sources = ["wire"]
[[people]]
id = "renkvist"
name = "Tobias Renkvist"
sources = ["wire"]
[[people.roles]]
office = "Chief Executive of Dunmore Industries"
sources = ["wire"]
[[people]]
id = "aldana"
name = "Marguerite Aldana"
sources = ["wire"]
[[people.roles]]
office = "Chief Executive"
sources = ["wire"]
[[people]]
id = "brannvik"
name = "Lotte Brannvik"
sources = ["wire"]
[[people.roles]]
office = "Chief Investment Officer"
sources = ["wire"]
""", path="takeover.toml")


@pytest.mark.parametrize("facts, day, sentence, expected", [
    (CONFIDENCE, "2029-10-16", "The Liberal Party, which held 17 seats, quit the coalition in 2016.",
     []),  # a figure in the relative clause of a name the sheet lacks
    (CONFIDENCE, "2029-10-16", "Before the Agrarian Union quit, the coalition held 17 seats.", [("N101", 5, 52)]),
    (CONFIDENCE, "2029-10-19", "Polish 10-year yields closed the week little changed at 4.12%, and Romania's at "
     "6.71%.", []),  # the possessive of a place the sheet lacks, right before the figure
    (CONFIDENCE, "2029-10-19", "Vardania's 10-year yield ended the week at 6.71%.", [("N101", 5, 44)]),
    (CONFIDENCE, "2029-10-17", "President Korvath now consults party leaders. She appoints a caretaker prime minister "
     "and dissolves the Assembly.", []),  # what a coordinated verb acts on is not who appoints
    (CONFIDENCE, "2029-10-17", "The Speaker appoints a caretaker prime minister.", [("C101", 5, 5)]),
    (CONFIDENCE, "2029-10-17", "The motion passed on Tuesday with 127 votes. In March 2016 the government of Jan Rudanek "
     "lost a no-confidence vote by 131 votes to 102.", []),  # another year's vote contradicts nothing
    (CONFIDENCE, "2029-10-17", "The motion passed with 127 votes. Officials later said it passed with 129 votes.",
     [("I102", 5, 71)]),
    (CYBERATTACK, "2030-03-13", "A smaller attack on two clinics in Port Selen exposed 80,000 records.",
     []),  # a place's name, not Marta Velen's misspelt
    (CYBERATTACK, "2030-03-13", "Agency director Selen said the attack was contained.", [("S102", 5, 17)]),
    (POPE, "2025-05-08", "Black smoke ended the morning's two rounds of voting.", []),
    (POPE, "2025-05-08", "Prevost was elected after two ballots.", [("N101", 5, 27)]),
    (POPE, "2025-05-08", "He was elected on the fourth ballot, one ballot fewer than the five it took in 2013.",
     []),  # a difference between two counts
    (POPE, "2025-05-09", "Only a week ago the Roman papers all but announced Cardinal Pietro Parolin as the successor.",
     []),  # the one announced, not the one who announced
    (POPE, "2025-05-09", "Parolin announced the election from the balcony.", [("C101", 5, 1)]),
    (POPE, "2025-05-09", "Gioacchino Pecci, elected in February 1878 on the third ballot, aged 67, and known as Leo "
     "XIII, was expected to be a caretaker. He reigned for 25 years.", []),  # someone the sheet lacks, and "he"
    (POPE, "2025-05-09", "Francis was elected in 2013. He led the Church for 25 years.", [("N101", 5, 52)]),
    (None, "2025-05-24", "The 175-for-175 exchange of 19 March followed a phone call.", []),  # another exchange
    (None, "2025-05-24", "The prisoner exchange of 19 March freed 390 people on each side.", [("D101", 5, 26)]),
    (None, "2025-05-24", "*May 24, 2025:* An earlier version said the freed Russians had been flown directly to "
     "Moscow.", []),  # a correction under its date
    (None, "2025-05-24", "The freed Russians were flown directly to Moscow.", [("C101", 5, 40)]),
    (CHIEF_EXECUTIVES, "2026-03-12", "Dunmore chief executive Tobias Renkvist said the offer was fair.",
     []),  # his office, with its company before it
    (CHIEF_EXECUTIVES, "2026-03-12", "Chief executive Tobias Renkvist said the offer was fair.", []),  # and without it
    (CHIEF_EXECUTIVES, "2026-03-12", "Chief executive Lotte Brannvik said the offer was fair.", [("T102", 5, 1)]),
])
def test_a_remainder_a_morning_a_doer_or_another_year_of_their_own(facts, day, sentence, expected):
    assert codes(dated(day, sentence), facts=facts) == expected


@pytest.mark.parametrize("facts, day, sentence, expected", [
    (None, "2025-05-24", "Moscow has not accepted the 30-day ceasefire Ukraine agreed to in March.",
     []),  # a preposition left without its noun: the act of a relative clause on the ceasefire
    (None, "2025-05-24", "At the talks in Istanbul, the sides agreed on 15 May to a 1,000-for-1,000 exchange.",
     [("D101", 5, 47)]),
    (TAKEOVER, "2026-03-12", "Before the bid, Korvel had lost about a fifth of its value in a year.",
     []),  # the change over a year, not a day's
    (TAKEOVER, "2026-03-12", "Korvel had lost about a fifth of its value on Wednesday.", [("N101", 5, 23)]),
    (REFERENDUM, "2030-10-15", "Before midnight Yes was at 54.1 percent with about two-fifths of the ballots counted.",
     []),  # a partial count, and how much of it was counted
    (REFERENDUM, "2030-10-15", "In the partial count No had about two-fifths of the vote.", [("N101", 5, 35)]),
    (REFERENDUM, "2030-10-15", "In the final result Yes won 54.1 percent.", [("N101", 5, 29)]),
    (None, "2025-05-24", '**Claim 4: Trump said the swap "will lead to something big."**',
     []),  # the claim a fact-check checks
    (None, "2025-05-24", 'Trump said the swap "will lead to something big."', [("Q101", 5, 22)]),
    (POPE, "2025-05-09", "John Paul I was chosen on the fourth in August 1978, but his successor, John Paul II, "
     "needed eight that October.", []),  # the successor named is someone the sheet does not know
    (POPE, "2025-05-09", "Benedict's successor, Leo XIV, greeted the crowd.", [("C101", 5, 1)]),
])
def test_a_stranded_preposition_or_a_years_change_of_their_own(facts, day, sentence, expected):
    assert codes(dated(day, sentence), facts=facts) == expected

BUDGET = load(STORIES / "dalvenia-budget" / "facts.toml")
FINAL = load(STORIES / "osmarian-cup-final" / "facts.toml")
HOSTAGES = load(STORIES / "kelmara-hostages" / "facts.toml")
QUAKE = load(STORIES / "castelmonte-quake" / "facts.toml")


@pytest.mark.parametrize("facts, day, sentence, expected", [
    (FINAL, "2027-05-30", "Brenholm seemed to have won the final when Rask scored late on.",
     []),  # what only seemed so
    (FINAL, "2027-05-30", "Brenholm won the final when Rask scored late on.", [("C101", 5, 1)]),
    (FINAL, "2027-05-30", "The Castadian club beat Athletic Brenholm 4-3 on penalties in the final.",
     []),  # the one a winner's verb acts on is no winner
    (FINAL, "2027-05-30", "Athletic Brenholm beat the Castadian club 4-3 on penalties in the final.",
     [("C101", 5, 10)]),
    (FINAL, "2027-06-02", "Each finalist was allocated 18,000 tickets. The figure of 70,000 appears to come from a fan forum.", []),
    (FINAL, "2027-06-02", "Each finalist was allocated 70,000 tickets.", [("N101", 5, 29)]),
    (FINAL, "2027-05-29", "38 people were injured in the crush, 21 of them taken to hospital and three in a "
     "critical condition.", []),  # the cue is the later figure's
    (FINAL, "2027-05-29", "38 people were in a critical condition after the crush.", [("N101", 5, 1)]),
    (BUDGET, "2027-10-27", "The Fiscal Council said the government's forecast of 1.8% growth next year was too rosy.",
     []),  # the government's figure, not the council's
    (BUDGET, "2027-10-27", "The Fiscal Council forecast growth of 1.8% next year.", [("N101", 5, 39)]),
    (BUDGET, "2027-10-31", "The government promised a deficit under 3%, kept that promise for two days, and got "
     "its budget through parliament.", []),  # a promise, not a result
    (BUDGET, "2027-10-25", "The ministry expects the VAT rise to bring in 1.9 billion marks a year, roughly a quarter "
     "of next year's deficit.", []),  # a part of the deficit, not the deficit as a share of GDP
    (BUDGET, "2027-10-31", "The last three budgets all passed in December.", []),  # several of its kind
    (BUDGET, "2027-10-31", "The 2028 budget passed in December.", [("D101", 5, 27)]),
    (POPE, "2025-05-09", "Francis was chosen on the fifth ballot, on March 13.", []),  # another pope's election
    (POPE, "2025-05-09", "Prevost was chosen on the fourth ballot, on March 13.", [("D101", 5, 45)]),
    (POPE, "2025-05-09", "Of the 135 cardinals under 80 and entitled to vote, two stayed away, leaving 133 in the "
     "chapel.",
     []),  # the whole the 133 voters are part of
    (POPE, "2025-05-09", "The 135 cardinal electors voted in the conclave.", [("N101", 5, 5)]),
    (POPE, "2025-05-09", "Three ballots were enough to show the cardinals that no favourite could reach 89 votes.", []),  # a sufficiency
    (POPE, "2025-05-09", "It took three ballots to elect Prevost.", [("N101", 5, 9)]),
    (HOSTAGES, "2027-10-21", "For comparison, the two engineers seized in 2019 were held for 214 days.",
     []),  # a subject another year dates
    (HOSTAGES, "2027-10-21", "The five foreigners seized in September were held for 44 days.", [("N101", 5, 55)]),
    (None, "2025-05-24", "In March, US and Ukrainian delegations meeting in Jeddah agreed on a ceasefire.",
     []),  # a sentence of another month, of the venue of the talks of 16 May
    (None, "2025-05-24", "The direct talks were held in Jeddah.", [("C101", 5, 31)]),
])
def test_a_hedge_a_doer_a_later_figures_cue_or_another_occasion_of_their_own(facts, day, sentence, expected):
    assert codes(dated(day, sentence), facts=facts) == expected


LIVE_BLOG = """---
date: 2025-05-25
---

**Sunday 25 May, 18:22**

In the third stage, the Defence Ministry says 303 servicemen have been returned.

**Saturday 24 May, 19:40**

In the second stage, Moscow confirms that 307 servicemen were returned.

**Friday 23 May, 22:10**

Russia and Ukraine each freed 390 prisoners today in the first stage of the exchange.
"""


def test_a_live_blogs_entries_speak_from_the_day_of_their_stamp():
    assert codes(LIVE_BLOG) == []
    unstamped = "\n".join(line for line in LIVE_BLOG.splitlines() if not line.startswith("**")) + "\n"
    assert [code for code, _, _ in codes(unstamped)] == ["I102", "D101"]


def test_a_timeline_rows_figures_are_of_its_day():
    table = ("---\ndate: 2031-03-31\n---\n\n| When | What happened |\n|---|---|\n"
             "| Fri 28 March, evening | The earthquake's toll reaches {} dead |\n")
    assert codes(table.format(144), facts=QUAKE) == []
    assert [code for code, _, _ in codes(table.format(144).replace("Fri 28 March, evening", "Evening"),
                                         facts=QUAKE)] == ["N103"]


ESCAPE = load(STORIES / "luskovo-escape" / "facts.toml")
AIRLINE = load(STORIES / "marvair-collapse" / "facts.toml")
SUMMIT = load(STORIES / "amber-sea-summit" / "facts.toml")


@pytest.mark.parametrize("facts, day, text, expected", [
    (ESCAPE, "2028-10-11", "## How many men escaped?\n\nForty-three. The Prison Service first said 41, but revised the "
     "figure on Monday after a headcount found two men wrongly listed as in the infirmary.\n\nIn 2016 six inmates "
     "escaped from Luskovo in a laundry van.", []),  # an earlier year's figure is judged only where it is named
    (AIRLINE, "2028-10-19", "By Thursday evening 17,250 Marvair passengers were still abroad. That is down from 47,800 "
     "on Monday, when the airline collapsed.\n\nWhen Pellinor Air collapsed in 2009, about 9,000 passengers were "
     "stranded.", []),
    (AIRLINE, "2028-10-19", "On Thursday evening 12,750 Marvair passengers were still stranded abroad.",
     [("N101", 5, 21)]),  # a day in the course of a figure the sheet keeps day by day
    (ESCAPE, "2028-10-13", "Several accounts claimed that a group of escapees had crossed into Dalmora, Pellaria's "
     "other neighbour.", []),  # a claim reported, not made
    (ESCAPE, "2028-10-13", "A group of escapees crossed into Dalmora, Pellaria's other neighbour.", [("C101", 5, 34)]),
    (ESCAPE, "2028-10-10", "Three men knocked on the door of the Pension Dorna on Monday afternoon.",
     []),  # a name of its own, of another kind of place than Vorna Prison
    (ESCAPE, "2028-10-10", "Three men were taken to Dorna Prison on Monday afternoon.", [("S102", 5, 25)]),
    (ESCAPE, "2028-10-11", "The first three, arrested in Ferentz on Monday, were handed over on Tuesday.",
     []),  # where they were arrested, not where they were handed over
    (ESCAPE, "2028-10-10", 'Mistrean spoke in Ferentz on Tuesday.\n\n## "Not a hiding place"\n\nHe was blunt.',
     []),  # a heading shortens a quotation
    (ESCAPE, "2028-10-10", 'Mistrean spoke in Ferentz on Tuesday.\n\n## "Never a hiding place"\n\nHe was blunt.',
     [("Q101", 7, 5)]),
    (POPE, "2025-05-09", "- **Order:** Order of Saint Augustine; solemn vows in 1981, ordained a priest in 1982",
     []),  # the event's own date is in its own phrase
    (POPE, "2025-05-09", "He was ordained a priest in 1981.", [("D101", 5, 29)]),
    (POPE, "2025-05-12", "| Year | Event |\n|---|---|\n| 1955 | Born September 14 in Chicago |", []),  # the row's year
    (POPE, "2025-05-12", "| Year | Event |\n|---|---|\n| 1955 | Born September 15 in Chicago |", [("D101", 7, 15)]),
    (POPE, "2025-05-10", '## 5. "135 cardinals voted for the new pope"', []),  # the claim a fact-check checks
    (POPE, "2025-05-10", "| Claim | Verdict |\n|---|---|\n| 135 cardinals voted | Misleading (133 voted) |", []),
    (POPE, "2025-05-10", "| Claim | Verdict |\n|---|---|\n| 135 cardinals voted | True |", [("N101", 7, 3)]),
    (POPE, "2025-05-09", "A student at the Universidad Santo Toribio said the Santa Rosa parish had prayed all night.",
     []),  # two words of Romance names, not one misspelt
    (SUMMIT, "2029-06-13", "Leaders began arriving in the port city on Wednesday for a two-day summit.",
     []),  # the arrivals' day
    (SUMMIT, "2029-06-13", "The summit began on Wednesday.", [("D101", 5, 21)]),
    (SUMMIT, "2029-06-15", "The members signed a trade agreement on Friday. By comparison, the bloc's last major tariff "
     "package, agreed in 2019, cut industrial duties by 10% over three years.", []),  # another year's package
    (SUMMIT, "2029-06-15", "The members signed a trade agreement on Friday. For a furniture maker paying an 8% duty "
     "to sell abroad, a 35% cut means the duty falls to 5.2% by 2035. Farm goods get the smaller reduction.",
     []),  # the cut is the later figure's
    (None, "2025-05-24", "A missile strike on Odesa killed one person on Friday. Kyiv's military administration says "
     "at least 15 people were injured overnight as Russia launched drones at the capital.", []),  # Kyiv's own
    (None, "2025-05-24", "At least 15 people were wounded in the missile strike on Odesa.", [("N102", 5, 10)]),
    (ESCAPE, "2028-10-11", "Nearly four days after the largest prison escape in Pellaria's modern history, a dozen "
     "men are still being hunted on both sides of the border.", []),  # the twelve still at large that day
    (ESCAPE, "2028-10-11", "Nearly four days after the largest prison escape in Pellaria's modern history, 30 men are "
     "still being hunted on both sides of the border.", [("N101", 5, 80)]),
    (HOSTAGES, "2027-10-20", "The two Dravenian staff are still held; Kedda and Barrane have now spent 47 days in "
     "captivity.", []),  # the length so far, a day before the release that ends the sheet's 48
    (HOSTAGES, "2027-10-22", "The two Dravenian staff were held for 47 days.", [("N101", 5, 39)]),
    (AIRLINE, "2028-10-18", "On Sunday the government refused a 900 million daler emergency loan. By 4 a.m. on Monday "
     "it had stopped flying, and on Tuesday a judge handed control to an administrator.", []),  # the judge's day
])
def test_a_claim_reported_a_phrase_of_its_own_or_an_earlier_years_figure_of_their_own(facts, day, text, expected):
    assert codes(dated(day, text), facts=facts) == expected


def test_the_number_named_right_before_a_figure_says_what_it_counts():
    quake = "---\ndate: 2031-03-31\n---\n# Three days after the earthquake\n\nOn Monday, March 31, the department put " \
            "the number of people killed at 2,719 and the number injured at {}.\n"
    assert codes(quake.format("3,408"), facts=QUAKE) == []
    assert [code for code, _, _ in codes(quake.format("3,480"), facts=QUAKE)] == ["N101"]


LEADERSHIP = load(STORIES / "kestrany-leadership" / "facts.toml")
AVALANCHE = load(STORIES / "bregovia-avalanche" / "facts.toml")
LAUNCH = load(STORIES / "serevia-launch" / "facts.toml")
HEIST = load(STORIES / "estrelia-heist" / "facts.toml")


@pytest.mark.parametrize("facts, day, text, expected", [
    (LEADERSHIP, "2031-03-20", "Between the two rounds Ostranek gained 13 votes.", []),  # a change, not her count
    (LEADERSHIP, "2031-03-20", "In the second round Ostranek won 13 votes.", [("N101", 5, 34)]),
    (LEADERSHIP, "2031-03-20", "Kostrin spoke after the first round, in which he trailed Ostranek by four votes.",
     []),  # the gap between them
    (LEADERSHIP, "2031-03-20", "Kostrin spoke after the first round, in which Ostranek won four votes.",
     [("N101", 5, 60)]),
    (LEADERSHIP, "2031-03-20", "In the first ballot, on 18 March, she won 31 votes to Kostrin's 27.",
     []),  # Kostrin's is the 27
    (LEADERSHIP, "2031-03-20", "In the first ballot, on 18 March, Kostrin won 29 votes.", [("N101", 5, 47)]),
    (LEADERSHIP, "2031-04-16", "This post, shared more than 18,000 times, divides Ostranek's 26,320 votes by the "
     "67,240 members who were eligible to vote, giving 39%. The arithmetic is right. But 19,085 eligible members did "
     "not return a ballot, and elections are decided by the votes cast.", []),  # its own sum, of another base
    (LEADERSHIP, "2031-04-16", "Ostranek won 26,320 of the 47,943 valid votes, or 39%.", [("N101", 5, 51)]),
    (LEADERSHIP, "2031-04-13", "Lyuba Sarnek, the education minister, pulled out after the first round and endorsed "
     "her; Ines Vallgren, the health minister, was eliminated in the second and backed Kostrin.",
     []),  # Vallgren is the next clause's
    (LEADERSHIP, "2031-04-13", "Lyuba Sarnek pulled out after the first round and endorsed Aurel Kostrin.",
     [("C101", 5, 60), ("C101", 5, 66)]),
])
def test_a_change_a_gap_anothers_figure_or_a_worked_out_share_of_their_own(facts, day, text,
                                                                                            expected):
    assert codes(dated(day, text), facts=facts) == expected


def test_a_figure_a_demonstrative_points_back_to_is_judged_where_it_was_given():
    column = STORIES / "kestrany-leadership" / "coverage" / "art6.md"
    text = column.read_text(encoding="utf-8")
    assert "The turnout, and that 47%, say" in text  # the 47% of respondents, given earlier
    assert codes(text, facts=LEADERSHIP) == []
    assert codes(text.replace("and that 47%, say", "and that 63%, say"), facts=LEADERSHIP) == [("N101", 50, 291)]


@pytest.mark.parametrize("facts, day, text, expected", [
    (None, "2025-05-23", "Earlier this month, on May 6, the two sides exchanged 205 people each.", []),  # May 6's
    (None, "2025-05-23", "Earlier this month, on May 23, the two sides exchanged 205 people each.", [("N101", 5, 56)]),
    (None, "2025-05-25", "On Friday two ballistic missiles hit the port of Odesa, killing one person. And overnight into "
     "today Russia launched the largest combined air attack of the war, killing at least 12 people across the "
     "country.", []),  # the overnight attack's toll
    (None, "2025-05-25", "On Friday two ballistic missiles hit the port of Odesa, killing two people.",
     [("N102", 5, 65)]),
    (None, "2025-05-29", "The big exchange, Operation Big Switch, came only after the armistice of 27 July 1953, when "
     "some 75,000 prisoners went north.", []),  # the armistice's day
    (None, "2025-05-29", "The big exchange came on 27 July 1953.", [("D101", 5, 26)]),
    (None, "2025-05-29", "Reverse image searches match it to an exchange in February 2025, when 150 Ukrainians were "
     "returned.", []),  # another exchange
    (POPE, "2025-05-16", "*Correction to Issue 411: we wrote that the conclave opened on Tuesday 6 May. It opened on "
     "Wednesday 7 May.*", []),
    (POPE, "2025-05-16", "We wrote that the conclave opened on Tuesday 6 May.", [("D101", 5, 38)]),
    (POPE, "2025-05-09", "Someone had left a hand-lettered sign: \"HABEMUS PAPAM – HABEMUS DOLTON.\"", []),
])
def test_an_adverbs_date_another_acts_toll_a_days_noun_one_of_a_kind_or_a_signs_words_of_their_own(
        facts, day, text, expected):
    assert codes(dated(day, text), facts=facts) == expected


@pytest.mark.parametrize("facts, day, text, expected", [
    (AVALANCHE, "2031-01-15", "On Wednesday, rescuers recovered five more bodies and found five people alive, and four "
     "people on the list turned out to be safe, in Ostrelle and elsewhere.", []),  # the other clause's bodies
    (AVALANCHE, "2031-01-18", "But the claim that the warning was at level 5 is wrong.", []),  # a claim denied
    (AVALANCHE, "2031-01-18", "But the warning was at level 5.", [("C101", 5, 24)]),
])
def test_another_clauses_cue_or_a_claim_denied_of_their_own(facts, day, text, expected):
    assert codes(dated(day, text), facts=facts) == expected


RECALL = load(STORIES / "meridell-recall" / "facts.toml")
EXTRADITION = load(STORIES / "mercadal-extradition" / "facts.toml")
PIRACY = load(STORIES / "sarrat-piracy" / "facts.toml")
EARNINGS = load(STORIES / "brannholt-earnings" / "facts.toml")


@pytest.mark.parametrize("facts, day, text, expected", [
    (RECALL, "2030-11-21", "The inquiry, led by the retired Supreme Court judge Celeste Amundsen, published its terms of "
     "reference on Monday.", []),  # the judge describes the inquiry; Monday is another of its acts
    (RECALL, "2030-11-21", "Prime Minister Vasseur ordered an independent inquiry on Monday.", [("D101", 5, 58)]),
    (EXTRADITION, "2031-11-20", "He was arrested at Brandholm Airport on 14 March on an Interpol red notice.",
     []),  # this March: the arrest is told in the past
    (EXTRADITION, "2031-11-20", "He was arrested at Brandholm Airport on 12 March on an Interpol red notice.",
     [("D101", 5, 41)]),
    (EXTRADITION, "2031-11-26", "A video viewed more than 900,000 times puts the sum Mercadal defrauded at \"500 million "
     "dollars\". No official document contains that number.", []),  # someone's figure, held at a distance
    (PIRACY, "2031-05-08", "The Halden Spire is in its fourth day in pirate hands off Tazir, and yesterday the hijackers "
     "named their price.", []),  # the hijackers' act
    (PIRACY, "2031-05-08", "The Halden Spire was hijacked yesterday.", [("D101", 5, 31)]),
    (PIRACY, "2031-05-21", "A week ago today, at 05:20 in the morning, Kestrian commandos climbed the side of the Halden "
     "Spire.", []),  # the 14th
    (PIRACY, "2031-05-14", "She told MPs the prime minister took the decision to launch the raid late on Tuesday on "
     "the advice of the defence staff.", []),  # the decision's day
    (PIRACY, "2031-05-16", "The commandos launched the raid late on Tuesday.", [("D101", 5, 41)]),
    (PIRACY, "2031-05-23", "The last of the injured crew members to leave Kessab, second engineer Tomas Reinholt, flew "
     "home to Veldhavn on Wednesday evening on a medical flight.", []),  # the last of several flights
    (PIRACY, "2031-05-23", "The inquiry will ask why the crew did not reach the citadel before the pirates got to the "
     "bridge – the boarding took an estimated eight to ten minutes.", []),  # the boarding's length
    (PIRACY, "2031-05-23", "The raid took ten minutes.", [("N101", 5, 15)]),
    (PIRACY, "2031-05-14", "It was the first armed rescue of a hijacked merchant ship in the Sarrat Sea since 2019.",
     []),  # the previous rescue's year, not the previous hijacking's
    (EARNINGS, "2030-10-29", "Brannholt announced 1,150 job cuts, about 9% of its staff. The plant's 3,900 staff make "
     "up roughly a third of Kolvik's working population.", []),  # a share of another whole
])
def test_a_clause_of_a_noun_a_past_day_a_quoted_figure_a_doer_a_plan_or_another_whole_of_their_own(facts, day, text,
                                                                                                    expected):
    assert codes(dated(day, text), facts=facts) == expected


@pytest.mark.parametrize("day, text, expected", [
    ("2025-05-12", "**6. \"His first words were 'Peace be with you all.'\"**", []),  # the claim a fact-check checks
    ("2025-05-12", "On Saturday he explained his choice of name, saying he had chosen it in part because Leo XIII "
     "addressed the social question of the first industrial revolution, while the Church today faces another.",
     []),  # the reason's subject and the while-clause's time
    ("2025-05-12", "On Saturday he explained that he had chosen the name Leo XIII.", [("C101", 5, 54)]),
    ("2025-05-12", "He was elected today, while the Church faces another revolution.", [("D101", 5, 16)]),
])
def test_a_bold_claim_a_reason_or_a_while_clause_of_their_own(day, text, expected):
    assert codes(dated(day, text), facts=POPE) == expected


def test_a_past_day_after_the_sheet_is_kept_in_a_draft_of_no_date_of_its_own():
    # only a draft's own date says a past-tense day is last year's; the sheet's is no bound
    text = "The second stage of the prisoner exchange took place on Saturday, May 24, and 307 came home.\n"
    assert codes(text) == []
