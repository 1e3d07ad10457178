"""docs/architecture.md is true to the code: its table of layers names every module of the package and no
module that is gone; the package imports its own modules relatively, so its graph reads from the checkout."""
import re
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
ARCHITECTURE = (CHECKOUT / "docs" / "architecture.md").read_text(encoding="utf-8")


def package_modules() -> set[str]:
    modules = {path.stem for path in (CHECKOUT / "linter").glob("*.py") if path.stem != "__init__"}
    modules |= {f"analysis.{path.stem}" for path in (CHECKOUT / "linter" / "analysis").glob("*.py")
                if path.stem != "__init__"} | {"analysis"}
    return modules


def documented_modules() -> set[str]:
    table = ARCHITECTURE.split("## Layers", 1)[1].split("\n## ", 1)[0]
    names = set()
    for row in (line for line in table.splitlines() if line.startswith("| ") and "`" in line):
        cells = row.split("|")[1:3]  # the layer and its modules (the first cell names the modules of some rows)
        listed = re.sub(r"\([^()]*\)", "", " ".join(cells))  # "`build` (`facts build`)": a module, its command
        for name in re.findall(r"`([^`]+)`", listed):
            names.add(f"analysis{name}" if name.startswith(".") else name)
    return {name for name in names if not name.startswith("rules")}


def test_the_layers_table_names_every_module_and_only_modules_that_exist():
    documented, actual = documented_modules(), package_modules()
    assert actual - documented == set(), "modules missing from docs/architecture.md"
    assert documented - actual == set(), "docs/architecture.md names modules that do not exist"


def test_the_package_imports_its_own_modules_relatively():
    for path in [*(CHECKOUT / "linter").rglob("*.py"), *(CHECKOUT / "rules").rglob("*.py")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not re.match(r"\s*(?:from|import)\s+copydesk\b", line), f"{path.relative_to(CHECKOUT)}:{number}"


def test_values_derived_once_are_keyed_by_declared_kinds_never_by_strings_or_ids():
    for path in [*(CHECKOUT / "linter").rglob("*.py"), *(CHECKOUT / "rules").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\.derived\(\s*[\"'(]", text), path  # a string or tuple key
        assert "id(sheet)" not in text and "id(doc)" not in text and "id(config)" not in text, path
