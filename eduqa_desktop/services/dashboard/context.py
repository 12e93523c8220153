"""The selection resolved against the database: schools, departments, the quarters and their
days, the quarter chosen and the one before — what every piece of the dashboard reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import Indicators, MarkCounts, compute_indicators
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.dashboard.model import DashboardFilter, Period
from eduqa_desktop.storage import dashboard_queries as q
from eduqa_desktop.storage.indicator_queries import ResultFilter


def localized(names: Sequence[str], language: str) -> str:
    """``names`` = (as typed, uz, ru, en) or (uz, ru, en): the one of ``language``."""
    texts = list(names)
    typed = texts[0] if len(texts) == 4 else ""
    by_language = dict(zip(("uz", "ru", "en"), texts[-3:], strict=True))
    return by_language.get(language) or typed or by_language["en"] or by_language["uz"]


@dataclass(frozen=True, slots=True)
class Context:
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
    # The schools the account reaches ("all schools" for a role bound to its schools); ():
    # every school. `school_ids` is the chosen school, else this scope.
    scope: tuple[int, ...] = ()

    @property
    def several(self) -> bool:
        """No one school chosen: the figures are of every school in the scope."""
        return self.filter.school_id is None

    def schools(self, session: Session) -> list[tuple[int, str]]:
        """The schools of the scope, as (id, name)."""
        every = q.schools(session)
        return [s for s in every if s[0] in self.scope] if self.scope else list(every)

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


def term_windows(terms: Sequence[q.TermRow]) -> dict[int, q.Window]:
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


def default_term(terms: Sequence[q.TermRow], today: date) -> q.TermRow | None:
    with_results = [term for term in terms if term.has_results]
    if with_results:
        return with_results[-1]
    started = [term for term in terms if term.start <= today]
    if started:
        return started[-1]
    return terms[0] if terms else None


def resolve(
    session: Session,
    wanted: DashboardFilter,
    thresholds: Thresholds,
    language: str,
    today: date,
    scope: tuple[int, ...] = (),
) -> Context:
    school_ids = (wanted.school_id,) if wanted.school_id is not None else scope
    terms = tuple(q.terms(session, school_ids))
    windows = term_windows(terms)
    current = None
    if wanted.year is not None:
        in_year = [term for term in terms if term.year == wanted.year]
        if wanted.term is not None:
            current = next((t for t in in_year if t.number == wanted.term), None)
        else:
            current = default_term(in_year, today)
    else:
        current = default_term(terms, today)
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
    return Context(
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
        scope=scope,
    )


def period_of(context: Context, term: q.TermRow | None) -> Period | None:
    if term is None:
        return None
    window = context.windows[term.id]
    return Period(term.year, term.number, window.start, window.end)
