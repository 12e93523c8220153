"""The quarters of the database, oldest first, with the days of their academic year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.storage.models import AcademicYear, ResultRow, SchoolClass, Term


@dataclass(frozen=True, slots=True)
class TermRow:
    id: int
    year: str
    number: int
    start: date
    end: date
    year_start: date
    year_end: date
    has_results: bool


def terms(session: Session, school_ids: Sequence[int] = ()) -> list[TermRow]:
    """Every quarter, oldest first, and whether the schools have results in it."""
    results = select(ResultRow.id).where(ResultRow.term_id == Term.id)
    if school_ids:
        results = results.join(SchoolClass, SchoolClass.id == ResultRow.class_id).where(
            SchoolClass.school_id.in_(school_ids)
        )
    query = (
        select(
            Term.id,
            AcademicYear.name,
            Term.number,
            Term.start_date,
            Term.end_date,
            AcademicYear.start_date,
            AcademicYear.end_date,
            results.exists(),
        )
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(Term.kind == "quarter")
        .order_by(AcademicYear.start_date, Term.number)
    )
    return [TermRow(*row[:7], bool(row[7])) for row in session.execute(query)]
