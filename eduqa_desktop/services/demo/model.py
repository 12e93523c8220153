"""The generator's working picture of one school, filled in step by step and read by each step.

Plain objects, not ORM rows: the generator decides everything in memory and writes rows in
bulk. An `id` of 0 means "not written yet".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.demo.bulk_insert import BulkWriter
from eduqa_desktop.services.demo.reference import Reference


@dataclass(eq=False)
class DemoClass:
    """A class such as 7-A in one academic year."""

    year: str
    grade: int
    letter: str
    pupils: int
    ability: float  # added to the class's quality of marks in every subject
    id: int = 0

    @property
    def name(self) -> str:
        return f"{self.grade}-{self.letter}"


# A class and the code of a subject taught in it.
Lesson = tuple[DemoClass, str]


@dataclass(eq=False)
class DemoTeacher:
    full_name: str
    female: bool
    specialties: list[str]  # the first is the main one (it decides the department)
    years: set[str]  # academic years at this school
    skill: float  # 0–1: drives marks and observation scores
    experience: int  # years of teaching
    hired_on: date
    left_on: date | None = None
    teaching: dict[str, list[Lesson]] = field(default_factory=dict)  # year → lessons
    id: int = 0


@dataclass
class Visit:
    """A lesson visit to be written as an observation."""

    teacher: DemoTeacher
    day: date
    purpose: Purpose
    observer: str
    final: bool | None = None  # None: decided by age
    follow_of: int | None = None  # index into the first (base) visits
    lesson: tuple[DemoClass | None, str | None] | None = None  # None: not chosen yet


@dataclass
class PlantedCase:
    kind: str  # behind_peers | decline | weak_lessons
    teacher: DemoTeacher
    lessons: list[Lesson]  # the planted classes and subjects (none for weak_lessons)

    def to_json(self, school_name: str) -> dict[str, object]:
        return {
            "school": school_name,
            "kind": self.kind,
            "teacher": self.teacher.full_name,
            "teacher_id": self.teacher.id,
            "lessons": [[cls.name, code] for cls, code in self.lessons],
        }


@dataclass
class Counts:
    """Rows written over the whole district: DemoSummary less its `schools`."""

    teachers: int = 0
    classes: int = 0
    result_rows: int = 0
    observations: int = 0
    activities: int = 0
    planned_visits: int = 0


@dataclass(eq=False)
class DemoSchool:
    writer: BulkWriter
    ref: Reference
    rng: random.Random  # this school's own generator: every draw for it comes from here
    counts: Counts
    methodologists: list[str]  # the district's two, shared by its schools
    vice_principal: str
    director: str
    id: int = 0
    teachers: list[DemoTeacher] = field(default_factory=list)
    classes: dict[str, list[DemoClass]] = field(default_factory=dict)  # year → classes
    # The last professional-development course: teacher index → (date, hours).
    pd_courses: dict[int, tuple[date, int]] = field(default_factory=dict)
    # The known cases planted for calibration (services.demo.planted), drawn from their own
    # generator so that the school's other data stay what the seed gives.
    plant_rng: random.Random = field(default_factory=random.Random)
    planted: list[PlantedCase] = field(default_factory=list)
