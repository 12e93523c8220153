"""The import dialog of a filled template (surveys, graduates): choose the file, see what the
service's preview says it will write — or every problem with its sheet, row and column, and
*Import* stays disabled — then import, all or nothing, on the thread pool.

A subclass gives the service's preview and import, the request it sends and what a good plan
shows (:meth:`show_plan`), its title, the file's placeholder and the first words of `summary`;
the year, quarter or a template button go in `form` / `file_row`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import UNDEFINED
from eduqa_desktop.ui.worker import run_in_background

FILE_FILTER = "Excel (*.xlsx);;*"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Service = Callable[[Any, Any], Any]  # (db, request) → plan


class TemplateImportDialog(QDialog):
    imported = Signal(object)  # the written plan

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None,
        *,
        preview: Service,
        apply: Service,
        changed: str,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: Any = None
        self._preview, self._apply, self._changed = preview, apply, changed
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.browse_button = QPushButton(
            QCoreApplication.translate("TemplateImportDialog", "Choose…")
        )
        self.browse_button.clicked.connect(self._on_browse)
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(self.file_edit, 1)
        self.file_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("TemplateImportDialog", "File:"), self.file_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "empty-state")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("TemplateImportDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def year_choice(self) -> QComboBox:
        """A combo of the academic years, "as written in the file" first; changing it checks
        the file again."""
        box = QComboBox()
        box.addItem(QCoreApplication.translate("TemplateImportDialog", "As written in the file"))
        for year in reversed(list_years(self.context.db)):
            box.addItem(year, year)
        box.currentIndexChanged.connect(self.check)
        return box

    # --- for the subclass -----------------------------------------------------------------------

    def request(self) -> Any:
        """The request for the chosen file and choices, or None when there is none yet."""
        raise NotImplementedError

    def show_plan(self, plan: Any) -> None:
        """What a plan without problems will write (summary text and table)."""
        raise NotImplementedError

    # --- the file ---------------------------------------------------------------------------------

    def set_file(self, path: str) -> None:
        self.file_edit.setText(path)
        self.check()

    def _on_browse(self) -> None:
        path = prompts.open_file(self, self.windowTitle(), FILE_FILTER)
        if path:
            self.set_file(path)

    def check(self) -> None:
        request = self.request()
        self.import_button.setEnabled(False)
        if request is None:
            return
        db, preview = self.context.db, self._preview
        checking = QCoreApplication.translate("TemplateImportDialog", "Checking the file…")
        self.summary.setText(checking)
        self.task = run_in_background(
            self,
            lambda *, progress: preview(db, request),
            title=checking,
            on_done=self._show,
        )

    def _show(self, plan: Any) -> None:
        self.plan = plan
        if plan.ok:
            self.show_plan(plan)
            self.import_button.setEnabled(True)
            return
        self.summary.setText(
            QCoreApplication.translate(
                "TemplateImportDialog",
                "{count} problems: correct the file and choose it again. Nothing is written.",
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
        headers = [
            QCoreApplication.translate("TemplateImportDialog", "Problem"),
            QCoreApplication.translate("TemplateImportDialog", "Sheet"),
            QCoreApplication.translate("TemplateImportDialog", "Row"),
            QCoreApplication.translate("TemplateImportDialog", "Column"),
        ]
        self.set_rows(headers, rows, numeric_from=2)

    def set_rows(self, headers: list[str], rows: list[list[str]], numeric_from: int = 1) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long problem is cut in its cell
                if c >= numeric_from:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # --- import -------------------------------------------------------------------------------

    def _on_import(self) -> None:
        request = self.request()
        if request is None:
            return
        self.import_button.setEnabled(False)
        db, apply = self.context.db, self._apply
        self.task = run_in_background(
            self,
            lambda *, progress: apply(db, request),
            title=QCoreApplication.translate("TemplateImportDialog", "Importing…"),
            on_done=self._imported,
        )

    def _imported(self, plan: Any) -> None:
        if not plan.written:
            self._show(plan)
            return
        app_signals().data_changed.emit(self._changed)
        self.imported.emit(plan)
        self.accept()
