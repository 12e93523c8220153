"""The Teachers tab: the staff list."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from eduqa_desktop.services.overview import teacher_lines
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.widgets.record_table import RecordTable


class TeachersTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records = RecordTable(
            [
                self.tr("Teacher"),
                self.tr("Department"),
                self.tr("Category"),
                self.tr("Experience"),
                self.tr("Last course"),
            ],
            self.tr("No teachers yet — import a staff list from Excel."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.records)
        app_signals().data_changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if self.context.school_id is None:
            self.records.set_rows([])
            return
        self.records.set_rows(
            [
                (
                    t.full_name,
                    t.department,
                    t.category,
                    t.experience_years,
                    short_date(t.last_pd_date),
                )
                for t in teacher_lines(self.context.db, self.context.school_id)
            ],
            numeric=(3,),
        )
