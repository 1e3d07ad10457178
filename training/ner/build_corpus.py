#!/usr/bin/env python
"""Build the PERSON / PLACE / ORG named-entity corpus from UD English-GUM.

GUM's MISC column carries its coreference layer as ``Entity=`` annotations
(CorefUD format, fields named by the document's ``# global.Entity`` line,
normally ``GRP-etype-infstat-salience-centering-minspan-link-identity``):
``(12-person-giv:act-...-coref-Barack_Obama`` opens mention 12 on a word,
``12)`` closes it, ``(12-...)`` is a one-word mention; several may stand on one
word and mentions nest.  This script

1. reads the GUM source documents of the licence-approved genres only
   (``GUM_ALLOWED_GENRES`` and the train/dev/test split logic are imported from
   ``training/parser/build_corpus.py``, so both pipelines use the same
   documents: the released ``en_gum-ud-{dev,test}.conllu`` decide dev and test,
   every other source document is train, because ``not-to-release/file-lists``
   is stale, see ``training/parser/README.md``);
2. collects the mentions of entity type person, place and organization and keeps
   the NAMED ones: the mention's syntactic head (the word whose UD head lies
   outside the mention) is a proper noun (UPOS PROPN).  "the president", "the
   city", "he" are dropped; "Barack Obama", "the University of Chicago" kept;
3. trims each named mention to the name itself: the head plus its dependents
   by name-internal relations (flat, compound, fixed, goeswith, nummod and amod
   when capitalised, and "of"-phrases such as "University of Chicago" or
   "Daughters of the American Revolution").  Titles (``nmod:desc``, e.g.
   "Senator", "President"), determiners before the name, possessors,
   appositions, conjuncts and relative clauses fall outside: "the Kennedy Space
   Center" -> "Kennedy Space Center", "Senator Alex Padilla" -> "Alex Padilla",
   "Cape Canaveral, Florida" -> "Cape Canaveral" (and "Florida" from its own
   nested mention);
   People lose leading titles listed in TITLES ("US President Barack Obama" ->
   "Barack Obama") and "of"-phrases.  Dropped although PROPN-headed (their words
   are O): titles alone ("Secretary of State"), one-word names that are common
   nouns in the training text ("the Court") unless the Wikification identifier
   ends in the word, plural people (groups: "Americans"), one-letter names;
4. resolves overlaps between the names of nested mentions by keeping the
   longest name first ("University of Chicago" wins over "Chicago" inside it);
5. maps person -> PERSON, place -> PLACE, organization -> ORG and writes spaCy
   DocBin files of up to 10 consecutive sentences of one document per Doc.

Output (``--out``, outside the repository): train.spacy, dev.spacy, test.spacy,
test-news.spacy (GUM news documents of the test split), manifest.json (commit,
genres, documents, sentences, words, entities per label and split) and
entities.tsv (every kept entity, for inspection).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("parser_build_corpus", HERE.parent / "parser" / "build_corpus.py")
parser_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(parser_corpus)

# The licence decision lives in one place: training/parser/build_corpus.py.
GUM_ALLOWED_GENRES = parser_corpus.GUM_ALLOWED_GENRES
GUM_EXCLUDED_GENRES = parser_corpus.GUM_EXCLUDED_GENRES
build_gum = parser_corpus.build_gum
git_commit = parser_corpus.git_commit

LABELS = {"person": "PERSON", "place": "PLACE", "organization": "ORG"}
# Titles before a person's name (GUM's `nmod:desc` words and common ones); they are not part of
# the PERSON name, as in OntoNotes and CoNLL ("Senator Alex Padilla" -> "Alex Padilla").
TITLES = set("""
mr mrs ms miss mx mister madam madame mme mlle dr doctor prof professor st saint sir dame lord lady
general gen president vice senator sen rep representative congressman congresswoman governor gov
mayor minister prime secretary chancellor premier justice judge emperor empress king queen prince
princess tsar tsarina tsarevna shah sheikh sultan pope cardinal bishop archbishop reverend rev
father brother sister ambassador administrator speaker chairman chairwoman chair director captain
capt major lieutenant lt colonel col sergeant sgt admiral commander inspector detective officer
coach dean attorney marquis earl duke duchess baron count countess assistant associate deputy chief
former late then
""".split())
N_SENTS = 10  # sentences per Doc (never across document boundaries)

# dependency relations that stay inside a name (head -> dependent)
NAME_RELS = {"flat", "flat:name", "flat:foreign", "compound", "fixed", "goeswith"}
CAP_RELS = {"nummod", "amod"}          # only when the dependent is capitalised: "World War II"
NAME_PUNCT = {"-", "–", "&", ".", "'", "’"}  # kept inside a name ("Sea-Air-Space"), never at its edges
ENTITY_RE = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")  # identities are %-encoded: no parentheses


class Word:
    __slots__ = ("id", "form", "upos", "xpos", "head", "deprel", "space", "ents")

    def __init__(self, cols: list[str]):
        self.id = int(cols[0])
        self.form, self.upos, self.xpos = cols[1], cols[3], cols[4]
        self.head, self.deprel = int(cols[6]), cols[7]
        misc = cols[9].split("|") if cols[9] != "_" else []
        self.space = "SpaceAfter=No" not in misc
        self.ents = next((m[len("Entity="):] for m in misc if m.startswith("Entity=")), "")


def read_sentences(text: str):
    """Yield lists of Word (syntactic words; a multi-word token's SpaceAfter goes to its last word)."""
    for block in text.strip().split("\n\n"):
        words, mwt_end, mwt_space = [], 0, True
        for line in block.split("\n"):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                start, end = map(int, cols[0].split("-"))
                mwt_end, mwt_space = end, "SpaceAfter=No" not in cols[9].split("|")
                continue
            if "." in cols[0]:
                continue
            w = Word(cols)
            if w.id <= mwt_end:
                w.space = mwt_space if w.id == mwt_end else False
            words.append(w)
        if words:
            yield words


def mentions(words: list[Word], fields: list[str]):
    """(start, end, etype, identity) of every mention in one sentence (word indices, end exclusive)."""
    n_fixed = len(fields) - 1  # the identity (last field) is optional and may contain '-'
    open_: dict[str, list[tuple[int, str, str]]] = {}
    out = []
    for i, w in enumerate(words):
        for m in ENTITY_RE.finditer(w.ents):
            if m.group(4):  # closing "12)"
                eid = m.group(4)
                start, etype, ident = open_[eid].pop()
                out.append((start, i + 1, etype, ident))
                continue
            eid, rest, closed = m.group(1), m.group(2), m.group(3)
            parts = rest.split("-", n_fixed - 1)
            etype = parts[0]
            ident = parts[n_fixed - 1] if len(parts) >= n_fixed else ""
            if closed:
                out.append((i, i + 1, etype, ident))
            else:
                open_.setdefault(eid, []).append((i, etype, ident))
    left = [e for e, v in open_.items() if v]
    if left:
        raise ValueError(f"unclosed mentions {left} in sentence starting {words[0].form!r}")
    return out


def is_cap(w: Word) -> bool:
    return w.form[:1].isupper() or w.form[:1].isdigit()


def name_span(words: list[Word], start: int, end: int, etype: str) -> tuple[int, int, int] | None:
    """The proper name inside mention [start, end), or None if the mention is not named."""
    idx = range(start, end)
    heads = [i for i in idx if not (start <= words[i].head - 1 < end) or words[i].head == 0]
    named = [i for i in heads if words[i].upos == "PROPN"]
    if not named:
        return None
    head = named[0]
    children: dict[int, list[int]] = {}
    for i in idx:
        children.setdefault(words[i].head - 1, []).append(i)

    keep = {head}

    def of_phrase(i: int) -> bool:  # "of Chicago", "of the American Revolution"
        return any(words[c].deprel == "case" and words[c].form.lower() == "of" for c in children.get(i, []))

    def walk(i: int, inside_of: bool) -> None:
        for c in children.get(i, []):
            rel, w = words[c].deprel, words[c]
            if rel in NAME_RELS or (rel in CAP_RELS and is_cap(w)):
                pass
            elif rel == "nmod" and w.upos == "PROPN" and of_phrase(c) and etype != "person":
                pass  # "University of Chicago"; not for people ("Wong Kwok-kin of the FTU")
            elif rel == "punct" and w.form in NAME_PUNCT:
                pass
            elif inside_of and (rel in ("case", "det", "cc") or (rel in ("nmod:desc", "conj") and is_cap(w))):
                pass  # "of the American Revolution", "of Rationalist Atheists and Agnostics"
            else:
                continue
            keep.add(c)
            walk(c, inside_of or rel == "nmod")

    walk(head, False)
    # the contiguous block of kept words around the head
    lo = hi = head
    while lo - 1 >= start and lo - 1 in keep:
        lo -= 1
    while hi + 1 < end and hi + 1 in keep:
        hi += 1
    # no function words or punctuation at the edges
    while lo < hi and (words[lo].upos in ("DET", "ADP", "PUNCT", "CCONJ") or not is_cap(words[lo])):
        lo += 1
    while hi > lo and words[hi].upos in ("DET", "ADP", "PUNCT", "CCONJ"):
        hi -= 1
    if not any(words[i].upos == "PROPN" for i in range(lo, hi + 1)):
        return None
    return lo, hi + 1, head


def common_nouns(docs: list[tuple[str, str]], min_count: int = 3) -> set[str]:
    """Lower-case words used as common nouns (UPOS NOUN, written in lower case) in these documents."""
    seen: Counter = Counter()
    for _, text in docs:
        for words in read_sentences(text):
            seen.update(w.form for w in words if w.upos == "NOUN" and w.form.islower())
    return {f for f, c in seen.items() if c >= min_count}


def strip_titles(words: list[Word], lo: int, hi: int) -> int | None:
    """Start of a person's name after leading titles ("US President Barack Obama" -> "Barack Obama");
    None if the span is titles only ("Secretary", "Assistant Professor")."""
    def title(i: int) -> bool:
        return words[i].form.lower().rstrip(".") in TITLES or not is_cap(words[i])

    rest = [i for i in range(lo, hi) if not title(i)]
    if not rest:
        return None
    last_title = max((i for i in range(lo, hi) if title(i) and i < rest[-1]), default=lo - 1)
    return last_title + 1


def not_a_name(words: list[Word], lo: int, hi: int, head: int, etype: str, ident: str,
               common: set[str]) -> str | None:
    """Why a PROPN-headed span is still not a name to learn, or None."""
    text = "".join(w.form for w in words[lo:hi])
    if len(text) == 1:
        return "one character (\"point A\")"
    if etype == "person" and words[head].xpos == "NNPS":
        return "plural person: a group (\"Americans\")"
    if hi - lo == 1 and text.lower() in common and not (ident == text or ident.endswith("_" + text)):
        # a one-word name that is also a common noun, unless the Wikification identifier
        # ends in it ("Street" -> Sharon_Street, "North" -> Douglass_North)
        return "title or descriptor written capitalised (\"the President\", \"the Court\")"
    return None


def sentence_entities(words: list[Word], fields: list[str], common: set[str], stats: Counter):
    cands = {}
    for start, end, etype, ident in mentions(words, fields):
        if etype not in LABELS:
            continue
        stats[f"mentions {etype}"] += 1
        span = name_span(words, start, end, etype)
        if span is None:
            stats[f"not named {etype}"] += 1
            continue
        lo, hi, head = span
        if etype == "person":
            new_lo = strip_titles(words, lo, hi)
            if new_lo is None:
                stats["dropped: title only (\"Secretary of State\")"] += 1
                stats["example\t" + " ".join(w.form for w in words[lo:hi])] += 1
                continue
            if new_lo != lo:
                stats["person: leading title removed"] += 1
                lo = new_lo
        why = not_a_name(words, lo, hi, head, etype, ident, common)
        if why:
            stats[f"dropped: {why}"] += 1
            stats["example\t" + " ".join(w.form for w in words[lo:hi])] += 1
            continue
        span = (lo, hi)
        label = LABELS[etype]
        if span in cands and cands[span] != label:
            stats["same span, two labels (first kept)"] += 1
            continue
        cands.setdefault(span, label)
    # longest names first, then left to right; drop anything overlapping a kept name
    kept, taken = [], set()
    for (s, e), label in sorted(cands.items(), key=lambda x: (x[0][0] - x[0][1], x[0][0])):
        if taken.intersection(range(s, e)):
            stats["dropped: overlaps a longer name"] += 1
            continue
        taken.update(range(s, e))
        kept.append((s, e, label))
    return sorted(kept)


def doc_fields(text: str) -> list[str]:
    for line in text.split("\n"):
        if line.startswith("# global.Entity"):
            return line.split("=", 1)[1].strip().split("-")
    sys.exit("no '# global.Entity' line")


def convert(docs: list[tuple[str, str]], vocab, common: set[str], stats: Counter, rows: list[str], split: str):
    from spacy.tokens import Doc, DocBin

    db = DocBin(store_user_data=False)
    counts = Counter({"docs": len(docs)})
    for doc_id, text in docs:
        fields = doc_fields(text)
        sents = list(read_sentences(text))
        counts["sentences"] += len(sents)
        for k in range(0, len(sents), N_SENTS):
            chunk = sents[k:k + N_SENTS]
            forms, spaces, starts, ents = [], [], [], []
            for words in chunk:
                offset = len(forms)
                for s, e, label in sentence_entities(words, fields, common, stats):
                    ents.append((offset + s, offset + e, label))
                    rows.append("\t".join((split, doc_id, label, " ".join(w.form for w in words[s:e]))))
                forms.extend(w.form for w in words)
                spaces.extend(w.space for w in words)
                spaces[-1] = True
                starts.extend([True] + [False] * (len(words) - 1))
            spaces[-1] = False
            doc = Doc(vocab, words=forms, spaces=spaces, sent_starts=starts)
            doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=l) for s, e, l in ents]
            counts["words"] += len(doc)
            for label in ents:
                counts[label[2]] += 1
            db.add(doc)
    return db, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gum", type=Path, required=True, help="UD_English-GUM directory")
    ap.add_argument("--out", type=Path, required=True, help="output directory (outside the repo)")
    args = ap.parse_args()

    from spacy.vocab import Vocab

    gum, gum_genres = build_gum(args.gum)
    sets = {"train": gum["train"], "dev": gum["dev"], "test": gum["test"],
            "test-news": [(i, t) for i, t in gum["test"] if i.startswith("GUM_news_")]}
    args.out.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    common = common_nouns(gum["train"])
    manifest = {
        "treebank": {"UD_English-GUM": {"commit": git_commit(args.gum),
                                        "licence": "annotations CC BY 4.0; texts per genre, only genres "
                                                   "with CC BY / CC BY-SA / public-domain texts used"}},
        "gum_genres_used": list(GUM_ALLOWED_GENRES),
        "gum_genres_excluded": list(GUM_EXCLUDED_GENRES),
        "gum_documents_by_genre": gum_genres,
        "labels": LABELS,
        "sentences_per_doc": N_SENTS,
        "sets": {},
        "conversion": {},
    }
    rows: list[str] = []
    print(f"{'set':10s} {'docs':>5s} {'sents':>6s} {'words':>7s} {'PERSON':>7s} {'PLACE':>6s} {'ORG':>5s}")
    for name, docs in sets.items():
        stats: Counter = Counter()
        db, counts = convert(docs, vocab, common, stats, rows if name != "test-news" else [], name)
        db.to_disk(args.out / f"{name}.spacy")
        entry = {k: counts[k] for k in ("docs", "sentences", "words", "PERSON", "PLACE", "ORG")}
        if name == "test-news":
            entry["doc_ids"] = [i for i, _ in docs]
        manifest["sets"][name] = entry
        if name != "test-news":
            manifest["conversion"][name] = dict(sorted((k, v) for k, v in stats.items() if "\t" not in k))
            manifest["conversion"][name]["dropped names, most frequent"] = {
                k.split("\t")[1]: v for k, v in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0]))
                if "\t" in k and v > 1}
        print(f"{name:10s} {counts['docs']:5d} {counts['sentences']:6d} {counts['words']:7d} "
              f"{counts['PERSON']:7d} {counts['PLACE']:6d} {counts['ORG']:5d}")
    for name, st in manifest["conversion"].items():
        print(name, json.dumps({k: v for k, v in st.items() if not isinstance(v, dict)}))
    (args.out / "entities.tsv").write_text("split\tdoc\tlabel\ttext\n" + "\n".join(rows) + "\n", encoding="utf-8")
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
