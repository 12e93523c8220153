"""The Dashboard tab: the school's indicators this term against the last."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from eduqa_desktop.services.overview import school_overview
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import average, percent


class DashboardTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        names = {
            "pass_rate": self.tr("Pass rate"),
            "quality": self.tr("Quality of knowledge"),
            "sou": self.tr("Degree of learning (SOU)"),
            "average_grade": self.tr("Average grade"),
        }
        for column, (key, name) in enumerate(names.items()):
            self.grid.addWidget(QLabel(name), 0, column)
            self.values[key] = QLabel("—")
            self.grid.addWidget(self.values[key], 1, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        app_signals().data_changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if self.context.school_id is None:
            self.heading.setText(self.tr("No school in this database yet."))
            return
        overview = school_overview(self.context.db, self.context.school_id)
        if overview.latest is None:
            self.heading.setText(self.tr("No results yet — import them from Excel."))
            return
        latest = overview.latest
        self.heading.setText(
            self.tr("Quarter {term}, {year}").format(term=latest.term, year=latest.year)
        )
        self.values["pass_rate"].setText(percent(latest.indicators.pass_rate))
        self.values["quality"].setText(percent(latest.indicators.quality))
        self.values["sou"].setText(percent(latest.indicators.sou))
        self.values["average_grade"].setText(average(latest.indicators.average_grade))
