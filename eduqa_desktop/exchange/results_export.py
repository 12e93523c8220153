"""Results exported in the import layout: the same file can be imported into another copy."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from eduqa_desktop.exchange.headers import RESULTS
from eduqa_desktop.exchange.safe_cells import cell, header_cells
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

FIELDS = [f.name for f in RESULTS.fields]


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
    book = Workbook(write_only=True)
    sheet = book.create_sheet(RESULTS.sheet_title.get(language, "Results"))
    sheet.freeze_panes = "A2"
    for index, item in enumerate(RESULTS.fields):
        sheet.column_dimensions[chr(ord("A") + index)].width = item.width
    sheet.append(header_cells(sheet, [item.label(language) for item in RESULTS.fields]))
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
    count = 0
    with db.session() as session:
        for row in session.execute(query):
            sheet.append([cell(sheet, value) for value in row])
            count += 1
            if count % 1000 == 0:
                progress.check()
                progress.report(count, 0)
    book.save(Path(path))
    return count
