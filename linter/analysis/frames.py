"""Claim frames: what a number or a date in a sentence is about, read from the sentence's dependency tree.

A frame answers, for one value, the questions a rule must settle before it may call the value wrong:
which noun it counts (with the nouns coordinated with it), whether it is a part, an increment or a
total, which predicate it belongs to, that predicate's subject, the time and place attached to *that*
predicate, whether the predicate is negated or only planned, and who says it. One module builds
frames; the families read them (see :mod:`copydesk.analysis.gate`).

Every relation is read by its Universal Dependencies label, so a frame holds in any story; the
English words that give a relation its meaning (speech verbs, months, "more", "total") are in
``copydesk/data/english.toml``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import syntax
from .. import text as lang
from .. import wordlist
from ..wordlist import NAME_FREQUENCY
from ..vocabulary import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Relations that start a clause of their own: its head is a predicate.
CLAUSAL = {"root", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"}
SUBJECTS = {"nsubj", "csubj", "expl"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


@dataclass(frozen=True)
class Frame:
    value: str  # the value's first token as written
    counts: str = ""  # lemma of the noun the number quantifies
    categories: tuple[str, ...] = ()  # that noun and the nouns coordinated with it under the same number
    # the word after "and"/"or" right after the counted noun when the parse did not coordinate it: where the
    # words say "combatants and civilians" and the tree does not, the gate trusts neither
    uncoordinated: str = ""
    partitive: bool = False  # "four OF the wounded"
    listed: bool = False  # one of coordinated figures: "sentences of six AND four years"
    whole: bool = False  # the whole a part is taken from: "101 of the 300 SEATS"
    starting: bool = False  # the value a change starts from: "up FROM 66.4%", "down from 12"
    increment: bool = False  # "307 MORE", "a FURTHER 600"
    total: bool = False  # "a TOTAL of", "in ALL"
    predicate: str = ""  # lemma of the predicate the value's phrase belongs to
    verbal: bool = False  # that predicate is a verb (not a noun or adjective heading a clause)
    transitive: bool = False  # that predicate has an object: "Ukraine RETURNED 390 prisoners", not "Trump returned"
    predicate_words: tuple[str, ...] = ()  # its lemma and its text, and those of the verb it completes
    # ("finished exchanging": exchange, exchanging, finish, finished), for lists whose words the
    # lemmatizer may have missed
    subject: str = ""  # lemma of that predicate's subject
    subject_name: tuple[int, int] | None = None  # its span in the sentence when it is a name
    occasion_years: tuple[str, ...] = ()  # years of the subject or of the noun a relative clause describes
    # the subject, or an occasion the predicate is set at, is an earlier one of its kind: "the LAST emergency lasted
    # 45 days", "took 7% AT THE LAST ELECTION"
    subject_earlier: bool = False
    subject_group: bool = False  # the subject is several: "the Greens AND the Liberals", "the three PARTIES"
    time: tuple[str, ...] = ()  # heads of the time expressions attached to that predicate
    place: tuple[str, ...] = ()  # heads of the places attached to that predicate
    negated: bool = False
    among: bool = False  # the counted group is where something stands: "stepped BETWEEN the two men", "AMONG the 21"
    subgroup: bool = False  # the counted noun is restricted by another figure: "the 117 cardinals AGED 80 OR OVER"
    proposed: bool = False  # the predicate itself asks or offers: "SOUGHT 20 years", "PROPOSED a truce"
    planned: bool = False  # modal by an auxiliary or a governing verb: "MAY seek", "AGREED to swap"
    required: bool = False  # a condition, not a result: "a party NEEDS 151 seats", "the 151 seats REQUIRED"
    earlier: bool = False  # the past perfect, before the story's time: "the biggest swap HAD TAKEN place in April"
    reported_then: bool = False  # a report in the simple past: "authorities REPORTED 144 deaths" (not "have said")
    back: tuple[float, str] | None = None  # a span back from the story's time: "won 14.9% FOUR YEARS AGO": (4, "year")
    bound: bool = False  # a date given as a bound: "BY Monday", "UNTIL Sunday"
    # the predicate's clause is the start or end of another's span: "evacuated SINCE the storm approached on Sunday"
    span_bound: bool = False
    # the words of the predicate's object when the value is the level it is brought to or from ("cut the tax
    # RATE to 17%"): a value of that thing
    level_of: tuple[str, ...] = ()
    speaker: str = ""  # lemma of who says it
    distributive: bool = False  # "EACH released 390", "390 APIECE": a figure per party, not a total
    excluded: bool = False  # "UNLIKE the Greens", "EXCEPT the Greens", "but NOT the Greens": set apart
    # a name coordinated with a common noun ("missed the threshold and the Greens did not"): the tree likely
    # attached the name to the wrong word, so nothing it says of the name is trusted
    stray: bool = False
    clause: str = ""  # the predicate's own clause: its words without the clauses under it ("while ...", "who ...")
    reach: str = ""  # the predicate's words with every clause under it
    subject_clause: str = ""  # its clause with the clauses under it that share its subject
    predicate_offset: int = -1  # where the predicate is in the sentence (for rules comparing two frames)
    # character spans in the sentence: the time and place dependents of the predicate, and its "after ..." and
    # "following ..." dependents (an occasion the predicate comes after, so not the predicate's own)
    time_spans: tuple[tuple[int, int], ...] = ()
    place_spans: tuple[tuple[int, int], ...] = ()
    sequel_spans: tuple[tuple[int, int], ...] = ()
    hypothetical: bool = False  # told under a condition: "IF about 33 ballots fail"
    part_of_occasion: bool = False  # dated to one part of a longer occasion: "on the FIRST afternoon", "the FINAL day"

    @property
    def modal(self) -> bool:
        """Planned, expected, possible, agreed or proposed: not reported as done."""
        return self.proposed or self.planned


def relation(token: Token) -> str:
    """The universal part of a dependency label ("nsubj" for "nsubj:pass"), lowercase."""
    return token.dep_.split(":")[0].lower()


def lemma(token: Token) -> str:
    text = (token.lemma_ or token.text).lower()
    return text if text.strip() else token.text.lower()


def frame_at(sentence_text: str, offset: int) -> Frame | None:
    """The frame of the value whose text starts at ``offset`` in the sentence, or None when the parser
    cannot say (no pipeline, or no token there)."""
    try:
        doc = syntax.parse(sentence_text)
    except syntax.ParserUnavailable:
        return None
    token = syntax.token_at(doc, offset)
    if token is None:
        return None
    return build(token)


def build(token: Token) -> Frame:
    value = _value_head(token)
    counted, partitive = _counted(value)
    phrase = counted if counted is not None else value
    predicate = _predicate(phrase)
    categories = _categories(counted, value) if counted is not None else ()
    time, place, spans, place_spans, sequel_spans = _circumstances(predicate, phrase) if predicate is not None \
        else ((), (), (), (), ())
    if not time and (when := _when_phrase_time(value)) is not None:
        time, spans = (when.text,), (_span(when),)
    described = _described_year(phrase)
    if described is not None:  # "the 46% recorded in the 2009 referendum": the figure's own occasion
        time, spans = (*time, described.text), (*spans, _span(described))
    return Frame(
        value=token.text,
        counts=_counted_word(value, counted),
        categories=categories,
        uncoordinated=_uncoordinated(counted, categories) if counted is not None else "",
        partitive=partitive,
        whole=any(relation(c) == "case" and lemma(c) == "of" and c.i > 0 and c.doc[c.i - 1].like_num and
                  c.doc[c.i - 1] != value for c in phrase.children)  # from the words: parsers hang "101 of" anywhere
        or _out_of(phrase),
        starting=any(relation(c) == "case" and lemma(c) == "from" for c in phrase.children) and
        (any(relation(c) == "advmod" and lemma(c) in ("up", "down") for c in phrase.children) or
         relation(phrase) == "nmod" and phrase.head.pos_ in ("NUM", "SYM")),  # "to 17% FROM 19%"
        listed=token.pos_ == "NUM" and (relation(token) == "conj" and token.head.pos_ == "NUM" or
                                        any(relation(c) == "conj" and c.pos_ == "NUM" for c in value.children)),
        increment=_increment(value, counted) or predicate is not None and lemma(predicate) in words("scope", "gains"),
        total=_total(value, counted),
        predicate=lemma(predicate) if predicate is not None else "",
        verbal=predicate is not None and predicate.pos_ == "VERB",
        transitive=predicate is not None and any(relation(c) == "obj" for c in predicate.children),
        predicate_words=_predicate_words(predicate) if predicate is not None else (),
        subject=_lemma_of(subject := _subject(predicate)),
        subject_name=_named_subject(subject),
        occasion_years=_occasion_years(predicate, subject) if predicate is not None else (),
        subject_earlier=any(relation(c) == "amod" and lemma(c) in words("scope", "earlier_one")
                            for noun in [subject, *_occasions_of(predicate, phrase)] if noun is not None
                            for c in noun.children),
        subject_group=subject is not None and value not in subject.subtree and _several(subject),
        time=time,
        place=place,
        negated=predicate is not None and (_negated(predicate) or _without(phrase, predicate)),
        subgroup=counted is not None and _set_apart_by_a_figure(counted, value),
        among=any(relation(c) == "case" and lemma(c) in words("scope", "among") for c in phrase.children),
        proposed=predicate is not None and _proposed(predicate),
        planned=predicate is not None and _planned(predicate) or _planned_copula(phrase),
        required=_required(phrase) or predicate is not None and _required_by(predicate),
        earlier=predicate is not None and _past_perfect(predicate),
        reported_then=predicate is not None and _reported_then(predicate),
        back=_dated_back(predicate, phrase) if predicate is not None else None,
        bound=any(relation(c) == "case" and lemma(c) in words("time", "boundaries") for c in phrase.children) or
        any(relation(c) == "case" and lemma(c) == "than" for c in phrase.children) and
        phrase.head.text.lower() in words("time", "bound_comparatives"),
        span_bound=predicate is not None and relation(predicate) == "advcl" and
        any(relation(c) == "mark" and lemma(c) in words("time", "span_marks") for c in predicate.children),
        level_of=_level_of(phrase, predicate) if predicate is not None else (),
        speaker=_speaker(predicate) if predicate is not None else "",
        distributive=_distributive(value, predicate),
        excluded=_excluded(phrase),
        stray=relation(phrase) == "conj" and phrase.pos_ == "PROPN" and phrase.head.pos_ == "NOUN",
        clause=_clause_text(predicate) if predicate is not None else "",
        subject_clause=_clause_text(predicate, shared=True) if predicate is not None else "",
        reach=predicate.doc.text[slice(*_span(predicate))] if predicate is not None else "",
        predicate_offset=predicate.idx if predicate is not None else -1,
        time_spans=spans,
        place_spans=place_spans,
        sequel_spans=sequel_spans,
        part_of_occasion=predicate is not None and any(_ordinal_time(c) for c in predicate.children),
        hypothetical=predicate is not None and _conditional(predicate),
    )


def _level_of(phrase: Token, predicate: Token) -> tuple[str, ...]:
    """The lemmas of the predicate's object noun phrase when the value is an oblique of the predicate brought
    "to", "from" or "at" a level ("cut the corporate tax rate TO 17%", "kept interest rates AT 4%")."""
    if relation(phrase) != "obl" or phrase.head != predicate or \
            not any(relation(c) == "case" and lemma(c) in ("to", "from", "at") for c in phrase.children):
        return ()
    thing = next((c for c in predicate.children if relation(c) == "obj" and c.pos_ == "NOUN"), None)
    return tuple(lemma(t) for t in thing.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")) if thing is not None else ()


def _excluded(phrase: Token) -> bool:
    return any(relation(c) == "case" and lemma(c) in words("scope", "exclusion") or
               relation(c) == "advmod" and lemma(c) in words("predicate", "negations") for c in phrase.children)


def _value_head(token: Token) -> Token:
    """The head of a multi-word number ("three hundred and ninety", "1.2 million")."""
    while token.head != token and relation(token) in ("compound", "flat", "nummod", "conj", "fixed") and \
            token.head.pos_ == "NUM" and token.head.i - token.i in range(-4, 5):
        token = token.head
    return token


def _counted(value: Token) -> tuple[Token | None, bool]:
    """The noun a number quantifies, and whether the number is a part of it ("four of the wounded")."""
    if value.pos_ == "NUM" or value.like_num:
        for child in value.children:  # "four of the wounded", "two among them"
            if relation(child) == "nmod" and any(lemma(c) in words("scope", "partitive_markers")
                                                 for c in child.children if relation(c) == "case"):
                return child, True
    if relation(value) == "nummod" and value.head != value:
        between = value.doc[min(value.i, value.head.i) + 1:max(value.i, value.head.i)]
        if any(t.text.lower() in words("scope", "distributive") or t.lower_ == "per"
               for t in [*between, *value.head.children]):
            return None, False  # "1,500 from each side" parsed as "1,500 side": a scope, never the counted noun
        return value.head, False
    if "-" in value.text and any(part.isalpha() for part in value.text.split("-")):
        return None, False  # "60-day": the unit is inside the token
    if relation(value) == "compound" and value.head.pos_ in ("NOUN", "PROPN") and value.head.i > value.i:
        return value.head, False  # "a 307-for-307 swap" parsed as a compound
    return None, False


PERCENT = {"%", "percent", "pct", "per cent"}
BACKWARD = words("time", "back")
PLANNING = {"plan", "schedule", "slate"}  # "strikes PLANNED for Tuesday": set for a day, not done on it
LINKING = {"be", "become", "remain", "mean", "equal"}  # "the name is Leo XIV": the claim's value
REASONS = {"because", "thanks", "owing", "due"}  # "BECAUSE of Leo XIII": a reason, not the claim's value
WITHIN_EVENT = {"in", "during", "amid", "throughout", "at"}  # an oblique that puts its clause in an event
SAME_TIME_MARKS = {"as", "when", "while"}
EARLIER_TIME_MARKS = {"before", "until", "till"}  # "long BEFORE he became a bishop" ("after" often gives a cause)
OTHER_TIME_CASES = {"after", "before", "since", "until", "till", "following"}  # "on Monday, three days AFTER the quake"
DAYS_IN = {"hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}


def _noun_word(noun: Token) -> str:
    """A counted noun as frames compare it: its lemma, "percent" for every way of writing one, and a
    participle used as a noun as written ("nine wounded": the lemmatizer gives the verb, "wound")."""
    text = noun.text.lower()
    if text in PERCENT:
        return "percent"
    return text if text.endswith("ed") and lemma(noun) != text else lemma(noun)


def _counted_word(value: Token, counted: Token | None) -> str:
    if counted is not None:
        return _noun_word(counted)
    parts = [part for part in value.text.lower().split("-")[1:] if part.isalpha()]
    if parts:
        return parts[0]  # "60-day" counts days
    nxt = value.nbor(1) if value.i + 1 < len(value.doc) else None
    if nxt is not None and nxt.text in ("%", "percent", "per"):
        return "percent"
    return ""


def _categories(counted: Token, value: Token) -> tuple[str, ...]:
    """The counted noun and the nouns coordinated with it that have no number of their own."""
    found = [_noun_word(counted)]
    for conjunct in counted.conjuncts:
        if conjunct.i < counted.i:
            continue
        if any(relation(c) == "nummod" and c != value for c in conjunct.children):
            continue  # "270 soldiers and 120 civilians": the civilians have their own number
        if conjunct.pos_ in ("NOUN", "PROPN", "ADJ"):
            found.append(lemma(conjunct))
    return tuple(found)


def _uncoordinated(counted: Token, categories: tuple[str, ...]) -> str:
    doc = counted.doc
    if counted.i + 2 >= len(doc) or doc[counted.i + 1].lower_ not in ("and", "or", "&"):
        return ""
    following = doc[counted.i + 2]
    word, text = lemma(following), following.text.lower()
    plural_noun = following.pos_ in ("NOUN", "PROPN") or text in (word + "s", word + "es")  # not "and wounded eight"
    return "" if word in categories or text in categories or not plural_noun else text


def _has_word(tokens: list[Token], vocabulary_words: frozenset[str]) -> bool:
    return any(lemma(t) in vocabulary_words or t.text.lower() in vocabulary_words for t in tokens)


def _increment(value: Token, counted: Token | None) -> bool:
    modifiers = [c for c in value.children if relation(c) in ("advmod", "amod", "det")]
    if counted is not None:
        modifiers += [c for c in counted.children if relation(c) in ("amod", "advmod", "det") and c.i < counted.i]
    if _has_word([m for m in modifiers if lemma(m) != "other" or m.i < value.i], words("scope", "increment")):
        return True
    head = value.head  # "a further 600", parsed with "further" as the head
    return head != value and head.i < value.i and relation(value) in ("nummod", "obj", "obl", "nmod") and \
        lemma(head) in words("scope", "increment")


def _total(value: Token, counted: Token | None) -> bool:
    phrase = counted if counted is not None else value
    around = [phrase, phrase.head, *phrase.children, *value.children]
    if phrase.head != phrase:
        around += list(phrase.head.children)
    return _has_word([t for t in around if t.i != value.i], words("scope", "total"))


def _predicate(phrase: Token) -> Token | None:
    """The first ancestor of the phrase that heads a clause: a verb, or a predicate with a subject."""
    token = phrase
    for _ in range(40):  # trees are shallow; a bound guards against a malformed one
        if token != phrase and (token.pos_ in ("VERB", "AUX") or relation(token) in CLAUSAL or
                                    any(relation(c) in SUBJECTS for c in token.children)):
            return token
        if token.head == token:
            return token
        if relation(token) in CLAUSAL and token != phrase:
            return token
        token = token.head
    return None


def _predicate_words(predicate: Token) -> tuple[str, ...]:
    found = [lemma(predicate), predicate.text.lower()]
    token = predicate
    while relation(token) in ("xcomp", "conj") and token.head != token and len(found) < 8:
        token = token.head
        found += [lemma(token), token.text.lower()]
    return tuple(found)


def names_any(found: tuple[str, ...], verbs: frozenset[str]) -> bool:
    """Whether any of these words (a predicate's lemma and text) is one of the verbs, inflected or not."""
    return any(word in verbs or _inflection_of(word, verbs) for word in found)


def _inflection_of(word: str, verbs: frozenset[str]) -> bool:
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            if stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs):
                return True
    return False


def _occasions_of(predicate: Token | None, phrase: Token) -> list[Token]:
    """The nouns an "at" or "in" phrase of the predicate, or of the value's own phrase, sets it at, other than times
    ("took 7% AT THE LAST ELECTION", "7% of the vote AT THE LAST ELECTION")."""
    nouns = [c for c in (predicate.children if predicate is not None else ()) if relation(c) == "obl"]
    nouns += [t for t in phrase.subtree if t != phrase and relation(t) == "nmod" and t.head.i in
              {phrase.i, *(c.i for c in phrase.children if relation(c) == "nmod")}]
    return [noun for noun in nouns if not _is_time(noun) and
            any(relation(m) == "case" and lemma(m) in ("at", "in") for m in noun.children)]


def _described_year(phrase: Token) -> Token | None:
    """A year in a participle clause on the value's own phrase: "the 46% RECORDED IN THE 2009 referendum"."""
    for clause in phrase.children:
        if relation(clause) != "acl" or clause.dep_.endswith("relcl"):
            continue
        for oblique in clause.children:
            if relation(oblique) not in ("obl", "nmod"):
                continue
            if _is_year(oblique):
                return oblique
            year = next((c for c in oblique.children if _is_year(c) and relation(c) in ("nummod", "amod", "compound")),
                        None)
            if year is not None:
                return year
    return None


def _occasion_years(predicate: Token, subject: Token | None) -> tuple[str, ...]:
    """The years of the predicate's subject ("the 2019 truce collapsed") or of the noun its relative clause
    describes ("the 2019 truce, which Vennland brokered"): the occasion the clause tells of."""
    years = [c.text for c in (subject.children if subject is not None else ()) if _is_year(c)]
    # "the engineers SEIZED IN 2019 were held for 214 days": a participle dating the subject
    years += [y.text for c in (subject.children if subject is not None else ()) if relation(c) == "acl"
              and "Part" in c.morph.get("VerbForm", []) for y in c.children if relation(y) == "obl" and _is_year(y)]
    described = _relative_clause_year(predicate)
    return tuple(years + ([described.text] if described is not None else []))


def _several(subject: Token) -> bool:
    """A subject of coordinated names or nouns, or a plural common noun counted or named in apposition ("the
    three parties", "her parties, the Greens and the Liberals"; not "the results")."""
    return any(relation(c) == "conj" for c in subject.children) or \
        subject.pos_ == "NOUN" and subject.text.islower() and "Plur" in subject.morph.get("Number", []) and \
        any(relation(c) in ("nummod", "appos") for c in subject.children)


def _subject(predicate: Token | None) -> Token | None:
    for _ in range(6):
        if predicate is None:
            return None
        for child in predicate.children:
            if relation(child) in SUBJECTS and not child.is_space:  # a blanked dateline is no subject
                if lemma(child) in RELATIVE_PRONOUNS and relation(predicate) == "acl" and predicate.head != predicate:
                    return predicate.head  # "prosecutors, who had asked for 15 years": the prosecutors
                return child
        if relation(predicate) in ("xcomp", "conj") and predicate.head != predicate:
            predicate = predicate.head  # "agreed to swap": the subject of "agreed"
            continue
        if relation(predicate) == "acl" and predicate.head != predicate:
            return predicate.head  # "the soldiers freed on Friday"
        return None
    return None


def _lemma_of(token: Token | None) -> str:
    return lemma(token) if token is not None else ""


def _named_subject(subject: Token | None) -> tuple[int, int] | None:
    """The span of the subject when it is a name ("WEBER received six years"): a proper noun with a word rarer
    than common English ("Turnout", capitalised at a sentence's start, is none)."""
    if subject is not None and subject.pos_ in ("NOUN", "ADJ"):  # "his deputy Ivana Sorel", "the builder Tomas
        # Keller", "the last to cause deaths, Cyclone Mbali"
        subject = next((c for c in subject.children if relation(c) in ("appos", "flat", "compound")
                        and c.pos_ == "PROPN" and c.i > subject.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    words = name_words(subject)
    if all(wordlist.frequency(t.text) >= NAME_FREQUENCY for t in words):
        return None
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def _is_time(token: Token) -> bool:
    text = token.text.lower().rstrip(".")
    weekdays, months, relative = words("time", "weekdays"), words("time", "months"), words("time", "relative")
    return text in weekdays or text in months or lemma(token) in relative or \
        _is_year(token) or \
        any(c.text.lower().rstrip(".") in months for c in token.children if relation(c) in
            ("compound", "nummod", "flat", "nmod"))


def _ordinal_time(token: Token) -> bool:
    """A time of day or a day counted within a longer occasion ("the first afternoon", "its final day"), or a
    part of any day ("two ballots IN THE MORNING"), not of a day named ("on Friday morning")."""
    if relation(token) not in ("obl", "nmod", "npadvmod", "advmod") or lemma(token) not in words("time", "relative"):
        return False
    if lemma(token) in words("time", "day_parts") and not any(
            relation(c) in ("compound", "nmod", "amod", "nummod", "flat", "nmod:poss") for c in token.children):
        return True
    return any(relation(c) == "amod" and ("Ord" in c.morph.get("NumType", []) or lemma(c) in words("time", "final"))
               for c in token.children)


def _is_year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2200


def _span(token: Token) -> tuple[int, int]:
    subtree = list(token.subtree)
    return subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)


def _places_under(token: Token, depth: int = 0) -> list[Token]:
    """Places in a prepositional phrase and the phrases hung on it ("in an attack on the capital"),
    not crossing into another clause."""
    found = []
    cases = {lemma(c) for c in token.children if relation(c) == "case"}
    if cases & words("place", "prepositions") and not _is_time(token) and \
            (token.pos_ == "PROPN" or lemma(token) in words("place", "nouns")):
        found.append(token)
    if depth < 3:
        for child in token.children:
            if relation(child) in ("nmod", "obl"):
                found += _places_under(child, depth + 1)
    return found


Spans = tuple[tuple[int, int], ...]


def _own_dependent(predicate: Token, phrase: Token) -> Token | None:
    """The predicate's dependent that holds the value's phrase."""
    token = phrase
    while token.head != token and token.head != predicate:
        token = token.head
    return token if token.head == predicate else None


def _belongs_to_another_value(predicate: Token, phrase: Token, dependent: Token) -> bool:
    """ "rose from 12.1% in 2027 to 17% in the election": with two values on one predicate, a time
    follows the value it dates."""
    valued = [c for c in predicate.children if c != dependent and any(t.like_num for t in c.subtree)
              and not _is_time(c)]
    if len(valued) < 2:
        return False
    before = [c for c in valued if c.i < dependent.i]
    own = _own_dependent(predicate, phrase)
    return bool(before) and before[-1] != own


def _circumstances(predicate: Token, phrase: Token) -> tuple[tuple[str, ...], tuple[str, ...], Spans, Spans, Spans]:
    """The time, place and "after ..." dependents of a predicate (not of the clauses under it)."""
    time: list[str] = []
    place: list[Token] = []
    time_spans: list[tuple[int, int]] = []
    sequels: list[tuple[int, int]] = []
    told_own_time = False
    subjects = [c for c in predicate.children if relation(c) == "nsubj"] or \
        ([c for c in predicate.head.children if relation(c) == "nsubj"] if relation(predicate) == "conj" else [])
    described = [predicate.head] if relation(predicate) == "acl" and predicate.head != predicate else []
    for year in (c for noun in [*subjects, *described] for c in [*noun.children, *_relative_clause_times(noun)]
                 if _is_year(c)):
        time.append(year.text)  # "the conclave OF 2013 needed five ballots", "the 2013 conclave": its occasion's;
        time_spans.append(_span(year))  # "the 2009 floods, which killed 14": the floods' time
    for child in predicate.children:
        markers = {word for c in child.children if relation(c) in ("case", "mark") for word in (lemma(c), c.text.lower())}
        markers.add(child.text.lower())
        if relation(child) in ("obl", "nmod"):  # "after the 1980 earthquake, the first estimate was 100 dead":
            for year in (c for c in child.children if _is_year(c) and relation(c) in ("nummod", "amod", "compound")):
                time.append(year.text)  # the clause is told of that year's occasion
                time_spans.append(_span(year))
        if relation(child) in ("advcl", "obl", "nmod", "acl", "prep") and markers & words("scope", "later_than"):
            sequels.append(_span(child))
            continue
        if relation(child) == "nsubj":  # "the strike on the capital injured 15": where the event named happened
            place += [t for c in child.children if relation(c) == "nmod" for t in _places_under(c)]
        if relation(child) not in ("obl", "advmod", "nmod", "npadvmod", "obj"):
            continue
        if _is_time(child):
            if _belongs_to_another_value(predicate, phrase, child):
                continue
            time.append(child.text)
            time_spans.append(_span(child))
            if not any(lemma(c) in ("that", "same") for c in child.children):
                told_own_time = True  # "that evening": the time told before
            continue
        if relation(child) == "advmod":  # "EARLIER this month, on May 6, the sides exchanged": the adverb's dates,
            times = [g for g in child.children if relation(g) in ("obl", "nmod") and _is_time(g) and
                     not any(relation(c) == "nummod" for c in g.children)]  # not a span back ("four years AGO")
            timed = {t for g in times for t in (g, *g.children)}  # unless it carries a value of its own ("up
            if not any(t.like_num and t not in timed for t in child.subtree):  # from 14.9% four years ago")
                for grandchild in times:
                    time.append(grandchild.text)
                    time_spans.append(_span(grandchild))
                    told_own_time = True
            continue
        if relation(child) in ("obl", "nmod"):
            place += _places_under(child)
        if relation(child) in ("obl", "obj"):
            # "recovered 47 bodies from the ferry on Thursday": a day hung on a noun of the predicate's own
            # phrases dates the predicate (a parser often attaches it to the nearest noun)
            for grandchild in child.children:
                if relation(grandchild) == "nmod" and _is_time(grandchild) and \
                        not _belongs_to_another_value(predicate, phrase, child):
                    time.append(grandchild.text)
                    time_spans.append(_span(grandchild))
    if not told_own_time and (relation(predicate) == "conj" or _participle_of_an_act(predicate)) and \
            predicate.head.pos_ == "VERB" and not any(relation(c) == "nsubj" for c in predicate.children):
        for child in [*predicate.head.children, *_when_clause_times(predicate.head)]:  # "in 1994 a flood killed
            # seven and DISPLACED 2,000", "entered on Wednesday and HELD one ballot that evening": the first one's
            if relation(child) in ("obl", "advmod", "nmod", "npadvmod") and child.i < predicate.i and _is_time(child):
                time.append(child.text)
                time_spans.append(_span(child))
    described_year = _relative_clause_year(predicate)
    if described_year is not None and described_year.text not in time:  # "the 2009 earthquake, in which 38 died"
        time.append(described_year.text)
        time_spans.append(_span(described_year))
    for child in _when_clause_times(predicate):  # "when Stein was convicted in 2012, he was sentenced to 8 years"
        if child.text not in time:
            time.append(child.text)
            time_spans.append(_span(child))
    when = _when_clause_time(predicate)
    if when is not None:  # "the highest since 2003, when 74.1% voted": the clause happens in 2003
        time.append(when.text)
        time_spans.append(_span(when))
    return (tuple(time), tuple(t.text for t in place), tuple(time_spans), tuple(_span(t) for t in place),
            tuple(sequels))


def _out_of(phrase: Token) -> bool:
    """The value is the whole a part is taken "out of" ("133 voted, OUT OF 135 eligible and 252 in total")."""
    token = phrase
    for _ in range(4):
        if any(relation(c) == "case" and c.lower_ == "out" and c.i > 0 and
               (c.doc[c.i - 1].is_punct or c.doc[c.i - 1].like_num) for c in token.children):
            return True  # not "came out of 12 hours of talks"
        if relation(token) not in ("conj", "amod", "nummod") or token.head == token:
            return False
        token = token.head
    return False


def _when_clause_times(predicate: Token) -> list[Token]:
    """The times of a "when" clause on the predicate: the predicate happens then."""
    return [child for clause in predicate.children if relation(clause) == "advcl" and
            any(relation(m) in ("mark", "advmod") and m.lower_ == "when" for m in clause.children)
            for child in clause.children if relation(child) in ("obl", "advmod", "nmod") and _is_time(child)]


def _when_phrase_time(value: Token) -> Token | None:
    """The time a "when" opening the value's own phrase refers back to, read from the words ("the exchange of
    January 3, 2024, when 230 Ukrainians and 248 Russians were freed"), however the parser hung the value."""
    doc = value.doc
    i = value.i - 1
    while i > 0 and not doc[i].is_punct and doc[i].lower_ != "when":
        i -= 1
    if i < 2 or doc[i].lower_ != "when" or not doc[i - 1].is_punct:
        return None
    return doc[i - 2] if _is_time(doc[i - 2]) else None


def _relative_clause_times(noun: Token) -> list[Token]:
    """The times of a relative clause on a noun: "the cardinals WHO ELECTED FRANCIS IN 2013 needed five
    ballots" tells of the cardinals of 2013."""
    return [t for clause in noun.children if relation(clause) == "acl" and clause.dep_.endswith("relcl")
            for t in clause.children if relation(t) == "obl"]


def _relative_clause_year(predicate: Token) -> Token | None:
    """The year of the noun a relative clause opening the predicate's clause describes, read from the words
    ("the 2009 floods, WHICH killed 14", "the 2009 earthquake to the north, IN WHICH 38 died"), however the
    parser attached the clause."""
    words = [t for t in predicate.subtree if not t.is_punct][:2]
    if not words or words[0].i >= predicate.i:
        return None
    if not (words[0].lower_ in ("which", "that") or
            len(words) == 2 and words[0].lower_ in ("in", "during", "at") and words[1].lower_ == "which"):
        return None
    before = words[0].i - 1
    if before < 0 or not predicate.doc[before].is_punct:
        return None  # no comma: "the floods that killed 14" restricts, a year before it belongs elsewhere
    for token in reversed(predicate.doc[max(0, before - 7):before]):
        if token.is_punct:
            break
        if _is_year(token):
            return token
    return None


def _when_clause_time(predicate: Token, *, back: bool = False) -> Token | None:
    """The time a "when" clause opening the predicate's clause refers back to, read from the words: the time
    expression just before the comma ("..., in 2003, when ..."), however the parser attached the clause;
    with ``back``, also a span back from now ("four years ago, when ...": "ago")."""
    opener = next((t for t in predicate.subtree if not t.is_punct), predicate)  # the clause's first word,
    if opener.text.lower() != "when" or opener.i >= predicate.i:                # wherever the parser hung it
        return None
    before = opener.i - 1
    while before >= 0 and opener.doc[before].is_punct:
        before -= 1
    if before < 0 or before == opener.i - 1:
        return None  # no comma between: "when" asks or conditions, it does not refer back
    token = opener.doc[before]
    return token if _is_time(token) or back and token.lower_ in BACKWARD else None


def _clause_text(predicate: Token, *, shared: bool = False) -> str:
    """The words of the predicate's own clause: its subtree less the clauses that hang on it (a complement
    "to clear" shares its subject and stays); with ``shared``, the clauses that share its subject stay too
    ("won 4.6% and will have no seats after falling below the threshold")."""
    skipped: set[int] = set()
    for child in predicate.children:
        if shared and not any(relation(c) in ("nsubj", "csubj", "expl") for c in child.children):
            continue
        if child.dep_ in ("advcl", "ccomp", "parataxis", "acl:relcl", "csubj") or \
                (relation(child) == "conj" and child.pos_ in ("VERB", "AUX")):
            skipped.update(t.i for t in child.subtree)
    for token in predicate.subtree:  # relative clauses of the predicate's arguments ("who cleared ...")
        if token.dep_ == "acl:relcl" and token.i not in skipped:
            skipped.update(t.i for t in token.subtree)
    return "".join(t.text_with_ws for t in predicate.subtree if t.i not in skipped).strip()


def _distributive(value: Token, predicate: Token | None) -> bool:
    each = words("scope", "distributive")
    around = [*value.children, value.head] + ([] if predicate is None else list(predicate.children))
    subjects = [c for c in (predicate.children if predicate is not None else []) if relation(c) in SUBJECTS]
    around += [d for s in subjects for d in s.children if relation(d) == "det"]
    return any(t.text.lower() in each for t in around)


def _conditional(predicate: Token) -> bool:
    """A clause told under a condition: "IF about 33 ballots fail", "HAD all 135 voted" (the auxiliary before
    its subject)."""
    subject = next((c for c in predicate.children if relation(c) == "nsubj"), None)
    return any(relation(c) == "mark" and lemma(c) in words("scope", "conditions") for c in predicate.children) or \
        subject is not None and any(relation(c) == "aux" and c.lower_ in ("had", "were", "should") and c.i < subject.i
                                    for c in predicate.children)


def _set_apart_by_a_figure(counted: Token, value: Token) -> bool:
    """The counted noun is restricted by a clause with another figure ("cardinals AGED 80 OR OVER"), however
    the parser hung the figure."""
    following = counted.doc[counted.i + 1] if counted.i + 1 < len(counted.doc) else None
    return any(relation(c) == "acl" and not c.dep_.endswith("relcl") and
               any(t.like_num and t != value for t in c.subtree) for c in counted.children) or \
        following is not None and following.lower_ == "aged"


def _without(phrase: Token, predicate: Token) -> bool:
    """The value's phrase hangs on the predicate through a "without" ("without the prospect of a pontificate
    of 30 years"): what is not."""
    token = phrase
    for _ in range(6):
        if any(relation(c) == "case" and lemma(c) == "without" for c in token.children):
            return True
        if token == predicate or token.head == token:
            return False
        token = token.head
    return False


def _negated(predicate: Token) -> bool:
    """The predicate, or a verb whose complement it is, is negated or a denial ("did not confirm that ...")."""
    token = predicate
    for _ in range(4):
        if _has_word([c for c in token.children if relation(c) in ("advmod", "neg", "det", "cc")],
                     words("predicate", "negations")):
            return True
        if token != predicate and lemma(token) in words("predicate", "denials"):
            return True
        if token.dep_ not in ("ccomp", "xcomp", "csubj", "acl") or token.head == token:
            return False  # not a relative clause ("acl:relcl"): "did not see the soldiers who were freed"
        parent = token.head
        if token.dep_ in ("acl", "ccomp") and relation(parent) in ("obj", "nsubj", "obl") and parent.head != parent:
            parent = parent.head  # "did not confirm reports that 200 were killed": the clause of an argument
        token = parent
    return False


def _proposed(predicate: Token) -> bool:
    return names_any((lemma(predicate), predicate.text.lower()), words("predicate", "proposals")) or \
        lemma(predicate) in words("predicate", "asking_for") and any(
            relation(c) == "obl" and any(relation(m) == "case" and lemma(m) == "for" for m in c.children)
            for c in predicate.children)  # "PUSHED FOR a 90-day ceasefire": what one side wanted


def _past_perfect(predicate: Token) -> bool:
    return "Part" in predicate.morph.get("VerbForm", []) and \
        any(relation(c) == "aux" and c.text.lower() in ("had", "'d") for c in predicate.children)


def _reported_then(predicate: Token) -> bool:
    return lemma(predicate) in words("predicate", "speech") and "Past" in predicate.morph.get("Tense", []) and \
        "Fin" in predicate.morph.get("VerbForm", [])


def _tokens_at(sentence_text: str, first: int, second: int) -> tuple[Token, Token] | None:
    """The tokens at two offsets of the sentence's parse; None without a parse or where either has none."""
    one, other = syntax.token_in(sentence_text, first), syntax.token_in(sentence_text, second)
    return (one, other) if one is not None and other is not None else None


def told_of_another_thing(sentence_text: str, value_offset: int, cue_offsets: list[int]) -> bool:
    """The value is a modifier or an apposition of a noun that is none of the claim's words and no noun of
    place, or the reason for something, or what the claim's noun acts on: it tells of that other thing ("chose
    the name in honour OF LEO XIII", "chose it BECAUSE OF LEO XIII", "the name RECALLS LEO XIII"), not of the claim ("took the name LEO XIII", "held in the Turkish
    city of ANKARA")."""
    value = syntax.token_in(sentence_text, value_offset)
    if value is None:
        return False
    cues = {t.i for t in (syntax.token_at(value.doc, offset) for offset in cue_offsets) if t is not None}
    value = name_head(value)
    if relation(value) == "obl" and any(relation(c) == "case" and lemma(c) in REASONS | OTHER_TIME_CASES
                                        for c in value.children):
        return True  # (and "the first to take the name Leo SINCE Leo XIII": a point in time, not the name)
    head = value.head
    if relation(value) == "obl" and lemma(head) == "name" and any(relation(c) == "case" and lemma(c) in ("for", "after")
                                                                   for c in value.children):
        return True  # "a school NAMED FOR Leo XIII": a namesake, not the name
    if relation(value) == "obj" and lemma(head) not in LINKING and head.i not in cues and \
            any(relation(c) == "nsubj" and c.i in cues and c.pos_ == "NOUN" for c in head.children):
        return True  # "the NAME he chose recalls Leo XIII": the claim's noun does something to the value
    return relation(value) in ("nmod", "appos") and head.pos_ in ("NOUN", "PROPN") and head.i not in cues and \
        not any(c.i in cues for c in head.children if relation(c) in ("compound", "amod")) and \
        lemma(head) not in words("place", "nouns")


def dates_the_noun(sentence_text: str, date_offset: int, cue_offsets: list[int]) -> bool:
    """The date hangs on an event's noun by "of" or a possessive ("the talks OF MAY 17", "FRIDAY'S exchange"):
    it is that event's own day, whatever the clause's verb says of it."""
    doc = syntax.parse(sentence_text)
    token = syntax.token_at(doc, date_offset)
    cues = {t.i for t in (syntax.token_at(doc, offset) for offset in cue_offsets) if t is not None}
    while token is not None and relation(token) in ("compound", "flat", "nummod") and token.head != token:
        token = token.head
    if token is None or token.head.i not in cues or token.head == token:
        return False
    return token.dep_ == "nmod:poss" or relation(token) == "nmod" and any(
        relation(c) == "case" and lemma(c) == "of" for c in token.children)


def only_modifiers(sentence_text: str, cue_offsets: list[int], groups: Sequence[list[int]] = ()) -> bool:
    """Every cue word, or every word of one of the cue ``groups``, stands as a modifier of another noun that is
    no cue ("the CYCLONE season runs until April", "STORM shelters"; "elevated to the rank of CARDINAL bishop",
    of being made a cardinal): the sentence tells of that noun, not of the event."""
    doc = syntax.parse(sentence_text)
    tokens = [t for t in (syntax.token_at(doc, offset) for offset in cue_offsets) if t is not None]
    cues = {t.i for t in tokens}

    def modifies_another(offsets: list[int]) -> bool:
        words = [t for t in (syntax.token_at(doc, offset) for offset in offsets) if t is not None]
        return bool(words) and all(relation(t) in ("compound", "amod") and t.pos_ != "PROPN" and
                                   t.head.i not in cues and t.head.pos_ == "NOUN" or _title_of_a_name(t)
                                   for t in words)  # (not a name: "the BRASKO explosion" is Brasko's)

    return modifies_another(cue_offsets) or any(modifies_another(group) for group in groups)


def names_set_beside(sentence_text: str, offsets: list[int]) -> list[tuple[int, int] | None]:
    """For each word at ``offsets``, the span of the name set beside it in apposition ("his SUCCESSOR, JOHN
    PAUL II,"; "PREVOST, Francis's SUCCESSOR,"), or None for a word that has none."""
    doc = syntax.parse(sentence_text)
    spans: list[tuple[int, int] | None] = []
    for word in (syntax.token_at(doc, offset) for offset in offsets):
        named = None
        if word is not None:
            named = next((c for c in word.children if relation(c) == "appos" and c.pos_ == "PROPN"), None)
            if named is None and relation(word) == "appos" and word.head.pos_ == "PROPN":
                named = word.head
        spans.append(_name_span(named) if named is not None else None)
    return spans


def _title_of_a_name(word: Token) -> bool:
    """The word is a capitalised title before a name ("CARDINAL Angelo Becciu"): that person's rank, not the
    thing the word names."""
    return word.text[:1].isupper() and word.i < word.head.i and word.head.pos_ == "PROPN" and \
        word.i + 1 < len(word.doc) and word.doc[word.i + 1].pos_ == "PROPN" and \
        relation(word) in ("compound", "flat", "nmod", "amod")


def _name_span(name: Token) -> tuple[int, int]:
    """The span of a name's head with its compound and flat words ("Carlos Castillo")."""
    tokens = [name, *(c for c in name.children if relation(c) in ("compound", "flat"))]
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def cues_only_in_time_clauses(sentence_text: str, cue_offsets: list[int]) -> bool:
    """Every cue word stands in a clause that only places another before it ("long BEFORE HE BECAME A BISHOP"):
    the sentence does not tell of the cue's matter."""
    doc = syntax.parse(sentence_text)
    tokens = [t for t in (syntax.token_at(doc, offset) for offset in cue_offsets) if t is not None]

    def in_time_clause(token: Token) -> bool:
        for _ in range(6):
            if relation(token) == "advcl" and any(relation(c) == "mark" and lemma(c) in EARLIER_TIME_MARKS
                                                  for c in token.children):
                return True
            if token.head == token:
                return False
            token = token.head
        return False

    return bool(tokens) and all(in_time_clause(t) for t in tokens)


def cues_only_in_others_relative_clauses(sentence_text: str, cue_offsets: list[int], value_offset: int) -> bool:
    """Every cue word stands in a relative clause that does not hold the value ("treating 90 patients, according
    to a review, WHICH FOUND THAT A THIRD OF THE DEATHS CAME ..."): the value's own clause does not name it."""
    return _cues_all_in_clauses(sentence_text, cue_offsets, value_offset, lambda t: t.dep_.endswith("relcl"))


def group_only_in_modifying_clauses(sentence_text: str, cue_offsets: Sequence[int], value_offset: int) -> bool:
    """Every cue of a group stands in a clause that modifies a noun ("the inquiry, LED BY judge Celeste Amundsen,
    published its terms on Monday"; "which ..."), not holding the value: it describes the noun, not what the
    value's clause tells."""
    return _cues_all_in_clauses(sentence_text, cue_offsets, value_offset,
                                lambda t: relation(t) == "acl" and t.pos_ == "VERB")


def _cues_all_in_clauses(sentence_text: str, cue_offsets: Sequence[int], value_offset: int,
                         opens: Callable[[Token], bool]) -> bool:
    """Every cue stands under the nearest word above it that opens a clause of the kind (``opens``), and that
    clause does not hold the value."""
    doc = syntax.parse(sentence_text)
    value = syntax.token_in(sentence_text, value_offset)
    tokens = [t for t in (syntax.token_at(doc, offset) for offset in cue_offsets) if t is not None]

    def in_another_clause(token: Token) -> bool:
        while token.head != token:
            if opens(token):
                return value is None or value not in token.subtree
            token = token.head
        return False

    return bool(tokens) and all(in_another_clause(t) for t in tokens)


def infinitive_of_a_noun(sentence_text: str, predicate_offset: int) -> bool:
    """The predicate is an infinitive that completes a noun ("took the decision TO LAUNCH the raid late on Tuesday",
    "a plan to free them"): an act decided, planned or hoped for, not told as done."""
    predicate = syntax.token_in(sentence_text, predicate_offset)
    return predicate is not None and relation(predicate) == "acl" and predicate.head.pos_ == "NOUN" and \
        any(relation(c) == "mark" and c.lower_ == "to" for c in predicate.children)


def in_a_subordinate_clause_of_its_own(sentence_text: str, offset: int, cue_offsets: list[int]) -> bool:
    """The word at offset stands in a clause of reason or contrast with a subject of its own ("he had chosen it
    because LEO XIII addressed ...", "while the Church TODAY faces another"), and no cue stands in that clause: the
    clause tells something else. (An "after" or "when" clause may tell the claim's own act.)"""
    token = syntax.token_in(sentence_text, offset)
    clause = next((a for a in ([token, *token.ancestors] if token is not None else [])
                   if a.pos_ in ("VERB", "AUX") and any(relation(c) == "nsubj" for c in a.children)), None)
    if clause is None or relation(clause) != "advcl" or \
            not any(relation(c) == "mark" and c.lower_ in words("scope", "reasons") for c in clause.children):
        return False
    inside = [(t.idx, t.idx + len(t)) for t in clause.subtree]
    return bool(cue_offsets) and not any(start <= cue < end for cue in cue_offsets for start, end in inside)


def described_name(sentence_text: str, value_offset: int) -> tuple[int, int] | None:
    """The name a value's phrase stands in apposition to, as a span of the sentence ("Benedict XVI, the
    265th pope,": Benedict XVI); None when it describes none or there is no parse."""
    token = syntax.token_in(sentence_text, value_offset)
    while token is not None and relation(token) in ("amod", "nummod", "compound", "flat") and token.head != token:
        token = token.head
    if token is not None and relation(token) == "nmod" and token.head.pos_ == "NOUN" and \
            relation(token.head) in ("appos", "list"):
        token = token.head  # "Carlos Castillo, the archbishop of LIMA,": the archbishop's see
    # (a parser may call the apposition a list: "Carlos Castillo, the archbishop of Lima, who ...")
    if token is not None and token.dep_ == "nmod:poss" and token.head.pos_ == "NOUN":
        named = next((c for c in token.head.children if relation(c) == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "LIMA's archbishop, Cardinal Carlos Castillo,": Castillo's see
            return _name_span(named)
    if token is None or relation(token) not in ("appos", "list") or token.head.pos_ not in ("PROPN", "NUM"):
        return None
    return _name_span(token.head)


def in_clause_of(sentence_text: str, word_offset: int, value_offset: int) -> bool | None:
    """Whether the word speaks of the value's clause: False when the word lies in a clause of its own that
    does not hold the value — a relative clause on another noun ("took 96 seats, below the 101 a PROJECTION
    had given them"), a conjoined or loosely joined clause after the value; an adverbial clause speaks of the
    clause it modifies ("with 62% of the ballots COUNTED, the Greens led with 26.1%"). None without a
    parse."""
    found = _tokens_at(sentence_text, word_offset, value_offset)
    if found is None:
        return None
    word, value = found
    token = word
    while token.head != token:
        if relation(token) == "acl":
            return value in token.subtree
        if relation(token) == "parataxis" or relation(token) == "conj" and token.pos_ in ("VERB", "AUX"):
            # a joined clause speaks of its own words and of what follows it ("an exit poll showed, putting
            # the party on 29%"), not of a figure before it ("won 96 seats, and a projection gave them 104")
            return value in token.subtree or value.i > token.right_edge.i
        token = token.head
    return True


def tied_to_predicate(sentence_text: str, predicate_offset: int, date_offset: int,
                      word_offsets: list[int], about: frozenset[str] = frozenset()) -> bool | None:
    """Whether one of the words (an event's) is what the date's clause is about: the clause of which the word
    is the predicate, or the head of its subject, object or oblique ("FREED on Friday", "the QUAKE struck on
    Thursday", "the first stage of the EXCHANGE took place on Friday"), holds the date's predicate or is a
    clause of the same time on it ("rolled in on Saturday, as the two sides carried out the EXCHANGE"); or
    the date belongs to the word ("Friday's QUAKE", "the QUAKE that hit on Thursday"). Not a word inside
    another phrase ("the QUAKE's survivors", "aftershocks from the QUAKE", "parts damaged by the QUAKE", "with
    the QUAKE's toll at 2,719"), nor the object of another act ("appealed the VERDICT on Monday"; but "held
    the ELECTION on Sunday"), nor the time a date comes after ("three days after the QUAKE"), nor a verb of
    the event's kind acting on a thing none of the ``about`` words names ("the ceasefire that Kyiv AGREED to in
    March", of an agreement to exchange prisoners). None without a parse."""
    found = _tokens_at(sentence_text, predicate_offset, date_offset)
    if found is None:
        return None
    predicate, date = found
    doc = predicate.doc
    if _loosely_attached(date, predicate):
        return False  # "Swaps have continued: 205 for 205 on 6 May, 246 for 246 at Easter": a list of its own

    def same_time(clause: Token, other: Token) -> bool:  # "rolled in on Saturday, AS the two sides carried out"
        return clause.head == other and relation(clause) == "advcl" and \
            any(relation(c) == "mark" and c.lower_ in SAME_TIME_MARKS for c in clause.children)

    def cases(token: Token) -> set[str]:
        return {lemma(c) for c in token.children if relation(c) == "case"}

    for offset in word_offsets:
        word = syntax.token_at(doc, offset)
        if word is None or about and _acts_on_another_thing(word, about) or \
                word.pos_ == "VERB" and word.dep_.endswith("relcl") and word.head.pos_ == "PROPN":
            continue  # "Trump, who RETURNED to the White House on Jan. 20, welcomed the swap": of the person
        while relation(word) in ("compound", "flat", "amod", "conj") and word.head != word and \
                word.pos_ not in ("VERB", "AUX"):
            word = word.head  # "the prisoner EXCHANGE", "the quake and TSUNAMI"; "joined in 1977 and was ORDAINED
            #                   in 1982" is a clause of its own
        if date.head == word and relation(date) in ("nmod", "obl") or \
                predicate.head == word and relation(predicate) == "acl" and _describes(predicate, word):
            return True  # "Friday's QUAKE", "the QUAKE that hit on Thursday"
        if cases(word) & OTHER_TIME_CASES:
            continue  # "three days AFTER the QUAKE, the count stood on Sunday at 2,056", however it is parsed
        while relation(word) == "nmod" and "of" in cases(word) and word.head != word:
            word = word.head  # "the first stage OF the exchange" is the exchange's
        if (relation(word) == "obj" or word.dep_ == "nsubj:pass") and \
                lemma(word.head) not in words("predicate", "performing") and word.head.idx not in word_offsets:
            continue  # "appealed the VERDICT on Monday", "as investors welcomed the ELECTION outcome", "the
            #           SENTENCE was printed on placards on Monday": an act on it
        core = relation(word) in ("nsubj", "obj", "iobj", "xcomp") or \
            relation(word) == "obl" and bool(cases(word) & WITHIN_EVENT)  # "died IN the quake"; not "spoke FROM
        clause = word.head if core and not cases(word) & OTHER_TIME_CASES else word  # the loggia": a place
        if same_time(clause, predicate) or predicate in clause.subtree and \
                not _after_another_time(predicate, clause) and not _loosely_attached(predicate, clause) and \
                not _conjoined_with_a_subject(predicate, clause):
            return True  # the event's clause holds the date's
    return False


def _conjoined_with_a_subject(token: Token, clause: Token) -> bool:
    """On the way up from the date's predicate to the event's clause, a clause joined by "and" with a subject of
    its own: "returned in a DEAL brokered by the UAE, and on May 6 the two sides traded 205 each" dates the
    trade, not the deal."""
    while token != clause and token.head != token:
        if relation(token) == "conj" and token.pos_ in ("VERB", "AUX") and \
                any(relation(c) == "nsubj" for c in token.children):
            return True
        token = token.head
    return False


def _loosely_attached(token: Token, top: Token) -> bool:
    """On the way up from a date to its predicate, or from that to the event's clause, a phrase the parser
    hung loosely (a parataxis, a list, an unknown relation): what the date dates is that phrase, or the parser
    cannot say."""
    while token != top and token.head != token:
        if relation(token) in ("parataxis", "list", "dep"):
            return True
        token = token.head
    return False


def _after_another_time(token: Token, clause: Token) -> bool:
    """Between the date's predicate and the event's clause stands a clause of another time: "elected ... 24
    hours AFTER the electors were locked in on Wednesday", or a relative clause on a noun of the event's clause
    ("Prevost, WHO WAS ELECTED ON THURSDAY, was born in 1955")."""
    while token != clause and token.head != token:
        if any(relation(c) in ("mark", "case") and lemma(c) in OTHER_TIME_CASES for c in token.children) or \
                token.dep_.endswith("relcl"):
            return True
        token = token.head
    return False


def _describes(clause: Token, noun: Token) -> bool:
    """The clause is the noun's own relative clause: it has a relative pronoun, or it follows the noun's words
    with no comma between ("the quake rescuers feared"); not a main clause the parser hung on it ("after the
    quake that levelled the town, the count STOOD at 2,056")."""
    if any(lemma(c) in RELATIVE_PRONOUNS for c in clause.children):
        return True
    first = min(t.i for t in clause.subtree if not t.is_punct)
    return not any(t.is_punct for t in noun.doc[noun.i + 1:first])


def coordinated_subject(predicate: Token | None) -> Token | None:
    """The subject of the predicate, or of the clause it is coordinated with ("he is ... and has taken")."""
    token = predicate
    while token is not None:
        subject = next((c for c in token.children if relation(c) == "nsubj"), None)
        if subject is not None or relation(token) != "conj" or token.head == token:
            return subject
        token = token.head
    return None


def names_in_common_noun_subject(sentence_text: str,
                                 predicate_offset: int) -> tuple[tuple[int, int], list[str]] | None:
    """The span of the subject of the predicate at offset (climbing coordination) when it is headed by a common
    noun ("NATO foreign MINISTERS"), with the proper names in it; None for a name ("Umerov and Medinsky"), a
    pronoun or no subject."""
    subject = coordinated_subject(syntax.token_at(syntax.parse(sentence_text), predicate_offset))
    if subject is None or subject.pos_ != "NOUN":
        return None
    return _span(subject), [t.text for t in subject.subtree if t.pos_ == "PROPN"]


def subject_compound_names(sentence_text: str, predicate_offset: int) -> list[str]:
    """The names compounded into the common-noun subject of the predicate at offset ("Tarnland's VOSSBERG index
    is up 0.8%"): which one of its kind the subject is."""
    subject = coordinated_subject(syntax.token_at(syntax.parse(sentence_text), predicate_offset))
    if subject is None or subject.pos_ != "NOUN":
        return []
    return [c.text for c in subject.children if relation(c) == "compound" and c.pos_ == "PROPN" and c.i < subject.i]


def margin_over_another(sentence_text: str, offset: int) -> bool:
    """The figure at offset is the gap between two sides, or the first side's in a score: it stands in a "by"
    phrase of a verb whose subject and object are names or pronouns ("he trailed Ostranek BY four votes", "the
    Greens beat the Socialists by 12 seats", "the League led the SDA by 29% to 22%"), not the object's."""
    token = syntax.token_in(sentence_text, offset)
    while token is not None and relation(token) in ("nummod", "advmod", "compound") and token.head != token:
        token = token.head  # "four VOTES"
    if token is None or relation(token) != "obl" or token.head == token or \
            not any(relation(c) == "case" and c.lower_ == "by" for c in token.children):
        return False
    verb = token.head
    subject, obj = coordinated_subject(verb), next((c for c in verb.children if relation(c) == "obj"), None)
    return all(side is not None and side.pos_ in ("PROPN", "PRON") for side in (subject, obj))


def owns_another_figure(sentence_text: str, name_offset: int, figure_offset: int) -> bool:
    """The name at name_offset is the possessor of another figure than the one at figure_offset ("she won 31
    votes to KOSTRIN's 27")."""
    name, figure = syntax.token_in(sentence_text, name_offset), syntax.token_in(sentence_text, figure_offset)
    if name is None or figure is None:
        return False
    while relation(name) in ("flat", "compound") and name.head != name:
        name = name.head  # "Aurel KOSTRIN's"
    owned = name.head
    return name.dep_ == "nmod:poss" and figure not in owned.subtree and (
        owned.like_num or any(c.like_num for c in owned.children if relation(c) == "nummod"))


def cues_only_in_other_clauses(sentence_text: str, value_offset: int, predicate_offset: int,
                               cue_starts: list[int]) -> bool:
    """The figure's predicate has a subject of its own and is coordinated with another clause that holds all the
    measure's cues ("rescuers recovered five more BODIES, and four people on the list turned out to be safe"): its
    own clause says nothing of what the measure counts."""
    predicate = syntax.token_in(sentence_text, predicate_offset)
    if predicate is None or not cue_starts or not any(relation(c) == "nsubj" for c in predicate.children):
        return False
    others = [c for c in predicate.children if relation(c) == "conj" and c.pos_ in ("VERB", "AUX")]
    if relation(predicate) == "conj" and predicate.head != predicate and predicate.head.pos_ in ("VERB", "AUX"):
        others.append(predicate.head)
    own = {t.i for t in predicate.subtree} - {t.i for other in others if other in predicate.subtree
                                               for t in other.subtree}

    def clause_of(offset: int) -> int | None:
        token = syntax.token_in(sentence_text, offset)
        return token.i if token is not None else None

    if clause_of(value_offset) not in own:
        return False
    in_others = {t.i for other in others for t in other.subtree} - own
    return bool(others) and all(clause_of(cue) in in_others for cue in cue_starts)


def counted_where(sentence_text: str, value_offset: int) -> str | None:
    """An adverb after the counted noun that says where the counted are ("two people INSIDE are alive", "the
    passengers ABOARD"): a group of that place; None for a noun without one."""
    token = syntax.token_in(sentence_text, value_offset)
    noun = token.head if token is not None and relation(token) == "nummod" else None
    where = next((c for c in noun.children if relation(c) == "advmod" and c.pos_ == "ADV" and c.i > noun.i), None) \
        if noun is not None and noun.pos_ == "NOUN" else None
    return where.lower_ if where is not None else None


def in_a_claim_called_false(sentence_text: str, offset: int) -> bool:
    """The word at offset stands in a that-clause the sentence calls false ("the claim that the warning was at
    level 5 IS WRONG", "it is untrue that ..."): a claim quoted to be denied."""
    token = syntax.token_in(sentence_text, offset)
    clause = next((a for a in [token, *token.ancestors] if any(relation(c) == "mark" and c.lower_ == "that"
                                                                 for c in a.children)), None) if token else None
    if clause is None or clause.head == clause:
        return False
    judged = clause.head.head if relation(clause) == "acl" else clause.head  # "the claim THAT ... is wrong"
    return lemma(judged) in words("note", "false") and any(relation(c) == "cop" for c in judged.children)


def subject_of_a_class(sentence_text: str, predicate_offset: int) -> bool:
    """The predicate's subject is a typical member of a class ("the MEDIAN crewed programme of the past half-century
    ran 50 percent over budget"): its figure is the class's."""
    subject = coordinated_subject(syntax.token_in(sentence_text, predicate_offset))
    return subject is not None and any(relation(c) == "amod" and lemma(c) in words("scope", "typical")
                                       for c in subject.children)


def _participle_of_an_act(predicate: Token) -> bool:
    """A participle without a subject or a mark of its own that tells what its clause's act did ("Russia launched
    its largest attack overnight, KILLING 12"): it happens when that act does."""
    changes = words("count", "changes") | words("count", "settings")  # "..., RAISING the toll to 23": the toll's level
    return relation(predicate) == "advcl" and "VerbForm=Part" in str(predicate.morph) and \
        predicate.head != predicate and predicate.head.pos_ == "VERB" and \
        not {lemma(predicate), lemma(predicate.head)} & changes and \
        not any(relation(c) in ("nsubj", "mark") for c in predicate.children)


def participle_of_an_act(sentence_text: str, predicate_offset: int) -> bool:
    predicate = syntax.token_in(sentence_text, predicate_offset)
    return predicate is not None and _participle_of_an_act(predicate)


def relative_clause_antecedent(sentence_text: str, offset: int) -> str | None:
    """The lemma of the common noun whose relative clause holds the word at offset as its object ("the COMPANY,
    which employs about 82,000 people"); None elsewhere."""
    token = syntax.token_in(sentence_text, offset)
    while token is not None and relation(token) in ("nummod", "amod", "compound", "advmod") and token.head != token:
        token = token.head
    if token is None or relation(token) != "obj" or not token.head.dep_.endswith("relcl"):
        return None
    antecedent = token.head.head
    return lemma(antecedent) if antecedent.pos_ == "NOUN" else None


def relative_clause_owner(sentence_text: str, offset: int) -> tuple[int, int] | None:
    """The span of the name a relative or participial clause holding the word at offset describes ("Friedrich
    Merz, WHO WAS SWORN IN AFTER FAILING IN THE FIRST ROUND, ...", "Gioacchino Pecci, ELECTED IN 1878 ON THE
    THIRD BALLOT,"); None when the word is in no name's clause."""
    token = syntax.token_in(sentence_text, offset)
    while token is not None and token.head != token:
        if (token.dep_.endswith("relcl") or relation(token) == "acl" and token.pos_ == "VERB") and \
                token.head.pos_ == "PROPN":
            return _name_span(token.head)
        token = token.head
    return None


def subject_of_sentence(sentence_text: str) -> tuple[int, int] | None:
    """The span of the name that is the subject of a sentence's main verb ("GIOACCHINO PECCI, elected in 1878,
    was expected to be a caretaker"); None when its subject is no name."""
    parsed = syntax.parse(sentence_text)
    root = next((t for t in parsed if t.head == t), None)
    subject = next((c for c in root.children if relation(c) == "nsubj"), None) if root is not None else None
    if subject is None and len(parsed) > 1 and parsed[0].pos_ == "PROPN":
        subject = name_head(parsed[0])  # a name opening the sentence, however the parser hung its commas
    return _name_span(subject) if subject is not None and subject.pos_ == "PROPN" else None


def subject_span(sentence_text: str, predicate_offset: int) -> tuple[int, int] | None:
    """Where the predicate's subject (through coordinated verbs) is written, from its first word to its last."""
    subject = coordinated_subject(syntax.token_at(syntax.parse(sentence_text), predicate_offset))
    if subject is None:
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)


def subject_counted(sentence_text: str, predicate_offset: int) -> bool:
    """The predicate's subject is counted ("TWO inbound flights", "two earlier arrivals", "three came"): several
    things, none of them the one a claim is about."""
    subject = coordinated_subject(syntax.token_at(syntax.parse(sentence_text), predicate_offset))
    return subject is not None and (subject.pos_ == "NUM" or any(
        relation(c) == "nummod" and c.i < subject.i and not any(t.is_punct for t in c.doc[c.i:subject.i])
        and not (c.i > 0 and lemma(c.doc[c.i - 1]) in words("time", "months"))  # "on May 16, ...": a date
        for c in subject.children))


def acts_on_another_thing(sentence_text: str, offset: int, about: frozenset[str]) -> bool:
    """The verb at offset acts on a thing none of the ``about`` words names ("Farrell ANNOUNCED Francis's death",
    of the announcement of the election); false without a parse or for a word that is no verb."""
    word = syntax.token_at(syntax.parse(sentence_text), offset)
    return word is not None and _acts_on_another_thing(word, about)


def only_awaited(sentence_text: str, cue_offsets: list[int]) -> bool:
    """Every noun among the cue words is what something is done for ("began arriving on Wednesday FOR A TWO-DAY
    SUMMIT"): the date is that doing's, before the event."""
    parsed = syntax.parse(sentence_text)
    nouns = [t for t in (syntax.token_at(parsed, at) for at in cue_offsets) if t is not None and t.pos_ == "NOUN"]
    return bool(nouns) and all(any(relation(c) == "case" and c.lower_ == "for" for c in noun.children)
                               for noun in nouns)


def in_a_participle_of_its_own(sentence_text: str, offset: int, verb_offsets: list[int]) -> bool:
    """The name at offset is an oblique of a participle set off by a comma that describes a noun and is none of
    the cue verbs ("The first three, ARRESTED IN FERENTZ, were handed over", of where they were handed over):
    that act's place."""
    parsed = syntax.parse(sentence_text)
    word = syntax.token_at(parsed, offset)
    if word is None:
        return False
    word = name_head(word.head if relation(word) == "case" else word)  # "in Ferentz": the name
    cues = {token.i for token in (syntax.token_at(parsed, at) for at in verb_offsets) if token is not None}
    verb = word.head
    return relation(word) == "obl" and verb.pos_ == "VERB" and verb.i not in cues and relation(verb) == "acl" \
        and "Part" in verb.morph.get("VerbForm", []) and verb.i > 0 and verb.nbor(-1).text == ","  # set off


def acted_on(sentence_text: str, offset: int, verb_offsets: list[int]) -> bool:
    """The name at offset is what one of the verbs at ``verb_offsets`` (or a verb coordinated with one) acts on,
    its object or its passive subject ("the papers announced PAROLIN as the successor", "she appoints a
    caretaker and dissolves the ASSEMBLY"), not its doer; false without a parse."""
    parsed = syntax.parse(sentence_text)
    word = syntax.token_at(parsed, offset)
    if word is None:
        return False
    word = name_head(word)
    cue_verbs = [token for token in (syntax.token_at(parsed, at) for at in verb_offsets) if token is not None]
    verbs = {token.i for verb in cue_verbs for token in (verb, *(c for c in verb.children if relation(c) == "conj"))}
    return word.head.i in verbs and word.head.pos_ == "VERB" and (
        relation(word) == "obj" or word.dep_.lower() == "nsubj:pass")


def _acts_on_another_thing(verb: Token, about: frozenset[str]) -> bool:
    """The verb's object ("agreed a CEASEFIRE"), its "to"/"on" complement, or for a relative clause the noun it
    describes ("the CEASEFIRE that Kyiv agreed to") is a noun none of whose words is one of ``about``."""
    if verb.pos_ != "VERB":
        return False
    acting = [verb, *(c for c in verb.children if relation(c) == "xcomp" and c.pos_ == "VERB")]  # "agreed to PUSH
    #                                                                     back a tariff": what that verb acts on
    things = [c for v in acting for c in v.children if relation(c) == "obj" and lemma(c) not in RELATIVE_PRONOUNS] or \
        [c for c in verb.children if relation(c) == "obl" and {lemma(m) for m in c.children if relation(m) == "case"}
         & {"to", "on"}]  # "sentenced Novak to 12 years": the object is what is acted on
    clause = verb
    while relation(clause) == "conj" and clause.head != clause:
        clause = clause.head
    relative: set[Token] = set()
    subjects = [c for c in clause.children if relation(c) == "nsubj"]
    if relation(clause) == "acl" and clause.dep_.endswith("relcl") and \
            (not things or subjects and not any(lemma(c) in RELATIVE_PRONOUNS for c in subjects)):
        # "the ceasefire that Kyiv agreed to in March": a relative clause with a subject of its own acts on the
        # noun it describes
        things, relative = [clause.head], set(clause.subtree)  # the noun's words, not its relative clause's
    nouns = [thing for thing in things if thing.pos_ == "NOUN"]
    return bool(nouns) and len(nouns) == len(things) and not any(
        lemma(t) in about or t.lower_ in about for noun in nouns for t in noun.subtree if t not in relative)


def _dated_back(predicate: Token, phrase: Token) -> tuple[float, str] | None:
    """The span, as an amount and a unit, by which the predicate is dated back from the story's time: "won
    14.9% four years AGO" (4, "year"), "two days EARLIER it had 12", or a "when" clause that refers back to
    such a time ("the last election four years ago, when it won 14.9%"); None for none."""
    def unit_back(token: Token) -> Token | None:  # "four YEARS ago"; not "earlier on May 23": a day, not a span
        return next((c for c in token.children if lemma(c) in DAYS_IN), None) if token.lower_ in BACKWARD else None

    def span(unit: Token) -> tuple[float, str] | None:
        count = next((c for c in unit.children if relation(c) == "nummod"), None)
        written = count.text.replace(",", "") if count is not None else "1"
        amount = float(written) if written.replace(".", "", 1).isdigit() else lang.words_to_number(written)
        return (amount, lemma(unit)) if amount is not None else None

    def another_value_before(unit: Token) -> bool:  # "22.8%, up from 14.9% four years ago": the 14.9%'s
        low, high = sorted((phrase.i, unit.i))
        own = {c.i for c in (*unit.children, *phrase.children)}  # "four" years; the value's own number
        return any(t.like_num and t.i not in own for t in phrase.doc[low + 1:high])

    for child in predicate.children:
        if relation(child) in ("advmod", "obl") and (unit := unit_back(child)) is not None and \
                (found := span(unit)) and not another_value_before(unit):
            return found
    referred = _when_clause_time(predicate, back=True)
    unit = unit_back(referred) if referred is not None else None
    return span(unit) if unit is not None else None


def _required(phrase: Token) -> bool:
    """"The 151 seats REQUIRED for a majority": a condition the phrase names, not a result."""
    return any(relation(c) == "acl" and lemma(c) in words("predicate", "requirements") for c in phrase.children)


def _required_by(predicate: Token) -> bool:
    """"A party needs 151 seats", "151 seats are needed": a condition; "the conclave needed four ballots" is a
    result."""
    return lemma(predicate) in words("predicate", "requirements") and (
        "Past" not in predicate.morph.get("Tense", []) or "Pass" in predicate.morph.get("Voice", []))


def _planned_copula(phrase: Token) -> bool:
    """The value heads its own clause with a modal copula: "whether he WILL BE Francis II"."""
    return any(relation(c) == "cop" for c in phrase.children) and \
        _has_word([c for c in phrase.children if relation(c) == "aux"], words("predicate", "modal_auxiliaries"))


def _planned(predicate: Token) -> bool:
    if _required_by(predicate):
        return True
    if lemma(predicate) in PLANNING and "Part" in predicate.morph.get("VerbForm", []) \
            and not any(relation(c) == "aux" for c in predicate.children):
        return True  # "two further strikes, PLANNED for Tuesday, March 4": a plan
    if relation(predicate) == "advcl" and predicate.head.pos_ == "VERB" and \
            "Inf" in predicate.morph.get("VerbForm", []) and \
            any(relation(c) == "mark" and c.lower_ == "to" for c in predicate.children):
        return True  # "declared three days of mourning, TO BEGIN on Thursday": a purpose, yet to come
    auxiliaries = [c for c in predicate.children if relation(c) == "aux"]
    if _has_word(auxiliaries, words("predicate", "modal_auxiliaries")):
        return True
    governors = words("predicate", "modal_governors")
    if lemma(predicate) in governors and any(relation(c) == "cop" for c in predicate.children) or \
            lemma(predicate) in words("predicate", "hedges") and any(relation(c) == "xcomp" for c in predicate.children) or \
            any(relation(c) == "advmod" and lemma(c) in governors for c in predicate.children):
        return True  # "on Sunday he IS DUE to deliver", however the parser hangs "due"; "ARDEN seemed to have won it"
    if any(c.text.lower() == "going" for c in auxiliaries):
        return True
    token = predicate
    for _ in range(3):  # "agreed to swap", "is expected to free", "plans to release"
        if relation(token) not in ("xcomp", "ccomp", "advcl", "csubj") or token.head == token:
            return False
        token = token.head
        if lemma(token) in words("predicate", "modal_governors"):
            return True
        if _has_word([c for c in token.children if relation(c) == "aux"], words("predicate", "modal_auxiliaries")):
            return True
    return False


def _speaker(predicate: Token) -> str:
    """Who says the clause: the subject of a speech verb governing it (or beside it, for a quotation
    followed by "the mayor said"), or the object of "according to"."""
    token = predicate
    for _ in range(6):
        for child in token.children:
            if relation(child) in ("obl", "advcl", "nmod") and any(
                    c.text.lower() in words("predicate", "according") for c in [child, *child.children]):
                source = child if child.pos_ in ("NOUN", "PROPN", "PRON") else \
                    next((c for c in child.children if relation(c) in ("obl", "nmod")), None)
                if source is not None:
                    return lemma(source)
            if relation(child) == "parataxis" and lemma(child) in words("predicate", "speech"):
                return _lemma_of(_subject(child))  # "'We have 40 dead,' the mayor said."
        if lemma(token) in words("predicate", "speech") and token != predicate:
            return _lemma_of(_subject(token))
        if token.head == token or relation(token) not in ("ccomp", "parataxis", "xcomp", "conj", "advcl"):
            if token.head != token and relation(token) in ("ccomp", "parataxis") and \
                    lemma(token.head) in words("predicate", "speech"):
                return _lemma_of(_subject(token.head))
            if token.head == token or relation(token) != "ccomp":
                break
        token = token.head
    return ""


@dataclass(frozen=True)
class NamedSlot:
    """A proper name and the words that put it in its clause: in "mediated BY Qatar", the governor is
    "mediated" and the marker "by"; a conjunct ("by Turkey and Qatar") takes its first conjunct's."""
    start: int  # the name's words in the sentence
    end: int
    text: str
    governor: str  # the word the name's phrase hangs on, as written
    marker: str  # its preposition, lowercase; "" for none
    frame: Frame
    governor_pos: str = ""  # the governor's part of speech ("VERB", "NOUN"...)
    relation: str = ""  # the name phrase's relation to its governor ("obl", "obj", "nmod"...)


def named_slots(sentence_text: str) -> tuple[NamedSlot, ...]:
    """Every proper-name phrase of the sentence with the word and preposition it hangs on (empty when there
    is no pipeline)."""
    try:
        doc = syntax.parse(sentence_text)
    except syntax.ParserUnavailable:
        return ()
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or relation(token) in ("compound", "flat") and token.head.pos_ == "PROPN":
            continue
        words_of_name = name_words(token)
        first, last = min(t.i for t in words_of_name), max(t.i for t in words_of_name)
        if last - first + 1 != len(words_of_name):
            continue  # a name broken by other words: the tree and the text disagree
        anchor = token
        while relation(anchor) == "conj" and anchor.head != anchor:
            anchor = anchor.head
        marker = next((lemma(c) for c in anchor.children if relation(c) == "case"), "")
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        governed = anchor.head != anchor
        found.append(NamedSlot(start, end, sentence_text[start:end], anchor.head.text if governed else "",
                               marker, build(token), anchor.head.pos_ if governed else "", relation(anchor)))
    return tuple(found)


def name_head(token: Token) -> Token:
    """The head of the name a word is part of ("Paul" of "John PAUL II": John), climbing its compound and flat
    words."""
    while relation(token) in ("flat", "compound") and token.head != token:
        token = token.head
    return token


def name_words(token: Token) -> list[Token]:
    """The name's head and the capitalised words chained to it ("United Arab Emirates", "New York Times")."""
    found = [token]
    for child in token.children:
        if child.text[:1].isupper() and relation(child) in ("compound", "flat", "amod"):
            found += name_words(child)
    return found


def describe(frame: Frame) -> dict[str, Any]:
    """The frame as plain values, in the order of the construction bank's fields (tests/grammar)."""
    return {"value": frame.value, "counts": frame.counts, "categories": list(frame.categories),
            "partitive": frame.partitive, "increment": frame.increment, "total": frame.total,
            "predicate": frame.predicate, "subject": frame.subject, "time": list(frame.time),
            "place": list(frame.place), "negated": frame.negated, "modal": frame.modal, "speaker": frame.speaker}
