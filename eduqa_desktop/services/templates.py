"""Blank import templates of a school: the lists its drop-downs offer are read here, the
workbook is written by exchange/templates.py (the checklist one by checklist_workbook.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from eduqa_desktop.domain.school_calendar import year_name_for
from eduqa_desktop.exchange import templates
from eduqa_desktop.exchange.checklist_workbook import write_checklist_workbook
from eduqa_desktop.exchange.templates import TemplateLists
from eduqa_desktop.services.checklist_finder import (
    checklist_label,
    current_checklists,
    template_checklist,
)
from eduqa_desktop.services.reference_data import load_shipped_checklists
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AcademicYear, ActivityType, SchoolClass, Subject, Teacher

TEMPLATE_KINDS = templates.TEMPLATE_KINDS


def template_lists(db: Database, school_id: int, language: str) -> TemplateLists:
    """The school's active teachers, the classes of the current year, subjects, years, activity
    types and checklists, named in `language`."""
    name_column = {"uz": "name_uz", "ru": "name_ru"}.get(language, "name_en")
    with db.session() as session:
        teachers = list(
            session.scalars(
                select(Teacher.full_name)
                .where(Teacher.school_id == school_id, Teacher.active)
                .order_by(Teacher.full_name)
            )
        )
        years = list(session.scalars(select(AcademicYear.name).order_by(AcademicYear.start_date)))
        current = years[-1] if years else year_name_for(date.today())
        classes = sorted(
            set(
                session.scalars(
                    select(SchoolClass.name)
                    .join(AcademicYear)
                    .where(SchoolClass.school_id == school_id, AcademicYear.name == current)
                )
            ),
            key=lambda name: (int(name.split("-")[0]), name),
        )
        subjects = [
            getattr(s, name_column) or s.name
            for s in session.scalars(select(Subject).order_by(Subject.name))
        ]
        types = [
            getattr(t, name_column) or t.code
            for t in session.scalars(
                select(ActivityType).where(~ActivityType.archived).order_by(ActivityType.position)
            )
        ]
        checklists = [checklist_label(t, language) for t in current_checklists(session)]
        criteria = template_checklist(session, language)
    return TemplateLists(
        teachers=tuple(teachers),
        classes=tuple(classes),
        subjects=tuple(sorted(subjects)),
        years=tuple(years or [current]),
        activity_types=tuple(types),
        checklists=tuple(checklists),
        criteria=criteria,
    )


def write_template(
    db: Database, school_id: int, kind: str, path: Path | str, language: str = "en"
) -> Path:
    """Write the blank template of `kind` ("teachers", "results", "activities",
    "observations" or "checklist") to `path`."""
    path = Path(path)
    if kind == "checklist":
        # an empty checklist workbook (the checklist editor's format), built from a shipped one
        write_checklist_workbook(load_shipped_checklists()[0], path, language)
        return path
    return templates.write_template(kind, template_lists(db, school_id, language), path, language)
