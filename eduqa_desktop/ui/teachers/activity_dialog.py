"""Add (or edit) a teacher's activity: teacher, type, date, quantity, level and place, note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.services.activities import (
    LEVELS,
    MAX_QUANTITY,
    ActivityInput,
    ActivityLine,
    ActivityTypeInfo,
    add_activity,
    list_activity_types,
    update_activity,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.teacher_choices import teacher_lines
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.observations.search_combo import SearchCombo
from eduqa_desktop.ui.teachers.labels import level_name, local, unit_name
from eduqa_desktop.ui.widgets.calendar_fit import fit_calendar


class ActivityDialog(QDialog):
    """`activity=None` records a new activity (for `teacher_id` when given)."""

    def __init__(
        self,
        context: UiContext,
        *,
        teacher_id: int | None = None,
        activity: ActivityLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.activity = activity
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Add activity") if activity is None else self.tr("Edit activity")
        )
        self.types: dict[int, ActivityTypeInfo] = {
            t.id: t for t in list_activity_types(context.db, include_archived=activity is not None)
        }
        self.teacher_box = SearchCombo(self.tr("Type a name…"))
        self.teacher_box.setAccessibleName(self.tr("Teacher"))
        teachers = [
            (line.full_name, line.id)
            for line in teacher_lines(context.db, context.school_id or 0)
            if line.active or (activity is not None and line.id == activity.teacher_id)
        ]
        self.teacher_box.set_items(teachers, activity.teacher_id if activity else teacher_id)
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(self.tr("Activity"))
        self.type_box.addItem(self.tr("Choose an activity"), None)
        for info in self.types.values():
            if not info.archived or (activity and info.id == activity.activity_type_id):
                self.type_box.addItem(local(info.name), info.id)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        fit_calendar(self.date_edit.calendarWidget())
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.quantity_spin = QDoubleSpinBox()
        self.quantity_spin.setRange(0, MAX_QUANTITY)
        self.quantity_spin.setDecimals(1)
        self.quantity_spin.setValue(1)
        self.level_box = QComboBox()
        self.level_box.addItem("—", "")
        for level in LEVELS:
            self.level_box.addItem(level_name(level), level)
        self.place_spin = QSpinBox()
        self.place_spin.setRange(0, 100)
        self.place_spin.setSpecialValueText("—")
        self.note_edit = QLineEdit()
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Teacher *"), self.teacher_box)
        form.addRow(self.tr("Activity *"), self.type_box)
        form.addRow(self.tr("Date *"), self.date_edit)
        form.addRow(self.tr("Quantity *"), self.quantity_spin)
        form.addRow(self.tr("Level"), self.level_box)
        form.addRow(self.tr("Place"), self.place_spin)
        form.addRow(self.tr("Note"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("* required"))
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if activity is not None:
            self._fill(activity)
        self.teacher_box.value_changed.connect(self.check)
        self.type_box.currentIndexChanged.connect(self._on_type)
        self.quantity_spin.valueChanged.connect(self.check)
        self.date_edit.dateChanged.connect(self.check)
        self._on_type()

    def _fill(self, activity: ActivityLine) -> None:
        self.type_box.setCurrentIndex(self.type_box.findData(activity.activity_type_id))
        day = activity.done_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.quantity_spin.setValue(activity.quantity)
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(activity.level)))
        self.place_spin.setValue(activity.place or 0)
        self.note_edit.setText(activity.note)

    def _on_type(self) -> None:
        info = self.types.get(self.type_box.currentData())
        self.quantity_spin.setSuffix(f" {unit_name(info.unit)}" if info else "")
        self.check()

    def data(self) -> ActivityInput:
        chosen = self.date_edit.date()
        return ActivityInput(
            teacher_id=self.teacher_box.current_value() or 0,
            activity_type_id=self.type_box.currentData() or 0,
            done_on=date(chosen.year(), chosen.month(), chosen.day()),
            quantity=self.quantity_spin.value(),
            level=self.level_box.currentData() or "",
            place=self.place_spin.value() or None,
            note=self.note_edit.text(),
        )

    def check(self) -> bool:
        if self.teacher_box.current_value() is None:
            problem = self.tr("Choose the teacher from the list.")
        elif self.type_box.currentData() is None:
            problem = self.tr("Choose what the teacher did.")
        elif self.quantity_spin.value() <= 0:
            problem = self.tr("The quantity must be more than 0.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self.check():
            return
        try:
            if self.activity is None:
                self.saved_id = add_activity(self.context.db, self.data())
            else:
                update_activity(self.context.db, self.activity.id, self.data())
                self.saved_id = self.activity.id
        except UserError as problem:
            self.problem.setText(prompts.user_error_text(problem))
            self.problem.show()
            return
        app_signals().data_changed.emit("activities")
        self.accept()
