"""school_flags on crafted data: each flag raised from the database, and its scope."""

from __future__ import annotations

from datetime import date

import pytest
from teacher_world import TODAY, World

from eduqa_desktop.domain.flags import FlagKind
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.flags import school_flags, teacher_flags
from eduqa_desktop.services.teachers import archive_teacher
from eduqa_desktop.services.thresholds import save_thresholds
from eduqa_desktop.storage.database import Database

Q2_DAY = date(2025, 11, 20)


def kinds(flags, teacher_id: int) -> list[FlagKind]:  # type: ignore[no-untyped-def]
    return [f.kind for f in flags if f.teacher_id == teacher_id]


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_a_teacher_with_nothing_wrong_has_no_flag(world: World) -> None:
    good = world.teacher("Karimova Dilnoza", last_pd=date(2024, 5, 1))
    world.observation(good, Q2_DAY, score=80.0)
    assert school_flags(world.db, world.school_id, today=TODAY) == []


def test_not_observed_this_term(world: World) -> None:
    teacher = world.teacher("Sharipova Gulnora")
    world.observation(teacher, date(2025, 10, 1), score=80.0)  # last quarter only
    world.observation(teacher, Q2_DAY, score=80.0, final=False)  # a draft does not count
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert kinds(flags, teacher) == [FlagKind.NOT_OBSERVED]
    assert flags[0].message == "No lesson observed in quarter 2 of 2025-2026"
    assert flags[0].teacher_name == "Sharipova Gulnora"
    # In the first quarter the teacher was observed.
    assert school_flags(world.db, world.school_id, year="2025-2026", term=1, today=TODAY) == []


def test_last_observation_below_needs_improvement(world: World) -> None:
    teacher = world.teacher("Oʻrolov Bekzod")
    world.observation(teacher, date(2025, 11, 12), score=30.0)
    world.observation(teacher, Q2_DAY, score=45.5)
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert kinds(flags, teacher) == [FlagKind.LOW_OBSERVATION]
    assert flags[0].params["score"] == 45.5
    assert flags[0].message.startswith("Last observed lesson (20.11.2025) scored 45.5%")
    # A later, better lesson clears it.
    world.observation(teacher, date(2025, 11, 25), score=75.0)
    assert school_flags(world.db, world.school_id, today=TODAY) == []


def test_quality_drop_in_a_class_and_subject(world: World) -> None:
    teacher = world.teacher("Nazarov Jasur", subjects=("Algebra",))
    world.observation(teacher, Q2_DAY, score=80.0)
    class_a = world.school_class("7-A", 7, 25)
    class_b = world.school_class("7-B", 7, 25)
    # 7-A: 63.0 % → 48.0 % (of 25 pupils: 16 of 25 = 64 %, 12 of 25 = 48 %)
    world.results(1, teacher, class_a, "Algebra", n5=6, n4=10, n3=9)  # 64 %
    world.results(2, teacher, class_a, "Algebra", n5=4, n4=8, n3=13)  # 48 %
    # 7-B: 60 % → 52 %: fell 8 points, not more than 10
    world.results(1, teacher, class_b, "Algebra", n5=5, n4=10, n3=10)
    world.results(2, teacher, class_b, "Algebra", n5=5, n4=8, n3=12)
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert kinds(flags, teacher) == [FlagKind.QUALITY_DROP]
    assert flags[0].message == "Quality 48.0% in 7-A Algebra, was 64.0% last quarter"
    save_thresholds(world.db, Thresholds(quality_drop_points=5.0))
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert kinds(flags, teacher) == [FlagKind.QUALITY_DROP, FlagKind.QUALITY_DROP]


def test_quality_drop_uses_the_latest_term_with_results(world: World) -> None:
    """In the third quarter, before its results are in, the second is compared with the first."""
    teacher = world.teacher("Nazarov Jasur", subjects=("Algebra",))
    world.observation(teacher, date(2026, 1, 20), score=80.0)
    class_a = world.school_class("7-A", 7, 25)
    world.results(1, teacher, class_a, "Algebra", n5=10, n4=10, n3=5)  # 80 %
    world.results(2, teacher, class_a, "Algebra", n5=5, n4=10, n3=10)  # 60 %
    flags = school_flags(world.db, world.school_id, today=date(2026, 1, 25))
    assert kinds(flags, teacher) == [FlagKind.QUALITY_DROP]


def test_pd_overdue_and_a_course_recorded_as_an_activity(world: World) -> None:
    teacher = world.teacher("Tursunov Aziz", last_pd=date(2020, 11, 30))
    world.observation(teacher, Q2_DAY, score=80.0)
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert kinds(flags, teacher) == [FlagKind.PD_OVERDUE]
    assert "30.11.2020" in flags[0].message and "5 years" in flags[0].message
    world.activity(teacher, "pd_course", date(2025, 6, 1), 72)
    assert school_flags(world.db, world.school_id, today=TODAY) == []
    save_thresholds(world.db, Thresholds(pd_period_years=3))
    assert school_flags(world.db, world.school_id, today=TODAY) == []
    nobody = world.teacher("Yusupova Malika", last_pd=None)
    world.observation(nobody, Q2_DAY, score=80.0)
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert [f.message for f in flags] == ["No professional-development course on record"]


def test_follow_up_past_due_until_a_follow_up_visit(world: World) -> None:
    teacher = world.teacher("Rahimov Sardor")
    first = world.observation(
        teacher, date(2025, 11, 11), score=60.0, next_steps_due=date(2025, 11, 25)
    )
    flags = school_flags(world.db, world.school_id, today=TODAY)
    assert kinds(flags, teacher) == [FlagKind.FOLLOW_UP_OVERDUE]
    assert flags[0].message == "Follow-up of the lesson of 11.11.2025 was due on 25.11.2025"
    save_thresholds(world.db, Thresholds(follow_up_grace_days=7))
    assert school_flags(world.db, world.school_id, today=TODAY) == []
    save_thresholds(world.db, Thresholds())
    world.observation(teacher, date(2025, 11, 28), score=70.0, follow_up_of=first)
    assert school_flags(world.db, world.school_id, today=TODAY) == []


def test_a_follow_up_purpose_visit_also_counts(world: World) -> None:
    teacher = world.teacher("Rahimov Sardor")
    world.observation(teacher, date(2025, 11, 11), score=60.0, next_steps_due=date(2025, 11, 20))
    world.observation(teacher, date(2025, 11, 27), score=65.0, purpose=Purpose.FOLLOW_UP)
    assert school_flags(world.db, world.school_id, today=TODAY) == []


def test_archived_teachers_have_no_flags_and_one_teacher_can_be_asked(world: World) -> None:
    one = world.teacher("Aliyev Anvar", last_pd=None)
    two = world.teacher("Boboyeva Nilufar", last_pd=None)
    assert {f.teacher_id for f in school_flags(world.db, world.school_id, today=TODAY)} == {
        one,
        two,
    }
    archive_teacher(world.db, two)
    assert {f.teacher_id for f in school_flags(world.db, world.school_id, today=TODAY)} == {one}
    assert kinds(teacher_flags(world.db, one, today=TODAY), one) == [
        FlagKind.NOT_OBSERVED,
        FlagKind.PD_OVERDUE,
    ]
    assert teacher_flags(world.db, two, today=TODAY) == []


def test_an_unknown_year_or_term_is_refused(world: World) -> None:
    with pytest.raises(UserError, match="2030-2031"):
        school_flags(world.db, world.school_id, year="2030-2031")
    with pytest.raises(UserError, match="not an academic year"):
        school_flags(world.db, world.school_id, year="2025")


def test_an_empty_database_has_no_flags(db: Database) -> None:
    assert school_flags(db, 1) == []


def test_flags_on_the_demo_school_explain_themselves(demo_db: Database) -> None:
    flags = school_flags(demo_db, 1)
    assert flags, "the demo school has teachers to look at"
    kinds_seen = {f.kind for f in flags}
    assert FlagKind.NOT_OBSERVED in kinds_seen
    for flag in flags:
        assert "{" not in flag.message
