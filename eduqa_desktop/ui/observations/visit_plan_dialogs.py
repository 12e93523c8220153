"""Dialogs of the visit plan: one planned visit, and *Generate plan* for a quarter by rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.visit_plan import Month, PlanRules, open_months_of
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.observation_queries import TeacherChoice
from eduqa_desktop.services.thresholds import load_thresholds
from eduqa_desktop.services.visit_plan import (
    PlannedVisitInput,
    PlanYear,
    ProposalLine,
    propose_plan,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.observations.labels import PURPOSES, month_name, purpose_name, reason_name
from eduqa_desktop.ui.observations.observation_header import DateField, from_qdate, to_qdate
from eduqa_desktop.ui.observations.search_combo import SearchCombo

NO_DATE = QDate(2000, 1, 1)


def purpose_combo(chosen: Purpose = Purpose.PLANNED_CONTROL) -> QComboBox:
    combo = QComboBox()
    for purpose in PURPOSES:
        combo.addItem(purpose_name(purpose), purpose)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class PlannedVisitDialog(QDialog):
    """Add or change one planned visit: teacher, month (a day if known), purpose, observer."""

    def __init__(
        self,
        school_id: int,
        teachers: list[TeacherChoice],
        months: tuple[Month, ...],
        data: PlannedVisitInput | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.school_id = school_id
        self.setWindowTitle(self.tr("Planned visit") if data else self.tr("Plan a visit"))
        self.teacher = SearchCombo(self.tr("Type a name…"))
        self.teacher.set_items([(t.name, t.id) for t in teachers if t.active])
        self.month = QComboBox()
        for year, month in months:
            self.month.addItem(month_name(year, month), year * 100 + month)
        self.day = DateField()
        self.day.setMinimumDate(NO_DATE)
        self.day.setSpecialValueText(self.tr("any day"))
        self.day.setDate(NO_DATE)
        self.purpose = purpose_combo(data.purpose if data else Purpose.PLANNED_CONTROL)
        self.observer = QLineEdit()
        self.note = QLineEdit()
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Teacher*"), self.teacher)
        form.addRow(self.tr("Month*"), self.month)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Observer"), self.observer)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if data is not None:
            self.teacher.set_value(data.teacher_id)
            index = self.month.findData(data.year * 100 + data.month)
            if index < 0:
                self.month.addItem(month_name(data.year, data.month), data.year * 100 + data.month)
                index = self.month.count() - 1
            self.month.setCurrentIndex(index)
            if data.planned_on:
                self.day.setDate(to_qdate(data.planned_on))
            self.observer.setText(data.observer)
            self.note.setText(data.note)
        self.teacher.value_changed.connect(self._validate)
        self.month.currentIndexChanged.connect(self._validate)
        self.day.dateChanged.connect(self._validate)
        self._validate()
        self.resize(460, self.sizeHint().height())

    def _day(self) -> date | None:
        return None if self.day.date() == NO_DATE else from_qdate(self.day.date())

    def _validate(self, *_args: object) -> None:
        problem = ""
        day, key = self._day(), self.month.currentData()
        if self.teacher.current_value() is None:
            problem = self.tr("Choose the teacher.")
        elif day is not None and key is not None and (day.year, day.month) != divmod(key, 100):
            problem = self.tr("The day must fall in the chosen month.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem and key is not None)

    def result_input(self) -> PlannedVisitInput:
        year, month = divmod(self.month.currentData(), 100)
        return PlannedVisitInput(
            self.school_id,
            self.teacher.current_value(),
            year,
            month,
            self._day(),
            Purpose(self.purpose.currentData()),
            self.observer.text(),
            self.note.text(),
        )


class GeneratePlanDialog(QDialog):
    """Propose the visits of a quarter by rules; shows what would be added before adding it."""

    def __init__(
        self,
        context: UiContext,
        year: PlanYear,
        term: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()  # no visit is proposed in a month already over
        self.year = year
        self.proposals: list[ProposalLine] = []
        self.setWindowTitle(self.tr("Generate plan"))
        bands = load_thresholds(context.db).bands
        self.term = QComboBox()
        for plan_term in year.terms:
            self.term.addItem(
                self.tr("Quarter {number} of {year}").format(
                    number=plan_term.number, year=year.name
                ),
                plan_term.number,
            )
        self.term.setCurrentIndex(max(0, self.term.findData(term)))
        self.per_year = QSpinBox()
        self.per_year.setRange(0, 12)
        self.per_year.setValue(2)
        self.purpose = purpose_combo()
        self.new_monthly = QCheckBox(self.tr("Monthly for new teachers, with less than"))
        self.new_monthly.setChecked(True)
        self.new_years = QSpinBox()
        self.new_years.setRange(1, 10)
        self.new_years.setValue(3)
        self.new_years.setSuffix(" " + self.tr("years of work"))
        self.flag_monthly = QCheckBox(self.tr("Monthly for teachers whose last score is below"))
        self.flag_monthly.setChecked(True)
        self.flag_below = QDoubleSpinBox()
        self.flag_below.setRange(0, 100)
        self.flag_below.setDecimals(0)
        self.flag_below.setSuffix(" %")
        self.flag_below.setValue(bands.needs_improvement)
        self.monthly_purpose = purpose_combo(Purpose.SUPPORT)
        self.observer = QLineEdit(context.preferences.user_name)
        form = QFormLayout()
        form.addRow(self.tr("Quarter"), self.term)
        form.addRow(self.tr("Visits to every teacher a year"), self.per_year)
        form.addRow(self.tr("Purpose of these visits"), self.purpose)
        form.addRow(self.new_monthly, self.new_years)
        form.addRow(self.flag_monthly, self.flag_below)
        form.addRow(self.tr("Purpose of monthly visits"), self.monthly_purpose)
        form.addRow(self.tr("Observer"), self.observer)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 3)  # the purpose follows from the reason and the rules
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Teacher"), self.tr("Why")]
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_button = self.buttons.addButton(
            self.tr("Add to plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.summary)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.buttons)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        for signal in (
            self.term.currentIndexChanged,
            self.per_year.valueChanged,
            self.purpose.currentIndexChanged,
            self.new_monthly.toggled,
            self.new_years.valueChanged,
            self.flag_monthly.toggled,
            self.flag_below.valueChanged,
            self.monthly_purpose.currentIndexChanged,
        ):
            signal.connect(self._propose)
        self.observer.editingFinished.connect(self._propose)
        self._propose()
        self.resize(1100, 560)

    def _summary_text(self) -> str:
        term = next((t for t in self.year.terms if t.number == self.term.currentData()), None)
        months = list(term.months) if term else []
        still_open = open_months_of(months, self.today)
        if months and not still_open:
            return self.tr(
                "This quarter is over: no visit is planned in the past. Choose a quarter "
                "still to come."
            )
        text = (
            self.tr("{count} visits will be added; the plan already holds the others.").format(
                count=len(self.proposals)
            )
            if self.proposals
            else self.tr("Nothing to add: the plan already holds these visits.")
        )
        past = [month_name(*m) for m in months if m not in still_open]
        if past:
            text += " " + self.tr(
                "{months} is over: its visits go to the months still to come."
            ).format(months=", ".join(past))
        return text

    def rules(self) -> PlanRules:
        return PlanRules(
            visits_per_year=self.per_year.value(),
            purpose=self.purpose.currentData(),
            monthly_new_teachers=self.new_monthly.isChecked(),
            new_teacher_years=self.new_years.value(),
            monthly_flagged=self.flag_monthly.isChecked(),
            flag_below=self.flag_below.value(),
            monthly_purpose=self.monthly_purpose.currentData(),
            observer=self.observer.text().strip(),
        )

    def _propose(self, *_args: object) -> None:
        school_id = self.context.school_id
        if school_id is None:
            return
        try:
            self.proposals = propose_plan(
                self.context.db,
                school_id,
                self.year.name,
                self.term.currentData(),
                self.rules(),
                today=self.today,
            )
        except UserError as problem:
            self.proposals = []
            self.summary.setText(prompts.user_error_text(problem))
        else:
            self.summary.setText(self._summary_text())
        self.preview.setRowCount(len(self.proposals))
        for row, proposal in enumerate(self.proposals):
            values = (
                month_name(proposal.year, proposal.month),
                proposal.teacher,
                reason_name(proposal.reason),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        self.add_button.setEnabled(bool(self.proposals))
