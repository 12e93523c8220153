"""Importing a filled graduates template: preview what it will write, then all or nothing.

The reader gives counts per grade and the partner placements; this service matches the school
and the year and writes one cohort per grade found (replacing what was entered for it). The
preview runs the same checks and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.graduates import Destinations
from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name
from eduqa_desktop.exchange.graduates_reader import GraduatesFile, read_graduates
from eduqa_desktop.exchange.graduates_template import write_graduates_template
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.services.backups import backup_before
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.graduates import CohortEntry, Placement, check_entry, save_cohort_in
from eduqa_desktop.services.import_guard import one_import_per_school
from eduqa_desktop.services.template_imports import (
    checked_in_limits,
    file_problem,
    previewed,
    school_of_file,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AcademicYear, School
from eduqa_desktop.storage.survey_models import GraduateCohort
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class GraduatesImportRequest:
    path: Path
    school_id: int | None
    year: str | None = None  # given here, it wins over what the file says


@dataclass(frozen=True)
class GraduatesImportPlan:
    file: str
    school: str = ""
    year: str | None = None
    cohorts: dict[int, Destinations] = field(default_factory=dict)  # grade → destinations
    placements: int = 0  # graduates placed with partners, all grades
    replaces: tuple[int, ...] = ()  # grades already entered for the year
    problems: tuple[Problem, ...] = ()
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": "graduates",
            "file": self.file,
            "school": self.school,
            "year": self.year,
            "grades": {
                str(grade): {str(d): n for d, n in sorted(c.counts.items()) if n}
                for grade, c in self.cohorts.items()
            },
            "placements": self.placements,
            "replaces": list(self.replaces),
            "errors": [problem.as_json() for problem in self.problems],
            "written": self.written,
        }


def _problem(found: GraduatesFile, template: str, value: Any = "", **params: Any) -> Problem:
    return file_problem(found.sheet, template, value, **params)


def _year(
    found: GraduatesFile, request: GraduatesImportRequest
) -> tuple[str | None, list[Problem]]:
    if request.year:
        try:
            return parse_year_name(request.year), []
        except YearNameError:
            return None, [
                _problem(
                    found,
                    QT_TRANSLATE_NOOP(
                        "Messages", "“{value}” is not an academic year; write it like 2025-2026."
                    ),
                    request.year,
                    value=request.year,
                )
            ]
    if found.year is None:
        return None, [
            _problem(
                found,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say which academic year the graduates finished: fill it in the file or "
                    "choose it for the import.",
                ),
            )
        ]
    return found.year, []


def _entries(
    found: GraduatesFile, school_id: int, year: str
) -> tuple[list[CohortEntry], list[Problem]]:
    entries, problems = [], []
    for grade, counts in found.counts.items():
        placements = tuple(
            Placement(p.partner, p.destination, p.graduates, p.sector)
            for p in found.placements
            if p.grade == grade
        )
        entry = CohortEntry(school_id, year, grade, counts, placements)
        try:
            check_entry(entry)
        except UserError as error:
            problems.append(
                Problem(found.sheet, None, "", str(grade), error.template, dict(error.params))
            )
        entries.append(entry)
    for grade in sorted({p.grade for p in found.placements} - set(found.counts)):
        row = next(p.row for p in found.placements if p.grade == grade)
        problems.append(
            Problem(
                found.partners_sheet or found.sheet, row, "C", str(grade),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Partners took graduates of grade {grade}, but the grade's destinations "
                    "are not filled in.",
                ),
                {"grade": grade},
            )
        )  # fmt: skip
    return entries, problems


def _plan(
    session: Session, request: GraduatesImportRequest
) -> tuple[GraduatesImportPlan, list[CohortEntry]]:
    """The file held to the database's limits, its time limit over reading and checking it."""
    return checked_in_limits(session, request.path, lambda: _checked(session, request))


def _checked(
    session: Session, request: GraduatesImportRequest
) -> tuple[GraduatesImportPlan, list[CohortEntry]]:
    found = read_graduates(request.path)
    plan = GraduatesImportPlan(file=found.file, problems=tuple(found.problems))
    if not found.read:
        return plan, []
    problems = list(found.problems)
    school, more = school_of_file(session, found.school, request.school_id, found.sheet)
    problems += more
    year, more = _year(found, request)
    problems += more
    if not problems and not found.counts:
        problems.append(
            _problem(found, QT_TRANSLATE_NOOP("Messages", "The file has no graduates to import."))
        )
    entries: list[CohortEntry] = []
    replaces: tuple[int, ...] = ()
    if school is not None and year is not None:
        entries, more = _entries(found, school.id, year)
        problems += more
        replaces = tuple(
            sorted(
                session.scalars(
                    select(GraduateCohort.grade)
                    .join(AcademicYear, AcademicYear.id == GraduateCohort.academic_year_id)
                    .where(
                        GraduateCohort.school_id == school.id,
                        AcademicYear.name == year,
                        GraduateCohort.grade.in_(list(found.counts)),
                    )
                )
            )
        )
    plan = replace(
        plan,
        school=school.name if school else "",
        year=year,
        cohorts={grade: Destinations(counts) for grade, counts in sorted(found.counts.items())},
        placements=sum(p.graduates for p in found.placements),
        replaces=replaces,
        problems=tuple(problems),
    )
    return plan, entries


def preview_graduates_import(db: Database, request: GraduatesImportRequest) -> GraduatesImportPlan:
    """What the import would write; nothing is written."""
    return previewed(db, _plan, request)


def apply_graduates_import(db: Database, request: GraduatesImportRequest) -> GraduatesImportPlan:
    """Write every cohort of the file in one transaction — or, when anything is wrong, nothing.
    One import at a time into the school (services.import_guard), as for every other file."""
    with one_import_per_school(db, request.school_id), db.durable_session() as session:
        plan, entries = _plan(session, request)
        if not plan.ok or not entries:
            session.rollback()
            return plan
        backup_before(db, "import-graduates")  # refused (rolled back) if it cannot be written
        for entry in entries:
            save_cohort_in(session, entry)
    return replace(plan, written=True)


def graduates_template(
    db: Database, path: Path | str, *, language: str = "en", school_id: int | None = None,
    year: str = "",
) -> Path:  # fmt: skip
    """The blank graduates template, with the school's name and the year filled in."""
    with db.session() as session:
        school = session.get(School, school_id) if school_id is not None else None
        name = school.name if school is not None else ""
    return write_graduates_template(path, language=language, school=name, year=year)
