"""The quarter the staff list shows: an academic year and a quarter, as the dashboard picks them
(two combos without a label, as there; their tooltips say which columns follow the quarter).

Quarters without results are marked "(no results)"; changing the year picks its latest quarter
with results. ``changed`` is emitted only when the user chooses, with the (year, quarter) pair.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from eduqa_desktop.services.teachers import StaffTerm, StaffTerms
from eduqa_desktop.ui.formatting import short_date
from eduqa_desktop.ui.teachers.labels import quarter_name


class StaffTermChoice(QWidget):
    changed = Signal(object)  # (year, quarter number)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = StaffTerms((), None)
        self.year_box = self._combo(self.tr("Academic year"), 10)
        self.term_box = self._combo(self.tr("Quarter"), 30)
        self.as_of_label = QLabel()
        self.as_of_label.setProperty("role", "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.year_box)
        layout.addWidget(self.term_box)
        layout.addWidget(self.as_of_label)
        self.year_box.activated.connect(self._on_year_chosen)
        self.term_box.activated.connect(lambda _i: self._emit())

    def _combo(self, name: str, width: int) -> QComboBox:
        """As wide as its longest item, at most ``width`` characters (nothing cut at 1366
        pixels in Russian or Uzbek)."""
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never squeezed
        box.setMaximumWidth(box.fontMetrics().averageCharWidth() * width + 40)
        return box

    # --- filling --------------------------------------------------------------------------------

    def set_terms(self, terms: StaffTerms, chosen: StaffTerm | None) -> None:
        """Offer `terms` with `chosen` selected (emits nothing)."""
        self.terms = terms
        self._fill(self.year_box, [(year, year) for year in terms.years], chosen and chosen.year)
        self._fill_terms(chosen)
        for widget in (self.year_box, self.term_box):
            widget.setEnabled(bool(terms.terms))

    def _fill(self, box: QComboBox, items: list[tuple[object, str]], current: object) -> None:
        box.blockSignals(True)
        box.clear()
        for key, text in items:
            box.addItem(text, key)
        box.setCurrentIndex(max(0, box.findData(current)) if items else -1)
        box.blockSignals(False)

    def _fill_terms(self, chosen: StaffTerm | None) -> None:
        year = self.year_box.currentData()
        items: list[tuple[object, str]] = []
        for term in self.terms.terms_of(year) if year else ():
            text = quarter_name(term.number)
            if not term.has_results:
                text = self.tr("{quarter} (no results)").format(quarter=text)
            items.append((term.number, text))
        self._fill(self.term_box, items, chosen.number if chosen else None)

    def _on_year_chosen(self, _index: int) -> None:
        """A year chosen: its latest quarter with results (else its latest offered)."""
        terms = self.terms.terms_of(self.year_box.currentData())
        with_results = [t for t in terms if t.has_results]
        self._fill_terms((with_results or list(terms) or [None])[-1])
        self._emit()

    def _emit(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.changed.emit((chosen.year, chosen.number))

    # --- what is chosen ---------------------------------------------------------------------

    def chosen(self) -> StaffTerm | None:
        return self.terms.find(self.year_box.currentData(), self.term_box.currentData())

    def choose(self, year: str, number: int) -> None:
        """Select a quarter as the user would (emits ``changed``)."""
        if self.terms.find(year, number) is None:
            return
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self._fill_terms(self.terms.find(year, number))
        self._emit()

    def show_as_of(self, as_of: date | None, explanation: str) -> None:
        """The day the list is judged on, and which columns follow the quarter (tooltip)."""
        self.as_of_label.setText(
            self.tr("as of {date}").format(date=short_date(as_of)) if as_of else ""
        )
        for widget in (self.year_box, self.term_box, self.as_of_label):
            widget.setToolTip(explanation)
        self.as_of_label.setVisible(as_of is not None)
