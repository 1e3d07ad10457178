#!/usr/bin/env bash
# Train the copydesk parser pipeline (tagger + morphologizer + parser + lemmatizer)
# from UD English-EWT and the commercially usable genres of UD English-GUM, copy the
# best model to linter/data/parser/ and write linter/data/parser/training.json.
#
#   mkdir -p /work/treebanks/run
#   nohup bash training/parser/train.sh > /work/treebanks/run/train.log 2>&1 &
#
# Settings (environment variables, all optional):
#   VENV       virtualenv with spaCy 3.8 (default /work/venv-train; created if missing)
#   TREEBANKS  where the treebanks and the built corpus go, outside the repo (default /work/treebanks)
#   EWT_GIT / GUM_GIT  bare git directories of the two UD repositories to extract from;
#              without them the repositories are cloned from GitHub.  Either way the
#              pinned commits below are used.
#   SKIP_TRAIN=1  reuse $TREEBANKS/run/output (only copy, evaluate and report)
#   THREADS    BLAS/OpenMP threads (default 1)
set -euo pipefail

EWT_COMMIT=15d613d8447b3478787d4c278730a1e48a945efb   # UD_English-EWT master, 2025-05-10 (UD 2.16)
GUM_COMMIT=afb41ee9bca57991125814fa04d96a0e61470c8b   # UD_English-GUM master, 2025-05-10 (UD 2.16)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
VENV=${VENV:-/work/venv-train}
TREEBANKS=${TREEBANKS:-/work/treebanks}
RUN=$TREEBANKS/run
CORPUS=$TREEBANKS/corpus
DEST=$REPO/linter/data/parser
THREADS=${THREADS:-1}
export OMP_NUM_THREADS=$THREADS OPENBLAS_NUM_THREADS=$THREADS MKL_NUM_THREADS=$THREADS BLIS_NUM_THREADS=$THREADS
export PYTHONHASHSEED=0

case "$TREEBANKS" in "$REPO"|"$REPO"/*) echo "TREEBANKS must be outside the repository" >&2; exit 1;; esac

# 1. spaCy in a private virtualenv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import spacy, sys; sys.exit(not spacy.__version__.startswith("3.8."))' 2>/dev/null \
    || "$VENV/bin/pip" install -q 'spacy>=3.8,<3.9'
PY=$VENV/bin/python

# 2. the treebanks at the pinned commits (the released train files are not needed:
#    build_corpus.py rebuilds every split from not-to-release/sources)
extract() {  # name commit git-dir
    local name=$1 commit=$2 gitdir=${3:-} dir=$TREEBANKS/$1
    if [ -f "$dir/COMMIT" ] && [ "$(cat "$dir/COMMIT")" = "$commit" ]; then return; fi
    rm -rf "$dir"; mkdir -p "$dir"
    if [ -z "$gitdir" ]; then
        gitdir=$TREEBANKS/git/$name.git
        [ -d "$gitdir" ] || git clone --bare "https://github.com/UniversalDependencies/$name" "$gitdir"
    fi
    local lc; lc=$(echo "${name#UD_English-}" | tr 'A-Z' 'a-z')
    # a partial copy may lack the (unneeded) train file's blob; git archive then reports an
    # error although everything asked for is written, so check the files instead
    git --git-dir="$gitdir" archive "$commit" LICENSE.txt README.md not-to-release \
        "en_${lc}-ud-dev.conllu" "en_${lc}-ud-test.conllu" | tar -x -C "$dir" || true
    local want have
    want=$(git --git-dir="$gitdir" ls-tree -r --name-only "$commit" -- not-to-release | wc -l)
    have=$(cd "$dir" && find not-to-release -type f | wc -l)
    if [ "$want" -ne "$have" ] || [ ! -s "$dir/en_${lc}-ud-dev.conllu" ] || [ ! -s "$dir/en_${lc}-ud-test.conllu" ]; then
        echo "extracting $name at $commit failed ($have of $want source files)" >&2; exit 1
    fi
    echo "$commit" > "$dir/COMMIT"
}
mkdir -p "$TREEBANKS" "$RUN"
extract UD_English-EWT "$EWT_COMMIT" "${EWT_GIT:-}"
extract UD_English-GUM "$GUM_COMMIT" "${GUM_GIT:-}"

# 3. train/dev/test splits, GUM genre filter, .spacy files
"$PY" "$HERE/build_corpus.py" --ewt "$TREEBANKS/UD_English-EWT" --gum "$TREEBANKS/UD_English-GUM" --out "$CORPUS"

# 4. training (capped by max_steps in config.cfg; ~31 min on one core)
if [ "${SKIP_TRAIN:-0}" != 1 ]; then
    rm -rf "$RUN/output"
    start=$(date +%s)
    timeout 45m "$PY" -m spacy train "$HERE/config.cfg" --output "$RUN/output" \
        --paths.train "$CORPUS/train.spacy" --paths.dev "$CORPUS/dev.spacy" 2>&1 | tee "$RUN/spacy-train.log" \
        || [ -d "$RUN/output/model-best" ]
    end=$(date +%s)
    printf '{"start": %s, "end": %s, "seconds": %s}\n' "$start" "$end" "$((end - start))" > "$RUN/train_time.json"
fi

# 5. ship model-best (nlp.to_disk layout; spaCy keeps no optimizer state in it)
rm -rf "$DEST"
cp -r "$RUN/output/model-best" "$DEST"

# 6. evaluation
mkdir -p "$RUN/eval"
for set in ewt-dev gum-test-news dev ewt-test gum-test gum-dev; do
    "$PY" -m spacy evaluate "$DEST" "$CORPUS/$set.spacy" --output "$RUN/eval/$set.json" > "$RUN/eval/$set.txt"
    echo "== $set"; sed -n '/^TOK /,/^SPEED /p' "$RUN/eval/$set.txt"
done

# 7. load time, speed, examples -> linter/data/parser/training.json
"$PY" "$HERE/report.py" --model "$DEST" --corpus "$CORPUS" --run "$RUN"
du -sh "$DEST"
