"""Results exported in the import layout: the rows read here, the file written by exchange/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from eduqa_desktop.exchange.results_export import ResultLine, write_results
from eduqa_desktop.services import access
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ResultRow,
    SchoolClass,
    Subject,
    Teacher,
    Term,
)


def _query(school_id: int | None, year: str | None, term: int | None) -> Select:  # type: ignore[type-arg]
    query = (
        select(
            AcademicYear.name, Term.number, SchoolClass.name, Subject.name, Teacher.full_name,
            ResultRow.class_size, ResultRow.n5, ResultRow.n4, ResultRow.n3, ResultRow.n2,
            ResultRow.n1, ResultRow.not_attested, ResultRow.exempt,
        )
        .join(Term, Term.id == ResultRow.term_id)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
        .join(Subject, Subject.id == ResultRow.subject_id)
        .join(Teacher, Teacher.id == ResultRow.teacher_id)
        .order_by(AcademicYear.start_date, Term.number, SchoolClass.grade, SchoolClass.name,
                  Subject.name, Teacher.full_name)
    )  # fmt: skip
    if school_id is not None:
        query = query.where(SchoolClass.school_id == school_id)
    if year is not None:
        query = query.where(AcademicYear.name == year)
    if term is not None:
        query = query.where(Term.number == term)
    return query


def _lines(session: Session, query: Select, progress: Progress) -> Iterator[ResultLine]:  # type: ignore[type-arg]
    for count, row in enumerate(session.execute(query), start=1):
        yield ResultLine(*row)
        if count % 1000 == 0:
            progress.check()
            progress.report(count, 0)


def export_results(
    db: Database,
    path: Path | str,
    *,
    school_id: int | None,
    year: str | None = None,
    term: int | None = None,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the results rows (of one school, or all) as a results workbook; returns the count."""
    access.require_read(db, school_id)
    with db.session() as session:
        lines = _lines(session, _query(school_id, year, term), progress)
        return write_results(lines, path, language=language)
