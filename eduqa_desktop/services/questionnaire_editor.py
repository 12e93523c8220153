"""The questionnaire editor's operations: the questionnaires with their versions and the
rounds answered with each, saving an edited one, taking one in from a file.

Like a checklist, a questionnaire that survey rounds use is never changed in place: saving
it makes the next version of the same family (the old one is superseded and stays for its
rounds); one no round used yet is rewritten under the same version number. A statement keeps
its key from version to version, so the change since the previous survey compares the same
statements (:mod:`services.surveys`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from eduqa_desktop.domain.questionnaires import (
    QuestionnaireError,
    QuestionnaireSpec,
    parse_questionnaire,
    questionnaire_json,
)
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.exchange.questionnaire_workbook import read_questionnaire_workbook
from eduqa_desktop.services import access, audit
from eduqa_desktop.services.checklist_languages import read_stale, write_stale
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.questionnaires import (
    SHIPPED_ORDER,
    add_questionnaire,
    current_questionnaire_in,
    install_questionnaires,
    spec_of,
)
from eduqa_desktop.services.template_imports import checked_in_limits
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import AcademicYear, School, Term
from eduqa_desktop.storage.survey_models import Questionnaire, SurveyRound
from eduqa_desktop.text import QT_TRANSLATE_NOOP

STALE_KEY = "questionnaire_stale_languages"
Text = dict[str, str]


@dataclass(frozen=True)
class RoundUse:
    """A survey round answered with one version (no respondent, only how many)."""

    school: str
    year: str
    term: int
    respondents: int


@dataclass(frozen=True)
class QuestionnaireVersion:
    id: int
    version: int
    current: bool
    rounds: tuple[RoundUse, ...]


@dataclass(frozen=True)
class QuestionnaireSummary:
    """A group's questionnaire in use, with every version of it (newest first)."""

    id: int
    stakeholder: Stakeholder
    version: int
    name: Text
    statements: int
    versions: tuple[QuestionnaireVersion, ...]
    stale_languages: tuple[str, ...] = ()  # changed in another language, not looked at since

    @property
    def used_by(self) -> int:
        """Rounds answered with the version in use."""
        return next((len(v.rounds) for v in self.versions if v.id == self.id), 0)


def _rounds(session: Session) -> dict[int, list[RoundUse]]:
    query = (
        select(
            SurveyRound.questionnaire_id,
            School.name,
            AcademicYear.name,
            Term.number,
            SurveyRound.respondents,
        )
        .join(School, School.id == SurveyRound.school_id)
        .join(Term, Term.id == SurveyRound.term_id)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .order_by(Term.start_date.desc(), School.name)
    )
    found: dict[int, list[RoundUse]] = {}
    for questionnaire_id, school, year, term, respondents in session.execute(query):
        found.setdefault(questionnaire_id, []).append(RoundUse(school, year, term, respondents))
    return found


def list_questionnaire_summaries(db: Database) -> list[QuestionnaireSummary]:
    """One summary per group, in the shipped order (parents, pupils, teachers, employers)."""
    with db.session() as session:
        install_questionnaires(session)
        rounds, stale = _rounds(session), read_stale(session, STALE_KEY)
        summaries = []
        for stakeholder in SHIPPED_ORDER:
            current = current_questionnaire_in(session, stakeholder)
            assert current.id is not None
            family = session.scalars(
                select(Questionnaire)
                .where(Questionnaire.family == session.get(Questionnaire, current.id).family)
                .order_by(Questionnaire.version.desc(), Questionnaire.id.desc())
            ).all()
            summaries.append(
                QuestionnaireSummary(
                    id=current.id,
                    stakeholder=stakeholder,
                    version=current.version,
                    name=dict(current.name),
                    statements=len(current.statements),
                    versions=tuple(
                        QuestionnaireVersion(
                            q.id, q.version, q.id == current.id, tuple(rounds.get(q.id, ()))
                        )
                        for q in family
                    ),
                    stale_languages=stale.get(current.family, ()),
                )
            )
        return summaries


def validate_questionnaire(spec: QuestionnaireSpec) -> QuestionnaireSpec:
    """The questionnaire checked (each text in one language at least), or UserError."""
    try:
        checked = parse_questionnaire(questionnaire_json(spec), require_all_languages=False)
    except QuestionnaireError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The questionnaire cannot be saved: {problem}"),
            problem=str(error),
        ) from error
    if checked.stakeholder != spec.stakeholder:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "This questionnaire is for another group."))
    return checked


def _same(one: QuestionnaireSpec, other: QuestionnaireSpec) -> bool:
    def content(spec: QuestionnaireSpec) -> dict:
        data = questionnaire_json(replace(spec, version=1, code=""))
        for statement in data["statements"]:
            statement["mechanisms"] = sorted(statement["mechanisms"])
        return data

    return content(one) == content(other)


def save_questionnaire(
    db: Database,
    questionnaire_id: int,
    spec: QuestionnaireSpec,
    *,
    who: str | None = None,
    stale_languages: Collection[str] | None = None,
) -> int:
    """Save an edited questionnaire; returns the id of the version that now holds it.

    Unchanged: nothing happens. No round answered it yet: rewritten under the same version.
    Used by rounds: the next version of the family, the old one superseded for its rounds.
    `stale_languages`, when given, become the languages marked out of date.
    """
    access.require(db, Action.CHECKLISTS)  # a shared instrument, as a checklist is
    spec = validate_questionnaire(spec)
    with db.session() as session:
        old = session.get(Questionnaire, questionnaire_id)
        if old is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "This questionnaire no longer exists."))
        if old.superseded:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "A newer version of this questionnaire exists; edit that one."
                )
            )
        if spec.stakeholder != old.stakeholder:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "This questionnaire is for another group.")
            )
        if stale_languages is not None:
            write_stale(session, old.family, stale_languages, key=STALE_KEY)
        if _same(spec, spec_of(session, old)):
            return old.id
        used = session.scalar(
            select(func.count(SurveyRound.id)).where(SurveyRound.questionnaire_id == old.id)
        )
        family, code, shipped, version = old.family, old.code, old.shipped, old.version
        before = {"version": old.version, "statements": len(old.statements)}
        if used:
            old.superseded = True
            version = (
                session.scalar(
                    select(func.max(Questionnaire.version)).where(Questionnaire.family == family)
                )
                or version
            ) + 1
        else:
            session.delete(old)
        session.flush()
        new = add_questionnaire(session, spec, shipped=shipped, family=family, version=version)
        new.code = code or spec.code
        session.flush()
        audit.record(
            session,
            "new_version" if used else "update",
            "questionnaire",
            entity_uuid=new.uuid,
            before=before,
            after={"version": new.version, "statements": len(spec.statements)},
            who=who,
        )
        return new.id


def import_questionnaire_file(db: Database, path: Path | str, *, who: str | None = None) -> int:
    """Read a questionnaire workbook (held to the database's file limits and time limit) and
    keep it as the next version of its group's questionnaire; UserError when it is not one."""
    with db.session() as session:
        spec = checked_in_limits(session, Path(path), lambda: read_questionnaire_workbook(path))
    return import_questionnaire(db, spec, who=who)


def import_questionnaire(db: Database, spec: QuestionnaireSpec, *, who: str | None = None) -> int:
    """A questionnaire read from a file becomes the next version of its group's one.

    Statement keys the file carries are kept when they are the family's (a file exported
    here, edited in Excel and read back); any other statement counts as a new one.
    """
    access.require(db, Action.CHECKLISTS)
    with db.session() as session:
        install_questionnaires(session)
        current = current_questionnaire_in(session, spec.stakeholder)
        assert current.id is not None
        family = session.get(Questionnaire, current.id).family
        known = {
            s.key
            for q in session.scalars(
                select(Questionnaire)
                .where(Questionnaire.family == family)
                .options(selectinload(Questionnaire.statements))
            )
            for s in spec_of(session, q).statements
        }
    statements = tuple(s if s.key in known else replace(s, key="") for s in spec.statements)
    return save_questionnaire(db, current.id, replace(spec, statements=statements), who=who)
