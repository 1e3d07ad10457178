"""Language helpers shared by the analyses: sentences, cue phrases, numbers in digits and words."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache


from . import wordlist
from .phrases import PhraseIndex

# ---------------------------------------------------------------------------------------
# Sentences

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "prof",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "jr", "sr", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "approx", "est",
}
# abbreviations that end a sentence when a capitalised word follows ("after 9 p.m. Two more ballots"), except a
# time zone in capitals ("9 p.m. ET")
CLOSING_ABBREVIATIONS = {"a.m", "p.m", "etc"}
NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?(\w+)")
LAST_WORD = re.compile(r"((?:[^\W\d_]|\.)+)$")
SENTENCE_END = re.compile(r"""[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?(?P<next>\w))|[.!?]+["”’')\]]*\s*$""")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; newlines that end a line of a headline also split."""
    spans = []
    cursor = start
    for match in SENTENCE_END.finditer(text, start, end):
        following = match.group("next")
        if following is not None and not (following.isupper() or following.isdigit()):
            continue  # a sentence starts with a capital or a figure
        stop = match.end()
        # The word before the stop: only its last few letters matter (abbreviations are short), and
        # searching the whole sentence for a run anchored at its end would cost its length every time.
        word = LAST_WORD.search(text, max(cursor, match.start() - 12), match.start())
        if match.group().startswith(".") and word:
            token = word.group(1).lower().rstrip(".")
            if (token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())) and not (
                    token in CLOSING_ABBREVIATIONS and _opens_a_sentence(text, match.end())):
                continue
        spans.append((cursor, stop))
        cursor = stop
    if cursor < end and text[cursor:end].strip():
        spans.append((cursor, end))
    result = []
    for span_start, span_end in spans:
        for s, e in _bounded(text, span_start, span_end):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                result.append((s, e))
    return result


def _opens_a_sentence(text: str, position: int) -> bool:
    """The next word is capitalised and not all capitals (a time zone, an acronym)."""
    following = NEXT_WORD.match(text, position)
    return following is not None and following.group(1)[0].isupper() and not following.group(1).isupper()


MAX_SENTENCE = 800  # no real sentence is longer; cutting longer runs keeps every check linear


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run of text with no sentence end into pieces of at most MAX_SENTENCE, at a comma or space."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(", ", start, start + MAX_SENTENCE), text.rfind(" ", start, start + MAX_SENTENCE))
        cut = cut + 1 if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\s--\s|,\s+(?:but|while|whereas|although)\b")


@lru_cache(maxsize=256)
def _clause_breaks(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text, start, end))


def clause_bounds(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """The clause of text[start:end] that holds position (split at ; : dashes and contrast)."""
    breaks = _clause_breaks(text, start, end)
    index = bisect.bisect_right(breaks, (position, position))
    left = max((b_end for b_start, b_end in breaks[:index] if b_end <= position), default=start)
    right = next((b_start for b_start, _ in breaks[index:] if b_start >= position), end)
    return left, right


COMMON_WORD_FREQUENCY = 1000  # in pyspellchecker's English list: "room" ~400,000, "kiev" ~80, "lvov" ~50


def is_common_word(word: str) -> bool:
    """A frequent English word ("room", "tears"), not a rare one that is also a place's old spelling ("kiev")."""
    return wordlist.frequency(word) >= COMMON_WORD_FREQUENCY


def is_ordinary_word(word: str) -> bool:
    """Is this an English dictionary word (so not a misspelt or unknown name)?"""
    return wordlist.frequency(word) > 0


# ---------------------------------------------------------------------------------------
# Cue phrases

@lru_cache(maxsize=4096)
def any_of(phrases: tuple[str, ...]) -> PhraseIndex:
    """A matcher for any of the cue phrases (whole words, inflected endings, any spacing)."""
    return PhraseIndex(phrases)


@lru_cache(maxsize=16384)
def phrase_starts(phrases: tuple[str, ...], text: str) -> tuple[int, ...]:
    """Where the cue phrases occur in a text, remembered by its words: an editor's re-check after an edit
    finds most sentences unchanged."""
    return tuple(match.start() for match in any_of(phrases).finditer(text))


def exact_phrase(phrases: tuple[str, ...]) -> PhraseIndex:
    """A matcher for names: whole words, exact case, no endings (a possessive is a word of its own)."""
    return PhraseIndex(phrases, inflect=False)


# Nouns in -s that take a singular verb ("the news was"), and a subject's head ends before these
SINGULAR_IN_S = frozenset({"news", "series", "species", "means", "politics", "whereabouts", "headquarters"})
SUBJECT_HEAD_END = re.compile(r"\s+(?:of|in|on|at|between|among|with|for|to|from|by|over|under|after|before|near|"
                              r"during|that|which|who|whose)\b|\s*[,;:(\[—–]|\s+\d")


def plural(subject: str) -> bool:
    """Whether a subject takes a plural verb, by its head noun: "the direct talks of 16 May" and "Russia and
    Ukraine" do; "the prisoner exchange", "the news", "the United States" (a name) do not."""
    end = SUBJECT_HEAD_END.search(subject)
    phrase = subject[:end.start()] if end else subject
    if re.search(r"\band\b", phrase):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", phrase)
    if not words:
        return False
    head = words[-1]
    if head[0].isupper():
        return False  # a name: "the United States", "the Philippines"
    head = head.lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")) and head not in SINGULAR_IN_S


OFFICES = ("President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Foreign Minister",
           "Defence Minister", "Defense Minister", "Secretary of State", "King", "Queen", "Leader",
           "Head of State", "Governor", "Mayor", "Senator", "Speaker")


# ---------------------------------------------------------------------------------------
# Numbers

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "a sixth": 100 / 6, "one sixth": 100 / 6,
    "a tenth": 10.0, "one tenth": 10.0,
}
UNITS = {
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "mile": "mile", "miles": "mile",
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "km": "km",
    "percent": "percent", "per cent": "percent", "%": "percent", "minute": "minute", "minutes": "minute",
}
APPROX = {
    "about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
    "an estimated": "about", "estimated at": "about", "estimated": "about", "close to": "about", "nearly": "nearly", "almost": "nearly",
    "just under": "nearly", "more than": "more", "over": "more", "upwards of": "more", "just over": "more",
    "at least": "least", "as many as": "most", "up to": "most", "fewer than": "less", "less than": "less",
    "under": "less", "longer than": "more", "shorter than": "less", "higher than": "more", "lower than": "less",
    "greater than": "more", "larger than": "more", "bigger than": "more", "smaller than": "less",
    "beyond": "more", "above": "more", "below": "less",
}

_WORD = "|".join(sorted([*SMALL, *SCALES, "dozen"], key=len, reverse=True))
# "and" joins the parts of one number only after a scale ("three hundred and eighty"); "six and four" are two
_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORDS = (rf"(?:half[\s-]+(?=an?[\s-]+(?:hundred|thousand|million|billion|dozen)\b))?"  # "HALF a million"
                 rf"(?:(?:a|an)[\s-]+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{_WORD})"
                 rf"(?:[\s-]+point(?:[\s-]+(?:{_DIGIT_WORD}))+(?=[\s-]+(?:million|billion|thousand)\b))?"
                 rf"(?:[\s-]+and[\s-]+a[\s-]+half(?![\s-]+of\b))?"  # "two AND A HALF million", "... years"
                 rf"(?:(?:{_AFTER_SCALE}[\s-]+and[\s-]+|[\s-]+)(?:{_WORD}))*")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FRACTION = "|".join(sorted((k.replace(" ", r"[\s-]+") for k in FRACTIONS), key=len, reverse=True))
_UNIT = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in UNITS), key=len, reverse=True))
_APPROX = "|".join(sorted((k.replace(" ", r"\s+") for k in APPROX), key=len, reverse=True))

NUMBER = re.compile(  # tried only where a word starts: a number inside a word is never one
    rf"""(?<!\w)(?=\w)(?:(?P<approx>{_APPROX})\s+)?
    (?:
        (?P<fraction>{_FRACTION})(?=\s+of\b)
      | (?P<digits>{_DIGITS})(?:\s+(?P<scale>million|billion|thousand))?
      | (?P<words>{_NUMBER_WORDS})
    )
    (?:(?P<unitsep>\s*-\s*|\s+|(?=%))(?P<unit>{_UNIT})(?![^\W\d_]))?
    """,
    re.I | re.X,
)
PARTICLE_VERB = re.compile(r"(?i)\b(?:hand|turn|pass|sign|take|took|taken|give|gave|given|win|won|fought|"
                              r"argue|hold|held|take|handed|turned|passed|signed)\w*\s+$")
# occasions a thing is done over, like spans of time: "agreed OVER seven rounds of talks"
SITTINGS = re.compile(r"\s+(?:rounds?|sessions?|sittings?|meetings?|hearings?)\b", re.I)
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
# (forms of "take" never reach it: "took over" is a particle verb, above)
# a bound before a hedge: "depths beyond roughly 600 metres" is more than about 600
BOUND_BEFORE = re.compile(r"(?i)\b(?:beyond|above|below|over|under|more\s+than|less\s+than|fewer\s+than)\s+$")
# "every seven ballots", "every four years": how often, not how many
EVERY_BEFORE = re.compile(r"(?i)\bevery\s+$")
_SPOKEN_DIGIT = "zero|one|two|three|four|five|six|seven|eight|nine|oh"
SPOKEN_POINT_BEFORE = re.compile(rf"(?i)\b(?:{_SPOKEN_DIGIT}|ten|eleven|twelve|\w+teen|\w+ty)(?:[\s-]+\w+)?\s+point\s+$")
SPOKEN_POINT_AFTER = re.compile(rf"(?i)\s+point\s+(?:{_SPOKEN_DIGIT})\b")
LASTING = re.compile(r"(?i)\b(?:for|last(?:s|ed|ing)?|spent|spend|spends)\s+$")
BOUNDARY_BEFORE = re.compile(r"[\w$€£.,/:-]$")
VAGUE_MULTIPLIER = re.compile(r"(?i)\b(?:several|few|many|some|countless|multiple)\s+$")  # "several thousand"
SPACE_OR_HYPHEN = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value_start: int
    value_end: int
    value: float
    approx: str | None
    unit: str | None
    in_words: bool
    text: str


def words_to_number(words: str) -> float | None:
    tokens = [t for t in SPACE_OR_HYPHEN.split(words.lower()) if t and t != "and"]
    if "point" in tokens:  # "four point two million", as said on air: 4.2 million
        point = tokens.index("point")
        whole = words_to_number(" ".join(tokens[:point]))
        digits = [SMALL.get(t) for t in tokens[point + 1:] if t not in SCALES]
        scale = next((SCALES[t] for t in tokens[point + 1:] if t in SCALES), 1)
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return (whole + float("0." + "".join(str(d) for d in digits))) * scale
    total, current, seen = 0.0, 0.0, False
    halved = tokens[:1] == ["half"]  # "half a million"
    tokens = tokens[1:] if halved else tokens
    for index, token in enumerate(tokens):
        if token in ("a", "an") and tokens[index + 1:index + 2] == ["half"]:
            continue  # "two and A half"
        if token == "half":
            if not seen:
                return None
            current += 0.5
        elif token in ("a", "an"):
            current = 1
        elif token in SMALL:
            current += SMALL[token]
            seen = True
        elif token == "dozen":
            current = (current or 1) * 12
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
            seen = True
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) * (0.5 if halved else 1) if seen else None


def find_numbers(text: str, start: int, end: int) -> list[Number]:
    """Numbers in digits, words or fractions inside text[start:end]."""
    found = []
    for match in NUMBER.finditer(text, start, end):
        value_start = match.start("fraction") if match.group("fraction") else \
            match.start("digits") if match.group("digits") else match.start("words")
        if BOUNDARY_BEFORE.match(text, max(0, value_start - 1), value_start) and match.group("approx") is None:
            continue
        if text[match.end() - 1:match.end()].isalnum() and text[match.end():match.end() + 1].isalnum():
            continue
        unit = UNITS.get(" ".join(match.group("unit").lower().split())) if match.group("unit") else None
        if match.group("fraction"):
            value = FRACTIONS[SPACE_OR_HYPHEN.sub(" ", match.group("fraction").lower())]
            unit, in_words = "percent", True
        elif match.group("digits"):
            if text[match.end("digits"):match.end("digits") + 1].isalnum() and not match.group("unit"):
                continue
            value = float(match.group("digits").replace(",", ""))
            if match.group("scale"):
                value *= SCALES[match.group("scale").lower()]
            in_words = False
        else:
            parsed = words_to_number(match.group("words"))
            if parsed is None or match.group("words").lower() in {*SCALES, "dozen"} and \
                    VAGUE_MULTIPLIER.search(text, max(0, value_start - 12), value_start):
                continue
            value, in_words = parsed, True
        value_end = match.end("scale") if match.group("scale") else match.end("fraction") if match.group("fraction") \
            else match.end("digits") if match.group("digits") else match.end("words")
        if EVERY_BEFORE.search(text, max(0, match.start() - 7), match.start()) or \
                SPOKEN_POINT_BEFORE.search(text, max(0, match.start() - 30), match.start()) or \
                SPOKEN_POINT_AFTER.match(text, match.end()):
            continue  # "fourteen point six per cent", as said aloud: no whole number of its own
        approx = APPROX[" ".join(match.group("approx").lower().split())] if match.group("approx") else None
        bound = BOUND_BEFORE.search(text, max(0, match.start() - 14), match.start()) if approx == "about" else None
        if bound is not None:
            approx = APPROX[" ".join(bound.group().lower().split())]
        if approx and match.group("approx").lower() == "over" and PARTICLE_VERB.search(text, max(0, match.start() - 30), match.start()):
            approx = None  # "handed over 270 soldiers": a verb particle, not "more than"
        elif approx == "more" and match.group("approx").lower() == "over" and unit in TIME_UNITS and \
                not LASTING.search(text, max(0, match.start() - 30), match.start()):
            approx = "about"  # "spread over three days": during them, unless it "lasted (for) over three days"
        elif approx == "more" and match.group("approx").lower() == "over" and SITTINGS.match(text, value_end):
            approx = "about"  # "mediated over seven rounds of talks": across them, not more than seven
        found.append(Number(match.start(), match.end(), value_start, value_end, value, approx, unit, in_words,
                            match.group()))
    return found


def format_like(original: str, value: float) -> str:
    """Render value in the style of the original digits (thousands separator kept)."""
    integer = int(value) if float(value).is_integer() else value
    if isinstance(integer, int) and "," in original:
        return f"{integer:,}"
    return str(integer)


def number_text(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"
