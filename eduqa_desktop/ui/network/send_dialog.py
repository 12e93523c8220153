"""File ▸ Send to the district…: the school's package for a quarter or the whole year."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from eduqa_desktop.domain.school_calendar import quarter_for, year_name_for
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.school_packages import SentPackage, export_school_package
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.worker import BackgroundTask, run_in_background

XLSX = "Excel (*.xlsx)"


class SendDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: BackgroundTask | None = None
        self.sent: SentPackage | None = None
        self.setWindowTitle(self.tr("Send to the district"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "One Excel file with everything the district needs for the period: a cover and "
            "readable sheets for people, and the records themselves for the district's program. "
            "Send the file as it is; a changed file is refused."))  # fmt: skip
        intro.setWordWrap(True)
        form.addRow(intro)
        self.school = QLabel(context.school.name if context.school else "—")
        form.addRow(self.tr("School:"), self.school)
        today = date.today()
        self.year = QComboBox()
        years = list(reversed(list_years(context.db))) or [year_name_for(today)]
        for name in years:
            self.year.addItem(name, name)
        self.year.setCurrentIndex(max(0, self.year.findData(year_name_for(today))))
        form.addRow(self.tr("Academic year:"), self.year)
        self.term = QComboBox()
        self.term.addItem(self.tr("Whole year"), None)
        for number in range(1, 5):
            self.term.addItem(self.tr("Quarter {n}").format(n=number), number)
        self.term.setCurrentIndex(quarter_for(today))
        form.addRow(self.tr("Quarter:"), self.term)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save the package…"), QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def suggested_name(self) -> str:
        name = self.context.school.name if self.context.school else "school"
        term = self.term.currentData()
        period = f"{self.year.currentData()}" + (f"-q{term}" if term else "")
        safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in name).strip()
        return f"{safe} {period}.xlsx"

    def _on_save(self) -> None:
        if self.context.school_id is None:
            prompts.warning(self, self.windowTitle(), self.tr("Set up or choose a school first."))
            return
        path = prompts.save_file(self, self.tr("Save the package as"), self.suggested_name(), XLSX)
        if not path:
            return
        job = partial(export_school_package, self.context.db, self.context.school_id, path,
                      year=self.year.currentData(), term=self.term.currentData(),
                      language=self.context.language)  # fmt: skip
        self.task = run_in_background(
            self, job, title=self.tr("Writing {file}…").format(file=path),
            on_done=self._done, on_error=self._failed,
        )  # fmt: skip

    def _done(self, sent: SentPackage) -> None:
        self.sent = sent
        show = getattr(self.parentWidget(), "show_message", None)
        if show is not None:
            show(self.tr("Package saved: {path} ({teachers} teachers, {results} results rows, "
                         "{observations} observations)").format(
                path=sent.path, teachers=sent.teachers, results=sent.results,
                observations=sent.observations))  # fmt: skip
        self.accept()

    def _failed(self, error: Exception, details: str) -> None:
        if isinstance(error, UserError):
            prompts.show_user_error(self, self.windowTitle(), error)
        else:
            prompts.error(self, self.windowTitle(), self.tr("The package could not be written."),
                          details)  # fmt: skip
