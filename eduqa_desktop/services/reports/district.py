"""The district report: its figures read from the database, then written by exchange/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eduqa_desktop.exchange.district_data import DistrictFigures
from eduqa_desktop.exchange.district_report import Translate, write_district_report
from eduqa_desktop.services import access
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.reports.district_figures import gather
from eduqa_desktop.services.reports.district_stakeholders import gather_stakeholders
from eduqa_desktop.storage.database import Database


def _identity(_context: str, text: str) -> str:
    return text


def export_district_report(
    db: Database,
    path: Path | str,
    *,
    year: str,
    term: int | None = None,
    school_ids: list[int] | None = None,
    language: str = "en",
    translate: Translate = _identity,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> DistrictFigures:
    """The report of every school in the file (or `school_ids`) for a year or a quarter."""
    school_ids = access.readable_school_ids(db, school_ids)
    figures = gather(db, year, term, school_ids=school_ids, today=today, progress=progress,
                     language=language)  # fmt: skip
    only = figures.schools[0].school if figures.schools else ""
    voices, graduates = gather_stakeholders(db, year, term, school_ids, school_name=only)
    write_district_report(figures, voices, graduates, path, language=language,
                          translate=translate, check=progress.check)  # fmt: skip
    return figures
