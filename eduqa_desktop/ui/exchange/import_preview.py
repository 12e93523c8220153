"""The preview of an import: what will be created, updated and left unchanged, every problem
with its sheet, row, column, value and reason, the unknown or ambiguous teachers to map
(to an existing teacher, or a new one), and a package's conflicts with both versions and a
choice for each (keep ours, take theirs) — before anything is written."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.imports import (
    CREATE_TEACHER,
    ImportPlan,
    ImportRequest,
    apply_import,
    preview_import,
    school_teacher_names,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.exchange.column_mapping import ColumnMappingPanel
from eduqa_desktop.ui.exchange.conflict_choices import ConflictChoicesPanel
from eduqa_desktop.ui.widgets.record_table import RecordTable
from eduqa_desktop.ui.worker import BackgroundTask, run_in_background

WHAT_CHANGED = {
    "teachers": "teachers",
    "results": "results",
    "activities": "activities",
    "observations": "observations",
    "checklist": "checklists",
}


def action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("ImportPreviewDialog", "New"),
        "update": QCoreApplication.translate("ImportPreviewDialog", "Update"),
        "unchanged": QCoreApplication.translate("ImportPreviewDialog", "Unchanged"),
        "delete": QCoreApplication.translate("ImportPreviewDialog", "Delete"),
    }
    return labels.get(action, action)


def _wrap_last_column(table: QTableWidget) -> None:
    """Long reasons wrap inside their cell (nothing cut off in Russian or Uzbek)."""
    last = table.columnCount() - 1
    for column in range(last):
        table.setColumnWidth(column, min(table.columnWidth(column), 220))
    table.setWordWrap(True)
    for row in range(table.rowCount()):
        item = table.item(row, last)
        if item is not None:
            item.setToolTip(item.text())
    table.resizeRowsToContents()


class ImportPreviewDialog(QDialog):
    """Shows a plan; *Import* writes it (in a worker) with the teacher choices made here."""

    imported = Signal(object)  # the written ImportPlan

    def __init__(
        self,
        context: UiContext,
        request: ImportRequest,
        plan: ImportPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.request = request
        self.plan = plan
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Import preview — {file}").format(file=plan.file))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.problems = RecordTable(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value found"),
             self.tr("Reason")],
            self.tr("No problems found."),
        )  # fmt: skip
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Name in the file"), self.tr("Rows"), self.tr("Teacher in this school")]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows = RecordTable(
            [self.tr("Action"), self.tr("Sheet"), self.tr("Row"), self.tr("What"),
             self.tr("Changes")],
            self.tr("The file has no rows to import."),
        )  # fmt: skip
        self.columns = ColumnMappingPanel()
        self.columns.chosen.connect(self._on_columns)
        self.conflicts = ConflictChoicesPanel()
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.mapping, self.tr("Teachers to map"))
        self.tabs.addTab(self.rows, self.tr("Rows"))
        self.tabs.addTab(self.columns, self.tr("Columns"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._combos: dict[str, QComboBox] = {}
        self.show_plan(plan)

    # --- showing a plan -------------------------------------------------------------------------

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.columns.show_question(plan.columns)
        parts = [
            self.tr("New: {n}").format(n=plan.created),
            self.tr("Updated: {n}").format(n=plan.updated),
            self.tr("Unchanged: {n}").format(n=plan.unchanged),
            self.tr("Problems: {n}").format(n=len(plan.problems)),
        ]
        if plan.deleted:
            parts.insert(3, self.tr("Deleted: {n}").format(n=plan.deleted))
        lines = [" · ".join(parts)]
        if plan.new_classes:
            lines.append(self.tr("New classes: {names}").format(names=", ".join(plan.new_classes)))
        if plan.new_subjects:
            lines.append(
                self.tr("New subjects: {names}").format(names=", ".join(plan.new_subjects))
            )
        if plan.new_teachers:
            lines.append(
                self.tr("New teachers: {names}").format(names=", ".join(plan.new_teachers))
            )
        if plan.conflicts:
            lines.append(
                self.tr("Changed on both sides: {n} — choose in “Conflicts” which copy to keep.")
                .format(n=len(plan.conflicts))
            )  # fmt: skip
        if plan.skipped_totals:
            lines.append(self.tr("Totals rows skipped: {n}").format(n=plan.skipped_totals))
        if plan.columns is not None:
            lines.append(self.tr("Say which header is which in “Columns”, then check again."))
        elif plan.problems:
            lines.append(self.tr("Fix the file and import it again: nothing will be written."))
        elif plan.questions:
            lines.append(self.tr("Choose a teacher for every name in “Teachers to map”."))
        self.summary.setText("\n".join(lines))
        self.problems.set_rows(
            [
                (p.sheet, p.row or "", p.column, p.value,
                 prompts.translate_message(p.template, **p.params))
                for p in plan.problems
            ],
            numeric=(1,),
        )  # fmt: skip
        self.rows.set_rows(
            [
                (
                    action_label(r.action),
                    r.sheet,
                    r.row or "",
                    r.what,
                    prompts.translate_message(r.details, **r.detail_params),
                )
                for r in plan.rows
            ],
            numeric=(2,),
        )
        for table in (self.problems.table, self.rows.table):
            _wrap_last_column(table)
        self._fill_mapping(plan)
        self.conflicts.set_conflicts([("", c) for c in plan.conflicts])
        self.tabs.setTabText(
            self.tabs.indexOf(self.conflicts),
            self.tr("Conflicts ({n})").format(n=len(plan.conflicts)),
        )
        if plan.columns is not None:
            self.tabs.setCurrentWidget(self.columns)
        elif plan.problems:
            self.tabs.setCurrentWidget(self.problems)
        elif plan.questions:
            self.tabs.setCurrentWidget(self.mapping)
        elif plan.conflicts:
            self.tabs.setCurrentWidget(self.conflicts)
        else:
            self.tabs.setCurrentWidget(self.rows)
        self._update_button()

    def _fill_mapping(self, plan: ImportPlan) -> None:
        self._combos.clear()
        self.mapping.setRowCount(len(plan.questions))
        everyone = school_teacher_names(self.context.db, self.request.school_id)
        for row, question in enumerate(plan.questions):
            self.mapping.setItem(row, 0, QTableWidgetItem(question.name))
            rows = ", ".join(str(r) for r in question.rows[:10])
            self.mapping.setItem(row, 1, QTableWidgetItem(rows))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Teacher for {name}").format(name=question.name))
            combo.addItem(self.tr("— choose —"), None)
            combo.addItem(self.tr("Create a new teacher"), CREATE_TEACHER)
            candidates = {teacher_id for teacher_id, _ in question.candidates}
            for teacher_id, full_name in question.candidates:
                combo.addItem(self.tr("{name} (fits)").format(name=full_name), teacher_id)
            for teacher_id, full_name in everyone:
                if teacher_id not in candidates:
                    combo.addItem(full_name, teacher_id)
            combo.currentIndexChanged.connect(self._update_button)
            self.mapping.setCellWidget(row, 2, combo)
            self._combos[question.name] = combo
        self.tabs.setTabText(1, self.tr("Teachers to map ({n})").format(n=len(plan.questions)))

    def choices(self) -> dict[str, int | str]:
        return {
            name: combo.currentData()
            for name, combo in self._combos.items()
            if combo.currentData() is not None
        }

    def _update_button(self) -> None:
        answered = len(self.choices()) == len(self._combos)
        self.import_button.setEnabled(not self.plan.problems and answered)

    def _on_columns(self, column_map: dict[str, str]) -> None:
        """Read the file again with the columns the user chose."""
        request = replace(self.request, column_map={**self.request.column_map, **column_map})
        self.columns.apply_button.setEnabled(False)
        self.task = run_in_background(
            self,
            preview_import,
            self.context.db,
            request,
            title=self.tr("Reading the file…"),
            on_done=lambda plan: self._previewed(request, plan),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _previewed(self, request: ImportRequest, plan: ImportPlan) -> None:
        self.request = request
        self.show_plan(plan)

    # --- importing ------------------------------------------------------------------------------

    def _on_import(self) -> None:
        request = replace(
            self.request,
            teacher_choices={**self.request.teacher_choices, **self.choices()},
            conflict_choices=self.conflicts.choices().get("", {}),
        )
        self.import_button.setEnabled(False)
        self.task = run_in_background(
            self,
            apply_import,
            self.context.db,
            request,
            title=self.tr("Importing…"),
            on_done=lambda plan: self._imported(request, plan),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _imported(self, request: ImportRequest, plan: ImportPlan) -> None:
        self.request = request
        if not plan.written:
            self.show_plan(plan)
            return
        self.plan = plan
        self.imported.emit(plan)
        app_signals().data_changed.emit(WHAT_CHANGED.get(str(plan.kind), "database"))
        self.accept()

    def _failed(self, error: Exception, details: str) -> None:
        from eduqa_desktop.services.errors import UserError

        self._update_button()
        if isinstance(error, UserError):
            prompts.show_user_error(self, self.tr("Import"), error)
        else:
            message = self.tr("The import failed; nothing was written.")
            prompts.error(self, self.tr("Import"), message, details)

    def _cancelled(self) -> None:
        self._update_button()
        self.summary.setText(self.tr("Import cancelled: nothing was written."))
