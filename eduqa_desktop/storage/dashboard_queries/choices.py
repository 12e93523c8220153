"""What the filter bar offers: schools, subjects in use, grades, departments; names of
subjects and the school of a class."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eduqa_desktop.storage.models import (
    Department,
    Observation,
    ResultRow,
    School,
    SchoolClass,
    Subject,
)


def schools(session: Session) -> list[tuple[int, str]]:
    return [
        (row[0], row[1])
        for row in session.execute(select(School.id, School.name).order_by(School.name))
    ]


def subjects_in_use(session: Session, school_ids: Sequence[int] = ()) -> list[Subject]:
    """Subjects with results or observations in the schools (all subjects known otherwise)."""
    with_results = select(ResultRow.subject_id)
    with_observations = select(Observation.subject_id).where(Observation.subject_id.is_not(None))
    if school_ids:
        with_results = with_results.join(SchoolClass, SchoolClass.id == ResultRow.class_id).where(
            SchoolClass.school_id.in_(school_ids)
        )
        with_observations = with_observations.where(Observation.school_id.in_(school_ids))
    query = select(Subject).where(
        or_(Subject.id.in_(with_results), Subject.id.in_(with_observations))
    )
    return list(session.scalars(query))


def subject_names(session: Session) -> dict[int, tuple[str, str, str, str]]:
    """Every subject's name as typed and in Uzbek, Russian and English."""
    query = select(Subject.id, Subject.name, Subject.name_uz, Subject.name_ru, Subject.name_en)
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}  # type: ignore[misc]


def class_schools(session: Session, class_ids: Sequence[int]) -> dict[int, str]:
    """The school name of each class."""
    if not class_ids:
        return {}
    query = (
        select(SchoolClass.id, School.name)
        .join(School, School.id == SchoolClass.school_id)
        .where(SchoolClass.id.in_(class_ids))
    )
    return {row[0]: row[1] for row in session.execute(query)}


def grades_in_use(session: Session, school_ids: Sequence[int] = ()) -> list[int]:
    query = select(SchoolClass.grade).distinct().order_by(SchoolClass.grade)
    if school_ids:
        query = query.where(SchoolClass.school_id.in_(school_ids))
    return [int(grade) for grade in session.scalars(query)]


def departments(session: Session, school_ids: Sequence[int] = ()) -> list[tuple[int, str]]:
    """Departments (id, name) of the schools, by name."""
    query = select(Department.id, Department.name).order_by(Department.name, Department.id)
    if school_ids:
        query = query.where(Department.school_id.in_(school_ids))
    return [(row[0], row[1]) for row in session.execute(query)]
