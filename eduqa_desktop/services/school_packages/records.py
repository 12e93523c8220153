"""A school's records for one period as the machine sheets of its package (text cells).

The period is an academic year, or one quarter of it: results of its quarters, observations
dated within it, plan entries of its months, and activities up to its end (a PD course of a
past year still counts for the teacher). Staff, the year's classes and
every subject and checklist version the records use go with them, so that the district can
rebuild the school from the package alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.exchange.exchange_package import (
    CHECKLIST_COLUMNS,
    CHECKLISTS_SHEET,
    CHUNK,
    DELETIONS_SHEET,
    OBSERVATIONS_SHEET,
    SCORES_SHEET,
    SNAPSHOTS_SHEET,
)
from eduqa_desktop.exchange.school_package_format import (
    ACTIVITIES_SHEET,
    CLASSES_SHEET,
    PLAN_SHEET,
    RESULTS_SHEET,
    SCHOOL_SHEET,
    SUBJECTS_SHEET,
    TEACHERS_SHEET,
    Rows,
)
from eduqa_desktop.services.deletions import deletion_rows
from eduqa_desktop.services.imports.observation_export import checklist_json
from eduqa_desktop.storage.models import (
    AcademicYear,
    Activity,
    ActivityType,
    ChecklistTemplate,
    Department,
    Observation,
    ObservationRevision,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
    VisitPlanEntry,
)


@dataclass(frozen=True)
class Period:
    year: str
    term: int | None
    start: date
    end: date

    def months(self) -> list[tuple[int, int]]:
        months, (year, month) = [], (self.start.year, self.start.month)
        while (year, month) <= (self.end.year, self.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def iso(value: date | datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _flag(value: bool) -> str:
    return "1" if value else "0"


def school_record(school: School) -> dict[str, str]:
    return {"uuid": str(school.uuid), "name": school.name, "district": school.district,
            "region": school.region, "updated_at": iso(school.updated_at)}  # fmt: skip


def _teachers(session: Session, school_id: int, subjects: dict[int, Subject]) -> Rows:
    query = select(Department).where(Department.school_id == school_id)
    departments = {d.id: d.name for d in session.scalars(query)}
    rows = []
    query = select(Teacher).where(Teacher.school_id == school_id).order_by(Teacher.id)
    for teacher in session.scalars(query):
        for subject in teacher.subjects:
            subjects[subject.id] = subject
        rows.append({
            "uuid": str(teacher.uuid), "full_name": teacher.full_name,
            "personnel_number": teacher.personnel_number or "",
            "department": departments.get(teacher.department_id or 0, ""),
            "category": str(teacher.category), "experience_years": str(teacher.experience_years),
            "last_pd_date": iso(teacher.last_pd_date), "hired_on": iso(teacher.hired_on),
            "active": _flag(teacher.active), "left_on": iso(teacher.left_on),
            "phone": teacher.phone, "note": teacher.note,
            "subjects": json.dumps(sorted(str(s.uuid) for s in teacher.subjects)),
            "updated_at": iso(teacher.updated_at),
        })  # fmt: skip
    return rows


def _classes(session: Session, school_id: int, year: str) -> tuple[Rows, dict[int, SchoolClass]]:
    query = (
        select(SchoolClass)
        .join(AcademicYear, AcademicYear.id == SchoolClass.academic_year_id)
        .where(SchoolClass.school_id == school_id, AcademicYear.name == year)
        .order_by(SchoolClass.grade, SchoolClass.letter)
    )
    classes = {c.id: c for c in session.scalars(query)}
    rows = [{"uuid": str(c.uuid), "year": year, "name": c.name, "grade": str(c.grade),
             "letter": c.letter, "pupils": _number(c.pupils), "updated_at": iso(c.updated_at)}
            for c in classes.values()]  # fmt: skip
    return rows, classes


def _results(
    session: Session, period: Period, classes: dict[int, SchoolClass], subjects: dict[int, Subject]
) -> Rows:
    query = (
        select(ResultRow, Term.number, Teacher.uuid)
        .join(Term, Term.id == ResultRow.term_id)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .join(Teacher, Teacher.id == ResultRow.teacher_id)
        .where(AcademicYear.name == period.year, ResultRow.class_id.in_(list(classes) or [0]))
        .order_by(Term.number, ResultRow.class_id, ResultRow.subject_id, ResultRow.id)
    )
    if period.term is not None:
        query = query.where(Term.number == period.term)
    found = session.execute(query).all()
    needed = {row.subject_id for row, _, _ in found} - subjects.keys()
    for subject in session.scalars(select(Subject).where(Subject.id.in_(needed))):
        subjects[subject.id] = subject
    return [
        {
            "uuid": str(row.uuid),
            "year": period.year,
            "term": str(number),
            "class_uuid": str(classes[row.class_id].uuid),
            "subject_uuid": str(subjects[row.subject_id].uuid),
            "teacher_uuid": str(teacher),
            "class_size": str(row.class_size),
            "n5": str(row.n5),
            "n4": str(row.n4),
            "n3": str(row.n3),
            "n2": str(row.n2),
            "n1": str(row.n1),
            "not_attested": str(row.not_attested),
            "exempt": str(row.exempt),
            "mark_scale": str(row.mark_scale),
            "updated_at": iso(row.updated_at),
        }
        for row, number, teacher in found
    ]


def _revisions(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    result: dict[int, list[dict[str, Any]]] = {}
    query = (
        select(ObservationRevision)
        .where(ObservationRevision.observation_id.in_(ids))
        .order_by(ObservationRevision.observation_id, ObservationRevision.revision)
    )
    for item in session.scalars(query):
        result.setdefault(item.observation_id, []).append({
            "uuid": str(item.uuid), "revision": item.revision, "reason": item.reason,
            "changed_by": item.changed_by,
        })  # fmt: skip
    return result


def _observations(
    session: Session, school: School, period: Period, subjects: dict[int, Subject]
) -> tuple[Rows, Rows, Rows, Rows]:
    """The sheets of an observations package, for the period's lessons."""
    query = (
        select(Observation, Teacher, SchoolClass.name, AcademicYear.name)
        .join(Teacher, Teacher.id == Observation.teacher_id)
        .outerjoin(SchoolClass, SchoolClass.id == Observation.class_id)
        .outerjoin(AcademicYear, AcademicYear.id == SchoolClass.academic_year_id)
        .where(Observation.school_id == school.id,
               Observation.observed_on.between(period.start, period.end))
        .order_by(Observation.observed_on, Observation.id)
    )  # fmt: skip
    found = session.execute(query).all()
    revisions = _revisions(session, [obs.id for obs, *_ in found])
    templates: dict[int, ChecklistTemplate] = {}
    positions: dict[int, tuple[int, int]] = {}
    observations: Rows = []
    scores: Rows = []
    snapshots: Rows = []
    for obs, teacher, class_name, year in found:
        template = templates.get(obs.template_id)
        if template is None:
            template = templates[obs.template_id] = obs.template
            for section in template.sections:
                for criterion in section.criteria:
                    positions[criterion.id] = (section.position, criterion.position)
        subject = session.get(Subject, obs.subject_id) if obs.subject_id else None
        if subject is not None:
            subjects[subject.id] = subject
        observations.append({
            "uuid": str(obs.uuid), "school": school.name, "teacher_uuid": str(teacher.uuid),
            "teacher": teacher.full_name, "personnel_number": teacher.personnel_number or "",
            "observer": obs.observer, "observed_on": iso(obs.observed_on),
            "lesson_period": _number(obs.lesson_period), "class_name": class_name or "",
            "year": year or "", "subject": subject.name if subject else "", "topic": obs.topic,
            "purpose": str(obs.purpose), "template_family": str(template.family),
            "template_version": str(template.version), "strengths": obs.strengths,
            "recommendations": obs.recommendations, "next_steps": obs.next_steps,
            "next_steps_due": iso(obs.next_steps_due),
            "teacher_has_seen": _flag(obs.teacher_has_seen), "status": str(obs.status),
            "finalized_at": iso(obs.finalized_at), "revision": str(obs.revision),
            "updated_at": iso(obs.updated_at), "score": _number(obs.score),
            "revisions": json.dumps(revisions.get(obs.id, []), ensure_ascii=False),
            "co_observation": "" if obs.co_observation is None else str(obs.co_observation),
            "calibration_note": obs.calibration_note,
        })  # fmt: skip
        for snap in obs.snapshots:
            snapshots.append({
                "observation_uuid": str(obs.uuid), "position": str(snap.position),
                "activity": snap.activity or "", "pupils_off_task": _number(snap.pupils_off_task),
                "material": snap.material or "", "minute": _number(snap.minute),
            })  # fmt: skip
        for score in sorted(obs.scores, key=lambda s: positions[s.criterion_id]):
            section, position = positions[score.criterion_id]
            value = None if score.not_applicable else score.score
            scores.append({
                "observation_uuid": str(obs.uuid), "section": str(section),
                "position": str(position), "score": _number(value),
                "not_applicable": _flag(score.not_applicable), "comment": score.comment,
            })  # fmt: skip
    checklists: Rows = []
    for template in templates.values():
        text = json.dumps(checklist_json(template), ensure_ascii=False, sort_keys=True)
        for part, start in enumerate(range(0, len(text), CHUNK)):
            values = (str(template.family), str(template.version), str(part),
                      text[start : start + CHUNK])  # fmt: skip
            checklists.append(dict(zip(CHECKLIST_COLUMNS, values, strict=True)))
    return observations, scores, checklists, snapshots


def _activities(session: Session, school_id: int, period: Period) -> Rows:
    query = (
        select(Activity, Teacher.uuid, ActivityType)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        # the whole history up to the period's end: PD courses of past years still count
        .where(Teacher.school_id == school_id, Activity.done_on <= period.end)
        .order_by(Activity.done_on, Activity.id)
    )
    return [
        {
            "uuid": str(item.uuid),
            "teacher_uuid": str(teacher),
            "type_code": kind.code,
            "type_name_uz": kind.name_uz,
            "type_name_ru": kind.name_ru,
            "type_name_en": kind.name_en,
            "type_unit": str(kind.unit),
            "type_counts_as_pd": _flag(kind.counts_as_pd),
            "done_on": iso(item.done_on),
            "quantity": _number(item.quantity),
            "level": item.level,
            "place": _number(item.place),
            "note": item.note,
            "updated_at": iso(item.updated_at),
        }
        for item, teacher, kind in session.execute(query)
    ]


def _plan(session: Session, school_id: int, period: Period) -> Rows:
    months = set(period.months())
    query = (
        select(VisitPlanEntry, Teacher.uuid)
        .join(Teacher, Teacher.id == VisitPlanEntry.teacher_id)
        .where(VisitPlanEntry.school_id == school_id)
        .order_by(VisitPlanEntry.year, VisitPlanEntry.month, VisitPlanEntry.id)
    )
    return [
        {
            "uuid": str(entry.uuid),
            "teacher_uuid": str(teacher),
            "year": str(entry.year),
            "month": str(entry.month),
            "planned_on": iso(entry.planned_on),
            "purpose": str(entry.purpose),
            "observer": entry.observer,
            "note": entry.note,
            "updated_at": iso(entry.updated_at),
        }
        for entry, teacher in session.execute(query)
        if (entry.year, entry.month) in months
    ]


def _subject_record(subject: Subject) -> dict[str, str]:
    return {"uuid": str(subject.uuid), "name": subject.name, "name_key": subject.name_key,
            "name_uz": subject.name_uz, "name_ru": subject.name_ru,
            "name_en": subject.name_en}  # fmt: skip


def machine_records(session: Session, school: School, period: Period) -> dict[str, Rows]:
    subjects: dict[int, Subject] = {}
    teachers = _teachers(session, school.id, subjects)
    classes, by_id = _classes(session, school.id, period.year)
    results = _results(session, period, by_id, subjects)
    observations, scores, checklists, snapshots = _observations(session, school, period, subjects)
    return {
        SCHOOL_SHEET: [school_record(school)],
        TEACHERS_SHEET: teachers,
        CLASSES_SHEET: classes,
        SUBJECTS_SHEET: [_subject_record(s) for s in sorted(subjects.values(), key=lambda s: s.id)],
        RESULTS_SHEET: results,
        OBSERVATIONS_SHEET: observations,
        SCORES_SHEET: scores,
        CHECKLISTS_SHEET: checklists,
        SNAPSHOTS_SHEET: snapshots,
        ACTIVITIES_SHEET: _activities(session, school.id, period),
        PLAN_SHEET: _plan(session, school.id, period),
        # every deletion of the school, whatever its period: a tombstone is small, and a
        # record deleted from an earlier period is gone at the district too
        DELETIONS_SHEET: deletion_rows(session, school.id),
    }
