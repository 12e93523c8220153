"""Summed mark counts grouped in SQL: the basis of every indicator at every level.

Totals are always sums of counts (domain.md: never averages of percentages), computed with
GROUP BY in the database so that a district of fifty schools answers at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, String, cast, func, literal, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.storage.models import (
    Department,
    ResultRow,
    School,
    SchoolClass,
    Subject,
    Teacher,
)


class GroupBy(StrEnum):
    SCHOOL = "school"
    GRADE = "grade"
    CLASS = "class"
    SUBJECT = "subject"
    TEACHER = "teacher"
    DEPARTMENT = "department"
    TERM = "term"


@dataclass(frozen=True, slots=True)
class ResultFilter:
    """Which result rows to sum. Empty fields do not filter."""

    term_ids: Sequence[int] = ()
    school_ids: Sequence[int] = ()
    grade: int | None = None
    class_id: int | None = None
    subject_id: int | None = None
    teacher_id: int | None = None
    department_id: int | None = None
    # Several departments at once (a department name shared by several schools).
    department_ids: Sequence[int] = ()


@dataclass(frozen=True, slots=True)
class GroupCounts:
    """One group's summed counts (per term when asked for)."""

    key: Any  # school/class/subject/teacher/department id, or the grade number
    label: str
    counts: MarkCounts
    exempt: int
    pupils: int  # each class of the group once, with its size (not once per subject)
    term_id: int | None = None
    school_id: int | None = None  # with per_school=True


def _group_columns(by: GroupBy) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    return {
        GroupBy.SCHOOL: (School.id, School.name),
        GroupBy.GRADE: (SchoolClass.grade, cast(SchoolClass.grade, String).label("label")),
        GroupBy.CLASS: (SchoolClass.id, SchoolClass.name),
        GroupBy.SUBJECT: (Subject.id, Subject.name),
        GroupBy.TEACHER: (Teacher.id, Teacher.full_name),
        GroupBy.DEPARTMENT: (
            func.coalesce(Department.id, literal(0)),
            func.coalesce(Department.name, literal("")),
        ),
        GroupBy.TERM: (ResultRow.term_id, cast(ResultRow.term_id, String).label("label")),
    }[by]


def _filtered(query: Select[Any], where: ResultFilter) -> Select[Any]:
    if where.term_ids:
        query = query.where(ResultRow.term_id.in_(where.term_ids))
    if where.school_ids:
        query = query.where(SchoolClass.school_id.in_(where.school_ids))
    if where.grade is not None:
        query = query.where(SchoolClass.grade == where.grade)
    if where.class_id is not None:
        query = query.where(ResultRow.class_id == where.class_id)
    if where.subject_id is not None:
        query = query.where(ResultRow.subject_id == where.subject_id)
    if where.teacher_id is not None:
        query = query.where(ResultRow.teacher_id == where.teacher_id)
    if where.department_id is not None:
        query = query.where(Teacher.department_id == where.department_id)
    if where.department_ids:
        query = query.where(Teacher.department_id.in_(where.department_ids))
    return query


def _joined(
    query: Select[Any], by: GroupBy, where: ResultFilter, per_school: bool = False
) -> Select[Any]:
    """Only the joins the grouping and the filter need (every foreign key is enforced, so
    leaving a join out never changes which rows are summed)."""
    by_teacher = by in (GroupBy.TEACHER, GroupBy.DEPARTMENT)
    if (
        by in (GroupBy.SCHOOL, GroupBy.GRADE, GroupBy.CLASS)
        or per_school
        or where.school_ids
        or (where.grade is not None)
    ):
        query = query.join(SchoolClass, SchoolClass.id == ResultRow.class_id)
    if by is GroupBy.SCHOOL:
        query = query.join(School, School.id == SchoolClass.school_id)
    if by is GroupBy.SUBJECT:
        query = query.join(Subject, Subject.id == ResultRow.subject_id)
    if by_teacher or where.department_id is not None or where.department_ids:
        query = query.join(Teacher, Teacher.id == ResultRow.teacher_id)
    if by is GroupBy.DEPARTMENT:
        query = query.outerjoin(Department, Department.id == Teacher.department_id)
    return query


def _summed_columns() -> list[ColumnElement[Any]]:
    """SUM of n5, n4, n3, n2, n1, not attested, exempt and class size, in that order."""
    return [
        func.sum(column)
        for column in (
            ResultRow.n5,
            ResultRow.n4,
            ResultRow.n3,
            ResultRow.n2,
            ResultRow.n1,
            ResultRow.not_attested,
            ResultRow.exempt,
            ResultRow.class_size,
        )
    ]


def _summed(values: Sequence[Any]) -> tuple[MarkCounts, int, int]:
    """Counts, exempt and pupils from the eight sums of :func:`_summed_columns`."""
    n5, n4, n3, n2, n1, na, exempt, pupils = (int(v or 0) for v in values)
    return MarkCounts(n5, n4, n3, n2, n1, na), exempt, pupils


def grouped_counts(
    session: Session,
    by: GroupBy,
    where: ResultFilter,
    *,
    per_term: bool = False,
    per_school: bool = False,
) -> list[GroupCounts]:
    """Summed counts per group (and per term, and per school: a grade or a subject of
    several schools in one query), ordered by the group's label.

    The mark counts are summed over every row (one per pupil and subject); ``pupils`` counts
    each class of the group once, with its size — a class of 26 with ten subjects gives 260
    marks but 26 pupils (an inner GROUP BY class, then the sum)."""
    key, label = _group_columns(by)
    term = ResultRow.term_id if per_term else literal(None)
    school = SchoolClass.school_id if per_school else literal(None)
    names = ("n5", "n4", "n3", "n2", "n1", "na", "exempt")
    per_class = select(
        key.label("g_key"),
        label.label("g_label"),
        term.label("g_term"),
        school.label("g_school"),
        *(total.label(name) for total, name in zip(_summed_columns(), names, strict=False)),
        func.max(ResultRow.class_size).label("size"),
    ).select_from(ResultRow)
    per_class = _filtered(_joined(per_class, by, where, per_school), where).group_by(
        key, label, ResultRow.class_id
    )
    if per_term:
        per_class = per_class.group_by(ResultRow.term_id)
    if per_school:
        per_class = per_class.group_by(SchoolClass.school_id)
    inner = per_class.subquery()
    outer_keys = (inner.c.g_key, inner.c.g_label, inner.c.g_term, inner.c.g_school)
    query = (
        select(*outer_keys, *(func.sum(inner.c[name]) for name in (*names, "size")))
        .group_by(*outer_keys)
        .order_by(inner.c.g_label, inner.c.g_key)
    )
    rows = []
    for group, name, term_id, school_id, *values in session.execute(query):
        counts, exempt, pupils = _summed(values)
        rows.append(GroupCounts(group, str(name), counts, exempt, pupils, term_id, school_id))
    return rows


def total_counts(session: Session, where: ResultFilter) -> MarkCounts:
    """All matching rows summed into one set of counts."""
    groups = grouped_counts(session, GroupBy.SCHOOL, where)
    return MarkCounts.total(group.counts for group in groups)


@dataclass(frozen=True, slots=True)
class DetailCounts:
    """Summed counts of one term × class × subject × teacher (a teacher's profile lines)."""

    term_id: int
    class_id: int
    class_name: str
    grade: int
    school_id: int
    subject_id: int
    teacher_id: int
    counts: MarkCounts
    exempt: int
    pupils: int


def detail_counts(session: Session, where: ResultFilter) -> list[DetailCounts]:
    """Counts per term, class, subject and teacher, summed in SQL (one query)."""
    sums = _summed_columns()
    keys = (
        ResultRow.term_id,
        ResultRow.class_id,
        SchoolClass.name,
        SchoolClass.grade,
        SchoolClass.school_id,
        ResultRow.subject_id,
        ResultRow.teacher_id,
    )
    query = (
        select(*keys, *sums)
        .select_from(ResultRow)
        .join(SchoolClass, SchoolClass.id == ResultRow.class_id)
    )
    if where.department_id is not None:
        query = query.join(Teacher, Teacher.id == ResultRow.teacher_id)
    query = _filtered(query, where).group_by(*keys)
    rows = []
    for (
        term_id,
        class_id,
        class_name,
        grade,
        school_id,
        subject_id,
        teacher_id,
        *values,
    ) in session.execute(query):
        counts, exempt, pupils = _summed(values)
        rows.append(
            DetailCounts(
                term_id=term_id,
                class_id=class_id,
                class_name=str(class_name),
                grade=int(grade),
                school_id=int(school_id),
                subject_id=subject_id,
                teacher_id=teacher_id,
                counts=counts,
                exempt=exempt,
                pupils=pupils,
            )
        )
    return rows
