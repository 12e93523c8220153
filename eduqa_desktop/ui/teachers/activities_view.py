"""The list of activities with filters (teacher, activity, mechanism, dates) and its actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.vocabulary import ActivityUnit, Mechanism
from eduqa_desktop.services.activities import (
    ActivityFilter,
    ActivityLine,
    delete_activity,
    list_activities,
    list_activity_types,
)
from eduqa_desktop.services.teacher_choices import teacher_lines
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.formatting import number, short_date
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.labels import mechanism_name
from eduqa_desktop.ui.observations.search_combo import SearchCombo
from eduqa_desktop.ui.teachers.activity_dialog import ActivityDialog
from eduqa_desktop.ui.teachers.activity_types_dialog import ActivityTypesDialog
from eduqa_desktop.ui.teachers.labels import level_name, local, unit_name
from eduqa_desktop.ui.teachers.rows_model import (
    Column,
    RowsModel,
    date_column,
    fit_columns,
    make_table,
    selected_record,
)
from eduqa_desktop.ui.teachers.teacher_dialog import OptionalDateEdit

translate = QCoreApplication.translate


def _quantity(line: ActivityLine) -> str:
    """ "72 hours", "12 pupils"; a count is just its number."""
    shown = number(line.quantity, 0 if line.quantity.is_integer() else 1)
    return shown if line.unit is ActivityUnit.COUNT else f"{shown} {unit_name(line.unit)}"


def _result(line: ActivityLine) -> str:
    parts = [level_name(line.level)] if line.level else []
    if line.place:
        parts.append(translate("ActivitiesView", "place {place}").format(place=line.place))
    return ", ".join(parts)


def activity_columns() -> list[Column[ActivityLine]]:
    return [
        date_column(translate("ActivitiesView", "Date"), lambda a: a.done_on),
        Column(translate("ActivitiesView", "Teacher"), lambda a: a.teacher_name),
        Column(translate("ActivitiesView", "Activity"), lambda a: local(a.type_name)),
        Column(
            translate("ActivitiesView", "Quantity"),
            _quantity,
            lambda a: a.quantity,
            numeric=True,
        ),
        Column(translate("ActivitiesView", "Level and place"), _result),
        Column(
            translate("ActivitiesView", "Mechanisms"),
            lambda a: ", ".join(mechanism_name(m) for m in a.mechanisms),
        ),
        Column(translate("ActivitiesView", "Note"), lambda a: a.note, tooltip=lambda a: a.note),
    ]


class ActivitiesView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QWidget | None = None
        self.teacher_box = SearchCombo(self.tr("All teachers"))
        self.teacher_box.setAccessibleName(self.tr("Teacher"))
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(self.tr("Activity"))
        self.mechanism_box = QComboBox()
        self.mechanism_box.setAccessibleName(self.tr("Mechanism"))
        self.mechanism_box.addItem(self.tr("All mechanisms"), None)
        for mechanism in Mechanism:
            self.mechanism_box.addItem(mechanism_name(mechanism), mechanism.value)
        self.mechanism_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mechanism_box.setMinimumContentsLength(16)
        self.type_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_box.setMinimumContentsLength(16)
        self.from_date = OptionalDateEdit()
        self.from_date.setToolTip(self.tr("From"))
        self.to_date = OptionalDateEdit()
        self.to_date.setToolTip(self.tr("To"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        filters = QHBoxLayout()
        filters.addWidget(self.teacher_box, 2)
        filters.addWidget(self.type_box, 2)
        filters.addWidget(self.mechanism_box, 2)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.from_date)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_date)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.count_label)

        self.add_button = QPushButton(icon("add"), self.tr("Add activity…"))
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.catalogue_button = QPushButton(self.tr("Catalogue of activities…"))
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.catalogue_button)

        self.model: RowsModel[ActivityLine] = RowsModel(activity_columns(), self)
        self.table = make_table(self.model, self, stretch=6)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty = QLabel()
        self.empty.setProperty("role", "empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

        self.teacher_box.value_changed.connect(self.refresh)
        self.type_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mechanism_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_date.dateChanged.connect(lambda _d: self.refresh())
        self.to_date.dateChanged.connect(lambda _d: self.refresh())
        self.clear_button.clicked.connect(self.clear_filters)
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.catalogue_button.clicked.connect(self._catalogue)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        # The owner calls reload_choices() when the page is shown.

    def reload_choices(self) -> None:
        """Teachers and activity types for the filters (after they changed)."""
        teacher = self.teacher_box.current_value()
        self.teacher_box.blockSignals(True)
        self.teacher_box.set_items(
            [
                (t.full_name, t.id)
                for t in teacher_lines(self.context.db, self.context.school_id or 0)
            ],
            teacher,
        )
        self.teacher_box.blockSignals(False)
        chosen = self.type_box.currentData()
        self.type_box.blockSignals(True)
        self.type_box.clear()
        self.type_box.addItem(self.tr("All activities"), None)
        for info in list_activity_types(self.context.db, include_archived=True):
            self.type_box.addItem(local(info.name), info.id)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(chosen)))
        self.type_box.blockSignals(False)
        self.refresh()

    def where(self) -> ActivityFilter:
        mechanism = self.mechanism_box.currentData()
        return ActivityFilter(
            teacher_id=self.teacher_box.current_value(),
            activity_type_id=self.type_box.currentData(),
            mechanism=Mechanism(mechanism) if mechanism else None,
            date_from=self.from_date.value(),
            date_to=self.to_date.value(),
        )

    def refresh(self) -> None:
        school_id = self.context.school_id
        lines = (
            [] if school_id is None else list_activities(self.context.db, school_id, self.where())
        )
        self.model.set_records(lines)
        fit_columns(self.table)
        filtered = self.where() != ActivityFilter()
        if lines:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                self.tr("No activity fits these filters — change them or press Clear.")
                if filtered
                else self.tr("No activities recorded yet — press “Add activity…” to record one.")
            )
            self.stack.setCurrentWidget(self.empty)
        self.count_label.setText(self.tr("{count} activities").format(count=len(lines)))
        self._update_buttons()

    def clear_filters(self) -> None:
        for widget in (self.teacher_box, self.type_box, self.mechanism_box, self.from_date):
            widget.blockSignals(True)
        self.teacher_box.set_value(None)
        self.type_box.setCurrentIndex(0)
        self.mechanism_box.setCurrentIndex(0)
        self.from_date.set_value(None)
        self.to_date.set_value(None)
        for widget in (self.teacher_box, self.type_box, self.mechanism_box, self.from_date):
            widget.blockSignals(False)
        self.refresh()

    def _update_buttons(self) -> None:
        chosen = selected_record(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.add_button.setEnabled(self.context.school_id is not None)

    def add_activity(self) -> None:
        """Open the Add activity dialog, for the teacher the filter names (if any)."""
        teacher_id = self.teacher_box.current_value()
        self._open(ActivityDialog(self.context, teacher_id=teacher_id, parent=self))

    def _open(self, dialog: ActivityDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _edit(self) -> None:
        chosen: ActivityLine | None = selected_record(self.table)
        if chosen is None:
            return
        self._open(ActivityDialog(self.context, activity=chosen, parent=self))

    def _delete(self) -> None:
        chosen: ActivityLine | None = selected_record(self.table)
        if chosen is None:
            return
        question = self.tr("Delete “{activity}” of {teacher} on {date}?").format(
            activity=local(chosen.type_name),
            teacher=chosen.teacher_name,
            date=short_date(chosen.done_on),
        )
        if not prompts.question(self, self.tr("Delete activity"), question):
            return
        delete_activity(self.context.db, chosen.id)
        app_signals().data_changed.emit("activities")

    def _catalogue(self) -> None:
        ActivityTypesDialog(self.context, self).exec()
        self.reload_choices()
