"""The classes of each academic year: 2–3 per grade, 1 to 11."""

from __future__ import annotations

from dataclasses import dataclass

from eduqa_desktop.domain.school_calendar import year_start
from eduqa_desktop.services.demo.model import DemoClass, DemoSchool
from eduqa_desktop.services.demo.randomness import clamp
from eduqa_desktop.storage.models import SchoolClass

CLASS_LETTERS = ("A", "B", "V")  # Uzbek classes go А, Б, В


@dataclass
class _Cohort:
    """One class of pupils who started school the same year, followed up the grades."""

    letter: str
    pupils: int
    ability: float


def make_classes(school: DemoSchool) -> None:
    """2–3 classes per grade; a cohort keeps its letters, size and ability year to year."""
    rng = school.rng
    first_start = year_start(school.ref.years[0].name)
    cohorts: dict[int, list[_Cohort]] = {}  # year of entry to grade 1 → its classes
    for year in school.ref.years:
        start = year_start(year.name)
        school.classes[year.name] = []
        for grade in range(1, 12):
            entry = start - grade + 1
            if entry not in cohorts:
                count = 3 if rng.random() < 0.55 else 2
                cohorts[entry] = [
                    _Cohort(letter, rng.randint(22, 32), rng.gauss(0, 0.07))
                    for letter in CLASS_LETTERS[:count]
                ]
            elif start > first_start:
                for cohort in cohorts[entry]:
                    cohort.pupils = int(clamp(cohort.pupils + rng.choice((-1, 0, 0, 1)), 22, 32))
            school.classes[year.name] += [
                DemoClass(year.name, grade, c.letter, c.pupils, c.ability) for c in cohorts[entry]
            ]


def write_classes(school: DemoSchool) -> None:
    for year in school.ref.years:
        classes = school.classes[year.name]
        rows = [
            {"school_id": school.id, "academic_year_id": year.id, "name": c.name,
             "grade": c.grade, "letter": c.letter, "pupils": c.pupils}
            for c in classes
        ]  # fmt: skip
        ids = school.writer.insert(SchoolClass, rows, ids=True)
        for cls, class_id in zip(classes, ids, strict=True):
            cls.id = class_id
        school.counts.classes += len(classes)
