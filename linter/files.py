"""Reading inputs and replacing drafts without surprises.

Every file copydesk reads (drafts, fact sheets, configuration, diffs, sources) goes through
:func:`read_regular`: only regular files, never more than a stated number of bytes, so a
named pipe or a device cannot hang a run or fill memory.

:func:`replace` is the only way `--fix` writes. It refuses symbolic links and read-only
files, never overwrites content that changed after it was read, keeps the inode (and so
hard links, owner, group and mode) wherever a rename could not keep them, and otherwise
writes a sibling temporary file and renames it over the original. See docs/safety.md.
"""
from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass

from . import interrupts

MAX_DRAFT_BYTES = 1024 * 1024  # 150,000 words, longer than any draft: larger files are reported, not read


class NotRegularFile(OSError):
    """A path that is a pipe, device, socket or folder where a file was expected."""


class TooLarge(OSError):
    """A file larger than the limit for what it should be."""


class FixRefused(Exception):
    """`--fix` did not write a file; the message says why, for the user."""


@dataclass(frozen=True)
class Snapshot:
    """What a file was when it was read: its identity and its exact bytes."""
    device: int
    inode: int
    data: bytes


def read_regular(path: str | os.PathLike, limit: int, *, what: str = "file") -> Snapshot:
    """The bytes of a regular file (links followed), or NotRegularFile / TooLarge / OSError.

    The file is opened without blocking, so opening a named pipe returns at once, and checked
    with fstat on the open descriptor, so what is read is what was checked.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a pipe, device or socket)"
            raise NotRegularFile(f"{os.fspath(path)}: {kind}; a {what} must be a regular file")
        if info.st_size > limit:
            raise TooLarge(f"{os.fspath(path)}: {info.st_size:,} bytes is larger than the {limit:,}-byte limit "
                           f"for a {what}")
        chunks, remaining = [], limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # grew while being read
            raise TooLarge(f"{os.fspath(path)}: larger than the {limit:,}-byte limit for a {what}")
        return Snapshot(info.st_dev, info.st_ino, data)
    finally:
        os.close(descriptor)


def read_text(path: str | os.PathLike, limit: int, *, what: str = "file") -> str:
    """A regular file decoded as UTF-8 (a leading BOM dropped); UnicodeDecodeError passes through."""
    return read_regular(path, limit, what=what).data.decode("utf-8-sig")


class UnreadableInput(Exception):
    """An input file (fact sheet, configuration, diff) that cannot be used; a one-line message."""


def read_input(path: str | os.PathLike, limit: int, *, what: str) -> str:
    """A regular UTF-8 file's text, or UnreadableInput saying in one line why not."""
    try:
        return read_text(path, limit, what=what)
    except (NotRegularFile, TooLarge) as exc:
        raise UnreadableInput(str(exc)) from None
    except OSError as exc:
        raise UnreadableInput(f"{os.fspath(path)}: cannot read {what}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"{os.fspath(path)}: {what} is not UTF-8 (byte {exc.start})") from None


class OutputOverInput(Exception):
    """An output path that names one of the run's inputs; a one-line message for the user."""


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name one file: the same resolved path (links, `./`, `..` spelled away) or, for
    files that exist, the same inode (hard links)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except OSError:
        return False


def refuse_over_inputs(output: str | os.PathLike, inputs: Iterable[tuple[str | os.PathLike, str]],
                       flag: str = "--output") -> None:
    """Raise OutputOverInput when ``output`` is one of the inputs, given as (path, what it is)."""
    for path, what in inputs:
        if same_file(output, path):
            raise OutputOverInput(f"{flag} {os.fspath(output)}: that is {what}; an output never replaces an input "
                                  "(give another file name)")


def write_new(path: str | os.PathLike, text: str) -> None:
    """Write a report or a new file atomically: a sibling temporary file renamed over the target (through a
    link, onto the file it names), so a reader or an interrupt never sees half of it. A clear OSError when
    the path is a folder or its folder is missing."""
    target = os.path.realpath(path)
    if os.path.isdir(target):
        raise IsADirectoryError(f"{os.fspath(path)}: is a folder; give a file name")
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"{os.fspath(path)}: the folder {folder} does not exist")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    temporary = os.path.join(folder, f".{os.path.basename(target)}.{secrets.token_hex(4)}.copydesk-tmp")
    with interrupts.atomic_write():
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
                out.write(text)
                out.flush()
                if mode is not None:
                    os.fchmod(out.fileno(), mode)
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise


def replace(path: str, before: Snapshot, data: bytes) -> None:
    """Replace a draft's bytes with ``data`` if it still holds ``before``; else raise FixRefused."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise FixRefused("not fixed: it is a symbolic link; --fix never writes through a link (fix the file it "
                         "points to by its own name)")
    if not stat.S_ISREG(info.st_mode):
        raise FixRefused("not fixed: not a regular file")
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise FixRefused("not fixed: the file is read-only")
    if (info.st_dev, info.st_ino) != (before.device, before.inode):
        raise FixRefused("not fixed: the file was replaced while it was being checked; run copydesk again")
    keep_inode = info.st_nlink > 1 or not _can_own(info)
    with interrupts.atomic_write():
        if keep_inode:
            _rewrite_in_place(path, before, data)
        else:
            _rename_over(path, before, data, info)


def _can_own(info: os.stat_result) -> bool:
    """Whether a new file made by this process can carry the original's owner and group."""
    if not hasattr(os, "geteuid"):
        return True
    if os.geteuid() == 0:
        return True
    return info.st_uid == os.geteuid() and (info.st_gid == os.getegid() or info.st_gid in os.getgroups())


def _unchanged(path: str, before: Snapshot) -> bool:
    try:
        now = read_regular(path, len(before.data) + 1)
    except OSError:
        return False
    return (now.device, now.inode, now.data) == (before.device, before.inode, before.data)


def _changed_message() -> FixRefused:
    return FixRefused("not fixed: the file changed while copydesk was fixing it (an editor saved it?); "
                      "its new content is kept; run copydesk again")


def _rename_over(path: str, before: Snapshot, data: bytes, info: os.stat_result) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        import tempfile  # only a fix writes

        handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".copydesk", dir=folder)
    except PermissionError:
        raise FixRefused("not fixed: its folder is not writable") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if hasattr(os, "fchown"):
                try:
                    os.fchown(out.fileno(), info.st_uid, info.st_gid)
                except PermissionError:
                    pass  # _can_own said yes; a file system without owners (FAT, some mounts) may still refuse
            os.fchmod(out.fileno(), stat.S_IMODE(info.st_mode))
            os.fsync(out.fileno())
        # The last look before the rename: what an editor saved since the read is never overwritten.
        if not _unchanged(path, before):
            raise _changed_message()
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _rewrite_in_place(path: str, before: Snapshot, data: bytes) -> None:
    """Keep the inode (hard links, owner): a backup copy beside it, then the new bytes written over."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        import tempfile

        handle, backup = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".copydesk-backup",
                                          dir=folder)
    except PermissionError:
        raise FixRefused("not fixed: its folder is not writable (needed for a backup while it is rewritten)") \
            from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(before.data)
            out.flush()
            os.fsync(out.fileno())
        with open(path, "r+b") as target:
            if os.fstat(target.fileno()).st_ino != before.inode or target.read(len(before.data) + 1) != before.data:
                raise _changed_message()
            target.seek(0)
            target.write(data)
            target.truncate()
            target.flush()
            os.fsync(target.fileno())
    finally:
        os.unlink(backup)
