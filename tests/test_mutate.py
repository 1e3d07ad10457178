import json
from pathlib import Path

from copydesk.cli import main

DRAFTS = sorted(str(p) for p in (Path(__file__).parent / "drafts").glob("clean_*"))


def run(capsys, *args):
    code = main(["mutate", *DRAFTS, "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_every_family_is_planted_and_caught_with_no_false_positive(capsys):
    code, result = run(capsys, "--per-draft", "40", "--seed", "3")
    assert code == 0
    assert set(result["by_family"]) == {"T", "N", "S", "Q", "C", "D"}
    for family, counts in result["by_family"].items():
        assert counts["planted"] > 0 and counts["caught"] / counts["planted"] >= 0.99, family
    assert result["false_positives"] == 0 and result["missed"] == []
    assert result["planted"] == sum(c["planted"] for c in result["by_family"].values())


def test_deterministic_for_a_seed(capsys):
    assert run(capsys, "--per-draft", "5", "--seed", "11") == run(capsys, "--per-draft", "5", "--seed", "11")
    first = run(capsys, "--per-draft", "5", "--seed", "11")[1]["planted"]
    assert first == 5 * len(DRAFTS)


def test_a_dateline_is_planted_only_where_the_draft_has_its_own_date():
    from copydesk import mutate
    from copydesk.document import Document
    from copydesk.facts import load
    from copydesk.registry import load_rules
    from copydesk.rule import Context

    body = "KYIV, May 23 (Reuters) - Russia and Ukraine freed 390 prisoners each on Friday in the exchange.\n"
    sheet = load()
    for text, expected in [(body, False), ("---\ndate: 2025-05-23\n---\n" + body, True)]:
        doc = Document.from_text(text, "draft.md")
        plants = mutate.plants(Context(doc, sheet, sheet.as_of), mutate.planters(load_rules()))["D"]
        dateline_day = text.index("May 23") + 4
        assert any(plant.start == dateline_day for plant in plants) is expected


def test_mutate_reads_drafts_as_check_does_with_the_configuration_that_applies(tmp_path, capsys):
    import shutil

    from copydesk.cli import main

    root = Path(__file__).resolve().parent
    desk = tmp_path / "pope"
    desk.mkdir()
    for name in ("clean_cardinals.md", "clean_election.md", "clean_first_mass.md"):  # every plant found there
        shutil.copy(root / "drafts" / "pope-leo" / name, desk / name)
    sheet = root.parent / "examples" / "pope-leo" / "facts.toml"
    (desk / "copydesk.toml").write_text(f'facts = "{sheet}"\n')  # found from the drafts' folder, as check finds it
    code = main(["mutate", *map(str, sorted(desk.glob("clean_*"))), "--per-draft", "10", "--format", "json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["planted"] > 0 and result["false_positives"] == 0
