"""The Results tab: indicators of the latest term by class."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.widgets.record_table import RecordTable


class ResultsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records = RecordTable(
            [self.tr("Class"), self.tr("Pass rate"), self.tr("Quality of knowledge")],
            self.tr("No results for this term — import them from Excel."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.records)
        app_signals().data_changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.records.set_rows([])
