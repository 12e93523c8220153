"""A group's indicators in a term beside the term before: the rows of the indicator tables
(services.indicators fills them; the Results tab, its PDF and the reports show them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eduqa_desktop.domain.indicators import Indicators, MarkCounts


@dataclass(frozen=True, slots=True)
class IndicatorChange:
    """Now minus before: percentage points, and grade points for the average.

    ``None`` where either side is undefined.
    """

    pass_rate: float | None
    quality: float | None
    sou: float | None
    average_grade: float | None


def _minus(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


def change_between(now: Indicators, before: Indicators | None) -> IndicatorChange | None:
    if before is None:
        return None
    return IndicatorChange(
        pass_rate=_minus(now.pass_rate, before.pass_rate),
        quality=_minus(now.quality, before.quality),
        sou=_minus(now.sou, before.sou),
        average_grade=_minus(now.average_grade, before.average_grade),
    )


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """One group's counts and indicators in a term, and the same in the previous term."""

    key: Any  # the group's record id (the grade number for grades; 0 = no department)
    group: str  # its name: "7-A", "7", "Algebra", a teacher's name, a school, a department
    school: str  # the school of a class, teacher or department ("" for other groups)
    counts: MarkCounts
    exempt: int
    pupils: int  # each class once with its size (marks are per pupil and subject)
    indicators: Indicators
    previous_counts: MarkCounts | None
    previous: Indicators | None
    change: IndicatorChange | None
    # The class compared with (classes only: "7-A" for 8-A in quarter 1, else the class itself).
    previous_group: str | None = None


@dataclass(frozen=True, slots=True, order=True)
class TermRef:
    """A quarter: ordered by year, then number."""

    year: str
    number: int
    id: int


# --- terms --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TeacherResultLine:
    """A teacher's results in one class and subject in one term, with the change."""

    teacher_id: int
    term: TermRef
    class_id: int
    class_name: str
    grade: int
    subject_id: int
    subject: str
    counts: MarkCounts
    exempt: int
    pupils: int
    indicators: Indicators
    previous_term: TermRef | None  # the term compared with (when it had this class/subject)
    previous: Indicators | None
    change: IndicatorChange | None
    # The class compared with: itself within a year, "7-A" for 8-A in quarter 1.
    previous_class_name: str | None = None
