"""File ▸ Surveys ▸ Import graduates…: choose the filled template, see what it will write, import.

The preview runs the service's own checks and writes nothing: per grade the graduates and
where they went — or every problem with its sheet, row and column, and *Import* stays off.
*Blank template…* saves the template to fill in.
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

from eduqa_desktop.domain.graduates import DESTINATION_ORDER, GRADUATING_GRADES
from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.graduates_import import (
    GraduatesImportPlan,
    GraduatesImportRequest,
    apply_graduates_import,
    graduates_template,
    preview_graduates_import,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import UNDEFINED, number
from eduqa_desktop.ui.voices.labels import destination_name
from eduqa_desktop.ui.worker import run_in_background

FILE_FILTER = "Excel (*.xlsx);;*"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class GraduatesImportDialog(QDialog):
    imported = Signal(object)  # the written GraduatesImportPlan

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: GraduatesImportPlan | None = None
        self.setWindowTitle(self.tr("Import graduates"))
        self.resize(720, 520)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("The filled graduates template (.xlsx)"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self._on_browse)
        self.template_button = QPushButton(self.tr("Blank template…"))
        self.template_button.clicked.connect(self._on_template)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.template_button)
        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("As written in the file"), None)
        for year in reversed(list_years(context.db)):
            self.year_box.addItem(year, year)
        self.year_box.currentIndexChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Academic year:"), self.year_box)
        self.summary = QLabel(self.tr("Choose the filled graduates template."))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "empty-state")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
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

    def set_file(self, path: str) -> None:
        self.file_edit.setText(path)
        self._check()

    def _request(self) -> GraduatesImportRequest | None:
        path = self.file_edit.text().strip()
        if not path:
            return None
        return GraduatesImportRequest(
            Path(path), self.context.school_id, self.year_box.currentData()
        )

    def _on_browse(self) -> None:
        path = prompts.open_file(self, self.windowTitle(), FILE_FILTER)
        if path:
            self.set_file(path)

    def _on_template(self) -> None:
        path = prompts.save_file(
            self, self.tr("Save the graduates template"), self.tr("graduates.xlsx"), FILE_FILTER
        )
        if not path:
            return
        years = list_years(self.context.db)
        try:
            graduates_template(
                self.context.db, path, language=self.context.language,
                school_id=self.context.school_id, year=years[-2] if len(years) > 1 else "",
            )  # fmt: skip
        except (UserError, OSError):
            prompts.error(
                self,
                self.windowTitle(),
                self.tr(
                    "The file could not be written. Close it in Excel or choose another folder."
                ),
            )
            return
        self.summary.setText(
            self.tr("Template saved to {path}. Fill it in, then choose it here.").format(path=path)
        )

    def _check(self) -> None:
        request = self._request()
        self.import_button.setEnabled(False)
        if request is None:
            return
        db = self.context.db
        self.summary.setText(self.tr("Checking the file…"))
        self.task = run_in_background(
            self,
            lambda *, progress: preview_graduates_import(db, request),
            title=self.tr("Checking the file…"),
            on_done=self._show,
        )

    def _show(self, plan: GraduatesImportPlan) -> None:
        self.plan = plan
        if not plan.ok:
            self.summary.setText(
                self.tr(
                    "{count} problems: correct the file and choose it again. Nothing is written."
                ).format(count=len(plan.problems))
            )
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
                [self.tr("Problem"), self.tr("Sheet"), self.tr("Row"), self.tr("Column")], rows
            )
            return
        text = self.tr("{school}: graduates of {year}; {placed} placed with partners.").format(
            school=plan.school, year=plan.year, placed=number(plan.placements)
        )
        if plan.replaces:
            text += " " + self.tr("It replaces what was entered for grade {grades}.").format(
                grades=", ".join(str(g) for g in plan.replaces)
            )
        self.summary.setText(text)
        grades = [g for g in GRADUATING_GRADES if g in plan.cohorts]
        used = [d for d in DESTINATION_ORDER if any(plan.cohorts[g].count(d) for g in grades)]
        rows = [
            [destination_name(str(d)), *(number(plan.cohorts[g].count(d)) for g in grades)]
            for d in used
        ]
        rows.append([self.tr("Graduates"), *(number(plan.cohorts[g].graduates) for g in grades)])
        self._set_rows(
            [self.tr("Destination"), *(self.tr("Grade {grade}").format(grade=g) for g in grades)],
            rows,
        )
        self.import_button.setEnabled(True)

    def _set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long problem is cut in its cell
                if c:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _on_import(self) -> None:
        request = self._request()
        if request is None:
            return
        db = self.context.db
        self.import_button.setEnabled(False)
        self.task = run_in_background(
            self,
            lambda *, progress: apply_graduates_import(db, request),
            title=self.tr("Importing…"),
            on_done=self._imported,
        )

    def _imported(self, plan: GraduatesImportPlan) -> None:
        if not plan.written:
            self._show(plan)
            return
        app_signals().data_changed.emit("graduates")
        self.imported.emit(plan)
        self.accept()
