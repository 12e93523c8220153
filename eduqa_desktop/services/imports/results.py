"""End-of-term results: one row per class × subject × teacher × term (its cells are checked
by exchange.results_rows).

Rows are matched by that key against the rows of the file's terms (one query per term, plain
columns, no ORM objects) and written in bulk: new rows by one multi-row INSERT, changed rows
by one UPDATE by primary key that names the version each was read at, so that a row someone
saved meanwhile stops the import (StaleDataError) and every written row counts its version up.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from eduqa_desktop.exchange.import_plan import Action
from eduqa_desktop.exchange.problems import shown
from eduqa_desktop.exchange.results_rows import (
    LAYOUT,
    period_fallbacks,
    result_counts,
    term_number,
)
from eduqa_desktop.exchange.workbook_reader import Table
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.storage.models import ResultRow, SchoolClass
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["LAYOUT", "import_results"]

WRITTEN = ("class_size", "n5", "n4", "n3", "n2", "n1", "not_attested", "exempt")

Key = tuple[int, int, int, int]  # term, class, subject, teacher


class _Stored(NamedTuple):
    id: int
    row_version: int
    values: dict[str, Any]


def _stored_rows(session: Session, school_id: int, term_id: int) -> dict[Key, _Stored]:
    columns = [getattr(ResultRow, name) for name in WRITTEN]
    query = (
        select(ResultRow.id, ResultRow.row_version, ResultRow.term_id, ResultRow.class_id,
               ResultRow.subject_id, ResultRow.teacher_id, *columns)
        .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
        .where(ResultRow.term_id == term_id, SchoolClass.school_id == school_id)
    )  # fmt: skip
    return {
        tuple(row[2:6]): _Stored(row[0], row[1], dict(zip(WRITTEN, row[6:], strict=True)))
        for row in session.execute(query)
    }


def import_results(context: ImportContext, table: Table) -> None:
    year_fallback, term_fallback = period_fallbacks(table, context.request.year,
                                                    context.request.term)  # fmt: skip
    existing: dict[Key, _Stored] = {}
    loaded_terms: set[int] = set()
    seen: dict[Key, int] = {}
    new_rows: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []  # id, the version read, the values the file gives
    total = len(table.rows)
    for index, source in enumerate(table.rows):
        if index % 200 == 0:
            context.progress.check()
            context.progress.report(index, total)
        year = context.year_name(source, year_fallback)
        number = term_number(context, source, term_fallback)
        school_class = context.school_class(source, year) if year else None
        subject = context.subject_of(source)
        teacher = context.teacher(source)
        counts = result_counts(context, source)
        if counts is None or None in (year, number, school_class, subject, teacher):
            continue
        assert year and number and school_class and subject and teacher
        term = context.term(year, number)
        if term.id not in loaded_terms:
            loaded_terms.add(term.id)
            existing.update(_stored_rows(context.session, context.school_id, term.id))
        key = (term.id, school_class.id, subject.id, teacher.id)
        if key in seen:
            context.row_problem(
                source,
                QT_TRANSLATE_NOOP(
                    "Messages", "This row repeats row {other} (same class, subject, teacher, term)."
                ),
                other=seen[key],
            )
            continue
        seen[key] = source.row
        wanted = counts.as_columns()
        what = f"{school_class.name} · {subject.name} · {teacher.full_name} · {year} Q{number}"
        stored = existing.get(key)
        if stored is None:
            ids = {"term_id": term.id, "class_id": school_class.id, "subject_id": subject.id}
            new_rows.append({**ids, "teacher_id": teacher.id, **wanted})
            context.planned(source, Action.CREATE, what)
            continue
        changes = [
            f"{name} {shown(stored.values[name])} → {shown(value)}"
            for name, value in wanted.items()
            if stored.values[name] != value
        ]
        if changes:
            changed.append({"id": stored.id, "row_version": stored.row_version, **wanted})
        context.planned(source, Action.UPDATE if changes else Action.UNCHANGED, what,
                        "; ".join(changes))  # fmt: skip
    _write(context.session, new_rows, changed)


def _write(session: Session, new_rows: list[dict[str, Any]], changed: list[dict[str, Any]]) -> None:
    session.flush()  # the classes, subjects and teachers the rows point to
    if new_rows:
        session.execute(insert(ResultRow), new_rows)
    if changed:  # the version column turns each into UPDATE … WHERE id = ? AND row_version = ?
        session.execute(update(ResultRow), changed)
