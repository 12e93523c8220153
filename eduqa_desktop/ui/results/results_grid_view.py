"""The results grid as a table view: Excel-like keys and list editors for names.

Typing in a cell starts editing it; Ctrl+V pastes a block copied from Excel from the
current cell on; Ctrl+C copies the selected cells as tab-separated text; Delete clears
them. The subject and the teacher are chosen from a list that filters as one types (a name
typed in full — in Latin or Cyrillic, with initials — is matched when committed).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from eduqa_desktop.ui.results.column_widths import fit_to_headers
from eduqa_desktop.ui.results.results_grid_model import (
    COLUMN,
    COLUMNS,
    REFERENCE_FIELDS,
    ResultsGridModel,
)

ModelIndex = QModelIndex | QPersistentModelIndex

# Widths (pixels) that fit the longest Russian and Uzbek headers at 1366×768.
COLUMN_WIDTHS = {
    "class_name": 62,
    "subject": 150,
    "teacher": 200,
    "class_size": 64,
    "n5": 44,
    "n4": 44,
    "n3": 44,
    "n2": 44,
    "n1": 44,
    "not_attested": 84,
    "exempt": 70,
    "pass_rate": 78,
    "quality": 78,
    "sou": 72,
    "average_grade": 74,
}


class NameListDelegate(QStyledItemDelegate):
    """A filtering list for the subject and teacher cells; plain text editors elsewhere."""

    def __init__(self, grid: ResultsGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        name = COLUMNS[index.column()]
        if name not in REFERENCE_FIELDS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(name)
        refs = self.grid.references
        items = (
            [(s.id, s.name) for s in refs.subjects] if name == "subject" else list(refs.teachers)
        )
        for item_id, label in items:
            combo.addItem(label, item_id)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value) if isinstance(value, int) else -1
        if position >= 0:
            editor.setCurrentIndex(position)
        else:
            editor.setCurrentIndex(-1)
            editor.setEditText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        text = editor.currentText().strip()
        position = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        model.setData(index, editor.itemData(position) if position >= 0 else text)


class ResultsGridView(QTableView):
    """Asks the tab to paste (it owns the clipboard text and the messages)."""

    paste_requested = Signal()

    def __init__(self, grid: ResultsGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setModel(grid)
        self.setItemDelegate(NameListDelegate(grid, self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_columns()
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def fit_columns(self) -> None:
        """Columns as wide as their headers; the teacher column takes what is left."""
        fit_to_headers(self, {COLUMN[name]: width for name, width in COLUMN_WIDTHS.items()})
        self.horizontalHeader().setSectionResizeMode(
            COLUMN["teacher"], QHeaderView.ResizeMode.Stretch
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(self.grid.copy_text(self.selectedIndexes()))
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.grid.clear_cells(self.selectedIndexes())
            return
        super().keyPressEvent(event)
