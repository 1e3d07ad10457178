#!/usr/bin/env python
"""Measure the trained pipeline and write <model>/training.json.

Reads what train.sh left behind (the corpus manifest, the `spacy evaluate`
JSON files, the training log and time), measures load time and parse speed
on one core, prints the parses of a few news sentences, and writes the
summary next to the pipeline.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

from build_corpus import GUM_EXCLUDED_LICENCES, GUM_GENRE_LICENCES  # one licence table: beside the genre list

EVAL_SETS = {
    "ewt_dev": ("ewt-dev", "UD_English-EWT dev split"),
    "gum_test_news": ("gum-test-news", "UD_English-GUM test split, news documents only"),
    "dev_combined": ("dev", "EWT dev + GUM dev (used genres): the set that picked model-best"),
    "ewt_test": ("ewt-test", "UD_English-EWT test split"),
    "gum_test": ("gum-test", "UD_English-GUM test split, used genres"),
    "gum_dev": ("gum-dev", "UD_English-GUM dev split, used genres"),
}
SCORE_KEYS = {"dep_uas": "uas", "dep_las": "las", "tag_acc": "tag_acc", "pos_acc": "pos_acc",
              "morph_acc": "morph_acc", "lemma_acc": "lemma_acc", "sents_f": "sents_f"}

EXAMPLES = [
    "Russia and Ukraine each freed 390 soldiers and civilians on Friday.",
    "Four of the wounded are in serious condition, said a 34-year-old nurse.",
    "The mayor, who took office in January, said the city would not raise taxes.",
    "Officials expect the bridge to reopen by next week after repairs that cost $2.5 million.",
]

COMPONENTS = {
    "tok2vec": "shared CNN token encoder (spacy.Tok2Vec.v2, MultiHashEmbed NORM/PREFIX/SUFFIX/SHAPE, "
               "width 96, depth 4); no static vectors",
    "tagger": "PTB-style XPOS tags -> token.tag_",
    "morphologizer": "UD UPOS + morphological features -> token.pos_, token.morph",
    "parser": "transition-based dependency parser (UD relations, with subtypes) -> token.dep_, "
              "token.head, sentence boundaries (doc.sents)",
    "trainable_lemmatizer": "edit-tree lemmatizer trained on the UD lemmas -> token.lemma_",
}


def load_seconds(model: Path, python: str, runs: int = 3) -> float:
    code = ("import spacy,time; t=time.time(); spacy.load(%r); print(time.time()-t)" % str(model))
    times = []
    for _ in range(runs):
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return min(times)


def words_per_second(nlp, corpus: Path) -> dict:
    from spacy.tokens import DocBin

    texts = []
    for name in ("ewt-dev", "gum-dev"):
        db = DocBin().from_disk(corpus / f"{name}.spacy")
        texts.extend(d.text for d in db.get_docs(nlp.vocab))
    list(nlp.pipe(texts[:50]))  # warm-up
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    secs = time.perf_counter() - start
    return {"words": words, "seconds": round(secs, 2), "words_per_second": round(words / secs),
            "texts": len(texts), "how": "nlp.pipe(batch_size=256), one process, 1 BLAS thread, "
                                        "raw text of EWT dev + GUM dev (tokenizer included)"}


def best_step(log: Path, performance: dict) -> dict | None:
    """Find the logged evaluation row that model-best's meta.json performance matches."""
    if not log.exists():
        return None
    rows = []
    for line in log.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 14 and parts[0].isdigit() and parts[1].isdigit():
            try:
                rows.append((int(parts[0]), int(parts[1]), [float(x) for x in parts[-8:]]))
            except ValueError:
                pass
    if not rows:
        return None
    # columns: TAG_ACC POS_ACC MORPH_ACC DEP_UAS DEP_LAS SENTS_F LEMMA_ACC SCORE
    keys = ("tag_acc", "pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_f", "lemma_acc")
    want = [round(performance.get(k, -1) * 100, 2) for k in keys]
    best = next(((e, s) for e, s, cols in rows if all(abs(a - b) < 0.006 for a, b in zip(cols, want))),
                None)
    info = {"evaluations": len(rows), "last_step": rows[-1][1], "last_epoch": rows[-1][0]}
    if best:
        info.update({"best_epoch": best[0], "best_step": best[1]})
    return info


def show(doc) -> str:
    lines = []
    for t in doc:
        lines.append(f"{t.i:>3} {t.text:<12} {t.tag_:<5} {t.pos_:<6} {t.lemma_:<12} "
                     f"{t.dep_:<12} <- {t.head.i} {t.head.text}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--run", type=Path, required=True)
    args = ap.parse_args()

    import spacy

    nlp = spacy.load(args.model)
    manifest = json.loads((args.corpus / "manifest.json").read_text())
    meta = json.loads((args.model / "meta.json").read_text())

    scores = {}
    for key, (name, what) in EVAL_SETS.items():
        path = args.run / "eval" / f"{name}.json"
        if not path.exists():
            continue
        ev = json.loads(path.read_text())
        entry = {"set": what, "words": manifest["sets"][name]["words"],
                 "sentences": manifest["sets"][name]["sentences"]}
        entry.update({SCORE_KEYS[k]: round(ev[k], 4) for k in SCORE_KEYS if ev.get(k) is not None})
        scores[key] = entry

    size = sum(p.stat().st_size for p in args.model.rglob("*") if p.is_file())
    train_time = args.run / "train_time.json"
    speed = words_per_second(nlp, args.corpus)
    examples = [show(nlp(s)) for s in EXAMPLES]
    for e in examples:
        print(e, end="\n\n")

    ewt, gum = manifest["treebanks"]["UD_English-EWT"], manifest["treebanks"]["UD_English-GUM"]
    sets = manifest["sets"]
    report = {
        "spacy_version": spacy.__version__,
        "python": platform.python_version(),
        "lang": meta["lang"],
        "pipeline": nlp.pipe_names,
        "components": {n: COMPONENTS.get(n, "") for n in nlp.pipe_names},
        "vectors": "none (blank en pipeline, no pretrained weights)",
        "training_script": "training/parser/train.sh (config: training/parser/config.cfg)",
        "training_data": {
            "UD_English-EWT": {
                "repository": "https://github.com/UniversalDependencies/UD_English-EWT",
                "commit": ewt["commit"], "licence": "CC BY-SA 4.0",
                "used": "whole treebank: train to train, dev to pick the best model, test only evaluated",
                "train_words": sets["ewt-train"]["words"], "train_sentences": sets["ewt-train"]["sentences"],
            },
            "UD_English-GUM": {
                "repository": "https://github.com/UniversalDependencies/UD_English-GUM",
                "commit": gum["commit"],
                "licence": "CC BY-NC-SA 4.0 for the treebank as a whole; annotations CC BY 4.0; "
                           "texts per genre as listed",
                "genres_used": GUM_GENRE_LICENCES,
                "genres_excluded": GUM_EXCLUDED_LICENCES,
                "why": "the pipeline is used commercially, so only documents whose texts are CC BY, "
                       "CC BY-SA or public domain are used, in every split; evidence quoted in "
                       "training/parser/README.md",
                "documents_by_genre": manifest["gum_documents_by_genre"]["used"],
                "train_words": sets["gum-train"]["words"], "train_sentences": sets["gum-train"]["sentences"],
                "gum_test_news_documents": sets["gum-test-news"].get("doc_ids"),
            },
            "train_words_total": sets["train"]["words"],
            "dev_words_total": sets["dev"]["words"],
        },
        "training": {
            "seconds": json.loads(train_time.read_text())["seconds"] if train_time.exists() else None,
            "threads": int(os.environ.get("OMP_NUM_THREADS", "1")),
            "cpu": platform.processor() or platform.machine(),
            **(best_step(args.run / "spacy-train.log", meta.get("performance", {})) or {}),
        },
        "scores": scores,
        "size_bytes": size,
        "load_seconds": round(load_seconds(args.model, sys.executable), 3),
        "speed": speed,
    }
    out = args.model / "training.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: report[k] for k in ("scores", "size_bytes", "load_seconds", "speed", "training")},
                     indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
