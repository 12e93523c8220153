"""Mentors from evidence: for a criterion a teacher is weak in, the colleagues strong in it.

A colleague is *strong* on a criterion when their final observations score it, on average, in
the top third of the scale (at least `STRONG_SHARE` of it) and above the teacher. The same
criterion across versions of a checklist is the same family and text (as the attention signals
count a weak criterion). Colleagues who teach one of the teacher's subjects come first, then
those of the teacher's department; others are not offered — a mentor should know the work.

`plan_peer_visit` puts the visit in the plan: the teacher goes to the mentor's lesson (a peer
visit of the mentor's lesson, with the teacher as the visitor), so that the attention signals
count the teacher as mentored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services import access
from eduqa_desktop.services.teacher_profile import criterion_level
from eduqa_desktop.services.teachers import teacher_record
from eduqa_desktop.services.visit_plan import PlannedVisitInput, add_visit
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Department,
    Observation,
    ObservationScore,
    Teacher,
    teacher_subjects,
)

__all__ = ["MENTORS_SHOWN", "STRONG_SHARE", "Mentor", "mentors_for", "plan_peer_visit"]

STRONG_SHARE = 200 / 3  # % of the scale: the top third
MENTORS_SHOWN = 2


@dataclass(frozen=True)
class Mentor:
    teacher_id: int
    full_name: str
    department: str
    score: float  # the colleague's average on the criterion, % of the scale
    scored: int  # visits that scored it
    same_subject: bool  # teaches one of the teacher's subjects (else: the same department)


def _key(family: str, text_en: str, text_uz: str) -> tuple[str, str]:
    return family, (text_en or text_uz).strip().casefold()


def mentors_for(
    db: Database,
    teacher_id: int,
    criterion_ids: Sequence[int],
    *,
    as_of: date | None = None,
    limit: int = MENTORS_SHOWN,
) -> dict[int, list[Mentor]]:
    """criterion id → up to `limit` colleagues strong in it, the best first."""
    with db.session() as session:
        return _mentors(session, teacher_id, criterion_ids, as_of or date.today(), limit)


def _mentors(
    session: Session, teacher_id: int, criterion_ids: Sequence[int], as_of: date, limit: int
) -> dict[int, list[Mentor]]:
    teacher = session.get(Teacher, teacher_id)
    if teacher is None or not criterion_ids:
        return {}
    wanted = {
        cid: _key(family, en, uz)
        for cid, family, en, uz in session.execute(
            select(
                ChecklistCriterion.id,
                ChecklistTemplate.family,
                ChecklistCriterion.text_en,
                ChecklistCriterion.text_uz,
            )
            .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
            .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistSection.template_id)
            .where(ChecklistCriterion.id.in_(criterion_ids))
        )
    }
    # Every teacher's average per criterion key in the school (final observations up to as_of).
    rows = session.execute(
        select(
            Observation.teacher_id,
            ChecklistTemplate.family,
            ChecklistCriterion.text_en,
            ChecklistCriterion.text_uz,
            func.avg(criterion_level()),
            func.count(),
        )
        .join(ObservationScore, ObservationScore.observation_id == Observation.id)
        .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistSection.template_id)
        .where(
            Observation.school_id == teacher.school_id,
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on <= as_of,
            ObservationScore.score.is_not(None),
            ObservationScore.not_applicable.is_(False),
        )
        .group_by(
            Observation.teacher_id,
            ChecklistTemplate.family,
            ChecklistCriterion.text_en,
            ChecklistCriterion.text_uz,
        )
    ).all()
    scores: dict[tuple[str, str], dict[int, list[float]]] = defaultdict(dict)
    for tid, family, en, uz, average, count in rows:
        # Two versions' texts may fold to one key: pool them weighted by their counts.
        total, n = scores[_key(family, en, uz)].get(tid, [0.0, 0])
        scores[_key(family, en, uz)][tid] = [total + float(average) * count, n + count]
    people = _colleagues(session, teacher)
    result: dict[int, list[Mentor]] = {}
    for cid, key in wanted.items():
        by_teacher = {tid: (total / n, int(n)) for tid, (total, n) in scores[key].items()}
        own = by_teacher.get(teacher_id, (0.0, 0))[0]
        found = []
        for tid, (average, n) in by_teacher.items():
            person = people.get(tid)
            if person is None or average < STRONG_SHARE - 1e-9 or average <= own:
                continue
            name, department, same_subject = person
            found.append(Mentor(tid, name, department, round(average, 1), n, same_subject))
        found.sort(key=lambda m: (not m.same_subject, -m.score, -m.scored, m.full_name))
        result[cid] = found[:limit]
    return result


def _colleagues(session: Session, teacher: Teacher) -> dict[int, tuple[str, str, bool]]:
    """Active colleagues who share a subject or the department: id → (name, department,
    shares a subject)."""
    mine = {s.id for s in teacher.subjects}
    subjects: dict[int, set[int]] = defaultdict(set)
    for tid, sid in session.execute(
        select(teacher_subjects.c.teacher_id, teacher_subjects.c.subject_id)
        .join(Teacher, Teacher.id == teacher_subjects.c.teacher_id)
        .where(Teacher.school_id == teacher.school_id)
    ):
        subjects[tid].add(sid)
    result = {}
    for tid, name, department_id, department in session.execute(
        select(Teacher.id, Teacher.full_name, Teacher.department_id, Department.name)
        .outerjoin(Department, Department.id == Teacher.department_id)
        .where(Teacher.school_id == teacher.school_id, Teacher.active, Teacher.id != teacher.id)
    ):
        same_subject = bool(mine & subjects[tid])
        same_department = department_id is not None and department_id == teacher.department_id
        if same_subject or same_department:
            result[tid] = (name, department or "", same_subject)
    return result


def plan_peer_visit(
    db: Database, teacher_id: int, mentor_id: int, *, year: int, month: int, note: str = ""
) -> int:
    """Plan the teacher's visit to a lesson of the mentor in the month; the entry's id."""
    access.require_row(db, Action.PLAN, Teacher, teacher_id)
    with db.session() as session:
        teacher = teacher_record(session, teacher_id)
        school_id, visitor = teacher.school_id, teacher.full_name
    return add_visit(
        db,
        PlannedVisitInput(
            school_id=school_id,
            teacher_id=mentor_id,
            year=year,
            month=month,
            purpose=Purpose.PEER_VISIT,
            observer=visitor,
            note=note,
        ),
    )
