#!/usr/bin/env python3
"""Benchmark copydesk against its peers on one deterministic corpus, side by side.

    python bench/run.py [--files 1000] [--jobs 2] [--seed 7] [--runs 3] [--skip-peers] [--no-scale]
    python bench/run.py --archive 10000,100000     # the archive index (`copydesk index`, `affected --db`)

It builds ~1,000 Markdown drafts (300,000+ words) from the project's own test drafts
with numbers, names and quotes varied, then measures on the same corpus:
copydesk with every rule; textlint with textlint-rule-prh given copydesk's house
spellings (installed with npm into bench/out/peers, never a project dependency);
proselint (installed with pip into a throwaway virtual environment there). It prints
words per second and the copydesk/peer ratios, the wall time and peak memory of a
single-draft `copydesk check` (what pre-commit runs), the language server's re-check
of a 1,000-word draft after an edit, how time per draft grows with a fact sheet of
10x the facts, and how time grows with a 10x corpus. Every measurement but the last
is repeated (--runs, default 3) and printed as median (range). Everything it writes
stays under bench/out/.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PEERS = OUT / "peers"
SOURCES = sorted((ROOT / "tests" / "drafts").glob("clean_*")) + [ROOT / "examples" / "sample_draft.md"]
NAME_SWAPS = {"Kyiv": "Kiev", "Odesa": "Odessa", "Zelensky": "Zelenskyy", "Kharkiv": "Kharkov"}


def vary(text: str, rng: random.Random) -> str:
    """A new draft from a test draft: numbers nudged, some names in variant spellings, a quote word changed."""
    def number(match: re.Match) -> str:
        value = int(match.group().replace(",", ""))
        if rng.random() < 0.7 or value in range(1900, 2101):
            return match.group()
        changed = max(1, value + rng.choice((-10, -1, 1, 10)))
        return f"{changed:,}" if "," in match.group() else str(changed)

    text = re.sub(r"\b\d{1,3}(?:,\d{3})*\b", number, text)
    for house, variant in NAME_SWAPS.items():
        if rng.random() < 0.15:
            text = text.replace(house, variant, 1)
    if rng.random() < 0.2:
        text = text.replace("something big", "something huge", 1)
    return text


def build_corpus(folder: Path, files: int, seed: int) -> int:
    """Write the corpus; return its word count."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in SOURCES]
    words = 0
    for index in range(files):
        text = "\n\n".join(vary(rng.choice(bases), rng) for _ in range(2))
        (folder / f"draft{index:05}.md").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def timed(command: list[str], **kwargs) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall seconds, peak RSS in KB (of the command and its children) and the result."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode); "
             "sys.stderr.write(r.stderr.decode(errors='replace')[-2000:])")
    result = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, **kwargs)
    seconds, rss, code = result.stdout.split()
    result.returncode = int(code)
    return float(seconds), int(rss), result


def copydesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "copydesk", *args]


def editor_recheck(samples: int = 30) -> list[float]:
    """Seconds the language server takes to re-check a 1,000-word draft after an edit (its check and the
    diagnostics' positions, warm as in an editor session; the 0.3 s typing debounce is not counted)."""
    import time

    try:
        from copydesk.lsp import CopydeskServer
    except ImportError:  # no pygls: the same work through the Session the server uses
        CopydeskServer = None
    from copydesk.session import Session

    bases = [p.read_text(encoding="utf-8") for p in SOURCES]
    text, index = "", 0
    while len(text.split()) < 1000:
        text += bases[index % len(bases)] + "\n\n"
        index += 1
    path = str(OUT / "editor" / "draft.md")
    if CopydeskServer is not None:
        server = CopydeskServer()

        def recheck(version: int, edited: str) -> None:
            server.compute(Path(path).as_uri(), edited, version, "utf-16")
    else:
        session = Session()

        def recheck(version: int, edited: str) -> None:
            session.check(session.document(edited, path))
    recheck(0, text)  # the editor opened the draft: the session is warm
    rng = random.Random(1)
    timings = []
    for version in range(1, samples + 1):
        cut = rng.randrange(len(text))
        text = text[:cut] + rng.choice((" 390", " Kyiv", " the", "s", " Friday")) + text[cut:]
        started = time.perf_counter()
        recheck(version, text)
        timings.append(time.perf_counter() - started)
    return timings


SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "vos", "dar", "quel", "bi", "zan", "fe", "gor", "sul", "wen", "pra", "hix")


def pseudo_word(number: int, capital: bool = True) -> str:
    """A made-up word no draft contains ("Kalomi", "Vosdar"), one per number."""
    parts = []
    number += len(SYLLABLES) ** 2
    while number:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    word = "".join(parts) + "x"
    return word.capitalize() if capital else word


def scaled_sheet(factor: int) -> Path:
    """The embedded fact sheet with (factor - 1) times its facts added, of the same kinds and shapes (people
    with roles, places, events with cue groups, measures and quantities, quotes, claims) about made-up
    names, so that every draft's findings stay the same while every fact is still weighed against it."""
    from copydesk.facts import DEFAULT_NAME, load

    sheet = load()
    count = len(sheet.facts) * (factor - 1)
    kinds = [type(fact).__name__ for fact in sheet.facts.values()]
    lines = [(ROOT / "linter" / "data" / DEFAULT_NAME).read_text(encoding="utf-8")]
    source = next(iter(sheet.sources))
    word = iter(range(10 ** 6))
    for number in range(count):
        kind = kinds[number % len(kinds)]
        ident = f"synthetic-{number}"
        name = f"{pseudo_word(next(word))} {pseudo_word(next(word))}"
        cue = pseudo_word(next(word), capital=False)
        if kind == "Person":
            lines.append(f'[[people]]\nid = "{ident}"\nname = "{name}"\nsources = ["{source}"]\n'
                         f'[[people.roles]]\noffice = "Minister"\nstart = 2020-01-01\nsources = ["{source}"]\n')
        elif kind == "Place":
            lines.append(f'[[places]]\nid = "{ident}"\nname = "{name.split()[0]}"\nkind = "city"\n'
                         f'sources = ["{source}"]\n')
        elif kind == "Organisation":
            lines.append(f'[[organisations]]\nid = "{ident}"\nname = "{name} Agency"\nsources = ["{source}"]\n')
        elif kind == "Event":
            lines.append(f'[[events]]\nid = "{ident}"\nname = "the {cue} summit"\ndate = 2025-03-{number % 28 + 1:02}\n'
                         f'cues = [["{cue}", "{cue} summit"], ["met", "talks"]]\nsources = ["{source}"]\n')
        elif kind == "Quantity":
            lines.append(f'[[measures]]\nid = "{ident}-measure"\nwhat = "{cue}s counted"\nnouns = ["{cue}"]\n'
                         f'cues = [["counted", "tallied"]]\n'
                         f'[[quantities]]\nid = "{ident}"\nwhat = "{cue}s counted"\nmeasure = "{ident}-measure"\n'
                         f'value = {100 + number}\nsources = ["{source}"]\n')
        elif kind == "Quote":
            speaker = f"{ident}-speaker"
            lines.append(f'[[people]]\nid = "{speaker}"\nname = "{name}"\nsources = ["{source}"]\n'
                         f'[[quotes]]\nid = "{ident}"\nspeaker = "{speaker}"\n'
                         f'text = "The {cue} talks were long but the {cue} agreement will hold."\n'
                         f'sources = ["{source}"]\n')
        else:
            lines.append(f'[[claims]]\nid = "{ident}"\nsubject = "host of the {cue} summit"\nvalue = "{name.split()[0]}"\n'
                         f'cues = [["hosted", "host"], ["{cue} summit"]]\nwrong = ["{name.split()[1]}"]\n'
                         f'sources = ["{source}"]\n')
    path = OUT / f"facts-{factor}x.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def install_textlint() -> Path | None:
    node = PEERS / "node"
    binary = node / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        if not shutil.which("npm"):
            return None
        node.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(node),
                               "textlint", "textlint-rule-prh"], capture_output=True, text=True)
        if done.returncode != 0:
            print(f"textlint could not be installed: {done.stderr[-500:]}")
            return None
    from copydesk.facts import load
    from copydesk.model import Named, Person

    rules = []
    for fact in load().facts.values():
        if not isinstance(fact, Named):
            continue
        house = fact.name.split()[-1] if isinstance(fact, Person) else fact.name
        variants = [v for v in fact.variants if " " not in v]
        if variants:
            rules.append(f"  - expected: {house}\n    patterns: [{', '.join(variants)}]")
    (node / "prh.yml").write_text("version: 1\nrules:\n" + "\n".join(rules) + "\n")
    (node / ".textlintrc.json").write_text('{"rules": {"prh": {"rulePaths": ["./prh.yml"]}}}\n')
    return binary


def install_proselint() -> Path | None:
    venv = PEERS / "venv"
    binary = venv / "bin" / "proselint"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        done = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "proselint"],
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"proselint could not be installed: {done.stderr[-500:]}")
            return None
    return binary


def load_sheet(path: Path):
    from copydesk.facts import load

    return load(path)


def measure_corpus(args: argparse.Namespace, corpus: Path, words: int) -> dict[str, tuple[float, int]] | None:
    """Seconds and peak memory of every tool on the corpus, in one pass side by side."""
    rows: dict[str, tuple[float, int]] = {}
    seconds, rss, result = timed(copydesk("check", "--format", "json", "--jobs", str(args.jobs), str(corpus)),
                                 cwd=ROOT)
    if result.returncode not in (0, 1):
        print(result.stderr)
        return None
    rows[f"copydesk, every rule, --jobs {args.jobs}"] = (seconds, rss)
    seconds, rss, _ = timed(copydesk("check", "--format", "json", "--jobs", "1", str(corpus)), cwd=ROOT)
    rows["copydesk, every rule, --jobs 1"] = (seconds, rss)
    if not args.skip_peers:
        textlint = install_textlint()
        if textlint:
            seconds, rss, _ = timed([str(textlint), "--format", "json", str(corpus)], cwd=PEERS / "node")
            rows["textlint + textlint-rule-prh (same spellings)"] = (seconds, rss)
        proselint = install_proselint()
        if proselint:
            seconds, rss, _ = timed([str(proselint), "check", str(corpus)])
            rows["proselint"] = (seconds, rss)
    return rows


def sheet_scaling(corpus: Path) -> tuple[float, float, int, int] | None:
    """Milliseconds per draft on 100 drafts with the embedded sheet and with one of 10x the facts."""
    sample = OUT / "corpus-sample"
    shutil.rmtree(sample, ignore_errors=True)
    sample.mkdir()
    for draft in sorted(corpus.iterdir())[:100]:
        shutil.copy(draft, sample / draft.name)
    per_draft = {}
    for factor in (1, 10):
        sheet = scaled_sheet(factor)
        seconds, _, result = timed(copydesk("check", "--format", "json", "--jobs", "1", "--facts", str(sheet),
                                            str(sample)), cwd=ROOT)
        if result.returncode not in (0, 1):
            print(result.stderr)
            return None
        per_draft[factor] = (seconds / 100 * 1000, len(load_sheet(sheet).facts))
    return per_draft[1][0], per_draft[10][0], per_draft[1][1], per_draft[10][1]


def spread(values: list[float], form: str) -> str:
    """The median, and the range when there is more than one run."""
    middle = format(statistics.median(values), form)
    return middle if len(values) == 1 else f"{middle} ({format(min(values), form)}–{format(max(values), form)})"


def archive_index(sizes: list[int], jobs: int, seed: int) -> None:
    """`copydesk index` over archives of generated drafts: the first build, a rebuild with nothing changed,
    and the corrections desk's query (`copydesk affected OLD NEW --db`) for a figure corrected in the sheet."""
    old = ROOT / "linter" / "data" / "default_facts.toml"
    new = OUT / "corrected.toml"
    new.write_text(old.read_text(encoding="utf-8").replace("value = 390\n", "value = 391\n", 1), encoding="utf-8")
    for size in sizes:
        folder = OUT / f"archive{size}"
        words = build_corpus(folder, size, seed + size)
        db = OUT / f"archive{size}.sqlite"
        db.unlink(missing_ok=True)
        built, rss, result = timed(copydesk("index", str(folder), "--db", str(db), "--jobs", str(jobs)), cwd=ROOT)
        again, _, _ = timed(copydesk("index", str(folder), "--db", str(db), "--jobs", str(jobs)), cwd=ROOT)
        queried, _, answer = timed(copydesk("affected", str(old), str(new), "--db", str(db)), cwd=ROOT)
        found = answer.stderr.strip().splitlines()[-1] if answer.stderr.strip() else "?"
        print(f"archive of {size:,} drafts ({words:,} words): index built in {built:.1f} s ({size / built:,.0f} drafts/s, "
              f"peak {rss / 1024:.0f} MB), rebuilt unchanged in {again:.1f} s, {db.stat().st_size / 1e6:.0f} MB; "
              f"`affected` from the index in {queried * 1000:.0f} ms: {found}")
        if result.returncode:
            print(result.stderr[-2000:])
        shutil.rmtree(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3, help="repeat every measurement; print median (range)")
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--no-scale", action="store_true", help="skip the 10x corpus")
    parser.add_argument("--archive", metavar="SIZES", help="only measure the archive index at these sizes "
                        "(comma-separated draft counts, e.g. 10000,100000)")
    args = parser.parse_args()
    if args.archive:
        archive_index([int(size) for size in args.archive.split(",")], args.jobs, args.seed)
        return 0

    corpus = OUT / "corpus"
    words = build_corpus(corpus, args.files, args.seed)
    print(f"corpus: {args.files} drafts, {words:,} words (seed {args.seed}); machine: {os.cpu_count()} cores; "
          f"{args.runs} run{'s' if args.runs != 1 else ''}, median (range)\n")
    runs: list[dict[str, tuple[float, int]]] = []
    walls, peaks, editor, scaling = [], [], [], []
    typo_walls: list[float] = []
    clean_walls: list[float] = []
    clean_draft = ROOT / "tests" / "drafts" / "clean_wire_report.md"  # agrees with the sheet: never loads the parser
    draft = ROOT / "examples" / "sample_draft.md"  # findings: the parser is loaded to read the sentences
    typo_draft = ROOT / "tests" / "drafts" / "review" / "every_family.md"  # a misspelt name: reads the word list
    for _ in range(args.runs):
        measured = measure_corpus(args, corpus, words)
        if measured is None:
            return 1
        runs.append(measured)
        for _ in range(15):
            seconds, rss, _ = timed(copydesk("check", str(draft)), cwd=ROOT)
            walls.append(seconds * 1000)
            peaks.append(rss / 1024)
            seconds, rss, _ = timed(copydesk("check", str(typo_draft)), cwd=ROOT)
            typo_walls.append(seconds * 1000)
            peaks.append(rss / 1024)
            seconds, _, _ = timed(copydesk("check", str(clean_draft)), cwd=ROOT)
            clean_walls.append(seconds * 1000)
        editor += [seconds * 1000 for seconds in editor_recheck()]
        scaled = sheet_scaling(corpus)
        if scaled is None:
            return 1
        scaling.append(scaled)

    ours = [words / run[f"copydesk, every rule, --jobs {args.jobs}"][0] for run in runs]
    ours1 = [words / run["copydesk, every rule, --jobs 1"][0] for run in runs]
    print(f"{'tool':<48}{'seconds':>22}{'words/s':>26}{'peak MB':>9}{'copydesk -j' + str(args.jobs) + ' / peer':>22}"
          f"{'copydesk -j1 / peer':>22}")
    for name in runs[0]:
        seconds = [run[name][0] for run in runs]
        rates = [words / value for value in seconds]
        peak = max(run[name][1] for run in runs) / 1024
        ratio = ratio1 = ""
        if not name.startswith("copydesk"):
            ratio = spread([mine / theirs for mine, theirs in zip(ours, rates)], ".2f") + "x"
            ratio1 = spread([mine / theirs for mine, theirs in zip(ours1, rates)], ".2f") + "x"
        print(f"{name:<48}{spread(seconds, '.2f'):>22}{spread(rates, ',.0f'):>26}{peak:>9.1f}{ratio:>22}{ratio1:>22}")

    print(f"\nsingle clean draft (pre-commit), {len(clean_walls)} runs: median {statistics.median(clean_walls):.0f} ms, "
          f"best {min(clean_walls):.0f} ms")
    print(f"single draft with findings (pre-commit), {len(walls)} runs: median {statistics.median(walls):.0f} ms, best "
          f"{min(walls):.0f} ms, worst {max(walls):.0f} ms wall including interpreter start; peak {max(peaks):.1f} MB")
    print(f"single draft with a misspelt name (reads the English word list): median "
          f"{statistics.median(typo_walls):.0f} ms, best {min(typo_walls):.0f} ms")
    print(f"editor re-check of a 1,000-word draft after an edit (language server, warm), {len(editor)} edits: "
          f"median {statistics.median(editor):.0f} ms, worst {max(editor):.0f} ms")
    one = [row[0] for row in scaling]
    ten = [row[1] for row in scaling]
    facts1, facts10 = scaling[0][2], scaling[0][3]
    print(f"fact sheet scaling (100 drafts, --jobs 1): {facts1} facts {spread(one, '.1f')} ms per draft, {facts10} "
          f"facts {spread(ten, '.1f')} ms per draft = {spread([b / a for a, b in zip(one, ten)], '.2f')}x the time "
          f"for {facts10 / facts1:.1f}x the facts")

    if not args.no_scale:
        big = OUT / "corpus10x"
        big_words = build_corpus(big, args.files * 10, args.seed + 1)
        seconds10, _, _ = timed(copydesk("check", "--format", "json", "--jobs", str(args.jobs), str(big)), cwd=ROOT)
        base = statistics.median(run[f"copydesk, every rule, --jobs {args.jobs}"][0] for run in runs)
        print(f"corpus scaling: {big_words:,} words in {seconds10:.2f} s = {seconds10 / base:.2f}x the median time "
              f"for {big_words / words:.2f}x the words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
