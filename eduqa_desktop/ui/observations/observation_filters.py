"""The filter bar above the observations: search, teacher, department, subject, observer,
purpose, status, band and a date range, with *Clear* and the number of rows shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.observation_scoring import Band
from eduqa_desktop.domain.vocabulary import ObservationStatus
from eduqa_desktop.services.checklist_views import localized
from eduqa_desktop.services.observation_queries import FilterOptions, ObservationFilter
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.labels import PURPOSES, band_name, purpose_name, status_name
from eduqa_desktop.ui.observations.observation_header import DateField, from_qdate

NO_DATE = QDate(2000, 1, 1)


def _combo(everything: str, items: list[tuple[str, Any]], width: int = 14) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _date_edit(tooltip: str) -> QDateEdit:
    edit = DateField()
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.setToolTip(tooltip)
    edit.setAccessibleName(tooltip)
    return edit


class ObservationFilters(QWidget):
    changed = Signal()
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search teacher, class, subject, topic…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search"))
        self.teacher = _combo(self.tr("All teachers"), [], 16)
        self.department = _combo(self.tr("All departments"), [])
        self.subject = _combo(self.tr("All subjects"), [])
        self.observer = _combo(self.tr("All observers"), [])
        self.purpose = _combo(self.tr("All purposes"), [(purpose_name(p), p) for p in PURPOSES])
        self.status = _combo(
            self.tr("Draft and final"), [(status_name(s), s) for s in ObservationStatus], 16
        )
        self.band = _combo(self.tr("All bands"), [(band_name(b), b) for b in Band], 10)
        self.date_from = _date_edit(self.tr("From"))
        self.date_to = _date_edit(self.tr("To"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        for combo in (self.teacher, self.department, self.subject, self.observer):
            first.addWidget(combo, 2)
        second = QHBoxLayout()
        for combo in (self.purpose, self.status, self.band):
            second.addWidget(combo)
        second.addWidget(QLabel(self.tr("Dates")))
        second.addWidget(self.date_from)
        second.addWidget(QLabel("–"))
        second.addWidget(self.date_to)
        second.addWidget(self.clear_button)
        second.addStretch(1)
        second.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        for combo in self._combos():
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.search.textChanged.connect(self.search_changed)
        self.clear_button.clicked.connect(self.clear)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.teacher,
            self.department,
            self.subject,
            self.observer,
            self.purpose,
            self.status,
            self.band,
        )

    def set_options(self, options: FilterOptions, language: str) -> None:
        """Fill the lists, keeping what is chosen when it is still there."""
        lists = (
            (self.teacher, [(t.name, t.id) for t in options.teachers]),
            (self.department, [(d.name, d.id) for d in options.departments]),
            (self.subject, [(localized(s.name, language), s.id) for s in options.subjects]),
            (self.observer, [(name, name) for name in options.observers]),
        )
        for combo, items in lists:
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def _day(self, edit: QDateEdit) -> Any:
        return None if edit.date() == NO_DATE else from_qdate(edit.date())

    def current(self) -> ObservationFilter:
        return ObservationFilter(
            teacher_id=self.teacher.currentData(),
            department_id=self.department.currentData(),
            subject_id=self.subject.currentData(),
            observer=self.observer.currentData(),
            purpose=self.purpose.currentData(),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            status=self.status.currentData(),
            band=self.band.currentData(),
        )

    def is_filtered(self) -> bool:
        return self.current() != ObservationFilter() or bool(self.search.text().strip())

    def clear(self) -> None:
        for widget in (*self._combos(), self.date_from, self.date_to, self.search):
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.search.clear()
        for widget in (*self._combos(), self.date_from, self.date_to, self.search):
            widget.blockSignals(False)
        self.search_changed.emit("")
        self.changed.emit()

    def show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total} shown").format(shown=shown, total=total))
