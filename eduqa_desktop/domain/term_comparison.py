"""What a class's results are compared with: the same pupils, one quarter earlier.

A vice-principal reads "quality −18 points in 8-A Algebra" as "these pupils did worse than
last quarter", so a class is compared with *the class its pupils were in the quarter before*:

* quarters 2–4: the quarter before in the same academic year, and the same class;
* quarter 1: quarter 4 of the academic year before, and the class one grade lower with the
  same letter — pupils move up a grade each September and keep their letter, so 8-A of
  2026-2027 was 7-A of 2025-2026 (7-A of 2026-2027 holds other pupils: last year's 6-A);
* grade 1 in quarter 1 has no previous class: its pupils were not at school.

The whole-term levels (the school, a subject, a grade, a teacher's or a department's total)
compare a quarter with :func:`previous_quarter` as a whole and need no class matching.

Storage turns the same rule into a join: the class of the earlier quarter has the same school
and letter and the grade ``grade − grades_moved_up(earlier year, later year)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eduqa_desktop.domain.class_names import (
    MAX_GRADE,
    MIN_GRADE,
    ClassNameError,
    parse_class_name,
)
from eduqa_desktop.domain.school_calendar import year_start

__all__ = [
    "QUARTERS",
    "ClassInQuarter",
    "Quarter",
    "class_before",
    "class_name_before",
    "grades_moved_up",
    "previous_quarter",
    "pupils_before",
]

QUARTERS = 4


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    """A quarter of an academic year: ``Quarter("2025-2026", 4)``."""

    year: str
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= QUARTERS:
            raise ValueError(f"quarter {self.number} is not 1–{QUARTERS}")


@dataclass(frozen=True, slots=True)
class ClassInQuarter:
    """A class (grade and letter, ``""`` for a class without one) in a quarter."""

    quarter: Quarter
    grade: int
    letter: str


def previous_quarter(quarter: Quarter) -> Quarter:
    """The quarter before: quarter 1 → quarter 4 of the academic year before."""
    if quarter.number > 1:
        return Quarter(quarter.year, quarter.number - 1)
    first = year_start(quarter.year) - 1
    return Quarter(f"{first}-{first + 1}", QUARTERS)


@lru_cache(maxsize=1024)  # pure, and asked once per class row of a district (~350,000)
def grades_moved_up(earlier_year: str, later_year: str) -> int:
    """How many grades pupils move up from ``earlier_year`` to ``later_year`` (one a year)."""
    moved = year_start(later_year) - year_start(earlier_year)
    if moved < 0:
        raise ValueError(f"{earlier_year} comes after {later_year}")
    return moved


def class_before(grade: int, letter: str, grades_up: int) -> tuple[int, str] | None:
    """The (grade, letter) the pupils of a class were in ``grades_up`` academic years earlier;
    ``None`` when they were not at school yet."""
    earlier = grade - grades_up
    if not MIN_GRADE <= earlier <= MAX_GRADE:
        return None
    return earlier, letter


@lru_cache(maxsize=8192)
def class_name_before(class_name: str, grades_up: int) -> str | None:
    """:func:`class_before` for a class name (``"8-A"``, 1 → ``"7-A"``), in the normal form.

    A name that is not a class name is only its own class (``grades_up`` 0), else ``None``.
    """
    try:
        grade, letter = parse_class_name(class_name)
    except ClassNameError:
        return class_name if grades_up == 0 else None
    found = class_before(grade, letter, grades_up)
    if found is None:
        return None
    return f"{found[0]}-{found[1]}" if found[1] else str(found[0])


def pupils_before(place: ClassInQuarter) -> ClassInQuarter | None:
    """Where the pupils of a class were in the quarter before (see the module docstring)."""
    before = previous_quarter(place.quarter)
    found = class_before(
        place.grade, place.letter, grades_moved_up(before.year, place.quarter.year)
    )
    return None if found is None else ClassInQuarter(before, *found)
