"""The header of the observation form: school, teacher, date, period, class, subject, purpose,
checklist (recently used first), observer and topic."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.checklist_views import localized
from eduqa_desktop.services.checklists import ChecklistSummary
from eduqa_desktop.services.observation_queries import FormChoices
from eduqa_desktop.services.observation_records import ObservationInput
from eduqa_desktop.ui.observations.labels import PURPOSES, purpose_name
from eduqa_desktop.ui.observations.search_combo import SearchCombo
from eduqa_desktop.ui.widgets.calendar_fit import fit_calendar

MAX_PERIOD = 12
NO_DATE = QDate(2000, 1, 1)  # an optional date that is not given (shown as "—")


class DateField(QDateEdit):
    """A date with a calendar; Tab leaves the field (instead of stepping day → month → year)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        fit_calendar(self.calendarWidget())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class OptionalDateField(DateField):
    """A date that may stay empty ("—").

    Typing a digit or ↑/↓ on "—" starts from `start` (the day section takes the digit), so
    a date can be typed day, month, year like in any date field; emptying the text (select
    all, Delete) empties the date again; the calendar opens on the month of `start`.
    """

    def __init__(self, empty_text: str = "—", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = QDate.currentDate()
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == self.minimumDate()

    def value(self) -> date | None:
        return None if self.is_empty() else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(to_qdate(value) if value else self.minimumDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        stepping = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if self.is_empty() and (stepping or event.text().isdigit()):
            self.setDate(self.start)
            self.setSelectedSection(QDateEdit.Section.DaySection)
            if stepping:
                return
        super().keyPressEvent(event)
        if not self.is_empty() and not any(c.isdigit() for c in self.text()):
            self.setDate(self.minimumDate())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.is_empty():
            calendar.setCurrentPage(self.start.year(), self.start.month())
        return False


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ObservationHeader(QWidget):
    changed = Signal()
    school_changed = Signal(int)
    checklist_changed = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.choices: FormChoices | None = None
        self._checklist_id: int | None = None
        self._date_problem = ""
        self.school = QComboBox()
        self.teacher = SearchCombo(self.tr("Type a name…"))
        self.observed_on = DateField()
        self.period = QSpinBox()
        self.period.setRange(0, MAX_PERIOD)
        self.period.setSpecialValueText("—")
        self.school_class = SearchCombo()
        self.subject = SearchCombo()
        self.purpose = QComboBox()
        for purpose in PURPOSES:
            self.purpose.addItem(purpose_name(purpose), purpose)
        self.checklist = QComboBox()
        self.checklist.setMinimumContentsLength(22)
        self.checklist.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.observer = QLineEdit()
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("What the lesson was about"))
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self._layout()
        for signal in (
            self.teacher.value_changed,
            self.observed_on.dateChanged,
            self.period.valueChanged,
            self.school_class.value_changed,
            self.subject.value_changed,
            self.purpose.currentIndexChanged,
            self.observer.textEdited,
            self.topic.textEdited,
        ):
            signal.connect(self._on_changed)
        self.teacher.value_changed.connect(self._on_teacher)
        self.school.currentIndexChanged.connect(self._on_school)
        self.checklist.currentIndexChanged.connect(self._on_checklist)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.school_label = QLabel(self.tr("School"))
        rows = [
            [
                (self.tr("Teacher*"), self.teacher),
                (self.tr("Date*"), self.observed_on),
                (self.tr("Lesson period"), self.period),
                (None, self.school),
            ],
            [
                (self.tr("Class"), self.school_class),
                (self.tr("Subject"), self.subject),
                (self.tr("Purpose"), self.purpose),
                (self.tr("Checklist*"), self.checklist),
            ],
        ]
        for r, row in enumerate(rows):
            for c, (text, field) in enumerate(row):
                label = self.school_label if text is None else QLabel(text)
                label.setBuddy(field)
                grid.addWidget(label, r, 2 * c, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(field, r, 2 * c + 1)
        grid.addWidget(QLabel(self.tr("Observer")), 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.observer, 2, 1)
        grid.addWidget(QLabel(self.tr("Topic")), 2, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.topic, 2, 3, 1, 5)
        grid.addWidget(self.problem, 3, 1, 1, 7)
        for column, stretch in ((1, 3), (3, 2), (5, 2), (7, 3)):
            grid.setColumnStretch(column, stretch)
        self.period.setMaximumWidth(90)
        self.observed_on.setMaximumWidth(150)
        self.teacher.setAccessibleName(self.tr("Teacher"))
        self.observed_on.setAccessibleName(self.tr("Date"))
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.setTabOrder(self.teacher, self.observed_on)
        for first, second in (
            (self.observed_on, self.period),
            (self.period, self.school_class),
            (self.school_class, self.subject),
            (self.subject, self.purpose),
            (self.purpose, self.checklist),
            (self.checklist, self.observer),
            (self.observer, self.topic),
        ):
            self.setTabOrder(first, second)

    # --- filling ---------------------------------------------------------------------------------

    def set_choices(
        self, choices: FormChoices, checklists: list[ChecklistSummary], school_id: int
    ) -> None:
        self.choices = choices
        self.school.blockSignals(True)
        self.school.clear()
        for school in choices.schools:
            self.school.addItem(school.name, school.id)
        self.school.setCurrentIndex(max(0, self.school.findData(school_id)))
        self.school.blockSignals(False)
        several = len(choices.schools) > 1
        self.school.setVisible(several)
        self.school_label.setVisible(several)
        self.teacher.set_items(
            [
                (t.name if t.active else self.tr("{name} (left)").format(name=t.name), t.id)
                for t in choices.teachers
            ]
        )
        self.school_class.set_items([(c.name, c.id) for c in choices.classes])
        self.subject.set_items([(localized(s.name, self.language), s.id) for s in choices.subjects])
        completer = QCompleter(choices.observers, self.observer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.observer.setCompleter(completer)
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for summary in checklists:
            name = localized(summary.name, self.language)
            text = name if summary.version == 1 else f"{name} (v{summary.version})"
            self.checklist.addItem(text, summary.id)
        self.checklist.blockSignals(False)

    def add_missing(
        self, class_id: int | None, class_name: str, template_id: int, name: str
    ) -> None:
        """An opened observation may use a class of another year or an older checklist."""
        if class_id is not None and self.school_class.findData(class_id) < 0:
            self.school_class.add_item(class_name, class_id)
        if self.checklist.findData(template_id) < 0:
            self.checklist.blockSignals(True)
            self.checklist.addItem(name, template_id)
            self.checklist.blockSignals(False)

    def set_values(self, data: ObservationInput) -> None:
        """Show the header fields of `data` (teacher and checklist 0 mean none yet)."""
        for widget in self._choosers():
            widget.blockSignals(True)
        self.teacher.set_value(data.teacher_id or None)
        self.observed_on.setDate(to_qdate(data.observed_on))
        self.period.setValue(data.lesson_period or 0)
        self.school_class.set_value(data.class_id)
        self.subject.set_value(data.subject_id)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(Purpose(data.purpose))))
        if data.template_id:
            self.checklist.setCurrentIndex(max(0, self.checklist.findData(data.template_id)))
        self._checklist_id = self.checklist.currentData()
        self.observer.setText(data.observer)
        self.topic.setText(data.topic)
        for widget in self._choosers():
            widget.blockSignals(False)
        self._show_problem()

    # --- reading ---------------------------------------------------------------------------------

    def school_id(self) -> int | None:
        return self.school.currentData()

    def teacher_id(self) -> int | None:
        return self.teacher.current_value()

    def template_id(self) -> int | None:
        return self.checklist.currentData()

    def date(self) -> date:
        return from_qdate(self.observed_on.date())

    def lesson_period(self) -> int | None:
        return self.period.value() or None

    def values(self) -> dict[str, Any]:
        """The header's part of an ObservationInput, as typed: a teacher, checklist or school
        not chosen yet is 0 (such an input is kept in the form, not saved)."""
        return {
            "school_id": self.school_id() or 0,
            "teacher_id": self.teacher_id() or 0,
            "template_id": self.template_id() or 0,
            "observed_on": self.date(),
            "observer": self.observer.text(),
            "lesson_period": self.lesson_period(),
            "class_id": self.school_class.current_value(),
            "subject_id": self.subject.current_value(),
            "topic": self.topic.text(),
            "purpose": Purpose(self.purpose.currentData()),
        }

    def _choosers(self) -> tuple[QWidget, ...]:
        """The fields chosen from lists or by date (the texts are the observer and the topic)."""
        return (
            self.teacher,
            self.observed_on,
            self.period,
            self.school_class,
            self.subject,
            self.purpose,
            self.checklist,
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.school, *self._choosers()):
            widget.setEnabled(not read_only)
        self.observer.setReadOnly(read_only)
        self.topic.setReadOnly(read_only)

    def show_date_problem(self, text: str) -> None:
        """Why the date cannot stay as it is ("" when it can)."""
        self._date_problem = text
        self._show_problem()

    def _show_problem(self) -> None:
        problems = [self._date_problem] if self._date_problem else []
        if self.teacher_id() is None:
            problems.insert(
                0, self.tr("Choose the teacher: the draft is saved once a teacher is chosen.")
            )
        self.problem.setText(" ".join(problems))
        self.problem.setVisible(bool(problems))

    # --- reactions -------------------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        self._show_problem()
        self.changed.emit()

    def _on_teacher(self) -> None:
        """A teacher of one subject fills the subject when it is still empty."""
        teacher_id = self.teacher_id()
        if teacher_id is None or self.choices is None or self.subject.current_value() is not None:
            return
        teacher = next((t for t in self.choices.teachers if t.id == teacher_id), None)
        if teacher is not None and len(teacher.subject_ids) == 1:
            self.subject.set_value(teacher.subject_ids[0])

    def _on_school(self, _index: int) -> None:
        school_id = self.school.currentData()
        if school_id is not None:
            self.school_changed.emit(int(school_id))

    def _on_checklist(self, _index: int) -> None:
        template_id = self.checklist.currentData()
        if template_id is not None and template_id != self._checklist_id:
            self.checklist_changed.emit(int(template_id))

    def accept_checklist(self, accepted: bool) -> None:
        """The form accepted (or refused) the change of checklist."""
        if accepted:
            self._checklist_id = self.checklist.currentData()
            return
        self.checklist.blockSignals(True)
        self.checklist.setCurrentIndex(max(0, self.checklist.findData(self._checklist_id)))
        self.checklist.blockSignals(False)
