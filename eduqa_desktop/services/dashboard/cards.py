"""The cards and the trend: this quarter against the one before."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.domain.signals import SignalKind
from eduqa_desktop.domain.visit_plan import (
    ObservedVisit,
    PlannedVisit,
    VisitStatus,
    month_bounds,
    term_months,
    visit_outcomes,
)
from eduqa_desktop.services.attention import SchoolSignals, school_signals_of
from eduqa_desktop.services.dashboard.context import Context
from eduqa_desktop.services.dashboard.model import TREND_TERMS, Cards, Measure, TrendPoint
from eduqa_desktop.services.term_scope import resolve_scopes
from eduqa_desktop.storage import dashboard_queries as q


def school_signals(session: Session, context: Context, term: q.TermRow) -> dict[int, SchoolSignals]:
    """The attention signals and lists of the selection's schools in a term, computed once for
    both the staff counts and the attention card (over a district this is the costly part)."""
    school_ids = context.school_ids or tuple(key for key, _name in q.schools(session))
    scopes = resolve_scopes(
        session, school_ids, year=term.year, term=term.number, today=context.today
    )
    return school_signals_of(session, scopes, context.thresholds)


def staff_flags(
    session: Session, context: Context, found: Mapping[int, SchoolSignals]
) -> tuple[int, int, int]:
    """(active teachers, teachers on the attention lists, teachers whose PD is not overdue) in
    a term, over the selection's teachers (a department or subject narrows them).

    From the attention signals (:mod:`services.attention`), the same that the Teachers tab, the
    profile, the district report and `eduqa attention` read, for the selection's schools at once.
    """
    teachers = q.staff(session, context.teachers)
    listed = {r.teacher_id for school in found.values() for r in school.attention.rows}
    flagged = compliant = 0
    for teacher_id, school_id in teachers.items():
        signals = found[school_id].by_teacher.get(teacher_id, ()) if school_id in found else ()
        flagged += teacher_id in listed
        compliant += not any(s.kind == SignalKind.PD_OVERDUE for s in signals)
    return len(teachers), flagged, compliant


def staff_attention(
    session: Session, context: Context, found: Mapping[int, SchoolSignals]
) -> tuple[Any, ...]:
    """The selection's teachers on their schools' attention lists in a term, highest first."""
    teachers = q.staff(session, context.teachers)
    rows = [row for school in found.values() for row in school.attention.rows]
    rows = [row for row in rows if row.teacher_id in teachers]
    rows.sort(key=lambda r: (-r.score, r.teacher_name.casefold(), r.teacher_id))
    return tuple(rows)


def visits_in(session: Session, context: Context, term: q.TermRow) -> tuple[int, int]:
    """(visits planned in the term's months, how many of them are done), by the rules of the
    visit plan (:mod:`domain.visit_plan`: a month belongs to the term of its 15th day)."""
    year_terms = [t for t in context.terms if t.year == term.year]
    months = term_months([(t.start, t.end) for t in year_terms])[year_terms.index(term)]
    planned = q.planned_visits(session, context.teachers, months)
    if not planned:
        return 0, 0
    window = q.Window(month_bounds(*months[0])[0], month_bounds(*months[-1])[1])
    outcomes = visit_outcomes(
        [PlannedVisit(*row) for row in planned],
        [ObservedVisit(*row) for row in q.observed_visits(session, context.teachers, window)],
        context.today,
    )
    done = sum(outcome.status == VisitStatus.DONE for outcome in outcomes.values())
    return len(planned), done


@dataclass(frozen=True)
class TermData:
    """Summed counts and observations per quarter: those of the trend, this one, the last."""

    shown: list[q.TermRow]  # the trend's quarters
    selection: dict[int, MarkCounts]
    scope: dict[int, MarkCounts]  # the school(s) as a whole
    observations: dict[int, q.ObservationSummary]


def term_data(session: Session, context: Context) -> TermData:
    current, previous = context.current, context.previous
    assert current is not None
    upto = context.terms.index(current)
    shown = [term for term in context.terms[: upto + 1] if term.has_results][-TREND_TERMS:]
    if current not in shown:
        shown = [*shown[-(TREND_TERMS - 1) :], current]
    terms = [*shown, *(t for t in (previous,) if t is not None and t not in shown)]
    counts = context.summed(session, ("term",), [term.id for term in terms], with_scope=True)
    selection = {key[0]: pair[0] for key, pair in counts.items()}
    scope = {key[0]: pair[1] for key, pair in counts.items()}
    observations = {
        term.id: q.observation_summary(session, context.observations(context.windows[term.id]))
        for term in terms
    }
    return TermData(shown, selection, scope, observations)


def build_cards(session: Session, context: Context, terms: TermData) -> Cards:
    current, previous = context.current, context.previous
    assert current is not None
    totals = terms.selection
    now = totals.get(current.id, MarkCounts())
    before = totals.get(previous.id, MarkCounts()) if previous is not None else None
    now_ind = context.indicators(now)
    before_ind = context.indicators(before) if before is not None else None

    def measure(name: str) -> Measure:
        return Measure(
            getattr(now_ind, name), getattr(before_ind, name) if before_ind is not None else None
        )

    def per_term(fn: Callable[[q.TermRow], Any]) -> tuple[Any, Any]:
        return fn(current), fn(previous) if previous is not None else None

    summaries = per_term(lambda term: terms.observations[term.id])
    visits = per_term(lambda term: visits_in(session, context, term))
    signals = per_term(lambda term: school_signals(session, context, term))
    staff = (
        staff_flags(session, context, signals[0]),
        None if signals[1] is None else staff_flags(session, context, signals[1]),
    )

    def optional(value: Any, pick: Callable[[Any], Any]) -> Any:
        return None if value is None else pick(value)

    def compliance(item: tuple[int, int, int] | None) -> float | None:
        if item is None or item[0] == 0:
            return None
        return item[2] * 100 / item[0]

    return Cards(
        pass_rate=measure("pass_rate"),
        quality=measure("quality"),
        sou=measure("sou"),
        average_grade=measure("average_grade"),
        observations_done=Measure(
            summaries[0].observations, optional(summaries[1], lambda s: s.observations)
        ),
        visits_planned=Measure(visits[0][0], optional(visits[1], lambda v: v[0])),
        visits_done=Measure(visits[0][1], optional(visits[1], lambda v: v[1])),
        observation_score=Measure(
            summaries[0].average, optional(summaries[1], lambda s: s.average)
        ),
        teachers_flagged=Measure(staff[0][1], optional(staff[1], lambda s: s[1])),
        pd_compliance=Measure(compliance(staff[0]), compliance(staff[1])),
        teachers=staff[0][0],
        pd_up_to_date=staff[0][2],
        counts=now,
        attention=staff_attention(session, context, signals[0]),
    )


def build_trend(context: Context, terms: TermData) -> tuple[TrendPoint, ...]:
    return tuple(
        TrendPoint(
            term.year,
            term.number,
            context.indicators(terms.selection.get(term.id, MarkCounts())),
            context.indicators(terms.scope.get(term.id, MarkCounts())),
            terms.observations[term.id].average,
        )
        for term in terms.shown
    )
