"""File ▸ Receive school packages…: many files or a folder (chosen or dropped), received in the
worker file by file, each row showing how its file went; refusals and missing schools below,
and the conflicts with both versions and a choice for each. *Check first* receives nothing
(a dry run) and lists the conflicts to choose; *Receive* merges with the choices made; a
conflict chosen after a receive is settled by receiving again (the rest changes nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.school_packages.receive import (
    STEPS_PER_FILE,
    FileReport,
    ReceiveReport,
    package_files,
    receive_packages,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.exchange.conflict_choices import ConflictChoicesPanel
from eduqa_desktop.ui.worker import BackgroundTask, run_in_background

XLSX = "Excel (*.xlsx)"
FILE, SCHOOL, STATUS, CREATED, UPDATED, UNCHANGED, CONFLICTS = range(7)


def _message(template: str, params: dict[str, object]) -> str:
    return prompts.translate_message(template, **params)


class _DropFiles(QObject):
    """Files and folders dragged onto the dialog are added to its list."""

    def __init__(self, dialog: ReceiveDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            self.dialog.add_paths(paths)
            event.acceptProposedAction()
            return True
        return False


class ReceiveDialog(QDialog):
    received = Signal(object)  # the ReceiveReport

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.paths: list[Path] = []
        self.task: BackgroundTask | None = None
        self.report: ReceiveReport | None = None
        self.setWindowTitle(self.tr("Receive school packages"))
        self.resize(900, 560)
        self.setAcceptDrops(True)
        self.installEventFilter(_DropFiles(self))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Add the packages the schools sent (files, or a whole folder; you can also drag them "
            "here). Each package goes in on its own: one that is damaged or altered is refused "
            "and the others still go in."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add a folder…"))
        self.clear_button = QPushButton(self.tr("Clear the list"))
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("School"), self.tr("Result"), self.tr("Created"),
            self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 3)
        self.file_progress = QProgressBar()
        self.file_progress.setFormat(self.tr("This file: %p%"))
        self.batch_progress = QProgressBar()
        self.batch_progress.setFormat(self.tr("All files: %v of %m"))
        layout.addWidget(self.file_progress)
        layout.addWidget(self.batch_progress)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Refusals are listed here."))
        self.details.setMaximumHeight(90)
        layout.addWidget(self.details)
        self.conflicts = ConflictChoicesPanel(show_files=True)
        layout.addWidget(self.conflicts, 2)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(
            self.tr("Check first"), QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.check_button.setToolTip(self.tr("Read the packages and list the conflicts; "
                                              "nothing is written"))  # fmt: skip
        self.receive_button = self.buttons.addButton(
            self.tr("Receive"), QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.submissions_button = self.buttons.addButton(
            self.tr("Who has sent…"), QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)  # fmt: skip
        layout.addWidget(self.buttons)
        self.add_files_button.clicked.connect(self._on_add_files)
        self.add_folder_button.clicked.connect(self._on_add_folder)
        self.clear_button.clicked.connect(self._on_clear)
        self.receive_button.clicked.connect(self.start)
        self.check_button.clicked.connect(self.check)
        self.submissions_button.clicked.connect(self._on_submissions)
        self.close_button.clicked.connect(self.reject)
        self._update()

    # --- the list -----------------------------------------------------------------------------

    def add_paths(self, paths: list[str] | list[Path]) -> None:
        try:
            found = package_files(paths)
        except UserError as error:
            prompts.show_user_error(self, self.windowTitle(), error)
            return
        for path in found:
            if path not in self.paths:
                self.paths.append(path)
        self.report = None
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.paths))
        for index, path in enumerate(self.paths):
            self._set(index, FILE, path.name)
            self._set(index, STATUS, self.tr("waiting"))
        self._update()

    def _set(self, row: int, column: int, text: object) -> None:
        item = QTableWidgetItem(str(text))
        if column >= CREATED:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def _update(self) -> None:
        busy = self.task is not None and not self.task.done
        self.receive_button.setEnabled(bool(self.paths) and not busy)
        self.check_button.setEnabled(bool(self.paths) and not busy)
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            button.setEnabled(not busy)

    def _on_add_files(self) -> None:
        paths = prompts.open_files(self, self.tr("Choose the school packages"), XLSX)
        if paths:
            self.add_paths(paths)

    def _on_add_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Choose the folder of packages"))
        if folder:
            self.add_paths([folder])

    def _on_clear(self) -> None:
        self.paths = []
        self.details.clear()
        self.missing.clear()
        self.conflicts.set_conflicts([])
        self._fill()

    # --- receiving ----------------------------------------------------------------------------

    def check(self) -> None:
        """A dry run: how each file would go, and its conflicts to choose; nothing written."""
        self.start(dry_run=True)

    def start(self, dry_run: bool = False) -> None:
        if not self.paths:
            return
        choices = self.conflicts.choices()
        self.details.clear()
        self.missing.clear()
        self.batch_progress.setRange(0, len(self.paths))
        self.batch_progress.setValue(0)
        self.file_progress.setRange(0, STEPS_PER_FILE)
        self.file_progress.setValue(0)
        self.task = run_in_background(
            self, receive_packages, self.context.db, list(self.paths), dry_run=dry_run,
            choices=choices,
            title=self.tr("Checking school packages…") if dry_run
            else self.tr("Receiving school packages…"),
            on_done=self._done, on_error=self._failed, on_cancel=self._update,
        )  # fmt: skip
        self.task.job.signals.progress.connect(self._on_progress)
        self._update()

    def _on_progress(self, done: int, total: int) -> None:
        index = min(done // STEPS_PER_FILE, len(self.paths) - 1)
        self.batch_progress.setValue(min(done // STEPS_PER_FILE, len(self.paths)))
        self.file_progress.setValue(done % STEPS_PER_FILE if done < total else STEPS_PER_FILE)
        for row in range(index):
            if self.table.item(row, STATUS).text() == self.tr("waiting"):
                self._set(row, STATUS, self.tr("done"))
        if done < total:
            self._set(index, STATUS, self.tr("receiving…"))

    def _done(self, report: ReceiveReport) -> None:
        self.report = report
        self.batch_progress.setRange(0, len(self.paths))
        self.batch_progress.setValue(len(self.paths))
        self.file_progress.setRange(0, STEPS_PER_FILE)
        self.file_progress.setValue(STEPS_PER_FILE)
        lines: list[str] = []
        for row, item in enumerate(report.files):
            self._show_file(row, item, lines, report.dry_run)
        self.details.setPlainText("\n".join(lines))
        self.conflicts.set_conflicts([(f.file, c) for f in report.files for c in f.conflicts])
        if report.schools_missing:
            self.missing.setText(self.tr("Not sent yet: {names}").format(
                names=", ".join(report.schools_missing)))  # fmt: skip
        elif any(item.written for item in report.files):
            self.missing.setText(self.tr("Every school has sent its package."))
        self._update()
        if any(item.written for item in report.files) and not report.dry_run:
            app_signals().data_changed.emit("database")  # new schools, everything
        self.received.emit(report)

    def _show_file(self, row: int, item: FileReport, lines: list[str], dry_run: bool) -> None:
        self._set(row, SCHOOL, item.school)
        if item.errors:
            self._set(row, STATUS, self.tr("refused: nothing written"))
            for template, params in item.errors:
                lines.append(f"{item.file}: {_message(template, params)}")
        elif dry_run:
            self._set(row, STATUS, self.tr("checked: would be received"))
        else:
            self._set(row, STATUS, self.tr("received"))
        if item.deleted:
            lines.append(self.tr("{file}: {n} records deleted at school were deleted here too")
                         .format(file=item.file, n=item.deleted))  # fmt: skip
        for column, value in (
            (CREATED, item.created),
            (UPDATED, item.updated),
            (UNCHANGED, item.unchanged),
            (CONFLICTS, len(item.conflicts)),
        ):
            self._set(row, column, value)

    def _failed(self, error: Exception, details: str) -> None:
        self._update()
        if isinstance(error, UserError):
            prompts.show_user_error(self, self.windowTitle(), error)
        else:
            prompts.error(self, self.windowTitle(), QCoreApplication.translate(
                "ReceiveDialog", "The packages could not be received."), details)  # fmt: skip

    def _on_submissions(self) -> None:
        from eduqa_desktop.ui.network.submissions_view import SubmissionsDialog

        report = self.report
        year = term = None
        if report is not None:
            period = next(((f.year, f.term) for f in report.files if f.year), None)
            if period is not None:
                year, term = period[0], int(period[1]) if period[1] else None
        dialog = SubmissionsDialog(self.context, self, year=year, term=term)
        self.submissions_dialog = dialog
        dialog.open()
