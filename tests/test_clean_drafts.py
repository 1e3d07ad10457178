"""Clean drafts written for the tests: no rule may report anything on them."""
from pathlib import Path

import pytest

from conftest import findings

DRAFTS = Path(__file__).parent / "drafts"


@pytest.mark.parametrize("path", sorted(DRAFTS.glob("clean_*")), ids=lambda p: p.name)
def test_clean_draft_has_no_findings(path):
    found = findings(path.read_text(encoding="utf-8"), path=path.name)
    assert [(f.code, f.line, f.column, f.message) for f in found] == []
