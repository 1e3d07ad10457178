import pytest

from copydesk.cli import main
from copydesk.config import ConfigError, discover
from copydesk.engine import check_document, select_rules
from copydesk.document import Document
from conftest import DEFAULT_FACTS, REGISTRY


def test_pyproject_table_found_upward(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.copydesk]\nignore = ["S"]\nas-of = "2024-01-01"\n')
    nested = tmp_path / "drafts" / "2025"
    nested.mkdir(parents=True)
    config = discover(nested)
    assert config.ignore == ["S"] and config.as_of.year == 2024
    assert config.path == tmp_path / "pyproject.toml"


def test_copydesk_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.copydesk]\nignore = ["S"]\n')
    (tmp_path / "copydesk.toml").write_text('ignore = ["T"]\nfacts = "sheet.toml"\n')
    config = discover(tmp_path)
    assert config.ignore == ["T"] and config.facts == (tmp_path / "sheet.toml").resolve()


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert discover(tmp_path).path is None


@pytest.mark.parametrize("content, message", [
    ('colour = "red"\n', "unknown key 'colour'"),
    ('select = "T"\n', "select: expected an array of strings"),
    ('[severity]\nT101 = "fatal"\n', "severity: expected a table"),
    ('as-of = "soon"\n', "as-of: not a date"),
    ('select = [\n', "TOML syntax error"),
])
def test_bad_configuration_is_an_error(tmp_path, content, message):
    (tmp_path / ".copydesk.toml").write_text(content)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        discover(tmp_path)


def test_per_file_ignores_and_severity_override(tmp_path):
    (tmp_path / "copydesk.toml").write_text(
        '[per-file-ignores]\n"archive/*.md" = ["T101"]\n[severity]\nS101 = "warning"\n')
    config = discover(tmp_path)
    rules = select_rules(REGISTRY, config, None, None)
    archived = Document.from_text("Former President Donald Trump spoke in Kiev.", str(tmp_path / "archive" / "a.md"))
    found = check_document(archived, DEFAULT_FACTS, rules, config=config)
    assert [(f.code, f.severity) for f in found] == [("S101", "warning")]


def test_rule_options_are_validated_and_used(tmp_path):
    (tmp_path / "copydesk.toml").write_text('[rules.Q102]\nplatforms = ["Telegram"]\n')
    config = discover(tmp_path)
    (rule,) = [r for r in select_rules(REGISTRY, config, ["Q102"], None) if r.code == "Q102"]
    assert rule.options["platforms"] == ["Telegram"]
    (tmp_path / "copydesk.toml").write_text('[rules.Q102]\ncolour = "red"\n')
    with pytest.raises(ConfigError, match=r"rules.Q102.colour: unknown option \(options: platforms\)"):
        select_rules(REGISTRY, discover(tmp_path), None, None)
    (tmp_path / "copydesk.toml").write_text('[rules.Z999]\nx = 1\n')
    with pytest.raises(ConfigError, match="rules.Z999: no such rule"):
        select_rules(REGISTRY, discover(tmp_path), None, None)


@pytest.mark.parametrize("value,expected", [("5", "expected an array of strings, got 5"),
                                            ('"Telegram"', "expected an array of strings, got 'Telegram'"),
                                            ("[1, 2]", "expected an array of strings, got [1, 2]")])
def test_rule_options_of_the_wrong_type_are_a_configuration_error(tmp_path, capsys, value, expected):
    (tmp_path / "copydesk.toml").write_text(f"[rules.Q102]\nplatforms = {value}\n")
    (tmp_path / "draft.md").write_text("Kyiv.\n")
    assert main(["check", str(tmp_path / "draft.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("copydesk: error: ") and f"rules.Q102.platforms: {expected}" in err


def test_copydesks_own_codes_are_configured_like_any_rule(tmp_path, capsys):
    from copydesk.cli import main

    draft = tmp_path / "notes.md"
    draft.write_text("<!-- copydesk: disable-next-line T101 -->\nPresident Donald Trump spoke.\n")  # E101
    config = tmp_path / "copydesk.toml"
    config.write_text('[severity]\nE101 = "info"\n')
    assert main(["check", "--severity", "warning", "--fail-on", "warning", str(draft)]) == 0
    assert "E101" not in capsys.readouterr().out
    config.write_text("")
    assert main(["check", "--ignore", "E101", "--fail-on", "warning", str(draft)]) == 0
    assert "E101" not in capsys.readouterr().out
    config.write_text('[per-file-ignores]\n"notes.md" = ["E1"]\n')
    assert main(["check", "--fail-on", "warning", str(draft)]) == 0
    config.write_text("")
    assert main(["check", "--select", "N", "--fail-on", "warning", str(draft), str(tmp_path / "gone.md")]) == 2
    capsys.readouterr()
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    assert main(["check", "--select", "N", str(tmp_path / "binary.md")]) == 1  # a selection never hides E001
    assert "E001 [error]" in capsys.readouterr().out
    assert main(["rule", "E101"]) == 0 and "## What it does" in capsys.readouterr().out
