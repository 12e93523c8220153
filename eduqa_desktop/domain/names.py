"""People's names: apostrophes, Uzbek Cyrillic → Latin, search keys, matching.

What is stored and shown keeps what the user typed; everything here is for
*comparing* names. A name written ``Шарипова Гулнора``, ``SHARIPOVA  gulnora``,
``Gulnora Sharipova`` or ``Sharipova G.`` must be recognised as the same
person, and a name that fits several people (or none) is reported as such —
never guessed (:func:`match_person`).

Decided limits of :func:`search_key`:

* apostrophes are dropped, so ``Oʻrolov``, ``O'rolov`` and ``Orolov`` meet, as
  do ``Gʻaniyev`` and ``Ganiyev``;
* the Russian rendering of ``ў`` as ``у`` (``Уролов`` / ``Urolov``) does *not*
  meet ``Oʻrolov``: folding ``o`` into ``u`` would merge too many real names;
* ``x``/``kh`` fold into ``h``, ``q`` into ``k``, ``ts`` into ``s``, ``zh``/``dj``
  into ``j``, ``ye`` into ``e`` at the start of a word and after a vowel, ``iy``
  before a vowel into ``i``, and a final ``iy``/``ii`` into ``i`` — so
  ``Ғаниев``, ``Ганиев``, ``G'aniyev`` and ``Ganiev`` all give ``ganiev``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

__all__ = [
    "APOSTROPHE",
    "APOSTROPHES",
    "MatchStrength",
    "NameMatch",
    "cyrillic_to_latin",
    "match_person",
    "name_key",
    "normalize_apostrophes",
    "search_key",
]

APOSTROPHES = "'`\u00b4\u02b9\u02bb\u02bc\u2018\u2019\u201b"
"""Characters files use for the oʻ/gʻ mark and the tutuq belgisi:
' (U+0027), ` (U+0060), ´ (U+00B4), ʹ (U+02B9), ʻ (U+02BB), ʼ (U+02BC),
‘ (U+2018), ’ (U+2019), ‛ (U+201B)."""

APOSTROPHE = "\u02bb"
"""The one character :func:`normalize_apostrophes` writes: ʻ (U+02BB), the
official mark of oʻ and gʻ."""

_OKINA = "\u02bb"  # oʻ, gʻ
_TUTUQ = "\u02bc"  # tutuq belgisi (the Cyrillic ъ)

_APOSTROPHE_TABLE = str.maketrans({ch: APOSTROPHE for ch in APOSTROPHES})
_DROP_APOSTROPHES = str.maketrans({ch: None for ch in APOSTROPHES})


def normalize_apostrophes(text: str) -> str:
    """Replace every apostrophe variant in :data:`APOSTROPHES` with ``ʻ`` (U+02BB)."""
    return text.translate(_APOSTROPHE_TABLE)


# --- Uzbek Cyrillic → Latin ------------------------------------------------------

# Letters that transliterate the same in every position (lower case).
_CYRILLIC_SIMPLE: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x",
    "ч": "ch", "ш": "sh", "э": "e", "ё": "yo", "ю": "yu", "я": "ya", "ь": "",
    "ў": "o" + _OKINA, "қ": "q", "ғ": "g" + _OKINA, "ҳ": "h",
    # Russian letters Uzbek lacks.
    "щ": "sh", "ы": "i",
    # Letters of neighbouring alphabets (Karakalpak, Kazakh, Ukrainian, Tajik).
    "і": "i", "ї": "yi", "є": "ye", "ә": "a", "ө": "o", "ү": "u", "ұ": "u",
    "ң": "ng", "һ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
}  # fmt: skip

_CYRILLIC_VOWELS = frozenset("аеёиоуэюяўыіїєәөүұӣӯ")
_IOTATED = frozenset("еёюя")


def _is_cyrillic_letter(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" and ch.isalpha()


def _latin_for(lower: str, prev: str, nxt: str) -> str:
    """Latin for one lower-case Cyrillic letter, given its lower-case neighbours."""
    if lower == "е":
        at_start = not prev.isalpha()
        return "ye" if at_start or prev in _CYRILLIC_VOWELS or prev in "ъь" else "e"
    if lower == "ц":
        return "ts" if prev in _CYRILLIC_VOWELS else "s"
    if lower == "ъ":
        # подъезд → podyezd: the y of the next vowel already marks the break.
        return "" if nxt in _IOTATED else _TUTUQ
    return _CYRILLIC_SIMPLE.get(lower, lower)


def cyrillic_to_latin(text: str) -> str:
    """Transliterate Uzbek Cyrillic to Uzbek Latin (official rules).

    ``ғ → gʻ``, ``ў → oʻ`` (with U+02BB), ``қ → q``, ``ҳ → h``, ``х → x``,
    ``ш → sh``, ``ч → ch``, ``ё → yo``, ``ю → yu``, ``я → ya``, ``ж → j``;
    ``е → ye`` at the start of a word, after a vowel and after ъ/ь, else ``e``;
    ``ц → ts`` after a vowel, else ``s``; ``ъ → ʼ`` (U+02BC), or nothing before
    е/ё/ю/я; ``ь`` → nothing. Russian ``щ → sh``, ``ы → i``. Upper case follows
    the word: ``Шарипова → Sharipova``, ``ШАРИПОВА → SHARIPOVA``. Other
    characters pass through unchanged.
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    length = len(text)
    for i, ch in enumerate(text):
        if not _is_cyrillic_letter(ch):
            out.append(ch)
            continue
        lower = ch.lower()
        prev = text[i - 1].lower() if i > 0 else ""
        nxt = text[i + 1] if i + 1 < length else ""
        latin = _latin_for(lower, prev, nxt.lower())
        if ch == lower or not latin:
            out.append(latin)
            continue
        prev_raw = text[i - 1] if i > 0 else ""
        all_caps = (nxt.isalpha() and nxt.isupper()) or (
            not nxt.isalpha() and prev_raw.isalpha() and prev_raw.isupper()
        )
        out.append(latin.upper() if all_caps else latin[0].upper() + latin[1:])
    return "".join(out)


# --- search keys ------------------------------------------------------------------

_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"shch", "sh"),  # Щербаков (Russian-style Latin)
        (r"dzh|dj|zh", "j"),  # Djuraev / Dzhuraev / Juraev
        (r"kh", "h"),  # Khamidov / Xamidov / Hamidov
        (r"ts", "s"),  # Tsoy / Soy
        (r"\bye", "e"),  # Yelena / Elena, Yergash / Ergash
        (r"(?<=[aeiou])ye", "e"),  # Ganiyev / Ganiev, Jurayev / Juraev
        (r"iy(?=[aeiou])", "i"),  # Mariya / Maria
        (r"i[iy]\b", "i"),  # Evgeniy / Evgenii / Evgeni
    )
)


def _strip_marks(text: str) -> str:
    """Drop combining accents (é → e) after transliteration."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _plain_key(text: str) -> str:
    """Transliterated, case-folded, without apostrophes or accents; not folded."""
    key = cyrillic_to_latin(text).translate(_DROP_APOSTROPHES).casefold()
    return _strip_marks(key)


def _fold(key: str) -> str:
    key = key.replace("x", "h").replace("q", "k")
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return key


def search_key(text: str) -> str:
    """A key for substring search: ``search_key(query) in search_key(name)``.

    Case-folded, Cyrillic transliterated, apostrophes removed, Russian-style
    spellings folded to meet Uzbek Latin (see the module docstring),
    whitespace collapsed. ``"Gulnora"`` is found in ``"Гулнора"`` and in
    ``"Gulnoraʼ"``; ``"sharipova"`` in ``"Шарипова Гулнора"``.
    """
    return " ".join(_fold(_plain_key(text)).split())


# --- whole names ------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[^\s.,;]+\.?")


@dataclass(frozen=True, slots=True)
class _Token:
    key: str  # search key of the word
    plain: str  # the same before spelling folds (so "D." still fits "Djamshid")
    initial: bool


@lru_cache(maxsize=4096)
def _tokens(full_name: str) -> tuple[_Token, ...]:
    """Words of a name; ``G.``, ``Sh.`` and a lone letter are initials."""
    tokens: list[_Token] = []
    for match in _TOKEN_RE.finditer(full_name):
        word = match.group()
        has_dot = word.endswith(".")
        core = word.rstrip(".")
        plain = _plain_key(core)
        key = _fold(plain)
        if not key:
            continue
        letters = sum(1 for ch in core if ch.isalpha() and ch not in APOSTROPHES)
        initial = letters == 1 or (has_dot and letters <= 2)
        tokens.append(_Token(key, plain, initial))
    return tuple(tokens)


def name_key(full_name: str) -> str:
    """Order-free key of a full name: its words' search keys, sorted.

    ``"Sharipova Gulnora Akmalovna"`` and ``"gulnora SHARIPOVA akmalovna"`` give
    the same key; dots of initials are dropped (``"Sharipova G.A."`` →
    ``"a g sharipova"``).
    """
    return " ".join(sorted(token.key for token in _tokens(full_name)))


class MatchStrength(StrEnum):
    """How well a candidate fits a name (a ``str``: compares equal to its value)."""

    EXACT = "exact"
    INITIALS = "initials"
    PARTIAL = "partial"


_RANK = {MatchStrength.EXACT: 0, MatchStrength.INITIALS: 1, MatchStrength.PARTIAL: 2}


@dataclass(frozen=True)
class NameMatch:
    """One candidate that fits a name; ``strength`` is "exact", "initials" or "partial"."""

    candidate_id: object
    full_name: str
    strength: str


def _leftover(tokens: tuple[_Token, ...], common: Counter[str]) -> list[_Token]:
    """``tokens`` without the full words counted in ``common`` (order kept)."""
    remaining = Counter(common)
    rest: list[_Token] = []
    for token in tokens:
        if not token.initial and remaining[token.key] > 0:
            remaining[token.key] -= 1
        else:
            rest.append(token)
    return rest


def _starts(word: _Token, initial: _Token) -> bool:
    return word.key.startswith(initial.key) or word.plain.startswith(initial.plain)


def _compatible(a: _Token, b: _Token) -> bool:
    if a.initial and b.initial:
        return _starts(a, b) or _starts(b, a)
    if a.initial:
        return _starts(b, a)
    if b.initial:
        return _starts(a, b)
    return a.key == b.key


def _loose_strength(
    query: tuple[_Token, ...], candidate: tuple[_Token, ...]
) -> MatchStrength | None:
    """Return "initials" or "partial" if the two names can be one person, else None.

    Full words both names have are set aside (at least one is needed, and each
    name needs two words or more); what is left is paired in order — a full word
    with the same word, an initial with a word it starts — and the longer side
    may keep a tail (a missing patronymic, or a missing patronymic initial).
    "initials" needs an initial in a pair and every word of the query accounted
    for; a query word the candidate lacks makes the match "partial" (so
    ``Karimova G.O.`` fits ``Karimova Gavhar Olimovna`` better than
    ``Karimova Gulnora``).
    """
    if len(query) < 2 or len(candidate) < 2:
        return None
    common = Counter(t.key for t in query if not t.initial) & Counter(
        t.key for t in candidate if not t.initial
    )
    if not common:
        return None
    rest_q = _leftover(query, common)
    rest_c = _leftover(candidate, common)
    pairs = list(zip(rest_q, rest_c, strict=False))
    if not all(_compatible(a, b) for a, b in pairs):
        return None
    if len(rest_q) > len(rest_c):
        return MatchStrength.PARTIAL  # the candidate lacks a word of the query
    if any(a.initial or b.initial for a, b in pairs):
        return MatchStrength.INITIALS
    if len(rest_q) == len(rest_c):
        return None  # nothing left to tell them apart, yet the keys differ
    return MatchStrength.PARTIAL


def _strength(
    query: tuple[_Token, ...], query_key: str, candidate_name: str
) -> MatchStrength | None:
    if name_key(candidate_name) == query_key:
        return MatchStrength.EXACT
    return _loose_strength(query, _tokens(candidate_name))


def match_person(query: str, candidates: Iterable[tuple[object, str]]) -> list[NameMatch]:
    """Candidates ``(id, full_name)`` that fit ``query``, best strength only.

    Strengths, best first: "exact" (same words in any order, up to case,
    apostrophes, script and spelling folds), "initials" (``Sharipova G.A.`` or
    ``Sharipova G.`` for ``Sharipova Gulnora Akmalovna``, either side may be
    the one with initials), "partial" (a word missing on one side, e.g. the
    patronymic). All candidates of the best strength found are returned in
    input order: more than one means ambiguous, none means unknown — the
    caller asks the user, this function never picks one.
    """
    query_tokens = _tokens(query)
    if not query_tokens:
        return []
    query_key = " ".join(sorted(token.key for token in query_tokens))
    found: list[NameMatch] = []
    best: int | None = None
    for candidate_id, full_name in candidates:
        strength = _strength(query_tokens, query_key, full_name)
        if strength is None:
            continue
        rank = _RANK[strength]
        if best is None or rank < best:
            best = rank
            found = []
        if rank == best:
            found.append(NameMatch(candidate_id, full_name, strength))
    return found
