"""Quality of knowledge of a teacher's class × subject against the same pupils one quarter
earlier (``domain.term_comparison``), paired in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, cast, select
from sqlalchemy.orm import Session, aliased

from eduqa_desktop.domain.term_comparison import grades_moved_up
from eduqa_desktop.storage.dashboard_queries.filters import TeacherScope, teacher_conditions
from eduqa_desktop.storage.models import AcademicYear, ResultRow, SchoolClass, Teacher, Term


@dataclass(frozen=True, slots=True)
class QualityDrop:
    """Quality of knowledge of a teacher's class × subject in a term and in the term before."""

    teacher_id: int
    class_name: str
    grade: int
    subject_id: int
    quality: float
    previous: float
    previous_class: str  # where these pupils were the term before (7-A for 8-A in quarter 1)


def pupils_classes(now_year_id: int, before_year_id: int, grades_up: int) -> Any:
    """Each class of a later year (``now_id``) with the class its pupils were in
    ``grades_up`` years earlier (``then_id``, ``then_name``): the same school and letter,
    ``grades_up`` grades lower (``domain.term_comparison``)."""
    then_class = aliased(SchoolClass)
    grade = cast(SchoolClass.grade - grades_up, String)
    same_pupils = and_(
        then_class.school_id == SchoolClass.school_id,
        then_class.academic_year_id == before_year_id,
        # the normal name (domain.class_names: "7-A", "7" without a letter), so that the
        # unique (school, year, name) index finds the class
        then_class.name
        == case((SchoolClass.letter == "", grade), else_=grade + "-" + SchoolClass.letter),
        then_class.grade == SchoolClass.grade - grades_up,
        then_class.letter == SchoolClass.letter,
    )
    return (
        select(
            SchoolClass.id.label("now_id"),
            then_class.id.label("then_id"),
            then_class.name.label("then_name"),
        )
        .join(then_class, same_pupils)
        .where(SchoolClass.academic_year_id == now_year_id)
        .subquery()
    )


def quality_drops(
    session: Session,
    now_term: int,
    before_term: int,
    scope: TeacherScope,
    *,
    min_drop: float,
    teacher_id: int | None = None,
) -> list[QualityDrop]:
    """The quality-drop facts of the active teachers of ``scope``: each line (teacher ×
    class × subject) of ``now_term`` paired in SQL with the same teacher's line of the same
    subject in ``before_term``, in the class these pupils were in then
    (``domain.term_comparison``: the same class within a year; one grade lower with the same
    letter in the same school a year earlier). Only pairs whose quality fell by
    ``min_drop`` − 0.5 points or more are returned; the flag rule (``domain.flags``) decides
    on the exact values. Ordered by grade, class and subject id.

    The one query behind the quality-drop flag of ``services.flags`` (a school) and of the
    dashboard (:func:`flag_facts`, a district).
    """
    years = {
        term_id: (year_id, name)
        for term_id, year_id, name in session.execute(
            select(Term.id, Term.academic_year_id, AcademicYear.name)
            .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
            .where(Term.id.in_([now_term, before_term]))
        )
    }
    if now_term not in years or before_term not in years:
        return []
    (now_year_id, now_year), (before_year_id, before_year) = years[now_term], years[before_term]
    grades_up = grades_moved_up(before_year, now_year)
    before = aliased(ResultRow)

    if grades_up == 0:  # within a year: the class itself
        then_id, then_name = ResultRow.class_id, SchoolClass.name
    else:
        moved = pupils_classes(now_year_id, before_year_id, grades_up)
        then_id, then_name = moved.c.then_id, moved.c.then_name

    def good(row: Any) -> ColumnElement[int]:
        return row.n5 + row.n4

    def assessed(row: Any) -> ColumnElement[int]:
        return row.n5 + row.n4 + row.n3 + row.n2 + row.n1 + row.not_attested

    query = select(
        ResultRow.teacher_id,
        SchoolClass.name,
        SchoolClass.grade,
        ResultRow.subject_id,
        good(ResultRow),
        assessed(ResultRow),
        good(before),
        assessed(before),
        then_name,
    ).join(SchoolClass, SchoolClass.id == ResultRow.class_id)
    if grades_up != 0:
        # joined before `before`, whose condition names it: PostgreSQL (unlike SQLite)
        # refuses an ON clause that refers to a table joined later
        query = query.join(moved, moved.c.now_id == ResultRow.class_id)
    query = (
        query.join(
            before,
            and_(
                before.class_id == then_id,
                before.teacher_id == ResultRow.teacher_id,
                before.subject_id == ResultRow.subject_id,
                before.term_id == before_term,
            ),
        )
        .join(Teacher, Teacher.id == ResultRow.teacher_id)
        .where(
            ResultRow.term_id == now_term,
            Teacher.active.is_(True),
            assessed(ResultRow) > 0,
            assessed(before) > 0,
            good(before) * 100.0 / assessed(before) - good(ResultRow) * 100.0 / assessed(ResultRow)
            > min_drop - 0.5,
            *teacher_conditions(scope),
        )
        .order_by(SchoolClass.grade, SchoolClass.name, ResultRow.subject_id)
    )
    if teacher_id is not None:
        query = query.where(ResultRow.teacher_id == teacher_id)
    return [
        QualityDrop(
            teacher_id=row[0],
            class_name=row[1],
            grade=row[2],
            subject_id=row[3],
            quality=row[4] * 100 / row[5],
            previous=row[6] * 100 / row[7],
            previous_class=row[8],
        )
        for row in session.execute(query)
    ]
