"""What reading an XLSForm gives: the checklist, the form's settings, and every row (or column)
not carried over with why (the reasons are Messages templates, shown translated)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eduqa_desktop.domain.checklist_spec import ChecklistSpec
from eduqa_desktop.text import QT_TRANSLATE_NOOP

NOT_A_QUESTION_TYPE = QT_TRANSLATE_NOOP(
    "Messages", "the question type “{type}” has no place in a checklist"
)
NOT_A_SCALE = QT_TRANSLATE_NOOP("Messages", "its choices (“{list}”) are not an ordered scale")
OTHER_SCALE = QT_TRANSLATE_NOOP(
    "Messages", "its scale (“{list}”) is not the checklist's scale (“{scale}”)"
)
IN_REPEAT = QT_TRANSLATE_NOOP("Messages", "inside a repeat")
OTHER_LANGUAGE = QT_TRANSLATE_NOOP("Messages", "the texts in “{language}”")
CONDITION = QT_TRANSLATE_NOOP(
    "Messages", "its condition (relevant: {value}); the criterion itself is carried over"
)
HINT = QT_TRANSLATE_NOOP("Messages", "its hint; the criterion itself is carried over")


@dataclass(frozen=True)
class NotCarried:
    """A row (or column) of the form that has no place in the checklist, and why."""

    sheet: str
    row: int
    type: str
    name: str
    reason: str  # a Messages template filled from `params`
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.reason.format(**self.params)


@dataclass(frozen=True)
class XlsForm:
    spec: ChecklistSpec
    title: str
    form_id: str
    version: str
    languages: tuple[str, ...]  # of the app's languages, those the form has texts in
    not_carried: tuple[NotCarried, ...]
