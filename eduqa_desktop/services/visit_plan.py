"""The visit plan of internal school control: planned visits by month, their status, generation.

The status of each planned visit (done / due / upcoming / overdue) comes from the final
observations, by the rules of `domain.visit_plan`; nothing about it is stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.school_calendar import parse_year_name
from eduqa_desktop.domain.visit_plan import (
    Month,
    ObservedVisit,
    PlannedVisit,
    PlanRules,
    ProposalReason,
    TeacherForPlan,
    month_bounds,
    propose_visits,
    term_months,
    visit_outcomes,
)
from eduqa_desktop.domain.visit_plan_lines import PlanLine, PlannedVisitInput
from eduqa_desktop.domain.visit_plan_lines import count_by_status as count_by_status
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose, TermKind
from eduqa_desktop.services import access, audit, deletions
from eduqa_desktop.services.conflicts import EditConflict, check_version, lost_race
from eduqa_desktop.services.errors import NotFoundError, UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.lessons import lead_observation
from eduqa_desktop.storage.models import (
    AcademicYear,
    Department,
    Observation,
    Teacher,
    Term,
    VisitPlanEntry,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PlanTerm:
    number: int
    start: date
    end: date
    months: tuple[Month, ...]


@dataclass(frozen=True)
class PlanYear:
    name: str
    months: tuple[Month, ...]  # the school year's months, September to the last term's end
    terms: tuple[PlanTerm, ...]


@dataclass(frozen=True)
class ProposalLine:
    teacher_id: int
    teacher: str
    year: int
    month: int
    purpose: Purpose
    observer: str
    reason: ProposalReason


# --- the plan -------------------------------------------------------------------------------------


def _month_range(query, first: Month, last: Month):  # type: ignore[no-untyped-def]
    ym = VisitPlanEntry.year * 100 + VisitPlanEntry.month
    return query.where(ym >= first[0] * 100 + first[1], ym <= last[0] * 100 + last[1])


def _observed(session: Session, school_id: int, first: Month, last: Month) -> list[ObservedVisit]:
    start, end = month_bounds(*first)[0], month_bounds(*last)[1]
    rows = session.execute(
        select(
            Observation.id, Observation.teacher_id, Observation.purpose, Observation.observed_on
        ).where(
            Observation.school_id == school_id,
            Observation.status == ObservationStatus.FINAL,
            Observation.observed_on.between(start, end),
            lead_observation(),  # a co-observed lesson is one visit
        )
    )
    return [ObservedVisit(id_, teacher, str(purpose), day) for id_, teacher, purpose, day in rows]


def _input(entry: VisitPlanEntry) -> PlannedVisitInput:
    return PlannedVisitInput(
        entry.school_id,
        entry.teacher_id,
        entry.year,
        entry.month,
        entry.planned_on,
        Purpose(entry.purpose),
        entry.observer,
        entry.note,
    )


def list_plan(
    db: Database, school_id: int, first: Month, last: Month, *, today: date
) -> list[PlanLine]:
    """The planned visits of the months `first`..`last` with their status on `today`."""
    access.require(db, Action.READ, school_id)
    with db.session() as session:
        query = (
            select(VisitPlanEntry, Teacher.full_name, Department.name)
            .join(Teacher, Teacher.id == VisitPlanEntry.teacher_id)
            .outerjoin(Department, Department.id == Teacher.department_id)
            .where(VisitPlanEntry.school_id == school_id)
            .order_by(VisitPlanEntry.year, VisitPlanEntry.month, Teacher.full_name)
        )
        rows = session.execute(_month_range(query, first, last)).all()
        outcomes = visit_outcomes(
            [
                PlannedVisit(e.id, e.teacher_id, str(e.purpose), e.year, e.month, e.planned_on)
                for e, _, _ in rows
            ],
            _observed(session, school_id, first, last),
            today,
        )
        return [
            PlanLine(
                entry.id,
                entry.uuid,
                _input(entry),
                teacher,
                department or "",
                outcomes[entry.id].status,
                outcomes[entry.id].observation,  # type: ignore[arg-type]
                outcomes[entry.id].observed_on,
                _purpose(outcomes[entry.id].observed_purpose),
                entry.row_version,
            )
            for entry, teacher, department in rows
        ]


def _purpose(value: str | None) -> Purpose | None:
    return None if value is None else Purpose(value)


def planned_visits_for(
    db: Database, school_id: int, teacher_id: int, on: date, *, today: date
) -> list[PlanLine]:
    """The visits planned for this teacher in the month of `on` (what the observation form
    tells the observer: a visit was planned, with which purpose)."""
    month = (on.year, on.month)
    return [
        line
        for line in list_plan(db, school_id, month, month, today=today)
        if line.data.teacher_id == teacher_id
    ]


def _check(session: Session, data: PlannedVisitInput) -> None:
    teacher = session.get(Teacher, data.teacher_id)
    if teacher is None or teacher.school_id != data.school_id:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose the teacher to visit."))
    if not 1 <= data.month <= 12 or not 2000 <= data.year <= 2100:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose the month of the visit."))
    if data.planned_on is not None and (data.planned_on.year, data.planned_on.month) != (
        data.year,
        data.month,
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The day of the visit must fall in the chosen month.")
        )


def _fill(entry: VisitPlanEntry, data: PlannedVisitInput) -> None:
    entry.school_id, entry.teacher_id = data.school_id, data.teacher_id
    entry.year, entry.month, entry.planned_on = data.year, data.month, data.planned_on
    entry.purpose = Purpose(data.purpose)
    entry.observer, entry.note = data.observer.strip(), data.note.strip()


def add_visit(db: Database, data: PlannedVisitInput) -> int:
    access.require(db, Action.PLAN, data.school_id)
    with db.session() as session:
        _check(session, data)
        entry = VisitPlanEntry()
        _fill(entry, data)
        session.add(entry)
        session.flush()
        return entry.id


def _entry(session: Session, entry_id: int) -> VisitPlanEntry:
    entry = session.get(VisitPlanEntry, entry_id)
    if entry is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "This planned visit no longer exists."))
    return entry


def update_visit(
    db: Database, entry_id: int, data: PlannedVisitInput, *, expected_version: int | None = None
) -> None:
    """Change a planned visit; EditConflict carries theirs (a SavedVisit) when someone saved it
    since `expected_version` was read, or in the same instant. Nothing is written then."""
    access.require_row(db, Action.PLAN, VisitPlanEntry, entry_id)
    with lost_race(lambda: _saved_visit(db, entry_id)), db.session() as session:
        _check(session, data)
        entry = _entry(session, entry_id)
        check_version(entry, expected_version, lambda: SavedVisit(_input(entry), entry.row_version))
        _fill(entry, data)


@dataclass(frozen=True)
class SavedVisit:
    """A planned visit as saved now (what a conflict shows)."""

    data: PlannedVisitInput
    row_version: int


def _saved_visit(db: Database, entry_id: int) -> SavedVisit:
    with db.session() as session:
        entry = _entry(session, entry_id)
        return SavedVisit(_input(entry), entry.row_version)


def delete_visits(db: Database, entries: Sequence[int] | Mapping[int, int | None]) -> None:
    """Delete planned visits. When `entries` maps each to the version it had when read and
    someone saved one of them since, or in the same instant, EditConflict carries theirs
    ({id: SavedVisit} of those changed) and nothing is deleted."""
    expected = dict(entries) if isinstance(entries, Mapping) else dict.fromkeys(entries)
    access.require_rows(db, Action.PLAN, VisitPlanEntry, expected)
    with lost_race(lambda: _changed_visits(db, expected)), db.session() as session:
        found = [_entry(session, entry_id) for entry_id in expected]
        changed = [e for e in found if expected[e.id] not in (None, e.row_version)]
        if changed:
            raise EditConflict(
                {e.id: SavedVisit(_input(e), e.row_version) for e in changed},
                max(e.updated_at for e in changed),
            )
        for entry in found:
            session.delete(entry)
            audit.record(session, "delete", "plan_entry", entry.uuid)
            deletions.record_deletion(session, deletions.PLAN_ENTRY, entry.uuid, entry.school_id)


def _changed_visits(db: Database, expected: Mapping[int, int | None]) -> dict[int, SavedVisit]:
    """The visits saved since their `expected` version (read after a lost race)."""
    with db.session() as session:
        entries = session.scalars(select(VisitPlanEntry).where(VisitPlanEntry.id.in_(expected)))
        return {
            e.id: SavedVisit(_input(e), e.row_version)
            for e in entries
            if expected[e.id] != e.row_version
        }


# --- the year and generation ----------------------------------------------------------------------


def plan_year(db: Database, year_name: str) -> PlanYear:
    """The school year's months and its quarters' months (a month goes to the quarter of its
    15th day)."""
    name = parse_year_name(year_name)
    with db.session() as session:
        terms = list(
            session.scalars(
                select(Term)
                .join(AcademicYear)
                .where(AcademicYear.name == name, Term.kind == TermKind.QUARTER)
                .order_by(Term.number)
            )
        )
        if not terms:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "The academic year {year} has no quarters."),
                year=name,
            )
        bounds = [(t.start_date, t.end_date) for t in terms]
        months = term_months(bounds)
        return PlanYear(
            name,
            tuple(m for term in months for m in term),
            tuple(
                PlanTerm(t.number, t.start_date, t.end_date, tuple(m))
                for t, m in zip(terms, months, strict=True)
            ),
        )


def _last_scores(session: Session, school_id: int) -> dict[int, float | None]:
    rows = session.execute(
        select(Observation.teacher_id, Observation.score)
        .where(Observation.school_id == school_id, Observation.status == ObservationStatus.FINAL)
        .order_by(Observation.teacher_id, Observation.observed_on, Observation.id)
    )
    return {teacher_id: score for teacher_id, score in rows}  # the latest one wins


def propose_plan(
    db: Database,
    school_id: int,
    year_name: str,
    term_number: int,
    rules: PlanRules,
    *,
    today: date | None = None,
) -> list[ProposalLine]:
    """What *Generate plan* proposes for one quarter (nothing is written); given `today`,
    nothing falls in a month already over (`domain.visit_plan.propose_visits`)."""
    year = plan_year(db, year_name)
    term = next((t for t in year.terms if t.number == term_number), None)
    if term is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose a quarter of the year."))
    with db.session() as session:
        teachers = session.execute(
            select(Teacher.id, Teacher.full_name, Teacher.experience_years)
            .where(Teacher.school_id == school_id, Teacher.active.is_(True))
            .order_by(Teacher.full_name, Teacher.id)
        ).all()
        scores = _last_scores(session, school_id)
        existing = session.execute(
            _month_range(
                select(
                    VisitPlanEntry.teacher_id,
                    VisitPlanEntry.purpose,
                    VisitPlanEntry.year,
                    VisitPlanEntry.month,
                ).where(VisitPlanEntry.school_id == school_id),
                year.months[0],
                year.months[-1],
            )
        ).all()
    names = {teacher_id: name for teacher_id, name, _ in teachers}
    proposals = propose_visits(
        [TeacherForPlan(t, experience or 0, scores.get(t)) for t, _, experience in teachers],
        year.months,
        term.months,
        rules,
        [(t, str(p), y, m) for t, p, y, m in existing],
        today,
    )
    return [
        ProposalLine(
            p.teacher_id,
            names[p.teacher_id],
            p.year,
            p.month,
            Purpose(p.purpose),
            p.observer,
            p.reason,
        )
        for p in proposals
    ]


def add_proposals(db: Database, school_id: int, proposals: Sequence[ProposalLine]) -> int:
    """Write the proposals to the plan (one unit of work); returns how many were added."""
    access.require(db, Action.PLAN, school_id)
    with db.session() as session:
        for p in proposals:
            data = PlannedVisitInput(
                school_id, p.teacher_id, p.year, p.month, None, p.purpose, p.observer
            )
            _check(session, data)
            entry = VisitPlanEntry()
            _fill(entry, data)
            session.add(entry)
    return len(proposals)
