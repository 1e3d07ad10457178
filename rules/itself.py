"""E — copydesk itself: what kept a file, or a part of it, from being checked as written.

The engine reports these (a file it could not read, a suppression comment, a rule that failed), not a
reading of the prose, so their ``check`` finds nothing; they are rules so that they are documented,
ignored and given a severity like any other. Selecting other rules (`--select N`) never leaves them out:
only ignoring them does.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ..finding import Violation
from ..rule import Context, Family, Rule

FAMILY = Family("E", "copydesk itself (unreadable files, suppression comments)")


class EngineRule(Rule):
    """A rule whose findings the engine makes: nothing to find in the prose."""
    # whether the docstring's examples are drafts that show the finding (an unreadable file is no draft)
    examples_are_drafts: ClassVar[bool] = True

    def check(self, ctx: Context) -> Iterator[Violation]:
        return iter(())


class FileRule(EngineRule):
    """A finding about a whole file, reported at its first line with the engine's reason."""
    examples_are_drafts = False
    messages = {"reason": "{reason}"}


class UnreadableFile(FileRule):
    """The file could not be read or decoded (binary, invalid UTF-8, missing).

    ## What it does
    Reports, at the file's first line, a file that is not text copydesk can read: binary
    content, bytes that are not UTF-8 (nor UTF-16 with its mark), a file larger than 1 MB, a
    link leading out of the checked folders, or one that vanished. The other files are
    still checked.

    ## Why is this bad?
    A draft that is not read is not checked: a silent pass would say it was.

    ## Example
    A draft saved as Latin-1 by an old editor, or a PDF dropped among the drafts.

    ## Use instead
    Save the draft as UTF-8 text (Markdown or plain text).

    ## Fix
    None: the file must be saved as text.
    """

    code = "E001"
    name = "unreadable-file"
    severity = "error"


class NotFixed(FileRule):
    """--fix did not write this file (a link, read-only, or changed meanwhile).

    ## What it does
    Reports a file whose safe fixes `--fix` did not write: a symbolic link, a file it may not
    write, or one that changed on disk while it was being checked (an editor saving it).

    ## Why is this bad?
    The findings it shows are still in the file; a reporter who thinks they were fixed would
    file the draft with them.

    ## Example
    A draft open in an editor that saves it while `copydesk check --fix` runs.

    ## Use instead
    Run `--fix` again once the file is saved, or fix the findings by hand.

    ## Fix
    None: copydesk never writes a file it cannot write whole and safely.
    """

    code = "E002"
    name = "not-fixed"
    severity = "warning"


class NotRead(EngineRule):
    """Text nested deeper than the Markdown reader goes (100 block quotes or lists) was not checked.

    ## What it does
    Reports the lines of a Markdown draft nested deeper than the reader follows.

    ## Why is this bad?
    Those lines are not checked; a clean result must not hide them.

    ## Example
    ```markdown
    >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> Kyiv
    ```

    ## Use instead
    ```markdown
    > Kyiv
    ```

    ## Fix
    None: flatten the nesting.
    """

    code = "E003"
    name = "not-read"
    severity = "warning"
    messages = {"not-read": "{lines} not checked: nested deeper than {depth} block quotes or lists, where the "
                            "Markdown reader stops; un-nest the text to have it checked"}


class SuppressionWithoutCode(EngineRule):
    """A copydesk suppression comment that names no rule code.

    ## What it does
    Reports `<!-- copydesk: disable-next-line -->` and the like with no code after them.

    ## Why is this bad?
    A suppression must say what it silences: one that named nothing would silence everything,
    or nothing, and no reviewer could tell which was meant.

    ## Example
    ```markdown
    <!-- copydesk: disable-next-line -->
    Kyiv welcomed the news.
    ```

    ## Use instead
    ```markdown
    <!-- copydesk: disable-next-line S101 -- quoting the 1990 headline as printed -->
    Kiev welcomed the news.
    ```

    ## Fix
    None: name the codes the comment silences.
    """

    code = "E100"
    name = "suppression-without-code"
    severity = "error"
    messages = {"no-code": "suppression comment `{action}` names no rule code; name the codes it silences, e.g. "
                           "`copydesk: disable-next-line T101`"}


class UnusedSuppression(EngineRule):
    """A copydesk suppression comment that suppressed nothing.

    ## What it does
    Reports a suppression comment whose codes silenced no finding on the lines it covers
    (among the rules that ran).

    ## Why is this bad?
    A stale suppression outlives the error it was for and will silence the next real one.

    ## Example
    ```markdown
    <!-- copydesk: disable-next-line T101 -->
    President Donald Trump spoke.
    ```

    ## Use instead
    ```markdown
    President Donald Trump spoke.
    ```

    ## Fix
    None: remove the comment.
    """

    code = "E101"
    name = "unused-suppression"
    severity = "warning"
    messages = {"unused": "suppression of {codes} silenced nothing; remove it"}


class InternalError(FileRule):
    """A rule failed on this file; the other rules and files were still checked.

    ## What it does
    Reports, at the file's first line, a rule (or a worker process) that failed on the file,
    with the error.

    ## Why is this bad?
    What that rule checks was not checked in this file: a clean result must not hide it.

    ## Example
    A plugin rule that raises an exception on a draft with an empty heading.

    ## Use instead
    Report it with the file; `--ignore` the rule meanwhile if it must pass.

    ## Fix
    None.
    """

    code = "E900"
    name = "internal-error"
    severity = "error"


RULES = [UnreadableFile, NotFixed, NotRead, SuppressionWithoutCode, UnusedSuppression, InternalError]
