"""End-of-term results: one row per class × subject × teacher × term.

Rows are matched by that key against the rows of the file's terms (one query per term, plain
columns, no ORM objects) and written in bulk: new rows by one multi-row INSERT, changed rows
by one UPDATE by primary key that names the version each was read at, so that a row someone
saved meanwhile stops the import (StaleDataError) and every written row counts its version up.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import MarkCounts, validate_result_counts
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.headers import RESULTS
from eduqa_desktop.exchange.import_plan import Action
from eduqa_desktop.exchange.problems import shown
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table, period_from_titles
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.storage.models import ResultRow, SchoolClass
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = RESULTS
COUNT_COLUMNS = ("n5", "n4", "n3", "n2", "n1", "not_attested", "exempt", "class_size")
WRITTEN = ("class_size", "n5", "n4", "n3", "n2", "n1", "not_attested", "exempt")

Key = tuple[int, int, int, int]  # term, class, subject, teacher


class _Stored(NamedTuple):
    id: int
    row_version: int
    values: dict[str, Any]


def _term_number(context: ImportContext, source: SourceRow, fallback: int | None) -> int | None:
    number = source.values.get("term")
    if number is None:
        return fallback
    if not 1 <= number <= 4:
        context.problem(
            source,
            "term",
            QT_TRANSLATE_NOOP("Messages", "{value} is not a quarter (1–4)."),
            value=number,
        )
        return None
    return int(number)


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
    title_year, title_term = period_from_titles(table.title_lines)
    year_fallback = context.request.year or title_year
    term_fallback = context.request.term or title_term
    if "year" not in table.columns and year_fallback is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file does not say which academic year it is for: add a column “Academic "
                "year”, write it in the title (“1 четверть 2025-2026”) or choose it.",
            )
        )
    if "term" not in table.columns and term_fallback is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file does not say which quarter it is for: add a column “Quarter”, write "
                "it in the title (“I chorak”) or choose it.",
            )
        )
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
        number = _term_number(context, source, term_fallback)
        school_class = context.school_class(source, year) if year else None
        subject = context.subject_of(source)
        teacher = context.teacher(source)
        counts_ok = context.require(source, "class_size", "n5", "n4", "n3", "n2")
        values = {name: source.values.get(name) for name in COUNT_COLUMNS}
        if not counts_ok or any(
            values[name] is None and source.raw.get(name) not in (None, "")
            for name in COUNT_COLUMNS
        ):
            continue
        counts = MarkCounts(
            n5=values["n5"],
            n4=values["n4"],
            n3=values["n3"],
            n2=values["n2"],
            n1=values["n1"] or 0,
            not_attested=values["not_attested"] or 0,
        )
        exempt = values["exempt"] or 0
        if validate_result_counts(values["class_size"], counts, exempt):
            context.problem(
                source,
                "class_size",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Pupils with a mark ({marked}) + not attested ({na}) + exempt ({exempt}) = "
                    "{used}, more than the {size} pupils in the class.",
                ),
                marked=counts.marked,
                na=counts.not_attested,
                exempt=exempt,
                used=counts.assessed + exempt,
                size=values["class_size"],
            )
            continue
        if None in (year, number, school_class, subject, teacher):
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
        wanted = {
            "class_size": values["class_size"],
            "n5": counts.n5,
            "n4": counts.n4,
            "n3": counts.n3,
            "n2": counts.n2,
            "n1": counts.n1,
            "not_attested": counts.not_attested,
            "exempt": exempt,
        }
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
