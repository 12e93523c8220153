"""Time on task over the lessons of a selection: each lesson's share of snapshots on
instruction in bins of 10 points, and the snapshots pooled (counts summed, never shares
averaged)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.snapshots import (
    INSTRUCTION_REFERENCE,
    MANAGEMENT_REFERENCE,
    ActivityGroup,
    TeacherActivity,
)
from eduqa_desktop.storage.dashboard_queries.filters import ObservationFilter, final_observations
from eduqa_desktop.storage.models import Observation, ObservationSnapshot

SHARE_BIN = 10  # points of the instruction share per bar
SHARE_BINS = 100 // SHARE_BIN


def _of_group(group: ActivityGroup) -> list[str]:
    return [str(a) for a in TeacherActivity if a.group is group]


@dataclass(frozen=True, slots=True)
class TimeOnTaskCounts:
    lessons: int  # lessons with at least one coded activity
    bins: tuple[int, ...]  # lessons per bin of the instruction share, 0..100
    meeting_both: int  # lessons with instruction ≥ 50 % and management ≤ 15 %
    coded: int  # snapshots with an activity, pooled
    instruction: int
    management: int
    off_task: int
    pupils_coded: int
    engaged: int  # snapshots with at most one pupil off task


def time_on_task_counts(session: Session, where: ObservationFilter) -> TimeOnTaskCounts:
    snap = ObservationSnapshot
    coded = func.count(snap.activity)
    instruction = func.sum(
        case((snap.activity.in_(_of_group(ActivityGroup.INSTRUCTION)), 1), else_=0)
    )
    management = func.sum(
        case((snap.activity.in_(_of_group(ActivityGroup.MANAGEMENT)), 1), else_=0)
    )
    off_task = func.sum(case((snap.activity.in_(_of_group(ActivityGroup.OFF_TASK)), 1), else_=0))
    pupils = func.count(snap.pupils_off_task)
    engaged = func.sum(case((snap.pupils_off_task <= 1, 1), else_=0))
    query = final_observations(
        select(snap.observation_id, coded, instruction, management, off_task, pupils, engaged)
        .select_from(Observation)
        .join(snap, snap.observation_id == Observation.id),
        where,
    ).group_by(snap.observation_id)
    bins = [0] * SHARE_BINS
    totals = [0] * 6
    lessons = meeting = 0
    for _id, *values in session.execute(query):
        counts = [int(v or 0) for v in values]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        n, inst, manage = counts[0], counts[1], counts[2]
        if n == 0:
            continue
        lessons += 1
        share = 100 * inst / n
        bins[min(int(share // SHARE_BIN), SHARE_BINS - 1)] += 1
        if share >= INSTRUCTION_REFERENCE and 100 * manage / n <= MANAGEMENT_REFERENCE:
            meeting += 1
    return TimeOnTaskCounts(lessons, tuple(bins), meeting, *totals)
