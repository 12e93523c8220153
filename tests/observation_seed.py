"""A few teachers, classes and departments for the observation tests (on the `school_db` school).

Written straight into the database so that these tests do not depend on the teachers feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistTemplate,
    Department,
    School,
    SchoolClass,
    Subject,
    Teacher,
)

TEACHERS = (
    # name, department, experience, subject name key fragment
    ("Gʻaniyeva Dilnoza Rustamovna", "Aniq fanlar", 12, "matematika"),
    ("Sharipova Gulnora Akmalovna", "Tillar", 2, "ona tili"),
    ("Karimov Javlon Olimovich", "Aniq fanlar", 25, "fizika"),
    ("Ismoilova Madina", "Tillar", 7, "ingliz"),
)


@dataclass(frozen=True)
class Seeded:
    school_id: int
    teachers: dict[str, int]  # surname → id
    classes: dict[str, int]
    subjects: dict[str, int]  # key fragment → id
    templates: dict[str, int]  # shipped code → id


def seed(db: Database) -> Seeded:
    with db.session() as session:
        school = session.scalars(select(School)).one()
        year = session.scalars(select(AcademicYear).order_by(AcademicYear.start_date)).first()
        assert year is not None
        departments: dict[str, Department] = {}
        subjects = {s.name_key: s for s in session.scalars(select(Subject))}
        chosen: dict[str, int] = {}
        teachers: dict[str, int] = {}
        for name, department_name, experience, subject_key in TEACHERS:
            department = departments.get(department_name)
            if department is None:
                department = Department(school_id=school.id, name=department_name)
                session.add(department)
                departments[department_name] = department
            subject = next(s for key, s in subjects.items() if key.startswith(subject_key))
            chosen[subject_key] = subject.id
            teacher = Teacher(
                school_id=school.id,
                full_name=name,
                name_key=name_key(name),
                department=department,
                experience_years=experience,
                hired_on=date(2025 - experience, 9, 1),
            )
            teacher.subjects.append(subject)
            session.add(teacher)
            session.flush()
            teachers[name.split()[0]] = teacher.id
        classes = {}
        for grade, letter in ((5, "A"), (7, "A"), (7, "B"), (9, "A")):
            school_class = SchoolClass(
                school_id=school.id, academic_year_id=year.id, name=f"{grade}-{letter}",
                grade=grade, letter=letter, pupils=28,
            )  # fmt: skip
            session.add(school_class)
            session.flush()
            classes[school_class.name] = school_class.id
        templates = {
            t.code: t.id
            for t in session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.shipped))
        }
        return Seeded(school.id, teachers, classes, chosen, templates)
