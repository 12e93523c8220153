"""A combo box you can type into: the list narrows to the items that contain what you type,
ignoring case, apostrophe variants and the script (Latin/Cyrillic), as every search does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

from eduqa_desktop.domain.names import search_key

KEY_ROLE = Qt.ItemDataRole.UserRole + 10


class _KeyFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.words = search_key(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return all(word in key for word in self.words)


class SearchCombo(QComboBox):
    """`current_value()` is the data of the item whose text is shown, or None."""

    value_changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.filter = _KeyFilter(self)
        self.filter.setSourceModel(self.items)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().textEdited.connect(self._on_edited)
        completer.activated[str].connect(self._on_completed)
        self.currentIndexChanged.connect(lambda _i: self.value_changed.emit())
        self.lineEdit().editingFinished.connect(self.settle)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_items(self, items: Sequence[tuple[str, Any]], value: Any = None) -> None:
        self.blockSignals(True)
        self.items.clear()
        for text, data in items:
            self.add_item(text, data)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)
        self.set_value(value)

    def add_item(self, text: str, data: Any) -> None:
        item = QStandardItem(text)
        item.setData(data, Qt.ItemDataRole.UserRole)
        item.setData(search_key(text), KEY_ROLE)
        self.items.appendRow(item)

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.value_changed.emit()

    def current_value(self) -> Any:
        """The chosen item's data; a typed text that fits exactly one item counts as it."""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return self.itemData(index)
        row = self._unique_match(self.currentText())
        return None if row is None else self.itemData(row)

    def _unique_match(self, text: str) -> int | None:
        words = search_key(text).split()
        if not words:
            return None
        rows = [
            row
            for row in range(self.count())
            if all(word in (self.items.item(row).data(KEY_ROLE) or "") for word in words)
        ]
        return rows[0] if len(rows) == 1 else None

    def _on_edited(self, text: str) -> None:
        self.filter.set_query(text)
        if text:
            self.completer().complete()

    def _on_completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self._choose(index)
        self.value_changed.emit()

    def _choose(self, row: int) -> None:
        self.setCurrentIndex(row)
        self.setEditText(self.itemText(row))  # the index may not have changed

    def _holds(self, widget: QWidget | None) -> bool:
        return widget is not None and (
            widget is self or widget is self.completer().popup() or self.isAncestorOf(widget)
        )

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the combo (Tab, a click elsewhere) settles what was typed."""
        if self._holds(old) and not self._holds(new):
            self.completer().popup().hide()
            self.settle()

    def settle(self) -> None:
        """A typed text that fits exactly one item chooses it."""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return
        row = self._unique_match(self.currentText())
        if row is not None:
            self._choose(row)
        self.value_changed.emit()
