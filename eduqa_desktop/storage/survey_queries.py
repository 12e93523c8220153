"""Aggregate queries over survey rounds: answers summed in SQL, per round and dimension."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from eduqa_desktop.domain.surveys import Dimension, Tally
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.storage.models import AcademicYear, School, Term
from eduqa_desktop.storage.survey_models import QuestionnaireStatement, SurveyRound, SurveyTally


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: int
    school_id: int
    school: str
    stakeholder: Stakeholder
    respondents: int
    year: str
    term: int
    term_start: date
    questionnaire_id: int


def survey_rounds(session: Session, school_ids: Iterable[int] | None = None) -> list[RoundRow]:
    """Every round (of the schools given, or all), oldest first."""
    query = (
        select(
            SurveyRound.id,
            SurveyRound.school_id,
            School.name,
            SurveyRound.stakeholder,
            SurveyRound.respondents,
            AcademicYear.name,
            Term.number,
            Term.start_date,
            SurveyRound.questionnaire_id,
        )
        .join(School, School.id == SurveyRound.school_id)
        .join(Term, Term.id == SurveyRound.term_id)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .order_by(Term.start_date, SurveyRound.id)
    )
    if school_ids is not None:
        query = query.where(SurveyRound.school_id.in_(list(school_ids)))
    return [RoundRow(*row) for row in session.execute(query)]


def dimension_tallies(
    session: Session, round_ids: Iterable[int]
) -> dict[tuple[int, Dimension], Tally]:
    """(round, dimension) → the answers of its statements summed (GROUP BY in SQL)."""
    ids = list(round_ids)
    if not ids:
        return {}
    query = (
        select(
            SurveyTally.round_id,
            QuestionnaireStatement.dimension,
            func.sum(SurveyTally.n1),
            func.sum(SurveyTally.n2),
            func.sum(SurveyTally.n3),
            func.sum(SurveyTally.n4),
            func.sum(SurveyTally.n5),
        )
        .join(QuestionnaireStatement, QuestionnaireStatement.id == SurveyTally.statement_id)
        .where(SurveyTally.round_id.in_(ids))
        .group_by(SurveyTally.round_id, QuestionnaireStatement.dimension)
    )
    return {
        (round_id, Dimension(dimension)): Tally(*(int(n or 0) for n in counts))
        for round_id, dimension, *counts in session.execute(query)
    }


def statement_tallies(session: Session, round_id: int) -> dict[int, Tally]:
    """Statement number → its tally, for one round."""
    query = (
        select(
            QuestionnaireStatement.position,
            SurveyTally.n1,
            SurveyTally.n2,
            SurveyTally.n3,
            SurveyTally.n4,
            SurveyTally.n5,
        )
        .join(QuestionnaireStatement, QuestionnaireStatement.id == SurveyTally.statement_id)
        .where(SurveyTally.round_id == round_id)
    )
    return {position: Tally(*counts) for position, *counts in session.execute(query)}


def shared_dimension_tallies(
    session: Session, round_id: int, other_questionnaire_id: int
) -> dict[Dimension, Tally]:
    """Dimension → the answers of a round summed over the statements the other version of
    its questionnaire asks too (same key, same dimension): the part comparable with a survey
    answered with that version."""
    other = aliased(QuestionnaireStatement)
    query = (
        select(
            QuestionnaireStatement.dimension,
            func.sum(SurveyTally.n1),
            func.sum(SurveyTally.n2),
            func.sum(SurveyTally.n3),
            func.sum(SurveyTally.n4),
            func.sum(SurveyTally.n5),
        )
        .join(QuestionnaireStatement, QuestionnaireStatement.id == SurveyTally.statement_id)
        .join(
            other,
            (other.statement_key == QuestionnaireStatement.statement_key)
            & (other.dimension == QuestionnaireStatement.dimension)
            & (other.questionnaire_id == other_questionnaire_id),
        )
        .where(SurveyTally.round_id == round_id)
        .group_by(QuestionnaireStatement.dimension)
    )
    return {
        Dimension(dimension): Tally(*(int(n or 0) for n in counts))
        for dimension, *counts in session.execute(query)
    }
