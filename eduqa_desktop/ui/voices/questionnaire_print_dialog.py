"""File ▸ Surveys ▸ Print a questionnaire…: a group's form with tick boxes, as PDF or on paper.

The language is the form's own (a Russian-medium class gets the Russian form whatever the
window speaks); the statements are numbered as in the Excel template, so the ticks counted
on paper are typed straight into it.
"""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.survey_files import (
    GROUP_NAMES,
    questionnaire_form,
    questionnaire_page_label,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.settings_dialog import LANGUAGE_NAMES
from eduqa_desktop.ui.pdf_rendering import html_to_pdf, render_html
from eduqa_desktop.ui.printing import print_pages
from eduqa_desktop.ui.voices.labels import group_name

PDF_FILTER = "PDF (*.pdf)"


class QuestionnairePrintDialog(QDialog):
    saved = Signal(str)  # the PDF written
    printed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Print a questionnaire"))
        self.group_box = QComboBox()
        for group in GROUP_NAMES:
            self.group_box.addItem(group_name(group), group)
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES:  # each language in its own words
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(context.language)))
        form = QFormLayout()
        form.addRow(self.tr("Questionnaire for:"), self.group_box)
        form.addRow(self.tr("Language of the form:"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.pdf_button.clicked.connect(self._on_pdf)
        self.print_button.clicked.connect(self._on_print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choose(self, group: str, language: str) -> None:
        self.group_box.setCurrentIndex(self.group_box.findData(group))
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def _form(self) -> tuple[str, str] | None:
        try:
            return questionnaire_form(
                self.context.db,
                self.group_box.currentData(),
                language=self.language_box.currentData(),
                school_id=self.context.school_id,
            )
        except UserError as error:
            prompts.show_user_error(self, self.windowTitle(), error)
            return None

    def _on_pdf(self) -> None:
        form = self._form()
        if form is None:
            return
        title, html = form
        words = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-") or "questionnaire"
        path = prompts.save_file(self, self.tr("Save as PDF"), f"{words}.pdf", PDF_FILTER)
        if not path:
            return
        try:
            html_to_pdf(html, path, title=title, paginated=True, page_label=self._page_label())
        except OSError as error:
            prompts.error(
                self,
                self.windowTitle(),
                self.tr("The PDF could not be written. Close it or choose another folder."),
                str(error),
            )
            return
        self.saved.emit(path)

    def _on_print(self) -> None:
        form = self._form()
        if form is None:
            return
        title, html = form
        label = self._page_label()
        paint = partial(render_html, html, paginated=True, page_label=label)
        if print_pages(self, title, lambda device: paint(device)):
            self.printed.emit()

    def _page_label(self) -> str:
        return questionnaire_page_label(self.language_box.currentData())
