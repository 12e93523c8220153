"""A school's submission to the district: File ▸ Send to the district… and
``eduqa export school-package``.

The records of the school for the period (``records``) and the sheets a clerk reads
(``readable``) are laid out by ``exchange.school_package_writer``; the district merges the
file with ``services.imports.school_package``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from eduqa_desktop import __version__
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.school_calendar import quarter_dates, year_bounds, year_name_for
from eduqa_desktop.exchange.exchange_package import OBSERVATIONS_SHEET
from eduqa_desktop.exchange.school_package_format import (
    ACTIVITIES_SHEET,
    FORMAT,
    FORMAT_VERSION,
    PLAN_SHEET,
    RESULTS_SHEET,
    TEACHERS_SHEET,
)
from eduqa_desktop.exchange.school_package_writer import (
    SchoolPackageData,
    package_checksum,
    write_school_package,
)
from eduqa_desktop.services import access
from eduqa_desktop.services.calendar import checked_year_name
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.progress import NO_PROGRESS, Progress
from eduqa_desktop.services.school_packages.readable import (
    PlanRow,
    period_text,
    readable_sheets,
    words,
)
from eduqa_desktop.services.school_packages.records import Period, iso, machine_records
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.services.visit_plan import list_plan
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School
from eduqa_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_TERM = QT_TRANSLATE_NOOP("Messages", "A quarter is numbered 1 to 4, not {term}.")


@dataclass(frozen=True)
class SentPackage:
    path: Path
    school: str
    year: str
    term: int | None
    teachers: int
    results: int
    observations: int
    activities: int
    plan_entries: int
    checksum: str


def period_of(year: str | None, term: int | None, today: date) -> Period:
    """The academic year (today's when not given), or one quarter of it."""
    name = checked_year_name(year) if year else year_name_for(today)
    if term is None:
        start, end = year_bounds(name)
        return Period(name, None, start, end)
    quarters = {q.number: q for q in quarter_dates(name)}
    if term not in quarters:
        raise UserError(NO_SUCH_TERM, term=term)
    return Period(name, term, quarters[term].start, quarters[term].end)


def export_school_package(
    db: Database,
    school_id: int,
    path: Path | str,
    *,
    year: str | None = None,
    term: int | None = None,
    language: str = "en",
    today: date | None = None,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> SentPackage:
    """Write the school's package for the period (see the module docstring)."""
    access.require(db, Action.READ, school_id)
    today = today or date.today()
    period = period_of(year, term, today)
    made_at = now or datetime.now(UTC).replace(tzinfo=None)
    progress.report(0, 3)
    with db.session() as session:
        school = session.get(School, school_id)
        if school is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "The school no longer exists."))
        machine = machine_records(session, school, period)
        name, district, region = school.name, school.district, school.region
        school_uuid = str(school.uuid)
    progress.check()
    progress.report(1, 3)
    plan: list[PlanRow] = [
        (line.month, line.teacher, str(line.data.purpose), line.data.observer,
         str(line.status), line.observed_on)
        for line in list_plan(db, school_id, period.months()[0], period.months()[-1], today=today)
    ]  # fmt: skip
    w = words(language)
    readable = readable_sheets(machine, plan, language, load_thresholds(db).sou_weights)
    counts = [len(machine[s]) for s in (TEACHERS_SHEET, RESULTS_SHEET, OBSERVATIONS_SHEET,
                                        ACTIVITIES_SHEET, PLAN_SHEET)]  # fmt: skip
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "made_at": iso(made_at), "school_uuid": school_uuid, "school": name,
        "district": district, "region": region, "year": period.year,
        "term": "" if period.term is None else str(period.term),
    }  # fmt: skip
    digest = package_checksum(machine)
    cover_values = [
        name,
        district,
        region,
        period_text(language, period.year, period.term),
        made_at.strftime("%d.%m.%Y %H:%M") + " UTC",
        __version__,
        *counts,
        digest,
    ]
    data = SchoolPackageData(
        manifest=manifest,
        cover_sheet=str(w["cover_sheet"]),
        cover_title=str(w["title"]).format(school=name),
        cover=list(zip(w["cover"], cover_values, strict=True)),
        readable=readable,
        machine=machine,
    )
    progress.check()
    progress.report(2, 3)
    write_school_package(data, path)
    progress.report(3, 3)
    return SentPackage(Path(path), name, period.year, period.term, *counts, digest)
