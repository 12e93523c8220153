"""A crafted year boundary for "quality compared with the previous term" (profile, table).

One teacher, Nazarova Malika, teaches Algebra (25 pupils in every class):

| year      | quarter | class | 5 | 4  | 3  | 2 | quality | compared with                   |
|-----------|---------|-------|---|----|----|---|---------|---------------------------------|
| 2025-2026 | 4       | 7-A   | 6 | 10 | 7  | 2 | 64 %    |                                 |
| 2025-2026 | 4       | 7-B   | 3 | 5  | 12 | 5 | 32 %    |                                 |
| 2026-2027 | 1       | 8-A   | 4 | 8  | 10 | 3 | 48 %    | 7-A of 2025-2026: −16 (one quarter) |
| 2026-2027 | 1       | 8-B   | 3 | 6  | 11 | 5 | 36 %    | 7-B of 2025-2026: +4            |
| 2026-2027 | 1       | 7-A   | 3 | 5  | 12 | 5 | 32 %    | nothing (last year's 6-A)       |

Last year's 7-A (64 %) holds other pupils than this year's 7-A (32 %): comparing the two by
their name would raise a −32 "drop" that says nothing about anyone's teaching.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from eduqa_desktop.services.calendar import ensure_academic_year, find_term
from eduqa_desktop.services.results import ResultInput, save_results
from eduqa_desktop.services.teachers import TeacherInput, add_teacher
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School, Subject

TODAY = date(2026, 10, 20)  # in quarter 1 of 2026-2027
NAME = "Nazarova Malika"


@dataclass(frozen=True)
class YearBoundary:
    school_id: int
    teacher_id: int
    algebra: int
    q4: int  # quarter 4 of 2025-2026
    q1: int  # quarter 1 of 2026-2027


def _row(class_name: str, subject: int, teacher: int, *counts: int) -> ResultInput:
    n5, n4, n3, n2 = counts
    return ResultInput(class_name, subject, teacher, 25, n5, n4, n3, n2, 0, 0, 0)


def build_year_boundary(db: Database) -> YearBoundary:
    """The table above, on a `school_db` (year 2025-2026 set up) plus 2026-2027."""
    with db.session() as session:
        school_id = session.scalar(select(School.id))
        ensure_academic_year(session, "2026-2027")
        algebra = session.scalar(select(Subject.id).where(Subject.name_en == "Algebra"))
        q4 = find_term(session, "2025-2026", 4).id
        q1 = find_term(session, "2026-2027", 1).id
    assert school_id is not None and algebra is not None
    teacher = add_teacher(
        db, school_id, TeacherInput(full_name=NAME, department="Math", subject_ids=(algebra,))
    ).id
    save_results(
        db,
        school_id=school_id,
        term_id=q4,
        rows=[
            _row("7-A", algebra, teacher, 6, 10, 7, 2),
            _row("7-B", algebra, teacher, 3, 5, 12, 5),
        ],
    )
    save_results(
        db,
        school_id=school_id,
        term_id=q1,
        rows=[
            _row("8-A", algebra, teacher, 4, 8, 10, 3),
            _row("8-B", algebra, teacher, 3, 6, 11, 5),
            _row("7-A", algebra, teacher, 3, 5, 12, 5),
        ],
    )
    return YearBoundary(school_id, teacher, algebra, q4, q1)
