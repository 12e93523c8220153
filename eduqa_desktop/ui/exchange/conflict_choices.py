"""The conflicts of a package's preview: each record changed on both sides with both versions
side by side, and what to do with it — keep this computer's copy or take the package's — one
at a time or all at once. A conflict a package's copy cannot settle (two people with one
personnel number, a final observation a package would delete) shows why and keeps ours."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.merge_conflicts import OURS, THEIRS, Conflict
from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui import prompts

FILE, RECORD, WHAT, HERE, PACKAGE, CHOICE = range(6)


def record_label(record: str) -> str:
    labels = {
        "observation": QCoreApplication.translate("ConflictChoices", "Observation"),
        "teacher": QCoreApplication.translate("ConflictChoices", "Teacher"),
        "class": QCoreApplication.translate("ConflictChoices", "Class"),
        "result": QCoreApplication.translate("ConflictChoices", "Results row"),
        "result_row": QCoreApplication.translate("ConflictChoices", "Results row"),
        "activity": QCoreApplication.translate("ConflictChoices", "Activity"),
        "plan entry": QCoreApplication.translate("ConflictChoices", "Planned visit"),
        "plan_entry": QCoreApplication.translate("ConflictChoices", "Planned visit"),
        "school": QCoreApplication.translate("ConflictChoices", "School"),
    }
    return labels.get(record, record)


FIELDS = {  # a field as people call it; others are shown by name
    "updated_at": QT_TRANSLATE_NOOP("ConflictChoices", "Changed"),
    "deleted_at": QT_TRANSLATE_NOOP("ConflictChoices", "Deleted"),
    "deleted_by": QT_TRANSLATE_NOOP("ConflictChoices", "Deleted by"),
    "status": QT_TRANSLATE_NOOP("ConflictChoices", "Status"),
    "revision": QT_TRANSLATE_NOOP("ConflictChoices", "Revision"),
    "corrections": QT_TRANSLATE_NOOP("ConflictChoices", "Corrections"),
    "topic": QT_TRANSLATE_NOOP("ConflictChoices", "Topic"),
    "strengths": QT_TRANSLATE_NOOP("ConflictChoices", "Strengths"),
    "recommendations": QT_TRANSLATE_NOOP("ConflictChoices", "Recommendations"),
    "next_steps": QT_TRANSLATE_NOOP("ConflictChoices", "Next steps"),
    "score": QT_TRANSLATE_NOOP("ConflictChoices", "Score (%)"),
    "full_name": QT_TRANSLATE_NOOP("ConflictChoices", "Name"),
    "personnel_number": QT_TRANSLATE_NOOP("ConflictChoices", "Personnel number"),
    "phone": QT_TRANSLATE_NOOP("ConflictChoices", "Phone"),
    "note": QT_TRANSLATE_NOOP("ConflictChoices", "Note"),
    "subjects": QT_TRANSLATE_NOOP("ConflictChoices", "Subjects"),
    "category": QT_TRANSLATE_NOOP("ConflictChoices", "Category"),
    "class_size": QT_TRANSLATE_NOOP("ConflictChoices", "Pupils"),
    "name": QT_TRANSLATE_NOOP("ConflictChoices", "Name"),
    "district": QT_TRANSLATE_NOOP("ConflictChoices", "District"),
    "pupils": QT_TRANSLATE_NOOP("ConflictChoices", "Pupils"),
    "planned_on": QT_TRANSLATE_NOOP("ConflictChoices", "Day"),
    "observer": QT_TRANSLATE_NOOP("ConflictChoices", "Observer"),
    "quantity": QT_TRANSLATE_NOOP("ConflictChoices", "Quantity"),
    "place": QT_TRANSLATE_NOOP("ConflictChoices", "Place"),
}


def _shown(value: Any) -> str:
    if value in ("", None):
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        try:  # a time stamp, as people read it
            return datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
        except ValueError:
            pass
    return str(value)


def _values(values: dict[str, Any]) -> str:
    return "\n".join(
        f"{QCoreApplication.translate('ConflictChoices', FIELDS.get(name, name))}: {_shown(v)}"
        for name, v in values.items()
    )


class ConflictChoicesPanel(QWidget):
    """Lists (file, conflict) pairs; :meth:`choices` says what the user chose for each."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, show_files: bool = False) -> None:
        super().__init__(parent)
        self.show_files = show_files
        self._rows: list[tuple[str, Conflict, QComboBox | None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Record"), self.tr("What"), self.tr("On this computer"),
            self.tr("In the package"), self.tr("Keep"),
        ])  # fmt: skip
        self.table.setColumnHidden(FILE, not show_files)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (HERE, PACKAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.all_ours_button = QPushButton(self.tr("Keep all ours"))
        self.all_theirs_button = QPushButton(self.tr("Take all theirs"))
        self.all_ours_button.setToolTip(self.tr("Keep this computer's copy of every record"))
        self.all_theirs_button.setToolTip(self.tr("Take the package's copy wherever it can be"))
        row.addWidget(self.all_ours_button)
        row.addWidget(self.all_theirs_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.all_ours_button.clicked.connect(lambda: self.choose_all(OURS))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        self.set_conflicts([])

    def set_conflicts(self, items: list[tuple[str, Conflict]]) -> None:
        """Show `items`; a choice already made for the same file and conflict is kept."""
        before = self.choices()
        self._rows = []
        self.table.setRowCount(len(items))
        for index, (file, conflict) in enumerate(items):
            cells = (file, record_label(conflict.record), conflict.what,
                     _values(conflict.here), _values(conflict.package))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
            combo: QComboBox | None = None
            if conflict.resolvable:
                combo = QComboBox()
                combo.addItem(self.tr("Ours (this computer)"), OURS)
                combo.addItem(self.tr("Theirs (the package)"), THEIRS)
                combo.setAccessibleName(self.tr("Keep for {what}").format(what=conflict.what))
                chosen = before.get(file, {}).get(conflict.key, conflict.choice)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
                combo.currentIndexChanged.connect(self.changed)
                self.table.setCellWidget(index, CHOICE, combo)
            else:
                why = prompts.translate_message(conflict.reason) if conflict.reason else ""
                item = QTableWidgetItem(self.tr("Ours — {why}").format(why=why) if why
                                        else self.tr("Ours"))  # fmt: skip
                item.setToolTip(item.text())
                self.table.setItem(index, CHOICE, item)
            self._rows.append((file, conflict, combo))
        self.table.resizeColumnToContents(RECORD)
        self.table.setColumnWidth(WHAT, 220)
        self.table.setColumnWidth(CHOICE, 190)
        self.table.resizeRowsToContents()
        choosable = any(combo is not None for _f, _c, combo in self._rows)
        self.all_ours_button.setEnabled(choosable)
        self.all_theirs_button.setEnabled(choosable)
        if not items:
            self.note.setText(self.tr("No record was changed on both sides."))
        else:
            self.note.setText(self.tr(
                "These records were changed on both sides. For each, keep this computer's "
                "copy or take the package's; nothing is overwritten unless you choose it."
            ))  # fmt: skip

    def choose_all(self, choice: str) -> None:
        for _file, _conflict, combo in self._rows:
            if combo is not None:
                combo.setCurrentIndex(combo.findData(choice))

    def choices(self) -> dict[str, dict[str, str]]:
        """file → conflict key → "ours"/"theirs", for the conflicts that can be chosen."""
        result: dict[str, dict[str, str]] = {}
        for file, conflict, combo in getattr(self, "_rows", []):
            if combo is not None:
                result.setdefault(file, {})[conflict.key] = combo.currentData()
        return result

    def count(self) -> int:
        return len(self._rows)
