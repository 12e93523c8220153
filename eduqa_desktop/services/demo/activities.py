"""Teachers' activities: PD courses, open lessons, olympiads, mentoring and the like."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from eduqa_desktop.domain.vocabulary import ActivityUnit
from eduqa_desktop.services.demo import texts
from eduqa_desktop.services.demo.model import DemoSchool, DemoTeacher
from eduqa_desktop.services.demo.randomness import weighted
from eduqa_desktop.storage.models import Activity

OLYMPIAD_LEVELS = (("school", 40), ("district", 35), ("region", 20), ("national", 5))


def write_activities(school: DemoSchool) -> None:
    """The PD courses noted with the teacher rows (sometimes an older one too), then 6–10
    activities per teacher and full school year (fewer in a year under way)."""
    rng, ref = school.rng, school.ref
    types = ref.activity_types
    rows = []
    full_year = max(len(year.days) for year in ref.years) or 1
    for index, teacher in enumerate(school.teachers):
        pd = school.pd_courses.get(index)
        if pd and "pd_course" in types:
            rows.append(_activity(school, teacher, "pd_course", pd[0], pd[1]))
            if rng.random() < 0.3:
                earlier = pd[0] - timedelta(days=rng.randint(3 * 365, 5 * 365))
                rows.append(_activity(school, teacher, "pd_course", earlier, rng.choice((36, 72))))
        choices = [
            (code, weight)
            for code, weight in _activity_weights(teacher)
            if code in types and weight > 0
        ]
        for year in ref.years:
            if year.name not in teacher.years or not year.days or not choices:
                continue
            count = round(rng.randint(6, 10) * len(year.days) / full_year)
            for _ in range(count):
                code = weighted(rng, choices)
                rows.append(_activity(school, teacher, code, rng.choice(year.days)))
    school.writer.insert(Activity, rows)
    school.counts.activities += len(rows)


def _activity_weights(teacher: DemoTeacher) -> list[tuple[str, float]]:
    """How often a teacher does each kind of activity, relative to the others."""
    primary = teacher.specialties[0] == "primary"
    return [
        ("open_lesson", 1.2), ("peer_visit", 2.0), ("methodological_talk", 1.0),
        ("publication", 0.4), ("olympiad_result", 0.2 if primary else 0.8),
        ("project_led", 0.7), ("practice_employer", 0.3), ("club", 0.8),
        ("parents_meeting", 1.6 if primary else 0.6),
        ("innovative_method", 1.2),
        ("mentoring", 1.0 if teacher.experience >= 10 else 0.0),
    ]  # fmt: skip


def _activity(
    school: DemoSchool, teacher: DemoTeacher, code: str, day: date, quantity: float | None = None
) -> dict[str, Any]:
    """One activity row; without `quantity`, one that fits the kind of activity."""
    rng = school.rng
    type_id, unit = school.ref.activity_types[code]
    level, place = "", None
    if quantity is None:
        if code == "olympiad_result":
            level = weighted(rng, OLYMPIAD_LEVELS)
            place = rng.choice((1, 2, 2, 3, 3, 3, None))
            quantity = rng.randint(1, 3)
        elif unit == ActivityUnit.PUPILS:
            quantity = rng.randint(6, 25)
        elif unit == ActivityUnit.HOURS:
            quantity = rng.choice((2, 4, 8))
        else:
            quantity = rng.choice((1, 1, 1, 2)) if code in ("peer_visit", "mentoring") else 1
    return {
        "teacher_id": teacher.id, "activity_type_id": type_id, "done_on": day,
        "quantity": float(quantity), "level": level, "place": place,
        "note": rng.choice(texts.ACTIVITY_NOTES.get(code, ("",))),
    }  # fmt: skip
