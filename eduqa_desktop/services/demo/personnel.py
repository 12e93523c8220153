"""The staff as the school's records show them: departments, and a teacher row each with
category, last professional-development course, phone and subjects."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.services.demo import texts
from eduqa_desktop.services.demo.model import DemoSchool, DemoTeacher
from eduqa_desktop.services.demo.randomness import weighted
from eduqa_desktop.storage.models import Department, Teacher, teacher_subjects

# Main specialty → department (methodological association); "social" when not listed.
DEPARTMENT_OF: dict[str, str] = {
    "primary": "primary", "mother_tongue": "mother_tongue", "russian": "languages",
    "english": "languages", "mathematics": "exact", "physics": "exact", "informatics": "exact",
    "chemistry": "natural", "biology": "natural", "geography": "natural", "history": "social",
    "pe": "pe_arts", "arts": "pe_arts", "technology": "pe_arts",
}  # fmt: skip


def write_departments(school: DemoSchool) -> dict[str, int]:
    """The school's departments; returns code → id."""
    rows = [{"school_id": school.id, "name": name} for name in texts.DEPARTMENTS.values()]
    ids = school.writer.insert(Department, rows, ids=True)
    return dict(zip(texts.DEPARTMENTS, ids, strict=True))


def write_teachers(school: DemoSchool, department_ids: dict[str, int]) -> None:
    """A teacher row each (ids set on the teachers), and the subjects each one teaches.

    Also notes each teacher's last PD course in `school.pd_courses`, for the activities.
    """
    rows = [
        _teacher_row(school, number, teacher, department_ids)
        for number, teacher in enumerate(school.teachers, start=1)
    ]
    ids = school.writer.insert(Teacher, rows, ids=True)
    for teacher, teacher_id in zip(school.teachers, ids, strict=True):
        teacher.id = teacher_id
    links = []
    for teacher in school.teachers:
        codes = {code for year in teacher.teaching.values() for _, code in year}
        links += [
            {"teacher_id": teacher.id, "subject_id": subject_id}
            for code, subject_id in school.ref.subjects.items()
            if code in codes
        ]
    school.writer.insert_links(teacher_subjects, links)
    school.counts.teachers += len(school.teachers)


def _teacher_row(
    school: DemoSchool, number: int, teacher: DemoTeacher, department_ids: dict[str, int]
) -> dict[str, Any]:
    rng = school.rng
    exp = teacher.experience
    # The qualification category grows with experience, as attestation allows.
    category = (
        Category.SPECIALIST if exp < 3
        else weighted(rng, [(Category.SECOND, 3), (Category.SPECIALIST, 1)]) if exp < 8
        else weighted(rng, [(Category.FIRST, 3), (Category.SECOND, 1)]) if exp < 16
        else weighted(rng, [(Category.HIGHEST, 3), (Category.FIRST, 1)])
    )  # fmt: skip
    last_pd: date | None = None
    if exp > 1:
        # Most within the five-year PD period, some overdue (so the PD-overdue flag fires).
        years_ago = rng.uniform(0, 5) if rng.random() < 0.78 else rng.uniform(5, 7)
        last_pd = (teacher.left_on or school.ref.today) - timedelta(
            days=int(min(years_ago, exp - 1) * 365)
        )
        hours = weighted(rng, [(36, 2), (72, 5), (144, 3)])
        school.pd_courses[number - 1] = (last_pd, hours)
    department = DEPARTMENT_OF.get(teacher.specialties[0], "social")
    return {
        "school_id": school.id,
        "full_name": teacher.full_name,
        "name_key": name_key(teacher.full_name),
        "personnel_number": f"{number:04d}" if rng.random() < 0.85 else None,
        "department_id": department_ids[department],
        "category": category,
        "experience_years": exp,
        "last_pd_date": last_pd,
        "hired_on": teacher.hired_on,
        "active": teacher.left_on is None,
        "left_on": teacher.left_on,
        "phone": f"+998 9{rng.randint(0, 9)} {rng.randint(100, 999)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
        "note": "" if teacher.left_on is None else "Boshqa maktabga o\u02bbtdi",
    }  # fmt: skip
