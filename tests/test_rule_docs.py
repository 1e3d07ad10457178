"""Every rule documents itself in ruff's style, and its documented examples behave as documented."""
import pytest

from conftest import REGISTRY, findings
from copydesk.rule import REQUIRED_SECTIONS

RULES = list(REGISTRY.values())


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_docstring_has_required_sections(rule):
    sections = rule.sections()
    for heading in REQUIRED_SECTIONS:
        assert sections.get(heading), f"{rule.code} lacks '## {heading}'"
    assert rule.summary()
    if getattr(rule, "examples_are_drafts", True):  # an unreadable file or a crash is described, not shown
        assert rule.examples("Example") and rule.examples("Use instead")


def example_sheet(rule):
    """The sheet a rule's examples are checked against: its docstring's own, else the embedded one."""
    from copydesk.facts import load

    sheets = rule.examples("Fact sheet")
    return load(text=sheets[0]) if sheets else None


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_failing_example_produces_the_rule(rule):
    for example in rule.examples("Example"):
        assert rule.code in [f.code for f in findings(example, facts=example_sheet(rule))], example


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_passing_example_produces_nothing(rule):
    for example in rule.examples("Use instead"):
        assert [(f.code, f.message) for f in findings(example, facts=example_sheet(rule))] == [], example


def test_every_builtin_module_declares_the_family_its_codes_start_with():
    import importlib

    import copydesk.rules

    for name in copydesk.rules.BUILTIN_MODULES:
        module = importlib.import_module(name)
        assert module.RULES and all(rule.code.startswith(module.FAMILY.letter) for rule in module.RULES), name
    assert len({rule.family() for rule in REGISTRY.values()}) == len(copydesk.rules.BUILTIN_MODULES)


def test_generated_rule_docs_are_current(capsys):
    from pathlib import Path

    from copydesk.cli import main

    main(["rules", "--docs"])
    generated = capsys.readouterr().out
    committed = (Path(__file__).parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == generated, "run `copydesk rules --docs > docs/rules.md`"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_a_rule_declares_the_fixes_its_findings_carry(rule):
    """"none" finds nothing with a fix; "always" finds nothing without one; each is in the rule's docs."""
    assert rule.fix_availability in ("none", "sometimes", "always")
    assert f"Fix: {rule.fix_availability}." in rule.documentation()
    found = [f for example in rule.examples("Example") for f in findings(example, facts=example_sheet(rule))
             if f.code == rule.code]
    if rule.fix_availability == "none":
        assert all(f.fix is None for f in found)
    if rule.fix_availability == "always":
        assert all(f.fix is not None for f in found)
