import datetime as dt

import pytest

from conftest import DEFAULT_FACTS
from conftest import sheet_head
from copydesk.quoting import similarity, words


def test_misquote_word_changed(lint):
    draft = 'Trump wrote on Truth Social: "A major prisoner swap has just been completed between Russia and Ukraine."'
    assert lint(draft, select=["Q"]) == [("Q101", 1, 31)]


def test_misquote_of_punctuation_and_word(lint):
    assert lint('Trump wrote: "This could lead to something huge!"', select=["Q"]) == [("Q101", 1, 15)]
    assert lint('Trump wrote: "This could lead to something big!!!"', select=["Q"]) == [("Q101", 1, 15)]


def test_exact_fragments_and_styles_pass(lint):
    draft = """\
    Trump said the exchange \u201ccould lead to something big.\u201d

    \u201cCongratulations to both sides on this negotiation,\u201d the president added.

    He called it "a major prisoners swap" and wrote: "This could lead to something big???"

    \u201cCongratulations to both sides \u2026 This could lead to something big???\u201d Trump posted.

    Zelensky said: "It\u2019s very important to bring [them] home."
    """
    assert lint(draft, select=["Q"]) == []


def test_unknown_quotes_are_not_reported(lint):
    draft = 'Zelensky said: "We will keep working until every prisoner is home."'
    assert lint(draft, select=["Q"]) == []


def test_known_quote_wrong_speaker(lint):
    draft = 'At a briefing, Vladimir Putin said: "Congratulations to both sides on this negotiation."'
    assert lint(draft, select=["Q"]) == [("Q102", 1, 16)]


def test_wrong_speaker_after_the_quote(lint):
    draft = '"A major prisoners swap was just completed between Russia and Ukraine," said Volodymyr Zelensky.'
    assert lint(draft, select=["Q"]) == [("Q102", 1, 78)]


def test_a_full_stop_inside_the_marks_ends_the_quotation_before_the_next_sentences_subject(lint):
    draft = ('The post was brief: "A major prisoners swap was just completed between Russia and Ukraine." '
             'Volodymyr Zelensky said the families were waiting.')
    assert lint(draft, select=["Q"]) == []
    draft = '"A major prisoners swap was just completed between Russia and Ukraine," Volodymyr Zelensky said.'
    assert lint(draft, select=["Q"]) == [("Q102", 1, 73)]


def test_known_quote_wrong_platform(lint):
    draft = 'Trump posted on X: "Congratulations to both sides on this negotiation."'
    assert lint(draft, select=["Q"]) == [("Q102", 1, 17)]


def test_block_quote_spanning_two_known_quotes(lint):
    draft = """\
    Trump wrote:

    > A major prisoners swap was just completed between Russia and Ukraine.
    > Congratulations to both sides on this negotiation. This could lead to something big!
    """
    assert lint(draft, select=["Q"]) == [("Q101", 4, 54)]


def test_misquote_fix_restores_exact_words():
    from conftest import findings

    text = 'Trump wrote: "This could lead to something huge!"'
    (finding,) = findings(text, select=["Q101"])
    fixed = text[:finding.fix.start] + finding.fix.replacement + text[finding.fix.end:]
    assert fixed == 'Trump wrote: "This could lead to something big???"'


def test_paraphrased_word_and_according_to(lint):
    assert lint('"This might lead to something big???" Trump wrote.', select=["Q"]) == [("Q101", 1, 2)]
    draft = '"A major prisoners swap was just completed between Russia and Ukraine," according to Putin.'
    assert lint(draft, select=["Q"]) == [("Q102", 1, 86)]


def test_speaker_named_by_title_with_country(lint):
    draft = '\u201cA major prisoners swap was just completed between Russia and Ukraine,\u201d the Russian president wrote.'
    assert lint(draft, select=["Q"]) == [("Q102", 1, 73)]


def test_quotation_mark_styles(lint):
    draft = """\
    Trump wrote: \u2018This could lead to something huge!\u2019

    Trump wrote: \u00abThis could lead to something huge!\u00bb

    Trump wrote: "This could
    lead to something huge!"
    """
    assert lint(draft, select=["Q"]) == [("Q101", 1, 15), ("Q101", 3, 15), ("Q101", 5, 15)]


TWO_PRESIDENTS = sheet_head("handover", "A handover", "2031-06-01", (("wire", "Wire"),)) + """\
[[places]]
id = "ruritania"
name = "Ruritania"
kind = "country"
adjectives = ["Ruritanian"]
sources = ["wire"]
single_source = true
[[people]]
id = "alder"
name = "Ana Alder"
sources = ["wire"]
single_source = true
[[people.roles]]
office = "President"
country = "ruritania"
start = 2026-01-01
end = 2031-01-01
[[people]]
id = "birch"
name = "Ben Birch"
sources = ["wire"]
single_source = true
[[people.roles]]
office = "President"
country = "ruritania"
start = 2031-01-01
[[quotes]]
id = "alder-bridges"
speaker = "alder"
text = "We will build the bridges our grandparents dreamed of."
sources = ["wire"]
single_source = true
"""


def test_a_title_names_its_holder_on_the_run_date_not_the_sheet_date(lint):
    from copydesk.facts import load

    sheet = load(text=TWO_PRESIDENTS)
    draft = 'The Ruritanian president said: "We will build the bridges our grandparents dreamed of."\n'
    assert lint(draft, select=["Q"], facts=sheet, as_of=dt.date(2028, 5, 1)) == []
    assert lint(draft, select=["Q"], facts=sheet) == [("Q102", 1, 1)]  # on the sheet date Birch is president


@pytest.mark.parametrize("draft", [
    # "States" is not a speech verb: the one verb is "wrote", its subject the name in apposition
    'The President of the United States, Donald Trump, wrote on Truth Social: "Congratulations to both sides."\n',
    # a title with its holder in apposition, and a second verb of the same subject
    'The President of the United States, Donald Trump, thanked both sides, and wrote: "Congratulations to both '
    'sides."\n',
])
def test_a_title_with_its_holder_in_apposition_names_the_speaker(draft):
    from copydesk.analysis import analyse
    from copydesk.document import Document

    doc = Document.from_text(draft, "d.md")  # an analysis lives as long as its document
    (quote,) = analyse(doc, DEFAULT_FACTS, DEFAULT_FACTS.as_of).quotes
    assert (quote.speaker, quote.speaker_strength) == ("trump", "named")


def test_the_speaker_before_a_quotation_is_the_verbs_subject_not_a_name_in_its_relative_clause(lint):
    draft = ('U.S. President Donald Trump, who had spoken with Vladimir Putin for two hours on Monday, wrote on '
             'Friday that the swap "could lead to something big".\n')
    assert lint(draft, select=["Q"]) == []
    assert lint(draft.replace("Donald Trump, who had spoken with Vladimir Putin", "Vladimir Putin, who had spoken "
                              "with Donald Trump"), select=["Q"]) == [("Q102", 1, 16)]


def test_a_phrase_scattered_over_a_quote_is_no_misquote_of_it_but_two_sources_wordings_may_be():
    def tokens(text: str) -> list[str]:
        return [word for word, _, _ in words(text)]

    known = tokens("It is such an honor to realize that he is the first American Pope.")
    phrase = tokens("in honor of the first American pope")
    assert similarity(phrase, known) == 0.0  # a draft's phrase: its words stand apart in the quote
    assert similarity(phrase, known, wordings=True) >= 0.6  # facts build: a cut or a translation of one statement


def test_a_block_quote_signed_after_a_dash_is_its_signers_and_introduces_nothing_after_it(lint):
    draft = """\
    ## Quotes of the week

    > "A major prisoners swap was just completed between Russia and Ukraine." – Donald Trump, Friday

    > "We are bringing our people home." – Volodymyr Zelensky, Friday
    """
    assert lint(draft, select=["Q"]) == []
    assert lint(draft.replace("– Volodymyr Zelensky", "– Donald Trump"), select=["Q"]) == [("Q102", 5, 40)]


def test_a_participle_without_a_subject_speaks_for_its_clauses_subject_not_for_its_object(lint):
    draft = ("Yulia Svyrydenko spoke first. In the evening she thanked Zelensky, writing: "
             "\"Congratulations to both sides on this negotiation.\"\n")
    assert lint(draft, select=["Q102"]) == []
    assert lint(draft.replace("she thanked Zelensky", "Zelensky thanked her"), select=["Q102"]) == [("Q102", 1, 46)]


def test_a_name_after_that_in_an_attribution_is_told_of_not_speaking(lint):
    draft = ("Donald Trump, who had hailed the swap as something that \"could lead to something big\", wrote two days "
             "later that Vladimir Putin had \"gone absolutely CRAZY\".\n")
    assert lint(draft, select=["Q102"]) == []
    assert lint(draft.replace("wrote two days later that Vladimir Putin had", "wrote Vladimir Putin, who had"),
                select=["Q102"]) == [("Q102", 1, 94)]


def test_a_wording_set_against_the_exact_words_in_its_paragraph_is_no_misquote(lint):
    draft = ("A screenshot has Zelensky saying \"We are bringing all our people home.\" That is not what he said. "
             "His words were: \"We are bringing our people home.\"\n")
    assert lint(draft, select=["Q101"]) == []
    assert lint(draft.split(" That is")[0] + "\n", select=["Q101"]) == [("Q101", 1, 35)]


def test_known_words_reported_inside_a_quotation_with_their_attribution_are_no_misquote(lint):
    draft = "\"We are bringing our people home, the president said. I wanted to believe him,\" she said.\n"
    assert lint(draft, select=["Q101"]) == []
    assert lint("\"We are bringing all our people home,\" the president said.\n", select=["Q101"]) == [("Q101", 1, 2)]
