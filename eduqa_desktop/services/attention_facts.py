"""Facts the attention signals and the staff views read: professional-development courses and
agreed next steps with their follow-ups, one query each for all the schools asked.

Facts of observations are keyed by (school, teacher): a teacher's signals count the
observations recorded in the teacher's school only, whichever schools are asked together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import FollowUp
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.storage.lessons import LESSON
from eduqa_desktop.storage.models import Activity, ActivityType, Observation, Teacher

__all__ = ["district_last_courses", "follow_ups_in", "last_courses"]

_Key = tuple[int, int]  # (school id, teacher id)


def _final(query, school_ids: Sequence[int], teacher_id: int | None):  # type: ignore[no-untyped-def]
    query = query.where(
        Observation.school_id.in_(school_ids), Observation.status == ObservationStatus.FINAL
    )
    if teacher_id is not None:
        query = query.where(Observation.teacher_id == teacher_id)
    return query


def last_courses(
    session: Session, school_id: int, as_of: date, teacher_id: int | None = None
) -> dict[int, date | None]:
    """The last professional-development course of each teacher of the school, up to `as_of`.

    The later of the date typed on the teacher's card and the latest activity of a type that
    counts as professional development.
    """
    return district_last_courses(session, [school_id], as_of, teacher_id).get(school_id, {})


def district_last_courses(
    session: Session, school_ids: Sequence[int], as_of: date, teacher_id: int | None = None
) -> dict[int, dict[int, date | None]]:
    """`last_courses` of many schools in two queries: school → teacher → day."""
    typed = select(Teacher.school_id, Teacher.id, Teacher.last_pd_date).where(
        Teacher.school_id.in_(school_ids)
    )
    recorded = (
        select(Activity.teacher_id, func.max(Activity.done_on))
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(
            Teacher.school_id.in_(school_ids),
            ActivityType.counts_as_pd,
            Activity.done_on <= as_of,
        )
        .group_by(Activity.teacher_id)
    )
    if teacher_id is not None:
        typed = typed.where(Teacher.id == teacher_id)
        recorded = recorded.where(Activity.teacher_id == teacher_id)
    result: dict[int, dict[int, date | None]] = defaultdict(dict)
    school_of = {}
    for sid, tid, day in session.execute(typed):
        result[sid][tid] = day if day is not None and day <= as_of else None
        school_of[tid] = sid
    for tid, day in session.execute(recorded):
        courses = result[school_of[tid]]
        current = courses.get(tid)
        courses[tid] = day if current is None or day > current else current
    return dict(result)


def follow_ups_in(
    session: Session,
    school_ids: Sequence[int],
    year_start: date,
    as_of: date,
    teacher_id: int | None,
) -> dict[_Key, list[FollowUp]]:
    """Next steps due from `year_start`, and whether a follow-up visit was made.

    A follow-up is a later final observation (of the same school) that names the first one
    (`follow_up_of_id`) or a later final observation of the same teacher with the purpose
    "follow-up visit". One query reads both kinds; they are matched here (a correlated
    EXISTS took a quarter of a second on a district file). A lesson several observers recorded
    agreed its next steps once: its earliest due date, done when any record's follow-up is.
    """
    query = _final(
        select(
            Observation.id,
            Observation.school_id,
            Observation.teacher_id,
            Observation.observed_on,
            Observation.next_steps_due,
            Observation.follow_up_of_id,
            Observation.purpose,
            LESSON.label("lesson"),
        ).where(
            Observation.observed_on <= as_of,
            or_(
                Observation.next_steps_due >= year_start,
                Observation.follow_up_of_id.is_not(None),
                Observation.purpose == Purpose.FOLLOW_UP,
            ),
        ),
        school_ids,
        teacher_id,
    )
    rows = session.execute(query).all()
    named = {
        (row.school_id, row.follow_up_of_id) for row in rows if row.follow_up_of_id is not None
    }
    visits: dict[_Key, list[date]] = defaultdict(list)
    for row in rows:
        if row.purpose == Purpose.FOLLOW_UP:
            visits[row.school_id, row.teacher_id].append(row.observed_on)
    lessons: dict[tuple[int, int, object], FollowUp] = {}
    for row in rows:
        if row.next_steps_due is None or row.next_steps_due < year_start:
            continue
        key = (row.school_id, row.teacher_id)
        done = (row.school_id, row.id) in named or any(day > row.observed_on for day in visits[key])
        found = FollowUp(row.observed_on, row.next_steps_due, done)
        seen = lessons.get((*key, row.lesson))
        if seen is not None:
            found = FollowUp(seen.observed_on, min(seen.due, found.due), seen.done or found.done)
        lessons[*key, row.lesson] = found
    result: dict[_Key, list[FollowUp]] = defaultdict(list)
    for (sid, tid, _), follow_up in lessons.items():
        result[sid, tid].append(follow_up)
    return result
