"""Settings ▸ Analysis: every threshold and period of the analysis, stored in the database.

Bands of the observation score, the SOU weights, the professional-development period and the
window its hours are counted over, the quality drop that raises a flag, the grace days of a
follow-up, and the largest sheet an import accepts. Defaults are those of shared/domain.md;
a problem is written next to its field and keeps the dialog open.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.indicators import SouWeights
from eduqa_desktop.domain.observation_scoring import BandThresholds
from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.thresholds import load_thresholds, save_thresholds
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.widgets.checked_row import add_checked_row

MAX_IMPORT_ROWS = 1_000_000
SPIN_WIDTH = 170
PAGE_HEIGHT = 560


def _percent_spin(value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, 100.0)
    spin.setDecimals(1)
    spin.setSingleStep(1.0)
    spin.setSuffix(" %")
    spin.setValue(value)
    return spin


def _weight_spin(value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, 1.0)
    spin.setDecimals(2)
    spin.setSingleStep(0.01)
    spin.setValue(value)
    return spin


def _int_spin(value: int, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    return spin


class ThresholdsPage(QWidget):
    """The Analysis page of the settings dialog; `save()` writes the thresholds setting."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        current = load_thresholds(context.db)
        self.high = _percent_spin(current.bands.high)
        self.good = _percent_spin(current.bands.good)
        self.needs_improvement = _percent_spin(current.bands.needs_improvement)
        self.weights = {
            name: _weight_spin(getattr(current.sou_weights, name))
            for name in ("w5", "w4", "w3", "w2", "w1")
        }
        years = self.tr(" years")
        self.pd_period = _int_spin(current.pd_period_years, 1, 10, years)
        self.pd_window = _int_spin(current.pd_hours_window_years, 1, 10, years)
        self.observer_kappa = _weight_spin(current.observer_kappa)
        self.observer_kappa.setSingleStep(0.05)
        self.observer_kappa.setAccessibleName(self.tr("Observer agreement: weighted κ"))
        self.grace_days = _int_spin(current.follow_up_grace_days, 0, 365, self.tr(" days"))
        self.import_rows = _int_spin(current.max_import_rows, 100, MAX_IMPORT_ROWS)
        self.import_rows.setSingleStep(1000)
        self.problems: dict[str, QLabel] = {}

        bands = QGroupBox(self.tr("Bands of the observation score"))
        bands_form = QFormLayout(bands)
        self._add(bands_form, self.tr("High from"), self.high, "high")
        self._add(bands_form, self.tr("Good from"), self.good, "good")
        self._add(bands_form, self.tr("Needs improvement from"), self.needs_improvement, "needs")
        bands_form.addRow(self._hint(self.tr("Below the last one: unsatisfactory.")))

        sou = QGroupBox(self.tr("Degree of learning (SOU): weight of each mark"))
        sou_form = QFormLayout(sou)
        labels = {
            "w5": self.tr("Mark 5"),
            "w4": self.tr("Mark 4"),
            "w3": self.tr("Mark 3"),
            "w2": self.tr("Mark 2"),
            "w1": self.tr("Mark 1 and not attested"),
        }
        for name, spin in self.weights.items():
            self._add(sou_form, labels[name], spin, name)
        self._add(sou_form, "", QWidget(), "weights")
        sou_form.addRow(self._hint(self.tr("Simonov's levels: 1.00, 0.64, 0.36, 0.16, 0.07.")))

        flags = QGroupBox(self.tr("Flags and periods"))
        flags_form = QFormLayout(flags)
        self._add(
            flags_form, self.tr("Professional development: a course every"), self.pd_period, "pd"
        )
        self._add(
            flags_form, self.tr("Course hours counted over the last"), self.pd_window, "window"
        )
        self._add(
            flags_form,
            self.tr("Observer agreement is low below weighted κ"),
            self.observer_kappa,
            "kappa",
        )
        self._add(
            flags_form, self.tr("Flag a follow-up when late by more than"), self.grace_days, "grace"
        )
        self._add(
            flags_form, self.tr("Largest sheet an import accepts, rows"), self.import_rows, "rows"
        )

        self.defaults_button = QPushButton(self.tr("Restore the defaults"))
        self.defaults_button.clicked.connect(lambda: self.show_values(Thresholds()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(bands)
        body_layout.addWidget(sou)
        body_layout.addWidget(flags)
        body_layout.addLayout(buttons)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setMinimumHeight(PAGE_HEIGHT)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for spin in (self.high, self.good, self.needs_improvement, *self.weights.values()):
            spin.valueChanged.connect(lambda _v: self.check())
        self.check()

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        return label

    def _add(self, form: QFormLayout, label: str, field: QWidget, name: str) -> None:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if isinstance(field, QSpinBox | QDoubleSpinBox):
            field.setMaximumWidth(SPIN_WIDTH)
        self.problems[name] = add_checked_row(form, label, field)

    def show_values(self, values: Thresholds) -> None:
        self.high.setValue(values.bands.high)
        self.good.setValue(values.bands.good)
        self.needs_improvement.setValue(values.bands.needs_improvement)
        for name, spin in self.weights.items():
            spin.setValue(getattr(values.sou_weights, name))
        self.pd_period.setValue(values.pd_period_years)
        self.pd_window.setValue(values.pd_hours_window_years)
        self.observer_kappa.setValue(values.observer_kappa)
        self.grace_days.setValue(values.follow_up_grace_days)
        self.import_rows.setValue(values.max_import_rows)
        self.check()

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.good.value() > self.high.value():
            problems["good"] = self.tr("“Good” must start at or below “High”.")
        if self.needs_improvement.value() > self.good.value():
            problems["needs"] = self.tr("“Needs improvement” must start at or below “Good”.")
        weights = [spin.value() for spin in self.weights.values()]
        if any(a < b for a, b in pairwise(weights)):
            problems["weights"] = self.tr(
                "A better mark cannot weigh less than a worse one: the weights must go down "
                "from 5 to 1."
            )
        elif weights[0] <= 0:
            problems["w5"] = self.tr("The weight of a 5 must be more than 0.")
        return problems

    def check(self) -> bool:
        problems = self._problems()
        for name, label in self.problems.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        return not problems

    def values(self) -> Thresholds:
        return replace(
            load_thresholds(self.context.db),
            bands=BandThresholds(
                high=self.high.value(),
                good=self.good.value(),
                needs_improvement=self.needs_improvement.value(),
            ),
            sou_weights=SouWeights(**{name: spin.value() for name, spin in self.weights.items()}),
            pd_period_years=self.pd_period.value(),
            pd_hours_window_years=self.pd_window.value(),
            observer_kappa=self.observer_kappa.value(),
            follow_up_grace_days=self.grace_days.value(),
            max_import_rows=self.import_rows.value(),
        )

    def _reveal(self) -> None:
        """Bring this page to the front of the settings dialog, so its problems are seen."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None and parent.indexOf(self) >= 0:
            parent.setCurrentWidget(self)

    def save(self) -> bool:
        """Write the thresholds; False (and the problems shown) when a value is impossible."""
        if not self.check():
            self._reveal()
            return False
        values = self.values()
        if values != load_thresholds(self.context.db):
            save_thresholds(self.context.db, values)
            app_signals().data_changed.emit("settings")
        return True
