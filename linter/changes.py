"""Which lines a change added: parsed from a unified diff (unidiff), from a file or from git."""
from __future__ import annotations

import subprocess
from pathlib import Path


class ChangesError(Exception):
    pass


def added_lines(diff_text: str, root: Path) -> dict[Path, set[int]]:
    """Resolved path -> line numbers (in the new file) that the diff adds or changes."""
    from unidiff import PatchSet
    from unidiff.errors import UnidiffParseError

    try:
        patch = PatchSet(diff_text)
    except UnidiffParseError as exc:
        raise ChangesError(f"cannot parse the diff: {exc}") from None
    lines: dict[Path, set[int]] = {}
    for changed in patch:
        if changed.is_removed_file:
            continue
        target = changed.path
        added = {line.target_line_no for hunk in changed for line in hunk if line.is_added}
        lines.setdefault((root / target).resolve(), set()).update(added)
    return lines


def git_diff(base: str, cwd: Path) -> tuple[str, Path]:
    """The diff of the working tree against base, and the repository root it is relative to."""
    try:
        root = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True,
                              check=True).stdout.strip()
        diff = subprocess.run(["git", "diff", "--no-color", "--no-ext-diff", "--unified=0", base, "--"],
                              cwd=root, capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        raise ChangesError("--diff-base needs git, which is not installed") from None
    except subprocess.CalledProcessError as exc:
        raise ChangesError(f"git diff against {base!r} failed: {exc.stderr.strip() or exc}") from None
    return diff, Path(root)
