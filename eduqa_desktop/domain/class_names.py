"""Class names: ``7 «А»``, ``7А``, ``7-a``, ``07-A`` … are all the class ``7-A``.

The normal form is ``"<grade>-<LETTER>"``: grade 1–11 without leading zeros, a
hyphen, the letter in upper-case Uzbek Latin. Cyrillic letters are
transliterated letter by letter (``А → A``, ``Б → B``, ``В → V``, ``Г → G``,
``Е → E``, ``Ж → J``, ``Ў → Oʻ``, ``Ш → SH`` …), so a Russian-language
school's ``7-В`` is ``7-V``. A class with no letter (``"7"``) normalises to
``"7"``. The normal form parses back to itself.
"""

from __future__ import annotations

import re

__all__ = ["ClassNameError", "normalize_class_name", "parse_class_name"]

MIN_GRADE = 1
MAX_GRADE = 11

_OKINA = "\u02bb"

# One Cyrillic class letter → upper-case Uzbek Latin (Е is E here, never YE).
_CYRILLIC_LETTERS: dict[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "YO",
    "Ж": "J", "З": "Z", "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M",
    "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U",
    "Ф": "F", "Х": "X", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SH", "Э": "E",
    "Ю": "YU", "Я": "YA", "Ў": "O" + _OKINA, "Қ": "Q", "Ғ": "G" + _OKINA,
    "Ҳ": "H", "І": "I",
}  # fmt: skip

_VALID_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset(_CYRILLIC_LETTERS.values())

_APOSTROPHES = "'`\u00b4\u02b9\u02bb\u02bc\u2018\u2019\u201b"
_DOUBLE_QUOTES = '"«»“”„‟‹›'
_QUOTES = _DOUBLE_QUOTES + _APOSTROPHES
_SEPARATORS = "-‐‑‒–—―./_\\|:"
_SUFFIXES = ("sinfi", "sinf", "синфи", "синф", "класс", "кл", "kl", "class")

_GRADE_RE = re.compile(r"([0-9]+)(.*)", re.DOTALL)


class ClassNameError(ValueError):
    """The text cannot be read as a class name; the message says why, in English."""


def _strip_suffix(text: str) -> str:
    """Drop a trailing "sinf"/"класс" word: ``7-A sinf`` → ``7-A``."""
    lowered = text.casefold().rstrip(" .")
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix):
            head = text.rstrip(" .")[: -len(suffix)]
            if head[-1:].isspace() or head[-1:] in _QUOTES + _SEPARATORS:
                return head
    return text


def _letter(part: str, raw: str) -> str:
    """The normal form of the letter part (the text after the grade and separators)."""
    while len(part) >= 2 and part[0] in _QUOTES and part[-1] in _QUOTES:
        part = part[1:-1].strip()  # «А», "A", 'A'
    # A letter never starts with a quote; it may end with one only for Oʻ / Gʻ.
    part = part.lstrip(_QUOTES + " \t").rstrip(_DOUBLE_QUOTES + " \t")
    for ch in _APOSTROPHES:
        part = part.replace(ch, _OKINA)
    if part.endswith(_OKINA) and part[:-1].upper() not in ("O", "G"):
        part = part.rstrip(_OKINA).rstrip()
    if not part:
        return ""
    if part.upper() in _CYRILLIC_LETTERS:
        return _CYRILLIC_LETTERS[part.upper()]
    letter = part.upper()
    if letter in _VALID_LETTERS:
        return letter
    raise ClassNameError(
        f"{raw!r} is not a class name: {part!r} is not a class letter "
        "(expected a grade and one letter, like 7-A)."
    )


def parse_class_name(raw: str) -> tuple[int, str]:
    """``(grade, letter)`` of a class name; the letter is ``""`` when there is none.

    Raises :class:`ClassNameError` for empty text, a missing grade, a grade
    outside 1–11, or anything but one class letter after the grade.
    """
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        raise ClassNameError("The class name is empty.")
    text = _strip_suffix(text).strip()
    match = _GRADE_RE.fullmatch(text)
    if match is None:
        raise ClassNameError(
            f"{raw!r} is not a class name: it must start with the grade (1–11), like 7-A."
        )
    grade = int(match.group(1))
    if not MIN_GRADE <= grade <= MAX_GRADE:
        raise ClassNameError(
            f"{raw!r} is not a class name: grade {grade} is outside {MIN_GRADE}–{MAX_GRADE}."
        )
    rest = match.group(2).strip().lstrip(_SEPARATORS + " \t").strip()
    return grade, _letter(rest, raw)


def normalize_class_name(raw: str) -> str:
    """The normal form ``"7-A"`` (or ``"7"`` for a class without a letter)."""
    grade, letter = parse_class_name(raw)
    return f"{grade}-{letter}" if letter else str(grade)
