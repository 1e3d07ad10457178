"""Every rule's message formats read as English: verbs agree with their subject, dates take the preposition
their precision takes, under either severity (issue 24: "talks ... was on Friday", "was on February 2022")."""
import string

import pytest

from conftest import REGISTRY
from copydesk.facts import Date
from copydesk.finding import Finding
from copydesk.formatters import Report, text
from copydesk.text import plural

SUBJECTS = {"the prisoner exchange": "was", "the direct talks of 16 May 2025": "were",
            "Russia and Ukraine": "were", "the United States": "was", "the news": "was"}
DATES = {Date(2025, 5, 23): "on Friday 23 May 2025", Date(2022, 2): "in February 2022", Date(2022): "in 2022"}
TEMPLATED = [(rule, key) for rule in REGISTRY.values() for key in rule.messages]


def test_every_rule_declares_its_message_formats_and_its_docs_list_them():
    for rule in REGISTRY.values():
        assert rule.messages, rule.code
        assert all(f"- `{key}`: {template}" in rule.documentation() for key, template in rule.messages.items())


@pytest.mark.parametrize("subject, verb", SUBJECTS.items())
def test_a_subject_takes_the_verb_its_head_noun_takes(subject, verb):
    assert plural(subject) == (verb == "were")


@pytest.mark.parametrize("rule, key", TEMPLATED, ids=[f"{rule.code}-{key}" for rule, key in TEMPLATED])
@pytest.mark.parametrize("severity", ["error", "warning"])
def test_every_format_renders_with_each_subject_and_date_precision(rule, key, severity):
    template = rule.messages[key]
    fields = [name for _, name, _, _ in string.Formatter().parse(template) if name and name not in ("was", "is")]
    present = {"was": "is", "were": "are"}
    for subject, verb in SUBJECTS.items():
        for date, written_date in DATES.items():
            values = {name: date if name == "date" else subject if name == "subject" else f"<{name}>"
                      for name in fields}
            message = rule.say(key, **values)
            assert "{" not in message and "}" not in message
            if "{subject} {was}" in template:
                assert f"{subject} {verb}" in message
            if "{subject} {is}" in template:
                assert f"{subject} {present[verb]}" in message
            if "date" in fields:
                assert written_date in message
                assert " on February" not in message and " on 2022" not in message and " in Friday" not in message
            finding = Finding("d.md", 1, 1, 1, 2, rule.code, severity, message)
            assert text(Report([finding], 1)).startswith(f"d.md:1:1: {rule.code} [{severity}] {message}\n")


def test_d101_agrees_with_a_plural_event_and_dates_a_month_with_in():
    from copydesk.rules.timeline import WrongEventDate

    assert WrongEventDate.say("date", subject="the direct talks", date=Date(2025, 5, 16), written="Thursday") == \
        "the direct talks were on Friday 16 May 2025, not \u201cThursday\u201d"
    assert WrongEventDate.say("date", subject="the full-scale invasion", date=Date(2022, 2), written="2021") == \
        "the full-scale invasion was in February 2022, not \u201c2021\u201d"
