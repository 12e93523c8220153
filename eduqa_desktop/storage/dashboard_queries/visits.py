"""The visit plan as the dashboard counts it, and the active staff of a scope."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.storage.dashboard_queries.filters import TeacherScope, Window, teacher_conditions
from eduqa_desktop.storage.lessons import lead_observation
from eduqa_desktop.storage.models import Observation, Teacher, VisitPlanEntry


def planned_visits(
    session: Session, scope: TeacherScope, months: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, int, int, date | None]]:
    """Planned visits of the months (calendar year, month): (id, teacher, purpose, year,
    month, day)."""
    if not months:
        return []
    month = VisitPlanEntry.year * 100 + VisitPlanEntry.month
    query = (
        select(
            VisitPlanEntry.id,
            VisitPlanEntry.teacher_id,
            VisitPlanEntry.purpose,
            VisitPlanEntry.year,
            VisitPlanEntry.month,
            VisitPlanEntry.planned_on,
        )
        .join(Teacher, Teacher.id == VisitPlanEntry.teacher_id)
        .where(month.in_([y * 100 + m for y, m in months]), *teacher_conditions(scope))
    )
    return [
        (row[0], row[1], str(getattr(row[2], "value", row[2])), row[3], row[4], row[5])
        for row in session.execute(query)
    ]


def observed_visits(
    session: Session, scope: TeacherScope, window: Window
) -> list[tuple[int, int, str, date]]:
    """Final observations of the scope's teachers in the window: (id, teacher, purpose, day);
    a lesson several observers recorded once (its first observation)."""
    query = (
        select(Observation.id, Observation.teacher_id, Observation.purpose, Observation.observed_on)
        .join(Teacher, Teacher.id == Observation.teacher_id)
        .where(
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on.between(window.start, window.end),
            lead_observation(),
            *teacher_conditions(scope),
        )
    )
    return [
        (row[0], row[1], str(getattr(row[2], "value", row[2])), row[3])
        for row in session.execute(query)
    ]


# --- teachers and their flags -----------------------------------------------------------------


def staff(session: Session, scope: TeacherScope) -> dict[int, int]:
    """The active teachers of the scope: teacher id → school id."""
    query = select(Teacher.id, Teacher.school_id).where(
        Teacher.active.is_(True), *teacher_conditions(scope)
    )
    return {row[0]: row[1] for row in session.execute(query)}
