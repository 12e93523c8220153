"""Checklists in use and their criteria: the average of each criterion, section scores
for the heat map, section titles."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from eduqa_desktop.storage.dashboard_queries.filters import (
    ObservationFilter,
    final_observations,
    normalised_score,
    row_group,
    scored_criteria,
)
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
)


@dataclass(frozen=True, slots=True)
class ChecklistUse:
    family: uuid.UUID
    template_ids: tuple[int, ...]
    names: tuple[str, str, str]  # uz, ru, en of the newest version used
    observations: int


def checklists_used(session: Session, where: ObservationFilter) -> list[ChecklistUse]:
    """The checklists (families of versions) of the observations, most used first."""
    query = final_observations(
        select(
            ChecklistTemplate.family,
            ChecklistTemplate.id,
            ChecklistTemplate.version,
            ChecklistTemplate.name_uz,
            ChecklistTemplate.name_ru,
            ChecklistTemplate.name_en,
            func.count(Observation.id),
        )
        .select_from(Observation)
        .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id),
        where,
    ).group_by(ChecklistTemplate.id)
    families: dict[uuid.UUID, dict[str, Any]] = {}
    for family, template_id, version, uz, ru, en, count in session.execute(query):
        entry = families.setdefault(family, {"ids": [], "version": -1, "count": 0})
        entry["ids"].append(template_id)
        entry["count"] += int(count)
        if version > entry["version"]:
            entry["version"], entry["names"] = version, (uz, ru, en)
    uses = [
        ChecklistUse(family, tuple(sorted(e["ids"])), e["names"], e["count"])
        for family, e in families.items()
    ]
    return sorted(uses, key=lambda use: (-use.observations, use.names[2]))


@dataclass(frozen=True, slots=True)
class CriterionAverage:
    criterion_id: int
    template_id: int
    section_position: int
    position: int
    texts: tuple[str, str, str]  # uz, ru, en
    ratings: int  # how many times it was scored
    average: float  # 0..100 of the scale


def criteria_averages(session: Session, where: ObservationFilter) -> list[CriterionAverage]:
    """Each scored criterion's average on 0..100 of its scale, weakest first."""
    average = func.avg(normalised_score()) * 100
    query = (
        scored_criteria(
            select(
                ChecklistCriterion.id,
                ChecklistTemplate.id,
                ChecklistSection.position,
                ChecklistCriterion.position,
                ChecklistCriterion.text_uz,
                ChecklistCriterion.text_ru,
                ChecklistCriterion.text_en,
                func.count(ObservationScore.id),
                average,
            ),
            where,
        )
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        # every table whose columns are shown: PostgreSQL wants them grouped by their keys
        .group_by(ChecklistCriterion.id, ChecklistSection.id, ChecklistTemplate.id)
        .order_by(average, ChecklistSection.position, ChecklistCriterion.position)
    )
    return [
        CriterionAverage(cid, tid, spos, pos, (uz, ru, en), int(n), float(avg))
        for cid, tid, spos, pos, uz, ru, en, n, avg in session.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class SectionCell:
    """Pooled section score of one teacher (or school): Σ w·s / Σ w over all its ratings."""

    row_key: int
    row_label: str
    section_position: int
    weighted: float
    weight: float
    observations: int

    @property
    def score(self) -> float | None:
        return self.weighted * 100 / self.weight if self.weight else None


def section_scores(
    session: Session, where: ObservationFilter, *, by_school: bool
) -> list[SectionCell]:
    """The heat map: section scores per teacher (or per school) over the scored criteria.

    Sections of the different versions of a checklist are matched by their position.
    """
    key, label, source, join = row_group(by_school)
    weight = ChecklistCriterion.weight
    query = (
        scored_criteria(
            select(
                key,
                label,
                ChecklistSection.position,
                func.sum(weight * normalised_score()),
                func.sum(weight),
                func.count(distinct(Observation.id)),
            ),
            where,
        )
        .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
        .join(source, join)
        .group_by(key, label, ChecklistSection.position)
    )
    return [
        SectionCell(int(k), str(name), int(pos), float(ws), float(w), int(n))
        for k, name, pos, ws, w, n in session.execute(query)
    ]


def section_titles(session: Session, template_id: int) -> list[tuple[int, tuple[str, str, str]]]:
    """(position, (uz, ru, en)) of a template's sections, in order."""
    query = (
        select(
            ChecklistSection.position,
            ChecklistSection.title_uz,
            ChecklistSection.title_ru,
            ChecklistSection.title_en,
        )
        .where(ChecklistSection.template_id == template_id)
        .order_by(ChecklistSection.position)
    )
    return [(row[0], (row[1], row[2], row[3])) for row in session.execute(query)]
