"""The dashboard's filter bar: school, academic year, quarter, grade, subject, department.

Every change emits ``changed`` with the whole selection; all charts follow it together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from eduqa_desktop.services.dashboard import DashboardFilter, FilterChoices
from eduqa_desktop.ui.dashboard import texts
from eduqa_desktop.ui.formatting import number
from eduqa_desktop.ui.look import icon


class DashboardFilterBar(QWidget):
    changed = Signal(object)  # DashboardFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: FilterChoices | None = None
        self._filling = False
        self.school_box = self._combo(self.tr("School"), 26)
        self.year_box = self._combo(self.tr("Academic year"), 10)
        self.term_box = self._combo(self.tr("Quarter"), 28)
        self.grade_box = self._combo(self.tr("Grade"), 20)
        self.subject_box = self._combo(self.tr("Subject"), 24)
        self.department_box = self._combo(self.tr("Department"), 26)
        self.clear_button = QPushButton(icon("filter"), self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show the whole school again (all grades, subjects…)"))
        self.clear_button.clicked.connect(self.clear)
        self.busy = QLabel(self.tr("Updating…"))
        self.busy.setProperty("role", "hint")
        self.busy.setVisible(False)
        self.pdf_button = QPushButton(icon("print"), self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(
            self.tr("The whole dashboard on A4 pages, for a meeting (Ctrl+P)")
        )

        self.boxes = (
            self.school_box,
            self.year_box,
            self.term_box,
            self.grade_box,
            self.subject_box,
            self.department_box,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes:
            layout.addWidget(box)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.pdf_button)
        self.year_box.currentIndexChanged.connect(self._on_year_changed)

    def _combo(self, name: str, width: int) -> QComboBox:
        """A combo as wide as its longest item, at most ``width`` characters (Russian and
        Uzbek labels are longer; nothing is cut at 1366 pixels)."""
        box = QComboBox()
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setMinimumContentsLength(4)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.setMaximumWidth(box.fontMetrics().averageCharWidth() * width + 40)
        box.currentIndexChanged.connect(self._emit)
        return box

    # --- filling --------------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices, selection: DashboardFilter) -> None:
        self.choices = choices
        self._filling = True
        try:
            self._fill(
                self.school_box,
                [
                    (
                        None,
                        self.tr("All schools ({count})").format(count=number(len(choices.schools))),
                    )
                ]
                + [(c.key, c.label) for c in choices.schools],
                selection.school_id,
            )
            self.school_box.setVisible(len(choices.schools) > 1)
            self._fill(self.year_box, [(y, y) for y in choices.years], selection.year)
            self._fill_terms(selection.year, selection.term)
            self._fill(
                self.grade_box,
                [(None, self.tr("All grades"))] + [(g, texts.grade(g)) for g in choices.grades],
                selection.grade,
            )
            self._fill(
                self.subject_box,
                [(None, self.tr("All subjects"))] + [(c.key, c.label) for c in choices.subjects],
                selection.subject_id,
            )
            self._fill(
                self.department_box,
                [(None, self.tr("All departments"))] + [(d, d) for d in choices.departments],
                selection.department,
            )
            self.department_box.setVisible(bool(choices.departments))
        finally:
            self._filling = False

    def _fill(self, box: QComboBox, items: list[tuple[Any, str]], current: Any) -> None:
        box.blockSignals(True)
        box.clear()
        for key, label in items:
            box.addItem(label, key)
        index = next((i for i, (key, _label) in enumerate(items) if key == current), 0)
        box.setCurrentIndex(index)
        box.blockSignals(False)

    def _fill_terms(self, year: str | None, term: int | None) -> None:
        terms = self.choices.terms_of(year) if self.choices and year else ()
        items = []
        for choice in terms:
            label = texts.quarter(choice.number)
            if not choice.has_results:
                label = self.tr("{quarter} (no results)").format(quarter=label)
            items.append((choice.number, label))
        if term is None:
            with_results = [c.number for c in terms if c.has_results]
            term = with_results[-1] if with_results else (terms[0].number if terms else None)
        self._fill(self.term_box, items, term)

    def _on_year_changed(self) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            self._fill_terms(self.year_box.currentData(), None)
        finally:
            self._filling = False
        self._emit()

    # --- the selection ------------------------------------------------------------------------

    def selection(self) -> DashboardFilter:
        return DashboardFilter(
            school_id=self.school_box.currentData(),
            year=self.year_box.currentData(),
            term=self.term_box.currentData(),
            grade=self.grade_box.currentData(),
            subject_id=self.subject_box.currentData(),
            department=self.department_box.currentData(),
        )

    def described(self) -> list[tuple[str, str]]:
        """(filter name, what is chosen) of every filter shown — for a printed page's title."""
        return [
            (box.accessibleName(), box.currentText())
            for box in self.boxes
            if not box.isHidden() and box.currentText()
        ]

    def select(self, box: QComboBox, key: Any) -> None:
        """Choose the item whose data is ``key`` (emits ``changed`` if it changes)."""
        index = box.findData(key)
        if index >= 0:
            box.setCurrentIndex(index)

    def clear(self) -> None:
        self._filling = True
        try:
            for box in (self.grade_box, self.subject_box, self.department_box):
                box.setCurrentIndex(0)
        finally:
            self._filling = False
        self._emit()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit(self.selection())
