"""The Observations tab: the lesson visits made."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from eduqa_desktop.services.overview import observation_lines
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import percent, short_date
from eduqa_desktop.ui.widgets.record_table import RecordTable


class ObservationsTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records = RecordTable(
            [
                self.tr("Date"),
                self.tr("Teacher"),
                self.tr("Class"),
                self.tr("Subject"),
                self.tr("Checklist"),
                self.tr("Score"),
                self.tr("Status"),
            ],
            self.tr("No observations yet."),
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
                    short_date(o.observed_on),
                    o.teacher,
                    o.class_name,
                    o.subject,
                    o.checklist,
                    percent(o.score),
                    o.status,
                )
                for o in observation_lines(self.context.db, self.context.school_id)
            ],
            numeric=(5,),
        )
