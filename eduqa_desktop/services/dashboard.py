"""The dashboard: every number its cards and charts show, for one selection, in one call.

``dashboard_data(db, DashboardFilter(...))`` answers a vice-principal's questions (how does this
term compare with the last, which subjects and classes fall behind, which checklist criteria are
weakest, which mechanisms lack evidence) and a district office's (its schools side by side).

Pupils' results are summed in SQL (:mod:`storage.indicator_queries`) and turned into indicators
by :func:`domain.indicators.compute_indicators` from the summed counts — a bar, a card and the
indicators of the same selection are the same numbers. Lesson observations, the visit plan,
activities and the flags come from :mod:`storage.dashboard_queries`; flags are decided by the
rules of :mod:`domain.flags`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.flags import (
    FollowUp,
    QualityPair,
    follow_up_flags,
    low_observation_flag,
    not_observed_flag,
    pd_flag,
    quality_drop_flags,
)
from eduqa_desktop.domain.indicators import (
    DEFAULT_SOU_WEIGHTS,
    Indicators,
    MarkCounts,
    SouWeights,
    compute_indicators,
)
from eduqa_desktop.domain.observation_scoring import Band, BandThresholds
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.domain.visit_plan import (
    ObservedVisit,
    PlannedVisit,
    VisitStatus,
    month_bounds,
    term_months,
    visit_outcomes,
)
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage import dashboard_queries as q
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.indicator_queries import (
    GroupBy,
    GroupCounts,
    ResultFilter,
    grouped_counts,
)

__all__ = [
    "MAX_CATEGORIES",
    "TREND_TERMS",
    "Cards",
    "Choice",
    "CountsBar",
    "CriterionBar",
    "DashboardData",
    "DashboardFilter",
    "DrillDown",
    "FilterChoices",
    "HeatMap",
    "Histogram",
    "Measure",
    "MechanismEvidence",
    "Period",
    "ScatterPoint",
    "SchoolOrder",
    "TermChoice",
    "TrendPoint",
    "dashboard_data",
    "drill_down",
    "filter_choices",
    "rank_schools",
]

MAX_CATEGORIES = 12  # bars in a chart; the smallest of the rest are summed into "Other"
TREND_TERMS = 8  # quarters on the trend chart
HEATMAP_ROWS = 12


# --- what the caller asks ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DashboardFilter:
    """The selection: ``None`` = all (schools, grades…) or, for year and term, the latest."""

    school_id: int | None = None
    year: str | None = None  # "2025-2026"
    term: int | None = None  # the quarter, 1..4
    grade: int | None = None
    subject_id: int | None = None
    department: str | None = None  # a department name (shared by the schools of a district)
    checklist: uuid.UUID | None = None  # the checklist of criteria and heat map; None = most used

    @property
    def narrowed(self) -> bool:
        """Whether the selection is narrower than the school(s): a grade, subject or department."""
        return self.grade is not None or self.subject_id is not None or bool(self.department)


@dataclass(frozen=True, slots=True)
class Choice:
    key: Any
    label: str


@dataclass(frozen=True, slots=True)
class TermChoice:
    year: str
    number: int
    has_results: bool


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers, and the selection a fresh dashboard starts with."""

    schools: tuple[Choice, ...]
    terms: tuple[TermChoice, ...]
    grades: tuple[int, ...]
    subjects: tuple[Choice, ...]
    departments: tuple[str, ...]
    default: DashboardFilter

    @property
    def years(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term.year for term in self.terms))

    def terms_of(self, year: str) -> tuple[TermChoice, ...]:
        return tuple(term for term in self.terms if term.year == year)


# --- what it gets back ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    year: str
    term: int
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Measure:
    """A card's value this term and the term before (``None`` = undefined or no such term)."""

    current: float | None
    previous: float | None

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class Cards:
    pass_rate: Measure
    quality: Measure
    sou: Measure
    average_grade: Measure
    observations_done: Measure
    visits_planned: Measure
    visits_done: Measure  # planned visits that were done
    observation_score: Measure
    teachers_flagged: Measure
    pd_compliance: Measure  # % of teachers whose professional development is not overdue
    teachers: int  # active teachers of the selection
    pd_up_to_date: int  # of them, those whose professional development is not overdue
    counts: MarkCounts  # this term's summed counts (the four indicators are computed from them)


@dataclass(frozen=True, slots=True)
class CountsBar:
    """A bar of summed counts: a subject, grade, class, teacher or school (or "Other")."""

    key: Any  # the id or grade; None for "Other"
    label: str  # "" for "Other"
    counts: MarkCounts
    indicators: Indicators
    other: int = 0  # > 0: "Other", the sum of that many categories

    @property
    def quality(self) -> float | None:
        return self.indicators.quality


@dataclass(frozen=True, slots=True)
class TrendPoint:
    year: str
    term: int
    selection: Indicators  # the selection (grade, subject, department)
    scope: Indicators  # the school (or all schools) as a whole
    observation_score: float | None  # average score of the selection's observations


@dataclass(frozen=True, slots=True)
class CriterionBar:
    key: int | None  # criterion id; None for "Other"
    label: str  # the criterion's text in the language asked
    section: str
    average: float  # 0..100 of the scale
    ratings: int
    other: int = 0


@dataclass(frozen=True, slots=True)
class HeatMap:
    """Section scores (0..100) of teachers (or schools) × the sections of one checklist."""

    rows: tuple[Choice, ...]  # lowest overall score first
    columns: tuple[str, ...]  # section titles
    values: tuple[tuple[float | None, ...], ...]  # values[row][column]
    observations: tuple[int, ...]  # observations per row
    by_school: bool
    total_rows: int  # rows before the limit


@dataclass(frozen=True, slots=True)
class Histogram:
    bin_width: int
    counts: tuple[int, ...]
    bands: BandThresholds
    band_counts: dict[Band, int]
    average: float | None

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class MechanismEvidence:
    mechanism: Mechanism
    lessons: int  # observed lessons where a criterion of the mechanism scored above the minimum
    lesson_score: float | None  # average score of its criteria, 0..100
    activities: int  # activities of the types tagged with it
    teachers: int  # teachers who recorded such activities

    @property
    def evidence(self) -> int:
        return self.lessons + self.activities


@dataclass(frozen=True, slots=True)
class ScatterPoint:
    key: int
    label: str
    observation_score: float
    quality: float
    observations: int
    assessed: int  # pupils assessed (N)


@dataclass(frozen=True)
class DashboardData:
    filter: DashboardFilter  # the selection, year and term resolved
    period: Period | None
    previous: Period | None
    school_count: int  # schools in the database
    cards: Cards | None
    trend: tuple[TrendPoint, ...] = ()
    by_subject: tuple[CountsBar, ...] = ()
    by_grade: tuple[CountsBar, ...] = ()
    distribution: tuple[CountsBar, ...] = ()
    distribution_by_class: bool = False  # per class (a subject chosen) or per subject
    checklists: tuple[Choice, ...] = ()  # (family uuid, name), most used first
    checklist: Choice | None = None  # the one of criteria and heat map
    criteria: tuple[CriterionBar, ...] = ()
    heatmap: HeatMap | None = None
    histogram: Histogram | None = None
    mechanisms: tuple[MechanismEvidence, ...] = ()
    schools: tuple[CountsBar, ...] = ()  # every school, by name (several schools only)
    scatter: tuple[ScatterPoint, ...] = ()
    scatter_by_school: bool = False
    thresholds: Thresholds = field(default_factory=Thresholds)

    @property
    def has_results(self) -> bool:
        return self.cards is not None and self.cards.counts.assessed > 0

    @property
    def has_observations(self) -> bool:
        return self.histogram is not None and self.histogram.total > 0

    @property
    def empty(self) -> bool:
        return not self.has_results and not self.has_observations


@dataclass(frozen=True)
class DrillDown:
    """A subject (or grade) opened: its classes and its teachers."""

    kind: str  # "subject" or "grade"
    key: Any
    label: str
    classes: tuple[CountsBar, ...]
    teachers: tuple[CountsBar, ...]


class SchoolOrder(StrEnum):
    LOWEST_FIRST = "lowest_first"
    HIGHEST_FIRST = "highest_first"
    BY_NAME = "by_name"


# --- helpers --------------------------------------------------------------------------------------


def localized(names: Sequence[str], language: str) -> str:
    """``names`` = (as typed, uz, ru, en) or (uz, ru, en): the one of ``language``."""
    texts = list(names)
    typed = texts[0] if len(texts) == 4 else ""
    by_language = dict(zip(("uz", "ru", "en"), texts[-3:], strict=True))
    return by_language.get(language) or typed or by_language["en"] or by_language["uz"]


@dataclass(frozen=True, slots=True)
class _Context:
    """The selection resolved against the database (inside one session)."""

    filter: DashboardFilter
    school_ids: tuple[int, ...]
    department_ids: tuple[int, ...]
    terms: tuple[q.TermRow, ...]
    current: q.TermRow | None
    previous: q.TermRow | None
    windows: dict[int, q.Window]
    thresholds: Thresholds
    language: str
    today: date

    def window(self, term: q.TermRow | None) -> q.Window | None:
        return None if term is None else self.windows[term.id]

    def results(self, term_ids: Sequence[int] = (), *, whole_scope: bool = False) -> ResultFilter:
        if whole_scope:
            return ResultFilter(term_ids=term_ids, school_ids=self.school_ids)
        return ResultFilter(
            term_ids=term_ids,
            school_ids=self.school_ids,
            grade=self.filter.grade,
            subject_id=self.filter.subject_id,
            department_ids=self.department_filter,
        )

    @property
    def department_filter(self) -> tuple[int, ...]:
        # A department name that no school has: match nothing (-1 is no id).
        return self.department_ids or ((-1,) if self.filter.department else ())

    def observations(
        self, window: q.Window | None, template_ids: Sequence[int] = ()
    ) -> q.ObservationFilter:
        return q.ObservationFilter(
            window=window,
            school_ids=self.school_ids,
            grade=self.filter.grade,
            subject_id=self.filter.subject_id,
            department_ids=self.department_filter,
            template_ids=template_ids,
        )

    @property
    def teachers(self) -> q.TeacherScope:
        return q.TeacherScope(
            school_ids=self.school_ids,
            department_ids=self.department_filter,
            subject_id=self.filter.subject_id,
        )

    def summed(
        self,
        session: Session,
        keys: Sequence[str],
        term_ids: Sequence[int],
        *,
        with_scope: bool = False,
    ) -> dict[tuple[int, ...], tuple[MarkCounts, MarkCounts]]:
        return q.summed_counts(
            session,
            keys,
            term_ids,
            self.school_ids,
            grade=self.filter.grade,
            subject_id=self.filter.subject_id,
            department_ids=self.department_filter,
            with_scope=with_scope,
        )

    def indicators(self, counts: MarkCounts) -> Indicators:
        return compute_indicators(counts, self.thresholds.sou_weights)


def _windows(terms: Sequence[q.TermRow]) -> dict[int, q.Window]:
    """Each quarter's days: from its start (the year's start for the first) to the day before
    the next quarter (the year's end for the last) — holidays belong to the quarter before."""
    windows = {}
    for index, term in enumerate(terms):
        start = term.year_start if term.number == 1 else term.start
        following = terms[index + 1] if index + 1 < len(terms) else None
        if following is not None and following.year == term.year:
            end = following.start - timedelta(days=1)
        else:
            end = term.year_end
        windows[term.id] = q.Window(min(start, term.start), max(end, term.end))
    return windows


def _default_term(terms: Sequence[q.TermRow], today: date) -> q.TermRow | None:
    with_results = [term for term in terms if term.has_results]
    if with_results:
        return with_results[-1]
    started = [term for term in terms if term.start <= today]
    if started:
        return started[-1]
    return terms[0] if terms else None


def _resolve(
    session: Session, wanted: DashboardFilter, thresholds: Thresholds, language: str, today: date
) -> _Context:
    school_ids = (wanted.school_id,) if wanted.school_id is not None else ()
    terms = tuple(q.terms(session, school_ids))
    windows = _windows(terms)
    current = None
    if wanted.year is not None:
        in_year = [term for term in terms if term.year == wanted.year]
        if wanted.term is not None:
            current = next((t for t in in_year if t.number == wanted.term), None)
        else:
            current = _default_term(in_year, today)
    else:
        current = _default_term(terms, today)
    previous = None
    if current is not None:
        index = terms.index(current)
        previous = terms[index - 1] if index > 0 else None
    department_ids: tuple[int, ...] = ()
    if wanted.department:
        department_ids = tuple(
            key for key, name in q.departments(session, school_ids) if name == wanted.department
        )
    resolved = wanted
    if current is not None:
        resolved = replace(wanted, year=current.year, term=current.number)
    return _Context(
        filter=resolved,
        school_ids=school_ids,
        department_ids=department_ids,
        terms=terms,
        current=current,
        previous=previous,
        windows=windows,
        thresholds=thresholds,
        language=language,
        today=today,
    )


def _period(context: _Context, term: q.TermRow | None) -> Period | None:
    if term is None:
        return None
    window = context.windows[term.id]
    return Period(term.year, term.number, window.start, window.end)


def _bar(context: _Context, group: GroupCounts, label: str) -> CountsBar:
    return CountsBar(group.key, label, group.counts, context.indicators(group.counts))


def _limit(context: _Context, bars: Sequence[CountsBar]) -> tuple[CountsBar, ...]:
    """At most MAX_CATEGORIES bars, the weakest (lowest quality of knowledge) first; past the
    limit the strongest are summed into one "Other" bar, always last."""
    ordered = sorted(bars, key=_weakest_first)
    if len(ordered) <= MAX_CATEGORIES:
        return tuple(ordered)
    kept, rest = ordered[: MAX_CATEGORIES - 1], ordered[MAX_CATEGORIES - 1 :]
    counts = MarkCounts.total(bar.counts for bar in rest)
    return (*kept, CountsBar(None, "", counts, context.indicators(counts), other=len(rest)))


def _weakest_first(bar: CountsBar) -> tuple[float, str]:
    """Lowest quality of knowledge first; an undefined one last."""
    quality = bar.indicators.quality
    return (quality if quality is not None else float("inf"), bar.label.casefold())


def _mark_scope(bars: Iterable[CountsBar]) -> list[CountsBar]:
    return [bar for bar in bars if bar.counts.assessed > 0]


# --- the pieces of the dashboard --------------------------------------------------------------


def _flagged(session: Session, context: _Context, term: q.TermRow) -> tuple[int, int, int]:
    """(active teachers, teachers flagged, teachers whose PD is not overdue) in a term.

    The rules of :mod:`domain.flags` on the facts ``services.flags`` uses (the same scope: the
    quarter's own days, judged on its last day or today; the latest quarter with results and
    the one before it), gathered for all the selection's teachers at once — school by school
    would take seconds for a district.
    """
    year_terms = [t for t in context.terms if t.year == term.year]
    upto = context.terms[: context.terms.index(term) + 1]
    with_results = [t for t in upto if t.has_results]
    results_terms = None
    if with_results:
        index = context.terms.index(with_results[-1])
        if index > 0:
            results_terms = (with_results[-1].id, context.terms[index - 1].id)
    as_of = min(context.today, term.end)
    facts = q.flag_facts(
        session,
        context.teachers,
        term=q.Window(term.start, term.end),
        as_of=as_of,
        year_start=min(t.start for t in year_terms),
        results_terms=results_terms,
        min_drop=context.thresholds.quality_drop_points,
    )
    thresholds = context.thresholds
    flagged = compliant = 0
    for teacher_id in facts.teachers:
        latest = facts.latest.get(teacher_id)
        pd = pd_flag(
            teacher_id, facts.last_course.get(teacher_id), as_of, thresholds.pd_period_years
        )
        compliant += pd is None
        found = [
            not_observed_flag(
                teacher_id, facts.observed.get(teacher_id, 0), term=term.number, year=term.year
            ),
            low_observation_flag(
                teacher_id,
                latest[1] if latest else None,
                latest[0] if latest else None,
                thresholds.bands,
            ),
            pd,
            *quality_drop_flags(
                teacher_id,
                [
                    QualityPair(name, str(subject), now, before)
                    for name, subject, now, before in facts.quality.get(teacher_id, ())
                ],
                thresholds.quality_drop_points,
            ),
            *follow_up_flags(
                teacher_id,
                [FollowUp(*item) for item in facts.follow_ups.get(teacher_id, ())],
                as_of,
                thresholds.follow_up_grace_days,
            ),
        ]
        flagged += any(flag is not None for flag in found)
    return len(facts.teachers), flagged, compliant


def _visits(session: Session, context: _Context, term: q.TermRow) -> tuple[int, int]:
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
class _Terms:
    """Summed counts and observations per quarter: those of the trend, this one, the last."""

    shown: list[q.TermRow]  # the trend's quarters
    selection: dict[int, MarkCounts]
    scope: dict[int, MarkCounts]  # the school(s) as a whole
    observations: dict[int, q.ObservationSummary]


def _term_data(session: Session, context: _Context) -> _Terms:
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
    return _Terms(shown, selection, scope, observations)


def _cards(session: Session, context: _Context, terms: _Terms) -> Cards:
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
    visits = per_term(lambda term: _visits(session, context, term))
    staff = per_term(lambda term: _flagged(session, context, term))

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
    )


def _trend(context: _Context, terms: _Terms) -> tuple[TrendPoint, ...]:
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


def _subject_label(names: dict[int, tuple[str, str, str, str]], key: int, language: str) -> str:
    return localized(names[key], language) if key in names else str(key)


def _results_charts(session: Session, context: _Context) -> dict[str, Any]:
    assert context.current is not None
    where = context.results([context.current.id])
    names = q.subject_names(session)
    language = context.language
    # One scan by subject × grade (a few hundred groups) gives both charts.
    by_subject: dict[int, MarkCounts] = {}
    by_grade: dict[int, MarkCounts] = {}
    for (subject, grade), (counts, _scope) in context.summed(
        session, ("subject", "grade"), [context.current.id]
    ).items():
        by_subject[subject] = by_subject.get(subject, MarkCounts()) + counts
        by_grade[grade] = by_grade.get(grade, MarkCounts()) + counts
    subjects = _mark_scope(
        CountsBar(key, _subject_label(names, key, language), counts, context.indicators(counts))
        for key, counts in by_subject.items()
    )
    grades = _mark_scope(
        CountsBar(key, str(key), counts, context.indicators(counts))
        for key, counts in by_grade.items()
    )
    charts: dict[str, Any] = {
        "by_subject": _limit(context, subjects),
        "by_grade": _limit(context, grades),
    }
    if context.filter.subject_id is not None:
        classes = _mark_scope(
            _bar(context, group, group.label)
            for group in grouped_counts(session, GroupBy.CLASS, where)
        )
        charts["distribution"] = _limit(context, classes)
        charts["distribution_by_class"] = True
    else:
        charts["distribution"] = charts["by_subject"]
        charts["distribution_by_class"] = False
    return charts


def _checklist_charts(session: Session, context: _Context) -> dict[str, Any]:
    window = context.window(context.current)
    uses = q.checklists_used(session, context.observations(window))
    if not uses:
        return {}
    language = context.language
    choices = tuple(Choice(use.family, localized(use.names, language)) for use in uses)
    chosen = next((u for u in uses if u.family == context.filter.checklist), uses[0])
    where = context.observations(window, chosen.template_ids)

    titles = dict(q.section_titles(session, max(chosen.template_ids)))
    averages = q.criteria_averages(session, where)
    criteria = [
        CriterionBar(
            item.criterion_id,
            localized(item.texts, language),
            localized(titles.get(item.section_position, ("", "", "")), language),
            item.average,
            item.ratings,
        )
        for item in averages
    ]
    if len(criteria) > MAX_CATEGORIES:
        rest = criteria[MAX_CATEGORIES - 1 :]
        ratings = sum(bar.ratings for bar in rest)
        pooled = sum(bar.average * bar.ratings for bar in rest) / ratings
        criteria = [
            *criteria[: MAX_CATEGORIES - 1],
            CriterionBar(None, "", "", pooled, ratings, len(rest)),
        ]

    by_school = not context.school_ids and len(q.schools(session)) > 1
    cells = q.section_scores(session, where, by_school=by_school)
    positions = sorted({cell.section_position for cell in cells} | set(titles))
    rows: dict[int, dict[str, Any]] = {}
    for cell in cells:
        row = rows.setdefault(
            cell.row_key,
            {"label": cell.row_label, "cells": {}, "weighted": 0.0, "weight": 0.0, "obs": 0},
        )
        row["cells"][cell.section_position] = cell.score
        row["weighted"] += cell.weighted
        row["weight"] += cell.weight
        row["obs"] = max(row["obs"], cell.observations)
    ordered = sorted(
        rows.items(),
        key=lambda item: (
            item[1]["weighted"] / item[1]["weight"] if item[1]["weight"] else 2.0,
            item[1]["label"],
        ),
    )[:HEATMAP_ROWS]
    heatmap = HeatMap(
        rows=tuple(Choice(key, row["label"]) for key, row in ordered),
        columns=tuple(localized(titles.get(p, ("", "", str(p))), language) for p in positions),
        values=tuple(tuple(row["cells"].get(p) for p in positions) for _key, row in ordered),
        observations=tuple(row["obs"] for _key, row in ordered),
        by_school=by_school,
        total_rows=len(rows),
    )
    return {
        "checklists": choices,
        "checklist": next(c for c in choices if c.key == chosen.family),
        "criteria": tuple(criteria),
        "heatmap": heatmap,
    }


def _histogram(session: Session, context: _Context) -> Histogram:
    bands = context.thresholds.bands
    where = context.observations(context.window(context.current))
    data = q.score_histogram(session, where, bands)
    summary = q.observation_summary(session, where)
    return Histogram(
        bin_width=q.HISTOGRAM_BIN,
        counts=data.counts,
        bands=bands,
        band_counts=dict(
            zip(
                (Band.HIGH, Band.GOOD, Band.NEEDS_IMPROVEMENT, Band.UNSATISFACTORY),
                data.band_counts,
                strict=True,
            )
        ),
        average=summary.average,
    )


def _mechanisms(session: Session, context: _Context) -> tuple[MechanismEvidence, ...]:
    window = context.window(context.current)
    assert window is not None
    lessons = {
        item.mechanism: item for item in q.mechanism_lessons(session, context.observations(window))
    }
    activities = q.mechanism_activities(session, context.teachers, window)
    evidence = []
    for mechanism in Mechanism:
        lesson = lessons.get(mechanism.value)
        done, teachers = activities.get(mechanism.value, (0, 0))
        evidence.append(
            MechanismEvidence(
                mechanism,
                lesson.lessons if lesson else 0,
                lesson.average if lesson else None,
                done,
                teachers,
            )
        )
    order = list(Mechanism)
    return tuple(sorted(evidence, key=lambda e: (e.evidence, order.index(e.mechanism))))


def _schools_and_scatter(session: Session, context: _Context) -> dict[str, Any]:
    assert context.current is not None
    all_schools = q.schools(session)
    charts: dict[str, Any] = {}
    window = context.window(context.current)
    per_school: list[GroupCounts] = []
    if len(all_schools) > 1:
        everywhere = replace(context, school_ids=())
        per_school = grouped_counts(
            session, GroupBy.SCHOOL, everywhere.results([context.current.id])
        )
        charts["schools"] = tuple(
            _mark_scope(_bar(context, group, group.label) for group in per_school)
        )
    by_school = not context.school_ids and len(all_schools) > 1
    if by_school:
        groups = per_school  # the same selection: all schools
    else:
        groups = grouped_counts(session, GroupBy.TEACHER, context.results([context.current.id]))
    quality = {int(group.key): group for group in groups}
    scores = q.observation_scores_by(session, context.observations(window), by_school=by_school)
    points = []
    for score in scores:
        group = quality.get(score.key)
        if group is None or score.average is None:
            continue
        value = context.indicators(group.counts).quality
        if value is None:
            continue
        points.append(
            ScatterPoint(
                score.key,
                score.label,
                score.average,
                value,
                score.observations,
                group.counts.assessed,
            )
        )
    charts["scatter"] = tuple(sorted(points, key=lambda p: p.label))
    charts["scatter_by_school"] = by_school
    return charts


# --- the public functions ---------------------------------------------------------------------


def dashboard_data(
    db: Database,
    selection: DashboardFilter,
    *,
    language: str = "en",
    today: date | None = None,
) -> DashboardData:
    """Everything the dashboard shows for ``selection`` (names in ``language``)."""
    thresholds = load_thresholds(db)
    today = today or date.today()
    with db.session() as session:
        context = _resolve(session, selection, thresholds, language, today)
        school_count = len(q.schools(session))
        if context.current is None:
            return DashboardData(
                context.filter, None, None, school_count, None, thresholds=thresholds
            )
        terms = _term_data(session, context)
        return DashboardData(
            filter=context.filter,
            period=_period(context, context.current),
            previous=_period(context, context.previous),
            school_count=school_count,
            cards=_cards(session, context, terms),
            trend=_trend(context, terms),
            histogram=_histogram(session, context),
            mechanisms=_mechanisms(session, context),
            thresholds=thresholds,
            **_results_charts(session, context),
            **_checklist_charts(session, context),
            **_schools_and_scatter(session, context),
        )


def filter_choices(
    db: Database, *, language: str = "en", school_id: int | None = None, today: date | None = None
) -> FilterChoices:
    """What the filter bar offers. The default selection: the school ``school_id`` when the
    database holds one school, all schools when it holds several; the latest term with results."""
    today = today or date.today()
    with db.session() as session:
        schools = tuple(Choice(key, name) for key, name in q.schools(session))
        terms = q.terms(session)
        subjects = sorted(
            (
                Choice(
                    subject.id,
                    localized(
                        (subject.name, subject.name_uz, subject.name_ru, subject.name_en), language
                    ),
                )
                for subject in q.subjects_in_use(session)
            ),
            key=lambda choice: choice.label.casefold(),
        )
        grades = tuple(q.grades_in_use(session))
        departments = tuple(sorted({name for _key, name in q.departments(session)}))
    if len(schools) == 1:
        default_school: int | None = schools[0].key
    elif school_id is not None and len(schools) == 0:
        default_school = school_id
    else:
        default_school = None
    default_term = _default_term(terms, today)
    default = DashboardFilter(
        school_id=default_school,
        year=default_term.year if default_term else None,
        term=default_term.number if default_term else None,
    )
    return FilterChoices(
        schools=schools,
        terms=tuple(TermChoice(t.year, t.number, t.has_results) for t in terms),
        grades=grades,
        subjects=tuple(subjects),
        departments=departments,
        default=default,
    )


def drill_down(
    db: Database, selection: DashboardFilter, kind: str, key: Any, *, language: str = "en"
) -> DrillDown:
    """A subject (``kind="subject"``, key = subject id) or grade opened: its classes and
    teachers in the selection's term, by quality of knowledge."""
    if kind not in ("subject", "grade"):
        raise ValueError(f"cannot drill down into {kind!r}")
    narrowed = replace(
        selection, **({"subject_id": key} if kind == "subject" else {"grade": int(key)})
    )
    thresholds = load_thresholds(db)
    with db.session() as session:
        context = _resolve(session, narrowed, thresholds, language, date.today())
        label = (
            _subject_label(q.subject_names(session), key, language)
            if kind == "subject"
            else str(key)
        )
        if context.current is None:
            return DrillDown(kind, key, label, (), ())
        where = context.results([context.current.id])
        classes = _mark_scope(
            _bar(context, group, group.label)
            for group in grouped_counts(session, GroupBy.CLASS, where)
        )
        teachers = _mark_scope(
            _bar(context, group, group.label)
            for group in grouped_counts(session, GroupBy.TEACHER, where)
        )
        if context.school_ids == () and len(q.schools(session)) > 1:
            classes = _with_school_names(session, classes)
    return DrillDown(
        kind,
        key,
        label,
        _limit(context, classes),
        _limit(context, teachers),
    )


def _with_school_names(session: Session, classes: list[CountsBar]) -> list[CountsBar]:
    """With several schools a class name (7-A) is not unique: add the school's."""
    schools = q.class_schools(session, [bar.key for bar in classes])
    return [replace(bar, label=f"{bar.label} · {schools.get(bar.key, '')}") for bar in classes]


def rank_schools(
    bars: Sequence[CountsBar],
    order: SchoolOrder,
    *,
    keep: int | None = None,
    weights: SouWeights = DEFAULT_SOU_WEIGHTS,
    pinned: int | None = None,
) -> tuple[CountsBar, ...]:
    """Schools sorted by quality of knowledge (or name); beyond ``keep`` the rest summed into
    "Other" — the school ``pinned`` (the one chosen in the filter) always stays visible."""
    keep = MAX_CATEGORIES if keep is None else keep
    if order == SchoolOrder.BY_NAME:
        ordered = sorted(bars, key=lambda bar: bar.label.casefold())
    else:
        ordered = sorted(bars, key=_weakest_first)
        if order == SchoolOrder.HIGHEST_FIRST:
            defined = [bar for bar in ordered if bar.quality is not None]
            ordered = [*reversed(defined), *(bar for bar in ordered if bar.quality is None)]
    if len(ordered) <= keep:
        return tuple(ordered)
    kept = ordered[: keep - 1]
    if pinned is not None and all(bar.key != pinned for bar in kept):
        chosen = next((bar for bar in ordered if bar.key == pinned), None)
        if chosen is not None:
            kept = [*ordered[: keep - 2], chosen]
    kept_keys = {bar.key for bar in kept}
    rest = [bar for bar in ordered if bar.key not in kept_keys]
    counts = MarkCounts.total(bar.counts for bar in rest)
    other = CountsBar(None, "", counts, compute_indicators(counts, weights), other=len(rest))
    return (*kept, other)
