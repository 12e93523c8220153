"""Class names: every way schools write 7-A gives 7-A."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.class_names import (
    ClassNameError,
    normalize_class_name,
    parse_class_name,
)

NORMALIZE_CASES = [
    ("7 «А»", "7-A"),  # Cyrillic А in guillemets
    ("7А", "7-A"),  # Cyrillic А
    ("7A", "7-A"),
    ("7-a", "7-A"),
    ("7 A", "7-A"),
    ("7-А", "7-A"),  # Cyrillic А
    ('7"A"', "7-A"),
    ("7 'A'", "7-A"),
    ("07-a", "7-A"),
    ("11-B", "11-B"),
    ("11б", "11-B"),  # Cyrillic б
    ("  10 - «Б» ", "10-B"),
    ("7.A", "7-A"),
    ("7/a", "7-A"),
    ("7–A", "7-A"),  # en dash
    ("1-В", "1-V"),  # Cyrillic В is the third class letter: V, not B
    ("1-в", "1-V"),
    ("2-Г", "2-G"),
    ("3-Д", "3-D"),
    ("4-Е", "4-E"),  # E, not YE: a letter on its own
    ("5-Ж", "5-J"),
    ("6-И", "6-I"),
    ("8-Н", "8-N"),  # looks like H, is N
    ("9-Р", "9-R"),  # looks like P, is R
    ("9-С", "9-S"),  # looks like C, is S
    ("9-Х", "9-X"),
    ("5-Ў", "5-O\u02bb"),  # Uzbek letters without a Latin look-alike
    ("5-Ғ", "5-G\u02bb"),
    ("5-Қ", "5-Q"),
    ("5-Ҳ", "5-H"),
    ("9-Ш", "9-SH"),
    ("1-Я", "1-YA"),
    ("5-O'", "5-O\u02bb"),  # Latin oʻ typed with an ASCII apostrophe
    ("5-g‘", "5-G\u02bb"),
    ("5 'G'", "5-G"),  # a quoted G is just G
    ("7-A sinf", "7-A"),
    ("7 «А» класс", "7-A"),
    ("7", "7"),  # a class without a letter
    ("07", "7"),
    ("11", "11"),
    ("7-", "7"),
]


@pytest.mark.parametrize(("raw", "normal"), NORMALIZE_CASES)
def test_normalize_class_name(raw: str, normal: str) -> None:
    assert normalize_class_name(raw) == normal


@pytest.mark.parametrize("normal", sorted({normal for _, normal in NORMALIZE_CASES}))
def test_normal_form_is_stable(normal: str) -> None:
    assert normalize_class_name(normal) == normal


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        ("7 «А»", (7, "A")),
        ("11-b", (11, "B")),
        ("1", (1, "")),
        ("5-Ў", (5, "O\u02bb")),
    ],
)
def test_parse_class_name(raw: str, parsed: tuple[int, str]) -> None:
    assert parse_class_name(raw) == parsed


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("0-A", "grade 0 is outside 1–11"),
        ("12-A", "grade 12 is outside 1–11"),
        ("00", "grade 0"),
        ("A-7", "must start with the grade"),
        ("VII-A", "must start with the grade"),
        ("-7A", "must start with the grade"),
        ("7-AB", "not a class letter"),
        ("7 A B", "not a class letter"),
        ("7-1", "not a class letter"),
        ("7-Ь", "not a class letter"),
        ("7-A-1", "not a class letter"),
        ("7-Ä", "not a class letter"),
    ],
)
def test_invalid_class_names(raw: str, message: str) -> None:
    with pytest.raises(ClassNameError, match=message):
        normalize_class_name(raw)


def test_class_name_error_is_a_value_error() -> None:
    assert issubclass(ClassNameError, ValueError)
