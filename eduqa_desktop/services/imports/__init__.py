"""The exchange use cases the UI and the command line call (one door to exchange/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from eduqa_desktop.exchange.district_report import Translate, write_district_report
from eduqa_desktop.exchange.exchange_package import PackageSummary, export_observations
from eduqa_desktop.exchange.import_plan import (
    CREATE_TEACHER,
    ImportKind,
    ImportPlan,
    ImportRequest,
)
from eduqa_desktop.exchange.importers import apply_import, preview_import
from eduqa_desktop.exchange.results_export import export_results
from eduqa_desktop.exchange.templates import TEMPLATE_KINDS, write_template
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Teacher

__all__ = [
    "CREATE_TEACHER",
    "TEMPLATE_KINDS",
    "ImportKind",
    "ImportPlan",
    "ImportRequest",
    "PackageSummary",
    "apply_import",
    "export_district_report",
    "export_observations",
    "export_results",
    "preview_import",
    "school_teacher_names",
    "write_template",
]


def export_district_report(
    db: Database,
    path: Path | str,
    *,
    year: str,
    term: int | None = None,
    school_ids: list[int] | None = None,
    language: str = "en",
    translate: Translate | None = None,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    kwargs = {"translate": translate} if translate is not None else {}
    write_district_report(
        db, path, year=year, term=term, school_ids=school_ids, language=language, today=today,
        progress=progress, **kwargs,
    )  # fmt: skip
    return Path(path)


def school_teacher_names(db: Database, school_id: int) -> list[tuple[int, str]]:
    """(id, full name) of the school's teachers, by name — for mapping unknown names."""
    with db.session() as session:
        return [
            (row.id, row.full_name)
            for row in session.execute(
                select(Teacher.id, Teacher.full_name)
                .where(Teacher.school_id == school_id)
                .order_by(Teacher.full_name)
            )
        ]
