"""Add or edit a teacher: a form with problems shown next to their fields, Save only when valid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.services.conflicts import EditConflict
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.teachers import (
    MAX_EXPERIENCE,
    FieldProblem,
    TeacherDetail,
    TeacherInput,
    add_teacher,
    list_departments,
    list_subjects,
    teacher_problems,
    update_teacher,
)
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from eduqa_desktop.ui.teachers.labels import category_name, local
from eduqa_desktop.ui.teachers.teacher_conflict import teacher_differences
from eduqa_desktop.ui.widgets.calendar_fit import fit_calendar
from eduqa_desktop.ui.widgets.checked_row import add_checked_row

EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (shown as "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        fit_calendar(self.calendarWidget())
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText("—")
        self.setDate(EMPTY_DATE)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == EMPTY_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(EMPTY_DATE if value is None else QDate(value.year, value.month, value.day))


class TeacherDialog(QDialog):
    """`teacher=None` adds a teacher; otherwise the teacher's card is edited."""

    def __init__(
        self,
        context: UiContext,
        teacher: TeacherDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.teacher = teacher
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Add a teacher") if teacher is None else self.tr("Edit teacher")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Surname Name Patronymic"))
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.number_edit = QLineEdit()
        self.department_box = QComboBox()
        self.department_box.setEditable(True)
        self.department_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department_box.lineEdit().setPlaceholderText(self.tr("Choose or type a new one"))
        for department in list_departments(context.db, context.school_id or 0):
            self.department_box.addItem(department.name)
        self.department_box.setCurrentIndex(-1)
        self.subject_filter = QLineEdit()
        self.subject_filter.setPlaceholderText(self.tr("Find a subject…"))
        self.subject_list = QListWidget()
        self.subject_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.subject_list.setMinimumHeight(110)
        for subject in sorted(list_subjects(context.db), key=lambda s: local(s.name).casefold()):
            item = QListWidgetItem(local(subject.name))
            item.setData(Qt.ItemDataRole.UserRole, subject.id)
            item.setData(
                Qt.ItemDataRole.UserRole + 1,
                " ".join(
                    search_key(n) for n in (subject.name.name, subject.name.ru, subject.name.en)
                ),
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.subject_list.addItem(item)
        self.category_box = QComboBox()
        for category in Category:
            self.category_box.addItem(category_name(category), category.value)
        self.category_box.setCurrentIndex(self.category_box.findData(Category.SPECIALIST.value))
        self.experience_spin = QSpinBox()
        self.experience_spin.setRange(0, MAX_EXPERIENCE)
        # " 3 года", " 5 лет": the suffix follows the number (Qt's plural forms)
        self.experience_spin.valueChanged.connect(self._show_experience_suffix)
        self._show_experience_suffix(self.experience_spin.value())
        self.pd_date = OptionalDateEdit()
        self.pd_date.setToolTip(self.tr("Leave “—” when no course is known"))
        self.hired_date = OptionalDateEdit()
        self.phone_edit = QLineEdit()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(54)

        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("Full name *"), self.name_edit, "full_name")
        self._row(form, self.tr("Personnel number"), self.number_edit, "personnel_number")
        self._row(form, self.tr("Department"), self.department_box, "department")
        subjects = QWidget()
        subject_layout = QVBoxLayout(subjects)
        subject_layout.setContentsMargins(0, 0, 0, 0)
        subject_layout.addWidget(self.subject_filter)
        subject_layout.addWidget(self.subject_list)
        self._row(form, self.tr("Subjects"), subjects, "subject_ids")
        self._row(form, self.tr("Category"), self.category_box, "category")
        self._row(form, self.tr("Experience"), self.experience_spin, "experience_years")
        self._row(
            form, self.tr("Last professional-development course"), self.pd_date, "last_pd_date"
        )
        self._row(form, self.tr("Hired on"), self.hired_date, "hired_on")
        self._row(form, self.tr("Phone"), self.phone_edit, "phone")
        self._row(form, self.tr("Note"), self.note_edit, "note")
        hint = QLabel(self.tr("* required"))
        hint.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        if teacher is not None:
            self._fill(teacher)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self.check)
        for signal in (
            self.name_edit.textChanged,
            self.number_edit.textChanged,
            self.department_box.editTextChanged,
            self.experience_spin.valueChanged,
            self.pd_date.dateChanged,
            self.hired_date.dateChanged,
        ):
            signal.connect(self._check_timer.start)
        self.subject_list.itemChanged.connect(self._check_timer.start)
        self.subject_filter.textChanged.connect(self._filter_subjects)
        self.check()

    def _show_experience_suffix(self, years: int) -> None:
        # The number is the box's own: only the word follows it (numerus forms without %n).
        self.experience_spin.setSuffix(self.tr(" years", "", years))

    def _row(self, form: QFormLayout, label: str, field: QWidget, name: str) -> None:
        self.problem_labels[name] = add_checked_row(form, label, field)

    def _fill(self, teacher: TeacherDetail) -> None:
        self.name_edit.setText(teacher.full_name)
        self.number_edit.setText(teacher.personnel_number)
        self.department_box.setEditText(teacher.department)
        for row in range(self.subject_list.count()):
            item = self.subject_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in teacher.subject_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.category_box.setCurrentIndex(self.category_box.findData(teacher.category.value))
        self.experience_spin.setValue(teacher.experience_years)
        self.pd_date.set_value(teacher.last_pd_date)
        self.hired_date.set_value(teacher.hired_on)
        self.phone_edit.setText(teacher.phone)
        self.note_edit.setPlainText(teacher.note)

    def _filter_subjects(self, text: str) -> None:
        words = search_key(text).split()
        for row in range(self.subject_list.count()):
            item = self.subject_list.item(row)
            key = search_key(item.text()) + " " + str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(word in key for word in words))

    def data(self) -> TeacherInput:
        subjects = tuple(
            int(self.subject_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.subject_list.count())
            if self.subject_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return TeacherInput(
            full_name=self.name_edit.text(),
            personnel_number=self.number_edit.text(),
            department=self.department_box.currentText(),
            subject_ids=subjects,
            category=Category(self.category_box.currentData()),
            experience_years=self.experience_spin.value(),
            last_pd_date=self.pd_date.value(),
            hired_on=self.hired_date.value(),
            phone=self.phone_edit.text(),
            note=self.note_edit.toPlainText(),
        )

    def _show(self, problems: list[FieldProblem]) -> None:
        for name, label in self.problem_labels.items():
            mine = [p for p in problems if p.field == name]
            label.setText(" ".join(prompts.translate_message(p.template, **p.params) for p in mine))
            label.setVisible(bool(mine))

    def check(self) -> bool:
        """Show what is wrong next to each field; Save is enabled only for a valid form."""
        problems = teacher_problems(
            self.context.db,
            self.context.school_id or 0,
            self.data(),
            teacher_id=self.teacher.id if self.teacher else None,
        )
        # An empty name is not shouted at before anything was typed.
        shown = [p for p in problems if p.field != "full_name" or self.name_edit.text()]
        self._show(shown)
        self.save_button.setEnabled(not problems)
        return not problems

    def _save(self) -> None:
        self._check_timer.stop()
        if not self.check():
            return
        try:
            if self.teacher is None:
                saved = add_teacher(self.context.db, self.context.school_id or 0, self.data())
            else:
                saved = update_teacher(
                    self.context.db,
                    self.teacher.id,
                    self.data(),
                    expected_version=self.teacher.row_version,
                )
        except EditConflict as conflict:
            self._lost_the_race(conflict)
            return
        except UserError as problem:
            prompts.show_user_error(self, self.windowTitle(), problem)
            return
        self.saved_id = saved.id
        app_signals().data_changed.emit("teachers")
        self.accept()

    def _lost_the_race(self, conflict: EditConflict) -> None:
        """Someone saved this teacher meanwhile: both versions shown; reload theirs into the
        form, or save mine over theirs."""
        theirs: TeacherDetail = conflict.theirs
        choice = ConflictDialog(
            self.tr("Someone else saved this teacher"),
            teacher_differences(self.data(), theirs, self.subject_names()),
            conflict.saved_at,
            self,
        ).ask()
        if choice == Choice.UNDECIDED:
            return
        self.teacher = theirs
        if choice == Choice.RELOAD:
            for row in range(self.subject_list.count()):
                self.subject_list.item(row).setCheckState(Qt.CheckState.Unchecked)
            self._fill(theirs)
            self.check()
        else:
            self._save()

    def subject_names(self) -> dict[int, str]:
        return {
            int(item.data(Qt.ItemDataRole.UserRole)): item.text()
            for item in (self.subject_list.item(row) for row in range(self.subject_list.count()))
        }
