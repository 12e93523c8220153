"""The current year's visit plan, and which of its visits have been made by today."""

from __future__ import annotations

from datetime import date, timedelta

from eduqa_desktop.domain.school_calendar import year_start
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.demo.model import DemoSchool, DemoTeacher, Visit
from eduqa_desktop.services.demo.observers import choose_observer
from eduqa_desktop.services.demo.randomness import weighted
from eduqa_desktop.services.demo.reference import SchoolYear
from eduqa_desktop.storage.models import VisitPlanEntry

SCHOOL_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5)

# A month in which a planned visit of (teacher id, purpose, calendar year, month) was missed.
MissedVisit = tuple[int, Purpose, int, int]


def write_visit_plan(
    school: DemoSchool, year: SchoolYear, staff: list[DemoTeacher], missed: set[MissedVisit]
) -> list[Visit]:
    """Two planned visits per teacher, one per half-year; returns the visits made.

    Most past ones are made; a missed one whose month is over goes into `missed`, so that no
    other observation fulfils it and it stays overdue.
    """
    rng, today = school.rng, school.ref.today
    start = year_start(year.name)
    rows, made = [], []
    for teacher in staff:
        for months in (SCHOOL_MONTHS[:4], SCHOOL_MONTHS[4:]):
            month = rng.choice(months)
            calendar_year = start if month >= 9 else start + 1
            purpose = weighted(
                rng,
                [
                    (Purpose.PLANNED_CONTROL, 7),
                    (Purpose.THEMATIC_CHECK, 2),
                    (Purpose.ATTESTATION, 1),
                ],
            )
            observer = choose_observer(school, teacher, purpose, year.name)
            in_month = [d for d in year.all_days if d.month == month]
            planned_on = rng.choice(in_month) if in_month and rng.random() < 0.5 else None
            rows.append({
                "school_id": school.id, "teacher_id": teacher.id,
                "year": calendar_year, "month": month, "planned_on": planned_on,
                "purpose": purpose, "observer": observer,
                "note": "" if purpose != Purpose.THEMATIC_CHECK else "Mavzuli nazorat",
            })  # fmt: skip
            past = [d for d in year.days if d.month == month and d.year == calendar_year]
            month_over = _month_end(calendar_year, month) < today
            if past and rng.random() < (0.65 if month_over else 0.35):
                day = planned_on if planned_on in past else rng.choice(past)
                made.append(Visit(teacher, day, purpose, observer, final=True))
            elif month_over:
                missed.add((teacher.id, purpose, calendar_year, month))
    school.writer.insert(VisitPlanEntry, rows)
    school.counts.planned_visits += len(rows)
    return made


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
