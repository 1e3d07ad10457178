"""Coverage of our own stories written after their rules, in wire style: each article must pass as
written, and an error planted in it must be found on its line (tests/stories/*/coverage). The story of
the embedded sheet (the prisoner exchange) has no sheet of its own in its folder."""
from pathlib import Path

import pytest

from conftest import codes
from copydesk.facts import load

STORIES = Path(__file__).parent / "stories"
ARTICLES = sorted(STORIES.glob("*/coverage/*.md"))


def sheet_of(article: Path):
    sheet = article.parent.parent / "facts.toml"
    return load(sheet) if sheet.exists() else load()


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_later_coverage_passes_as_written(article):
    assert codes(article.read_text(encoding="utf-8"), facts=sheet_of(article)) == []


@pytest.mark.parametrize("article, right, wrong, expected", [
    ("novak-trial/coverage/wire-verdict.md", "taking 4.2 million", "taking 4.8 million", ("N101", 7)),
    ("novak-trial/coverage/wire-verdict.md", "roads,\" Horvat told", "roads,\" Novak told", ("Q102", 13)),
    ("novak-trial/coverage/next-day.md", "minister for 12 years", "minister for ten years", ("N101", 5)),
    ("ruritania-election/coverage/final-results.md", "came second with 20.8%", "came second with 22.8%",
     ("N101", 11)),
    ("castelmonte-quake/coverage/day2-wire.md", "rose to 1,644 on Saturday", "rose to 1,464 on Saturday",
     ("N101", 7)),
    ("ruritania-election/coverage/exit-poll-night.md", "the party on 27%", "the party on 29%", ("N101", 7)),
    ("ruritania-election/coverage/three-numbers.md", "The party won 16.2%", "The party won 16.8%", ("N101", 9)),
    ("valdor-floods/coverage/day3-wire.md", "after 310 mm of rain", "after 130 mm of rain", ("N101", 9)),
    ("valdor-floods/coverage/day3-wire.md", "Some 4,800 residents", "Some 8,400 residents", ("N101", 9)),
    # the second batch, written by other hands from the sheets alone
    ("ruritania-election/coverage/wire-certified-day.md", "in Sunday's parliamentary", "in Saturday's parliamentary",
     ("D101", 7)),
    ("ruritania-election/coverage/wire-certified-day.md", "and 96 seats in the", "and 98 seats in the", ("N101", 9)),
    ("ruritania-election/coverage/week-later-talks.md", "has given Varga a", "has given Prime Minister Ilona Varga a",
     ("T102", 29)),
    ("novak-trial/coverage/wire-brenn.md", "accepting 4.2 million", "accepting 4.8 million", ("N101", 7)),
    ("novak-trial/coverage/wire-brenn.md", "Judge Jana Horvat read", "Judge Jana Horvath read", ("S102", 9)),
    ("novak-trial/coverage/wire-brenn.md", "on July 14, 2029, at", "on July 14, 2028, at", ("D101", 19)),
    ("castelmonte-quake/coverage/day2-live-blog.md", "after Friday's earthquake", "after Thursday's earthquake",
     ("D101", 9)),
    ("castelmonte-quake/coverage/day2-live-blog.md", "**1,644 people", "**1,664 people", ("N101", 31)),
    ("castelmonte-quake/coverage/day4-local.md", "Prime Minister Carlo Venturi, who", "Deputy Prime Minister Carlo "
     "Venturi, who", ("T102", 27)),
    ("castelmonte-quake/coverage/day4-local.md", "on Friday, March 28.", "on Friday, March 27.", ("D102", 35)),
    ("valdor-floods/coverage/day3-wire-morvan.md", "floods to 23,", "floods to 32,", ("N101", 7)),
    ("valdor-floods/coverage/day3-wire-morvan.md", "struck on Tuesday", "struck on Monday", ("D101", 11)),
    ("valdor-floods/coverage/day3-wire-morvan.md", "across the valley as", "across the Valdore valley as", ("S102", 13)),
    ("prisoner-exchange/coverage/wire-kyiv.md", "and 120 civilians had", "and 130 civilians had", ("N101", 8)),
    ("prisoner-exchange/coverage/wire-kyiv.md", "bringing our people home,\" Ukrainian",
     "bringing all of our people home,\" Ukrainian", ("Q101", 12)),
    ("prisoner-exchange/coverage/wire-kyiv.md", "two hours on Monday", "two hours on Tuesday", ("D101", 22)),
    ("prisoner-exchange/coverage/explainer.md", "facilitated by Turkey", "facilitated by Saudi Arabia", ("C101", 18)),
    ("prisoner-exchange/coverage/explainer.md", "Volodymyr Zelensky wrote", "Volodymyr Zelinsky wrote", ("S102", 32)),
    ("prisoner-exchange/coverage/explainer.md", "President Donald Trump claimed", "former President Donald Trump "
     "claimed", ("T101", 34)),
    # stories whose sheets another hand wrote, from the format's documentation alone
    ("serra-escura-wildfire/coverage/local-paper.md", "The Estrelian Rural Police on Friday arrested",
     "The National Police on Friday arrested", ("C101", 8)),
    ("serra-escura-wildfire/coverage/local-paper.md", "Governor Inés Caldera,", "Governor Inés Caldeira,",
     ("S102", 14)),
    ("valdoria-rail-strike/coverage/local-paper.md", "Declan Orrin, the union", "Declan Orin, the union",
     ("S101", 20)),
    ("valdoria-rail-strike/coverage/local-paper.md", "brokered by the Office for Conciliation and Arbitration after",
     "brokered by the Transport Ministry after", ("C101", 38)),
    # a fourth batch: a blast, an election and a trial whose sheets, sources and coverage other hands wrote, and
    # more coverage of the first story (other-hand-*)
    ("prisoner-exchange/coverage/other-hand-art2.md", "members and 120 civilian", "members and 130 civilian", ("N101", 11)),
    ("prisoner-exchange/coverage/other-hand-art2.md", "U.S. Presi", "Former U.S. Presi", ("T101", 17)),
    ("prisoner-exchange/coverage/other-hand-art4.md", "Volodymyr Zelensky said Ukra", "Volodymyr Zelenskyy said Ukra", ("S101", 18)),
    ("prisoner-exchange/coverage/other-hand-art4.md", "to something big???\" Trump sp", "to something very big!\" Trump sp", ("Q101", 30)),
    ("prisoner-exchange/coverage/other-hand-art4.md", "Russians were taken to Belarus, where th", "Russians were flown to Moscow, where th", ("C101", 34)),
    ("prisoner-exchange/coverage/other-hand-art3.md", "side freed 390 people o", "side freed 380 people o", ("N101", 5)),
    ("prisoner-exchange/coverage/other-hand-art3.md", "war now in its fourth year, and", "war now in its third year, and", ("D104", 7)),
    ("korvel-blast/coverage/art2.md", "missing and 287 had been ", "missing and 278 had been ", ("N101", 7)),
    ("korvel-blast/coverage/art2.md", "Prime Minister Tomas Rey", "President Tomas Rey", ("T102", 13)),
    ("korvel-blast/coverage/art2.md", "darkest day our industry has kn", "darkest day our country has kn", ("Q101", 15)),
    ("korvel-blast/coverage/art4.md", "explosion of 1987, in which", "explosion of 1978, in which", ("D101", 9)),
    ("korvel-blast/coverage/art4.md", "Rudi Montvall, who had ", "Rudi Montval, who had ", ("S101", 25)),
    ("korvel-blast/coverage/art4.md", "Almaria and Ketheren, 102 rescuers in all, have been working in the blast zone since Wednesday. Sundova has offer", "Almaria and Sundova, 102 rescuers in all, have been working in the blast zone since Wednesday. Ketheren has offer", ("C101", 31)),
    ("korvel-blast/coverage/art6.md", "statement: \"I accept my share of responsib", "statement: \"I accept full responsib", ("Q101", 7)),
    ("korvel-blast/coverage/art6.md", "Agency said 14 people we", "Agency said 19 people we", ("N103", 11)),
    ("lidovia-election/coverage/art1.md", "intend to use every one of th", "intend to use each one of th", ("Q101", 7)),
    ("lidovia-election/coverage/art1.md", "conducted by the Kvadrat Institute for LTV i", "conducted by Meridian Research for LTV i", ("C101", 17)),
    ("lidovia-election/coverage/art3.md", "29.6%, a lead of 0.8 percent", "29.6%, a lead of 1.8 percent", ("N101", 7)),
    ("lidovia-election/coverage/art3.md", "Jonas Ferenc, the comm", "Jonas Ferencz, the comm", ("S101", 9)),
    ("lidovia-election/coverage/art3.md", "presidency, refused on Tuesday to end", "presidency, refused on Monday to end", ("D101", 27)),
    ("lidovia-election/coverage/art7.md", "3,218,624 votes, for Prime Mini", "3,218,624 votes, for former Prime Mini", ("T101", 7)),
    ("valcescu-trial/coverage/art3.md", "prove it before a higher court,\" he ", "prove it before the Supreme Court,\" he ", ("Q101", 13)),
    ("valcescu-trial/coverage/art3.md", "Valcescu received 9.8 million c", "Valcescu received 8.9 million c", ("N101", 19)),
    ("valcescu-trial/coverage/art6.md", "Judge Elvira Sandor, who ", "Judge Elvira Sándor, who ", ("S101", 7)),
    ("valcescu-trial/coverage/art7.md", "sells a motorway sells the trus", "sells a motorway betrays the trus", ("Q101", 7)),
    ("valcescu-trial/coverage/art7.md", "on February 10 and ran f", "on February 12 and ran f", ("D101", 23)),
    ("valcescu-trial/coverage/art7.md", "MUREȘ: Irina Cozma, thank ", "MUREȘ: Irina Cosma, thank ", ("I101", 29)),
    # a fifth batch: a ferry whose toll rose for four days, a parliamentary election with polls, projections and a
    # coalition (sheets, sources and coverage by other hands), and the first story's later days (later-days-*)
    ("prisoner-exchange/coverage/later-days-art1.md", "Istanbul on May 16. With Sat", "Istanbul on May 17. With Sat", ("D101", 9)),
    ("prisoner-exchange/coverage/later-days-art1.md", "and wounded eight, accordin", "and wounded 18, accordin", ("N102", 19)),
    ("prisoner-exchange/coverage/later-days-art1.md", "U.S. Presi", "Former U.S. Presi", ("T101", 23)),
    ("prisoner-exchange/coverage/later-days-art2.md", "to something big???\" Tonig", "to something great???\" Tonig", ("Q101", 9)),
    ("prisoner-exchange/coverage/later-days-art2.md", "Volodymyr Zelensky writes on", "Volodymyr Zelenskyy writes on", ("S101", 13)),
    ("prisoner-exchange/coverage/later-days-art5.md", "first stage, on Friday 23 May", "first stage, on Thursday 23 May", ("D102", 14)),
    ("prisoner-exchange/coverage/later-days-art5.md", "2022. Lubinets's office ", "2022. Lubinetz's office ", ("I101", 33)),
    ("kallista-ferry/coverage/art2.md", "Prime Minister Anselm Ru", "President Anselm Ru", ("T102", 17)),
    ("kallista-ferry/coverage/art2.md", "rules did not matter,\" Ommelin", "rules did not apply,\" Ommelin", ("Q101", 21)),
    ("kallista-ferry/coverage/art4.md", "Minister Karin Lofdahl toda", "Minister Karin Löfdahl toda", ("S101", 13)),
    ("kallista-ferry/coverage/art5.md", "more.\" Brandvold added tha", "more.\" Brandvoll added tha", ("I101", 17)),
    ("vessaria-election/coverage/art3.md", "per cent and 64 seats, ag", "per cent and 66 seats, ag", ("N101", 5)),
    ("vessaria-election/coverage/art3.md", "and checked twice in every ", "and checked three times in every ", ("Q101", 7)),
    ("vessaria-election/coverage/art3.md", "exit poll that Norvia Research conducted", "exit poll that the Statmark Institute conducted", ("C101", 9)),
    ("vessaria-election/coverage/art7.md", "Climate; Marta Hollen, who lea", "Climate; Marta Hollin, who lea", ("S101", 13)),
    ("vessaria-election/coverage/art7.md", "Mr Amsel, 5", "Deputy Prime Minister Viktor Amsel, 5", ("T102", 15)),
    # the sixth batch: a change of government, a cyclone whose toll rose for four days, a truce with hostages
    # freed in stages, a fraud trial (sheets, sources and coverage by other hands), and more of the first story
    ("velmora-government/coverage/art1.md", "this office for a single day long", "this office for one day long", ("Q101", 9)),
    ("velmora-government/coverage/art4.md", "leader Jozef Hradec, who will", "leader Jozef Hradek, who will", ("S101", 15)),
    ("velmora-government/coverage/art4.md", "take over from Finance Minister Gr", "take over from former finance minister Gr", ("T101", 29)),
    ("velmora-government/coverage/art7.md", "office said. Sandor is du", "office said. Sándor is du", ("S102", 29)),
    ("santora-cyclone/coverage/art3.md", "had confirmed 23 deaths, u", "had confirmed 27 deaths, u", ("N101", 11)),
    ("santora-cyclone/coverage/art3.md", "The state will be with you ", "The state will stand with you ", ("Q101", 15)),
    ("santora-cyclone/coverage/art3.md", "Bertrand Soulay summed up", "Bertrand Soulaye summed up", ("S102", 19)),
    ("santora-cyclone/coverage/art5.md", "far. Lusmark's foreign minister,", "far. Lusmark's prime minister,", ("T102", 15)),
    ("santora-cyclone/coverage/art5.md", "of emergency yesterday. Is it", "of emergency on Tuesday. Is it", ("D101", 25)),
    ("santora-cyclone/coverage/art8.md", "rebuilding,\" Varnholt said. Ve", "rebuilding,\" Varnholdt said. Ve", ("S101", 30)),
    ("marevia-truce/coverage/art1.md", "and Rafik Meskhal, head o", "and Rafik Meskal, head o", ("S101", 9)),
    ("marevia-truce/coverage/art1.md", "- Thursday, Marc", "- Wednesday, Marc", ("D102", 16)),
    ("marevia-truce/coverage/art1.md", "them,\" Lerche, a former Oskarian foreign m", "them,\" Lerche, Oskaria's foreign m", ("T102", 27)),
    ("marevia-truce/coverage/art8.md", "11:40 p.m. on Thursday, mort", "11:40 p.m. on Wednesday, mort", ("D101", 5)),
    ("marevia-truce/coverage/art8.md", "Mission has 40 observer", "Mission has 60 observer", ("N101", 30)),
    ("halvora-fraud/coverage/art8.md", "Munsk said 9,482 investors", "Munsk said 9,428 investors", ("N101", 23)),
    ("prisoner-exchange/coverage/batch6-art5.md", "and said: \"It's very important to bring everyone home.\" I", "and said: \"It is very important to bring all of our people home.\" I", ("Q101", 19)),
    ("prisoner-exchange/coverage/batch6-art5.md", "For Halyna Melnychuk, the ", "For Halyna Melnichuk, the ", ("I101", 21)),
    ("prisoner-exchange/coverage/batch6-art7.md", "and wounded eight. We will ", "and wounded nine. We will ", ("N101", 5)),
    ("prisoner-exchange/coverage/batch6-art7.md", "May, hosted by Turkey, lasted a", "May, hosted by Saudi Arabia, lasted a", ("C101", 9)),
    ("prisoner-exchange/coverage/batch6-art7.md", "**16:45** President ", "**16:45** Former President ", ("T101", 15)),
    # the seventh batch: a state election night with projections, a tower collapse, a murder trial (sheets,
    # sources and coverage by other hands), and more of the first story's first day
    ("lenmark-election/coverage/art2.md", "the capital, Chancellor Otmar Fe", "the capital, Prime Minister Otmar Fe", ("T102", 5)),
    ("lenmark-election/coverage/art2.md", "Annika Sørvik, the ", "Annika Sorvik, the ", ("S101", 19)),
    ("lenmark-election/coverage/art6.md", "Turnout was 67.4 percent, ", "Turnout was 67.2 percent, ", ("N103", 22)),
    ("lenmark-election/coverage/art6.md", "will not be anyone's spare t", "will not be anybody's spare t", ("Q101", 30)),
    ("lindenau-collapse/coverage/art3.md", "neighbours calling out, a", "neighbours crying out, a", ("Q101", 15)),
    ("lindenau-collapse/coverage/art3.md", "Prime Minister Aleksande", "President Aleksande", ("T102", 17)),
    ("lindenau-collapse/coverage/art5.md", "suspended Oskar Threnn, the head", "suspended Oskar Thren, the head", ("S101", 9)),
    ("lindenau-collapse/coverage/art5.md", "collapsed early on Tuesday.", "collapsed early on Monday.", ("D101", 11)),
    ("lindenau-collapse/coverage/art5.md", "were removed on the ground floor, although", "were removed in the basement, although", ("C101", 15)),
    ("lindenau-collapse/coverage/art8.md", "an answer,\" Amsel said.", "an answer,\" Kostelec said.", ("Q102", 9)),
    ("renwick-murder/coverage/art1.md", "Alistair Fenwick KC, the R", "Alistair Fenwich KC, the R", ("S102", 19)),
    ("renwick-murder/coverage/art5.md", "I will meet her family.\" ", "I will meet the family.\" ", ("Q101", 13)),
    ("renwick-murder/coverage/art5.md", "13 or 14\". Dunmore's boa", "13 or 14\". Dunsmore's boa", ("I101", 15)),
    ("prisoner-exchange/coverage/batch7-art1.md", "two hours on Monday, claim", "two hours on Tuesday, claim", ("D101", 19)),
    ("prisoner-exchange/coverage/batch7-art3.md", "Donald Trump, the US preside", "Donald Trump, the former US preside", ("T101", 11)),
    ("prisoner-exchange/coverage/batch7-art3.md", "to something big???\"", "to something huge!\"", ("Q101", 15)),
    ("prisoner-exchange/coverage/batch7-art3.md", "Volodymyr Zelensky thanked ", "Volodymyr Zelenskiy thanked ", ("S101", 17)),
    ("prisoner-exchange/coverage/batch7-art4.md", "Russian President Vladimir Putin fo", "Russian President Volodymyr Putin fo", ("S103", 21)),
    ("prisoner-exchange/coverage/batch7-art4.md", "diplomacy. Andrii Bondar, a", "diplomacy. Andriy Bondar, a", ("I101", 23)),
    # the eighth batch: a referendum counted through the night, a train derailment, a former minister's trial
    # (sheets, sources and coverage by other hands), and more of the first story
    ("lusarna-referendum/coverage/art4.md", "Miroslava Tench, told a n", "Miroslava Tenche, told a n", ("S101", 7)),
    ("brennick-derailment/coverage/art3.md", "yet tell us is why,\" Ms Ilve", "yet tell us is how,\" Ms Ilve", ("Q101", 9)),
    ("brennick-derailment/coverage/art5.md", "Radek Vosmik, 47, w", "Radek Vozmik, 47, w", ("S101", 25)),
    ("brennick-derailment/coverage/art6.md", "court,\" Drosek said. H", "court,\" Droszek said. H", ("S102", 11)),
    ("strakosz-trial/coverage/art1.md", "repeatedly and with calculation", "repeatedly and with cold calculation", ("Q101", 9)),
    ("strakosz-trial/coverage/art5.md", "registered in Cyprus.", "registered in Malta.", ("C101", 9)),
    ("strakosz-trial/coverage/art5.md", "Strakosz | Dorin Maslek |", "Strakosz | Dorin Maszlek |", ("S101", 17)),
    ("strakosz-trial/coverage/art7.md", "received a three-year susp", "received a two-year susp", ("N101", 9)),
    ("prisoner-exchange/coverage/batch8-art1.md", "Umerov sat down, with Turkey as host, for a li", "Umerov sat down, in talks mediated by Saudi Arabia, for a li", ("C101", 13)),
    ("prisoner-exchange/coverage/batch8-art1.md", "two hours on Monday and sa", "two hours on Tuesday and sa", ("D101", 17)),
    ("prisoner-exchange/coverage/batch8-art4.md", "to something big???", "to something huge!", ("Q101", 12)),
    ("prisoner-exchange/coverage/batch8-art4.md", "Russian President Vladimir Putin.", "Russian President Volodymyr Putin.", ("S103", 19)),
    ("prisoner-exchange/coverage/batch8-art7.md", "each freeing 390 soldiers", "each freeing 380 soldiers", ("N101", 5)),
    ("prisoner-exchange/coverage/batch8-art7.md", "were taken to Belarus, where th", "were taken to Moscow, where th", ("C101", 7)),
    ("prisoner-exchange/coverage/batch8-art7.md", "face,\" said Bilous, 58, wh", "face,\" said Bilus, 58, wh", ("I101", 25)),
    # the ninth batch: a central bank's rate decision, a mine collapse with miners rescued over four days, a
    # transport strike settled on its fourth day (sheets, sources and coverage by other hands), more of the first story
    ("korvana-mine/coverage/art1.md", "we will not stop until we ", "we will not rest until we ", ("Q101", 15)),
    ("korvana-mine/coverage/art5.md", "Bogdan Ilvesky pending a", "Bogdan Ilveski pending a", ("S101", 11)),
    ("korvana-mine/coverage/art7.md", "Prime Minister Anela Vuk", "President Anela Vuk", ("T102", 30)),
    ("karvenia-strike/coverage/art6.md", "Executive Oskar Lindahl, who on ", "Executive Oskar Lindal, who on ", ("S101", 29)),
    ("karvenia-strike/coverage/art8.md", "sure it never comes to this again.\"", "sure it never happens again.\"", ("Q101", 9)),
    ("prisoner-exchange/coverage/batch9-art1.md", "Istanbul on May 16, in a ses", "Istanbul on May 15, in a ses", ("D101", 7)),
    ("prisoner-exchange/coverage/batch9-art1.md", "servicemen and 120 civilian", "servicemen and 150 civilian", ("N101", 11)),
    ("prisoner-exchange/coverage/batch9-art1.md", "U.S. President D", "Former U.S. president D", ("T101", 15)),
    ("prisoner-exchange/coverage/batch9-art4.md", "Russians had been taken to Belarus before their return to Russia. Among th", "Russians had been flown to Moscow before their return home. Among th", ("C101", 7)),
    ("prisoner-exchange/coverage/batch9-art4.md", "Ukraine's President Volodymyr Zelensky", "Ukraine's President Vladimir Zelensky", ("S103", 9)),
    ("prisoner-exchange/coverage/batch9-art4.md", "to something big???\" he po", "to something huge???\" he po", ("Q101", 13)),
    ("prisoner-exchange/coverage/batch9-art7.md", "Vladimir Putin on Monday and sa", "Vladimir Putin on Tuesday and sa", ("D101", 17)),
    ("kalvoria-rates/coverage/art1.md", "four dissented: First Deputy Gov", "four dissented: Deputy Gov", ("T102", 7)),
    ("kalvoria-rates/coverage/art1.md", "not because we had to.\"", "not because we needed to.\"", ("Q101", 11)),
    ("kalvoria-rates/coverage/art1.md", "marek slid 1.1% to 25.42", "marek slid 1.4% to 25.42", ("N101", 19)),
    ("kalvoria-rates/coverage/art4.md", "members, Mirela Kastanek and Bo", "members, Mirela Kastenek and Bo", ("S102", 13)),
    ("kalvoria-rates/coverage/art8.md", "Kastanek, who back", "Tiras, who back", ("Q102", 15)),
    ("kalvoria-rates/coverage/art8.md", "Friday after Ostrovac gave it as 1.6% at her news conf", "Friday after Reinholt gave it as 1.6% at his news conf", ("C101", 19)),
    ("karvenia-strike/coverage/art3.md", "finances can go, and it i", "finances can stretch, and it i", ("Q101", 15)),
    # the tenth batch: an airliner crash, a takeover battle, a volcanic eruption (sheets, sources and coverage by
    # other hands), more of the first story
    ("port-aldane-crash/coverage/art3.md", "Sunday. \"The whole country grieves w", "Sunday. \"The whole nation grieves w", ("Q101", 17)),
    ("port-aldane-crash/coverage/art6.md", "Flight CV418 from Drammenholt, in Norvessa, crashed a", "Flight CV418 from Velsk crashed a", ("C101", 9)),
    ("port-aldane-crash/coverage/art6.md", "Benedikt Orzan said on", "Benedikt Orzhan said on", ("S101", 47)),
    ("dunmore-takeover/coverage/art1.md", "Industries on Monday made a", "Industries on Tuesday made a", ("D101", 5)),
    ("dunmore-takeover/coverage/art1.md", "The offer is 38% above th", "The offer is 36% above th", ("N101", 7)),
    ("orvath-eruption/coverage/art2.md", "people killed, 12 missing a", "people killed, 21 missing a", ("N101", 11)),
    ("orvath-eruption/coverage/art2.md", "meal and every bus ticket fo", "meal and every train ticket fo", ("Q101", 15)),
    ("orvath-eruption/coverage/art2.md", "on the north-eastern flan", "on the north-western flan", ("C101", 31)),
    ("orvath-eruption/coverage/art8.md", "not finished,\" Interior Minister Emil Strakosz said at a", "not finished,\" Governor Pavel Drobic said at a", ("Q102", 9)),
    ("orvath-eruption/coverage/art8.md", "director, Marta Oszenko, a ge", "director, Marta Ozsenko, a ge", ("S101", 11)),
    ("prisoner-exchange/coverage/batch10-art1.md", "US Preside", "Former US Preside", ("T101", 13)),
    ("prisoner-exchange/coverage/batch10-art1.md", "The meeting, hosted by Turkey at the Do", "The meeting, brokered by the United Arab Emirates at the Do", ("C101", 17)),
    ("prisoner-exchange/coverage/batch10-art3.md", "are bringing our people", "are bringing all our people", ("Q101", 31)),
    ("prisoner-exchange/coverage/batch10-art3.md", "city of Odesa killed o", "city of Odessa killed o", ("S101", 35)),
    ("prisoner-exchange/coverage/batch10-art8.md", "Istanbul last Friday, under", "Istanbul last Thursday, under", ("D101", 7)),
    ("prisoner-exchange/coverage/batch10-art8.md", "Sergei Lavrov said Mosc", "Sergei Lavrow said Mosc", ("I101", 11)),
    ("lunev-outbreak/coverage/art4.md", "**15:20** Governor Tomas B", "**15:20** Mayor Tomas B", ("T102", 21)),
    ("lunev-outbreak/coverage/art4.md", "people to stay close to home for ", "people to stay at home for ", ("Q101", 23)),
    ("lunev-outbreak/coverage/art5.md", "Dr. Selma Vukoja, head of", "Dr. Selma Vukoya, head of", ("S101", 46)),
    ("lunev-outbreak/coverage/art8.md", "morning,\" Sorel said. \"Pe", "morning,\" Sorell said. \"Pe", ("I101", 33)),
    ("vardania-confidence/coverage/art1.md", "Pavel Drozdek, the Agr", "Pavel Drozdeck, the Agr", ("S101", 13)),
    ("vardania-confidence/coverage/art4.md", "December they will choose one,\" she", "December they will elect one,\" she", ("Q101", 17)),
    ("vardania-confidence/coverage/art4.md", "Pavel Drozdek, a former deputy pr", "Pavel Drozdek, the deputy pr", ("T102", 27)),
    ("vardania-confidence/coverage/art7.md", "a day after the Agrarian Union walked ou", "a day after Green Future walked ou", ("C101", 9)),
    ("vardania-confidence/coverage/art7.md", "in an orderly way,\" has don", "in an orderly manner,\" has don", ("Q101", 17)),
    ("santara-cyberattack/coverage/art3.md", "Monday, and that 1,150 planned ", "Monday, and that 1,510 planned ", ("N101", 11)),
    ("santara-cyberattack/coverage/art3.md", "of amateurs,\" Voss told repo", "of amateurs,\" Dovanic told repo", ("Q102", 13)),
    ("santara-cyberattack/coverage/art5.md", "comparison is Halvaria, whose ", "comparison is Norvania, whose ", ("C101", 33)),
    ("santara-cyberattack/coverage/art5.md", "not paid by Tuesday 19 Mar", "not paid by Monday 19 Mar", ("D102", 25)),
    ("santara-cyberattack/coverage/art7.md", "Marta Velen, the former health min", "Marta Velen, the health min", ("T102", 21)),
    ("santara-cyberattack/coverage/art7.md", "Santara now says 2,600 planned ", "Santara now says 2,060 planned ", ("N102", 11)),
    ("prisoner-exchange/coverage/batch11-art1.md", "servicemen and 120 civilian", "servicemen and 130 civilian", ("N101", 5)),
    ("prisoner-exchange/coverage/batch11-art1.md", "U.S. Presi", "Former U.S. Presi", ("T101", 13)),
    ("prisoner-exchange/coverage/batch11-art1.md", "Vladimir Putin on Monday for ne", "Vladimir Putin on Tuesday for ne", ("D101", 15)),
    ("prisoner-exchange/coverage/batch11-art4.md", "major prisoners swap was just completed", "major prisoner swap has just been completed", ("Q101", 13)),
    ("prisoner-exchange/coverage/batch11-art4.md", "Volodymyr Zelensky confirms ", "Volodymyr Zelenskyy confirms ", ("S101", 15)),
    ("prisoner-exchange/coverage/batch11-art4.md", "Russians have been taken to Belarus, the ministry says, and will be moved to Russia for treat", "Russians have been flown to Moscow, the ministry says, and will be moved to hospitals for treat", ("C101", 17)),
    ("prisoner-exchange/coverage/batch11-art8.md", "with Russian President Vladimir ", "with Russian Prime Minister Vladimir ", ("T102", 19)),
    ("marevia-truce/coverage/art6.md", "Tuesday he said on Telegram that rele", "Tuesday he said on X that rele", ("Q102", 23)),
    ("dunmore-takeover/coverage/art5.md", "\"Korvel would be a natural fit for C", "\"Korvel would be the perfect fit for C", ("Q101", 9)),
    ("dunmore-takeover/coverage/art5.md", "Minister Elena Marsk told parl", "Minister Elena Marske told parl", ("S101", 41)),
    ("dunmore-takeover/coverage/art6.md", "should accept,\" Korvel chairman Henrik Sollum said. Chi", "should accept,\" Dunmore chief executive Tobias Renkvist said. Chi", ("Q102", 9)),
    ("dunmore-takeover/coverage/art6.md", "anyone,\" Malmgren said. \"T", "anyone,\" Malmgreen said. \"T", ("I101", 31)),
    # the twelfth batch: a budget, an oil spill, a cup final and its crush, hostages freed, the first story
    ("dalvenia-budget/coverage/art1.md", "asks the most of those who can most afford it", "asks the most of those who can best afford it", ("Q101", 12)),
    ("dalvenia-budget/coverage/art4.md", "Petra Lusk, general secretary of the FPSU", "Petra Lusck, general secretary of the FPSU", ("S101", 35)),
    ("dalvenia-budget/coverage/art4.md", "adopted: 108 for, 98 against", "adopted: 106 for, 98 against", ("N101", 29)),
    ("dalvenia-budget/coverage/art5.md", "Prime Minister Stefan Halvik said", "Prime Minister Teodor Halvik said", ("S103", 14)),
    ("dalvenia-budget/coverage/art5.md", "Teodor Brannik, the former finance minister who", "Teodor Brannik, the finance minister who", ("T102", 12)),
    ("dalvenia-budget/coverage/art8.md", "Union march in Kestrova; 14 arrests.", "Union march in Ostrel; 14 arrests.", ("C101", 13)),
    ("aurelian-spill/coverage/art1.md", "Lisbet Harrow, the commander of the Coast Guard", "Lisbet Harrow, the former commander of the Coast Guard", ("T101", 16)),
    ("aurelian-spill/coverage/art2.md", "someone will answer for it.\"", "someone will pay for it.\"", ("Q101", 35)),
    ("aurelian-spill/coverage/art2.md", "declared.** Environment Minister Ines Carrow", "declared.** Environment Minister Ines Carow", ("S101", 33)),
    ("aurelian-spill/coverage/art3.md", "said Dr. Yara Fennick, the trust's director", "said Dr. Maren Fennick, the trust's director", ("S103", 22)),
    ("aurelian-spill/coverage/art6.md", "The current environment minister, Ines Carrow,", "The former environment minister, Ines Carrow,", ("T101", 30)),
    ("aurelian-spill/coverage/art8.md", "Court documents from Friday's hearing", "Court documents from Thursday's hearing", ("D101", 34)),
    ("aurelian-spill/coverage/art8.md", "58 km of coastline; 1,800 volunteers registered", "58 km of coastline; 2,800 volunteers registered", ("N102", 53)),
    ("osmarian-cup-final/coverage/art1.md", "captain Tobias Venner rose", "captain Jonas Venner rose", ("S103", 18)),
    ("osmarian-cup-final/coverage/art1.md", "not good enough in the moments that mattered", "not good enough when it mattered", ("Q101", 32)),
    ("osmarian-cup-final/coverage/art3.md", "Kastel Park on Saturday evening has risen", "Kastel Park on Friday evening has risen", ("D101", 8)),
    ("osmarian-cup-final/coverage/art3.md", "Mayor Lida Marenko, who", "Mayor Lida Marenco, who", ("S101", 24)),
    ("osmarian-cup-final/coverage/art5.md", "in Marlovik on Monday afternoon", "in Marlovik on Sunday afternoon", ("D101", 28)),
    ("osmarian-cup-final/coverage/art5.md", "camera around the stadium,\" Halasz said.", "camera around the stadium,\" Holtzmer said.", ("Q102", 30)),
    ("osmarian-cup-final/coverage/art6.md", "the Ruthevian interior minister, Veronika Halasz", "the Ruthevian prime minister, Veronika Halasz", ("T102", 20)),
    ("osmarian-cup-final/coverage/art6.md", "he wrote on X:", "he wrote on Instagram:", ("Q102", 26)),
    ("osmarian-cup-final/coverage/art7.md", "Ruthevia's interior minister, Veronika Halasz, yesterday ordered", "The Osmarian Football Confederation yesterday ordered", ("C101", 14)),
    ("osmarian-cup-final/coverage/art7.md", "Its president, Sabine Holtzmer, has", "Its president, Sabine Holzmer, has", ("S101", 20)),
    ("kelmara-hostages/coverage/art1.md", "In Tovesund, Foreign Minister Signe Varholt said", "In Tovesund, former Foreign Minister Signe Varholt said", ("T101", 23)),
    ("kelmara-hostages/coverage/art1.md", "Estavian Foreign Minister Rashad al-Tamiri, whose", "Estavian Foreign Minister Rashad al-Tameeri, whose", ("S101", 13)),
    ("kelmara-hostages/coverage/art3.md", "doctor Luca Ferrant, 52", "doctor Jonas Ferrant, 52", ("S103", 13)),
    ("kelmara-hostages/coverage/art3.md", "Oskar Brennvik, who preceded Varholt as foreign minister, struck", "Foreign Minister Oskar Brennvik struck", ("T102", 55)),
    ("kelmara-hostages/coverage/art5.md", "In a statement in Lamaru on Thursday, Interior Minister Idris Moukala", "In a statement in Lamaru on Thursday, Defence Minister Idris Moukala", ("T102", 19)),
    ("kelmara-hostages/coverage/art5.md", "thanked Estavia for its mediation", "thanked Kordan for its mediation", ("C101", 21)),
    ("kelmara-hostages/coverage/art5.md", "foreign ministry, Nadia Qorvani, rejected", "foreign ministry, Nadia Korvani, rejected", ("S101", 25)),
    ("kelmara-hostages/coverage/art8.md", "Foreign Minister Signe Varholt told parliament the same day", "Former foreign minister Oskar Brennvik told parliament the same day", ("Q102", 35)),
    ("kelmara-hostages/coverage/art8.md", "Maren Velde, their 34-year-old team leader", "Maren Velde, their 43-year-old team leader", ("N101", 47)),
    ("prisoner-exchange/coverage/batch12-art1.md", "on 16 May, hosted by Turkey", "on 16 May, hosted by Qatar", ("C101", 19)),
    ("prisoner-exchange/coverage/batch12-art1.md", "In Washington, President Donald Trump hailed", "In Washington, former President Donald Trump hailed", ("T101", 35)),
    ("prisoner-exchange/coverage/batch12-art2.md", "President Volodymyr Zelensky said on Friday", "President Volodymyr Zelenskyy said on Friday", ("S101", 15)),
    ("prisoner-exchange/coverage/batch12-art2.md", "\"This could lead to something big???\"", "\"This could lead to something bigger???\"", ("Q101", 33)),
    ("prisoner-exchange/coverage/batch12-art5.md", "spoke with President Vladimir Putin", "spoke with President Volodymyr Putin", ("S103", 25)),
    ("prisoner-exchange/coverage/batch12-art6.md", "in Istanbul on Friday 16 May", "in Istanbul on Thursday 16 May", ("D102", 21)),
    ("prisoner-exchange/coverage/batch12-art6.md", "President Volodymyr Zelensky said on Friday", "President Donald Trump said on Friday", ("Q102", 35)),
    ("prisoner-exchange/coverage/batch12-art8.md", "the first such negotiations since March 2022", "the first such negotiations since 2019", ("D103", 55)),
    ("prisoner-exchange/coverage/batch12-art8.md", "\"It's very important to bring everyone home.\"", "\"It's very important to bring all of them home.\"", ("Q101", 63)),
    ("prisoner-exchange/coverage/batch12-art8.md", "with Russian President Vladimir Putin", "with Russian Prime Minister Vladimir Putin", ("T102", 71)),
    # the thirteenth batch: a heatwave, an airline's collapse, a prison escape, a summit, the first story
    ("pellaria-heatwave/coverage/art2.md", "set at Aldergrave on 5 August 2019", "set at Aldergrave on 5 August 2018", ("D101", 18)),
    ("pellaria-heatwave/coverage/art2.md", "Health Minister Evarist Marrecki put it", "Health Minister Ottokar Marrecki put it", ("S103", 49)),
    ("pellaria-heatwave/coverage/art3.md", "Ottokar Kasza, who ran the Met Service", "Ottokar Kassza, who ran the Met Service", ("S101", 28)),
    ("pellaria-heatwave/coverage/art4.md", "Health Minister Evarist Marrecki did not wait", "Former health minister Evarist Marrecki did not wait", ("T101", 14)),
    ("pellaria-heatwave/coverage/art6.md", "\"Heat kills quietly, at home,", "\"Heat kills silently, at home,", ("Q101", 24)),
    ("pellaria-heatwave/coverage/art7.md", "taken to a sports hall in Brinta. The National", "taken to a sports hall in Solinde. The National", ("C101", 19)),
    ("pellaria-heatwave/coverage/art7.md", "Health Minister Evarist Marrecki defended", "Health Minister Evarist Marecki defended", ("S101", 30)),
    ("marvair-collapse/coverage/art1.md", "chief executive Casimir Vashkel said", "chief executive Casimir Vashkell said", ("S101", 12)),
    ("marvair-collapse/coverage/art1.md", "The state will not become an airline, but", "The state will not run an airline, but", ("Q101", 32)),
    ("marvair-collapse/coverage/art2.md", "Lorcan Stenrik, the former transport minister and now", "Lorcan Stenrik, the transport minister and now", ("T102", 23)),
    ("marvair-collapse/coverage/art2.md", "**Breaking:** Judge Albertine Coss of the Tolvenne Commercial Court has appointed", "**Breaking:** The Ministry of Transport has appointed", ("C101", 31)),
    ("marvair-collapse/coverage/art3.md", "On Sunday the government refused", "On Saturday the government refused", ("D101", 10)),
    ("marvair-collapse/coverage/art3.md", "The answer begins with Olwen Restani", "The answer begins with Lisandra Restani", ("S103", 18)),
    ("marvair-collapse/coverage/art3.md", "\"I left an airline that was growing and profitable.", "\"I left an airline that was growing and making money.", ("Q101", 20)),
    ("marvair-collapse/coverage/art5.md", "By Thursday evening 17,250 Marvair passengers", "By Thursday evening 12,750 Marvair passengers", ("N101", 12)),
    ("marvair-collapse/coverage/art5.md", "Prime Minister Rasmo Kellgard has said", "Transport Minister Rasmo Kellgard has said", ("T102", 44)),
    ("marvair-collapse/coverage/art8.md", "loan on Sunday 15 October", "loan on Saturday 14 October", ("D101", 34)),
    ("marvair-collapse/coverage/art8.md", "Transport Minister Lisandra Veyl's figure", "Former transport minister Lisandra Veyl's figure", ("T101", 28)),
    ("luskovo-escape/coverage/art1.md", "said Colonel Bojan Sretko, commander", "said Colonel Bojan Sretco, commander", ("S101", 26)),
    ("luskovo-escape/coverage/art2.md", "Breaking: Justice Minister Ilona Brancu has suspended", "Breaking: Prime Minister Ilona Brancu has suspended", ("T102", 26)),
    ("luskovo-escape/coverage/art2.md", "waiting to happen, and nobody listened,\" he said", "waiting to happen, and no one listened,\" he said", ("Q101", 22)),
    ("luskovo-escape/coverage/art6.md", "The suspended governor, Emil Drachov", "The former governor, Emil Drachov", ("T101", 42)),
    ("luskovo-escape/coverage/art7.md", "Justice Minister Ilona Brancu suspended him on Monday", "Justice Minister Ilona Brâncu suspended him on Monday", ("S101", 32)),
    ("amber-sea-summit/coverage/art1.md", "won Gallovia's presidential runoff on April 8", "won Gallovia's presidential runoff on April 15", ("D101", 18)),
    ("amber-sea-summit/coverage/art1.md", "Her predecessor, Faustin Aldemar,", "Her predecessor, Thibaut Aldemar,", ("S103", 20)),
    ("amber-sea-summit/coverage/art1.md", "Some 6,500 police officers", "Some 5,600 police officers", ("N101", 42)),
    ("amber-sea-summit/coverage/art3.md", "after an overnight deal brokered by Ostmira ended", "after an overnight deal brokered by Estrenia ended", ("C101", 8)),
    ("amber-sea-summit/coverage/art3.md", "goods traded within the bloc by 35%", "goods traded within the bloc by 25%", ("N101", 10)),
    ("amber-sea-summit/coverage/art3.md", "and leaves as a partner,\" he said", "and leaves as an equal partner,\" he said", ("Q101", 30)),
    ("amber-sea-summit/coverage/art4.md", "Its foreign minister, Tobiah Essendahl, kept", "Its foreign minister, Tobiah Essendal, kept", ("S101", 42)),
    ("amber-sea-summit/coverage/art6.md", "Police said on Saturday that 64 people", "Police said on Saturday that 46 people", ("N101", 10)),
    ("amber-sea-summit/coverage/art6.md", "taken to Saltmarket police headquarters", "taken to Tollgate police station", ("C101", 12)),
    ("amber-sea-summit/coverage/art6.md", "their lives,\" Wirsing said at a briefing", "their lives,\" Brenmark said at a briefing", ("Q102", 16)),
    ("amber-sea-summit/coverage/art8.md", "Kaskara's former prime minister Faustin Aldemar told reporters", "Kaskaran Prime Minister Faustin Aldemar told reporters", ("T102", 57)),
    ("amber-sea-summit/coverage/art8.md", "Ferreux signed for Gallovia.", "Ferraux signed for Gallovia.", ("S101", 38)),
    ("prisoner-exchange/coverage/batch13-art1.md", "270 soldiers and 120 civilians, in the first stage", "270 soldiers and 210 civilians, in the first stage", ("N101", 13)),
    ("prisoner-exchange/coverage/batch13-art1.md", "President Volodymyr Zelensky confirms the first stage", "President Volodymyr Zelenskiy confirms the first stage", ("S101", 50)),
    ("prisoner-exchange/coverage/batch13-art3.md", "direct talks in Istanbul on May 16, the first", "direct talks in Istanbul on May 15, the first", ("D101", 17)),
    ("prisoner-exchange/coverage/batch13-art3.md", "\"We are bringing our people home.\"", "\"We are bringing all our people home.\"", ("Q101", 25)),
    ("prisoner-exchange/coverage/batch13-art3.md", "Early on Friday, US time, President Trump wrote", "Early on Friday, US time, former President Trump wrote", ("T101", 41)),
    ("prisoner-exchange/coverage/batch13-art4.md", "before the Istanbul meeting on 16 May, and", "before the Istanbul meeting on 6 May, and", ("D101", 39)),
    ("prisoner-exchange/coverage/batch13-art4.md", "His call with Vladimir Putin on Monday", "His call with Volodymyr Putin on Monday", ("S103", 56)),
    ("prisoner-exchange/coverage/batch13-art6.md", "agreed at peace talks in Istanbul last Friday.", "agreed at peace talks in Istanbul last Thursday.", ("D101", 15)),
    ("prisoner-exchange/coverage/batch13-art6.md", "The talks, hosted by Turkey in Istanbul on 16 May", "The talks, brokered by the United Arab Emirates in Istanbul on 16 May", ("C101", 23)),
    ("prisoner-exchange/coverage/batch13-art6.md", "Zelensky said on Friday: \"It's very important", "Trump said on Friday: \"It's very important", ("Q102", 41)),
    ("prisoner-exchange/coverage/batch13-art7.md", "THE PRESIDENT SPOKE WITH VLADIMIR PUTIN FOR ABOUT", "THE PRESIDENT SPOKE WITH RUSSIAN PRIME MINISTER VLADIMIR PUTIN FOR ABOUT", ("T102", 78)),
])
def test_an_error_planted_in_later_coverage_is_found_on_its_line(article, right, wrong, expected):
    path = STORIES / article
    text = path.read_text(encoding="utf-8")
    assert right in text
    assert [(code, line) for code, line, _ in codes(text.replace(right, wrong), facts=sheet_of(path))] == [expected]


def test_a_changing_figure_told_with_the_day_it_held_is_neither_wrong_nor_stale():
    sheet = load(STORIES / "castelmonte-quake" / "facts.toml")
    draft = "---\ndate: 2031-03-29\n---\n\nThe number of people killed by the earthquake {} on Friday night.\n"
    assert codes(draft.format("stood at 144"), facts=sheet) == []
    assert codes(draft.format("stood at 441"), facts=sheet) == [("N101", 5, 56)]


def test_a_new_storys_names_plans_and_other_months():
    fire = load(STORIES / "serra-escura-wildfire" / "facts.toml")
    draft = "---\ndate: 2031-07-14\n---\n\n{}\n"
    # "Rio Escuro" is a river beside the "Serra Escura" fire; "Caixa Serrana" a bank beside Alta Serrena
    assert codes(draft.format("Crews held a line along the Rio Escuro valley. The Serra Escura fire spread."),
                 facts=fire) == []
    assert codes(draft.format("Donations can be made at any branch of Caixa Serrana."), facts=fire) == []
    strike = load(STORIES / "valdoria-rail-strike" / "facts.toml")
    draft = "---\ndate: 2031-03-03\n---\n\n{}\n"
    assert codes(draft.format("Two further strikes, planned for Tuesday, March 4, and Thursday, March 6, were "
                              "called off."), facts=strike) == []
    # a month the date reader does not read, on the clause's time: not the ballot of March
    sentence = "In the strike ballot held last November, 81.2% of members who voted backed action, on a turnout of 58%."
    assert sentence.index("58%") + 1 not in [column for _, _, column in codes(draft.format(sentence), facts=strike)]
