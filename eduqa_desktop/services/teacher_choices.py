"""A school's teachers as plain lines, for the pickers of the activity views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Department, Teacher


@dataclass(frozen=True, slots=True)
class TeacherLine:
    id: int
    full_name: str
    department: str
    category: str
    experience_years: int
    last_pd_date: date | None
    active: bool


def teacher_lines(db: Database, school_id: int) -> list[TeacherLine]:
    with db.session() as session:
        rows = session.execute(
            select(Teacher, Department.name)
            .outerjoin(Department, Department.id == Teacher.department_id)
            .where(Teacher.school_id == school_id)
            .order_by(Teacher.full_name)
        ).all()
        return [
            TeacherLine(
                t.id,
                t.full_name,
                dep or "",
                t.category.value,
                t.experience_years,
                t.last_pd_date,
                t.active,
            )
            for t, dep in rows
        ]
