"""The ``copydesk`` command line."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO, TypeVar

from . import __version__
from .finding import SEVERITIES
from .jobs import PARALLEL_FROM

if TYPE_CHECKING:
    from . import formatters
    from .finding import Finding
    from .formatters import FactView
    from .session import ChangedLines, Session

# The rest of copydesk is imported by the command that needs it: `--version` and `--help` import nothing more.

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
REPORT_FORMATS = ("text", "concise", "json", "github", "sarif", "markdown", "html")


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description="Check news drafts against a story's fact sheet.")
    parser.add_argument("--version", action="store_true", help="print the version (with --verbose: the parser "
                                                                   "pipeline, its training data and scores)")
    parser.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check drafts (files or folders)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    check.add_argument("--facts", metavar="FILE", help="fact sheet (default: config, else the embedded sheet)")
    check.add_argument("--format", choices=REPORT_FORMATS, default="text",
                       help="text: each finding with its line and a caret under its words (concise: without "
                            "them); html: a review page to open in a browser (with --output); markdown: a summary "
                            "for a pull-request comment or a GitHub Actions job summary")
    check.add_argument("--select", metavar="CODES", type=code_list,
                       help="comma-separated rule codes or prefixes to run")
    check.add_argument("--ignore", metavar="CODES", type=code_list,
                       help="comma-separated rule codes or prefixes to skip")
    check.add_argument("--severity", choices=SEVERITIES, default="info",
                       help="report and fail on findings at or above this severity (default: info)")
    check.add_argument("--fail-on", choices=SEVERITIES,
                       help="exit 1 when a finding at or above this severity is reported (default: the "
                            "configuration's fail-on, else error: warnings alone pass)")
    check.add_argument("--as-of", metavar="DATE", type=day_argument,
                       help="judge 'current' facts on this date (YYYY-MM-DD)")
    check.add_argument("--config", metavar="FILE", help="use this configuration file instead of discovering one")
    check.add_argument("--fix", action="store_true", help="apply safe fixes to the files")
    check.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, also apply unsafe fixes")
    check.add_argument("--diff", action="store_true", help="print the diff --fix would apply; change nothing")
    check.add_argument("--diff-base", metavar="REV", help="report only lines added or changed since REV (git)")
    check.add_argument("--diff-file", metavar="FILE", help="report only lines a unified diff adds ('-': stdin)")
    check.add_argument("--statistics", action="store_true", help="print counts per rule instead of findings")
    check.add_argument("--output", metavar="[FORMAT=]FILE", action="append",
                       help="write the report to FILE and print the summary; FORMAT=FILE (say html=review.html) "
                            "writes one more report of that format from the same run; repeatable")
    check.add_argument("--quiet", "-q", action="store_true", help="no progress bar (shown only on a terminal)")
    check.add_argument("--jobs", "-j", type=positive_int, metavar="N",
                       help=f"worker processes (default: one per core from {PARALLEL_FROM} files on)")

    mutate = commands.add_parser("mutate", help="plant errors in clean drafts and report the catch rate")
    mutate.add_argument("drafts", nargs="+", metavar="DRAFT")
    mutate.add_argument("--per-draft", type=positive_int, default=12, metavar="N", help="plants per draft (default 12)")
    mutate.add_argument("--seed", type=int, default=0, metavar="S")
    mutate.add_argument("--facts", metavar="FILE")
    mutate.add_argument("--as-of", metavar="DATE", type=day_argument)
    mutate.add_argument("--format", choices=("text", "json"), default="text")
    mutate.add_argument("--quiet", "-q", action="store_true", help="no progress bar (shown only on a terminal)")
    lsp = commands.add_parser("lsp", help="run the language server on stdio (needs copydesk[lsp])")
    lsp.add_argument("--verbose", action="store_true", help="log every message, and tracebacks, on stderr")
    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--docs", action="store_true", help="print every rule's documentation as Markdown")
    rule = commands.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("code")

    index = commands.add_parser("index", help="record which facts each draft of an archive states (SQLite)")
    index.add_argument("paths", nargs="+", metavar="PATH")
    index.add_argument("--db", metavar="FILE", required=True, help="the index file (created if missing)")
    index.add_argument("--facts", metavar="FILE", help="the sheet the drafts are read with")
    index.add_argument("--jobs", "-j", type=positive_int, metavar="N")
    affected = commands.add_parser("affected", help="the drafts and lines that state a fact changed between two sheets")
    affected.add_argument("old", metavar="OLD")
    affected.add_argument("new", metavar="NEW")
    affected.add_argument("paths", nargs="*", metavar="PATH", help="drafts to read now (without --db)")
    affected.add_argument("--db", metavar="FILE", help="answer from an index built with OLD (`copydesk index`)")
    facts = commands.add_parser("facts", help="work with fact sheets")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    show = facts_commands.add_parser("show", help="print a fact with its sources (or say which sheet applies and "
                                                   "list its facts)")
    show.add_argument("id", nargs="?")
    show.add_argument("--facts", metavar="FILE")
    show.add_argument("--for", dest="for_path", metavar="PATH", default=".",
                      help="the draft or folder whose sheet to show (default: the current folder)")
    validate = facts_commands.add_parser("check", help="validate a fact sheet and lint it for consistency")
    validate.add_argument("file", nargs="?")
    build = facts_commands.add_parser("build", help="write a candidate fact sheet from source articles")
    build.add_argument("sources", nargs="+", metavar="SOURCE")
    build.add_argument("-o", "--output", metavar="FILE", required=True)
    build.add_argument("--force", action="store_true", help="replace FILE if it exists (an edited sheet is work)")
    build.add_argument("--as-of", metavar="DATE", type=day_argument,
                       help="the story's date (default: the newest date the sources give themselves)")
    build.add_argument("--style", metavar="SHEET",
                       help="a newsroom's style file: a fact sheet whose people, places and organisations give the "
                            "house spellings (name) and the forms to avoid (variants), whatever the sources' majority")
    build.add_argument("--quiet", "-q", action="store_true", help="no progress bar (shown only on a terminal)")
    update = facts_commands.add_parser("update", help="propose what newer sources change in a fact sheet")
    update.add_argument("sheet", metavar="SHEET")
    update.add_argument("sources", nargs="+", metavar="SOURCE")
    update.add_argument("-o", "--output", metavar="FILE",
                        help="write the updated sheet to FILE (default: print the changes as a diff)")
    update.add_argument("--force", action="store_true", help="replace FILE if it exists")
    update.add_argument("--as-of", metavar="DATE", type=day_argument,
                        help="the day of sources that give no date of their own")
    diff = facts_commands.add_parser("diff", help="the facts that differ between two sheets")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """The arguments; an unknown option is a usage error that names the nearest option of its command."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        from .suggest import did_you_mean

        command = _command_parser(parser, args)
        options = [option for action in command._actions for option in action.option_strings]
        first = next((word for word in unknown if word.startswith("-")), unknown[0])
        command.error(f"unrecognized arguments: {' '.join(unknown)}{did_you_mean(first.split('=')[0], options)}")
    return args


def _command_parser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the command the arguments chose ("facts build": the build parser)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = getattr(args, action.dest, None)
            if chosen in action.choices:
                return _command_parser(action.choices[chosen], args)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parse(parser, argv)
    if args.version:
        print(f"copydesk {__version__}")
        if args.verbose:
            print_pipeline()
        return EXIT_OK
    from .config import ConfigError
    from .facts import FactSheetError
    from .registry import RegistryError
    from .session import Unreadable

    try:
        if args.command == "check":
            return run_check(args)
        if args.command == "rules":
            return print_rule_docs() if args.docs else list_rules()
        if args.command == "rule":
            return show_rule(args.code)
        if args.command == "facts":
            return run_facts(args)
        if args.command == "mutate":
            return run_mutate(args)
        if args.command == "index":
            return run_index(args)
        if args.command == "affected":
            return run_affected(args)
        if args.command == "lsp":
            return run_lsp(args.verbose)
        parser.print_help()
        return EXIT_OK
    except (FactSheetError, ConfigError, RegistryError, UsageError, Unreadable) as exc:
        print(f"copydesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:  # outside a checked loop (mutate, facts build, loading): nothing half-written
        from .interrupts import EXIT_INTERRUPTED

        print("\ncopydesk: interrupted; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED


def print_pipeline() -> None:
    """The shipped parser pipeline: what it is, what it was trained on, how well it parses."""
    import json

    from .syntax import pipeline_path, training_record

    record = training_record()
    if not record:
        print(f"parser: none found at {pipeline_path()}")
        return
    print(f"parser: {pipeline_path()} (spaCy {record.get('spacy_version')}, "
          f"{', '.join(record.get('pipeline', []))}; {record.get('size_bytes', 0) / 1e6:.1f} MB)")
    for name, data in record.get("training_data", {}).items():
        if not isinstance(data, dict):
            continue
        genres = data.get("genres_used")
        print(f"  trained on {name} at {str(data.get('commit', ''))[:12]}: {data.get('licence')}"
              + (f"; genres {', '.join(genres)}" if genres else ""))
    for scores in record.get("scores", {}).values():
        if isinstance(scores, dict) and "uas" in scores:
            print(f"  {scores.get('set')}: UAS {scores['uas']:.3f}, LAS {scores['las']:.3f}, "
                  f"tags {scores.get('tag_acc', 0):.3f}")
    print(f"  retrain: {record.get('training_script')}; details: {json.dumps(record.get('training', {}))}")


T = TypeVar("T")
PROGRESS_DELAY = 0.5  # seconds before a bar appears: a quick run shows none


def progress(items: Iterable[T], total: int, unit: str, quiet: bool) -> Iterable[T]:
    """Items done of the total, the rate and the time left, on stderr when it is a terminal (with tqdm);
    nothing when it is not one, or with --quiet."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit=f" {unit}", file=sys.stderr, delay=PROGRESS_DELAY, leave=False,
                dynamic_ncols=True)


def code_list(value: str) -> tuple[str, ...]:
    """An argparse type: rule codes or prefixes, comma-separated ("T101,N")."""
    codes = tuple(c.strip().upper() for c in value.split(",") if c.strip())
    if not codes:
        raise argparse.ArgumentTypeError("no rule code given (a comma-separated list such as T101,N)")
    return codes


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def day_argument(value: str) -> dt.date:
    """An argparse type: a day, YYYY-MM-DD."""
    from .facts import Date

    try:
        return Date.parse(value).first_day
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def session_from(args: argparse.Namespace, only_lines: ChangedLines | None = None, keep_text: bool = False) -> Session:
    """The one place command-line arguments become the plain values a Session takes."""
    from .session import Options, Session

    options = Options(facts=args.facts, config=args.config, select=args.select, ignore=args.ignore,
                      severity=args.severity, as_of=args.as_of, fix=args.fix, diff=args.diff,
                      unsafe_fixes=args.unsafe_fixes, only_lines=only_lines, roots=tuple(args.paths or ()),
                      keep_text=keep_text)
    return Session(options)


def read_changed_lines(args: argparse.Namespace) -> ChangedLines | None:
    if args.diff_file is None and args.diff_base is None:
        return None
    from . import changes, files

    try:
        if args.diff_file is not None:
            diff_text = sys.stdin.read(changes.MAX_DIFF_BYTES) if args.diff_file == "-" else \
                files.read_input(args.diff_file, changes.MAX_DIFF_BYTES, what="diff")
            return changes.added_lines(diff_text, Path.cwd())
        if args.diff_base is not None:
            diff_text, root = changes.git_diff(args.diff_base, Path.cwd())
            return changes.added_lines(diff_text, root, allow_empty=True)
    except (OSError, files.UnreadableInput, changes.ChangesError) as exc:
        raise UsageError(str(exc)) from None
    return None


def run_check(args: argparse.Namespace) -> int:
    from . import files as file_io
    from . import formatters, interrupts
    from .config import Config
    from .jobs import JobsError, job_count

    paths = args.paths or ["."]
    for path in paths:
        if not Path(path).exists() and not Path(path).is_symlink():
            raise UsageError(f"{path}: no such file or directory")
    named_outputs = [_output(value) for value in args.output or ()]
    outputs = [(fmt or args.format, path) for fmt, path in named_outputs]
    formats = {args.format, *(fmt for fmt, _ in outputs)}
    session = session_from(args, read_changed_lines(args), keep_text="html" in formats)
    files, unlistable = session.files(paths)
    if not files and not unlistable and any(os.path.isdir(path) for path in paths):
        extensions = sorted({e for path in paths for e in session.config_for(path).extensions})
        raise UsageError(f"no drafts to check in {', '.join(paths)}: no file there ends in {', '.join(extensions)}, "
                         "or every one is excluded (see `extensions` and `exclude` in copydesk.toml)")
    for index, (_, path) in enumerate(outputs):
        if any(os.path.realpath(path) == os.path.realpath(other) for _, other in outputs[:index]):
            raise UsageError(f"--output {path}: named twice; give each report its own file")
        refuse_output_over_inputs(args, path, session, paths, files)
    findings: list[Finding] = list(unlistable)
    fixed_total = 0
    changed: list[str] = []
    try:
        workers = job_count(args.jobs, len(files))
    except JobsError as exc:
        raise UsageError(str(exc)) from None
    documents: dict[str, str] = {}
    lines: dict[tuple[str, int], str] = {}
    checked = 0
    with interrupts.handled():
        for result in progress(session.check_files(files, workers), len(files), "files", args.quiet):
            checked += 1
            findings += result.findings
            fixed_total += result.applied
            if result.applied and args.fix:
                changed.append(result.path)
            if result.diff:
                sys.stdout.write(result.diff)
            if result.text is not None:
                documents[result.path] = result.text
            lines.update(((result.path, number), line) for number, line in result.lines.items())
        interrupted = interrupts.requested()

    if files and session.uses_built_in_sheet(files):
        story = session.sheet_for(Config()).story
        print(f"copydesk: checked against the built-in sample fact sheet ({story.title}, {story.as_of}); "
              "for your story, give its sheet with --facts FILE or `facts = \"FILE\"` in copydesk.toml",
              file=sys.stderr)
    if args.diff:
        print(f"Would fix {fixed_total} finding{'s' if fixed_total != 1 else ''}.", file=sys.stderr)
        if interrupted:
            return interrupted_summary(checked, len(files), changed)
        return EXIT_FINDINGS if fixed_total else EXIT_OK
    findings.sort(key=lambda f: f.sort_key)
    report = formatters.Report(findings, checked, session.rule_info(), documents,
                               fact_views(findings) if "html" in formats else {},
                               sheet_infos(session, files), dt.datetime.now(dt.timezone.utc).isoformat(
                                   timespec="seconds").replace("+00:00", "Z"), forge_links(), lines)

    def text_of(fmt: str, color: bool) -> str:
        """A report: --statistics stands for the --format report; colour only for a terminal."""
        report.color = color
        return formatters.statistics(report) if args.statistics and fmt == args.format else render(fmt, report)

    if interrupted:
        for _, path in outputs:
            print(f"copydesk: {path} not written: the run was interrupted", file=sys.stderr)
    else:
        report_text = {fmt: text_of(fmt, False) for fmt in {fmt for fmt, _ in outputs}}  # each format made once
        for fmt, path in outputs:
            try:
                file_io.write_new(path, report_text[fmt])
            except OSError as exc:
                raise UsageError(f"--output: {exc}") from None
    if any(fmt is None for fmt, _ in named_outputs):  # the --format report went to a file: the summary here
        sys.stdout.write(formatters.summary(report) + "\n")
    else:
        sys.stdout.write(text_of(args.format, wants_color(sys.stdout)))
    if args.fix and fixed_total:
        print(f"Fixed {fixed_total} finding{'s' if fixed_total != 1 else ''} in {len(changed)} "
              f"file{'s' if len(changed) != 1 else ''}.", file=sys.stderr)
    if interrupted:
        return interrupted_summary(checked, len(files), changed)
    return EXIT_FINDINGS if session.fails(findings, args.fail_on) else EXIT_OK


def _output(value: str) -> tuple[str | None, str]:
    """``--output FILE`` (the --format report) or ``--output FORMAT=FILE`` (one more report)."""
    fmt, equals, path = value.partition("=")
    if equals and fmt in REPORT_FORMATS:
        if not path:
            raise UsageError(f"--output {value}: give a file name after '='")
        return fmt, path
    return None, value


def render(fmt: str, report: formatters.Report) -> str:
    from . import formatters

    if fmt == "html":
        from . import review

        return review.page(report)
    return formatters.FORMATTERS[fmt](report)


def sheet_infos(session: Session, files: list[str]) -> list[formatters.SheetInfo]:
    """The sheets the files were checked against, in the order first used."""
    from . import formatters

    infos: dict[str, formatters.SheetInfo] = {}
    for file in files:
        sheet = session.sheet_for(session.config_for(file))
        if sheet.path not in infos:
            infos[sheet.path] = formatters.SheetInfo.of(sheet)
    return list(infos.values())


def wants_color(stream: TextIO) -> bool:
    """ANSI colours on a terminal; never with NO_COLOR set (no-color.org), always with FORCE_COLOR set."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def forge_links() -> formatters.Links | None:
    """Links to the drafts at the commit under review, from GitHub Actions' environment when it is there."""
    from . import formatters

    server, repository, sha = (os.environ.get(name) for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY",
                                                                 "GITHUB_SHA"))
    if not (server and repository and sha):
        return None
    run = os.environ.get("GITHUB_RUN_ID")
    base = f"{server.rstrip('/')}/{repository}"
    return formatters.Links(f"{base}/blob/{sha}/", f"{base}/actions/runs/{run}" if run else None)


def interrupted_summary(checked: int, total: int, changed: list[str]) -> int:
    """What an interrupted run did, on stderr: how far it got and every file it changed."""
    from .interrupts import EXIT_INTERRUPTED, exiting

    print(f"copydesk: interrupted after {checked} of {total} file{'s' if total != 1 else ''}; "
          f"{len(changed)} file{'s' if len(changed) != 1 else ''} changed" + (":" if changed else "."),
          file=sys.stderr)
    for path in changed:
        print(f"  {path}", file=sys.stderr)
    exiting()
    return EXIT_INTERRUPTED


def refuse_output_over_inputs(args: argparse.Namespace, output_path: str, session: Session, paths: list[str],
                              drafts: list[str]) -> None:
    """--output may not name anything the run reads: a draft, a file that would be read as a draft in a
    checked folder, a fact sheet, a configuration file or the diff."""
    from . import engine
    from .files import OutputOverInput, refuse_over_inputs

    inputs: list[tuple[str, str]] = [(draft, "a draft being checked") for draft in drafts]
    for path in [*paths, *drafts]:
        config = session.config_for(path)
        if config.path is not None:
            inputs.append((str(config.path), "the configuration file in use"))
        sheet = session.options.facts or (str(config.facts) if config.facts else None)
        if sheet is not None:
            inputs.append((sheet, "the fact sheet in use"))
    if args.config:
        inputs.append((args.config, "the configuration file in use"))
    if args.diff_file and args.diff_file != "-":
        inputs.append((args.diff_file, "the diff being read"))
    try:
        refuse_over_inputs(output_path, inputs)
    except OutputOverInput as exc:
        raise UsageError(str(exc)) from None
    output = os.path.realpath(output_path)
    for folder in (path for path in paths if os.path.isdir(path)):
        config = session.config_for(folder)
        inside = output.startswith(os.path.join(os.path.realpath(folder), ""))
        if inside and output.lower().endswith(config.extensions) and not engine.is_excluded(output_path, config.exclude):
            raise UsageError(f"--output {output_path}: that file is in the checked folder {folder}, where it "
                             "would be read as a draft; write the report elsewhere or give it another extension")


def fact_views(findings: list[Finding]) -> dict[tuple[str, str], FactView]:
    """Each finding's fact as the review page shows it, as its sheet described it, with each source's
    sentence that states it where the source file is beside the sheet."""
    from .formatters import FactView, SourceView
    from .passages import SourceTexts

    texts = SourceTexts()
    views = {}
    for finding in findings:
        about = finding.about
        if about is not None and (finding.path, about.id) not in views:
            views[(finding.path, about.id)] = FactView(about.id, about.summary, [
                SourceView(source.outlet, source.file, source.title, source.url, texts.passage(about, source.file))
                for source in about.sources])
    return views


def run_mutate(args: argparse.Namespace) -> int:
    """Plant errors in clean drafts, read and checked as `check` reads and checks them (the configuration
    that applies to each draft, its front-matter fields, its sheet), and count what is caught."""
    import json
    import random
    from functools import partial

    from . import mutate
    from .rule import Context
    from .session import Options, Session

    session = Session(Options(facts=args.facts, as_of=args.as_of, roots=tuple(args.drafts)))
    families = mutate.planters(session.registry)
    rng = random.Random(args.seed)
    outcomes = []
    for path in progress(args.drafts, len(args.drafts), "drafts", args.quiet):
        config = session.config_for(path)
        doc = session.read(path)
        sheet = session.sheet_for(config)
        as_of = args.as_of or config.as_of or sheet.as_of
        outcomes += mutate.run(doc, session.check, partial(Context, facts=sheet, as_of=as_of), families,
                               args.per_draft, rng)
    result = mutate.summary(outcomes, families)
    if not result["planted"]:  # 0 of 0 is no catch rate: never report it as 100%
        print("copydesk: nothing could be planted: these drafts state none of the sheet's facts", file=sys.stderr)
        return EXIT_FINDINGS
    if args.format == "json":
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"{'family':<8}{'planted':>8}{'caught':>8}{'rate':>8}")
        for family, counts in result["by_family"].items():
            rate = counts["caught"] / counts["planted"]
            print(f"{family:<8}{counts['planted']:>8}{counts['caught']:>8}{rate:>8.1%}")
        total = result["caught"] / result["planted"]
        print(f"{'all':<8}{result['planted']:>8}{result['caught']:>8}{total:>8.1%}")
        print(f"findings on unplanted lines: {result['false_positives']}")
        for miss in result["missed"]:
            print(f"MISSED  {miss['path']}:{miss['line']} [{miss['family']}] {miss['plant']}")
        for finding in result["false_positive_findings"]:
            print(f"FALSE+  {finding['path']}:{finding['line']} {finding['code']} {finding['message']}")
    return EXIT_OK if not result["missed"] and not result["false_positives"] else EXIT_FINDINGS


def run_lsp(verbose: bool) -> int:
    try:
        from .lsp import main as serve
    except ImportError as exc:
        raise UsageError(f"the language server needs pygls: pip install 'copydesk[lsp]' ({exc})") from None
    return serve(verbose)


def list_rules() -> int:
    from .registry import load_rules

    registry = load_rules()
    families = {family.letter: family.checks for family in (rule.family() for rule in registry.values()) if family}
    family = None
    for code, rule in sorted(registry.items()):
        letters = code.rstrip("0123456789")
        if letters != family:
            family = letters
            print(f"\n{family}: {families.get(family, 'plugin rules')}")
        print(f"  {code}  {rule.name:<28} {rule.severity:<8} {rule.summary()}")
    return EXIT_OK


def print_rule_docs() -> int:
    """All rule documentation, generated from the docstrings (docs/rules.md is this output)."""
    from .registry import load_rules

    registry = load_rules(plugins=False)
    print("# copydesk rules\n\nGenerated by `copydesk rules --docs` from the rules' docstrings.\n")
    for rule in registry.values():
        print(rule.documentation().replace("\n## ", "\n### ").replace("# ", "## ", 1))
    return EXIT_OK


def show_rule(code: str) -> int:
    from .registry import load_rules
    from .suggest import did_you_mean

    code = code.upper()
    registry = load_rules()
    if code in registry:
        sys.stdout.write(registry[code].documentation())
        return EXIT_OK
    raise UsageError(f"unknown rule {code!r}{did_you_mean(code, registry)} (see `copydesk rules`)")


def run_facts(args: argparse.Namespace) -> int:
    from .session import Options, Session

    if args.facts_command == "build":
        return build_facts(args)
    if args.facts_command == "update":
        return update_facts(args)
    if args.facts_command == "diff":
        from .sheetdiff import differences

        session = Session(Options())
        changes = differences(session.sheet(args.old), session.sheet(args.new))
        for line in changes:
            print(line)
        print(f"{len(changes)} fact(s) differ" if changes else "the two sheets state the same facts")
        return EXIT_FINDINGS if changes else EXIT_OK
    if args.facts_command == "check":
        from .factcheck import lint

        session = Session(Options())  # no file: the sheet the current folder is checked against
        sheet = session.sheet(args.file) if args.file else session.sheet_for(session.config_for("."))
        problems = lint(sheet)
        for problem in problems:
            print(f"{sheet.path}: {problem}")
        print(f"{sheet.path}: {'valid' if not problems else 'loads, with problems'} (schema 1): "
              f"{len(sheet.facts)} facts, {len(sheet.sources)} sources, {len(sheet.measures)} measures")
        return EXIT_FINDINGS if problems else EXIT_OK
    place = Path(args.for_path)
    if not place.exists():
        raise UsageError(f"--for {args.for_path}: no such file or folder")
    session = Session(Options(facts=args.facts))  # the sheet a draft there is checked against, as check finds it
    config = session.config_for(str(place))
    sheet = session.sheet_for(config)
    if args.id is None:
        from .formatters import SheetInfo

        info = SheetInfo.of(sheet)
        why = "given with --facts" if args.facts else f"configured in {config.path}" if config.facts else \
            "no copydesk.toml above it names one (facts = \"FILE\")"
        print(f"Drafts in {args.for_path} are checked against {info.describe()}: {why}.")
        for fact_id in sheet.facts:
            listed = sheet.describe(fact_id)
            print(f"{listed.id:<32} {listed.table:<14} {listed.summary}")
        return EXIT_OK
    if args.id not in sheet.facts:
        raise UsageError(f"no fact with id {args.id!r} in {sheet.path} (list them with `copydesk facts show`)")
    shown = sheet.describe(args.id)
    print(f"{shown.id} ({shown.table}): {shown.summary}")
    for key, value in shown.details:
        print(f"  {key}: {value}")
    print("  sources:" + ("  (single source)" if len(shown.sources) == 1 else ""))
    for source in shown.sources:
        print(f"    {source.id}: {source.outlet} ({source.file})")
    return EXIT_OK


def run_index(args: argparse.Namespace) -> int:
    import time

    from .archive import Index, UnusableIndex
    from .jobs import job_count
    from .session import Options, Session

    sheet = Session(Options()).sheet(args.facts)  # a bad sheet stops here, before the index is touched
    paths = _draft_paths(args.paths)
    started = time.perf_counter()
    try:
        index = Index(args.db)
    except UnusableIndex as exc:
        raise UsageError(str(exc)) from None
    try:
        read, unchanged = index.update(paths, str(Path(args.facts).resolve()) if args.facts else None, sheet,
                                       job_count(args.jobs, len(paths)))
    finally:
        index.close()
    print(f"{args.db}: {len(paths)} drafts, {read} read, {unchanged} unchanged, in {time.perf_counter() - started:.1f} s")
    return EXIT_OK


def run_affected(args: argparse.Namespace) -> int:
    from .archive import Index, UnusableIndex, affected, changed, statements
    from .session import Options, Session

    sheets = Session(Options())
    old, new = sheets.sheet(args.old), sheets.sheet(args.new)
    changes = changed(old, new)
    if args.db:
        if args.paths:
            raise UsageError("give drafts or --db, not both")
        try:
            index = Index(args.db)
        except UnusableIndex as exc:
            raise UsageError(str(exc)) from None
        try:
            built_with = index.sheets()
            if built_with and built_with != {old.digest}:
                raise UsageError(f"{args.db} was built with another sheet than {args.old}; "
                                 f"run `copydesk index … --facts {args.old} --db {args.db}` first")
            found = index.statements_of(changes)
        finally:
            index.close()
    else:
        found = []
        session = Session(Options(roots=tuple(args.paths)))
        for path in _draft_paths(args.paths):
            found += statements(session.read(str(path)), old)
    hits = affected(old, new, found)
    for statement, change in hits:
        print(f"{statement.path}:{statement.line}:{statement.column}: {statement.fact_id}: states "
              f"\u201c{statement.stated}\u201d; {change}")
    drafts = len({statement.path for statement, _ in hits})
    print(f"{len(hits)} statement(s) in {drafts} draft(s) carry a fact that changed" if hits else
          "no draft states a fact that changed", file=sys.stderr)
    return EXIT_FINDINGS if hits else EXIT_OK


def _draft_paths(paths: list[str]) -> list[Path]:
    from .engine import collect_files

    return [Path(p) for p in collect_files(paths, (".md", ".markdown", ".txt"))]


def update_facts(args: argparse.Namespace) -> int:
    import difflib

    from .document import DecodeError
    from .facts import load
    from .files import OutputOverInput, read_input, refuse_over_inputs, write_new
    from .session import Options, Session
    from .update import UndatedSource, propose, source_documents, updated_sheet

    sheet = Session(Options()).sheet(args.sheet)
    text = read_input(args.sheet, 16 * 1024 * 1024, what="fact sheet")
    paths = _source_paths(args.sources)
    if args.output:
        try:
            refuse_over_inputs(args.output, [(Path(args.sheet), "the fact sheet"),
                                             *((path, "a source being read") for path in paths)])
        except OutputOverInput as exc:
            raise UsageError(str(exc)) from None
        if os.path.lexists(args.output) and not args.force:
            raise UsageError(f"--output {args.output}: the file exists; choose a new name, or add --force")
    try:
        documents = source_documents(paths, set(sheet.sources) | set(sheet.facts))
        proposals = propose(sheet, documents, args.as_of)
    except (OSError, DecodeError, UndatedSource) as exc:
        raise UsageError(str(exc)) from None
    files = {sid: os.path.relpath(doc.path, Path(args.sheet).resolve().parent) for sid, doc in documents.items()}
    new_text = updated_sheet(text, sheet, proposals, files)
    load(args.output or "<updated>", text=new_text)  # the update must itself be a valid fact sheet
    if args.output:
        try:
            write_new(args.output, new_text)
        except OSError as exc:
            raise UsageError(f"--output: {exc}") from None  # a folder, or a missing one
        print(f"wrote {args.output}: {args.sheet} updated from {len(paths)} sources; review it before use")
    else:
        sys.stdout.writelines(difflib.unified_diff(text.splitlines(keepends=True), new_text.splitlines(keepends=True),
                                                   args.sheet, f"{args.sheet} (updated)"))
    return EXIT_OK


def _source_paths(sources: list[str]) -> list[Path]:
    paths = []
    for source in sources:
        path = Path(source)
        paths += sorted(p for p in path.iterdir() if p.suffix in (".md", ".txt", ".markdown")) if path.is_dir() \
            else [path]
    return paths


def build_facts(args: argparse.Namespace) -> int:
    from .build import UndatedStory, build
    from .document import DecodeError
    from .facts import load
    from .files import OutputOverInput, refuse_over_inputs, write_new
    from .session import Options, Session

    as_of = args.as_of
    paths = _source_paths(args.sources)
    style = Session(Options()).sheet(args.style) if args.style else None
    try:
        refuse_over_inputs(args.output, [(path, "a source being read") for path in paths])
    except OutputOverInput as exc:
        raise UsageError(str(exc)) from None
    if os.path.lexists(args.output) and not os.path.isdir(args.output) and not args.force:
        raise UsageError(f"--output {args.output}: the file exists (an edited fact sheet is work); choose a new name, "
                         "or add --force to replace it")
    try:
        toml_text, report = build(paths, as_of, lambda items, total: progress(items, total, "sources", args.quiet),
                                  style=style)
    except (OSError, DecodeError) as exc:
        raise UsageError(f"cannot read a source: {exc}") from None
    except UndatedStory as exc:
        raise UsageError(str(exc)) from None
    load(args.output, text=toml_text)  # the candidate must itself be a valid fact sheet
    try:
        write_new(args.output, toml_text + "\n")
    except OSError as exc:
        raise UsageError(f"--output: {exc}") from None  # a folder, or a missing one
    for line in report:
        print(line)
    print(f"wrote {args.output}: a candidate fact sheet from {len(paths)} sources; review it before use")
    return EXIT_OK
