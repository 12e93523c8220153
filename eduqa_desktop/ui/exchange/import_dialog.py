"""File ▸ Import…: choose what the file holds and the file; the preview comes next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from eduqa_desktop.services.calendar import list_years
from eduqa_desktop.services.imports import ImportKind, ImportPlan, ImportRequest, preview_import
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.exchange.import_preview import ImportPreviewDialog
from eduqa_desktop.ui.worker import BackgroundTask, run_in_background

SPREADSHEETS = "Excel / LibreOffice (*.xlsx *.xls *.ods);;*"


class ImportDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: BackgroundTask | None = None
        self.preview: ImportPreviewDialog | None = None
        self.checklist_preview: QDialog | None = None
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind, label in (
            (ImportKind.TEACHERS, self.tr("Teachers list")),
            (ImportKind.RESULTS, self.tr("End-of-term results")),
            (ImportKind.ACTIVITIES, self.tr("Teacher activities")),
            (ImportKind.OBSERVATIONS, self.tr("Observations (filled template or package)")),
            (ImportKind.CHECKLIST, self.tr("Checklist")),
        ):
            self.kind.addItem(label, kind)
        form.addRow(self.tr("The file holds:"), self.kind)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose an .xlsx, .xls or .ods file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.year = QComboBox()
        self.year.addItem(self.tr("As the file says"), None)
        for name in reversed(list_years(context.db)):
            self.year.addItem(name, name)
        self.term = QComboBox()
        self.term.addItem(self.tr("As the file says"), None)
        for number in range(1, 5):
            self.term.addItem(self.tr("Quarter {n}").format(n=number), number)
        form.addRow(self.tr("Academic year:"), self.year)
        form.addRow(self.tr("Quarter:"), self.term)
        self.note = QLabel(
            self.tr("Nothing is written until you have seen the preview and pressed Import.")
        )
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(
            self.tr("Check the file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.check_button.clicked.connect(self._on_check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.path.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        results = self.kind.currentData() == ImportKind.RESULTS
        self.year.setEnabled(results)
        self.term.setEnabled(results)
        self.check_button.setEnabled(bool(self.path.text().strip()))

    def _on_browse(self) -> None:
        path = prompts.open_file(self, self.tr("Choose the file to import"), SPREADSHEETS)
        if path:
            self.path.setText(path)

    def request(self) -> ImportRequest:
        assert self.context.school_id is not None
        return ImportRequest(
            kind=self.kind.currentData(),
            path=Path(self.path.text().strip()),
            school_id=self.context.school_id,
            year=self.year.currentData(),
            term=self.term.currentData(),
        )

    def _on_check(self) -> None:
        if self.context.school_id is None:
            prompts.warning(self, self.tr("Import"), self.tr("Set up or choose a school first."))
            return
        request = self.request()
        if request.kind == ImportKind.CHECKLIST:  # its own preview: sections, scale, not carried
            from eduqa_desktop.ui.exchange.checklist_import import check_checklist

            check_checklist(self, request.path)
            return
        self.check_button.setEnabled(False)
        self.task = run_in_background(
            self,
            preview_import,
            self.context.db,
            request,
            title=self.tr("Reading the file…"),
            on_done=lambda plan: self._show_preview(request, plan),
            on_error=self._failed,
            on_cancel=self._update,
        )

    def _show_preview(self, request: ImportRequest, plan: ImportPlan) -> None:
        self._update()
        self.preview = ImportPreviewDialog(self.context, request, plan, self.parentWidget())
        self.preview.imported.connect(self._imported)
        self.preview.open()

    def _imported(self, plan: ImportPlan) -> None:
        window = self.parentWidget()
        show = getattr(window, "show_message", None)
        if show is not None:
            show(
                self.tr("Imported {file}: {created} new, {updated} updated, {unchanged} unchanged")
                .format(file=plan.file, created=plan.created, updated=plan.updated,
                        unchanged=plan.unchanged)
            )  # fmt: skip
        self.accept()

    def _failed(self, error: Exception, details: str) -> None:
        from eduqa_desktop.services.errors import UserError

        self._update()
        if isinstance(error, UserError):
            prompts.show_user_error(self, self.tr("Import"), error)
        else:
            prompts.error(self, self.tr("Import"), self.tr("The file could not be read."), details)
