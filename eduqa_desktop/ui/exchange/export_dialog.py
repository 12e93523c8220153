"""File ▸ Export: blank templates, the observations package, the district report, results."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.imports import (
    export_district_report,
    export_observations,
    export_results,
    write_template,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.widgets.calendar_fit import fit_calendar
from eduqa_desktop.ui.worker import BackgroundTask, run_in_background

XLSX = "Excel (*.xlsx)"
TEMPLATE = "template"
PACKAGE = "observations"
DISTRICT = "district-report"
RESULTS = "results"


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ExportDialog(QDialog):
    def __init__(
        self, context: UiContext, what: str = TEMPLATE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Export to Excel"))
        self.setMinimumWidth(520)
        self.form = QFormLayout(self)
        self.what = QComboBox()
        for key, label in (
            (TEMPLATE, self.tr("Blank template")),
            (PACKAGE, self.tr("Observations package (for another computer)")),
            (DISTRICT, self.tr("District report")),
            (RESULTS, self.tr("End-of-term results")),
        ):
            self.what.addItem(label, key)
        self.form.addRow(self.tr("Export:"), self.what)
        self.template_kind = QComboBox()
        for key, label in (
            ("teachers", self.tr("Teachers list")),
            ("results", self.tr("End-of-term results")),
            ("activities", self.tr("Teacher activities")),
            ("observations", self.tr("Observations")),
            ("checklist", self.tr("Checklist")),
        ):
            self.template_kind.addItem(label, key)
        self.form.addRow(self.tr("Template for:"), self.template_kind)
        self.since_enabled = QCheckBox(self.tr("Only observations changed since"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since.setCalendarPopup(True)
        fit_calendar(self.since.calendarWidget())
        self.form.addRow(self.since_enabled, self.since)
        self.year = QComboBox()
        for name in reversed(list_years(context.db)):
            self.year.addItem(name, name)
        self.term = QComboBox()
        self.term.addItem(self.tr("Whole year"), None)
        for number in range(1, 5):
            self.term.addItem(self.tr("Quarter {n}").format(n=number), number)
        self.form.addRow(self.tr("Academic year:"), self.year)
        self.form.addRow(self.tr("Quarter:"), self.term)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.what.setCurrentIndex(max(0, self.what.findData(what)))
        self.what.currentIndexChanged.connect(self._update)
        self.since_enabled.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        what = self.what.currentData()
        self.form.setRowVisible(self.template_kind, what == TEMPLATE)
        self.form.setRowVisible(self.since, what == PACKAGE)
        self.since.setEnabled(self.since_enabled.isChecked())
        self.form.setRowVisible(self.year, what in (DISTRICT, RESULTS))
        self.form.setRowVisible(self.term, what in (DISTRICT, RESULTS))

    def suggested_name(self) -> str:
        what = self.what.currentData()
        if what == TEMPLATE:
            return f"template-{self.template_kind.currentData()}.xlsx"
        if what == PACKAGE:
            return f"observations-{date.today().isoformat()}.xlsx"
        term = self.term.currentData()
        suffix = f"-q{term}" if term else ""
        return f"{what}-{self.year.currentData() or ''}{suffix}.xlsx"

    def job(self, path: str) -> Any:
        """The export as a function of `progress` (for the worker)."""
        db, school_id, language = self.context.db, self.context.school_id, self.context.language
        what = self.what.currentData()
        if what == TEMPLATE:
            kind = self.template_kind.currentData()
            return lambda progress: write_template(db, school_id, kind, path, language)
        if what == PACKAGE:
            since = self.since.date().toPython() if self.since_enabled.isChecked() else None
            return partial(export_observations, db, school_id, path, since=since,
                           language=language)  # fmt: skip
        if what == DISTRICT:
            return partial(
                export_district_report, db, path, year=self.year.currentData(),
                term=self.term.currentData(), language=language, translate=_translate,
            )  # fmt: skip
        return partial(export_results, db, path, school_id=school_id,
                       year=self.year.currentData(), term=self.term.currentData(),
                       language=language)  # fmt: skip

    def _on_export(self) -> None:
        if self.context.school_id is None:
            prompts.warning(self, self.tr("Export"), self.tr("Set up or choose a school first."))
            return
        if self.what.currentData() in (DISTRICT, RESULTS) and self.year.currentData() is None:
            prompts.warning(self, self.tr("Export"), self.tr("This file has no academic year yet."))
            return
        path = prompts.save_file(self, self.tr("Save as"), self.suggested_name(), XLSX)
        if not path:
            return
        job = self.job(path)
        self.task = run_in_background(
            self,
            lambda progress: job(progress=progress),
            title=self.tr("Writing {file}…").format(file=path),
            on_done=lambda _result: self._done(path),
            on_error=self._failed,
        )

    def _done(self, path: str) -> None:
        show = getattr(self.parentWidget(), "show_message", None)
        if show is not None:
            show(self.tr("Saved {path}").format(path=path))
        self.accept()

    def _failed(self, error: Exception, details: str) -> None:
        from eduqa_desktop.services.errors import UserError

        if isinstance(error, UserError):
            prompts.show_user_error(self, self.tr("Export"), error)
        else:
            prompts.error(self, self.tr("Export"), self.tr("The file could not be written."),
                          details)  # fmt: skip
