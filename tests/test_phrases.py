"""Cue phrases: the one-pass catalog answers exactly what a search of each phrase list would."""
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.phrases import PhraseIndex, cue_test

WORDS = ["swap", "swaps", "swapped", "freed", "handed", "over", "Kyiv", "kyiv", "home", "the", "exchange",
         "exchanges", "prison", "prisoners"]
JOINS = [" ", "-", ", ", ". ", "  ", "'", "/"]


def search_semantics(groups, unless, text):
    """What a cue test meant before the catalog: one phrase list searched per group."""
    return all(PhraseIndex(group).search(text) for group in groups) and \
        not (unless and PhraseIndex(unless).search(text))


phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=2).map(" ".join)
group = st.lists(phrase, min_size=1, max_size=3).map(tuple)
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(JOINS)), max_size=12).map(
    lambda parts: "".join(word + join for word, join in parts))


@settings(max_examples=300, deadline=None)
@given(groups=st.lists(group, min_size=1, max_size=3).map(tuple), unless=st.lists(phrase, max_size=2).map(tuple),
       text=texts)
def test_cue_test_answers_as_searching_each_group(groups, unless, text):
    assert cue_test(groups, unless).passes(text) == search_semantics(groups, unless, text)


@settings(max_examples=300, deadline=None)
@given(phrases=group, text=texts, inflect=st.booleans())
def test_occurs_in_is_search_found_something(phrases, text, inflect):
    index = PhraseIndex(phrases, inflect=inflect)
    assert index.occurs_in(text) == (index.search(text) is not None)


def test_phrases_are_words_with_endings_any_joiner_and_case_for_capitals():
    test = cue_test((("hand over", "swap"),), ("Kyiv",))
    assert test.passes("They hand-over the men.")
    assert not test.passes("They handed over the men.")  # endings go on the last word only
    assert test.passes("after the swaps")
    assert not test.passes("a swapper")  # "per" is not an ending
    assert test.passes("swap in kyiv")  # "Kyiv" has a capital: "kyiv" is not it
    assert not test.passes("swap in Kyiv")


def test_a_text_read_before_a_new_phrase_is_read_again_for_it():
    text = "The prisoners went home."
    assert cue_test((("prisoner",),)).passes(text)
    assert cue_test((("went home",),)).passes(text)  # learnt after the text was first read
    assert not cue_test((("came home",),)).passes(text)


def test_the_phrase_catalog_keeps_only_what_live_cue_tests_ask(monkeypatch):
    import gc

    from copydesk import phrases

    monkeypatch.setattr(phrases, "CATALOG_PHRASES_KEPT", 50)
    kept = phrases.CueTest((("ceasefire", "truce"),), ())
    for index in range(200):  # sheet after sheet, each with cue words of its own, then gone
        phrases.CueTest(((f"pause{index}", f"halt{index} vote"),), ())
    gc.collect()
    assert kept.passes("The truce held.") and not kept.passes("The pause7 held.")
    catalog = phrases._CATALOGS[True]
    gone = [phrase for phrase in catalog.known if phrase.startswith(("pause", "halt"))]
    assert len(gone) <= 50 and {"ceasefire", "truce"} <= catalog.known  # 400 asked for, at most 50 kept
