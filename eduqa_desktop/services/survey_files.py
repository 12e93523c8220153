"""Survey files the user asks for: the blank template of a group's questionnaire, and its
printable form."""

from __future__ import annotations

from pathlib import Path

from eduqa_desktop.domain.questionnaires import QuestionnaireSpec
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.exchange.questionnaire_print import page_label, questionnaire_html
from eduqa_desktop.exchange.survey_template import LAYOUTS, write_survey_template
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.questionnaires import current_questionnaire_in
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import School
from eduqa_desktop.text import QT_TRANSLATE_NOOP

GROUP_NAMES = tuple(str(s) for s in Stakeholder)


def _questionnaire_of(
    db: Database, group: str, school_id: int | None
) -> tuple[QuestionnaireSpec, str]:
    """The questionnaire `group` answers now and the school's name ("" for none)."""
    if group not in GROUP_NAMES:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a group; choose one of {choices}."),
            value=group,
            choices=", ".join(GROUP_NAMES),
        )
    with db.session() as session:
        spec = current_questionnaire_in(session, Stakeholder(group))
        school = session.get(School, school_id) if school_id is not None else None
        school_name = school.name if school is not None else ""
    return spec, school_name


def survey_template(
    db: Database,
    path: Path | str,
    group: str,
    *,
    layout: str = "tallies",
    language: str = "en",
    school_id: int | None = None,
    year: str = "",
    term: int | None = None,
) -> Path:
    """The blank template of the questionnaire `group` answers now, in `layout`."""
    if layout not in LAYOUTS:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a layout; choose one of {choices}."),
            value=layout,
            choices=", ".join(LAYOUTS),
        )
    spec, school_name = _questionnaire_of(db, group, school_id)
    return write_survey_template(
        path, spec, layout=layout, language=language, school=school_name, year=year, term=term
    )


def questionnaire_form(
    db: Database, group: str, *, language: str = "en", school_id: int | None = None
) -> tuple[str, str]:
    """(title, HTML) of the printable form of the questionnaire `group` answers now."""
    spec, school_name = _questionnaire_of(db, group, school_id)
    return spec.name_in(language), questionnaire_html(spec, language, school=school_name)


def questionnaire_page_label(language: str) -> str:
    return page_label(language)
