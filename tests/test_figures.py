"""Numbers that mean what they say in any kind of story: decimals, rounding, kinds of figure."""
from copydesk.facts import load
from conftest import codes

ELECTION_TEXT = """\
schema = 1
[story]
id = "ruritania-election"
title = "Ruritania votes"
as_of = 2031-02-24
[[sources]]
id = "wire"
file = "wire.txt"
outlet = "Wire"
[[events]]
id = "vote"
name = "the parliamentary election"
date = 2031-02-23
cues = [["election", "vote", "voted", "ballot"]]
sources = ["wire"]
single_source = true
[[measures]]
id = "share"
what = "share of the vote"
unit = "percent"
cues = [["won", "took", "share", "vote", "polled", "put"]]
[[quantities]]
id = "greens-share"
measure = "share"
what = "the Greens' share of the vote"
value = 16.4
event = "vote"
sources = ["wire"]
single_source = true
[[quantities]]
id = "greens-exit-poll"
measure = "share"
what = "the Greens' share in the exit poll"
value = 17.0
figure = "exit poll"
event = "vote"
sources = ["wire"]
single_source = true
"""
ELECTION = load(text=ELECTION_TEXT)


def test_a_value_rounded_as_written_is_the_value(lint):
    assert lint("The Greens won 16% of the vote.\n", facts=ELECTION) == []
    assert lint("The Greens won 16.4% of the vote.\n", facts=ELECTION) == []
    assert lint("The Greens won 17% of the vote.\n", facts=ELECTION) == [("N101", 1, 16)]
    assert lint("The Greens won 16.5% of the vote.\n", facts=ELECTION) == [("N101", 1, 16)]


def test_decimals_are_compared_exactly():
    sheet = load(text=ELECTION_TEXT.replace("value = 16.4", "value = 28.5\ntolerance = 0.1"))
    assert codes("The Greens won 28.6% of the vote.\n", facts=sheet) == []
    assert codes("The Greens won 28.7% of the vote.\n", facts=sheet) == [("N101", 1, 16)]


def test_an_exit_poll_is_judged_only_against_the_exit_poll(lint):
    assert lint("An exit poll put the Greens at 17% of the vote.\n", facts=ELECTION) == []
    assert lint("An exit poll put the Greens at 19% of the vote.\n", facts=ELECTION) == [("N101", 1, 32)]
    assert lint("A survey last month put the Greens at 12% of the vote.\n", facts=ELECTION) == []


def test_each_value_is_dated_by_its_own_phrase(lint):
    assert lint("The Greens' vote share rose from 12.1% in 2027 to 17% in the election.\n", facts=ELECTION) == \
        [("N101", 1, 51)]
    assert lint("In 2027, the Greens won 12.1% of the vote.\n", facts=ELECTION) == []
    assert lint("The Greens won 19% of the vote, the best result since 1990.\n", facts=ELECTION) == \
        [("N101", 1, 16)]
