"""Frame accuracy on the construction bank (tests/grammar): the parse-based frames the gate reads must
stay this good. `python -m tests.grammar.score` prints the table per kind."""
import pytest

from grammar.score import evaluate, rate

# Measured with the shipped pipeline (see the README); a floor a little below each, so a worse parser
# or a broken frame rule fails here rather than in a newsroom's hook.
FLOORS = {"counts": 0.82, "categories": 0.80, "partitive": 0.95, "increment": 0.95, "total": 0.90,
          "predicate": 0.82, "time": 0.78, "place": 0.82, "negated": 0.95, "modal": 0.93, "speaker": 0.88}


@pytest.fixture(scope="module")
def measured():
    by_field, _, _ = evaluate()
    return by_field


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_frame_field_accuracy(measured, field):
    assert len(measured[field]) >= 300
    assert rate(measured[field]) >= FLOORS[field]
