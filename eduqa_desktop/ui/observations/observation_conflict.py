"""What two versions of one observation say differently, for the conflict dialog: the form's
unsaved input against what another observer saved meanwhile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from eduqa_desktop.services.checklist_views import TemplateView, localized
from eduqa_desktop.services.observation_queries import FormChoices
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.ui.dialogs.conflict_dialog import Difference
from eduqa_desktop.ui.observations.labels import purpose_name


def _text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _level(score: ScoreInput | None) -> str:
    if score is None or (score.score is None and not score.not_applicable):
        return "—"
    if score.not_applicable:
        return QCoreApplication.translate("ObservationConflict", "N/A")
    return str(score.score)


def _names(choices: FormChoices | None, language: str) -> dict[str, dict[int, str]]:
    if choices is None:
        return {}
    return {
        "teacher_id": {t.id: t.name for t in choices.teachers},
        "class_id": {c.id: c.name for c in choices.classes},
        "subject_id": {s.id: localized(s.name, language) for s in choices.subjects},
    }


def observation_differences(
    mine: ObservationInput,
    theirs: ObservationInput,
    template: TemplateView | None,
    choices: FormChoices | None = None,
    language: str = "en",
) -> list[Difference]:
    rows: list[Difference] = []
    names = _names(choices, language)
    plain = (
        (QCoreApplication.translate("ObservationConflict", "Date"), "observed_on"),
        (QCoreApplication.translate("ObservationConflict", "Lesson period"), "lesson_period"),
        (QCoreApplication.translate("ObservationConflict", "Observer"), "observer"),
        (QCoreApplication.translate("ObservationConflict", "Topic"), "topic"),
        (QCoreApplication.translate("ObservationConflict", "Strengths"), "strengths"),
        (QCoreApplication.translate("ObservationConflict", "Recommendations"), "recommendations"),
        (QCoreApplication.translate("ObservationConflict", "Next steps"), "next_steps"),
        (QCoreApplication.translate("ObservationConflict", "Due"), "next_steps_due"),
    )
    for label, name in plain:
        a, b = getattr(mine, name), getattr(theirs, name)
        if (a or None) != (b or None):
            rows.append((label, _text(a), _text(b)))
    if mine.purpose != theirs.purpose:
        rows.append(
            (
                QCoreApplication.translate("ObservationConflict", "Purpose"),
                purpose_name(mine.purpose),
                purpose_name(theirs.purpose),
            )
        )
    for what, field in (
        (QCoreApplication.translate("ObservationConflict", "Teacher"), "teacher_id"),
        (QCoreApplication.translate("ObservationConflict", "Class"), "class_id"),
        (QCoreApplication.translate("ObservationConflict", "Subject"), "subject_id"),
        (QCoreApplication.translate("ObservationConflict", "Checklist"), "template_id"),
    ):
        a, b = getattr(mine, field), getattr(theirs, field)
        if a != b:
            named = names.get(field, {})
            rows.append((what, named.get(a, _text(a)), named.get(b, _text(b))))
    mine_scores = {s.criterion_id: s for s in mine.scores}
    their_scores = {s.criterion_id: s for s in theirs.scores}
    numbers = {c.id: c.number for c in template.criteria} if template else {}
    for criterion_id in sorted(mine_scores.keys() | their_scores.keys(), key=str):
        a, b = mine_scores.get(criterion_id), their_scores.get(criterion_id)
        if _level(a) != _level(b) or (a.comment if a else "") != (b.comment if b else ""):
            label = QCoreApplication.translate("ObservationConflict", "Criterion {number}").format(
                number=numbers.get(criterion_id, criterion_id)
            )
            rows.append(
                (
                    label,
                    " ".join(p for p in (_level(a), a.comment if a else "") if p),
                    " ".join(p for p in (_level(b), b.comment if b else "") if p),
                )
            )
    return rows
