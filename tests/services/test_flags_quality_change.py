"""The quality-drop flag, the profile's change and the dashboard's flags agree.

All three compare a class with the class its pupils were in the quarter before
(`domain.term_comparison`); the example crosses a year boundary (tests/quality_change_world.py).
"""

from __future__ import annotations

import pytest
from quality_change_world import FLAG_TEXT, TODAY, YearBoundary, build_year_boundary

from eduqa_desktop.domain.display import percent_1
from eduqa_desktop.domain.flags import FlagKind
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.flags import (
    district_flags,
    resolve_scopes,
    school_flags,
    teacher_flags,
)
from eduqa_desktop.services.indicators import GroupBy, indicator_table, teacher_results
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.services.thresholds import save_thresholds
from eduqa_desktop.storage.database import Database

Q1 = {"year": "2026-2027", "term": 1, "today": TODAY}


@pytest.fixture
def example(school_db: Database) -> YearBoundary:
    return build_year_boundary(school_db)


def drops(flags: list) -> list[str]:  # type: ignore[type-arg]
    return [f.message for f in flags if f.kind is FlagKind.QUALITY_DROP]


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


def dashboard_quality_facts(db: Database, example: YearBoundary, min_drop: float) -> list[str]:
    """The classes of the quality-drop flags the dashboard counts: ``services.flags`` in its
    district-wide form, as the dashboard's card reads it."""
    with db.session() as session:
        scopes = resolve_scopes(session, [example.school_id], **Q1)  # type: ignore[arg-type]
        found = district_flags(session, scopes, Thresholds(quality_drop_points=min_drop))
    flags = found.get(example.school_id, {}).get(example.teacher_id, [])
    return [f.params["class_name"] for f in flags if f.kind is FlagKind.QUALITY_DROP]


def test_quarter_one_follows_the_pupils_into_the_next_grade(
    school_db: Database, example: YearBoundary
) -> None:
    # the profile: 8-A against last year's 7-A, 8-B against 7-B, this year's 7-A against nothing
    assert profile_changes(school_db, example.teacher_id) == {
        "8-A": ("7-A", -16.0),
        "8-B": ("7-B", 4.0),
        "7-A": (None, None),
    }
    # the flag: the same −16 in 8-A, named so that a reader knows where the pupils were
    flags = teacher_flags(school_db, example.teacher_id, **Q1)  # type: ignore[arg-type]
    assert drops(flags) == [FLAG_TEXT]
    assert drops(school_flags(school_db, example.school_id, **Q1)) == [FLAG_TEXT]  # type: ignore[arg-type]
    (flag,) = [f for f in flags if f.kind is FlagKind.QUALITY_DROP]
    assert flag.params["previous_class"] == "7-A"
    # the profile shows the attention signals: one quarter's fall is a wobble, not a decline
    profile = teacher_profile(school_db, example.teacher_id, **Q1)  # type: ignore[arg-type]
    assert all(s.kind != "sustained_decline" for s in profile.signals)
    # the dashboard's set-wise facts raise it too, and nothing else
    assert dashboard_quality_facts(school_db, example, 10.0) == ["8-A"]


def test_flag_and_profile_agree_at_any_threshold(
    school_db: Database, example: YearBoundary
) -> None:
    for points in (2.0, 3.9, 10.0, 15.9, 16.1, 40.0):
        save_thresholds(school_db, Thresholds(quality_drop_points=points))
        changes = profile_changes(school_db, example.teacher_id)
        in_profile = sorted(c for c, (_, d) in changes.items() if d is not None and -d > points)
        flags = teacher_flags(school_db, example.teacher_id, **Q1)  # type: ignore[arg-type]
        flagged = sorted(f.params["class_name"] for f in flags if f.kind is FlagKind.QUALITY_DROP)
        assert flagged == in_profile, points
        assert sorted(dashboard_quality_facts(school_db, example, points)) == in_profile, points
    assert in_profile == []  # 40 points: nothing fell that far


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
    flags = school_flags(school_db, example.school_id, year="2025-2026", term=4, today=TODAY)
    assert drops(flags) == []
