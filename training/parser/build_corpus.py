#!/usr/bin/env python
"""Rebuild the UD English-EWT and English-GUM splits and convert them to .spacy.

The UD repositories do not always ship their train file (it is built from
``not-to-release/sources``), so every split is rebuilt here from the source
documents:

* EWT: ``not-to-release/file-lists/files.{train,dev,test}`` list the source
  files of each split in order (checked: the rebuilt dev/test are byte-identical
  to the released ``en_ewt-ud-{dev,test}.conllu``).
* GUM: ``not-to-release/file-lists`` is stale (last updated for GUM V10; it
  still puts e.g. GUM_court_loan in both train and dev and lacks V11
  documents), so the released ``en_gum-ud-{dev,test}.conllu`` decide which
  documents are dev and test (by ``# newdoc id``), every other source document
  is train.  The source files are used for all three splits (columns 1-8 are
  identical to the released dev/test; only MISC discourse notes differ).

Licence filter: GUM as a whole is CC BY-NC-SA 4.0 because some genres' texts
are non-commercial.  Only documents of the genres in GUM_ALLOWED_GENRES (texts
under CC BY / CC BY-SA / public domain, see README.md for the evidence) are
used, in every split.  The genre is the second part of the document name
(GUM_<genre>_<name>) and is cross-checked against ``# meta::genre``.

Output (``--out``):
  conllu/  the rebuilt CoNLL-U files
  ewt-train.spacy ... gum-test-news.spacy, train.spacy (EWT+GUM train),
  dev.spacy (EWT+GUM dev)
  manifest.json  commits, genres, document/sentence/word counts
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

# Genres whose texts may be used commercially (CC BY, CC BY-SA, public domain), with their texts' licences.
GUM_GENRE_LICENCES = {
    "academic": "CC BY 4.0 (DH2017, LSA proceedings, PLOS)",
    "bio": "CC BY-SA 3.0 (Wikipedia)",
    "conversation": "Creative Commons attribution licence (Santa Barbara Corpus, John Du Bois)",
    "court": "CC BY 4.0 (public sources)",
    "interview": "CC BY 2.5 (Wikinews)",
    "news": "CC BY 2.5 (Wikinews)",
    "speech": "public domain (political speeches)",
    "textbook": "CC BY (OpenStax)",
    "vlog": "CC BY (YouTube Creative Commons vlogs)",
    "voyage": "CC BY-SA 3.0 (Wikivoyage)",
}
GUM_ALLOWED_GENRES = tuple(GUM_GENRE_LICENCES)
# Non-commercial (CC BY-NC-SA) or otherwise restricted; never used.
GUM_EXCLUDED_LICENCES = {
    "whow": "CC BY-NC-SA 3.0 (wikiHow): non-commercial",
    "fiction": "CC BY-NC-SA 3.0 (Small Beer Press): non-commercial",
    "essay": "CC BY-NC-SA 4.0: non-commercial",
    "letter": "CC BY-NC-SA 4.0: non-commercial",
    "podcast": "CC BY-NC-SA 4.0: non-commercial",
    "reddit": "reddit terms, non-commercial only (and no text in the UD repository)",
}
GUM_EXCLUDED_GENRES = tuple(GUM_EXCLUDED_LICENCES)

N_SENTS = 10  # sentences per training Doc (never across document boundaries)


def git_commit(path: Path) -> str | None:
    commit_file = path / "COMMIT"
    if commit_file.exists():
        return commit_file.read_text().strip()
    try:
        out = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def split_documents(text: str) -> list[tuple[str, str]]:
    """Split CoNLL-U text into (doc_id, text) at ``# newdoc id`` lines."""
    docs: list[tuple[str, list[str]]] = []
    for block in text.strip().split("\n\n"):
        if not block.strip():
            continue
        doc_id = None
        for line in block.split("\n"):
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
        if doc_id is not None or not docs:
            docs.append((doc_id or "?", []))
        docs[-1][1].append(block.strip())
    return [(d, "\n\n".join(b) + "\n\n") for d, b in docs]


def newdoc_ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [l.split("=", 1)[1].strip() for l in f if l.startswith("# newdoc id")]


def gum_genre(doc_id: str, text: str) -> str:
    genre = doc_id.split("_")[1]
    for line in text.split("\n"):
        if line.startswith("# meta::genre"):
            meta = line.split("=", 1)[1].strip()
            if meta != genre:
                sys.exit(f"{doc_id}: name says genre {genre!r}, metadata says {meta!r}")
            break
    return genre


def build_ewt(ewt: Path) -> dict[str, list[tuple[str, str]]]:
    lists = ewt / "not-to-release" / "file-lists"
    sources = ewt / "not-to-release" / "sources"
    splits = {}
    for split in ("train", "dev", "test"):
        docs = []
        for name in (lists / f"files.{split}").read_text().split():
            text = (sources / name).read_text(encoding="utf-8")
            docs.append((name, text if text.endswith("\n\n") else text.rstrip("\n") + "\n\n"))
        splits[split] = docs
        released = ewt / f"en_ewt-ud-{split}.conllu"
        if released.exists():
            same = "".join(t for _, t in docs) == released.read_text(encoding="utf-8")
            print(f"EWT {split}: rebuilt == released file: {same}")
    seen = Counter(n for docs in splits.values() for n, _ in docs)
    dup = [n for n, c in seen.items() if c > 1]
    if dup:
        sys.exit(f"EWT file lists overlap: {dup[:5]}")
    return splits


def build_gum(gum: Path) -> tuple[dict[str, list[tuple[str, str]]], dict]:
    sources = gum / "not-to-release" / "sources"
    by_id = {}
    for path in sorted(sources.glob("GUM_*.conllu")):
        for doc_id, text in split_documents(path.read_text(encoding="utf-8")):
            by_id[doc_id] = text
    held_out = {}
    for split in ("dev", "test"):
        released = gum / f"en_gum-ud-{split}.conllu"
        if released.exists():
            held_out[split] = newdoc_ids(released)
        else:  # fall back to the (possibly stale) file lists
            held_out[split] = (gum / "not-to-release" / "file-lists" / f"files.{split}").read_text().split()
    if set(held_out["dev"]) & set(held_out["test"]):
        sys.exit("GUM dev and test overlap")
    missing = [d for d in held_out["dev"] + held_out["test"] if d not in by_id]
    if missing:
        sys.exit(f"GUM source documents missing: {missing}")
    dev_test = set(held_out["dev"]) | set(held_out["test"])
    ids = {"train": sorted(d for d in by_id if d not in dev_test), **held_out}

    splits: dict[str, list[tuple[str, str]]] = {}
    genres: dict[str, dict[str, Counter]] = {"used": {}, "excluded": {}}
    for split, doc_ids in ids.items():
        splits[split] = []
        for doc_id in doc_ids:
            genre = gum_genre(doc_id, by_id[doc_id])
            if genre in GUM_ALLOWED_GENRES:
                splits[split].append((doc_id, by_id[doc_id]))
                genres["used"].setdefault(genre, Counter())[split] += 1
            elif genre in GUM_EXCLUDED_GENRES:
                genres["excluded"].setdefault(genre, Counter())[split] += 1
            else:
                sys.exit(f"{doc_id}: genre {genre!r} has no licence decision; "
                         "add it to GUM_ALLOWED_GENRES or GUM_EXCLUDED_GENRES")
    genre_docs = {k: {g: dict(c) for g, c in sorted(v.items())} for k, v in genres.items()}
    return splits, genre_docs


def count(docs: list[tuple[str, str]]) -> dict[str, int]:
    sents = words = 0
    for _, text in docs:
        for line in text.split("\n"):
            if line.startswith("# sent_id"):
                sents += 1
            elif line and line[0].isdigit():
                tok_id = line.split("\t", 1)[0]
                if tok_id.isdigit():
                    words += 1
    return {"docs": len(docs), "sentences": sents, "words": words}


def to_docbin(docs: list[tuple[str, str]]):
    from spacy.tokens import Doc, DocBin
    from spacy.training.converters.conllu_to_docs import read_conllx

    db = DocBin(store_user_data=False)
    for _, text in docs:
        # a pattern that never matches: the MISC column holds no NER here
        sent_docs = list(read_conllx(text, ner_tag_pattern=r"(?!x)x"))
        for i in range(0, len(sent_docs), N_SENTS):
            db.add(Doc.from_docs(sent_docs[i:i + N_SENTS]))
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ewt", type=Path, required=True, help="UD_English-EWT directory")
    ap.add_argument("--gum", type=Path, required=True, help="UD_English-GUM directory")
    ap.add_argument("--out", type=Path, required=True, help="output directory (outside the repo)")
    args = ap.parse_args()

    ewt = build_ewt(args.ewt)
    gum, gum_genres = build_gum(args.gum)
    sets = {f"ewt-{s}": d for s, d in ewt.items()}
    sets.update({f"gum-{s}": d for s, d in gum.items()})
    sets["gum-test-news"] = [(i, t) for i, t in gum["test"] if i.startswith("GUM_news_")]
    sets["gum-dev-news"] = [(i, t) for i, t in gum["dev"] if i.startswith("GUM_news_")]
    sets["train"] = ewt["train"] + gum["train"]
    sets["dev"] = ewt["dev"] + gum["dev"]

    (args.out / "conllu").mkdir(parents=True, exist_ok=True)
    manifest = {
        "treebanks": {
            "UD_English-EWT": {"commit": git_commit(args.ewt), "licence": "CC BY-SA 4.0"},
            "UD_English-GUM": {"commit": git_commit(args.gum),
                               "licence": "CC BY-NC-SA 4.0 as a whole; only genres with "
                                          "CC BY / CC BY-SA / public-domain texts used"},
        },
        "gum_genres_used": list(GUM_ALLOWED_GENRES),
        "gum_genres_excluded": list(GUM_EXCLUDED_GENRES),
        "gum_documents_by_genre": gum_genres,
        "sentences_per_doc": N_SENTS,
        "sets": {},
    }
    for name, docs in sets.items():
        (args.out / "conllu" / f"{name}.conllu").write_text(
            "".join(t for _, t in docs), encoding="utf-8")
        to_docbin(docs).to_disk(args.out / f"{name}.spacy")
        manifest["sets"][name] = count(docs)
        if name.startswith("gum-test-news"):
            manifest["sets"][name]["doc_ids"] = [i for i, _ in docs]
        print(f"{name:15s} {manifest['sets'][name]}")
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
