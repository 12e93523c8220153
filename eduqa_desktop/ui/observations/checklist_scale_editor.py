"""The scale of a checklist being edited: one row per level (value, label, what the observer
sees), in the language chosen for the texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.reference_data import LANGUAGES

Text = dict[str, str]
Level = tuple[int, Text, Text]  # value, label, description


def blank() -> Text:
    return dict.fromkeys(LANGUAGES, "")


class ScaleEditor(QWidget):
    changed = Signal()
    text_edited = Signal(object)  # the label or description (a Text) edited in the language shown

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.levels: list[Level] = []
        self._filling = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Label"), self.tr("What the observer sees")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._on_edited)
        add = QPushButton(self.tr("Add level"))
        add.clicked.connect(self._add_level)
        remove = QPushButton(self.tr("Remove last level"))
        remove.clicked.connect(self._remove_level)
        hint = QLabel(self.tr("Values are whole numbers from 0 to 10, increasing."))
        hint.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_levels(self, levels: list[Level]) -> None:
        self.levels = levels
        self.show_levels()

    def show_levels(self) -> None:
        language = self.language()
        self._filling = True
        self.table.setRowCount(len(self.levels))
        for row, (value, label, description) in enumerate(self.levels):
            for column, text in enumerate((str(value), label[language], description[language])):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 180)
        self._filling = False

    def _on_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = item.row(), item.column()
        value, label, description = self.levels[row]
        if column == 0:
            try:
                value = int(item.text().strip())
            except ValueError:
                self.show_levels()
                return
        else:
            text = label if column == 1 else description
            text[self.language()] = item.text().strip()
            self.text_edited.emit(text)
        self.levels[row] = (value, label, description)
        self.changed.emit()

    def _add_level(self) -> None:
        value = self.levels[-1][0] + 1 if self.levels else 0
        self.levels.append((value, blank(), blank()))
        self.show_levels()
        self.changed.emit()

    def _remove_level(self) -> None:
        if len(self.levels) > 2:
            self.levels.pop()
            self.show_levels()
            self.changed.emit()
