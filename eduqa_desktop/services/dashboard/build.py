"""The dashboard's three calls: everything for a selection, the filter bar's choices, and a
subject or grade opened."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from eduqa_desktop.services import access
from eduqa_desktop.services.dashboard.bars import (
    assessed_only,
    counts_bar,
    limit_bars,
    subject_label,
    with_school_names,
)
from eduqa_desktop.services.dashboard.cards import build_cards, build_trend, term_data
from eduqa_desktop.services.dashboard.context import (
    default_term,
    localized,
    period_of,
    resolve,
)
from eduqa_desktop.services.dashboard.model import (
    Choice,
    DashboardData,
    DashboardFilter,
    DrillDown,
    FilterChoices,
    TermChoice,
)
from eduqa_desktop.services.dashboard.observation_charts import (
    build_histogram,
    checklist_charts,
    mechanism_evidence,
)
from eduqa_desktop.services.dashboard.results_charts import results_charts
from eduqa_desktop.services.dashboard.schools_chart import schools_and_scatter
from eduqa_desktop.services.dashboard.time_on_task import time_on_task
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.storage import dashboard_queries as q
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.indicator_queries import GroupBy, grouped_counts


def dashboard_data(
    db: Database,
    selection: DashboardFilter,
    *,
    language: str = "en",
    today: date | None = None,
) -> DashboardData:
    """Everything the dashboard shows for ``selection`` (names in ``language``)."""
    scope = access.read_scope(db, selection.school_id)
    thresholds = load_thresholds(db)
    today = today or date.today()
    with db.session() as session:
        context = resolve(session, selection, thresholds, language, today, scope)
        school_count = len(context.schools(session))
        if context.current is None:
            return DashboardData(
                context.filter, None, None, school_count, None, thresholds=thresholds
            )
        terms = term_data(session, context)
        return DashboardData(
            filter=context.filter,
            period=period_of(context, context.current),
            previous=period_of(context, context.previous),
            school_count=school_count,
            cards=build_cards(session, context, terms),
            trend=build_trend(context, terms),
            histogram=build_histogram(session, context),
            mechanisms=mechanism_evidence(session, context),
            thresholds=thresholds,
            time_on_task=time_on_task(session, context),
            **results_charts(session, context),
            **checklist_charts(session, context),
            **schools_and_scatter(session, context),
        )


def filter_choices(
    db: Database, *, language: str = "en", school_id: int | None = None, today: date | None = None
) -> FilterChoices:
    """What the filter bar offers. The default selection: the school ``school_id`` when the
    database holds one school, all schools when it holds several; the latest term with results."""
    today = today or date.today()
    visible = access.visible_school_ids(db)  # an account bound to schools is offered those
    with db.session() as session:
        schools = tuple(
            Choice(key, name)
            for key, name in q.schools(session)
            if visible is None or key in visible
        )
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
    elif school_id is not None and (len(schools) == 0 or visible is not None):
        default_school = school_id
    else:
        default_school = None
    first_term = default_term(terms, today)
    default = DashboardFilter(
        school_id=default_school,
        year=first_term.year if first_term else None,
        term=first_term.number if first_term else None,
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
    scope = access.read_scope(db, selection.school_id)
    thresholds = load_thresholds(db)
    with db.session() as session:
        context = resolve(session, narrowed, thresholds, language, date.today(), scope)
        label = (
            subject_label(q.subject_names(session), key, language)
            if kind == "subject"
            else str(key)
        )
        if context.current is None:
            return DrillDown(kind, key, label, (), ())
        where = context.results([context.current.id])
        classes = assessed_only(
            counts_bar(context, group, group.label)
            for group in grouped_counts(session, GroupBy.CLASS, where)
        )
        teachers = assessed_only(
            counts_bar(context, group, group.label)
            for group in grouped_counts(session, GroupBy.TEACHER, where)
        )
        if context.several and len(context.schools(session)) > 1:
            classes = with_school_names(session, classes)
    return DrillDown(
        kind,
        key,
        label,
        limit_bars(context, classes),
        limit_bars(context, teachers),
    )
