"""Calibration: how far each observer agrees with the colleagues who watched the same lessons.

One row per observer over the school year (exact agreement, within one level, weighted κ, and
whether they score higher or lower); the chosen observer's colleagues and the criteria they
score higher or lower than others; the calibration sessions (lessons watched together) with
their agreement. *New calibration session…* asks which lesson is watched and opens its form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.calibration import (
    STANDARD_KAPPA,
    CriterionLean,
    ObserverCalibration,
    PairAgreement,
    SessionAgreement,
)
from eduqa_desktop.services.calibration import CalibrationView, calibration_view, year_names
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import UNDEFINED, number
from eduqa_desktop.ui.observations.agreement_table import (
    AgreementTable,
    difference_text,
    kappa_text,
)
from eduqa_desktop.ui.teachers.rows_model import (
    Column,
    RowsModel,
    date_column,
    fit_columns,
    make_table,
    number_column,
    percent_column,
    selected_record,
)

LOW_COLOUR = "#a33a00"
GOOD_COLOUR = "#006b4f"


class CalibrationDialog(QDialog):
    session_requested = Signal(str)  # the note of a new calibration session

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: CalibrationView | None = None
        self.setWindowTitle(self.tr("Calibration of observers"))
        self.resize(1100, 640)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Academic year"))
        for name in year_names(context.db):
            self.year.addItem(name, name)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        observers = AgreementTable(
            self.tr("Observer"),
            lambda o: o.observer,
            self.tr("Against colleagues"),
            against_tooltip=self.tr(
                "Levels above (+) or below (−) the colleagues' on the same lessons, on average"
            ),
            extra=[Column(self.tr("Agreement"), self._status, colour=self._status_colour)],
            parent=self,
        )
        self.observers: RowsModel[ObserverCalibration] = observers.model
        self.observer_table = observers.view
        self.observer_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_observer()
        )
        colleagues = AgreementTable(
            self.tr("Colleague"), lambda p: p.second, self.tr("Against the colleague"), parent=self
        )
        self.colleagues: RowsModel[PairAgreement] = colleagues.model
        self.colleague_table = colleagues.view
        self.criteria: RowsModel[CriterionLean] = RowsModel(self._criterion_columns(), self)
        self.criterion_table = make_table(self.criteria, stretch=0)
        details = QTabWidget()
        details.addTab(self.colleague_table, self.tr("Agreement with each colleague"))
        details.addTab(self.criterion_table, self.tr("Criteria scored higher or lower"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.observer_table)
        split.addWidget(details)
        self.sessions: RowsModel[SessionAgreement] = RowsModel(self._session_columns(), self)
        self.session_table = make_table(self.sessions, stretch=1)
        pages = QTabWidget()
        pages.addTab(split, self.tr("Observers"))
        pages.addTab(self.session_table, self.tr("Calibration sessions"))
        self.empty = QLabel(
            self.tr(
                "No co-observed lessons in this year yet — choose an observation in the list "
                "and press Co-observe, or start a calibration session."
            )
        )
        self.empty.setProperty("role", "empty-state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(pages)
        self.stack.addWidget(self.empty)
        self.session_button = QPushButton(self.tr("New calibration session…"))
        self.session_button.clicked.connect(self._new_session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.session_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Academic year"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.refresh()

    # --- columns -------------------------------------------------------------------------------

    def _status(self, o: ObserverCalibration) -> str:
        if o.low:
            return self.tr("Low agreement")
        kappa = o.agreement.kappa
        if kappa is not None and kappa >= STANDARD_KAPPA:
            return self.tr("Meets the standard")
        return UNDEFINED

    def _status_colour(self, o: ObserverCalibration) -> str | None:
        return LOW_COLOUR if o.low else GOOD_COLOUR if self._status(o) != UNDEFINED else None

    def _criterion_columns(self) -> list[Column[CriterionLean]]:
        def lean(c: CriterionLean) -> str:
            if c.mean_difference > 0:
                return self.tr("Higher")
            return self.tr("Lower") if c.mean_difference < 0 else self.tr("Alike")

        return [
            Column(
                self.tr("Criterion"),
                lambda c: self.view.criteria.get(c.key, UNDEFINED) if self.view else UNDEFINED,
                tooltip=lambda c: self.view.criteria.get(c.key) if self.view else None,
            ),
            number_column(self.tr("Pairs of levels"), lambda c: c.pairs),
            Column(
                self.tr("Against colleagues"),
                lambda c: difference_text(c.mean_difference),
                lambda c: c.mean_difference,
                numeric=True,
            ),
            Column(self.tr("Scores"), lean),
        ]

    def _session_columns(self) -> list[Column[SessionAgreement]]:
        return [
            date_column(self.tr("Date"), lambda s: s.observed_on),
            Column(self.tr("Lesson watched"), lambda s: s.note, tooltip=lambda s: s.note),
            Column(self.tr("Teacher"), lambda s: s.teacher),
            Column(self.tr("Observers"), lambda s: ", ".join(s.observers)),
            percent_column(self.tr("Same level"), lambda s: s.agreement.exact),
            percent_column(self.tr("Within one level"), lambda s: s.agreement.within_one),
            Column(
                self.tr("Weighted κ"),
                lambda s: kappa_text(s.agreement.kappa),
                lambda s: s.agreement.kappa,
                numeric=True,
            ),
        ]

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.view = calibration_view(
            self.context.db,
            school_id=self.context.school_id,
            year=self.year.currentData(),
            language=self.context.language,
        )
        if self.view.year and self.year.currentData() != self.view.year:
            self.year.blockSignals(True)
            self.year.setCurrentIndex(self.year.findData(self.view.year))
            self.year.blockSignals(False)
        report = self.view.report
        self.stack.setCurrentWidget(self.empty if not report.observers else self.stack.widget(0))
        self.observers.set_records(report.observers)
        self.sessions.set_records(report.sessions)
        for table in (self.observer_table, self.session_table):
            fit_columns(table)
        low = report.low_agreement
        self.summary.setText(
            self.tr(
                "{observers} observers on {lessons} co-observed lessons. Weighted κ (linear "
                "weights): {standard} or more is the usual standard for a trained observer; "
                "below {low} with most colleagues agreement is low (a setting). Low "
                "agreement: {names}."
            ).format(
                observers=number(len(report.observers)),
                lessons=number(report.lessons),
                standard=number(STANDARD_KAPPA, 1),
                low=number(report.low_kappa, 2),
                names=", ".join(low) if low else self.tr("nobody"),
            )
        )
        if report.observers:
            self.observer_table.selectRow(0)
        self._show_observer()

    def _show_observer(self) -> None:
        chosen: ObserverCalibration | None = selected_record(self.observer_table)
        self.colleagues.set_records(chosen.colleagues if chosen else ())
        self.criteria.set_records(chosen.leaning if chosen else ())
        for table in (self.colleague_table, self.criterion_table):
            fit_columns(table, limit=520)

    def _new_session(self) -> None:
        note = prompts.ask_text(
            self,
            self.tr("New calibration session"),
            self.tr(
                "Which lesson do the observers watch together? (for example: video of a "
                "grade 7 algebra lesson). Each observer then scores it and uses Co-observe."
            ),
        )
        if note and note.strip():
            self.session_requested.emit(note.strip())
            self.accept()
