"""The teacher profile on crafted data: every number against a hand computation."""

from __future__ import annotations

from datetime import date

import pytest
from teacher_world import TODAY, World

from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.signals import SignalKind
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.vocabulary import Category, Mechanism
from eduqa_desktop.services.errors import NotFoundError
from eduqa_desktop.services.teacher_profile import score_trend, teacher_profile
from eduqa_desktop.services.teachers import PdStatus
from eduqa_desktop.services.thresholds import save_thresholds
from eduqa_desktop.storage.database import Database


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_score_trend_is_a_least_squares_slope_per_month() -> None:
    assert score_trend([]) is None
    assert score_trend([(date(2025, 1, 1), 50.0), (date(2025, 1, 1), 70.0)]) is None
    # +10 points over 30 days
    assert score_trend([(date(2025, 1, 1), 50.0), (date(2025, 1, 31), 60.0)]) == pytest.approx(10)
    points = [(date(2025, 1, 1), 60.0), (date(2025, 1, 31), 60.0), (date(2025, 3, 2), 60.0)]
    assert score_trend(points) == pytest.approx(0)


def test_header_observations_and_trend(world: World) -> None:
    teacher = world.teacher(
        "Sharipova Gulnora",
        "Aniq fanlar",
        ("Algebra", "Geometry"),
        category=Category.HIGHEST,
        experience=21,
    )
    world.observation(teacher, date(2025, 9, 20), score=50.0)
    world.observation(teacher, date(2025, 10, 20), score=60.0)
    world.observation(teacher, date(2025, 11, 19), score=70.0)
    world.observation(teacher, date(2025, 11, 20), score=10.0, final=False)  # draft: left out
    world.observation(teacher, date(2025, 12, 20), score=99.0)  # after today: not yet
    profile = teacher_profile(world.db, teacher, today=TODAY)
    header = profile.header
    assert header.full_name == "Sharipova Gulnora"
    assert header.school == "Test maktab"
    assert header.department == "Aniq fanlar"
    assert [s.en for s in header.subjects] == ["Algebra", "Geometry"]
    assert header.category is Category.HIGHEST and header.experience_years == 21
    assert (profile.year, profile.term, profile.as_of) == ("2025-2026", 2, TODAY)
    assert [o.score for o in profile.observations] == [50.0, 60.0, 70.0]
    assert [o.band for o in profile.observations] == [
        Band.NEEDS_IMPROVEMENT,
        Band.NEEDS_IMPROVEMENT,
        Band.GOOD,
    ]
    assert profile.latest is not None and profile.latest.score == 70.0
    assert profile.observations_this_year == 3
    assert profile.average_this_year == pytest.approx(60.0)
    assert profile.average_all == pytest.approx(60.0)
    # 10 points every 30 days
    assert profile.trend == pytest.approx(10.0)


def test_strongest_and_weakest_criteria_against_the_school(world: World) -> None:
    teacher = world.teacher("Sharipova Gulnora")
    colleague = world.teacher("Karimova Dilnoza")
    count = len(world.criteria)
    assert count >= 6
    # the teacher: 3 on the first criteria, 0 on the last ones (scale 0–3)
    mine = [3, 3, 3] + [2] * (count - 6) + [0, 0, 0]
    world.observation(teacher, date(2025, 11, 20), mine)
    world.observation(colleague, date(2025, 11, 21), [1] * count)
    profile = teacher_profile(world.db, teacher, today=TODAY)
    assert len(profile.strongest) == 3 and len(profile.weakest) == 3
    first = profile.strongest[0]
    assert first.teacher_score == pytest.approx(100.0)
    # the school: this teacher's 3 and the colleague's 1 → (100 + 33.3) / 2
    assert first.school_score == pytest.approx((100 + 100 / 3) / 2)
    assert first.difference == pytest.approx(100 - (100 + 100 / 3) / 2)
    assert first.scored == 1
    assert {c.criterion_id for c in profile.strongest} == set(world.criteria[:3])
    assert {c.criterion_id for c in profile.weakest} == set(world.criteria[-3:])
    assert profile.weakest[0].teacher_score == 0.0
    assert profile.weakest[0].text.en


def test_results_per_class_and_subject_with_the_change(world: World) -> None:
    teacher = world.teacher("Sharipova Gulnora", subjects=("Algebra",))
    world.observation(teacher, date(2025, 11, 20), score=80.0)
    class_a = world.school_class("7-A", 7, 25)
    world.results(1, teacher, class_a, "Algebra", n5=6, n4=10, n3=9, class_size=25)  # 64 %
    world.results(2, teacher, class_a, "Algebra", n5=4, n4=8, n3=13, class_size=25)  # 48 %
    world.results(3, teacher, class_a, "Algebra", n5=8, n4=8, n3=9, class_size=25)  # future
    profile = teacher_profile(world.db, teacher, today=TODAY)
    assert [(r.term.number, r.class_name) for r in profile.results] == [(1, "7-A"), (2, "7-A")]
    latest = profile.results[-1]
    assert latest.indicators.quality == pytest.approx(48.0)
    assert latest.change is not None and latest.change.quality == pytest.approx(-16.0)
    # One quarter's fall is a wobble, not a sustained decline; no peers to compare with.
    assert profile.signals == []
    # Looking back at the third quarter shows its results too.
    later = teacher_profile(world.db, teacher, year="2025-2026", term=3, today=date(2026, 4, 1))
    assert [r.term.number for r in later.results] == [1, 2, 3]


def test_professional_development_and_activities_by_mechanism(world: World) -> None:
    teacher = world.teacher("Sharipova Gulnora", last_pd=date(2021, 2, 1))
    world.observation(teacher, date(2025, 11, 20), score=80.0)
    world.activity(teacher, "pd_course", date(2022, 12, 1), 72)  # the first day of 3 years
    world.activity(teacher, "pd_course", date(2023, 3, 1), 36)  # inside
    world.activity(teacher, "pd_course", date(2022, 11, 30), 144)  # a day too early
    world.activity(teacher, "mentoring", date(2025, 10, 1))
    world.activity(teacher, "mentoring", date(2025, 3, 1))  # the year before
    world.activity(teacher, "open_lesson", date(2025, 11, 10))
    profile = teacher_profile(world.db, teacher, today=TODAY)
    pd = profile.pd
    assert pd.last_course == date(2023, 3, 1)
    assert pd.next_due == date(2028, 3, 1)
    assert pd.status is PdStatus.CURRENT
    assert (pd.hours, pd.courses, pd.window_years, pd.period_years) == (108.0, 2, 3, 5)
    by = {m.mechanism: m for m in profile.mechanisms}
    assert list(by) == list(Mechanism)
    assert (by[Mechanism.MENTORING].this_year, by[Mechanism.MENTORING].total) == (1, 2)
    assert by[Mechanism.MENTORING].last_done == date(2025, 10, 1)
    # open lesson: professional development and innovative technologies
    assert by[Mechanism.INNOVATIVE_TECHNOLOGIES].total == 1
    assert by[Mechanism.PROFESSIONAL_DEVELOPMENT].total == 4
    assert by[Mechanism.DUAL_EDUCATION].total == 0
    assert [a.done_on for a in profile.activities] == [
        date(2025, 11, 10),
        date(2025, 10, 1),
        date(2025, 3, 1),
        date(2023, 3, 1),
        date(2022, 12, 1),
    ]
    assert profile.signals == []
    save_thresholds(world.db, Thresholds(pd_period_years=2, pd_hours_window_years=5))
    profile = teacher_profile(world.db, teacher, today=TODAY)
    assert profile.pd.status is PdStatus.OVERDUE
    assert profile.pd.hours == 252.0
    assert [s.kind for s in profile.signals] == [SignalKind.PD_OVERDUE]


def test_an_empty_profile_has_undefined_numbers(world: World) -> None:
    teacher = world.teacher("Yangi Oʻqituvchi", last_pd=None)
    profile = teacher_profile(world.db, teacher, today=TODAY)
    assert profile.observations == [] and profile.latest is None
    assert profile.average_this_year is None and profile.average_all is None
    assert profile.trend is None
    assert profile.strongest == [] and profile.weakest == []
    assert profile.results == []
    assert profile.pd.status is PdStatus.NONE and profile.pd.next_due is None
    assert profile.pd.hours == 0.0
    # Not "unobserved": the plan asked for no visit; no course on record is a signal.
    assert [s.kind for s in profile.signals] == [SignalKind.PD_OVERDUE]


def test_a_missing_teacher(world: World) -> None:
    with pytest.raises(NotFoundError):
        teacher_profile(world.db, 4242, today=TODAY)


def test_a_demo_profile(demo_db: Database) -> None:
    from eduqa_desktop.services.teachers import staff_list

    rows = staff_list(demo_db, 1).rows
    busiest = max(rows, key=lambda r: r.observations)
    profile = teacher_profile(demo_db, busiest.id, language="ru")
    assert profile.header.full_name == busiest.full_name
    assert profile.observations_this_year == busiest.observations
    assert profile.results and all(line.subject for line in profile.results)
