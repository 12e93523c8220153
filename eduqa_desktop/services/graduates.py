"""Where the graduates of grades 9 and 11 went: entering a cohort and reading the figures.

A cohort is one school × academic year × grade (9 or 11) with the count per destination and
the placements with partner organisations (dual education, internships, work). Saving a
cohort replaces the one there was; partners are found by a forgiving key of their name and
created on first use. The figures are summed in SQL per school, year, grade and destination.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.graduates import (
    DESTINATION_MECHANISMS,
    GRADUATING_GRADES,
    PLACED_WITH_PARTNER,
    Destination,
    Destinations,
    partner_key,
    sum_destinations,
)
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.school_calendar import parse_year_name
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.calendar import checked_year_name, ensure_academic_year
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AcademicYear, School
from eduqa_desktop.storage.survey_models import (
    GraduateCohort,
    GraduateDestination,
    GraduatePlacement,
    PartnerOrganisation,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Placement:
    partner: str
    destination: Destination  # dual education, internship or work
    graduates: int
    sector: str = ""


@dataclass(frozen=True)
class CohortEntry:
    school_id: int
    year: str
    grade: int
    counts: Mapping[Destination, int]
    placements: Sequence[Placement] = ()
    note: str = ""


@dataclass(frozen=True)
class CohortFigures:
    school_id: int
    school: str
    year: str
    grade: int
    destinations: Destinations


@dataclass(frozen=True)
class PartnerFigures:
    school: str
    partner: str
    sector: str
    year: str
    grade: int
    destination: Destination
    graduates: int


@dataclass(frozen=True)
class GraduatesData:
    """The cohorts of the latest year with graduates up to the one asked for."""

    year: str | None  # the year shown (None: no graduates entered yet)
    cohorts: tuple[CohortFigures, ...]  # of `year`, per school and grade
    partners: tuple[PartnerFigures, ...] = ()  # placements of `year`
    previous_year: str | None = None
    previous: tuple[CohortFigures, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.cohorts

    def grade(self, grade: int, school_id: int | None = None) -> Destinations:
        """The grade's destinations, summed over the schools (or one school)."""
        return sum_destinations(
            c.destinations
            for c in self.cohorts
            if c.grade == grade and (school_id is None or c.school_id == school_id)
        )

    def schools(self) -> list[tuple[int, str]]:
        return sorted({(c.school_id, c.school) for c in self.cohorts}, key=lambda s: s[1])


NEGATIVE = QT_TRANSLATE_NOOP("Messages", "The number of graduates cannot be negative.")
NOT_GRADUATING = QT_TRANSLATE_NOOP("Messages", "Graduates are counted for grades 9 and 11 only.")
NOT_PLACED = QT_TRANSLATE_NOOP(
    "Messages", "A placement with a partner is dual education, an internship or work."
)
TOO_MANY_PLACED = QT_TRANSLATE_NOOP(
    "Messages",
    "{placed} graduates are placed with partners for “{destination}”, but only {count} went there.",
)
NO_PARTNER_NAME = QT_TRANSLATE_NOOP("Messages", "Write the partner organisation's name.")


def check_entry(entry: CohortEntry) -> None:
    """Raise the UserError that explains what is wrong with `entry` (nothing when it is fine)."""
    checked_year_name(entry.year)
    if entry.grade not in GRADUATING_GRADES:
        raise UserError(NOT_GRADUATING)
    if any(count < 0 for count in entry.counts.values()):
        raise UserError(NEGATIVE)
    placed: dict[Destination, int] = {}
    for placement in entry.placements:
        if not placement.partner.strip():
            raise UserError(NO_PARTNER_NAME)
        if placement.destination not in PLACED_WITH_PARTNER:
            raise UserError(NOT_PLACED)
        if placement.graduates < 0:
            raise UserError(NEGATIVE)
        placed[placement.destination] = placed.get(placement.destination, 0) + placement.graduates
    for destination, count in placed.items():
        went = int(entry.counts.get(destination, 0))
        if count > went:
            raise UserError(TOO_MANY_PLACED, placed=count, destination=str(destination), count=went)


def _partner(session: Session, school_id: int, name: str, sector: str) -> PartnerOrganisation:
    key = partner_key(name)
    found = session.scalar(
        select(PartnerOrganisation).where(
            PartnerOrganisation.school_id == school_id, PartnerOrganisation.name_key == key
        )
    )
    if found is None:
        found = PartnerOrganisation(
            school_id=school_id, name=" ".join(name.split())[:200], name_key=key[:200]
        )
        session.add(found)
    if sector.strip():
        found.sector = sector.strip()[:120]
    session.flush()
    return found


def save_cohort_in(session: Session, entry: CohortEntry) -> int:
    """Write (or replace) the cohort; returns its id."""
    check_entry(entry)
    year = ensure_academic_year(session, parse_year_name(entry.year))
    old = session.scalar(
        select(GraduateCohort).where(
            GraduateCohort.school_id == entry.school_id,
            GraduateCohort.academic_year_id == year.id,
            GraduateCohort.grade == entry.grade,
        )
    )
    if old is not None:
        session.delete(old)
        session.flush()
    cohort = GraduateCohort(
        school_id=entry.school_id, academic_year_id=year.id, grade=entry.grade, note=entry.note
    )
    session.add(cohort)
    session.flush()
    for destination, count in entry.counts.items():
        if count:
            session.add(
                GraduateDestination(
                    cohort_id=cohort.id, destination=Destination(destination), graduates=count
                )
            )
    merged: dict[tuple[int, Destination], int] = {}
    for placement in entry.placements:
        if placement.graduates:
            partner = _partner(session, entry.school_id, placement.partner, placement.sector)
            key = (partner.id, placement.destination)
            merged[key] = merged.get(key, 0) + placement.graduates
    for (partner_id, destination), count in merged.items():
        session.add(
            GraduatePlacement(
                cohort_id=cohort.id, partner_id=partner_id, destination=destination,
                graduates=count,
            )
        )  # fmt: skip
    session.flush()
    audit.record(
        session,
        "update" if old is not None else "create",
        "graduate_cohort",
        entity_uuid=cohort.uuid,
        after={
            "year": year.name,
            "grade": entry.grade,
            "graduates": sum(entry.counts.values()),
            "placements": sum(p.graduates for p in entry.placements),
        },
    )
    return cohort.id


def save_cohort(db: Database, entry: CohortEntry) -> int:
    access.require(db, Action.RESULTS, entry.school_id)
    with db.session() as session:
        return save_cohort_in(session, entry)


def cohort_entry(db: Database, school_id: int, year: str, grade: int) -> CohortEntry | None:
    """What is entered for the school's grade in the year (for the form), or None."""
    with db.session() as session:
        cohort = session.scalar(
            select(GraduateCohort)
            .join(AcademicYear, AcademicYear.id == GraduateCohort.academic_year_id)
            .where(
                GraduateCohort.school_id == school_id,
                AcademicYear.name == year,
                GraduateCohort.grade == grade,
            )
        )
        if cohort is None:
            return None
        return CohortEntry(
            school_id=school_id,
            year=year,
            grade=grade,
            counts={d.destination: d.graduates for d in cohort.destinations},
            placements=tuple(
                Placement(p.partner.name, p.destination, p.graduates, p.partner.sector)
                for p in sorted(cohort.placements, key=lambda p: (p.partner.name, p.destination))
            ),
            note=cohort.note,
        )


def partner_names(db: Database, school_id: int) -> list[str]:
    with db.session() as session:
        return sorted(
            session.scalars(
                select(PartnerOrganisation.name).where(PartnerOrganisation.school_id == school_id)
            ),
            key=str.casefold,
        )


# --- the figures ------------------------------------------------------------------------------


def _of_year(query: Select[Any], school_ids: Iterable[int] | None, year: str) -> Select[Any]:
    """`query` (over graduate cohorts) narrowed to the cohorts of `year` and of the schools
    given (all when None), with their school."""
    query = (
        query.join(School, School.id == GraduateCohort.school_id)
        .join(AcademicYear, AcademicYear.id == GraduateCohort.academic_year_id)
        .where(AcademicYear.name == year)
    )
    if school_ids is not None:
        query = query.where(GraduateCohort.school_id.in_(list(school_ids)))
    return query


def _cohorts(
    session: Session, school_ids: Iterable[int] | None, year: str
) -> tuple[CohortFigures, ...]:
    query = (
        select(
            GraduateCohort.school_id,
            School.name,
            GraduateCohort.grade,
            GraduateDestination.destination,
            func.sum(GraduateDestination.graduates),
        )
        .select_from(GraduateCohort)
        .join(GraduateDestination, GraduateDestination.cohort_id == GraduateCohort.id)
    )
    query = _of_year(query, school_ids, year).group_by(
        GraduateCohort.school_id, School.name, GraduateCohort.grade,
        GraduateDestination.destination,
    )  # fmt: skip
    found: dict[tuple[int, str, int], dict[Destination, int]] = {}
    for school_id, school, grade, destination, count in session.execute(query):
        found.setdefault((school_id, school, grade), {})[Destination(destination)] = int(count)
    return tuple(
        CohortFigures(school_id, school, year, grade, Destinations(counts))
        for (school_id, school, grade), counts in sorted(found.items(), key=lambda i: i[0][1:])
    )


def _partners(
    session: Session, school_ids: Iterable[int] | None, year: str
) -> tuple[PartnerFigures, ...]:
    query = (
        select(
            School.name,
            PartnerOrganisation.name,
            PartnerOrganisation.sector,
            GraduateCohort.grade,
            GraduatePlacement.destination,
            func.sum(GraduatePlacement.graduates),
        )
        .select_from(GraduatePlacement)
        .join(GraduateCohort, GraduateCohort.id == GraduatePlacement.cohort_id)
        .join(PartnerOrganisation, PartnerOrganisation.id == GraduatePlacement.partner_id)
    )
    query = _of_year(query, school_ids, year).group_by(
        School.name, PartnerOrganisation.name, PartnerOrganisation.sector,
        GraduateCohort.grade, GraduatePlacement.destination,
    )  # fmt: skip
    rows = [
        PartnerFigures(school, partner, sector, year, grade, Destination(d), int(n))
        for school, partner, sector, grade, d, n in session.execute(query)
    ]
    return tuple(sorted(rows, key=lambda p: (p.school, -p.graduates, p.partner, p.grade)))


def graduate_years(session: Session, school_ids: Iterable[int] | None = None) -> list[str]:
    """The academic years with graduates entered, oldest first."""
    query = (
        select(AcademicYear.name)
        .join(GraduateCohort, GraduateCohort.academic_year_id == AcademicYear.id)
        .distinct()
    )
    if school_ids is not None:
        query = query.where(GraduateCohort.school_id.in_(list(school_ids)))
    return sorted(session.scalars(query))


def graduates_in(
    session: Session, *, school_ids: Iterable[int] | None = None, year: str | None = None
) -> GraduatesData:
    """The latest year with graduates up to `year` (a year's graduates leave at its end, so the
    report of 2026-2027 shows where those of 2025-2026 went when 2026-2027 has none yet)."""
    ids = None if school_ids is None else list(school_ids)
    years = [y for y in graduate_years(session, ids) if year is None or y <= year]
    if not years:
        return GraduatesData(year=None, cohorts=())
    shown = years[-1]
    previous = years[-2] if len(years) > 1 else None
    return GraduatesData(
        year=shown,
        cohorts=_cohorts(session, ids, shown),
        partners=_partners(session, ids, shown),
        previous_year=previous,
        previous=_cohorts(session, ids, previous) if previous else (),
    )


def graduates(
    db: Database, *, school_ids: Iterable[int] | None = None, year: str | None = None
) -> GraduatesData:
    with db.session() as session:
        return graduates_in(session, school_ids=school_ids, year=year)


def mechanism_graduates(
    session: Session, school_ids: Iterable[int] | None, year: str | None
) -> dict[str, int]:
    """Mechanism → graduates placed so (dual education, internships) in the latest year up to
    `year`: the mechanisms panel's third kind of evidence."""
    data = graduates_in(session, school_ids=school_ids, year=year)
    total = sum_destinations(c.destinations for c in data.cohorts)
    result: dict[str, int] = {}
    for destination, mechanisms in DESTINATION_MECHANISMS.items():
        for mechanism in mechanisms:
            count = total.count(destination)
            if count:
                result[mechanism.value] = result.get(mechanism.value, 0) + count
    return result
