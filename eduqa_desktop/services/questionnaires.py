"""The questionnaires in the database: the shipped four, their versions, read as specs.

:func:`install_questionnaires` is idempotent (adds the shipped ones that are missing); the
survey services call it before they need a questionnaire, so an older database gets them on
first use. Editing them is :mod:`services.questionnaire_editor`.
"""

from __future__ import annotations

import json
import uuid
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eduqa_desktop.domain.questionnaires import (
    QuestionnaireError,
    QuestionnaireSpec,
    StatementSpec,
    parse_questionnaire,
)
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.paths import RESOURCES_DIR
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.survey_models import (
    Questionnaire,
    QuestionnaireStatement,
    StatementMechanism,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

QUESTIONNAIRES_DIR = RESOURCES_DIR / "questionnaires"
SHIPPED_ORDER: tuple[Stakeholder, ...] = (
    Stakeholder.PARENTS,
    Stakeholder.PUPILS,
    Stakeholder.TEACHERS,
    Stakeholder.EMPLOYERS,
)


@lru_cache(maxsize=1)
def load_shipped_questionnaires() -> tuple[QuestionnaireSpec, ...]:
    specs = []
    for stakeholder in SHIPPED_ORDER:
        path = QUESTIONNAIRES_DIR / f"{stakeholder.value}.json"
        try:
            spec = parse_questionnaire(json.loads(path.read_text(encoding="utf-8")))
        except QuestionnaireError as error:
            raise RuntimeError(f"{path.name}: {error}") from error
        specs.append(spec)
    return tuple(specs)


def add_questionnaire(
    session: Session,
    spec: QuestionnaireSpec,
    *,
    shipped: bool = False,
    family: uuid.UUID | None = None,
    version: int = 1,
) -> Questionnaire:
    questionnaire = Questionnaire(
        family=family or uuid.uuid4(),
        version=version,
        code=spec.code,
        stakeholder=spec.stakeholder,
        name_uz=spec.name.get("uz", ""),
        name_ru=spec.name.get("ru", ""),
        name_en=spec.name.get("en", ""),
        intro_uz=spec.intro.get("uz", ""),
        intro_ru=spec.intro.get("ru", ""),
        intro_en=spec.intro.get("en", ""),
        shipped=shipped,
    )
    session.add(questionnaire)
    session.flush()
    for number, statement in enumerate(spec.statements, start=1):
        row = QuestionnaireStatement(
            questionnaire_id=questionnaire.id,
            position=number,
            dimension=statement.dimension,
            text_uz=statement.text.get("uz", ""),
            text_ru=statement.text.get("ru", ""),
            text_en=statement.text.get("en", ""),
            statement_key=_key(statement.key),
        )
        session.add(row)
        session.flush()
        session.add_all(
            StatementMechanism(statement_id=row.id, mechanism=m) for m in statement.mechanisms
        )
    session.flush()
    return questionnaire


def _key(text: str) -> uuid.UUID:
    """The statement's key kept from its earlier version, or a new one."""
    try:
        return uuid.UUID(text)
    except ValueError:
        return uuid.uuid4()


def install_questionnaires(session: Session) -> None:
    """Add the shipped questionnaires that are not in the database yet (by code)."""
    installed = set(session.scalars(select(Questionnaire.code).where(Questionnaire.shipped)))
    for spec in load_shipped_questionnaires():
        if spec.code not in installed:
            add_questionnaire(session, spec, shipped=True)


def spec_of(session: Session, questionnaire: Questionnaire) -> QuestionnaireSpec:
    mechanisms: dict[int, list] = {}
    ids = [s.id for s in questionnaire.statements]
    if ids:
        for statement_id, mechanism in session.execute(
            select(StatementMechanism.statement_id, StatementMechanism.mechanism).where(
                StatementMechanism.statement_id.in_(ids)
            )
        ):
            mechanisms.setdefault(statement_id, []).append(mechanism)
    return QuestionnaireSpec(
        code=questionnaire.code,
        stakeholder=questionnaire.stakeholder,
        name={
            "uz": questionnaire.name_uz,
            "ru": questionnaire.name_ru,
            "en": questionnaire.name_en,
        },
        intro={
            "uz": questionnaire.intro_uz,
            "ru": questionnaire.intro_ru,
            "en": questionnaire.intro_en,
        },
        statements=tuple(
            StatementSpec(
                number=s.position,
                dimension=s.dimension,
                text={"uz": s.text_uz, "ru": s.text_ru, "en": s.text_en},
                mechanisms=tuple(sorted(mechanisms.get(s.id, []))),
                id=s.id,
                key=str(s.statement_key) if s.statement_key else "",
            )
            for s in questionnaire.statements
        ),
        version=questionnaire.version,
        id=questionnaire.id,
        family=str(questionnaire.family),
        shipped=questionnaire.shipped,
        superseded=questionnaire.superseded,
    )


def _current(session: Session, stakeholder: Stakeholder) -> Questionnaire | None:
    return session.scalar(
        select(Questionnaire)
        .where(
            Questionnaire.stakeholder == stakeholder,
            Questionnaire.superseded.is_(False),
            Questionnaire.archived.is_(False),
        )
        .options(selectinload(Questionnaire.statements))
        .order_by(Questionnaire.shipped.desc(), Questionnaire.version.desc(), Questionnaire.id)
        .limit(1)
    )


def current_questionnaire_in(session: Session, stakeholder: Stakeholder) -> QuestionnaireSpec:
    install_questionnaires(session)
    found = _current(session, stakeholder)
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "There is no questionnaire for {group} in use."),
            group=str(stakeholder),
        )
    return spec_of(session, found)


def current_questionnaire(db: Database, stakeholder: Stakeholder | str) -> QuestionnaireSpec:
    """The questionnaire a group answers now (the shipped one unless a newer version was saved)."""
    with db.session() as session:
        return current_questionnaire_in(session, Stakeholder(stakeholder))


def questionnaire_by_id(db: Database, questionnaire_id: int) -> QuestionnaireSpec:
    with db.session() as session:
        found = session.get(Questionnaire, questionnaire_id)
        if found is None:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "This questionnaire no longer exists."))
        return spec_of(session, found)


def list_questionnaires(db: Database) -> list[QuestionnaireSpec]:
    """The questionnaires in use, one per group, in the shipped order."""
    with db.session() as session:
        install_questionnaires(session)
        found = [_current(session, stakeholder) for stakeholder in SHIPPED_ORDER]
        return [spec_of(session, q) for q in found if q is not None]
