"""Headers recognised by rule, after the exact spellings of ``headers`` have been tried.

Schools write the mark columns in many ways: the mark with words or signs around it
(``«5»``, ``на 5``, ``5 baho``, ``оценка 5``, ``5s``, ``marks 5``) or the mark's word cut
short (``отл.``, ``хор.``, ``удовл.``/``уд.``, ``неуд.``, ``aʼlo``, ``yaxshi``, ``qoniqarli``,
``qoniqarsiz``); and the pupils' columns as ``Всего уч-ся``, ``Кол-во уч.``, ``н/а``,
``осв.``. Every rule works on :func:`headers.header_key` (case, spacing, apostrophes, script
and a trailing dot already folded), so the rules are written once for every spelling.
"""

from __future__ import annotations

import re

from eduqa_desktop.exchange.headers import header_key

# words people put around a mark: "на 5", "5 baho", "оценка 5", "marks 5", "кол-во 5"
_MARK_WORDS = frozenset(
    header_key(word)
    for word in (
        "на", "по", "оценка", "оценки", "оценок", "отметка", "baho", "bahosi", "baholar",
        "ball", "балл", "mark", "marks", "grade", "grades", "с", "s", "kol", "vo", "kol-vo",
        "кол-во", "количество", "soni", "number", "of", "pupils", "with", "учащихся", "уч",
        "ся", "o'quvchilar", "o'quvchi", "ta", "чел", "человек", "nafar", "«", "»",
    )
)  # fmt: skip
_MARK_TOKEN = re.compile(r"^([1-5])(?:s|ta|ka|ki|lar|ok|ki|ku)?$")
# the mark's own word, which a header may cut short (at least two letters: "уд.")
_MARK_NAMES = {
    5: ("отлично", "a'lo", "excellent", "аъло"),
    4: ("хорошо", "yaxshi", "good", "яхши"),
    3: ("удовлетворительно", "qoniqarli", "satisfactory", "қониқарли"),
    2: ("неудовлетворительно", "qoniqarsiz", "unsatisfactory", "poor", "қониқарсиз"),
}
_MARK_KEYS = {mark: tuple(header_key(w) for w in words) for mark, words in _MARK_NAMES.items()}

_PUPIL_WORDS = ("uch", "uchn")  # "уч-ся", "кол-во уч."
_PUPIL_STEMS = ("uchash", "uchen", "okuvchi", "pupil", "student", "detei", "bolalar")
_COUNT_STEMS = ("vsego", "kol", "chislo", "soni", "jami", "number", "total", "all", "spisoch",
                "v klasse", "sinfda", "in class", "size")  # fmt: skip


def _mark_from_digits(tokens: list[str]) -> int | None:
    marks = [m.group(1) for t in tokens if (m := _MARK_TOKEN.match(t))]
    if len(marks) != 1:
        return None
    rest = [t for t in tokens if not _MARK_TOKEN.match(t)]
    if all(t in _MARK_WORDS or _mark_from_word([t]) is not None for t in rest):
        return int(marks[0])
    return None


def _mark_from_word(tokens: list[str]) -> int | None:
    """The mark a (possibly shortened) word names: "otl" → 5, "neud" → 2, "ud" → 3."""
    words = [t for t in tokens if t not in _MARK_WORDS]
    if len(words) != 1 or len(words[0]) < 2:
        return None
    word = words[0]
    found = {mark for mark, keys in _MARK_KEYS.items() for key in keys if key.startswith(word)}
    # "ud" starts "udovletvoritelno" (3) only; "neud" starts "neudovletvoritelno" (2) only
    return found.pop() if len(found) == 1 else None


def mark_of(key: str) -> int | None:
    """The mark (1–5) a folded header names, or None."""
    tokens = key.split()
    if not tokens:
        return None
    return _mark_from_digits(tokens) or _mark_from_word(tokens)


def _has(key: str, stems: tuple[str, ...]) -> bool:
    padded = f" {key}"
    return any(f" {stem}" in padded for stem in stems)


def _names_pupils(tokens: list[str]) -> bool:
    return any(t in _PUPIL_WORDS or t.startswith(_PUPIL_STEMS) for t in tokens)


def rule_field(key: str) -> str | None:
    """The field a folded header names by rule ("n5", "class_size", …), or None."""
    if not key:
        return None
    mark = mark_of(key)
    if mark is not None:
        return f"n{mark}"
    tokens = key.split()
    if key in ("n a", "na", "n a ", "ne att", "neatt") or key.startswith(("ne attest", "neattest")):
        return "not_attested"
    if key.startswith(("attestasiadan otmagan", "baholanmagan", "bez osenki")):
        return "not_attested"
    if tokens[0] in ("osv", "osvob") or key.startswith(("osvobo", "ozod")):
        return "exempt"
    if _names_pupils(tokens) and (_has(key, _COUNT_STEMS) or len(tokens) <= 2):
        return "class_size"
    return None


def abbreviation_of(key: str, labels: frozenset[str]) -> bool:
    """True when every word of the header starts the next word of one label, in order, and
    together they cover the label: "predm" for "predmet", "kl" for "klass"."""
    tokens = key.split()
    if not tokens or len(key.replace(" ", "")) < 2:
        return False
    for label in labels:
        words = label.split()
        if len(words) != len(tokens) or not any(c.isalpha() for c in label):
            continue
        if all(len(t) >= 2 and w.startswith(t) for t, w in zip(tokens, words, strict=True)):
            return True
    return False
