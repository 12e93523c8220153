"""End-of-term results: one row per class × subject × teacher × term."""

from __future__ import annotations

from functools import partial

from sqlalchemy import select

from eduqa_desktop.domain.indicators import MarkCounts, validate_result_counts
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.headers import RESULTS
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table, period_from_titles
from eduqa_desktop.services.imports.context import ImportContext
from eduqa_desktop.storage.models import ResultRow, SchoolClass
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = RESULTS
COUNT_COLUMNS = ("n5", "n4", "n3", "n2", "n1", "not_attested", "exempt", "class_size")


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
    existing: dict[tuple[int, int, int, int], ResultRow] = {}
    loaded_terms: set[int] = set()
    seen: dict[tuple[int, int, int, int], int] = {}
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
            for row in context.session.scalars(
                select(ResultRow)
                .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
                .where(ResultRow.term_id == term.id, SchoolClass.school_id == context.school_id)
            ):
                existing[(row.term_id, row.class_id, row.subject_id, row.teacher_id)] = row
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
        existing[key] = context.upsert(
            source,
            existing.get(key),
            wanted,
            what,
            partial(ResultRow, term_id=term.id, class_id=school_class.id,
                    subject_id=subject.id, teacher_id=teacher.id),
        )  # fmt: skip
    context.session.flush()
