"""Academic years and their terms in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.school_calendar import (
    YearNameError,
    parse_year_name,
    quarter_dates,
    year_bounds,
)
from eduqa_desktop.domain.vocabulary import TermKind
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AcademicYear, Term
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class TermInfo:
    id: int
    year: str
    number: int
    kind: TermKind
    start: date
    end: date


def checked_year_name(text: str) -> str:
    """`parse_year_name` for what a user typed: a UserError they can read when it is wrong."""
    try:
        return parse_year_name(text)
    except YearNameError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{value}” is not an academic year. Write it like 2025-2026."
            ),
            value=text,
        ) from error


def ensure_academic_year(session: Session, name: str) -> AcademicYear:
    """The year with its four quarters, created when missing."""
    name = parse_year_name(name)
    year = session.scalar(select(AcademicYear).where(AcademicYear.name == name))
    if year is None:
        start, end = year_bounds(name)
        year = AcademicYear(name=name, start_date=start, end_date=end)
        session.add(year)
        session.flush()
    existing = {
        term.number
        for term in session.scalars(
            select(Term).where(Term.academic_year_id == year.id, Term.kind == TermKind.QUARTER)
        )
    }
    for quarter in quarter_dates(name):
        if quarter.number not in existing:
            session.add(
                Term(
                    academic_year_id=year.id,
                    kind=TermKind.QUARTER,
                    number=quarter.number,
                    start_date=quarter.start,
                    end_date=quarter.end,
                )
            )
    session.flush()
    return year


def find_term(session: Session, year_name: str, number: int) -> Term | None:
    return session.scalar(
        select(Term)
        .join(AcademicYear)
        .where(
            AcademicYear.name == parse_year_name(year_name),
            Term.number == number,
            Term.kind == TermKind.QUARTER,
        )
    )


def list_terms(db: Database) -> list[TermInfo]:
    """Every quarter in the database, oldest first."""
    with db.session() as session:
        rows = session.execute(
            select(Term, AcademicYear.name)
            .join(AcademicYear)
            .order_by(AcademicYear.start_date, Term.kind, Term.number)
        ).all()
        return [
            TermInfo(term.id, year, term.number, term.kind, term.start_date, term.end_date)
            for term, year in rows
        ]


def list_years(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(AcademicYear.name).order_by(AcademicYear.start_date)))
