"""What every demo school shares, read once: the school calendar up to today, subjects,
the shipped checklists and the activity types."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.school_calendar import quarter_dates, year_name_for, year_start
from eduqa_desktop.domain.vocabulary import ActivityUnit, TermKind
from eduqa_desktop.services.calendar import ensure_academic_year
from eduqa_desktop.services.reference_data import load_subjects
from eduqa_desktop.storage.models import (
    ActivityType,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Subject,
    Term,
)
from eduqa_desktop.storage.types import utc_now

HOLIDAYS = ((10, 1), (12, 8), (3, 8), (5, 9))  # Teachers' Day, Constitution Day, 8 March, 9 May


class Quarter(NamedTuple):
    id: int
    number: int
    start: date
    end: date


@dataclass
class SchoolYear:
    id: int
    name: str  # "2026-2027"
    quarters: list[Quarter]
    days: list[date]  # school days up to today
    current: bool
    all_days: list[date]  # every school day of the year


class Criterion(NamedTuple):
    id: int
    weight: float
    section: str
    difficulty: float  # drawn once per run: some criteria score lower everywhere


@dataclass
class Checklist:
    id: int
    code: str
    scale_min: int
    scale_max: int
    criteria: list[Criterion]


@dataclass
class Reference:
    today: date
    now: datetime  # the one created_at / updated_at of every row written
    years: list[SchoolYear]  # oldest first; the last is the year of `today`
    subjects: dict[str, int]  # code → id, in the order of the shipped list
    grades: dict[str, tuple[int, int]]  # subject code → (first grade, last grade)
    checklists: dict[str, Checklist]  # by code
    activity_types: dict[str, tuple[int, ActivityUnit]]  # code → (id, unit)


def load_reference(session: Session, today: date, years: int, seed: int) -> Reference:
    """Create the `years` academic years ending with that of `today` and read what schools share."""
    current = year_start(year_name_for(today))
    year_names = [f"{y}-{y + 1}" for y in range(current - years + 1, current + 1)]
    year_ids = [ensure_academic_year(session, name).id for name in year_names]
    school_years = [
        _school_year(session, year_id, name, today, current=name == year_names[-1])
        for year_id, name in zip(year_ids, year_names, strict=True)
    ]

    by_key = dict(session.execute(select(Subject.name_key, Subject.id)).all())
    specs = load_subjects()
    subjects = {
        spec.code: by_key[search_key(spec.name["uz"])]
        for spec in specs
        if search_key(spec.name["uz"]) in by_key
    }
    grades = {spec.code: spec.grades for spec in specs}
    activity_types = {
        code: (type_id, unit)
        for code, type_id, unit in session.execute(
            select(ActivityType.code, ActivityType.id, ActivityType.unit)
        )
    }
    return Reference(
        today,
        utc_now(),
        school_years,
        subjects,
        grades,
        _checklists(session, seed),
        activity_types,
    )


def _school_year(
    session: Session, year_id: int, name: str, today: date, *, current: bool
) -> SchoolYear:
    quarters = session.execute(
        select(Term.id, Term.number, Term.start_date, Term.end_date)
        .where(Term.academic_year_id == year_id, Term.number.between(1, 4))
        .where(Term.kind == TermKind.QUARTER)
        .order_by(Term.number)
    ).all()
    days = [
        quarter.start + timedelta(days=offset)
        for quarter in quarter_dates(name)
        for offset in range((quarter.end - quarter.start).days + 1)
    ]
    # A six-day school week (Monday to Saturday), no lessons on public holidays.
    days = [d for d in days if d.weekday() < 6 and (d.month, d.day) not in HOLIDAYS]
    return SchoolYear(
        id=year_id,
        name=name,
        quarters=[Quarter(*row) for row in quarters],
        days=[d for d in days if d <= today],
        current=current,
        all_days=days,
    )


def _checklists(session: Session, seed: int) -> dict[str, Checklist]:
    """The shipped, current checklist templates with their criteria in form order."""
    difficulty_rng = random.Random(f"eduqa-demo:{seed}:criteria")
    result: dict[str, Checklist] = {}
    templates = session.execute(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.shipped, ~ChecklistTemplate.superseded)
        .order_by(ChecklistTemplate.code, ChecklistTemplate.version)
    ).scalars()
    for template in templates:
        criteria = session.execute(
            select(ChecklistCriterion.id, ChecklistCriterion.weight, ChecklistSection.position)
            .join(ChecklistSection)
            .where(ChecklistSection.template_id == template.id)
            .order_by(ChecklistSection.position, ChecklistCriterion.position)
        ).all()
        result[template.code] = Checklist(
            template.id,
            template.code,
            template.scale_min,
            template.scale_max,
            [
                Criterion(cid, weight, str(section), difficulty_rng.gauss(0, 0.08))
                for cid, weight, section in criteria
            ],
        )
    return result
