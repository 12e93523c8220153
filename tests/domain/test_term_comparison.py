"""The class a class is compared with: where its pupils were the quarter before."""

from __future__ import annotations

import pytest

from eduqa_desktop.domain.term_comparison import (
    ClassInQuarter,
    Quarter,
    class_before,
    class_name_before,
    grades_moved_up,
    previous_quarter,
    pupils_before,
)

Y25, Y26 = "2025-2026", "2026-2027"

PUPILS_BEFORE_CASES = [
    # (quarter, grade, letter) now → (quarter, grade, letter) before, or None
    ((Y25, 4, 7, "A"), (Y25, 3, 7, "A")),  # within a year: the same class
    ((Y25, 2, 7, "A"), (Y25, 1, 7, "A")),
    ((Y25, 3, 11, "B"), (Y25, 2, 11, "B")),
    ((Y25, 2, 1, "A"), (Y25, 1, 1, "A")),  # first-graders after their first quarter
    ((Y26, 1, 8, "A"), (Y25, 4, 7, "A")),  # a new year: one grade lower, the same letter
    ((Y26, 1, 7, "A"), (Y25, 4, 6, "A")),  # 7-A of the new year was 6-A, not last year's 7-A
    ((Y26, 1, 11, "V"), (Y25, 4, 10, "V")),
    ((Y26, 1, 5, "Oʻ"), (Y25, 4, 4, "Oʻ")),  # an Uzbek letter
    ((Y26, 1, 7, ""), (Y25, 4, 6, "")),  # a class without a letter
    ((Y26, 1, 2, "B"), (Y25, 4, 1, "B")),
    ((Y26, 1, 1, "A"), None),  # first-graders in quarter 1 were not at school
]


@pytest.mark.parametrize(("now", "before"), PUPILS_BEFORE_CASES)
def test_pupils_before(
    now: tuple[str, int, int, str], before: tuple[str, int, int, str] | None
) -> None:
    year, number, grade, letter = now
    found = pupils_before(ClassInQuarter(Quarter(year, number), grade, letter))
    if before is None:
        assert found is None
    else:
        year, number, grade, letter = before
        assert found == ClassInQuarter(Quarter(year, number), grade, letter)


@pytest.mark.parametrize(
    ("now", "before"),
    [
        (Quarter(Y25, 4), Quarter(Y25, 3)),
        (Quarter(Y25, 2), Quarter(Y25, 1)),
        (Quarter(Y26, 1), Quarter(Y25, 4)),
        (Quarter("2000-2001", 1), Quarter("1999-2000", 4)),
    ],
)
def test_previous_quarter(now: Quarter, before: Quarter) -> None:
    assert previous_quarter(now) == before


@pytest.mark.parametrize("number", [0, 5, -1])
def test_a_quarter_is_one_to_four(number: int) -> None:
    with pytest.raises(ValueError):
        Quarter(Y25, number)


@pytest.mark.parametrize(
    ("earlier", "later", "moved"),
    [(Y25, Y25, 0), (Y25, Y26, 1), ("2023-2024", Y26, 3), ("2025/26", "2026–2027", 1)],
)
def test_grades_moved_up(earlier: str, later: str, moved: int) -> None:
    assert grades_moved_up(earlier, later) == moved


def test_grades_do_not_move_back_in_time() -> None:
    with pytest.raises(ValueError):
        grades_moved_up(Y26, Y25)


@pytest.mark.parametrize(
    ("grade", "letter", "up", "before"),
    [
        (7, "A", 0, (7, "A")),
        (8, "A", 1, (7, "A")),
        (10, "B", 2, (8, "B")),
        (1, "A", 1, None),
        (2, "A", 2, None),
    ],
)
def test_class_before(grade: int, letter: str, up: int, before: tuple[int, str] | None) -> None:
    assert class_before(grade, letter, up) == before


@pytest.mark.parametrize(
    ("name", "up", "before"),
    [
        ("8-A", 1, "7-A"),
        ("8-A", 0, "8-A"),
        ("10-B", 1, "9-B"),
        ("5-Oʻ", 1, "4-Oʻ"),
        ("7", 1, "6"),
        ("1-A", 1, None),
        ("8 «А»", 1, "7-A"),  # any way of writing it gives the normal form
        ("Group X", 0, "Group X"),  # not a class name: only itself
        ("Group X", 1, None),
    ],
)
def test_class_name_before(name: str, up: int, before: str | None) -> None:
    assert class_name_before(name, up) == before
