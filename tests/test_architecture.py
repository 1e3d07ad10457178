"""The package's shape: one import name, layers and family independence (import-linter), types (mypy)."""
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from copydesk.facts import tomllib

pytestmark = pytest.mark.slow  # builds, type-checks or runs real processes

CHECKOUT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((CHECKOUT / "pyproject.toml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def package_tree(tmp_path_factory) -> Path:
    """The package laid out as pip installs it (pyproject's package-dir: linter/ -> copydesk, rules/ ->
    copydesk.rules), so the tools see the same modules whether the checkout is installed editable or not."""
    root = tmp_path_factory.mktemp("tree")
    mapping = PYPROJECT["tool"]["setuptools"]["package-dir"]
    for package in PYPROJECT["tool"]["setuptools"]["packages"]:
        target = root.joinpath(*package.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for source in (CHECKOUT / mapping[package]).glob("*"):
            if source.is_file() and source.suffix in (".py", ".toml", ".md"):
                shutil.copy2(source, target / source.name)
    shutil.copy2(CHECKOUT / "pyproject.toml", root / "pyproject.toml")
    return root


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "lint-imports"), "--config", "pyproject.toml", "--no-cache"], cwd=tree,
                          env={"PYTHONPATH": str(tree), "PATH": str(BIN)}, capture_output=True, text=True, timeout=300)


def test_import_contracts_hold(package_tree):
    result = lint_imports(package_tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("module,violation,contract", [
    ("rules/claims.py", "from copydesk.rules import titles as _titles", "rule families do not import each other"),
    ("facts.py", "from copydesk import cli as _cli", "copydesk layers"),
    ("analysis/__init__.py", "from copydesk import rule as _rule", "copydesk layers"),
    ("model.py", "from copydesk import phrases as _phrases", "the fact model is plain data"),
])
def test_import_contracts_catch_a_violation(package_tree, tmp_path, module, violation, contract):
    broken = tmp_path / "broken"
    shutil.copytree(package_tree, broken)
    path = broken / "copydesk" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{violation}\n", encoding="utf-8")
    result = lint_imports(broken)
    assert result.returncode == 1
    assert f"{contract} BROKEN" in result.stdout


def test_mypy_is_clean(package_tree):
    result = subprocess.run([str(BIN / "mypy"), "--config-file", "pyproject.toml", "--no-incremental", "copydesk"],
                            cwd=package_tree, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_top_level_names_are_only_copydesk(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(CHECKOUT / name, source / name)
    for folder in {path.split("/")[0] for path in PYPROJECT["tool"]["setuptools"]["package-dir"].values()}:
        shutil.copytree(CHECKOUT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                            str(source)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("copydesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        top = {name.split("/")[0] for name in archive.namelist()}
        assert "copydesk/rules/titles.py" in archive.namelist()
        assert "copydesk/data/default_facts.toml" in archive.namelist()
    assert {name for name in top if not name.endswith(".dist-info")} == {"copydesk"}


def test_every_module_of_the_engine_has_a_layer():
    layers = next(c for c in PYPROJECT["tool"]["importlinter"]["contracts"] if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    modules = {f"copydesk.{path.stem}" for path in (CHECKOUT / "linter").glob("*.py") if path.stem != "__init__"}
    assert modules - placed == set(), "add these modules to a layer in pyproject.toml"
