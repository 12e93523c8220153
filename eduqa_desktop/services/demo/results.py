"""End-of-quarter marks: a row per class × subject for every quarter that ended before today."""

from __future__ import annotations

import random
from typing import Any

from eduqa_desktop.domain.school_calendar import year_start
from eduqa_desktop.services.demo.model import DemoClass, DemoSchool, DemoTeacher
from eduqa_desktop.services.demo.planted import plant_results
from eduqa_desktop.services.demo.randomness import clamp
from eduqa_desktop.storage.models import ResultRow

# How much easier (+) or harder (−) good marks are in a subject than on average.
SUBJECT_EASE: dict[str, float] = {
    "physical_education": 0.24, "music": 0.22, "fine_art": 0.2, "technology": 0.18,
    "upbringing": 0.18, "pre_conscription": 0.15, "technical_drawing": 0.08,
    "algebra": -0.08, "geometry": -0.1, "physics": -0.08, "chemistry": -0.1,
    "russian": -0.05, "english": -0.06,
}  # fmt: skip


def write_results(school: DemoSchool) -> None:
    """Each lesson's quality level drifts quarter to quarter; a cohort carries its level in a
    subject into the next year; now and then a quarter drops sharply (the quality-drop flag)."""
    rng, ref = school.rng, school.ref
    levels: dict[tuple[int, str, str], float] = {}  # (entry year, letter, subject) → level
    rows: list[dict[str, Any]] = []
    for year in ref.years:
        ended = [q for q in year.quarters if q.end < ref.today]
        start = year_start(year.name)
        class_trend = {cls: rng.gauss(0, 0.012) for cls in school.classes[year.name]}
        for teacher in school.teachers:
            for cls, code in teacher.teaching.get(year.name, []):
                if cls.grade == 1:
                    continue  # first-graders get no marks in Uzbek schools
                key = (start - cls.grade + 1, cls.letter, code)
                base = 0.66 if cls.grade <= 4 else 0.52 if cls.grade <= 9 else 0.47
                fresh = (
                    base + SUBJECT_EASE.get(code, 0.0) + cls.ability
                    + (teacher.skill - 0.76) * 0.4 + rng.gauss(0, 0.06)
                )  # fmt: skip
                level = 0.6 * levels[key] + 0.4 * fresh if key in levels else fresh
                trend = rng.gauss(0, 0.02) + class_trend[cls]
                shock = rng.randint(2, 4) if rng.random() < 0.07 else 0
                exempt = int(code == "physical_education" and rng.random() < 0.25)
                for quarter in ended:
                    if quarter.number > 1:
                        level += trend + rng.gauss(0, 0.02)
                    if quarter.number == shock:
                        level -= rng.uniform(0.14, 0.22)
                        trend = abs(trend) + 0.02  # a slow recovery afterwards
                    level = clamp(level, 0.05, 0.97)
                    rows.append(_marks(school, quarter.id, cls, code, teacher, level, exempt))
                levels[key] = level
    plant_results(school, rows, redraw_marks)
    school.writer.insert(ResultRow, rows)
    school.counts.result_rows += len(rows)


def _marks(
    school: DemoSchool,
    term_id: int,
    cls: DemoClass,
    code: str,
    teacher: DemoTeacher,
    level: float,
    exempt: int,
) -> dict[str, Any]:
    """Counts per mark for one class × subject × quarter around the quality `level`
    (the share of 4s and 5s)."""
    return {
        "term_id": term_id, "class_id": cls.id, "subject_id": school.ref.subjects[code],
        "teacher_id": teacher.id, "class_size": cls.pupils,
        **_counts(school.rng, cls.pupils - exempt, level),
        "exempt": exempt, "mark_scale": "five_point",
    }  # fmt: skip


def redraw_marks(row: dict[str, Any], level: float, rng: random.Random) -> dict[str, Any]:
    """The same row with its marks drawn again around `level` (planted cases)."""
    return {**row, **_counts(rng, row["class_size"] - row["exempt"], level)}


def _counts(rng: random.Random, assessed: int, level: float) -> dict[str, int]:
    not_attested = rng.choice((1, 1, 2)) if rng.random() < 0.06 else 0
    quality = clamp(level + rng.gauss(0, 0.02), 0.02, 0.98)
    good = min(round(quality * assessed), assessed - not_attested)
    n5 = round(good * clamp(0.15 + 0.45 * quality + rng.gauss(0, 0.06), 0.05, 0.8))
    rest = assessed - not_attested - good
    n2 = min(rest, round(max(0.0, 0.1 - 0.14 * quality + rng.gauss(0, 0.015)) * assessed))
    n1 = int(rest - n2 > 0 and quality < 0.25 and rng.random() < 0.15)
    return {
        "n5": n5, "n4": good - n5, "n3": rest - n2 - n1, "n2": n2, "n1": n1,
        "not_attested": not_attested,
    }  # fmt: skip
