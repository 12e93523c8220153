"""File ▸ Restore…: the automatic backups (date, reason, counts), what restoring one would
change, and the restore itself after confirmation (the current state is backed up first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.backups import BackupInfo, Change, backups_of, changes
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.ui import prompts

COUNTED = ("teachers", "observations", "result_rows", "activities")
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    """Emits `restore_requested(path)` once the user has confirmed; the window restores."""

    restore_requested = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups: list[BackupInfo] = backups_of(db_path)
        intro = QLabel(
            self.tr(
                "Backups are made before every import, package received, upgrade and restore, "
                "in the folder {folder}. Choose one to see what restoring it would change."
            ).format(folder=db_path.parent / "backups")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2 + len(COUNTED))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Before"), *(table_label(n) for n in COUNTED)]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fill()
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel(self.tr("There are no backups of this database yet."))
        self.empty_label.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.clicked.connect(self._on_restore_file)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(buttons)
        self.resize(760, 460)
        if self.backups:
            self.table.selectRow(0)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [
                info.made.strftime("%d.%m.%Y %H:%M"),
                reason_label(info.reason),
                *(str(info.counts.get(name, 0)) for name in COUNTED),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _on_selected(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.changes_label.clear()
            return
        try:
            found = changes(self.db_path, info)
        except UserError as problem:
            self.changes_label.setText(prompts.user_error_text(problem))
            self.restore_button.setEnabled(False)
            return
        self.changes_label.setText(self.describe(found))

    def describe(self, found: list[Change]) -> str:
        if not found:
            return self.tr("Restoring it would change nothing: every table has as many rows.")
        lines = [self.tr("Restoring it would change (now → after restoring):")]
        lines += [
            f"  {table_label(c.table)}: {c.now} → {c.then}"
            for c in found
        ]  # fmt: skip
        return "\n".join(lines)

    def _confirm(self, what: str) -> bool:
        return prompts.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with {what}? Its present state is backed up first, so "
                "this restore can itself be undone."
            ).format(what=what),
        )

    def _on_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        made = info.made.strftime("%d.%m.%Y %H:%M")
        if self._confirm(self.tr("the backup of {date}").format(date=made)):
            self.restore_requested.emit(str(info.path))
            self.accept()

    def _on_restore_file(self) -> None:
        path = prompts.open_file(self, self.tr("Restore from a file"), "EduQA (*.sqlite3 *.db);;*")
        if path and self._confirm(Path(path).name):
            self.restore_requested.emit(path)
            self.accept()


def reason_label(reason: str) -> str:
    """Why a backup was made, from the reason in its file name."""
    if reason.startswith("import-"):
        kind = reason.removeprefix("import-")
        return QCoreApplication.translate("RestoreDialog", "an import ({kind})").format(
            kind=table_label(kind)
        )
    if reason.startswith("migration-"):
        return QCoreApplication.translate("RestoreDialog", "an upgrade of the database")
    known = {
        "before-restore": QCoreApplication.translate("RestoreDialog", "a restore"),
        "by-hand": QCoreApplication.translate("RestoreDialog", "made by hand"),
        "receive-package": QCoreApplication.translate("RestoreDialog", "a school package received"),
    }
    return known.get(reason, reason)


def table_label(name: str) -> str:
    labels = {
        "teachers": QCoreApplication.translate("RestoreDialog", "Teachers"),
        "observations": QCoreApplication.translate("RestoreDialog", "Observations"),
        "result_rows": QCoreApplication.translate("RestoreDialog", "Result rows"),
        "activities": QCoreApplication.translate("RestoreDialog", "Activities"),
        "results": QCoreApplication.translate("RestoreDialog", "Results"),
        "checklist": QCoreApplication.translate("RestoreDialog", "Checklist"),
        "survey": QCoreApplication.translate("RestoreDialog", "Survey"),
        "schools": QCoreApplication.translate("RestoreDialog", "Schools"),
        "observation_scores": QCoreApplication.translate("RestoreDialog", "Criterion scores"),
        "audit_log": QCoreApplication.translate("RestoreDialog", "Record of changes"),
        "settings": QCoreApplication.translate("RestoreDialog", "Settings"),
    }
    return labels.get(name, name)
