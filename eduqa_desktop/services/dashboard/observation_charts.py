"""Lesson observations: the criteria and heat map of a checklist, the score histogram, and the
evidence of each mechanism of quality."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.services.dashboard.context import Context, localized
from eduqa_desktop.services.dashboard.model import (
    HEATMAP_ROWS,
    MAX_CATEGORIES,
    Choice,
    CriterionBar,
    HeatMap,
    Histogram,
    MechanismEvidence,
)
from eduqa_desktop.services.graduates import mechanism_graduates
from eduqa_desktop.storage import dashboard_queries as q


def checklist_charts(session: Session, context: Context) -> dict[str, Any]:
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

    by_school = context.several and len(context.schools(session)) > 1
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


def build_histogram(session: Session, context: Context) -> Histogram:
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


def mechanism_evidence(session: Session, context: Context) -> tuple[MechanismEvidence, ...]:
    window = context.window(context.current)
    assert window is not None
    lessons = {
        item.mechanism: item for item in q.mechanism_lessons(session, context.observations(window))
    }
    activities = q.mechanism_activities(session, context.teachers, window)
    school_ids = context.school_ids or None  # none chosen: every school
    assert context.current is not None
    placed = mechanism_graduates(session, school_ids, context.current.year)
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
                placed.get(mechanism.value, 0),
            )
        )
    order = list(Mechanism)
    return tuple(sorted(evidence, key=lambda e: (e.evidence, order.index(e.mechanism))))
