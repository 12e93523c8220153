"""File ▸ Surveys ▸ Import survey…: choose the filled template, see what it will write, import.

The preview runs the service's own import and rolls it back, so it shows exactly what *Import*
will write: the group, school, quarter, respondents and the index per dimension — or every
problem with its sheet, row and column, and then *Import* stays disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.survey_import import (
    SurveyImportPlan,
    SurveyImportRequest,
    apply_survey_import,
    preview_survey_import,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent
from eduqa_desktop.ui.voices.labels import dimension_name, group_name
from eduqa_desktop.ui.worker import run_in_background

FILE_FILTER = "Excel (*.xlsx);;*"


class SurveyImportDialog(QDialog):
    imported = Signal(object)  # the written SurveyImportPlan

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: SurveyImportPlan | None = None
        self.setWindowTitle(self.tr("Import a survey"))
        self.resize(760, 560)

        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("The filled survey template (.xlsx)"))
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self._on_browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("As written in the file"), None)
        for year in reversed(list_years(context.db)):
            self.year_box.addItem(year, year)
        self.term_box = QComboBox()
        self.term_box.addItem(self.tr("As written in the file"), None)
        for term in range(1, 5):
            self.term_box.addItem(self.tr("Quarter {number}").format(number=term), term)
        self.year_box.currentIndexChanged.connect(self._check)
        self.term_box.currentIndexChanged.connect(self._check)

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Academic year:"), self.year_box)
        form.addRow(self.tr("Quarter:"), self.term_box)

        self.summary = QLabel(self.tr("Choose the filled survey template."))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "empty-state")
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    # --- the request ---------------------------------------------------------------------------

    def set_file(self, path: str) -> None:
        self.file_edit.setText(path)
        self._check()

    def _request(self) -> SurveyImportRequest | None:
        path = self.file_edit.text().strip()
        if not path or self.context.school_id is None:
            return None
        return SurveyImportRequest(
            Path(path),
            self.context.school_id,
            self.year_box.currentData(),
            self.term_box.currentData(),
        )

    def _on_browse(self) -> None:
        path = prompts.open_file(self, self.tr("Import a survey"), FILE_FILTER)
        if path:
            self.set_file(path)

    def _check(self) -> None:
        request = self._request()
        self.import_button.setEnabled(False)
        if request is None:
            return
        db = self.context.db
        self.summary.setText(self.tr("Checking the file…"))
        self.task = run_in_background(
            self,
            lambda *, progress: preview_survey_import(db, request),
            title=self.tr("Checking the file…"),
            on_done=self._show,
        )

    # --- what it will do --------------------------------------------------------------------------

    def _show(self, plan: SurveyImportPlan) -> None:
        self.plan = plan
        if not plan.ok:
            self.summary.setText(
                self.tr(
                    "{count} problems: correct the file and choose it again. Nothing is written."
                ).format(count=len(plan.problems))
            )
            self._fill_problems(plan)
            return
        text = self.tr(
            "{group}, {school}, {year}, quarter {term}: {respondents} respondents, "
            "{statements} statements answered."
        ).format(
            group=group_name(plan.group),
            school=plan.school,
            year=plan.year,
            term=plan.term,
            respondents=number(plan.respondents),
            statements=number(plan.statements),
        )
        if plan.unchanged:
            text += " " + self.tr("The same answers are already in the database.")
        elif plan.replaces:
            text += " " + self.tr("It replaces this group's survey of that quarter.")
        if plan.withheld:
            text += " " + self.tr(
                "Fewer than {minimum} answered: the results will be kept but not shown."
            ).format(minimum=plan.min_respondents)
        self.summary.setText(text)
        self._fill_indices(plan)
        self.import_button.setEnabled(True)

    def _set_rows(self, headers: list[str], rows: list[list[str]], numeric_from: int) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= numeric_from:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_indices(self, plan: SurveyImportPlan) -> None:
        rows = [
            [dimension_name(str(d)), number(i.answers), percent(i.share_agreeing), average(i.mean)]
            for d, i in plan.dimensions.items()
        ]
        if plan.overall is not None:
            o = plan.overall
            rows.append(
                [
                    self.tr("All statements"),
                    number(o.answers),
                    percent(o.share_agreeing),
                    average(o.mean),
                ]
            )
        self._set_rows(
            [
                self.tr("Dimension"),
                self.tr("Answers"),
                self.tr("Agree (4–5)"),
                self.tr("Mean (1–5)"),
            ],
            rows,
            1,
        )

    def _fill_problems(self, plan: SurveyImportPlan) -> None:
        rows = [
            [
                prompts.translate_message(p.template, **p.params),
                p.sheet or UNDEFINED,
                str(p.row) if p.row else UNDEFINED,
                p.column or UNDEFINED,
            ]
            for p in plan.problems
        ]
        self._set_rows(
            [self.tr("Problem"), self.tr("Sheet"), self.tr("Row"), self.tr("Column")], rows, 2
        )

    # --- import -------------------------------------------------------------------------

    def _on_import(self) -> None:
        request = self._request()
        if request is None:
            return
        self.import_button.setEnabled(False)
        db = self.context.db
        self.task = run_in_background(
            self,
            lambda *, progress: apply_survey_import(db, request),
            title=self.tr("Importing…"),
            on_done=self._imported,
        )

    def _imported(self, plan: SurveyImportPlan) -> None:
        if not plan.written:
            self._show(plan)
            return
        app_signals().data_changed.emit("surveys")
        self.imported.emit(plan)
        self.accept()
