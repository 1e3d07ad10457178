#!/usr/bin/env python
"""Put the trained `ner` into a copy of the shipped parser pipeline, and check the parses did not move.

    add_to_parser.py --ner MODEL --parser linter/data/parser --out PARSER_WITH_NER [--check-text FILE]

MODEL is the trained pipeline (`tok2vec` + `ner`, `model-best` of `spacy train`). Two cases:

- the `ner` listens to a `tok2vec` that was trained further (the shipped configuration: the
  parser's tok2vec as the starting point, fine-tuned for names). The parser's own tok2vec must stay
  as it is, so `nlp.replace_listeners` gives the `ner` its own copy of the fine-tuned tok2vec: the
  component is self-contained and is added after the parser's components;
- the `ner` listens to a `tok2vec` identical to the parser's (frozen during training): the `ner` is
  added as it is and listens to the parser's tok2vec.

The result is the parser pipeline's files plus `ner/`, and `ner` appended to the pipeline. The
check: on a few built-in sentences and those of --check-text (one text a line) the original
parser and the new pipeline loaded with `exclude=["ner"]` — and the new pipeline with `ner` too —
give identical tokens, sentence starts, heads, dependency labels, PTB tags, UPOS, morphology and
lemmas; the `ner` inside the new pipeline finds the same entities as MODEL given the same sentence
starts. Any of these differences is an error (exit status 1). Also counted, not an error: texts where
MODEL alone, without sentence starts, finds other entities — spaCy's ner never lets an entity cross
a sentence start, and in the new pipeline the parser has set them. Prints a JSON summary (also
written to OUT/ner-check.json).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

import numpy

import spacy

SENTENCES = [
    "Pope Leo XIV met Cardinal Pietro Parolin at the Vatican before flying to Chicago with officials of the Catholic Church.",
    "Chancellor Friedrich Merz said the Christian Democratic Union would govern with the Social Democrats in Berlin.",
    "Rescuers in Castelmonte pulled Maria Ferri from the rubble, the Civil Protection Department said.",
    "Russia and Ukraine each freed 390 soldiers and civilians on Friday.",
    "The mayor, who took office in January, said the city would not raise taxes.",
    '"We will rebuild," she said, "whatever it costs."',
    "Officials expect the bridge to reopen by next week after repairs that cost $2.5 million.",
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def analysis(doc) -> list[tuple]:
    return [(t.text, t.whitespace_, t.is_sent_start, t.head.i, t.dep_, t.tag_, t.pos_, str(t.morph), t.lemma_)
            for t in doc]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ner", type=Path, required=True, help="trained pipeline with tok2vec + ner")
    ap.add_argument("--parser", type=Path, required=True, help="the shipped parser pipeline (linter/data/parser)")
    ap.add_argument("--out", type=Path, required=True, help="where the parser pipeline with ner is written")
    ap.add_argument("--check-text", type=Path, help="sentences to compare, one a line")
    args = ap.parse_args()

    trained = spacy.load(args.ner)
    t2v_trained = trained.get_pipe("tok2vec")
    base = spacy.load(args.parser)
    same_tok2vec = t2v_trained.model.to_bytes() == base.get_pipe("tok2vec").model.to_bytes()
    if same_tok2vec:
        mode = "listener: ner listens to the parser's tok2vec (identical weights)"
    else:
        trained.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        mode = "own copy: ner carries the fine-tuned tok2vec inside (replace_listeners)"
    base.add_pipe("ner", source=trained)
    if args.out.exists():
        shutil.rmtree(args.out)
    base.to_disk(args.out)
    if (args.parser / "training.json").exists():  # the parser's own record, not a pipeline file
        shutil.copy2(args.parser / "training.json", args.out / "training.json")

    sentences = list(SENTENCES)
    if args.check_text:
        sentences += [s for s in args.check_text.read_text(encoding="utf-8").splitlines() if s.strip()]
    original = spacy.load(args.parser)
    without = spacy.load(args.out, exclude=["ner"])
    full = spacy.load(args.out)
    model = spacy.load(args.ner)
    assert without.pipe_names == original.pipe_names, (without.pipe_names, original.pipe_names)
    diffs = {"parse (exclude=['ner'])": 0, "parse (with ner)": 0, "tensor (exclude=['ner'])": 0,
             "entities (vs trained model, same sentence starts)": 0}
    info = {"entities differ from the trained model run without sentence starts": 0}
    examples = []

    def ents(doc):
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    for a, b, c, m in zip(original.pipe(sentences), without.pipe(sentences), full.pipe(sentences),
                          model.pipe(sentences)):
        same_sents = model.make_doc(c.text)
        for t, ct in zip(same_sents, c):
            t.is_sent_start = ct.is_sent_start
        for _, proc in model.pipeline:
            same_sents = proc(same_sents)
        if ents(m) != ents(c):
            info["entities differ from the trained model run without sentence starts"] += 1
        if analysis(a) != analysis(b):
            diffs["parse (exclude=['ner'])"] += 1
            examples.append(a.text)
        if analysis(a) != analysis(c):
            diffs["parse (with ner)"] += 1
            examples.append(a.text)
        if not numpy.array_equal(a.tensor, b.tensor):
            diffs["tensor (exclude=['ner'])"] += 1
        if ents(c) != ents(same_sents):
            diffs["entities (vs trained model, same sentence starts)"] += 1
            examples.append(c.text)
    files = {}
    for p in sorted(args.parser.rglob("*")):
        if p.is_file() and p.parent.name not in ("vocab",) and p.name not in ("config.cfg", "meta.json"):
            q = args.out / p.relative_to(args.parser)
            files[str(p.relative_to(args.parser))] = q.exists() and sha256(p) == sha256(q)
    ner_dir = args.out / "ner"
    report = {
        "mode": mode,
        "pipeline": full.pipe_names,
        "texts_compared": len(sentences),
        "differences": diffs,
        "information": info,
        "examples": examples[:5],
        "parser_files_byte_identical": files,
        "ner_component_bytes": sum(p.stat().st_size for p in ner_dir.rglob("*") if p.is_file()),
        "pipeline_bytes": sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file()),
        "parser_tok2vec_sha256": sha256(args.parser / "tok2vec" / "model"),
    }
    (args.out / "ner-check.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    if any(diffs.values()) or not all(files.values()):
        sys.exit("the parser pipeline with ner does not reproduce the original")


if __name__ == "__main__":
    main()
