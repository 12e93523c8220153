"""What a school's database holds, at a glance: the first views of each tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from eduqa_desktop.domain.indicators import Indicators, MarkCounts, compute_indicators
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.indicator_queries import ResultFilter, total_counts
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistTemplate,
    Department,
    Observation,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
    Term,
)


@dataclass(frozen=True, slots=True)
class TermIndicators:
    year: str
    term: int
    counts: MarkCounts
    indicators: Indicators


@dataclass(frozen=True, slots=True)
class SchoolOverview:
    teachers: int
    classes: int
    observations: int
    latest: TermIndicators | None
    previous: TermIndicators | None


def _terms_with_results(session, school_id: int) -> list[tuple[int, str, int]]:  # type: ignore[no-untyped-def]
    query = (
        select(Term.id, AcademicYear.name, Term.number)
        .join(AcademicYear)
        .where(
            select(ResultRow.id)
            .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
            .where(ResultRow.term_id == Term.id, SchoolClass.school_id == school_id)
            .exists()
        )
        .order_by(AcademicYear.start_date, Term.number)
    )
    return [(row[0], row[1], row[2]) for row in session.execute(query)]


def school_overview(db: Database, school_id: int) -> SchoolOverview:
    with db.session() as session:
        teachers = session.scalar(
            select(func.count()).where(Teacher.school_id == school_id, Teacher.active)
        )
        classes = session.scalar(
            select(func.count(func.distinct(SchoolClass.name))).where(
                SchoolClass.school_id == school_id
            )
        )
        observations = session.scalar(
            select(func.count()).select_from(Observation).where(Observation.school_id == school_id)
        )
        terms = _terms_with_results(session, school_id)
        summaries = []
        for term_id, year, number in terms[-2:]:
            counts = total_counts(session, ResultFilter(term_ids=[term_id], school_ids=[school_id]))
            summaries.append(TermIndicators(year, number, counts, compute_indicators(counts)))
    latest = summaries[-1] if summaries else None
    previous = summaries[-2] if len(summaries) > 1 else None
    return SchoolOverview(teachers or 0, classes or 0, observations or 0, latest, previous)


@dataclass(frozen=True, slots=True)
class TeacherLine:
    id: int
    full_name: str
    department: str
    category: str
    experience_years: int
    last_pd_date: date | None
    active: bool


def teacher_lines(db: Database, school_id: int) -> list[TeacherLine]:
    with db.session() as session:
        rows = session.execute(
            select(Teacher, Department.name)
            .outerjoin(Department, Department.id == Teacher.department_id)
            .where(Teacher.school_id == school_id)
            .order_by(Teacher.full_name)
        ).all()
        return [
            TeacherLine(
                t.id,
                t.full_name,
                dep or "",
                t.category.value,
                t.experience_years,
                t.last_pd_date,
                t.active,
            )
            for t, dep in rows
        ]


@dataclass(frozen=True, slots=True)
class ObservationLine:
    id: int
    observed_on: date
    teacher: str
    class_name: str
    subject: str
    checklist: str
    score: float | None
    status: str


def observation_lines(db: Database, school_id: int) -> list[ObservationLine]:
    with db.session() as session:
        rows = session.execute(
            select(
                Observation,
                Teacher.full_name,
                SchoolClass.name,
                Subject.name,
                ChecklistTemplate.name_en,
            )
            .join(Teacher, Teacher.id == Observation.teacher_id)
            .outerjoin(SchoolClass, SchoolClass.id == Observation.class_id)
            .outerjoin(Subject, Subject.id == Observation.subject_id)
            .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id)
            .where(Observation.school_id == school_id)
            .order_by(Observation.observed_on.desc())
        ).all()
        return [
            ObservationLine(o.id, o.observed_on, t, c or "", s or "", ch, o.score, o.status.value)
            for o, t, c, s, ch in rows
        ]


def school_exists(db: Database, school_id: int) -> bool:
    with db.session() as session:
        return session.get(School, school_id) is not None
