"""Evidence of the mechanisms of quality: in observed lessons (tagged criteria) and in
activities (tagged types)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, distinct, func, literal, select
from sqlalchemy.orm import Session

from eduqa_desktop.storage.dashboard_queries.filters import (
    ObservationFilter,
    TeacherScope,
    Window,
    normalised_score,
    scored_criteria,
    teacher_conditions,
)
from eduqa_desktop.storage.models import (
    Activity,
    ActivityTypeMechanism,
    ChecklistCriterion,
    ChecklistTemplate,
    CriterionMechanism,
    Observation,
    ObservationScore,
    Teacher,
)


@dataclass(frozen=True, slots=True)
class MechanismLessons:
    mechanism: str
    lessons: int  # observations where a criterion of the mechanism scored above the minimum
    weighted: float
    weight: float

    @property
    def average(self) -> float | None:
        return self.weighted * 100 / self.weight if self.weight else None


def mechanism_lessons(session: Session, where: ObservationFilter) -> list[MechanismLessons]:
    """Evidence of each mechanism in observed lessons (criteria tagged with it)."""
    seen = case(
        (ObservationScore.score > ChecklistTemplate.scale_min, Observation.id), else_=literal(None)
    )
    weight = ChecklistCriterion.weight
    query = (
        scored_criteria(
            select(
                CriterionMechanism.mechanism,
                func.count(distinct(seen)),
                func.sum(weight * normalised_score()),
                func.sum(weight),
            ),
            where,
        )
        .join(
            CriterionMechanism,
            CriterionMechanism.criterion_id == ObservationScore.criterion_id,
        )
        .group_by(CriterionMechanism.mechanism)
    )
    return [
        MechanismLessons(str(getattr(m, "value", m)), int(n), float(ws or 0), float(w or 0))
        for m, n, ws, w in session.execute(query)
    ]


def mechanism_activities(
    session: Session, scope: TeacherScope, window: Window
) -> dict[str, tuple[int, int]]:
    """Per mechanism: activities recorded in the window, and how many teachers recorded them."""
    query = (
        select(
            ActivityTypeMechanism.mechanism,
            func.count(Activity.id),
            func.count(distinct(Activity.teacher_id)),
        )
        .select_from(Activity)
        .join(
            ActivityTypeMechanism,
            ActivityTypeMechanism.activity_type_id == Activity.activity_type_id,
        )
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(Activity.done_on.between(window.start, window.end), *teacher_conditions(scope))
        .group_by(ActivityTypeMechanism.mechanism)
    )
    return {str(getattr(m, "value", m)): (int(n), int(t)) for m, n, t in session.execute(query)}
