"""Which teachers and which final observations a dashboard query counts (empty fields do
not filter), and the expressions every observation query shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, select

from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.storage.models import (
    ChecklistCriterion,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    School,
    SchoolClass,
    Teacher,
    teacher_subjects,
)


@dataclass(frozen=True, slots=True)
class Window:
    """The days from ``start`` to ``end``, both included."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class TeacherScope:
    """Which teachers: empty fields do not filter."""

    school_ids: Sequence[int] = ()
    department_ids: Sequence[int] = ()
    subject_id: int | None = None  # teachers who teach the subject


@dataclass(frozen=True, slots=True)
class ObservationFilter:
    """Which final observations: empty fields do not filter."""

    window: Window | None = None
    school_ids: Sequence[int] = ()
    grade: int | None = None
    subject_id: int | None = None
    department_ids: Sequence[int] = ()
    template_ids: Sequence[int] = ()


def teacher_conditions(scope: TeacherScope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if scope.school_ids:
        conditions.append(Teacher.school_id.in_(scope.school_ids))
    if scope.department_ids:
        conditions.append(Teacher.department_id.in_(scope.department_ids))
    if scope.subject_id is not None:
        conditions.append(
            exists().where(
                teacher_subjects.c.teacher_id == Teacher.id,
                teacher_subjects.c.subject_id == scope.subject_id,
            )
        )
    return conditions


def final_observations(query: Select[Any], where: ObservationFilter) -> Select[Any]:
    """``query`` over Observation, restricted to the final observations ``where`` describes."""
    query = query.where(Observation.status == ObservationStatus.FINAL)
    if where.window is not None:
        query = query.where(Observation.observed_on.between(where.window.start, where.window.end))
    if where.school_ids:
        query = query.where(Observation.school_id.in_(where.school_ids))
    if where.subject_id is not None:
        query = query.where(Observation.subject_id == where.subject_id)
    if where.template_ids:
        query = query.where(Observation.template_id.in_(where.template_ids))
    if where.grade is not None:
        query = query.where(
            Observation.class_id.in_(select(SchoolClass.id).where(SchoolClass.grade == where.grade))
        )
    if where.department_ids:
        query = query.where(
            Observation.teacher_id.in_(
                select(Teacher.id).where(Teacher.department_id.in_(where.department_ids))
            )
        )
    return query


def normalised_score() -> ColumnElement[float]:
    """One criterion's score on 0..1 of its template's scale."""
    return (
        (ObservationScore.score - ChecklistTemplate.scale_min)
        * 1.0
        / (ChecklistTemplate.scale_max - ChecklistTemplate.scale_min)
    )


def scored_criteria(query: Select[Any], where: ObservationFilter) -> Select[Any]:
    """``query`` over the scored criteria (N/A left out) of the observations ``where`` says."""
    query = (
        query.select_from(ObservationScore)
        .join(Observation, Observation.id == ObservationScore.observation_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == Observation.template_id)
        .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
        .where(ObservationScore.score.is_not(None))
    )
    return final_observations(query, where)


def row_group(by_school: bool) -> tuple[Any, Any, Any, ColumnElement[bool]]:
    """Key, label, table and join condition of a row per school or per teacher."""
    if by_school:
        return School.id, School.name, School, School.id == Observation.school_id
    return Teacher.id, Teacher.full_name, Teacher, Teacher.id == Observation.teacher_id
