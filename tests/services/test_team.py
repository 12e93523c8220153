"""Team analysis on crafted data: departments side by side, mechanisms with and without evidence."""

from __future__ import annotations

from datetime import date

import pytest
from teacher_world import TODAY, World

from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.services.teachers import archive_teacher
from eduqa_desktop.services.team import team_analysis
from eduqa_desktop.storage.database import Database


@pytest.fixture
def world(school_db: Database) -> World:
    return World(school_db)


def test_departments_side_by_side(world: World) -> None:
    # Aniq fanlar: two teachers
    a1 = world.teacher("Aliyev Anvar", "Aniq fanlar", ("Algebra",), last_pd=date(2024, 1, 1))
    a2 = world.teacher("Boboyeva Nilufar", "Aniq fanlar", ("Algebra",), last_pd=date(2019, 1, 1))
    # Tarix: one teacher, one without a department, one archived (not counted)
    t1 = world.teacher("Nazarov Jasur", "Tarix", ("World history",), last_pd=None)
    loose = world.teacher("Qodirov Olim", last_pd=date(2025, 1, 1))
    gone = world.teacher("Ketgan Oʻqituvchi", "Tarix", last_pd=date(2025, 1, 1))
    archive_teacher(world.db, gone, left_on=date(2025, 10, 1))
    world.observation(a1, date(2025, 9, 20), score=90.0)
    world.observation(a1, date(2025, 11, 20), score=80.0)  # a1 average 85 → high
    world.observation(a2, date(2025, 11, 20), score=40.0)  # unsatisfactory
    world.observation(a2, date(2025, 5, 20), score=100.0)  # last year: left out
    world.observation(t1, date(2025, 11, 21), score=None)  # no score: counted, not averaged
    world.observation(t1, date(2025, 11, 22), score=60.0)  # needs improvement
    class_a = world.school_class("7-A", 7, 25)
    class_b = world.school_class("8-A", 8, 20)
    # results of the first quarter (the latest with results)
    world.results(1, a1, class_a, "Algebra", n5=5, n4=10, n3=8, n2=2, class_size=25)
    world.results(1, a2, class_b, "Algebra", n5=2, n4=4, n3=10, n2=4, class_size=20)
    world.results(1, t1, class_a, "World history", n5=10, n4=10, n3=5, class_size=25)
    world.activity(a1, "mentoring", date(2025, 10, 1))
    world.activity(a1, "open_lesson", date(2025, 10, 2))
    world.activity(a2, "club", date(2025, 10, 3), 12)
    world.activity(t1, "club", date(2025, 3, 3), 12)  # last year: left out
    world.activity(loose, "parents_meeting", date(2025, 11, 3))

    analysis = team_analysis(world.db, world.school_id, today=TODAY)
    assert (analysis.year, analysis.term) == ("2025-2026", 2)
    assert (analysis.results_year, analysis.results_term) == ("2025-2026", 1)
    names = [d.name for d in analysis.departments]
    assert names == ["Aniq fanlar", "Tarix", ""]  # teachers without a department last
    exact, history, nothing = analysis.departments

    assert exact.teachers == 2
    assert exact.observations == 3
    assert exact.average_score == pytest.approx((90 + 80 + 40) / 3)
    # summed counts: n5=7, n4=14 of N=45 → 46.7 %
    assert exact.indicators.quality == pytest.approx(21 / 45 * 100)
    assert exact.counts.assessed == 45
    assert exact.pd_current == 1 and exact.pd_compliance == pytest.approx(50.0)
    assert exact.activities == 3 and exact.activities_per_teacher == pytest.approx(1.5)
    assert exact.bands == {Band.HIGH: 1, Band.UNSATISFACTORY: 1}
    assert exact.band_share(Band.HIGH) == pytest.approx(50.0)

    assert history.teachers == 1  # the archived teacher is not counted
    assert history.observations == 2
    assert history.average_score == pytest.approx(60.0)
    assert history.indicators.quality == pytest.approx(80.0)
    assert history.pd_compliance == 0.0
    assert history.activities == 0
    assert history.bands == {Band.NEEDS_IMPROVEMENT: 1}

    assert nothing.teachers == 1
    assert nothing.observations == 0 and nothing.average_score is None
    assert nothing.indicators.quality is None  # no results: undefined, not 0
    assert nothing.bands == {None: 1} and nothing.band_share(None) == 100.0
    assert nothing.activities_per_teacher == 1.0

    school = analysis.school
    assert school.teachers == 4
    assert school.observations == 5
    assert school.average_score == pytest.approx((90 + 80 + 40 + 60) / 4)
    assert school.indicators.quality == pytest.approx(41 / 70 * 100)
    assert school.pd_current == 2
    assert school.activities == 4


def test_mechanisms_with_and_without_evidence(world: World) -> None:
    teacher = world.teacher("Aliyev Anvar", "Aniq fanlar")
    world.activity(teacher, "mentoring", date(2025, 10, 1))
    world.activity(teacher, "mentoring", date(2025, 10, 5))
    world.activity(teacher, "practice_employer", date(2025, 3, 1))  # last year
    world.observation(teacher, date(2025, 11, 20), [3] * len(world.criteria))
    analysis = team_analysis(world.db, world.school_id, today=TODAY)
    by = {m.mechanism: m for m in analysis.mechanisms}
    assert list(by) == list(Mechanism)
    assert by[Mechanism.MENTORING].activities == 2
    assert by[Mechanism.MENTORING].active_teachers == 1
    assert by[Mechanism.MENTORING].has_evidence
    assert by[Mechanism.PRACTICE].activities == 0
    tagged = [m for m in analysis.mechanisms if m.criterion_scores]
    assert tagged, "the shipped lesson-analysis criteria carry mechanism tags"
    for evidence in tagged:
        assert evidence.criterion_average == pytest.approx(100.0)
        assert evidence.observed_teachers == 1


def test_an_empty_school(world: World) -> None:
    analysis = team_analysis(world.db, world.school_id, today=TODAY)
    assert analysis.departments == []
    assert analysis.school.teachers == 0
    assert analysis.school.pd_compliance is None
    assert analysis.school.activities_per_teacher is None
    assert not any(m.has_evidence for m in analysis.mechanisms)


def test_the_demo_school(demo_db: Database) -> None:
    analysis = team_analysis(demo_db, 1)
    assert len(analysis.departments) >= 5
    assert analysis.school.teachers == sum(d.teachers for d in analysis.departments)
    assert analysis.school.counts.assessed == sum(d.counts.assessed for d in analysis.departments)
    assert any(m.has_evidence for m in analysis.mechanisms)
