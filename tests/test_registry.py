import os
import subprocess
import sys
import textwrap

import pytest

from copydesk.registry import RegistryError, register
from copydesk.rule import Rule

PLUGIN = '''
from copydesk.finding import Violation
from copydesk.rule import Rule


class NoExclamations(Rule):
    """Flags exclamation marks in prose.

    ## What it does
    Reports "!" outside quotations.

    ## Why is this bad?
    Wire style avoids them.

    ## Example
    ```markdown
    Big news!
    ```

    ## Use instead
    ```markdown
    Big news.
    ```
    """

    code = "X101"
    name = "no-exclamations"
    severity = "warning"

    def check(self, ctx):
        for index, char in enumerate(ctx.doc.prose):
            if char == "!":
                yield Violation(index, index + 1, "exclamation mark")


RULES = [NoExclamations]
'''


def install_plugin(site):
    """Lay the plugin out as an installed distribution: a module and a dist-info with an entry point."""
    (site / "copydesk_exclaim.py").write_text(textwrap.dedent(PLUGIN))
    info = site / "copydesk_exclaim-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: copydesk-exclaim\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[copydesk.rules]\nexclaim = copydesk_exclaim\n")


def run(args, site, cwd):
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "copydesk", *args], capture_output=True, text=True, env=env, cwd=cwd)


@pytest.mark.slow  # runs copydesk in a process, with a plugin installed
def test_entry_point_plugin_is_loaded_and_runs(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site)
    (tmp_path / "draft.md").write_text("Kyiv celebrated!\n")
    listed = run(["rules"], site, tmp_path)
    assert "X101  no-exclamations" in listed.stdout
    checked = run(["check", "draft.md"], site, tmp_path)
    assert checked.returncode == 0 and "draft.md:1:16: X101 [warning] exclamation mark" in checked.stdout  # a warning


class Good(Rule):
    code = "T901"
    name = "good"


def test_invalid_and_duplicate_codes_are_rejected():
    bad = type("Bad", (Rule,), {"code": "T1", "name": "bad"})
    with pytest.raises(RegistryError, match="invalid rule code"):
        register([(bad, "test")])
    with pytest.raises(RegistryError, match="duplicate rule code T901"):
        register([(Good, "a"), (Good, "b")])
    with pytest.raises(RegistryError, match="not a copydesk Rule"):
        register([(object, "test")])


def loaded_modules_after(args, tmp_path, env=None):
    probe = ("import sys; from copydesk.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(' '.join(sorted(sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, **(env or {})})
    return set(done.stderr.split())


@pytest.mark.slow  # runs copydesk in a process, to see what it imported
def test_version_imports_nothing_it_does_not_print(tmp_path):
    loaded = loaded_modules_after(["--version"], tmp_path)
    assert {m for m in loaded if m.startswith("copydesk")} == {"copydesk", "copydesk.cli", "copydesk.finding",
                                                                "copydesk.jobs"}
    assert not {"regex", "markdown_it", "tomllib", "tomli"} & loaded


@pytest.mark.slow  # runs copydesk in a process, to see what it imported
def test_plugins_are_looked_for_without_importlib_metadata_unless_one_is_installed(tmp_path):
    (tmp_path / "draft.md").write_text("Kyiv.\n")
    assert "importlib.metadata" not in loaded_modules_after(["check", "draft.md"], tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site)
    assert "importlib.metadata" in loaded_modules_after(["check", "draft.md"], tmp_path, {"PYTHONPATH": str(site)})
