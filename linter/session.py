"""What one `copydesk check` run or one editor session knows, shared by the command line and the language server.

A :class:`Session` takes plain values (:class:`Options`), never an argparse namespace. It finds
the configuration of each folder once, loads each fact sheet once, selects the rules once per
configuration, and is the one place a :class:`~copydesk.document.Document` is made — from a file
or from an editor's buffer — so every check reads a draft the same way.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import engine, files, fixes, interrupts
from .config import Config, ConfigError, discover, load_file
from .document import Document, line_starts
from .files import Snapshot
from .facts import FactSheet, load
from .finding import Finding, severity_rank
from .formatters import RuleInfo
from .jobs import job_count
from .registry import load_rules
from .suggest import did_you_mean
from .rule import Rule

ChangedLines = dict[Path, set[int]]


@dataclass(frozen=True)
class Options:
    """What a run was asked for. Every field has the value a plain `copydesk check` uses."""
    facts: str | None = None  # a fact sheet for every draft, over the configuration's
    config: str | None = None  # one configuration file for every draft, instead of discovering one per folder
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: str = "info"  # report findings at or above this
    as_of: dt.date | None = None  # judge "current" facts on this day (default: configuration, then sheet)
    fix: bool = False
    diff: bool = False  # compute fixes, write nothing
    unsafe_fixes: bool = False
    only_lines: ChangedLines | None = None  # report and fix only these lines (--diff-base, --diff-file)
    roots: tuple[str, ...] = ()  # folders whose files may be read through a symbolic link, besides the cwd
    keep_text: bool = False  # return each file's text with its findings (the review page shows it)


class Unreadable(Exception):
    """A file a command needs is not a draft copydesk can read; the message says which and why."""


@dataclass
class FileResult:
    path: str
    findings: list[Finding]
    applied: int = 0
    diff: str = ""
    text: str | None = None  # with Options.keep_text: the text the findings are about
    lines: dict[int, str] = field(default_factory=dict)  # the lines the findings are on, by number (the excerpt)


class Session:
    def __init__(self, options: Options = Options(), registry: dict[str, type[Rule]] | None = None) -> None:
        self.options = options
        self.registry = registry if registry is not None else load_rules()
        known = list(self.registry)
        for selector in (options.select or ()) + (options.ignore or ()):
            if selector != "ALL" and not any(code.startswith(selector) for code in known):
                raise ConfigError(f"unknown rule code or prefix {selector!r}{did_you_mean(selector, known)} "
                                  "(see `copydesk rules`)")
        self.roots = [os.path.realpath(p) for p in [os.getcwd(), *options.roots] if os.path.isdir(p)]
        self.fixed_config = None
        if options.config:
            self.fixed_config = load_file(Path(options.config)) or Config(path=Path(options.config))
        self.sheets: dict[str | None, FactSheet] = {}
        self.configs: dict[Path, Config] = {}
        self.rules: dict[Path | None, list[Rule]] = {}  # active rules per configuration file

    # -- what applies to a draft -------------------------------------------------------------------
    def config_for(self, path: str) -> Config:
        if self.fixed_config is not None:
            return self.fixed_config
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        if folder not in self.configs:
            self.configs[folder] = discover(folder)
        return self.configs[folder]

    def sheet_for(self, config: Config) -> FactSheet:
        return self.sheet(self.options.facts or (str(config.facts) if config.facts else None))

    def sheet(self, source: str | None) -> FactSheet:
        """A fact sheet by its file (None: the embedded one), loaded and validated once per session: every
        command reads its sheets here."""
        if source not in self.sheets:
            self.sheets[source] = load(source)
        return self.sheets[source]

    def uses_built_in_sheet(self, paths: list[str]) -> bool:
        """Whether any of these files is checked against the embedded sample sheet (none configured)."""
        return self.options.facts is None and any(self.config_for(path).facts is None for path in paths)

    def fails(self, findings: list[Finding], fail_on: str | None) -> bool:
        """Whether the run fails: a finding at or above ``fail_on``, else its file's configured fail-on."""
        return any(severity_rank(f.severity) >= severity_rank(fail_on or self.config_for(f.path).fail_on)
                   for f in findings)

    def rules_for(self, config: Config) -> list[Rule]:
        if config.path not in self.rules:  # one configuration per file (None: none found, the defaults)
            self.rules[config.path] = engine.select_rules(self.registry, config, list(self.options.select or []),
                                                         list(self.options.ignore or []))
        return self.rules[config.path]

    def files(self, paths: list[str]) -> tuple[list[str], list[Finding]]:
        """The files to check, and an E001 finding for each folder that could not be listed."""
        found: list[str] = []
        unlistable: list[Finding] = []

        def report(folder: str, error: OSError) -> None:
            unlistable.extend(self.own(folder, [engine.error_finding(folder, f"folder not checked: "
                                                                             f"{error.strerror or error}")]))

        for path in paths:
            config = self.config_for(path)
            found += engine.collect_files([path], config.extensions, config.exclude, report)
        return found, unlistable

    # -- documents and checks --------------------------------------------------------------------------
    def document(self, text: str, path: str) -> Document:
        """An editor's buffer as a document, read as the file would be (front-matter fields included)."""
        return Document.from_text(text, path, text_fields=self.config_for(path).text_fields)

    def check(self, doc: Document) -> list[Finding]:
        config = self.config_for(doc.path)
        found = engine.check_document(doc, self.sheet_for(config), self.rules_for(config), as_of=self.options.as_of,
                                      config=config, ignore=self.options.ignore or ())
        if self.options.only_lines is not None:
            changed = self.options.only_lines.get(Path(doc.path).resolve(), set())
            found = [f for f in found if f.line in changed]
        return engine.at_or_above(found, self.options.severity)  # configured once, by the engine

    def load(self, path: str) -> tuple[Snapshot, Document] | Finding:
        """A file as a Document, read as every command reads one: a regular file only, size-capped, a link
        only into the checked folders, with the front-matter fields its configuration names; or an E001
        finding saying why not. The bytes read come with it (what --fix checks before writing, what an
        archive index hashes)."""
        snapshot = engine.read_draft(path, self.roots)
        if isinstance(snapshot, Finding):
            return snapshot
        loaded = engine.parse_draft(path, snapshot.data, self.config_for(path))
        return loaded if isinstance(loaded, Finding) else (snapshot, loaded)

    def read(self, path: str) -> Document:
        """The file as a Document (see ``load``); Unreadable, with the reason, when it is not one."""
        loaded = self.load(path)
        if isinstance(loaded, Finding):
            raise Unreadable(f"{path}: {loaded.message}")
        return loaded[1]

    def check_file(self, file: str) -> FileResult:
        """Check one file, and with `fix` or `diff` fix it (see docs/safety.md for what a fix promises)."""
        read = self.load(file)
        if isinstance(read, Finding):
            return FileResult(file, self.own(file, [read]))
        snapshot, loaded = read
        if not (self.options.fix or self.options.diff):
            return self._result(file, self.check(loaded), loaded.text)
        fixed_text, applied = fixes.fix_text(loaded, self.check, unsafe=self.options.unsafe_fixes)
        if self.options.diff:
            return FileResult(file, [], applied,
                              fixes.unified_diff(file, loaded.text, fixed_text) if applied else "")
        if not applied:
            return self._result(file, self.check(loaded), loaded.text)
        try:
            files.replace(file, snapshot, fixes.encode(loaded, fixed_text))
        except files.FixRefused as refused:
            return self._result(file, [*self.own(file, [engine.not_fixed(file, str(refused))]), *self.check(loaded)],
                                loaded.text)
        except OSError as exc:
            return self._result(file, [*self.own(file, [engine.not_fixed(file, f"not fixed: {exc.strerror or exc}")]),
                                       *self.check(loaded)], loaded.text)
        return self._result(file, self.check(loaded.with_text(fixed_text)), fixed_text, applied)

    def own(self, path: str, findings: list[Finding]) -> list[Finding]:
        """Findings about a file as the run wants them: copydesk's own (not read, not fixed, failed)
        configured like any rule's (severity, ignores), and all at or above --severity."""
        configured = engine.configured(findings, self.config_for(path), path, self.options.ignore or ())
        return engine.at_or_above(configured, self.options.severity)

    def _result(self, file: str, findings: list[Finding], text: str, applied: int = 0) -> FileResult:
        starts = line_starts(text)
        lines = {f.line: text[starts[f.line - 1]:starts[f.line] if f.line < len(starts) else len(text)]
                 .rstrip("\r\n") for f in findings if 0 < f.line <= len(starts)}
        return FileResult(file, findings, applied, text=text if self.options.keep_text else None, lines=lines)

    def check_files(self, paths: list[str], jobs: int | None = None) -> Iterator[FileResult]:
        """Results in the order of the files, from this process or from worker processes.

        After an interrupt (:func:`copydesk.interrupts.requested`) no new file is started and the
        results end with the files that were finished: a file is never left half-written.
        """
        workers = job_count(jobs, len(paths))
        if workers <= 1:
            for file in paths:
                if interrupts.requested():
                    return
                yield self.check_file(file)
            return
        yield from self._check_in_workers(paths, workers)

    def _check_in_workers(self, paths: list[str], workers: int) -> Iterator[FileResult]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, TimeoutError
        from concurrent.futures.process import BrokenProcessPool

        size = max(1, min(64, len(paths) // (workers * 8)))
        batches = [paths[i:i + size] for i in range(0, len(paths), size)]
        context = multiprocessing.get_context()
        stop = context.Event()  # set by the parent on Ctrl-C; workers look at it before each file
        executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                                       initargs=(self.options, stop))

        def processes() -> list[Any]:  # concurrent.futures has no public way to stop its workers before 3.14
            return list((getattr(executor, "_processes", None) or {}).values())

        with interrupts.on_exit(lambda: _end_workers(processes())):
            try:
                futures = [executor.submit(_check_in_worker, batch) for batch in batches]
                for index, (batch, future) in enumerate(zip(batches, futures)):
                    while not interrupts.requested():
                        try:
                            yield from future.result(timeout=POLL_SECONDS)
                            break
                        except TimeoutError:
                            continue
                        except BrokenProcessPool:  # a worker was killed (out of memory, a signal): say so per file
                            yield from (FileResult(file, self.own(file, [engine.internal_error(
                                file, "a worker process died while checking this file; run again with --jobs 1")]))
                                for file in batch)
                            break
                    if interrupts.requested():
                        yield from _finish_after_interrupt(futures[index:], stop)
                        return
            finally:
                if interrupts.requested():
                    stop.set()
                    if any(not future.done() for future in futures):  # a file too long to finish in time
                        _end_workers(processes())
                executor.shutdown(wait=True, cancel_futures=True)

    def rule_info(self) -> dict[str, RuleInfo]:
        info = {code: RuleInfo(code, rule.name, rule.severity, rule.summary(), rule.documentation(),
                               family.checks if (family := rule.family()) else "")
                for code, rule in self.registry.items()}
        return info


POLL_SECONDS = 0.05  # how often the parent looks for a Ctrl-C while it waits for a worker
FINISH_SECONDS = 0.8  # after Ctrl-C, how long the files under way in workers get to finish

_WORKER: Session | None = None  # each worker process's own session, made once by the pool's initializer
_STOP: Any = None  # the parent's stop event, in a worker


def _start_worker(options: Options, stop: Any) -> None:
    global _WORKER, _STOP
    interrupts.become_worker()
    _WORKER, _STOP = Session(options), stop


def _check_in_worker(batch: list[str]) -> list[FileResult]:
    assert _WORKER is not None
    results = []
    for file in batch:
        if _STOP.is_set():
            break
        results.append(_WORKER.check_file(file))
    return results


def _finish_after_interrupt(futures: list[Any], stop: Any) -> Iterator[FileResult]:
    """The results of the batches under way, each cut short at the file it was on; queued batches
    are cancelled."""
    import time

    stop.set()
    running = [future for future in futures if not future.cancel()]
    deadline = time.monotonic() + FINISH_SECONDS
    for future in running:
        try:
            yield from future.result(timeout=max(0.0, deadline - time.monotonic()))
        except Exception:  # not finished in time, or its worker died: its files are reported as not checked
            continue


def _end_workers(processes: list[Any]) -> None:
    """Stop worker processes; each finishes the write it is in first (interrupts.become_worker)."""
    import threading

    previous = threading.excepthook

    def quiet_pool_manager(hook: threading.ExceptHookArgs) -> None:
        # Python 3.11's pool manager thread raises InvalidStateError when it finds its workers stopped
        # while cancelled work is queued (fixed in 3.12); the run is ending on purpose, so say nothing.
        from concurrent.futures import InvalidStateError

        if not isinstance(hook.exc_value, InvalidStateError):
            previous(hook)

    threading.excepthook = quiet_pool_manager
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1)
