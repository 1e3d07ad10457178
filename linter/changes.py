"""Which lines a change added: parsed from a unified diff (unidiff), from a file or from git."""
from __future__ import annotations

import subprocess
from pathlib import Path

MAX_DIFF_BYTES = 50 * 1024 * 1024
C_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
# Whatever the user's git configuration says, a diff we can map back to files: names unquoted where git
# allows it, fixed a/ b/ prefixes, paths from the repository root, no external or text-converting diff.
GIT_DIFF = ["git", "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-textconv",
            "--no-relative", "--src-prefix=a/", "--dst-prefix=b/", "--unified=0"]


class ChangesError(Exception):
    pass


def added_lines(diff_text: str, root: Path, *, allow_empty: bool = False) -> dict[Path, set[int]]:
    """Resolved path -> line numbers (in the new file) that the diff adds or changes.

    Text that holds no file diff at all is an error (a wrong file given to --diff-file must
    not pass silently), unless it is empty and ``allow_empty`` (git had nothing to report).
    """
    from unidiff import PatchSet
    from unidiff.errors import UnidiffParseError

    try:
        patch = PatchSet(diff_text)
    except UnidiffParseError as exc:
        raise ChangesError(f"cannot parse the diff: {exc}") from None
    if not len(patch) and (diff_text.strip() or not allow_empty):
        raise ChangesError("the diff holds no file changes: is it a unified diff (`git diff` or `diff -u`)?")
    lines: dict[Path, set[int]] = {}
    for changed in patch:
        if changed.is_removed_file:
            continue
        added = {line.target_line_no for hunk in changed for line in hunk
                 if line.is_added and line.target_line_no is not None}
        lines.setdefault((root / target_path(changed.target_file)).resolve(), set()).update(added)
    return lines


def target_path(name: str) -> str:
    """A diff's '+++' name as a relative path: C-style quotes undone, git's 'b/' prefix removed."""
    name = unquote(name.strip())
    return name[2:] if name.startswith("b/") else name


def unquote(name: str) -> str:
    """Undo git's C-style quoting of a file name ("we\\"ird \\303\\251.md" -> we"ird é.md)."""
    if len(name) < 2 or not name.startswith('"') or not name.endswith('"'):
        return name
    body, out, index = name[1:-1], bytearray(), 0
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            octal = body[index + 1:index + 4]
            if len(octal) == 3 and all(c in "01234567" for c in octal):
                out.append(int(octal, 8) & 0xFF)
                index += 4
                continue
            out.append(C_ESCAPES.get(body[index + 1], ord(body[index + 1]) & 0xFF))
            index += 2
            continue
        out += char.encode("utf-8")
        index += 1
    return out.decode("utf-8", "surrogateescape")


def git(args: list[str], cwd: Path | str) -> str:
    try:
        done = subprocess.run(args, cwd=cwd, capture_output=True, check=True, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise ChangesError("--diff-base needs git, which is not installed") from None
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ChangesError(f"git failed: {message[-1] if message else exc}") from None
    return done.stdout.decode("utf-8", "surrogateescape")


def git_diff(base: str, cwd: Path) -> tuple[str, Path]:
    """The diff of the working tree against base, and the repository root it is relative to.

    ``base`` is only ever a revision: anything that looks like an option is refused, and
    it is resolved to a commit id with --end-of-options before git diff sees it.
    """
    if not base or base.startswith("-"):
        raise ChangesError(f"--diff-base: {base!r} is not a revision (a branch, tag or commit)")
    root = git(["git", "rev-parse", "--show-toplevel"], cwd).strip()
    try:
        commit = git(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{base}^{{commit}}"],
                     root).strip()
    except ChangesError:
        raise ChangesError(f"--diff-base: {base!r} is not a commit in this repository") from None
    return git([*GIT_DIFF, commit, "--"], root), Path(root)
