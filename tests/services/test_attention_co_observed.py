"""A lesson two observers recorded (Co-observe) is one lesson in the signals and the counts.

Year 2025-2026, quarter 3 (12.01–20.03.2026), judged on 1 July 2026; the shipped checklist
(scale 0–3). Hand-made, one teacher per rule:

- Trend: lessons 60, 70, then one seen by two (58, 52). Once: 60, 70, 55 — not falling
  (twice it would be 70, 58, 52: falling).
- Low: one lesson seen by two (60, 30): the mean 45 is below 50 — a low lesson of 45 %.
- Criterion: one lesson, both observers score criterion 1 at 0: weak in 1 visit of 1 — no
  signal (twice: 2 of 2).
- Planned: two visits planned in February, one lesson (two records) in it: one done, one
  overdue (twice: both done).
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.visit_plan import VisitStatus
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services.attention import teacher_signals
from eduqa_desktop.services.teacher_profile import teacher_profile
from eduqa_desktop.services.teachers import observation_stats
from eduqa_desktop.services.visit_plan import list_plan
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    School,
    Teacher,
    VisitPlanEntry,
)

YEAR = "2025-2026"
TODAY = date(2026, 7, 1)
NAMES = ("Trend", "Low", "Criterion", "Planned")


@pytest.fixture
def world(school_db: Database) -> dict[str, int]:
    with school_db.session() as session:
        school_id = session.scalar(select(School.id))
        template = session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.shipped)
        ).first()
        assert school_id is not None and template is not None and template.scale_min == 0
        criterion = session.scalars(
            select(ChecklistCriterion.id)
            .join(ChecklistSection)
            .where(ChecklistSection.template_id == template.id)
            .order_by(ChecklistSection.position, ChecklistCriterion.position)
        ).first()
        ids: dict[str, int] = {"school": school_id}
        for name in NAMES:
            teacher = Teacher(
                school_id=school_id, full_name=name, name_key=name_key(name),
                experience_years=10, last_pd_date=date(2025, 6, 1),
            )  # fmt: skip
            session.add(teacher)
            session.flush()
            ids[name] = teacher.id

        def lesson(
            teacher: str, day: date, *scores: float, level: int | None = None
        ) -> list[int]:
            """One lesson: one observation per score (a pair shares its co-observation)."""
            group = uuid.uuid4() if len(scores) > 1 else None
            made = []
            for n, score in enumerate(scores):
                obs = Observation(
                    school_id=school_id, teacher_id=ids[teacher], observed_on=day,
                    lesson_period=2, template_id=template.id, status=ObservationStatus.FINAL,
                    score=score, observer=f"Observer {n + 1}", co_observation=group,
                )  # fmt: skip
                session.add(obs)
                session.flush()
                if level is not None:
                    session.add(
                        ObservationScore(observation_id=obs.id, criterion_id=criterion, score=level)
                    )
                made.append(obs.id)
            return made

        lesson("Trend", date(2026, 1, 20), 60.0)
        lesson("Trend", date(2026, 2, 3), 70.0)
        lesson("Trend", date(2026, 2, 17), 58.0, 52.0)
        lesson("Low", date(2026, 2, 10), 60.0, 30.0)
        lesson("Criterion", date(2026, 2, 11), 75.0, 75.0, level=0)
        lesson("Planned", date(2026, 2, 12), 75.0, 75.0)
        for _ in range(2):
            session.add(
                VisitPlanEntry(
                    school_id=school_id, teacher_id=ids["Planned"], year=2026, month=2,
                    purpose=Purpose.PLANNED_CONTROL,
                )
            )  # fmt: skip
    return ids


def _signals(db: Database, teacher: int) -> dict[str, str]:
    found = teacher_signals(db, teacher, year=YEAR, term=3, today=TODAY)
    return {s.kind: s.message for s in found}


def test_a_co_observed_lesson_is_one_lesson_in_the_trend(school_db, world) -> None:  # type: ignore[no-untyped-def]
    assert "falling_lessons" not in _signals(school_db, world["Trend"])  # 60, 70, 55


def test_a_co_observed_lesson_scores_the_mean_of_its_observers(school_db, world) -> None:  # type: ignore[no-untyped-def]
    assert _signals(school_db, world["Low"])["low_lesson"] == (
        "Latest lesson (10.02.2026) scored 45.0%, below “needs improvement” (50.0%)"
    )


def test_a_criterion_weak_in_one_co_observed_lesson_is_weak_in_one_visit(school_db, world) -> None:  # type: ignore[no-untyped-def]
    assert "weak_criterion" not in _signals(school_db, world["Criterion"])


def test_a_co_observed_lesson_does_one_planned_visit(school_db, world) -> None:  # type: ignore[no-untyped-def]
    assert _signals(school_db, world["Planned"])["planned_visit_overdue"] == (
        "1 planned visit(s) overdue, the oldest planned for 02.2026"
    )
    lines = list_plan(school_db, world["school"], (2026, 2), (2026, 2), today=TODAY)
    assert sorted(line.status for line in lines) == sorted(
        [VisitStatus.DONE, VisitStatus.OVERDUE]
    )


def test_the_profile_and_the_staff_list_count_the_lesson_once(school_db, world) -> None:  # type: ignore[no-untyped-def]
    profile = teacher_profile(school_db, world["Low"], year=YEAR, term=3, today=TODAY)
    assert len(profile.observations) == 2  # both records stay in the history
    assert profile.observations_this_year == 1
    assert profile.average_this_year == 45.0
    with school_db.session() as session:
        stats = observation_stats(session, world["school"], date(2025, 9, 1), TODAY)
    assert stats[world["Low"]] == (1, 45.0)
    assert stats[world["Trend"]] == (3, pytest.approx((60 + 70 + 55) / 3))
