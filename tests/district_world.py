"""Three small demo schools on "their own computers" (one source database) and the packages
they send to the district, built once per test run; tests get copies."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from eduqa_desktop.services.demo import generate_demo
from eduqa_desktop.services.school_packages import export_school_package
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.storage.models import (
    Activity,
    Observation,
    ObservationScore,
    ResultRow,
    School,
    Teacher,
    VisitPlanEntry,
)

TODAY = date(2026, 11, 25)
YEAR = "2026-2027"
_BUILT: dict[str, Path] = {}


def source_template(folder: Path) -> Path:
    """The schools' database (three demo schools, 8 teachers each), made once."""
    if "source" not in _BUILT:
        path = folder / "schools-origin.sqlite3"
        db = open_database(path)
        generate_demo(db, schools=3, teachers_per_school=8, years=1, seed=11, today=TODAY)
        db.close()
        _BUILT["source"] = path
    return _BUILT["source"]


def copy_source(origin: Path, target: Path) -> Database:
    shutil.copyfile(origin, target)
    return open_database(target)


def school_ids(db: Database) -> dict[str, int]:
    return {school.name: school.id for school in list_schools(db)}


def send_all(db: Database, folder: Path, term: int | None = 1) -> list[Path]:
    """Each school's package of quarter `term` into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, school_id in sorted(school_ids(db).items()):
        path = folder / f"{name}.xlsx"
        export_school_package(db, school_id, path, year=YEAR, term=term, today=TODAY)
        paths.append(path)
    return paths


def school_counts(db: Database, name: str) -> dict[str, int]:
    """How many records of each kind one school has (by its name)."""
    with db.session() as session:
        school_id = session.scalar(select(School.id).where(School.name == name))
        teacher_ids = select(Teacher.id).where(Teacher.school_id == school_id)
        obs_ids = select(Observation.id).where(Observation.school_id == school_id)

        def count(model: type, *where: object) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)))

        return {
            "teachers": count(Teacher, Teacher.school_id == school_id),
            "results": count(ResultRow, ResultRow.teacher_id.in_(teacher_ids)),
            "observations": count(Observation, Observation.school_id == school_id),
            "scores": count(ObservationScore, ObservationScore.observation_id.in_(obs_ids)),
            "activities": count(Activity, Activity.teacher_id.in_(teacher_ids)),
            "plan": count(VisitPlanEntry, VisitPlanEntry.school_id == school_id),
        }


def uuids(db: Database, model: type) -> set[object]:
    with db.session() as session:
        return set(session.scalars(select(model.uuid)))  # type: ignore[attr-defined]
