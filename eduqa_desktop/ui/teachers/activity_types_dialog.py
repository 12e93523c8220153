"""The catalogue of activity types: names in three languages, unit, mechanisms; add, archive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.vocabulary import ActivityUnit, Mechanism
from eduqa_desktop.services.activities import (
    ActivityTypeInfo,
    ActivityTypeInput,
    archive_activity_type,
    delete_activity_type,
    list_activity_types,
    save_activity_type,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.observations.labels import mechanism_name
from eduqa_desktop.ui.teachers.labels import local, unit_name
from eduqa_desktop.ui.teachers.rows_model import (
    Column,
    RowsModel,
    fit_columns,
    make_table,
    number_column,
    selected_record,
)

translate = QCoreApplication.translate


class ActivityTypeForm(QDialog):
    """One type of the catalogue: its names, unit, whether it is a course, its mechanisms."""

    def __init__(self, info: ActivityTypeInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity type"))
        self.names = {lang: QLineEdit() for lang in ("uz", "ru", "en")}
        self.unit_box = QComboBox()
        for unit in ActivityUnit:
            self.unit_box.addItem(unit_name(unit), unit.value)
        self.course_box = QCheckBox(self.tr("A professional-development course (counted in hours)"))
        self.mechanism_boxes = {m: QCheckBox(mechanism_name(m)) for m in Mechanism}
        form = QFormLayout()
        form.addRow(self.tr("Name in Uzbek *"), self.names["uz"])
        form.addRow(self.tr("Name in Russian"), self.names["ru"])
        form.addRow(self.tr("Name in English"), self.names["en"])
        form.addRow(self.tr("Unit"), self.unit_box)
        form.addRow("", self.course_box)
        grid = QGridLayout()
        for position, box in enumerate(self.mechanism_boxes.values()):
            grid.addWidget(box, position // 2, position % 2)
        form.addRow(self.tr("Mechanisms"), grid)
        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if info is not None:
            self.names["uz"].setText(info.name.uz)
            self.names["ru"].setText(info.name.ru)
            self.names["en"].setText(info.name.en)
            self.unit_box.setCurrentIndex(self.unit_box.findData(info.unit.value))
            self.course_box.setChecked(info.counts_as_pd)
            for mechanism in info.mechanisms:
                self.mechanism_boxes[mechanism].setChecked(True)
        for edit in self.names.values():
            edit.textChanged.connect(self.check)
        self.unit_box.currentIndexChanged.connect(self.check)
        self.course_box.toggled.connect(self.check)
        self.check()

    def data(self) -> ActivityTypeInput:
        return ActivityTypeInput(
            name_uz=self.names["uz"].text(),
            name_ru=self.names["ru"].text(),
            name_en=self.names["en"].text(),
            unit=ActivityUnit(self.unit_box.currentData()),
            counts_as_pd=self.course_box.isChecked(),
            mechanisms=tuple(m for m, box in self.mechanism_boxes.items() if box.isChecked()),
        )

    def check(self) -> None:
        if not self.names["uz"].text().strip():
            problem = self.tr("Give the type a name in Uzbek.")
        elif self.course_box.isChecked() and self.unit_box.currentData() != ActivityUnit.HOURS:
            problem = self.tr("A course is counted in hours: choose the unit “hours”.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)


class ActivityTypesDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Catalogue of activities"))
        self.model: RowsModel[ActivityTypeInfo] = RowsModel(
            [
                Column(translate("ActivityTypesDialog", "Activity"), lambda t: local(t.name)),
                Column(translate("ActivityTypesDialog", "Unit"), lambda t: unit_name(t.unit)),
                Column(
                    translate("ActivityTypesDialog", "Mechanisms"),
                    lambda t: ", ".join(mechanism_name(m) for m in t.mechanisms) or "—",
                ),
                number_column(translate("ActivityTypesDialog", "Recorded"), lambda t: t.activities),
                Column(
                    translate("ActivityTypesDialog", "State"),
                    lambda t: translate("ActivityTypesDialog", "archived") if t.archived else "",
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.add_button = QPushButton(icon("add"), self.tr("Add type…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(selected_record(self.table)))
        self.archive_button.clicked.connect(self._archive)
        self.delete_button.clicked.connect(self._delete)
        self.table.doubleClicked.connect(lambda _i: self._edit(selected_record(self.table)))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(900, 520)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(list_activity_types(self.context.db, include_archived=True))
        fit_columns(self.table, 360)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen: ActivityTypeInfo | None = selected_record(self.table)
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(chosen is not None)
        self.archive_button.setText(
            self.tr("Restore") if chosen is not None and chosen.archived else self.tr("Archive")
        )
        self.delete_button.setEnabled(chosen is not None and chosen.activities == 0)

    def _edit(self, info: ActivityTypeInfo | None) -> None:
        form = ActivityTypeForm(info, self)
        while form.exec():
            try:
                save_activity_type(self.context.db, form.data(), type_id=info.id if info else None)
            except UserError as problem:
                form.problem.setText(prompts.user_error_text(problem))
                form.problem.show()
                continue
            app_signals().data_changed.emit("activities")
            self.refresh()
            return

    def _archive(self) -> None:
        chosen: ActivityTypeInfo | None = selected_record(self.table)
        if chosen is None:
            return
        archive_activity_type(self.context.db, chosen.id, archived=not chosen.archived)
        app_signals().data_changed.emit("activities")
        self.refresh()

    def _delete(self) -> None:
        chosen: ActivityTypeInfo | None = selected_record(self.table)
        if chosen is None or not prompts.question(
            self,
            self.windowTitle(),
            self.tr("Delete “{name}” from the catalogue?").format(name=local(chosen.name)),
        ):
            return
        try:
            delete_activity_type(self.context.db, chosen.id)
        except UserError as problem:
            prompts.show_user_error(self, self.windowTitle(), problem)
            return
        app_signals().data_changed.emit("activities")
        self.refresh()
