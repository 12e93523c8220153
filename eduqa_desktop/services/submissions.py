"""Who has sent what: every school of the database and whether its package for a period has
arrived (when, from which app version), read from the receipts ``school_package`` records.

A package for the whole academic year counts for each of its quarters; when a school sent
several, the latest received is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from eduqa_desktop.exchange.submissions_export import SubmissionLine, write_submissions
from eduqa_desktop.services import access
from eduqa_desktop.services.calendar import checked_year_name
from eduqa_desktop.services.imports.school_package import receipts
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School


@dataclass(frozen=True)
class Submission:
    school: str
    district: str
    arrived: bool
    received_at: datetime | None = None
    made_at: str = ""
    app_version: str = ""
    file: str = ""
    package_term: str = ""  # "" when the package covers the whole year


def _covers(receipt: dict[str, object], year: str, term: int | None) -> bool:
    if receipt.get("year") != year:
        return False
    sent = str(receipt.get("term") or "")
    return term is None or sent in ("", str(term))


def submissions(db: Database, year: str, term: int | None) -> list[Submission]:
    """Every school (of an account bound to schools: its schools), by name, with its latest
    package for the period (or none)."""
    reachable = access.readable_school_ids(db, None)
    year = checked_year_name(year)
    with db.session() as session:
        query = select(School).order_by(School.name)
        if reachable is not None:
            query = query.where(School.id.in_(reachable))
        schools = list(session.scalars(query))
        latest: dict[object, dict[str, object]] = {}
        for receipt in receipts(session):
            if _covers(receipt, year, term):
                latest[receipt["school_uuid"]] = receipt  # in the order received
        result = []
        for school in schools:
            found = latest.get(school.uuid)
            if found is None:
                result.append(Submission(school.name, school.district, False))
                continue
            received = found["received_at"]
            result.append(Submission(
                school.name, school.district, True,
                received if isinstance(received, datetime) else None,
                str(found.get("made_at") or ""), str(found.get("app_version") or ""),
                str(found.get("file") or ""), str(found.get("term") or ""),
            ))  # fmt: skip
        return result


def missing_schools(db: Database, year: str, term: int | None) -> list[str]:
    return [item.school for item in submissions(db, year, term) if not item.arrived]


def export_submissions(
    db: Database, path: Path | str, *, year: str, term: int | None, language: str = "en"
) -> Path:
    """The list as a workbook for the district's reminder calls (missing schools first)."""
    items = sorted(submissions(db, year, term), key=lambda s: (s.arrived, s.school))
    lines = [SubmissionLine(s.school, s.district, s.arrived, s.received_at, s.made_at,
                            s.app_version, s.file) for s in items]  # fmt: skip
    write_submissions(lines, Path(path), year=checked_year_name(year), term=term,
                      language=language)  # fmt: skip
    return Path(path)
