"""How well the attention list finds the cases the demo generator planted (`services.demo.planted`).

`calibrate(db, …)` reads the planted cases from the settings, computes every school's attention
list for the term and says how many planted teachers the lists hold and how much of the staff
they flag. The test (demo school, a small district) and `benchmarks/bench_attention.py` (20 and
300 schools) print the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eduqa_desktop.services.attention import district_attention
from eduqa_desktop.services.demo.planted import PLANTED_KEY
from eduqa_desktop.services.settings_store import get_setting
from eduqa_desktop.storage.database import Database

__all__ = ["Calibration", "PlantedCaseDTO", "calibrate", "planted_cases"]


@dataclass(frozen=True)
class PlantedCaseDTO:
    school: str
    kind: str  # behind_peers | decline | weak_lessons
    teacher_id: int
    teacher: str
    lessons: tuple[tuple[str, str], ...]  # (class, subject code)


@dataclass(frozen=True)
class Calibration:
    planted: tuple[PlantedCaseDTO, ...]
    missed: tuple[PlantedCaseDTO, ...]  # planted cases whose teacher is not on the list
    staff: int  # active teachers over all schools
    listed: int  # teachers on the attention lists

    @property
    def found_share(self) -> float:
        """The share of planted cases on the lists (1.0 when nothing was planted)."""
        if not self.planted:
            return 1.0
        return 1 - len(self.missed) / len(self.planted)

    @property
    def listed_share(self) -> float:
        return self.listed / self.staff if self.staff else 0.0


def planted_cases(db: Database) -> list[PlantedCaseDTO]:
    """The cases the demo planted (none in a database the demo did not make)."""
    raw = get_setting(db, PLANTED_KEY, []) or []
    return [
        PlantedCaseDTO(
            str(item["school"]),
            str(item["kind"]),
            int(item["teacher_id"]),
            str(item["teacher"]),
            tuple((str(c), str(s)) for c, s in item.get("lessons", [])),
        )
        for item in raw
        if isinstance(item, dict)
    ]


def calibrate(
    db: Database,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> Calibration:
    """The planted cases against every school's attention list for the term."""
    cases = planted_cases(db)
    schools = district_attention(db, year=year, term=term, today=today)
    listed = {row.teacher_id for school in schools for row in school.rows}
    return Calibration(
        planted=tuple(cases),
        missed=tuple(c for c in cases if c.teacher_id not in listed),
        staff=sum(school.staff for school in schools),
        listed=len(listed),
    )
