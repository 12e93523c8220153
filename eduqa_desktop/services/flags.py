"""Flags of a school's teachers for a term, computed with a handful of GROUP BY queries.

`school_flags(db, school_id, year=…, term=…)` is what the dashboard and the Teachers tab show;
the district report asks for all its schools at once (`resolve_scopes`, `district_flags`,
`district_flag_dtos`), and a school on its own is the same code with one school. The facts come
from SQL (one query per kind of fact for all the schools asked, never one per teacher or per
school); the rules are the pure functions of `domain.flags`.

The *scope* of an analysis is a term (by default the one going on today): observations are
counted in that term, the latest results are those of the last term up to it that has any, and
flags are judged as of its last day, or today while it is going on.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, or_, select, true
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
    School,
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
    "district_flag_dtos",
    "district_flags",
    "district_last_courses",
    "flag_dtos",
    "flags_in",
    "follow_ups_in",
    "last_courses",
    "resolve_scope",
    "resolve_scopes",
    "school_flags",
    "teacher_flags",
]

FLAG_ORDER = tuple(FlagKind)
_T = TypeVar("_T")


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
    scopes = resolve_scopes(session, [school_id], year=year, term=term, today=today)
    return scopes[school_id]


def resolve_scopes(
    session: Session,
    school_ids: Sequence[int],
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> dict[int, Scope]:
    """`resolve_scope` of many schools at once (one query for the terms with results).

    The chosen term is the same for every school; the results terms are each school's own
    (the latest quarter up to the chosen one in which *that school* has results).
    """
    today = today or date.today()
    terms = _all_terms(session)
    chosen = _choose_term(terms, year, term, today)
    if chosen is None:
        return {sid: Scope(None, None, None, today, None, None) for sid in school_ids}
    upto = terms[: terms.index(chosen) + 1]
    with_results = _terms_with_results(session, school_ids, [t.id for t in upto])
    same_year = [t for t in terms if t.year == chosen.year]
    by_quarter = {Quarter(t.year, t.number): t for t in reversed(terms)}  # the first one wins
    scopes = {}
    for sid in school_ids:
        results = [t for t in upto if (sid, t.id) in with_results]
        results_term = results[-1] if results else None
        previous = None
        if results_term is not None:  # quarter 1 → quarter 4 of the year before
            before = previous_quarter(Quarter(results_term.year, results_term.number))
            previous = by_quarter.get(before)
        scopes[sid] = Scope(
            term=chosen,
            year_start=min(t.start for t in same_year),
            year_end=max(t.end for t in same_year),
            as_of=min(today, chosen.end),
            results_term=results_term,
            previous_results_term=previous,
            terms=tuple(upto),
        )
    return scopes


def _terms_with_results(
    session: Session, school_ids: Sequence[int], term_ids: list[int]
) -> set[tuple[int, int]]:
    """(school, term) of the given ones where the school has result rows.

    One EXISTS per pair, walking the school's classes and looking each up in the unique
    (term, class, …) index, so that it stops at the first row (driven from the term's rows,
    SQLite read most of the term for every school: 0.8 s for 50 schools against 5 ms).
    """
    if not school_ids or not term_ids:
        return set()
    class_rows = (
        select(ResultRow.id)
        .where(ResultRow.class_id == SchoolClass.id, ResultRow.term_id == Term.id)
        .correlate(SchoolClass, Term)  # the term of the outermost query, two levels up
    )
    classes_with_rows = select(SchoolClass.id).where(
        SchoolClass.school_id == School.id, class_rows.exists()
    )
    query = (
        select(School.id, Term.id)
        .join(Term, true())  # every pair of the given ones
        .where(School.id.in_(school_ids), Term.id.in_(term_ids), classes_with_rows.exists())
    )
    return {(sid, tid) for sid, tid in session.execute(query)}


# --- facts: one query each for all the schools --------------------------------------------------
#
# Facts of observations are keyed by (school, teacher): a teacher's flags count the
# observations recorded in the teacher's school only, whichever schools are asked together.


def _final(query, school_ids: Sequence[int], teacher_id: int | None):  # type: ignore[no-untyped-def]
    query = query.where(
        Observation.school_id.in_(school_ids), Observation.status == ObservationStatus.FINAL
    )
    if teacher_id is not None:
        query = query.where(Observation.teacher_id == teacher_id)
    return query


_Key = tuple[int, int]  # (school id, teacher id)


def _observed_in_term(
    session: Session, school_ids: Sequence[int], term: TermRef, teacher_id: int | None
) -> dict[_Key, int]:
    query = _final(
        select(Observation.school_id, Observation.teacher_id, func.count()).where(
            Observation.observed_on.between(term.start, term.end)
        ),
        school_ids,
        teacher_id,
    ).group_by(Observation.school_id, Observation.teacher_id)
    return {(sid, tid): int(count) for sid, tid, count in session.execute(query)}


def _latest_scored(
    session: Session, school_ids: Sequence[int], as_of: date, teacher_id: int | None
) -> dict[_Key, tuple[date, float]]:
    """Each teacher's latest final observation with a score, up to `as_of`."""
    ranked = _final(
        select(
            Observation.school_id,
            Observation.teacher_id,
            Observation.observed_on,
            Observation.score,
            func.row_number()
            .over(
                partition_by=(Observation.school_id, Observation.teacher_id),
                order_by=(Observation.observed_on.desc(), Observation.id.desc()),
            )
            .label("rank"),
        ).where(Observation.score.is_not(None), Observation.observed_on <= as_of),
        school_ids,
        teacher_id,
    ).subquery()
    query = select(
        ranked.c.school_id, ranked.c.teacher_id, ranked.c.observed_on, ranked.c.score
    ).where(ranked.c.rank == 1)
    return {(sid, tid): (day, float(score)) for sid, tid, day, score in session.execute(query)}


def last_courses(
    session: Session, school_id: int, as_of: date, teacher_id: int | None = None
) -> dict[int, date | None]:
    """The last professional-development course of each teacher of the school, up to `as_of`.

    The later of the date typed on the teacher's card and the latest activity of a type that
    counts as professional development.
    """
    return district_last_courses(session, [school_id], as_of, teacher_id).get(school_id, {})


def district_last_courses(
    session: Session, school_ids: Sequence[int], as_of: date, teacher_id: int | None = None
) -> dict[int, dict[int, date | None]]:
    """`last_courses` of many schools in two queries: school → teacher → day."""
    typed = select(Teacher.school_id, Teacher.id, Teacher.last_pd_date).where(
        Teacher.school_id.in_(school_ids)
    )
    recorded = (
        select(Activity.teacher_id, func.max(Activity.done_on))
        .join(ActivityType, ActivityType.id == Activity.activity_type_id)
        .join(Teacher, Teacher.id == Activity.teacher_id)
        .where(
            Teacher.school_id.in_(school_ids),
            ActivityType.counts_as_pd,
            Activity.done_on <= as_of,
        )
        .group_by(Activity.teacher_id)
    )
    if teacher_id is not None:
        typed = typed.where(Teacher.id == teacher_id)
        recorded = recorded.where(Activity.teacher_id == teacher_id)
    result: dict[int, dict[int, date | None]] = defaultdict(dict)
    school_of = {}
    for sid, tid, day in session.execute(typed):
        result[sid][tid] = day if day is not None and day <= as_of else None
        school_of[tid] = sid
    for tid, day in session.execute(recorded):
        courses = result[school_of[tid]]
        current = courses.get(tid)
        courses[tid] = day if current is None or day > current else current
    return dict(result)


def _quality_pairs(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    teacher_id: int | None,
) -> dict[int, list[QualityPair]]:
    """Quality per teacher, class and subject in the results term and the term before.

    A line meets the same teacher's line of the same subject in the class its pupils were in
    (``domain.term_comparison``: the same class within a year; in quarter 1, 7-A of last
    year for 8-A). The query is shared with the dashboard (``storage.dashboard_queries
    .quality_drops``) and the matching with the profile's change
    (``services.indicators.teacher_results``), so the three always agree. Only pairs that
    may have fallen by more than the threshold are read; the rule decides. One query for
    all the schools with the same results terms (usually all of them).
    """
    drops = []
    by_terms = _grouped(scopes, lambda s: (s.results_term, s.previous_results_term))
    for (now, before), school_ids in by_terms.items():
        if now is None or before is None:
            continue
        drops += quality_drops(
            session,
            now.id,
            before.id,
            TeacherScope(school_ids=school_ids),
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


def follow_ups_in(
    session: Session,
    school_ids: Sequence[int],
    year_start: date,
    as_of: date,
    teacher_id: int | None,
) -> dict[_Key, list[FollowUp]]:
    """Next steps due from `year_start`, and whether a follow-up visit was made.

    A follow-up is a later final observation (of the same school) that names the first one
    (`follow_up_of_id`) or a later final observation of the same teacher with the purpose
    "follow-up visit". One query reads both kinds; they are matched here (a correlated
    EXISTS took a quarter of a second on a district file).
    """
    query = _final(
        select(
            Observation.id,
            Observation.school_id,
            Observation.teacher_id,
            Observation.observed_on,
            Observation.next_steps_due,
            Observation.follow_up_of_id,
            Observation.purpose,
        ).where(
            Observation.observed_on <= as_of,
            or_(
                Observation.next_steps_due >= year_start,
                Observation.follow_up_of_id.is_not(None),
                Observation.purpose == Purpose.FOLLOW_UP,
            ),
        ),
        school_ids,
        teacher_id,
    )
    rows = session.execute(query).all()
    named = {
        (row.school_id, row.follow_up_of_id) for row in rows if row.follow_up_of_id is not None
    }
    visits: dict[_Key, list[date]] = defaultdict(list)
    for row in rows:
        if row.purpose == Purpose.FOLLOW_UP:
            visits[row.school_id, row.teacher_id].append(row.observed_on)
    result: dict[_Key, list[FollowUp]] = defaultdict(list)
    for row in rows:
        if row.next_steps_due is None or row.next_steps_due < year_start:
            continue
        key = (row.school_id, row.teacher_id)
        done = (row.school_id, row.id) in named or any(day > row.observed_on for day in visits[key])
        result[key].append(FollowUp(row.observed_on, row.next_steps_due, done))
    return result


def _grouped(scopes: Mapping[int, Scope], key: Callable[[Scope], _T]) -> dict[_T, list[int]]:
    """The schools by a part of their scope (one query per distinct part)."""
    groups: dict[_T, list[int]] = defaultdict(list)
    for school_id, scope in scopes.items():
        groups[key(scope)].append(school_id)
    return groups


# --- flags --------------------------------------------------------------------------------------


def flags_in(
    session: Session,
    school_id: int,
    scope: Scope,
    thresholds: Thresholds,
    teacher_id: int | None = None,
) -> dict[int, list[Flag]]:
    """Flags of the active teachers (or of one teacher), by teacher id, in `FLAG_ORDER`."""
    return district_flags(session, {school_id: scope}, thresholds, teacher_id).get(school_id, {})


def district_flags(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    teacher_id: int | None = None,
) -> dict[int, dict[int, list[Flag]]]:
    """`flags_in` of many schools at once: school → teacher → flags.

    Each fact is read by one query for all the schools (one per distinct part of their
    scopes, see `resolve_scopes`), so a district costs about what one school does. Schools
    without active teachers are left out.
    """
    school_ids = list(scopes)
    if not school_ids:
        return {}
    teachers = select(Teacher.school_id, Teacher.id).where(
        Teacher.school_id.in_(school_ids), Teacher.active
    )
    if teacher_id is not None:
        teachers = teachers.where(Teacher.id == teacher_id)
    active = session.execute(teachers.order_by(Teacher.school_id, Teacher.id)).all()
    if not active:
        return {}
    observed: dict[_Key, int] = {}
    for term, ids in _grouped(scopes, lambda s: s.term).items():
        if term is not None:
            observed.update(_observed_in_term(session, ids, term, teacher_id))
    latest: dict[_Key, tuple[date, float]] = {}
    courses: dict[int, date | None] = {}
    for as_of, ids in _grouped(scopes, lambda s: s.as_of).items():
        latest.update(_latest_scored(session, ids, as_of, teacher_id))
        for found in district_last_courses(session, ids, as_of, teacher_id).values():
            courses.update(found)
    follow_ups: dict[_Key, list[FollowUp]] = {}
    for (year_start, as_of), ids in _grouped(
        scopes, lambda s: (s.year_start or date.min, s.as_of)
    ).items():
        follow_ups.update(follow_ups_in(session, ids, year_start, as_of, teacher_id))
    pairs = _quality_pairs(session, scopes, thresholds, teacher_id)

    result: dict[int, dict[int, list[Flag]]] = defaultdict(dict)
    for sid, tid in active:
        scope = scopes[sid]
        key = (sid, tid)
        found: list[Flag | None] = []
        if scope.term is not None:
            found.append(
                not_observed_flag(
                    tid, observed.get(key, 0), term=scope.term.number, year=scope.term.year
                )
            )
        last = latest.get(key)
        found.append(
            low_observation_flag(
                tid, last[1] if last else None, last[0] if last else None, thresholds.bands
            )
        )
        found += quality_drop_flags(tid, pairs.get(tid, ()), thresholds.quality_drop_points)
        found.append(pd_flag(tid, courses.get(tid), scope.as_of, thresholds.pd_period_years))
        found += follow_up_flags(
            tid, follow_ups.get(key, ()), scope.as_of, thresholds.follow_up_grace_days
        )
        result[sid][tid] = [flag for flag in found if flag is not None]
    return dict(result)


def flag_dtos(session: Session, school_id: int, flags: dict[int, list[Flag]]) -> list[FlagDTO]:
    """The flags of `flags_in` with the teachers' names, sorted as `school_flags` sorts."""
    return district_flag_dtos(session, {school_id: flags}).get(school_id, [])


def district_flag_dtos(
    session: Session, flags: Mapping[int, Mapping[int, list[Flag]]]
) -> dict[int, list[FlagDTO]]:
    """The flags of `district_flags` with the teachers' names (one query): school → flags,
    each school's sorted by teacher name (namesakes by id), then in `FLAG_ORDER`."""
    school_ids = [sid for sid, found in flags.items() if found]
    if not school_ids:
        return {}
    people = {
        tid: (uid, name, department or "")
        for tid, uid, name, department in session.execute(
            select(Teacher.id, Teacher.uuid, Teacher.full_name, Department.name)
            .outerjoin(Department, Department.id == Teacher.department_id)
            .where(Teacher.school_id.in_(school_ids))
        )
    }
    result = {}
    for sid in school_ids:
        dtos = []
        for tid, found in flags[sid].items():
            uid, name, department = people[tid]
            for flag in found:
                dtos.append(
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
        dtos.sort(key=lambda f: (f.teacher_name.casefold(), f.teacher_id, FLAG_ORDER.index(f.kind)))
        result[sid] = dtos
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
