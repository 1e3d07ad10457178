def test_disable_next_line(lint):
    draft = """\
    <!-- copydesk: disable-next-line T101 -->
    Former President Donald Trump spoke.

    Former President Donald Trump spoke again.
    """
    assert lint(draft, select=["T", "E"]) == [("T101", 4, 1)]


def test_disable_enable_range_and_family_prefix(lint):
    draft = """\
    <!-- copydesk: disable S -->
    Officials in Kiev spoke.

    Odessa was shelled.
    <!-- copydesk: enable S -->

    Kiev again.
    """
    assert lint(draft, select=["S", "E"]) == [("S101", 7, 1)]


def test_suppression_without_code_is_an_error(lint):
    assert lint("<!-- copydesk: disable-next-line -->\nKyiv.\n", select=["S", "E"]) == [("E100", 1, 1)]


def test_unused_suppression_is_reported(lint):
    draft = "<!-- copydesk: disable-next-line T101 -->\nPresident Donald Trump spoke.\n"
    assert lint(draft, select=["T", "E"]) == [("E101", 1, 1)]


def test_a_reason_after_two_dashes_is_not_a_code(lint):
    draft = """\
    <!-- copydesk: disable-next-line T101 -- the headline of 2021, quoted as printed -->
    Former President Donald Trump spoke.
    """
    assert lint(draft, select=["T", "E"]) == []
    assert lint("<!-- copydesk: disable-next-line -- no code, only a reason -->\nKyiv.\n", select=["S", "E"]) == \
        [("E100", 1, 1)]
