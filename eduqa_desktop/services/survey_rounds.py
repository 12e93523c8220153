"""Writing a survey round: one group's summed answers in one school and quarter.

A round is identified by school × quarter × group; writing it again replaces it (so importing
the same file twice changes nothing the second time). Only tallies are kept — how many chose
1…5 per statement — and the number of respondents; never anything about a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.surveys import Tally
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.calendar import ensure_academic_year, find_term
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_models import Questionnaire, SurveyRound, SurveyTally
from eduqa_desktop.storage.survey_queries import statement_tallies
from eduqa_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class RoundRequest:
    school_id: int
    year: str
    term: int
    questionnaire_id: int
    respondents: int
    tallies: Mapping[int, Tally]  # statement number → answers
    conducted_on: date | None = None
    source: str = ""


@dataclass(frozen=True)
class SavedRound:
    id: int
    replaced: bool  # a round of this group and quarter was there before
    unchanged: bool  # …with exactly the same answers


def existing_round(
    session: Session, school_id: int, year: str, term: int, stakeholder: Stakeholder
) -> SurveyRound | None:
    ensure_academic_year(session, year)
    found_term = find_term(session, year, term)
    if found_term is None:
        return None
    return session.scalar(
        select(SurveyRound).where(
            SurveyRound.school_id == school_id,
            SurveyRound.term_id == found_term.id,
            SurveyRound.stakeholder == stakeholder,
        )
    )


def save_round_in(session: Session, request: RoundRequest) -> SavedRound:
    questionnaire = session.get(Questionnaire, request.questionnaire_id)
    if questionnaire is None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "This questionnaire no longer exists."))
    statements = {s.position: s for s in questionnaire.statements}
    unknown = sorted(set(request.tallies) - set(statements))
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The questionnaire has no statement {number}."),
            number=unknown[0],
        )
    if request.respondents < 0 or request.term not in (1, 2, 3, 4):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "The survey's quarter or size is wrong."))
    ensure_academic_year(session, request.year)
    term = find_term(session, request.year, request.term)
    assert term is not None
    old = existing_round(
        session, request.school_id, request.year, request.term, questionnaire.stakeholder
    )
    wanted = {n: t for n, t in request.tallies.items() if t.answers}
    if old is not None:
        same = (
            old.questionnaire_id == questionnaire.id
            and old.respondents == request.respondents
            and statement_tallies(session, old.id) == wanted
        )
        if same:
            return SavedRound(old.id, replaced=True, unchanged=True)
        session.delete(old)
        session.flush()
    new = SurveyRound(
        school_id=request.school_id,
        term_id=term.id,
        questionnaire_id=questionnaire.id,
        stakeholder=questionnaire.stakeholder,
        respondents=request.respondents,
        conducted_on=request.conducted_on,
        source=request.source[:200],
    )
    session.add(new)
    session.flush()
    session.add_all(
        SurveyTally(round_id=new.id, statement_id=statements[number].id, **_counts(tally))
        for number, tally in sorted(wanted.items())
    )
    session.flush()
    audit.record(
        session,
        "import" if request.source else "create",
        "survey_round",
        entity_uuid=new.uuid,
        after={
            "group": str(questionnaire.stakeholder),
            "year": request.year,
            "term": request.term,
            "respondents": request.respondents,
            "statements": len(wanted),
        },
    )
    return SavedRound(new.id, replaced=old is not None, unchanged=False)


def _counts(tally: Tally) -> dict[str, int]:
    return {"n1": tally.n1, "n2": tally.n2, "n3": tally.n3, "n4": tally.n4, "n5": tally.n5}


def save_round(db: Database, request: RoundRequest) -> SavedRound:
    access.require(db, Action.RESULTS, request.school_id)
    with db.session() as session:
        return save_round_in(session, request)
