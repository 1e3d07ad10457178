"""Sentences read by a statistical parser: part-of-speech tags, lemmas and a dependency tree.

The pipeline is spaCy's (tagger, morphologizer, parser, lemmatizer; no vectors), trained by this
project on Universal Dependencies English (see training/parser/README.md) and shipped inside the
package as ``copydesk/data/parser``. It is loaded on the first sentence that needs it — a clean
draft with no value to bind never loads it — and parses are remembered by the sentence's text, so a
re-check after an edit parses only the sentences that changed.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

PARSES_KEPT = 4096  # sentences whose parse is remembered (a long editor session re-checks the same ones)
MAX_SENTENCE_CHARS = 800  # the analyses cut sentences there too; the parser is never given more
# spaCy keeps every string it has seen in the pipeline's vocabulary, for good: a language server that
# parses what reporters type for days would grow without end. Past this many new strings the pipeline
# is loaded afresh (spaCy's maintainers' advice for long-running processes) and the parses remembered
# with the old one are dropped.
NEW_STRINGS_KEPT = 20_000


class ParserUnavailable(RuntimeError):
    """The shipped pipeline could not be loaded (a broken install); rules that need it stay silent."""


def pipeline_path() -> Path:
    return Path(str(resources.files("copydesk.data") / "parser"))


@lru_cache(maxsize=1)
def pipeline() -> Language:
    try:
        import spacy

        # frames read universal tags (the morphologizer), lemmas and the tree; the PTB tagger, trained beside
        # them, is left out at load: a tenth of the parse time
        return spacy.load(pipeline_path(), exclude=["tagger"])
    except (ImportError, OSError, ValueError) as exc:
        raise ParserUnavailable(f"the parser pipeline could not be loaded from {pipeline_path()}: {exc}") from exc


def training_record() -> dict[str, Any]:
    """What the shipped pipeline was trained on and how well it parses (training.json beside it)."""
    try:
        return json.loads((pipeline_path() / "training.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_parses: OrderedDict[str, Doc] = OrderedDict()
LINE_BREAKS = {ord("\n"): " ", ord("\r"): " "}  # one character for one: offsets hold
_strings_at_load: list[int] = []  # the size of the pipeline's string store when it was loaded


def parse(text: str) -> Doc:
    """The parse of one sentence, remembered by its text."""
    text = text[:MAX_SENTENCE_CHARS]
    doc = _parses.get(text)
    if doc is not None:
        _parses.move_to_end(text)
        return doc
    nlp = _fresh_pipeline()
    read = text.translate(LINE_BREAKS)  # a paragraph wrapped mid-sentence: the break is a space, not a word
    words = read.lstrip()
    doc = nlp(read) if len(words) in (0, len(read)) else _after_blank(nlp, read[:len(read) - len(words)], nlp(words))
    doc.tensor = doc.tensor[:0].copy()  # the parse is what is read: the network's vectors are not kept
    _parses[text] = doc
    if len(_parses) > PARSES_KEPT:
        _parses.popitem(last=False)
    return doc


def _after_blank(nlp: Language, blank: str, parsed: Doc) -> Doc:
    """The parse of the words after a blank (a dateline the analyses blanked, keeping offsets), with the
    blank as a first token hung on the first word: the parser, trained on treebanks with no such token,
    reads the words alone ("The death toll ... rose to 27": toll is the subject of rose, not an apposition
    to the blank)."""
    from spacy.tokens import Doc

    tokens = list(parsed)
    made = Doc(nlp.vocab, words=[blank, *(t.text for t in tokens)], spaces=[False, *(bool(t.whitespace_) for t in tokens)],
               pos=["SPACE", *(t.pos_ for t in tokens)], tags=["_SP", *(t.tag_ or "_" for t in tokens)],
               morphs=["", *(str(t.morph) for t in tokens)], lemmas=[blank, *(t.lemma_ for t in tokens)],
               heads=[1, *(t.head.i + 1 for t in tokens)], deps=["dep", *(t.dep_ for t in tokens)])
    made.tensor = parsed.tensor
    return made


def _fresh_pipeline() -> Language:
    """The pipeline, loaded afresh once its vocabulary has taken NEW_STRINGS_KEPT strings since it was."""
    nlp = pipeline()
    if not _strings_at_load:
        _strings_at_load.append(len(nlp.vocab.strings))
    if len(nlp.vocab.strings) - _strings_at_load[0] > NEW_STRINGS_KEPT:
        _parses.clear()  # their tokens point into the old vocabulary
        pipeline.cache_clear()
        nlp = pipeline()
        _strings_at_load[:] = [len(nlp.vocab.strings)]
    return nlp


def token_in(text: str, offset: int) -> Token | None:
    """The token at a character offset of a sentence's parse; None where none is, or where there is no
    pipeline to parse with."""
    try:
        return token_at(parse(text), offset)
    except ParserUnavailable:
        return None


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token covering a character offset of the parsed text, if one starts or runs there."""
    for token in doc:
        if token.idx <= offset < token.idx + len(token.text):
            return token
        if token.idx > offset:
            return None
    return None
