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
from dataclasses import dataclass
from pathlib import Path

from copydesk import engine, files, fixes
from copydesk.config import Config, ConfigError, discover, load_file
from copydesk.document import Document
from copydesk.facts import FactSheet, load
from copydesk.finding import Finding
from copydesk.formatters import RuleInfo
from copydesk.jobs import job_count
from copydesk.registry import load_rules
from copydesk.rule import Rule

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


@dataclass
class FileResult:
    findings: list[Finding]
    applied: int = 0
    diff: str = ""
    text: str | None = None  # with Options.keep_text: the text the findings are about


class Session:
    def __init__(self, options: Options = Options(), registry: dict[str, type[Rule]] | None = None) -> None:
        self.options = options
        self.registry = registry if registry is not None else load_rules()
        known = [*self.registry, *engine.ENGINE_CODES]
        for selector in (options.select or ()) + (options.ignore or ()):
            if selector != "ALL" and not any(code.startswith(selector) for code in known):
                raise ConfigError(f"unknown rule code or prefix {selector!r} (see `copydesk rules`)")
        self.roots = [os.path.realpath(p) for p in [os.getcwd(), *options.roots] if os.path.isdir(p)]
        self.fixed_config = None
        if options.config:
            self.fixed_config = load_file(Path(options.config)) or Config(path=Path(options.config))
        self.sheets: dict[str | None, FactSheet] = {}
        self.configs: dict[Path, Config] = {}
        self.rules: dict[int, list[Rule]] = {}  # active rules per configuration (by identity)

    # -- what applies to a draft -------------------------------------------------------------------
    def config_for(self, path: str) -> Config:
        if self.fixed_config is not None:
            return self.fixed_config
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        if folder not in self.configs:
            self.configs[folder] = discover(folder)
        return self.configs[folder]

    def sheet_for(self, config: Config) -> FactSheet:
        source = self.options.facts or (str(config.facts) if config.facts else None)
        if source not in self.sheets:
            self.sheets[source] = load(source)
        return self.sheets[source]

    def uses_built_in_sheet(self, paths: list[str]) -> bool:
        """Whether any of these files is checked against the embedded sample sheet (none configured)."""
        return self.options.facts is None and any(self.config_for(path).facts is None for path in paths)

    def rules_for(self, config: Config) -> list[Rule]:
        if id(config) not in self.rules:
            self.rules[id(config)] = engine.select_rules(self.registry, config, list(self.options.select or []),
                                                         list(self.options.ignore or []))
        return self.rules[id(config)]

    def files(self, paths: list[str]) -> tuple[list[str], list[Finding]]:
        """The files to check, and an E001 finding for each folder that could not be listed."""
        found: list[str] = []
        unlistable: list[Finding] = []

        def report(folder: str, error: OSError) -> None:
            unlistable.append(engine.error_finding(folder, f"folder not checked: {error.strerror or error}"))

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
                                      config=config)
        if self.options.only_lines is not None:
            changed = self.options.only_lines.get(Path(doc.path).resolve(), set())
            found = [f for f in found if f.line in changed]
        return engine.at_or_above(found, self.options.severity)

    def check_file(self, file: str) -> FileResult:
        """Check one file, and with `fix` or `diff` fix it (see docs/safety.md for what a fix promises)."""
        snapshot = engine.read_draft(file, self.roots)
        if isinstance(snapshot, Finding):
            return FileResult([snapshot])
        loaded = engine.parse_draft(file, snapshot.data, self.config_for(file))
        if isinstance(loaded, Finding):
            return FileResult([loaded])
        if not (self.options.fix or self.options.diff):
            return self._result(self.check(loaded), loaded.text)
        fixed_text, applied = fixes.fix_text(loaded, self.check, unsafe=self.options.unsafe_fixes)
        if self.options.diff:
            return FileResult([], applied, fixes.unified_diff(file, loaded.text, fixed_text) if applied else "")
        if not applied:
            return self._result(self.check(loaded), loaded.text)
        try:
            files.replace(file, snapshot, fixes.encode(loaded, fixed_text))
        except files.FixRefused as refused:
            return self._result([engine.not_fixed(file, str(refused)), *self.check(loaded)], loaded.text)
        except OSError as exc:
            return self._result([engine.not_fixed(file, f"not fixed: {exc.strerror or exc}"), *self.check(loaded)],
                                loaded.text)
        return self._result(self.check(loaded.with_text(fixed_text)), fixed_text, applied)

    def _result(self, findings: list[Finding], text: str, applied: int = 0) -> FileResult:
        return FileResult(findings, applied, text=text if self.options.keep_text else None)

    def check_files(self, paths: list[str], jobs: int | None = None) -> Iterator[FileResult]:
        """Results in the order of the files, from this process or from worker processes."""
        workers = job_count(jobs, len(paths))
        if workers <= 1:
            yield from (self.check_file(file) for file in paths)
            return
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        size = max(1, min(64, len(paths) // (workers * 8)))
        batches = [paths[i:i + size] for i in range(0, len(paths), size)]
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                                 initargs=(self.options,)) as executor:
            futures = [executor.submit(_check_in_worker, batch) for batch in batches]
            for batch, future in zip(batches, futures):
                try:
                    yield from future.result()
                except BrokenProcessPool:  # a worker was killed (out of memory, a signal): say so per file
                    yield from (FileResult([engine.internal_error(file, "a worker process died while checking "
                                                                        "this file; run again with --jobs 1")])
                                for file in batch)

    def rule_info(self) -> dict[str, RuleInfo]:
        info = {code: RuleInfo(code, rule.name, rule.severity, rule.summary(), rule.documentation(),
                               family.checks if (family := rule.family()) else "")
                for code, rule in self.registry.items()}
        info.update({code: RuleInfo(code, name, severity, summary, summary, engine.ENGINE_FAMILY.checks)
                     for code, (name, severity, summary) in engine.ENGINE_CODES.items()})
        return info


_WORKER: Session | None = None  # each worker process's own session, made once by the pool's initializer


def _start_worker(options: Options) -> None:
    global _WORKER
    _WORKER = Session(options)


def _check_in_worker(batch: list[str]) -> list[FileResult]:
    assert _WORKER is not None
    return [_WORKER.check_file(file) for file in batch]
