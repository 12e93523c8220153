"""Co-observation and calibration: observers who watched the same lesson, and how far they agree.

*Co-observe* links the observations of one lesson (same teacher, class, date and period) by a
shared UUID, or starts the co-observer's own observation of it, prefilled. A calibration
session is a lesson watched together (a video, say) entered as a lesson with a note; its
co-observations carry the note. :func:`calibration_view` reads the final co-observed lessons
of a school year and hands them to ``domain.calibration``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eduqa_desktop.domain.calibration import (
    CalibrationReport,
    CriterionKey,
    ScoredLesson,
    calibration,
    observer_key,
)
from eduqa_desktop.domain.roles import Action
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services import access
from eduqa_desktop.services.checklist_views import localized
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_records import ObservationInput, get_record, input_of
from eduqa_desktop.services.term_scope import load_thresholds_in
from eduqa_desktop.storage.database import Database
from eduqa_desktop.storage.models import (
    AcademicYear,
    ChecklistCriterion,
    ChecklistSection,
    ChecklistTemplate,
    Observation,
    ObservationScore,
    Teacher,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP


def _same_lesson(session: Session, observation: Observation) -> list[Observation]:
    """Other observations of the lesson: same teacher, class, date and period."""
    return list(
        session.scalars(
            select(Observation).where(
                Observation.id != observation.id,
                Observation.teacher_id == observation.teacher_id,
                Observation.observed_on == observation.observed_on,
                Observation.class_id.is_(None)
                if observation.class_id is None
                else Observation.class_id == observation.class_id,
                Observation.lesson_period.is_(None)
                if observation.lesson_period is None
                else Observation.lesson_period == observation.lesson_period,
            )
        )
    )


def link_same_lesson(db: Database, observation_id: int) -> int:
    """Link the other observations of the same lesson to this one; how many were linked."""
    access.require_row(db, Action.OBSERVE, Observation, observation_id)
    with db.session() as session:
        observation = get_record(session, observation_id)
        others = _same_lesson(session, observation)
        if not others:
            return 0
        group = (
            observation.co_observation
            or next((o.co_observation for o in others if o.co_observation), None)
            or uuid.uuid4()
        )
        note = observation.calibration_note or next(
            (o.calibration_note for o in others if o.calibration_note), ""
        )
        linked = 0
        for item in (observation, *others):
            if item.co_observation != group:
                linked += item is not observation
                item.co_observation = group
            item.calibration_note = item.calibration_note or note
        return linked


def co_observe_input(db: Database, observation_id: int, *, observer: str) -> ObservationInput:
    """The co-observer's own observation of the lesson: its header prefilled, nothing scored,
    linked to the original (which gets the link now if it had none)."""
    with db.session() as session:
        original = get_record(session, observation_id)
        if not observer.strip() and not original.observer:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Type your name in Settings first: co-observations are told apart by "
                    "their observers.",
                )
            )
        if original.co_observation is None:
            original.co_observation = uuid.uuid4()
        data = input_of(original)
    return replace(
        data,
        observer=observer,
        strengths="",
        recommendations="",
        next_steps="",
        next_steps_due=None,
        teacher_has_seen=False,
        follow_up_of_id=None,
        scores=(),
        snapshots=(),
        timer=None,
    )


def calibration_session_input(
    school_id: int, template_id: int, note: str, *, observer: str, today: date
) -> ObservationInput:
    """A new lesson watched together for calibration: the note says which (a video, say)."""
    note = " ".join(note.split())
    if not note:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Say which lesson is watched together, e.g. the video.")
        )
    return ObservationInput(
        school_id, 0, template_id, today, observer=observer, co_observation=uuid.uuid4(),
        calibration_note=note,
    )  # fmt: skip


# --- the calibration view ------------------------------------------------------------------------


def year_names(db: Database) -> list[str]:
    """The academic years of the database, newest first."""
    with db.session() as session:
        return list(
            session.scalars(select(AcademicYear.name).order_by(AcademicYear.start_date.desc()))
        )


@dataclass(frozen=True)
class CalibrationView:
    year: str | None  # the academic year shown; None: every year
    report: CalibrationReport
    criteria: dict[CriterionKey, str]  # "2.1 Pupils discuss…" in the chosen language


def _window(session: Session, year: str | None, today: date) -> tuple[str | None, date, date]:
    query = select(AcademicYear).order_by(AcademicYear.start_date)
    years = list(session.scalars(query))
    chosen = next((y for y in years if y.name == year), None) if year else None
    if year and chosen is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "There is no academic year {year} in this database."),
            year=year,
        )
    if chosen is None:
        chosen = next((y for y in years if y.start_date <= today <= y.end_date), None)
    if chosen is None:
        return None, date.min, date.max
    return chosen.name, chosen.start_date, chosen.end_date


def calibration_view(
    db: Database,
    *,
    school_id: int | None = None,
    year: str | None = None,
    language: str = "en",
    today: date | None = None,
) -> CalibrationView:
    """Agreement of the co-observed final lessons of `year` (default: the current one)."""
    with db.session() as session:
        name, start, end = _window(session, year, today or date.today())
        query = (
            select(Observation, Teacher.full_name)
            .join(Teacher, Teacher.id == Observation.teacher_id)
            .where(
                Observation.co_observation.is_not(None),
                Observation.status == ObservationStatus.FINAL,
                Observation.observed_on.between(start, end),
            )
        )
        if school_id is not None:
            query = query.where(Observation.school_id == school_id)
        found = list(session.execute(query))
        ids = [o.id for o, _name in found]
        levels: dict[int, dict[CriterionKey, int]] = {i: {} for i in ids}
        texts: dict[CriterionKey, str] = {}
        for chunk in range(0, len(ids), 500):
            rows = session.execute(
                select(
                    ObservationScore.observation_id,
                    ObservationScore.score,
                    ChecklistTemplate.family,
                    ChecklistSection.position,
                    ChecklistCriterion,
                )
                .join(ChecklistCriterion, ChecklistCriterion.id == ObservationScore.criterion_id)
                .join(ChecklistSection, ChecklistSection.id == ChecklistCriterion.section_id)
                .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistSection.template_id)
                .where(
                    ObservationScore.observation_id.in_(ids[chunk : chunk + 500]),
                    ObservationScore.score.is_not(None),
                )
            )
            for observation_id, score, family, section, criterion in rows:
                key = (str(family), section, criterion.position)
                levels[observation_id][key] = score
                if key not in texts:
                    text = {lang: getattr(criterion, f"text_{lang}") for lang in ("uz", "ru", "en")}
                    texts[key] = (
                        f"{section + 1}.{criterion.position + 1} {localized(text, language)}"
                    )
        lessons = [
            ScoredLesson(
                str(o.co_observation), o.id, o.observer, o.observed_on, teacher,
                o.calibration_note, levels[o.id],
            )
            for o, teacher in found
        ]  # fmt: skip
        low_kappa = load_thresholds_in(session).observer_kappa
    return CalibrationView(name, calibration(lessons, low_kappa=low_kappa), texts)


def low_agreement_observers(db: Database, school_id: int | None = None) -> set[str]:
    """Observers whose agreement with colleagues is low this year (by their key)."""
    report = calibration_view(db, school_id=school_id).report
    return {observer_key(name) for name in report.low_agreement}
