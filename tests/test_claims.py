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
