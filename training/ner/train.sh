#!/usr/bin/env bash
# Train the copydesk named-entity recogniser (labels PERSON, PLACE, ORG) from the entity annotations
# of the commercially usable genres of UD English-GUM, starting from the shipped parser's tok2vec,
# evaluate it, and put it into a copy of the parser pipeline.
#
#   mkdir -p /work/treebanks/ner-final
#   nohup bash training/ner/train.sh > /work/treebanks/ner-final/train.log 2>&1 &
#
# Outputs, all under $TREEBANKS (outside the repository; nothing in the repository is written):
#   ner-corpus/            {train,dev,test,test-news}.spacy, manifest.json, entities.tsv
#   ner-final/run/         spacy-train.log, train_time.json, output/ (model-best, model-last),
#                          eval/{dev,test,test-news}.{json,txt}, check-text.txt
#   ner-final/model/       model-best: tok2vec (fine-tuned from the parser's) + ner, training.json
#   ner-final/parser-with-ner/  linter/data/parser with the ner added (own tok2vec copy inside the
#                          ner; the parser's files byte-identical), ner-check.json, ner-training.json
#
# Settings (environment variables, all optional):
#   VENV       virtualenv with spaCy 3.8 (default /work/venv-train; created if missing)
#   TREEBANKS  where the treebank, the corpus and the outputs go, outside the repo (default /work/treebanks)
#   GUM_GIT    bare git directory of UD_English-GUM to extract from; without it the repository is
#              cloned from GitHub.  Either way the pinned commit below is used (the same one as
#              training/parser/train.sh; an existing extraction at that commit is reused).
#   PARSER     the parser pipeline whose tok2vec is the starting point (default linter/data/parser)
#   CONFIG     training config (default training/ner/config.cfg; config-frozen.cfg is the
#              frozen-tok2vec alternative described in README.md)
#   SKIP_TRAIN=1  reuse $TREEBANKS/ner-final/run/output (only copy, evaluate, assemble and report)
#   THREADS    BLAS/OpenMP threads (default 1)
set -euo pipefail

GUM_COMMIT=afb41ee9bca57991125814fa04d96a0e61470c8b   # UD_English-GUM master, 2025-05-10 (UD 2.16)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
VENV=${VENV:-/work/venv-train}
TREEBANKS=${TREEBANKS:-/work/treebanks}
PARSER=${PARSER:-$REPO/linter/data/parser}
CONFIG=${CONFIG:-$HERE/config.cfg}
OUT=$TREEBANKS/ner-final
RUN=$OUT/run
CORPUS=$TREEBANKS/ner-corpus
DEST=$OUT/model
COMBINED=$OUT/parser-with-ner
THREADS=${THREADS:-1}
export OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS BLIS_NUM_THREADS=$THREADS
export PYTHONHASHSEED=0

case "$TREEBANKS" in "$REPO"|"$REPO"/*) echo "TREEBANKS must be outside the repository" >&2; exit 1;; esac
[ -f "$PARSER/tok2vec/model" ] || { echo "no parser pipeline at $PARSER" >&2; exit 1; }

# 1. spaCy in a private virtualenv (the same version as the parser's: its tok2vec is reused)
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import spacy, sys; sys.exit(not spacy.__version__.startswith("3.8."))' 2>/dev/null \
    || "$VENV/bin/pip" install -q 'spacy>=3.8,<3.9'
PY=$VENV/bin/python

# 2. UD_English-GUM at the pinned commit (as in training/parser/train.sh)
GUM=$TREEBANKS/UD_English-GUM
if [ ! -f "$GUM/COMMIT" ] || [ "$(cat "$GUM/COMMIT")" != "$GUM_COMMIT" ]; then
    gitdir=${GUM_GIT:-$TREEBANKS/git/UD_English-GUM.git}
    [ -d "$gitdir" ] || git clone --bare https://github.com/UniversalDependencies/UD_English-GUM "$gitdir"
    rm -rf "$GUM"; mkdir -p "$GUM"
    git --git-dir="$gitdir" archive "$GUM_COMMIT" LICENSE.txt README.md not-to-release \
        en_gum-ud-dev.conllu en_gum-ud-test.conllu | tar -x -C "$GUM" || true
    want=$(git --git-dir="$gitdir" ls-tree -r --name-only "$GUM_COMMIT" -- not-to-release | wc -l)
    have=$(cd "$GUM" && find not-to-release -type f | wc -l)
    if [ "$want" -ne "$have" ] || [ ! -s "$GUM/en_gum-ud-dev.conllu" ] || [ ! -s "$GUM/en_gum-ud-test.conllu" ]; then
        echo "extracting UD_English-GUM at $GUM_COMMIT failed ($have of $want source files)" >&2; exit 1
    fi
    echo "$GUM_COMMIT" > "$GUM/COMMIT"
fi
mkdir -p "$RUN"

# 3. entity corpus: allowed genres only, named person/place/organization mentions -> .spacy
"$PY" "$HERE/build_corpus.py" --gum "$GUM" --out "$CORPUS"

# 4. training: the parser's tok2vec is sourced and fine-tuned, the ner listens to it
#    (capped by max_steps = 6000 and patience = 3000 in config.cfg; 7-10 min on one core)
if [ "${SKIP_TRAIN:-0}" != 1 ]; then
    rm -rf "$RUN/output"
    start=$(date +%s)
    timeout 30m "$PY" -m spacy train "$CONFIG" --output "$RUN/output" --gpu-id -1 \
        --paths.parser "$PARSER" --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy" \
        2>&1 | tee "$RUN/spacy-train.log" || [ -d "$RUN/output/model-best" ]
    end=$(date +%s)
    printf '{"start": %s, "end": %s, "seconds": %s}\n' "$start" "$end" "$((end - start))" > "$RUN/train_time.json"
fi

# 5. the model: model-best (standard nlp.to_disk layout)
rm -rf "$DEST"
cp -r "$RUN/output/model-best" "$DEST"

# 6. evaluation: per-label precision / recall / F (exact spans)
mkdir -p "$RUN/eval"
for set in dev test test-news; do
    "$PY" -m spacy evaluate "$DEST" "$CORPUS/$set.spacy" --gpu-id -1 --output "$RUN/eval/$set.json" > "$RUN/eval/$set.txt"
    echo "== $set"; sed -n '/^NER P /,$p' "$RUN/eval/$set.txt"
done

# 7. the parser pipeline with the ner added; the parses must not move (dev + test texts compared)
"$PY" - "$CORPUS" "$RUN/check-text.txt" <<'EOF'
import sys
from pathlib import Path
import spacy
from spacy.tokens import DocBin
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
nlp = spacy.blank("en")
texts = [d.text.replace("\n", " ") for s in ("dev", "test") for d in DocBin().from_disk(corpus / f"{s}.spacy").get_docs(nlp.vocab)]
out.write_text("\n".join(texts) + "\n", encoding="utf-8")
EOF
"$PY" "$HERE/add_to_parser.py" --ner "$DEST" --parser "$PARSER" --out "$COMBINED" --check-text "$RUN/check-text.txt" \
    > "$RUN/add_to_parser.log" || { cat "$RUN/add_to_parser.log"; exit 1; }
sed -n '/"differences"/,/^  }/p;/"information"/,/^  }/p' "$RUN/add_to_parser.log"
# the same sets through the combined pipeline (there the parser's sentence starts bound the entities)
for set in dev test test-news; do
    "$PY" -m spacy evaluate "$COMBINED" "$CORPUS/$set.spacy" --gpu-id -1 --output "$RUN/eval/parser-with-ner-$set.json" \
        > "$RUN/eval/parser-with-ner-$set.txt"
done

# 8. training.json (in the model, and as ner-training.json beside the combined pipeline)
"$PY" - "$DEST" "$CORPUS" "$RUN" "$PARSER" "$COMBINED" "$HERE/../parser" <<'EOF'
import hashlib, json, os, platform, sys
from pathlib import Path

import spacy

dest, corpus, run, parser, combined = map(Path, sys.argv[1:6])
manifest = json.loads((corpus / "manifest.json").read_text())
meta = json.loads((dest / "meta.json").read_text())
check = json.loads((combined / "ner-check.json").read_text())
sets = {"dev": "GUM dev split, used genres (picked model-best)",
        "test": "GUM test split, used genres",
        "test-news": "GUM test split, news documents only"}

scores = {}
for name, what in sets.items():
    ev = json.loads((run / "eval" / f"{name}.json").read_text())
    counts = manifest["sets"][name]
    scores[name] = {
        "set": what, "docs": counts["docs"], "words": counts["words"],
        "entities": {l: counts[l] for l in ("PERSON", "PLACE", "ORG")},
        **{k: round(ev[k], 4) for k in ("ents_p", "ents_r", "ents_f")},
        "per_label": {l: {k: round(v, 4) for k, v in s.items()} for l, s in sorted(ev["ents_per_type"].items())},
    }

rows = []  # evaluation rows of the training log: epoch step loss(es) F P R score
log = run / "spacy-train.log"
for line in log.read_text(errors="replace").splitlines() if log.exists() else []:
    p = line.split()
    if len(p) in (7, 8) and p[0].isdigit() and p[1].isdigit():
        rows.append((int(p[0]), int(p[1]), float(p[-4])))
perf_f = round(meta.get("performance", {}).get("ents_f", -1) * 100, 2)
best = next(((e, s) for e, s, f in rows if abs(f - perf_f) < 0.006), (None, None))
t = run / "train_time.json"
seconds = json.loads(t.read_text())["seconds"] if t.exists() else None

gum = manifest["treebank"]["UD_English-GUM"]
sys.path.insert(0, sys.argv[6])  # training/parser: the genre list and its licences live there, once
from build_corpus import GUM_GENRE_LICENCES as licences  # noqa: E402
assert list(licences) == manifest["gum_genres_used"], "licence table out of step with GUM_ALLOWED_GENRES"
size = lambda d: sum(p.stat().st_size for p in d.rglob("*") if p.is_file())
report = {
    "spacy_version": spacy.__version__,
    "python": platform.python_version(),
    "lang": meta["lang"],
    "pipeline": meta["pipeline"],
    "labels": ["PERSON", "PLACE", "ORG"],
    "vectors": "none",
    "tok2vec": {
        "initialised_from": "linter/data/parser tok2vec (trained on UD EWT + GUM CC-BY genres, see "
                            "training/parser/README.md), fine-tuned on the entity corpus",
        "parser_tok2vec_sha256": hashlib.sha256((parser / "tok2vec" / "model").read_bytes()).hexdigest(),
    },
    "training_script": "training/ner/train.sh (config: training/ner/config.cfg, corpus: training/ner/build_corpus.py, "
                       "parser pipeline with ner: training/ner/add_to_parser.py)",
    "data": {
        "UD_English-GUM": {
            "repository": "https://github.com/UniversalDependencies/UD_English-GUM",
            "commit": gum["commit"],
            "licence": "annotations CC BY 4.0; texts per genre as listed; the treebank as a whole is "
                       "CC BY-NC-SA 4.0 because of the excluded genres",
            "annotation_used": "Entity= mentions (coreference layer) of type person/place/organization "
                               "whose head is a proper noun, trimmed to the name; see training/ner/README.md",
            "genres_used": licences,
            "genres_excluded": {g: "non-commercial" for g in manifest["gum_genres_excluded"]},
            "documents_by_genre": manifest["gum_documents_by_genre"]["used"],
            "splits": "released en_gum-ud-{dev,test}.conllu decide dev/test, every other source document is train "
                      "(same as training/parser)",
            "sets": {k: {kk: vv for kk, vv in v.items() if kk != "doc_ids"} for k, v in manifest["sets"].items()},
            "test_news_documents": manifest["sets"]["test-news"]["doc_ids"],
        },
    },
    "training": {
        "seconds": seconds,
        "minutes": round(seconds / 60, 1) if seconds else None,
        "threads": int(os.environ.get("OMP_NUM_THREADS", "1")),
        "evaluations": len(rows),
        "last_step": rows[-1][1] if rows else None,
        "last_epoch": rows[-1][0] if rows else None,
        "best_step": best[1],
        "best_epoch": best[0],
    },
    "scores": scores,
    "size_bytes": size(dest),
    "parser_with_ner": {
        "mode": check["mode"],
        "ner_component_bytes": check["ner_component_bytes"],
        "pipeline_bytes": check["pipeline_bytes"],
        "texts_compared": check["texts_compared"],
        "differences": check["differences"],
        "information": check["information"],
        "scores": {name: {**{k: round(ev[k], 4) for k in ("ents_p", "ents_r", "ents_f")},
                          "per_label": {l: {k: round(v, 4) for k, v in s.items()}
                                        for l, s in sorted(ev["ents_per_type"].items())}}
                   for name in sets
                   for ev in [json.loads((run / "eval" / f"parser-with-ner-{name}.json").read_text())]},
    },
}
text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
(dest / "training.json").write_text(text)
(combined / "ner-training.json").write_text(text)
print(json.dumps({k: report[k] for k in ("training", "size_bytes", "parser_with_ner")}, indent=2))
for name, s in scores.items():
    print(f"{name:10s} P {s['ents_p']:.3f} R {s['ents_r']:.3f} F {s['ents_f']:.3f}  " + "  ".join(
        f"{l} {v['p']:.3f}/{v['r']:.3f}/{v['f']:.3f}" for l, v in s["per_label"].items()))
for name, s in report["parser_with_ner"]["scores"].items():
    print(f"{name:10s} P {s['ents_p']:.3f} R {s['ents_r']:.3f} F {s['ents_f']:.3f}  (parser-with-ner)  " + "  ".join(
        f"{l} {v['p']:.3f}/{v['r']:.3f}/{v['f']:.3f}" for l, v in s["per_label"].items()))
print(f"wrote {dest / 'training.json'}")
EOF

# 9. the check sentences
"$PY" - "$DEST" <<'EOF'
import sys
import spacy
nlp = spacy.load(sys.argv[1])
for text in [
    "Pope Leo XIV met Cardinal Pietro Parolin at the Vatican before flying to Chicago with officials of the Catholic Church.",
    "Chancellor Friedrich Merz said the Christian Democratic Union would govern with the Social Democrats in Berlin.",
    "Rescuers in Castelmonte pulled Maria Ferri from the rubble, the Civil Protection Department said.",
]:
    doc = nlp(text)
    print(text, "\n  ->", ", ".join(f"{e.text} {e.label_}" for e in doc.ents) or "(none)")
EOF
for d in "$DEST" "$COMBINED" "$COMBINED/ner"; do du -sh "$d"; done
