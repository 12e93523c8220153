"""Several schools: each school's results, and observation score against quality of knowledge
(per school, or per teacher within one school)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.services.dashboard.bars import assessed_only, counts_bar
from eduqa_desktop.services.dashboard.context import Context
from eduqa_desktop.services.dashboard.model import ScatterPoint
from eduqa_desktop.storage import dashboard_queries as q
from eduqa_desktop.storage.indicator_queries import GroupBy, GroupCounts, grouped_counts


def schools_and_scatter(session: Session, context: Context) -> dict[str, Any]:
    assert context.current is not None
    all_schools = context.schools(session)
    charts: dict[str, Any] = {}
    window = context.window(context.current)
    per_school: list[GroupCounts] = []
    if len(all_schools) > 1:
        everywhere = replace(context, school_ids=context.scope)
        per_school = grouped_counts(
            session, GroupBy.SCHOOL, everywhere.results([context.current.id])
        )
        charts["schools"] = tuple(
            assessed_only(counts_bar(context, group, group.label) for group in per_school)
        )
    by_school = context.several and len(all_schools) > 1
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
