"""Finding observations: the list with its filters, the choices of the form and of the filters.

Filters run in SQL; the search runs on a key made by `domain.names.search_key` on both sides,
so "Gʻaniyev", "G'aniyev", "Ganiev" and "Ғаниев" find each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.observation_scoring import Band, band_for
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.school_calendar import year_name_for
from eduqa_desktop.domain.visit_plan import month_bounds
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose
from eduqa_desktop.services import access
from eduqa_desktop.services.checklist_views import Text, localized
from eduqa_desktop.services.observation_records import subject_texts
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistTemplate,
    Department,
    Observation,
    School,
    SchoolClass,
    Subject,
    Teacher,
    teacher_subjects,
)


@dataclass(frozen=True)
class ObservationFilter:
    teacher_id: int | None = None
    department_id: int | None = None
    subject_id: int | None = None
    observer: str | None = None
    purpose: Purpose | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: ObservationStatus | None = None
    band: Band | None = None
    search: str = ""


@dataclass(frozen=True)
class ObservationLine:
    id: int
    uuid: uuid.UUID
    observed_on: date
    teacher_id: int
    teacher: str
    department: str
    class_name: str
    subject: str
    topic: str
    observer: str
    purpose: Purpose
    checklist: str
    status: ObservationStatus
    score: float | None
    band: Band | None
    revision: int
    follow_up_of_id: int | None
    search_text: str  # search_key of what the search looks in


@lru_cache(maxsize=8192)
def _part_key(text: str) -> str:
    """The search key of one part of a row; names, classes and subjects repeat row after row."""
    return search_key(text)


def matches_search(line: ObservationLine, query: str) -> bool:
    """Every word of the query is found (apostrophes, case and script ignored)."""
    return all(word in line.search_text for word in search_key(query).split())


def _list_query(school_id: int, wanted: ObservationFilter) -> Select:  # type: ignore[type-arg]
    """Plain columns, not entities: the list of a district's file stays quick."""
    query = (
        select(
            Observation.id,
            Observation.uuid,
            Observation.observed_on,
            Observation.teacher_id,
            Observation.topic,
            Observation.observer,
            Observation.purpose,
            Observation.status,
            Observation.score,
            Observation.revision,
            Observation.follow_up_of_id,
            Teacher.full_name,
            Department.name,
            SchoolClass.name,
            Subject.name,
            Subject.name_uz,
            Subject.name_ru,
            Subject.name_en,
            ChecklistTemplate.name_uz,
            ChecklistTemplate.name_ru,
            ChecklistTemplate.name_en,
        )
        .join(Teacher, Teacher.id == Observation.teacher_id)
        .outerjoin(Department, Department.id == Teacher.department_id)
        .outerjoin(SchoolClass, SchoolClass.id == Observation.class_id)
        .outerjoin(Subject, Subject.id == Observation.subject_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id)
        .where(Observation.school_id == school_id)
        .order_by(Observation.observed_on.desc(), Observation.id.desc())
    )
    columns = {
        "teacher_id": Observation.teacher_id,
        "department_id": Teacher.department_id,
        "subject_id": Observation.subject_id,
        "observer": Observation.observer,
        "purpose": Observation.purpose,
        "status": Observation.status,
    }
    for name, column in columns.items():
        value = getattr(wanted, name)
        if value is not None:
            query = query.where(column == value)
    if wanted.date_from is not None:
        query = query.where(Observation.observed_on >= wanted.date_from)
    if wanted.date_to is not None:
        query = query.where(Observation.observed_on <= wanted.date_to)
    return query


def list_observations(
    db: Database,
    school_id: int,
    wanted: ObservationFilter = ObservationFilter(),
    *,
    language: str = "en",
) -> list[ObservationLine]:
    """The school's observations that pass the filter, newest first."""
    access.require(db, Action.READ, school_id)
    bands = load_thresholds(db).bands
    lines: list[ObservationLine] = []
    with db.session() as session:
        for row in session.execute(_list_query(school_id, wanted)):
            (
                id_,
                uuid_,
                observed_on,
                teacher_id,
                topic,
                observer,
                purpose,
                status,
                score,
                revision,
                follow_up_of_id,
                teacher,
                department,
                class_name,
                subject,
                subject_uz,
                subject_ru,
                subject_en,
                name_uz,
                name_ru,
                name_en,
            ) = row
            band = band_for(score, bands)
            if wanted.band is not None and band != wanted.band:
                continue
            subject_names = {"uz": subject_uz or "", "ru": subject_ru or "", "en": subject_en or ""}
            checklist = localized({"uz": name_uz, "ru": name_ru, "en": name_en}, language)
            parts = (
                teacher,
                class_name or "",
                subject or "",
                *subject_names.values(),
                topic,
                observer,
                department or "",
                checklist,
            )
            line = ObservationLine(
                id=id_,
                uuid=uuid_,
                observed_on=observed_on,
                teacher_id=teacher_id,
                teacher=teacher,
                department=department or "",
                class_name=class_name or "",
                subject=localized(subject_names, language) or subject or "",
                topic=topic,
                observer=observer,
                purpose=Purpose(purpose),
                checklist=checklist,
                status=ObservationStatus(status),
                score=score,
                band=band,
                revision=revision,
                follow_up_of_id=follow_up_of_id,
                search_text=" ".join(_part_key(part) for part in parts if part),
            )
            if wanted.search and not matches_search(line, wanted.search):
                continue
            lines.append(line)
    return lines


def count_observations(db: Database, school_id: int) -> int:
    with db.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Observation)
                .where(Observation.school_id == school_id)
            )
            or 0
        )


def observation_id_by_uuid(db: Database, value: uuid.UUID) -> int | None:
    with db.session() as session:
        return session.scalar(select(Observation.id).where(Observation.uuid == value))


def final_observation_ids(db: Database, school_id: int, year: int, month: int) -> list[int]:
    """The final observations of a calendar month, by date (what `--month` prints)."""
    first, last = month_bounds(year, month)
    with db.session() as session:
        return list(
            session.scalars(
                select(Observation.id)
                .where(
                    Observation.school_id == school_id,
                    Observation.status == ObservationStatus.FINAL,
                    Observation.observed_on.between(first, last),
                )
                .order_by(Observation.observed_on, Observation.id)
            )
        )


# --- choices ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class TeacherChoice:
    id: int
    name: str
    department: str
    subject_ids: tuple[int, ...]
    experience_years: int
    active: bool


@dataclass(frozen=True)
class SubjectChoice:
    id: int
    name: Text


@dataclass(frozen=True)
class FilterOptions:
    teachers: list[Choice]
    departments: list[Choice]
    subjects: list[SubjectChoice]
    observers: list[str]


def _subjects(session: Session) -> list[SubjectChoice]:
    return [
        SubjectChoice(s.id, subject_texts(s))
        for s in session.scalars(select(Subject).order_by(Subject.name))
    ]


def _named(session: Session, id_column: Any, name_column: Any, *where: Any) -> list[Choice]:
    query = select(id_column, name_column).where(*where).order_by(name_column)
    return [Choice(id_, name) for id_, name in session.execute(query)]


def filter_options(db: Database, school_id: int) -> FilterOptions:
    with db.session() as session:
        observers = session.scalars(
            select(Observation.observer)
            .where(Observation.school_id == school_id, Observation.observer != "")
            .distinct()
            .order_by(Observation.observer)
        )
        return FilterOptions(
            _named(session, Teacher.id, Teacher.full_name, Teacher.school_id == school_id),
            _named(session, Department.id, Department.name, Department.school_id == school_id),
            _subjects(session),
            list(observers),
        )


@dataclass(frozen=True)
class FormChoices:
    schools: list[Choice]
    teachers: list[TeacherChoice]
    classes: list[Choice]
    subjects: list[SubjectChoice]
    observers: list[str]


def form_choices(db: Database, school_id: int, on: date) -> FormChoices:
    """What the observation form offers for a school on a day: its teachers (active first),
    the classes of that academic year (or of the latest year that has classes), all subjects."""
    with db.session() as session:
        schools = _named(session, School.id, School.name)
        department = aliased(Department)
        rows = session.execute(
            select(Teacher, department.name)
            .outerjoin(department, department.id == Teacher.department_id)
            .where(Teacher.school_id == school_id)
            .order_by(Teacher.active.desc(), Teacher.full_name)
        ).all()
        taught: dict[int, list[int]] = {}
        for teacher_id, subject_id in session.execute(
            select(teacher_subjects.c.teacher_id, teacher_subjects.c.subject_id)
        ):
            taught.setdefault(teacher_id, []).append(subject_id)
        teachers = [
            TeacherChoice(
                t.id,
                t.full_name,
                dep or "",
                tuple(taught.get(t.id, [])),
                t.experience_years,
                t.active,
            )
            for t, dep in rows
        ]
        years = list(
            session.execute(
                select(AcademicYear.id, AcademicYear.name)
                .join(SchoolClass, SchoolClass.academic_year_id == AcademicYear.id)
                .where(SchoolClass.school_id == school_id)
                .group_by(AcademicYear.id)  # not DISTINCT: PostgreSQL orders only by its columns
                .order_by(AcademicYear.start_date)
            )
        )
        wanted = year_name_for(on)
        year_id = next((y for y, name in years if name == wanted), years[-1][0] if years else None)
        classes = [
            Choice(c.id, c.name)
            for c in session.scalars(
                select(SchoolClass)
                .where(SchoolClass.school_id == school_id, SchoolClass.academic_year_id == year_id)
                .order_by(SchoolClass.grade, SchoolClass.name)
            )
        ]
        observers = [
            name
            for name in session.scalars(
                select(Observation.observer).where(Observation.observer != "").distinct()
            )
        ]
        return FormChoices(schools, teachers, classes, _subjects(session), sorted(observers))
