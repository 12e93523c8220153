"""A small crafted school with results whose indicators were computed by hand.

Quarter 4 of 2025-2026 (the main term):

| # | class | subject   | teacher (department)    | pupils | 5 | 4  | 3  | 2  | 1 | na | exempt |
|---|-------|-----------|-------------------------|--------|---|----|----|----|---|----|--------|
| 1 | 7-A   | Algebra   | Aliyeva Dilnoza (Math)  | 25     | 5 | 10 | 8  | 2  | 0 | 0  | 0      |
| 2 | 7-A   | Ona tili  | Каримов Бахтиёр (Lang)  | 26     | 5 | 10 | 8  | 2  | 0 | 1  | 0      |
| 3 | 7-B   | Algebra   | Oʻrolov Sardor (Math)   | 20     | 0 | 0  | 0  | 20 | 0 | 0  | 0      |
| 4 | 8-A   | Geometriya| Aliyeva Dilnoza (Math)  | 30     | 3 | 9  | 12 | 3  | 1 | 0  | 2      |
| 5 | 8-A   | Ona tili  | Toshmatova Gulnora (—)  | 10     | 0 | 0  | 0  | 0  | 0 | 0  | 10     |

Quarter 3 of 2025-2026: 7-A Algebra (Aliyeva) 25: 4, 8, 10, 3.
Quarter 1 of 2026-2027: 7-A Algebra (Aliyeva) 25: 6, 10, 6, 3.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from eduqa_desktop.services.calendar import ensure_academic_year, find_term
from eduqa_desktop.services.results import ResultInput, save_results
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Department, School, Subject, Teacher

ALGEBRA, GEOMETRY, NATIVE = "Algebra", "Geometriya", "Ona tili"


@dataclass
class World:
    school_id: int
    q3: int
    q4: int
    next_q1: int
    aliyeva: int
    karimov: int
    orolov: int
    toshmatova: int
    algebra: int
    geometry: int
    native: int


def add_teacher(db: Database, school_id: int, name: str, department: str | None) -> int:
    from eduqa_desktop.domain.names import name_key

    with db.session() as session:
        dept_id = None
        if department:
            dept = session.scalar(
                select(Department).where(
                    Department.school_id == school_id, Department.name == department
                )
            )
            if dept is None:
                dept = Department(school_id=school_id, name=department)
                session.add(dept)
                session.flush()
            dept_id = dept.id
        teacher = Teacher(
            school_id=school_id, full_name=name, name_key=name_key(name), department_id=dept_id
        )
        session.add(teacher)
        session.flush()
        return teacher.id


def row(class_name: str, subject: int, teacher: int, size: int, *counts: int) -> ResultInput:
    n5, n4, n3, n2, n1, na, exempt = (*counts, 0, 0, 0, 0, 0, 0, 0)[:7]
    return ResultInput(class_name, subject, teacher, size, n5, n4, n3, n2, n1, na, exempt)


def build_world(db: Database, *, with_results: bool = True) -> World:
    with db.session() as session:
        school_id = session.scalar(select(School.id))
        ensure_academic_year(session, "2026-2027")
        subjects = {s.name: s.id for s in session.scalars(select(Subject))}
        q3 = find_term(session, "2025-2026", 3).id
        q4 = find_term(session, "2025-2026", 4).id
        next_q1 = find_term(session, "2026-2027", 1).id
    assert school_id is not None
    world = World(
        school_id=school_id,
        q3=q3,
        q4=q4,
        next_q1=next_q1,
        aliyeva=add_teacher(db, school_id, "Aliyeva Dilnoza", "Math"),
        karimov=add_teacher(db, school_id, "Каримов Бахтиёр", "Languages"),
        orolov=add_teacher(db, school_id, "Oʻrolov Sardor", "Math"),
        toshmatova=add_teacher(db, school_id, "Toshmatova Gulnora", None),
        algebra=subjects[ALGEBRA],
        geometry=subjects[GEOMETRY],
        native=subjects[NATIVE],
    )
    if with_results:
        w = world
        save_results(
            db,
            school_id=w.school_id,
            term_id=w.q4,
            rows=[
                row("7-A", w.algebra, w.aliyeva, 25, 5, 10, 8, 2),
                row("7-A", w.native, w.karimov, 26, 5, 10, 8, 2, 0, 1),
                row("7-B", w.algebra, w.orolov, 20, 0, 0, 0, 20),
                row("8-A", w.geometry, w.aliyeva, 30, 3, 9, 12, 3, 1, 0, 2),
                row("8-A", w.native, w.toshmatova, 10, 0, 0, 0, 0, 0, 0, 10),
            ],
        )
        save_results(
            db,
            school_id=w.school_id,
            term_id=w.q3,
            rows=[row("7-A", w.algebra, w.aliyeva, 25, 4, 8, 10, 3)],
        )
        save_results(
            db,
            school_id=w.school_id,
            term_id=w.next_q1,
            rows=[row("7-A", w.algebra, w.aliyeva, 25, 6, 10, 6, 3)],
        )
    return world
