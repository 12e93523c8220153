"""One lesson, however many observers recorded it.

Observations of one lesson by several observers (Co-observe) share ``co_observation``. Counts
of lessons — visits done for the plan, a teacher's latest lessons and their trend, a criterion
weak in two visits — must count such a lesson once: ``LESSON`` is the lesson's identity (the
shared UUID, else the observation's own), ``lead_observation()`` keeps the first final
observation of each lesson (the one the others co-observed).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, func, or_
from sqlalchemy.orm import aliased

from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.storage.models import Observation

__all__ = ["LESSON", "lead_observation"]

LESSON = func.coalesce(Observation.co_observation, Observation.uuid)


def lead_observation() -> ColumnElement[bool]:
    """True for an observation of no co-observed lesson, or the lesson's first final one."""
    earlier = aliased(Observation)
    return or_(
        Observation.co_observation.is_(None),
        ~exists().where(
            and_(
                earlier.co_observation == Observation.co_observation,
                earlier.status == ObservationStatus.FINAL,
                earlier.id < Observation.id,
            )
        ),
    )
