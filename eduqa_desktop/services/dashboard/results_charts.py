"""Pupils' results by subject, by grade and by class (a subject chosen)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.indicators import MarkCounts
from eduqa_desktop.services.dashboard.bars import (
    assessed_only,
    counts_bar,
    limit_bars,
    subject_label,
)
from eduqa_desktop.services.dashboard.context import Context
from eduqa_desktop.services.dashboard.model import CountsBar
from eduqa_desktop.storage import dashboard_queries as q
from eduqa_desktop.storage.indicator_queries import GroupBy, grouped_counts


def results_charts(session: Session, context: Context) -> dict[str, Any]:
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
    subjects = assessed_only(
        CountsBar(key, subject_label(names, key, language), counts, context.indicators(counts))
        for key, counts in by_subject.items()
    )
    grades = assessed_only(
        CountsBar(key, str(key), counts, context.indicators(counts))
        for key, counts in by_grade.items()
    )
    charts: dict[str, Any] = {
        "by_subject": limit_bars(context, subjects),
        "by_grade": limit_bars(context, grades),
    }
    if context.filter.subject_id is not None:
        classes = assessed_only(
            counts_bar(context, group, group.label)
            for group in grouped_counts(session, GroupBy.CLASS, where)
        )
        charts["distribution"] = limit_bars(context, classes)
        charts["distribution_by_class"] = True
    else:
        charts["distribution"] = charts["by_subject"]
        charts["distribution_by_class"] = False
    return charts
