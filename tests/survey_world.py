"""Schools with survey rounds typed in for the surveys tests."""

from __future__ import annotations

from eduqa_desktop.domain.surveys import Tally
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.questionnaires import current_questionnaire
from eduqa_desktop.services.survey_rounds import RoundRequest, save_round
from eduqa_desktop.storage.database import Database


def add_round(
    db: Database,
    school_id: int,
    group: Stakeholder,
    respondents: int,
    tallies: dict[int, Tally],
    *,
    year: str = "2025-2026",
    term: int = 2,
) -> int:
    questionnaire = current_questionnaire(db, group)
    assert questionnaire.id is not None
    return save_round(
        db,
        RoundRequest(school_id, year, term, questionnaire.id, respondents, tallies),
    ).id
