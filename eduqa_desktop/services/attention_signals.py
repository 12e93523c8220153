"""Every attention signal of the active teachers of many schools, from one read per fact.

`signals_in(session, scopes, thresholds)` is the one place the signals are computed: results
(`services.attention_results`), lessons, follow-ups, the plan, professional development and
new teachers, each fact read once for all the schools asked; the rules are the pure functions
of `domain.signals*`. `services.attention` ranks them into the attention lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import Localized
from eduqa_desktop.domain.signals import Signal, SubjectSignal
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
from eduqa_desktop.services.attention_facts import district_last_courses, follow_ups_in
from eduqa_desktop.services.attention_results import results_signals
from eduqa_desktop.services.term_scope import Scope
from eduqa_desktop.storage.attention_queries import (
    criterion_scores,
    final_visits,
    mentored_teachers,
    plan_entries,
    recent_scores,
)
from eduqa_desktop.storage.models import Teacher

__all__ = ["CRITERIA_WINDOW_DAYS", "all_signals_in", "signals_in"]

CRITERIA_WINDOW_DAYS = 365  # weak criteria are counted over the visits of the last year


def signals_in(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    teacher_id: int | None = None,
) -> dict[int, dict[int, list[Signal]]]:
    """Every signal of the active teachers of the schools: school → teacher → signals."""
    return all_signals_in(session, scopes, thresholds, teacher_id)[0]


def all_signals_in(
    session: Session,
    scopes: Mapping[int, Scope],
    thresholds: Thresholds,
    teacher_id: int | None = None,
) -> tuple[dict[int, dict[int, list[Signal]]], dict[int, list[SubjectSignal]]]:
    """The teachers' signals (as `signals_in`) and each school's subjects behind across it."""
    school_ids = list(scopes)
    query = select(
        Teacher.school_id, Teacher.id, Teacher.experience_years, Teacher.full_name
    ).where(Teacher.school_id.in_(school_ids), Teacher.active)
    if teacher_id is not None:
        query = query.where(Teacher.id == teacher_id)
    active = session.execute(query.order_by(Teacher.school_id, Teacher.id)).all()
    result: dict[int, dict[int, list[Signal]]] = defaultdict(lambda: defaultdict(list))
    if not active:
        return {}, {}
    by_results = results_signals(session, scopes, thresholds)
    for sid, teachers in by_results.teachers.items():
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
    teachers_found = {
        sid: {tid: found for tid, found in teachers.items() if (sid, tid) in wanted}
        for sid, teachers in result.items()
    }
    return teachers_found, by_results.subjects


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
        criterion = item.criterion
        low, high = criterion.scale_min, criterion.scale_max
        weak = sum(is_weak_score(score, low, high) for score in item.scores)
        text = Localized(
            criterion.text_en or criterion.text_uz,
            criterion.text_uz,
            criterion.text_ru,
            criterion.text_en,
        )
        records[item.school_id, item.teacher_id].append(
            CriterionRecord(criterion.key, text, weak, len(item.scores))
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
