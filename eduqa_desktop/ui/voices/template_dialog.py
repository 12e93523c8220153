"""File ▸ Surveys ▸ Blank survey template…: which group, which layout, then where to save it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.school_calendar import quarter_for, year_name_for
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.survey_files import GROUP_NAMES, survey_template
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.voices.labels import LAYOUTS, group_name, tr

FILE_FILTER = "Excel (*.xlsx)"


class SurveyTemplateDialog(QDialog):
    saved = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Blank survey template"))
        self.group_box = QComboBox()
        for group in GROUP_NAMES:
            self.group_box.addItem(group_name(group), group)
        self.layout_box = QComboBox()
        for key, text in LAYOUTS.items():
            self.layout_box.addItem(tr(text), key)
        today = date.today()
        self.year_box = QComboBox()
        years = list(reversed(list_years(context.db))) or [year_name_for(today)]
        for year in years:
            self.year_box.addItem(year, year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(year_name_for(today))))
        self.term_box = QComboBox()
        for term in range(1, 5):
            self.term_box.addItem(self.tr("Quarter {number}").format(number=term), term)
        self.term_box.setCurrentIndex(quarter_for(today) - 1)
        form = QFormLayout()
        form.addRow(self.tr("Group:"), self.group_box)
        form.addRow(self.tr("Layout:"), self.layout_box)
        form.addRow(self.tr("Academic year:"), self.year_box)
        form.addRow(self.tr("Quarter:"), self.term_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose(self, group: str, layout: str = "tallies") -> None:
        self.group_box.setCurrentIndex(self.group_box.findData(group))
        self.layout_box.setCurrentIndex(self.layout_box.findData(layout))

    def _on_save(self) -> None:
        group = self.group_box.currentData()
        suggested = self.tr("survey-{group}.xlsx").format(group=group)
        path = prompts.save_file(self, self.tr("Save the survey template"), suggested, FILE_FILTER)
        if not path:
            return
        try:
            survey_template(
                self.context.db,
                path,
                group,
                layout=self.layout_box.currentData(),
                language=self.context.language,
                school_id=self.context.school_id,
                year=self.year_box.currentData(),
                term=self.term_box.currentData(),
            )
        except UserError as error:
            prompts.show_user_error(self, self.windowTitle(), error)
            return
        except OSError as error:
            prompts.error(
                self,
                self.windowTitle(),
                self.tr(
                    "The file could not be written. Close it in Excel or choose another folder."
                ),
                str(error),
            )
            return
        self.saved.emit(path)
        self.accept()
