"""The ``copydesk`` command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from linter import __version__
from linter.config import Config, ConfigError, discover
from linter.facts import Date, FactSheet, FactSheetError, load
from linter.finding import SEVERITIES, Finding
from linter.registry import RegistryError, load_rules
from linter.rule import FAMILIES

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description="Check news drafts against a story's fact sheet.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check drafts (files or folders)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    check.add_argument("--facts", metavar="FILE", help="fact sheet (default: config, else the embedded sheet)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--select", metavar="CODES", help="comma-separated rule codes or prefixes to run")
    check.add_argument("--ignore", metavar="CODES", help="comma-separated rule codes or prefixes to skip")
    check.add_argument("--severity", choices=SEVERITIES, default="info",
                       help="report and fail on findings at or above this severity (default: info)")
    check.add_argument("--as-of", metavar="DATE", help="judge 'current' facts on this date (YYYY-MM-DD)")
    check.add_argument("--config", metavar="FILE", help="use this configuration file instead of discovering one")

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--docs", action="store_true", help="print every rule's documentation as Markdown")
    rule = commands.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("code")

    facts = commands.add_parser("facts", help="work with fact sheets")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    show = facts_commands.add_parser("show", help="print a fact with its sources (or list all facts)")
    show.add_argument("id", nargs="?")
    show.add_argument("--facts", metavar="FILE")
    validate = facts_commands.add_parser("check", help="validate a fact sheet")
    validate.add_argument("file", nargs="?")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return run_check(args)
        if args.command == "rules":
            return print_rule_docs() if args.docs else list_rules()
        if args.command == "rule":
            return show_rule(args.code)
        if args.command == "facts":
            return run_facts(args)
        parser.print_help()
        return EXIT_OK
    except (FactSheetError, ConfigError, RegistryError, UsageError) as exc:
        print(f"copydesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


def _codes(value: str | None) -> list[str] | None:
    return [c.strip().upper() for c in value.split(",") if c.strip()] if value else None


def run_check(args: argparse.Namespace) -> int:
    from linter import engine, formatters

    paths = args.paths or ["."]
    registry = load_rules()
    for selector in (_codes(args.select) or []) + (_codes(args.ignore) or []):
        if selector != "ALL" and not any(code.startswith(selector) for code in [*registry, *engine.ENGINE_CODES]):
            raise UsageError(f"unknown rule code or prefix {selector!r} (see `copydesk rules`)")
    as_of = None
    if args.as_of:
        try:
            as_of = Date.parse(args.as_of).first_day
        except ValueError as exc:
            raise UsageError(f"--as-of: {exc}") from None
    fixed_config = None
    if args.config:
        from linter.config import load_file
        fixed_config = load_file(Path(args.config)) or Config(path=Path(args.config))
    sheets: dict[str | None, FactSheet] = {}
    configs: dict[Path, Config] = {}

    def config_for(path: str) -> Config:
        if fixed_config is not None:
            return fixed_config
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        if folder not in configs:
            configs[folder] = discover(folder)
        return configs[folder]

    def sheet_for(config: Config) -> FactSheet:
        source = args.facts or (str(config.facts) if config.facts else None)
        if source not in sheets:
            sheets[source] = load(source)
        return sheets[source]

    for path in paths:
        if not Path(path).exists() and not Path(path).is_symlink():
            raise UsageError(f"{path}: no such file or directory")
    findings: list[Finding] = []
    checked = 0
    for path in paths:
        root_config = config_for(path)
        for file in engine.collect_files([path], root_config.extensions, root_config.exclude):
            config = config_for(file)
            sheet = sheet_for(config)
            rules = engine.select_rules(registry, config, _codes(args.select), _codes(args.ignore))
            checked += 1
            loaded = engine.load_document(file, config)
            if isinstance(loaded, Finding):
                findings.append(loaded)
                continue
            findings += engine.check_document(loaded, sheet, rules, as_of=as_of, config=config)
    findings = engine.at_or_above(findings, args.severity)
    output = formatters.FORMATTERS[args.format](findings, files_checked=checked)
    sys.stdout.write(output)
    return EXIT_FINDINGS if findings else EXIT_OK


def list_rules() -> int:
    from linter.engine import ENGINE_CODES

    registry = load_rules()
    rows = [(code, rule.name, rule.severity, rule.summary()) for code, rule in registry.items()]
    rows += [(code, name, severity, summary) for code, (name, severity, summary) in ENGINE_CODES.items()]
    family = None
    for code, name, severity, summary in sorted(rows):
        if code[0] != family:
            family = code[0]
            print(f"\n{family}: {FAMILIES.get(family, 'plugin rules')}")
        print(f"  {code}  {name:<28} {severity:<8} {summary}")
    return EXIT_OK


def print_rule_docs() -> int:
    """All rule documentation, generated from the docstrings (docs/rules.md is this output)."""
    registry = load_rules(plugins=False)
    print("# copydesk rules\n\nGenerated by `copydesk rules --docs` from the rules' docstrings.\n")
    for rule in registry.values():
        print(rule.documentation().replace("\n## ", "\n### ").replace("# ", "## ", 1))
    return EXIT_OK


def show_rule(code: str) -> int:
    from linter.engine import ENGINE_CODES

    code = code.upper()
    registry = load_rules()
    if code in registry:
        sys.stdout.write(registry[code].documentation())
        return EXIT_OK
    if code in ENGINE_CODES:
        name, severity, summary = ENGINE_CODES[code]
        print(f"# {name} ({code})\n\nDefault severity: {severity}.\n\n{summary}")
        return EXIT_OK
    raise UsageError(f"unknown rule {code!r} (see `copydesk rules`)")


def run_facts(args: argparse.Namespace) -> int:
    if args.facts_command == "check":
        sheet = load(args.file)
        print(f"{sheet.path}: valid fact sheet (schema 1): {len(sheet.facts)} facts, "
              f"{len(sheet.sources)} sources, {len(sheet.measures)} measures")
        return EXIT_OK
    sheet = load(args.facts or (str(discover(Path.cwd()).facts) if discover(Path.cwd()).facts else None))
    if args.id is None:
        for fact in sheet.facts.values():
            print(f"{fact.id:<32} {fact.kind:<14} {describe(fact)}")
        return EXIT_OK
    fact = sheet.facts.get(args.id)
    if fact is None:
        raise UsageError(f"no fact with id {args.id!r} in {sheet.path} (list them with `copydesk facts show`)")
    print(f"{fact.id} ({fact.kind}): {describe(fact)}")
    for key, value in fact.data.items():
        if key not in ("id", "sources"):
            print(f"  {key}: {value}")
    print("  sources:" + ("  (single source)" if len(fact.sources) == 1 else ""))
    for source_id in fact.sources:
        source = sheet.sources[source_id]
        print(f"    {source_id}: {source['outlet']} ({source['file']})")
    return EXIT_OK


def describe(fact) -> str:
    for key in ("what", "subject", "name", "text"):
        if fact.get(key):
            value = fact.get(key)
            if fact.kind == "quantities":
                return f"{value}: {fact['value']:g}"
            if fact.kind == "claims":
                return f"{value}: {fact['value']}"
            return str(value)
    return ""
