"""Pupils' summed counts per quarter, subject or grade in one lean scan (the trend, the
cards, the subject and grade charts)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.storage.models import ResultRow, SchoolClass, Teacher

COUNT_COLUMNS = (
    ResultRow.n5,
    ResultRow.n4,
    ResultRow.n3,
    ResultRow.n2,
    ResultRow.n1,
    ResultRow.not_attested,
)


def summed_counts(
    session: Session,
    keys: Sequence[str],
    term_ids: Sequence[int],
    school_ids: Sequence[int] = (),
    *,
    grade: int | None = None,
    subject_id: int | None = None,
    department_ids: Sequence[int] = (),
    with_scope: bool = False,
) -> dict[tuple[int, ...], tuple[MarkCounts, MarkCounts]]:
    """Summed counts grouped by ``keys`` ("term", "subject", "grade"), in one lean scan.

    Returns {key values: (the selection's counts, the school(s)' counts)}. Without
    ``with_scope`` the grade/subject/department filters restrict the rows and both counts are
    the selection's; with it they become conditional sums, so the school(s) as a whole come
    from the same scan. Only the tables the keys and filters need are joined (the trend reads
    every quarter of the district: this is the dashboard's biggest query).
    """
    if not term_ids:
        return {}
    columns = {
        "term": ResultRow.term_id,
        "subject": ResultRow.subject_id,
        "grade": SchoolClass.grade,
    }
    group = [columns[key] for key in keys]
    query = select(*group).select_from(ResultRow).where(ResultRow.term_id.in_(term_ids))
    if school_ids or grade is not None or "grade" in keys:
        query = query.join(SchoolClass, SchoolClass.id == ResultRow.class_id)
    if school_ids:
        query = query.where(SchoolClass.school_id.in_(school_ids))
    narrower: list[ColumnElement[bool]] = []
    if grade is not None:
        narrower.append(SchoolClass.grade == grade)
    if subject_id is not None:
        narrower.append(ResultRow.subject_id == subject_id)
    if department_ids:
        query = query.join(Teacher, Teacher.id == ResultRow.teacher_id)
        narrower.append(Teacher.department_id.in_(department_ids))
    sums = [func.sum(column) for column in COUNT_COLUMNS]
    conditional = with_scope and bool(narrower)
    if conditional:
        chosen = and_(*narrower)
        sums += [func.sum(case((chosen, column), else_=0)) for column in COUNT_COLUMNS]
    elif narrower:
        query = query.where(*narrower)
    result = {}
    for row in session.execute(query.add_columns(*sums).group_by(*group)):
        key = tuple(int(value) for value in row[: len(group)])
        numbers = [int(value or 0) for value in row[len(group) :]]
        scope = MarkCounts(*numbers[:6])
        result[key] = (MarkCounts(*numbers[6:]) if conditional else scope, scope)
    return result
