"""Settings ▸ Surveys: how many must answer before a group's result is shown.

Below the minimum a survey is kept but shown nowhere — on the Voices panel, in the import's
preview, in the district report or on the command line — so that no answer can be traced
back to a person. Stored in the database (it is a rule of the school, not of one user).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from eduqa_desktop.services.surveys import min_respondents, set_min_respondents
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext

MOST = 100


class SurveySettingsPage(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.minimum_box = QSpinBox()
        self.minimum_box.setRange(1, MOST)
        self.minimum_box.setValue(min_respondents(context.db))
        self.minimum_box.setSuffix(" " + self.tr("respondents"))
        note = QLabel(
            self.tr(
                "A group's answers are shown only when at least this many answered, so that "
                "no answer can be traced back to a person. Surveys with fewer are kept but "
                "not shown."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        form = QFormLayout(self)
        form.addRow(self.tr("Show results from:"), self.minimum_box)
        form.addRow(note)

    def save(self) -> bool:
        if self.minimum_box.value() != min_respondents(self.context.db):
            set_min_respondents(self.context.db, self.minimum_box.value())
            app_signals().data_changed.emit("settings")
        return True
