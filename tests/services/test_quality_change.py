"""The profile's change and the class table compare the same pupils, across a year boundary.

Both compare a class with the class its pupils were in the quarter before
(`domain.term_comparison`), as the sustained-decline signal does; the example crosses a year
boundary (tests/quality_change_world.py). One quarter's fall is a wobble, not a signal.
"""

from __future__ import annotations

import pytest
from quality_change_world import TODAY, YearBoundary, build_year_boundary

from eduqa_desktop.domain.display import percent_1
from eduqa_desktop.services.indicators import GroupBy, indicator_table, teacher_results
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.storage.database import Database

Q1 = {"year": "2026-2027", "term": 1, "today": TODAY}


@pytest.fixture
def example(school_db: Database) -> YearBoundary:
    return build_year_boundary(school_db)


def profile_changes(db: Database, teacher_id: int) -> dict[str, tuple[str | None, float | None]]:
    """Quarter 1's lines: class → (the class compared with, the change in quality)."""
    profile = teacher_profile(db, teacher_id, **Q1)  # type: ignore[arg-type]
    return {
        line.class_name: (
            line.previous_class_name,
            None if line.change is None else percent_1(line.change.quality),
        )
        for line in profile.results
        if (line.term.year, line.term.number) == ("2026-2027", 1)
    }


def test_quarter_one_follows_the_pupils_into_the_next_grade(
    school_db: Database, example: YearBoundary
) -> None:
    # the profile: 8-A against last year's 7-A, 8-B against 7-B, this year's 7-A against nothing
    assert profile_changes(school_db, example.teacher_id) == {
        "8-A": ("7-A", -16.0),
        "8-B": ("7-B", 4.0),
        "7-A": (None, None),
    }
    # the profile shows the attention signals: one quarter's fall is a wobble, not a decline
    profile = teacher_profile(school_db, example.teacher_id, **Q1)  # type: ignore[arg-type]
    assert all(s.kind != "sustained_decline" for s in profile.signals)


def test_the_class_table_compares_the_same_pupils(
    school_db: Database, example: YearBoundary
) -> None:
    rows = {
        r.group: r
        for r in indicator_table(
            school_db, school_id=example.school_id, year="2026-2027", term=1, by=GroupBy.CLASS
        )
    }
    assert rows["8-A"].previous_group == "7-A"
    assert percent_1(rows["8-A"].change.quality) == -16.0
    assert percent_1(rows["8-B"].change.quality) == 4.0
    assert rows["7-A"].change is None  # last year's 6-A is not in the file


def test_within_a_year_nothing_changes(school_db: Database, example: YearBoundary) -> None:
    lines = [
        line
        for line in teacher_results(school_db, example.teacher_id)
        if (line.term.year, line.term.number) == ("2025-2026", 4)
    ]
    assert {line.class_name for line in lines} == {"7-A", "7-B"}
    assert all(line.change is None for line in lines)  # no quarter 3 in the example
