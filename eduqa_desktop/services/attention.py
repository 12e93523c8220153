"""The attention list: teachers ranked by their signals, for a school or a district.

`school_attention(db, school_id, year=…, term=…)` is what the Needs attention view, the
Dashboard card and `eduqa attention --school` show; `district_attention` ranks the schools of
the database the same way, each with the teachers behind it; `teacher_signals` is the
profile's full list. The scope of a term, the follow-ups and the professional-development
courses are those of `services.flags` (one place for those facts); the rules are the pure
functions of `domain.signals*`, every threshold a setting (`domain.thresholds`).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import Localized, render_message
from eduqa_desktop.domain.signals import RankedTeacher, Signal, attention_list, rank_teachers
from eduqa_desktop.domain.signals_lessons import (
    CriterionRecord,
    falling_lessons_signal,
    is_weak_score,
    low_lesson_signal,
    weak_criterion_signal,
)
from eduqa_desktop.domain.signals_process import (
    follow_up_signal,
    new_teacher_signal,
    pd_signal,
    planned_visits_signal,
)
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.visit_plan import ObservedVisit, PlannedVisit, VisitStatus, visit_outcomes
from eduqa_desktop.services.attention_results import results_signals
from eduqa_desktop.services.flags import (
    Scope,
    TermRef,
    district_last_courses,
    follow_ups_in,
    load_thresholds_in,
    resolve_scopes,
)
from eduqa_desktop.storage.attention_queries import (
    criterion_scores,
    final_visits,
    mentored_teachers,
    plan_entries,
    recent_scores,
)
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import Department, School, Teacher

__all__ = [
    "AttentionList",
    "AttentionRow",
    "SchoolAttention",
    "SchoolSignals",
    "SignalDTO",
    "attention_lists",
    "district_attention",
    "school_attention",
    "school_signals_in",
    "school_signals_of",
    "signals_in",
    "teacher_signals",
    "teacher_signals_in",
]

CRITERIA_WINDOW_DAYS = 365  # weak criteria are counted over the visits of the last year


@dataclass(frozen=True)
class SignalDTO:
    kind: str
    severity: float
    message_template: str  # marked for translation; `params` fill it
    params: Mapping[str, object]
    evidence: Mapping[str, object]

    @property
    def message(self) -> str:
        """The sentence in English; the UI translates `message_template` instead."""
        return render_message(self.message_template, self.params)


@dataclass(frozen=True)
class AttentionRow:
    teacher_id: int
    teacher_uuid: uuid.UUID
    teacher_name: str
    school_id: int
    school_name: str
    department: str
    score: float
    signals: tuple[SignalDTO, ...]  # strongest first


@dataclass(frozen=True)
class AttentionList:
    term: TermRef | None
    staff: int  # active teachers
    rows: tuple[AttentionRow, ...]  # the list: at most `share` of the staff
    ranked: int  # teachers with any signal (the list is the top of them)
    share: float
    min_score: float


@dataclass(frozen=True)
class SchoolAttention:
    school_id: int
    school_name: str
    staff: int
    score: float  # the sum of its listed teachers' scores
    rows: tuple[AttentionRow, ...]
    term: TermRef | None = None


# --- signals -----------------------------------------------------------------------------------


def signals_in(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    teacher_id: int | None = None,
) -> dict[int, dict[int, list[Signal]]]:
    """Every signal of the active teachers of the schools: school → teacher → signals."""
    school_ids = list(scopes)
    query = select(
        Teacher.school_id, Teacher.id, Teacher.experience_years, Teacher.full_name
    ).where(Teacher.school_id.in_(school_ids), Teacher.active)
    if teacher_id is not None:
        query = query.where(Teacher.id == teacher_id)
    active = session.execute(query.order_by(Teacher.school_id, Teacher.id)).all()
    result: dict[int, dict[int, list[Signal]]] = defaultdict(lambda: defaultdict(list))
    if not active:
        return {}
    by_results = results_signals(session, scopes, thresholds)
    for sid, teachers in by_results.items():
        for tid, found in teachers.items():
            result[sid][tid].extend(found)
    for (year_start, year_end, as_of), ids in _grouped(scopes).items():
        _process_signals(session, ids, year_start, year_end, as_of, scopes, thresholds, result)
    wanted = {(sid, tid) for sid, tid, _, _ in active}
    experience = {tid: years for _, tid, years, _ in active}
    for (year_start, year_end, as_of), ids in _grouped(scopes).items():
        visits = final_visits(session, ids, year_start, as_of)
        visited = defaultdict(int)
        for _, sid, tid, _, _ in visits:
            visited[sid, tid] += 1
        mentored = mentored_teachers(session, ids, year_start, year_end)
        for sid, tid, _, _ in active:
            if sid not in ids:
                continue
            year = scopes[sid].term.year if scopes[sid].term else ""
            signal = new_teacher_signal(
                tid,
                experience[tid],
                visits_this_year=visited[sid, tid],
                has_mentor=tid in mentored,
                year=year,
                new_years=thresholds.new_teacher_years,
            )
            if signal is not None:
                result[sid][tid].append(signal)
    return {
        sid: {tid: found for tid, found in teachers.items() if (sid, tid) in wanted}
        for sid, teachers in result.items()
    }


def _grouped(scopes: Mapping[int, Scope]) -> dict[tuple[date, date, date], list[int]]:
    groups: dict[tuple[date, date, date], list[int]] = defaultdict(list)
    for sid, scope in scopes.items():
        if scope.year_start is None or scope.year_end is None:
            continue
        groups[scope.year_start, scope.year_end, scope.as_of].append(sid)
    return groups


def _process_signals(
    session: Session,
    ids: Sequence[int],
    year_start: date,
    year_end: date,
    as_of: date,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    result: dict[int, dict[int, list[Signal]]],
) -> None:
    """Lessons, follow-ups, the plan and professional development of schools of one scope."""
    for (sid, tid), scores in recent_scores(session, ids, as_of).items():
        latest_day, latest = scores[-1]
        found = [
            low_lesson_signal(
                tid, latest, latest_day, thresholds.bands, [s for _, s in scores[:-1]]
            ),
            falling_lessons_signal(tid, [s for _, s in scores]),
        ]
        result[sid][tid].extend(s for s in found if s is not None)
    records: dict[tuple[int, int], list[CriterionRecord]] = defaultdict(list)
    since = as_of - timedelta(days=CRITERIA_WINDOW_DAYS)
    for item in criterion_scores(session, ids, since, as_of):
        weak = sum(is_weak_score(s, item.scale_min, item.scale_max) for s in item.scores)
        text = Localized(item.text_en or item.text_uz, item.text_uz, item.text_ru, item.text_en)
        records[item.school_id, item.teacher_id].append(
            CriterionRecord(item.key, text, weak, len(item.scores))
        )
    for (sid, tid), found in records.items():
        signal = weak_criterion_signal(tid, found)
        if signal is not None:
            result[sid][tid].append(signal)
    for (sid, tid), follow_ups in follow_ups_in(session, ids, year_start, as_of, None).items():
        signal = follow_up_signal(tid, follow_ups, as_of, thresholds.follow_up_grace_days)
        if signal is not None:
            result[sid][tid].append(signal)
    for sid, courses in district_last_courses(session, ids, as_of).items():
        for tid, day in courses.items():
            signal = pd_signal(tid, day, as_of, thresholds.pd_period_years)
            if signal is not None:
                result[sid][tid].append(signal)
    _plan_signals(session, ids, year_start, as_of, result)


def _plan_signals(
    session: Session,
    ids: Sequence[int],
    year_start: date,
    as_of: date,
    result: dict[int, dict[int, list[Signal]]],
) -> None:
    """Visits the plan required from the start of the year that are overdue on `as_of`."""
    entries = plan_entries(session, ids, year_start, as_of)
    if not entries:
        return
    planned = [
        PlannedVisit(e.id, e.teacher_id, str(e.purpose), e.year, e.month, e.planned_on)
        for e in entries
    ]
    school_of = {e.teacher_id: e.school_id for e in entries}
    observed = [
        ObservedVisit(oid, tid, str(purpose), day)
        for oid, _, tid, purpose, day in final_visits(session, ids, year_start, as_of)
    ]
    overdue: dict[int, list[tuple[int, int]]] = defaultdict(list)
    outcomes = visit_outcomes(planned, observed, as_of)
    for visit in planned:
        if outcomes[visit.key].status is VisitStatus.OVERDUE:
            overdue[visit.teacher_id].append((visit.year, visit.month))
    for tid, months in overdue.items():
        signal = planned_visits_signal(tid, months)
        if signal is not None:
            result[school_of[tid]][tid].append(signal)


# --- lists -------------------------------------------------------------------------------------


def _dto(signal: Signal) -> SignalDTO:
    return SignalDTO(
        str(signal.kind),
        signal.severity,
        signal.message_template,
        dict(signal.params),
        dict(signal.evidence),
    )


def _people(session: Session, school_ids: Sequence[int]) -> dict[int, tuple]:  # type: ignore[type-arg]
    query = (
        select(Teacher.id, Teacher.uuid, Teacher.full_name, Department.name, School.name)
        .join(School, School.id == Teacher.school_id)
        .outerjoin(Department, Department.id == Teacher.department_id)
        .where(Teacher.school_id.in_(school_ids))
    )
    return {
        tid: (uid, name, dep or "", school)
        for tid, uid, name, dep, school in session.execute(query)
    }


def _staff(session: Session, school_ids: Sequence[int]) -> dict[int, int]:
    from sqlalchemy import func

    query = (
        select(Teacher.school_id, func.count())
        .where(Teacher.school_id.in_(school_ids), Teacher.active)
        .group_by(Teacher.school_id)
    )
    return {sid: int(count) for sid, count in session.execute(query)}


def _rows(
    sid: int,
    ranked: Sequence[RankedTeacher],
    people: Mapping[int, tuple],  # type: ignore[type-arg]
) -> tuple[AttentionRow, ...]:
    rows = []
    for item in ranked:
        uid, name, department, school = people[item.teacher_id]
        rows.append(
            AttentionRow(
                item.teacher_id,
                uid,
                name,
                sid,
                school,
                department,
                item.score,
                tuple(_dto(s) for s in item.signals),
            )
        )
    return tuple(rows)


@dataclass(frozen=True)
class SchoolSignals:
    """A school's attention list and every signal of its active teachers (strongest first),
    from one computation: what the Teachers tab and the profile show beside the list."""

    attention: AttentionList
    by_teacher: Mapping[int, tuple[SignalDTO, ...]]


def attention_lists(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, AttentionList]:
    """Each school's attention list (the Dashboard card reads them inside its session)."""
    return {sid: found.attention for sid, found in _lists(session, scopes, thresholds).items()}


def school_signals_of(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, SchoolSignals]:
    """Each school's list and signals (the Dashboard and the district report, in a session)."""
    return _lists(session, scopes, thresholds)


def school_signals_in(
    session: Session, school_id: int, scope: Scope, thresholds: Thresholds
) -> SchoolSignals:
    """The school's list and signals for a scope the caller resolved (the Teachers tab)."""
    return _lists(session, {school_id: scope}, thresholds)[school_id]


def teacher_signals_in(
    session: Session, school_id: int, scope: Scope, thresholds: Thresholds, teacher_id: int
) -> list[SignalDTO]:
    """One teacher's signals, strongest first (the profile, inside its session)."""
    found = signals_in(session, {school_id: scope}, thresholds, teacher_id)
    ranked = rank_teachers(found.get(school_id, {}).get(teacher_id, []))
    return [_dto(s) for s in ranked[0].signals] if ranked else []


def _lists(
    session: Session, scopes: Mapping[int, Scope], thresholds: Thresholds
) -> dict[int, SchoolSignals]:
    signals = signals_in(session, scopes, thresholds)
    staff = _staff(session, list(scopes))
    people = _people(session, list(scopes))
    result = {}
    for sid, scope in scopes.items():
        found = [s for items in signals.get(sid, {}).values() for s in items]
        ranked = rank_teachers(found)
        top = attention_list(
            ranked,
            staff.get(sid, 0),
            share=thresholds.attention_share,
            min_score=thresholds.attention_min_score,
        )
        result[sid] = SchoolSignals(
            AttentionList(
                scope.term,
                staff.get(sid, 0),
                _rows(sid, top, people),
                len(ranked),
                thresholds.attention_share,
                thresholds.attention_min_score,
            ),
            {r.teacher_id: tuple(_dto(s) for s in r.signals) for r in ranked},
        )
    return result


def school_attention(
    db: Database,
    school_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> AttentionList:
    """The school's attention list for a term (default: the one going on today)."""
    with db.session() as session:
        scopes = resolve_scopes(session, [school_id], year=year, term=term, today=today)
        return _lists(session, scopes, load_thresholds_in(session))[school_id].attention


def district_attention(
    db: Database,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> list[SchoolAttention]:
    """Every school of the database with its attention list, the highest total first."""
    with db.session() as session:
        school_ids = list(session.scalars(select(School.id).order_by(School.name)))
        if not school_ids:
            return []
        scopes = resolve_scopes(session, school_ids, year=year, term=term, today=today)
        lists = _lists(session, scopes, load_thresholds_in(session))
        names = dict(session.execute(select(School.id, School.name)).all())
    schools = [
        SchoolAttention(
            sid,
            names[sid],
            found.attention.staff,
            round(sum(r.score for r in found.attention.rows), 2),
            found.attention.rows,
            found.attention.term,
        )
        for sid, found in lists.items()
    ]
    schools.sort(key=lambda s: (-s.score, s.school_name))
    return schools


def teacher_signals(
    db: Database,
    teacher_id: int,
    *,
    year: str | None = None,
    term: int | None = None,
    today: date | None = None,
) -> list[SignalDTO]:
    """Every signal of one teacher, strongest first (none for an archived teacher)."""
    with db.session() as session:
        school_id = session.scalar(select(Teacher.school_id).where(Teacher.id == teacher_id))
        if school_id is None:
            return []
        scope = resolve_scopes(session, [school_id], year=year, term=term, today=today)[school_id]
        return teacher_signals_in(
            session, school_id, scope, load_thresholds_in(session), teacher_id
        )
