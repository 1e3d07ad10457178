import pytest


def test_wrong_mediator(lint):
    assert lint("The Istanbul talks were brokered by Qatar.", select=["C"]) == [("C101", 1, 37)]


def test_mediator_of_other_exchanges_is_not_the_claim(lint):
    draft = "Earlier swaps had usually been mediated by the United Arab Emirates. Turkey brokered the Istanbul talks."
    assert lint(draft, select=["C"]) == []


def test_wrong_venue(lint):
    assert lint("Delegations met face-to-face in Geneva last week.", select=["C"]) == [("C101", 1, 33)]


def test_freed_russians_destination(lint):
    assert lint("The freed Russian soldiers were flown to Moscow.", select=["C"]) == [("C101", 1, 39)]
    assert lint("The freed Russian soldiers were taken to Belarus before going on to Moscow.", select=["C"]) == []


@pytest.mark.parametrize("draft, expected", [
    # a country the sheet does not list as wrong, in the claim's slot, is another value
    ("The talks in Istanbul were mediated by Oman.", [("C102", 1, 40)]),
    ("The Istanbul talks were brokered by Norway and Brazil, officials said.", [("C102", 1, 37), ("C102", 1, 48)]),
    ("Freed Russian soldiers were taken to Armenia first.", [("C102", 1, 38)]),
    # denied, planned, or beside the true value: not a claim of another value
    ("The talks in Istanbul were not mediated by Oman.", []),
    ("The Istanbul talks were brokered by Turkey, not by Oman.", []),
    # not a country, or a country outside the slot
    ("The talks in Istanbul were mediated by Hakan Fidan.", []),
    ("Freed Russian soldiers were taken to a camp near the border with Armenia.", []),
    ("Russian soldiers freed in Armenia were taken to a hospital.", []),
    # a country the story knows has another part in it
    ("Freed Russian soldiers were taken to Ukraine's border first.", []),
    # a claim whose value is a city has no country slot
    ("The direct talks were held in Oman.", []),
])
def test_another_country_in_a_claims_slot(lint, draft, expected):
    assert lint(draft, select=["C"]) == expected


def test_a_claims_slots_are_its_own_or_its_cues_that_end_in_a_preposition():
    from copydesk.model import Claim
    claim = Claim(id="c", sources=("s",), subject="who mediated", value="Turkey",
                  cues=(("mediat", "hosted by"), ("talks",)), wrong=())
    assert claim.slot_phrases() == (("hosted", "by"),)
    assert Claim(id="c", sources=("s",), subject="who mediated", value="Turkey", cues=(("talks",),), wrong=(),
                 slots=("mediated by", "Brokered BY")).slot_phrases() == (("mediated", "by"), ("Brokered", "by"))
