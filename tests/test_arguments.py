"""Every subcommand answers every malformed argument with exit 2 and one line on stderr, never a traceback
(issue 25: `mutate --as-of 2025-13-40` ended in one)."""
from __future__ import annotations

import argparse

import pytest

from copydesk.cli import build_parser, main

COMMANDS = {  # each subcommand with arguments that make it run
    "check": ["check", "{draft}"],
    "mutate": ["mutate", "{draft}"],
    "index": ["index", "{draft}", "--db", "{tmp}/index.db"],
    "affected": ["affected", "{sheet}", "{sheet}", "{draft}"],
    "facts build": ["facts", "build", "{draft}", "-o", "{tmp}/built.toml"],
    "facts update": ["facts", "update", "{sheet}", "{draft}"],
    "facts show": ["facts", "show"],
    "facts check": ["facts", "check", "{sheet}"],
    "facts diff": ["facts", "diff", "{sheet}", "{sheet}"],
    "rule": ["rule", "T101"],
}
MALFORMED = {  # each option, and values of the wrong kind for it
    "--as-of": ["2025-13-40", "2025-02-30", "nope", ""],
    "--jobs": ["0", "-2", "many"],
    "--select": [",", "", "T1O1"],
    "--ignore": [" , ", "ZZ"],
    "--per-draft": ["0", "x"],
    "--seed": ["x"],
    "--format": ["yaml"],
    "--severity": ["fatal"],
    "--fail-on": ["fatal"],
    "--facts": ["{tmp}/missing.toml", "{tmp}", "{draft}"],
    "--config": ["{tmp}/missing.toml", "{draft}"],
    "--db": ["{tmp}"],
    "--output": ["{tmp}/no/such/folder/x", "{tmp}"],
    "-o": ["{tmp}/no/such/folder/x.toml", "{tmp}"],
    "--diff-file": ["{tmp}/missing.diff"],
    "--for": ["{tmp}/missing/folder"],
    "--style": ["{tmp}/missing.toml", "{tmp}", "{draft}"],
}


def options_of(argv: list[str]) -> set[str]:
    parser = build_parser()
    for word in argv:
        sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
        if sub is None or word not in sub.choices:
            break
        parser = sub.choices[word]
    return {option for action in parser._actions for option in action.option_strings}


CASES = [(name, option, value) for name, argv in COMMANDS.items() for option in sorted(options_of(argv))
         if option in MALFORMED for value in MALFORMED[option]]


@pytest.fixture
def fill(tmp_path, monkeypatch) -> dict[str, str]:
    """A dated draft and a copy of the embedded sheet in a fresh folder, and the words that name them."""
    from copydesk.facts import _default_sheet_text

    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.md").write_text("---\ndate: 2025-05-24\n---\nFormer President Donald Trump spoke in Kiev on "
                                       "Saturday as each side freed 307 more prisoners.\n")
    (tmp_path / "sheet.toml").write_text(_default_sheet_text())
    return {"{draft}": str(tmp_path / "draft.md"), "{sheet}": str(tmp_path / "sheet.toml"), "{tmp}": str(tmp_path)}


def filled(word: str, fill: dict[str, str]) -> str:
    for key, path in fill.items():
        word = word.replace(key, path)
    return word


def run(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code if isinstance(exit_.code, int) else 2
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name, option, value", CASES, ids=[f"{n} {o} {v!r}" for n, o, v in CASES])
def test_a_malformed_argument_is_a_usage_error(name, option, value, fill, capsys):
    argv = [filled(word, fill) for word in COMMANDS[name]]
    given = [f"{option}={filled(value, fill)}"] if not value or value.startswith("-") else [option, filled(value, fill)]
    code, err = run([*argv, *given], capsys)
    assert code == 2, (argv, given, err)
    assert "Traceback" not in err and "error" in err and err.count("\n") <= 12, err


def test_every_subcommand_is_covered():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    facts = next(a for a in sub.choices["facts"]._actions if isinstance(a, argparse._SubParsersAction))
    named = {*sub.choices, *(f"facts {name}" for name in facts.choices)} - {"facts", "lsp", "rules"}
    assert named <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_runs_with_its_well_formed_arguments(name, fill, capsys):
    """So that a malformed argument above is what makes the command exit 2."""
    code, err = run([filled(word, fill) for word in COMMANDS[name]], capsys)
    assert code in (0, 1), (name, err)
