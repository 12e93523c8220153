"""Flags of a school's teachers for a term, computed with a handful of GROUP BY queries.

`school_flags(db, school_id, year=…, term=…)` is what the dashboard, the Teachers tab and the
district report show. The facts come from SQL (one query per kind of fact for the whole school,
never one per teacher); the rules are the pure functions of `domain.flags`.

The *scope* of an analysis is a term (by default the one going on today): observations are
counted in that term, the latest results are those of the last term up to it that has any, and
flags are judged as of its last day, or today while it is going on.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import (
    Flag,
    FlagKind,
    FollowUp,
    Localized,
    QualityPair,
    follow_up_flags,
    low_observation_flag,
    not_observed_flag,
    pd_flag,
    quality_drop_flags,
    render_message,
)
from eduqa_desktop.domain.term_comparison import Quarter, previous_quarter
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.vocabulary import ObservationStatus, Purpose, TermKind
from eduqa_desktop.services.calendar import checked_year_name
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.settings_store import read_setting
from eduqa_desktop.services.thresholds import THRESHOLDS_KEY
from eduqa_desktop.storage.dashboard_queries import TeacherScope, quality_drops
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    Activity,
    ActivityType,
    Department,
    Observation,
    ResultRow,
    SchoolClass,
    Subject,
    Teacher,
    Term,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = [
    "FLAG_ORDER",
    "FlagDTO",
    "Scope",
    "TermRef",
    "flag_dtos",
    "flags_in",
    "last_courses",
    "resolve_scope",
    "school_flags",
    "teacher_flags",
]

FLAG_ORDER = tuple(FlagKind)


@dataclass(frozen=True, slots=True)
class TermRef:
    id: int
    year: str
    number: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Scope:
    """What "this term" means for an analysis."""

    term: TermRef | None  # the chosen term (None: the database has no terms yet)
    year_start: date | None
    year_end: date | None
    as_of: date  # flags are judged on this day: the term's end, or today within it
    results_term: TermRef | None  # the latest term up to the chosen one with results
    previous_results_term: TermRef | None  # the quarter before results_term (Q1 → Q4)
    terms: tuple[TermRef, ...] = ()  # every quarter up to the chosen one, oldest first


@dataclass(frozen=True)
class FlagDTO:
    kind: FlagKind
    teacher_id: int
    teacher_uuid: uuid.UUID
    teacher_name: str
    department: str
    message_template: str
    params: Mapping[str, object]

    @property
    def message(self) -> str:
        """The explanation in English; the UI translates `message_template` instead."""
        return render_message(self.message_template, self.params)


def load_thresholds_in(session: Session) -> Thresholds:
    return Thresholds.from_json(read_setting(session, THRESHOLDS_KEY))


# --- the scope ---------------------------------------------------------------------------------


def _all_terms(session: Session) -> list[TermRef]:
    rows = session.execute(
        select(Term.id, AcademicYear.name, Term.number, Term.start_date, Term.end_date)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(Term.kind == TermKind.QUARTER)
        .order_by(AcademicYear.start_date, Term.number)
    )
    return [TermRef(*row) for row in rows]


def _choose_term(
    terms: list[TermRef], year: str | None, term: int | None, today: date
) -> TermRef | None:
    if year is not None:
        year = checked_year_name(year)
        terms = [t for t in terms if t.year == year]
        if not terms:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "There is no academic year {year} in this file."),
                year=year,
            )
    if term is not None:
        chosen = [t for t in terms if t.number == term]
        if not chosen:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "There is no quarter {term} in this file."),
                term=term,
            )
        return chosen[0]
    if not terms:
        return None
    started = [t for t in terms if t.start <= today]
    return started[-1] if started else terms[0]


def resolve_scope(
    session: Session,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> Scope:
    """The chosen term (default: the one going on `today`) and the results terms around it."""
    today = today or date.today()
    terms = _all_terms(session)
    chosen = _choose_term(terms, year, term, today)
    if chosen is None:
        return Scope(None, None, None, today, None, None)
    upto = terms[: terms.index(chosen) + 1]
    school_classes = select(SchoolClass.id).where(SchoolClass.school_id == school_id)
    with_results = set(
        session.scalars(
            select(ResultRow.term_id)
            .where(
                ResultRow.class_id.in_(school_classes),  # from the school's classes: an index
                ResultRow.term_id.in_([t.id for t in upto]),
            )
            .distinct()
        )
    )
    results = [t for t in upto if t.id in with_results]
    results_term = results[-1] if results else None
    previous = None
    if results_term is not None:  # quarter 1 → quarter 4 of the year before
        before = previous_quarter(Quarter(results_term.year, results_term.number))
        previous = next((t for t in terms if Quarter(t.year, t.number) == before), None)
    same_year = [t for t in terms if t.year == chosen.year]
    return Scope(
        term=chosen,
        year_start=min(t.start for t in same_year),
        year_end=max(t.end for t in same_year),
        as_of=min(today, chosen.end),
        results_term=results_term,
        previous_results_term=previous,
        terms=tuple(upto),
    )


# --- facts, one query each for the whole school -------------------------------------------------


def _final(query, school_id: int, teacher_id: int | None):  # type: ignore[no-untyped-def]
    query = query.where(
        Observation.school_id == school_id, Observation.status == ObservationStatus.FINAL
    )
    if teacher_id is not None:
        query = query.where(Observation.teacher_id == teacher_id)
    return query


def _observed_in_term(
    session: Session, school_id: int, term: TermRef, teacher_id: int | None
) -> dict[int, int]:
    query = _final(
        select(Observation.teacher_id, func.count()).where(
            Observation.observed_on.between(term.start, term.end)
        ),
        school_id,
        teacher_id,
    ).group_by(Observation.teacher_id)
    return {tid: int(count) for tid, count in session.execute(query)}


def _latest_scored(
    session: Session, school_id: int, as_of: date, teacher_id: int | None
) -> dict[int, tuple[date, float]]:
    """Each teacher's latest final observation with a score, up to `as_of`."""
    ranked = _final(
        select(
            Observation.teacher_id,
            Observation.observed_on,
            Observation.score,
            func.row_number()
            .over(
                partition_by=Observation.teacher_id,
                order_by=(Observation.observed_on.desc(), Observation.id.desc()),
            )
            .label("rank"),
        ).where(Observation.score.is_not(None), Observation.observed_on <= as_of),
        school_id,
        teacher_id,
    ).subquery()
    query = select(ranked.c.teacher_id, ranked.c.observed_on, ranked.c.score).where(
        ranked.c.rank == 1
    )
    return {tid: (day, float(score)) for tid, day, score in session.execute(query)}


def last_courses(
    session: Session, school_id: int, as_of: date, teacher_id: int | None = None
) -> dict[int, date | None]:
    """The last professional-development course of each teacher of the school, up to `as_of`.

    The later of the date typed on the teacher's card and the latest activity of a type that
    counts as professional development.
    """
    typed = select(Teacher.id, Teacher.last_pd_date).where(Teacher.school_id == school_id)
    recorded = (
        select(Activity.teacher_id, func.max(Activity.done_on))
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(
            Teacher.school_id == school_id,
            ActivityType.counts_as_pd,
            Activity.done_on <= as_of,
        )
        .group_by(Activity.teacher_id)
    )
    if teacher_id is not None:
        typed = typed.where(Teacher.id == teacher_id)
        recorded = recorded.where(Activity.teacher_id == teacher_id)
    result: dict[int, date | None] = {
        tid: (day if day is not None and day <= as_of else None)
        for tid, day in session.execute(typed)
    }
    for tid, day in session.execute(recorded):
        current = result.get(tid)
        result[tid] = day if current is None or day > current else current
    return result


def _quality_pairs(
    session: Session,
    school_id: int,
    scope: Scope,
    thresholds: Thresholds,
    teacher_id: int | None,
) -> dict[int, list[QualityPair]]:
    """Quality per teacher, class and subject in the results term and the term before.

    A line meets the same teacher's line of the same subject in the class its pupils were in
    (``domain.term_comparison``: the same class within a year; in quarter 1, 7-A of last
    year for 8-A). The query is shared with the dashboard (``storage.dashboard_queries
    .quality_drops``) and the matching with the profile's change
    (``services.indicators.teacher_results``), so the three always agree. Only pairs that
    may have fallen by more than the threshold are read; the rule decides.
    """
    if scope.results_term is None or scope.previous_results_term is None:
        return {}
    drops = quality_drops(
        session,
        scope.results_term.id,
        scope.previous_results_term.id,
        TeacherScope(school_ids=[school_id]),
        min_drop=thresholds.quality_drop_points,
        teacher_id=teacher_id,
    )
    if not drops:
        return {}
    names = {
        row.id: Localized(row.name, row.name_uz, row.name_ru, row.name_en)
        for row in session.execute(
            select(
                Subject.id, Subject.name, Subject.name_uz, Subject.name_ru, Subject.name_en
            ).where(Subject.id.in_({d.subject_id for d in drops}))
        )
    }
    pairs: dict[int, list[QualityPair]] = defaultdict(list)
    for d in sorted(drops, key=lambda d: (d.grade, d.class_name, names[d.subject_id].name)):
        pairs[d.teacher_id].append(
            QualityPair(d.class_name, names[d.subject_id], d.quality, d.previous, d.previous_class)
        )
    return pairs


def _follow_ups(
    session: Session, school_id: int, scope: Scope, teacher_id: int | None
) -> dict[int, list[FollowUp]]:
    """Next steps due in the scope's academic year, and whether a follow-up visit was made.

    A follow-up is a later final observation that names the first one (`follow_up_of_id`) or
    a later final observation of the same teacher with the purpose "follow-up visit". One
    query reads both kinds for the school; they are matched here (a correlated EXISTS took a
    quarter of a second on a district file).
    """
    year_start = scope.year_start or date.min
    query = _final(
        select(
            Observation.id,
            Observation.teacher_id,
            Observation.observed_on,
            Observation.next_steps_due,
            Observation.follow_up_of_id,
            Observation.purpose,
        ).where(
            Observation.observed_on <= scope.as_of,
            or_(
                Observation.next_steps_due >= year_start,
                Observation.follow_up_of_id.is_not(None),
                Observation.purpose == Purpose.FOLLOW_UP,
            ),
        ),
        school_id,
        teacher_id,
    )
    rows = session.execute(query).all()
    named = {row.follow_up_of_id for row in rows if row.follow_up_of_id is not None}
    visits: dict[int, list[date]] = defaultdict(list)
    for row in rows:
        if row.purpose == Purpose.FOLLOW_UP:
            visits[row.teacher_id].append(row.observed_on)
    result: dict[int, list[FollowUp]] = defaultdict(list)
    for row in rows:
        if row.next_steps_due is None or row.next_steps_due < year_start:
            continue
        done = row.id in named or any(day > row.observed_on for day in visits[row.teacher_id])
        result[row.teacher_id].append(FollowUp(row.observed_on, row.next_steps_due, done))
    return result


# --- flags --------------------------------------------------------------------------------------


def flags_in(
    session: Session,
    school_id: int,
    scope: Scope,
    thresholds: Thresholds,
    teacher_id: int | None = None,
) -> dict[int, list[Flag]]:
    """Flags of the active teachers (or of one teacher), by teacher id, in `FLAG_ORDER`."""
    teachers = select(Teacher.id).where(Teacher.school_id == school_id, Teacher.active)
    if teacher_id is not None:
        teachers = teachers.where(Teacher.id == teacher_id)
    ids = list(session.scalars(teachers))
    if not ids:
        return {}
    as_of = scope.as_of
    observed = _observed_in_term(session, school_id, scope.term, teacher_id) if scope.term else {}
    latest = _latest_scored(session, school_id, as_of, teacher_id)
    pairs = _quality_pairs(session, school_id, scope, thresholds, teacher_id)
    courses = last_courses(session, school_id, as_of, teacher_id)
    follow_ups = _follow_ups(session, school_id, scope, teacher_id)
    result: dict[int, list[Flag]] = {}
    for tid in ids:
        found: list[Flag | None] = []
        if scope.term is not None:
            found.append(
                not_observed_flag(
                    tid, observed.get(tid, 0), term=scope.term.number, year=scope.term.year
                )
            )
        last = latest.get(tid)
        found.append(
            low_observation_flag(
                tid, last[1] if last else None, last[0] if last else None, thresholds.bands
            )
        )
        found += quality_drop_flags(tid, pairs.get(tid, ()), thresholds.quality_drop_points)
        found.append(pd_flag(tid, courses.get(tid), as_of, thresholds.pd_period_years))
        found += follow_up_flags(
            tid, follow_ups.get(tid, ()), as_of, thresholds.follow_up_grace_days
        )
        result[tid] = [flag for flag in found if flag is not None]
    return result


def flag_dtos(session: Session, school_id: int, flags: dict[int, list[Flag]]) -> list[FlagDTO]:
    """The flags of `flags_in` with the teachers' names, sorted as `school_flags` sorts."""
    if not flags:
        return []
    people = {
        tid: (uid, name, department or "")
        for tid, uid, name, department in session.execute(
            select(Teacher.id, Teacher.uuid, Teacher.full_name, Department.name)
            .outerjoin(Department, Department.id == Teacher.department_id)
            .where(Teacher.school_id == school_id)
        )
    }
    result = []
    for tid, found in flags.items():
        uid, name, department = people[tid]
        for flag in found:
            result.append(
                FlagDTO(
                    flag.kind,
                    tid,
                    uid,
                    name,
                    department,
                    flag.message_template,
                    dict(flag.params),
                )
            )
    result.sort(key=lambda f: (f.teacher_name.casefold(), FLAG_ORDER.index(f.kind)))
    return result


def school_flags(
    db: Database,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> list[FlagDTO]:
    """Every flag of the school's active teachers for a term (default: the current one).

    Sorted by teacher name, then in `FLAG_ORDER`. Each flag explains itself:
    `FlagDTO.message_template` is marked for translation, `params` fill it.
    """
    with db.session() as session:
        scope = resolve_scope(session, school_id, year=year, term=term, today=today)
        flags = flags_in(session, school_id, scope, load_thresholds_in(session))
        return flag_dtos(session, school_id, flags)


def teacher_flags(
    db: Database,
    teacher_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> list[FlagDTO]:
    """The flags of one teacher (none for an archived teacher)."""
    with db.session() as session:
        school_id = session.scalar(select(Teacher.school_id).where(Teacher.id == teacher_id))
        if school_id is None:
            return []
        scope = resolve_scope(session, school_id, year=year, term=term, today=today)
        flags = flags_in(session, school_id, scope, load_thresholds_in(session), teacher_id)
        return flag_dtos(session, school_id, flags)
